"""What "early", "mid-" and "late" do to a stretch of calendar.

TimeML keeps the value of "early 2025" as ``2025`` and records the modifier as ``mod="START"``;
the interval we give beside the value says which days are meant, so it is narrowed to the part
of the period the modifier names: the first, middle or last third. Periods of three months or
more are cut at month boundaries ("early 2025" is January–April, "mid-2026" May–August, "late
2025" September–December), periods of three years or more at years ("the early 1990s" is
1990–1992), shorter ones at days ("late November" is 21–30 November).
"""

from __future__ import annotations

import datetime as dt

# mod -> which third of the period (0, 1, 2)
PART_OF_PERIOD = {"START": 0, "MID": 1, "END": 2}

# Periods shorter than this are not divided: "the end of the day" is still that day.
SHORTEST_DIVIDED_DAYS = 9


def _year_start(day: dt.date) -> dt.date:
    """The first of January nearest to ``day``."""
    first, following = dt.date(day.year, 1, 1), dt.date(day.year + 1, 1, 1)
    return following if (day - first) >= (following - day) else first


def _month_start(day: dt.date) -> dt.date:
    """The first day of the month nearest to ``day`` (ties go to the later month)."""
    first = day.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return following if (day - first) >= (following - day) else first


def part_of_period(first: dt.date, last: dt.date, mod: str | None) -> tuple[dt.date, dt.date]:
    """The inclusive part of ``[first, last]`` that ``mod`` names; the whole period otherwise."""
    third = PART_OF_PERIOD.get(mod or "")
    length = (last - first).days + 1
    if third is None or length < SHORTEST_DIVIDED_DAYS or last == dt.date.max:
        return first, last  # (a period cut short at the calendar's last day is not divided)
    cuts = [first + dt.timedelta(days=round(length * k / 3)) for k in (1, 2)]
    if length >= 3 * 365:
        cuts = [_year_start(cut) for cut in cuts]
    elif length >= 89:
        cuts = [_month_start(cut) for cut in cuts]
    bounds = [first, *cuts, last + dt.timedelta(days=1)]
    return bounds[third], bounds[third + 1] - dt.timedelta(days=1)
