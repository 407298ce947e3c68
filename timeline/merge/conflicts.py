"""Different exact dates for what looks like the same happening.

Two mentions dated to different exact days are never merged (a Monday meeting and a Tuesday
meeting may both have happened). But when two day-level entries at most ``NEAR_MISS_DAYS``
apart share nearly all of their specific names (Jaccard >= ``NAME_JACCARD``, at least
``MIN_SHARED_NAMES``) and an event class — or, from different articles on days next to each other,
a name (in the clauses or around them, see ``matching.article_names``), a kind of happening and
most of their words (at least ``MIN_SHARED_WORDS`` not common in the input), or, up to
``ONE_TIME_DAYS`` apart, the same happening a story has once (``ONCE_KINDS``: its quake, fire's
outbreak, resignation, release; not a saying's day, nor a fire's other days, nor news about the
happening named after a preposition, "the suspect in the Boston Marathon bombing", nor a kind named
only by the work of people or things, "rescue coordinator Pieter Botha": see ``_one_time_kind``) — both are reported as done, and no source gives both
days, in these entries or in others of its own (one that does is telling of two happenings), sources probably disagree on the date: each entry
records the other's date and documents in ``disagreements`` and is marked disputed. Blocked by
(day, name), so the cost follows the number of entries, not its square.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

import datetime as dt

from timeline.events.features import keywords
from timeline.events.vocab import EVENT_CLASS_OF
from timeline.merge.clustering import (
    ONGOING_KINDS, Cluster, cluster_own_kinds, kinds_in_passing, names_conflict, story_names,
)
from timeline.merge.entries import sources_say
from timeline.merge.matching import DAY_LEVEL, MentionFeatures, common_words
from timeline.models import Event

NEAR_MISS_DAYS = 3
NAME_JACCARD = 0.6
MIN_SHARED_NAMES = 2
WORD_OVERLAP = 0.4  # shared words and kinds of happening, over the smaller side's
MIN_SHARED_WORDS = 2  # ... of which words (not common in the input), on days next to each other
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _day(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _looks_same(a: Cluster, b: Cluster, days_apart: int = 1, common: frozenset[str] = frozenset(),
                story: frozenset[str] = frozenset()) -> bool:
    names_a, names_b = a.profile.strong, b.profile.strong
    shared = len(names_a & names_b)
    union = len(names_a | names_b)
    # (a kind a side names only in passing is no kind it tells: "ignited the contents of five
    # derailed tanker cars" and "derailed late Sunday" are a burn and a derailment)
    same_kind = bool(_kinds_told(a) & _kinds_told(b))
    if same_kind and shared >= MIN_SHARED_NAMES and shared / union >= NAME_JACCARD:
        return True
    # fewer names, told in different articles: the same names in the clauses or around them,
    # the same kind of happening and most of the same words ("the guard was killed on Wednesday
    # night" and "the killing of the guard, Daniel Mwangi, in the early hours of Thursday")
    if a.profile.documents & b.profile.documents:
        return False
    if _one_time_kind(a, b, days_apart, story):
        return True
    if days_apart > 1:
        return False
    named = bool(names_a & names_b) or bool(names_a & b.profile.context) or bool(names_b & a.profile.context)
    words_a, words_b = a.profile.words - common, b.profile.words - common
    shared_words = words_a & words_b
    overlap = len(shared_words | (a.profile.classes & b.profile.classes)) / max(
        1, min(len(words_a | a.profile.classes), len(words_b | b.profile.classes)))
    # (the same kind of happening, or a word more in common: "filed the no-confidence motion")
    return named and len(shared_words) >= MIN_SHARED_WORDS + (not same_kind) and overlap >= WORD_OVERLAP


def _kinds_told(cluster: Cluster) -> frozenset[str]:
    """The kinds of happening its members tell, not in passing (``clustering.kinds_in_passing``)."""
    return frozenset().union(*(m.classes - kinds_in_passing(m.mention.clause, m.mention.timex.text, m.classes)
                               for m in cluster.members))


# Kinds of happening a story tells once (a part of ``ONE_A_DAY_KINDS``): a second one is news of
# its own, told as such ("a second quake", "another fire"), while the same one told on two days
# is a disagreement. Left out: protests, attacks, hearings and rulings, which come in series.
ONCE_KINDS = frozenset({"@resign", "@quake", "@fire", "@crash", "@explosion", "@landfall", "@free", "@sink",
                        "@walkout", "@acquire", "@bury", "@collapse"})
ONE_TIME_DAYS = 2
# words telling that a happening is one more of its kind: on their own ("struck again"), or
# before a word of the kind itself ("a second quake", "another fire", "a fresh walkout"), not
# before anything else ("moments after the second match")
_AGAIN = re.compile(r"\b(?:[Aa]gain|once more|[Rr]esumed|[Aa]ftershocks?)\b")
_ONE_MORE = re.compile(r"\b(?:[Aa]nother|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]resh|[Rr]enewed|[Ff]urther|new|[Ll]atest|"
                       r"[Rr]epeat(?:ed)?|also|too)\b((?:\s+[\w'’-]+){1,3})")


@functools.lru_cache(maxsize=65536)
def _tells_one_more(clause: str, kinds: frozenset[str]) -> bool:
    if _AGAIN.search(clause):
        return True
    return any(set(keywords(m.group(1))) & kinds for m in _ONE_MORE.finditer(clause))


# Kinds of happening that go on for days: a fire burns, is fought, grows and is contained, and
# what a story has once is its beginning ("broke out", "started", "caught fire"); any other day's
# news of it ("had grown to 4,800 acres and was 5% contained", "40% contained Tuesday morning") is
# one more of its days, no date of the happening
ONGOING_ONCE_KINDS = ONCE_KINDS & ONGOING_KINDS
_BEGINS = re.compile(r"\b(?:broke|break|breaks|breaking)\s+out\b|\b(?:caught|catch|catches|catching)\s+(?:fire|alight)\b",
                     re.IGNORECASE)
# a time expression right after a saying ("Investigators said Monday that the fire was started by
# ...", "Cal Fire said Sunday night the fire had grown"): it dates the saying, not what is said
_SAYING_BEFORE = re.compile(r"\b(?:said|says|told\s+[\w'’]+|announced|confirmed|reported|added)\s+(?:on\s+)?$",
                            re.IGNORECASE)


# a happening named after a preposition ("The surviving suspect in the Boston Marathon bombing was
# in serious condition ... Saturday", "charged Tsarnaev with using a weapon of mass destruction in
# the Boston Marathon bombing"): the story's known happening, named as what the clause's own news
# is about, not dated by it
_NAMED_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|of|for|over|with|about|into|after|since|from|by)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}([a-z]+)\b")


def _names_kind_only_as_known(member: MentionFeatures, kinds: frozenset[str]) -> bool:
    """Every word of ``kinds`` the clause has ends a named happening after a preposition."""
    clause = member.mention.clause
    told = [m for m in re.finditer(r"[A-Za-z]+", clause) if EVENT_CLASS_OF.get(m.group().lower()) in kinds]
    named = {m.start(1) for m in _NAMED_AFTER_PREPOSITION.finditer(clause) if EVENT_CLASS_OF.get(m.group(1)) in kinds}
    return bool(told) and all(m.start() in named for m in told)


def _dates_a_saying(member: MentionFeatures) -> bool:
    clause, expression = member.mention.clause, member.mention.timex.text
    at = clause.find(expression)
    return at > 0 and bool(_SAYING_BEFORE.search(clause[:at]))


def _tells_beginning(cluster: Cluster) -> bool:
    return any("@start" in m.classes or _BEGINS.search(m.mention.clause) for m in cluster.members)


# People and things named after the work they do ("rescue coordinator Pieter Botha", "a rescue
# capsule", "fire crews", "crash investigators"): a word of a kind right before one of these names
# them, no happening of that kind
_NAMED_BY_THEIR_WORK = re.compile(
    r"\b([a-z]+)[\s-]+(?:coordinators?|capsules?|teams?|workers?|crews?|officials?|officers?|chiefs?|personnel|"
    r"squads?|units?|helicopters?|boats?|vehicles?|dogs?|equipment|services?|experts?|specialists?|investigators?|"
    r"volunteers?|brigades?|departments?|trucks?|engines?|agency|agencies)\b", re.IGNORECASE)

# (clause, kinds it tells only as the work of people or things it names) examples, run as tests
NAMED_BY_THEIR_WORK_EXAMPLES = (
    ("today we heard them,\" rescue coordinator Pieter Botha told reporters at the shaft head", {"@free"}),
    ("The men were hoisted one at a time in a rescue capsule lowered down a hole", {"@free"}),
    ("Fire crews were called to the warehouse at 3am", {"@fire"}),
    ("The last six miners were rescued on Sunday, rescue workers said", set()),  # told as news too
    ("The hostages were released on Sunday", set()),
    ("A fire broke out at the warehouse at 3am", set()),
)


@functools.lru_cache(maxsize=65536)
def kinds_of_their_work(clause: str) -> frozenset[str]:
    """The kinds of happening a clause names only as the work of the people or things it names
    (``_NAMED_BY_THEIR_WORK``: "rescue coordinator Pieter Botha" tells no rescue)."""
    spans = [m.span(1) for m in _NAMED_BY_THEIR_WORK.finditer(clause)]
    if not spans:
        return frozenset()
    named = {EVENT_CLASS_OF.get(clause[start:end].lower()) for start, end in spans} - {None}
    told = {EVENT_CLASS_OF.get(m.group().lower()) for m in re.finditer(r"[A-Za-z]+", clause) if m.span() not in spans}
    return frozenset(kind for kind in named if kind not in told)


def _once_kinds_told(cluster: Cluster) -> frozenset[str]:
    """The story's once-told kinds (``ONCE_KINDS``) the cluster tells as its own (``cluster_own_kinds``),
    a kind some member tells as a happening, not only as the work of people or things it names."""
    kinds = cluster_own_kinds(cluster) & ONCE_KINDS
    return frozenset(kind for kind in kinds if any(
        kind in m.classes and kind not in kinds_of_their_work(m.mention.clause) for m in cluster.members))


def _one_time_kind(a: Cluster, b: Cluster, days_apart: int, story: frozenset[str]) -> bool:
    """Two reports of one story, from different articles, of its one quake, resignation, fire
    or release, a day or two apart ("The dockworkers downed tools on Sunday night" and "The
    stoppage at Port Botany started at 6am on Monday"): the kind is each clause's own (not a
    cause, "after the quake"), neither tells one more of its kind ("a fresh walkout", "another
    aftershock"), the articles share a name rare in the input, and they do not each name someone
    the other's articles never tell (``names_conflict(each=True)``). A kind that goes on for
    days counts only when both tell its beginning (``ONGOING_ONCE_KINDS``), and neither may
    date only a saying about it ("Officials said Tuesday the fire ..."), nor name it only as the
    known happening its news is about ("The surviving suspect in the Boston Marathon bombing was
    in serious condition ... Saturday"): successive reports of one story are no disagreement on
    the date of its one happening."""
    if days_apart > ONE_TIME_DAYS:
        return False
    kinds = _once_kinds_told(a) & _once_kinds_told(b)
    if kinds & ONGOING_ONCE_KINDS and not (_tells_beginning(a) and _tells_beginning(b)):
        kinds -= ONGOING_ONCE_KINDS
    if not kinds:
        return False
    if all(_dates_a_saying(m) for m in a.members) or all(_dates_a_saying(m) for m in b.members):
        return False
    if all(_names_kind_only_as_known(m, kinds) for m in a.members) or all(
            _names_kind_only_as_known(m, kinds) for m in b.members):
        return False
    if any(_tells_one_more(m.mention.clause, kinds) for m in a.members + b.members):
        return False
    if not (a.profile.context | a.profile.strong) & (b.profile.context | b.profile.strong) & story:
        return False
    return not names_conflict(a, b, each=True)


def _tells_both_days(a: Cluster, b: Cluster, documents_a: set[str], documents_b: set[str],
                     on_day_b: dict[str, set[str]], on_day_a: dict[str, set[str]], days_apart: int,
                     story: frozenset[str]) -> bool:
    """Whether a source of one entry tells of the other's day too (``on_day_*``: document -> the
    one-time kinds it tells that day). For the story's one crash or quake (``_one_time_kind``) only
    a second of that kind on the other day counts: its other news of that day is not a second one."""
    telling = [on_day_b[d] for d in documents_a if d in on_day_b] + [on_day_a[d] for d in documents_b if d in on_day_a]
    if not telling:
        return False
    if not _one_time_kind(a, b, days_apart, story):
        return True
    kinds = cluster_own_kinds(a) & cluster_own_kinds(b) & ONCE_KINDS
    return any(told & kinds for told in telling)


def note_date_conflicts(
    entries: list[Event], clusters: list[Cluster], labels: Mapping[str, str] | None = None
) -> list[Event]:
    """``entries`` (aligned with ``clusters``) with near-miss date disagreements recorded.

    ``labels`` names documents in the notes (publisher or title); ids otherwise.
    """
    labels = labels or {}
    features = [m for cluster in clusters for m in cluster.members]
    common = common_words(features)
    story = story_names(features)
    index: dict[tuple[dt.date, str], list[int]] = {}
    for number, entry in enumerate(entries):
        if entry.granularity in DAY_LEVEL and entry.start == entry.end:
            for name in sorted(clusters[number].profile.strong | clusters[number].profile.classes):
                index.setdefault((entry.start, name), []).append(number)
    pairs: set[tuple[int, int]] = set()
    documents = [{c.document for c in entry.citations} for entry in entries]
    # the sources that date something of their own to a day, with the one-time kinds they tell of it:
    # one that tells of the other day too ("Jury selection began Monday ... Opening statements are
    # expected Tuesday") keeps the two apart, unless both are the story's one derailment or quake
    # and that source's other day tells none ("derailed on Saturday ... Services resumed Sunday")
    told_on: dict[dt.date, dict[str, set[str]]] = {}
    for number, entry in enumerate(entries):
        if entry.granularity in DAY_LEVEL and entry.start == entry.end:
            kinds = cluster_own_kinds(clusters[number]) & ONCE_KINDS
            for document in documents[number]:
                told_on.setdefault(entry.start, {}).setdefault(document, set()).update(kinds)
    for number, entry in enumerate(entries):
        if not (entry.granularity in DAY_LEVEL and entry.start == entry.end):
            continue
        for delta in range(1, NEAR_MISS_DAYS + 1):
            later = entry.start + dt.timedelta(days=delta)
            for name in sorted(clusters[number].profile.strong | clusters[number].profile.classes):
                for other in index.get((later, name), ()):
                    if (number, other) in pairs or not _looks_same(clusters[number], clusters[other], delta, common, story):
                        continue
                    if entry.status != "reported" or entries[other].status != "reported":
                        continue  # "met on Wednesday ... will meet again on Friday" is two happenings
                    if documents[number] & documents[other] or _tells_both_days(
                            clusters[number], clusters[other], documents[number], documents[other],
                            told_on.get(later, {}), told_on.get(entry.start, {}), delta, story):
                        continue  # one source giving both days means two happenings
                    pairs.add((number, other))
    if not pairs:
        return entries
    notes: dict[int, list[str]] = {}
    for a, b in sorted(pairs):
        for this, that in ((a, b), (b, a)):
            documents = sorted({labels.get(c.document, c.document) for c in entries[that].citations})
            notes.setdefault(this, []).append(
                f"{sources_say(documents, 'date')} what appears to be the same happening to {_day(entries[that].start)} "
                f"(“{entries[that].summary}”)."
            )
    return [
        entry if number not in notes else entry.model_copy(
            update={"disputed": True, "disagreements": entry.disagreements + notes[number]}
        )
        for number, entry in enumerate(entries)
    ]
