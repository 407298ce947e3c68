"""The shared render context: date labels at every granularity, statuses, anchors, gaps, key dates."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from timeline.models import Citation, DocumentInfo, Event, Timeline
from timeline.render.context import (
    KEY_DATES_MAX,
    build_context,
    date_label,
    datetime_attr,
    event_precision,
    gap_label,
    gap_months,
    link_url,
    months_between,
    ordinal,
    period_label,
    quote_text,
    quoted,
    safe_identifier,
    shown_summary,
    status_label,
    time_label,
    when_label,
)

D = dt.date
REF = D(2025, 12, 3)


def event(start: str, end: str, granularity: str, **extra) -> Event:
    return Event(
        id=extra.pop("id", f"{start}-x"),
        start=D.fromisoformat(start),
        end=D.fromisoformat(end),
        granularity=granularity,
        summary=extra.pop("summary", "Something happens"),
        citations=extra.pop("citations", []),
        **extra,
    )


# (start, end, granularity) -> label: one example per line, as a desk editor would print it.
DATE_LABELS = [
    ("2025-12-02", "2025-12-02", "day", "2 Dec 2025"),
    ("2025-12-02", "2025-12-02", "hour", "2 Dec 2025"),
    ("2025-12-02", "2025-12-02", "part_of_day", "2 Dec 2025"),
    ("2025-12-02", "2025-12-04", "day", "2–4 Dec 2025"),
    ("2025-11-28", "2025-12-02", "day", "28 Nov – 2 Dec 2025"),
    ("2025-12-30", "2026-01-02", "day", "30 Dec 2025 – 2 Jan 2026"),
    ("2025-11-24", "2025-11-30", "week", "week of 24 Nov 2025"),
    ("2025-11-29", "2025-11-30", "weekend", "weekend of 29 Nov 2025"),
    ("2025-11-17", "2025-11-30", "week", "17–30 Nov 2025"),
    ("2025-08-01", "2025-08-31", "month", "Aug 2025"),
    ("2025-08-01", "2025-10-31", "month", "Aug–Oct 2025"),
    ("2025-11-01", "2026-02-28", "month", "Nov 2025 – Feb 2026"),
    ("2026-04-01", "2026-06-30", "quarter", "Apr–Jun 2026"),
    ("2026-01-01", "2026-06-30", "half", "Jan–Jun 2026"),
    ("2025-12-01", "2026-02-28", "season", "Dec 2025 – Feb 2026"),
    ("2014-01-01", "2014-12-31", "year", "2014"),
    ("2014-01-01", "2016-12-31", "year", "2014–2016"),
    ("1990-01-01", "1999-12-31", "decade", "1990s"),
    ("1990-01-01", "2009-12-31", "decade", "1990s–2000s"),
    ("1800-01-01", "1899-12-31", "century", "19th century"),
    ("1900-01-01", "1999-12-31", "century", "20th century"),
    ("2000-01-01", "2099-12-31", "century", "21st century"),
    ("2100-01-01", "2199-12-31", "century", "22nd century"),
    ("2200-01-01", "2299-12-31", "century", "23rd century"),
    ("1700-01-01", "1899-12-31", "century", "18th–19th century"),
    ("2025-01-01", "2025-12-31", "unknown", "2025"),
    ("2025-03-01", "2025-04-30", "unknown", "Mar–Apr 2025"),
    ("2025-03-03", "2025-03-05", "unknown", "3–5 Mar 2025"),
]


@pytest.mark.parametrize("start, end, granularity, label", DATE_LABELS)
def test_date_label(start, end, granularity, label):
    assert date_label(event(start, end, granularity)) == label


# (granularity, TIMEX3 value, day[, mod]) -> the time of day shown after the date: one house style,
# the 24-hour clock of timeline.json's values after "about", "before" or "after" when its mod says
# so, "midnight" for the end of a day, or the part of the day in words; "" for a day or longer.
TIME_LABELS = [
    ("minute", "2025-10-09T07:20", "2025-10-09", "07:20"),  # "7.20am", "7:20 a.m."
    ("minute", "2025-08-29T16:15", "2025-08-29", "16:15"),  # "4:15 p.m."
    ("hour", "2025-08-29T15:00", "2025-08-29", "15:00"),  # "3pm"
    ("hour", "2025-08-29T15", "2025-08-29", "15:00"),  # TIMEX3's hour alone
    ("hour", "2025-01-14T24:00", "2025-01-14", "midnight"),  # "midnight" of 14 Jan: the end of that day, never 24:00
    ("minute", "2025-11-30T00:00", "2025-11-30", "00:00"),  # the midnight that opens 30 Nov
    ("minute", "2025-11-11T15:30", "2025-11-11", "about 15:30", "APPROX"),  # "at about 3.30pm"
    ("minute", "2025-01-14T24:00", "2025-01-14", "before midnight", "BEFORE"),  # "shortly before midnight"
    ("minute", "2025-11-30T00:00", "2025-11-30", "after 00:00", "AFTER"),  # "shortly after midnight on Sunday"
    ("minute", "2025-11-30T03:00", "2025-11-30", "after 03:00", "AFTER"),  # "just after 3 a.m."
    ("day", "2025-11-30", "2025-11-30", "", "APPROX"),  # a day told loosely shows no time
    ("part_of_day", "2025-11-12TMO", "2025-11-12", "morning"),
    ("part_of_day", "2025-11-12TMI", "2025-11-12", "midday"),
    ("part_of_day", "2025-11-11TAF", "2025-11-11", "afternoon"),
    ("part_of_day", "2025-11-11TEV", "2025-11-11", "evening"),
    ("part_of_day", "2025-10-06TNI", "2025-10-06", "night"),
    ("part_of_day", "2025-10-06TDT", "2025-10-06", "daytime"),
    ("day", "2025-10-09", "2025-10-09", ""),
    ("day", "2025-10-09T07:20", "2025-10-09", ""),  # an entry told by its day claims no time
    ("minute", "2025-10-08T07:20", "2025-10-09", ""),  # a value of another day names no time of this one
    ("minute", "", "2025-10-09", ""),
    ("minute", "2025-10-09T25:10", "2025-10-09", ""),  # no such time
]


@pytest.mark.parametrize("granularity, value, day, label, mod",
                         [row if len(row) == 5 else (*row, None) for row in TIME_LABELS])
def test_time_label(granularity, value, day, label, mod):
    entry = event(day, day, granularity, value=value, mod=mod)
    assert time_label(entry) == label
    assert when_label(entry) == (f"{date_label(entry)}, {label}" if label else date_label(entry))


@pytest.mark.parametrize("start, end, granularity, value, mod, label", [
    ("2025-12-25", "2025-12-25", "day", "2025-12-25", "BEFORE", "before 25 Dec 2025"),  # "walk out before Christmas"
    ("2026-04-05", "2026-04-05", "day", "2026-04-05", "AFTER", "after 5 Apr 2026"),  # "held after Easter"
    ("2026-03-01", "2026-03-31", "month", "2026-03", "ON_OR_BEFORE", "by Mar 2026"),  # "finish the sale by March"
    ("2026-03-01", "2026-03-10", "month", "2026-03", "START", "early Mar 2026"),
    # a clock time's bound is its time label's, not the date's
    ("2025-01-14", "2025-01-14", "minute", "2025-01-14T24:00", "BEFORE", "14 Jan 2025"),
])
def test_a_date_its_sources_bound_is_shown_with_the_bound(start, end, granularity, value, mod, label):
    entry = event(start, end, granularity, value=value, mod=mod)
    assert date_label(entry) == label
    if granularity == "minute":
        assert when_label(entry) == "14 Jan 2025, before midnight"


def test_the_time_of_an_entry_over_several_days_is_not_shown():
    assert time_label(event("2025-10-09", "2025-10-10", "minute", value="2025-10-09T07:20")) == ""


@pytest.mark.parametrize(
    "granularity, value, day, attribute",
    [
        ("minute", "2025-10-09T07:20", "2025-10-09", "2025-10-09T07:20"),
        ("hour", "2025-08-29T15", "2025-08-29", "2025-08-29T15:00"),
        ("hour", "2025-01-14T24:00", "2025-01-14", "2025-01-15T00:00"),  # HTML has no 24:00
        ("part_of_day", "2025-11-12TMO", "2025-11-12", "2025-11-12"),
    ],
)
def test_datetime_attribute_of_a_time_of_day(granularity, value, day, attribute):
    assert datetime_attr(event(day, day, granularity, value=value)) == attribute


# (summary, the expression that dates it at the entry's time) -> the summary shown beside that time:
# a live report's clock stamp goes, once the label shows its time; anything else stays.
SHOWN_SUMMARIES = [
    ("10:02 a.m. Meridian has canceled 480 flights so far", "10:02 a.m.", "Meridian has canceled 480 flights so far"),
    ("20:55 Emperor Naruhito arrives", "20:55", "Emperor Naruhito arrives"),
    ("7.20am: Man sighted by PolAir crew near Blue Lake", "7.20am", "Man sighted by PolAir crew near Blue Lake"),
    ("09:30 - a reminder of the rules", "09:30", "A reminder of the rules"),
    ("11.50am – Footprints located", "11.50am", "Footprints located"),
    ("4:15 p.m. “We will hold the airline to its obligations,” Duffy says", "4:15 p.m.",
     "“We will hold the airline to its obligations,” Duffy says"),
    ("06:00 (03:00 GMT) The ceasefire is now in effect", "06:00", "The ceasefire is now in effect"),
    # the negative corpus: no stamp
    ("6 p.m. deadline for bids passed", "6 p.m.", "6 p.m. deadline for bids passed"),  # the deadline's time
    ("Midnight Oil played the first song", "Midnight", "Midnight Oil played the first song"),  # no clock stamp
    ("The walkout began at 3.30pm", "3.30pm", "The walkout began at 3.30pm"),
    ("10:02 a.m.", "10:02 a.m.", "10:02 a.m."),  # nothing but the stamp: nothing to show instead
    ("10:02 a.m. 480 flights canceled", "10:02 a.m.", "10:02 a.m. 480 flights canceled"),
]


@pytest.mark.parametrize("summary, expression, shown", SHOWN_SUMMARIES)
def test_shown_summary_leaves_out_a_stamp_the_time_label_repeats(summary, expression, shown):
    value = "2025-08-29T10:02"
    cite = Citation(document="d", quote=summary, expression=expression, start=0, end=len(expression),
                    reference_date=REF, value=value)
    assert shown_summary(event("2025-08-29", "2025-08-29", "minute", value=value, summary=summary,
                               citations=[cite])) == shown


def test_shown_summary_keeps_a_stamp_the_label_does_not_show():
    summary = "10:02 a.m. Meridian has canceled 480 flights so far"
    at_ten = Citation(document="d", quote=summary, expression="10:02 a.m.", start=0, end=10, reference_date=REF,
                      value="2025-08-29T10:02")
    # an entry told by its day shows no time; an entry at another time shows that time, not the stamp's
    assert shown_summary(event("2025-08-29", "2025-08-29", "day", value="2025-08-29", summary=summary,
                               citations=[at_ten])) == summary
    assert shown_summary(event("2025-08-29", "2025-08-29", "minute", value="2025-08-29T09:45", summary=summary,
                               citations=[at_ten])) == summary
    corroborating = at_ten.model_copy(update={"corroborating": True})
    assert shown_summary(event("2025-08-29", "2025-08-29", "minute", value="2025-08-29T10:02", summary=summary,
                               citations=[corroborating])) == summary


@pytest.mark.parametrize(
    "number, text",
    [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"), (21, "21st"),
     (22, "22nd"), (23, "23rd"), (101, "101st"), (111, "111th"), (112, "112th")],
)
def test_ordinal(number, text):
    assert ordinal(number) == text


@pytest.mark.parametrize(
    "start, end, granularity, value",
    [
        ("2025-12-02", "2025-12-02", "day", "2025-12-02"),
        ("2025-11-24", "2025-11-30", "week", "2025-W48"),
        ("2025-08-01", "2025-08-31", "month", "2025-08"),
        ("2014-01-01", "2014-12-31", "year", "2014"),
        ("2026-04-01", "2026-06-30", "quarter", "2026-04-01"),
        ("1990-01-01", "1999-12-31", "decade", "1990-01-01"),
    ],
)
def test_datetime_attribute_is_valid_html_at_the_precision(start, end, granularity, value):
    assert datetime_attr(event(start, end, granularity)) == value


@pytest.mark.parametrize(
    "earlier, later, months, label",
    [
        ("2025-01-15", "2025-02-14", 0, ""),
        ("2025-01-15", "2025-02-15", 1, "1 month later"),
        ("2025-01-31", "2025-05-31", 4, "4 months later"),
        ("2024-06-14", "2025-06-14", 12, "1 year later"),
        ("2023-03-01", "2025-06-01", 27, "2 years, 3 months later"),
        ("2025-06-01", "2025-01-01", 0, ""),
    ],
)
def test_months_between_and_gap_label(earlier, later, months, label):
    assert months_between(D.fromisoformat(earlier), D.fromisoformat(later)) == months
    assert gap_label(months) == label


# (earlier entry, later entry, the gap label between them): counted as the two labels read, in
# the coarser label's unit, from the earlier's last period to the later's first; and no label
# where no whole month passed from the end of one to the start of the other
GAPS = [
    (("1955-01-01", "1955-12-31", "year"), ("1959-01-01", "1959-12-31", "year"), "4 years later"),
    (("2023-11-01", "2023-11-30", "month"), ("2024-03-01", "2024-03-31", "month"), "4 months later"),
    (("1955-01-01", "1955-12-31", "year"), ("1956-01-01", "1956-12-31", "year"), ""),
    (("1955-01-01", "1955-12-31", "year"), ("1957-01-01", "1957-12-31", "year"), "2 years later"),
    (("2023-11-01", "2023-11-30", "month"), ("2023-12-01", "2023-12-01", "day"), ""),
    (("2023-11-01", "2023-11-30", "month"), ("2024-03-10", "2024-03-10", "day"), "4 months later"),
    (("2023-11-12", "2023-11-12", "day"), ("2024-03-01", "2024-03-31", "month"), "4 months later"),
    (("1955-01-01", "1955-12-31", "year"), ("1959-03-03", "1959-03-03", "day"), "4 years later"),
    (("2024-04-01", "2024-06-30", "quarter"), ("2024-10-01", "2024-10-31", "month"), "4 months later"),
    (("2010-01-01", "2015-12-31", "year"), ("2020-01-01", "2020-12-31", "year"), "5 years later"),
    # days count whole months from the one day to the other, as before
    (("2025-01-31", "2025-01-31", "day"), ("2025-03-01", "2025-03-01", "day"), "1 month later"),
    (("2025-01-15", "2025-01-15", "day"), ("2025-02-14", "2025-02-14", "day"), ""),
    (("2023-03-01", "2023-03-01", "day"), ("2025-06-01", "2025-06-01", "day"), "2 years, 3 months later"),
]


@pytest.mark.parametrize("earlier, later, label", GAPS)
def test_gap_between_entries_reads_as_their_labels(earlier, later, label):
    assert gap_label(gap_months(event(*earlier), event(*later))) == label


def test_the_gap_marker_between_years_counts_from_the_year_written():
    years = [event(f"{y}-01-01", f"{y}-12-31", "year", id=f"y{y}") for y in (1955, 1959, 1998, 2001)]
    context = build_context(Timeline(title="t", generated=REF, documents=[], events=years))
    assert [v.gap_label for v in context.events] == ["", "4 years later", "39 years later", "3 years later"]
    assert [v.gap_before_months for v in context.events] == [0, 48, 39 * 12, 36]


@pytest.mark.parametrize(
    "status, disputed, label",
    [("reported", False, ""), ("planned", False, "planned"), ("cancelled", False, "cancelled"),
     ("postponed", False, "postponed"),
     ("reported", True, "disputed"), ("planned", True, "planned, disputed")],
)
def test_status_label(status, disputed, label):
    assert status_label(event("2025-01-01", "2025-01-01", "day", status=status, disputed=disputed)) == label


@pytest.mark.parametrize(
    "start, end, granularity, precision",
    [
        ("2025-12-02", "2025-12-02", "day", "day"),
        ("2025-11-24", "2025-11-30", "week", "day"),
        ("2026-04-01", "2026-06-30", "quarter", "month"),
        ("1990-01-01", "1999-12-31", "decade", "year"),
        ("2025-01-01", "2026-12-31", "unknown", "year"),
        ("2025-03-01", "2025-04-30", "unknown", "month"),
        ("2025-03-01", "2025-04-29", "unknown", "day"),
    ],
)
def test_precision(start, end, granularity, precision):
    assert event_precision(event(start, end, granularity)) == precision


def test_period_label_uses_years_for_year_level_ends():
    assert period_label([]) == ""
    assert period_label([event("2025-08-01", "2025-08-31", "month"), event("2025-12-02", "2025-12-02", "day")]) == (
        "Aug–Dec 2025"
    )
    assert period_label([event("1990-01-01", "1999-12-31", "decade"), event("2026-04-01", "2026-06-30", "quarter")]) == (
        "1990s – Jun 2026"
    )
    assert period_label([event("1990-01-01", "1990-12-31", "year"), event("2025-12-02", "2025-12-02", "day")]) == (
        "1990 – Dec 2025"
    )


def test_period_label_names_a_century_as_its_heading_does():
    # (e2e5 audit: "Covers 1600 – Jun 2025" under a heading "17th century")
    assert period_label([event("1600-01-01", "1699-12-31", "century"), event("2025-06-06", "2025-06-06", "day")]) == (
        "17th century – Jun 2025"
    )


@pytest.mark.parametrize(
    "text, identifier",
    [("kremlin-talks", "kremlin-talks"), ("000_f87694465ab023be", "000-f87694465ab023be"),
     ('evil](javascript:alert(1)) "doc"', "evil-javascript-alert-1-doc"), ("Ärger", "arger"), ("<<>>", "fallback")],
)
def test_safe_identifier(text, identifier):
    assert safe_identifier(text, "fallback") == identifier


LINKABLE = ["https://example.org/a?b=1&c=2", "http://example.org", "HTTPS://EXAMPLE.ORG/x#frag"]
NOT_LINKABLE = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "//example.org/x",
    "example.org",
    "https://",
    "https://example.org/a b",
    'https://example.org/"onmouseover="x',
    "https://example.org/<script>",
    "https://example.org/\nx",
    "",
    None,
]


@pytest.mark.parametrize("url", LINKABLE)
def test_http_urls_are_linkable(url):
    assert link_url(url) == url


@pytest.mark.parametrize("url", NOT_LINKABLE)
def test_other_urls_are_not(url):
    assert link_url(url) is None


def _doc(doc_id: str, **extra) -> DocumentInfo:
    return DocumentInfo(id=doc_id, path=f"seeds/{doc_id}.txt", reference_date=REF, **extra)


def _cite(doc_id: str, start: int = 0) -> Citation:
    return Citation(document=doc_id, quote="q", expression="x", start=start, end=start + 1, reference_date=REF)


def test_sources_are_numbered_with_unique_safe_keys_and_labels():
    timeline = Timeline(
        title="t",
        generated=REF,
        documents=[
            _doc("A b", title="Title", publisher="Pub", published=D(2025, 12, 2), url="javascript:x"),
            _doc("a-b"),
            _doc("a_b", url="https://example.org/"),
        ],
        events=[],
    )
    context = build_context(timeline)
    assert [s.number for s in context.sources] == [1, 2, 3]
    assert [s.key for s in context.sources] == ["a-b", "a-b-2", "a-b-3"]
    assert [s.label for s in context.sources] == ["Title, Pub, 2 Dec 2025", "a-b", "a_b"]
    assert [s.link for s in context.sources] == [None, None, "https://example.org/"]


def test_anchors_are_safe_and_unique():
    events = [event("2025-01-01", "2025-01-01", "day", id="same"), event("2025-01-02", "2025-01-02", "day", id="same"),
              event("2025-01-03", "2025-01-03", "day", id='"><script>'),
              event("2025-11-24", "2025-11-30", "week", id="2025-W48-talks")]
    context = build_context(Timeline(title="t", generated=REF, documents=[], events=events))
    assert [v.anchor for v in context.events] == ["same", "same-2", "script", "2025-W48-talks"]
    assert [v.number for v in context.events] == [1, 2, 3, 4]


def test_event_views_carry_sources_gaps_and_precision(small):
    context = build_context(small)
    by_id = {v.event.id: v for v in context.events}
    meeting = by_id["2025-12-02-kremlin-meeting"]
    assert [s.key for s in meeting.sources] == ["kremlin-talks", "ushakov-briefing"]
    assert len(meeting.citations) == 3
    # "3 Dec 2025" to "Apr–Jun 2026": Dec to Apr, as the labels read
    assert by_id["2026-Q2-summit"].gap_before_months == 4
    assert by_id["2026-Q2-summit"].gap_label == "4 months later"
    assert by_id["2025-12-03-ireland-meeting"].gap_before_months == 0
    # the gap runs from the end of the 19th century (1899, TIMEX3's "18"), not from its start
    assert by_id["1990-nato-debate"].gap_before_months == 91 * 12
    assert [v.precision for v in context.events][:4] == ["year", "year", "year", "day"]
    assert by_id["2025-08-alaska-summit"].precision == "month"
    assert context.generated_label == "3 Dec 2025"
    assert context.period_label == "19th century – 2026"  # the last entry is mid-2026, a year-level period


def test_key_dates_are_all_events_when_few(small):
    context = build_context(small)
    assert context.key_events == context.events


def test_key_dates_are_capped_and_prefer_well_sourced_precise_events():
    docs = [_doc(f"d{i}") for i in range(3)]
    events = []
    for i in range(KEY_DATES_MAX + 5):
        day = D(2025, 1, 1) + dt.timedelta(days=i)
        sources = 3 if i % 5 == 0 else 1
        events.append(event(day.isoformat(), day.isoformat(), "day", id=f"e{i}",
                            citations=[_cite(f"d{j}") for j in range(sources)]))
    events.append(event("2026-01-01", "2026-12-31", "year", id="vague", citations=[_cite("d0")]))
    context = build_context(Timeline(title="t", generated=REF, documents=docs, events=events))
    keys = context.key_events
    assert len(keys) == KEY_DATES_MAX
    assert [k.number for k in keys] == sorted(k.number for k in keys)  # chronological
    assert {f"e{i}" for i in range(0, KEY_DATES_MAX + 5, 5)} <= {k.event.id for k in keys}
    assert "vague" not in {k.event.id for k in keys}
    assert all(v.is_key == (v in keys) for v in context.events)


def _one_source_days(count: int, first: dt.date, **extra) -> list[Event]:
    """``count`` entries a day apart from ``first``, each told by source d0 alone."""
    days = [first + dt.timedelta(days=i) for i in range(count)]
    return [event(d.isoformat(), d.isoformat(), "day", id=f"filler-{d.isoformat()}", citations=[_cite("d0", 500)], **extra)
            for d in days]


def key_ids(events: list[Event], documents: int = 3) -> set[str]:
    timeline = Timeline(title="t", generated=REF, documents=[_doc(f"d{i}") for i in range(documents)], events=events)
    return {view.event.id for view in build_context(timeline).key_events}


def test_key_dates_prefer_a_day_many_sources_tell_of_to_an_early_day_one_tells_of():
    # the set3 story: a final previewed by one source, reported by another, among single-source days
    events = _one_source_days(KEY_DATES_MAX + 3, D(2025, 6, 1))
    events.append(event("2025-07-20", "2025-07-20", "day", id="final-preview", status="planned",
                        citations=[_cite("d1", 500)]))
    events.append(event("2025-07-20", "2025-07-20", "day", id="final-result", citations=[_cite("d2", 500)]))
    keys = key_ids(sorted(events, key=lambda e: e.start))
    assert "final-result" in keys  # the day two sources tell of, and of its two entries what happened
    assert "final-preview" not in keys  # one a date while other dates wait
    assert "filler-2025-06-01" in keys and f"filler-2025-06-{KEY_DATES_MAX + 3:02d}" not in keys


def test_key_dates_span_the_dates_before_repeating_one():
    busy = [event("2025-03-01", "2025-03-01", "day", id=f"busy-{i}", citations=[_cite("d0"), _cite("d1")])
            for i in range(KEY_DATES_MAX)]
    quiet = _one_source_days(5, D(2025, 4, 1))
    keys = key_ids(busy + quiet)
    assert {e.id for e in quiet} <= keys  # each quiet date once, the busy date's best, then the rest
    assert len(keys & {e.id for e in busy}) == KEY_DATES_MAX - 5


def test_key_dates_between_equals_take_what_an_article_leads_with():
    events = _one_source_days(KEY_DATES_MAX, D(2025, 6, 1))
    events.append(event("2025-08-14", "2025-08-14", "day", id="lead", citations=[_cite("d1", 40)]))
    assert "lead" in key_ids(events)
    assert "filler-2025-06-12" not in key_ids(events)


def test_key_dates_leave_background_years_two_sources_mention_to_days():
    events = _one_source_days(KEY_DATES_MAX, D(2025, 6, 1))
    events += [event("2024-01-01", "2024-12-31", "year", id=f"last-year-{i}", citations=[_cite(f"d{i}", 0)]) for i in (1, 2)]
    assert not key_ids(events) & {"last-year-1", "last-year-2"}


def test_a_citation_of_an_unlisted_document_is_a_clear_error():
    timeline = Timeline(title="t", generated=REF, documents=[],
                        events=[event("2025-01-01", "2025-01-01", "day", id="e", citations=[_cite("ghost")])])
    with pytest.raises(ValueError, match="event 'e' cites document 'ghost'"):
        build_context(timeline)


# ------------------------------------------------------------------ quotes as a reader sees them

BOLD_QUOTE = "**05:15** More than 1.2 million homes are _now_ without power, up 5 * 3 from snake_case_counts."
SHOWN_QUOTE = "05:15 More than 1.2 million homes are now without power, up 5 * 3 from snake_case_counts."


def bold_quote_timeline() -> Timeline:
    source = DocumentInfo(id="live", title="Live coverage", path="live.md", reference_date=REF)
    citation = Citation(document="live", quote=BOLD_QUOTE, expression="05:15", start=2, end=7, reference_date=REF,
                        value="2025-12-03T05:15")
    entry = event("2025-12-03", "2025-12-03", "minute", summary="05:15 More than 1.2 million homes are without power",
                  citations=[citation])
    return Timeline(title="t", generated=REF, documents=[source], events=[entry])


def test_a_quote_is_shown_without_its_emphasis_markers_in_every_format_and_kept_in_json():
    from timeline.render import RenderOptions, make_environment, render
    from timeline.render.pdf import briefing_html

    timeline = bold_quote_timeline()
    context = build_context(timeline)
    assert quote_text(BOLD_QUOTE) == SHOWN_QUOTE
    assert context.events[0].citations[0].quote == SHOWN_QUOTE
    markdown = render(timeline, "md").decode()
    assert "“05:15 More than 1.2 million homes are now without power, up 5 \\* 3 from snake\\_case\\_counts.”" in markdown
    assert "\\*\\*05" not in markdown
    html = render(timeline, "html").decode()
    assert f"<blockquote>{SHOWN_QUOTE}</blockquote>" in html and "**" not in html
    briefing = briefing_html(context, make_environment(RenderOptions()))
    assert f"“{SHOWN_QUOTE}”" in briefing and "**" not in briefing
    assert SHOWN_QUOTE in render(timeline, "timelinejs").decode()
    assert json.loads(render(timeline, "json"))["events"][0]["citations"][0]["quote"] == BOLD_QUOTE


@pytest.mark.parametrize(
    "quote, shown",
    [
        ("Talks ended on Tuesday.", "“Talks ended on Tuesday.”"),
        # one quotation already: its own pair, made curly, and no second one
        ('"Yesterday they simply walked away from the table."', "“Yesterday they simply walked away from the table.”"),
        ("“Yesterday they walked away.”", "“Yesterday they walked away.”"),
        ('"They walked away".', "“They walked away”."),
        # a quotation within the quote: single marks inside the pair
        ('"We have given them every chance," regional officer Karen Doyle said on Thursday.',
         "“‘We have given them every chance,’ regional officer Karen Doyle said on Thursday.”"),
        ('"Done," he said, "and dusted."', "“‘Done,’ he said, ‘and dusted.’”"),
        # a sentence that begins inside a quotation; a mark between two words
        ('simply walked away," Doyle said.', "“simply walked away,’ Doyle said.”"),
        ('<img onerror="alert(1)">', "“<img onerror=‘alert(1)’>”"),
        ('He called it "a disgrace" on Monday.', "“He called it ‘a disgrace’ on Monday.”"),
        ("It's Monday's vote.", "“It's Monday's vote.”"),  # apostrophes are no quotation marks
    ],
)
def test_a_quote_is_shown_inside_one_pair_of_quotation_marks(quote, shown):
    assert quoted(quote) == shown


def test_a_quote_that_is_one_quotation_gets_no_second_pair_in_any_format():
    from timeline.render import RenderOptions, make_environment, render
    from timeline.render.pdf import briefing_html

    said = '"Yesterday they simply walked away from the table."'
    shown = "“Yesterday they simply walked away from the table.”"
    timeline = bold_quote_timeline()
    citation = timeline.events[0].citations[0].model_copy(update={"quote": said, "expression": "", "start": 0, "end": 0})
    timeline = timeline.model_copy(update={"events": [timeline.events[0].model_copy(update={"citations": [citation]})]})
    context = build_context(timeline)
    assert context.events[0].citations[0].quoted == shown
    markdown = render(timeline, "md").decode()
    assert f"*Live coverage*: {shown} (" in markdown and "“\"" not in markdown
    briefing = briefing_html(context, make_environment(RenderOptions()))
    assert shown in briefing and "““" not in briefing and "“&#34;" not in briefing
    assert shown in render(timeline, "timelinejs").decode()
    assert json.loads(render(timeline, "json"))["events"][0]["citations"][0]["quote"] == said
