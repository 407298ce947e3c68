"""Undated corroboration: an article that describes a dated event without dating it.

Many reports say only "met with Putin at the Kremlin". Such a sentence is attached to a
reported entry as a citation with ``corroborating=True`` (expression "", the sentence's offsets)
when the match is strong: at least ``MIN_SHARED_NAMES`` specific names and an event class in
common, and a score of ``CORROBORATION_THRESHOLD`` (see ``matching.similarity``).

Blocking again by date: a news article describes in the past tense what happened shortly
before it was written, so an article is compared only with entries of at most
``SHORT_EVENT_DAYS`` days that fall within ``WINDOW_DAYS`` before its reference date. Each
sentence corroborates at most one entry (its best), each entry gets at most one sentence per
article (the best), a sentence that fits two entries equally well corroborates neither, and an article that already cites an entry does not corroborate it.
Sentences that produced a dated mention, headings, the title line, negated sentences ("no
plans for a meeting") and sentences that plan or cancel never corroborate.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from timeline.events.cues import detect_status
from timeline.events.features import describe, is_weak_entity, names_seen_in
from timeline.events.vocab import EVENT_CLASS_OF
from timeline.merge.entries import citation_sort_key
from timeline.merge.matching import BLOCK_PREFIX, Profile, mentions_by_document, name_key, similarity
from timeline.models import Article, Citation, Event, EventMention

WINDOW_DAYS = 14
SHORT_EVENT_DAYS = 7
MIN_SHARED_NAMES = 2
CORROBORATION_THRESHOLD = 3.0

_EVENT_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, EVENT_CLASS_OF), key=len, reverse=True)) + r")\b", re.IGNORECASE
)
# "there are no plans for a meeting", "did not meet": a negated sentence corroborates nothing.
_NEGATION = re.compile(r"\b(?:no|not|never|neither|nor|without|cannot)\b|n[’']t\b", re.IGNORECASE)
# Two capitalised words after the first: a cheap test that a sentence names at least two things.
_TWO_NAMES = re.compile(r"\s[A-Z][^\s]*.*?\s[A-Z]")


def _sentence_profile(text: str, names_seen: frozenset[str]) -> Profile:
    names, words = describe(text, names_seen)
    keys = [name_key(name) for name in names]
    return Profile(
        strong={k for k in keys if k and not is_weak_entity(k)},
        weak={k for k in keys if k and is_weak_entity(k)},
        classes={w for w in words if w.startswith("@")},
        words={w for w in words if not w.startswith("@")},
    )


def _in_title(article: Article, start: int, end: int) -> bool:
    if article.title_in_body is None:
        return False
    first, last = article.title_in_body
    return start < last and end > first


def _corroborating_citation(article: Article, start: int, end: int, quote: str) -> Citation:
    return Citation(
        document=article.id,
        quote=quote,
        expression="",
        start=start,
        end=end,
        reference_date=article.reference_date,
        value="",
        status="reported",
        corroborating=True,
    )


def corroborating_sentences(article: Article, mentions: Iterable[EventMention]) -> tuple[tuple[int, int, str, Profile], ...]:
    """The sentences of ``article`` that may corroborate an entry, whatever the entries: not
    headings nor the title, no sentence that dated a mention of ``mentions`` (the article's own),
    two names and a word of a kind of happening, not negated, telling what happened (not what is
    planned or was called off), and at least ``MIN_SHARED_NAMES`` specific names; each as
    ``(start, end, text, profile)``. Found once per article (``matching.ArticleFacts``)."""
    dated = {m.sentence_start for m in mentions}
    names_seen: frozenset[str] | None = None
    out = []
    for sentence in article.sentences:
        if sentence.kind not in ("body", "list_item") or sentence.start in dated:  # (nor a table's cells)
            continue
        if not _TWO_NAMES.search(sentence.text) or not _EVENT_WORD.search(sentence.text):
            continue
        if _in_title(article, sentence.start, sentence.end) or _NEGATION.search(sentence.text):
            continue
        if detect_status(sentence.text) != "reported":
            continue  # "will meet", "was cancelled": not a report that it happened
        if names_seen is None:
            names_seen = names_seen_in(article.body)
        profile = _sentence_profile(sentence.text, names_seen)
        if len(profile.strong) >= MIN_SHARED_NAMES:
            out.append((sentence.start, sentence.end, sentence.text, profile))
    return tuple(out)


def corroborate(events: list[Event], profiles: list[Profile], articles: list[Article],
                mentions: list[EventMention],
                sentences: dict[str, tuple[tuple[int, int, str, Profile], ...]] | None = None) -> list[Event]:
    """``events`` with corroborating citations added (same order, same length). ``sentences``:
    each article's ``corroborating_sentences``, by article id, when found already."""
    # (day, name prefix) -> short reported entries on that day naming it
    index: dict[tuple[dt.date, str], list[int]] = {}
    days_with_entries: set[dt.date] = set()
    for number, event in enumerate(events):
        if event.status != "reported" or (event.end - event.start).days >= SHORT_EVENT_DAYS:
            continue
        prefixes = sorted({key[:BLOCK_PREFIX] for key in profiles[number].strong})
        day = event.start
        while day <= event.end:
            days_with_entries.add(day)
            for prefix in prefixes:
                index.setdefault((day, prefix), []).append(number)
            day += dt.timedelta(days=1)
    if not index:
        return events
    cited = [{c.document for c in event.citations} for event in events]
    extra: dict[int, list[Citation]] = {}
    by_document = mentions_by_document(mentions)
    for article in sorted(articles, key=lambda a: a.id):
        window = [article.reference_date - dt.timedelta(days=back) for back in range(WINDOW_DAYS + 1)]
        window = [day for day in window if day in days_with_entries]
        if not window:
            continue
        best_for_event: dict[int, tuple[float, int, Citation]] = {}
        found = sentences.get(article.id) if sentences is not None else None
        if found is None:
            found = corroborating_sentences(article, by_document.get(article.id, ()))
        for start, end, text, profile in found:
            candidates: set[int] = set()
            for prefix in {key[:BLOCK_PREFIX] for key in profile.strong}:
                for day in window:
                    candidates.update(index.get((day, prefix), ()))
            scored = []
            for number in sorted(candidates):
                match = similarity(profile, profiles[number])
                if (match.shared_strong >= MIN_SHARED_NAMES and match.shared_classes >= 1
                        and match.score >= CORROBORATION_THRESHOLD):
                    scored.append((-match.score, number))
            if not scored:
                continue
            scored.sort()
            if len(scored) > 1 and scored[0][0] == scored[1][0]:
                continue  # it fits two entries equally well: too weak to say which
            score, number = -scored[0][0], scored[0][1]
            if article.id in cited[number]:
                continue  # its best match already cites this article: nothing to add
            previous = best_for_event.get(number)
            if previous is None or score > previous[0]:
                best_for_event[number] = (
                    score, start,
                    _corroborating_citation(article, start, end, text),
                )
        for number in sorted(best_for_event):
            extra.setdefault(number, []).append(best_for_event[number][2])
    if not extra:
        return events
    out = []
    for number, event in enumerate(events):
        added = extra.get(number)
        out.append(event if not added else event.model_copy(
            update={"citations": sorted(event.citations + added, key=citation_sort_key)}
        ))
    return out
