"""When two mentions can be the same happening: compatible dates and shared who/what.

Dates. Every mention has an inclusive interval from its time expression. Vague expressions
("earlier in the week", "the weekend", "around May") are widened by ``FUZZ_DAYS`` on each side,
because news writers use them loosely (a Sunday meeting is "earlier in the week" to a Tuesday
article), and a bare midnight ("ran well past midnight") by a day on the side of the day it
ends or opens (``midnight_slack``). Two mentions are date-compatible when their widened
intervals overlap; two mentions dated to exact, different days never are, whether told by a
day, a part of one ("this morning") or a clock time ("at 5 p.m."): a time of day is of the day
it was resolved to. Nor are two clock times of one day more than
``CLOCK_SLACK_MINUTES`` apart, in one article or, across articles, for different kinds of
happening, nor a part of a day and a clock time outside it ("Tuesday morning" and "11:58 p.m."),
or two parts of a day that do not meet ("morning" and "night", "early Monday" and Monday night;
``DAY_PARTS``, ``small_hours``, ``clocks_conflict``). Intervals on a line that overlap pairwise share a
common stretch, so a cluster keeps just the intersection of its members' widened intervals.
A source reports as done only what happened by its date and expects what comes after it, so
a widened interval is clipped at the reference date on the side the status rules out.

Who and what. ``similarity`` scores what two mentions share: a person, group or specific
place counts 1, a country, capital or bloc (``vocab.WEAK_ENTITIES``) counts 0.5, each shared
event class ("@meet") 1, each shared content word 0.5 (up to 1.5; words common in the whole
input, ``common_words``, do not count), a shared figure with its unit or decimals 1.5 ("3.75
percent", "magnitude 5.1", "312-198", an exact count, "203 dead": ``is_specific_figure``; one counts), and the same exact
interval 0.5; and it loses 1 for
each specific name both sides have that the other lacks (counted on the side with fewer, at
most 2). Across articles, a name one clause gives that the other's article tells elsewhere
(``article_names``) is no such sign: it counts 0.5 instead ("was killed on Wednesday night" in
a story about the Harbor Plaza Hotel meets "a guard at the Harbor Plaza Hotel was shot dead late
on Wednesday"), and with a shared kind of happening and a shared word it can stand in for a
shared name; so can each clause's names, all told in the other's article, for the same interval
and kind ("The fire broke out on Monday night at the Dunmore Logistics site" and "a huge blaze
engulfed a warehouse in Carrow on Monday night", each article naming the other's place); so can the articles' names when neither clause names anyone, for reports of
the same day ("Members will vote in a ballot that closes on September 24" and "A ballot of
members will close on September 24", in two articles about the same strike). Names told each
other so, for the same interval, merge without a shared kind of happening when the clauses share
``TOLD_EACH_OTHER_WORDS`` uncommon words ("Services will resume on Saturday, the operator said"
and "Eurostar said a full service would resume today"); and a name told around, for any dates,
when one clause names no one and they share ``TOLD_AROUND_WORDS`` ("Ministers hope the bill will
receive royal assent by the end of the year" and "The Coastal Erosion (Compensation) Bill received
royal assent yesterday"), or, for the same interval, names no one the other's article does not
tell ("Police have thanked volunteers after a man missing in Kosciuszko National Park was located
alive yesterday" and "A Colorado man missing for a week ... was found alive Thursday, police said",
in an article naming the park). An organisation word alone that the input also writes in lower
case ("Police have thanked ...") names no one, nor does a word capitalised only opening a
sentence that its article, or the input when no article capitalises it inside a sentence, writes in
lower case ("Nominations ... close at 5pm on Monday" and "nominations closed yesterday"), or a word
of a table's row that no sentence capitalises (its column's "Maximum (°C)": ``_no_name``), nor the
word after a line's time stamp
("11.50am: Footprints located ...", ``stamp_opening_word``) unless the input names it elsewhere.
A unit after its figure ("47.1 degrees Celsius", "8,442 MW") and a zone after its clock time ("9:30
p.m. ET", not India's "GST council") are part of a measure, no name (``names_a_measure``); capitals
joined by "&" are one name ("AT&T"), a market index none ("S&P 500": ``ampersand_names``).
Names are keyed
by ``entity_key`` (a company or place by its first word: "Halvorsen Foods" -> "halvorsen"),
except the names it splits or keys by a generic word (``carrier_names``: "Ethiopian Airlines" ->
"ethiopian airlines", not "airlines"; "Lion Air Flight 610" -> "lion", not "flight") and an
organisation it keys by the country that names it (``name_key``: "Bank of Canada" and "Statistics
Canada" are keyed whole, not as Canada).
Within one article, the first word of a name it gives in full is that name ("Lehman", after
"Lehman Brothers": ``short_forms``).
Across articles, someone one clause describes by role or age ("the country's transport
minister", "the 58-year-old captain") and the other clause names is a shared name when the
other's article gives that name the role or age ("Transport Minister Owen Pryce", "Nikos
Dorian, 58"; ``article_roles``, ``described_names``).
``MERGE_THRESHOLD``
and the requirements of ``Match.merges`` (a shared specific name, or two shared countries and
the kind of happening; a shared word or class, or two shared specific names) decide a merge.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

from rapidfuzz.fuzz import ratio

from timeline.events.features import (
    descriptions, entity_key, entity_runs, is_weak_entity, keywords, names_seen_in, role_names,
)
from timeline.events.vocab import (
    CLOCK_QUALIFIER, CORPORATE_SUFFIXES, DATE_BOUND, DEMONYMS, GENERIC_NAME_TAILS, NON_NAME_CAPITALS, ORGANISATION_WORDS, STOP_WORDS, TITLE_WORDS,
)
from timeline.models import Article, EventMention, Granularity, Timex

GRANULARITY_RANK: dict[str, int] = {
    "minute": 0, "hour": 1, "part_of_day": 2, "day": 3, "weekend": 4, "week": 5, "month": 6,
    "season": 7, "quarter": 7, "half": 8, "year": 9, "decade": 10, "century": 11, "unknown": 12,
}
DAY_LEVEL = frozenset({"minute", "hour", "part_of_day", "day"})

# Days added on each side of a vague expression's interval before comparing.
FUZZ_DAYS: dict[str, int] = {"weekend": 1, "week": 3, "unknown": 3}
APPROX_FUZZ_DAYS = 3  # mod APPROX ("around", "about") on any granularity finer than a year

MERGE_THRESHOLD = 2.0
NAMELESS_THRESHOLD = 3.0  # without a shared name, the same day and this much else in common
STRONG_ENTITY = 1.0
WEAK_ENTITY = 0.5
SHARED_CLASS = 1.0
SHARED_WORD = 0.5
SHARED_WORDS_CAP = 1.5
# A figure with its unit or decimals ("#3.75%", "#5.1", "#312-198", "#47-year-old") that two
# reports share is nearly as telling as a name: two happenings of one day rarely share it.
SHARED_FIGURE = 1.5
SHARED_FIGURES_CAP = 1.5
SAME_INTERVAL = 0.5
CONTEXT_NAME = 0.5  # a name one clause gives that the other's article tells (at most two count)
# Uncommon words two reports told in each other's articles must share to merge without a shared kind
TOLD_EACH_OTHER_WORDS = 2
# ... and those a name one clause gives (or both articles give) and the other's article tells must
# share to merge without a kind of happening
TOLD_AROUND_WORDS = 3
UNSHARED_PENALTY = 1.0  # per specific name each side has and the other lacks (the fewer side)
UNSHARED_PENALTY_CAP = 2.0
COMMON_WORD_SHARE = 0.03
COMMON_WORD_MIN = 8
FUZZY_NAME_RATIO = 88  # rapidfuzz ratio for names spelt differently ("Yury"/"Yuri" surnames)
BLOCK_PREFIX = 4  # entity keys are blocked on their first letters, so near-spellings meet


def granularity_of(timex: Timex) -> Granularity:
    """The expression's grain; inferred from its interval's length when the tagger left it out."""
    if timex.granularity:
        return timex.granularity
    assert timex.interval is not None
    days = (timex.interval.last - timex.interval.first).days + 1
    if days == 1:
        return "day"
    if days <= 7:
        return "week"
    if days <= 31:
        return "month"
    if days <= 92:
        return "quarter"
    if days <= 366:
        return "year"
    return "decade" if days <= 3653 else "century"


# A midnight with no day of its own ("ran well past midnight", "at midnight") is the turn of two
# days: the happening it ends or opens may be told of the other one ("the talks on Tuesday").
MIDNIGHT_SLACK_DAYS = 1
_DAY_WORDS = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|"
    # (the day first, as British, Irish, South African and Australian copy writes it: "3 March, 06:00")
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"\b(?:today|tonight|yesterday|tomorrow|last\s+night)\b|\d{1,4}[-/.]\d{1,2}|\b\d{4}\b",
    re.IGNORECASE,
)


# a day told right beside the time ("shortly before [11pm] on [Wednesday]", TimeML's two
# expressions): the time's day is no guess
TOLD_DAY_CHARS = 40


def is_bare_time(timex: Timex, granularity: str) -> bool:
    if timex.anchor.startswith("timex:") and abs(int(timex.anchor[6:]) - timex.start) <= TOLD_DAY_CHARS:
        return False
    return timex.type == "TIME" and granularity in DAY_LEVEL and not _DAY_WORDS.search(timex.text)


def fuzz_days(timex: Timex, granularity: str) -> int:
    """Days added on each side of a vague expression's interval (see ``FUZZ_DAYS``)."""
    days = FUZZ_DAYS.get(granularity, 0)
    if timex.mod == "APPROX" and GRANULARITY_RANK["day"] <= GRANULARITY_RANK.get(granularity, 12) < GRANULARITY_RANK["year"]:
        days = max(days, APPROX_FUZZ_DAYS)  # "around Nov. 1" (but "at about 12:40 a.m. on Friday" is about the minute)
    return days


_MIDNIGHT = re.compile(r"T(00:00|24:00)$")


def midnight_slack(timex: Timex, granularity: str) -> tuple[int, int]:
    """Days a bare midnight may reach (before, after) its own day: "ran well past midnight"
    (``T00:00``) may end a happening of the day before, "at midnight" (``T24:00``) open one of the
    day after. Any other time of day, with or without its day told, is of its own day only."""
    if not is_bare_time(timex, granularity):
        return 0, 0
    match = _MIDNIGHT.search(timex.value)
    if not match:
        return 0, 0
    return (MIDNIGHT_SLACK_DAYS, 0) if match.group(1) == "00:00" else (0, MIDNIGHT_SLACK_DAYS)


@dataclass
class MentionFeatures:
    """A mention prepared once for matching: intervals, grain, entity keys, words."""

    index: int
    mention: EventMention
    first: dt.date
    last: dt.date
    wide_first: dt.date
    wide_last: dt.date
    granularity: Granularity
    rank: int
    exact_day: bool
    vague: bool  # its interval was widened before comparing (see FUZZ_DAYS, midnight_slack)
    # a time of day told without its day ("at 5 p.m.", "this morning"): of the day it was resolved
    # to, but a day the writer named dates an entry better (``entries``)
    bare_time: bool
    reference: bool  # a bare reference to a happening: "Monday's earthquake", "the Tuesday talks"
    strong: frozenset[str]
    weak: frozenset[str]
    classes: frozenset[str]
    words: frozenset[str]
    # the specific names of the mention's whole article: what the clause leaves to the
    # sentences around it ("was killed on Wednesday night", in a story about the Harbor Plaza Hotel)
    context: frozenset[str] = frozenset()
    # the roles and ages by which the clause tells of someone it does not name ("the transport
    # minister", "age:58"), and the (role, name) pairs its article gives ("Transport Minister Owen Pryce")
    descriptions: frozenset[str] = frozenset()
    roles: frozenset[tuple[str, str]] = frozenset()
    # the words it quotes ("calling the claims \"false and misleading\"": "false and misleading")
    quotes: frozenset[str] = frozenset()
    # its clock time in minutes after midnight ("at around 12.30 p.m.": 750), when it tells one
    clock: int | None = None
    # the stretch of its day a part of the day covers ("Tuesday morning": ``DAY_PARTS``), when it tells one
    day_part: tuple[int, int] | None = None
    # the clock times its article tells exactly (``told_clock_mod``) on its day, in minutes after
    # midnight (``note_exact_clocks``)
    day_clocks: frozenset[int] = frozenset()

    @property
    def keys(self) -> frozenset[str]:
        return self.strong | self.weak

    @property
    def quote_keys(self) -> frozenset[str]:
        """Its quotations as keys to file and find clusters under, as names are."""
        return quote_keys(self.quotes)


@dataclass(frozen=True)
class ArticleFacts:
    """What merging needs to know of a whole article, found once per article (and so in the
    processes that tag it: ``pipeline.extract_all_mentions``), whatever the rest of the input.

    ``names_seen``: the words it capitalises where a sentence does not start (``names_seen_in``);
    ``lower_words``: the organisation words it writes in lower case ("police");
    ``runs``: the names of its body, run by run (``entity_runs``); ``roles``: ``article_roles``;
    ``corroborating``: its sentences that may corroborate an entry
    (``corroborate.corroborating_sentences``), when its mentions were given;
    ``short_forms``: the first words by which it calls names it gives in full (``short_forms``);
    ``lower_case``: every word it writes in lower case ("nominations closed yesterday").
    """

    names_seen: frozenset[str]
    lower_words: frozenset[str]
    runs: tuple[tuple[str | None, tuple[str, ...]], ...]
    roles: frozenset[tuple[str, str]]
    corroborating: tuple[tuple[int, int, str, Profile], ...] | None = None
    short_forms: tuple[tuple[str, str], ...] = ()  # (word, key) pairs, sorted
    lower_case: frozenset[str] = frozenset()


def mentions_by_document(mentions: list[EventMention]) -> dict[str, list[EventMention]]:
    """``mentions`` grouped by their article's id, each group in input order."""
    grouped: dict[str, list[EventMention]] = {}
    for mention in mentions:
        grouped.setdefault(mention.document, []).append(mention)
    return grouped


def article_facts(article: Article, mentions: list[EventMention] | None = None) -> ArticleFacts:
    """``ArticleFacts`` of ``article``; ``mentions``: its own mentions (they tell which of its
    sentences are dated), to find its corroborating sentences too."""
    from timeline.merge.corroborate import corroborating_sentences

    body = article.body
    return ArticleFacts(
        names_seen=names_seen_in(_LINE_STAMP.sub("", body)),
        lower_words=frozenset(m.group() for m in _LOWER_ORGANISATION_WORD.finditer(body)),
        runs=tuple((opening, tuple(names)) for opening, names in entity_runs(body)),
        roles=article_roles(article),
        corroborating=corroborating_sentences(article, mentions) if mentions is not None else None,
        short_forms=tuple(sorted(short_forms(_prose(article)).items())),
        lower_case=frozenset(_LOWER_CASE_WORD.findall(body)),
    )


# A live report's time stamp opening a line ("- 11.50am: Footprints located", "**9:45 a.m.** The FAA
# lifts"): the word after it is capitalised because it opens the line, not because it is a name.
_STAMP = r"\**\d{1,2}[.:]\d{2}(?:\s*[ap]\.?\s?m\.?)?\**(?:\s*[:.–—-])?(?=\s)"
_LINE_STAMP = re.compile(r"(?m)^[^\S\n]*(?:[-*•][^\S\n]+)?" + _STAMP)


def opens_with_stamp(text: str) -> bool:
    """Whether ``text`` (a line or sentence) opens with a live report's time stamp ("11:58 p.m. —
    Listeners report ...", "**9:45 a.m.** The FAA lifts ...")."""
    return _LINE_STAMP.match(text) is not None


def stamp_opening_word(mention: EventMention) -> str:
    """The word after the time stamp opening a mention's clause ("Footprints" of "11.50am:
    Footprints located on the western slope"), or ""."""
    if mention.timex.type != "TIME":
        return ""
    match = re.match(r"\W*" + re.escape(mention.timex.text) + r"\W*?\s+([A-Z][\w'’-]*)", mention.clause)
    return match.group(1) if match and re.fullmatch(r"\W*" + _STAMP + r"\s*", mention.clause[:match.start(1)]) else ""


_NON_LETTER = re.compile(r"[^\w]")
_LOWER_CASE_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")


def _prose(article: Article) -> list[str]:
    """The article's sentences of running text: not its title line, headings, lists or tables,
    whose title case makes any words a name ("Eurostar Chaos Leaves Thousands Stranded")."""
    title = article.title_in_body
    return [s.text for s in article.sentences
            if s.kind == "body" and not (title and title[0] <= s.start < title[1])]


def short_forms(sentences: list[str]) -> dict[str, str]:
    """The first words by which an article calls a name it gives in full, each with that name's
    key: "Lehman" for "Lehman Brothers" ("brothers"), so that "Lehman filed its Chapter 11
    petition" restates "Lehman Brothers filed for bankruptcy protection".

    A word is a short form when it opens exactly one of the names of two words or more of the
    article's running text (``sentences``, see ``_prose``) under another key, is not the key of
    another such name (not "Trump" of "Donald Trump", though the article also names the "Trump
    Organization"), the article never writes it in lower case (not "New" of "New York":
    "new rules"), and the article does not name it alone before it gives the name in full: a
    short form comes after its name ("died Sunday in Bristol, England" and, later, "A funeral
    will be held at Bristol Cathedral": Bristol is a city of its own).
    """
    full: dict[str, set[str]] = {}
    keys: set[str] = set()
    alone: set[str] = set()  # one-word names told so far
    named_alone_first: set[str] = set()
    for sentence in sentences:
        told = []
        for name in (name for _, names in entity_runs(sentence) for name in names):
            words = name.split()
            first = _NON_LETTER.sub("", words[0].lower())
            if len(words) < 2:
                told.append(first)
                continue
            key = entity_key(name)
            keys.add(key)
            if key and first != key:
                if first not in full and first in alone:
                    named_alone_first.add(first)
                full.setdefault(first, set()).add(key)
        alone.update(told)
    lower = {word for sentence in sentences for word in _LOWER_CASE_WORD.findall(sentence)}
    return {word: next(iter(named)) for word, named in full.items()
            if len(named) == 1 and word not in keys and word not in lower and word not in STOP_WORDS
            and word not in named_alone_first}


def input_names_seen(articles: list[Article], facts: list[ArticleFacts] | None = None) -> frozenset[str]:
    """Words some article of the input capitalises where a sentence does not start: names.

    One article may name someone only at the start of its sentences ("Pike was first detained
    ...", "Rahman, 41, was named his successor"), where any word is capitalised; another
    article's "former mayor Gerald Pike" tells that it is a name. ``facts``: the articles'
    ``article_facts``, when found already.
    """
    facts = facts if facts is not None else [article_facts(article) for article in articles]
    seen = frozenset().union(*(f.names_seen for f in facts))
    # An organisation word capitalised only as the end of a name ("Marlshire Police") and written
    # in lower case elsewhere ("British police on Wednesday arrested ...") names no one alone:
    # "Police arrested the plant's manager" is not a report about someone called Police.
    return seen - frozenset().union(*(f.lower_words for f in facts))


def input_lower_words(facts: list[ArticleFacts]) -> frozenset[str]:
    """The words some article of the input writes in lower case (``ArticleFacts.lower_case``)."""
    return frozenset().union(*(f.lower_case for f in facts))


_LOWER_ORGANISATION_WORD = re.compile(r"\b(?:" + "|".join(sorted(ORGANISATION_WORDS)) + r")\b")  # (case-sensitive: lower case)


def article_names(article: Article, seen: frozenset[str] = frozenset(), facts: ArticleFacts | None = None) -> frozenset[str]:
    """The entity keys of the specific names an article gives anywhere in its body.

    A single word capitalised only where a sentence or paragraph opens ("Residents began
    clearing mud", after a heading) is no name, unless this article or another of the input
    (``seen``, see ``input_names_seen``, which holds this article's own) capitalises it inside a
    sentence. ``facts``: the article's ``article_facts``, when found already.
    """
    facts = facts or article_facts(article)
    seen = seen or facts.names_seen
    # (each name of each run, not ``named_if_seen``'s one per ``entity_key``: "Statistics Canada"
    # after "Bank of Canada", both keyed "canada" there, is a name of its own: ``name_key``)
    # (nor a word it capitalises only there and writes in lower case: "Voters in Hays County ... went
    # to the polls", with "voters chose party nominees", is no name, whatever another article capitalises)
    lower = facts.lower_case - facts.names_seen
    names = (name for opening, run in facts.runs if opening is None or opening in seen and opening not in lower
             for name in run)
    keys = {name_key(name) for name in names if (" " in name or name.lower() in seen and name.lower() not in lower)
            and not names_a_measure(name, article.body)}
    for key, parts in ampersand_names(article.body):  # (as ``prepare`` reads a clause's)
        keys = (keys - set(parts)) | ({key} if key else set())
    return frozenset(k for k in keys if k and not is_weak_entity(k))


_OPENING_WORD = re.compile(r"^\W*([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?![’'-])")


def opening_name(clause: str, seen: frozenset[str]) -> str:
    """The key of the word opening ``clause`` when the input capitalises it inside a sentence
    elsewhere ("Rahman, 41, was named his successor", with "junior minister Aisha Rahman" in
    another article), or ""."""
    match = _OPENING_WORD.match(clause)
    if not match:
        return ""
    word = match.group(1)
    low = word.lower()
    if low not in seen or low in STOP_WORDS or low in NON_NAME_CAPITALS or low in TITLE_WORDS:
        return ""
    key = entity_key(word)
    return "" if is_weak_entity(key) else key


def article_roles(article: Article) -> frozenset[tuple[str, str]]:
    """The (role or age, name key) pairs an article gives ("Transport Minister Owen Pryce",
    "Nikos Dorian, 58"); a role it gives two people ("chief executive", old and new) is left out."""
    pairs = set(role_names(article.body))
    people: dict[str, set[str]] = {}
    for role, key in pairs:
        people.setdefault(role, set()).add(key)
    return frozenset((role, key) for role, key in pairs if len(people[role]) == 1)


def _no_name(name: str, mention: EventMention, seen: frozenset[str], lower: frozenset[str],
             own_lower: frozenset[str]) -> bool:
    """A word the events stage took for a name that names no one: a word its article capitalises
    only where a sentence opens and writes in lower case elsewhere (``own_lower``: "Voters in Hays
    County went to the polls", with "voters chose party nominees"); or a word capitalised only where
    a sentence, a line or a table's cell opens, never inside a sentence of the input (``seen``),
    that is an organisation word ("Police have thanked volunteers", in an input with "police said";
    see ``input_names_seen``), a word the input writes in lower case ("Nominations ... close at 5pm
    on Monday", in an input with "nominations closed yesterday"), or a word of a table's row (its
    header "Maximum (°C)")."""
    low = name.lower()
    if " " not in name and low in own_lower:
        return True
    if low in seen:
        return False
    if low in ORGANISATION_WORDS:
        return True
    return " " not in name and (low in lower or mention.table_row)


def prepare(index: int, mention: EventMention, context: frozenset[str] = frozenset(),
            seen: frozenset[str] = frozenset(), roles: frozenset[tuple[str, str]] = frozenset(),
            short: dict[str, str] | None = None, lower: frozenset[str] = frozenset(),
            own_lower: frozenset[str] = frozenset()) -> MentionFeatures:
    """``context``: the names of the mention's article (``article_names``); ``seen``: the words
    the input capitalises inside sentences (``input_names_seen``); ``roles``: the article's
    named roles (``article_roles``); ``short``: the article's ``short_forms``; ``lower``: the
    words the input writes in lower case (``input_lower_words``); ``own_lower``: those its article
    writes in lower case and capitalises only where a sentence opens."""
    timex = mention.timex
    assert timex.interval is not None, "only dated mentions are merged"
    granularity = granularity_of(timex)
    widen = dt.timedelta(days=fuzz_days(timex, granularity))
    before, after = midnight_slack(timex, granularity)
    keys = [name_key(name) for name in mention.entities
            if not (seen and _no_name(name, mention, seen, lower, own_lower)) and not names_a_measure(name, mention.clause)]
    keys = [k for k in keys if k]
    for key, parts in ampersand_names(mention.clause):  # "AT&T", not "at" and "t"; "S&P 500": no one
        keys = [k for k in keys if k not in parts] + ([key] if key else [])
    counts = exact_counts(mention.clause)
    # (an exact count is kept as "#=203": a figure as telling as one with its unit, ``is_specific_figure``)
    words = [("#=" + k[1:]) if k.startswith("#") and k[1:] in counts else k for k in mention.keywords if not k.startswith("@")]
    classes = [k for k in mention.keywords if k.startswith("@")]
    opener = stamp_opening_word(mention) if seen else ""
    if opener and opener in mention.entities and opener.lower() not in seen:
        # "11.50am: Footprints located ...": a word the input capitalises only after a stamp is a word
        keys = [k for k in keys if k != name_key(opener)]
        for key in keywords(opener.lower()):
            (classes if key.startswith("@") else words).append(key)
    opening = opening_name(mention.clause, seen) if seen else ""
    if opening and opening not in keys and opening not in own_lower:
        keys.append(opening)
    if short:
        # "Lehman filed ...", in an article that names "Lehman Brothers": that name
        opening_word = _OPENING_WORD.match(mention.clause)
        keys = [short.get(k, k) for k in keys] + (
            [short[opening_word.group(1).lower()]] if opening_word and opening_word.group(1).lower() in short else [])
    for key, fragment in carrier_names(mention.clause):  # (last: a short form may give the fragment)
        keys = [k for k in keys if k != fragment] + [key]
    keys = list(dict.fromkeys(keys))
    first, last = timex.interval.first, timex.interval.last
    wide_first, wide_last = first - widen - dt.timedelta(days=before), last + widen + dt.timedelta(days=after)
    # A source reports as done only what happened by its date, and expects only what comes
    # after it: "earlier in the week" in a Tuesday article cannot be that Wednesday.
    reference = mention.reference_date
    if mention.status == "reported" and wide_first <= reference < wide_last:
        wide_last = reference
    elif mention.status == "planned" and wide_first < reference <= wide_last:
        wide_first = reference
    return MentionFeatures(
        index=index,
        mention=mention,
        first=first,
        last=last,
        wide_first=wide_first,
        wide_last=wide_last,
        granularity=granularity,
        rank=GRANULARITY_RANK.get(granularity, 12),
        exact_day=granularity in DAY_LEVEL and first == last and not widen and not before + after,
        vague=bool(widen) or bool(before + after),
        bare_time=is_bare_time(timex, granularity),
        reference=_is_reference(mention),
        strong=frozenset(k for k in keys if not is_weak_entity(k)),
        weak=frozenset(k for k in keys if is_weak_entity(k)),
        classes=frozenset(classes),
        words=frozenset(words),
        context=context,
        descriptions=frozenset(descriptions(mention.clause)),
        roles=roles,
        quotes=quotations(mention.clause),
        clock=clock_minutes(timex.value),
        day_part=day_part(timex.value) or small_hours(mention, granularity),
    )


# A clock time in a TIMEX3 value: "2024-09-15T12:30", "2024-09-15T15" (not "T"+ a part of the day: "TAF")
_CLOCK = re.compile(r"T(\d{2})(?::(\d{2}))?")
# Reports of one happening round its time ("about 2 a.m.", "at 1:45 a.m."): clock times this far
# apart can be the same moment told loosely; further apart, they are two moments.
CLOCK_SLACK_MINUTES = 120


def clock_minutes(value: str) -> int | None:
    """The clock time a TIMEX3 ``value`` tells, in minutes after midnight, or None (a day, "Sunday
    afternoon")."""
    match = _CLOCK.search(value)
    if not match:
        return None
    return int(match.group(1)) * 60 + int(match.group(2) or 0)


# The words before a clock time that say it is not exact, where the tagger left them outside the
# expression without a mod ("shortly before [midnight]", "just after [3 a.m.]", "roughly [3pm]")
CLOCK_MODS = ("APPROX", "BEFORE", "AFTER")

# (words before the clock time, its TIMEX3 mod, the mod the entry shows) examples, run as tests
CLOCK_MOD_EXAMPLES = (
    ("The negotiators left at about ", "APPROX", "APPROX"),
    ("A woman in the car died in hospital shortly before ", None, "BEFORE"),
    ("The crash happened shortly after ", "AFTER", "AFTER"),
    ("Crews arrived just after ", None, "AFTER"),
    ("The talks ran well past ", "AFTER", "AFTER"),
    ("The plane landed at roughly ", None, "APPROX"),
    ("The plane landed at ", None, None),
    ("The match kicked off a few minutes late, at ", None, None),
    ("Talks will resume by ", None, None),
)


def told_clock_mod(mention: EventMention) -> str | None:
    """How a mention tells its clock time: the expression's TIMEX3 mod (APPROX, BEFORE, AFTER),
    else the words right before it in its sentence, which TimeML leaves outside the expression
    ("shortly before [midnight]"); None for an exact time or a mention not told at a clock time."""
    if clock_minutes(mention.timex.value) is None:
        return None
    if mention.timex.mod in CLOCK_MODS:
        return mention.timex.mod
    match = CLOCK_QUALIFIER.search(_words_before(mention, 40))
    if match is None:
        return None
    return "APPROX" if match.group("approx") else "BEFORE" if match.group("before") else "AFTER"


def _words_before(mention: EventMention, width: int) -> str:
    """Up to ``width`` characters of the mention's sentence right before its expression; "" when its
    quote is not its sentence's text (a table row's)."""
    at = mention.timex.start - mention.sentence_start
    if not 0 <= at <= len(mention.quote) or mention.quote[at:at + len(mention.timex.text)] != mention.timex.text:
        return ""
    return mention.quote[max(0, at - width):at]


# The bound a preposition puts on a day or a longer date, as TIMEX3's mod names it: what happens "before
# Christmas" or "by March" is not told to happen on it
DATE_BOUND_MODS = {"before": "BEFORE", "after": "AFTER", "by": "ON_OR_BEFORE"}

# (sentence, expression, its TIMEX3 value, its mod, the bound the entry shows) examples, run as tests
DATE_BOUND_EXAMPLES = (
    ("Pilots said they would strike before Christmas if no deal is reached.", "Christmas", "2025-12-25", None, "BEFORE"),
    ("The last strike ended shortly after New Year's Day 2024.", "New Year's Day 2024", "2024-01-01", None, "AFTER"),
    ("The company expects to finish the sale by March.", "March", "2026-03", None, "ON_OR_BEFORE"),
    ("Police arrested him after Friday's match.", "Friday", "2025-12-12", None, None),
    ("The teams met after Friday's final whistle had blown and agreed to replay the tie.", "Friday", "2025-12-12", None, None),
    ("Police arrested him after Friday.", "Friday", "2025-12-12", None, "AFTER"),
    ("The union voted on Friday to reject the offer.", "Friday", "2025-12-12", None, None),
    ("The walkout began in early March.", "early March", "2026-03", "START", None),
    # (a clock time's words are told_clock_mod's)
    ("The talks broke up shortly before midnight.", "midnight", "2025-12-12T24:00", None, None),
)


def told_bound(mention: EventMention) -> str | None:
    """The bound a mention puts on the day or longer period that dates it: BEFORE for "before
    Christmas", AFTER for "shortly after New Year's Day", ON_OR_BEFORE for "by March", from the
    preposition right before the expression, which TimeML leaves outside it as its signal; None for
    a date told plainly, a part of a period ("early March": its own mod), a clock time (whose words
    ``told_clock_mod`` reads) or a mention not told in its sentence's words."""
    if clock_minutes(mention.timex.value) is not None or mention.timex.mod is not None:
        return None
    if re.match(re.escape(mention.timex.text) + r"['’]s?\s", mention.clause):
        return None  # "pared back after [Wednesday's report]": the mention is the report, which was on the day
    match = DATE_BOUND.search(_words_before(mention, 30))
    if match is None:
        return None
    return DATE_BOUND_MODS[next(word for word, told in match.groupdict().items() if told)]


# how far a clock time told loosely ("shortly before midnight") may be from the exact one it tells
# ("the eruption started at 11:42pm"); an hour off ("shortly before midnight" and "at 11pm") is
# another moment
LOOSE_CLOCK_MINUTES = 30


def stamped_note(mention: EventMention) -> bool:
    """The mention is dated by the time stamp opening its line in a live report."""
    return mention.timex.start - mention.sentence_start <= 4 and opens_with_stamp(mention.quote)


def note_exact_clocks(features: list[MentionFeatures]) -> None:
    """Gives each mention dated by one day the clock times its article tells exactly that day
    (``MentionFeatures.day_clocks``)."""
    clocks: dict[tuple[str, dt.date], set[int]] = {}
    for item in features:
        if item.first == item.last and item.clock is not None and told_clock_mod(item.mention) is None:
            clocks.setdefault((item.mention.document, item.first), set()).add(item.clock)
    for item in features:
        item.day_clocks = frozenset(clocks.get((item.mention.document, item.first), ())) if item.first == item.last else frozenset()


def _loose_minute_told_exactly(one: MentionFeatures, other: MentionFeatures) -> bool:
    """Of two articles' clock times a few minutes apart, one is told loosely ("at about 19:45") and the
    other exactly ("19:41") by an article that tells the loose one's minute exactly too ("19:45 |
    Crush begins"): the loose time is that minute's, not this one's (``LOOSE_CLOCK_MINUTES`` lets a
    loose time meet an exact one only where the exact one's article gives none better)."""
    for loose, exact in ((one, other), (other, one)):
        if told_clock_mod(loose.mention) is not None and told_clock_mod(exact.mention) is None \
                and loose.clock in exact.day_clocks:
            return True
    return False


# Clock zones are whole or half hours apart: two exact clock times of one happening told in two
# zones differ by a multiple of this many minutes ("3.15 p.m." and "12.15 p.m. GMT")
ZONE_STEP_MINUTES = 30


def clocks_conflict(one: MentionFeatures, other: MentionFeatures) -> bool:
    """Two times of one day that cannot be one moment: two happenings.

    Two clock times hours apart ("arrived shortly after 3 a.m." and "failed at around 12.30
    p.m."): one article tells its times on one clock, so there they always conflict; across
    articles one report may give local time and another GMT or Eastern time, so they conflict
    only when the two tell no kind of happening in common (the same quake "struck at 3.15 p.m."
    and "at 12.15 p.m. GMT" still meet). A part of the day and a clock time outside it ("failed
    to start Tuesday morning" and "11:58 p.m. With all 61 precincts reporting"; "destroyed
    overnight" and "started shortly before 3 p.m. Saturday"), or two parts of the day that do not
    meet ("Tuesday morning" and "Tuesday night"), conflict in any articles: a writer tells a part
    of the day in the local time, and a clock time told in another zone names it
    (``ZONE_TOLD``). A day told without a time ("on Monday") conflicts with no time of that day; its
    small hours told by the day ("early Monday", "in the early hours of Monday": ``small_hours``) are
    a part of it, which the night that ends it does not meet."""
    if one.first != other.first:
        return False
    if one.clock is not None and other.clock is not None:
        if one.clock != other.clock and one.mention.document == other.mention.document and stamped_note(one.mention) and stamped_note(other.mention):
            return True  # a live report's two stamped lines, however close ("3.27pm GOAL! ..." and "4.52pm Full time: ..."): two notes
        if one.clock != other.clock and one.mention.document != other.mention.document \
                and _loose_minute_told_exactly(one, other):
            return True
        if abs(one.clock - other.clock) <= CLOCK_SLACK_MINUTES:
            return False
        if (one.clock - other.clock) % ZONE_STEP_MINUTES and told_clock_mod(one.mention) is None \
                and told_clock_mod(other.mention) is None:
            return True  # exact times hours apart and not by a zone's step ("16:00" and "19:45"): two moments
        return one.mention.document == other.mention.document or not one.classes & other.classes
    if one.day_part is not None and other.day_part is not None:
        (low, high), (other_low, other_high) = one.day_part, other.day_part
        return high < other_low or other_high < low
    for part, timed in ((one.day_part, other), (other.day_part, one)):
        if part is not None and timed.clock is not None and not ZONE_TOLD.search(timed.mention.timex.text):
            # (both of one day: a night's small hours are the next day's, so "5:46 a.m. Tuesday" is
            # no time of "Tuesday night", which begins that evening)
            return not part[0] <= timed.clock <= part[1]
    return False


# The stretch of its day a part of the day told as a TIMEX3 value ("2025-11-04TMO") covers, in
# minutes after the day's midnight, told loosely (a morning from dawn to just past noon, an
# evening from late afternoon to the night); a night runs on into the small hours of the next
# day (past 24:00): "Tuesday night" is Tuesday evening to Wednesday 6 a.m., and Tuesday's own
# small hours ("5:46 a.m. Tuesday") are Monday night's, not its.
DAY_PARTS: dict[str, tuple[int, int]] = {
    "MO": (4 * 60, 12 * 60 + 30), "MI": (11 * 60, 14 * 60), "AF": (12 * 60, 18 * 60 + 30),
    "EV": (16 * 60 + 30, 23 * 60), "NI": (19 * 60, 30 * 60), "DT": (6 * 60, 19 * 60),
}
_DAY_PART = re.compile(r"T(MO|MI|AF|EV|NI|DT)$")
# a clock time told in a named zone ("at 12.15 p.m. GMT", "9 a.m. EST Tuesday"), not the local one
ZONE_TOLD = re.compile(r"\b(?:GMT|UTC|Z|[A-Z]{1,3}[SD]T|ET|PT|CT|MT)\b")


# The small hours of a day told by the day: "early Monday" (TIMEX3 mod START on a day), "in the early
# hours of Monday", "before dawn on Sunday" (words the tagger leaves outside the expression): from
# midnight to the morning, told loosely, so never the night that ends that day ("Survivors spent
# last night in the open", written on Tuesday, is Monday's night and no time of "early Monday").
SMALL_HOURS = (0, 8 * 60)
_SMALL_HOURS_BEFORE = re.compile(
    r"\b(?:(?:the\s+)?(?:early|small|wee|pre-?dawn)\s+hours\s+(?:of|on)|before\s+(?:dawn|daybreak|sunrise)|early)"
    r"\s+(?:on\s+)?$", re.IGNORECASE)
_EARLY_DAY = re.compile(r"early\b", re.IGNORECASE)

# (clause, its time expression, its TIMEX3 mod, whether it tells the small hours) examples, run as tests
SMALL_HOURS_EXAMPLES = (
    ("A powerful earthquake struck Indonesia's Sumatra island early Monday", "early Monday", "START", True),
    ("the earthquake that struck northern Sumatra in the early hours of Monday", "Monday", None, True),
    ("The ship struck the bank before dawn on April 19", "April 19", None, True),
    ("Fire broke out in the small hours of Sunday", "Sunday", None, True),
    ("The talks resumed early on Tuesday", "Tuesday", None, True),
    ("The quake struck on Monday", "on Monday", None, False),
    ("Shares rose early in the week", "early in the week", "START", False),
    ("The council met late Monday", "late Monday", "END", False),
)


def small_hours(mention: EventMention, granularity: str) -> tuple[int, int] | None:
    """``SMALL_HOURS`` when the mention tells a day's small hours by its day, else None."""
    timex = mention.timex
    if granularity != "day" or timex.type != "DATE":
        return None
    if timex.mod == "START" and _EARLY_DAY.match(timex.text) and " week" not in timex.text.lower():
        return SMALL_HOURS
    at = mention.clause.find(timex.text)
    if at > 0 and _SMALL_HOURS_BEFORE.search(mention.clause[max(0, at - 40):at]):
        return SMALL_HOURS
    return None


def day_part(value: str) -> tuple[int, int] | None:
    """The stretch of its day (``DAY_PARTS``) a TIMEX3 ``value`` tells ("2025-11-04TMO"), or None."""
    match = _DAY_PART.search(value)
    return DAY_PARTS[match.group(1)] if match else None


# Words of a name that make the country or capital in it the name of one of its organisations,
# not the country: "Bank of Canada", "Reserve Bank of India", "Communist Party of China", "Air
# Canada", "Japan Railways", "Canberra Hospital" (the organisation words and the business tails of
# ``entity_key``, not the tails of places: "Mexico City", "Ottawa River", "Stadium Australia"), and
# the subjects after which national agencies and sports bodies are called ("Statistics Canada",
# "Environment Canada", "Elections Canada", "Tennis Australia").
_PLACE_TAILS = frozenset(
    """county city plaza hotel center centre stadium airport station bridge street avenue road park river
    district province township ridge festival tour arena mine mines hills valley canyon creek fire fires
    farms dairy trust""".split())
AGENCY_WORDS = frozenset(
    "statistics environment elections revenue transport tourism immigration tennis cricket rugby".split())
_OWN_NAME_WORDS = ORGANISATION_WORDS | (GENERIC_NAME_TAILS - _PLACE_TAILS) | AGENCY_WORDS

# (name, its key) examples, run as tests.
NAME_KEY_EXAMPLES = (
    ("Bank of Canada", "bank of canada"),
    ("Reserve Bank of Australia", "reserve bank of australia"),
    ("Statistics Canada", "statistics canada"),
    ("Air Canada", "air canada"),
    ("Supreme Court of Canada", "supreme court of canada"),
    ("Canada", "canada"),
    ("Northern Ireland", "ireland"),  # a part of a country, as before
    ("Mexico City", "mexico"),  # a place
    ("Republic of Korea", "korea"),  # the country itself
    # a person named with a place is the person: by the name before "of", or whole
    ("Novak Djokovic of Serbia", "djokovic"),
    ("Victoria Azarenka of Belarus", "azarenka"),
    ("George Washington", "george washington"),
    ("Pallo Jordan", "pallo jordan"),
    ("Democratic Republic of Congo", "congo"),  # a state, not a person
    ("Gulf of Mexico", "mexico"),  # a place named by its country, as before
    ("Law Society of Kenya", "kenya"),
    ("Western Australia", "australia"),  # a region of a country, as before
    ("Southeast Asia", "asia"),
    ("New Mexico", "mexico"),
    ("Across Britain", "britain"),  # no name: a preposition that opens a sentence
    # a time zone told after a clock time is part of the time, no one's name
    ("GMT", ""),
    ("EDT", ""),
    ("Vladimir Putin", "putin"),
    ("Halvorsen Foods", "halvorsen"),
)

# Time zones as news writes them after a clock time ("0830 GMT", "4:20 p.m. EDT Wednesday"): part of
# the time, not a name that two reports share. (Not the zones whose letters name other things
# too: "ET", "PT", "CT", "MT", "GST", "AST".)
TIME_ZONE_NAMES = frozenset(
    """gmt utc bst cet cest eet eest wet msk ist aedt aest acst acdt awst nzdt nzst sgt hkt jst kst sast pkt wib
    hst akst akdt est edt cst cdt mst mdt pst pdt""".split())
# Zone abbreviations that are also other things' names or words ("GST" is India's goods and services
# tax, "PT" and "ET" many things'): a zone only where written right after a clock time ("3 p.m. ET")
ZONE_WORDS_AFTER_A_CLOCK = frozenset("et pt ct mt gst ast adt eat wat cat ict pht".split())
# Units and their abbreviations that news capitalises ("47.1 degrees Celsius", "5,846 MW", "38 C
# (100 F)"): part of a figure, not a name, where written right after one
UNIT_NAMES = frozenset(
    "celsius fahrenheit c f mw gw kw mwh gwh kwh twh hz khz mhz ghz kb mb gb tb mbps gbps teu teus".split())
_FIGURE_BEFORE = re.compile(r"\d(?:\s*°\s*|\s*degrees?\s+|\s*)$")
_CLOCK_BEFORE = re.compile(r"(?:\d\s*[ap]\.?\s?m\.?|\d[:.]\d\d|\b\d{4}|\bnoon|\bmidnight)\s*\(?\s*$", re.IGNORECASE)
MEASURE_LOOK_BACK = 16  # characters before a word searched for its figure or clock time

# (name, text, whether the name is part of a measure there) examples, run as tests
MEASURE_EXAMPLES = (
    ("Celsius", "Safdarjung recorded 47.1 degrees Celsius on May 28", True),
    ("C", "Delhi recorded 47.1°C on Wednesday", True),
    ("F", "Temperatures reached 27 C (81 F) by mid-morning", True),
    ("MW", "Power demand hit 8,442 MW on Wednesday", True),
    ("ET", "Polls close at 9:30 p.m. ET on Monday", True),
    ("PT", "starting at 4 p.m. PT, the academy said", True),
    ("GST", "The GST council meets on Saturday", False),  # India's tax
    ("GST", "Trading opens at 10am GST on Sunday", True),
    ("ET", "ET reported the deal on Monday, hours before its 3 p.m. ET deadline", False),  # named once apart from a time
    ("Olympics", "the 2024 Olympics opened on Friday", False),
    ("NASA", "In April 2012 NASA extended the mission", False),
)


def names_a_measure(name: str, text: str) -> bool:
    """Whether ``name`` is, everywhere ``text`` writes it, a unit right after its figure ("47.1
    degrees Celsius", "8,442 MW": ``UNIT_NAMES``) or a time zone right after its clock time ("9:30
    p.m. ET": ``ZONE_WORDS_AFTER_A_CLOCK``): part of a measure, which no two reports share as a name."""
    low = name.lower()
    if low in UNIT_NAMES:
        before = _FIGURE_BEFORE
    elif name.isupper() and low in ZONE_WORDS_AFTER_A_CLOCK:
        before = _CLOCK_BEFORE
    else:
        return False
    told = list(re.finditer(r"(?<![\w&])" + re.escape(name) + r"(?![\w&])", text))
    return bool(told) and all(before.search(text[max(0, m.start() - MEASURE_LOOK_BACK):m.start()]) for m in told)


# A name of capitals joined by "&" ("S&P", "AT&T", "P&O"), which the events stage splits into
# its letters; a figure or "index" after it makes it a market index ("S&P 500", "S&P/ASX 200")
_AMPERSAND_NAME = re.compile(
    r"(?<![\w&])(?P<name>[A-Z][A-Za-z]{0,3}(?:&[A-Z][A-Za-z]{0,3})+)(?![\w&])(?P<index>(?:/[A-Z]+)?\s*(?:\d|[Ii]ndex\b))?")

# (text, (key, fragments) pairs) examples, run as tests
AMPERSAND_NAME_EXAMPLES = (
    ("The benchmark S&P 500 fell 6.4 percent for the week", [("", ("p", "s"))]),
    ("the S&P/ASX 200 closed 1.2% lower", [("", ("p", "s"))]),
    ("Carriers including AT&T and Verizon said", [("at&t", ("at", "t"))]),
    ("Shares of Procter & Gamble rose", []),  # its words, each a name of its own run
)


def ampersand_names(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(key, the keys of its letters) of each name of capitals joined by "&" in ``text``: "AT&T" is
    keyed whole, "at&t", not as "at" and "t", which any "T" shares; a market index ("S&P 500") is
    keyed as no one (""), as every market report of its day names it."""
    found = []
    for match in _AMPERSAND_NAME.finditer(text):
        name = match.group("name")
        parts = tuple(sorted({_NON_LETTER.sub("", part.lower()) for part in name.split("&")}))
        found.append(("" if match.group("index") else name.lower(), parts))
    return found


# Words before a country or capital that make the name a place or a state of its own, a region
# of it ("Western Australia", "Gulf of Mexico", "Democratic Republic of Congo"), or no name at
# all ("Across Britain" opening a sentence), not a person or a thing named with it
REGION_WORDS = frozenset(
    """north south east west northern southern eastern western central northeast northwest southeast southwest
    northeastern northwestern southeastern southwestern upper lower greater inner outer new old little mainland
    metropolitan metro atlantic pacific coastal rural equatorial continental sub-saharan far near middle
    nazi soviet imperial communist colonial democratic islamic republic kingdom emirate sultanate principality
    commonwealth federation society government state gulf bay sea coast horn isle island islands port tower
    museum gateway charter order friends residents supporters millions
    across inside outside throughout beyond around near within all""".split())
_NOT_A_PERSONS_WORDS = REGION_WORDS | _OWN_NAME_WORDS | _PLACE_TAILS | GENERIC_NAME_TAILS | TITLE_WORDS | STOP_WORDS \
    | NON_NAME_CAPITALS | frozenset(DEMONYMS)


def _named_with_a_place(words: list[str], key: str) -> str:
    """The key of a person named with a country or capital (``key``, the last of ``words``):
    "Novak Djokovic of Serbia" by the name before "of" (two words or more: "Djokovic"), "George
    Washington" and "Pallo Jordan" whole; "" when the words before the place are a region's,
    a state's or a place's ("Western Australia", "Democratic Republic of Congo", "Gulf of
    Mexico"), an organisation's (``name_key`` keys those) or no name's ("Across Britain")."""
    if " ".join(words[-len(key.split()):]) != key:
        return ""
    before = words[:-len(key.split())]
    if len(before) >= 3 and before[-1] == "of":
        person = before[:-1]
        if not any(word in _NOT_A_PERSONS_WORDS for word in person):
            return entity_key(" ".join(person))
        return ""
    if 1 <= len(before) <= 2 and "of" not in before and not any(word in _NOT_A_PERSONS_WORDS for word in before) \
            and all(word.isalpha() for word in before):
        return " ".join(words)
    return ""


def name_key(name: str) -> str:
    """``entity_key``, except for an organisation named by its country or capital and its own
    words (``_OWN_NAME_WORDS``): "Bank of Canada" is keyed whole, not as Canada, which every report
    about the country shares; a report of "the Bank of Canada" lowering its rate and one of
    "Statistics Canada" reporting job losses share no name. A person named with a country or
    capital is that person ("Novak Djokovic of Serbia": Djokovic; "George Washington" whole, not
    Washington; ``_named_with_a_place``), and a time zone no one ("GMT", ``TIME_ZONE_NAMES``)."""
    if name.isupper() and name.lower() in TIME_ZONE_NAMES:
        return ""
    key = entity_key(name)
    if not key or not is_weak_entity(key):
        return key
    words = [_POSSESSIVE_END.sub("", word) for word in name.lower().replace("’", "'").split()]
    words = [word for word in words if word not in CORPORATE_SUFFIXES]
    if len(words) < 2 or " ".join(words) == key:
        return key
    if not any(word in _OWN_NAME_WORDS for word in words):
        return _named_with_a_place(words, key) or key
    return " ".join(words)


# A nationality and the capitalised words after it ("Ethiopian Airlines Flight"); a lookahead, so
# that one inside a longer run is found ("On Sunday Ethiopian Airlines ...")
_NATIONAL_NAME = re.compile(r"(?<![\w'’.-])(?=([A-Z][\w.]*)((?:\s+[A-Z][\w'’-]*)+))")
# "Lion Air Flight 610", "Malaysia Airlines Flight MH17": a flight number after its carrier
_FLIGHT_NUMBER = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’.-]*\s+)+)Flight\s+[A-Z]{0,3}\d+")
_POSSESSIVE_END = re.compile(r"[’']s?$")
_CARRIER_WORDS = ORGANISATION_WORDS | GENERIC_NAME_TAILS

# (clause, the names it is keyed by) examples, run as tests.
CARRIER_NAME_EXAMPLES = (
    ("after Sunday's Ethiopian Airlines crash", [("ethiopian airlines", "airlines")]),
    ("Ethiopian Airlines Flight 302 crashed after take-off", [("ethiopian airlines", "flight")]),
    ("that of Lion Air Flight 610, which crashed off Indonesia", [("lion", "flight")]),
    ("Turkish Airlines' profit rose", [("turkish airlines", "airlines")]),
    ("the Indian Army said", [("indian army", "army")]),
    ("Russian Foreign Minister Sergei Lavrov said", []),  # a title, not an organisation's name
    ("Ethiopian investigators said", []),
    # a run going on past the organisation's word names someone: "U.S. District" is no one's key here
    ("U.S. District Judge Harold Ames set sentencing for Jan. 15", []),
)
# Words of a run after a nationality that can still be one organisation's name and its generic
# word ("Ethiopian Airlines Flight"); a longer run goes on to a person ("U.S. District Judge Harold Ames")
MAX_CARRIER_RUN = 2


def carrier_names(clause: str) -> list[tuple[str, str]]:
    """The (key, key it replaces) of the organisation names a clause gives that ``entity_key``
    splits: a nationality opening an organisation's own name ("Ethiopian Airlines", "Indian
    Army"), which the events stage reads as a country ("Ethiopia") and a generic word keyed
    alone ("airlines", so every airline shared it), is keyed by its two words (not when the run
    goes on to a person's title and name: "U.S. District Judge Harold Ames" is Ames); and a flight
    number's name ("Lion Air Flight 610", keyed "flight", so every flight shared it) is keyed as
    its carrier ("Lion Air": "lion"), as a report that does not give the number names it."""
    found: list[tuple[str, str]] = []
    for match in _NATIONAL_NAME.finditer(clause):
        words = [_POSSESSIVE_END.sub("", word) for word in match.group(2).split()]
        if match.group(1).lower() in DEMONYMS and words[0].lower() in _CARRIER_WORDS and len(words) <= MAX_CARRIER_RUN:
            found.append((f"{match.group(1)} {words[0]}".lower(), entity_key(" ".join(words))))
    for match in _FLIGHT_NUMBER.finditer(clause):
        carrier = match.group(1).split()
        found.append((entity_key(" ".join(carrier)), entity_key(" ".join(carrier + ["Flight"]))))
    return sorted({(key, fragment) for key, fragment in found if key and fragment and key != fragment})


# double quotes, curly single ones, and straight single ones that no letter touches outside
# (not the apostrophes of "the company's 'review'")
_QUOTED = re.compile(r'"([^"]{4,200})"|“([^”]{4,200})”|‘([^’]{4,200})’|(?<!\w)\'([^\']{4,200})\'(?!\w)')
_QUOTED_WORD = re.compile(r"\w+(?:['’]\w+)*")
QUOTE_MIN_WORDS = 2  # one quoted word ("a \"terrorist\" attack") is a label, not a statement


def quote_keys(quotes: frozenset[str] | set[str]) -> frozenset[str]:
    return frozenset(f"“{words}”" for words in quotes)


def quotations(clause: str) -> frozenset[str]:
    """The words a clause quotes, normalised (lower case, words only): two reports quoting the same
    words of a day ("rejected the allegations as \"false and misleading\"" and "issued a rebuttal,
    calling the claims 'false and misleading'") report the same statement."""
    found = set()
    for match in _QUOTED.finditer(clause):
        words = _QUOTED_WORD.findall(next(group for group in match.groups() if group).lower())
        if len(words) >= QUOTE_MIN_WORDS:
            found.add(" ".join(words))
    return frozenset(found)


_TOKEN = re.compile(r"[\w-]+")
_REFERENCE_FILLER = frozenset({"the", "a", "an", "'s", "’s", "s", "this", "that", "of", "last", "on", "in"})


def _is_reference(mention: EventMention) -> bool:
    """A clause that is little more than its date and one event word ("Monday's earthquake")."""
    rest = mention.clause.replace(mention.timex.text, " ", 1).replace("’s", " ").replace("'s", " ")
    words = [w for w in _TOKEN.findall(rest) if w.lower() not in _REFERENCE_FILLER]
    return len(words) <= 3 and any(k.startswith("@") for k in mention.keywords)


@dataclass
class Profile:
    """What a group of mentions is about (for a cluster: the union over its members)."""

    strong: set[str] = field(default_factory=set)
    weak: set[str] = field(default_factory=set)
    classes: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    context: set[str] = field(default_factory=set)  # the names of its members' articles
    documents: set[str] = field(default_factory=set)
    descriptions: set[str] = field(default_factory=set)
    roles: set[tuple[str, str]] = field(default_factory=set)
    quotes: set[str] = field(default_factory=set)

    def add(self, features: MentionFeatures) -> None:
        self.quotes |= features.quotes
        self.descriptions |= features.descriptions
        self.roles |= features.roles
        self.strong |= features.strong
        self.weak |= features.weak
        self.classes |= features.classes
        self.words |= features.words
        self.context |= features.context
        self.documents.add(features.mention.document)


@dataclass(frozen=True)
class Match:
    score: float
    shared_strong: int
    shared_weak: int
    shared_classes: int
    shared_words: int
    rank_score: float = 0.0  # like score, with each shared name weighted by its rarity
    shared_context: int = 0  # names one clause gives that the other's article tells around it
    # each clause's names all told in the other's article, and the same interval
    told_each_other: bool = False
    # one of the two clauses names no one specific (for the same interval: no one the other's article does not tell)
    one_names_no_one: bool = False

    @property
    def merges(self) -> bool:
        # Countries and capitals alone are shared by half the news of a week: a specific name
        # must be shared (in the clauses, or one clause's name told around the other's in its
        # article, with the kind of happening), or two countries and the kind of happening.
        # Or each clause's names told in the other's article, for the same day, and what they tell
        # worded alike: "Services will resume on Saturday, the operator said" in a brief about
        # Eurostar, and "Eurostar said a full service would resume today" (no kind names resuming).
        # Or, when one clause names no one, a name told around and the same thing told in more
        # words, without a kind: "Ministers hope the bill will receive royal assent by the end of
        # the year" in a report about the Coastal Erosion Bill, and "The Coastal Erosion
        # (Compensation) Bill received royal assent yesterday" (no kind names an assent).
        if self.shared_strong == 0 and (self.shared_weak < 2 or not self.shared_classes) and not (
                self.shared_context and self.shared_classes and (self.shared_words or self.told_each_other)) and not (
                self.told_each_other and self.shared_words >= TOLD_EACH_OTHER_WORDS) and not (
                self.shared_context and self.one_names_no_one and self.shared_words >= TOLD_AROUND_WORDS):
            return False
        if self.shared_classes + self.shared_words == 0 and self.shared_strong < 2:
            return False
        return self.score >= MERGE_THRESHOLD


def _shared_names(mine: frozenset[str] | set[str], theirs: set[str]) -> list[str]:
    exact = mine & theirs
    if len(exact) == len(mine):
        return list(exact)
    shared = list(exact)
    for key in mine:
        if key in theirs:
            continue
        prefix = key[:BLOCK_PREFIX]
        for other in theirs:
            if other[:BLOCK_PREFIX] == prefix and ratio(key, other) >= FUZZY_NAME_RATIO:
                shared.append(key)
                break
    return shared


def described_names(described: frozenset[str] | set[str], roles: frozenset[tuple[str, str]] | set[tuple[str, str]]) -> set[str]:
    """The names that ``roles`` (``article_roles``) give to the roles and ages ``described``."""
    if not described or not roles:
        return set()
    return {key for role, key in roles if role in described}


def is_specific_figure(word: str) -> bool:
    """A keyword that is a figure with a unit or decimals ("#3.75%", "#5.1", "#58-41") or an exact
    count (``exact_counts``, kept by ``prepare`` as "#=203"), not a round count or a year ("#200",
    "#2025"), which many happenings share."""
    return word.startswith("#") and any(mark in word for mark in "%.-=")


# An exact count: three or more digits, not round, no year ("203 dead", "1,147 injured"; not
# "200", "4,000", "2025"), told before a word in lower case or a stop ("had risen to 203 by
# 08:00"), not before a name ("737 Max", "Route 253 Express")
_EXACT_COUNT = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{3,})(?![\w.,]\d)(?=\s+[a-z]|\s*[,;:.)]|\s*$)")

# (clause, the exact counts it tells) examples, run as tests
EXACT_COUNT_EXAMPLES = (
    ("the death toll from the Sumatra earthquake had risen to 203 by 08:00 WIB on Thursday", {"203"}),
    ("It had reported 203 dead on Thursday", {"203"}),
    ("1,147 people were injured", {"1,147"}),
    ("regulators limited output of its 737 Max", set()),
    ("more than 4,000 houses and 200 schools", set()),
    ("in 2025, 1999 and 2100", set()),
    ("a magnitude 7.1 quake", set()),
)


def exact_counts(clause: str) -> frozenset[str]:
    """The exact counts a clause tells (``_EXACT_COUNT``): a figure from a tally, which two
    happenings rarely share, as "203 dead" and "the death toll had risen to 203"."""
    found = set()
    for match in _EXACT_COUNT.finditer(clause):
        figure = match.group(1)
        digits = figure.replace(",", "")
        if digits.endswith("0") or ("," not in figure and len(digits) == 4 and 1000 <= int(digits) <= 2199):
            continue
        found.add(figure)
    return frozenset(found)


def name_weights(features: list[MentionFeatures]) -> dict[str, float]:
    """How telling each name is: log(1 + mentions / mentions naming it) (rare names tell more)."""
    counts: dict[str, int] = {}
    for item in features:
        for key in item.keys:
            counts[key] = counts.get(key, 0) + 1
    total = max(1, len(features))
    return {key: math.log(1 + total / count) for key, count in counts.items()}


def common_words(features: list[MentionFeatures]) -> frozenset[str]:
    """Words too frequent in this input to tell happenings apart ("net", "share" in earnings news).

    A word is common when at least ``COMMON_WORD_SHARE`` of the mentions and at least
    ``COMMON_WORD_MIN`` of them use it; shared common words do not count towards a merge.
    """
    counts: dict[str, int] = {}
    for item in features:
        for word in item.words:
            counts[word] = counts.get(word, 0) + 1
    floor = max(COMMON_WORD_MIN, COMMON_WORD_SHARE * len(features))
    return frozenset(word for word, count in counts.items() if count >= floor)


def similarity(features: MentionFeatures | Profile, profile: Profile, *, same_interval: bool = False,
               weights: dict[str, float] | None = None, common: frozenset[str] = frozenset()) -> Match:
    """What ``features`` (a mention, or an undated sentence's profile) shares with ``profile``.

    ``score`` decides whether to merge (counts of shared things, see the module docstring);
    ``rank_score`` chooses among the clusters that qualify: with ``weights`` (``name_weights``)
    a rare shared name ("Umerov") outweighs common ones ("Putin") that every cluster of the
    week shares, so a mention joins the happening it is most specifically about.
    """
    strong = _shared_names(features.strong, profile.strong)
    if isinstance(features, MentionFeatures) and features.mention.document not in profile.documents:
        # "the country's transport minister" in one report is the "Transport Minister Owen Pryce"
        # another report's article names, when that clause names Pryce
        described = described_names(features.descriptions, profile.roles) & profile.strong
        described |= described_names(profile.descriptions, features.roles) & features.strong
        strong = strong + sorted(described - set(strong))
    # the same words quoted by two reports: the same statement (counted as a shared name, and the
    # names only one report gives are its own telling, not another happening)
    quoted = sorted(features.quotes & profile.quotes) if isinstance(features, MentionFeatures) \
        and features.mention.document not in profile.documents else []
    strong = strong + sorted(quote_keys(quoted))
    weak = _shared_names(features.weak, profile.weak)
    classes = len(features.classes & profile.classes)
    shared_words = features.words & profile.words
    if common:
        shared_words = shared_words - common
    figures = sum(1 for word in shared_words if is_specific_figure(word))
    words = len(shared_words)
    rest = (
        classes * SHARED_CLASS
        + min((words - figures) * SHARED_WORD, SHARED_WORDS_CAP)
        + min(figures * SHARED_FIGURE, SHARED_FIGURES_CAP)
        + (SAME_INTERVAL if same_interval else 0.0)
    )
    # Each side naming someone specific the other does not ("Compaq shares fell" and "Du Pont's
    # stock rose", both in "New York Stock Exchange composite trading yesterday"): a sign of
    # two happenings that merely share a setting.
    # Reported speech names its speaker too ("Peskov confirmed the Tuesday meeting"): no penalty.
    speaker = isinstance(features, MentionFeatures) and features.mention.attributed
    mine_alone = set(features.strong) - set(strong)
    theirs_alone = set(profile.strong) - set(_shared_names(frozenset(profile.strong), set(features.strong))) - set(strong)
    context = 0
    if isinstance(features, MentionFeatures) and features.mention.document not in profile.documents:
        # across articles, a name one clause gives and the other's article tells around it is
        # no sign of another happening ("Daniel Mwangi was killed on Wednesday night" and "a
        # guard at the Harbor Plaza Hotel was shot dead late on Wednesday")
        told_mine = {k for k in mine_alone if k in profile.context}
        told_theirs = {k for k in theirs_alone if k in features.context}
        context = len(told_mine) + len(told_theirs)
        mine_alone -= told_mine
        theirs_alone -= told_theirs
        if not features.strong and not profile.strong and same_interval and len(features.context & profile.context) >= 2:
            context = 1  # two reports naming no one, on the same day, from articles about the same people
    # "The fire broke out on Monday night at the Dunmore Logistics site" and "a huge blaze engulfed
    # a warehouse in Carrow on Monday night", each article telling the other's name
    # (one told name is enough when one side names no one: "The airline, which was privatised in
    # 2006" in an article about Celtavia, and "Celtavia, which was privatised in 2006")
    told_each_other = same_interval and not mine_alone and not theirs_alone and (
        context >= 2 or context == 1 and (not features.strong or not profile.strong))
    unshared = 0 if speaker or quoted else min(len(mine_alone), len(theirs_alone))
    rest -= min(max(unshared, 0) * UNSHARED_PENALTY, UNSHARED_PENALTY_CAP)
    rest += min(context, 2) * CONTEXT_NAME
    score = len(strong) * STRONG_ENTITY + len(weak) * WEAK_ENTITY + rest
    if weights is None:
        rank_score = score
    else:
        # summed in a fixed order: floats added in a set's order (which changes with Python's hash
        # seed from run to run) differ in the last bits, and near-ties then pick another cluster
        rank_score = rest + sum(weights.get(k, 1.0) for k in sorted(strong)) * STRONG_ENTITY + sum(
            weights.get(k, 1.0) for k in sorted(weak)
        ) * WEAK_ENTITY
    return Match(score, len(strong), len(weak), classes, words, rank_score, min(context, 2), told_each_other,
                 not features.strong or not profile.strong or same_interval and (not mine_alone or not theirs_alone))
