"""Group dated mentions into happenings, comparing only mentions whose dates can agree.

Blocking: a cluster is filed under every (month, entity-key prefix) its dates and names (and
the words its members quote) touch; a mention looks only in the blocks of its own (widened) months and names. No mention
is compared with every other, so the cost grows with the number of mentions times the size of
a block (the happenings of one month that share a name), not with the square of the input.

Mentions are taken finest grain first (then by date, document and offset), so day-level
mentions found clusters and coarser ones ("in 2025", "last week") join the best of them.
Mentions without a name to share ("The 7.8-magnitude quake ... on Feb. 6") are also filed and
looked up by (day, event class), and under the names their article tells that are rare in the
input (``story_names``), where a report naming them and giving the same dates looks; see
``_verdict`` for when they merge.

A mention joins the date-compatible cluster that ``Match.merges`` accepts with the best
``rank_score`` (shared names weighted by rarity; ties: the older cluster); otherwise it starts a new one.
The other clusters it merges with as well are folded into that one (``_absorb``) when no article
has a mention in both: a later report can link two clusters of one happening. Entity-less mentions never merge:
without a name there is no telling two happenings of the same day apart. Nor do a clause and the
happening it only dates its own by or reacts to ("updated its advice yesterday, before the
eruption"; "defended the curfew on Sunday": ``_words_in_passing_only``), nor a stretch of months and
a happening of one of its days (``_stretch_and_days``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from timeline.events.features import keywords
from timeline.events.vocab import EVENT_CLASS_OF, ONE_A_DAY_KINDS, PERSONAL_KINDS
from timeline.merge.matching import (
    BLOCK_PREFIX,
    DAY_LEVEL,
    LOOSE_CLOCK_MINUTES,
    NAMELESS_THRESHOLD,
    SHARED_CLASS,
    Match,
    MentionFeatures,
    Profile,
    clocks_conflict,
    note_exact_clocks,
    common_words,
    is_specific_figure,
    name_weights,
    quote_keys,
    similarity,
    told_clock_mod,
)
from timeline.models import EventMention

# Mentions with intervals longer than this are not filed month by month (a century would
# touch 1,200 blocks); they are filed under their first month and looked up the same way.
MAX_BLOCK_MONTHS = 24
# A mention dated by more than a day joins a day's happening that shares no kind of happening
# with it only when they share this many uncommon words (see ``_verdict``).
COARSE_WORDS = 3
# Clusters are also filed by (day, event class) when their dates span at most this many days.
MAX_DAY_BLOCK_DAYS = 31


@dataclass(eq=False)
class DayMembers:
    """The members of a cluster that one article dates by one exact day, in the order they joined."""

    exact: list[MentionFeatures] = field(default_factory=list)  # every one, widened ("vague") or not
    own: list[MentionFeatures] = field(default_factory=list)  # those not widened
    lines: list[MentionFeatures] = field(default_factory=list)  # of ``own``, the lines of key dates (``dated_line``)
    prose: list[MentionFeatures] = field(default_factory=list)  # of ``own``, the others
    first_sentence: int | None = None  # the earliest sentence of ``own``


@dataclass(eq=False)
class MemberIndex:
    """What a cluster's members tell, gathered as they join, so that a mention looking at the
    cluster does not go through every member: a long article telling one happening again and again
    made one cluster of thousands of members, each comparison a pass over all of them."""

    members: list[MentionFeatures] | None = None  # the list indexed (a cluster emptied gets a new one)
    count: int = 0
    days: dict[tuple[str, dt.date], DayMembers] = field(default_factory=dict)  # (document, day)
    intervals: set[tuple[dt.date, dt.date]] = field(default_factory=set)
    timed: list[MentionFeatures] = field(default_factory=list)  # telling a clock time or a part of the day

    def sync(self, members: list[MentionFeatures]) -> MemberIndex:
        if self.members is not members or self.count > len(members):
            self.members, self.count = members, 0
            self.days, self.intervals, self.timed = {}, set(), []
        for member in members[self.count:]:
            self.intervals.add((member.first, member.last))
            if member.clock is not None or member.day_part is not None:
                self.timed.append(member)
            if member.first != member.last:
                continue
            day = self.days.setdefault((member.mention.document, member.first), DayMembers())
            day.exact.append(member)
            if member.vague:
                continue
            day.own.append(member)
            (day.lines if dated_line(member) else day.prose).append(member)
            start = member.mention.sentence_start
            day.first_sentence = start if day.first_sentence is None else min(day.first_sentence, start)
        self.count = len(members)
        return self


_NO_DAY = DayMembers()


@dataclass(eq=False)
class Cluster:
    number: int
    members: list[MentionFeatures] = field(default_factory=list)
    profile: Profile = field(default_factory=Profile)
    low: dt.date = dt.date.min  # intersection of the members' widened intervals
    high: dt.date = dt.date.max
    sentences: set[tuple[str, int]] = field(default_factory=set)
    filed: set[tuple] = field(default_factory=set)  # blocks this cluster is filed under
    kinds_seen: tuple[int, frozenset[str]] = (-1, frozenset())  # cluster_own_kinds at a member count
    spans_years: bool = False  # a member is dated by a stretch of more than a year
    member_index: MemberIndex = field(default_factory=MemberIndex)

    def add(self, features: MentionFeatures) -> None:
        self.members.append(features)
        self.spans_years = self.spans_years or _spans_years(features)
        self.profile.add(features)
        self.low = max(self.low, features.wide_first)
        self.high = min(self.high, features.wide_last)
        self.sentences.add((features.mention.document, features.mention.sentence_start))

    def accepts_date(self, features: MentionFeatures) -> bool:
        return max(self.low, features.wide_first) <= min(self.high, features.wide_last)

    def same_interval(self, features: MentionFeatures) -> bool:
        return (features.first, features.last) in self.indexed().intervals

    def indexed(self) -> MemberIndex:
        return self.member_index.sync(self.members)

    def day_members(self, document: str, day: dt.date) -> DayMembers:
        """The members its article ``document`` dates by exactly ``day``."""
        return self.indexed().days.get((document, day), _NO_DAY)

    def timed(self) -> list[MentionFeatures]:
        """The members telling a clock time or a part of the day, in the order they joined."""
        return self.indexed().timed


def _spans_years(features: MentionFeatures) -> bool:
    return (features.last - features.first).days > 366


# A stretch told from one date to another ("from March to July", TIMEX3 "2025-03/2025-07") longer
# than this goes on for months: no happening of one of its days
STRETCH_MIN_DAYS = 31


def _is_stretch(features: MentionFeatures) -> bool:
    return "/" in features.mention.timex.value and (features.last - features.first).days > STRETCH_MIN_DAYS


def _stretch_and_days(item: MentionFeatures, cluster: Cluster) -> bool:
    """One side is a stretch of months told from one date to another (``_is_stretch``) and the
    other tells nothing but single days: two happenings."""
    def days(members: list[MentionFeatures]) -> bool:
        return all(m.exact_day or m.first == m.last and m.granularity in DAY_LEVEL for m in members)
    if _is_stretch(item):
        return days(cluster.members)
    return days([item]) and all(_is_stretch(m) for m in cluster.members)


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


def _verdict(item: MentionFeatures, cluster: Cluster, match: Match, same_interval: bool,
             told_days: dict[tuple[str, dt.date], int] | None = None) -> str:
    """"merge", "reference" (merge only if it is the one candidate) or "" (keep apart).

    With a shared name, ``Match.merges`` decides, counting no kind of happening that a side names
    only as another happening, its news's cause or setting, and keeping apart a report whose news
    is a kind the other names only so (``_without_kinds_in_passing``). Without one ("The 7.8-magnitude quake ... on
    Feb. 6" and "A magnitude 7.8 earthquake struck southern Turkey on Monday"): one side must
    name nobody specific (two sets of different people are two happenings) and the event class
    must be shared (a country both tell is no name); then the same dates with words in strong
    agreement merge, and a bare reference ("Monday's earthquake", "Ethiopian crash") joins the
    one happening of its kind dated the same (or, in its own article, compatibly), if only one
    fits. A bare reference that shares a name ("Lion Air crash") joins the one happening of that
    name so dated, whatever its kind.
    """
    if _clocks_apart([item], cluster.timed()):
        # "The water arrived shortly after 3 a.m." and "It failed at around 12.30 p.m." that day
        return ""
    if (_SAME_DAY.search(item.mention.timex.text) or _says_also(item.mention.clause)) \
            and any(m.mention.document == item.mention.document for m in cluster.members):
        # "On the same day, several dozen farmers rallied outside the venue": another happening of
        # the day its article has just told, never that one
        return ""
    if (_spans_years(item) or cluster.spans_years) and not cluster.same_interval(item):
        # a stretch of years ("between 2018 and 2021", "from 2016 to 2021") is one happening's only
        # when told the same: a tenure and a bribery scheme overlap without being one
        return ""
    if _stretch_and_days(item, cluster):
        # "hackers roamed undetected from March to July last year" and "reported the breach to
        # the Data Protection Commission on July 16": what went on for months is not what
        # happened on one of its days
        return ""
    if match.merges and item.first == item.last and any(
            m.mention.sentence_start != item.mention.sentence_start and _told_apart(item, m)
            for m in cluster.day_members(item.mention.document, item.first).exact):
        # one article telling two sentences of one day, each of its own kind of happening ("Belovar
        # pleaded not guilty on Monday"; "Police detained 11 people on Monday after scuffles"): the
        # writer told two happenings
        return ""
    if match.merges and match.shared_classes:
        kept = _without_kinds_in_passing(item, cluster, match)
        if kept is None:
            return ""
        match = kept
    if match.merges and _words_in_passing_only([item], cluster.members):
        # "Smartraveller updated its advice for Bali yesterday, before the eruption" and "the
        # eruption started at 11:42pm": the advice, told beside the eruption, is not the eruption
        return ""
    if match.merges:
        if not match.shared_strong and not any(m.first <= item.last and item.first <= m.last for m in cluster.members):
            # dates that meet only where a loose expression's widening reaches (``FUZZ_DAYS``): "a
            # weekend in which its president and two senior engineers resigned" and "ousted ... chief
            # executive Maya Okafor late Friday" share her article's names and a kind, not a name of
            # their own; told so, they are two happenings
            return ""
        if item.first != item.last and not match.shared_classes and match.shared_words < COARSE_WORDS \
                and cluster.low == cluster.high:
            # a coarse date ("last week's Addis Ababa accord", "told reporters last week") fits
            # every day of a story's week: a day's happening takes it only when the kind is shared,
            # or the words agree ("an improvement notice issued last November")
            return ""
        # (but one person's resignation and a registrar's inquiry into him, told of one day, are
        # two happenings: each clause tells a one-a-day kind of its own, and they differ)
        return "" if _other_kinds(item, cluster) else "merge"
    if _restates(item, cluster, match, same_interval) or _lone_line_and_sentence(item, cluster, told_days or {}) \
            or _line_figure_in_sentence(item, cluster):
        # "The verdict, on 2 October, came on the third day of deliberations" after "Dana Whitcombe
        # ... was found guilty of fraud ... yesterday"; a table row "14 Nov 2025 | sales halted"
        return "reference"
    told_here = same_interval or any(m.mention.document == item.mention.document for m in cluster.members)
    if item.reference and match.shared_strong and told_here:
        # a bare reference naming the happening's name ("Lion Air crash", a table row) joins the one
        # happening of that name told that day ("Lion Air Flight 610 plunged into the Java Sea")
        return "reference"
    # (a country both tell is no name: "Ethiopian crash" is as nameless as "Monday's earthquake")
    if match.shared_strong or not match.shared_classes:
        return ""
    if item.strong and cluster.profile.strong:
        return ""
    if same_interval and match.score >= NAMELESS_THRESHOLD:
        return "merge"
    if item.reference and told_here:
        return "reference"
    return ""


# Uncommon words a report naming no one must share, all its words being the other's, to restate
# a report of its own article and day (``_restates``)
RESTATED_WORDS = 2
# Kinds that name something going on rather than a moment: "The storm is expected to weaken",
# "The fire had scorched 1,000 square kilometres" tell one more happening of the storm or the fire
ONGOING_KINDS = frozenset({"@storm", "@flood", "@fire", "@protest"})
# "The verdict", "The 7.8-magnitude quake", "The walkout by 185,000 drivers": a clause opening on a
# definite noun phrase, whose words (up to three, before a comma) may name a kind of happening
_DEFINITE_OPENING = re.compile(r"^\W*(?:The|This|That)\s+((?:[\w'’.-]+\s+){0,2}[\w'’.-]+)")


def _opens_on_kind(clause: str, kinds: frozenset[str]) -> bool:
    """The clause opens on "the" and a word of one of ``kinds`` ("The verdict, on 2 October, came
    ...", "The quake ... struck at 4:12 a.m."): it tells again a happening of that kind its
    article has told, as its subject."""
    match = _DEFINITE_OPENING.match(clause)
    return bool(match) and bool(set(keywords(match.group(1).split(",")[0])) & kinds)


def _restates(item: MentionFeatures, cluster: Cluster, match: Match, same_interval: bool) -> bool:
    """Within one article and one exact day, one side names no one and tells again what the other
    tells: the happening of a one-a-day kind both tell as their own (not one going on,
    ``ONGOING_KINDS``), taking it up as its subject after the other told it ("The verdict, on
    2 October, came on the third day of deliberations" after "Dana Whitcombe was found guilty of
    fraud ... yesterday"), or nothing but words (and kinds) the other tells,
    ``RESTATED_WORDS`` of them uncommon ("14 Nov 2025 | sales halted" after "The company halted
    sales last Friday"), or, as a line of key dates (``dated_line``) telling of a sentence of its
    prose, a kind of happening the sentence tells and none it does not ("4 July: first case
    admitted to Sindhanur taluk hospital" after "a single child admitted to hospital on 4 July"; not
    "14 Nov 2025: sales halted, recall"). Only a candidate of its own: the mention joins it if no
    other fits."""
    if not same_interval or item.first != item.last or item.vague:
        return False
    day = cluster.day_members(item.mention.document, item.first)
    own = day.own
    if not own:
        return False
    if dated_line(item) != bool(day.lines) and not (item.strong and any(m.strong for m in own)):
        # a list of key dates restates its article's prose: "4 July: first case, a nine-year-old girl,
        # admitted to Sindhanur taluk hospital" after "a single child admitted to hospital on 4 July"
        # (whatever names the other articles telling it give)
        line, prose = ([item], own) if dated_line(item) else (day.lines, [item])
        line_kinds = frozenset().union(*(m.classes for m in line))
        if line_kinds and line_kinds <= frozenset().union(*(m.classes for m in prose)):
            return True
    if item.strong and cluster.profile.strong:
        return False
    # the side naming no one takes the happening up after the other has told it
    named, nameless = (own, [item]) if not item.strong else ([item], own)
    told = day.first_sentence if named is own else item.mention.sentence_start
    later = [m for m in nameless if m.mention.sentence_start > told and _DEFINITE_OPENING.match(m.mention.clause)]
    if later:
        kinds = member_own_kinds(item) & cluster_own_kinds(cluster) - ONGOING_KINDS
        if kinds and any(_opens_on_kind(m.mention.clause, kinds) for m in later):
            return True
    if not item.strong:
        told, other = item.words | item.classes, cluster.profile.words | cluster.profile.classes
    else:
        told, other = cluster.profile.words | cluster.profile.classes, item.words | item.classes
    return match.shared_words >= RESTATED_WORDS and told <= other


# A line of key dates sums up its happening in a few words ("Oct. 17: Evacuation order lifted")
SUM_UP_MAX_WORDS = 8


def sentences_of_days(features: list[MentionFeatures]) -> dict[tuple[str, dt.date], int]:
    """How many sentences of each article tell each exact day (``(document, day)``: count), by a
    day or a time of it, not vaguely."""
    sentences: dict[tuple[str, dt.date], set[int]] = {}
    for item in features:
        if item.first == item.last and not item.vague:
            sentences.setdefault((item.mention.document, item.first), set()).add(item.mention.sentence_start)
    return {key: len(starts) for key, starts in sentences.items()}


def _lone_line_and_sentence(item: MentionFeatures, cluster: Cluster, told_days: dict[tuple[str, dt.date], int]) -> bool:
    """An article tells a day in just two sentences, a line of key dates or a table's row
    (``dated_line``) and a sentence of its prose, and the cluster holds the other one: the line
    sums up what the prose tells, in its own words ("Oct. 17: Evacuation order lifted" and
    "Residents were allowed to return home at noon on Oct. 17"). Only a line that sums
    up in a few words (``SUM_UP_MAX_WORDS``) and no figures (not a paragraph opening on its day,
    "Christmas Eve: Peel the potatoes ...", nor a row of data, "July 28: 312 cases, 5 deaths"),
    a sentence that is no saying or quotation of that day ("Brown said on Sunday that ..."), and
    a line telling no kind of happening the sentence does not tell as its own (not "4 Nov:
    hearing" and "the railway's chief executive resigned on Nov. 4"; not "14 Nov 2025: sales
    halted, recall" and "The company halted sales last Friday", nor, lacking the words to tell
    "came back" is "restored", "Sept. 22 | water billing portal | restored")."""
    if item.first != item.last or item.vague or told_days.get((item.mention.document, item.first)) != 2:
        return False
    own = cluster.day_members(item.mention.document, item.first).own
    if len(own) != 1 or dated_line(own[0]) == dated_line(item):
        return False
    line, prose = (item, own[0]) if dated_line(item) else (own[0], item)
    told = re.sub(r"^\W*" + re.escape(line.mention.timex.text) + r"\W*", "", line.mention.clause)
    if len(told.split()) > SUM_UP_MAX_WORDS or any(word.startswith("#") for word in line.words) or re.search(r"\d", told):
        # a paragraph opening on its day ("Christmas Eve: Peel the potatoes ... in cold water"), or a
        # row of figures ("July 28: 312 cases, 5 deaths"), sums up no sentence
        return False
    if _dates_a_saying(prose.mention) or re.match(r"\W*[\"“‘]", prose.mention.clause):
        # "Brown said on Sunday that ...": a saying of the day, not what the line tells
        return False
    told_kinds, prose_kinds = (m.classes - kinds_in_passing(m.mention.clause, m.mention.timex.text, m.classes)
                               for m in (line, prose))
    return told_kinds <= prose_kinds


@functools.lru_cache(maxsize=65536)
def sentence_figures(sentence: str) -> frozenset[str]:
    """The figures with a unit or decimals a whole sentence gives (``matching.is_specific_figure``)."""
    return frozenset(word for word in keywords(sentence) if is_specific_figure(word))


def _told_as_clock(figure: str, text: str) -> bool:
    """The figure is a time of day in ``text`` ("Metro services to begin only at 2.30 pm"), no measure."""
    return bool(re.search(r"(?<![\d.])" + re.escape(figure) + r"\s*(?:[ap]\.?\s?m\b|hrs?\b|GMT\b)", text, re.IGNORECASE))


def _line_figure_in_sentence(item: MentionFeatures, cluster: Cluster) -> bool:
    """A line of key dates or a table's row (``dated_line``) gives a figure with its unit or
    decimals that a sentence of its article's prose gives, and that sentence tells the line's day:
    the row "May 28 | 47.1 | +5.8" and "Delhi on Wednesday recorded its hottest day ever, with
    Safdarjung logging a maximum of 47.1°C" (whatever part of the sentence the figure was told
    in). The day chooses among the sentence's dates: "breaking the record of 46.8°C set on May 29
    last year" is no figure of Wednesday's. Only a candidate of its own: it joins if no other fits."""
    if item.first != item.last or item.vague:
        return False
    day = cluster.day_members(item.mention.document, item.first)
    own = day.prose if dated_line(item) else day.lines
    if not own:
        return False
    for line, prose in ([(item, m) for m in own] if dated_line(item) else [(m, item) for m in own]):
        figures = frozenset(word for word in line.words if is_specific_figure(word)
                            and not _told_as_clock(word[1:], line.mention.clause))
        if figures & sentence_figures(prose.mention.quote):
            return True
    return False


def dated_line(member: MentionFeatures) -> bool:
    """A table's row, or a line that opens on its day and a colon or dash ("4 July: first case
    admitted", "14 Nov 2025 – sales halted"): a list of key dates, not a sentence of prose; not a
    live report's time stamp ("11.50am: Footprints located"), whose line is a happening of its own."""
    mention = member.mention
    if mention.table_row:
        return True
    return member.granularity == "day" and _opens_on_its_day(mention.timex.text, mention.clause)


@functools.lru_cache(maxsize=65536)
def _opens_on_its_day(expression: str, clause: str) -> bool:
    """The clause opens on the expression and a colon or dash (``dated_line``). Cached: a
    cluster's members are asked again for every mention that looks at the cluster."""
    return bool(re.match(r"\W*" + re.escape(expression) + r"\s*(?::|[-–—|]\s)", clause))


def _kinds_in_passing_only(item: MentionFeatures, cluster: Cluster) -> tuple[frozenset[str], frozenset[str]]:
    """The kinds of happening the mention, and the cluster, name only in passing, as another
    happening (``kinds_in_passing``): a cluster's kind is so when every member naming it does."""
    mine = _passing(item)
    theirs: set[str] = set()
    for kind in sorted(cluster.profile.classes):
        holders = [m for m in cluster.members if kind in m.classes]
        if all(kind in _passing(m) for m in holders):
            theirs.add(kind)
    return mine, frozenset(theirs)


def _without_kinds_in_passing(item: MentionFeatures, cluster: Cluster, match: Match) -> Match | None:
    """``match`` without the kinds of happening it shares that one side names only in passing
    (``_kinds_in_passing_only``); None when one side tells as its own news a kind the other names
    only as another happening ("expected to make landfall early Thursday" and "searching flooded
    homes yesterday after Hurricane Delphine made landfall"): two happenings, whatever names they share."""
    mine, theirs = _kinds_in_passing_only(item, cluster)
    if not mine and not theirs:
        return match
    if (item.classes - mine) & theirs or (cluster.profile.classes - theirs) & mine:
        return None
    passing = (mine | theirs) & item.classes & cluster.profile.classes
    if not passing:
        return match
    lost = len(passing) * SHARED_CLASS
    return replace(match, shared_classes=match.shared_classes - len(passing), score=match.score - lost,
                   rank_score=match.rank_score - lost)


# A happening a clause only dates its own by, named as the one its story knows: "before the
# eruption", "after the breach", "following the air war" (a definite noun phrase of a word or two
# ending the clause or its part), not a cause told in full ("after a failure in its crew-scheduling
# system"); its head, the last word, is the happening ("after the train left" names no leaving).
_BESIDE_THE_HAPPENING = re.compile(
    r"\b(?:before|after|following|since|ahead\s+of|in\s+the\s+wake\s+of)\s+the\s+((?:[\w'’-]+\s+)?[\w'’-]+)"
    r"(?=\s*(?:[,;:.!?)]|$))", re.IGNORECASE)


# A reaction to a happening its story knows: "Roske defended the curfew on Sunday" tells a defence,
# not the curfew ("who had ordered the curfew ... on 19 October"); the object is a definite noun
# phrase of a word or two, its head the last word.
_REACTION_TO_THE_HAPPENING = re.compile(
    r"\b(?:defend(?:s|ed)?|critici[sz](?:es|ed)|condemn(?:s|ed)|welcom(?:es|ed)|prais(?:es|ed)|denounc(?:es|ed)|"
    r"hail(?:s|ed)|slam(?:s|med)|decri(?:es|ed)|lament(?:s|ed)|applaud(?:s|ed))\s+(?:the|this|that|its|his|her|their)"
    r"\s+((?:[\w'’-]+\s+)??[\w'’-]+)(?=\s+(?:on|in|at|by|as|for|over|during|and|but|which|yesterday|today|"
    r"last|this)\b|\s*[,;:.!?)]|\s*$)", re.IGNORECASE)
# (clause, its time expression, the words only the happenings it dates its own by tell) examples, run as tests
BESIDE_THE_HAPPENING_EXAMPLES = (
    ("Smartraveller updated its advice for Bali yesterday, before the eruption, urging travellers to check with "
     "airlines.", "yesterday", {"eruption"}),
    ("After the breach, the lender took its services offline on Thursday", "on Thursday", {"@hack"}),
    ("Shops reopened on Monday following the air war.", "on Monday", {"war"}),
    # a clause, not a happening named: its head is no word of a happening
    ("The accident occurred at 9.35 pm, about 40 minutes after the train left Buxar", "9.35 pm", set()),
    # the date tells the happening named: "which will be held on 7 May 2015"
    ("The party did worse than hoped a year before the general election, which will be held on 7 May 2015.",
     "7 May 2015", set()),
    ("Crews searched homes after a failure in the levee system on Monday", "on Monday", set()),
    # a reaction to a happening: its object
    ("Interior Minister Pavel Roske defended the curfew on Sunday.", "on Sunday", {"curfew"}),
    ("Opposition leaders condemned the new curfew yesterday", "yesterday", {"curfew"}),
    ("The minister defended the decision to close the border on Sunday", "on Sunday", set()),
)


@functools.lru_cache(maxsize=65536)
def _own_and_passing_words(clause: str, expression: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words (and kinds) of a clause told outside the happenings it dates its own by
    (``_BESIDE_THE_HAPPENING``: "updated its advice for Bali yesterday, before the eruption"), and
    the words only their heads tell ("eruption"); (frozenset(), frozenset()) when it names none
    after its time ``expression`` or opening it."""
    at = clause.find(expression) if expression else -1
    if at < 0:
        return frozenset(), frozenset()
    # after the date of the clause's own happening ("updated its advice yesterday, before the
    # eruption"), or opening the clause ("After the eruption, ..."); not before a date that tells
    # it ("before the general election, which will be held on 7 May 2015")
    found = [m for m in _BESIDE_THE_HAPPENING.finditer(clause)
             if m.start() >= at + len(expression) or not clause[:m.start()].strip(" \t\"'“‘*-—")]
    found += [m for m in _REACTION_TO_THE_HAPPENING.finditer(clause) if not m.start() <= at < m.end()]
    found.sort(key=lambda m: m.start())
    if not found:
        return frozenset(), frozenset()
    own, at = [], 0
    for match in found:
        own.append(clause[at:match.start()])
        at = match.end()
    own.append(clause[at:])
    own_words = frozenset(keywords(" ".join(own)))
    return own_words, frozenset(keywords(" ".join(m.group(1).split()[-1] for m in found))) - own_words


def _words_of(member: MentionFeatures) -> tuple[frozenset[str], frozenset[str]]:
    """(own words, words in passing only) of a member (``_own_and_passing_words``)."""
    own, passing = _own_and_passing_words(member.mention.clause, member.mention.timex.text)
    if not passing:
        return member.words | member.classes, frozenset()
    return own, passing


def _own_and_passing_of(members: list[MentionFeatures]) -> tuple[frozenset[str], frozenset[str]]:
    """(own words, words in passing only) of a side of one or more members (``_words_of``)."""
    told = [_words_of(m) for m in members]
    own = frozenset().union(*(words for words, _ in told))
    return own, frozenset().union(*(passing for _, passing in told)) - own


def _words_in_passing_only(one: list[MentionFeatures], other: list[MentionFeatures]) -> bool:
    """One side names what the other tells as its news only as the happening it dates its own by
    (``_BESIDE_THE_HAPPENING``: "updated its advice for Bali yesterday, before the eruption", beside
    "the eruption started at 11:42pm"), and their own parts share no word: the first tells a
    happening of its own, beside the other's (the way ``_without_kinds_in_passing`` keeps kinds apart)."""
    mine_own, mine_passing = _own_and_passing_of(one)
    theirs_own, theirs_passing = _own_and_passing_of(other)
    if mine_own & theirs_own:
        return False
    return bool(mine_passing & theirs_own or theirs_passing & mine_own)


def _passing(member: MentionFeatures) -> frozenset[str]:
    return kinds_in_passing(member.mention.clause, member.mention.timex.text, member.classes)


# "Also on Saturday, the ministry ordered ...", "Investigators also searched the company's headquarters
# on Wednesday": one more happening of a day its article has told
_ALSO = re.compile(r"\b(?:also|too|as\s+well|meanwhile|separately)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=65536)
def _says_also(clause: str) -> bool:
    # (cached: asked at every comparison its mention takes part in)
    return bool(_ALSO.search(clause))


_SAME_DAY = re.compile(r"\b(?:the|that)\s+(?:same|very)\s+day\b|\bthat\s+day\b", re.IGNORECASE)


def _clocks_apart(members: list[MentionFeatures], others: list[MentionFeatures]) -> bool:
    """A member of one side tells a time of day (a clock time or a part of the day) that cannot be
    one the other side tells that day (``matching.clocks_conflict``): the two sides are two moments."""
    timed = [m for m in others if m.clock is not None or m.day_part is not None]
    return bool(timed) and any(clocks_conflict(m, o) for m in members if m.clock is not None or m.day_part is not None
                               for o in timed)


def _told_apart(one: MentionFeatures, other: MentionFeatures) -> bool:
    """Two sentences of one article, of one day, tell two happenings: each tells a kind of its own
    and they share none."""
    return bool(one.classes) and bool(other.classes) and not one.classes & other.classes


def _kinds_differ(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Each side tells personal kinds of happening of its own (``vocab.PERSONAL_KINDS``: "quit"
    and "an inquiry into his declarations"), and they share none."""
    return bool(mine) and bool(theirs) and not mine & theirs and (mine | theirs) <= PERSONAL_KINDS


def _other_kinds(item: MentionFeatures, cluster: Cluster) -> bool:
    """The mention tells a personal kind of its own and the cluster tells only others."""
    return _kinds_differ(member_own_kinds(item), cluster_own_kinds(cluster))


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
        if _clocks_apart(best.members, other.members):
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
    article_days: dict[tuple, list[Cluster]] = {}  # (document, day) -> clusters it tells of that day (``_restates``)
    # (first, last, rare name prefix) -> clusters naming no one, or of a day
    nameless_index: dict[tuple, list[Cluster]] = {}
    weights = name_weights(features)
    common = common_words(features)
    rare = story_names(features)
    told_days = sentences_of_days(features)
    note_exact_clocks(features)
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
        names = item.keys | item.context | item.quote_keys
        blocks = [(index, b) for b in _blocks(item.wide_first, item.wide_last, names)] if names else []
        blocks += [(nameless_index, (item.first, item.last, key[:BLOCK_PREFIX])) for key in sorted(item.strong)]
        if not item.strong:
            # two reports naming no one, of the same dates, in articles telling the same rare names
            # ("Owners will start receiving letters on April 26" and "Owners will still receive a
            # first notification letter from April 26", each in an article about the Tessera recall)
            blocks += [(nameless_index, (item.first, item.last, key[:BLOCK_PREFIX])) for key in sorted(item.context & rare)]
        # Without a name to share, look at every cluster of the day and kind; with names, only
        # at the nameless ones (the others are found by name).
        by_day = day_index if (item.reference or not item.strong) else nameless_day_index
        blocks += [(by_day, b) for b in _day_blocks(item.wide_first, item.wide_last, item.classes)]
        if item.first == item.last and not item.vague:
            blocks.append((article_days, (item.mention.document, item.first)))
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
                verdict = _verdict(item, cluster, match, same_interval, told_days)
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
        for block in _blocks(best.low, best.high, _keys_of(best, item, absorbed) | quote_keys(best.profile.quotes)):
            if block not in best.filed:
                best.filed.add(block)
                index.setdefault(block, []).append(best)
        if item.first == item.last or not best.profile.strong and not best.profile.weak or item.classes:
            # a report naming no one ("In 1974 she became the firm's first woman partner") is filed
            # under its article's names rare in the input, so that a report naming them ("Margaret
            # Oyelaran ... in 1974, became the first female partner at ... Fenwick Partners") finds
            # it whichever of the two comes first, when they give the same dates; so is a report of
            # a day naming others ("A Colorado man ... was found alive Thursday", in an article
            # naming Kosciuszko National Park, and "a man missing in Kosciuszko National Park was
            # located alive yesterday"); so is a report of a kind of happening ("He was arrested in 1979
            # in the Urals", in an article about Merkys, and "Merkys was sent to a labour camp after his
            # arrest in 1979")
            for key in sorted(item.context & rare):
                block = (item.first, item.last, key[:BLOCK_PREFIX])
                if ("rare",) + block not in best.filed:
                    best.filed.add(("rare",) + block)
                    nameless_index.setdefault(block, []).append(best)
        if item.first == item.last and not item.vague and (item.mention.document, item.first) not in best.filed:
            best.filed.add((item.mention.document, item.first))
            article_days.setdefault((item.mention.document, item.first), []).append(best)
        for block in _day_blocks(best.low, best.high, best.profile.classes):
            if block not in best.filed:
                best.filed.add(block)
                day_index.setdefault(block, []).append(best)
            if not best.profile.strong and ("nameless",) + block not in best.filed:
                best.filed.add(("nameless",) + block)
                nameless_day_index.setdefault(block, []).append(best)
    join_lone_kinds(clusters, features)
    join_article_moments(clusters)
    join_story_days(clusters, features, common)
    join_article_times(clusters, common)
    return [cluster for cluster in clusters if cluster.members]


# A cluster whose dates span more days than this is too vague to be a story's one X of a day.
LONE_MAX_SPAN_DAYS = 4
# A name tells which story an article belongs to when at most this many articles, or this share
# of them, name it ("Brightwell" in a day's news; not "Trump" in a year's).
STORY_NAME_MAX_ARTICLES = 10
STORY_NAME_MAX_SHARE = 0.01


def story_names(features: list[MentionFeatures]) -> frozenset[str]:
    """The names around the mentions (``MentionFeatures.context``) rare enough in the input to
    tie two articles to one story."""
    articles: dict[str, int] = {}
    done: set[str] = set()
    for item in features:
        if item.mention.document in done:
            continue
        done.add(item.mention.document)
        for key in item.context:
            articles[key] = articles.get(key, 0) + 1
    limit = max(STORY_NAME_MAX_ARTICLES, STORY_NAME_MAX_SHARE * len(done))
    return frozenset(key for key, count in articles.items() if count <= limit)


def names_conflict(one: Cluster, other: Cluster, *, each: bool = False) -> bool:
    """One names someone specific in its clauses whom the other's articles never tell, and the
    other names someone too: a sign of another happening (see ``matching.similarity``). Against
    a report that names no one ("The river flooded the town on Tuesday"), a name is no sign.
    With ``each``, both must name someone the other's articles never tell: one report's names
    being the other's and more ("the fire near Cedar Flat", told with "El Dorado" in one) is none."""
    untold = bool(one.profile.strong - other.profile.strong - other.profile.context)
    untold_other = bool(other.profile.strong - one.profile.strong - one.profile.context)
    if each:
        return untold and untold_other
    return (untold and bool(other.profile.strong)) or (untold_other and bool(one.profile.strong))


def join_lone_kinds(clusters: list[Cluster], features: list[MentionFeatures]) -> None:
    """Join the clusters of one story that each tell the story's one happening of a kind that day.

    A story seldom has two resignations, two storms or two court rulings on one day
    (``vocab.ONE_A_DAY_KINDS``), so when every article of a story that tells such a happening
    on a day tells it once ("The country's transport minister stepped down on Tuesday", "Pryce
    left office yesterday"), the clusters are one happening, though they share no name: the
    bar adapts to how many happenings of the kind the input has that day. Clusters are of one
    story when their articles share a name rare in the input (``story_names``). Nothing is
    joined when an article tells two of them (it tells two happenings apart), when one names
    someone the other's articles never tell while the other names someone too, or when their
    dates do not agree. A day is a cluster's when one of its members tells it, not when only a
    loose expression's widening reaches it (``FUZZ_DAYS``: a weekend is no Friday's).
    The clusters of a story, day and kind are joined into the oldest; the rest are left empty.
    """
    rare = story_names(features)
    groups: dict[tuple, list[Cluster]] = {}
    for cluster in clusters:
        if not cluster.members or cluster.low == dt.date.min or cluster.high == dt.date.max:
            continue
        if (cluster.high - cluster.low).days > LONE_MAX_SPAN_DAYS:
            continue
        days = [cluster.low + dt.timedelta(days=offset) for offset in range((cluster.high - cluster.low).days + 1)]
        # only the days its members tell, not those a loose expression's widening reaches: "a weekend
        # in which its president and two senior engineers resigned" is no day of "ousted ... late Friday"
        days = [day for day in days if any(m.first <= day <= m.last for m in cluster.members)]
        for kind in sorted(cluster.profile.classes & ONE_A_DAY_KINDS):
            for day in days:
                groups.setdefault((day, kind), []).append(cluster)
    for key in sorted(groups):
        members = sorted({c.number: c for c in groups[key] if c.members}.values(), key=lambda c: c.number)
        if len(members) < 2:
            continue
        members = [c for c in members if key[1] in cluster_own_kinds(c)]  # (the costlier test, on few)
        if len(members) < 2:
            continue
        for story in _stories(members, rare):
            if len(story) < 2 or not _one_each(story):
                continue
            oldest, rest = story[0], story[1:]
            for other in rest:
                for member in other.members:
                    oldest.add(member)
                other.members = []


# The one-a-day kinds that name a moment, which an article tells once a day however many times it
# tells of it: not a happening going on or its progress ("5 percent contained", "power restored to
# 40,000 homes"), nor an inquiry or a rescue, of which a day has many.
MOMENT_KINDS = ONE_A_DAY_KINDS - ONGOING_KINDS - frozenset({"@contain", "@recede", "@restore", "@investigate", "@free"})
# a quake the clause tells only as aftershocks is another quake than the story's
_AFTERSHOCK = re.compile(r"\baftershocks?\b", re.IGNORECASE)
_MAIN_QUAKE = re.compile(r"\b(?:earth)?quakes?\b", re.IGNORECASE)
# "A Chinese Foreign Ministry spokesman said in Beijing on Friday that NATO must halt the bombing":
# the day of the saying (not "pay talks broke down on Wednesday, the union Unite said")
_SAYING = r"(?:said|says|told\s+\w+|announced|confirmed|reported|stated|added|warned)"


def _dates_a_saying(mention: EventMention) -> bool:
    expression = re.escape(mention.timex.text)
    return bool(re.search(r"\b" + _SAYING + r"\s+(?:[\w'’.-]+\s+){0,4}?" + expression + r"|" + expression + r"\s+"
                          + _SAYING + r"\b", mention.clause, re.IGNORECASE))


def _moments_told(member: MentionFeatures, of: frozenset[str] = MOMENT_KINDS) -> frozenset[str]:
    """The kinds ``of`` (``MOMENT_KINDS``) a mention tells as the happening its time expression
    dates: not in passing (``kinds_in_passing``), not as what a saying of that day was about, not a
    quake told only as aftershocks."""
    kinds = member.classes & of
    if not kinds or _dates_a_saying(member.mention):
        return frozenset()
    clause = member.mention.clause
    kinds -= kinds_in_passing(clause, member.mention.timex.text, member.classes)
    if "@quake" in kinds and _AFTERSHOCK.search(clause) and not _MAIN_QUAKE.search(clause):
        kinds -= {"@quake"}
    return kinds


# kinds of happening a day may hold many of, which an article's list of key dates may tell again
# (``join_article_moments``): not those that last (``ONGOING_KINDS``)
LISTED_KINDS = frozenset(EVENT_CLASS_OF.values()) - ONE_A_DAY_KINDS - ONGOING_KINDS


def _list_tells_the_story_again(one: list[MentionFeatures], other: list[MentionFeatures]) -> bool:
    """One article's tellings in two clusters: one side holds a line of its key dates, the other
    none, and the two name someone or somewhere in common (``join_article_moments``)."""
    if any(dated_line(m) for m in one) == any(dated_line(m) for m in other):
        return False
    return bool(frozenset().union(*(m.strong for m in one)) & frozenset().union(*(m.strong for m in other)))


def join_article_moments(clusters: list[Cluster]) -> None:
    """Join the two clusters of one exact day in which one article tells the same moment of a
    kind ("Two people died when a road bridge ... collapsed during the evening rush hour
    yesterday" and "... when the central span of the Ashby Mill Bridge gave way at about 5.40pm";
    "A magnitude 7.0 earthquake struck Haiti late Tuesday afternoon" and "The quake hit at 4:53
    p.m."): a lead tells it by its day and a later paragraph by its time, in other words and with
    other names.

    Only when the article tells that kind, as the happening its time expression dates
    (``_moments_told``), in no third cluster of the day; with the same status, times of the day
    that can be one moment and not both exact clock times (two exact clock times of one article
    are two moments: "2:55 p.m. The jury has sent a note saying it has reached a verdict" and
    "3:21 p.m. Guilty on nine of the 11 counts"; but a clock time told loosely, "the eruption,
    which began shortly before midnight", is the moment "the eruption started at 11:42pm" tells
    exactly, ``told_clock_mod``); for a kind a person does or undergoes, not each clause naming
    someone the other does not.

    A kind of which a day may hold many (an arrest, a death) joins the same way when one of the
    two is the article's own line of key dates and the other its prose, the two naming someone or
    somewhere in common: the list tells again what the story told ("The last of the three men ...
    was arrested in Kimberley yesterday" and, under "How it unfolded", "10 March: Pieter van Wyk
    arrested in Kimberley"), ``dated_line``.
    """
    groups: dict[tuple, list[Cluster]] = {}
    for cluster in clusters:
        if not cluster.members or cluster.low != cluster.high:
            continue
        for member in cluster.members:
            if member.first != member.last or member.vague:
                continue
            for kind in sorted(_moments_told(member, MOMENT_KINDS | LISTED_KINDS)):
                group = groups.setdefault((member.mention.document, member.first, kind), [])
                if cluster not in group:
                    group.append(cluster)
    for key in sorted(groups):
        document, _, kind = key
        pair = [c for c in groups[key] if c.members]
        if len(pair) != 2:
            continue
        one, other = sorted(pair, key=lambda c: c.number)
        if max(one.low, other.low) > min(one.high, other.high) or _clocks_apart(one.members, other.members):
            continue
        if not _status(one) or _status(one) != _status(other):
            continue
        mine = [[m for m in c.members if m.mention.document == document] for c in (one, other)]
        if all(any(m.clock is not None and told_clock_mod(m.mention) is None for m in told) for told in mine):
            continue
        if all(any(m.clock is not None for m in told) for told in mine) and not any(
                abs(a.clock - b.clock) <= LOOSE_CLOCK_MINUTES for a in mine[0] for b in mine[1]
                if a.clock is not None and b.clock is not None):
            continue  # a time told loosely only near the exact one ("shortly before midnight" is not "at 11pm")
        if kind not in MOMENT_KINDS and not _list_tells_the_story_again(*mine):
            continue
        if kind in PERSONAL_KINDS:
            names = [frozenset().union(*(m.strong for m in told)) for told in mine]
            if names[0] - names[1] and names[1] - names[0]:
                continue
        for member in other.members:
            one.add(member)
        other.members = []



def _article_grain(cluster: Cluster, document: str, day: dt.date) -> int | None:
    """How finely an article tells a day in a cluster: 2 by a clock time, 1 by a part of the day
    only, 0 by the day only; None when it does not tell it there as an exact day, or tells it as
    a saying's day (``_dates_a_saying``)."""
    told = [m for m in cluster.members
            if m.mention.document == document and m.first == m.last == day and not m.vague]
    if not told or any(_dates_a_saying(m.mention) for m in told):
        return None
    return max(2 if m.clock is not None else 1 if m.day_part is not None else 0 for m in told)


def _told_finer_elsewhere(coarse: Cluster, fine: Cluster, document: str, grain: int, common: frozenset[str]) -> bool:
    """Another article tells the day by a part of it or a clock time (at least as finely as
    ``document`` tells it in the coarse cluster), in one of the two clusters, and shares a word
    not common in the input with ``document``'s telling in the other: another source ties the
    happening of the one telling to a time of the day the other fits ("Contact was first made with
    the men on Thursday evening", with "a team drilling a narrow borehole reached the chamber ... at
    about 7:30 p.m." for "Rescuers made contact Thursday", or with the lead for the clock time)."""
    for side, other in ((fine, coarse), (coarse, fine)):
        mine = [m for m in other.members if m.mention.document == document]
        if any(o.mention.document != document and (_article_grain(side, o.mention.document, o.first) or 0) >= max(1, grain)
               and any((m.words & o.words) - common for m in mine) for o in side.members):
            return True
    return False


def _lead_and_time(coarse: Cluster, fine: Cluster, document: str, grain: int, lead: int,
                   common: frozenset[str]) -> int:
    """How strongly ``document``'s lead in ``coarse`` and its finer time in ``fine`` tell one
    happening (0: not so; see ``join_article_times``)."""
    if not any(m.mention.document == document and m.mention.sentence_start == lead for m in coarse.members):
        return 0
    if _status(coarse) != _status(fine) or _clocks_apart(coarse.members, fine.members):
        return 0
    if names_conflict(coarse, fine, each=True) or _kinds_differ(cluster_own_kinds(coarse), cluster_own_kinds(fine)):
        return 0
    if not _told_finer_elsewhere(coarse, fine, document, grain, common):
        return 0
    return _story_day_strength(coarse, fine, common)


def join_article_times(clusters: list[Cluster], common: frozenset[str]) -> None:
    """Join the two clusters of one exact day in which one article tells one happening in its
    lead by the day (or a part of it) and later by a finer time, when another article tells that
    happening in the lead's words at the finer time: "Rescuers made contact Thursday with 14 gold
    miners ..." (the wire's lead), and "a team drilling a narrow borehole reached the chamber ...
    at about 7:30 p.m.", told with another paper's "Contact was first made with the men on
    Thursday evening"; "A bulk carrier ... has run aground ... before dawn this morning" and
    "... struck the shoal at about 4.20am", told with "struck Capricorn Bank before dawn on April
    19". The entry then takes the finest time (``entries``).

    The lead is the article's first dated sentence: it tells the article's news, and a later
    paragraph its time. Only when the article tells the day more finely in the one cluster than in
    the other (two sentences telling it alike are left to ``_verdict``), the times can be one
    moment (``_clocks_apart``), the statuses agree, not each names someone the other's articles
    never tell (``names_conflict``), neither tells a personal kind the other does not
    (``_kinds_differ``), another article in the finer cluster tells the day by a part of it or a
    clock time and shares a word not common in the input with the lead
    (``_told_finer_elsewhere``), and each is the other's one best match of the article's clusters
    of that day (``_story_day_strength``). One article alone is not enough: a lead and a later
    time of its day share a word as often when they tell two happenings ("Police searched an
    apartment ... late Monday" and "The blasts went off about 12 seconds apart shortly before 2:50
    p.m."; "Kennedy Space Center sent all but a small crew of workers home Monday" and "Floyd
    battered the Bahamas on Monday night ..., tearing the roofs off homes") as when they tell one.
    """
    days: dict[tuple[str, dt.date], list[Cluster]] = {}
    leads: dict[str, int] = {}  # each article's first dated sentence
    for cluster in clusters:
        for m in cluster.members:
            if m.mention.sentence_start < leads.get(m.mention.document, m.mention.sentence_start + 1):
                leads[m.mention.document] = m.mention.sentence_start
        if not cluster.members or cluster.low != cluster.high or not _status(cluster):
            continue
        for document in sorted({m.mention.document for m in cluster.members}):
            days.setdefault((document, cluster.low), []).append(cluster)
    for key in sorted(days):
        document, day = key
        while True:
            told = [(c, _article_grain(c, document, day)) for c in days[key] if c.members]
            graded = [(c, grain) for c, grain in told if grain is not None]
            best: dict[int, tuple[int, int]] = {}  # cluster number -> (strength, partner number); -1: a tie
            for i, (one, grain) in enumerate(graded):
                for other, other_grain in graded[i + 1:]:
                    if grain == other_grain:
                        continue
                    coarse, fine, coarse_grain = (one, other, grain) if grain < other_grain else (other, one, other_grain)
                    strength = _lead_and_time(coarse, fine, document, coarse_grain, leads[document], common)
                    if not strength:
                        continue
                    for a, b in ((one.number, other.number), (other.number, one.number)):
                        held = best.get(a)
                        if held is None or strength > held[0]:
                            best[a] = (strength, b)
                        elif strength == held[0]:
                            best[a] = (strength, -1)
            pairs = [(a, b) for a, (_, b) in sorted(best.items()) if a < b and best.get(b, (0, -1))[1] == a]
            if not pairs:
                break
            numbered = {c.number: c for c, _ in graded}
            for a, b in pairs:
                for member in numbered[b].members:
                    numbered[a].add(member)
                numbered[b].members = []

# Words after which a clause tells another happening, as its cause or setting ("The lender took
# its services offline on Thursday after the breach"): its kind is not the clause's.
_OTHER_HAPPENING = re.compile(
    r"\b(?:after|following|amid|over|because|since|before|when|while|as a result of|in the wake of|"
    r"days? after|hours? after|in connection with|in response to)\b"
    # a relative clause or an "ending" participle tells of another happening: "received the students,
    # who were freed on Sunday"; "went back to work, ending a two-day stoppage"
    r"|(?<=[\w,])\s+who\s+(?:had\s+been|have\s+been|has\s+been|were|was|had)\b|,\s*(?:which|ending|bringing)\b",
    re.IGNORECASE)

# (clause, its time expression, kinds it tells as its own) examples, run as tests.
OWN_KIND_EXAMPLES = (
    ("The lender took its services offline on Thursday after the breach", "on Thursday", set()),
    ("Hackers breached the bank's systems on Thursday", "on Thursday", {"@hack"}),
    ("The transport minister stepped down on Tuesday over a contracts row", "on Tuesday", {"@resign"}),
    ("Crews worked on Monday to clear trees after Storm Idris tore through the region", "on Monday", set()),
    ("The governor on Monday received the 20 students who were freed by their captors", "on Monday", set()),
    ("The governor received the students, who were released by bandits, on Monday", "on Monday", set()),
    ("When the Fenner Road bridge gave way Sunday morning, it joined a long list", "Sunday morning", {"@collapse"}),
    ("When the bridge gave way, a van fell into the creek on Sunday", "on Sunday", set()),
    ("Dockers went back to work at 6am today, ending a two-day stoppage", "at 6am today", set()),
    ("The bridge collapsed on Tuesday, which closed the road", "on Tuesday", {"@collapse"}),
    ("The lightweight roof over the arena came down on Friday evening during a futsal event", "on Friday evening",
     {"@collapse"}),
    ("Shops closed over the weekend after the storm", "over the weekend", set()),
    ("The lanes were closed on Sunday while investigators reconstructed the crash", "on Sunday", set()),
)


@functools.lru_cache(maxsize=65536)
def own_kinds(clause: str, expression: str = "") -> frozenset[str]:
    """The ``ONE_A_DAY_KINDS`` a clause tells before any word that brings in another happening,
    or, when it opens with such a word and its time ``expression`` is dated there ("When the
    bridge gave way Sunday morning, it joined ..."), the kinds that opening part tells."""
    first = _OTHER_HAPPENING.search(clause)
    if first and first.group().strip().lower() == "over" and not any(k in ONE_A_DAY_KINDS for k in keywords(clause[:first.start()])):
        # "The lightweight roof over the arena came down ... during a futsal event": a place, not a
        # cause, when the clause has told nothing of its own before it
        following = _OTHER_HAPPENING.search(clause, first.end())
        head = clause[:following.start()] if following else clause
    else:
        head = clause[:first.start()] if first else clause
    if not head.strip() and expression:
        opening = _OTHER_HAPPENING.sub(" ", clause, count=1).split(",", 1)[0]
        if expression in opening:
            head = opening
    return frozenset(k for k in keywords(head) if k in ONE_A_DAY_KINDS)


# (clause, its time expression, kinds it names only as another happening) examples, run as tests.
KINDS_IN_PASSING_EXAMPLES = (
    ("Rescue teams in Florida were still searching flooded homes yesterday after Hurricane Delphine made "
     "landfall in the early hours of Thursday, killing at least nine people", "yesterday", {"@landfall", "@storm"}),
    ("After the storm made landfall, crews searched flooded homes on Thursday", "on Thursday", {"@landfall", "@storm"}),
    ("Hurricane Delphine made landfall early Thursday", "early Thursday", set()),
    # the time expression dates the other happening: it is the clause's news
    ("Crews searched homes after Hurricane Delphine made landfall on Thursday", "on Thursday", set()),
    ("When the Fenner Road bridge gave way Sunday morning, it joined a long list", "Sunday morning", set()),
    ("The vote came 65 years to the day after the General Assembly adopted Resolution 181, on November 29, 1947",
     "November 29, 1947", set()),
    # the clause goes on with its own happening after the other one
    ("New Horizons flew past Pluto on Tuesday, nine years after it was launched, becoming the first probe to "
     "visit the distant world", "on Tuesday", set()),
)
# where a part of a clause that brings in another happening ends
_PART_END = re.compile(r"[,;:()—–]|\s-\s")


@functools.lru_cache(maxsize=65536)
def _own_and_passing(clause: str, expression: str) -> tuple[str, str]:
    """The text of a clause that tells its own happening, dated by its time ``expression``, and
    the text of its parts that bring in another (from "after", "following", "when", ", which" ...
    to the next comma, with a date told right after it); ("", "") when the expression dates no
    part of its own or there is no other part."""
    rest, passing, at = [], [], 0
    for match in _OTHER_HAPPENING.finditer(clause):
        if match.start() < at:
            continue  # (inside the part found before)
        end = _PART_END.search(clause, match.end())
        stop = end.start() if end else len(clause)
        dated = re.match(r"[\s,]*(?:(?:on|in|at|from|by)\s+)?" + re.escape(expression), clause[stop:])
        if dated:
            stop += dated.end()  # "after the Assembly adopted Resolution 181, on November 29, 1947": its date
        rest.append(clause[at:match.start()])
        passing.append(clause[match.start():stop])
        at = stop
    rest.append(clause[at:])
    own = " ".join(rest)
    if not passing or not expression or expression not in own:
        return "", ""
    return own, " ".join(passing)


@functools.lru_cache(maxsize=65536)
def kinds_in_passing(clause: str, expression: str, classes: frozenset[str]) -> frozenset[str]:
    """The kinds of happening (of ``classes``) a clause names only in a part that brings in
    another happening, while its time ``expression`` dates the rest (``_own_and_passing``):
    "searching flooded homes yesterday after Hurricane Delphine made landfall" names the landfall
    as its cause, so it shares no landfall with "expected to make landfall early Thursday"; or
    only as a participle describing a thing (``attributive_kinds``: "ignited the contents of five
    derailed tanker cars" tells a burn, not the derailment)."""
    attributive = attributive_kinds(clause, classes)
    own, passing = _own_and_passing(clause, expression) if classes else ("", "")
    if not passing:
        return attributive
    return attributive | classes & (frozenset(keywords(passing)) - frozenset(keywords(own)))


# A past participle between a determiner or a count and the noun it describes ("five derailed
# tanker cars", "the collapsed bridge", "its flooded basement"): a state of a thing, which names
# the happening that left it so only in passing.
_ATTRIBUTIVE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|these|those|several|many|some|both|all|two|three|four|five|six|seven|"
    r"eight|nine|ten|dozens\s+of|\d+(?:,\d{3})*)\s+([a-z]+(?:ed|en))\s+(?!(?:by|in|on|at|to|from|into|onto|near|over|"
    r"after|before|and|or|when|while|as|with|for|during|since|until|off|out|up|down|away|back)\b)[A-Za-z]",
    re.IGNORECASE)

# (clause, kinds named only as a thing's state) examples, run as tests.
ATTRIBUTIVE_KIND_EXAMPLES = (
    ("Crews deliberately ignited the contents of five derailed tanker cars in Kessock on Tuesday afternoon",
     {"@crash"}),
    ("Divers searched the collapsed bridge on Monday", {"@collapse"}),
    ("The train derailed on Sunday, and crews later burned the derailed cars", set()),  # told as its news too
    ("The train derailed near Kessock late Sunday", set()),
    ("A freight train derailed and caught fire late Sunday", set()),
    ("The bridge collapsed on Tuesday", set()),
    ("The cars were derailed by a cracked wheel bearing", set()),
    ("His brother, Tamerlan, 26, died early Friday", set()),  # an age, no count of things
)


@functools.lru_cache(maxsize=65536)
def attributive_kinds(clause: str, classes: frozenset[str]) -> frozenset[str]:
    """The kinds of happening (of ``classes``) a clause names only by past participles describing a
    thing (``_ATTRIBUTIVE``: "five derailed tanker cars"), never as a happening of its own."""
    if not classes:
        return frozenset()
    described = {EVENT_CLASS_OF.get(m.group(1).lower()) for m in _ATTRIBUTIVE.finditer(clause)} & classes
    if not described:
        return frozenset()
    spans = [m.span(1) for m in _ATTRIBUTIVE.finditer(clause)]
    told = {EVENT_CLASS_OF.get(m.group().lower()) for m in re.finditer(r"[A-Za-z]+", clause)
            if m.span() not in spans}
    return frozenset(kind for kind in described if kind not in told)


def cluster_own_kinds(cluster: Cluster) -> frozenset[str]:
    """The ``ONE_A_DAY_KINDS`` its members' clauses tell as their own (see ``own_kinds``); kept
    on the cluster until a member joins (members only join, or all leave when it is absorbed)."""
    if cluster.kinds_seen[0] == len(cluster.members):
        return cluster.kinds_seen[1]
    seen, kinds = cluster.kinds_seen
    if not 0 <= seen < len(cluster.members):  # (members only join: those since the last count add theirs)
        seen, kinds = 0, frozenset()
    kinds = kinds.union(*(member_own_kinds(member) for member in cluster.members[seen:]))
    cluster.kinds_seen = (len(cluster.members), kinds)
    return kinds


def member_own_kinds(member: MentionFeatures) -> frozenset[str]:
    """The ``ONE_A_DAY_KINDS`` one mention's clause tells as its own (see ``own_kinds``)."""
    return _clause_own_kinds(member.mention.clause, member.mention.timex.text, member.classes)


@functools.lru_cache(maxsize=65536)
def _clause_own_kinds(clause: str, expression: str, classes: frozenset[str]) -> frozenset[str]:
    # (cached: clustering asks again for every comparison a member's cluster takes part in)
    if _OTHER_HAPPENING.search(clause):
        return own_kinds(clause, expression) - attributive_kinds(clause, classes)
    return frozenset(classes & ONE_A_DAY_KINDS) - attributive_kinds(clause, classes)


def _stories(clusters: list[Cluster], rare: frozenset[str],
             linked: Callable[[Cluster, Cluster], bool] | None = None) -> list[list[Cluster]]:
    """The clusters grouped by story: linked, directly or through others, by a rare name (or by
    ``linked``)."""
    parent = list(range(len(clusters)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    names = [frozenset(c.profile.context | c.profile.strong) & rare for c in clusters]
    for i in range(len(clusters)):
        for j in range(i + 1, len(clusters)):
            if names[i] & names[j] or linked is not None and linked(clusters[i], clusters[j]):
                parent[find(j)] = find(i)
    stories: dict[int, list[Cluster]] = {}
    for i, cluster in enumerate(clusters):
        stories.setdefault(find(i), []).append(cluster)
    return [stories[root] for root in sorted(stories)]


def _one_each(story: list[Cluster]) -> bool:
    """No article in two of the clusters, dates that all agree, no two naming different people."""
    documents: set[str] = set()
    low, high = dt.date.min, dt.date.max
    for cluster in story:
        mine = {m.mention.document for m in cluster.members}
        if documents & mine:
            return False
        if any(_clocks_apart(cluster.members, other.members) for other in story if other is not cluster):
            return False
        documents |= mine
        low, high = max(low, cluster.low), min(high, cluster.high)
    if low > high:
        return False
    return not any(names_conflict(a, b) for n, a in enumerate(story) for b in story[n + 1:])


# What two clusters of one story and day must share to be told as one happening by
# ``join_story_days``: this many words not common in the input (or a figure with its unit).
STORY_DAY_WORDS = 1


def _status(cluster: Cluster) -> str:
    statuses = {m.mention.status for m in cluster.members}
    return statuses.pop() if len(statuses) == 1 else ""


def _story_status(cluster: Cluster) -> str:
    """The cluster's one status (``_status``), or "reported" for a plan and the later report of what
    became of it ("Nominations close at noon on Wednesday 28 October", 16 October, with "nominations
    closed at noon yesterday", 29 October): every report told no earlier than every plan, as the
    entry tells it (``entries``), so another telling of that happening can join it (``join_story_days``)."""
    status = _status(cluster)
    if status or {m.mention.status for m in cluster.members} != {"planned", "reported"}:
        return status
    plans = [m.mention.reference_date for m in cluster.members if m.mention.status == "planned"]
    reports = [m.mention.reference_date for m in cluster.members if m.mention.status == "reported"]
    return "reported" if max(plans) <= min(reports) else ""


def _statuses_agree(one: Cluster, other: Cluster, rare: frozenset[str], common: frozenset[str]) -> bool:
    """The same status, or a plan told no later than the other's telling of what became of it,
    when one side takes up as its subject, naming no one, the happening the other tells
    (``_takes_up``), and a clause of one names what the other's article tells, a name rare in
    the input: a preview ("The final will be played on Sunday 20 July", 4 July, in a story about
    the Pacific Nations Cup in Suva) and the result ("Australia retained the Pacific Nations Cup
    last night, beating Canada 3-1 in the final in Suva", 21 July); or when the report tells the
    subject of the plan's "will be" (``_planned_subject_told``). A plan and a report of one
    day share a word too often to ask less: "ahead of its third-quarter results on 12 March" and
    "The result was declared at 7.40pm"; "would close its theme parks Wednesday" and "the last
    bridges to the beaches were closed at noon today"."""
    mine, theirs = _story_status(one), _story_status(other)
    if mine == theirs:
        return True
    plan_and_outcome = _plan_and_outcome(one, other)
    if plan_and_outcome is None:
        return False
    plan, outcome = plan_and_outcome
    if (_plan_told_again(plan, outcome, common) or _planned_subject_told(plan, outcome, common)
            or _plan_clock_told_again(plan, outcome, common)):
        return True
    named = (one.profile.strong & (other.profile.strong | other.profile.context)) | (
        other.profile.strong & one.profile.context)
    return bool(named & rare) and (_takes_up(one, other, common) or _takes_up(other, one, common))


def _plan_and_outcome(one: Cluster, other: Cluster) -> tuple[Cluster, Cluster] | None:
    """(plan, report) when one of the two is planned, the other is not, and the plan was told no
    later than the report."""
    mine, theirs = _story_status(one), _story_status(other)
    if mine == theirs or "planned" not in (mine, theirs):
        return None
    plan, outcome = (one, other) if mine == "planned" else (other, one)
    told = [m for m in outcome.members if m.mention.status != "planned"]  # (its reports, when it holds a plan too)
    if max(m.mention.reference_date for m in plan.members) > min(m.mention.reference_date for m in told):
        return None
    return plan, outcome


def _plan_told_as_done(one: Cluster, other: Cluster, common: frozenset[str]) -> bool:
    """A plan and a later report in different articles, the report telling the plan's subject
    (``_planned_subject_told``) and naming in its clauses no one the plan's article never tells
    (the plan may name who announced it: "the Government announced"): one story, though they share no rare name ("The housing referendum will be held on
    Friday, 26 September", the Government announced; "Voters approved the housing amendment ... in
    the referendum on Sept. 26"). Not "Marlow Corp's results were announced on Thursday" after "The
    results will be announced on Thursday" in an article that never names Marlow Corp."""
    plan_and_outcome = _plan_and_outcome(one, other)
    if plan_and_outcome is None or one.profile.documents & other.profile.documents:
        return False
    plan, outcome = plan_and_outcome
    if outcome.profile.strong - plan.profile.strong - plan.profile.context - _speakers(outcome):
        return False
    return _planned_subject_told(plan, outcome, common) or _plan_clock_told_again(plan, outcome, common)


# a clause's closing attribution: ", the Electoral Commission said", "said the Electoral Commission"
_SAID_BY = r"(?:said|says|announced|confirmed|reported|told\s+\w+)"


def _speakers(cluster: Cluster) -> frozenset[str]:
    """The names a cluster tells only as who said it, in every clause naming them (", the Electoral
    Commission said"; "said the Electoral Commission"): the source of the news, no party to it."""
    said: set[str] = set()
    for name in cluster.profile.strong:
        told = [m.mention.clause for m in cluster.members if name in m.strong]
        pattern = re.compile(
            rf",\s*(?:the\s+)?{re.escape(name)}\s+{_SAID_BY}\W*$|\b{_SAID_BY}\s+(?:the\s+)?{re.escape(name)}\W*$",
            re.IGNORECASE)
        if told and all(pattern.search(clause) for clause in told):
            said.add(name)
    return frozenset(said)


# Uncommon words a plan naming no one must share with a later report naming no one, all its words
# being the report's, to be what became of it (``_plan_told_again``)
PLAN_TOLD_AGAIN_WORDS = 2


def _plan_told_again(plan: Cluster, outcome: Cluster, common: frozenset[str]) -> bool:
    """Neither names anyone and the later report tells every uncommon word of the plan, at least
    ``PLAN_TOLD_AGAIN_WORDS`` of them: "Nominations for the Labor leadership open this morning and
    close at 5pm on Monday" (4 July) and "nominations closed yesterday with two candidates" (8 July),
    in two articles of one story (``join_story_days``); not "ahead of its third-quarter results on
    12 March" and "The result was declared at 7.40pm", which share one word."""
    if plan.profile.strong or outcome.profile.strong:
        return False
    told = plan.profile.words - common
    return len(told) >= PLAN_TOLD_AGAIN_WORDS and told <= outcome.profile.words


# "The housing referendum will be held on Friday", "said ... that the curfew in Kessel would be lifted
# at 5 a.m. Friday": what a plan says will be done, as the subject (up to three words) of its "will be"
_PLANNED_SUBJECT = re.compile(
    r"(?:^\W*|\bthat\s+)(?:the|its|their)\s+((?:[\w'’.-]+\s+){0,3}?)(?:will|would|is\s+to|are\s+to|shall)\s+be\b",
    re.IGNORECASE)
# Uncommon words a plan and a later report must share, the plan's subject among them, for the
# report to tell what became of the plan (``_planned_subject_told``)
PLANNED_SUBJECT_WORDS = 2


def _planned_subject_told(plan: Cluster, outcome: Cluster, common: frozenset[str]) -> bool:
    """A clause of the plan says what will be done as its subject ("The housing referendum will be
    held on Friday, 26 September"; "that the curfew in Kessel would be lifted at 5 a.m. Friday"),
    the later report tells every uncommon word of that subject ("Voters approved the housing
    amendment ... in the referendum on Sept. 26"; "the capital's curfew was lifted on Friday
    morning"), and the two share at least ``PLANNED_SUBJECT_WORDS`` uncommon words: what the plan
    said would happen, told as done. Not "Nominations for the Labor leadership open this morning and
    close at 5pm on Monday" and "the ballot for the leadership closed yesterday" (no subject of a
    "will be"), nor "The final will be played on Sunday" and "beating Marlow 3-1 in the final"
    (one word shared). A kind of happening both tell counts as a word ("referendum" and
    "referendum", "vote")."""
    shared = ((plan.profile.words & outcome.profile.words) - common) | (plan.profile.classes & outcome.profile.classes)
    if len(shared) < PLANNED_SUBJECT_WORDS:
        return False
    for member in plan.members:
        if member.mention.status != "planned":
            continue
        for match in _PLANNED_SUBJECT.finditer(member.mention.clause):
            subject = set(keywords(match.group(1))) - common
            if subject and subject <= shared:
                return True
    return False


def _exact_clocks(cluster: Cluster, status: str | None = None) -> frozenset[tuple[dt.date, int]]:
    """The (day, clock time) pairs a cluster's members tell exactly ("at 12 noon on Wednesday 28
    October", not "shortly before noon"), of the members of ``status`` when given."""
    return frozenset((m.first, m.clock) for m in cluster.members
                     if m.clock is not None and m.first == m.last and not m.vague
                     and (status is None or m.mention.status == status) and told_clock_mod(m.mention) is None)


def _plan_clock_told_again(plan: Cluster, outcome: Cluster, common: frozenset[str]) -> bool:
    """The later report tells, exactly, the day and clock time the plan set ("Nominations close at
    12 noon on Wednesday 28 October" and, after it, "nominations closed at noon yesterday"), and the
    two share at least ``PLANNED_SUBJECT_WORDS`` uncommon words (a kind both tell counts as one):
    what was set for that minute, told as done then. Not a plan and a report of one day at other
    times ("close at 5pm on Monday" and "closed at noon on Monday"), nor at a time told loosely
    ("shortly after noon"), nor sharing one word ("The final will be played at 3pm" and "beating
    Marlow 3-1 at 3pm")."""
    shared = ((plan.profile.words & outcome.profile.words) - common) | (plan.profile.classes & outcome.profile.classes)
    if len(shared) < PLANNED_SUBJECT_WORDS:
        return False
    return bool(_exact_clocks(plan, "planned") & _exact_clocks(outcome))


def _takes_up(cluster: Cluster, other: Cluster, common: frozenset[str]) -> bool:
    """A clause of ``cluster`` names no one and opens on "the" and a word the other tells, not
    common in the input ("The final will be played ...", "The battle began on Oct. 17"): the
    happening the story knows, as its subject."""
    for member in cluster.members:
        match = _DEFINITE_OPENING.match(member.mention.clause) if not member.strong else None
        if match and (set(keywords(match.group(1).split(",")[0])) - common) & other.profile.words:
            return True
    return False


def _story_day_strength(one: Cluster, other: Cluster, common: frozenset[str]) -> int:
    """How much two clusters of one story and day share (0: not enough to be one happening; nor
    when one names the other's news only beside its own, ``_words_in_passing_only``)."""
    if _words_in_passing_only(one.members, other.members):
        return 0
    words = (one.profile.words & other.profile.words) - common
    kinds = one.profile.classes & other.profile.classes
    figures = sum(1 for word in words if is_specific_figure(word)) + len(_odd_minutes_shared(one, other))
    if figures or len(words) >= STORY_DAY_WORDS:
        return 2 * len(kinds) + len(words) + 2 * figures  # (kinds in common make the better match)
    return 0


# A clock time told to the minute, not rounded (not a multiple of this many minutes: "2.17am",
# "19:52"), which two tellings of one story's day share only when they tell one moment
ROUND_CLOCK_MINUTES = 5


def _odd_minutes_shared(one: Cluster, other: Cluster) -> frozenset[tuple[dt.date, int]]:
    """The (day, clock time) pairs both clusters tell exactly, each a minute no writer rounds to
    ("Alarm raised at 2.17am" and "was reported at 2.17am today"; "Fire declared out at 7.52pm"
    and "19:52 The fire is out"): as telling as a figure with its unit both give
    (``_story_day_strength``). Not "at 9am" or "at 6:45 a.m." (``ROUND_CLOCK_MINUTES``), which many
    happenings of a day share."""
    return frozenset(told for told in _exact_clocks(one) & _exact_clocks(other) if told[1] % ROUND_CLOCK_MINUTES)


def join_story_days(clusters: list[Cluster], features: list[MentionFeatures], common: frozenset[str]) -> None:
    """Join the clusters of one story and one exact day that tell, in different articles, the
    same happening in other words.

    Reports of one story seldom share a name in the clause that tells it ("Three students
    escaped from the kidnappers' forest camp on May 2" and "Three classmates had escaped on May
    2"; "A strong aftershock jolted the province on Thursday morning" and "A 5.6-magnitude
    aftershock struck Thursday morning"), but the story's articles share rare names
    (``story_names``) and the two clauses share what they tell. Two clusters join when they
    are of one story, dated to the same single day, told by different articles with the same
    status (a cluster of a plan and the later report of it counting as reported, ``_story_status``;
    or a plan told before the report of what became of it: ``_statuses_agree``; a plan
    and a later report telling its subject as done are of one story though they share no rare
    name: ``_plan_told_as_done``), name no one the other's articles never tell (``names_conflict``), share a word not
    common in the input or a figure with its unit (``_story_day_strength``, which weighs kinds
    of happening too), and each is the other's one best match that day: a
    third cluster as close to either keeps all three apart. Repeated until nothing joins, so a
    third article's report can join the pair.
    """
    rare = story_names(features)
    days: dict[dt.date, list[Cluster]] = {}
    for cluster in clusters:
        if cluster.members and cluster.low == cluster.high and _story_status(cluster):
            days.setdefault(cluster.low, []).append(cluster)
    for day in sorted(days):
        if len(days[day]) < 2:
            continue
        for story in _stories(days[day], rare, functools.partial(_plan_told_as_done, common=common)):
            while len(story) >= 2 and _join_best_pairs(story, common, rare):
                story = [c for c in story if c.members]


def _join_best_pairs(story: list[Cluster], common: frozenset[str], rare: frozenset[str]) -> bool:
    best: dict[int, tuple[int, int]] = {}  # cluster position -> (strength, partner position); -1: a tie
    for i, one in enumerate(story):
        for j in range(i + 1, len(story)):
            other = story[j]
            if one.profile.documents & other.profile.documents or not _statuses_agree(one, other, rare, common):
                continue
            strength = _story_day_strength(one, other, common)
            if not strength or names_conflict(one, other) or _kinds_differ(cluster_own_kinds(one), cluster_own_kinds(other)):
                continue
            if _clocks_apart(one.members, other.members):
                continue
            for a, b in ((i, j), (j, i)):
                held = best.get(a)
                if held is None or strength > held[0]:
                    best[a] = (strength, b)
                elif strength == held[0]:
                    best[a] = (strength, -1)
    joined = False
    for i, (_, j) in sorted(best.items()):
        if j > i and best.get(j, (0, -1))[1] == i:
            keep, fold = (story[i], story[j]) if story[i].number < story[j].number else (story[j], story[i])
            for member in fold.members:
                keep.add(member)
            fold.members = []
            joined = True
    return joined
