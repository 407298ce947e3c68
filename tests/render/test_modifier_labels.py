"""Entries dated "early 2025", "mid-2026", "late November" keep the modifier in their label;
a part of a period the modifier's word does not name ("later this month", "earlier this year",
a part of a quarter, a season or a week) is labelled by its interval, where it also sorts."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.models import Event
from timeline.render.context import date_label, labelled_by_interval

D = dt.date


def entry(start: dt.date, end: dt.date, granularity: str, mod: str | None) -> Event:
    return Event(id="e", start=start, end=end, granularity=granularity, mod=mod, summary="s", citations=[])


@pytest.mark.parametrize(
    ("start", "end", "granularity", "mod", "label"),
    [
        (D(2025, 1, 1), D(2025, 4, 30), "year", "START", "early 2025"),
        (D(2026, 5, 1), D(2026, 8, 31), "year", "MID", "mid-2026"),
        (D(2025, 9, 1), D(2025, 12, 31), "year", "END", "late 2025"),
        (D(2025, 11, 21), D(2025, 11, 30), "month", "END", "late Nov 2025"),
        (D(2026, 2, 20), D(2026, 2, 28), "month", "END", "late Feb 2026"),
        (D(2026, 8, 1), D(2026, 8, 10), "month", "START", "early Aug 2026"),
        (D(1990, 1, 1), D(1992, 12, 31), "decade", "START", "early 1990s"),
        (D(2027, 1, 1), D(2029, 12, 31), "decade", "END", "late 2020s"),
        (D(1867, 1, 1), D(1899, 12, 31), "century", "END", "late 19th century"),
        # a day is not divided: "late Tuesday" is that Tuesday
        (D(2025, 12, 2), D(2025, 12, 2), "day", "END", "2 Dec 2025"),
        (D(2025, 1, 1), D(2025, 12, 31), "year", None, "2025"),
        # a week is not divided either: "early next week" is the week
        (D(2026, 9, 14), D(2026, 9, 20), "week", "START", "week of 14 Sep 2026"),
    ],
)
def test_label_carries_the_modifier(start, end, granularity, mod, label):
    event = entry(start, end, granularity, mod)
    assert date_label(event) == label
    assert not labelled_by_interval(event)


@pytest.mark.parametrize(
    ("start", "end", "granularity", "mod", "label"),
    [
        # "later this month", written on 8 Sep: the rest of the month, not its last third
        (D(2026, 9, 9), D(2026, 9, 30), "month", "END", "9–30 Sep 2026"),
        # "earlier this month", written on 17 May
        (D(2026, 5, 1), D(2026, 5, 16), "month", "START", "1–16 May 2026"),
        # "earlier this year", written on 17 Mar; on 1 Sep, whole months
        (D(2026, 1, 1), D(2026, 3, 16), "year", "START", "1 Jan – 16 Mar 2026"),
        (D(2026, 1, 1), D(2026, 8, 31), "year", "START", "Jan–Aug 2026"),
        # "later this year", "later this decade", written on 8 Sep 2026
        (D(2026, 9, 9), D(2026, 12, 31), "year", "END", "9 Sep – 31 Dec 2026"),
        (D(2026, 9, 9), D(2029, 12, 31), "decade", "END", "9 Sep 2026 – 31 Dec 2029"),
        # "earlier this quarter", "later this quarter": a quarter's part has no word of its own
        (D(2026, 7, 1), D(2026, 9, 7), "quarter", "START", "1 Jul – 7 Sep 2026"),
        (D(2026, 9, 9), D(2026, 9, 30), "quarter", "END", "9–30 Sep 2026"),
        # "late summer 2025" is August: not "late Aug 2025", which would be 21–31 August
        (D(2025, 8, 1), D(2025, 8, 31), "season", "END", "Aug 2025"),
        # "later this week", written on Tuesday 8 Sep: not "week of 9 Sep 2026"
        (D(2026, 9, 9), D(2026, 9, 13), "week", "END", "9–13 Sep 2026"),
        # "later this weekend", written on its Saturday
        (D(2026, 9, 13), D(2026, 9, 13), "weekend", "END", "13 Sep 2026"),
    ],
)
def test_other_parts_of_a_period_are_labelled_by_their_interval(start, end, granularity, mod, label):
    event = entry(start, end, granularity, mod)
    assert labelled_by_interval(event)
    assert date_label(event) == label


def _article(text: str, published: str):
    from timeline.ingest import parse_article

    return parse_article(f"---\npublished: {published}\n---\n{text}\n", path="a.txt")


def test_pipeline_carries_the_modifier_from_the_expression_to_the_entry():
    from timeline.pipeline import build_timeline

    article = _article("The company plans to open its new factory in Ohio in mid-2026.", "2025-12-03")
    (event,) = build_timeline([article]).events
    assert (event.start, event.end, event.mod, event.status) == (D(2026, 5, 1), D(2026, 8, 31), "MID", "planned")
    assert date_label(event) == "mid-2026"


@pytest.mark.parametrize(
    ("text", "published", "labels"),
    [
        # e2e6 defect 12 (r11): "late Sep 2026" sorted before 13 Sep; now the label is where it sorts
        ("Talks to free two aid workers held in Niger resumed on Sept. 7.\n\n"
         "Ireland's foreign minister is expected to travel to Niamey later this month.\n\n"
         "A second video from the kidnappers is expected on Sept. 13, a mediator said.",
         "2026-09-08", ["7 Sep 2026", "9–30 Sep 2026", "13 Sep 2026"]),
        ("The remaining fuel was pumped out of the ship earlier this month, the salvors said.",
         "2026-05-17", ["1–16 May 2026"]),
        ("The union warned the company about the tremors earlier this year.", "2026-03-17", ["1 Jan – 16 Mar 2026"]),
        ("The union warned the company about the tremors in late February.", "2026-03-17", ["late Feb 2026"]),
    ],
)
def test_chronology_labels_and_order_of_vague_parts(text, published, labels):
    from timeline.pipeline import build_timeline
    from timeline.render.context import build_context

    context = build_context(build_timeline([_article(text, published)]))
    assert [view.date_label for view in context.events] == labels
    starts = [view.event.start for view in context.events]
    assert starts == sorted(starts)
