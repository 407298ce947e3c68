"""early / mid- / late narrow an expression's interval to a third of its period."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag
from timeline.temporal.modifiers import part_of_period

D = dt.date
REFERENCE = D(2025, 12, 3)

EXAMPLES = [
    # (text, expected interval)
    ("early 2025", (D(2025, 1, 1), D(2025, 4, 30))),
    ("mid-2026", (D(2026, 5, 1), D(2026, 8, 31))),
    ("late 2024", (D(2024, 9, 1), D(2024, 12, 31))),
    ("late November", (D(2025, 11, 21), D(2025, 11, 30))),
    ("the early 1990s", (D(1990, 1, 1), D(1992, 12, 31))),
    ("the late 1990s", (D(1997, 1, 1), D(1999, 12, 31))),
    ("late Tuesday", (D(2025, 12, 2), D(2025, 12, 2))),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES)
def test_modifier_narrows_the_interval(text, expected):
    (timex,) = tag(text, REFERENCE)
    assert timex.text == text
    assert (timex.interval.first, timex.interval.last) == expected


def test_thirds_cover_the_period_without_gaps():
    for first, last in [(D(2025, 1, 1), D(2025, 12, 31)), (D(2025, 2, 1), D(2025, 2, 28)), (D(1990, 1, 1), D(1999, 12, 31))]:
        parts = [part_of_period(first, last, mod) for mod in ("START", "MID", "END")]
        assert parts[0][0] == first and parts[-1][1] == last
        for (_, end), (start, _) in zip(parts, parts[1:]):
            assert start == end + dt.timedelta(days=1)


def test_other_mods_leave_the_interval_alone():
    assert part_of_period(D(2025, 1, 1), D(2025, 12, 31), "APPROX") == (D(2025, 1, 1), D(2025, 12, 31))
    assert part_of_period(D(2025, 1, 1), D(2025, 12, 31), None) == (D(2025, 1, 1), D(2025, 12, 31))
