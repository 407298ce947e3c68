"""Dating "on the eve of the talks" by the talks: event-anchored expressions across sources.

An article may date something only by a happening it names and never dates itself ("On the eve
of the talks, the Kremlin announced the capture of Pokrovsk"), while the same article reports
that happening in another sentence that is dated, or that other sources date ("the talks" met
on Tuesday 2 Dec). ``events.event_anchor`` recognises the expression and gives the happening's
word ("talks") and the offset in days (-1 for "the eve of").

The anchor is an entry that the same article supports with a dated mention, of the happening's
kind (the word's event class, "talks" -> "@meet"), dated to a single day by a definite
expression. Among several, the one sharing most with the anchored sentence wins (then the one
the article cites most); the expression gets that day plus the offset, as a TIMEX3 value with
anchor ``"event:<day>"``. With no such entry, or two that fit equally well, it stays undated
and makes no entry, rather than a guess.
"""

from __future__ import annotations

import datetime as dt

from timeline.events import event_anchor
from timeline.events.features import is_weak_entity, lemma
from timeline.events.vocab import EVENT_CLASS_OF
from timeline.merge.clustering import Cluster
from timeline.merge.matching import DAY_LEVEL, Profile, name_key, similarity
from timeline.models import EventMention, Interval


def _event_class(word: str) -> str | None:
    return EVENT_CLASS_OF.get(word) or EVENT_CLASS_OF.get(lemma(word))


def _profile(mention: EventMention) -> Profile:
    keys = [k for k in (name_key(name) for name in mention.entities) if k]
    return Profile(
        strong={k for k in keys if not is_weak_entity(k)},
        weak={k for k in keys if is_weak_entity(k)},
        classes={k for k in mention.keywords if k.startswith("@")},
        words={k for k in mention.keywords if not k.startswith("@")},
    )


def date_anchored(anchored: list[EventMention], clusters: list[Cluster]) -> list[EventMention]:
    """The anchored mentions that could be dated, with their timex resolved (see module docstring)."""
    by_document: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        for member in cluster.members:
            documents = by_document.setdefault(member.mention.document, [])
            if not documents or documents[-1] is not cluster:
                documents.append(cluster)
    sentence_days = {(m.mention.document, m.mention.sentence_start, m.first)
                     for cluster in clusters for m in cluster.members if m.first == m.last}
    dated: list[EventMention] = []
    for mention in anchored:
        found = event_anchor(mention.timex)
        if found is None:
            continue
        word, offset = found
        kind = _event_class(word)
        if kind is None:
            continue
        profile = _profile(mention)
        candidates = []
        for cluster in by_document.get(mention.document, ()):
            best = min(cluster.members, key=lambda m: (m.vague or m.bare_time, m.rank, m.first))
            if kind not in cluster.profile.classes or best.vague or best.bare_time or best.granularity not in DAY_LEVEL:
                continue
            if (mention.document, mention.sentence_start) in cluster.sentences:
                continue  # its own sentence's other date ("died on Wednesday, the day after the fire")
            if best.first != best.last:
                continue
            support = sum(m.mention.document == mention.document for m in cluster.members)
            score = similarity(profile, cluster.profile).score
            candidates.append(((score, support), best.first))
        candidates.sort(key=lambda c: c[0], reverse=True)
        if not candidates or (len(candidates) > 1 and candidates[0][0] == candidates[1][0]):
            continue  # no such happening in the article, or two that fit as well: no guess
        anchor_day = candidates[0][1]
        day = anchor_day + dt.timedelta(days=offset)
        if (mention.document, mention.sentence_start, day) in sentence_days:
            continue  # its sentence dates that day already ("on Wednesday, the day after the fire"): one entry
        timex = mention.timex.model_copy(
            update={
                "value": day.isoformat(),
                "granularity": "day",
                "interval": Interval(first=day, last=day),
                "anchor": f"event:{anchor_day.isoformat()}",
            }
        )
        status = mention.status
        if status == "reported" and day > mention.reference_date:
            status = "planned"
        dated.append(mention.model_copy(update={"timex": timex, "status": status}))
    return dated
