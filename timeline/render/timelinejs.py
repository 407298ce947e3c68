"""timeline.timelinejs.json: the timeline in Knight Lab TimelineJS3's JSON format.

A newsroom loads this file into the TimelineJS widget it already uses. Each event becomes a
slide: ``start_date``/``end_date`` name only what is known (a year-level event has no month,
a month-level one no day), ``display_date`` carries the label a reader should see for fuzzy
dates, and ``text.text`` lists the sources with their quotes.

TimelineJS inserts ``headline`` and ``text`` as HTML, so every piece of article text is
HTML-escaped here and the only markup is our own; links are made only for http(s) URLs.
Autolinking is switched off per slide so that URLs in quotes stay text.
"""

from __future__ import annotations

import datetime as dt
import json
from html import escape

import jinja2

from timeline.render import RenderOptions
from timeline.render.context import MOD_WORDS, EventView, RenderContext, SourceRef, clock_time, interval_precision


def date_object(day: dt.date, precision: str, display: str | None = None, clock: tuple[int, int] | None = None) -> dict:
    """A TimelineJS date object down to ``precision`` ("day", "month" or "year"), with the
    ``clock`` time (hour, minute) of a day when one is told; a day's 24:00 is the next day's
    00:00, as JavaScript dates have it (the display date keeps the label)."""
    if precision == "day" and clock is not None and clock[0] >= 24 and day < dt.date.max:
        day, clock = day + dt.timedelta(days=1), (0, 0)
    value: dict = {"year": day.year}
    if precision in ("month", "day"):
        value["month"] = day.month
    if precision == "day":
        value["day"] = day.day
        if clock is not None and clock[0] < 24:
            value["hour"], value["minute"] = clock
    if display is not None:
        value["display_date"] = display
    return value


def _same_unit(start: dt.date, end: dt.date, precision: str) -> bool:
    if precision == "year":
        return start.year == end.year
    if precision == "month":
        return (start.year, start.month) == (end.year, end.month)
    return start == end


def _h(text: str) -> str:
    """Text for an element's content (quotes stay as they are, for readability)."""
    return escape(text, quote=False)


def _attr(text: str) -> str:
    return escape(text, quote=True)


def _source_html(source: SourceRef) -> str:
    name = _h(source.label)
    if source.link:
        return f'<a href="{_attr(source.link)}" target="_blank" rel="noopener noreferrer">{name}</a>'
    return name


def slide_text(view: EventView) -> str:
    """The slide's body: status, disagreements and each citation's quote with its source."""
    parts = []
    if view.status_label:
        parts.append(f'<p class="tl-status"><strong>{_h(view.status_label)}</strong></p>')
    for disagreement in view.event.disagreements:
        parts.append(f"<p>Disputed: {_h(disagreement)}</p>")
    items = []
    for cited in view.citations:
        citation = cited.citation
        when = "" if citation.corroborating or not citation.expression else f" ({_h(citation.expression)})"
        items.append(f"<li>{_h(cited.quoted)}{when} — {_source_html(cited.source)}</li>")
    if items:
        parts.append("<ul>" + "".join(items) + "</ul>")
    return "".join(parts)


def slide_precision(view: EventView) -> str:
    """How finely the slide's dates are given.

    The label's precision, except for "early"/"mid-"/"late" periods: TimelineJS places and
    sorts slides by their dates, so "mid-2026" (May–Aug) is given by its months, or it would
    sit at 1 Jan 2026, before "Apr–Jun 2026".
    """
    if view.event.mod in MOD_WORDS:
        return interval_precision(view.event.start, view.event.end)
    return view.precision


def slide(view: EventView) -> dict:
    event = view.event
    precision = slide_precision(view)
    result: dict = {
        "unique_id": view.anchor,
        "start_date": date_object(event.start, precision, view.when_label, clock_time(event)),
    }
    if not _same_unit(event.start, event.end, precision):
        result["end_date"] = date_object(event.end, precision)
    result["display_date"] = view.when_label
    result["text"] = {"headline": _h(view.summary), "text": slide_text(view)}
    result["group"] = view.status_label or "reported"
    result["autolink"] = False
    return result


def timelinejs_document(context: RenderContext) -> dict:
    intro = []
    if context.period_label:
        intro.append(f"{_h(context.period_label)}")
    n = len(context.sources)
    intro.append(f"{len(context.events)} events from {n} source{'' if n == 1 else 's'}")
    intro.append(f"generated {_h(context.generated_label)}")
    return {
        "title": {"text": {"headline": _h(context.title), "text": "<p>" + " · ".join(intro) + "</p>"}},
        "events": [slide(view) for view in context.events],
        "scale": "human",
    }


def render_timelinejs(context: RenderContext, env: jinja2.Environment, options: RenderOptions) -> bytes:
    text = json.dumps(timelinejs_document(context), indent=2, ensure_ascii=False)
    # The file may be pasted into a <script> block; "</" could end that block early.
    text = text.replace("</", "<\\/")
    return (text + "\n").encode("utf-8")
