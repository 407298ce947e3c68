"""timeline.md: GitHub-flavoured Markdown for wikis (GitHub and GitLab render it alike).

The page: a title and one line about the period covered, a "key dates at a glance" table,
an optional Mermaid ``timeline`` diagram, the chronology with one heading per date and one
list entry per event (status, disagreements, each citation's quote with a footnote to its
source), then the sources. Footnote labels are the sources' safe keys, one definition per
source, reused by every citation of it.

All text from articles goes through ``escape_inline`` (or ``mermaid_text`` inside the
diagram) here, in Python, before the template sees it: the template only lays out strings
that are already safe, so an override cannot forget to escape what it was given in ``md``.
"""

from __future__ import annotations

import re
import unicodedata

import jinja2
from pydantic import BaseModel, ConfigDict

from timeline.render import RenderOptions
from timeline.render.context import EventView, RenderContext, SourceRef, format_day, link_url

TEMPLATE = "timeline.md.j2"

# Characters with a meaning somewhere in GitHub-flavoured Markdown, escaped with a backslash
# wherever they occur: code spans, emphasis, links and footnotes, headings, tables,
# strikethrough, GitHub's $math$, e-mail autolinks and @mentions. "<", ">" and "&" become
# entities instead, so that no raw HTML or entity reference can be formed.
_BACKSLASHED = frozenset("\\`*_[]#|~$@")
# GFM turns bare "https://..." and "www...." into links; an escaped ":" or "." stops it, so a
# URL quoted in an article stays text (only the sources list links, and only to http(s) URLs).
_BARE_LINK = re.compile(r"(?<=[A-Za-z0-9])(://)|(?<![A-Za-z0-9])([Ww][Ww][Ww])\.")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# Block markers that only count at the start of a line (our text never spans lines, but it
# may open a list item, a table cell or a footnote definition).
_LEADING_MARKER = re.compile(r"^([-+=])|^(\d{1,9})([.)])")
# Invisible characters that reorder the text around them (a reader would see something other
# than what the source said).
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"))


def plain_line(text: str) -> str:
    """One line of visible text: control characters and runs of whitespace become one space."""
    text = text.translate(_BIDI_CONTROLS)
    text = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    return re.sub(r"\s+", " ", text).strip()


def escape_inline(text: str) -> str:
    """Article text as inert inline Markdown: it renders as exactly the characters given.

    Newlines are folded into spaces, so the text can never start a block of its own.
    """
    text = plain_line(text)
    escaped = []
    for ch in text:
        if ch in _BACKSLASHED:
            escaped.append("\\" + ch)
        else:
            escaped.append(_ENTITIES.get(ch, ch))
    result = "".join(escaped)
    result = _BARE_LINK.sub(lambda m: "\\://" if m.group(1) else m.group(2) + "\\.", result)
    return _LEADING_MARKER.sub(lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), result)


# Mermaid's timeline lexer ends a time period at ":" and "#", an event at ":" (plus "#" and ";"
# in older releases), starts a comment at "%%" and "#", and its labels are HTML; a backtick
# could close the Markdown fence around the diagram. These characters get look-alikes that mean
# nothing to Mermaid.
_MERMAID_LOOKALIKES = str.maketrans(
    {
        ":": "\u2236",  # RATIO
        "#": "\uff03",  # FULLWIDTH NUMBER SIGN
        ";": "\uff1b",  # FULLWIDTH SEMICOLON
        "%": "\uff05",  # FULLWIDTH PERCENT SIGN
        "<": "\u2039",  # SINGLE LEFT-POINTING ANGLE QUOTATION MARK
        ">": "\u203a",  # SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
        '"': "\u201d",  # RIGHT DOUBLE QUOTATION MARK
        "`": "\u02cb",  # MODIFIER LETTER GRAVE ACCENT
        "&": "\uff06",  # FULLWIDTH AMPERSAND
        "{": "(",
        "}": ")",
    }
)
MERMAID_TEXT_MAX = 80


def mermaid_text(text: str, limit: int = MERMAID_TEXT_MAX) -> str:
    """Text for one period, event or title of a Mermaid timeline: one line, nothing it parses."""
    text = plain_line(text).translate(_MERMAID_LOOKALIKES)
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text or "–"


def github_slug(text: str) -> str:
    """The anchor GitHub (and GitLab, for text without runs of punctuation) gives a heading.

    Lower-cased; everything but letters, marks, digits, connector punctuation, spaces and
    hyphens removed; each space a hyphen. Duplicates are numbered by ``HeadingAnchors``.
    """
    kept = []
    for ch in text.lower():
        category = unicodedata.category(ch)
        if ch in " -" or category[0] in "LMN" or category == "Pc":
            kept.append(ch)
    return "".join(kept).replace(" ", "-")


class HeadingAnchors:
    """Anchors of a page's headings in page order, numbered on repeats as GitHub does."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def add(self, text: str) -> str:
        slug = github_slug(text)
        count = self.seen.get(slug, 0)
        self.seen[slug] = count + 1
        return slug if count == 0 else f"{slug}-{count}"


def heading_label(date_label: str) -> str:
    """A date label for a heading: a spaced dash would give GitHub and GitLab different anchors."""
    return date_label.replace(" – ", " to ")


def code_span(text: str) -> str:
    """Text as an inline code span: shown verbatim, never a link (GFM does not autolink code)."""
    text = plain_line(text)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def autolink(url: str | None) -> str:
    """``<url>`` for a linkable URL; any other URL as a code span, so it cannot become a link."""
    if not url:
        return ""
    if link_url(url):
        return f"<{url}>"
    return code_span(url)


# ------------------------------------------------------------------ the view


class MdModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MdRow(MdModel):
    """A row of the key-dates table: every cell already escaped."""

    date: str  # a link to the date's heading
    summary: str
    status: str
    sources: str


class MdEntry(MdModel):
    anchor: str  # the event's safe id, shown so the entry can be found and cited
    time: str  # "07:20 · " before the summary when the entry is told at a time of its day, else ''
    summary: str
    status: str  # " · *planned*" etc., '' for reported
    details: list[str]  # nested list items: disagreements, then one per citation


class MdDateGroup(MdModel):
    heading: str
    slug: str
    entries: list[MdEntry]


class MdSource(MdModel):
    number: int
    key: str  # footnote label
    line: str  # the entry in the sources list
    footnote: str  # the footnote definition's text
    cited: bool  # has a footnote definition (only cited sources get one)


class MarkdownView(MdModel):
    title: str
    intro: str
    show_table: bool
    rows: list[MdRow]
    mermaid: str  # the diagram's lines, '' when not asked for
    mermaid_key_dates_only: bool  # the diagram shows the key dates, not every event
    groups: list[MdDateGroup]
    sources: list[MdSource]
    skipped: list[str]
    anchors: dict[str, str]  # section heading -> its GitHub anchor, for templates that link to them


def _status(view: EventView) -> str:
    parts = []
    for word in view.statuses:
        parts.append(f"**{word}**" if word == "disputed" else f"*{word}*")
    return "".join(f" · {part}" for part in parts)


SHORT_TITLE_WORDS = 6


def _source_name(source: SourceRef) -> str:
    """The short name a citation line gives its source (the footnote gives the rest).

    The publisher, else the title's first words, else "source N": a file name such as
    ``000_f87694465ab023be`` tells a reader nothing.
    """
    if source.doc.publisher and plain_line(source.doc.publisher):
        return source.doc.publisher
    words = plain_line(source.doc.title or "").split(" ")
    if words != [""]:
        return " ".join(words[:SHORT_TITLE_WORDS]) + ("…" if len(words) > SHORT_TITLE_WORDS else "")
    return f"source {source.number}"


def _citation_line(view: EventView, index: int) -> str:
    cited = view.citations[index]
    citation = cited.citation
    if citation.corroborating or not citation.expression:
        when = "corroborating, no date given"
    else:
        when = f"dated by “{escape_inline(citation.expression)}”"
    return (
        f"*{escape_inline(_source_name(cited.source))}*: {escape_inline(cited.quoted)} "
        f"({when})[^{cited.source.key}]"
    )


def _entry(view: EventView) -> MdEntry:
    details = [f"Disputed: {escape_inline(text)}" for text in view.event.disagreements]
    details += [_citation_line(view, i) for i in range(len(view.citations))]
    summary = escape_inline(view.summary) or "(no summary)"
    time = f"{escape_inline(view.time_label)} · " if view.time_label else ""
    return MdEntry(anchor=view.anchor, time=time, summary=summary, status=_status(view), details=details)


def source_numbers(view: EventView, sources_anchor: str) -> str:
    """The key-dates table's "Sources" cell: each source's number as the sources list gives it,
    in brackets and linked to that list ("[4], [6]"), so that no bare "5" reads as a count."""
    return ", ".join(f"[\\[{number}\\]](#{sources_anchor})" for number in sorted(s.number for s in view.sources))


def _source_text(source: SourceRef) -> str:
    doc = source.doc
    parts = [f"**{escape_inline(doc.title or doc.id) or f'source {source.number}'}**"]
    if doc.publisher:
        parts.append(escape_inline(doc.publisher))
    if doc.published:
        parts.append(format_day(doc.published))
    text = ", ".join(parts) + "."
    if doc.url:
        text += " " + autolink(doc.url)
    return text


def mermaid_lines(context: RenderContext, groups: list[tuple[str, list[EventView]]]) -> str:
    """The Mermaid ``timeline`` diagram: one period per date, its events after colons.

    Mermaid lays periods side by side, so a long chronology would make a diagram nobody can
    read; ``build_markdown_view`` passes only the key dates then.
    """
    lines = ["timeline", f"    title {mermaid_text(context.title)}"]
    for label, views in groups:
        events = []
        for view in views:
            text = f"{view.time_label} {view.summary}" if view.time_label else view.summary
            if view.status_label:
                text += f" ({view.status_label})"
            events.append(mermaid_text(text))
        lines.append(f"    {mermaid_text(label)} : " + " : ".join(events))
    return "\n".join(lines)


def date_groups(context: RenderContext) -> list[tuple[str, list[EventView]]]:
    """Consecutive events sharing a date label, under that label."""
    groups: list[tuple[str, list[EventView]]] = []
    for view in context.events:
        if groups and groups[-1][0] == view.date_label:
            groups[-1][1].append(view)
        else:
            groups.append((view.date_label, [view]))
    return groups


def build_markdown_view(context: RenderContext, options: RenderOptions) -> MarkdownView:
    grouped = date_groups(context)
    key_dates_only = len(context.key_events) < len(context.events)
    diagram_groups = grouped
    if key_dates_only:
        diagram_groups = date_groups(context.model_copy(update={"events": context.key_events}))
    title = escape_inline(context.title) or "Timeline"
    show_table = options.summary_table and bool(context.key_events)
    show_mermaid = options.mermaid and bool(context.events)

    # Anchors in page order: the title, the sections the page shows, then the dates in the
    # chronology (which sits after the table and the diagram, before the sources).
    anchors = HeadingAnchors()
    anchors.add(plain_line(context.title) or "Timeline")
    section_anchors = {}
    shown = {
        "Key dates at a glance": show_table,
        "Timeline diagram": show_mermaid,
        "Chronology": True,
    }
    for heading, present in shown.items():
        if present:
            section_anchors[heading] = anchors.add(heading)
    groups = []
    first_slug: dict[str, str] = {}
    for label, views in grouped:
        heading = heading_label(label)
        slug = anchors.add(heading)
        first_slug.setdefault(label, slug)
        groups.append(MdDateGroup(heading=escape_inline(heading), slug=slug, entries=[_entry(v) for v in views]))
    section_anchors["Sources"] = anchors.add("Sources")
    if context.skipped:
        section_anchors["Skipped inputs"] = anchors.add("Skipped inputs")

    rows = []
    if show_table:
        for view in context.key_events:
            rows.append(
                MdRow(
                    date=f"[{escape_inline(view.when_label)}](#{first_slug[view.date_label]})",
                    summary=escape_inline(view.summary),
                    status=escape_inline(view.status_label),
                    sources=source_numbers(view, section_anchors["Sources"]),
                )
            )

    cited_keys = {c.source.key for view in context.events for c in view.citations}
    sources = [
        MdSource(
            number=source.number,
            key=source.key,
            line=_source_text(source),
            footnote=_source_text(source),
            cited=source.key in cited_keys,
        )
        for source in context.sources
    ]

    n_events, n_sources = len(context.events), len(context.sources)
    intro_parts = []
    if context.period_label:
        intro_parts.append(f"Covers **{escape_inline(context.period_label)}**")
    intro_parts.append(f"{n_events} event{'' if n_events == 1 else 's'} from {n_sources} source{'' if n_sources == 1 else 's'}")
    intro_parts.append(f"generated {escape_inline(context.generated_label)}")
    return MarkdownView(
        title=title,
        intro=" · ".join(intro_parts),
        show_table=show_table,
        rows=rows,
        mermaid=mermaid_lines(context, diagram_groups) if show_mermaid else "",
        mermaid_key_dates_only=key_dates_only,
        groups=groups,
        sources=sources,
        skipped=[f"{escape_inline(path)}: {escape_inline(error)}" for path, error in context.skipped],
        anchors=section_anchors,
    )


def render_md(context: RenderContext, env: jinja2.Environment, options: RenderOptions) -> bytes:
    view = build_markdown_view(context, options)
    text = env.get_template(TEMPLATE).render(ctx=context, md=view, options=options)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
    return text.encode("utf-8")
