"""One typed template context, built once from a Timeline and shared by every renderer.

Renderers never re-parse article text and never format dates themselves: everything a
template shows (date labels at the event's granularity, status words, footnote numbers,
anchors) is decided here, so the PDF, HTML and Markdown agree with each other.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from timeline.models import Citation, DocumentInfo, Event, Timeline

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class ContextModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceRef(ContextModel):
    """A source document as the reader sees it, with its footnote number (1-based)."""

    number: int
    doc: DocumentInfo
    label: str  # "Title — Publisher, 3 Dec 2025" or the id when nothing else is known


class CitationView(ContextModel):
    citation: Citation
    source: SourceRef


class EventView(ContextModel):
    event: Event
    anchor: str  # stable, unique within the page
    date_label: str  # "2 Dec 2025", "Aug 2025", "week of 24 Nov 2025", "Apr–Jun 2026", "2014"
    iso_start: str
    iso_end: str
    status_label: str  # "" for plain reported events, else "planned", "cancelled", "disputed", ...
    citations: list[CitationView]


class RenderContext(ContextModel):
    title: str
    generated: dt.date
    generated_label: str
    period_label: str  # "Feb 2014 – Jun 2026", "" when there are no events
    sources: list[SourceRef]
    events: list[EventView]
    skipped: list[tuple[str, str]]


def format_day(day: dt.date) -> str:
    return f"{day.day} {MONTH_ABBR[day.month - 1]} {day.year}"


def format_month(day: dt.date) -> str:
    return f"{MONTH_ABBR[day.month - 1]} {day.year}"


def date_label(event: Event) -> str:
    """The event's date written at its granularity, as a desk editor would print it."""
    start, end, grain = event.start, event.end, event.granularity
    if grain in ("day", "hour", "minute", "part_of_day"):
        if start == end:
            return format_day(start)
        if start.year == end.year and start.month == end.month:
            return f"{start.day}–{end.day} {MONTH_ABBR[start.month - 1]} {start.year}"
        return f"{format_day(start)} – {format_day(end)}"
    if grain == "week":
        return f"week of {format_day(start)}"
    if grain == "weekend":
        return f"weekend of {format_day(start)}"
    if grain in ("month", "quarter", "half", "season"):
        if (start.year, start.month) == (end.year, end.month):
            return format_month(start)
        if start.year == end.year:
            return f"{MONTH_ABBR[start.month - 1]}–{MONTH_ABBR[end.month - 1]} {start.year}"
        return f"{format_month(start)} – {format_month(end)}"
    if grain == "decade":
        return f"{start.year}s"
    if grain == "century":
        return f"{start.year // 100 + 1}th century"
    if start.year == end.year:
        return str(start.year)
    return f"{start.year}–{end.year}"


def status_label(event: Event) -> str:
    if event.disputed:
        return "disputed"
    return "" if event.status == "reported" else event.status


def build_context(timeline: Timeline) -> RenderContext:
    sources = []
    by_id: dict[str, SourceRef] = {}
    for number, doc in enumerate(timeline.documents, start=1):
        parts = [doc.title or doc.id]
        if doc.publisher:
            parts.append(doc.publisher)
        if doc.published:
            parts.append(format_day(doc.published))
        ref = SourceRef(number=number, doc=doc, label=", ".join(parts))
        sources.append(ref)
        by_id[doc.id] = ref
    events = []
    seen_anchors: set[str] = set()
    for event in timeline.events:
        anchor = event.id
        suffix = 2
        while anchor in seen_anchors:
            anchor = f"{event.id}-{suffix}"
            suffix += 1
        seen_anchors.add(anchor)
        events.append(
            EventView(
                event=event,
                anchor=anchor,
                date_label=date_label(event),
                iso_start=event.start.isoformat(),
                iso_end=event.end.isoformat(),
                status_label=status_label(event),
                citations=[CitationView(citation=c, source=by_id[c.document]) for c in event.citations],
            )
        )
    if timeline.events:
        first = min(e.start for e in timeline.events)
        last = max(e.end for e in timeline.events)
        period = format_month(first) if (first.year, first.month) == (last.year, last.month) else (
            f"{format_month(first)} – {format_month(last)}"
        )
    else:
        period = ""
    return RenderContext(
        title=timeline.title,
        generated=timeline.generated,
        generated_label=format_day(timeline.generated),
        period_label=period,
        sources=sources,
        events=events,
        skipped=[(s.path, s.error) for s in timeline.skipped],
    )
