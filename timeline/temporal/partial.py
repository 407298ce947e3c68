"""What a rule understood of an expression, before it is resolved against a date.

The first pass (rules.py) turns each match into one of these underspecified meanings; the
resolver (resolve.py) then anchors it against the reference date (news), the last mentioned date
(narrative, or expressions such as "three days later"), or leaves it underspecified.

* :class:`Fixed` - the text alone fixes the value: "June 14, 2024", "the 1990s", "five hours",
  "every week", "now".
* :class:`Calendar` - calendar fields, some missing: "Dec. 2" (no year), "Friday", "in August",
  "last November", "3 p.m. Tuesday", "the third quarter", "Christmas".
* :class:`Relative` - a whole number of units away from the reference date or from an anchor:
  "yesterday", "last week", "two years ago", "three days later", "a year earlier".
* :class:`Offset` - a whole number of units from the date named right after it: "the day after
  Christmas".
* :class:`Range` - two of the above forming one stretch: "April-June 2026", "Dec. 1-3".
* :class:`EventAnchored` - relative to a named event: "on the eve of the talks".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Union

from ..models import TimexMod, TimexType

Mod = TimexMod | None


@dataclass(frozen=True, slots=True)
class Fixed:
    """A value the text fixes by itself (durations, sets, PRESENT_REF, full dates)."""

    value: str
    type: TimexType = "DATE"
    mod: Mod = None
    granularity: str | None = None


@dataclass(frozen=True, slots=True)
class Calendar:
    """Calendar fields; the missing ones (usually the year) come from the reference and the tense.

    ``relation`` "last"/"next"/"this" overrides the tense ("last November"), "nearest" ignores
    it ("the Tuesday meeting"); ``year_offset`` places the year relative to the reference ("June
    last year" is -1).
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    holiday: str | None = None
    week_of: bool = False  # "the week of March 6"
    weekend_of: bool = False  # "Memorial Day weekend": the weekend beside the holiday
    month_of: bool = False  # "the year-end holidays": the month that holds the holiday
    nth: int | None = None  # with weekday and month: "the first Monday in October" (1), "the last Friday of May" (-1)
    part_of_day: str | None = None
    hour: int | None = None
    minute: int | None = None
    # "coming": on or after the reference; "gone", "ahead": strictly before or after it ("Monday last", "Friday next")
    relation: Literal["last", "next", "this", "nearest", "coming", "gone", "ahead"] | None = None
    year_offset: int | None = None
    year_shift: int = 0  # years added once the year is chosen ("the year-ago third quarter": -1)
    from_anchor: bool = False  # "last"/"next" count from the last date mentioned ("the following January")
    southern: bool = False  # a season of the southern hemisphere: "summer" in Australia is December to February
    fiscal: bool = False  # a fiscal year's label ("FY25", "fiscal 2025", "Q3 FY25"): see tagger._in_region
    split: bool = False  # ... told as a split year ("the fourth quarter of 2007-08"), whatever the region
    mod: Mod = None
    type: TimexType = "DATE"

    @property
    def grain(self) -> str:
        if self.minute is not None:
            return "minute"
        if self.hour is not None:
            return "hour"
        if self.part_of_day is not None:
            return "part_of_day"
        if self.week_of:
            return "week"
        if self.weekend_of:
            return "weekend"
        if self.month_of:
            return "month"
        if self.day is not None or self.weekday is not None or self.holiday is not None:
            return "day"
        if self.month is not None:
            return "month"
        if self.season is not None:
            return "season"
        if self.quarter is not None:
            return "quarter"
        if self.half is not None:
            return "half"
        return "year"


@dataclass(frozen=True, slots=True)
class Relative:
    """``amount`` units away from a base: the reference date, or an anchor (an earlier date).

    ``base``:
      * "reference" - deictic ("yesterday", "last week", "two years ago");
      * "anchor" - the last date mentioned before it ("three days later", "the following year");
        with none, the value stays underspecified (or falls back to ``fallback``);
      * "nearby" - an anchor of finer granularity than a year in the last few sentences if there is
        one, else the reference ("from $3 a share a year ago", after "the third quarter", is that
        quarter a year earlier);
      * "latest" - the latest quarter reported: the one that ended within the last 50 days, or
        the current one ("the latest quarter").
      * "new_year" - "in the new year": the year about to begin when said from July on (from March on in a clause not past), else
        the one begun.
      * "season" - a sports season that runs across the new year, named by the year it begins
        ("this season" in March 2005: 2004).
    ``grain`` is the granularity of the result (default: the unit); "anchor" keeps the anchor's.
    ``comparison``: the expression compares with another time ("a year earlier", "the year-ago
    quarter"), or is otherwise no time the story is told at (the small hours something ran on into,
    "until the early hours"); it is never itself an anchor for later expressions.
    ``amount`` None: an unknown number of units ("days later").
    ``in_year``: the period found is moved into that year ("the 1988 period", after "the third
    quarter": 1988-Q3); with no such period, the year itself.
    """

    unit: str
    amount: float | None
    base: Literal["reference", "anchor", "nearby", "latest", "new_year", "season"] = "reference"
    grain: str | None = None
    fallback: Literal["reference", "latest"] | None = None
    comparison: bool = False
    in_year: int | None = None  # the anchor's period moved into this year ("the 1988 quarter")
    part_of_day: str | None = None
    hour: int | None = None
    minute: int | None = None
    mod: Mod = None
    type: TimexType = "DATE"
    # "the day after ...", "the week before ...": counts from the date right after it ("the day
    # after Christmas"); with none there it names no date of its own ("the day before the vote")
    of_next: bool = False
    weekday: int | None = None  # a day of the week found ("Wednesday last week": unit week, -1, 2)


@dataclass(frozen=True, slots=True)
class Offset:
    """A date counted from the one the text names right after it: "the day after Christmas",
    "the week before Easter", "the year after 2008" (one expression, as TimeBank's "the day before
    last Tuesday")."""

    inner: "Partial"
    inner_start: int  # where the inner date's own text begins
    unit: str
    amount: int
    grain: str | None = None  # of the result; default the unit ("the week after Easter" is a week)
    mod: Mod = None
    type: TimexType = "DATE"
    # a day picked out of the inner period instead of a shift: (n, weekday), n counted from its
    # start (1, 2, ...) or its end (-1); weekday None counts days ("the first day of next month" is
    # (1, None), "the last Saturday of the month" (-1, 5))
    pick: tuple[int, int | None] | None = None
    # the nearest such weekday on the side ``amount`` tells, instead of a shift ("the Saturday before
    # Christmas", "the Monday after Thanksgiving")
    weekday: int | None = None


@dataclass(frozen=True, slots=True)
class Range:
    """One stretch from ``first`` to ``last`` ("April-June 2026"); ``first`` may borrow its year."""

    first: "Partial"
    last: "Partial"
    mod: Mod = None
    type: TimexType = "DATE"
    # a stretch known by the name of its first part: "the 2014/15 season", a crop year "2021-22"
    # (valued 2014, its interval both years)
    named_by_first: bool = False


@dataclass(frozen=True, slots=True)
class EventAnchored:
    """Relative to an event named in the text ("the eve of the talks", "days before the talks").

    Resolved only when the event's head noun is dated elsewhere in the text ("the talks on
    Tuesday"); otherwise it stays underspecified rather than guessed.
    """

    head: str  # the event's head noun, lower case ("talks")
    days: int | None  # offset in days from the event (-1: the eve); None: vague ("days before")
    direction: int = -1
    mod: Mod = None
    type: TimexType = "DATE"
    vote: bool = False  # "polling day": the day of a vote, named by any of its nouns (see resolve)


Partial = Union[Fixed, Calendar, Relative, Offset, Range, EventAnchored]
