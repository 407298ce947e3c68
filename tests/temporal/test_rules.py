"""Every rule's worked examples, run against its fixed reference date (rules.EXAMPLE_REFERENCE).

An example's text marks the expected span with ``[...]`` (the whole text without brackets); the
tagger must find exactly that span, with the expected value, and the expected interval and type
where the example gives them.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from timeline.temporal import tag
from timeline.temporal.rules import RULES, Example

CASES = [(rule.name, example) for rule in RULES for example in rule.examples]


def _span(text: str) -> tuple[str, int, int]:
    """The text without brackets and the offsets of the bracketed part (all of it without)."""
    m = re.search(r"\[(.+?)\]", text)
    if not m:
        return text, 0, len(text)
    plain = text[: m.start()] + m.group(1) + text[m.end():]
    return plain, m.start(), m.start() + len(m.group(1))


def _interval(spec: str) -> tuple[dt.date, dt.date]:
    first, _, last = spec.partition("/")
    first_day = dt.date.fromisoformat(first)
    return first_day, dt.date.fromisoformat(last) if last else first_day


@pytest.mark.parametrize(("rule", "example"), CASES, ids=[f"{r}: {e.text}" for r, e in CASES])
def test_rule_example(rule: str, example: Example) -> None:
    text, start, end = _span(example.text)
    found = tag(text, example.reference, document_type=example.document_type)
    at_span = [t for t in found if (t.start, t.end) == (start, end)]
    assert at_span, f"{text[start:end]!r} not found as one expression; found {[(t.text, t.value, t.rule) for t in found]}"
    timex = at_span[0]
    assert timex.value == example.value, f"{timex.text!r} by {timex.rule}"
    if example.interval is not None:
        assert timex.interval is not None, f"{timex.text!r} has no interval"
        assert (timex.interval.first, timex.interval.last) == _interval(example.interval)
    if example.type is not None:
        assert timex.type == example.type


def test_every_rule_has_examples() -> None:
    assert [r.name for r in RULES if not r.examples] == []


def test_every_rule_is_listed() -> None:
    from timeline.temporal import rules

    defined = {name for name, value in vars(rules).items() if isinstance(value, rules.Rule)}
    assert defined == {r.name for r in RULES}


def test_rule_names_are_unique() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


def _texts_of_the_tests() -> list[tuple[str, dt.date]]:
    """Every text the tagger's tests hold: the rules' examples, the news sentences and the negative corpus."""
    from tests.temporal.test_news_sentences import CASES as SENTENCES
    from tests.temporal.test_negative import CORPUS as NEGATIVE
    from timeline.temporal.rules import EXAMPLE_REFERENCE

    texts = [(_span(e.text)[0], e.reference) for _, e in CASES]
    texts += [(case.text, case.reference) for case in SENTENCES]
    texts += [(line, EXAMPLE_REFERENCE) for line in NEGATIVE.read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")]
    return texts


NEEDY = [r for r in RULES if r.needs]


def test_some_rules_have_needs() -> None:
    assert len(NEEDY) >= 15
    assert all(word == word.casefold() for r in NEEDY for word in r.needs)


@pytest.mark.parametrize("rule", NEEDY, ids=[r.name for r in NEEDY])
def test_every_match_holds_what_its_rule_needs(rule) -> None:
    """A rule's needs are a quick look before its pattern: every match of the pattern, anywhere in the
    tests' texts, holds one of them (or has it within the few characters its lookahead reads)."""
    matched = 0
    for text, _ in _texts_of_the_tests():
        for m in rule.pattern.finditer(text):
            matched += 1
            near = text[m.start():m.end() + 40].casefold()
            assert any(word in near for word in rule.needs), f"{rule.name} matched {m.group()!r} in {text!r}"
    assert matched, f"{rule.name}: no text of the tests matches its pattern"


def test_needs_change_nothing_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tagging without the needs' quick look finds the very same expressions."""
    import dataclasses

    from timeline.temporal import tagger

    texts = _texts_of_the_tests()
    with_needs = [tag(text, reference) for text, reference in texts]
    monkeypatch.setattr(tagger, "RULES", [dataclasses.replace(r, needs=()) for r in RULES])
    without = [tag(text, reference) for text, reference in texts]
    assert sum(map(len, with_needs)) > 1000
    assert with_needs == without
