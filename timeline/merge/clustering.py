"""Group dated mentions into happenings, comparing only mentions whose dates can agree.

Blocking: a cluster is filed under every (month, entity-key prefix) its dates and names
touch; a mention looks only in the blocks of its own (widened) months and names. No mention
is compared with every other, so the cost grows with the number of mentions times the size of
a block (the happenings of one month that share a name), not with the square of the input.

Mentions are taken finest grain first (then by date, document and offset), so day-level
mentions found clusters and coarser ones ("in 2025", "last week") join the best of them.
Mentions without a name to share ("The 7.8-magnitude quake ... on Feb. 6") are also filed and
looked up by (day, event class); see ``_verdict`` for when they merge.

A mention joins the date-compatible cluster that ``Match.merges`` accepts with the best
``rank_score`` (shared names weighted by rarity; ties: the older cluster); otherwise it starts a new one.
The other clusters it merges with as well are folded into that one (``_absorb``) when no article
has a mention in both: a later report can link two clusters of one happening. Entity-less mentions never merge:
without a name there is no telling two happenings of the same day apart.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from timeline.merge.matching import (
    BLOCK_PREFIX,
    NAMELESS_THRESHOLD,
    Match,
    MentionFeatures,
    Profile,
    common_words,
    name_weights,
    similarity,
)

# Mentions with intervals longer than this are not filed month by month (a century would
# touch 1,200 blocks); they are filed under their first month and looked up the same way.
MAX_BLOCK_MONTHS = 24
# Clusters are also filed by (day, event class) when their dates span at most this many days.
MAX_DAY_BLOCK_DAYS = 31


@dataclass(eq=False)
class Cluster:
    number: int
    members: list[MentionFeatures] = field(default_factory=list)
    profile: Profile = field(default_factory=Profile)
    low: dt.date = dt.date.min  # intersection of the members' widened intervals
    high: dt.date = dt.date.max
    sentences: set[tuple[str, int]] = field(default_factory=set)
    filed: set[tuple] = field(default_factory=set)  # blocks this cluster is filed under

    def add(self, features: MentionFeatures) -> None:
        self.members.append(features)
        self.profile.add(features)
        self.low = max(self.low, features.wide_first)
        self.high = min(self.high, features.wide_last)
        self.sentences.add((features.mention.document, features.mention.sentence_start))

    def accepts_date(self, features: MentionFeatures) -> bool:
        return max(self.low, features.wide_first) <= min(self.high, features.wide_last)

    def same_interval(self, features: MentionFeatures) -> bool:
        return any(m.first == features.first and m.last == features.last for m in self.members)


def _months(first: dt.date, last: dt.date) -> list[tuple[int, int]]:
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month) and len(months) < MAX_BLOCK_MONTHS:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    if (year, month) <= (last.year, last.month):
        return [(first.year, first.month), ("long",)]  # type: ignore[list-item]
    return months


def _blocks(first: dt.date, last: dt.date, keys: frozenset[str] | set[str]) -> list[tuple]:
    prefixes = sorted({key[:BLOCK_PREFIX] for key in keys})
    return [(month, prefix) for month in _months(first, last) for prefix in prefixes]


def _day_blocks(first: dt.date, last: dt.date, classes: frozenset[str] | set[str]) -> list[tuple]:
    """("day", date, event class) blocks: how mentions without a shared name find each other."""
    if not classes or (last - first).days > MAX_DAY_BLOCK_DAYS:
        return []
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    return [("day", day, cls) for day in days for cls in sorted(classes)]


def _verdict(item: MentionFeatures, cluster: Cluster, match: Match, same_interval: bool) -> str:
    """"merge", "reference" (merge only if it is the one candidate) or "" (keep apart).

    With a shared name, ``Match.merges`` decides. Without one ("The 7.8-magnitude quake ... on
    Feb. 6" and "A magnitude 7.8 earthquake struck southern Turkey on Monday"): one side must
    name nobody specific (two sets of different people are two happenings) and the event class
    must be shared; then the same dates with words in strong agreement merge, and a bare
    reference ("Monday's earthquake") joins the one happening of its kind dated the same (or, in
    its own article, compatibly), if only one fits.
    """
    if match.merges:
        return "merge"
    if match.shared_strong or match.shared_weak or not match.shared_classes:
        return ""
    if item.strong and cluster.profile.strong:
        return ""
    if same_interval and match.score >= NAMELESS_THRESHOLD:
        return "merge"
    if item.reference and (same_interval or any(m.mention.document == item.mention.document for m in cluster.members)):
        return "reference"
    return ""


def _absorb(best: Cluster, others: list[Cluster]) -> list[Cluster]:
    """Fold into ``best`` the other clusters the new mention merges with too, when no article
    has a mention in both and their dates still agree; the clusters folded in are left empty.

    Mentions are taken one by one, so one happening can start as two clusters before a report
    arrives that links them ("A 31-year-old man was shot dead ... late on Friday" and "Reyes was
    killed on Friday night" share nothing, and "Marcus Reyes, who was shot outside the Anchor
    Tavern on April 18" merges with each). Two clusters an article tells apart stay apart.
    """
    absorbed = []
    for other in sorted(others, key=lambda c: c.number):
        documents = {m.mention.document for m in best.members}
        if documents & {m.mention.document for m in other.members}:
            continue
        if max(best.low, other.low) > min(best.high, other.high):
            continue
        for member in other.members:
            best.add(member)
        other.members = []
        absorbed.append(other)
    return absorbed


def _keys_of(best: Cluster, item: MentionFeatures, absorbed: list[Cluster]) -> frozenset[str]:
    """The names to file ``best`` under again: the new mention's, and those of clusters it absorbed."""
    if not absorbed:
        return item.keys
    return item.keys | frozenset(key for cluster in absorbed for key in cluster.profile.strong | cluster.profile.weak)


def cluster_mentions(features: list[MentionFeatures]) -> list[Cluster]:
    """Clusters of mentions describing the same happening, in order of creation."""
    clusters: list[Cluster] = []
    index: dict[tuple, list[Cluster]] = {}  # (month, name prefix) -> clusters
    day_index: dict[tuple, list[Cluster]] = {}  # ("day", date, class) -> clusters
    nameless_day_index: dict[tuple, list[Cluster]] = {}  # the same, clusters naming nobody specific
    weights = name_weights(features)
    common = common_words(features)
    order = sorted(
        features,
        key=lambda f: (f.rank, f.first, f.last, f.mention.document, f.mention.timex.start, f.index),
    )
    for item in order:
        best: Cluster | None = None
        best_score = 0.0
        references: list[Cluster] = []  # bare references' candidates, accepted only if unique
        qualified: list[Cluster] = []  # every cluster it merges with (see ``_absorb``)
        seen: set[int] = set()
        # (names its article tells around the clause find clusters too: see ``similarity``)
        names = item.keys | item.context
        blocks = [(index, b) for b in _blocks(item.wide_first, item.wide_last, names)] if names else []
        # Without a name to share, look at every cluster of the day and kind; with names, only
        # at the nameless ones (the others are found by name).
        by_day = day_index if (item.reference or not item.strong) else nameless_day_index
        blocks += [(by_day, b) for b in _day_blocks(item.wide_first, item.wide_last, item.classes)]
        for table, block in blocks:
            for cluster in table.get(block, ()):
                if cluster.number in seen or not cluster.members:
                    continue  # (a cluster left empty was absorbed by another)
                seen.add(cluster.number)
                if not cluster.accepts_date(item):
                    continue
                if (item.mention.document, item.mention.sentence_start) in cluster.sentences:
                    continue  # two expressions of one sentence name two different times
                same_interval = cluster.same_interval(item)
                match = similarity(item, cluster.profile, same_interval=same_interval, weights=weights,
                                   common=common)
                verdict = _verdict(item, cluster, match, same_interval)
                if verdict == "reference":
                    references.append(cluster)
                if verdict != "merge":
                    continue
                qualified.append(cluster)
                if best is None or match.rank_score > best_score or (
                    match.rank_score == best_score and cluster.number < best.number
                ):
                    best, best_score = cluster, match.rank_score
        if best is None and len(references) == 1:
            best = references[0]
        if best is None:
            best = Cluster(number=len(clusters))
            clusters.append(best)
        best.add(item)
        absorbed = _absorb(best, [c for c in qualified if c is not best])
        # The cluster's dates only narrow as members join, so filing it under the blocks of
        # its current dates and every name and class it has gathered keeps it findable.
        for block in _blocks(best.low, best.high, _keys_of(best, item, absorbed)):
            if block not in best.filed:
                best.filed.add(block)
                index.setdefault(block, []).append(best)
        for block in _day_blocks(best.low, best.high, best.profile.classes):
            if block not in best.filed:
                best.filed.add(block)
                day_index.setdefault(block, []).append(best)
            if not best.profile.strong and ("nameless",) + block not in best.filed:
                best.filed.add(("nameless",) + block)
                nameless_day_index.setdefault(block, []).append(best)
    return [cluster for cluster in clusters if cluster.members]
