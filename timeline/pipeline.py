"""The library API for a whole build: articles -> tagged -> mentions -> merged Timeline.

This module only connects the stages (see timeline.models for the hand-offs); each stage's
logic lives in its own module. The CLI is a thin layer over ``build_timeline``.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Literal

from timeline.models import Article, DocumentInfo, Event, EventMention, SkippedFile, Timeline, Timex

if TYPE_CHECKING:
    from timeline.merge.matching import ArticleFacts

DEFAULT_TITLE = "News timeline"

ProgressCallback = Callable[[int, int], None]


def as_of_date(articles: Sequence[Article], now: dt.date | None = None) -> dt.date:
    """The timeline's "generated" date, chosen so that builds are reproducible.

    Precedence: an explicit ``now`` (the CLI's ``--now``), then ``SOURCE_DATE_EPOCH`` (the
    reproducible-builds convention), then the newest reference date among the articles.
    Never the wall clock: the same inputs must give byte-identical output.
    """
    if now is not None:
        return now
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date()
    return max(a.reference_date for a in articles)


def document_info(article: Article) -> DocumentInfo:
    return DocumentInfo(
        id=article.id,
        title=article.title,
        publisher=article.publisher,
        url=article.url,
        published=article.published,
        path=article.path,
        reference_date=article.reference_date,
    )


def article_date_order(article: Article, date_order: str | None = None) -> str:
    """How ``article``'s numeric dates are read: ``date_order`` when given (the CLI's
    ``--date-order``), else what its ``language`` tag implies ("en-GB": day first)."""
    from timeline.temporal.dateorder import order_of_language

    return date_order or order_of_language(article.language)


def article_region(article: Article) -> str | None:
    """The country of ``article``'s ``language`` tag ("en-IN" -> "IN"): its holidays' days."""
    from timeline.temporal.dateorder import region_of_language

    return region_of_language(article.language)


def tag_article(article: Article, document_type: str = "news", date_order: str | None = None,
                event_offsets: str = "date") -> list[Timex]:
    """The time expressions of ``article``'s body, tagged without its Markdown emphasis
    (``emphasis.without_emphasis``: "**20:55** Emperor Naruhito arrives" has a clock time), their
    offsets (and those of the expressions they were resolved against) into the body. A count of days
    from a happening the text dates is the day it tells ("two days after the collapse"), which dates
    what happened then, unless ``event_offsets`` is "measure" (TimeML's "two days", a duration)."""
    from timeline.emphasis import without_emphasis
    from timeline.temporal import tag

    text, origins = without_emphasis(article.body)
    timexes = tag(text, article.reference_date, document_type=document_type, date_order=article_date_order(article, date_order),
                  region=article_region(article), event_offsets=event_offsets)
    if origins is None:
        return timexes
    mapped = []
    for timex in timexes:
        start, end = origins[timex.start], origins[timex.end - 1] + 1
        anchor = timex.anchor
        if anchor.startswith("timex:") and anchor[6:].isdigit() and int(anchor[6:]) < len(origins):
            anchor = f"timex:{origins[int(anchor[6:])]}"
        mapped.append(timex.model_copy(update={"start": start, "end": end, "text": article.body[start:end], "anchor": anchor}))
    return mapped


# Tagging and extraction are per article and take most of a build's time, so a large input is
# shared among worker processes, one per CPU. Below this many articles per worker, starting the
# workers and copying the articles to them costs more than it saves.
ARTICLES_PER_WORKER = 100
_CHUNK = 4  # articles sent to a worker at a time


def worker_count(articles: int, jobs: int | None = None) -> int:
    """How many processes tag ``articles`` articles: ``jobs`` when given (at least 1), else one
    per CPU this process may use, and no more than one per ``ARTICLES_PER_WORKER`` articles."""
    if jobs is not None:
        return max(1, min(jobs, articles))
    available = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(available, articles // ARTICLES_PER_WORKER))


def _article_work(job: tuple[Article, str, str | None, bool]) -> tuple[list[EventMention], ArticleFacts | None]:
    """One article's mentions, and (when asked) what merging needs to know of it."""
    from timeline.events import extract_mentions
    from timeline.merge.matching import article_facts

    article, document_type, date_order, with_facts = job
    timexes = tag_article(article, document_type, date_order)
    mentions = extract_mentions(article, timexes)
    return mentions, article_facts(article, mentions) if with_facts else None


def tag_and_extract(
    articles: Sequence[Article], document_type: str, date_order: str | None, with_facts: bool,
    progress: ProgressCallback | None, jobs: int | None,
) -> tuple[list[EventMention], list[ArticleFacts | None]]:
    """The work of a build done article by article, in worker processes for a large input (see
    ``worker_count``): the mentions of all articles in order, and each article's
    ``merge.matching.article_facts`` when ``with_facts`` (else None for each)."""
    work = [(article, document_type, date_order, with_facts) for article in articles]
    workers = worker_count(len(work), jobs)
    mentions: list[EventMention] = []
    facts: list[ArticleFacts | None] = []
    pool = None
    if workers == 1:
        results = map(_article_work, work)
    else:
        # "fork" starts each worker with what this process has imported (so import it first);
        # elsewhere the platform's default
        import timeline.events  # noqa: F401
        import timeline.merge.matching  # noqa: F401
        import timeline.temporal.tagger  # noqa: F401

        context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
        try:
            pool = context.Pool(workers)
        except (OSError, ImportError):
            pool = None  # no process semaphores here (a sandbox without /dev/shm): tag in this process
        results = pool.imap(_article_work, work, chunksize=_CHUNK) if pool is not None else map(_article_work, work)
    try:
        for done, (found, known) in enumerate(results, start=1):
            mentions.extend(found)
            facts.append(known)
            if progress is not None:
                progress(done, len(work))
    finally:
        if pool is not None:
            pool.terminate()
    return mentions, facts


def extract_all_mentions(
    articles: Sequence[Article],
    *,
    document_type: Literal["news", "narrative"] = "news",
    date_order: Literal["auto", "MDY", "DMY"] | None = None,
    progress: ProgressCallback | None = None,
    jobs: int | None = None,
) -> list[EventMention]:
    """Tag every article and turn its dated sentences into event mentions, in article order.

    ``jobs``: worker processes (see ``worker_count``); 1 tags in this process. The mentions are
    the same whatever the number: each article is tagged on its own.
    """
    return tag_and_extract(articles, document_type, date_order, False, progress, jobs)[0]


def offsets_as_written(events: Sequence[Event], articles: Sequence[Article]) -> list[Event]:
    """``events`` with their citations' offsets into each body as its file writes it
    (``Article.file_offset``): the stages read one character per line break, and a file that
    writes CR LF has two, which a reader slicing the file must count."""
    crlf = {article.id: article for article in articles if article.crlf_breaks}
    out = []
    for event in events:
        if not any(c.document in crlf for c in event.citations):
            out.append(event)
            continue
        citations = [
            c if c.document not in crlf else c.model_copy(
                update={"start": crlf[c.document].file_offset(c.start), "end": crlf[c.document].file_offset(c.end)})
            for c in event.citations
        ]
        out.append(event.model_copy(update={"citations": citations}))
    return out


def build_timeline(
    articles: Sequence[Article],
    *,
    title: str | None = None,
    now: dt.date | None = None,
    document_type: Literal["news", "narrative"] = "news",
    date_order: Literal["auto", "MDY", "DMY"] | None = None,
    skipped: Sequence[SkippedFile] = (),
    progress: ProgressCallback | None = None,
    jobs: int | None = None,
) -> Timeline:
    """Build the merged, ordered, cited chronology of ``articles``; ``jobs``: worker processes
    for tagging (see ``worker_count``), which never change the result."""
    from timeline.merge import merge_mentions

    articles = sorted(articles, key=lambda a: a.id)
    mentions, facts = tag_and_extract(articles, document_type, date_order, True, progress, jobs)
    events = offsets_as_written(merge_mentions(mentions, list(articles), facts), articles)
    return Timeline(
        title=title or DEFAULT_TITLE,
        generated=as_of_date(articles, now),
        documents=[document_info(a) for a in articles],
        events=events,
        skipped=list(skipped),
    )
