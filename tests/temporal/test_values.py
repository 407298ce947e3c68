"""TIMEX3 values: formatting, parsing, intervals and calendar shifts."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal.values import When, add_months, duration_value, parse_value

D = dt.date


@pytest.mark.parametrize(
    ("value", "first", "last", "grain"),
    [
        ("2025-12-02", D(2025, 12, 2), D(2025, 12, 2), "day"),
        ("2025-W49", D(2025, 12, 1), D(2025, 12, 7), "week"),
        ("2025-W48-WE", D(2025, 11, 29), D(2025, 11, 30), "weekend"),
        ("2025-12", D(2025, 12, 1), D(2025, 12, 31), "month"),
        ("2026-Q2", D(2026, 4, 1), D(2026, 6, 30), "quarter"),
        ("2026-H2", D(2026, 7, 1), D(2026, 12, 31), "half"),
        ("2025-SU", D(2025, 6, 1), D(2025, 8, 31), "season"),
        ("2025-WI", D(2025, 12, 1), D(2026, 2, 28), "season"),
        ("2025", D(2025, 1, 1), D(2025, 12, 31), "year"),
        ("199", D(1990, 1, 1), D(1999, 12, 31), "decade"),
        ("18", D(1800, 1, 1), D(1899, 12, 31), "century"),
        ("2025-12-03TNI", D(2025, 12, 3), D(2025, 12, 3), "part_of_day"),
        ("2025-12-03T14:30", D(2025, 12, 3), D(2025, 12, 3), "minute"),
    ],
)
def test_parse_format_round_trip(value: str, first: dt.date, last: dt.date, grain: str) -> None:
    when = parse_value(value)
    assert when is not None and when.grain == grain
    assert when.interval == (first, last)
    assert when.value == value


@pytest.mark.parametrize("value", ["P3D", "PRESENT_REF", "XXXX-XX-XX", "2025-13", "2025-02-30", "", "XXXX-WXX-2"])
def test_parse_rejects_what_is_not_a_calendar_value(value: str) -> None:
    assert parse_value(value) is None


def test_shifts_keep_the_granularity() -> None:
    assert When.of(D(2025, 12, 3), "week").shifted("week", -1).value == "2025-W48"
    assert When.of(D(2025, 12, 3), "quarter").shifted("year", -1).value == "2024-Q4"
    assert When.of(D(2025, 1, 15), "month").shifted("month", -1).value == "2024-12"
    assert When.of(D(2024, 2, 29), "day").shifted("year", 1).value == "2025-02-28"
    assert When.of(D(2025, 1, 10), "season").value == "2024-WI"  # January is last year's winter


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(D(2025, 1, 31), 1) == D(2025, 2, 28)
    assert add_months(D(2025, 3, 31), -13) == D(2024, 2, 29)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((3, "D"), "P3D"),
        ((5, "H", 1, True), "PT5H"),
        ((5.5, "H", 1, True), "PT5H30M"),
        ((2.5, "Y"), "P2Y6M"),
        ((1.5, "M", 1, True), "PT1M30S"),
        ((None, "W"), "PXW"),
        ((2, "Y", 10), "P20Y"),
    ],
)
def test_duration_values(args, expected: str) -> None:
    assert duration_value(*args) == expected
