"""The corpus of news sentences (news_sentences.txt): every marked expression is found with its
type, value and mod, and nothing unmarked is tagged."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import NamedTuple

import pytest

from timeline.temporal import tag

CORPUS = Path(__file__).with_name("news_sentences.txt")
_MARK = re.compile(r"\[(?P<opt>\?)?(?P<text>[^|\]]+)\|(?P<type>[^|\]]+)\|(?P<values>[^|\]]+)(?:\|(?P<mod>[^|\]]+))?\]")


class Mark(NamedTuple):
    start: int
    end: int
    type: str
    values: tuple[str, ...]
    mod: str | None  # "*" = not checked
    optional: bool


class Case(NamedTuple):
    line: int
    reference: dt.date
    text: str
    marks: tuple[Mark, ...]


def parse(source: str) -> list[Case]:
    """The cases of a corpus file: plain text, reference date and marks with their offsets."""
    cases, reference = [], None
    for number, line in enumerate(source.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@ "):
            reference = dt.date.fromisoformat(line[2:].strip())
            continue
        text, marks, cursor = "", [], 0
        for m in _MARK.finditer(line):
            text += line[cursor:m.start()]
            start = len(text)
            text += m["text"]
            mod = m["mod"] or "*"
            marks.append(Mark(start, len(text), m["type"], tuple(m["values"].split("~")),
                              None if mod == "NONE" else mod, bool(m["opt"])))
            cursor = m.end()
        text += line[cursor:]
        assert "[" not in text and "]" not in text, f"{CORPUS.name}:{number}: a mark is not [text|TYPE|value] or [text|TYPE|value|MOD]"
        assert reference is not None, f"{CORPUS.name}:{number}: no '@ YYYY-MM-DD' line before the first case"
        cases.append(Case(number, reference, text, tuple(marks)))
    return cases


CASES = parse(CORPUS.read_text(encoding="utf-8"))


def test_the_corpus_is_read_whole() -> None:
    assert len(CASES) > 900
    assert sum(not case.marks for case in CASES) > 100  # negatives: lines that must give nothing


@pytest.mark.parametrize("case", CASES, ids=[f"{CORPUS.name}:{c.line}" for c in CASES])
def test_news_sentence(case: Case) -> None:
    found = tag(case.text, case.reference)
    used: set[int] = set()
    for mark in case.marks:
        hits = [k for k, t in enumerate(found) if t.start < mark.end and t.end > mark.start]
        used.update(hits)
        if mark.optional and (not hits or mark.values == ("*",)):
            continue
        label = case.text[mark.start:mark.end]
        assert hits, f"{label!r} not found; found {[(t.text, t.value) for t in found]}"
        good = [t for t in (found[k] for k in hits)
                if ("*" in mark.values or t.value in mark.values)
                and (mark.type == "*" or t.type == mark.type or mark.optional)
                and (mark.mod == "*" or t.mod == mark.mod)]
        assert good, f"{label!r}: expected {mark.type} {'/'.join(mark.values)} mod={mark.mod}; " \
                     f"found {[(t.text, t.type, t.value, t.mod) for t in (found[k] for k in hits)]}"
    extra = [(t.text, t.value, t.rule) for k, t in enumerate(found) if k not in used]
    assert not extra, f"tagged but not marked: {extra}"
