"""TempEval-3 Task A metrics for time expressions: span matching, P/R/F1, attribute F1, errors.

The scoring follows TempEval-3 (UzZaman et al., 2013), computed over character offsets:

* strict span match: gold and system expressions have identical (start, end) offsets;
* relaxed span match: the two spans overlap by at least one character. Matching is one-to-one:
  each gold expression is matched to at most one system expression and vice versa. Exact matches
  are paired first, then the remaining overlapping pairs greedily by largest overlap (ties: the
  closer start, then document order), which is deterministic and, for non-overlapping spans on
  each side, what a reader would pair by eye;
* precision = matches / system expressions, recall = matches / gold expressions, micro-averaged
  over the whole corpus (counts are summed over documents before dividing);
* attribute F1 (type, value) = relaxed span F1 x attribute accuracy over the relaxed matches;
  values compare as exact, case-sensitive strings: no normalisation that could hide an error.

Per type, recall counts gold expressions of that gold type and precision counts system
expressions of that system type; value accuracy is over relaxed matches of that gold type.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal, NamedTuple, Sequence

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True)
class Mention:
    """One time expression of one document, from the gold annotation or from a system."""

    start: int
    end: int
    type: str
    value: str
    text: str = ""
    rule: str = ""  # the system's rule name, shown in error listings; not used in scoring


def overlap(a: Mention, b: Mention) -> int:
    """Number of characters two spans share (0 when they are disjoint or merely touch)."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def strict_pairs(gold: Sequence[Mention], system: Sequence[Mention]) -> list[tuple[int, int]]:
    """Index pairs (gold, system) with identical offsets, one-to-one, sorted by gold index."""
    by_offsets: dict[tuple[int, int], list[int]] = {}
    for j, s in enumerate(system):
        by_offsets.setdefault((s.start, s.end), []).append(j)
    pairs = []
    for i, g in enumerate(gold):
        candidates = by_offsets.get((g.start, g.end))
        if candidates:
            pairs.append((i, candidates.pop(0)))
    return pairs


def relaxed_pairs(gold: Sequence[Mention], system: Sequence[Mention]) -> list[tuple[int, int]]:
    """Index pairs (gold, system) of overlapping spans, one-to-one, sorted by gold index.

    Exact matches first; then the remaining pairs by largest overlap, closer start, order.
    """
    pairs = strict_pairs(gold, system)
    used_gold = {i for i, _ in pairs}
    used_system = {j for _, j in pairs}
    candidates = []
    for i, g in enumerate(gold):
        if i in used_gold:
            continue
        for j, s in enumerate(system):
            if j in used_system:
                continue
            shared = overlap(g, s)
            if shared:
                candidates.append((-shared, abs(g.start - s.start), i, j))
    for _, _, i, j in sorted(candidates):
        if i in used_gold or j in used_system:
            continue
        pairs.append((i, j))
        used_gold.add(i)
        used_system.add(j)
    return sorted(pairs)


class PRF(NamedTuple):
    """Precision, recall and F1 as fractions in [0, 1] (a tuple, so it compares to one)."""

    precision: float
    recall: float
    f1: float


def prf(matched: int, n_system: int, n_gold: int) -> PRF:
    """P/R/F1 from counts; a ratio with a zero denominator is 0 (nothing found, nothing to find)."""
    precision = matched / n_system if n_system else 0.0
    recall = matched / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1)


def attribute_f1(relaxed_f1: float, correct: int, matched: int) -> float:
    """TempEval-3 attribute F1: relaxed span F1 times the attribute's accuracy over the matches."""
    return relaxed_f1 * (correct / matched) if matched else 0.0


@dataclass
class Counts:
    """Raw counts of one document or, summed with ``+``, of a corpus."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0
    gold_by_type: Counter = field(default_factory=Counter)
    system_by_type: Counter = field(default_factory=Counter)
    matched_gold_by_type: Counter = field(default_factory=Counter)
    matched_system_by_type: Counter = field(default_factory=Counter)
    value_correct_by_gold_type: Counter = field(default_factory=Counter)

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            gold=self.gold + other.gold,
            system=self.system + other.system,
            strict=self.strict + other.strict,
            relaxed=self.relaxed + other.relaxed,
            type_correct=self.type_correct + other.type_correct,
            value_correct=self.value_correct + other.value_correct,
            gold_by_type=self.gold_by_type + other.gold_by_type,
            system_by_type=self.system_by_type + other.system_by_type,
            matched_gold_by_type=self.matched_gold_by_type + other.matched_gold_by_type,
            matched_system_by_type=self.matched_system_by_type + other.matched_system_by_type,
            value_correct_by_gold_type=self.value_correct_by_gold_type + other.value_correct_by_gold_type,
        )


def count_document(gold: Sequence[Mention], system: Sequence[Mention]) -> Counts:
    """Match one document's system expressions against its gold ones and count the outcome."""
    relaxed = relaxed_pairs(gold, system)
    counts = Counts(
        gold=len(gold),
        system=len(system),
        strict=len(strict_pairs(gold, system)),
        relaxed=len(relaxed),
        gold_by_type=Counter(g.type for g in gold),
        system_by_type=Counter(s.type for s in system),
    )
    for i, j in relaxed:
        g, s = gold[i], system[j]
        counts.matched_gold_by_type[g.type] += 1
        counts.matched_system_by_type[s.type] += 1
        counts.type_correct += g.type == s.type
        if g.value == s.value:
            counts.value_correct += 1
            counts.value_correct_by_gold_type[g.type] += 1
    return counts


@dataclass(frozen=True)
class TypeScore:
    """Relaxed span P/R/F1 and value accuracy for one TIMEX3 type."""

    gold: int
    system: int
    relaxed: PRF
    value_accuracy: float


@dataclass(frozen=True)
class Scores:
    """The TempEval-3 Task A figures of a corpus."""

    gold: int
    system: int
    strict: PRF
    relaxed: PRF
    type_accuracy: float
    type_f1: float
    value_accuracy: float
    value_f1: float
    per_type: dict[str, TypeScore]


def summarise(counts: Counts) -> Scores:
    """Turn summed counts into TempEval-3 scores (micro-averaged)."""
    relaxed = prf(counts.relaxed, counts.system, counts.gold)
    per_type = {}
    for kind in TIMEX_TYPES:
        matched_gold = counts.matched_gold_by_type[kind]
        precision = (
            counts.matched_system_by_type[kind] / counts.system_by_type[kind] if counts.system_by_type[kind] else 0.0
        )
        recall = matched_gold / counts.gold_by_type[kind] if counts.gold_by_type[kind] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_type[kind] = TypeScore(
            gold=counts.gold_by_type[kind],
            system=counts.system_by_type[kind],
            relaxed=PRF(precision, recall, f1),
            value_accuracy=counts.value_correct_by_gold_type[kind] / matched_gold if matched_gold else 0.0,
        )
    return Scores(
        gold=counts.gold,
        system=counts.system,
        strict=prf(counts.strict, counts.system, counts.gold),
        relaxed=relaxed,
        type_accuracy=counts.type_correct / counts.relaxed if counts.relaxed else 0.0,
        type_f1=attribute_f1(relaxed.f1, counts.type_correct, counts.relaxed),
        value_accuracy=counts.value_correct / counts.relaxed if counts.relaxed else 0.0,
        value_f1=attribute_f1(relaxed.f1, counts.value_correct, counts.relaxed),
        per_type=per_type,
    )


# ------------------------------------------------------------------------------ errors

ErrorKind = Literal["missed", "false_positive", "span", "type", "value"]
ERROR_KINDS: tuple[ErrorKind, ...] = ("missed", "false_positive", "span", "type", "value")


@dataclass(frozen=True)
class MatchError:
    """One disagreement between gold and system; a relaxed pair can yield several kinds."""

    kind: ErrorKind
    gold: Mention | None
    system: Mention | None


def find_errors(gold: Sequence[Mention], system: Sequence[Mention]) -> list[MatchError]:
    """Every error of one document: unmatched gold (missed), unmatched system (false positive),
    and for each relaxed pair a span, type and/or value mismatch."""
    pairs = relaxed_pairs(gold, system)
    matched_gold = {i for i, _ in pairs}
    matched_system = {j for _, j in pairs}
    errors = [MatchError("missed", g, None) for i, g in enumerate(gold) if i not in matched_gold]
    errors += [MatchError("false_positive", None, s) for j, s in enumerate(system) if j not in matched_system]
    for i, j in pairs:
        g, s = gold[i], system[j]
        if (g.start, g.end) != (s.start, s.end):
            errors.append(MatchError("span", g, s))
        if g.type != s.type:
            errors.append(MatchError("type", g, s))
        if g.value != s.value:
            errors.append(MatchError("value", g, s))
    return errors


_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAYS = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|hundred|several|few|a few|many"
)
_SHAPE_RULES = (
    (re.compile(rf"\b(?:{_MONTHS})\b\.?", re.IGNORECASE), "<month>"),
    (re.compile(rf"\b(?:{_WEEKDAYS})\b\.?", re.IGNORECASE), "<weekday>"),
    (re.compile(rf"\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE), "<n>"),
    (re.compile(r"\d+"), "9"),
)


def shape(text: str) -> str:
    """A coarse pattern of an expression for grouping errors into classes.

    >>> shape("last Friday"), shape("Aug. 7, 1998"), shape("three days")
    ('last <weekday>', '<month> 9, 9', '<n> days')
    """
    text = " ".join(text.split())
    for pattern, replacement in _SHAPE_RULES:
        text = pattern.sub(replacement, text)
    return text.lower()


def value_shape(value: str) -> str:
    """A TIMEX3 value with each digit replaced by 9, case kept: '1998-W32' -> '9999-W99'."""
    return re.sub(r"\d", "9", value)


# A few broad classes of errors, for an overview before the fine-grained shapes: each entry is
# (kind, class name, test on gold and system mention); the first entry that applies wins.
_WEEKDAY = re.compile(rf"\b(?:{_WEEKDAYS})\b", re.IGNORECASE)
_PART_OF_DAY = re.compile(r"night|morning|evening|afternoon|tonight|T(?:NI|MO|EV|AF)\b", re.IGNORECASE)
_VAGUE = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _either(g: Mention | None, s: Mention | None, test) -> bool:
    return any(test(m) for m in (g, s) if m is not None)


BROAD_CLASSES: tuple[tuple[ErrorKind, str, object], ...] = (
    ("value", "part of day (night/morning/...): gold mostly a plain day, or the reverse",
     lambda g, s: _either(g, s, lambda m: bool(_PART_OF_DAY.search(m.text) or _PART_OF_DAY.search(m.value)))),
    ("value", "same month (and day), another year: a date without a year resolved the wrong way",
     lambda g, s: bool(re.fullmatch(r"\d{4}(-\d{2}){1,2}", g.value)) and len(g.value) == len(s.value)
     and g.value[4:] == s.value[4:] and g.value[:4] != s.value[:4]),
    ("value", "weekday resolved to another day (usually the wrong week)",
     lambda g, s: bool(_WEEKDAY.search(g.text)) and all(_DAY_VALUE.fullmatch(m.value) for m in (g, s))),
    ("value", "week values (gold 2000-W6, 1998-WXX, P1W or a month; ours 2000-W06)",
     lambda g, s: "W" in g.value or "W" in s.value),
    ("value", "quarter granularity (financial reports: 'a year ago' = same quarter last year, or not)",
     lambda g, s: "Q" in g.value or "Q" in s.value),
    ("value", "duration vs point (P1M vs 1998-08, P3Y vs P1Y ...)",
     lambda g, s: g.value.startswith("P") or s.value.startswith("P")),
    ("value", "vague PRESENT_REF/PAST_REF/FUTURE_REF vs concrete",
     lambda g, s: g.value in _VAGUE or s.value in _VAGUE),
    ("value", "underspecified year or decade (gold 1968-XX, 198X; ours 1968, 198)",
     lambda g, s: bool(re.fullmatch(r"\d{3}X|\d{4}-XX(?:-XX)?", g.value))),
    ("type", "part of day: gold DATE, ours TIME",
     lambda g, s: g.type == "DATE" and s.type == "TIME" and bool(_PART_OF_DAY.search(s.text + " " + s.value))),
    ("type", "gold DURATION, ours DATE ('last week', 'this month' annotated as durations)",
     lambda g, s: g.type == "DURATION" and s.type == "DATE"),
    ("false_positive", "vague PRESENT_REF/PAST_REF/FUTURE_REF the gold does not annotate",
     lambda g, s: s.value in _VAGUE),
    ("false_positive", "SET ('daily', 'a year') the gold does not annotate", lambda g, s: s.type == "SET"),
    ("false_positive", "DURATION the gold does not annotate", lambda g, s: s.type == "DURATION"),
    ("missed", "vague PRESENT_REF/PAST_REF/FUTURE_REF ('recent', 'future', 'current')",
     lambda g, s: g.value in _VAGUE),
    ("missed", "DURATION", lambda g, s: g.type == "DURATION"),
    ("span", "ours adds words on the left (the, early, earlier, nearly ...)",
     lambda g, s: s.start < g.start and s.end == g.end),
    ("span", "ours misses words on the left (the fiscal, around, earlier, the previous, the year-ago ...)",
     lambda g, s: s.start > g.start and s.end == g.end),
    ("span", "ours finds only a part inside a longer gold phrase ('the 1988 period', 'a three-year period')",
     lambda g, s: s.start > g.start and s.end < g.end),
    ("span", "ours extends right (an event anchor, 'later', a part of day, a date)",
     lambda g, s: s.start == g.start and s.end > g.end),
    ("span", "ours stops short on the right (gold includes a final '.', \"'s\" or more words)",
     lambda g, s: s.start == g.start and s.end < g.end),
)


def broad_class(error: MatchError) -> str:
    """The broad class of an error: the first entry of ``BROAD_CLASSES`` that applies, else 'other'."""
    for kind, name, applies in BROAD_CLASSES:
        if kind == error.kind and applies(error.gold, error.system):
            return f"{kind}: {name}"
    return f"{error.kind}: other"
