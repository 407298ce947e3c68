"""The typed hand-offs between the pipeline's stages.

Data flows one way::

    ingest   -> Article
    temporal -> Timex          (one per time expression found in an article body)
    events   -> EventMention   (a dated clause of one article)
    merge    -> Event          (mentions from every source, merged and ordered)
    render   <- Timeline       (the whole result; renderers read nothing else)

Every model forbids unknown fields so that a typo fails loudly and names the field.
The names of ``Timeline``'s JSON fields are a published contract (see
``schema/timeline.schema.json``): add fields freely, never rename them.
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Model(BaseModel):
    """Base of every hand-off model: strict about unknown fields, immutable by default."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# --------------------------------------------------------------------------- ingest

# a Markdown table's header row is a "table_header"; each row below its |---| line a "table_row"
SentenceKind = Literal["body", "heading", "list_item", "table_header", "table_row"]


class Sentence(Model):
    """A sentence of an article body, with 0-based end-exclusive offsets into ``Article.body``."""

    start: int
    end: int
    text: str
    paragraph: int = Field(description="0-based index of the paragraph (line block) holding it")
    kind: SentenceKind = "body"


class Article(Model):
    """One input document after parsing: front matter, body text, paragraphs and sentences."""

    id: str = Field(description="file name without extension")
    path: str = Field(description="the path as given on the command line (posix separators)")
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    language: str = "en"
    published: dt.date | None = Field(None, description="publication date from front matter")
    published_at: dt.datetime | None = Field(None, description="full timestamp when front matter gave one")
    reference_date: dt.date = Field(description="date relative expressions are resolved against")
    reference_source: Literal["published", "option"] = "published"
    body: str = Field(description="article text without front matter and without trailing boilerplate, "
                      "each line break one '\\n' whatever the file wrote")
    body_line: int = Field(1, description="1-based line number in the file where the body starts")
    crlf_breaks: list[int] = Field(
        default_factory=list, description="offsets in body after which the file writes one character more: the "
        "line breaks it wrote as CR LF (two characters) and, one before what followed each, the byte-order marks cut"
    )
    title_in_body: tuple[int, int] | None = Field(
        None, description="offsets of a first line used as the title (it yields no events)"
    )
    sentences: list[Sentence] = Field(default_factory=list)
    boilerplate: str = Field("", description="trailing non-article text that was cut off the body")

    def file_offset(self, offset: int) -> int:
        """The offset in the body as the file writes it of ``offset`` in ``body``: one more for
        every CR LF line break before it (a lone CR is one character either way) and for every
        byte-order mark cut before it."""
        return offset + bisect.bisect_left(self.crlf_breaks, offset)


# ------------------------------------------------------------------------- temporal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
# TIMEX3's mod: a part of a period, an approximation, or a bound (BEFORE/AFTER for points in time,
# LESS_THAN/MORE_THAN for amounts of time)
TimexMod = Literal["START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
                   "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"]

Granularity = Literal[
    "minute",
    "hour",
    "part_of_day",
    "day",
    "week",
    "weekend",
    "month",
    "quarter",
    "half",
    "season",
    "year",
    "decade",
    "century",
    "unknown",
]


class Interval(Model):
    """An inclusive stretch of calendar days."""

    first: dt.date
    last: dt.date


class Timex(Model):
    """One time expression found in a text, resolved as far as its context allows.

    ``value`` follows TimeML's TIMEX3 conventions (``2025-12-02``, ``2025-W48``,
    ``2026-Q2``, ``P10Y``, ``PAST_REF``, ``XXXX-XX-XX`` when underspecified).
    ``interval`` is set when the expression names calendar time that could be resolved.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    granularity: Granularity | None = None
    interval: Interval | None = None
    mod: TimexMod | None = None
    anchor: str = Field(
        "reference",
        description="what it was resolved against: 'reference' (the document date, or the day its dateline "
        "gives when the story was filed a day or more before it was published), "
        "'timex:<start>' (an earlier expression), 'absolute' or 'none' (left underspecified)",
    )
    rule: str = Field("", description="name of the rule that found it, for debugging and tests")


# --------------------------------------------------------------------------- events

# postponed: put off to a later or unknown date, as opposed to cancelled (not taking place at all)
Status = Literal["reported", "planned", "postponed", "cancelled"]


class EventMention(Model):
    """A dated clause of one article: something that happened or is planned at a time."""

    document: str
    sentence_start: int
    sentence_end: int
    quote: str = Field(description="the whole sentence, as written")
    clause: str = Field(description="the part of the sentence that belongs to this time expression")
    summary: str
    timex: Timex
    reference_date: dt.date
    status: Status = "reported"
    attributed: bool = Field(False, description="reported speech: a source is quoted as saying it")
    table_row: bool = Field(False, description="read from a row of a Markdown table: 'date: the other cells', no sentence")
    entities: list[str] = Field(default_factory=list, description="people, places, organisations named")
    keywords: list[str] = Field(default_factory=list, description="content words, lower-cased lemmas")


# --------------------------------------------------------------------------- merged

class Citation(Model):
    """One source's statement supporting an event."""

    document: str = Field(description="document id")
    quote: str = Field(description="the sentence")
    expression: str = Field(description="the time expression as written ('' for a corroborating source)")
    start: int = Field(description="char offset of the expression in the document body: the file's text after its "
                       "front matter, line breaks as the file writes them")
    end: int
    reference_date: dt.date
    value: str = Field("", description="TIMEX3 value the expression resolved to")
    status: Status = "reported"
    corroborating: bool = Field(False, description="describes the event without dating it")


class Event(Model):
    """One entry of the chronology, merged from every source that reports it."""

    id: str = Field(description="stable anchor id, derived from date and summary")
    start: dt.date = Field(description="first day of the inclusive interval")
    end: dt.date = Field(description="last day of the inclusive interval")
    granularity: Granularity
    value: str = Field("", description="TIMEX3 value of the most precise supporting expression")
    mod: Literal["START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE"] | None = Field(
        None, description="TIMEX3's mod: 'early' / 'mid-' / 'late' part of the period (START, MID, END; start/end are "
        "narrowed to it); how the clock time of value is told: APPROX 'at about 3.30pm', BEFORE 'shortly before "
        "midnight', AFTER 'just after 3 a.m.'; or, for a date told by its day or longer, the bound its sources put "
        "on it (start/end stay the date's): BEFORE 'before Christmas', AFTER 'after Easter', ON_OR_BEFORE 'by March'"
    )
    summary: str
    status: Status = "reported"
    disputed: bool = False
    disagreements: list[str] = Field(default_factory=list, description="where sources disagree, in words")
    citations: list[Citation]


class DocumentInfo(Model):
    """A source document as listed in the timeline."""

    id: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None
    path: str
    reference_date: dt.date


class SkippedFile(Model):
    """An input left out under ``--skip-invalid``, with the reason."""

    path: str
    error: str = Field(description="what was wrong and the fix (the path and line are fields of their own)")
    line: int | None = Field(None, description="1-based line of the file the error is on, when there is one")

    def where(self) -> str:
        """``path:line``, or the path alone, as error messages name a place."""
        return self.path if self.line is None else f"{self.path}:{self.line}"


class Timeline(Model):
    """The whole result: the only thing renderers read."""

    title: str
    generated: dt.date = Field(description="as-of date: --now, SOURCE_DATE_EPOCH or the newest publication date")
    documents: list[DocumentInfo]
    events: list[Event]
    skipped: list[SkippedFile] = Field(default_factory=list)
