"""The tagger: run the rules, keep the best non-overlapping matches, attach modifiers, resolve.

1. Every rule of :data:`rules.RULES` scans the text once; its production keeps or rejects each
   match.
2. Overlapping candidates are settled longest first, then by rule order.
3. A modifier just before an expression joins its span: "early" / "late" / "mid-" /
   "the end of" / "earlier" ... ("late November", "the end of this week", "mid-2026").
4. What only the whole document or its source can say: two durations of one ("three hours and
   12 minutes") join, numeric dates take the writer's date order (``dateorder.py``), and with a
   ``region`` a holiday, a fiscal year or a season takes that country's days.
5. The resolver anchors each expression in text order; expressions that need the dates around
   them (a time of day alone, an event-relative expression) are resolved last.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import replace
from typing import Literal

from ..models import Interval, Timex
from .dateorder import DATE_ORDERS, DateOrder, document_order, habitual_order, numeric_day_month
from .modifiers import part_of_period
from . import vocab as V
from .partial import Calendar, EventAnchored, Fixed, Offset, Partial, Range, Relative
from .resolve import _HEADS_ITS_LINE, DATELINE_MARK, DATELINE_PLACE, Resolved, Resolver, has_stamps
from .rules import _DURATION_PATTERN, _HEADING_BEFORE, _HEADING_ENDS, EVENT_NOUNS, RULES, duration, span_from_now
from .values import parse_value

_MODIFIER_BEFORE = re.compile(
    r"(?:(?:at\s+|by\s+|until\s+)?(?P<the>the\s+)(?P<pos>end|beginning|start|middle|close|turn|rest|remainder|balance|(?:first|second|latter)\s+half)\s+of\s+"
    r"|(?P<the2>the\s+)?\b(?P<adj>early|late|mid|earlier|later)(?:-|\s+(?:(?:in|on)\s+)?)|(?P<end>\bend)(?:-|\s))$",
    re.IGNORECASE,
)
# "was late on Wednesday" (tardy), "closed early on Friday" (ahead of time): a manner, not a part of the day
_TARDY_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being|arrived|arrives|closed|closes|close|paid|pays|filed|files|came|"
                           r"comes|ran|runs|left|leaves|finished|finishes|delivered|opened|opens|ended|ends)\s+$", re.IGNORECASE)
# ... and late or early by how much: "will open two hours late Tuesday", "an hour early on Friday"
_BY_HOW_MUCH_BEFORE = re.compile(r"\b(?:hours?|minutes?|days?|weeks?)\s+$", re.IGNORECASE)
_A_LENGTH_BEFORE = re.compile(r"\b(?:for|back|forward|ahead|than|over|within|after)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:hours?|minutes?|days?|weeks?)\s+$", re.IGNORECASE)
_MOD_OF = {"end": "END", "close": "END", "late": "END", "later": "END", "beginning": "START", "start": "START",
           "early": "START", "earlier": "START", "middle": "MID", "mid": "MID", "turn": "START",
           "first half": "START", "second half": "END", "latter half": "END",
           # what remains of a period is told with it, no edge of its own ("[the rest of the winter]": our sets'
           # reviewers take it into the span 59 times of 83)
           "rest": None, "remainder": None, "balance": None}
# rules whose expressions take an "early"/"late"/"the end of" modifier into their span
_MODIFIABLE = frozenset({
    "month_day_year", "month_day", "month_year", "year", "spoken_year", "month_alone", "month_relative",
    "month_of_relative_year", "season", "quarter", "quarter_relative", "half", "weekday", "deictic_day", "relative_unit", "the_unit",
    "decade", "century", "holiday", "unit_end", "year_range",
})
_TRAILING = " \t\n,;:"


_TOKEN = re.compile(r"[A-Za-z]+\d*|\d+(?:['’]s\b|[A-Za-z]*)")  # ("1980's": a decade, in older copy)


def _trigger_positions(text: str) -> dict[str, list[int]]:
    """Start offsets of the words of each trigger class (:data:`vocab.TRIGGER_WORDS`)."""
    hits: dict[str, list[int]] = {}
    words = V.TRIGGER_WORDS
    for m in _TOKEN.finditer(text):
        token = m.group()
        if token[0].isdigit():
            classes = V.digit_triggers(token)
        elif token[-1].isdigit() and len(token) > 4:
            classes = ("year",)  # "FY2025"
        elif token[-1].isdigit() and token[:2].lower() == "fy":
            classes = ("code",)  # "FY25"
        else:
            classes = words.get(token.lower())
        if classes:
            for cls in classes:
                hits.setdefault(cls, []).append(m.start())
    return hits


def _windows(positions: list[int], length: int, reach: tuple[int, int]) -> list[tuple[int, int]]:
    """Merged stretches of text from reach[0] characters before to reach[1] after the positions."""
    windows: list[tuple[int, int]] = []
    left, right = reach
    for p in sorted(positions):
        start, end = max(0, p - left), min(length, p + right)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


# how far past a window its rule's needed letters are looked for: a match found in the window may run on past
# its end (it is then matched again from its start), and what it needs may lie in that run
_NEEDS_SLACK = 100


def _candidates(text: str) -> list[tuple[int, int, int, Partial, str]]:
    found = []
    hits = _trigger_positions(text)
    window_cache: dict[tuple, list[tuple[int, int]]] = {}
    folded: dict[tuple[int, int], str] = {}  # a window's text and slack, case-folded, for the rules' needs
    length = len(text)
    for order, rule in enumerate(RULES):
        key = (rule.triggers, rule.reach)
        if key not in window_cache:
            positions = [p for cls in rule.triggers for p in hits.get(cls, ())]
            window_cache[key] = _windows(positions, length, rule.reach)
        has_t = "t" in rule.pattern.groupindex
        for ws, we in window_cache[key]:
            if rule.needs:
                seen = folded.get((ws, we))
                if seen is None:
                    # (case-folded, so it holds every letter a pattern that ignores case can match: "ſ" is "s")
                    seen = folded[ws, we] = text[ws:we + _NEEDS_SLACK].casefold()
                if not any(word in seen for word in rule.needs):
                    continue
            for m in rule.pattern.finditer(text, ws, we):
                if m.end() >= we - 5 and we < length:
                    m = rule.pattern.match(text, m.start())  # the window may have cut it short
                    if m is None:
                        continue
                out = rule.produce(m, text)
                if out is None:
                    continue
                if isinstance(out, tuple):
                    partial, start, end = out
                else:
                    partial = out
                    start, end = m.span("t") if has_t and m.group("t") is not None else m.span()
                while end > start and text[end - 1] in _TRAILING:
                    end -= 1
                while start < end and text[start] in _TRAILING:
                    start += 1
                if end > start:
                    found.append((start, end, order, partial, rule.name))
    return found


def _select(candidates: list[tuple[int, int, int, Partial, str]]) -> list[tuple[int, int, int, Partial, str]]:
    """Longest first, then rule order; no two kept spans overlap."""
    kept: list[tuple[int, int, int, Partial, str]] = []
    # the kept spans, disjoint, in text order: the one starting last before a candidate's end is the
    # only one that can overlap it (a search of them all made a long article's tagging quadratic)
    starts: list[int] = []
    ends: list[int] = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[2], c[0])):
        s, e = cand[0], cand[1]
        before = bisect.bisect_left(starts, e)
        if before and ends[before - 1] > s:
            continue
        kept.append(cand)
        starts.insert(before, s)
        ends.insert(before, e)
    kept.sort(key=lambda c: c[0])
    return kept


def _attach_modifier(text: str, start: int, partial: Partial, rule: str, floor: int) -> tuple[int, Partial]:
    """Extend the span over a modifier before it ("late" November) and set the mod."""
    if rule not in _MODIFIABLE or getattr(partial, "mod", None) is not None:
        return start, partial
    m = _MODIFIER_BEFORE.search(text, max(floor, start - 30), start)
    if not m or m.end() != start:
        return start, partial
    if "\n" in text[m.start():start] and not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip():
        return start, partial  # a word on a line of its own ("Earlier\nToday he said"): a label, not a modifier
    if m["end"]:
        # British "end-March", "by end 2019" (not "end Tuesday", nor the verb: "talks end in June",
        # "both leagues end 2025", nor "high-end 2025 models")
        before_end = text[max(0, m.start("end") - 12):m.start("end")]
        hyphened = text[m.end("end"):m.end("end") + 1] == "-"
        after_preposition = re.search(r"\b(?:by|at|until|till|from|before|after|since|to|around|towards?)\s+$",
                                      before_end, re.IGNORECASE)
        if rule not in ("month_alone", "year", "month_year", "month_of_relative_year") or before_end.endswith("-") \
                or not (hyphened or after_preposition):
            return start, partial
        return m.start("end"), _with_mod(partial, "END")
    word = re.sub(r"\s+", " ", (m["pos"] or m["adj"]).lower())
    expression = text[start:start + 12].lower()
    if m["pos"] and re.match(r"(?:this|last|next|that)\s+\w+['’]s\s", text[start:start + 24], re.IGNORECASE):
        return start, partial  # "The start of this weekend's race has been delayed": the race's start, not the weekend's
    if word in ("late", "early") and re.match(r"\w+\s+on\s", m.group("adj") + text[m.end("adj"):m.end()], re.IGNORECASE) \
            and _TARDY_BEFORE.search(text, max(0, m.start("adj") - 20), m.start("adj")):
        return start, partial  # "he was late on Wednesday", "closed early on Christmas Eve": not late in the day
    if word in ("late", "early") and _BY_HOW_MUCH_BEFORE.search(text, max(0, m.start("adj") - 10), m.start("adj")) \
            and not _A_LENGTH_BEFORE.search(text, max(0, m.start("adj") - 40), m.start("adj")):
        # "schools will open two hours late Tuesday": late by two hours, not late in the day (but "met for
        # three hours late Wednesday", "clocks went back an hour early Sunday": a length, then the time)
        return start, partial
    if word in ("earlier", "later") and not re.match(r"(?:this|last|next|that)\b", expression):
        return start, partial  # ("Earlier Friday, lawyers filed": TimeBank leaves it out, 4 times of 5)
    if rule == "weekday" and re.search(r"\s+in\s+$", m.group(0)) and re.match(r"\w+['’]s\b", text[start:start + 14]):
        return start, partial  # "a strain picked up late in Sunday's game": late in the game
    if word in ("early", "late", "mid") and rule == "weekday" and m["the2"]:
        return start, partial
    if word == "turn" and rule not in ("century", "decade", "year", "relative_unit", "the_unit"):
        return start, partial
    if word in ("late",) and rule == "month_alone" and m["the2"]:
        return start, partial
    new_start = m.start("the") if m["the"] else (m.start("the2") if m["the2"] else m.start("adj"))
    if m["pos"] is None and m["the2"] and rule not in ("decade", "century"):
        new_start = m.start("adj")
    if rule in ("weekday", "month_day", "holiday") and re.search(r"\s+on\s+$", m.group(0), re.IGNORECASE):
        # "late on Friday": the part of the day is told, but "on" stands between, and TimeML leaves
        # the preposition and what stands before it outside the span (as the annotated news does)
        return start, _with_mod(partial, _MOD_OF[word])
    return new_start, _with_mod(partial, _MOD_OF[word]) if _MOD_OF[word] else partial


_ABBREVIATION_ENDING_SENTENCE = re.compile(r".*\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.$")
_NEXT_SENTENCE = re.compile(r"[\"'”’)]*(?:\s+[\"“‘(]*[A-Z]|\s*$)")


def _names_a_date(partial: Partial) -> bool:
    """A date (not a time of day alone, a duration or a vague reference) that can anchor "the day
    after ..." written right before it."""
    if isinstance(partial, Calendar):
        return partial.hour is None or partial.day is not None or partial.weekday is not None
    if isinstance(partial, Fixed):
        return partial.type == "DATE" and partial.value[:1].isdigit()
    return isinstance(partial, Relative) and partial.base == "reference" and partial.type == "DATE"


def _dated_happening_end(text: str, end: int, following: tuple[int, int, Partial, str]) -> int | None:
    """The end of a happening named with its date ("the eve of [the Nov. 4 election]", "the day
    before [the June 5 vote]", "the eve of [the 12 March summit]"): "the", the day, and an event
    noun within three words after it. The whole phrase is one expression, the day before or after
    that day. None when the words after the day name no happening, or the date is no day."""
    date, gap = following[2], text[end:following[0]]
    the_before = re.fullmatch(r"\s+the\s+", gap) or not gap.strip() and re.match(r"the\s", text[following[0]:following[1]], re.I)
    if not the_before or not (isinstance(date, Calendar) and date.day is not None and date.hour is None):
        return None  # ("the morning after the 1987 crash" is no day of 1987)
    words = re.match(r"(?:\s+[\w’'-]+){1,3}", text[following[1]:following[1] + 60])
    for word in re.finditer(r"[\w’'-]+", words.group(0) if words else ""):
        if word.group(0).lower() in EVENT_NOUNS:
            return following[1] + word.end()
    return None


def _settle_anchored_to_next(text: str, items: list[tuple[int, int, Partial, str]]) -> list[tuple[int, int, Partial, str]]:
    """"the day after" + the date right after it become one expression ("the day after
    Christmas"); after a date and a comma it is that date ("Nov. 3, the day before authorities
    acted": the day itself, TimeBank's "Oct. 12, [the day] before the plunge"); otherwise it
    counts from an event ("the day before the vote") and names no date, so it is dropped."""
    out: list[tuple[int, int, Partial, str]] = []
    i = 0
    while i < len(items):
        start, end, partial, rule = items[i]
        if not (isinstance(partial, Relative) and partial.of_next):
            out.append(items[i])
            i += 1
            continue
        following = items[i + 1] if i + 1 < len(items) else None
        if following and _names_a_date(following[2]):
            joined_end = _dated_happening_end(text, end, following)
            if joined_end is None and not text[end:following[0]].strip():
                joined_end = following[1]
            if joined_end is not None:
                offset = Offset(following[2], following[0], partial.unit, int(partial.amount or 0), mod=partial.mod,
                                weekday=partial.weekday)
                out.append((start, joined_end, offset, rule))
                i += 2
                continue
        if out and re.fullmatch(r",\s*", text[out[-1][1]:start]) and _names_a_date(out[-1][2]):
            head = re.match(r"\w+\s+\w+", text[start:end])  # "the day"
            out.append((start, start + head.end(), Relative(partial.unit, 0, "anchor"), rule))
        else:
            part = _part_of_the_day_told(text, start) if partial.weekday is None else _weekday_told(text, start, end)
            if part is not None:
                out.append(part)
        i += 1
    return out


_WEEKDAY_RULE = next(r for r in RULES if r.name == "weekday")


def _weekday_told(text: str, start: int, end: int) -> tuple[int, int, Partial, str] | None:
    """"Saturday" of "on the Saturday before the vote", when "the Saturday before" counted from no
    date: the day of the week told, as the rule "weekday" reads it on its own."""
    for m in _WEEKDAY_RULE.pattern.finditer(text, start, end):
        partial = _WEEKDAY_RULE.produce(m, text)
        if isinstance(partial, (Calendar, Relative)):
            return m.start(), m.end(), partial, _WEEKDAY_RULE.name
    return None


_THE_PART_OF_DAY = next(r for r in RULES if r.name == "the_part_of_day")


def _part_of_the_day_told(text: str, start: int) -> tuple[int, int, Partial, str] | None:
    """"in the morning" of "placed orders in the morning before prices recovered", when "the
    morning before" counted from no date: "before" opens a clause, so the part of the day told
    stands alone (as the rule "the_part_of_day" reads it)."""
    for m in _THE_PART_OF_DAY.pattern.finditer(text, max(0, start - 40), min(len(text), start + 20)):
        if m.start("t") == start:
            partial = _THE_PART_OF_DAY.produce(m, text)
            if isinstance(partial, (Calendar, Relative)):
                return start, m.end("t"), partial, _THE_PART_OF_DAY.name
    return None


# two dates joined as a pair or a span ("between Jan. 5 and Feb. 3, 1990", "from 28 February to 3 March 2025")
_PAIRED = re.compile(r"\s*,?\s*(?:and|or|to|through|thru|until|till|[-–—])\s*", re.IGNORECASE)


# "the first day of", "the last Saturday of", "the second Monday in" right before a period
_PICK_BEFORE = re.compile(
    r"\b[Tt]he\s+(?P<ord>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|final|opening|closing)\s+"
    r"(?:(?P<day>day)\s+of|(?P<wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+(?:of|in))\s+$", re.IGNORECASE)
_PICK_ORDINALS = {"first": 1, "1st": 1, "opening": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                  "fifth": 5, "5th": 5, "last": -1, "final": -1, "closing": -1}


def _pickable(partial: Partial) -> bool:
    """A period a day can be picked out of: a month, a quarter, a half, a year, a holiday of one or
    more days (not a season, whose first day is an equinox or a solstice by another count, nor a
    week, whose first day is not agreed)."""
    if isinstance(partial, Calendar):
        return partial.hour is None and partial.part_of_day is None and partial.weekday is None and partial.day is None \
            and partial.season is None and not partial.week_of and not partial.weekend_of and partial.mod is None \
            and (partial.month or partial.year or partial.quarter or partial.half or partial.holiday) is not None
    if isinstance(partial, Relative):
        return partial.unit in ("month", "quarter", "year") and partial.type == "DATE" and partial.part_of_day is None \
            and partial.weekday is None and partial.mod is None and partial.amount is not None
    return isinstance(partial, Fixed) and partial.type == "SET" and partial.value in ("P1M", "P1Y")


def _join_picked_days(text: str, items: list[tuple[int, int, Partial, str]]) -> list[tuple[int, int, Partial, str]]:
    """"the first day of" or "the last Saturday of" + the period right after it become one
    expression, that day of the period ("the first day of next month", "the last Saturday of the
    month", "the first day of Ramadan", "the last day of 1999"); before "each month", a SET of the
    whole phrase. What was found inside the words before ("last Saturday") gives way."""
    out: list[tuple[int, int, Partial, str]] = []
    for start, end, partial, rule in items:
        # (not a period that owns a noun: "the first day of last year's event" is the event's)
        pick = _PICK_BEFORE.search(text, max(0, start - 40), start) \
            if _pickable(partial) and not text.startswith(("'s", "’s"), end) else None
        if pick is None or out and out[-1][1] > start:
            out.append((start, end, partial, rule))
            continue
        while out and out[-1][1] > pick.start():
            out.pop()  # "last Saturday" in "the last Saturday of the month"
        if not isinstance(partial, Fixed):
            n = _PICK_ORDINALS[pick["ord"].lower()]
            partial = Offset(partial, start, "day", 0, pick=(n, V.weekday_number(pick["wd"]) if pick["wd"] else None))
        out.append((pick.start(), end, partial, rule))
    return out


# "the morning of", "the early hours of", "the night of" right before a day of the month
_PART_OF_DAY_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:(?:very\s+)?(?:early|late)\s+)?(?P<pod>(?-i:morning|afternoon|evening|night)|(?:early|small|wee)\s+(?:morning\s+)?hours)\s+of\s+$",
    re.IGNORECASE)


def _join_parts_of_days(text: str, items: list[tuple[int, int, Partial, str]]) -> list[tuple[int, int, Partial, str]]:
    """"the morning of" or "the early hours of" + the day of the month right after it become one
    expression, that part of that day ("[the early hours of 14 June 2019]" TMO, "[the night of
    Aug. 14, 1992]" TNI), as our sets' reviewers write it 102 times of 113 (TimeBank tags the
    date alone, twice). "the early hours of" joins any day after it, the small hours being that day's
    morning: a weekday ("[the early hours of Monday]" TMO, our reviewers join it 17 times of 25), its
    morning ("[the early hours of Sunday morning]"), "this morning", "yesterday" or "the next morning"; not a
    holiday, which our reviewers tag alone ("the early hours of [New Year's Day]"), nor "the morning of Sunday",
    rarer and split as often as joined."""
    out: list[tuple[int, int, Partial, str]] = []
    for start, end, partial, rule in items:
        before_it = _PART_OF_DAY_BEFORE.search(text, max(0, start - 40), start)
        if before_it is not None and before_it["pod"].lower().endswith("hours") and _a_day_of_small_hours(partial):
            while out and out[-1][0] >= before_it.start():
                out.pop()
            joined = replace(partial, part_of_day="MO", type="TIME")
            if isinstance(joined, Relative):
                joined = replace(joined, grain="part_of_day")  # ("yesterday" is a day's grain alone)
            out.append((before_it.start(), end, joined, rule))
            continue
        if before_it is None or not (isinstance(partial, Calendar) and partial.day is not None and partial.month is not None
                                     and partial.hour is None and partial.part_of_day is None) \
                or out and out[-1][1] > before_it.start() and out[-1][0] < before_it.start():
            out.append((start, end, partial, rule))
            continue
        while out and out[-1][0] >= before_it.start():
            out.pop()  # ("the morning" of "by the morning of May 22")
        pod = before_it["pod"].lower()
        part = "MO" if pod.endswith("hours") else V.PARTS_OF_DAY[pod]
        out.append((before_it.start(), end, replace(partial, part_of_day=part, type="TIME"), rule))
    return out


def _a_day_of_small_hours(partial: Partial) -> bool:
    """A day, or its morning, that "the early hours of" may open: a date or weekday ("Sunday morning"), or a
    day counted from today or from the day told ("this morning", "yesterday", "the next morning"); no clock
    time, no holiday, nor a weekday of a week told ("Thursday last week", whose value keeps no part of the day)."""
    if isinstance(partial, Calendar):
        return partial.hour is None and partial.part_of_day in (None, "MO") and not partial.week_of \
            and not partial.weekend_of and partial.holiday is None and (partial.day is not None or partial.weekday is not None)
    if isinstance(partial, Relative):
        return partial.hour is None and partial.part_of_day in (None, "MO") and partial.weekday is None \
            and partial.unit == "day" and partial.amount in (-1, 0, 1)
    return False


_TWILIGHT_THEN_DAY = re.compile(r"[^\S\n]+")


def _join_twilight_days(text: str, items: list[tuple[int, int, Partial, str]]) -> list[tuple[int, int, Partial, str]]:
    """Dawn or dusk and "yesterday", "today" or "tomorrow" right after it become one expression, that part of that day
    ("at [dawn yesterday]" TMO, "before [sunrise tomorrow]"), as our sets' reviewers write it (dawn alone had been
    the day of writing's). With a weekday they stay two: "at dawn Sunday" is that day's dawn either way, and our
    reviewers tag the weekday alone as often as the whole after "on"."""
    out: list[tuple[int, int, Partial, str]] = []
    for start, end, partial, rule in items:
        if out and out[-1][3] == "twilight" and rule == "deictic_day" and isinstance(partial, Relative) \
                and _TWILIGHT_THEN_DAY.fullmatch(text, out[-1][1], start) and partial.part_of_day is None \
                and partial.unit == "day" and partial.amount in (-1, 0, 1) and text[start:end].lower() in ("yesterday", "today", "tomorrow"):
            joined = replace(partial, part_of_day=out[-1][2].part_of_day, type="TIME", grain="part_of_day")
            out[-1] = (out[-1][0], end, joined, rule)
            continue
        out.append((start, end, partial, rule))
    return out


def _lend_year_backwards(text: str, items: list[tuple[int, int, Partial, str]]) -> list[tuple[int, int, Partial, str]]:
    """A date without a year joined to a following one that has a year takes that year, or the one
    before when its month comes later in the calendar ("from Dec. 28 to Jan. 3, 2026"); so does one
    joined to a month of a year told from the reference ("between May and September last year"); and so,
    back along a list, do the dates before ("Saturdays in June, July and August 2012")."""
    out = list(items)
    lent: set[int] = set()
    for i in range(len(out) - 2, -1, -1):
        start, end, first, rule = out[i]
        second = out[i + 1][2]
        if not (isinstance(first, Calendar) and isinstance(second, Calendar)) or first.year is not None \
                or second.year is None and second.year_offset is None or first.month is None or second.month is None \
                or first.relation or first.year_offset is not None or first.holiday or first.from_anchor \
                or not (_PAIRED.fullmatch(text, end, out[i + 1][0])
                        or i + 1 in lent and re.fullmatch(r"\s*,\s*", text[end:out[i + 1][0]])):
            continue
        lent.add(i)
        later = (first.month, first.day or 1) > (second.month, second.day or 1)
        if second.year is None:
            # "between May and September last year": the year told of the second, counted from the reference
            out[i] = (start, end, replace(first, year_offset=second.year_offset - later), rule)
            continue
        out[i] = (start, end, replace(first, year=second.year - later), rule)
    return out


def _with_mod(partial: Partial, mod: str) -> Partial:
    return replace(partial, mod=mod)


def _needs_context(partial: Partial) -> bool:
    """Resolved after the others: they look at the dates around them."""
    if isinstance(partial, EventAnchored):
        return True
    if isinstance(partial, Relative) and partial.base == "anchor" and partial.unit in ("minute", "hour"):
        return True  # "14 minutes later": after the clock time told before it, resolved among these
    return isinstance(partial, Calendar) and partial.hour is not None and partial.year is None and \
        partial.month is None and partial.weekday is None and partial.day is None


# day and month names a lower-case transcript writes small ("may" and "march" stay verbs)
_SMALL_CALENDAR_NAME = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|"
    r"september|october|november|december)\b")


_SMALL_SENTENCE_OPENING = re.compile(r"(?:(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n)|^)[a-z]")


def _capitalised_transcript(text: str) -> str:
    """``text`` with day and month names capitalised when it is a transcript in lower case (about
    one capital letter in 200 characters or fewer); else ``text`` itself."""
    capitals = sum(map(str.isupper, text))
    if len(text) < 200 or capitals * 200 > len(text) or not _SMALL_CALENDAR_NAME.search(text):
        return text
    text = _SMALL_CALENDAR_NAME.sub(lambda m: m.group(0).capitalize(), text)
    # ... and sentences open with a capital, so the splitter sees them end
    return _SMALL_SENTENCE_OPENING.sub(lambda m: m.group(0).upper(), text)


def tag(text: str, reference: dt.date | None, *, document_type: Literal["news", "narrative"] = "news",
        date_order: DateOrder = "auto", region: str | None = None,
        event_offsets: Literal["measure", "date"] = "measure") -> list[Timex]:
    """Every English time expression in ``text``, resolved against ``reference``.

    ``date_order`` says which number of "03/04/2025" is the day: "MDY", "DMY", or "auto" (the
    document's own evidence; see :mod:`timeline.temporal.dateorder`). ``region``, a country code
    ("IN"), gives a holiday countries keep on different days ("Independence Day"), a fiscal year
    ("FY25") and a season that country's days; without it they are the American ones.
    ``event_offsets`` says how a count of days or an amount from a happening is told ("two days after the
    talks", "days before the talks"): "measure", as TimeML tags it, "two days" a DURATION (P2D), "days" (PXD);
    or "date", the days it tells when the text dates the happening, the whole a DATE (the pipeline's reading,
    which dates the event). So is "over the
    next week": in "measure" a span from now, a DURATION (P1W); in "date" the coming week."""
    if document_type not in ("news", "narrative"):
        raise ValueError(f"document_type must be 'news' or 'narrative', not {document_type!r}")
    if event_offsets not in ("measure", "date"):
        raise ValueError(f"event_offsets must be 'measure' or 'date', not {event_offsets!r}")
    if date_order not in DATE_ORDERS:
        raise ValueError(f"date_order must be one of {', '.join(DATE_ORDERS)}, not {date_order!r}")
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    if not text:
        return []
    original = text
    text = _capitalised_transcript(text)
    if text is not original:
        # a transcript in lower case ("it will stay closed until friday"): the names of days and
        # months are capitalised, letter for letter, so offsets hold; spans show the original
        return [t.model_copy(update={"text": original[t.start:t.end]}) for t in tag(text, reference, document_type=document_type,
                                                                                  date_order=date_order, region=region,
                                                                                  event_offsets=event_offsets)]
    selected = _select(_candidates(text))
    items: list[tuple[int, int, Partial, str]] = []
    previous_end = 0
    for start, end, _, partial, rule in selected:
        start, partial = _attach_modifier(text, start, partial, rule, previous_end)
        if _ABBREVIATION_ENDING_SENTENCE.match(text, max(start, end - 6), end) and _NEXT_SENTENCE.match(text, end):
            end -= 1  # "on 14 Feb." ending its sentence: the full stop is the sentence's
        items.append((start, end, partial, rule))
        previous_end = end
    items = _join_twilight_days(text, _join_parts_of_days(text, _join_picked_days(text, _settle_anchored_to_next(text, items))))
    items = _join_dated_stamps(text, _join_compound_durations(text, _lend_year_backwards(text, items)))
    items = _read_numeric_dates_in_order(text, items, date_order)
    if region:
        state = _state_told(text) if region.upper() == "AU" else None
        items = [(s, e, _in_region(p, region.upper(), state), r) for s, e, p, r in items]
    else:
        if any(isinstance(p, Calendar) and p.split for _, _, p, _ in items):
            # a quarter of a split year, with no region given: the fiscal year of the country the text is
            # about, or one that opens in April (Britain's, India's, Japan's, Canada's, ...)
            start = V.FISCAL_YEAR_START.get(_country_told(text) or "", 4)
            items = [(s, e, _fiscal_quarter(p, start) if isinstance(p, Calendar) and p.split else p, r)
                     for s, e, p, r in items]
        # with no region given, the country a text is about (told by its names) keeps its own holidays and, in the
        # south, its own seasons
        holidays = any(isinstance(_dated_by(p), Calendar) and _dated_by(p).holiday in _KEPT_ON_DIFFERENT_DAYS for _, _, p, _ in items)
        seasons = any(isinstance(p, Calendar) and p.season for _, _, p, _ in items)
        country = _country_told(text) if holidays or seasons else None
        if holidays and country is not None:
            state = _state_told(text) if country == "AU" else None
            items = [(s, e, _holiday_of_country(p, country, state), r) for s, e, p, r in items]
        if seasons and country in V.SOUTHERN_HEMISPHERE:
            items = [(s, e, replace(p, southern=True) if isinstance(p, Calendar) and p.season else p, r) for s, e, p, r in items]
    # whose public holidays make a "long weekend" that names none
    long_weekend = any(rule == "holiday_weekend" for _, _, _, rule in items)
    country = (region.upper() if region else _country_told(text) or _american(text)) if long_weekend else None
    state = _state_told(text) if country == "AU" else None
    filed = _day_of_filing(text, reference, items, country, state) if document_type == "news" else None
    if filed is None:
        resolved = _resolve_in_order(text, reference, document_type, items, country, state)
    else:
        # a story filed before the day it is published: its body is read from the day of filing; a headline
        # above the dateline, written for the paper, from the day of publication
        day, dateline = filed
        resolved = _resolve_in_order(text, day, document_type, items, country, state)
        if items[0][0] < dateline:
            published = _resolve_in_order(text, reference, document_type, items, country, state)
            resolved.update({i: published[i] for i, item in enumerate(items) if item[0] < dateline})
        reference = day
    _settle_times_in_two_zones(text, items, resolved)
    _shifts_dated_beside(text, items, resolved)
    _holidays_dated_beside(text, items, resolved)
    _dated_list_in_order(text, items, resolved, reference)
    _date_month_headings(text, items, resolved, reference)
    _ends_of_financial_years(text, items, resolved, reference, region)
    items = _measures_of_offsets(text, items, resolved, keep_dated=event_offsets == "date")
    if event_offsets == "measure":
        _spans_from_now(text, items, resolved)
        items = _amounts_from_now(text, items, resolved)
    return [_timex(text, start, end, resolved[i], rule, reference) for i, (start, end, _, rule) in enumerate(items)]


def _resolve_in_order(text: str, reference: dt.date | None, document_type: str, items: list[tuple[int, int, Partial, str]],
                      country: str | None, state: str | None) -> dict[int, Resolved]:
    """Each item resolved against ``reference`` (see :func:`_resolve_items`). An expression dated by a happening
    the text dates ("two days after the collapse") is resolved after the others, but what follows it counts
    from it ("... and the rest were brought out the next day"): when something after it counted from an
    earlier date instead, all are resolved again with its day known in its place."""
    resolved, dated_by_events = _resolve_items(text, reference, document_type, items, {}, country, state)
    if any(resolved[i].anchor.startswith("timex:") and int(resolved[i].anchor[6:]) < items[k][0]
           for k in dated_by_events for i in range(k + 1, len(items)) if i not in dated_by_events):
        resolved, _ = _resolve_items(text, reference, document_type, items, {k: resolved[k] for k in dated_by_events}, country, state)
    return resolved


_DATELINE_REACH = 800  # how far into a text its dateline may open a line (past a headline and a byline)
_FILED_BEFORE = 3  # how many days before its publication a story may be filed (a Friday's story in Monday's paper)


def _day_of_filing(text: str, reference: dt.date | None, items: list[tuple[int, int, Partial, str]],
                   country: str | None, state: str | None) -> tuple[dt.date, int] | None:
    """The day a story was written, and where its dateline starts, when the dateline gives a day shortly before
    the day it was published ("NEW DELHI, July 11. The Supreme Court today held ...", in the paper of July 12):
    its "today", "this morning", "yesterday" and "tomorrow" are that day's, as a reader of the paper reads them.
    Our sets' reviewers date them from the dateline 31 times of 34."""
    if reference is None:
        return None
    for start, end, partial, _ in items:
        if start > _DATELINE_REACH:
            break
        line_start = text.rfind("\n", 0, start) + 1
        if not isinstance(partial, Calendar) or not DATELINE_PLACE.fullmatch(text, line_start, start) \
                or not DATELINE_MARK.match(text, end):
            continue
        told = Resolver(text, reference, "news", country, state).resolve(partial, start, end)
        if told.granularity == "day" and told.interval and 1 <= (reference - told.interval[0]).days <= _FILED_BEFORE:
            return told.interval[0], line_start
        return None
    return None


# the end of a financial year ("before the end of the financial year", "by the end of the current fiscal year")
_END_OF_A_FINANCIAL_YEAR = re.compile(r"(?:the\s+)?end\s+of\s+(?:the|this|its|their)\s+(?:(?P<next>next|coming)\s+|current\s+)?"
                                      r"(?P<kind>financial|fiscal)\s+year", re.IGNORECASE)


def _ends_of_financial_years(text: str, items: list, resolved: dict[int, Resolved], reference: dt.date | None,
                             region: str | None) -> None:
    """"the end of the financial year" is the month that year ends in, in the fiscal year of the country the text
    is about (``region`` or the one its names tell): March in Britain and India, June in Australia. A
    "financial year" of no country told opens in April; a "fiscal year" of none, or the United States' (whose
    states, companies and government keep different ones), stays the year. Told right after a date ("by March 31,
    the end of the fiscal year") it is that date. Our sets' reviewers write the month or the day 19 times of 24."""
    country = None
    for i, (start, end, _, _) in enumerate(items):
        told = _END_OF_A_FINANCIAL_YEAR.fullmatch(text, start, end)
        if told is None or reference is None or resolved[i].type != "DATE":
            continue
        if i > 0 and re.fullmatch(r",\s*", text[items[i - 1][1]:start]) and resolved[i - 1].granularity == "day":
            resolved[i] = replace(resolved[i - 1], anchor=f"timex:{items[i - 1][0]}")  # "by March 31, the end of the fiscal year"
            continue
        if country is None:
            country = (region or _country_told(text) or "").upper()
        opens = V.FISCAL_YEAR_START.get(country) or (4 if told["kind"].lower() == "financial" else None)
        if opens is None:
            continue
        last_month = opens - 1
        year = reference.year + (reference.month > last_month) + bool(told["next"])
        first = dt.date(year, last_month, 1)
        resolved[i] = Resolved("DATE", f"{year:04d}-{last_month:02d}", "month",
                               (first, dt.date(year + (last_month == 12), last_month % 12 + 1, 1) - dt.timedelta(days=1)),
                               resolved[i].mod, "reference")


# the measure of "two days after the polls": a count of days, without "just" or "only" before it
_OFFSET_MEASURE = re.compile(rf"(?:(?:just|only|some|mere|barely)\s+)?(?P<measure>(?:{V.AMOUNT})\s+days?)\b", re.IGNORECASE)


# the measure of "just days before the talks", "the weeks after the vote": an amount not counted
_VAGUE_OFFSET_MEASURE = re.compile(r"(?:(?:just|only|mere|barely)\s+)?(?P<measure>(?:(?:several|a\s+few|some)\s+)?"
                                   r"(?P<unit>hours|days|weeks|months|years))\b", re.IGNORECASE)
_VAGUE_UNIT_VALUES = {"hours": "PTXH", "days": "PXD", "weeks": "PXW", "months": "PXM", "years": "PXY"}
_THE_BEFORE = re.compile(r"\bthe\s+(?:(?:first|final|last|early|closing|opening|initial)\s+)?$", re.IGNORECASE)


def _measures_of_offsets(text: str, items: list, resolved: dict[int, Resolved], keep_dated: bool) -> list:
    """A count of days before or after a happening ("[two days] after the talks", "[a day] after Hurricane Ivan
    came ashore") is the measure alone, a DURATION, as TimeML tags it (the happening is an event, "after" a
    signal; our sets' reviewers tag it so 332 times of 367). With ``keep_dated``, one whose happening the text
    dates stays the day it tells, the whole a DATE ("Two days after the talks" = 3 Dec): the reading that dates
    an event (``tag``'s ``event_offsets="date"``). Undated, it is the measure either way: no day can be given.

    An amount not counted ("just [days] before the talks", "[the weeks] before the collapse", "[several hours]
    after the quake") is likewise its measure, an unknown number of its unit (``PXD``, ``PTXH``), with the "the"
    before it: our sets' reviewers tag it so 350 times of 371 (17 not at all). Read as a date (``keep_dated``) it
    stays the whole, the days just before the day the text gives the talks, or underspecified where it gives none."""
    out = []
    for i, (start, end, partial, rule) in enumerate(items):
        offset = rule == "event_offset" and isinstance(partial, EventAnchored)
        if offset and partial.days is None and not keep_dated:
            vague = _VAGUE_OFFSET_MEASURE.match(text, start, end)
            if vague is not None:
                the = _THE_BEFORE.search(text, max(0, start - 12), start)
                resolved[i] = Resolved("DURATION", _VAGUE_UNIT_VALUES[vague["unit"].lower()], None, None, None, "absolute")
                out.append((the.start() if the and vague.start() == start else vague.start("measure"), vague.end("measure"),
                            partial, rule))
                continue
        measure = _OFFSET_MEASURE.match(text, start, end) if offset \
            and partial.days is not None and (not keep_dated or resolved[i].value.startswith("XXXX")) else None
        if measure is None:
            out.append((start, end, partial, rule))
            continue
        resolved[i] = Resolved("DURATION", f"P{abs(partial.days)}D", None, None, None, "absolute")
        out.append((measure.start("measure"), measure.end("measure"), partial, rule))
    return out


def _spans_from_now(text: str, items: list, resolved: dict[int, Resolved]) -> None:
    """"over the next year", "for the next month": in TimeML's reading how long from now, a DURATION
    (``rules.span_from_now``); the coming year or month otherwise, which dates an event (``tag``'s
    ``event_offsets="date"``, the pipeline's reading: "changes take effect over the next week")."""
    for i, (start, end, _, rule) in enumerate(items):
        value = span_from_now(text, start, end) if rule == "anchored_day" and resolved[i].type == "DATE" else None
        if value is not None:
            resolved[i] = Resolved("DURATION", value, None, None, None, "absolute")


# "in three months", "within two years" (not "in two years' time", nor "in a fortnight")
_IN_AN_AMOUNT = re.compile(r"(?:in|within)\s+(?!.*(?:time|fortnight)$)", re.IGNORECASE)


def _amounts_from_now(text: str, items: list, resolved: dict[int, Resolved]) -> list:
    """"The WHO will review the declaration in three months", "Ask me again in a year": in TimeML's reading the
    amount alone, how long from now, a DURATION ("three months", P3M), "in" its signal: our sets' reviewers tag it so 99
    times of 104 where the tagger had counted a date ahead (TBAQ 2 of 3). Otherwise (``tag``'s ``event_offsets="date"``,
    the pipeline's reading) the date it points to, which dates an event; and "in two years' time" is that date in either."""
    out = []
    for i, (start, end, partial, rule) in enumerate(items):
        prep = _IN_AN_AMOUNT.match(text, start, end) if rule == "in_duration" and resolved[i].type == "DATE" else None
        amount = _DURATION_PATTERN.match(text, prep.end(), end) if prep else None
        measure = duration.produce(amount, text) if amount and amount.end() == end else None
        if isinstance(measure, Fixed) and measure.type == "DURATION":
            resolved[i] = Resolved("DURATION", measure.value, None, None, None, "absolute")
            out.append((amount.start("t"), amount.end("t"), partial, rule))
        else:
            out.append((start, end, partial, rule))
    return out


# a shift from a date told before, with the date it lands on in apposition: "three weeks later, on Saturday, April 28"
_SHIFT_UNIT = re.compile(r"(?P<unit>day|week|fortnight|month|year)s?\s+(?:later|earlier)$", re.IGNORECASE)
_APPOSED_DATE_BEFORE = re.compile(r"\s*,\s*(?:on\s+|in\s+)?")
# how much of the apposed date's value a shift of each unit keeps (a shift of weeks lands on a day)
_SHIFT_VALUE_LENGTH = {"day": 10, "week": 10, "fortnight": 10, "month": 7, "year": 4}


def _shifts_dated_beside(text: str, items: list, resolved: dict[int, Resolved]) -> None:
    """A shift from a date told before with the date it lands on beside it ("three weeks later, on Saturday, April
    28", "a fortnight earlier, on August 5", "Two years later, in June 1997") is that date, to the shift's own unit
    (a day for days and weeks, a month for months, a year for years): our sets' reviewers write it so 45 times of
    53, where the date counted from may be far back or not told at all."""
    for k in range(len(items) - 1):
        (s1, e1, _, rule), (s2, _, _, _) = items[k], items[k + 1]
        unit = _SHIFT_UNIT.search(text, s1, e1) if rule == "shift_from_anchor" else None
        gap = _APPOSED_DATE_BEFORE.fullmatch(text, e1, s2) if unit else None
        told = resolved[k + 1]
        if gap is None or told.type not in ("DATE", "TIME"):
            continue
        length = _SHIFT_VALUE_LENGTH[unit.group("unit").lower()]
        value = told.value[:length]
        when = parse_value(value)
        if when is None or len(value) < length:
            continue  # ("a few weeks later, in January 1916": no day to land on)
        own = parse_value(resolved[k].value)
        if items[k + 1][3] == "weekday" and own is not None and own.grain == "day" and own.first.weekday() == when.first.weekday():
            continue  # a weekday alone beside the shift ("Two days later, Sunday morning") is the shift's day, if it is one
        resolved[k] = replace(resolved[k], type="DATE", value=value, granularity=when.grain, interval=when.interval,
                              anchor=f"timex:{s2}")


def _holidays_dated_beside(text: str, items: list, resolved: dict[int, Resolved]) -> None:
    """A holiday with its day apposed ("on Queen's Birthday, June 1, and on Labour Day, October 26", "calls on Mother's
    Day, 22 March, were up") is that day: the writer tells which country's, or which year's, holiday it is. Not an
    entry of a list of days ("on December 23, Boxing Day, December 30 and New Year's Day")."""
    for k in range(len(items) - 1):
        (s1, e1, _, rule), (s2, e2, _, _) = items[k], items[k + 1]
        told = resolved[k + 1]
        if rule != "holiday" or not _HAS_DIGIT.search(text, s2, e2) or told.type != "DATE" or len(told.value) != 10 \
                or told.value == resolved[k].value:
            continue  # (a day told by its number: not another holiday, nor a weekday, which counts from the day of writing)
        if not _COMMA_ONLY.fullmatch(text, e1, s2) or not _CLAUSE_GOES_ON.match(text, e2):
            continue
        if k and _COMMA_ONLY.fullmatch(text, items[k - 1][1], s1):
            continue  # the holiday is itself an entry of a list of days
        when = parse_value(told.value)
        if when is not None:
            resolved[k] = replace(resolved[k], value=told.value, granularity=when.grain, interval=when.interval,
                                  anchor=f"timex:{s2}")


def _dated_list_in_order(text: str, items: list, resolved: dict[int, Resolved], reference: dt.date | None) -> None:
    """The entries of a list headed by days told without their year ("MARCH 28, CHINA: Water floods ...", "[line]
    Wimbledon: June 23-July 6"), or by months heading their entries among them ("Mid-June: An early heatwave hits
    Spain"), run in calendar order: a review of the year looks back, a preview of the next looks ahead. Each alone
    is read as the nearer such day, which, in a year's review written in December, puts its spring entries in the
    coming year and its autumn ones in the year gone. Where the days so read do not run in order,
    they are read again in order (a year on at the turn from the autumn to the winter months; a step back at any
    other time of year starts another list: "Wimbledon: June 23-July 6 ... [line] The Masters: April 10")."""
    if reference is None:
        return
    entries = [k for k, (start, end, _, _) in enumerate(items)
               if _LIST_HEAD_BEFORE.fullmatch(text, text.rfind("\n", 0, start) + 1, start)
               and not _YEAR_TOLD.search(text, start, end) and resolved[k].type == "DATE"
               and (_HAS_DIGIT.search(text, start, end) and _DAY_VALUE.match(resolved[k].value)
                    # (a month heading its entry, "Mid-June: An early heatwave hits Spain", among the days)
                    or _MONTH_VALUE.fullmatch(resolved[k].value) and resolved[k].interval and _HEADS_ITS_LINE.match(text, end))]
    runs: list[list[int]] = []
    for k in entries:
        day = _entry_day(resolved[k])
        if runs:
            last = _entry_day(resolved[runs[-1][-1]])
            if (day.month, day.day) >= (last.month, last.day) or last.month >= 10 and day.month <= 3:
                runs[-1].append(k)
                continue
        runs.append([k])
    headline = _YEAR_IN_TEXT.findall(text, 0, max(text.find("\n"), 0))
    for run in runs:
        _read_in_order(run, resolved, reference, int(headline[0]) if len(set(headline)) == 1 else None)


def _read_in_order(run: list[int], resolved: dict[int, Resolved], reference: dt.date, headline_year: int | None) -> None:
    """The entries ``run`` of a dated list read again in calendar order, if read alone they are not (see
    :func:`_dated_list_in_order`): from the year its headline tells, if that puts most of them in it, else from the
    year that puts the list nearest the day of writing (a look back ending before it, a look ahead beginning after
    it, or a timeline running through it)."""
    days = [_entry_day(resolved[k]) for k in run]
    if len(run) < 3 or all(a <= b for a, b in zip(days, days[1:])):
        return
    turns = [0]
    for a, b in zip(days, days[1:]):
        turns.append(turns[-1] + ((b.month, b.day) < (a.month, a.day)))
    most = Counter(turns).most_common(1)[0][0]  # (the year most entries fall in, counted from the first's)

    def distance(first_year: int) -> tuple[bool, int]:
        first = _years_on(days[0], first_year - days[0].year)
        last = _years_on(days[-1], first_year + turns[-1] - days[-1].year)
        return first_year + most != headline_year, max(0, (first - reference).days, (reference - last).days)

    first_year = min(range(reference.year - 1 - turns[-1], reference.year + 2), key=distance)
    for k, day, turn in zip(run, days, turns):
        shift = first_year + turn - day.year
        if shift:
            resolved[k] = _years_shifted(resolved[k], shift)


def _date_month_headings(text: str, items: list, resolved: dict[int, Resolved], reference: dt.date | None) -> None:
    """A month heading an entry of a list ("MARCH [line] On March 15, two politicians fell", "JUNE: A LAW EXPIRES
    [line] The statute lapsed on June 30") is that month of the year its entry tells a day of it in: a heading alone
    says nothing of its year (in a review written in December, "MARCH" read alone is the coming one). Three or more
    in calendar order are one year's months (see :func:`_months_of_a_year`)."""
    headings = _month_headings(text, items)
    dated = _entry_years(text, items, resolved, headings)
    if _months_of_a_year(text, items, resolved, reference, headings, dated):
        return
    for n, k in enumerate(headings):
        # (one its entry does not date runs in calendar order with the headings it falls between: "January: ...
        # [line] March: ... on March 23")
        if k in dated:
            year = dated[k]
        else:
            month = items[k][2].month
            before = [dated[h] for h in headings[:n] if h in dated and items[h][2].month < month]
            after = [dated[h] for h in headings[n + 1:] if h in dated and items[h][2].month > month]
            year = before[-1] if before else after[0] if after else None
        when = parse_value(f"{year}{resolved[k].value[4:]}") if year else None
        if when is not None and _MONTH_VALUE.fullmatch(resolved[k].value):
            resolved[k] = replace(resolved[k], value=f"{year}{resolved[k].value[4:]}", interval=when.interval)


def _month_headings(text: str, items: list) -> list[int]:
    """The items that are months heading a list's entries ("MARCH [line] ...", "May: Prosecutors charged ...")."""
    return [k for k, (start, end, partial, rule) in enumerate(items)
            if rule == "month_alone" and isinstance(partial, Calendar) and partial.month is not None
            and _HEADING_BEFORE.search(text, max(0, start - 8), start) and _HEADING_ENDS.match(text, end)]


def _entry_years(text: str, items: list, resolved: dict[int, Resolved], headings: list[int]) -> dict[int, str]:
    """For each month heading that its entry tells a day of ("MARCH [line] On March 15, ..."), the year of that day."""
    dated: dict[int, str] = {}
    for n, k in enumerate(headings):
        month = items[k][2].month
        limit = min(items[headings[n + 1]][0] if n + 1 < len(headings) else len(text), items[k][1] + _ENTRY_REACH)
        for j in range(k + 1, len(items)):
            if items[j][0] >= limit:
                break
            day = _DAY_OF_VALUE.match(resolved[j].value)
            if day and int(day["month"]) == month and resolved[j].type in ("DATE", "TIME"):
                dated[k] = day["year"]
                break
    return dated


def _months_of_a_year(text: str, items: list, resolved: dict[int, Resolved], reference: dt.date | None,
                      headings: list[int], dated: dict[int, str]) -> bool:
    """Three or more month headings in calendar order ("JANUARY: ... [line] MARCH: ... [line] DECEMBER: ...") are the
    months of one year, as a review of the year or a preview of the next lays them out: the year its headline tells,
    else the one most of the days their entries tell are read in, else the one that puts them nearest the day of
    writing (a look back ending before it, a look ahead beginning after it). The days their entries tell without a
    year ("JANUARY: On Jan. 2, a single trader pays $100", told in the present) are of that year too, up to the next
    heading. Whether it dated them so."""
    months = [items[k][2].month for k in headings]
    if reference is None or len(headings) < 3 or any(a >= b for a, b in zip(months, months[1:])) \
            or not all(_MONTH_VALUE.fullmatch(resolved[k].value) for k in headings):
        return False
    headline = _YEAR_IN_TEXT.findall(text, 0, max(text.find("\n"), 0))
    told = Counter(dated.values()).most_common(2)
    if len(set(headline)) == 1:
        year = int(headline[0])
    elif told and (len(told) == 1 or told[0][1] > told[1][1]):
        year = int(told[0][0])  # the year most of its entries' days are read in
    else:
        def distance(y: int) -> int:
            first = dt.date(y, months[0], 1)
            last = dt.date(y + (months[-1] == 12), months[-1] % 12 + 1, 1) - dt.timedelta(days=1)  # (the last month's end)
            return max(0, (first - reference).days, (reference - last).days)
        year = min(range(reference.year - 1, reference.year + 2), key=distance)
    for n, k in enumerate(headings):
        when = parse_value(f"{year}-{months[n]:02d}")
        resolved[k] = replace(resolved[k], value=when.value, interval=when.interval)
        limit = items[headings[n + 1]][0] if n + 1 < len(headings) else min(len(text), items[k][1] + _ENTRY_REACH)
        for j in range(k + 1, len(items)):
            start, end, partial, _ = items[j]
            if start >= limit:
                break
            day = _DAY_OF_VALUE.match(resolved[j].value)
            if day and isinstance(partial, Calendar) and partial.year is None and partial.year_offset is None \
                    and partial.month is not None and partial.month >= months[n] and not _YEAR_TOLD.search(text, start, end) \
                    and int(day["year"]) != year:
                resolved[j] = _years_shifted(resolved[j], year - int(day["year"]))
    return True


# how far the entry a month heads reaches
_ENTRY_REACH = 600
_DAY_OF_VALUE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-\d{2}")
_MONTH_VALUE = re.compile(r"\d{4}-\d{2}")


def _entry_day(r: Resolved) -> dt.date:
    """The first day of a dated list's entry: its day, or the first of the part of the month it tells."""
    return r.interval[0] if r.interval else dt.date.fromisoformat(r.value[:10])


def _years_shifted(r: Resolved, years: int) -> Resolved:
    """A day, a time of a day or a month resolved, moved that many years on (or back), value and interval."""
    value = _YEAR_OF_DAY.sub(lambda m: str(int(m.group()) + years), r.value)
    return replace(r, value=value, interval=r.interval and (_years_on(r.interval[0], years), _years_on(r.interval[1], years)))


def _years_on(day: dt.date, years: int) -> dt.date:
    """``day`` that many years on (or back); 29 February, in a year without one, the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


# what may come before a list entry's day on its line: nothing, a bullet, or the entry's label ("Wimbledon: June 23-July 6")
_LIST_HEAD_BEFORE = re.compile(r"[ \t]*(?:[-*•–—][ \t]*)?(?:[A-Z][^\n:!?]{0,60}:[ \t]+)?")
_YEAR_TOLD = re.compile(r"\d{4}|'\d\d\b")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?:/\d{4}-\d{2}-\d{2})?$")
_YEAR_IN_TEXT = re.compile(r"\b(?:1[6-9]|20)\d{2}\b")
_YEAR_OF_DAY = re.compile(r"\b\d{4}(?=-\d{2}-\d{2}|-\d{2}(?![\d-]))")  # (a day's year, or a month's)


_COMMA_ONLY = re.compile(r"\s*,\s*")
_HAS_DIGIT = re.compile(r"\d")
# what follows a date apposed to a name, not a list's next entry: a stop, a comma or a bracket
_CLAUSE_GOES_ON = re.compile(r"\s*(?:[,.;:)]|$)")


_IN_BRACKETS_AFTER = re.compile(r"\s*\(\s*")
# zones a foreign story converts its local times into for readers at home, minutes east of UTC
# ("7:20 a.m. local time (4:20 p.m. EDT Wednesday)": the local side is 11 hours ahead, Thursday)
_ZONE_OFFSETS = {"EDT": -240, "EST": -300, "CDT": -300, "CST": -360, "MDT": -360, "MST": -420, "PDT": -420, "PST": -480,
                 "BST": 60, "CET": 60, "CEST": 120, "AEST": 600, "AEDT": 660, "JST": 540, "HKT": 480, "SGT": 480}
_ZONE_NAMED = re.compile(r"\b(?:GMT|UTC|Zulu|" + "|".join(_ZONE_OFFSETS) + r")\b")
_DAY_AND_MINUTE = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})")


def _clock(partial: Partial) -> bool:
    """A clock time told without its day ("11:42 p.m. local time", "0242 GMT")."""
    return isinstance(partial, Calendar) and partial.hour is not None and partial.weekday is None \
        and partial.day is None and partial.month is None and partial.relation is None


def _dated_clock(partial: Partial) -> bool:
    """A clock time told with its day ("0242 GMT Friday", "9:15 p.m. Thursday")."""
    return isinstance(partial, Calendar) and partial.hour is not None and (partial.weekday is not None or partial.day is not None)


def _settle_times_in_two_zones(text: str, items: list, resolved: dict[int, Resolved]) -> None:
    """One moment told in local time and, in brackets, in universal time or a named zone: the
    side told without a day takes its day from the other ("emerged at 11:42 p.m. local time (0242
    GMT Friday)" is Thursday night; "at 6 a.m. Friday (2200 GMT)" is 2200 GMT on Thursday; "at
    7:20 a.m. local time (4:20 p.m. EDT Wednesday)" is Thursday morning). The local zone is the
    offset from universal time between -12 and +14 hours that joins the two clock times."""
    for k in range(len(items) - 1):
        (s1, e1, p1, _), (s2, e2, p2, _) = items[k], items[k + 1]
        zone = _ZONE_NAMED.search(text, s2, e2)
        if not (_IN_BRACKETS_AFTER.fullmatch(text, e1, s2) and zone and not _ZONE_NAMED.search(text, s1, e1)):
            continue
        zone_offset = _ZONE_OFFSETS.get(zone.group(0), 0)  # minutes east of universal time
        if _clock(p1) and _dated_clock(p2):
            known, unknown, sign = k + 1, k, 1  # local = universal + offset
        elif _dated_clock(p1) and _clock(p2):
            known, unknown, sign = k, k + 1, -1  # universal = local - offset
        else:
            continue
        told, wanted = _DAY_AND_MINUTE.fullmatch(resolved[known].value), _DAY_AND_MINUTE.fullmatch(resolved[unknown].value)
        if not told or not wanted:
            continue
        minute = int(told[2]) * 60 + int(told[3])  # (T24:00 is the next day's 00:00)
        at = dt.datetime.fromisoformat(told[1]) + dt.timedelta(minutes=minute)
        gap = (int(wanted[2]) * 60 + int(wanted[3])) - minute
        # the offset (local minus universal) in minutes, between -12 and +14 hours
        offset = next((sign * (gap + turn) for turn in (0, 1440, -1440) if -720 <= sign * (gap + turn) + zone_offset <= 840), None)
        if offset is None:
            continue
        day = (at + sign * dt.timedelta(minutes=offset)).date()
        old = resolved[unknown]
        resolved[unknown] = replace(old, value=day.isoformat() + old.value[10:], interval=(day, day) if old.interval else None,
                                    anchor=f"timex:{items[known][0]}")


def _resolve_items(text: str, reference: dt.date | None, document_type: str, items: list[tuple[int, int, Partial, str]],
                   known: dict[int, Resolved], country: str | None = None,
                   state: str | None = None) -> tuple[dict[int, Resolved], list[int]]:
    """Each item resolved in text order, those that look at the dates around them last; the
    items in ``known`` take their given result in their place. Also: the event-anchored items
    that were dated (and so became anchors for what follows)."""
    resolver = Resolver(text, reference, document_type, country, state)
    results: dict[int, Resolved] = {}
    deferred = []
    # (in a live blog, "this morning" and "yesterday" are the day of their entry's stamp: after the stamps)
    stamped = document_type == "news" and has_stamps(text)
    for index, (start, end, partial, rule) in enumerate(items):
        if index in known:
            results[index] = resolver.take(start, end, known[index])
        elif _needs_context(partial) or stamped and isinstance(partial, Relative) and partial.unit == "day" \
                and partial.base == "reference":
            deferred.append(index)
        else:
            results[index] = resolver.resolve(partial, start, end)
    dated_by_events = []
    for index in deferred:
        start, end, partial, rule = items[index]
        met = len(resolver.history)
        results[index] = resolver.resolve(partial, start, end)
        if isinstance(partial, EventAnchored) and len(resolver.history) > met and resolver.history[-1][0] == start:
            dated_by_events.append(index)
    return results, dated_by_events


# one part of a duration's value, its number and unit: "4Y" of "P4Y", "0.92S" of "PT2M0.92S" (not the "XD" of "PXD")
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)([YMWDHS])")


def _duration_parts(value: str) -> list[tuple[str, str]]:
    """("Y", "4"), ("TH", "3") ... for "P4YT3H"; [] for a value that is not whole numbers of units (but for the
    seconds, which may have a fraction: "two minutes 0.92 seconds" is PT2M0.92S)."""
    if not re.fullmatch(r"P(?:\d+[YMWD])*(?:T(?:\d+[HM])*(?:\d+(?:\.\d+)?S)?)?", value) or value in ("P", "PT"):
        return []
    date, _, time = value[1:].partition("T")
    return [(u, n) for n, u in _DURATION_PART.findall(date)] + [("T" + u, n) for n, u in _DURATION_PART.findall(time)]


_DURATION_UNITS = ("Y", "M", "W", "D", "TH", "TM", "TS")  # largest first
_COMPOUND_JOIN = re.compile(r",?\s+(?:and\s+)?|\s*,\s*")
# a stretch the words point at, no part of an amount before it ("Every year the last ten days are the same")
_A_STRETCH_OPENS = re.compile(r"(?:the|this|that|these|those|last|next|past|first|final)\b", re.IGNORECASE)


_STAMP_JOIN = re.compile(r",?[ \t]+")  # on one line, nothing but a comma between
_STAMP_DATE_RULES = ("month_day_year", "day_month_year")
_STAMP_TIME_RULES = ("clock_24h", "clock_time")
_FULL_DAY_RULES = ("month_day", "month_day_year")  # (the American order: "Thursday 12 November at 8pm" is told apart)
_FULL_DAY_AT = re.compile(r",?[ \t]+at[ \t]+")
_DAY_COMMA = re.compile(r",[ \t]+")  # "Wednesday, 2 p.m.: The Fed releases its Beige Book"
_CLOCK_RANGE_ON = re.compile(r"[ \t]*(?:[-\u2013]|(?:to|until|till|through|and)\b)[ \t]*(?:\d|noon\b|midnight\b)", re.IGNORECASE)


def _join_dated_stamps(text: str, items: list) -> list:
    """A timestamp: a full date and the clock time right after it ("Last updated: September 10,
    2017 20:35 IST", "Updated: May 23, 2019, 6:20 PM IST") is one time of that day; so is a day told
    in full in the American order, weekday and date, and the time "at" it ("on Tuesday, March 3, at 2.30pm",
    as our sets' reviewers join it 30 times of 40; "Thursday 12 November at 8pm" they split 8 times of 11);
    and a weekday, alone or with its day so told, and the clock time after a comma ("Wednesday, 2 p.m.: The
    Fed releases its Beige Book", "Friday, Aug. 25, 10 p.m.: Harvey makes landfall", 27 times of 29), unless
    the time opens a range ("Sat., Feb. 1, 9 a.m. to 1 p.m.": two, 13 times of 14)."""
    out: list = []
    for item in items:
        start, end, partial, rule = item
        day = out[-1][2] if out else None
        if rule in _STAMP_TIME_RULES and isinstance(partial, Calendar) and isinstance(day, Calendar) and day.hour is None \
                and partial.month is None and partial.day is None and partial.weekday is None and partial.mod is None \
                and (out[-1][3] in _STAMP_DATE_RULES and day.year is not None and _STAMP_JOIN.fullmatch(text, out[-1][1], start)
                     or out[-1][3] in _FULL_DAY_RULES and day.weekday is not None and day.month is not None
                     and day.day is not None and _FULL_DAY_AT.fullmatch(text, out[-1][1], start)
                     or out[-1][3] in ("weekday",) + _FULL_DAY_RULES and day.weekday is not None and day.mod is None
                     and _DAY_COMMA.fullmatch(text, out[-1][1], start) and not _CLOCK_RANGE_ON.match(text, end)):
            out[-1] = (out[-1][0], end, replace(partial, year=day.year, month=day.month, day=day.day, weekday=day.weekday), rule)
            continue
        out.append(item)
    return out


def _join_compound_durations(text: str, items: list) -> list:
    """One duration of several units: "three hours and 12 minutes" -> PT3H12M, "four years and
    six months" -> P4Y6M, "2 hours 15 minutes" (each unit smaller than the one before); a set
    so told is one set ("every 11 hours and 55 minutes" -> PT11H55M)."""
    out: list = []
    for item in items:
        start, end, partial, rule = item
        if out and rule == "duration" and (out[-1][3] == "duration" or out[-1][3] == "set_every" and isinstance(out[-1][2], Fixed)
                                           and out[-1][2].value.startswith("P")) and isinstance(partial, Fixed) \
                and isinstance(out[-1][2], Fixed) and partial.mod is None \
                and _COMPOUND_JOIN.fullmatch(text, out[-1][1], start) and not _A_STRETCH_OPENS.match(text, start):
            parts = _duration_parts(out[-1][2].value) + _duration_parts(partial.value)
            units = [unit for unit, _ in parts]
            # (ISO 8601 writes weeks alone: "three years and two weeks" stays two)
            if len(parts) >= 2 and "W" not in units and all(
                    _DURATION_UNITS.index(a) < _DURATION_UNITS.index(b) for a, b in zip(units, units[1:])):
                date_part = "".join(f"{n}{u}" for u, n in parts if not u.startswith("T"))
                time_part = "".join(f"{n}{u[1:]}" for u, n in parts if u.startswith("T"))
                value = "P" + date_part + ("T" + time_part if time_part else "")
                out[-1] = (out[-1][0], end, replace(out[-1][2], value=value), out[-1][3])  # ("every 11 hours and 55 minutes": a set)
                continue  # ("87 hours, 34 minutes and 47 seconds": each part joins the ones before)
        out.append(item)
    return out


def _read_numeric_dates_in_order(text: str, items: list, date_order: DateOrder) -> list:
    """Numeric dates that read both ways ("03/04/2025", "on 03/04") in the document's date order: a
    day and month read the other way round are swapped."""
    numeric = [i for i, (_, _, partial, rule) in enumerate(items)
               if rule in ("numeric_date", "numeric_day_month") and isinstance(partial, Calendar)]
    if not numeric:
        return items
    order = document_order(date_order, [text[items[i][0]:items[i][1]] for i in numeric], [item[3] for item in items],
                           _country_told(text))
    if order is None:
        return items
    items = list(items)
    for i in numeric:
        start, end, partial, rule = items[i]
        parts = numeric_day_month(text[start:end])
        if parts is None or max(parts[0], parts[1]) > 12 or parts[0] == parts[1]:
            continue  # read one way only, or the same both ways
        if habitual_order(parts[2]) != order:
            items[i] = (start, end, replace(partial, month=partial.day, day=partial.month), rule)
    return items


# (with no region given, only these follow the country a text is about; "Labour Day" spelled so,
# since "Labor Day" is the United States' whatever else the text names)
_KEPT_ON_DIFFERENT_DAYS = frozenset({"independence day", "thanksgiving", "thanksgiving day", "labour day", "diwali",
                                     "women's day", "human rights day", "youth day", "queen's birthday", "king's birthday",
                                     "august bank holiday"})
_COUNTRY_CUES = {code: re.compile(rf"\b(?:{names})\b") for code, names in V.COUNTRY_CUES.items()}
# a dateline: a line that opens with its place in capitals, then a comma or the mark a dateline's date ends with (a
# dash, a colon, an agency: "OTTAWA -", "TORONTO (CP) -", "NEW DELHI, March 3:"; not a compound, "INDIA-PAKISTAN TALKS")
_DATELINE = re.compile(r"^([A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+)*)(?:,\s*([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?))?"
                       rf"(?=\s*,|{DATELINE_MARK.pattern})", re.MULTILINE)
_MONTH_FIRST = re.compile(V.MONTH_NAME)
_DATELINE_QUALIFIERS = {code: re.compile(rf"^(?:{names})\b") for code, names in V.DATELINE_QUALIFIERS.items()}
_STATE_CUES = {code: re.compile(rf"\b(?:{names})\b") for code, names in V.AU_STATE_CUES.items()}


def _state_told(text: str) -> str | None:
    """The Australian state a text is about: the one whose names it tells most, if one does."""
    counts = {code: len(pattern.findall(text)) for code, pattern in _STATE_CUES.items()}
    code, count = max(counts.items(), key=lambda kv: kv[1])
    return code if count >= 1 and list(counts.values()).count(count) == 1 else None


def _regional_holiday(holiday: str, country: str, state: str | None) -> str:
    """The key of a holiday as ``country`` keeps it, or as its ``state`` does where the country's
    states keep it on different days (``("by state",)``: no day when the state is not known)."""
    key = f"{holiday}/{country}"
    if V.HOLIDAYS.get(key) == ("by state",) and state is not None and f"{holiday}/{state}" in V.HOLIDAYS:
        return f"{holiday}/{state}"
    return key


def _country_told(text: str) -> str | None:
    """The country a text without a region is about, for a holiday countries keep on different
    days: the one whose names it tells most, at least twice and more often than the United
    States'; None when none stands out (so "Independence Day" stays July 4)."""
    counts = {code: len(pattern.findall(text)) for code, pattern in _COUNTRY_CUES.items()}
    for city, qualifier in _DATELINE.findall(text):
        # a dateline is where the story was filed: the place told there counts as two mentions; where a
        # province or state follows the city ("KINGSTON, Ont."), that one, not the city, tells the country
        if qualifier and not _MONTH_FIRST.match(qualifier):
            place, abbreviations = qualifier, _DATELINE_QUALIFIERS
        else:
            place, abbreviations = " ".join(word.capitalize() for word in city.split()), {}
        for code, pattern in _COUNTRY_CUES.items():
            # (a province's name or its abbreviation: "KINGSTON, Ontario -", "KINGSTON, Ont. -")
            told = pattern.search(place) or code in abbreviations and abbreviations[code].search(place)
            counts[code] += 2 * bool(told)
    us = counts.pop("US")
    code, count = max(counts.items(), key=lambda kv: kv[1])
    return code if count >= 2 and count > us and list(counts.values()).count(count) == 1 else None


def _american(text: str) -> str | None:
    """"US" for a text that tells no other country's names (the tagger's holidays are the United States'
    where none is given); None for one that tells some, but none often enough to be its country."""
    return None if any(pattern.search(text) for code, pattern in _COUNTRY_CUES.items() if code != "US") else "US"


def _in_region(partial: Partial, region: str, state: str | None = None) -> Partial:
    """``partial`` as the article's country reads it (data in :mod:`vocab`):

    * a holiday countries keep on different days takes the region's own ("independence day/IN");
    * a fiscal year's label covers the months the region's fiscal year does: with India's April
      start "FY25" is April 2024 to March 2025, "Q3 FY25" October to December 2024, "the 2024-25
      financial year" is "FY25" (where only the government's year is national, only such a split
      year is read so);
    * a season in the southern hemisphere falls in the north's opposite months.
    """
    if isinstance(partial, Range) and isinstance(partial.last, Calendar) and partial.last.fiscal \
            and partial.last.year is not None and region in V.FISCAL_YEAR_START:
        return _fiscal_months(partial.last.year, V.FISCAL_YEAR_START[region])
    if isinstance(partial, Offset):
        # "the eve of Thanksgiving" in Canada: the day before Canada's Thanksgiving
        return replace(partial, inner=_in_region(partial.inner, region, state))
    if not isinstance(partial, Calendar):
        return partial
    if partial.holiday and f"{partial.holiday}/{region}" in V.HOLIDAYS:
        return replace(partial, holiday=_regional_holiday(partial.holiday, region, state))
    if partial.season and region in V.SOUTHERN_HEMISPHERE:
        return replace(partial, southern=True)
    start = V.FISCAL_YEAR_START.get(region)
    if partial.split:
        return _fiscal_quarter(partial, start or 4)
    if start is None or not partial.fiscal or partial.year is None or region in V.FISCAL_SPLIT_ONLY:
        return partial
    if partial.quarter is not None:
        return _fiscal_quarter(partial, start)
    if partial.month is None and partial.half is None:
        return _fiscal_months(partial.year, start)
    return partial


def _fiscal_quarter(partial: Calendar, start: int) -> Calendar:
    """The calendar quarter of a fiscal quarter, counted from the fiscal year's first month ``start`` (each
    table's start opens a calendar quarter); ``partial.year`` is the label, the year the fiscal year ends in."""
    month = start + 3 * (partial.quarter - 1)
    year = partial.year - 1 if month <= 12 else partial.year
    month = (month - 1) % 12 + 1
    return replace(partial, year=year, quarter=(month - 1) // 3 + 1, fiscal=False, split=False)


def _dated_by(partial: Partial) -> Partial:
    """The date an offset counts from ("Thanksgiving" of "the eve of Thanksgiving"), else itself."""
    return partial.inner if isinstance(partial, Offset) else partial


def _holiday_of_country(partial: Partial, country: str, state: str | None) -> Partial:
    """A holiday countries keep on different days as the country the text tells keeps it (also
    the holiday an offset counts from)."""
    if isinstance(partial, Offset):
        return replace(partial, inner=_holiday_of_country(partial.inner, country, state))
    if isinstance(partial, Calendar) and partial.holiday in _KEPT_ON_DIFFERENT_DAYS and f"{partial.holiday}/{country}" in V.HOLIDAYS:
        return replace(partial, holiday=_regional_holiday(partial.holiday, country, state))
    return partial


def _fiscal_months(label_year: int, start: int) -> Range:
    """The months of the fiscal year that begins in month ``start`` and ends in ``label_year``."""
    return Range(Calendar(year=label_year - 1, month=start), Calendar(year=label_year, month=start - 1))


# TIMEX3 bounds a point with BEFORE/AFTER, an amount of time with LESS_THAN/MORE_THAN ("more
# than two hours", "at least five years")
_DURATION_MOD = {"BEFORE": "LESS_THAN", "AFTER": "MORE_THAN", "ON_OR_BEFORE": "EQUAL_OR_LESS",
                 "ON_OR_AFTER": "EQUAL_OR_MORE"}


# "earlier this month", "later this week": the part of the period on one side of the day of writing
_EARLIER_OR_LATER = re.compile(r"(?:earlier|later)\s+(?:this|in\s+the)\b", re.IGNORECASE)


def _timex(text: str, start: int, end: int, r, rule: str, reference: dt.date | None = None) -> Timex:
    if r.type == "DURATION" and r.mod in _DURATION_MOD:
        r = replace(r, mod=_DURATION_MOD[r.mod])
    interval = None
    if r.interval:
        first, last = part_of_period(r.interval[0], r.interval[1], r.mod)
        side = _EARLIER_OR_LATER.match(text, start, end)
        if side and r.anchor == "reference" and reference is not None and r.interval[0] <= reference <= r.interval[1]:
            # "A poll published earlier this month", written on the 5th: the 1st to the 4th, not the
            # month's first third; "later this week": after today
            if side.group().lower().startswith("earlier"):
                first, last = r.interval[0], max(r.interval[0], reference - dt.timedelta(days=1))
            else:
                first, last = min(r.interval[1], reference + dt.timedelta(days=1)), r.interval[1]
        interval = Interval(first=first, last=last)
    return Timex(start=start, end=end, text=text[start:end], type=r.type, value=r.value,
                 granularity=r.granularity, interval=interval, mod=r.mod, anchor=r.anchor, rule=rule)
