"""One typed template context, built once from a Timeline and shared by every renderer.

Renderers never re-parse article text and never format dates themselves: everything a
template shows (date labels at the event's granularity, status words, footnote numbers,
anchors, gap markers, key dates) is decided here, so the PDF, HTML and Markdown agree with
each other. Strings here are plain text; each renderer escapes them for its own format.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict

from timeline.emphasis import plain_text
from timeline.models import Citation, DocumentInfo, Event, Timeline
from timeline.temporal.modifiers import part_of_period

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Granularities whose label names days, months or years: the precision a reader may rely on.
Precision = Literal["day", "month", "year"]
PRECISION: dict[str, Precision] = {
    "minute": "day",
    "hour": "day",
    "part_of_day": "day",
    "day": "day",
    "week": "day",
    "weekend": "day",
    "month": "month",
    "quarter": "month",
    "half": "month",
    "season": "month",
    "year": "year",
    "decade": "year",
    "century": "year",
    "unknown": "day",  # refined from the interval's shape by event_precision
}

# "Key dates at a glance" shows every event up to this many, else the best-sourced ones.
KEY_DATES_MAX = 12

LINKABLE_SCHEMES = ("http", "https")
# Characters RFC 3986 never allows unencoded; a URL holding one is shown as text, not linked.
URL_FORBIDDEN = frozenset('"<>`{}|\\^')


class ContextModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceRef(ContextModel):
    """A source document as the reader sees it, with its footnote number (1-based)."""

    number: int
    doc: DocumentInfo
    label: str  # "Title, Publisher, 3 Dec 2025" or the id when nothing else is known
    key: str  # a safe identifier derived from the document id: [a-z0-9-], unique in the page
    link: str | None = None  # the URL when it may become a link (http/https with a host)


class CitationView(ContextModel):
    citation: Citation
    source: SourceRef
    quote: str = ""  # the quote as a reader sees it: Markdown emphasis markers left out (see quote_text)
    quoted: str = ""  # the quote inside one pair of quotation marks, “…” (see quoted)


class EventView(ContextModel):
    event: Event
    number: int = 0  # 1-based position in the chronology
    anchor: str  # stable, unique within the page: the event id in [A-Za-z0-9-]
    date_label: str  # "2 Dec 2025", "Aug 2025", "week of 24 Nov 2025", "Apr–Jun 2026", "2014"
    time_label: str = ""  # "07:20", "morning": the time of day an entry is told at (time_label), else ""
    when_label: str = ""  # the date label and the time: "9 Oct 2025, 07:20" (when_label)
    summary: str = ""  # the summary as shown: without a clock stamp that repeats the time (shown_summary)
    iso_start: str
    iso_end: str
    precision: Precision = "day"  # the finest calendar unit the date label names
    datetime_attr: str = ""  # a valid HTML <time datetime> value at the event's precision
    status_label: str  # "" for plain reported events, else "planned", "cancelled", "disputed", ...
    statuses: list[str] = []  # the words of status_label, one per item ("planned", "disputed")
    citations: list[CitationView]
    sources: list[SourceRef] = []  # distinct sources citing the event, in citation order
    gap_before_months: int = 0  # months since the latest-ending earlier event, as the labels read (gap_months)
    gap_label: str = ""  # "4 months later", "2 years, 1 month later"; "" when no whole month passed between them
    is_key: bool = False  # shown among the key dates at a glance


class RenderContext(ContextModel):
    timeline: Timeline  # the model itself, for formats that publish it whole (JSON)
    title: str
    generated: dt.date
    generated_label: str
    period_label: str  # "Feb 2014 – Jun 2026", "" when there are no events
    sources: list[SourceRef]
    events: list[EventView]
    key_events: list[EventView] = []  # key dates at a glance, in chronological order
    skipped: list[tuple[str, str]]  # (where: "path" or "path:line", what was wrong and the fix)


# ------------------------------------------------------------------------ dates


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 23rd, 101st."""
    if 11 <= number % 100 <= 13:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def format_day(day: dt.date) -> str:
    return f"{day.day} {MONTH_ABBR[day.month - 1]} {day.year}"


def format_month(day: dt.date) -> str:
    return f"{MONTH_ABBR[day.month - 1]} {day.year}"


def _day_range(start: dt.date, end: dt.date) -> str:
    if start == end:
        return format_day(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {MONTH_ABBR[start.month - 1]} {start.year}"
    if start.year == end.year:
        return f"{start.day} {MONTH_ABBR[start.month - 1]} – {format_day(end)}"
    return f"{format_day(start)} – {format_day(end)}"


def _month_range(start: dt.date, end: dt.date) -> str:
    if (start.year, start.month) == (end.year, end.month):
        return format_month(start)
    if start.year == end.year:
        return f"{MONTH_ABBR[start.month - 1]}–{MONTH_ABBR[end.month - 1]} {start.year}"
    return f"{format_month(start)} – {format_month(end)}"


def _year_range(start: dt.date, end: dt.date) -> str:
    return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"


def _century(year: int) -> int:
    # TIMEX3 "18" is 1800–1899, which is what people call the 19th century.
    return year // 100 + 1


# How a TIMEX3 mod reads before a period's label: "early 2025", "mid-2026", "late Nov 2025".
MOD_WORDS = {"START": "early ", "MID": "mid-", "END": "late "}
# the bound an entry told by its day or longer is shown with (``Event.mod``): "before 25 Dec 2025"
BOUND_WORDS = {"BEFORE": "before ", "AFTER": "after ", "ON_OR_BEFORE": "by "}
DIVISIBLE_GRAINS = ("month", "quarter", "half", "season", "year", "decade", "century")
# Grains whose label names one whole period ("Nov 2025", "2025", "1990s", "19th century"): the
# modifier's word before it says which third of that period is meant. A quarter, half or season
# is labelled by its months, a week by its first day, so a word before those would name the
# wrong period ("late Aug 2025" for late summer).
NAMED_PERIOD_GRAINS = ("month", "year", "decade", "century")
WEEK_GRAINS = ("week", "weekend")


def date_label(event: Event) -> str:
    """The event's date written at its granularity, as a desk editor would print it.

    An "early"/"mid-"/"late" entry keeps its period's label with the modifier in front when its
    interval is that part of the period, the third the tagger cuts ("late Nov 2025": 21–30 Nov).
    An entry its sources bound keeps its date's label with the bound in front ("before 25 Dec
    2025" for "would strike before Christmas", "by Mar 2026" for "to finish the sale by March").
    Any other part of a period is labelled by its interval (``labelled_by_interval``), which is
    also where it sorts: "later this month" written on 8 Sep is "9–30 Sep 2026", not "late Sep
    2026"; "earlier this year" written on 17 Mar is "1 Jan – 16 Mar 2026".
    """
    if labelled_by_interval(event):
        return interval_label(event.start, event.end)
    label = grain_label(event)
    if event.mod in MOD_WORDS and event.granularity in NAMED_PERIOD_GRAINS:
        return MOD_WORDS[event.mod] + label
    if event.mod in BOUND_WORDS and clock_time(event) is None:
        return BOUND_WORDS[event.mod] + label  # "before 25 Dec 2025", "by Mar 2026" (a clock's bound is time_label's)
    return label


def labelled_by_interval(event: Event) -> bool:
    """Whether an entry a modifier narrowed is labelled by its own days, months or years.

    The label of the period with "early", "mid-" or "late" before it fits only the third of
    the period those words name (cut as :func:`timeline.temporal.modifiers.part_of_period`
    cuts it, so that label and interval cannot drift apart). The part of a period on one side
    of the day of writing ("earlier this month", "later this week", "later this year") is not
    that third, and a part of a quarter, half, season or week has no word of its own: the
    interval says what the text supports. A whole week told with a modifier ("early next week"
    is the week: a week is not divided) keeps its week label.
    """
    if event.mod not in MOD_WORDS:
        return False
    grain = event.granularity
    if grain in NAMED_PERIOD_GRAINS:
        period = _named_period(event.start, event.end, grain)
        return period is None or part_of_period(*period, event.mod) != (event.start, event.end)
    if grain in WEEK_GRAINS:
        # a week's label names its seven days; a weekend's, two or more (a long one, three or four)
        return (event.end - event.start).days + 1 < (7 if grain == "week" else 2)
    return grain in DIVISIBLE_GRAINS


def _named_period(start: dt.date, end: dt.date, grain: str) -> tuple[dt.date, dt.date] | None:
    """The month, year, decade or century (TIMEX3's "18" is 1800–1899) holding the interval,
    None when no one such period holds it."""
    if grain == "month":
        first = start.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    else:
        years = {"year": 1, "decade": 10, "century": 100}[grain]
        first = dt.date(start.year // years * years or 1, 1, 1)
        last = dt.date(min(start.year // years * years + years - 1, dt.MAXYEAR), 12, 31)
    return (first, last) if end <= last else None


def interval_label(start: dt.date, end: dt.date) -> str:
    """An interval as its shape reads: whole years ("2014–2016"), whole months ("Jan–Aug 2026"),
    else days ("9–30 Sep 2026", "1 Jan – 16 Mar 2026")."""
    shape = interval_precision(start, end)
    if shape == "year":
        return _year_range(start, end)
    if shape == "month":
        return _month_range(start, end)
    return _day_range(start, end)


def grain_label(event: Event) -> str:
    """The label of the calendar period an event's interval lies in, at its granularity."""
    start, end, grain = event.start, event.end, event.granularity
    if grain in ("day", "hour", "minute", "part_of_day"):
        return _day_range(start, end)
    if grain in ("week", "weekend"):
        if (end - start).days <= 6:
            return f"{grain} of {format_day(start)}"
        return _day_range(start, end)
    if grain in ("month", "quarter", "half", "season"):
        return _month_range(start, end)
    if grain == "year":
        return _year_range(start, end)
    if grain == "decade":
        first, last = start.year // 10 * 10, end.year // 10 * 10
        return f"{first}s" if first == last else f"{first}s–{last}s"
    if grain == "century":
        first, last = _century(start.year), _century(end.year)
        if first == last:
            return f"{ordinal(first)} century"
        return f"{ordinal(first)}–{ordinal(last)} century"
    # unknown: say as much as the interval itself says
    return interval_label(start, end)


# The times of the day an entry may be told at, as TIMEX3 values write them: a clock time
# ("2025-10-09T07:20", "2025-10-09T15" for 3 p.m.) or a part of the day ("2025-10-09TMO").
TIMES_OF_DAY = ("minute", "hour", "part_of_day")
_CLOCK_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d)(?::(\d\d))?")
_PART_OF_DAY_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(MO|MI|AF|EV|NI|DT)")
PART_OF_DAY_WORDS = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night",
                     "DT": "daytime"}


def clock_time(event: Event) -> tuple[int, int] | None:
    """(hour, minute) of an entry told at a clock time of its day, else None. Hour 24 is the
    end of the day ("midnight" told of Tuesday is Tuesday's 24:00, as TIMEX3 writes it)."""
    if event.granularity not in TIMES_OF_DAY or event.start != event.end:
        return None
    match = _CLOCK_VALUE.fullmatch(event.value)
    if not match or match.group(1) != event.start.isoformat():
        return None
    hour, minute = int(match.group(2)), int(match.group(3) or 0)
    return (hour, minute) if hour * 60 + minute <= 24 * 60 and minute < 60 else None


# How a clock time told loosely reads before it ("about 15:30", "before midnight"): TIMEX3's mod
CLOCK_MOD_WORDS = {"APPROX": "about ", "BEFORE": "before ", "AFTER": "after "}


def clock_label(hour: int, minute: int) -> str:
    """A clock time on the 24-hour clock ("07:20", "15:00", "00:00" for the midnight that opens
    a day); the midnight that ends one (TIMEX3's ``T24:00``) is "midnight", which readers take as
    the end of the day it is told with, and which no clock writes as 24:00."""
    return "midnight" if hour == 24 else f"{hour:02d}:{minute:02d}"


def time_label(event: Event) -> str:
    """The time of day an entry is told at, "" when it is told by its day or longer.

    One house style in every output: the 24-hour clock, as timeline.json's values write it
    ("07:20" for "7.20am" and "7:20 a.m." alike, "15:00" for "3pm"; "midnight" for the end of
    a day, ``T24:00``), after "about", "before" or "after" when the sources tell it so (the
    entry's ``mod``: "about 15:30" for "at about 3.30pm", "before midnight" for "shortly before
    midnight"), else the part of the day in words ("morning", "night"). The label says no more
    than the value: a time told in another zone is shown as told, not converted.
    """
    clock = clock_time(event)
    if clock is not None:
        return CLOCK_MOD_WORDS.get(event.mod or "", "") + clock_label(*clock)
    if event.granularity not in TIMES_OF_DAY or event.start != event.end:
        return ""
    match = _PART_OF_DAY_VALUE.fullmatch(event.value)
    if not match or match.group(1) != event.start.isoformat():
        return ""
    return PART_OF_DAY_WORDS[match.group(2)]


def when_label(event: Event) -> str:
    """The date label with the time of day after a comma: "9 Oct 2025, 07:20", "2 Dec 2025,
    evening"; the date label alone for an entry told by its day or longer."""
    label, time = date_label(event), time_label(event)
    return f"{label}, {time}" if time else label


# What may follow a live report's clock stamp before its news: a separator ("7.20am: Man
# sighted", "09:30 - A reminder"), or a space and a sentence's capital or opening quotation mark
# ("10:02 a.m. Meridian has canceled"; "6 p.m. deadline" is no stamp but the deadline's time).
_STAMP_SEPARATOR = re.compile(r"\s*[:–—-]\s*(?=\S)")
_STAMP_SPACE = re.compile(r"\s+(?=[“‘\"'(]?[^\W\d_])")
# the stamp's time in another zone, in brackets after it ("06:00 (03:00 GMT) The ceasefire is now in effect")
_STAMP_EQUIVALENT = re.compile(r"\s*\(\s*\d{1,2}[:.]?\d\d\s*(?-i:[A-Z]{2,5})\s*\)")


def shown_summary(event: Event) -> str:
    """The summary as a reader sees it beside its time: without the clock stamp of a live
    report that opens it, once the label shows that time ("10:02 a.m. Meridian has canceled
    480 flights" under "29 Aug 2025, 10:02" reads "Meridian has canceled 480 flights"), and without
    the stamp's time in another zone in brackets after it ("06:00 (03:00 GMT) The ceasefire is now
    in effect" reads "The ceasefire is now in effect").

    The stamp is the expression that dates the entry at that very time (a citation's, with the
    entry's value), at the start of the summary; the summary keeps any other words
    (timeline.json keeps it as the events stage wrote it, and every quote keeps its stamp).
    """
    summary = event.summary
    if clock_time(event) is None:
        return summary
    for citation in event.citations:
        stamp = citation.expression.strip()
        if citation.corroborating or not stamp or citation.value != event.value or not summary.startswith(stamp):
            continue
        rest = summary[len(stamp):]
        equivalent = _STAMP_EQUIVALENT.match(rest)
        rest = rest[equivalent.end():] if equivalent else rest
        match = _STAMP_SEPARATOR.match(rest)
        if match is None and any(ch.isdigit() for ch in stamp):
            match = _STAMP_SPACE.match(rest)
            if match and not rest[match.end():].lstrip("“‘\"'(")[:1].isupper():
                match = None
        if match is None or not any(ch.isalpha() for ch in rest[match.end():]):
            continue
        shown = rest[match.end():]
        return shown[0].upper() + shown[1:]
    return summary


def interval_precision(start: dt.date, end: dt.date) -> Precision:
    """The coarsest unit an interval is made of: whole years, whole months, else days."""
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return "year"
    if start.day == 1 and (end + dt.timedelta(days=1)).day == 1:
        return "month"
    return "day"


def event_precision(event: Event) -> Precision:
    """How precisely the entry's date is known: its grain's unit. An entry labelled by its
    interval keeps its grain's ("9–30 Sep 2026", told as "later this month", is known to the
    month), so the key dates and the gap markers weigh it as before."""
    if event.granularity == "unknown":
        return interval_precision(event.start, event.end)
    return PRECISION[event.granularity]


def datetime_attr(event: Event) -> str:
    """A valid HTML ``datetime`` value: a day and its clock time, a day, ISO week, month or
    year, else the first day."""
    start, end, grain = event.start, event.end, event.granularity
    clock = clock_time(event)
    if clock is not None:
        hour, minute = clock
        if hour >= 24 and start < dt.date.max:  # HTML has no 24:00: the end of a day is the next one's 00:00
            return f"{(start + dt.timedelta(days=1)).isoformat()}T00:00"
        if hour < 24:
            return f"{start.isoformat()}T{hour:02d}:{minute:02d}"
    if start == end:
        return start.isoformat()
    if grain == "week" and (end - start).days == 6 and start.isoweekday() == 1:
        year, week, _ = start.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if (start.year, start.month) == (end.year, end.month) and start.day == 1 and (end + dt.timedelta(days=1)).day == 1:
        return f"{start.year:04d}-{start.month:02d}"
    if start.year == end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return f"{start.year:04d}"
    return start.isoformat()


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole calendar months from ``earlier`` to ``later`` (0 when later is not later)."""
    months = (later.year - earlier.year) * 12 + (later.month - earlier.month)
    if later.day < earlier.day:
        months -= 1
    return max(months, 0)


COARSENESS: dict[Precision, int] = {"day": 0, "month": 1, "year": 2}


def gap_months(earlier: Event, later: Event) -> int:
    """The months between two entries as a reader counts them from their date labels, 0 when
    no whole month passed from the end of ``earlier`` to the start of ``later``.

    Counted in the coarser of the two labels' units, from the earlier's last period to the
    later's first: "1955" to "1959" is 4 years and "Nov 2023" to "Mar 2024" 4 months (not the 3
    years and 3 months from 31 Dec 1955 and 30 Nov 2023); days count as ``months_between``.
    """
    if months_between(earlier.end, later.start) < 1:
        return 0  # ("Nov 2023" then "1 Dec 2023" follow each other: no gap to mark)
    unit = max(event_precision(earlier), event_precision(later), key=COARSENESS.__getitem__)
    if unit == "year":
        return 12 * (later.start.year - earlier.end.year)
    if unit == "month":
        return (later.start.year - earlier.end.year) * 12 + later.start.month - earlier.end.month
    return months_between(earlier.end, later.start)


def gap_label(months: int) -> str:
    """'1 month later', '4 months later', '1 year later', '2 years, 3 months later'; '' for 0."""
    if months < 1:
        return ""
    years, rest = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years} year{'s' if years > 1 else ''}")
    if rest:
        parts.append(f"{rest} month{'s' if rest > 1 else ''}")
    return ", ".join(parts) + " later"


# ----------------------------------------------------------------------- labels


def quote_text(quote: str) -> str:
    """A citation's quote as a reader sees it: "**05:15** More than 1.2 million homes ..." is
    "05:15 More than 1.2 million homes ...". Emphasis is the article's typography, read as the
    plain text it marks (the markers of :mod:`timeline.emphasis`, which the tagger and the
    summaries leave out too); timeline.json keeps the quote as written."""
    return plain_text(quote)


# Double quotation marks as sources write them: straight, curly, low and reversed.
DOUBLE_QUOTES = frozenset('"“”„‟')
_OPENING_QUOTES = frozenset("“„‟")
_AFTER_CLOSING = frozenset(".,;:!?…")


def quoted(quote: str) -> str:
    """The quote inside one pair of quotation marks, as printed after a source's name.

    A quote that is one quotation already (‘"Yesterday they simply walked away."’) keeps its
    own pair, made curly, instead of gaining a second (“"…"”). Any other double quotation
    marks in it become single ones (“‘We have given them every chance,’ Doyle said.”): a
    quotation within a quotation, as English prints it.
    """
    text = quote.strip()
    marks = [i for i, ch in enumerate(text) if ch in DOUBLE_QUOTES]
    if (len(marks) == 2 and marks[0] == 0 and marks[1] > 1
            and all(ch in _AFTER_CLOSING for ch in text[marks[1] + 1 :])):
        return "“" + text[1 : marks[1]] + "”" + text[marks[1] + 1 :]
    shown, inside = list(text), False
    for i in marks:
        opens = _opens(text, i, inside)
        shown[i], inside = ("‘", True) if opens else ("’", False)
    return "“" + "".join(shown) + "”"


def _opens(text: str, i: int, inside: bool) -> bool:
    """Whether the double quotation mark at ``i`` opens a quotation: a curly mark says so; a
    straight one opens before a word ('said "no') and closes after one ('away," she'; a
    sentence may begin inside a quotation), else it opens and closes in turn."""
    if text[i] != '"':
        return text[i] in _OPENING_QUOTES
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if (before.isspace() or before in "([{—–/") and not after.isspace():
        return True
    if not before.isspace() and (after.isspace() or after in _AFTER_CLOSING or after in ")]}—–"):
        return False
    return not inside


def event_statuses(event: Event) -> list[str]:
    words = [] if event.status == "reported" else [event.status]
    if event.disputed:
        words.append("disputed")
    return words


def status_label(event: Event) -> str:
    return ", ".join(event_statuses(event))


def safe_identifier(text: str, fallback: str, keep_case: bool = False) -> str:
    """ASCII letters, digits and single hyphens; ``fallback`` when nothing is left.

    Lower-cased unless ``keep_case``: footnote labels match case-insensitively on GitHub, so
    source keys are lower-case; event anchors keep ids such as ``2025-W48-...`` as they are.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    if not keep_case:
        ascii_text = ascii_text.lower()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-")
    return slug or fallback


def _unique(candidate: str, taken: set[str]) -> str:
    result, suffix = candidate, 2
    while result in taken:
        result = f"{candidate}-{suffix}"
        suffix += 1
    taken.add(result)
    return result


def link_url(url: str | None) -> str | None:
    """The URL if it may become a link (http or https with a host), else None.

    Anything else (``javascript:``, ``data:``, ``file:``, relative paths, URLs with spaces or
    control characters or characters that must be percent-encoded) stays plain text in every format.
    """
    if not url:
        return None
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 or ch in URL_FORBIDDEN for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in LINKABLE_SCHEMES or not parts.netloc:
        return None
    return url


def source_label(doc: DocumentInfo) -> str:
    parts = [doc.title or doc.id]
    if doc.publisher:
        parts.append(doc.publisher)
    if doc.published:
        parts.append(format_day(doc.published))
    return ", ".join(parts)


def period_label(events: list[Event]) -> str:
    """'Aug–Dec 2025', 'Jun 2024 – Jun 2026', '1990 – Dec 2025' (years for year-level ends),
    '17th century – Jun 2025', '1990s – 2024' (a century or a decade by its name)."""
    if not events:
        return ""
    first = min(events, key=lambda e: (e.start, e.end))
    last = max(events, key=lambda e: (e.end, e.start))
    if event_precision(first) != "year" and event_precision(last) != "year":
        return _month_range(first.start, last.end)
    start = _period_end_label(first, first.start)
    end = _period_end_label(last, last.end)
    return start if start == end else f"{start} – {end}"


def _period_end_label(event: Event, day: dt.date) -> str:
    """One end of the period line, as the chronology's heading of that entry names it: a century
    or a decade by its name ("17th century", "1990s"), a year by its number, else its month
    (also for a part of a decade its heading names by its years or days: "2026–2029")."""
    named = not labelled_by_interval(event)
    if named and event.granularity == "century":
        return f"{ordinal(_century(day.year))} century"
    if named and event.granularity == "decade":
        return f"{day.year // 10 * 10}s"
    return str(day.year) if event_precision(event) == "year" else format_month(day)


def choose_key_events(events: list[EventView], limit: int = KEY_DATES_MAX) -> set[int]:
    """Indexes of the key dates: all events up to ``limit``, else those a desk editor would pick.

    Entries rank by, in turn:

    1. the distinct sources citing the entry (what many report is what the story is about);
    2. the distinct sources telling of anything on the entry's day: a day the coverage keeps
       coming back to (a final announced beforehand and reported afterwards) outranks a day one
       article mentions in passing (months and years count their own sources only);
    3. what happened, was called off or put off before what is only planned: of a day's schedule
       and its outcome, the outcome is the key date;
    4. the sentences citing it, then the finer date (a day before a month before a year: a
       year is mostly background);
    5. how early in its article it is told: news is written top down, the lead first, so a
       happening an article opens with outranks one told in its tenth paragraph;
    6. the chronological order, last.

    The best entry of each date comes first, so that the table spans the story rather than
    listing one busy day three times; the remaining places go to the next best, whatever their
    date. The choice depends on nothing but the timeline, so it is stable between builds.
    """
    if len(events) <= limit:
        return set(range(len(events)))
    fineness = {"day": 0, "month": 1, "year": 2}
    told_on: dict[str, set[str]] = {}
    for view in events:
        told_on.setdefault(view.date_label, set()).update(source.doc.id for source in view.sources)

    def day_sources(view: EventView) -> int:
        # a month or a year is no busy day: two articles' background "last year" make no key date
        return len(told_on[view.date_label]) if view.precision == "day" else len(view.sources)

    ranked = sorted(
        range(len(events)),
        key=lambda i: (
            -len(events[i].sources),
            -day_sources(events[i]),
            events[i].event.status == "planned",
            -len(events[i].citations),
            fineness[events[i].precision],
            min((c.citation.start for c in events[i].citations), default=0),
            i,
        ),
    )
    chosen: list[int] = []
    dates: set[str] = set()
    for i in ranked:
        if len(chosen) < limit and events[i].date_label not in dates:
            chosen.append(i)
            dates.add(events[i].date_label)
    for i in ranked:
        if len(chosen) < limit and i not in chosen:
            chosen.append(i)
    return set(chosen)


def build_context(timeline: Timeline) -> RenderContext:
    sources = []
    by_id: dict[str, SourceRef] = {}
    keys: set[str] = set()
    for number, doc in enumerate(timeline.documents, start=1):
        ref = SourceRef(
            number=number,
            doc=doc,
            label=source_label(doc),
            key=_unique(safe_identifier(doc.id, f"source-{number}"), keys),
            link=link_url(doc.url),
        )
        sources.append(ref)
        by_id[doc.id] = ref
    for event in timeline.events:
        for citation in event.citations:
            if citation.document not in by_id:
                raise ValueError(
                    f"event {event.id!r} cites document {citation.document!r}, which the timeline does not list"
                )

    views = []
    anchors: set[str] = set()
    latest: Event | None = None  # the earlier entry that ends last (the later of equals: the one shown above)
    for number, event in enumerate(timeline.events, start=1):
        citations = [CitationView(citation=c, source=by_id[c.document], quote=quote_text(c.quote),
                                  quoted=quoted(quote_text(c.quote)))
                     for c in event.citations]
        cited: list[SourceRef] = []
        for view in citations:
            if view.source not in cited:
                cited.append(view.source)
        months = gap_months(latest, event) if latest is not None else 0
        views.append(
            EventView(
                event=event,
                number=number,
                anchor=_unique(safe_identifier(event.id, f"event-{number}", keep_case=True), anchors),
                date_label=date_label(event),
                time_label=time_label(event),
                when_label=when_label(event),
                summary=shown_summary(event),
                iso_start=event.start.isoformat(),
                iso_end=event.end.isoformat(),
                precision=event_precision(event),
                datetime_attr=datetime_attr(event),
                status_label=status_label(event),
                statuses=event_statuses(event),
                citations=citations,
                sources=cited,
                gap_before_months=months,
                gap_label=gap_label(months),
            )
        )
        if latest is None or event.end >= latest.end:
            latest = event
    key_indexes = choose_key_events(views)
    views = [view.model_copy(update={"is_key": i in key_indexes}) for i, view in enumerate(views)]

    period = period_label(timeline.events)
    return RenderContext(
        timeline=timeline,
        title=timeline.title,
        generated=timeline.generated,
        generated_label=format_day(timeline.generated),
        period_label=period,
        sources=sources,
        events=views,
        key_events=[view for view in views if view.is_key],
        skipped=[(s.where(), s.error) for s in timeline.skipped],
    )
