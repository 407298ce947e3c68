"""Entries dated "early 2025", "mid-2026", "late November" keep the modifier in their label."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.models import Event
from timeline.render.context import date_label

D = dt.date


@pytest.mark.parametrize(
    ("start", "end", "granularity", "mod", "label"),
    [
        (D(2025, 1, 1), D(2025, 4, 30), "year", "START", "early 2025"),
        (D(2026, 5, 1), D(2026, 8, 31), "year", "MID", "mid-2026"),
        (D(2025, 11, 21), D(2025, 11, 30), "month", "END", "late Nov 2025"),
        (D(1990, 1, 1), D(1992, 12, 31), "decade", "START", "early 1990s"),
        # a day is not divided: "late Tuesday" is that Tuesday
        (D(2025, 12, 2), D(2025, 12, 2), "day", "END", "2 Dec 2025"),
        (D(2025, 1, 1), D(2025, 12, 31), "year", None, "2025"),
    ],
)
def test_label_carries_the_modifier(start, end, granularity, mod, label):
    event = Event(id="e", start=start, end=end, granularity=granularity, mod=mod, summary="s", citations=[])
    assert date_label(event) == label


def test_pipeline_carries_the_modifier_from_the_expression_to_the_entry():
    from timeline.ingest import parse_article
    from timeline.pipeline import build_timeline

    article = parse_article(
        "---\npublished: 2025-12-03\n---\nThe company plans to open its new factory in Ohio in mid-2026.\n", path="a.txt"
    )
    (event,) = build_timeline([article]).events
    assert (event.start, event.end, event.mod, event.status) == (D(2026, 5, 1), D(2026, 8, 31), "MID", "planned")
    assert date_label(event) == "mid-2026"
