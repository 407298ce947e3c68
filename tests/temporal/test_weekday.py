"""resolve_weekday: which calendar day a weekday name means."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal.weekday import resolve_weekday

WED = dt.date(2025, 12, 3)  # a Wednesday
MON, TUE, WEDNESDAY, THU, FRI, SAT, SUN = range(7)


@pytest.mark.parametrize(
    ("weekday", "tense", "relation", "expected"),
    [
        (SUN, "past", None, dt.date(2025, 11, 30)),  # "met ... on Sunday"
        (TUE, "past", None, dt.date(2025, 12, 2)),
        (WEDNESDAY, "past", None, WED),  # the reference day itself
        (WEDNESDAY, "future", None, WED),  # "will meet Wednesday", written on a Wednesday
        (THU, "future", None, dt.date(2025, 12, 4)),  # "will meet on Thursday"
        (TUE, "future", None, dt.date(2025, 12, 9)),
        (FRI, "present", None, dt.date(2025, 12, 5)),  # "the leaders meet Friday"
        (FRI, None, None, dt.date(2025, 11, 28)),  # no tense: news reports the past
        (THU, None, "last", dt.date(2025, 11, 27)),  # "last Thursday"
        (WEDNESDAY, None, "last", dt.date(2025, 11, 26)),  # "last Wednesday" is never today
        (FRI, None, "next", dt.date(2025, 12, 5)),  # "next Friday"
        (WEDNESDAY, None, "next", dt.date(2025, 12, 10)),
        (MON, "future", "this", dt.date(2025, 12, 8)),  # "this Monday" follows the tense
    ],
)
def test_resolve_weekday(weekday: int, tense, relation, expected: dt.date) -> None:
    assert resolve_weekday(WED, weekday, tense, relation) == expected
