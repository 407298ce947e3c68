"""Property tests (hypothesis) for ``timeline.temporal.tag``: whatever the text, the tagger does not
crash and returns well-formed expressions.

The properties, checked by ``check_well_formed`` for every generated text:

* offsets are valid: ``0 <= start < end <= len(text)`` and ``text[start:end] == timex.text``;
* a span neither starts nor ends with whitespace (TimeML spans never do), nor between two letters
  or digits ("Mayor", "Sundays", "x1998": no span "May", "Sunday" or "1998" inside them);
* spans come sorted by offset and never overlap;
* every value is a non-empty string; ``interval.first <= interval.last`` whenever an interval is set;
* a DATE without a modifier whose value names a whole calendar day, ISO week, month, quarter or
  year (``2025-12-02``, ``2025-W48``, ``2025-12``, ``2025-Q4``, ``2025``) has exactly that
  stretch of days as its interval;
* tagging the same text twice gives the same result.

Texts are any Unicode and, more usefully, strings built from date-like fragments (month names,
weekdays, numbers, "last", "next", "ago", dashes, punctuation) and whole date phrases with numbers
in and out of range ("Feb. 30, 0", "2025-W60"), with a reference date or none.
``check_well_formed`` is itself tested on hand-made bad outputs, so these tests can fail.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline.models import Interval, Timex
from timeline.temporal import tag

FRAGMENTS = (
    # months, abbreviated months, weekdays, with the odd capitalisation news text has
    "January", "February", "March", "April", "May", "may", "June", "July", "August", "September",
    "October", "November", "December", "Jan.", "Feb", "Sept.", "Dec.", "MARCH",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Sun", "Wed", "Thurs.",
    # numbers: days, impossible days, years, far years, decades, ordinals
    "0", "1", "2", "12", "13", "29", "30", "31", "32", "99", "00", "1998", "2024", "2026", "9999", "10000",
    "0001", "1990s", "'90s", "1st", "2nd", "3rd", "21st", "19th",
    # deictic, relative and anchored words
    "last", "next", "this", "that", "coming", "past", "previous", "ago", "later", "earlier", "before",
    "after", "since", "until", "from", "to", "between", "and", "in", "on", "at", "of", "the", "a", "an",
    "every", "each", "per", "daily", "weekly", "today", "yesterday", "tomorrow", "tonight", "now",
    "recently", "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "decade",
    "century", "hour", "hours", "minute", "minutes", "quarter", "half", "Q1", "Q4", "spring", "fall",
    "winter", "Christmas", "Thanksgiving", "New Year's Day", "eve", "mid-", "early", "late", "end",
    "beginning", "first", "second", "third", "two", "three", "ten", "dozen", "few", "several",
    "a.m.", "p.m.", "am", "pm", "noon", "midnight", "morning", "afternoon", "evening", "night",
    "o'clock", "GMT", "EST", "T", "W", "'s", "ended", "period", "following", "full", "for", "May Day", "that",
    # holidays of other calendars, British and wire-copy forms
    "Ramadan", "Hanukkah", "Passover", "Eid al-Fitr", "Lunar New Year", "Mid-Autumn Festival", "Black Friday",
    "weekend", "fortnight", "fortnightly", "FY", "FY25", "H1", "half past", "quarter past", "Friday week",
    "a week today", "the day after", "the 90s", "0830", "hrs", "local time", "end-", "the 15th", "Tues", "said",
    "“", "”", "``", "''",
    # punctuation and separators that glue dates together or break them apart
    "-", "–", "—", "/", ".", ",", ":", ";", "(", ")", "'", '"', "$", "%", "\n", "\u00a0", "  ",
)
SEPARATORS = st.sampled_from([" ", " ", " ", "-", "/", ", ", ".", "\n", "(", "\u2013"])

MONTHS = ("January", "Feb.", "March", "Sept.", "December", "May")
WEEKDAYS = ("Monday", "Thursday", "Sunday")
UNITS = ("day", "days", "week", "weeks", "month", "months", "year", "years", "quarter", "decade", "hour")
numbers = st.integers(0, 10_000).map(str) | st.sampled_from(["a", "two", "several", "a few", "10", "1,000"])
# Whole phrases the rules are written for, with numbers in and out of range (Feb. 30, day 0, year
# 0 or 10000, week 53), so that resolution and not only recognition is exercised.
date_phrases = st.one_of(
    st.builds("{} {}, {}".format, st.sampled_from(MONTHS), st.integers(0, 40), st.integers(0, 10_000)),
    st.builds("{} {}".format, st.integers(0, 40), st.sampled_from(MONTHS)),
    st.builds("{}-{:02d}-{:02d}".format, st.integers(0, 9999), st.integers(0, 13), st.integers(0, 32)),
    st.builds("{}/{}/{}".format, st.integers(0, 13), st.integers(0, 32), st.integers(0, 10_000)),
    st.builds("{} {}".format, st.sampled_from(["last", "next", "this", "early", "late", "mid-"]),
              st.sampled_from(MONTHS + WEEKDAYS + UNITS)),
    st.builds("{} {} {}".format, numbers, st.sampled_from(UNITS), st.sampled_from(["ago", "later", "earlier", ""])),
    st.builds("the {}s".format, st.integers(0, 3000)),
    st.builds("{}-W{}".format, st.integers(0, 9999), st.integers(0, 60)),
    st.builds("Q{} {}".format, st.integers(0, 5), st.integers(0, 10_000)),
    st.builds("{} at {}:{:02d} {}".format, st.sampled_from(WEEKDAYS), st.integers(0, 30), st.integers(0, 70),
              st.sampled_from(["a.m.", "p.m.", ""])),
    st.builds("on {}.{}.{}".format, st.integers(0, 40), st.integers(0, 14), st.integers(0, 10_000)),
    st.builds("{}/{:02d}/{:02d}".format, st.integers(1500, 2200), st.integers(0, 13), st.integers(0, 32)),
    st.builds("at {:04d} GMT".format, st.integers(0, 9999)),
    st.builds("{} {} {}".format, st.sampled_from(["Ramadan", "Passover", "Christmas Day", "Eid al-Adha"]),
              st.integers(0, 10_000), st.sampled_from(["", "weekend", "last year"])),
)
fragment_texts = st.lists(
    st.tuples(st.sampled_from(FRAGMENTS) | st.integers(0, 100_000).map(str) | date_phrases, SEPARATORS),
    max_size=25,
).map(lambda parts: "".join(word + separator for word, separator in parts))
references = st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
document_types = st.sampled_from(["news", "narrative"])

PROPERTY_SETTINGS = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def calendar_interval(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a fully specified TIMEX3 day/week/month/quarter/year value names."""
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        day = dt.date(*map(int, match.groups()))
        return day, day
    if match := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        year, week = map(int, match.groups())
        monday = dt.date.fromisocalendar(year, week, 1)
        return monday, monday + dt.timedelta(days=min(6, (dt.date.max - monday).days))  # 9999-W52 ends in year 10000
    if match := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = map(int, match.groups())
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if match := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, quarter = map(int, match.groups())
        last_month = 3 * quarter
        return dt.date(year, last_month - 2, 1), dt.date(year, last_month, calendar.monthrange(year, last_month)[1])
    if re.fullmatch(r"\d{4}", value) and value != "0000":
        return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    return None


def splits_a_word(text: str, start: int, end: int) -> bool:
    """Whether a span starts or ends between two letters or digits (inside a word or number)."""
    def inside(left: int) -> bool:  # is the boundary after text[left] inside a word?
        return 0 <= left < len(text) - 1 and text[left].isalnum() and text[left + 1].isalnum()

    return inside(start - 1) or inside(end - 1)


def check_well_formed(text: str, timexes: list[Timex]) -> None:
    """Assert the properties every output of ``tag`` must have (see the module docstring)."""
    assert isinstance(timexes, list), f"tag returned {type(timexes).__name__}, not a list"
    previous_end = 0
    for timex in timexes:
        assert isinstance(timex, Timex), f"not a Timex: {timex!r}"
        assert 0 <= timex.start < timex.end <= len(text), f"offsets out of range: {timex!r}"
        assert text[timex.start:timex.end] == timex.text, (
            f"text[{timex.start}:{timex.end}] is {text[timex.start:timex.end]!r}, timex.text is {timex.text!r}"
        )
        assert timex.text == timex.text.strip(), f"span starts or ends with whitespace: {timex.text!r}"
        assert not splits_a_word(text, timex.start, timex.end), (
            f"span starts or ends inside a word or number: {text[max(0, timex.start - 10):timex.end + 10]!r}"
        )
        assert timex.start >= previous_end, f"unsorted or overlapping spans at {timex!r}"
        previous_end = timex.end
        assert timex.value, f"empty value: {timex!r}"
        if timex.interval is not None:
            assert timex.interval.first <= timex.interval.last, f"interval backwards: {timex!r}"
        if timex.type == "DATE" and timex.mod is None and (days := calendar_interval(timex.value)):
            # (a split year, "2009/10" or "the 2010-11 financial year", is named by the year it starts in,
            # as TimeML annotators write it, and its interval runs on to the end of the next)
            split_year = timex.rule == "year_range" and re.fullmatch(r"\d{4}", timex.value) is not None
            assert timex.interval is not None and (timex.interval.first, timex.interval.last) in (
                days, *(((days[0], days[1].replace(year=days[1].year + 1)),) if split_year else ())), (
                f"value {timex.value} names {days[0]}..{days[1]}, interval is {timex.interval}: {timex!r}"
            )


def check_tag(text: str, reference: dt.date | None, document_type: str = "news") -> None:
    timexes = tag(text, reference, document_type=document_type)
    check_well_formed(text, timexes)
    assert tag(text, reference, document_type=document_type) == timexes, "tagging is not deterministic"


@PROPERTY_SETTINGS
@given(text=st.text(max_size=300), reference=references)
@example(text="", reference=None)
@example(text=" \n\t", reference=dt.date(2025, 12, 2))
@example(text="\ud7ff\ufffd\U0010ffff", reference=dt.date(2025, 12, 2))
@example(text="2009/10", reference=dt.date(2025, 12, 2))
def test_any_unicode_text(text, reference):
    check_tag(text, reference)


@PROPERTY_SETTINGS
@given(text=fragment_texts, reference=references, document_type=document_types)
@example(text="Feb. 30, 2024 and 31/31/2025", reference=dt.date(2025, 12, 2), document_type="news")
@example(text="December 31, 9999, and the next day", reference=dt.date(2025, 12, 2), document_type="news")
@example(text="last Friday, next Friday, this Friday", reference=None, document_type="news")
@example(text="January 1, 1 and the day before", reference=dt.date(1900, 1, 1), document_type="narrative")
@example(text="three days later, the day before", reference=None, document_type="narrative")
@example(text="Dec. 1–3, April–June 2026 and mid-", reference=dt.date(2026, 1, 1), document_type="news")
@example(text="Monday at 1:00 a.m. January 32, 0 ", reference=None, document_type="news")  # not "January 3"
@example(text="at 3:16 a.m., Sept. 32, 10000", reference=dt.date(1984, 12, 5), document_type="news")
@example(text="Monday at 24:00  GMT ", reference=None, document_type="news")  # not "4:00 GMT"
@example(text="Sept. 31, 1999 and 5000 years ago, 0.1 January", reference=dt.date(2000, 10, 21), document_type="news")
@example(text="March 3 and 1,861,000 weeks later", reference=dt.date(2000, 10, 21), document_type="news")  # overflow
@example(text="last December and 8000 years later", reference=dt.date(2000, 1, 1), document_type="news")
def test_date_like_text(text, reference, document_type):
    check_tag(text, reference, document_type)


@PROPERTY_SETTINGS
@given(text=fragment_texts, document_type=document_types)
def test_date_like_text_without_reference_date(text, document_type):
    check_tag(text, None, document_type)


# ----------------------------------------------------------------- the checker can fail

TEXT = "On Friday, May 2, 2025, they met."


MAY_2 = Interval(first=dt.date(2025, 5, 2), last=dt.date(2025, 5, 2))


def timex(start: int, end: int, **fields) -> Timex:
    return Timex(start=start, end=end, text=TEXT[start:end], type="DATE", value=fields.pop("value", "2025-05-02"),
                 interval=fields.pop("interval", MAY_2), **fields)


def test_checker_accepts_a_good_output():
    day = Interval(first=dt.date(2025, 5, 2), last=dt.date(2025, 5, 2))
    may = Interval(first=dt.date(2025, 5, 1), last=dt.date(2025, 5, 31))
    check_well_formed(TEXT, [timex(3, 9, interval=day), timex(11, 22, value="2025-05", interval=may)])
    check_well_formed(TEXT, [timex(3, 9, value="2025-W18", interval=Interval(first=dt.date(2025, 4, 28),
                                                                            last=dt.date(2025, 5, 4)))])
    check_well_formed(TEXT, [timex(3, 9, value="2025-Q2", interval=Interval(first=dt.date(2025, 4, 1),
                                                                           last=dt.date(2025, 6, 30)))])
    # a modifier narrows the interval ("early May"), so value and interval may then differ
    check_well_formed(TEXT, [timex(3, 9, value="2025-05", mod="START", interval=day)])


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param([timex(11, 22), timex(3, 9)], id="unsorted"),
        pytest.param([timex(3, 9), timex(5, 14)], id="overlapping"),
        pytest.param([timex(3, 9).model_copy(update={"text": "Friday,"})], id="text-differs"),
        pytest.param([timex(30, 40)], id="end-past-text"),
        pytest.param([timex(9, 9)], id="empty-span"),
        pytest.param([timex(2, 9)], id="leading-space"),
        pytest.param([timex(4, 9)], id="starts-inside-a-word"),
        pytest.param([timex(3, 8)], id="ends-inside-a-word"),
        pytest.param([timex(3, 9, value="")], id="empty-value"),
        pytest.param(
            [timex(3, 9, interval=Interval(first=dt.date(2025, 5, 2), last=dt.date(2025, 5, 1)))],
            id="interval-backwards",
        ),
        pytest.param([timex(3, 9, interval=None)], id="resolved-day-without-interval"),
        pytest.param([timex(3, 9, value="2025-05")], id="month-value-day-interval"),
        pytest.param([timex(3, 9, value="2025", interval=Interval(first=dt.date(2025, 1, 1),
                                                                  last=dt.date(2025, 12, 30)))], id="year-short"),
    ],
)
def test_checker_rejects_a_bad_output(bad):
    with pytest.raises(AssertionError):
        check_well_formed(TEXT, bad)


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("in 1998s", 3, 7, True),
        ("in x1998", 4, 8, True),
        ("in 1998s", 3, 8, False),
        ("Mayor May", 0, 3, True),
        ("Mayor May", 6, 9, False),
        ("on Dec. 2, 2025.", 3, 9, False),
        ("on Dec. 2, 2025.", 3, 15, False),
        ("Sundays", 0, 6, True),
        ("(Friday)", 1, 7, False),
    ],
)
def test_splits_a_word(text, start, end, expected):
    assert splits_a_word(text, start, end) is expected
