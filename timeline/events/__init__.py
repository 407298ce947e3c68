"""Events: from dated sentences to event mentions (what happened, when, how sure).

``extract_mentions(article, timexes)`` is the whole interface. A sentence of the article body
yields one mention for each time expression in it that names calendar time (type DATE or
TIME with a resolved interval); durations, sets and the vague PRESENT_REF / PAST_REF /
FUTURE_REF make none. Headings and the title line make none either: they restate the body;
nor do bylines, update stamps and credits (``ARTICLE_METADATA``): their dates are the article's;
a Markdown table's row is read as "date: the other cells" (``table_row_mentions``; a bare figure
named by its column's header), its header row gives none, and a list item with no date of its own
under a heading that is a day is that day's (``_under_a_day_heading``); nor do a line that labels
what follows it ("The Bank's 2025 schedule:"), nor editors' notes (``EDITORS_NOTE``: corrections, clarifications, "This article was
updated on ..."), which tell about the article, not the news.

A clause that denies or doubts what it tells before its date ("does not mean the MAX will be back
in the air tomorrow", "it is unclear whether talks will resume on Monday": ``cues.UNASSERTED_FRAMES``)
makes no mention: nothing is told to happen then; nor does a plan denied ("said he would not endorse
either candidate before Thanksgiving"), what should have happened ("We should have moved faster last
year"), the end of a state ("services will be cancelled until Thursday morning", ``ends_a_state``) or
where someone was in a relative clause ("everyone who was there in 2019", "anyone who was in the Pollokshields
area yesterday morning": ``_ANYONE_WHO_WAS``); nor does a date that names
a thing beside the date of its clause ("tens of thousands of Labor Day travelers", ``THINGS_A_DATE_NAMES``;
"A 2019 Toyota was stolen ... on Sunday"), a century or decade made an adjective by its hyphen ("a
17th-century portrait", ``_an_adjective_by_its_form``),
a point of comparison ("little changed from Wednesday's close", "breaking Monday's record", "since records
began in 1931"), the stretch a date names after
"after" ("after the Easter recess"), or a holiday that only frames news another date of its clause dates
("on Friday morning ..., stranding travelers at the start of the Labor Day weekend", ``FRAMING_EXAMPLES``).
A happening a possessive date names ("Tuesday's ruling"; "hit by last spring's oil spill", "caused last month's
blackout": the phrase, not the clause around it) is an entry of its own, but not when the relative
clause right after it tells it with a date inside the possessive's ("last summer's CrowdStrike outage,
which disrupted Delta ... in July 2024", ``TOLD_MORE_FULLY_EXAMPLES``), nor, as a bare phrase, when
another sentence of the article tells it so ("last week's outage" beside "The outage began ... on
Friday, Aug. 29": ``_without_possessives_told_elsewhere``). A live report's clock stamp, bold or
followed by a colon or a dash, dates its line ("6:45 a.m. — The evacuation centre ... is full") but
adds no entry to past news its line dates itself ("8:05 a.m. Crews worked through the night"); over a
greeting, a sign-off or "It's official" (``LIVE_CHATTER``) it dates the next sentence's news, or makes
no entry when that sentence dates its own. A year and a day within it that date one clause make the
day's mention alone ("A year ago, ... on May 29": ``_one_date_a_clause``).

A clause whose summary has the writer speaking in the first person and naming nobody ("I had
two engaging conversations today"; not "I am convinced he restated ...", whose summary is "he
restated ...") is the writer's aside, not news, and makes no mention.

An amount of seconds, minutes or hours counted from a time told just before it ("shortly after 7 p.m., and
the Senate followed about [three hours] later", which the tagger tags as TimeML does: a DURATION, "later" its
signal) is a time expression of its own, dated from that time (``counted``: "about 22:00", or the day).

An expression dated only by a happening the article names but does not date ("on the eve of
the talks", ``EVENT_ANCHORED``) makes a mention without an interval; ``timeline.merge`` dates
it from the entry for that happening that the same article reports.

Each mention carries the clause that belongs to its expression (``clauses.split_clauses``),
a short summary (``clauses.summarize``; a leading "He"/"She" is replaced by the name of the
person who is the subject of what comes before, ``_antecedent``, and kept when there is none), its status from the clause's own words
(``cues.detect_status``; an event dated after the article's reference date cannot have been
reported as done, so "reported" becomes "planned" there), whether it is reported speech, and
the entities and keywords that ``timeline.merge`` matches on (``features``).
"""

from __future__ import annotations

import bisect
import datetime
import re

from timeline.events.clauses import (
    MAX_WORDS, NOT_A_SUBJECT, OPENING_PARTICIPLES, PLURAL_WITHOUT_S, before_comma, comma_at, PRESENT_AFTER_HEAD, RELATIVE_OPENING, STRONG_BOUNDARY, dateline_length, find_ignoring_case, focus_phrase, is_base_form, sayers_own_words,
    has_own_subject, modal_and_subject, object_of_dated_verb, short_subject, split_clauses, summarize, without_emphasis_markers,
)
from timeline.events.counted import COUNTED_RULE, counted_times
from timeline.events.cues import (
    PAST_PLAN, detect_status, done_clause_happening, is_attributed, is_own_thought, is_unasserted, line_called_off, tells_a_move,
)
from timeline.events.features import describe, entity_key, is_weak_entity, lemma, names_seen_in
from timeline.events.vocab import (
    CORPORATE_SUFFIXES, DEMONYMS, GENERIC_NAME_TAILS, NAMED_HAPPENING_WORDS, NON_NAME_CAPITALS, ORGANISATION_WORDS,
    EVENT_CLASS_OF, ROLE_HEADS, ROLE_QUALIFIERS, STOP_WORDS, TITLE_WORDS,
)
from timeline.models import Article, EventMention, Interval, Sentence, Timex
from timeline.temporal.tense import (FUTURE_ORIENTED, NOT_PAST, PARTICIPLES, PAST_AMBIGUOUS, PAST_IRREGULAR, PLANNING, PRESENT, PRESENT_PLURAL,
                                     REPORTING, TITLES, first_verb_tense, verb_before)
from timeline.temporal.vocab import CANCELLING_VERBS, MONTHS, POSTPONING_VERBS, WEEKDAYS, YEAR_LABEL_NOUNS

# Grains from finest to coarsest, to name a joined range by the coarser of its ends.
GRANULARITY_ORDER = ("minute", "hour", "part_of_day", "day", "weekend", "week", "month", "season",
                     "quarter", "half", "year", "decade", "century", "unknown")

__all__ = ["extract_mentions", "is_calendar_time", "event_anchor"]

EVENT_SENTENCE_KINDS = ("body", "list_item", "table_row")

# Lines about the article rather than the news: bylines, update stamps, credits. Their dates
# are the article's own ("Updated: Dec 3, 2025"), not events'.
ARTICLE_METADATA = re.compile(
    r"^\s*(?:by\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|then|now|late|early|mid)\b)"
    r"(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){0,3}\s*(?:[,|(—–-]|$)|"
    r"(?:last\s+)?(?:updated|published|posted|modified|first\s+published)\s*(?::|on\b|at\b|\d)|"
    r"(?:issue\s+date|date|dated|filed|release\s+date|publication\s+date)\s*:|"
    r"\(?(?:reporting|additional\s+reporting|writing|editing)\s+by\b|"
    r"(?:photo|image|picture|video|credit|source|file\s+photo)\s*:|copyright\b|©|all\s+rights\s+reserved)",
    re.IGNORECASE,
)
# Examples the rule must catch, and news it must leave alone (run as tests).
ARTICLE_METADATA_EXAMPLES = (
    "By John Smith, Reuters",
    "Updated: Dec 3, 2025 10:14 GMT",
    "Published on December 3, 2025",
    "Last updated 3 December 2025",
    "Issue date: December 17, 2014",
    "Date: 3 December 2025",
    "(Reporting by Anna Petrova; Editing by Mark Heinrich)",
    "Photo: Putin at the Kremlin on Tuesday",
    "© 2025 Example News. All rights reserved.",
)
ARTICLE_METADATA_NEAR_MISSES = (
    "By Tuesday, the talks had collapsed.",
    "By the end of May, Boeing must present a plan.",
    "Published figures on Monday showed inflation fell.",
    "Updated forecasts on Monday showed a weaker storm.",
    "Dated records from Monday showed the fault.",
)

# Editors' notes: a correction, clarification or update told about the article itself ("*Correction
# (7 Feb 2024): An earlier version of this story said ...*", "This article was amended on 3
# March"). The dates in them are of the article's making or of what it wrongly said, not news;
# the whole paragraph the note opens is the note ("... It meets on 18-19 March."). Emphasis,
# brackets or parentheses around the note are allowed for.
EDITORS_NOTE = re.compile(
    r"^[\s*_(\[]*(?:(?:corrections?|clarifications?|updates?|editor['’]?s['’]?\s+notes?|note\s+to\s+(?:readers|editors))"
    r"[*_\s]*(?:\([^)]{0,40}\)|,\s*[^:–—]{1,30}|\s+\d[^:–—]{0,30})?[*_\s]*(?::|—|–|\s-\s|\.\s)"
    r"|this\s+(?:article|story|report|piece|post|page)\s+(?:was|has\s+been|had\s+been|is\s+being)\s+"
    r"(?:amended|updated|corrected|changed|edited|revised)\b"
    r"|an?\s+(?:earlier|previous|prior)\s+version\s+of\s+this\s+(?:article|story|report|piece|post)\b)",
    re.IGNORECASE,
)
EDITORS_NOTE_EXAMPLES = (
    "*Correction (7 Feb 2024): An earlier version of this story said the board would next meet on 19–20 March.",
    "*This article was updated on 21 October 2024 to include a statement from the council.*",
    "Correction: A previous version of this article gave the wrong date for the vote.",
    "CORRECTION — The hearing is on Tuesday, not Monday.",
    "Clarification: The talks on 3 March were informal.",
    "Editor’s note: This story was first published on 1 May 2023.",
    "[Update, 5 March: The company declined to comment.]",
    "Update, March 6, 10:15 a.m. ET: Police said the suspect was arrested on Thursday.",
    "**Update:** The minister resigned on Friday evening.",
    "This story has been amended since it was first published on 2 June.",
    "An earlier version of this article misstated the date of the election.",
)
EDITORS_NOTE_NEAR_MISSES = (
    "Correction officers walked out on Monday.",
    "Corrections Minister Ana Ruiz resigned on Tuesday.",
    "The newspaper issued a correction on Monday.",
    "Updates to the software were released on 3 March.",
    "This article of the constitution was amended in 1992.",
    "The story was updated on Monday with new figures from the ministry.",
)

# "since" directly before an expression makes it a point of comparison ("worst day since 2022").
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# ... but a level or a state then, no happening ("since June 2020, when the figure was 1,600 hours", "since
# January, when it traded near 100 yen", "since Wednesday, when Trump led by more than 600,000 votes")
_A_LEVEL_TOLD = re.compile(r"^\S+(?:\s+\S+){0,5}?\s+(?:(?:was|were)\s+(?!(?:[a-z]+ly\s+)?(?:[a-z]{3,}(?:ed|en|wn)|"
                           + "|".join(sorted(PARTICIPLES)) + r")\b)|traded|stood|led\s+by|was\s+trading|were\s+trading)", re.IGNORECASE)
_WHEN_TELLS_AFTER = re.compile(r"\s*,\s+when\s+(?P<told>(?:they|he|she|it|we|the|a|an|its|their|his|her|(?-i:[A-Z]))[^;:()—–]*?)"
                               r"(?=\s*(?:,\s|[;:()—–]|[.!?](?:\s|$)|$))", re.IGNORECASE)
# "after" directly before a span longer than a day is a time frame: what follows "after 1997" or
# "after March" happened some time later, on no day the text gives ("We rebuilt after 1997").
# (A day or a clock time is "just after" it: "arrived after 3 a.m.", "resigned after Monday's vote"
# are kept, and so is "shortly after 2019", which is close enough to date.)
_AFTER_BEFORE = re.compile(r"(?<!shortly\s)(?<!just\s)(?<!soon\s)(?<!immediately\s)(?<!right\s)\bafter\s+$", re.IGNORECASE)
_FRAME_GRAINS = frozenset({"week", "month", "season", "quarter", "half", "year", "decade", "century"})


def _after_a_period(body: str, timex: Timex) -> bool:
    """A period after "after" ("rebuilt after 1997"): a time frame, not the happening's date."""
    return timex.granularity in _FRAME_GRAINS and bool(_AFTER_BEFORE.search(body, max(0, timex.start - 24), timex.start)) \
        and not _HAPPENING_NAMED_AFTER.match(body, timex.end)


# A bare period word after "kind of" ("a particular kind of weekend that only happens in finance", "the sort
# of week nobody wants"): a kind of period, not the calendar's next or last one (but "after a weekend in which
# its president resigned" is the last one)
_BARE_PERIOD = re.compile(r"(?:weekend|week|night|morning|afternoon|evening)", re.IGNORECASE)
_A_KIND_BEFORE = re.compile(r"\b(?:kind|sort|type)s?\s+of\s+$", re.IGNORECASE)
A_KIND_OF_PERIOD_EXAMPLES = (
    ("There is a particular kind of weekend that only happens in finance.", "weekend"),
    ("It was the sort of weekend nobody wants.", "weekend"),
)
A_KIND_OF_PERIOD_NEAR_MISSES = (
    ("The Westridge weekend was one of those.", "weekend"),
    ("The museum expected its busiest weekend in years.", "weekend"),
    ("The firm was in turmoil after a weekend in which its president resigned.", "weekend"),
)


def _a_kind_of_period(body: str, timex: Timex) -> bool:
    """A bare period word that is a kind of period, not one of the calendar (``A_KIND_OF_PERIOD_EXAMPLES``)."""
    return bool(_BARE_PERIOD.fullmatch(timex.text)) and bool(_A_KIND_BEFORE.search(body, max(0, timex.start - 40), timex.start))


# The end of a state that lasts until a time ("services will be cancelled until Thursday morning", "A
# red flag warning remains in effect through Wednesday evening", "Schools will stay closed until at
# least Wednesday"): nothing happens then, the state only stops being told. Not a day a plan is moved
# to ("postponed until Sept. 8"), what does not happen before it ("will not reopen until Monday": it
# reopens then), nor a deadline ("Teams have until 4 p.m. Monday"); "through the night" is the whole
# night, not its end. (An end told after its start in the same sentence, "will start on Monday and run
# until 24 November", is the end of that span, which ``timeline.merge`` calls off with its start.)
# ... a clock time told before the day it ends ("will remain open without a break until 7 am on Saturday")
_CLOCK_BEFORE_ITS_DAY = r"(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)\s+(?:on\s+)?)?"
_STATE_UNTIL = re.compile(
    r"\b(?:remain|remains|remained|remaining|stay|stays|stayed|staying|continue|continues|continued|continuing|"
    r"last|lasts|lasted|persist|persists|persisted|run|runs|"
    r"(?:be|is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?(?:closed|shut|cancell?ed|suspended|grounded|banned|barred|halted|"
    r"in\s+(?:effect|place|force|custody|operation)|open|without|on\s+(?:holiday|strike|leave)|mandatory|capped|restricted))\s+"
    r"(?P<gap>(?:[\w'’,-]+\s+){0,6}?)(?P<bound>until|till|through|thru)\s+(?:at\s+least\s+|the\s+end\s+of\s+)?" + _CLOCK_BEFORE_ITS_DAY + "$",
    re.IGNORECASE)
# ... and a term's end ("signed a contract through June 2028", "joined Hallam on loan until May"): the term is
# told by the signing's own day, its end is no happening
_TERM_UNTIL = re.compile(
    r"\b(?:contracts?|deals?|agreements?|leases?|terms?|mandates?|loan|tenure|extension)(?:,?\s+(?:that\s+)?(?:runs|lasts|running|lasting))?\s+"
    r"(?P<gap>(?:[\w'’,-]+\s+){0,6}?)(?P<bound>until|till|through|thru)\s+(?:at\s+least\s+|the\s+end\s+of\s+)?" + _CLOCK_BEFORE_ITS_DAY + "$",
    re.IGNORECASE)
_UNTIL_ASSERTS = re.compile(r"\b(?:not|never|no)\b|n['’]t\b|\b(?:postpon|delay|adjourn|defer|remand|reschedul|put\s+off|pushed\s+back|"
                            r"moved|bring|brought|wait)", re.IGNORECASE)
END_OF_STATE_EXAMPLES = (
    ("If the strike goes ahead, almost all of Northline's 400 daily services will be cancelled until Thursday morning.",
     "Thursday morning"),
    ("A red flag warning remains in effect through Wednesday evening.", "Wednesday evening"),
    ("Schools will stay closed until at least Wednesday.", "Wednesday"),
    ("The exhibition runs until March 19.", "March 19"),
    ("Lowe, 46, a former assistant coach of the Wales national team, signed a contract through June 2028.", "June 2028"),
    ("The striker joined Hallam on loan until May.", "May"),
    ("He agreed a two-year deal that runs until June 2027.", "June 2027"),
    ("The 23-year-old has signed a five-year contract, running until June 2028.", "June 2028"),
    ("The hall will now remain open without a break until 7 am on Saturday.", "Saturday"),
)
# a verb of its own after the state ("Passengers whose trains were cancelled can claim a refund until
# 31 January"): a deadline, not the state's end
_OWN_VERB_IN_GAP = re.compile(r"\b(?:can|could|may|must|might|will|shall)\b", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"\s*,?\s*(?:when|as|after)\b", re.IGNORECASE)  # "until Sept. 19, when the award is announced"
END_OF_STATE_NEAR_MISSES = (
    ("Public screenings run every day until Sept. 19, when the audience award is announced.", "Sept. 19"),
    ("Returns can be filed until October 5.", "October 5"),
    ("Residential streets may not be cleared until Thursday afternoon.", "Thursday afternoon"),
    ("The trial was postponed until Sept. 8.", "Sept. 8"),
    ("The district said it will not reopen until Jan. 3.", "Jan. 3"),
    ("Teams have until 4 p.m. Monday to use the tag.", "4 p.m. Monday"),
    ("Crews worked through the night.", "the night"),
    ("Rescuers were working through the night.", "the night"),
    ("The bridge was closed on Monday.", "Monday"),
    ("The signing of the contract was delayed until June 2026.", "June 2026"),
    ("Lowe signed a contract on Monday.", "Monday"),
    ("Talks on the deal continue on Friday.", "Friday"),
)


def ends_a_state(sentence: str, start: int, expression: str) -> bool:
    """Whether the expression at ``start`` of ``sentence`` only ends a state told before it
    (``END_OF_STATE_EXAMPLES``)."""
    for pattern in (_STATE_UNTIL, _TERM_UNTIL):
        found = pattern.search(sentence, max(0, start - 80), start)
        if not found or _UNTIL_ASSERTS.search(sentence, max(0, found.start() - 30), found.start() + len(found[0])) \
                or ";" in found["gap"] or _OWN_VERB_IN_GAP.search(found["gap"]) or _WHEN_AFTER.match(sentence, start + len(expression)):
            continue
        # "through the night", "through the weekend": the span itself; "through Wednesday": its end
        if found["bound"].lower() in ("until", "till") or not re.match(r"the\s+(?!end\b)", expression, re.IGNORECASE):
            return True
    return False


_HAPPENING_NAMED_AFTER = re.compile(r"[’']s?\b|\s+(?:[a-z-]+\s+)?(?:" + YEAR_LABEL_NOUNS + r"|election|elections|vote|summit|"
                               r"war|crisis|flood|floods|games|olympics|world\s+cup|census|season|campaign|merger)\b", re.IGNORECASE)


# a date that is a point of comparison: "below their 2019 level", "than the 2008 peak", "up from
# 48% a year ago", "compared with the same period last year"
_COMPARED_LEVEL = re.compile(
    r"\b(?:below|above|than|versus|vs\.?|compared\s+(?:with|to)|beyond|under|over|from)\s+(?:the|their|its|his|her|our|"
    r"pre-)?\s*$", re.IGNORECASE)
_LEVEL_AFTER = re.compile(r"['’]?s?\s+(?:(?:all-time|previous|earlier)\s+)?(?:levels?|figures?|highs?|lows?|peaks?|averages?|totals?|rates?|records?|marks?|"
                          r"close|closing\s+(?:levels?|prices?)|"
                          r"finish|settlement|settle)\b", re.IGNORECASE)  # ("little changed from Wednesday's close")
# ... or what a verb of surpassing leaves behind: "8,442 MW on Wednesday, breaking Monday's record", "beating
# Tuesday's high", "broke the 2019 record" (with ``_LEVEL_AFTER``), "beating the record set on Monday", "more
# than two metres above the previous record set in 2010"
_SURPASSED = re.compile(
    r"\b(?:break|breaks|breaking|broke|broken|beat|beats|beating|beaten|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|"
    r"top(?:s|ped|ping)?|eclips(?:e|es|ed|ing)|smash(?:es|ed|ing)?|shatter(?:s|ed|ing)?|overtak(?:e|es|en|ing)|overtook|"
    r"better(?:s|ed|ing)|outstrip(?:s|ped|ping)?|above|below|over|under|than)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+)?"
    r"(?:(?P<level>(?:[\w-]+\s+){0,2}?(?:records?|highs?|peaks?|marks?|bests?|levels?|totals?"
    # (or a reading: "beating the 20.8C recorded at Trawsgoed in Ceredigion on Monday")
    r"|\d[\d.,]*\s*(?:°\s*)?(?:C|F|mm|cm|inches|degrees|mph|km/h))\s+(?:(?:it|they)\s+(?:had\s+)?)?"
    r"(?:set|reached|recorded|registered|posted|established|hit|measured)\s+(?:(?:at|in)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,5}?\s+)?"
    r"(?:on|in|during|at|)\s*)"
    r"|(?:previous\s+|prior\s+|old\s+|earlier\s+)?)$", re.IGNORECASE)
# ... or the start of the records a "since" measures from: "its highest reading since records began in 1931",
# "the wettest since record-keeping started in 1880", "since the Met Office began keeping records in 1884"
# (not a happening after "since": "the first visit since it opened in 1931")
_SINCE_RECORDS_BEGAN = re.compile(
    r"\bsince\s+(?:(?:(?:[\w'’-]+\s+){0,3}?(?:records?|record[- ]?keeping|recordkeeping|measurements?|observations?|readings?|"
    r"data|statistics|monitoring|counts?)\s+(?:(?:were|was)\s+(?:first\s+)?(?:kept|taken|made|collected|compiled|recorded)|"
    r"(?:first\s+)?(?:began|begun|started|commenced)))"
    r"|(?:[\w'’.-]+\s+){1,4}?(?:first\s+)?(?:began|started)\s+(?:keeping|taking|collecting|compiling)\s+"
    r"(?:(?:[\w-]+\s+)?records|(?:[\w-]+\s+)?data|measurements|readings|statistics))\s+(?:(?:in|on|during|at)\s+)?$", re.IGNORECASE)
_AMOUNT = r"(?:Rs\.?\s*|[$€£¥₹])?\d[\d.,]*\s*(?:%|per\s*cent|percent|pc|crore|lakh|million|billion|trillion|bn|m)?"
# ... with its currency or unit ("$160 million", "48%"), not a bare number
_AMOUNT_WITH_UNIT = (r"(?:(?:Rs\.?\s*|[$€£¥₹])\d[\d.,]*(?:\s*(?:million|billion|trillion|bn|m|crore|lakh))?"
                     r"|\d[\d.,]*\s*(?:%|per\s*cent|percent|pc|crore|lakh|million|billion|trillion|bn))")
_CHANGED_FROM = re.compile(r"\b(?:up|down|higher|lower|rising|falling|rose|fell|increased|decreased|unchanged|little\s+changed)\s+"
                           # (and the change's amount: "up 22% from a year earlier")
                           r"(?:by\s+)?(?:(?:about|nearly|almost|around|roughly|some)\s+)?(?:" + _AMOUNT + r"\s+)?from\s+(?P<base>(?:[^,;.]|(?<=\d)[,.](?=\d)){0,30})$"
                           # "rose to 2.9% in the December quarter from 2.4% in the September quarter", "rose to
                           # $214 million, or $1.02 a share, from $160 million a year ago"
                           r"|\bfrom\s+(?:Rs\.?\s*|[$€£¥₹])?\d[\d.,]*\s*(?:%|per\s*cent|percent|pc|crore|lakh|million|billion|bn|m)?"
                           r"\s+(?:in|at|during)\s+(?:the\s+)?$|\bfrom\s+" + _AMOUNT_WITH_UNIT + r"\s+$", re.IGNORECASE)
# a price or level as of a date, after what compares with it: "a 31% premium to Castellan's closing
# price on Friday", "well above the average price of 2019"
_PRICE_AS_OF = re.compile(
    r"\b(?-i:premium|discount|above|below|than|over|under|versus|vs\.?|compared\s+(?:with|to))\s+(?:to\s+|over\s+|of\s+|on\s+)?"
    r"(?:the|its|their|his|her|our|a|an|[\w.&-]+['’]s?)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:prices?|close|levels?|values?|valuation)\s+(?:on|of|at|as\s+of)\s+$", re.IGNORECASE)
# an amount set against another of another time, the other's date after it ("values Westridge at about $390
# million, against more than $8 billion at the start of the year", "a fraction of the $31 Westridge traded at a
# month ago", "compared with 4.1% in March"): the date is the compared amount's, no happening
_AMOUNT_SET_AGAINST = re.compile(
    r"\b(?:against|versus|vs\.?|compared\s+(?:with|to)|a\s+fraction\s+of)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:more|less|fewer)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|just\s+)?"
    + _AMOUNT_WITH_UNIT + r"(?:\s+(?:a|per)\s+share)?(?:\s+(?:[\w'’.-]+\s+){0,3}?(?:traded|stood|sold|was|were|closed|fetched)(?:\s+at)?)?"
    r"\s+(?:at|in|on|during|as\s+of|by)?\s*(?:the\s+(?:start|end|beginning|middle)\s+of\s+)?$", re.IGNORECASE)
# a time named by its distance from another, set against a figure after a comparative or "from", "on",
# "compared with" ("grew 0.3 percent in the fourth quarter from the previous quarter", "1.8 percent higher than
# a year earlier", "up 5% on the same period last year", "fell by 125,000 ... compared with the previous three
# months"): the base of a comparison (the figure or change told in the words before it, within the sentence)
_COMPARED_WITH_RELATIVE = re.compile(
    r"(?:\b(?:from|(?P<on>on)|(?P<over>over)|versus|vs\.?|against|compared\s+(?:with|to)|(?-i:(?!more|less|fewer|earlier|later|sooner|rather|other)"
    r"[a-z]+er)\s+than|above|below)\s+(?:in\s+|at\s+|during\s+)?)$", re.IGNORECASE)
# ... or a figure of that time set against one told before ("94 arrests ..., compared with 71 in the same period last
# year", "from 61 last year")
_COMPARED_WITH_A_FIGURE_IN = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?"
                                        r"[$€£]?\d[\d.,]*(?:\s*(?:%|per\s*cent|percent|million|billion|[a-z]+))?\s+"
                                        r"(?:in|on|at|during|over|for)\s+$", re.IGNORECASE)
_RELATIVE_BASE = re.compile(r"(?:the\s+)?(?:previous|prior|preceding|same|corresponding)\b.*|.*\b(?:earlier|ago|before)"
                            r"|(?:the\s+)?(?:last|past)\s+(?:year|quarter|month|week)", re.IGNORECASE)
_CHANGE_RIGHT_BEFORE = re.compile(r"\b(?:up|down|higher|lower|increase|rise|fall|drop|growth|decline|unchanged|flat)"
                                  r"(?:\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|just|more\s+than)\s+)?[\d.,]+\s*(?:%|per\s*cent|percent|pc|points?))?"
                                  r"\s*$", re.IGNORECASE)  # (not "rises to 11.5 per cent on the same day")
_WHEN_AFTER_BASE = re.compile(r"\s*,?\s+when\s+\w", re.IGNORECASE)
_AGO_OR_LAST = re.compile(r"\b(?:earlier|ago|before)$|^(?:the\s+)?last\b", re.IGNORECASE)
_FIGURE_BEFORE = re.compile(r"\d[\d.,]*\s*(?:%|per\s*cent|percent|points?|basis\s+points|cents?|million|billion|bn|m)?\b"
                            r"|\b(?:rose|fell|grew|increased|decreased|declined|dropped|climbed|jumped|slipped|gained|"
                            r"higher|lower|up|down)\b", re.IGNORECASE)


# ... or a change of another time, after a word that compares ("slightly above last year's increase of 2.6 per cent",
# "well below the 2019 rise"; not "recovered from last year's fall", which tells of the fall)
_COMPARED_CHANGE = re.compile(r"\b(?:below|above|than|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
_CHANGE_AFTER = re.compile(r"['’]?s?\s+(?:increases?|rises?|gains?|growth|pace|falls?|declines?|drops?|decreases?)\b", re.IGNORECASE)


def _changed_from(body: str, timex: Timex) -> bool:
    """A date after a change and "from" (``_CHANGED_FROM``), not the day of a verb's change "from" one figure "to"
    another ("The minimum wage rose from $11.60 to $14 on Jan. 1": the rise's day; but "up from 9 to 15 in May", the
    range compared with, and "up from 7.1% in the three months to November" are bases)."""
    m = _CHANGED_FROM.search(body, max(0, timex.start - 50), timex.start)
    return bool(m) and not (m["base"] and re.match(r"(?:rose|fell|increased|decreased|rising|falling)\b", m.group(), re.IGNORECASE)
                            and re.search(r"\bto\s+[$€£¥₹]?\d", m["base"]))


def _compared_with_a_relative_time(body: str, timex: Timex) -> bool:
    """A time counted from another, after a comparative or "from" that sets a figure against it (``_COMPARED_WITH_RELATIVE``)."""
    compared = _COMPARED_WITH_RELATIVE.search(body, max(0, timex.start - 30), timex.start) \
        or _COMPARED_WITH_A_FIGURE_IN.search(body, max(0, timex.start - 50), timex.start)
    if not _RELATIVE_BASE.fullmatch(timex.text) or not compared or _WHEN_AFTER_BASE.match(body, timex.end):
        return False  # (but "far lower than last week, when warplanes dropped 500-pound bombs on the city" tells what happened)
    if compared.groupdict().get("over") and not _AGO_OR_LAST.search(timex.text):
        return False  # "fell 30 per cent over the same period": the stretch the change took, not its base
    if compared.groupdict().get("on") and not _CHANGE_RIGHT_BEFORE.search(body, max(0, compared.start() - 30), compared.start()):
        return False  # "up 1.6pc on the same month last year" (not "a second run-off held on the same day")
    opening = max(body.rfind(". ", 0, timex.start), body.rfind("\n", 0, timex.start), timex.start - 120)
    return bool(_FIGURE_BEFORE.search(body, opening + 1, timex.start))


# a happening named after "since" and dated as a time ago: "the most powerful storm since Hurricane
# Milton a year ago" measures a stretch from it, as "since a year ago" would ("since an August summit"
# and "since the tank gave way ... on Sunday" tell the summit's and the giving way's day)
_SINCE_A_NAME = re.compile(r"\bsince[^\S\n]+(?P<name>(?:[\w'’-]+[^\S\n]+){1,4})$", re.IGNORECASE)  # (within a sentence)
_AGO = re.compile(r"\b(?:ago|earlier|before|previously)$", re.IGNORECASE)


_LISTED_WITH = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:(?:in|of|on)\s+)?"
                          # (with a figure of its own: "up from 8.1 percent in December and 8.4 percent in January 2013")
                          r"(?:" + _AMOUNT_WITH_UNIT + r"\s+(?:in|on|at|during)\s+(?:the\s+)?)?")


# an ordinal and what it counts after: "It will be only the second mayoral runoff in the city's history,
# after the 2009 race" (the first is no news of the sentence, which tells of the second)
# (a count of its kind: "only the second ...", "the third ... in its history"; not "The second round begins on
# Monday, after the weekend")
_ORDINAL_THEN_AFTER = re.compile(r"\b(?:only\s+(?:the\s+)?(?P<only>second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\b"
                                 r"|(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\b(?=[^.;:!?\n]{0,80}?\b(?:in|of)\s+"
                                 r"(?:its|their|the\s+[\w'’-]+['’]s?|his|her|our)\s+history\b))"
                                 r"[^.;:!?\n]{0,100}?,\s*(?:after|behind)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?$",
                                 re.IGNORECASE)


def _point_of_comparison(body: str, timex: Timex) -> bool:
    """A date that is a point of comparison, not a happening's ("below their 2019 level", "up 22%
    from a year earlier", "from $160 million a year ago", "a 31% premium to Castellan's closing
    price on Friday", "little changed from Wednesday's close", "breaking Monday's record", "beating the
    record set on Monday", "since records began in 1931", "since Hurricane Milton a year ago",
    "the second mayoral runoff in the city's history, after the 2009 race")."""
    surpassed = _SURPASSED.search(body, max(0, timex.start - 70), timex.start)
    return bool((_COMPARED_LEVEL.search(body, max(0, timex.start - 24), timex.start) or surpassed and not surpassed["level"])
                and _LEVEL_AFTER.match(body, timex.end) or surpassed and surpassed["level"] and not _WHEN_AFTER.match(body, timex.end)
                or _changed_from(body, timex)
                or _compared_with_a_relative_time(body, timex)
                or _COMPARED_CHANGE.search(body, max(0, timex.start - 24), timex.start) and _CHANGE_AFTER.match(body, timex.end)
                or _PRICE_AS_OF.search(body, max(0, timex.start - 80), timex.start)
                or _AMOUNT_SET_AGAINST.search(body, max(0, timex.start - 90), timex.start)
                or _ORDINAL_THEN_AFTER.search(body, max(0, timex.start - 140), timex.start)
                or _SINCE_RECORDS_BEGAN.search(body, max(0, timex.start - 90), timex.start) and _longer_than_a_day(timex)) \
        or _since_a_happening_long_ago(body, timex)


# A clock time's equivalent in another zone, in brackets or between dashes right after it (its day may stand
# between: "at 02:47 WIB on Monday (19:47 UTC on Sunday)", "at 2:47 a.m. local time (1947 GMT Sunday)", "at 1947
# GMT - 2:47 a.m. local time - "): the same moment told again, no happening of its own. (Zones differ by
# quarter hours, so the minutes of the two agree to a quarter.)
_CLOCK_VALUE = re.compile(r"T\d\d:(?P<minute>\d\d)")
_ZONE_NAMED = re.compile(r"\b(?:local\s+time|(?-i:(?!AM\b|PM\b)[A-Z]{2,5}))\b", re.IGNORECASE)
_DAY_BEFORE_EQUIVALENT = re.compile(r"\s*(?:,\s*|on\s+)?")
_EQUIVALENT_OPENS = re.compile(r"\s*(?P<mark>[(\[]|[—–]|--?(?=\s))\s*")
_EQUIVALENT_CLOSES = {"(": re.compile(r"\)"), "[": re.compile(r"\]")}
_DASH_CLOSES = re.compile(r"\s(?:[—–]|--?)\s")  # (paired: "22:00 GMT - 06:00 GMT" is a span)
# what else a bracket restating a time may hold: its day, "on", "local time", the zone
_EQUIVALENT_REST = re.compile(r"[\s,]*(?:(?:on|the|local|time|(?-i:[A-Z]{2,5}))[\s,]*)*", re.IGNORECASE)


def _zone_equivalents(body: str, timexes: list[Timex]) -> set[int]:
    """The ids of the timexes that restate a clock time just told in another zone (see ``_EQUIVALENT_OPENS``)."""
    timexes = sorted(timexes, key=lambda t: (t.start, t.end))
    starting = {t.start: t for t in timexes}
    dropped: set[int] = set()
    for time in timexes:
        if time.type != "TIME" or not _CLOCK_VALUE.search(time.value) or id(time) in dropped:
            continue
        at = time.end
        day = starting.get(_DAY_BEFORE_EQUIVALENT.match(body, at).end())
        if day is not None and day.type == "DATE" and day.granularity == "day" and day.start - at < 6:
            at = day.end  # "02:47 WIB on Monday (19:47 UTC on Sunday)"
        opens = _EQUIVALENT_OPENS.match(body, at)
        other = starting.get(opens.end()) if opens else None
        if other is None or other.type != "TIME" or not _CLOCK_VALUE.search(other.value) \
                or not (_ZONE_NAMED.search(time.text) or _ZONE_NAMED.search(other.text)) \
                or (int(_CLOCK_VALUE.search(time.value)["minute"]) - int(_CLOCK_VALUE.search(other.value)["minute"])) % 15:
            continue
        mark = opens["mark"]
        closes = (_EQUIVALENT_CLOSES[mark] if mark in _EQUIVALENT_CLOSES else _DASH_CLOSES).search(body, other.end)
        if closes is None or "\n" in body[other.end:closes.start()]:
            continue
        inside = [t for t in timexes if other.start <= t.start and t.end <= closes.start()]
        rest = body[other.start:closes.start()]
        for t in sorted(inside, key=lambda t: t.start, reverse=True):
            rest = rest[:t.start - other.start] + " " + rest[t.end - other.start:]
        if _EQUIVALENT_REST.fullmatch(rest):
            dropped.update(id(t) for t in inside)
    return dropped


def _longer_than_a_day(timex: Timex) -> bool:
    """Whether a date names more than a day (the start of records, "in 1931"; not "since records began on
    Sunday", where the day is the record's)."""
    return timex.interval is not None and timex.interval.last > timex.interval.first


def _since_a_happening_long_ago(body: str, timex: Timex) -> bool:
    """A time ago that dates a happening named after "since" and nothing else (``_SINCE_A_NAME``)."""
    m = _SINCE_A_NAME.search(body, max(0, timex.start - 60), timex.start)
    if not m or not _AGO.search(timex.text):
        return False
    words = m["name"].split()
    return not _FINITE_VERB.search(m["name"]) and not any(w.lower() in _PRONOUNS or w.lower() in PAST_IRREGULAR for w in words)


def is_calendar_time(timex: Timex) -> bool:
    """Whether an expression can date an event: a DATE or TIME resolved to an interval."""
    return timex.type in ("DATE", "TIME") and timex.interval is not None and not timex.value.endswith("_REF")


# "on the eve of the talks", "the day after the summit": dated by a happening the article names
# but does not date. Each pattern gives the offset in days from that happening.
EVENT_ANCHORED: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"^(?:on\s+)?the\s+eve\s+of\s+(?:the|this|that|last)\s+(?P<noun>[\w’'-]+(?:\s+[\w’'-]+){0,2})$", re.I), -1),
    (re.compile(r"^(?:on\s+)?the\s+(?:day|night)\s+before\s+(?:the|this|that)\s+(?P<noun>[\w’'-]+(?:\s+[\w’'-]+){0,2})$", re.I), -1),
    (re.compile(r"^(?:on\s+)?the\s+day\s+after\s+(?:the|this|that)\s+(?P<noun>[\w’'-]+(?:\s+[\w’'-]+){0,2})$", re.I), 1),
    (re.compile(r"^(?:on\s+)?the\s+(?:morning|afternoon|evening|day)\s+of\s+(?:the|this|that)\s+(?P<noun>[\w’'-]+(?:\s+[\w’'-]+){0,2})$", re.I), 0),
)


def event_anchor(timex: Timex) -> tuple[str, int] | None:
    """``(the happening's last word, offset in days)`` for an expression dated by a happening
    the text names but leaves undated ("the eve of the talks" -> ("talks", -1)), else None."""
    if timex.type != "DATE" or timex.interval is not None:
        return None
    for pattern, offset in EVENT_ANCHORED:
        m = pattern.match(timex.text.strip())
        if m:
            return m.group("noun").split()[-1].lower(), offset
    return None


_CLOCK_OF_VALUE = re.compile(r"\d{4}-\d\d-\d\dT(?P<hour>\d\d):(?P<minute>\d\d)")


def over_when_published(article: Article, timex: Timex) -> bool:
    """Whether what ``timex`` dates was over when the article was written: its day before the reference
    date, or, when the front matter gives the publication's clock time, a clock time earlier on that
    day ("04:30 The No campaign concedes that Dublin has voted Yes, but says rural constituencies will be
    closer" in a live report published at 10:05: the "will" is the campaign's forecast, not a plan for
    04:30)."""
    if timex.interval is None:
        return False
    if timex.interval.last < article.reference_date:
        return True
    published = article.published_at
    if published is None or published.date() != article.reference_date \
            or not timex.interval.first == timex.interval.last == article.reference_date:
        return False
    clock = _CLOCK_OF_VALUE.match(timex.value)
    return bool(clock) and (int(clock["hour"]), int(clock["minute"])) < (published.hour, published.minute)


def _in_title(article: Article, start: int, end: int) -> bool:
    if article.title_in_body is None:
        return False
    first, last = article.title_in_body
    return start < last and end > first


def _sentence_of(sentences: list[Sentence], starts: list[int], timex: Timex) -> Sentence | None:
    index = bisect.bisect_right(starts, timex.start) - 1
    if index < 0:
        return None
    sentence = sentences[index]
    return sentence if timex.end <= sentence.end else None


_LEADING_PRONOUN = re.compile(r"^(?:He|She)\b(?!['’])")  # (not "He'll": a contraction keeps its pronoun)
# The writer speaking in the first person outside quotation marks
_AUTHOR_SPEAKING = re.compile(r"^(?:I|I['’]ve|I['’]m|I['’]d|We|We['’]ve|My|Our)\s")
ANTECEDENT_LOOKBACK = 2  # sentences


# words that are no person's name, whatever their capitals: a month or a day, an article
_NOT_A_PERSON = frozenset("""the a an this that these those january february march april may june july august september
    october november december monday tuesday wednesday thursday friday saturday sunday""".split())
_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady".split())
_NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
_PLACES = frozenset(place.lower() for place in DEMONYMS.values())


def _may_be_a_persons_name(name: str) -> bool:
    """Whether ``name`` may be a person's: not a company's, an institution's or a place's by its words
    ("Fenwick Partners", "Bank of England", "Chepstow Bridge"), not an acronym or an honour ("CBE",
    "NASA"), not two people ("Smith and Jones"); titles and honorifics aside ("Dame Margaret Holloway")."""
    words = [w for w in name.split()]
    while words and (words[0].lower().strip(".") in TITLE_WORDS or words[0].lower() in _HONORIFICS):
        words = words[1:]
    lowered = [_OWNER.sub("", w.lower().strip(".,")) for w in words]
    return bool(words) and not any(
        w in ORGANISATION_WORDS or w in GENERIC_NAME_TAILS or w in CORPORATE_SUFFIXES or w in _NOT_A_PERSON or w in ("of", "and", "&")
        for w in lowered) and not any(len(w) >= 2 and w.isupper() for w in words) and " ".join(lowered) not in _PLACES


# a sentence's opening that is not its subject, up to the comma after it ("Between 2017 and 2021, ...")
_SUBJECT_NAME_RUN = re.compile(r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,4}")
_OWNER = re.compile(r"[’']s?$")
_VERB_AFTER_SUBJECT = re.compile(r"\s+(?:(?:[a-z]+ly|first|also|then|later|never|still)\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|"
                                 r"did|does|said|says|[a-z]{3,}ed|" + "|".join(sorted(PAST_IRREGULAR | PAST_AMBIGUOUS)) + r")\b")
# capitalised words that open a sentence without naming anyone ("It", "Three weeks later", "Tonight")
_NOT_A_NAME = STOP_WORDS | NON_NAME_CAPITALS | {"tonight", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                                                 "ninety", "hundred"}


# a quotation that opens a sentence and the one said to say it after it ('"...," Chao said',
# '"...," said Chief Executive Laura Brandt')
_SAYING = r"(?:said|says|told|added|explained|insisted|recalled|wrote|warned|stressed)"
_QUOTE_THEN_SAYER = re.compile(r"[\"“‘][^\"”’]{3,}[\"”’]\s*,?\s*(?:(?P<sayer>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})\s+"
                               + _SAYING + r"\b|" + _SAYING + r"\s+(?P<sayer2>(?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){0,5}?)\s*(?:[,.;]|$))")
# lower-case role words before a name ("Chief executive Paul Denholm", "Presidential spokesman Mac Maharaj")
_ROLE_BEFORE_NAME = re.compile(r"(?:(?:" + "|".join(sorted(re.escape(w) for w in TITLE_WORDS | ROLE_HEADS | ROLE_QUALIFIERS
                                                              | {"presidential", "district", "federal", "founder", "co-founder"}))
                               + r")\s+)+", re.IGNORECASE)


# someone told by who they are to another ("his mother", "her late husband"): a person, unnamed
_SOMEONE_OF_HIS = re.compile(r"(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:mother|father|wife|husband|son|daughter|sister|brother|"
                             r"widow|widower|partner|grandmother|grandfather|aunt|uncle|niece|nephew|cousin|girlfriend|"
                             r"boyfriend|fiancée?|parents|children|family)\b", re.IGNORECASE)


def _subject_of(text: str) -> tuple[str, str | None]:
    """What opens ``text`` as its subject: ("pronoun", None) for "he"/"she" or "his"/"her" and a noun
    ("Her best-known work, the footbridge at Chepstow, opened ..."), ("name", the name) for a name
    before its verb, an aside or its possessive ("Margaret Oyelaran, who has died aged 88, led",
    "Oyelaran was born", "Putin’s intent was"), else ("other", None)."""
    text = text[dateline_length(text):].lstrip(" ")
    quoted = _QUOTE_THEN_SAYER.match(text)
    if quoted:
        # '"Our pipeline has never been stronger," Chao said ...': the one who says it
        return _subject_of((quoted["sayer"] or quoted["sayer2"]) + " said")
    text = text.lstrip("\"“‘")
    first = text.split(maxsplit=1)[0].lower().strip(",") if text.split() else ""
    if first in _NOT_A_SUBJECT_OPENING:
        comma = comma_at(text)
        if comma >= 0 and _SOMEONE_OF_HIS.match(text[comma + 1:].lstrip()):
            return "person", None  # "When Merkys was sent to a labour camp ..., his mother ... walked"
        if comma < 0 or len(text[:comma].split()) > 12:
            # "In 1974 she became the firm's first woman partner": the adverbial without its comma
            return ("pronoun", None) if re.match(r"(?:[\w'’.-]+\s+){1,5}?(?:he|she)\s", text, re.IGNORECASE) else ("other", None)
        text = text[comma + 1:].lstrip()  # "Between 2017 and 2021, [Trump served ...]"
    if _SOMEONE_OF_HIS.match(text):
        return "person", None  # "his mother, who still lived in Ezerai, walked ...": someone with no name told
    if re.match(r"(?:he|she|his|her)\b", text, re.IGNORECASE):
        return "pronoun", None
    appositive = re.match(r"(?:A|An)\s[^,]{2,60},\s+", text)
    if appositive and _SUBJECT_NAME_RUN.match(text, appositive.end()):
        text = text[appositive.end():]  # "A former paratrooper, [Chávez first came to national attention ...]"
    role = _ROLE_BEFORE_NAME.match(text)
    if role and _SUBJECT_NAME_RUN.match(text, role.end()):
        text = text[role.end():]  # "Chief executive [Paul Denholm said ...]"
    run = _SUBJECT_NAME_RUN.match(text)
    if not run:
        return "other", None
    name, after = run.group(), text[run.end():]
    named = [w for w in name.split() if w.lower().strip(".") not in _HONORIFICS]
    if not named or named[0].lower().split("-")[0] in _NOT_A_NAME:
        return "other", None
    if _OWNER.search(name):
        return "name", _OWNER.sub("", name)  # "Putin’s intent was ..."
    if after.startswith(",") or _VERB_AFTER_SUBJECT.match(after):
        return "name", name
    return "other", None


# words before a name that make it a place or a thing ("born in Lagos", "the design of the Severn Tidal
# Footbridge"), not someone else the sentence tells of ("Lavrov met Wang Yi and Rubio")
_BEFORE_A_PLACE_OR_THING = frozenset("in at on of from to into for by near across outside inside the a an its his her their"
                                     " our this that".split())


def _names_someone_else(text: str, subject: str | None) -> bool:
    """Whether ``text`` names a person other than ``subject`` after a verb or "and" (not after a
    preposition or a determiner, where names are places and things)."""
    for run in _SUBJECT_NAME_RUN.finditer(text):
        name = _OWNER.sub("", run.group())
        words_before = text[:run.start()].split()
        if not words_before or name == subject or words_before[-1].lower().strip(",") in _BEFORE_A_PLACE_OR_THING \
                or name.split()[0].lower() in _NOT_A_NAME:
            continue  # (nor "Our" in '"Our pipeline has never been stronger," Chao said')
        following = re.match(r"\s+([a-z][\w'’-]*)", text[run.end():])
        if len(name.split()) == 1 and following and not _is_a_verb_word(following.group(1)) \
                and following.group(1) not in _AFTER_A_NAME:
            continue  # a word before a noun is no one's name ("one of the first Black women")
        if _may_be_a_persons_name(name) and not is_weak_entity(entity_key(name)):
            return True
    return False


_AFTER_A_NAME = frozenset("and or but who whose whom which that to in at on of for with from by as after before".split())


def _is_a_verb_word(word: str) -> bool:
    return bool(re.fullmatch(r"(?:is|are|was|were|has|have|had|will|would|said|says|[a-z]{3,}ed|[a-z]{3,}s)", word)) \
        or word in PAST_IRREGULAR


_PLURAL_VERB_AFTER = re.compile(r"\s+(?:(?:[a-z]+ly|first|also|then|later|never|still|now)\s+)?(?:were|are|have|do|"
                                r"(?!(?:" + "|".join(sorted(PAST_IRREGULAR | PAST_AMBIGUOUS | {"was", "is", "has", "did", "does", "first",
                                                                                  "also", "then", "later", "never", "still", "now"}))
                                + r")\b)[a-z]+(?<![sd]))\b")


def _a_name_by_its_capital(word: str, body: str, names_seen: frozenset[str], sentence: str = "") -> bool:
    """Whether ``word``, capitalised where ``sentence`` opens, is one person's name there: the
    article capitalises it elsewhere too, or never writes it small ("Oyelaran was born in Lagos";
    not "Tributes poured in" in an article about "tributes"); not a plural ("Officers were called",
    "Forecasters expect", nor a word in -s the article never capitalises inside a sentence), nor a
    storm's name ("Hurricane Katrina")."""
    low = word.lower()
    if re.search(rf"\b(?:{'|'.join(NAMED_HAPPENING_WORDS)})\s+{re.escape(word)}\b", body, re.IGNORECASE):
        return False
    at = sentence.find(word)
    if at >= 0 and _PLURAL_VERB_AFTER.match(sentence, at + len(word)) \
            or low.endswith("s") and not low.endswith(("ss", "us", "is")) and low not in names_seen:
        return False
    return low in names_seen or not re.search(rf"(?<![\w'’-]){re.escape(low)}(?![\w'’-])", body)


def _antecedent(sentences: list[Sentence], index: int, clause: str, body: str = "",
                names_seen: frozenset[str] = frozenset()) -> str | None:
    """The person a leading "he"/"she" of ``clause`` refers to (the last word of their name), or None.

    The subject of what comes before: the words of the clause's own sentence before it ("Between
    2017 and 2021, Trump served his first term, and he lost ..."), then up to
    ``ANTECEDENT_LOOKBACK`` earlier sentences ("I am convinced he restated ..." after "Putin’s intent
    was ..."), past those whose subject is "he", "she" or what "his"/"her" owns ("Her best-known
    work, the footbridge at Chepstow, opened in May 1981"). Never a name that is no subject (a place
    or an honour: "She was appointed CBE", "a partner at ... Fenwick Partners"), nor one that may be
    no person's (``_may_be_a_persons_name``); a sentence that tells of someone else after a verb
    ("Lavrov met Wang Yi and Rubio") ends the search without a guess.
    """
    sentence = sentences[index].text
    at = sentence.find(clause[:40]) if clause else -1
    before = [sentence[:at]] if at > 0 else []
    for text in before + [sentences[index - back].text for back in range(1, ANTECEDENT_LOOKBACK + 1) if index - back >= 0]:
        kind, name = _subject_of(text)
        if kind == "name" and len(name.split()) == 1 and body and not _a_name_by_its_capital(name, body, names_seen, text):
            kind = "other"  # "Officers were called to ...": a word, not a name
        if kind == "name":
            # (with someone else told beside the subject, "Lavrov met Wang Yi and Rubio", no guess)
            surname = [w for w in name.split() if w.rstrip(".").lower() not in _NAME_SUFFIXES][-1]  # (not "Jr.")
            return surname if _may_be_a_persons_name(name) and not _names_someone_else(text, name) else None
        if kind == "other" and _names_someone_else(text, None) or kind == "person":
            return None  # (nor past someone told by who they are: "his mother ... walked every week ... She died in 1987")
    return None


# irregular pasts that open a clause cut at "and" ("[Hackers encrypted ... and] struck the
# network"): the tense module's, less those that are as often nouns or names ("left", "saw", "Fed")
_IRREGULAR_PASTS = "|".join(sorted(PAST_IRREGULAR - {
    "was", "were", "had", "did", "said", "told", "left", "lay", "bound", "lit", "fed", "bit", "bore", "wound", "saw",
    "felt", "beat", "bent", "found", "ate", "sat", "hung", "rang", "sang", "stuck", "dealt", "bred", "laid", "lent"}))
# a clause that goes on from its sentence's subject: "... and is expected to keep them on hold"
_VERB_FIRST = re.compile(r"(?:is|are|was|were|has|have|had|will|would|could|should|can|must|did|does|"
                         r"said|says|told|plans|expects|chaired|[a-z]{3,}ed|" + _IRREGULAR_PASTS + r")\b",
                         re.IGNORECASE)
_SUBJECT_OPENING = re.compile(r"[\"“‘]?(?:The\s+)?")
# a capitalised run that opens a sentence, titles and all ("Prime Minister Helen Varga", "Halvorsen Foods")
_NAME_RUN = re.compile(r"(?:[A-Z][\w'’.&-]*)(?:\s+(?:of\s+|&\s+|and\s+)?[A-Z][\w'’.&-]*)*")  # "Securities and Exchange Commission"
# a participle phrase that opens the sentence on its scene, then the subject's name before its comma ("Giving evidence on
# Wednesday, Tanya Whitlock, who worked ...")
_NAME_AFTER_AN_OPENING_PARTICIPLE = re.compile(
    r"(?:" + "|".join(sorted(w.capitalize() for w in OPENING_PARTICIPLES)) + r")\s[^,]{2,60},\s+"
    r"(?P<name>(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){1,3})\s*,")
# a short subject and a past that is also a present or a noun ("cut", "set", "hit"), known for a verb by its object
_SUBJECT_THEN_AMBIGUOUS_PAST = re.compile(r"(?P<subject>(?:The|A|An|Its|Their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:cut|set|hit|put|shut|"
                                          r"spread|quit|let|bid|cast)\s+(?:the|a|an|its|their|his|her|\d|rates?|taxes|prices|jobs|"
                                          r"interest|fares|costs|spending|output|production)\b")
_SUBJECT_BEFORE_VERB = re.compile(r"((?:[\w'’-]+\s+){1,5}?)(?:has|have|had|is|are|was|were|will|would|said|says|[a-z]{3,}ed|"
                                  + _IRREGULAR_PASTS + r")\b")
# a verb in the past opening a clause that goes on from its sentence's subject ("[She founded the trust
# in 1984 and] retired in 2001"), when what went before was done, not undergone ("[He was arrested in
# 2008 and] charged 18 months later" lacks its "was")
_A_PAST_VERB_FIRST = re.compile(r"(?:(?-i:[A-Z])[a-z]{2,}ed|" + "|".join(sorted(w.capitalize() for w in PAST_IRREGULAR)) + r")\s")
_AND_AT_END = re.compile(r"\band\s+$")
_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be|being|am)\b", re.IGNORECASE)
# a summary that tells only who said something and when ("Forecasters said Wednesday")
_SAYING_ONLY = re.compile(r"(?:[\w'’.&-]+\s+){0,8}?(?:said|says|announced|admitted|confirmed|reported|told\s+\w+|"
                          r"warned|added|stated|predicted|insisted|acknowledged|revealed)"
                          # (where it was said: "The company said in a statement Monday")
                          r"(?:\s+(?:in|on|at|to)\s+(?:a|an|its|his|her|their)\s+(?:[\w'’-]+\s+)?(?:statement|release|filing|"
                          r"interview|post|letter|briefing|conference|memo|email|note|report|address|speech)s?)?"
                          r"(?:\s+(?:late|early|on|in))?",
                          re.IGNORECASE)
# the subject of reported speech, before an aside: "said [former lab director Ken Asari], a ..."
_REPORTED_SUBJECT = re.compile(r"\b(?:said|says|told\s+\w+|added)\s+(?:that\s+)?((?:[\w'’.-]+\s+){0,6}?[\w'’.-]+),\s[^,]*,\s*$")
# words that open a sentence without being its subject ("On Sunday hackers ...", "Yesterday ...")
_NOT_A_SUBJECT_OPENING = NOT_A_SUBJECT | {"this", "that", "these", "those", "yesterday", "today"}
# a finite verb: in what would be a subject ("He met Smith, who ..." is a clause, not a noun phrase)
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|[a-z]{3,}ed|" + _IRREGULAR_PASTS + r")\b")


# "The decision, announced at 2.30pm at the end of a two-day board meeting": a subject and the
# participle aside that holds the date, cut before the sentence's own verb
_SUBJECT_AND_ASIDE = re.compile(r"^(?P<subject>(?:The|A|An|Its|His|Her|Their)\s[^,]{2,60}),\s+(?P<participle>[a-z]{3,}(?:ed|en|wn)|held|made|built|"
                               r"set|won|kept|sent|sold|found|lost|paid|cut|hit|led|brought|bought|begun|seen|done|given|taken|"
                               r"known|shown|chosen|struck|signed|laid|met)\s+(?P<rest>[^,]+)$")  # ("The last round, held in ...")
# ... and one told after "that" ("said yesterday that the advance polls, held on Dec. 30, Dec. 31 and Jan. 2, had been"),
# with the other dates of its list after it
_REPORTED_SUBJECT_AND_ASIDE = re.compile(r"\bthat\s+(?P<subject>(?:the|a|an|its|his|her|their)\s[^,]{2,60}),\s+(?P<participle>[a-z]{3,}(?:ed|en|wn)|"
                                         r"held|made|built|set|won|kept|sent|sold|found|lost|paid|cut|hit|led|brought|bought|"
                                         r"begun|seen|done|given|taken|known|shown|chosen|struck|signed|laid|met)\s+"
                                         r"(?P<rest>[^,]+(?:,\s*[^,]+){0,3})$")
_LISTED_DATES_AFTER = re.compile(r"(?:,?\s+(?:and\s+|or\s+)?(?:(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+(?-i:[A-Z])[a-z]{2,8}))+")
# "Salvage vessel Rustam, which reached the site on Thursday": a subject and its relative clause
# after "who" or "which" a past form is the verb, even one that is as often a noun elsewhere ("who left office")
_PAST_AFTER_RELATIVE = "|".join(sorted(PAST_IRREGULAR | PAST_AMBIGUOUS))
_SUBJECT_AND_RELATIVE = re.compile(r"^(?P<subject>(?-i:[A-Z])[^,]{2,60}),\s+(?P<pronoun>which|who)\s+(?P<rest>(?:[a-z]{3,}ed|[a-z]{3,}s|had|has|was|were|"
                                   r"is|are|will|" + _PAST_AFTER_RELATIVE + r")\b[^,]+)$")


# the date opening a relative clause, its verb after it ("that on Wednesday was celebrating")
_DATE_THEN_VERB = re.compile(r"(?:(?:late|early)\s+)?(?:on|in|at)\s+[^,;]{2,30}?\s+(?:was|were|had|has|is|are|[a-z]{3,}ed)\b")
# "The magnitude 6.4 quake that hit before dawn on Wednesday": a noun phrase and its relative clause, no more
_SUBJECT_THAT = re.compile(r"^(?P<subject>(?:The|A|An)\s(?:[\w.'’-]+\s){0,4}?[\w.'’-]+)\s+(?:that|which|who)\s+(?P<rest>(?!(?:it|they|he|she|we|i|you|the|a|an|this|"
                           r"that|these|those|its|their|his|her|our|there)\b)[a-z]+\b[^,;]+)$")


# a month's or a weekday's full name, which is no name of a thing a "which" stands for
_MONTH_OR_DAY_WORD = "(?:" + "|".join(word.title() for word in (*MONTHS, *WEEKDAYS)) + ")"
# a noun phrase a preposition takes at the end of the words before a relative clause
_OBJECT_AT_END = re.compile(r"\b(?:(?:of|from|to|with|by|at|in|on|for|into|against|over|under|about|near|before)\s+"
                            r"(?P<noun>(?:the|a|an|its|their|his|her)\s+[^,]+)"
                            # or a name after a preposition that seldom stands inside a name ("Supporters point to Britain,
                            # which introduced a minimum wage in 1999"; not "The fighting in Kosovo, which began ...")
                            r"|(?:to|with|from|against|like|unlike|including)\s+(?P<name>(?!" + _MONTH_OR_DAY_WORD + r"\b)"
                            r"(?-i:[A-Z])[\w'’.&-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'’.&-]*){0,4}))$", re.IGNORECASE)


_PARTICIPLE_AND_OBJECT = re.compile(r"(?-i:[A-Z][a-z]{2,}ing)\s+(?P<object>(?:the|a|an)\s.+)$")


def _object_and_its_relative(summary: str, expression: str) -> str:
    """A summary that is a participle clause whose date is in its object's relative clause ("Ending
    a 24-day ordeal that began with a tunnel collapse on Nov. 14") reads as that relative clause
    with its noun ("A 24-day ordeal began with a tunnel collapse on Nov. 14"): what the date dates."""
    m = _PARTICIPLE_AND_OBJECT.match(summary)
    that = _SUBJECT_THAT.match(m["object"][0].upper() + m["object"][1:]) if m else None
    if that and that.group("rest").rstrip(" .").endswith(expression):
        return f"{that.group('subject')} {that.group('rest')}"
    return summary


# a noun and the relative clause the date ends, inside a participle clause ("ending weeks of haggling over [a
# truce] that [Omani mediators] first [put] on the table late last month"): the relative's own subject and
# verb, or its verb alone ("a truce that collapsed ...")
_NOUN_AND_RELATIVE = re.compile(r"\b(?P<noun>(?:the|a|an)\s+(?:(?!(?:the|a|an|that|which|who)\b)[\w'’-]+\s+){0,3}?[\w'’-]+)"
                                r"\s+(?:that|which)\s+(?:(?P<subject>(?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){0,2}?|(?:the|its|their)(?:\s+[\w'’.-]+){1,3}?)\s+)?"
                                r"(?P<adverb>(?:first|later|then|also|finally|[a-z]+ly)\s+)?"
                                r"(?P<verb>[a-z]{3,}ed|" + _PAST_AFTER_RELATIVE + r")\b(?P<rest>[^,;]*)$")


# an object after a verb ("[that the company cut] jobs in June"): the clause after the noun has all its parts
_OBJECT_FIRST = re.compile(r"\s*(?:the|a|an|its|their|his|her|our|my|your|this|these|those|some|all|\d[\d,.]*|[a-z]+s)\b"
                           r"(?!\s*$)")


def _relative_in_participle_clause(clause: str, expression: str) -> str | None:
    """The relative clause a date ends inside a participle clause told beside its sentence ("[Taresia and the
    rebels signed a ceasefire in Muscat on Friday,] ending weeks of haggling over a truce that Omani mediators
    first put on the table late last month"), as a clause of its own with its noun put back ("Omani mediators
    first put a truce on the table late last month"; "a truce that collapsed in June": "A truce collapsed in
    June"): what the date dates, not the sentence's news. None otherwise."""
    text = clause.strip().rstrip(" .")
    if not _GERUND_FIRST.match(text[0].upper() + text[1:]) or not text.endswith(expression):
        return None
    return _noun_and_its_relative(text, expression)


def _noun_and_its_relative(text: str, expression: str) -> str | None:
    """The relative clause ``expression`` ends in ``text``, as a clause of its own with its noun put back
    ("read out the declaration of independence that Merkys signed on 11 March 1990": "Merkys signed the
    declaration of independence on 11 March 1990"). None when there is none."""
    for opening in reversed(list(_DETERMINER_START.finditer(text, 1))):
        m = _NOUN_AND_RELATIVE.match(text, opening.start())
        if not m or expression not in m["rest"] or re.search(r"\b(?:that|which|who)\b", m["rest"].replace(expression, " ")):
            continue  # (the innermost relative clause: "capping [a ceremony that doubled as a fundraiser for victims
            # of the wildfires] that tore through the Los Angeles area last month")
        if re.search(r"\b(?:at|in|on|near|outside|inside|across)\s+$", text[:m.start()], re.IGNORECASE) \
                and m["noun"].split()[-1][:1].isupper():
            return None  # (a place's, or what is at the place? "a conference of 3,000 earthquake scientists at [the
            # Moscone Center] that opened on Monday": the conference opened)
        subject, noun = m["subject"], m["noun"][0].lower() + m["noun"][1:]
        if subject and _OBJECT_FIRST.match(m["rest"].replace(expression, " ", 1)):
            return None  # (what a noun says, not a relative clause: "the fact that the company cut jobs in June")
        if subject and (_FINITE_VERB.search(subject) or subject.split()[0].lower() in _PRONOUNS):
            return None
        if subject:
            return f"{subject} {m['adverb'] or ''}{m['verb']} {noun}{m['rest']}"
        return f"{noun[0].upper()}{noun[1:]} {m['adverb'] or ''}{m['verb']}{m['rest']}"
    return None


# a subordinate clause with a subject and a past verb of its own at the end of its sentence ("... after [Irish
# athlete Ciara Dolan was banned for four years on Monday]"), and the first verb of the clause it hangs on
_SUBORDINATE_AT_END = re.compile(r"\s(?:after|because|since|once|now\s+that)\s+(?P<told>(?:(?:the|a|an|its|their|his|her)\s|(?-i:[A-Z]))"
                                 r"[^,;:]*)$")
_FIRST_VERB = re.compile(r"\b(?:is|are|am|will|would|shall|should|could|can|may|might|must|was|were|has|have|had|[a-z]{3,}ed|"
                         + _IRREGULAR_PASTS + r")\b")
_NOW_OR_AHEAD = frozenset("is are am will would shall should could can may might must".split())


def _dated_subordinate_clause(clause: str, expression: str) -> str | None:
    """The subordinate clause a date ends, when the clause it hangs on is not told in the past ("South African
    runner Lerato Mokoena is set to be awarded a bronze medal after [Irish athlete Ciara Dolan was banned for
    four years on Monday]"): the date dates what the subordinate clause tells, the main clause is yet to come
    or holds now. None otherwise (a past main clause may be what the date dates: "Police arrested two men
    after a shop was robbed on Monday")."""
    text = clause.strip().rstrip(" .")
    m = _SUBORDINATE_AT_END.search(text)
    if not m or not m["told"].endswith(expression) or find_ignoring_case(text[:m.start()], expression) >= 0:
        return None
    main = re.split(r"[\"”]", text[dateline_length(text):m.start()])[-1]  # (after what was quoted: '..." Patnaik told reporters')
    first = _FIRST_VERB.search(main)
    if not first or first.group().lower() not in _NOW_OR_AHEAD:
        return None
    told = m["told"]
    verb = _FINITE_VERB.search(told)
    if not verb or verb.group().lower() in ("is", "are", "has", "have", "will", "would", "says") \
            or len(told[:verb.start()].split()) > 6 or not told[:verb.start()].strip() \
            or told[:verb.start()].split()[-1].lower() in _DETERMINER_WORDS:
        # (nor a noun phrase with a participle for an adjective: "after an aerial survey of the affected areas")
        return None
    return told[0].upper() + told[1:]


# a gerund after "since/after/before/upon" at the end of its sentence, the date its last words ("..., since
# [joining the European Economic Community in 1973]"), and the subject of a clause told after a saying
_GERUND_AT_END = re.compile(r",?\s+(?:after|before|since|upon)\s+(?P<gerund>[a-z]{2,}ing)\s+(?P<rest>[^,;:()\"“”]+)$")
_REPORTED_CLAUSE_SUBJECT = re.compile(r"\b(?:said|says|told\s+[\w'’-]+|added)\s+(?:that\s+)?(?P<subject>(?:the|its|their|his|her)\s+"
                                      r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:had|has|have|was|were|[a-z]{3,}ed)\b")


def _gerund_at_the_end(clause: str, sentence: str, expression: str) -> str | None:
    """A gerund hung on its sentence by "since", "after", "before" or "upon" at its end, dated by its own last
    words, as the past act of its subject ("President Catherine Connolly ... said the two countries had "stood
    together in Europe for half a century", since [joining the European Economic Community in 1973]" -> "The
    two countries joined the European Economic Community in 1973"): the clause's subject as the gerund rule
    finds it, or the subject of what a saying told. None when no subject is found."""
    text = clause.strip().rstrip(" .")
    m = _GERUND_AT_END.search(text)
    if not m or not m["rest"].endswith(expression) or find_ignoring_case(text[:m.start()], expression) >= 0:
        return None
    past = _gerund_past(m["gerund"])
    if not past or _FINITE_VERB.search(m["rest"].split(" ", 1)[-1]):
        return None  # (nor a noun's word before a clause: "after [reporting restrictions were lifted] on Sunday")
    told = f"{m['gerund'][0].upper()}{m['gerund'][1:]} {m['rest']}"
    subject = _subject_before_subordinator(told, sentence)
    if not subject:
        reported = list(_REPORTED_CLAUSE_SUBJECT.finditer(text[:m.start()]))
        subject = reported[-1]["subject"] if reported else ""
    if not subject:
        return None
    return f"{subject[0].upper()}{subject[1:]} {past} {m['rest']}"


_PREPOSITION_OPENING = re.compile(r"(?:in|amid|with|for|from|after|despite|during|as)\s", re.IGNORECASE)
_DETERMINER_START = re.compile(r"\b(?:a|an|the)\s", re.IGNORECASE)
_PREPOSITION_INSIDE = re.compile(r"\s(?:of|to|in|at|on|for|from|with|by)\s", re.IGNORECASE)


def _has_a_verb(text: str) -> bool:
    """Whether ``text`` holds a verb (a participle right after "a", "an" or "the" is an adjective: "a televised address")."""
    words = text.lower().split()
    return any((w in PAST_IRREGULAR or w in PRESENT or w in PRESENT_PLURAL or w.endswith("ed"))
               and (i == 0 or words[i - 1] not in ("a", "an", "the")) for i, w in enumerate(words))


def _relative_at_the_end(clause: str, expression: str) -> str | None:
    """A clause with no subject of its own, opening on a preposition, whose date ends the relative clause
    of its last noun ("in a count that doctors say is likely to be far short of the true toll from [a
    heatwave that broke temperature records across the north late last month]"): that relative clause with
    its noun, what the date dates ("A heatwave broke temperature records across the north late last
    month"); else None."""
    text = clause.strip().rstrip(" .")
    if not _PREPOSITION_OPENING.match(text) or not text.endswith(expression):
        return None
    for m in reversed(list(_DETERMINER_START.finditer(text, 1))):
        tail, before = text[m.start():], text[:m.start()]
        if len(before.split()) > 1 and re.search(r"\b(?:of|to|in|at|on|for|from|with|by)\s+$", before, re.IGNORECASE) \
                and not _has_a_verb(before):
            return None  # ("In a televised address to the nation that began at 8 pm": the address began)
        that = _SUBJECT_THAT.match(tail[0].upper() + tail[1:])
        if that:
            verb = that.group("rest").split()[0].lower()
            if _PREPOSITION_INSIDE.search(that.group("subject")):
                return None  # ("the forecast of showers that arrived": the forecast's, or the showers'?)
            if verb in PAST_IRREGULAR or verb.endswith("ed"):
                return f"{that.group('subject')} {that.group('rest')}"
            return None
    return None


# a noun that a preposition or a verb takes, and the relative clause the date ends, with a named subject of its own
# and no "that" ("[according to interim findings released Tuesday by] the inquiry Gov. Tom Keller set up on July
# 24", "[The court struck down] the law Congress passed in 2019"): the date dates the relative clause's happening
_NOUN_WORD = (r"(?!(?:before|after|since|as|when|while|until|because|if|than|that|which|who|the|a|an|of|in|on|at|to|by|for|"
              r"from|with|and|or|but|into|over|under|about|through)\b)[a-z][\w'’-]*")
_CONTACT_RELATIVE_AT_END = re.compile(
    r"(?:^|\s)(?P<before>[a-z]+)\s+(?P<noun>(?:the|a|an|its|their|his|her)\s+(?:" + _NOUN_WORD + r"\s+){0,2}?" + _NOUN_WORD + r")\s+"
    r"(?P<subject>(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]*[a-z])\s+"
    r"(?P<verb>[a-z]{3,}ed|" + _PAST_AFTER_RELATIVE + r")(?P<particle>\s+(?:up|out))?"
    # (the clause's object is the noun: the verb goes on with where or when, not an object of its own)
    r"(?P<rest>\s+(?:in|on|at|during|last|this|early|late|earlier|from|with|to|by|near|outside|inside|(?-i:[A-Z0-9]))[^,;:()\"“”]*)$")
# ... taken by: a preposition, or the particle of a phrasal verb ("struck down"); not a subordinator ("as the singer
# Taylor Swift performed on Monday", "after his father Kim Jong-il died in December 2011") nor a place's preposition
# before a name in apposition ("Talks at the conciliation service Acas broke down late Saturday")
_TAKES_A_NOUN = frozenset("""by of for from into onto on to with against about under down up off out""".split())
_A_DATES_NAME = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|"
                           r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                           r"Christmas|Easter)\b\.?")
_NOT_A_RELATIVES_NOUN = frozenset("""day days night week weekend month year time moment morning afternoon evening hour
    minute spokesman spokeswoman spokesperson""".split())


def _contact_relative_at_the_end(clause: str, expression: str) -> str | None:
    """The relative clause without "that" a date ends, whose noun a preposition or a verb takes and whose subject
    is a name ("... by the inquiry Gov. Tom Keller set up on July 24"), as a clause of its own: "Gov. Tom Keller
    set up the inquiry on July 24", what the date dates (not the sentence's verb). None otherwise."""
    text = clause.strip().rstrip(" .")
    m = _CONTACT_RELATIVE_AT_END.search(text)
    if not m or not m["rest"].endswith(expression) or find_ignoring_case(text[:m.start("rest")], expression) >= 0:
        return None
    head = m["noun"].split()[-1].lower()
    if m["before"] not in _TAKES_A_NOUN and not (_a_participle(m["before"]) or m["before"] in PAST_IRREGULAR) \
            or head in _NOT_A_RELATIVES_NOUN or m["verb"] in ("said", "told", "added", "announced") \
            or _FINITE_VERB.search(m["rest"]) or _another_verb(m["rest"]) \
            or m["subject"].split()[0].lower() in _PRONOUNS or m["subject"].split()[0].lower() in _DETERMINER_WORDS \
            or _A_DATES_NAME.search(m["subject"]):
        return None  # (nor a date for a name: "from the prison in March went on trial yesterday")
    return f"{m['subject']} {m['verb']}{m['particle'] or ''} {m['noun']}{m['rest']}"


# a description in apposition to a name and its relative clause ("Daniel Ashworth, [a 34-year-old estate agent who
# stood unsuccessfully in the neighbouring Castle ward two years ago]")
_DESCRIPTION_WHO = re.compile(r"(?:A|An)\s[^,;:()\"“”]{2,60}?\s+who\s+(?P<rest>(?:[a-z]{3,}ed|" + _PAST_AFTER_RELATIVE + r")\b.*)$")
_NAME_BEFORE_APPOSITION = re.compile(r"(?<![\w'’.-])(?P<name>(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){1,3}),\s+$")


def _apposed_name_who(summary: str, sentence: str) -> str:
    """A summary that is a description set beside a name and its relative clause reads as the name and
    that clause: "A 34-year-old estate agent who stood unsuccessfully in the neighbouring Castle ward two
    years ago", after "Daniel Ashworth, ", is "Daniel Ashworth stood unsuccessfully in the neighbouring
    Castle ward two years ago"; otherwise the summary as it is."""
    described = _DESCRIPTION_WHO.match(summary)
    if described is None:
        return summary
    at = sentence.find(summary[0].lower() + summary[1:40])
    name = _NAME_BEFORE_APPOSITION.search(sentence, 0, at) if at > 0 else None
    if name is None or name.group("name").split()[0].lower() in NOT_A_SUBJECT:
        return summary
    return f"{name.group('name')} {described.group('rest')}"


def _aside_as_clause(summary: str, expression: str) -> str:
    """A summary that is a subject and the aside dating it ("The decision, announced at 2.30pm
    ...") reads as the clause the aside stands for ("The decision was announced at 2.30pm ...");
    so does a subject and its relative clause ("Salvage vessel Rustam, which reached the site on
    Thursday" -> "Salvage vessel Rustam reached the site on Thursday")."""
    relative = _SUBJECT_AND_RELATIVE.match(summary)
    if relative and expression in relative.group("rest") and not _FINITE_VERB.search(relative.group("subject")):
        subject = relative.group("subject")
        if relative.group("pronoun") == "which":
            # "The deal requires approval from the bankruptcy court, which will hold a hearing": a
            # thing's "which" is the nearest thing named, the object of a preposition
            nearest = _OBJECT_AT_END.search(subject)
            subject = nearest.group("noun") or nearest.group("name") if nearest else subject
        return f"{subject[0].upper()}{subject[1:]} {relative.group('rest')}"
    m = _SUBJECT_AND_ASIDE.match(summary)
    if not m or expression not in m.group("participle") + " " + m.group("rest") or _FINITE_VERB.search(m.group("subject")) \
            or any(w in PAST_IRREGULAR for w in m.group("subject").lower().split()[1:]):
        return summary  # (nor "The total beat the previous high of 500 million pounds, set in 2008": a clause)
    head = m.group("subject").split()[-1].lower()
    be = "were" if head.endswith("s") and not head.endswith("ss") else "was"
    return f"{m.group('subject')} {be} {m.group('participle')} {m.group('rest')}"


# a summary that is a relative clause cut from its noun ("Which last produced a major quake in Southern California in 1857"),
# or an aside opened by "at which" cut from its subject, then the subject's verb ("At which prosecutors will seek ...,
# is scheduled for October")
_CUT_RELATIVE = re.compile(r"(?P<pronoun>Which|Who)\s+(?P<rest>\S.*)", re.DOTALL)
_CUT_PREPOSITION_WHICH = re.compile(r"(?P<opening>(?:At|In|During|On|Under|From|Through)\s+which)\s+[^,]+,\s+(?P<told>(?:is|are|was|were|has|have|had|"
                                    r"will|would|could|[a-z]{3,}ed|" + _IRREGULAR_PASTS + r")\b.*)", re.DOTALL)
# the noun phrase that ends right before the relative's comma: "the San Andreas fault", "Queen's Club"
_NOUN_BEFORE_COMMA = re.compile(r"(?:\b(?:the|a|an|its|their|his|her)\s+(?:[\w'’.&-]+\s+){0,4}?[\w'’.&-]+"
                                r"|(?-i:[A-Z])[\w'’.&-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'’.&-]*){0,4})$", re.IGNORECASE)
_COMPLEMENT_THAT = re.compile(r"That\s+(?P<rest>\S.*)", re.DOTALL)
_AUXILIARIES_AND_MODALS = frozenset("is was were are has had have will would could can may might should must did does do "
                                    "means meant".split())
_OPENS_ITS_OWN_SUBJECT = re.compile(r"(?:it|they|he|she|we|i|you|the|a|an|its|their|his|her|this|these|those)\b|(?-i:[A-Z])", re.IGNORECASE)


def _relative_with_its_noun(summary: str, sentence: str) -> str:
    """A summary that is a relative clause cut from its noun reads as the noun and its clause ("Which last produced
    a major quake in Southern California in 1857" -> "The San Andreas fault last produced ..."), or as the noun and
    the sentence's verb when the relative is an aside in the subject ("Which cuts the number of shops ..., begins in
    2024" -> "The first stage begins in 2024"); one that is an aside opened by "at which", cut from its subject, reads
    as the subject and its verb ("A hearing under the Proceeds of Crime Act is scheduled for October"); one that is what
    was said after "that" drops the "that" ("That sloppy bookkeeping in the office dated back to the 1990s"). Only a
    plain noun phrase stands for the pronoun (no preposition in it, no place after "in": "the climate summit in Paris,
    which begins" is left alone), and only before a verb (not "which it began shipping", "which regulators
    approved"), never "which means" (the whole clause)."""
    m = _CUT_RELATIVE.fullmatch(summary)
    if m and _RELATIVE_VERB_FIRST.match(m["rest"]) and not re.match(r"(?:means|meant)\b", m["rest"]) \
            and not _A_SUBJECT_THEN_ITS_VERB.match(m["rest"]):
        at = find_ignoring_case(sentence, f", {m['pronoun'].lower()} {m['rest'][:40]}")
        noun = _NOUN_BEFORE_COMMA.search(sentence, 0, at) if at > 0 else None
        if noun and not _FINITE_VERB.search(noun.group()) and not _PREPOSITION_IN.search(noun.group()) \
                and len(noun.group().split()) <= 8 and not _PLACE_PREPOSITION_BEFORE.search(sentence, 0, noun.start()) \
                and not _MONTH_OR_DAY_NAME.fullmatch(noun.group()):
            name = f"{noun.group()[0].upper()}{noun.group()[1:]}"
            told = _ASIDE_THEN_SUBJECTS_VERB.match(m["rest"])
            if told and (noun.start() == dateline_length(sentence) or _A_CLAUSE_OPENS_BEFORE.search(sentence, 0, noun.start())):
                return f"{name} {told['told']}"  # the sentence's subject and its own verb, past the relative aside
            return f"{name} {m['rest']}"
        return summary
    m = _COMPLEMENT_THAT.fullmatch(summary)
    if m and (_OPENS_ITS_OWN_SUBJECT.match(m["rest"]) or re.match(r"(?:thousands|hundreds|millions|dozens|\d)", m["rest"])
              or re.match(r"[a-z]+(?<!s)\s", m["rest"]) and m["rest"].split()[0] not in _AUXILIARIES_AND_MODALS):
        at = find_ignoring_case(sentence, f"that {m['rest'][:40]}")
        if at > 0 and (_SAYING_BEFORE_THAT.search(sentence, 0, at) or _AND_BEFORE_THAT.search(sentence, 0, at)
                       and _SAYING_BEFORE_THAT_WORDS.search(sentence, 0, at)):
            # "[Officials said ... and] that thousands of homes had flooded": what was said, whose saying is told
            # apart (not a demonstrative that opens its sentence: "That number had fallen to about 400")
            return f"{m['rest'][0].upper()}{m['rest'][1:]}"
        return summary
    m = _CUT_PREPOSITION_WHICH.fullmatch(summary)
    if m:
        at = find_ignoring_case(sentence, f", {m['opening'].lower()} ")
        subject = sentence[:at].strip() if at > 0 else ""
        if subject and subject[0].isupper() and not _FINITE_VERB.search(subject) and "," not in subject and len(subject.split()) <= 12:
            return f"{subject} {m['told']}"
    return summary


_RELATIVE_VERB_FIRST = re.compile(r"(?:(?:last|also|still|now|then|first|later|once|often|never|already|[a-z]+ly)\s+)?"
                                  r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|[a-z]+s|[a-z]{3,}ed|"
                                  + _IRREGULAR_PASTS + r")\b")
_PREPOSITION_IN = re.compile(r"\s(?:of|in|on|at|for|to|with|from|by|around|under|over|near|between|about|into)\s", re.IGNORECASE)
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|near|from|outside|across)\s+$", re.IGNORECASE)
_MONTH_OR_DAY_NAME = re.compile(_MONTH_OR_DAY_WORD)
# the relative aside's end and the sentence's own verb after it ("which cuts the number of shops ..., begins in 2024")
_ASIDE_THEN_SUBJECTS_VERB = re.compile(r"(?:[^,]|,(?=\d))+,\s+(?P<told>(?:is|are|was|were|has|have|had|will|would|could|[a-z]+s|[a-z]{3,}ed|"
                                       + _IRREGULAR_PASTS + r")\b.*)", re.DOTALL)
# a plural noun and its verb opening a relative clause: the noun is the clause's subject, the relative its object
# ("which regulators approved on August 15", "which banks will be able to draw")
_A_SUBJECT_THEN_ITS_VERB = re.compile(r"[a-z]+s\s+(?:(?:also|still|now|then|first|later|[a-z]+ly)\s+)?(?:is|are|was|were|has|have|had|will|"
                                      r"would|could|can|may|might|should|must|said|say|[a-z]{3,}ed|" + _IRREGULAR_PASTS + r")\b")
# the start of a clause before a noun phrase ("..., but the first stage, which cuts ..., begins in 2024")
_A_CLAUSE_OPENS_BEFORE = re.compile(r"(?:,\s*(?:but|and|while|whereas)|;)\s+$", re.IGNORECASE)
# what comes before a "that" of reported words: a verb of saying or thinking right before it, or an "and" after one
_SAYING_BEFORE_THAT_WORDS = re.compile(r"\b(?:" + "|".join(sorted(REPORTING - {"according"})) + r"|say|argued|confirmed|claimed|"
                                       r"believe[sd]?|thinks?|thought|estimated|expected|showed|found|agreed|acknowledged|admitted|"
                                       r"conceded|suggested|indicated|revealed|hoped|feared|fear|hope|expects?)\b", re.IGNORECASE)
_SAYING_BEFORE_THAT = re.compile(_SAYING_BEFORE_THAT_WORDS.pattern + r"\s+$", re.IGNORECASE)
_AND_BEFORE_THAT = re.compile(r",?\s+and\s+$", re.IGNORECASE)


# an aside with no verb and, after its comma, the verb whose subject came before the aside ("some 600km to the
# east on Flores, erupted late on Wednesday night"); the name before it in the sentence ("Mount Batara, ")
_ASIDE_THEN_VERB = re.compile(r"(?P<aside>[^,;:()\"“”]{3,60}),\s+(?P<told>(?:(?:first|then|later|finally|also|[a-z]+ly)\s+)?"
                              r"(?:[a-z]{3,}ed|was|were|had|has|have|" + _IRREGULAR_PASTS + r")\b.*)$")
_NAME_BEFORE_ASIDE = re.compile(r"(?P<name>(?-i:[A-Z])[\w'’.-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'’.-]*){0,4}),\s+$")


_PREPOSITION_BEFORE_NAME = re.compile(r"\b(?:on|in|at|of|from|to|for|by|with|near|into|over|under|about|against|between)\s+$",
                                      re.IGNORECASE)


def _subject_before_its_aside(summary: str, sentence: str, expression: str = "") -> str:
    """A summary cut at the comma after a name, that opens with the aside about the name ("[Ngurah Rai airport
    closed yesterday morning after Mount Batara,] some 600km to the east on Flores, erupted late on Wednesday
    night"): the name and the verb it goes with ("Mount Batara erupted late on Wednesday night")."""
    m = _ASIDE_THEN_VERB.match(summary)
    if not m or _FINITE_VERB.search(m["aside"]) or expression and find_ignoring_case(m["aside"], expression) >= 0:
        return summary  # (nor "The Honda Accord, the best-selling car ... in 1989 and 1990, slipped": the aside's date)
    at = find_ignoring_case(sentence, m["aside"])
    name = _NAME_BEFORE_ASIDE.search(sentence, 0, at) if at > 0 else None
    if name is None or name["name"].split()[0].lower() in NON_NAME_CAPITALS | {"the", "a", "an", "on", "in", "at", "after", "before"} \
            or _PREPOSITION_BEFORE_NAME.search(sentence, 0, name.start()):
        return summary  # (not "[The first baby of the year on] Oahu, a girl weighing 7 pounds 2 ounces, was born", nor
        # "Meanwhile, the board's budget, released Friday, projects ...")
    return f"{name['name']} {m['told']}"


# past participles that are also past forms, which a bare relative clause may open with ("a ceasefire brokered
# by Moscow", "the rehearsal held on Friday night"; not a saying's "said" or "told": "The Bureau said 2019 was ...")
_PARTICIPLE_LIKE_PAST = frozenset("""held made built sent sold found lost paid led brought bought met laid struck won kept left
    lent hung bound spent caught taught sought fought dealt shot""".split())
# a count opening a subject ("Two Irish aid workers abducted ...")
_COUNT_WORDS = r"Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Both|Several|\d+"
# "A painting stolen from a Glasgow museum more than three years ago has been recovered", "A portrait
# ... that was stolen from a Scottish museum in 2022 has been recovered": a subject, the relative clause
# (with "that", "which" or "who", or a bare past participle) whose date ends it, and the sentence's own verb
_SUBJECTS_RELATIVE = re.compile(
    rf"(?P<subject>(?:The|A|An|Its|His|Her|Their|{_COUNT_WORDS})\s[^,;:()—–\"“”`]{{2,80}}?)\s+(?:(?P<pronoun>that|which|who)\s+(?P<verb>[a-z]+)|"
    r"(?P<participle>[a-z]{3,}ed|" + "|".join(sorted(PARTICIPLES | _PARTICIPLE_LIKE_PAST)) + r"))\b(?P<rest>[^,;:()—–\"“”`]*)")
_MAIN_VERB_AFTER = re.compile(r"\s+(?:(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should)\b|[a-z]{3,}ed\b)")
# ... but not a verb that tells what the thing dated shows or says, nor a state of it: those are of the date's time
# too ("A poll published yesterday suggested that ...", "A delivery plan published on Monday conceded the goal would not
# be met", "The harvest gathered in November and December was less than a third of normal")
_TELLS_AFTER = re.compile(
    r"\s+(?:(?:had|has|have)\s+)?(?:(?:[a-z]+ly)\s+)?(?:show|shows|showed|shown|suggest|suggests|suggested|estimate|estimates|estimated|"
    r"find|finds|found|conclude|concludes|concluded|rank|ranks|ranked|indicate|indicates|indicated|reveal|reveals|revealed|"
    r"project|projects|projected|predict|predicts|predicted|put|puts|say|says|said|describe|describes|described|recommend|"
    r"recommends|recommended|concede|concedes|conceded|count|counts|counted|list|lists|listed|warn|warns|warned|note|notes|"
    r"noted|state|states|stated|argue|argues|argued|urge|urges|urged|acknowledge|acknowledges|acknowledged|admit|admits|"
    r"admitted|confirm|confirms|confirmed|identify|identifies|identified|blame|blames|blamed|accuse|accuses|accused|"
    r"criticise|criticises|criticised|criticize|criticizes|criticized|call|calls|called|require|requires|required)\b")
_BE_AFTER = re.compile(r"\s+(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?(?P<next>[\w$£€%-]+)")
# ... but a state the thing is in now, told in the present ("Two aid workers abducted in Niger on 2 August [are alive and
# being held together]", "[remain missing]", "[is still held]"): a later time than the participle's, which dates only it
_STATE_NOW_AFTER = re.compile(r"\s+(?:(?:is|are)\s+(?:still|now|alive|dead|missing|safe|unharmed|unhurt|injured|free|"
                              r"unaccounted|being|believed|thought|feared|recovering|in\s+(?:custody|hospital|captivity|detention))\b"
                              r"|(?:remain|remains|stay|stays)\s+(?!(?:the|a|an)\b)[a-z])", re.IGNORECASE)
# what a bare participle goes on with: where, when or by whom it was done, not an object ("The inquest heard
# that ...", "the retail federation stuck to its forecast")
_PARTICIPLE_TAIL = re.compile(r"\s+(?:in|on|at|by|from|to|into|for|during|over|under|across|near|after|before|since|through|"
                              r"between|along|against|beneath|outside|inside|off|out|up|down|there|here|earlier|late|early|"
                              r"last|this|only|just|more|about|around|[a-z]+ly)\b")
# a plan told in the relative clause is the larger noun phrase's, which the sentence's verb tells what befell
# ("A joint press conference by the two ministers that had been planned for Tuesday was cancelled")
_PLAN_PARTICIPLE = re.compile(r"\b(?:planned|scheduled|set|due|slated|expected|booked|proposed|intended|meant|supposed|ended|ending)\b")
# a noun phrase with a subject of its own before the participle ("The smoke extraction system [inspectors] found in
# April", "the budget [the minister] unveiled"): an object's relative clause, whose subject is not the noun
_INNER_DETERMINER = re.compile(r"(?<!\bof)(?<!\bby)(?<!\bfrom)(?<!\bin)(?<!\bat)(?<!\bon)(?<!\bwith)(?<!\bfor)(?<!\bto)(?<!\band)"
                               r"\s(?:the|a|an|his|her|their|its|our|my)\s|\s(?:inspectors|officials|police|investigators|workers|"
                               r"researchers|scientists|experts|voters|residents|officers)$", re.IGNORECASE)
# a date a phrase in the relative clause is anchored to ("introduced after the Gujarat earthquake on January 26")
_ANCHOR_IN_REST = re.compile(r"\b(?:after|before|since|following|until|ahead\s+of)\s+(?:the|a|an|its|their|his|her)\b", re.IGNORECASE)
# a subject that is a measure of the things the relative clause picks out ("The number of homes listed for sale at the
# end of February was the lowest on record", "The highest gust recorded at Mace Head last winter was 119km/h"):
# the date is the measure's, and the sentence's verb tells it
_MEASURE_SUBJECT = re.compile(r"\b(?:number|numbers|average|median|total|totals|share|proportion|percentage|rate|rates|level|levels|"
                              r"price|prices|amount|value|cost|costs|count|tally|toll|highest|lowest|most|least|biggest|largest|"
                              r"smallest|first|last|only|loss|losses|profit|profits|income|revenue|revenues|sales|earnings|output)\b",
                              re.IGNORECASE)
_COUNT_OPENING = re.compile(rf"(?:{_COUNT_WORDS})\s")
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|it|they|we|i|you)\b", re.IGNORECASE)
_DETERMINER_WORDS = frozenset("a an the his her its their our my this that these those".split())
_NOT_A_NOUN_END = frozenset("to be of the a an and or in on at by for with from".split())


def _a_participle(word: str) -> bool:
    """Whether ``word`` may be a past participle ("stolen", "released", "held"; not "hundred" nor "shutdown", nor
    a form as often the past: "The storm hit just weeks after ...")."""
    return word in PARTICIPLES or word in _PARTICIPLE_LIKE_PAST \
        or word.endswith("ed") and len(word) > 4 and word not in NOT_PAST


def _another_verb(text: str, after: str = "") -> bool:
    """Whether ``text`` (after the word ``after``) holds a finite verb not right after a determiner ("his
    estranged wife") nor a participle after "be" or "have" ("was stolen", "has killed")."""
    words = [after.lower()] + re.findall(r"[a-z]+", text.lower())
    for before, word in zip(words, words[1:]):
        if before in _DETERMINER_WORDS or before in ("was", "were", "been", "be", "is", "are", "has", "have", "had"):
            continue
        if word in PAST_IRREGULAR or word.endswith("ed") and len(word) > 4 and word not in NOT_PAST:
            return True
    return False


def _subjects_relative(summary: str, expression: str) -> str:
    """A summary that is the whole sentence whose date ends its subject's relative clause ("A painting
    stolen from a Glasgow museum more than three years ago has been recovered in Belgium") reads as that
    clause with its noun, what the date dates ("A painting was stolen from a Glasgow museum more than three
    years ago"): the sentence's own verb is another time's news (the recovery's, told this week)."""
    at = summary.find(" " + expression)
    end = at + 1 + len(expression)
    now = _STATE_NOW_AFTER.match(summary, end) if at >= 0 else None
    if at < 0 or not (now or _MAIN_VERB_AFTER.match(summary, end)) or _TELLS_AFTER.match(summary, end):
        return summary
    be = _BE_AFTER.match(summary, end)
    if be and not now and not _a_participle(be["next"].lower()):
        return summary  # ("... is indeed Richard III", "... was less than a third of normal"; not "... was lifted")
    m = _SUBJECTS_RELATIVE.fullmatch(summary, 0, end)
    if not m:
        return summary
    subject, verb = m["subject"], m["participle"] or m["verb"]
    counted = _COUNT_OPENING.match(subject)
    if counted and not now:
        return summary  # (a count's verb may be news of the date's own time: "Four jets that took off early Sunday bombed ...")
    inner = _INNER_DETERMINER.search(subject)
    if counted and inner and not inner.group()[-1].isspace():
        inner = None  # "Two Irish aid workers [abducted]": the people counted, no object's relative clause
    if _FINITE_VERB.search(subject) or _PERSONAL_PRONOUN.search(subject) or _MEASURE_SUBJECT.search(subject) \
            or ". " in subject or subject.split()[-1].lower() in _NOT_A_NOUN_END or subject.endswith("ly") \
            or _PLAN_PARTICIPLE.search(m["rest"]) or _PLAN_PARTICIPLE.fullmatch(verb) or inner \
            or _ANCHOR_IN_REST.search(m["rest"]):
        return summary  # (nor "the budget the minister unveiled in May", "a levy introduced after the earthquake on January 26")
    if m["participle"]:
        # "A painting stolen from ...", "A poll released Monday": a noun's bare participle, then where or when
        if not _a_participle(verb) or subject.split()[-1][:1].isupper() or not (
                _PARTICIPLE_TAIL.match(m["rest"]) or m["rest"].strip() == expression) or _another_verb(m["rest"]):
            return summary
        head = re.split(r"\s+(?:of|by|from|in|at|on|with|for)\s+", subject)[0].split()[-1].lower()
        be = "were" if counted or head.endswith("s") and not head.endswith(("ss", "is", "us", "'s", "’s")) else "was"
        return f"{subject} {be} {verb}{m['rest']}"
    if not (verb in PAST_IRREGULAR or verb in PAST_AMBIGUOUS or verb.endswith("ed") and verb not in NOT_PAST
            or verb in ("has", "have")) or _another_verb(m["rest"], after=verb):
        return summary
    return f"{subject} {verb}{m['rest']}"


# the sentence's own verb right after a date that ends its subject ("Two former warders accused of helping three inmates
# escape ... in March [went] on trial ... yesterday"), and no comma before another date of its clause
_OWN_VERB_RIGHT_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:(?:has|have|had|was|were|is|are)\s+(?:been\s+)?)?"
                                   r"(?P<verb>[a-z]{3,}ed|" + _IRREGULAR_PASTS + r")\b(?P<rest>[^,;:()—–\"“”]*)")


def _subject_dated_apart_from_its_verb(sentence: Sentence, timex: Timex, found: list[Timex]) -> bool:
    """Whether the date ends its sentence's subject, a noun and the participle or relative clause it sits in
    ("Two former warders accused of helping three inmates escape from the Groenkloof Correctional Centre in
    March"), and another date of the same clause, after the sentence's own verb, dates that verb ("went on trial
    in the Bloemfontein High Court yesterday"): the date dates no more than the words inside the subject."""
    text = sentence.text
    end = timex.end - sentence.start
    own = _OWN_VERB_RIGHT_AFTER.match(text, end)
    m = _SUBJECTS_RELATIVE.fullmatch(text, dateline_length(text), end) if own else None
    if not m or own["verb"] in ("said", "told") or _TELLS_AFTER.match(text, end) or _FINITE_VERB.search(m["subject"]) \
            or _MEASURE_SUBJECT.search(m["subject"]) or _PLAN_PARTICIPLE.search(m["rest"]) \
            or _PLAN_PARTICIPLE.fullmatch(m["participle"] or m["verb"]):
        # (nor what the thing dated shows, "A survey released by HSBC on Thursday showed ...", which is of its date's
        # time; nor a measure's period, "Its operating profit for the first quarter nearly doubled", nor a plan's day,
        # "A spy thriller scheduled for April has moved to November")
        return False
    return any(other.start - sentence.start >= own.start("rest") and other.end - sentence.start <= own.end()
               for other in found if other is not timex)


# a relative clause's pronoun right before its clause, and an amount right after a date (no preposition
# between): the amount is the object of the verb the relative clause interrupted ("fined the owner of a
# coal carrier [that ran aground ... last spring] 2.1 million Australian dollars")
_RELATIVE_PRONOUN_AT_END = re.compile(r"\b(?:that|which|who)\s*$", re.IGNORECASE)
_AMOUNT_AFTER_DATE = re.compile(r"\s+(?:(?:about|nearly|almost|some|roughly|more\s+than|less\s+than)\s+)?"
                                r"(?:(?:US|A|C|NZ|HK)?[$€£¥₹]\s*\d|\d[\d.,]*\s*(?:%|per\s*cent|percent|million|billion|trillion|"
                                r"crore|lakh|(?-i:[A-Z][a-z]+\s+)?(?:dollars|euros|pounds|rupees|yen|yuan|rand|pesos)))", re.IGNORECASE)


def _relative_ended_by_an_amount(summary: str, expression: str) -> str:
    """A relative clause's summary that runs past its date into an amount ("A coal carrier ran aground near
    the Great Barrier Reef last spring 2.1 million Australian dollars ... for causing an oil spill") ends at
    the date: the amount is what the main clause's verb took ("fined the owner ... 2.1 million ...")."""
    at = summary.find(expression)
    if at < 0 or not _AMOUNT_AFTER_DATE.match(summary, at + len(expression)):
        return summary
    return summary[:at + len(expression)]


_BARE_RELATIVE = re.compile(r"(?:Who|Whom|Whose|Which)\b")
# "[FAA Administrator Steve Dickson signed the order ...,] after flying the jet himself in September":
# a participle whose subject is the sentence's, hung on it by a subordinator
_SUBORDINATE_PARTICIPLE = re.compile(r"(?:After|Before|While|When|Since|Without|Despite|Upon|On)\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\b")
# "[Talks fell apart on Thursday,] leaving emergency departments facing a strike next month": a
# participle clause after a comma goes on from its sentence
_PARTICIPLE_AFTER_COMMA = re.compile(r"(?-i:[A-Z][a-z]{2,}ing)\s")
_GAP_PREPOSITIONS = frozenset("on in at by from to until till before after of for through".split())
_SEQUENCE_ADVERBS = frozenset("then again later finally eventually also once more".split())
_PRONOUNS = frozenset("he she it they we i you this that these those there".split())


def _participle_clause(clause: str, sentence: str) -> bool:
    """A participle clause told beside its sentence's own: after a comma ("..., leaving emergency
    departments facing a strike next month") or before one ("Speaking to reporters on Monday, ...")."""
    at = sentence.find(clause.strip()[:30])
    if at < 0:
        return False
    if re.search(r",\s*$", sentence[:at]):
        return True
    rest = sentence[at + len(clause.strip().rstrip(".")):]
    return at == 0 and bool(re.match(r"\s*,\s*\S", rest))


# a subordinate clause's opening word, which its date's summary leaves out
_SUBORDINATOR_OPENING = re.compile(r"(?:After|Before|When|Once|Because|Since|Although|Though|While|Until|Whereas)\s+(?=[A-Za-z])")
_MEANWHILE_AFTER_GAP = re.compile(r",?\s+(?:as|while|amid|because)\s+(?=\w)", re.IGNORECASE)


def _gapped(clause: str, sentence: str, expression: str) -> bool:
    """A clause after "and" that leaves out its verb and is a short noun phrase and its date
    ("Pine Hollow was evacuated Wednesday, and [Cedar Flat] a day later"; "... by Friday and [the
    rural ones] early next week"): it says nothing without the sentence."""
    at = sentence.find(clause.rstrip(" ."))
    if at <= 0 or not re.search(r"(?:,\s*|\s)(?:and|or)\s+$", sentence[:at]):
        return False
    # (what went on meanwhile is no part of the gap: "... fell 9 per cent on Wednesday and [another 4 per cent] on
    # Thursday as investors weighed the cost ..."; a figure's "per cent" is one word)
    core = _MEANWHILE_AFTER_GAP.split(clause.replace(expression, " ", 1), maxsplit=1)[0]
    words = [w.strip(".,;:'’\"“”") for w in re.sub(r"\bper\s+cent\b", "percent", core).split()]
    words = [w for w in words if w and w.lower() not in _GAP_PREPOSITIONS]
    if not [w for w in words if w.lower() not in _SEQUENCE_ADVERBS]:
        # "[Mediators extended their deadline from 3 October to 8 October] and then to 10 October": no words of
        # its own but the date's
        return bool(words) or bool(re.match(r"\s*(?:to|until|till|on|in|at|by|for)\b", core, re.IGNORECASE))
    # (up to five words for a name's noun phrase: "... before the Senate economics committee on Friday
    # and [the House economics committee] the following week")
    if not 1 <= len(words) <= (5 if any(w[:1].isupper() for w in words[1:]) else 3) or words[0].lower() in _PRONOUNS:
        return False
    if not (words[0][0].isupper() or words[0][0].isdigit() or _DETERMINER_OR_NUMBER.match(words[0])):
        return False
    last = words[-1].lower()
    if len(words) == 3 and _DETERMINER_OR_NUMBER.match(words[0]) and last.endswith("s") \
            and not last.endswith(("ss", "'s", "’s")) and last != "ones":
        return False  # "[and] the season opens [March 19]": a verb of its own
    return not any(_FINITE_VERB.fullmatch(w) or _VERB_FIRST.fullmatch(w) for w in words)


def _with_governor(summary: str, sentence: str) -> str:
    """An infinitive left alone by a cut at "and" ("To finish counting by November 13") takes the
    words that govern the first infinitive of its sentence ("... said the county expected")."""
    if not summary.startswith("To "):
        return summary
    found = find_ignoring_case(sentence, " ".join(summary.split()[:3]))
    before = sentence[:found] if found >= 0 else ""
    governed = re.search(r"^(.{3,}?\b[a-z]+)\s+to\s+[a-z]+", before)
    if not governed or len(governed.group(1).split()) > 12:
        return summary
    return f"{governed.group(1)} to {summary[3:]}"


# a relative pronoun right before a verb-first clause, and the noun phrase it stands for (a name
# may hold a number: "Lion Air Flight 610, which crashed ...")
_RELATIVE_BEFORE = re.compile(r"(?:(?P<noun>\b(?:the|a|an|its|their|his|her)\s+(?:(?!(?:the|a|an)\b)[\w'’-]+\s+){0,3}?[\w'’-]+"
                              r"|(?-i:\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                              r"May|June|July|August|September|October|November|December)\b)[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|\d[\w-]*)){0,4})),?\s+)?"
                              r"\b(?:that|which|who)\s+(?:[^,;]*\b(?:and|but)\s+)?$", re.IGNORECASE)  # (or a second verb of it)
_OWN_SUBJECT = re.compile(r"\S+(?:\s+\S+){0,3}?\s+(?:will|would|is|are|was|were|has|have|had|could|can|may|might|must|should)\b",
                          re.IGNORECASE)
_DETERMINER_OR_NUMBER = re.compile(r"(?:the|a|an|this|that|these|those|its|his|her|their|our|my|some|all|most|"
                                   r"many|several|no|each|every|both|another|other|such|\d|one|two|three|four|five|six|seven|"
                                   r"eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|few)\b", re.IGNORECASE)


_AND = re.compile(r"\band\s+")


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


def _and_before(sentence: str, word: str) -> int:
    """The end of the first "and <word>" in ``sentence`` (``word`` whole, case as written), or -1."""
    for found in _AND.finditer(sentence):
        end = found.end() + len(word)
        if sentence.startswith(word, found.end()) and word and (
                _is_word_character(word[-1]) != (end < len(sentence) and _is_word_character(sentence[end]))):
            return end
    return -1


# a participle before a plural noun, then that subject's own verb: "conflicting reports on Friday said",
# "rising prices have", "growing fears were"
_ING_ADJECTIVE_SUBJECT = re.compile(r"[A-Za-z]+ing\s+[a-z]+s\s+(?:[\w'’-]+\s+){0,3}?(?:said|say|says|were|are|have|had|showed|show|"
                                    r"shows|suggest|suggested|suggests|indicated|put|remain|remained)\b")


_APPROXIMATE_COUNT = re.compile(r"(?:about|around|nearly|almost|roughly|approximately|some|over|more\s+than|fewer\s+than|"
                                r"less\s+than|up\s+to|at\s+least|an\s+estimated)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                                r"eleven|twelve|dozens|hundreds|thousands|a\s+(?:dozen|hundred|thousand))\b)", re.IGNORECASE)


def _after_and_small(summary: str, sentence: str) -> bool:
    """A summary cut at "and" whose first word is a verb in the sentence, written small after
    "and" and no determiner ("[Markets close from Monday and] reopen on Feb. 24")."""
    words = summary.split()[:3]
    if not words or _DETERMINER_OR_NUMBER.match(summary) or _OWN_SUBJECT.match(summary) or _ING_ADJECTIVE_SUBJECT.match(summary) \
            or _APPROXIMATE_COUNT.match(summary):
        # (nor "six mayoral contests will be declared on Saturday", "[..., and] conflicting reports on
        # Friday said ...", "[..., and] about 11,000 people remain in evacuation centers": a subject of its own)
        return False
    found = _and_before(sentence, words[0].lower())
    # (a pronoun or "people" is a subject of its own, not a verb: "[..., and] we don't expect a recovery",
    # "[..., and] they're not going to risk it", "[..., and] maybe not at all this year")
    pronoun = re.sub(r"['’](?:re|ll|ve|d|s|m)$", "", words[0].lower())
    if pronoun in PLURAL_WITHOUT_S and len(words) > 1 and _FINITE_VERB.fullmatch(words[1].lower()):
        return False  # "[..., and] police said they expect ...": a noun and its verb (not "and police the border")
    return found >= 0 and words[0][1:].islower() and sentence.find(" ".join(words[1:]), found) >= 0 \
        and not words[0].lower().endswith(("ly", "s")) and words[0].lower() not in _NOT_A_SUBJECT_OPENING | {"to"} \
        and pronoun not in _PRONOUNS | _SUBJECT_WORDS


_SUBJECT_WORDS = frozenset("nobody everybody everyone somebody someone anyone people maybe perhaps".split())


# where a clause with its own subject is joined on ("..., and Boeing knew this in 2017 but decided ...")
_CONJUNCT_BOUNDARY = re.compile(r",\s+(?:and|but|yet|while|whereas)\s+|;\s+", re.IGNORECASE)


def _last_conjunct(before: str) -> str:
    """The words before a verb-first clause from where the clause it goes on from begins: "A cockpit
    alert ... did not work on most MAX jets, and [Boeing knew this in 2017 but] decided not to fix it":
    the verb shares its subject with the nearest clause, not with the sentence's first. The whole of
    ``before`` when no joined clause with its own subject and verb comes before it."""
    for boundary in reversed(list(_CONJUNCT_BOUNDARY.finditer(before))):
        rest = before[boundary.end():]
        opening = _SUBJECT_BEFORE_VERB.match(rest)
        first = opening.group(1).split()[0].lower() if opening else ""
        # (not "..., and later/quickly moved ...": an adverb and the verb, no subject of its own)
        if opening and first not in _NOT_A_SUBJECT_OPENING and not first.endswith("ly") and not _VERB_FIRST.match(rest):
            return rest[0].upper() + rest[1:]  # (a subject opens its clause: "; rescuers reached ...")
    return before


# a word before a name that makes it a person's ("founder Dana Whitcombe", "Ms Bullock")
_PERSON_WORDS = TITLE_WORDS | ROLE_HEADS | frozenset("""founder co-founder owner attorney actor actress author writer
    singer player striker engineer architect scientist professor widow husband wife son daughter father mother
    brother sister defendant suspect victim""".split())
_PERSON_BEFORE = re.compile(r"(?:\b(?P<word>[a-z][a-z-]+)|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady)\.?)\s+$")
# the noun phrase that ends on a person's name: "the fraud trial of Quillfield Payments founder "
_THING_OF_A_PERSON = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:of|by)\s+(?:[^\s,;]+\s+){0,4}?$",
                                re.IGNORECASE)


def _relative_noun(before: str, relative: re.Match[str]) -> str:
    """The noun a relative clause found by ``_RELATIVE_BEFORE`` in ``before`` is about: its noun, but a
    name takes no "that" of its own ("A 17th-century portrait by Dutch painter Judith Leyster that was
    stolen ...", "a car owned by John Smith that was stolen"): the thing whose "of" or "by" the name
    ends is (none found: the name)."""
    noun = relative.group("noun")
    if noun and noun[:1].isupper() and not _DETERMINER_OR_NUMBER.match(noun) \
            and re.match(r"that\b", before[relative.end("noun"):].lstrip(" ,"), re.IGNORECASE):
        owner = _THING_OF_A_PERSON.search(before, 0, relative.start("noun"))
        if owner:
            return owner.group(0) + noun
    return noun


def is_a_persons_name(before: str, name: str) -> bool:
    """Whether ``name``, told after ``before``, is a person's: a title or a role ends ``before``
    ("founder Dana Whitcombe", "Ms Bullock", "Transport Minister Owen Pryce")."""
    words = name.split()
    titled = next((i for i, word in enumerate(words) if word.lower().strip(".") not in TITLE_WORDS), len(words))
    if 0 < titled < len(words):
        return True  # "Transport Minister Owen Pryce"
    m = _PERSON_BEFORE.search(before)
    return bool(m) and (m.group("word") is None or m.group("word") in _PERSON_WORDS)


# a passive participle that opens a clause cut off after a subordinator ("[after] being postponed from June")
_PASSIVE_PARTICIPLE_OPENING = re.compile(r"(?:Being|(?P<having>Having\s+been))\s+(?=[a-z]{3,}(?:ed|en|wn)\b|(?:"
                                         + "|".join(sorted(PAST_IRREGULAR)) + r")\b)")


# a participle that is its noun's adjective, and the noun's verb: "Oiled birds were found", "Stranded passengers have been"
_ADJECTIVE_PARTICIPLE_SUBJECT = re.compile(r"(?-i:[A-Z])[a-z]{2,}ed\s+(?!they\s|them\s|this\s|that\s|there\s|these\s|those\s)[a-z]{3,}\s+(?:were|are|was|is|have|has|had)\s", re.IGNORECASE)


# a gerund's past, where it is not its stem and "-ed" ("breaking" -> "broke"; "closing" -> "closed" by the rule)
_IRREGULAR_GERUND_PAST = {
    "arising": "arose", "beating": "beat", "becoming": "became", "beginning": "began", "bending": "bent", "biting": "bit",
    "blowing": "blew", "breaking": "broke", "bringing": "brought", "building": "built", "buying": "bought",
    "catching": "caught", "choosing": "chose", "coming": "came", "cutting": "cut", "dealing": "dealt", "digging": "dug",
    "doing": "did", "drawing": "drew", "drinking": "drank", "driving": "drove", "dying": "died", "eating": "ate",
    "falling": "fell", "feeding": "fed", "feeling": "felt", "fighting": "fought", "finding": "found", "fleeing": "fled",
    "flying": "flew", "forgetting": "forgot", "freezing": "froze", "getting": "got", "giving": "gave", "going": "went",
    "growing": "grew", "hanging": "hung", "having": "had", "hearing": "heard", "hiding": "hid", "hitting": "hit",
    "holding": "held", "hurting": "hurt", "keeping": "kept", "knowing": "knew", "laying": "laid", "leading": "led",
    "leaving": "left", "lending": "lent", "letting": "let", "lying": "lay", "losing": "lost", "making": "made",
    "meaning": "meant", "meeting": "met", "paying": "paid", "putting": "put", "quitting": "quit", "reading": "read",
    "riding": "rode", "ringing": "rang", "rising": "rose", "running": "ran", "saying": "said", "seeing": "saw",
    "seeking": "sought", "selling": "sold", "sending": "sent", "setting": "set", "shaking": "shook", "shooting": "shot",
    "showing": "showed", "shrinking": "shrank", "shutting": "shut", "singing": "sang", "sinking": "sank", "sitting": "sat",
    "sleeping": "slept", "speaking": "spoke", "spending": "spent", "splitting": "split", "spreading": "spread",
    "standing": "stood", "stealing": "stole", "sticking": "stuck", "striking": "struck", "swimming": "swam",
    "swinging": "swung", "taking": "took", "teaching": "taught", "tearing": "tore", "telling": "told", "thinking": "thought",
    "throwing": "threw", "tying": "tied", "understanding": "understood", "undergoing": "underwent", "waking": "woke",
    "wearing": "wore", "winning": "won", "withdrawing": "withdrew", "writing": "wrote", "being": "was",
    "overtaking": "overtook", "upholding": "upheld", "forecasting": "forecast", "overseeing": "oversaw",
}
# a gerund cut off from the subordinator that hangs it on its sentence ("Talks had resumed earlier this month after
# [breaking down in late August]"), and the words before the subordinator
_GERUND_AFTER_SUBORDINATOR = re.compile(r"(?P<before>.+?)\s*,?\s+(?:after|before|since|upon)\s+$", re.IGNORECASE)
# the last verb of the clause before the subordinator, its auxiliaries and adverbs with it
_MAIN_VERB_GROUP = re.compile(r"\s(?:(?:has|have|had|was|were|is|are|also|then|first|later|only|just|finally|eventually|[a-z]+ly)\s+)*"
                              r"(?P<verb>[a-z]{2,})\b", re.IGNORECASE)
_AHEAD_OR_NOW = re.compile(r"\b(?:will|would|shall|should|could|can|may|might|must|is|are|am|to)\b", re.IGNORECASE)
_PREPOSITION_AFTER_PARTICIPLE = frozenset("in at by from on for with to near under over into across during".split())


def _gerund_past(gerund: str) -> str | None:
    """The simple past of a verb's ``-ing`` form ("breaking" -> "broke", "closing" -> "closed", "stopping" ->
    "stopped", "studying" -> "studied"); None for a word that is no gerund."""
    word = gerund.lower()
    if word in _IRREGULAR_GERUND_PAST:
        return _IRREGULAR_GERUND_PAST[word]
    stem = word[:-3]
    if not word.endswith("ing") or len(stem) < 2 or not re.search(r"[aeiouy]", stem):
        return None
    if stem.endswith("y") and stem[-2:-1] not in tuple("aeiou"):
        return stem[:-1] + "ied"
    return stem + ("d" if stem.endswith("ee") else "ed")  # ("agreeing" -> "agreed")


def _clause_before_summary(summary: str, sentence: str, cut_before: re.Pattern) -> str | None:
    """The last clause of ``sentence`` before where ``summary`` starts in it, its dateline left out, when the
    text before the summary is what ``cut_before`` matches whole (its group "before" and what cut it off);
    None otherwise."""
    words = " ".join(summary.split()[:3])
    found = find_ignoring_case(sentence, words) if words else -1
    cut = cut_before.fullmatch(sentence, 0, found) if found > 0 else None
    if not cut:
        return None
    before = _last_conjunct(cut["before"])
    return before[dateline_length(before):]


def _subject_before_subordinator(summary: str, sentence: str) -> str:
    """The subject of the clause a gerund cut from its subordinator hangs on ("Talks to free two Irish aid
    workers held in Niger [resumed Monday after] being suspended late last month"; "The S&P 500 index [has
    climbed 1.2 percent this week after] falling in August"), when that clause's verb is past: the gerund
    then tells a past act of the same subject. Empty when none is found."""
    before = _clause_before_summary(summary, sentence, _GERUND_AFTER_SUBORDINATOR)
    if before is None:
        return ""
    verbs = [m for m in _MAIN_VERB_GROUP.finditer(" " + before)
             if m["verb"].lower() in PAST_IRREGULAR or m["verb"].lower().endswith("ed") and m["verb"].lower() not in NOT_PAST]
    if not verbs:
        return ""
    verb = verbs[-1]
    if _AHEAD_OR_NOW.search(before, verb.end() - 1):
        return ""  # "[Agency officials said they would decide ... after] reviewing ridership": the gerund hangs on what is to come
    subject = before[:verb.start()].strip(" ,")
    auxiliaries = before[verb.start():verb.start("verb") - 1].lower().split()
    if any(word in ("is", "are") for word in auxiliaries) or not subject or len(subject.split()) > 12 \
            or subject.split()[0].lower() in _NOT_A_SUBJECT_OPENING | _PRONOUNS or "," in subject or " and " in subject:
        return ""  # (nor "[The jury ... began deliberating on Monday and] returned its verdict ..., after asking")
    tokens = subject.split()
    for index, token in enumerate(tokens):
        # a verb in the subject is a participle of its noun ("workers [held] in Niger"), or no subject was found
        if _FINITE_VERB.fullmatch(token.lower()) and not (
                0 < index < len(tokens) - 1 and _a_participle(token.lower()) and tokens[index + 1].lower() in _PREPOSITION_AFTER_PARTICIPLE):
            return ""
    return subject


_GERUND_FIRST = re.compile(r"(?-i:[A-Z])[a-z]{2,}ing\s+(?=\S)")
# a saying's participle after a comma, what was said after it ("Analysts cut their price target on Friday
# morning, [saying] a long shutdown could wipe out ..."; not "Adding to the gloom, ...": no saying)
_SAYING_PARTICIPLE_FIRST = re.compile(r"(?:Saying|Adding|Warning|Noting|Insisting|Arguing|Claiming|Explaining|Stressing|"
                                      r"Acknowledging|Conceding|Announcing|Predicting|Estimating|Telling\s+(?:\w+\s+){1,3}?)"
                                      r"\s+(?!to\b|the\s+(?:history|story)\b)(?=\S)")
_AFTER_A_COMMA = re.compile(r"(?P<before>.+?)\s*,\s+$")
# the one who said it at the end of the words before the comma ('"...," he said', '..., said a South Korean official')
_WEEKDAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SAID_AT_END = re.compile(r"(?:^|[\s,”\"’])(?P<sayer>he|she|they|we|(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?:and\s+|of\s+)?(?-i:[A-Z])[\w'’.-]*){0,5})"
                          r"\s+(?:said|told\s+[\w'’.-]+)(?:\s+(?:on\s+)?(?:yesterday|today|last\s+week|" + _WEEKDAY_NAME + r"))?$"
                          r"|[,”\"’]\s*said\s+(?P<sayer2>(?:an?|the)\s+(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+|"
                          r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})$", re.IGNORECASE)
# a subject and its verb in the past opening the clause before the comma
_SUBJECT_THEN_PAST = re.compile(r"(?P<subject>(?:[\w'’.&-]+\s+){0,7}?[\w'’.&-]+)\s+(?:(?:also|then|later|first|[a-z]+ly)\s+)?"
                                r"(?:(?:had|has|have)\s+)?(?P<verb>[a-z]{3,}ed|" + _IRREGULAR_PASTS + "|" + "|".join(sorted(PAST_AMBIGUOUS))
                                + r")\b")


def _sayer_before_participle(summary: str, sentence: str) -> str:
    """Who said what a saying's participle after a comma opens ("[Analysts cut their price target on the
    stock on Friday morning,] saying a long shutdown could ..." -> "Analysts"; '["...," he said,] adding that
    ...' -> "he"): the subject of the clause before the comma, when its verb is past. Empty when none is found."""
    before = _clause_before_summary(summary, sentence, _AFTER_A_COMMA)
    if before is None:
        return ""
    before = before.strip()
    said = _SAID_AT_END.search(before)
    if said:
        sayer = said["sayer"] or said["sayer2"]
        if _FINITE_VERB.search(sayer) or re.fullmatch(_WEEKDAY_NAME, sayer.split()[-1], re.IGNORECASE):
            return ""
        return sayer[0].upper() + sayer[1:]
    opening = _SUBJECT_THEN_PAST.match(before)
    if not opening or opening["verb"].lower() in NOT_PAST:
        return ""
    subject = opening["subject"]
    if "," in subject or _FINITE_VERB.search(subject) or subject.split()[0].lower() in _NOT_A_SUBJECT_OPENING | _PRONOUNS \
            or subject.split()[0].lower() in _PREPOSITION_AFTER_PARTICIPLE | {"as", "after", "before", "when", "while"}:
        return ""
    return subject


_LONG_NOUN_BEFORE_WHICH = re.compile(r"(?P<noun>(?:a|an|the|its|their|his|her)\s+[^,;:()\"“”]{1,80}),\s+which\s+$", re.IGNORECASE)


# a participle's aside between a noun and the noun's own verb ("[The grid failed on July 22 after] the transformer's
# cooling system, [flagged as faulty in an inspection in March], shut down during the afternoon peak"): the noun
# before its comma, and the aside up to the comma the noun's verb follows
_NOUN_BEFORE_ASIDE = re.compile(r"(?<![\w'’-])(?P<noun>(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+),\s+$",
                                re.IGNORECASE)
_PARTICIPLE_ASIDE = re.compile(r"(?P<aside>(?P<participle>(?-i:[A-Z])[a-z]{2,}(?:ed|en|wn))\s+(?:as|by|in|on|at|for|to|during|after|"
                               r"before|from|with|under|over|last|earlier|early|late|this|that)\s[^,;:()\"“”]*),\s+"
                               r"(?:(?:also|then|later|first|finally|[a-z]{3,}ly)\s+)?(?:was|were|had|has|have|is|are|will|would|could|can|"
                               r"[a-z]{3,}ed|" + _IRREGULAR_PASTS + r"|shut)\b")
PARTICIPLE_ASIDE_EXAMPLES = (
    ("The grid failed on July 22 after the transformer's cooling system, flagged as faulty in an inspection in March, "
     "shut down during the afternoon peak, the report said.", "March",
     "The transformer's cooling system was flagged as faulty in an inspection in March"),
    ("The dam burst on Monday after the spillway, damaged in a storm in March, gave way, officials said.", "March",
     "The spillway was damaged in a storm in March"),
)
PARTICIPLE_ASIDE_NEAR_MISSES = (  # (verbs of one subject in a row, not an aside)
    ("The team reached the hotel, checked in on Friday, and left.", "Friday"),
)


def _participle_aside_of_a_noun(summary: str, before: str, expression: str) -> str | None:
    """A summary that opens with a participle's aside after a noun, the noun's verb after it
    (``PARTICIPLE_ASIDE_EXAMPLES``): the noun and what the aside says befell it, when the aside holds the date."""
    noun = _NOUN_BEFORE_ASIDE.search(before)
    aside = _PARTICIPLE_ASIDE.match(summary) if noun else None
    if not aside or not expression or find_ignoring_case(aside["aside"], expression) < 0 or _FINITE_VERB.search(noun["noun"]) \
            or any(w in PAST_IRREGULAR for w in noun["noun"].lower().split()[1:]):
        return None
    subject = noun["noun"]
    head = re.split(r"\s+(?:of|in|at|on|for|from|with|by)\s+", subject)[0].split()[-1].lower()
    be = "were" if head.endswith("s") and not head.endswith(("ss", "'s", "’s")) or head in ("men", "women", "people", "children") \
        else "was"
    return f"{subject[0].upper()}{subject[1:]} {be} {aside['participle'].lower()}{aside['aside'][len(aside['participle']):]}"


# a sentence's opening subject and an aside about it without a verb of its own, before the subject's verb ("The lawsuit,
# lodged yesterday, [claims Kestrel ignored corrosion warnings ...]")
_SUBJECT_THEN_ASIDE = re.compile(r"(?P<subject>(?:The|A|An|Its|Their|His|Her)\s[^,;:()\"“”]{2,60}),\s+(?P<aside>[^,;:()\"“”]{3,80}),\s+$")
_PRESENT_SINGULAR = re.compile(r"(?-i:[a-z])[a-z]{2,}(?<![siu])s\s")  # (not "plus", "across", "analysis")


def _verb_after_subjects_aside(summary: str, sentence: str) -> bool:
    """Whether the summary opens with a present verb (in lower case in the sentence) that goes on from the sentence's
    opening subject past the aside about it: "The lawsuit, lodged yesterday, claims ...". (Its subject is lent as the
    opening subject before a comma is, by ``_with_subject``.)"""
    words = " ".join(summary.split()[:3])
    at = sentence.find(words[0].lower() + words[1:]) if words else -1
    if at <= 0 or not _PRESENT_SINGULAR.match(sentence, at):
        return False
    opening = _SUBJECT_THEN_ASIDE.fullmatch(sentence, dateline_length(sentence), at)
    if not opening or _FINITE_VERB.search(opening["subject"]) or re.match(r"(?:and|or|but|who|which|that)\b", opening["aside"]) \
            or len(opening["aside"].split()) > 12:
        return False
    first, _, rest = opening["aside"].partition(" ")
    return not _FINITE_VERB.search(rest if _a_participle(first) else opening["aside"])  # ("lodged yesterday": a participle's aside)


_INCLUDING_ONE_WHO = re.compile(r"(?:Including|Among\s+them)\s+(?P<noun>(?:a|an|the|one|two|three|\d+)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+who\s+"
                                r"(?=(?:[a-z]{3,}ed|" + _IRREGULAR_PASTS + r")\b)")
_WHOSE_OR_WHERE_FIRST = re.compile(r"(?P<word>Whose|Where)\s+(?=\S)")
_NAME_OR_NOUN_AT_END = re.compile(r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}|\b(?:the|its|their|his|her)\s+"
                                  r"(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w-]*)$")  # ("the country's municipal councils")


def _owner_or_place_of_relative(summary: str, sentence: str) -> str:
    """A summary that opens with "Whose", "Where" or "Including ... who" (a relative clause told on its
    own) with the name or noun it is about: "[The saga has frustrated Northbridge,] whose second offer
    was rebuffed on Monday" -> "Northbridge's second offer was rebuffed on Monday"; "[... in Odisha,]
    where the storm is expected to bring heavy rain today" -> "In Odisha, the storm is expected ...";
    "[six deaths were reported,] including a volunteer who drowned ..." -> "A volunteer drowned ...";
    "" when none is told."""
    including = _INCLUDING_ONE_WHO.match(summary)
    if including:
        # "[six deaths were reported,] including a volunteer who drowned when his boat capsized on Wednesday
        # morning": one of them, and what befell them ("A volunteer drowned when ...")
        noun = including["noun"]
        return f"{noun[0].upper()}{noun[1:]} {summary[including.end():]}"
    opening = _WHOSE_OR_WHERE_FIRST.match(summary)
    if not opening:
        return ""
    rest = summary[opening.end():]
    found = find_ignoring_case(sentence, f"{opening['word']} {rest[:30]}")
    if found <= 0:
        return ""
    before = sentence[:found].rstrip()
    if not before.endswith(","):
        return ""
    noun = _NAME_OR_NOUN_AT_END.search(before[:-1].rstrip())
    if not noun:
        return ""
    words = noun.group(0)
    if opening["word"] == "Where":
        return f"In {words}, {rest}" if words[:1].isupper() else ""
    owner = words[0].upper() + words[1:]
    mark = "’" if "’" in sentence else "'"  # (the writer's own apostrophe)
    return f"{owner}{mark} {rest}" if owner.endswith("s") else f"{owner}{mark}s {rest}"


def _with_subject(summary: str, sentence: str, clause: str, expression: str = "") -> str:
    """A summary that starts with a verb ("Is expected to keep them on hold ...") takes the subject
    its sentence opens with: a name ("The Bank of England cut rates ... and is expected to ...",
    "Prime Minister Helen Varga returned ... and chaired ..."), or a short opening without a verb
    before a comma ("A Red Cross official, Tomas Lindqvist, is acting ...", "President Trump's
    visit to Texas, planned for Monday, has been postponed ...")."""
    if _ADJECTIVE_PARTICIPLE_SUBJECT.match(summary):
        return summary  # "[The spill has spread ..., and] oiled birds were found ...": a subject of its own
    owned = _owner_or_place_of_relative(summary, sentence)
    if owned:
        return owned
    passive = _PASSIVE_PARTICIPLE_OPENING.match(summary)
    if passive:
        # "[The trial began Sept. 8 after] being postponed from June at the defense's request": what the
        # sentence's subject underwent ("The trial was postponed from June ...")
        subject = _subject_before_subordinator(summary, sentence)
        if not subject:
            opening = _SUBJECT_BEFORE_VERB.match(sentence[dateline_length(sentence):])
            subject = opening.group(1).strip() if opening else ""
            if not subject or _FINITE_VERB.search(subject) or subject.split()[0].lower() in _NOT_A_SUBJECT_OPENING | _PRONOUNS:
                return summary
        head = re.split(r"\s+(?:of|by|from|in|at|on|with|for|to)\s+", subject)[0].split()[-1].lower()
        be = "had been" if passive["having"] else "were" if head.endswith("s") and not head.endswith("ss") else "was"
        return f"{subject} {be} {summary[passive.end():]}"
    gerund = _GERUND_FIRST.match(summary)
    past = _gerund_past(summary.split()[0]) if gerund else None
    subject = _subject_before_subordinator(summary, sentence) if past else ""
    if subject:
        # "[Talks had resumed earlier this month after] breaking down in late August": what the clause's
        # subject did before ("Talks broke down in late August")
        return f"{subject} {past} {summary[gerund.end():]}"
    subject = _sayer_before_participle(summary, sentence) if past and _SAYING_PARTICIPLE_FIRST.match(summary) else ""
    if subject:
        # "[Analysts cut their price target on the stock on Friday morning,] saying a long shutdown could
        # wipe out ...": who said it, and the saying ("Analysts said a long shutdown could ...")
        return f"{subject} {past} {summary[gerund.end():]}"
    pronoun = re.match(r"(?:Who|Which|That)\s+(?=(?:had|has|have|was|were|is|are|will|would|[a-z]{3,}ed|"
                       + _PAST_AFTER_RELATIVE + r")\b)", summary)
    if pronoun:
        # "[Heng Ah Kow,] who had arrived from Fujian two decades earlier": the one it stands for
        rest = summary[pronoun.end():]
        found = sentence.find(summary[:pronoun.end()].lower() + rest[:30])
        relative = _RELATIVE_BEFORE.search(sentence[:found + pronoun.end()]) if found > 0 else None
        if relative and relative.group("noun"):
            noun = _relative_noun(sentence[:found + pronoun.end()], relative)
            if pronoun.group().startswith("Which") and is_a_persons_name(sentence[:relative.start("noun")], noun):
                # "the fraud trial of Quillfield Payments founder Dana Whitcombe, which had been
                # scheduled to start June 2": a person is no "which"; the thing is the noun phrase
                # the person's name ends (none found: the sentence tells it)
                owner = _THING_OF_A_PERSON.search(sentence, 0, relative.start("noun"))
                if not owner:
                    return summary
                noun = owner.group(0) + noun
            return f"{noun[0].upper()}{noun[1:]} {rest}"
        end = found + pronoun.end() if found > 0 and pronoun.group().startswith("Which") else -1
        for determiner in reversed(list(_DETERMINER_START.finditer(sentence, max(0, end - 90), max(0, end)))):
            # "[The Seventh Day movement grew out of] a student sit-in at Kessel University last spring, which
            # was broken up by police in May": the nearest noun phrase before the comma, a determiner's, with no verb in it
            longer = _LONG_NOUN_BEFORE_WHICH.match(sentence, determiner.start(), end)
            # (a simple one: no "of", owner or participle whose noun the "which" may be about instead: "an investigation
            # into Meridian's handling of last week's outage, which forced ...", "a teen-age girl searching for work")
            if longer and not _FINITE_VERB.search(longer["noun"]) and not _OWN_SUBJECT.search(longer["noun"]) \
                    and not re.search(r"\b(?:and|or|but|who|which|that|when|where|to|of)\b|[’']|\b[a-z]{3,}ing\s+(?:for|to|with|in|on|at|from|by|"
                                      r"the|a|an|his|her|their|its|\d)\b",
                                      longer["noun"], re.IGNORECASE):
                noun = longer["noun"]
                return f"{noun[0].upper()}{noun[1:]} {rest}"
        lent = _with_subject(rest, sentence, clause)
        return lent if lent != rest else summary
    if not _VERB_FIRST.match(summary) and not _after_and_small(summary, sentence) and not _verb_after_subjects_aside(summary, sentence):
        return summary
    # where the summary's words begin in the sentence (the clause's own opening may have been
    # dropped as an aside: "A Red Cross official, Tomas Lindqvist, is acting ...")
    words = " ".join(summary.split()[:3])
    found = find_ignoring_case(sentence, words) if words else -1
    at = found if found >= 0 else sentence.find(clause.strip()[:40])
    if at <= dateline_length(sentence):
        return summary  # (nothing before it but the dateline: "TIRANA, Albania _ Armed rebels tightened ...")
    before = _last_conjunct(sentence[:at])
    before = before[dateline_length(before):]  # "MIAMI (CP) — Hurricane Delphine strengthened ... and is expected to"
    aside = _participle_aside_of_a_noun(summary, before, expression)
    if aside:
        return aside
    modal = modal_and_subject(before) if is_base_form(summary.split()[0]) and _after_and_small(summary, sentence) else None
    if modal:
        # "forecast headline inflation would return to the band in 2025 and [reach the midpoint in
        # 2026]": a plain verb after "and" goes on from the modal and its subject, not the sentence's
        subject, auxiliary = modal
        return f"{subject[0].upper()}{subject[1:]} {auxiliary} {summary[0].lower()}{summary[1:]}"
    reported = _SAID_THEN_ITS_CLAUSE.search(before)
    if reported and _PASSIVE_FIRST.match(summary) and not _FINITE_VERB.search(reported["subject"]) \
            and not _NOT_A_REPORTED_SUBJECT.match(reported["subject"]):
        # "Dr. Suresh Kulkarni said [a leak in the drinking water pipeline] had been found on Wednesday and
        # [was plugged on Thursday]": what befell goes on from what was said, not from who said it;
        # told again, the thing is the one already named ("The leak ... was plugged on Thursday"). (An
        # active verb may be either's: "Parekh said the company had won large deals ... and expected
        # demand to improve", so it is left to the sentence's subject.)
        subject = re.sub(r"^(?:a|an)\s", "the ", reported["subject"], flags=re.IGNORECASE)
        if len(subject.split()) + len(summary.split()) > MAX_WORDS:
            subject = re.split(r"\s+(?:of|in|at|on|near|for|from|with|by)\s+", subject)[0]  # ("the leak")
        return f"{subject[0].upper()}{subject[1:]} {summary[0].lower()}{summary[1:]}"
    relative = _RELATIVE_BEFORE.search(before)
    if relative:
        # "agreed to a ceasefire that will take effect at noon Friday": the relative clause's noun,
        # not the sentence's subject ("A ceasefire will take effect ..."); none found, none lent
        noun = _relative_noun(before, relative)
        return f"{noun[0].upper()}{noun[1:]} {summary[0].lower()}{summary[1:]}" if noun else summary
    first_segment = before_comma(before).strip(" \"“‘")
    opening = _SUBJECT_BEFORE_VERB.match(first_segment)
    short = short_subject(before, max_words=8)
    reported = _REPORTED_SUBJECT.search(before)
    if reported and (reported.group(1)[0].isupper() or reported.group(1).split()[0].lower() in ("the", "a", "an", "former")):
        # "Prosecutors said former lab director Ken Asari, a whistleblower ..., would testify next
        # week": the one said to do it, not the one saying it
        subject = reported.group(1)
    elif short and not _FINITE_VERB.search(short):
        subject = short
    elif (named := _NAME_AFTER_AN_OPENING_PARTICIPLE.match(before)) is not None:
        subject = named["name"]  # "Giving evidence on Wednesday, Tanya Whitlock, who worked ..., [said the chair was used]"
    elif (took := _SUBJECT_THEN_AMBIGUOUS_PAST.match(first_segment)) is not None:
        subject = took["subject"]  # "The Bank cut rates ... in August, to 5%, and [left them unchanged last month]": "The Bank"
    elif comma_at(before) >= 0 and len(first_segment.split()) <= 12 and first_segment.split()[0] in ("The", "A", "An") \
            and not _FINITE_VERB.search(first_segment):
        # "The health minister's statement to the Commons on the attacks, planned for this
        # afternoon, has been moved to Thursday": a longer subject before its aside
        subject = first_segment
    elif opening and opening.group(1).split()[0].lower() in ("the", "a", "an", "its", "their", "his", "her"):
        subject = opening.group(1).strip()  # "The airline has already cancelled ... and has warned ...": "The airline"
    elif (present := _SUBJECT_AND_PRESENT.match(first_segment)) and present["verb"] in PRESENT | PRESENT_PLURAL \
            and _MODAL_OR_PRESENT_FIRST.match(summary):
        # "The team fly home today and [will be welcomed ...]": a present verb after the subject
        subject = present["subject"]
    elif opening and len(opening.group(1).split()) <= 5 and first_segment[:1].isupper() \
            and opening.group(1).split()[0].lower() not in _NOT_A_SUBJECT_OPENING:
        # "Hackers encrypted ... and struck the network on Monday": "Hackers"; "Public transport in the
        # CBD was suspended ... and will not resume until Friday"; "She directed ... and was appointed"
        subject = opening.group(1).strip()
    else:
        names, _ = describe(before)
        lead = _SUBJECT_OPENING.match(sentence).end()
        run = _NAME_RUN.match(sentence, lead)
        # (a name's demonym comes first: "European Union Aviation Safety Agency" gives "Europe" and
        # "Union Aviation Safety Agency"; any name the opening run holds makes it a name)
        if not run or not any(name.split()[-1] in run.group(0).split() for name in names[:2]):
            return summary
        subject = run.group(0)
        if lead and sentence[:lead].strip("\"“‘ "):
            subject = f"the {subject}"
    if _PREPOSITION_AT_END.search(subject.strip()):
        # "The report by [retired] judge Thembeka Khumalo, released on Tuesday, was delivered ...": a participle
        # used as an adjective after a preposition is no verb; the subject runs on to its comma, or none is lent
        if not first_segment.startswith(subject.strip()) or len(first_segment.split()) > 12:
            return summary
        subject = first_segment
    # (an adverb before the verb is no part of its subject: "The company first [heard ...] but did not
    # find a defect until this summer")
    subject = _ADVERBS_AT_END.sub("", subject.strip()) or subject
    return f"{subject[0].upper()}{subject[1:]} {summary[0].lower()}{summary[1:]}"


# a subject cut off after its preposition: "The report by", "The funeral of"
_PREPOSITION_AT_END = re.compile(r"\s(?:by|of|in|at|on|for|from|with|to|into|about|over|after|before)$", re.IGNORECASE)


# a verb of saying, the subject of what was said and its own verb phrase, up to the "and" or "but" a
# verb-first clause goes on after ("said a leak in the drinking water pipeline had been found on
# Wednesday and", "confirmed that the assessment had been scheduled for last spring but")
_SAID_THEN_ITS_CLAUSE = re.compile(
    r"(?:\b(?:said|says|told\s+[\w'’-]+|announced|confirmed|added|stated|reported|warned|revealed|disclosed)\s+(?:that\s+)?"
    r"|\band\s+that\s+)"  # (or a second clause of what was said: "confirmed that ..., and that the assessment had been")
    r"(?P<subject>(?:the|a|an|its|their|his|her|this|these)\s+(?:[\w'’-]+\s+){0,10}?[\w'’-]+|"
    r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})\s+"
    r"(?:had|has|have|was|were|is|are)\s+(?:[a-z]+ly\s+)?(?:been\s+)?(?:[a-z]{3,}ed|" + "|".join(sorted(PAST_IRREGULAR)) + r")\b"
    r"[^,;]*?\s+(?:and|but)\s+$", re.IGNORECASE)
_PASSIVE_FIRST = re.compile(r"(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}(?:ed|en|wn)|"
                            + "|".join(sorted(PAST_IRREGULAR)) + r")\b", re.IGNORECASE)
_NOT_A_REPORTED_SUBJECT = re.compile(r"(?:he|she|it|they|we|i|you|there)\b", re.IGNORECASE)
_SUBJECT_AND_PRESENT = re.compile(r"(?P<subject>(?:The|A|An|Its|Their|His|Her|Our)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
                                  r"(?:[a-z]{3,}ly\s+)?(?P<verb>[a-z]+)\b")
_MODAL_OR_PRESENT_FIRST = re.compile(r"(?:Will|Would|Could|Can|May|Might|Must|Should|Shall|(?-i:[A-Z])[a-z]+[^s]s)\s")
_ADVERBS_AT_END = re.compile(r"(?:\s+(?:first|also|never|still|already|just|initially|originally|previously|finally|"
                             r"(?!(?:family|rally|ally|assembly|supply|anomaly|monopoly|homily|bully|belly|jelly|holly|lily|"
                             r"italy|july|sally|emily|kelly|reilly|kimberly|beverly|shelly)\b)[a-z]{3,}ly))+$")


def _resolve_pronoun(summary: str, sentences: list[Sentence], index: int, clause: str = "", body: str = "",
                     names_seen: frozenset[str] = frozenset()) -> str:
    if not _LEADING_PRONOUN.match(summary):
        return summary
    name = _antecedent(sentences, index, clause, body, names_seen)
    return _LEADING_PRONOUN.sub(name, summary, count=1) if name else summary


_RANGE_GAP = re.compile(r"\s*,?\s*(?:to|through|until|till|and|[-–—])\s*", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"\b(between|from)\s+$", re.IGNORECASE)
# a comma, as after a date's year or its weekday's date, before the span's second end: "sold from Aug.
# 1, 2024, through Oct. 31, 2025", "between Friday, August 28, and the Monday"
_COMMA_SPAN = {"from": re.compile(r",\s*(?:to|through|until|till|[-–—])\s*", re.IGNORECASE),
               "between": re.compile(r",\s*and\s*", re.IGNORECASE)}


def _ends_a_span(body: str, previous: Timex, timex: Timex) -> bool:
    """Whether ``timex`` ends a span ``previous`` opens, the words between them ``_RANGE_GAP``'s: "and"
    only after "between" or "from", a comma only as ``_COMMA_SPAN`` has it ("which had been scheduled
    to start June 2, until Sept. 8" are two days), and not the day a happening was moved from and the
    day it was moved to ("moved the rally from Saturday to Sunday")."""
    gap = body[previous.end:timex.start]
    if _moved_from(body, previous, timex):
        return False
    opener = _RANGE_OPENER.search(body[max(0, previous.start - 12):previous.start])
    if "," in gap:
        return bool(opener) and bool(_COMMA_SPAN[opener.group(1).lower()].fullmatch(gap))
    # (two days running joined by "and" are one stretch of them: "heard the case over two days in London on 8
    # and 9 July", "talks on Monday and Tuesday"; two days apart stay two, "on 8 and 12 July")
    return gap.strip().lower() != "and" or bool(opener) or _days_running(previous, timex) \
        and not re.search(r",\s*$", body[max(0, previous.start - 3):previous.start])  # (not the last two of a list of days)


_PLAIN_DAY = re.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:(?-i:[A-Z])[a-z]+\.?\s+)?\d{1,2}(?:st|nd|rd|th)?"
                        r"(?:\s+(?:of\s+)?(?-i:[A-Z])[a-z]+\.?)?)", re.IGNORECASE)


def _days_running(previous: Timex, timex: Timex) -> bool:
    """Whether two expressions are each one whole day named by its weekday or its date ("8 and 9 July",
    "Monday and Tuesday"; not "National Day today and Hari Raya Haji tomorrow"), the second the day after the first."""
    return previous.granularity == timex.granularity == "day" and previous.interval is not None and timex.interval is not None \
        and bool(_PLAIN_DAY.fullmatch(previous.text)) and bool(_PLAIN_DAY.fullmatch(timex.text)) \
        and previous.interval.first == previous.interval.last and timex.interval.first == timex.interval.last \
        and timex.interval.first - previous.interval.first == datetime.timedelta(days=1)


_OR_GAP = re.compile(r"\s+or\s+", re.IGNORECASE)


def _running_alternatives(body: str, previous: Timex, timex: Timex) -> bool:
    """Whether two expressions joined by "or" are one time the writer cannot pin down, the second running on
    from the first ("broke out late Sunday or early Monday", "in 2019 or 2020"): one stretch over both. Not
    times apart ("on 8 or 12 July", "at 10pm or 11pm"), nor the last two of a list ("on Friday, Saturday or Sunday")."""
    return bool(_OR_GAP.fullmatch(body[previous.end:timex.start])) \
        and timex.interval.first - previous.interval.last == datetime.timedelta(days=1) \
        and not re.search(r",\s*$", body[max(0, previous.start - 3):previous.start])


def _join_ranges(found: list[Timex], body: str) -> list[Timex]:
    """"between 2017 and 2021", "from March to May" tagged as two expressions become one range, and so do two
    times running told as alternatives ("late Sunday or early Monday": ``_running_alternatives``).

    The joined expression spans both (its offsets and text are the body's), its value is an
    ISO 8601 interval ("2017/2021") and its interval covers both.
    """
    out: list[Timex] = []
    for timex in found:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.interval is not None
            and timex.interval is not None
            and previous.interval.first <= timex.interval.last
            and (_RANGE_GAP.fullmatch(body[previous.end:timex.start]) and _ends_a_span(body, previous, timex)
                 or _running_alternatives(body, previous, timex))
        ):
            coarser = max(
                (previous.granularity or "unknown", timex.granularity or "unknown"),
                key=lambda g: GRANULARITY_ORDER.index(g) if g in GRANULARITY_ORDER else len(GRANULARITY_ORDER),
            )
            out[-1] = Timex(
                start=previous.start,
                end=timex.end,
                text=body[previous.start:timex.end],
                type="DATE",
                value=f"{previous.value}/{timex.value}",
                granularity=coarser,
                interval=Interval(first=previous.interval.first, last=timex.interval.last),
                anchor=previous.anchor,
                rule="events:joined-range",
            )
        else:
            out.append(timex)
    return out


# "the same day", "that very day", "later that day": another happening of a day just told
_ANOTHER_OF_THE_DAY = re.compile(r"\b(?:same|very|that)\s+(?:day|morning|afternoon|evening|night)\b", re.IGNORECASE)


# a second past verb of a sentence, after "and", up to the clock time that dates it ("began at 8 p.m. Friday,
# [and announced the decision in a blog post at] 9:47 p.m."; "... was logged at 1.52am [and his body was
# discovered by another driver at about] 2.30am"), not the end of a span ("from 8pm until 3am")
_ANOTHER_VERB_AT = re.compile(
    r"(?:,\s*|\s)and\s+(?:(?!(?:will|would|is|are|can|to|that|which|who|whom|when|where|while|as|after|before)\b)[\w'’-]+\s+){0,5}?"
    r"(?:(?:was|were|had)\s+(?:[a-z]+ly\s+)?)?(?:[a-z]{3,}ed|" + "|".join(sorted(PAST_IRREGULAR)) + r")\b"
    r"(?!.*\b(?:until|till|to|from|between|by|and|or)\s+(?:(?:about|around|shortly|just|soon)\s+(?:after\s+|before\s+)?)?$)[^;:()]*$",
    re.IGNORECASE)


# a day told as a noun's label ("published a month after [the Sept. 14 crash]", "Sunday's crash")
_LABEL_DAY_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", re.IGNORECASE)
_LABEL_DAY_AFTER = re.compile(r"(?:['’]s)?\s+(?!(?:and|or|to|at|on|in|of|for|from|by|was|were|is|are|had|has|when|after|before)\b)[a-z]{3,}\b")


_RELATIVE_OF_LABEL = re.compile(r"[^,;]*,\s*(?:which|that|who|where|when)\b", re.IGNORECASE)  # ("Tuesday night's game ..., which was
# scheduled to start at 7:05 p.m.": the game's time)


def _names_a_days_happening(body: str, day: Timex) -> bool:
    """Whether a day is told as the label of a happening ("the Sept. 14 crash", "Sunday's crash"): a clock time
    after it, past a verb of its own, dates a clause of its own ("... says the de-icing boots ... failed at about
    4:21 p.m."), not the day told again (but "next Saturday's final round, with kick-off at 2.30pm" is the
    round's time, and so is a clock time after a label in the sentence's subject, before its first verb: "Next
    Sunday's double-header in Bengaluru will start at 4pm")."""
    before = body[max(0, day.start - 12):day.start]
    return bool(_LABEL_DAY_BEFORE.search(before) and _LABEL_DAY_AFTER.match(body, day.end)
                or re.match(r"['’]s\s+[a-z]", body[day.end:day.end + 5]))


def _restated_once(found: list[Timex], body: str | None = None, sentence_start: int | None = None) -> list[Timex]:
    """"Nov. 5: Election Day": two expressions of one sentence naming the same days are one
    (but "resigned on Monday, and the regulator said the same day ...", "struck before dawn this morning,
    and a slick was spotted about three hours later": two happenings)."""
    seen: dict[tuple, set] = {}  # the clock times told of each day (None for the day alone)
    out = []
    for timex in found:
        key = (timex.interval.first, timex.interval.last) if timex.interval else (timex.value, timex.text)
        # (a clock time is the day's; but a second clock time of a day is another moment: "began at 8 p.m.
        # Friday, and announced the decision in a blog post at 9:47 p.m.")
        clock = _CLOCK_VALUE.search(timex.value or "") if timex.type == "TIME" and timex.interval else None
        clocks = seen.get(key)
        before = next((t for t in reversed(out) if t.interval is not None and (t.interval.first, t.interval.last) == key), None)
        another_time = clock is not None and clocks is not None and clock.group() not in clocks and before is not None \
            and body is not None and (_ANOTHER_VERB_AT.search(body, before.end, timex.start) is not None
                                      or None in clocks and sentence_start is not None and _names_a_days_happening(body, before)
                                      and _FINITE_VERB.search(body, before.end, timex.start) is not None
                                      and not _RELATIVE_OF_LABEL.match(body, before.end, timex.start)
                                      and _FINITE_VERB.search(body, sentence_start, before.start) is not None)
        if timex.rule == COUNTED_RULE:
            out.append(timex)  # (counted from another time: no restatement, and none of the dates after it)
        elif clocks is None or another_time or timex.anchor.startswith("timex:") and _ANOTHER_OF_THE_DAY.search(timex.text):
            seen.setdefault(key, set()).add(clock.group() if clock else None)
            out.append(timex)
    return out


# a participle that goes on telling the day's happening, up to a clock time of that day ("ended his state
# visit on Friday, [flying out of Shannon Airport shortly after] 4 p.m.")
_GOES_ON_TO_ITS_TIME = re.compile(
    r",\s+(?:[a-z]+ly\s+)?(?!(?:ending|closing|finishing|concluding|wrapping|lasting|running|continuing|stretching|including|"
    r"until|leaving|hours|minutes|days)\b)(?-i:[a-z]{2,}ing)\s+(?P<rest>[^,;:()—–]*?)"
    r"\b(?:at|after|before|around|about|by|from|shortly|just|soon|roughly|approximately)\s+$")  # (the time told as the happening's
# time, not "racing toward a midnight deadline", nor the end of a stretch: "open for a shortened session on Friday, closing at 1 p.m.")


# a vague time and, in apposition, the day it means ("is due to take place [the following week], on [22 October]")
_APPOSITIVE_GAP = re.compile(r"\s*,\s*(?:on\s+|that\s+is\s+)?")
_VAGUE_GRAINS = frozenset({"weekend", "week", "month", "season", "quarter", "half"})


def _vague_time_told_exactly(found: list[Timex], body: str) -> list[Timex]:
    """A week, a month or a season followed, after a comma, by the day it means ("A second exchange ... is due
    to take place the following week, on 22 October"): one time, the day's; the vaguer expression makes no
    mention of its own (but "in March, April and May", a list, keeps each); so does such a time told after the
    day, restating it ("until yesterday, seven weeks later")."""
    dropped = set()
    for vague, exact in zip(found, found[1:]):
        if vague.granularity in _VAGUE_GRAINS and exact.granularity in ("day", "part_of_day", "hour", "minute") \
                and exact.interval is not None and _APPOSITIVE_GAP.fullmatch(body, vague.end, exact.start) \
                and not re.match(r"\s*(?:,\s*)?(?:and|or|to|through|until|till|[-–—])\s", body[exact.end:exact.end + 12]) \
                and (vague.interval is not None and vague.interval.first <= exact.interval.first <= exact.interval.last <= vague.interval.last
                     or (vague.anchor or "").startswith("timex:")):
            # (a day outside the month is another time: "a sentence imposed in October, on 3 March"; but a week
            # counted from another time may be counted from the wrong one: the day says which week)
            dropped.add(id(vague))
    for exact, vague in zip(found, found[1:]):
        if vague.granularity in _VAGUE_GRAINS and exact.granularity in ("day", "part_of_day", "hour", "minute") \
                and exact.interval is not None and vague.interval is not None \
                and re.fullmatch(r"\s*,\s*", body[exact.end:vague.start]) \
                and not re.match(r"\s*(?:,\s*)?(?:and|or|to|through|until|till|[-–—])\s", body[vague.end:vague.end + 12]) \
                and vague.interval.first <= exact.interval.first <= exact.interval.last <= vague.interval.last:
            # the day and, after it, the vaguer time it falls in, told again as a restatement ("did not tell
            # customers until yesterday, seven weeks later"): one time, the day's
            dropped.add(id(vague))
    return [t for t in found if id(t) not in dropped]


_DAY_THEN_ITS_TIME = re.compile(r"[^\S\n]*,[^\S\n]*(?:at[^\S\n]+)?|[^\S\n]+at[^\S\n]+")  # ("Nov. 5, 11:42 p.m.", "5 November at 11.42pm")
_ANOTHER_TIME_AFTER = re.compile(r"\s*(?:,\s*)?(?:and|or|to|through|until|till|[-–—])\s*\d")  # ("Nov. 5, 11 p.m. to 2 a.m.")


def _day_told_by_its_time(found: list[Timex], body: str) -> list[Timex]:
    """A day and, in a participle that goes on from its clause, a clock time of that day ("The king ended his
    state visit on Friday, flying out of Shannon Airport shortly after 4 p.m. local time"): one happening, told
    at its time: the day's expression, told in the day's clause, takes the time's value, and the time makes no
    mention of its own (but "began at 8 p.m. Friday, and announced the decision at 9:47 p.m.", another verb's
    time, and "said on Friday it would reopen at 9 a.m.", keep both)."""
    dropped, timed = set(), {}
    for day_timex, clock in zip(found, found[1:]):
        if day_timex.granularity == "day" and clock.type == "TIME" and _CLOCK_VALUE.search(clock.value or "") \
                and clock.interval is not None and clock.interval == day_timex.interval and id(day_timex) not in dropped \
                and _DAY_THEN_ITS_TIME.fullmatch(body, day_timex.end, clock.start) \
                and not _ANOTHER_TIME_AFTER.match(body, clock.end):
            # "- Nov. 5, 11:42 p.m.: Eruption sends ash 14 km high": the day and its time side by side are one
            # moment, told by both (the summary leaves both out)
            dropped.add(id(clock))
            timed[id(day_timex)] = Timex(start=day_timex.start, end=clock.end, text=body[day_timex.start:clock.end],
                                         type=clock.type, value=clock.value, granularity=clock.granularity,
                                         interval=clock.interval, mod=clock.mod, anchor=day_timex.anchor,
                                         rule="events:day-at-its-time")
            continue
        gap = _GOES_ON_TO_ITS_TIME.match(body, day_timex.end, clock.start)
        if re.search(r"(?:\band|\bor|,)\s+$", body[max(0, day_timex.start - 6):day_timex.start]):
            continue  # ("holds its sales on Nov. 18 and Nov. 20, starting at 7 p.m.": the time of either day)
        if day_timex.granularity == "day" and clock.type == "TIME" and _CLOCK_VALUE.search(clock.value or "") \
                and clock.interval is not None and clock.interval == day_timex.interval and gap \
                and not _FINITE_VERB.search(gap["rest"]) and not re.search(r"\b(?:and|but|or|while|as|when|to)\b", gap["rest"]):
            dropped.add(id(clock))
            timed[id(day_timex)] = Timex(start=day_timex.start, end=day_timex.end, text=day_timex.text, type=clock.type,
                                         value=clock.value, granularity=clock.granularity, interval=clock.interval,
                                         mod=clock.mod, anchor=day_timex.anchor, rule="events:day-at-its-time")
    return [timed.get(id(t), t) for t in found if id(t) not in dropped]


# a participle of planning that dates a noun in an aside ("the game, scheduled for Friday, ...")
_PLANNED_ASIDE = re.compile(r"\b(?:scheduled|planned|set|due|slated|expected|originally\s+due)\s+(?:to\s+\w+\s+)?(?:for|on|to)?\b",
                            re.IGNORECASE)
_THING_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|this|a|an)|[\w.&-]['’]s?)\s+(?:fiscal\s+)?$", re.IGNORECASE)  # ("the company's 2026 profit")
_THING_AFTER = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{YEAR_LABEL_NOUNS})\b", re.IGNORECASE)


# a plan for a year ("the Union Budget for 2025-26", "raised its guidance for FY25", "targets for 2030")
_PLAN_FOR_BEFORE = re.compile(r"\b(?:budgets?|plans?|forecasts?|guidance|outlook|targets?|estimates?|projections?|"
                              r"goals?)\s+(?:for|of)\s+(?:the\s+)?(?:fiscal\s+|financial\s+year\s+)?$", re.IGNORECASE)


# a verb of cancelling or postponing right before a phrase a date names ("called off Saturday's strike")
_BEFELL_BEFORE = re.compile(rf"\b(?:(?P<cancelled>{CANCELLING_VERBS})|(?P<postponed>{POSTPONING_VERBS}))"
                            r"\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)


# the date of a saying: "..., the company said on Thursday", "according to a filing on Thursday"; or
# right after the verb of saying, where it dates the saying and what was said follows it ("Foreign
# Minister Penny Wong said in a statement this morning the Government would contribute $5 million",
# "told reporters on Monday"; but not "said the vote would be held on Friday", nor "said Monday's vote")
_SAYING_DATE_BEFORE = re.compile(r"(?:,\s*(?:[\w'’.-]+\s+){0,5}(?:said|says|told\s+\w+|announced|confirmed|added|stated)\s+"
                                 r"|\baccording\s+to\s+(?:[\w'’.-]+\s+){0,6}?"
                                 r"|\b(?:said|says|announced|confirmed|stated|told\s+(?:reporters|journalists|parliament|lawmakers|"
                                 r"MPs|senators|(?:the|a|an)\s+(?:[\w'’-]+\s+)?[\w'’-]+))\s+"
                                 r"(?:(?:in|at|on|to|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+)?[\w'’-]+\s+"
                                 r"|on\s+(?-i:X|Twitter|Facebook|Instagram|Bluesky|Threads|LinkedIn|Truth\s+Social)\s+)?)"
                                 r"(?:late\s+|early\s+)?(?:on\s+|dated\s+)?$",
                                 re.IGNORECASE)
# ... a date that is no subject of what was said ("said 2019 was set to be the hottest", "said the fourth
# quarter will also be difficult", "said Monday's vote")
_NOT_THE_SAYINGS_DATE_AFTER = re.compile(r"['’]s?\b|\s+(?:is|was|will|would|has|had|could|should|may|might|must|can|remains|"
                                         r"looks|promises|proved|brought|saw)\b")
# A clock time that opens a line of a live report and the saying it stamps, the line's first verb
# ("4:15 p.m. Transportation Secretary Sean Duffy says on X that ... the department 'will hold the
# airline to its obligations'"): the saying was done then, whatever it tells of what is to come
_LINE_OPENING = re.compile(r"[\s*_\[(]*$")
_DATE_LABEL_AFTER = re.compile(r"[*_]*\s*(?::|\s[–—-])\s")  # ("3 October: ...", "**3 October** – ...")
_SAYING_AFTER_STAMP = re.compile(r"[\s*_\]):–—-]*(?P<sayer>(?:[\w'’.&-]+,?\s+){1,8}?)(?:says|said|tells|told|announces|announced|"
                                 r"confirms|confirmed|writes|wrote|tweets|tweeted|posts|posted)\b")


# the news a clause tells of, after "the news that", "reports that" or "word that"
_NEWS_THAT = re.compile(r"\b(?:news|reports?|word)\s+that\s+(?P<news>.+)$", re.IGNORECASE)
_QUOTED_OR_COLON = re.compile(r"\s*:\s+|\s+[\"“‘]")


def _opens_its_line(sentence: Sentence, timex: Timex) -> bool:
    """Whether ``timex`` is a live report's clock stamp ("6:45 a.m.", "**06:45**") opening ``sentence``."""
    at = timex.start - sentence.start
    return timex.type == "TIME" and bool(_STAMP.fullmatch(timex.text)) and bool(_LINE_OPENING.match(sentence.text[:at]))


# A live report's line that is only the writer greeting, signing off or calling a moment ("Good morning.",
# "That's where we will leave our live coverage for today.", "It's official."): no news of its own. The
# stamp's news is the sentence after it in its paragraph; when that sentence dates its news itself
# ("Good morning. The result ... will be announced at 4pm"), it is that sentence's entry and the stamp
# makes none.
LIVE_CHATTER = re.compile(
    r"[\s*_:–—-]*(?:good\s+(?:morning|afternoon|evening|night)|(?:hello|hi|welcome)(?=\s*[,.!]|\s+(?:and|again|back|to|everyone)\b)|"
    r"thanks?\s+(?:you\s+)?(?:for|so\s+much\s+for)\s+(?:reading|following|joining|your\s+company)|"
    r"that['’]s\s+(?:where|all|it)\s+(?:we|from|for)|(?:we|i)(?:['’]ll|\s+will|['’]re\s+going\s+to)\s+"
    r"(?:leave|wrap|end|close|pause|stop)\s+(?:(?:it|things|(?:our|the|this|today['’]s)\s+(?:live\s+)?(?:coverage|blog|updates))"
    r"(?:\s+up)?\s*(?:there|here|for\s+(?:today|tonight|now)|[.!]|$)|up\b|(?:it\s+)?there\b)|"
    r"(?:this|that)\s+(?:is|concludes|wraps\s+up|ends)\s+(?:our|the|today['’]s)\s+(?:live\s+)?(?:coverage|blog|updates)|"
    r"it['’]s\s+official|breaking(?:\s+news)?|"
    # a match's formulas alone ("We're under way.", "GOAL!", "Full time."), a short exclamation ("What a strike!"):
    # the moment called, its news in the sentence after
    r"(?:(?:and\s+)?we['’]re\s+(?:under\s*way|off)|kick[\s-]?off|(?:full|half)[\s-]?time|goa+l+)(?=[\s.!]*$)|"
    r"(?=(?:[\w'’,-]+\s+){0,3}[\w'’-]+!+\s*$))\b[^:;—–]*$",
    re.IGNORECASE)
LIVE_CHATTER_EXAMPLES = (
    "Good morning.",
    "Good morning and welcome to our live coverage of the Labor leadership ballot.",
    "That's where we will leave our live coverage for today.",
    "We'll leave it there for tonight. Thanks for following.",
    "Thanks for following our live coverage.",
    "Hello and welcome to our coverage of the count.",
    "It's official.",
    "This concludes our live coverage.",
    "We're under way.",
    "GOAL!",
    "Full time.",
    "What a strike!",
)
LIVE_CHATTER_NEAR_MISSES = (
    "Good news for commuters: the line reopened.",
    "It's official: the minister has resigned.",
    "Hillary Clinton says she will not run.",
    "We will leave the European Union on Friday, the prime minister says.",
    "Welcome rain fell across the Riverina.",
    "Full time: Redbridge 2-0 Bolden Forest.",
    "Kick-off is delayed by 15 minutes.",
    "Goal-line technology confirmed it.",
    "Okafor scores from the spot and Redbridge lead 1-0!",
)
# A line that points the reader to the outlet's own pages ("The Muscat text and its timetable are in our
# explainer.", "You can follow our coverage here."): page furniture, no news for a stamp over chatter to date
_OWN_PAGES = (r"(?:explainers?|guides?|coverage|live\s+blog|blog|reports?|stor(?:y|ies)|articles?|analysis|newsletters?|"
              r"podcasts?|pages?|site|website|app|feeds?|q\s*&\s*a|timelines?|live\s+page|special)")
OWN_PAGES_POINTER = re.compile(
    r"\b(?:(?:in|on|at|to|from|via)\s+(?:our|my|this\s+site['’]s)\s+(?:[\w-]+\s+){0,2}?" + _OWN_PAGES + r"|"
    r"read\s+(?:more|on|our|the\s+full)|click\s+here|"
    r"(?:follow|find|read|see|watch)\s+(?:[\w'’-]+\s+){0,6}?(?:here|below|above|at\s+the\s+link)|"
    # "Our explainer on the volcano's history is here.", "Here's our guide to the count.": the page named
    # by the outlet and where it is
    r"(?<![\w'’])(?:our|my)\s+(?:[\w-]+\s+){0,2}?" + _OWN_PAGES + r"\b[^.;:!?]{0,80}?\b(?:is|are|can\s+be\s+found|lives?)\s+"
    r"(?:here|below|above|available\s+(?:here|online|below)|online|at\s+the\s+link)|"
    r"here(?:['’]s|\s+is|\s+are)\s+(?:our|my)\s+(?:[\w-]+\s+){0,2}?" + _OWN_PAGES + r")\b",
    re.IGNORECASE)
OWN_PAGES_POINTER_EXAMPLES = (
    "The Muscat text and its timetable are in our explainer.",
    "You can follow our coverage of the count here.",
    "Read more on the ceasefire in our full report.",
    "Our live coverage continues on our new live page.",
    "Our explainer on the volcano's history is here.",
    "Here's our guide to what happens next.",
    "Our full report on the verdict is available online.",
)
OWN_PAGES_POINTER_NEAR_MISSES = (
    "Priya Nandakumar has won the Labor leadership with 58.4 per cent of the vote.",
    "Our reporter saw the convoy leave the valley.",
    "The minister read out the statement in parliament.",
    "Monitors found the bodies below the bridge.",
    "Our reporter on the scene says the crowd is here to stay.",
    "Our report on Monday's crash is being cited by the investigators.",
    "Here is what we know.",
)


def _stamp_on_chatter(article: Article, sentences: list[Sentence], index: int, timex: Timex,
                      dated: dict[int, list[Timex]]) -> list[EventMention] | None:
    """For a live report's stamp that opens a line of chatter (``LIVE_CHATTER``): the stamp's entry on the
    news of the next sentence of its paragraph, when that one has no date of its own ([] otherwise); None
    when the line is not chatter."""
    sentence = sentences[index]
    if not _opens_its_line(sentence, timex) or not LIVE_CHATTER.match(sentence.text, timex.end - sentence.start):
        return None
    after = sentences[index + 1] if index + 1 < len(sentences) else None
    if after is None or after.paragraph != sentence.paragraph or after.kind != sentence.kind or dated.get(after.start) \
            or len(_CONTENT_WORD.findall(after.text.lower())) < 2 or LIVE_CHATTER.match(after.text) \
            or OWN_PAGES_POINTER.search(after.text):
        return []  # ("That's all from us today. The Muscat text ... are in our explainer.": no news after it)
    text = after.text
    status = detect_status(text, before_reference=over_when_published(article, timex))
    if status == "reported" and timex.interval is not None and timex.interval.first > article.reference_date:
        status = "planned"
    names, words = describe(text)
    return [EventMention(
        document=article.id, sentence_start=sentence.start, sentence_end=after.end, quote=article.body[sentence.start:after.end],
        clause=text, summary=without_emphasis_markers(summarize(text)), timex=timex, reference_date=article.reference_date,
        status=status, attributed=is_attributed(text), entities=names, keywords=words)]


# a noun and "from" right before a date: the date labels the thing ("backups from Aug. 30", "footage from Tuesday")
_THING_FROM_BEFORE = re.compile(r"\b(?P<noun>[a-z]{3,})\s+from\s+(?:the\s+)?$")


_ONWARDS_AFTER = re.compile(r"\s+onwards?\b", re.IGNORECASE)


def _opens_a_things_stretch(body: str, timex: Timex) -> bool:
    """Whether ``timex`` opens the open stretch a noun covers ("her results from 14 February onwards", "all
    flights from Monday onward"): the stretch says which ones, no happening of that day (not "will run from
    Monday onwards", a verb's)."""
    if not _ONWARDS_AFTER.match(body, timex.end):
        return False
    m = _THING_FROM_BEFORE.search(body, max(0, timex.start - 40), timex.start)
    noun = m["noun"] if m else ""
    return bool(noun) and not noun.endswith(("ed", "ing")) and noun not in PAST_IRREGULAR and noun not in PRESENT \
        and noun not in STOP_WORDS and not noun.endswith("ly") \
        and not re.search(r"\b(?:will|would|shall|should|can|could|may|might|must|to|not|n['’]t)\s+$", body[max(0, m.start() - 12):m.start()])


def _labels_a_thing_said(sentence: Sentence, timex: Timex, found: list[Timex]) -> bool:
    """Whether ``timex`` only labels a thing ("backups from Aug. 30") in the saying a live report's stamp
    opens its line with (``_stamps_a_saying``)."""
    stamp = next((t for t in found if t is not timex and _stamps_a_saying(sentence, t)), None)
    if stamp is None or timex.start < stamp.end:
        return False
    m = _THING_FROM_BEFORE.search(sentence.text, 0, timex.start - sentence.start)
    noun = m["noun"] if m else ""
    return bool(noun) and not noun.endswith(("ed", "ing")) and noun not in PAST_IRREGULAR and noun not in PRESENT \
        and noun not in STOP_WORDS


def _stamps_a_saying(sentence: Sentence, timex: Timex) -> bool:
    """Whether ``timex`` is a live report's clock stamp opening ``sentence`` and the line's first verb
    is a saying (``_SAYING_AFTER_STAMP``)."""
    if not _opens_its_line(sentence, timex):
        return False
    saying = _SAYING_AFTER_STAMP.match(sentence.text, timex.end - sentence.start)
    return bool(saying) and not _FINITE_VERB.search(saying["sayer"])


# a verb that makes figures public, right before the period they cover ("will report
# [second-quarter] results on Aug. 5", "posted its [2024] earnings on Thursday")
_REPORTING_VERB_BEFORE = re.compile(
    r"\b(?:report|reports|reported|reporting|release|releases|released|releasing|publish|publishes|published|publishing|"
    r"post|posts|posted|posting|announce|announces|announced|announcing|unveil|unveils|unveiled|present|presents|presented|"
    r"issue|issues|issued|file|files|filed|"
    # ... or foresees them: "the company expected third-quarter revenue of between $1.35 billion and ..."
    r"expect|expects|expected|expecting|forecast|forecasts|forecasting|project|projects|projected|predict|predicts|"
    r"predicted|estimate|estimates|estimated|see|sees|guided)\s+(?:its|their|his|her|the|a)?\s*(?:fiscal\s+)?$", re.IGNORECASE)
# (not a clause after the date: "predicted Tuesday that sales ... would rise")
_REPORTED_FIGURES_AFTER = re.compile(rf"[\s-]+(?:(?!(?:that|which|its|their|his|her|the)\b)[a-z]+\s+)?"
                                     # (and a result told as its sign: "reported a third-quarter loss of $2.1 billion")
                                     rf"(?:{YEAR_LABEL_NOUNS}|results|numbers|data|gdp|statements?|loss|losses|income|surplus)\b",
                                     re.IGNORECASE)


def _names_reported_figures(body: str, timex: Timex) -> bool:
    """A period naming the figures a verb of reporting makes public ("will report second-quarter
    results on Aug. 5"): it tells what is reported, not when (but "second-quarter profit rose 5%"
    dates the rise to the quarter)."""
    return bool(_REPORTING_VERB_BEFORE.search(body, max(0, timex.start - 30), timex.start)
                and _REPORTED_FIGURES_AFTER.match(body, timex.end))


# A deadline a verb of missing, meeting or moving takes, named by its date ("after finding it had missed the 31 October
# cleanup deadline", "asked the department to extend the 15 March deadline", "extended the original deadline of 5 April
# in March"): the date is the deadline's, not when the clause's news happened (the missing, the asking, the extending);
# a deadline still to be met is a plan of that day ("We are working to meet the Sept. 15 deadline"): only "met"
_MISSING_VERB = (r"\b(?:miss|misses|missed|missing|met|beat|beats|beating|blew|blown|breach|breached|"
                 r"extend|extends|extended|extending|ignore|ignores|ignored)\s+")
_DEADLINE_DATE_BEFORE = re.compile(_MISSING_VERB + r"(?:(?:the|a|an|its|their|his|her|this|that)\s+)?$", re.IGNORECASE)
_DEADLINE_AFTER_DATE = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?deadlines?\b")
_DEADLINE_OF_BEFORE = re.compile(_MISSING_VERB + r"(?:the|a|an|its|their|his|her|this|that)\s+(?:[a-z-]+\s+){0,2}?"
                                 r"deadlines?\s+(?:of|on)\s+$", re.IGNORECASE)


# A happening named only as "what happened" and its date ("It is tempting to call what happened last Tuesday an act of
# God", "Someone knows what happened on the night of 13 August", "We have learned lessons from what happened at
# Christmas"): the sentence judges or asks about a happening it does not tell; it dates no entry (but "Here's what
# happened overnight: Georgia's secretary of state said ...", whose news follows the colon)
_WHAT_HAPPENED_BEFORE = re.compile(r"\bwhat\s+(?:had\s+|has\s+)?(?:happened|occurred|took\s+place|went\s+on)\s+"
                                   r"(?:to\s+(?:[\w’'-]+\s+){1,3}?)?(?:(?:on|in|at|during|over|since)\s+)?$", re.IGNORECASE)
_NEWS_TOLD_AFTER = re.compile(r"\s*[:—–]")


def _names_what_happened(body: str, timex: Timex) -> bool:
    """Whether ``timex`` dates only "what happened" (``_WHAT_HAPPENED_BEFORE``), the happening told nowhere in its
    sentence."""
    return bool(_WHAT_HAPPENED_BEFORE.search(body, max(0, timex.start - 60), timex.start)
                and not _NEWS_TOLD_AFTER.match(body, timex.end))


def _a_deadline_missed_or_met(body: str, timex: Timex) -> bool:
    """Whether ``timex`` names a deadline that a verb of missing, meeting or moving takes (``_MISSING_VERB``):
    "missed the 31 October cleanup deadline", "extended the original deadline of 5 April" date no entry."""
    return bool(_DEADLINE_DATE_BEFORE.search(body, max(0, timex.start - 30), timex.start)
                and _DEADLINE_AFTER_DATE.match(body, timex.end)
                or _DEADLINE_OF_BEFORE.search(body, max(0, timex.start - 60), timex.start))


def _names_a_thing(body: str, timex: Timex) -> bool:
    """A year used as a label of a plan or a document ("the 2026 budget", "its 2025 forecast",
    "the budget for 2025-26", "guidance for FY25"), or a period naming the figures reported
    (``_names_reported_figures``): it dates no happening (but "the 2014 annexation of Crimea" does)."""
    if timex.interval is not None and _names_reported_figures(body, timex):
        return True
    if timex.interval is None or (timex.interval.last - timex.interval.first).days < 360:
        return False
    if _PLAN_FOR_BEFORE.search(body, max(0, timex.start - 40), timex.start):
        return True
    return timex.granularity == "year" and bool(
        _THING_BEFORE.search(body, max(0, timex.start - 16), timex.start) and _THING_AFTER.match(body, timex.end))


# A date that names a thing, not when the clause's happening happened: right before a noun that is no
# happening ("tens of thousands of [Labor Day] travelers", "[August] inflation figures, due on Tuesday",
# "The [1930s] concrete bridge was last inspected in September 2023"), after a determiner, "of" or
# nothing. Beside another date that dates the clause it makes no entry of its own with that clause's
# words; a happening it names is one ("Early voting for [the Dec. 2 runoff] begins Nov. 24",
# "Peskov on Monday confirmed [the Tuesday meeting]"). A name of a date (a month, a holiday, a year, a
# day of a month), not a weekday or "yesterday": "said Tuesday profit rose" is no Tuesday profit.
_NAME_OF_A_DATE = re.compile(r"(?!.*\b(?:ago|later|earlier|before|after|since|weekend)\b)"
                             r"(?:the\s+)?(?:\d|(?-i:[A-Z])(?!(?:onday|uesday|ednesday|hursday|riday|aturday|unday|oday|onight|"
                             r"omorrow|esterday|ast|ext|his|hat|arlier|ater|arly|ate|id|vernight|oon|idnight|idday)\b)\w)", re.IGNORECASE)
_WORDS_AFTER_A_DATE = re.compile(r"[ \t]+((?-i:[a-z])[\w-]*(?:[ \t]+(?-i:[a-z])[\w-]*){0,3})")
_ATTRIBUTIVE_BEFORE = re.compile(r"(?:^|\b(?:the|a|an|its|their|his|her|our|this|that|these|those|of)\s+|['’]s\s+|^[\"“‘]?)$",
                                 re.IGNORECASE)
# ... but a period a time preposition takes is the clause's time ("were enrolled in the 2014-15 school year")
_TIME_OF_A_PERIOD = re.compile(r"\b(?:in|during|for|over|through|throughout|by|until|till|since|before|after|from|to|at|on|within)\s+"
                               r"(?:the|its|their|his|her|this|that|our)\s+$", re.IGNORECASE)
_NOT_IN_A_NOUN_PHRASE = frozenset("""and or but nor to of in on at by for with from after before ago earlier later that which who
    whom whose when where while as than is was were are be been being has had have will would could can may might must
    should shall did does do not also then still just only alone again so because if though although until till since
    through over under into onto about against between during around per each every all some any no more most less
    this these those its their his her our my the a an it they we he she i you there here""".split())
# nouns a date names without dating a happening: people, figures, things built or made, documents and
# periods of account (not "the Dec. 2 runoff", "a 1979 robbery", "the May 3 issue": happenings and
# publications, dated by their date)
THINGS_A_DATE_NAMES = frozenset("""travelers travellers shoppers holidaymakers visitors crowds passengers revellers
    commuters motorists drivers fans voters students pupils graduates winner winners champion champions class
    figures figure data numbers statistics index indices reading readings estimate estimates forecast forecasts
    payments payment goods prices price levels level peaks peak boundaries standard average averages total totals
    bridge building buildings warehouse façade facade house home church tower temple main pipeline plant factory
    painting paintings film musical documentary sitcom album car cars model models
    schedule calendar timetable program programme agenda term year season crop harvest contract contracts option
    window dates""".split())


# A date made an adjective by its form, a century or a decade joined to its noun by a hyphen ("a
# 17th-century portrait", "the city's 1990s-era computer system", "1960s-style"): the noun's age or
# style, whatever else its clause tells. (A happening it names is dated by it: "the 17th-century plague".)
_ADJECTIVE_SUFFIX = re.compile(r"-(?:era|style|vintage|built|made|designed|inspired|themed|type)\b", re.IGNORECASE)
_HYPHENED_PERIOD = re.compile(r"-(?:century|centuries|decade)$", re.IGNORECASE)
# the model year of a thing named after an indefinite article ("A 2019 Toyota was stolen", "a 1967 Mustang")
_MODEL_YEAR = re.compile(r"(?:^|\b)an?\s+$", re.IGNORECASE)
_A_NAME_AFTER = re.compile(r"[ \t]+(?-i:[A-Z])[\w-]*")
# ... or after an owner ("his 2016 Tessera ran a stop sign", "her 1967 Mustang"); or the years of a
# model ("the 2017 and 2018 model years", "2016 to 2018 Tessera SUVs"): a thing's age, never when
# the clause's happening happened (but "his 2008 Beijing Olympics gold" names a happening)
_MODEL_YEAR_OWNER = re.compile(r"(?:\b(?:his|her|their|my|your|our)|['’]s)\s+$", re.IGNORECASE)
_LISTED_YEAR = r"\s*(?:,|and|to|or|through|[-–])\s*(?:19|20)\d\d"  # ", 2017", " and 2018", " to 2018"
_MODEL_YEARS_AFTER = re.compile(rf"(?:{_LISTED_YEAR})*\s+model[- ]years?\b", re.IGNORECASE)
_VEHICLE_AFTER = re.compile(rf"(?:{_LISTED_YEAR})*[ \t]+(?:(?-i:[A-Z])[\w-]*[ \t]+(?:and[ \t]+)?){{1,3}}(?:SUVs?|sedans?|cars?|trucks?|"
                            r"pickups?|vans?|minivans?|hatchbacks?|coupes?|vehicles?|motorcycles?|models?)\b")
# a year a preposition of time takes is the clause's time ("In 2019 Toyota trucks sold well"), not a model's
_TIME_PREPOSITION_BEFORE = re.compile(r"\b(?:in|since|by|until|till|during|before|after|through|throughout)\s+$", re.IGNORECASE)
# "the 2016 Tessera and ...": a name standing alone after "the" and a year (not "the 2016 Brexit referendum")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_A_NAME_ALONE_AFTER = re.compile(r"[ \t]+(?-i:[A-Z])[\w-]*(?:[,.;:]|[ \t]+(?:and|or|to|is|was|were|has|had|which|that|with)\b)")
_A_YEAR_LISTED_BEFORE = re.compile(r"\b(?:19|20)\d\d\s*(?:,|and|to|or|through|[-–])\s*$")
_YEARS_BEFORE_A_NAME = re.compile(rf"(?:{_LISTED_YEAR})+[ \t]+(?-i:[A-Z])[\w-]*")
_A_HAPPENING_NAMED_AFTER = re.compile(r"[ \t]+(?:(?-i:[A-Z])[\w-]*[ \t]+){0,3}(?-i:Olympics|Games|Cup|Championships?|Open|"
                                      r"Election|Tour|Grand|Prix|Budget|Summit|Series|Marathon|Festival|Revolution|War)\b")
HAPPENINGS_A_PERIOD_NAMES = frozenset("""war wars revolution revolutions plague plagues famine famines epidemic pandemic
    crisis crises depression recession boom rush migration uprising rebellion riots massacre genocide reform reforms""".split())


def _noun_after(body: str, sentence: Sentence, end: int) -> list[str]:
    """The lower-case words of the noun phrase that opens at ``end`` (up to a function word or a verb)."""
    after = _WORDS_AFTER_A_DATE.match(body, end, sentence.end)
    noun = []
    for word in after.group(1).split() if after else ():
        if word in _NOT_IN_A_NOUN_PHRASE or _FINITE_VERB.fullmatch(word) or word in PRESENT or word in PAST_IRREGULAR \
                or word in PAST_AMBIGUOUS:
            break  # ("2019 saw a rise", "in March when", "the Dec. 2 runoff begins")
        noun.append(word)
    return noun


def _names_no_happening(noun: list[str]) -> bool:
    """Whether a noun phrase's head is no kind of happening ("portrait", not "war" nor "floods")."""
    head = noun[-1].lower()
    return head not in EVENT_CLASS_OF and lemma(head) not in EVENT_CLASS_OF and head not in HAPPENINGS_A_PERIOD_NAMES


def _an_adjective_by_its_form(body: str, sentence: Sentence, timex: Timex) -> bool:
    """A century or decade made an adjective by a hyphen before a noun that is no happening
    (``_ADJECTIVE_SUFFIX``, ``_HYPHENED_PERIOD``): it tells the thing's age, no happening's date."""
    suffix = _ADJECTIVE_SUFFIX.match(body, timex.end)
    if not suffix and not _HYPHENED_PERIOD.search(timex.text):
        return False
    end = suffix.end() if suffix else timex.end
    if _TIME_OF_A_PERIOD.search(body, max(sentence.start, timex.start - 30), timex.start):
        return False  # ("in the 17th-century": a period, however spelt)
    if _A_NAME_AFTER.match(body, end, sentence.end):
        return True  # ("17th-century Dutch painting")
    noun = _noun_after(body, sentence, end)
    return bool(noun) and _names_no_happening(noun)


# a team's or a player's results over a period and the judgement of them ("results this season have not been good
# enough", "Our form this year has been poor")
_RESULTS_BEFORE = re.compile(r"\b(?:results|performances?|form|displays|showings)\s+$", re.IGNORECASE)
_JUDGED_AFTER = re.compile(r"\s+(?:have|has|had|were|was|are|is)\s+(?:[a-z]+ly\s+)?(?:not\s+)?(?:been\s+)?(?:[a-z]+ly\s+)?"
                           r"(?:(?:not\s+)?good\s+enough|poor|disappointing|unacceptable|inadequate|unsatisfactory|"
                           r"below\s+(?:par|standard|expectations)|a\s+disappointment)\b", re.IGNORECASE)


def _judges_a_periods_results(body: str, timex: Timex) -> bool:
    """A judgement of the results of a period longer than a day ("This was a hard decision. ... but results this
    season have not been good enough"): an evaluation, no happening of the period's. (Not the results' news of a
    day, "Results on Saturday were poor", nor other figures, "Sales this year have been disappointing".)"""
    return timex.granularity not in ("day", "part_of_day", "hour", "minute", "second") \
        and bool(_RESULTS_BEFORE.search(body, max(0, timex.start - 20), timex.start) and _JUDGED_AFTER.match(body, timex.end))


# the hours of a curfew, or of anything kept each day ("imposed a curfew from 9pm to 5am", "closed each night
# between 9pm and 5am", "open from 10 a.m. to 6 p.m. daily"): clock times alone, no day told with them
_CLOCK_WORDS = r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?|noon|midday|midnight)"
_CLOCK_SPAN = re.compile(rf"{_CLOCK_WORDS}\s*(?:to|until|till|and|[-–—])\s*{_CLOCK_WORDS}"
                         r"(?:\s*(?:local\s+time|(?-i:[A-Z]{2,4})))?", re.IGNORECASE)
_DAILY_HOURS_BEFORE = re.compile(r"(?:\bcurfews?\b[^.;:!?]{0,60}?|\b(?:daily|nightly|(?:each|every)\s+(?:day|night|evening|morning)),?\s+)"
                                 r"\b(?:from|between)\s+$", re.IGNORECASE)
_DAILY_AFTER = re.compile(r"\s*,?\s*(?:daily|nightly|(?:each|every)\s+(?:day|night|evening|morning)|a\s+day)\b", re.IGNORECASE)


def _daily_hours(body: str, sentence: Sentence, timex: Timex) -> bool:
    """Clock times that are the hours of a curfew, or of a thing kept every day ("The government has imposed a
    curfew from 9pm to 5am in the capital", "The museum is open from 10 a.m. to 6 p.m. daily"): a span each day,
    no happening of the day they would be read on (the imposing is dated by its own day: "The curfew took effect
    at 9pm yesterday"). (Not a day's own hours, "closed the city centre to traffic from 6am until 5pm", nor
    hours told with a day, "open from 8am to 4pm on Saturday", a span that one day holds.)"""
    return bool(_CLOCK_SPAN.fullmatch(timex.text)) and bool(
        _DAILY_HOURS_BEFORE.search(body, max(sentence.start, timex.start - 80), timex.start) or _DAILY_AFTER.match(body, timex.end))


# the period a running total counts ("1,300 complaints so far this month", "this season to date")
_RUNNING_TOTAL_BEFORE = re.compile(r"\b(?:so\s+far|thus\s+far)\s+(?:in\s+|during\s+|for\s+|over\s+)?$", re.IGNORECASE)
# ... and the day it was told ("said on Monday", "Home Office figures showed on Friday")
_TOLD_ON_BEFORE = re.compile(r"\b(?:said|says|told|announced|reported|showed|shows|confirmed|added|stated)\b[^,;.]{0,25}$",
                             re.IGNORECASE)
_RUNNING_TOTAL_AFTER = re.compile(r"\s+(?:so\s+far|thus\s+far|to\s+date)\b", re.IGNORECASE)


def _a_running_totals_period(body: str, timex: Timex) -> bool:
    """A period longer than a day a running total is counted over ("said on Monday it had received 1,300
    complaints about Brightwell so far this month"): beside the day it was told, the total is that day's news,
    the period no happening's date. (Not "their biggest British tour to date this autumn": "to date" ends what
    it counts.)"""
    return timex.granularity not in ("day", "part_of_day", "hour", "minute", "second") and bool(
        _RUNNING_TOTAL_BEFORE.search(body, max(0, timex.start - 20), timex.start) or _RUNNING_TOTAL_AFTER.match(body, timex.end))


def _a_model_year(body: str, sentence: Sentence, timex: Timex) -> bool:
    """A year that is a thing's model year: after an owner and before a name ("his 2016 Tessera"),
    or before "model year(s)" or a name and a kind of vehicle ("the 2017 and 2018 model years",
    "2016 to 2018 Tessera SUVs"); it dates no happening, beside another date or not."""
    if timex.granularity != "year" and not re.fullmatch(r"\d{4}/\d{4}", timex.value):
        return False  # (a year, or a span of years: "2016 to 2018 Tessera SUVs")
    if _MODEL_YEARS_AFTER.match(body, timex.end, sentence.end):
        return True
    before = body[max(sentence.start, timex.start - 30):timex.start]
    if _TIME_PREPOSITION_BEFORE.search(before):
        return False
    if _VEHICLE_AFTER.match(body, timex.end, sentence.end):
        return True
    if timex.granularity != "year" or _A_HAPPENING_NAMED_AFTER.match(body, timex.end, sentence.end):
        return False
    return bool((_MODEL_YEAR_OWNER.search(before) or _MODEL_YEAR.search(before)) and _A_NAME_AFTER.match(body, timex.end, sentence.end)
                or _YEARS_BEFORE_A_NAME.match(body, timex.end, sentence.end)  # ("the 2016, 2017 and 2018 Tessera")
                or _A_YEAR_LISTED_BEFORE.search(before) and _A_NAME_AFTER.match(body, timex.end, sentence.end)
                or _THE_BEFORE.search(before) and _A_NAME_ALONE_AFTER.match(body, timex.end, sentence.end))


def _names_a_thing_beside(body: str, sentence: Sentence, timex: Timex) -> bool:
    """A date that names a thing and no happening (``_NAME_OF_A_DATE`` before a noun that is none:
    one of ``THINGS_A_DATE_NAMES``, or any but a happening after a century or a decade, "a 17th
    century portrait"; or a model year, "a 2019 Toyota")."""
    before = body[max(sentence.start, timex.start - 30):timex.start]
    if not _NAME_OF_A_DATE.match(timex.text) or not _ATTRIBUTIVE_BEFORE.search(before[-12:]) or _TIME_OF_A_PERIOD.search(before) \
            or _BEFELL_BEFORE.search(before):
        return False  # (nor what befell it: "The club has postponed its 2003 season")
    if timex.granularity == "year" and _MODEL_YEAR.search(before) and _A_NAME_AFTER.match(body, timex.end, sentence.end):
        return True
    noun = _noun_after(body, sentence, timex.end)
    return bool(noun) and (noun[-1].lower() in THINGS_A_DATE_NAMES
                           or timex.granularity in ("century", "decade") and _names_no_happening(noun)
                           and not noun[-1].endswith("ing"))  # ("spent most of the 1980s refusing to leave")


# a word that tells news, beside the date ("In June 2024" has none)
_CONTENT_WORD = re.compile(
    r"\b(?!(?:in|on|at|by|the|a|an|and|or|again|since|until|from|to|of|early|late|mid|last|next|this|that)\b)[A-Za-z]{3,}")
# the date a postponed happening moves to ("postponed until Saturday", "pushed back to March 9",
# "postponed the board meeting scheduled for Friday to consider a fund raise to 21 February")
# ... but not the date it was planned for ("postponed the board meeting scheduled for Friday")
_OLD_DATE_BEFORE = re.compile(r"\b(?:scheduled|planned|set|due|slated|originally|expected)\s+"
                              r"(?:to\s+[a-z]+\s+(?:(?:for|on)\s+)?|(?:for|on)\s+)$", re.IGNORECASE)  # ("scheduled to start June 2")
# (any form of the verb, and an aside between it and the new date: "to postpone the fraud trial of
# ... Dana Whitcombe, which had been scheduled to start June 2, until Sept. 8")
_NEW_DATE_BEFORE = re.compile(
    r"\b(?:postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|moved|pushed\s+back|put\s+off|reschedul(?:e|es|ed|ing)|adjourn(?:s|ed|ing)?|"
    r"defer(?:s|red|ring)?|shifted)\s+(?:[\w'’.-]+(?:,(?!\s+(?:and|but)\b))?\s+){0,24}?"
    r"(?:until|till|to|for)\s+(?:(?:the|next|early|late)\s+|(?:their|its|the|a)\s+(?:next\s+)?[\w-]+\s+(?:on|in|at)\s+)?$",
    re.IGNORECASE)  # (also "until their next summit on 18-19 December")
# the day a happening was moved from ("pushed the launch of the Kestrel probe back from 12
# February", "the trial began Sept. 8 after being postponed from June"): the day given up
_WORDS_TO_FROM = (r"\s+(?:(?!(?:which|that|who|when|where|while|running|lasting|stretching|spanning|covering|starting|beginning|ending)\b)"
                  r"[\w'’-]+,?\s+){0,8}?from\s+$")
_MOVED_FROM = re.compile(
    r"\b(?:postponed|delayed|moved|shifted|rescheduled|adjourned|deferred|"
    r"brought\s+(?:[\w'’-]+\s+){0,8}?forward|(?:pushed|put)\s+(?:[\w'’-]+\s+){0,8}?back)" + _WORDS_TO_FROM, re.IGNORECASE)
# ... and, with a new day after it, the day a deadline was "extended ..., first from [3 October] to 8 October" or a
# release "pushed ... from [November 2] to January 25" (not "extended ... from next month", a start)
_EXTENDED_FROM = re.compile(r"\b(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)(?:extended|pushed)" + _WORDS_TO_FROM, re.IGNORECASE)
_NEW_DAY_AFTER = re.compile(r"\s*,?\s*(?:to|until|till)\s+(?=\w)", re.IGNORECASE)


def _moved_from(body: str, timex: Timex, after: Timex | None = None) -> re.Match[str] | None:
    """The words telling that ``timex`` is the day a happening was moved from (``_MOVED_FROM``, or
    ``_EXTENDED_FROM`` with the new day ``after`` it, or any "to"-phrase when ``after`` is not given)."""
    window = max(0, timex.start - 120)
    moved = _MOVED_FROM.search(body, window, timex.start)
    if moved:
        return moved
    to = _NEW_DAY_AFTER.match(body, timex.end)
    if to and timex.type == "DATE" and (after is None or to.end() == after.start):  # (not "extended a curfew from 10 p.m. to 7 a.m.")
        return _EXTENDED_FROM.search(body, window, timex.start)
    return None
# ... unless the moving is only possible or denied ("possibly brought forward from 2024")
_MOVE_IN_DOUBT = re.compile(r"\b(?:possibly|perhaps|probably|likely|could|might|(?-i:may)|not|never)\s+(?:be\s+|been\s+|have\s+been\s+)?$",
                            re.IGNORECASE)


# a verb of moving, its object and the new day, an aside between them or not ("granted a request to
# postpone [the fraud trial of ... Dana Whitcombe], which had been scheduled to start June 2, [until] Sept. 8")
_MOVED_OBJECT_UNTIL = re.compile(
    r"\b(?P<verb>postpon|delay|adjourn|defer|reschedul|mov)(?:e|es|ed|ing|s|red|ring)?\s+"
    r"(?P<object>(?:the|a|an|its|their|his|her|this|all)\s+[^,;]{2,80}?)(?:,[^;]{0,120}?,)?\s+"
    r"(?P<until>(?:until|till|to)\s+(?:(?:the|next|early|late)\s+)?)$", re.IGNORECASE)
_MOVED_PARTICIPLE = {"postpon": "postponed", "delay": "delayed", "adjourn": "adjourned", "defer": "deferred",
                     "reschedul": "rescheduled", "mov": "moved"}


def _moved_to(sentence: Sentence, timex: Timex) -> str | None:
    """The new day of a moved happening told as its object moved there ("The fraud trial of
    Quillfield Payments founder Dana Whitcombe was postponed until Sept. 8"), for a sentence too
    long for its summary to keep that day; None when the sentence is not so told."""
    m = _MOVED_OBJECT_UNTIL.search(sentence.text, 0, timex.start - sentence.start)
    if not m or _FINITE_VERB.search(m["object"]) or not tells_a_move(sentence.text):
        return None
    head = re.split(r"\s+(?:of|in|at|for|on|by|with)\s+", m["object"])[0].split()[-1].lower()
    be = "were" if head.endswith("s") and not head.endswith("ss") else "was"
    told = f"{m['object']} {be} {_MOVED_PARTICIPLE[m['verb'].lower()]} {m['until']}{timex.text}"
    return told[0].upper() + told[1:] if len(told.split()) <= MAX_WORDS else None


def _done_by_its_verb(article: Article, timex: Timex) -> bool:
    """A date already past whose own verb is a plain past ("returned to training on Monday"), not
    a word of planning ("had been scheduled to begin on Thursday"): what the clause says is done,
    whatever a planning word elsewhere in it says of something else."""
    if timex.interval is None or timex.interval.last >= article.reference_date:
        return False
    tense, word = verb_before(article.body, timex.start, timex.end)
    return tense == "past" and word not in PLANNING and word not in FUTURE_ORIENTED


# Verbs whose present tells a happening on the schedule ("Okafor returns to the trail this morning",
# "The court hears arguments today"), not one going on as it is written ("Shares fall sharply today")
# nor a saying or a state ("says", "is", "remains").
SCHEDULED_PRESENT = frozenset("""returns resumes begins starts opens meets travels visits heads arrives leaves departs flies
    hears decides announces unveils convenes reconvenes considers launches airs publishes testifies speaks delivers
    celebrates reopens restarts premieres debuts hosts welcomes concludes finishes wraps kicks holds closes tours
    addresses attends""".split())
# ... and their plain forms after a plural or collective subject ("The team fly home today", "Leaders
# gather in Brussels tonight")
_SCHEDULED_PLAIN = ("return|resume|begin|start|open|meet|travel|visit|head|arrive|leave|depart|fly|hear|decide|announce|unveil|"
                    "convene|reconvene|launch|testify|speak|celebrate|reopen|restart|host|welcome|conclude|finish|tour|gather|"
                    "vote|play|face|attend")
_PLURAL_THEN_SCHEDULED = re.compile(
    r"\b(?:(?:(?i:the|a|an|its|their|his|her|our)|[A-Z][\w'’-]*['’]s?)\s+(?:[\w'’-]+\s+){0,2}?(?:team|squad|side|crew|band|delegation|"
    r"couple|pair|family|players|leaders|ministers|lawmakers|members|delegates|officials)|(?i:they|we))\s+(?:[a-z]+ly\s+)?"
    r"(?:" + _SCHEDULED_PLAIN + r")\b[^,;]*$")
SCHEDULED_TODAY_EXAMPLES = (
    ("The team fly home today.", "today"),
    ("Okafor returns to the trail this morning with a rally at Brantley State University.", "this morning"),
    ("The court hears arguments today.", "today"),
)
SCHEDULED_TODAY_NEAR_MISSES = (
    ("Shares fall sharply today.", "today"),
    ("The minister says today that she has quit.", "today"),
    ("Police say a man was arrested this morning.", "this morning"),
    ("He is in hospital today.", "today"),
    ("The team flew home today.", "today"),
)


def _without_a_clause_after(clause: str, expression: str) -> str:
    """``clause`` up to a clause of its own joined after the date (at a ``STRONG_BOUNDARY``: "By Thursday morning
    Tarini had weakened ..., the department said, [and it is expected to dissipate later today]"), which tells
    another time's news: its plan or its past is not the date's ("had weakened" is done)."""
    at = find_ignoring_case(clause, expression)
    joined = STRONG_BOUNDARY.search(clause, at + len(expression)) if at >= 0 else None
    if joined and has_own_subject(re.sub(r"^(?:and|but|while|whereas|yet|or)\s+", "", clause[joined.end():])):
        return clause[:joined.start()]
    return clause


def scheduled_for_today(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start``:``end`` of ``text`` dates a present of schedule
    (``SCHEDULED_TODAY_EXAMPLES``)."""
    tense, word = verb_before(text, start, end)
    line = text.rfind("\n", 0, start) + 1
    plural_then_scheduled = bool(_PLURAL_THEN_SCHEDULED.search(text, max(line, start - 120), start))
    if tense is not None:
        # ("The team fly home today": a team's plural verb, as any plural subject's)
        return tense == "present" and (word in SCHEDULED_PRESENT or plural_then_scheduled)
    return plural_then_scheduled


# a relative clause that tells where or with whom someone was then ("everyone who was there in 2019",
# "the players who were at the club in 2015"): a state, no happening
_STATE_IN_RELATIVE = re.compile(r"\b(?:who|that|which)\s+(?:was|were|had\s+been)\s+(?:(?:still|also|all)\s+)?"
                                r"(?:there|here|present|around|(?:at|with|in)\s+(?:the\s+)?(?-i:[a-z])[\w'’-]+)\s+(?:(?:in|on|at|during)\s+)?$",
                                re.IGNORECASE)
# ... or where anyone may have been, as an appeal for witnesses asks ("I would appeal to anyone who was in the
# Pollokshields area yesterday morning to get in touch", "Police want to hear from drivers who were travelling on
# the M8 on Sunday night"): when they were about, no happening (but "anyone who saw the crash on Monday" dates the crash)
_ANYONE_WHO_WAS = re.compile(
    r"\b(?:anyone|anybody|everyone|everybody|whoever|someone|somebody|those|people|drivers|motorists|witnesses|"
    r"members\s+of\s+the\s+public)\s+who\s+(?:was|were|had\s+been|(?:may|might|could)\s+have\s+been)\s+"
    r"(?:in|at|near|around|on|inside|outside|along|close\s+to|driving|travelling|traveling|walking|passing)"
    r"(?:\s+(?!(?:and|but|when|after|before|who|that|which|saw|heard|is|are|was|were|has|have|had|will|would|[a-z]+ed)\b)"
    r"[\w'’.-]+){1,6}?\s+"
    r"(?:(?:in|on|at|during|between|from|around)\s+)?$", re.IGNORECASE)
STATE_IN_RELATIVE_EXAMPLES = ("Last night was for everyone who was there in 2019.", "Ask the players who were at the club in 2015.",
                              "\"I would appeal to anyone who was in the Pollokshields area yesterday morning to get in touch.\"",
                              "Police want to hear from drivers who were travelling on the M8 on Sunday night.",
                              "Officers are appealing to anyone who may have been near the park on Friday evening.")
STATE_IN_RELATIVE_NEAR_MISSES = ("The man who was arrested in 2019 was freed.", "Everyone who was born in 2019 gets a grant.",
                                 "Mark Esper, who was in Kabul in 2019, met the president.",
                                 "Police are appealing to anyone who saw the crash on Monday to come forward.",
                                 "Anyone who was in the building was evacuated on Monday.")


# a restrictive relative clause that tells the plan of its noun by another date, up to the noun's own
# verb ("A three-day bus strike [that was due to start on Monday in Leeds and Bradford] was called off
# late on Sunday")
_PLANS_RELATIVE = (r"\s+(?:that|which|who)\s+(?:was|were|had\s+been|has\s+been|is|are)\s+(?:originally\s+|initially\s+)?"
                   r"(?:due|scheduled|set|planned|slated|expected)\s+(?:to\s+[a-z]+\s+)?(?:(?:on|for|at|in)\s+)?{date}"
                   r"(?:\s+(?:in|at|on|near|across)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]*)*)?"
                   r"(?=\s+(?:was|were|has|have|had|is|are)\b)")


# a plan's word not far before a date ("scheduled for March 11 and March 18": both days planned)
_PLAN_WORD_BEFORE = re.compile(r"\b(?:scheduled|planned|set|due|slated|originally|expected)\b[^.;]{0,40}$", re.IGNORECASE)


def _without_plans_relative(clause: str, timex: Timex, found: list[Timex]) -> str:
    """``clause`` less a relative clause that another, earlier expression dates as its noun's plan."""
    for other in found:
        if other.start < timex.start:
            clause = re.sub(_PLANS_RELATIVE.replace("{date}", re.escape(other.text)), "", clause, count=1, flags=re.IGNORECASE)
    return clause


# A sentence that is a quotation and nothing else goes on from the quotation of the sentence before,
# whose speaker said it too ('"We have given them every chance," regional officer Karen Doyle said on
# Thursday. "Yesterday they simply walked away from the table."': Doyle's words)
_WHOLE_QUOTE = re.compile(r"\s*[\"“][^\"“”]+[.!?][\"”]\s*")
_NAME = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}"
_ROLE_WORD = r"(?!(?:in|at|on|from|to|by|of|after|before|during|with|for)\s)[a-z-]+\s+"  # ("regional officer", not "said in Moscow")
_SPEAKER_AFTER_QUOTE = re.compile(r"[\"”]\s*,?\s*(?:(?:" + _ROLE_WORD + r"){0,3}(?P<sayer>" + _NAME + r")\s+" + _SAYING + r"\b|"
                                  + _SAYING + r"\s+(?:" + _ROLE_WORD + r"){0,3}(?P<sayer2>" + _NAME + r")\s*(?:[,.;]|$))")
_MANY_SAYERS = frozenset("""people officials police analysts residents witnesses experts critics doctors authorities organisers
    organizers investigators prosecutors scientists economists traders fans voters workers""".split())
_DEMONYM_NOUN = re.compile(r"(?-i:[A-Z])[a-z]+(?:iard|ian|ese|ish|man|woman|men|women)")
SPEAKER_EXAMPLES = (
    ('"We have given them every chance," regional officer Karen Doyle said on Thursday.',
     '"Yesterday they simply walked away from the table."',
     '"Yesterday they simply walked away from the table," Karen Doyle said'),
    ('"It was chaos," said fire chief Dana Ruiz.', '"By Monday it was over!"', '"By Monday it was over!" Dana Ruiz said'),
)
SPEAKER_NEAR_MISSES = (
    ("The union said talks had failed.", '"Yesterday they simply walked away from the table."'),
    ('"We have given them every chance," she said.', '"Yesterday they simply walked away from the table."'),
    ('"It was hard," the Spaniard said.', '"Tonight I will remember this night for a long time."'),
    ('"The winter is very hard here," an aid worker said in Moscow.', '"Supplies ran out on Monday."'),
)


def _with_previous_speaker(quote: str, previous: str) -> str:
    """``quote`` with the speaker of the quotation in ``previous`` (``SPEAKER_EXAMPLES``), else as it is."""
    found = _SPEAKER_AFTER_QUOTE.search(previous)
    sayer = found and (found["sayer"] or found["sayer2"]).rstrip(".")
    if not sayer or not _may_be_a_persons_name(sayer) or sayer.lower() in _PRONOUNS | _NOT_A_NAME or sayer.lower() in _PLACES \
            or sayer.lower().rstrip("s") in DEMONYMS or _DEMONYM_NOUN.fullmatch(sayer) or sayer.lower() in _MANY_SAYERS \
            or len(sayer.split()[-1].rstrip(".")) < 2:
        return quote  # (no "We said", "Moscow said", "Spaniard said")
    quote = quote.strip()
    if quote[-2] == ".":
        return f"{quote[:-2]},{quote[-1]} {sayer} said"
    return f"{quote} {sayer} said"


def _unopened(summary: str, sentence: str) -> tuple[str, bool]:
    """A summary that opens with the quotation mark ``summarize`` gave it (its words open inside a
    quotation: 'Today is a better one."', the last sentence of one opened in the sentence before, or
    '[...] which will be presented in the first quarter of 2021," the President said'), without that
    mark, and whether it had one: a subject is lent, a pronoun named and the writer told apart on the
    words themselves."""
    core = summary[1:]
    words = re.split(r"[\"“”]", core, maxsplit=1)[0][:30]  # (the quoted words up to the next mark)
    if summary[:1] == '"' and summary.count('"') % 2 == 0 and find_ignoring_case(sentence, '"' + words) < 0 \
            and find_ignoring_case(sentence, "“" + words) < 0:
        return core, True
    return summary, False


def _reopen(summary: str, told: str) -> str:
    """``summary`` with the quotation mark ``_unopened`` took off put back where the quoted words ``told``
    begin, after any subject lent them ('The extra recycling sacks "will be available ... from Monday."')."""
    if summary.count('"') % 2 == 0:
        return summary
    at = find_ignoring_case(summary, told[:24])
    if at < 0 and " " in told:
        # ("Which will be available ..." told, "The extra recycling sacks will be available ..." lent)
        at = find_ignoring_case(summary, told.split(" ", 1)[1][:24])
    return f'{summary[:max(at, 0)]}"{summary[max(at, 0):]}'


def _phrase_start(sentence: Sentence, timex: Timex, phrase: str) -> int:
    """Where the phrase an expression dates begins in its sentence ("has cancelled [212 flights
    scheduled for next Wednesday]"): the nearest occurrence that holds the expression."""
    at = timex.start - sentence.start
    found = sentence.text.rfind(phrase, 0, at + len(phrase))
    return found if 0 <= found <= at else at


def table_row_cells(row: str) -> list[tuple[int, str]]:
    """The cells of a Markdown table row, each as (offset in the row, text stripped)."""
    cells = []
    inner_start = row.index("|") + 1
    inner_end = row.rindex("|")
    cursor = inner_start
    for part in row[inner_start:inner_end].split("|"):
        stripped = part.strip()
        cells.append((cursor + part.find(stripped[:1]) if stripped else cursor, stripped))
        cursor += len(part) + 1
    return cells


# a cell that is a figure and nothing else ("229", "1,740", "-3.5"): its column's header names it
_BARE_FIGURE = re.compile(r"[-+−]?\d[\d,.]*")


def _labelled(text: str, header: str | None) -> str:
    """A table cell as a line of a chronology tells it: a bare figure with the name its column's header
    gives it ("229" under "Cases" is "229 cases"), any other cell as written."""
    if header is None or not _BARE_FIGURE.fullmatch(text) or not re.search(r"[^\W\d_]{2,}", header):
        return text
    name = without_emphasis_markers(header)
    return f"{text} {name.lower() if name[:1].isupper() and not name.isupper() and name[1:].islower() else name}"


_WEEKDAY_WORDS = re.compile(r"(?:on\s+)?" + _WEEKDAY_NAME + r"(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE)


def table_row_mentions(article: Article, sentence: Sentence, found: list[Timex],
                       header: Sentence | None = None) -> list[EventMention]:
    """A table row read as a line of a chronology: "| 6 Feb 2024 | hold | 4.35% |" is "6 Feb 2024:
    hold, 4.35%", the date's cell first and the others after it; a bare figure takes the name its
    column's ``header`` gives it ("| July 24 | 229 | 4 |" under "| Date | Cases | Deaths |" is "July 24:
    229 cases, 4 deaths"). A row whose other cells tell nothing (no word beside the date) makes no
    mention."""
    cells = table_row_cells(sentence.text)
    names = [text for _, text in table_row_cells(header.text)] if header is not None else []
    if len(names) != len(cells):
        names = []  # (a header of another shape names no column)
    def cell_of(timex: Timex) -> int | None:
        at = timex.start - sentence.start
        return next((i for i, (offset, text) in enumerate(cells) if offset <= at < offset + max(len(text), 1)), None)

    # a row whose Date and Time columns give a day and a clock time of that day ("| Saturday 28 June | 4pm |
    # 7.9 |") tells one reading at that time: the time's entry reads "Saturday 28 June, 4pm: 7.9", the day
    # makes none
    days_of = {}
    for timex in found:
        if timex.type == "TIME" and _CLOCK_VALUE.search(timex.value or "") and timex.interval is not None:
            day_cell = next((cell_of(d) for d in found if d is not timex and d.granularity == "day" and d.interval == timex.interval
                             and cell_of(d) not in (None, cell_of(timex))), None)
            if day_cell is not None:
                days_of[id(timex)] = day_cell
    told_by_time = set(days_of.values())
    # a cell that is a date and nothing else dates its row: a weekday in the words of another cell ("| 4 October |
    # First Saturday march |") names which day of the week, and dates nothing
    dated_by_a_cell = any(cell_of(t) is not None and without_emphasis_markers(cells[cell_of(t)][1]) == t.text for t in found)
    mentions = []
    for timex in found:
        own = cell_of(timex)
        if own is None or own in told_by_time and id(timex) not in days_of:
            continue
        if dated_by_a_cell and _WEEKDAY_WORDS.fullmatch(timex.text) and without_emphasis_markers(cells[own][1]) != timex.text:
            continue
        day_cell = days_of.get(id(timex))
        others = [_labelled(text, names[i] if names else None) for i, (_, text) in enumerate(cells)
                  if i not in (own, day_cell) and text]
        told = ", ".join(others)
        if not _CONTENT_WORD.search(told) and not re.search(r"[^\W\d_]{2,}", told):
            continue
        label = cells[own][1] if day_cell is None else f"{cells[day_cell][1]}, {cells[own][1]}"
        summary = without_emphasis_markers(f"{label}: {told}")
        status = detect_status(told, timex.text)
        if status == "reported":
            status = line_called_off(told) or status  # "| 20:40 | Show cancelled |"
        if status == "reported" and timex.interval is not None and timex.interval.first > article.reference_date:
            status = "planned"
        names, words = describe(told)
        mentions.append(EventMention(
            document=article.id, sentence_start=sentence.start, sentence_end=sentence.end,
            quote=" | ".join(text for _, text in cells), clause=summary, summary=summary, timex=timex,
            reference_date=article.reference_date, status=status, attributed=False, table_row=True, entities=names,
            keywords=words))
    return mentions


# A clock time that opens a line of a live report ("8:05 a.m. Crews worked through the night.") stamps
# the line; when the sentence dates its past news itself, in its own clause, the stamp adds a second
# entry with the same words. (A present saying keeps its stamp: "2:15 p.m. Sheriff Dana Ruiz says two
# homes were destroyed overnight": the saying is of 2:15 p.m.; so does news of a day after the stamp's:
# "3:48 p.m. Sentencing has been set for January 14" was set at 3:48 p.m.)
_STAMP = re.compile(r"\s*\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*(?-i:GMT|BST|UTC|IST|CET|CEST|AEST|AEDT|[ECMP][SD]?T))?\s*$",
                    re.IGNORECASE)
_SUBORDINATE_BETWEEN = re.compile(r"\b(?:who|whom|whose|which|that|when|after|before|because|since|while|as|until|says|said|say)\b",
                                  re.IGNORECASE)


def _without_possessives_told_elsewhere(mentions: list[EventMention], body: str) -> list[EventMention]:
    """A happening a possessive date only names in passing ("an investigation into Meridian's handling of
    [last week's technology outage]", a summary that is the bare phrase) that another sentence of the
    article tells, dated within that date, with the phrase's noun among its words: that fuller mention
    is its entry, the bare phrase makes none."""
    kept = []
    for mention in mentions:
        summary, expression = mention.summary, mention.timex.text
        named = re.match(re.escape(expression) + r"['’]s?\s+(?P<phrase>[^,;]+)$", summary, re.IGNORECASE)
        head = lemma(named["phrase"].split()[-1].lower()) if named and len(summary.split()) <= 8 else None
        if head and mention.timex.interval is not None and body[mention.timex.end:mention.timex.end + 1] in "'’" and any(
                other.sentence_start != mention.sentence_start and other.timex.interval is not None
                and mention.timex.interval.first <= other.timex.interval.first and other.timex.interval.last <= mention.timex.interval.last
                and head in other.keywords for other in mentions):
            continue
        kept.append(mention)
    return kept


def _without_years_told_finer(mentions: list[EventMention], recalled: set[int], reference: datetime.date) -> list[EventMention]:
    """A past year in a subject's relative clause only recalls what the subject is known by ("A painting stolen
    from a Glasgow museum more than three years ago has been recovered"); when the article dates a happening of
    that year more finely ("It was taken from Corran House on 20 February 2022"), that is the entry, and the
    year makes none. (The current year is no recall: "The drought that has gripped southern Africa this year".)"""
    def finer_within(mention: EventMention) -> bool:
        year = mention.timex.interval
        return any(other is not mention and other.timex.interval is not None and other.status == mention.status
                   and year.first <= other.timex.interval.first and other.timex.interval.last <= year.last
                   and other.timex.interval.first == other.timex.interval.last for other in mentions)
    return [mention for mention in mentions if not (
        id(mention.timex) in recalled and mention.timex.granularity == "year" and mention.timex.interval is not None
        and mention.timex.interval.last.year < reference.year and finer_within(mention))]


# the date of a saying told after its news ("..., the health ministry said on Thursday", "..., police said Saturday")
_SAYING_AT_THE_END_BEFORE = re.compile(r",\s*(?:[\w'’.-]+\s+){0,5}(?:said|says|told\s+\w+|announced|confirmed|added|stated)\s+"
                                       r"(?:late\s+|early\s+)?(?:on\s+)?$", re.IGNORECASE)


def _by_sentence(mentions: list[EventMention]) -> dict[int, list[EventMention]]:
    """The mentions of each sentence (by its start), in their order: looked up, not searched for, so that a
    long article's mentions are not each compared with all the others."""
    grouped: dict[int, list[EventMention]] = {}
    for mention in mentions:
        grouped.setdefault(mention.sentence_start, []).append(mention)
    return grouped


# what a participle after the news's own words tells of it (", killing 11", ", leaving three dead"): no verb of its own
_NEWS_PARTICIPLE_TAIL = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\s+[^,;:]+")


def _the_same_news(news: str, saying: str) -> bool:
    """The summary of a saying's date tells the same news as the summary of the news's own date: the same words,
    or those words and a participle phrase the saying's summary goes on to ("... crashed short of the runway at Sioux
    Lookout Airport on Sunday, killing 11" beside "... on Sunday", from "..., killing 11, Canadian authorities said
    Monday"), which tells the news's toll, not a happening of its own."""
    if news == saying:
        return True
    rest = saying[len(news):] if saying.startswith(news) else None
    return bool(rest) and bool(_NEWS_PARTICIPLE_TAIL.fullmatch(rest)) and not _FINITE_VERB.search(rest)


def _without_sayings_told_as_their_news(mentions: list[EventMention]) -> list[EventMention]:
    """One entry for one statement: the date of a saying after its news ("At least 143 people died of heatstroke in
    India between March 1 and June 10, the health ministry said on Thursday"), when its summary is only that news,
    which another date of the sentence dates, gone by when it was said, and holds: the news's date is its entry, and
    the saying's would tell the same words on another day. (A summary that keeps the saying, "Exports rose 4% in May,
    the ministry said on Thursday", is the saying's entry.)"""
    of_sentence = _by_sentence(mentions)

    def told_as(mention: EventMention) -> bool:
        return find_ignoring_case(mention.summary, mention.timex.text) >= 0

    def over_when_said(saying: EventMention) -> bool:
        # the news past when it was said ("died", "was arrested"; not "Greenland is losing ice ...", "Two men
        # have been charged ...", "GM plans to cut ...": news of the saying's own time, or to come)
        at = saying.timex.start - saying.sentence_start
        said = _SAYING_AT_THE_END_BEFORE.search(saying.quote, 0, at)
        first = _FINITE_VERB.search(saying.quote, dateline_length(saying.quote), said.start()) if said else None
        if not said or first_verb_tense(saying.quote, dateline_length(saying.quote), said.start()) != "past" \
                or first and first.group() in ("has", "have", "is", "are"):
            return False
        same = [other for other in of_sentence[saying.sentence_start] if other is not saying
                and _the_same_news(other.summary, saying.summary)]
        return bool(same) and all(other.timex.start < saying.timex.start and other.timex.interval is not None
                                  and other.timex.interval.last < saying.timex.interval.first for other in same) \
            and any(told_as(other) for other in same)

    return [mention for mention in mentions if not (
        mention.timex.interval is not None and not told_as(mention) and over_when_said(mention))]


# the first verb of news told before a saying: a past, or "has"/"have" and a participle ("A third worker has died")
# (not "have been charged", news of the saying's own time)
_NEWS_OVER_VERB = re.compile(r"(?:has|have|had)\s+(?:[a-z]+ly\s+)?(?P<perfect>[a-z]{3,}ed|" + _IRREGULAR_PASTS + r")\b|"
                             r"(?!(?:is|are|was|were|has|have|had|will|would|said|says)\b)(?P<past>[a-z]{3,}ed|" + _IRREGULAR_PASTS + r")\b")
# a clause's own verb after its first auxiliary ("was arrested", "had been killed")
_VERB_AFTER_AUXILIARY = re.compile(r"(?:is|are|was|were|has|have|had)\s+(?:[a-z]+ly\s+)?(?:been\s+)?(?P<verb>[a-z]+)\b")


def _kind_of_word(word: str) -> str | None:
    """The kind of happening a verb tells, as written or by its lemma ("recaptured", "arrested": @arrest)."""
    return EVENT_CLASS_OF.get(word) or EVENT_CLASS_OF.get(lemma(word))


def _kind_of_the_verb(text: str) -> str | None:
    """The kind of happening the first verb of ``text`` tells (``EVENT_CLASS_OF``; "was arrested": @arrest)."""
    first = _FINITE_VERB.search(text)
    if not first:
        return None
    after = _VERB_AFTER_AUXILIARY.match(text, first.start())
    word = (after["verb"] if after else first.group()).lower()
    return _kind_of_word(word)


def _without_sayings_of_news_dated_next(mentions: list[EventMention]) -> list[EventMention]:
    """A saying's date after news already over that its sentence leaves undated ("South African police recaptured
    one of three escaped prisoners, officials said Friday", "A third worker has died of injuries suffered in
    Thursday night's explosion ..., the company said Monday"), when the very next sentence tells a happening of the
    same kind, over before that day ("Sipho Dlamini was arrested Thursday ...", "Amrit Sandhu, 29, died Sunday"):
    the next sentence dates the news, and the saying's day would tell it again on the wrong day."""
    of_sentence = _by_sentence(mentions)
    starts = sorted(of_sentence)
    dropped = set()
    for index, start in enumerate(starts):
        if index + 1 >= len(starts):
            continue
        saying = of_sentence[start][-1]
        quote, at = saying.quote, saying.timex.start - saying.sentence_start
        said = _SAYING_AT_THE_END_BEFORE.search(quote, 0, at)
        if not said or saying.timex.interval is None or saying.status != "reported" \
                or quote[saying.timex.end - saying.sentence_start:].strip(" .\"”'’") \
                or starts[index + 1] - saying.sentence_end > 3:
            continue  # (a date that ends its sentence after the saying, and the next sentence right after it)
        news = quote[dateline_length(quote):said.start()]
        first = _FINITE_VERB.search(news)
        subject = news[:first.start()].split() if first else []
        over = _NEWS_OVER_VERB.match(news, first.start()) if first and len(subject) <= 8 and not any(
            word.lower() in ("that", "which", "who", "by") or _a_participle(word.lower()) for word in subject) else None
        if not over:  # (the verb of the news's subject, not of a clause inside it: "Wealthy Americans hit by the
            # retroactive tax increase in the budget law President Clinton signed last week will be allowed ...")
            continue  # ("Greenland is losing ice", "GM will cut ...": news of the saying's own time, or to come)
        # the kind of the news's own verb, and of the next sentence's ("recaptured" and "was arrested": @arrest)
        verb = (over["perfect"] or over["past"]).lower()
        kind = _kind_of_word(verb)
        if kind and any(other.status == "reported" and other.timex.interval is not None
                        and other.timex.interval.last < saying.timex.interval.first
                        and _kind_of_the_verb(other.clause[dateline_length(other.clause):]) == kind
                        for other in of_sentence[starts[index + 1]]):
            dropped.add(id(saying))
    return [mention for mention in mentions if id(mention) not in dropped]


def _without_stamps_of_dated_news(mentions: list[EventMention]) -> list[EventMention]:
    """A live report's stamp over news another date of its line dates makes no entry of its own: news over before
    the stamp ("11:02 Police said the man was arrested on Tuesday"), or to come ("**14:05** President Cyril
    Ramaphosa will visit the mine on Thursday, the Presidency has said": one planned entry on Thursday; but "8:05
    a.m. Sentencing has been set for January 14" was news at the stamp's time). (A line that opens with a saying,
    "4:15 p.m. Duffy says on X that ...", keeps the stamp as the saying's date.)"""
    kept = []
    of_sentence = _by_sentence(mentions)
    for mention in mentions:
        others = [m for m in of_sentence[mention.sentence_start] if m is not mention and m.summary == mention.summary]
        at = mention.timex.start - mention.sentence_start
        stamp = others and _STAMP.fullmatch(mention.timex.text) and mention.timex.interval is not None \
            and bool(_LINE_OPENING.fullmatch(mention.quote[:at]))
        if stamp and all(
                m.timex.interval is not None and m.timex.interval.last < mention.timex.interval.first and
                not _SUBORDINATE_BETWEEN.search(m.quote, mention.timex.end - mention.sentence_start, m.timex.start - m.sentence_start)
                and first_verb_tense(m.quote, mention.timex.end - mention.sentence_start, m.timex.start - m.sentence_start) == "past"
                for m in others):
            continue
        saying = _SAYING_AFTER_STAMP.match(mention.quote, mention.timex.end - mention.sentence_start) if stamp else None
        if stamp and all(m.status == "planned" and m.timex.interval is not None
                         and m.timex.interval.first > mention.timex.interval.last
                         and first_verb_tense(m.quote, mention.timex.end - mention.sentence_start, m.timex.start - m.sentence_start) == "future"
                         for m in others) and not (saying and not _FINITE_VERB.search(saying["sayer"])):
            continue
        kept.append(mention)
    return kept


# a live report's clock stamp opening a summary that another date of its line dates
_STAMP_OPENING = re.compile(r"\s*\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*(?-i:GMT|BST|UTC|IST|CET|CEST|AEST|AEDT|[ECMP][SD]?T))?"
                            r"\s*(?:[:–—-]\s*)?(?=\S)")
_BEFORE_A_STAMP = re.compile(r"[\s*_\[(]*")


def _without_others_stamps(mentions: list[EventMention]) -> list[EventMention]:
    """The summary of a date of a stamped line leaves the stamp out: "**14:05** President Cyril Ramaphosa will
    visit the mine on Thursday" gives Thursday's entry "President Cyril Ramaphosa will visit ..." (the stamp's own
    summary keeps it, as made: the renderer leaves it out beside its time)."""
    out = []
    for mention in mentions:
        stamp = _STAMP_OPENING.match(mention.summary)
        opening = _BEFORE_A_STAMP.match(mention.quote)
        if stamp and mention.quote[opening.end():].startswith(mention.summary[:stamp.end()].strip(" :–—-")) \
                and mention.timex.start - mention.sentence_start > opening.end() + 1 \
                and find_ignoring_case(mention.summary, mention.timex.text) != stamp.start():
            rest = mention.summary[stamp.end():]
            if len(_CONTENT_WORD.findall(rest.lower())) >= 2:
                mention = mention.model_copy(update={"summary": rest})
        out.append(mention)
    return out


def _one_date_a_clause(mentions: list[EventMention]) -> list[EventMention]:
    """One mention for a clause (or a summary) two dates of which tell one happening, a year and a day within
    it ("A year ago, Safdarjung had recorded 46.8 degrees Celsius on May 29", "Orthodox Easter falls on April
    24 this year"), or a year and a month within it ("A year ago, the TSB had flagged de-icing boot failures ... after
    an incident at Kenora in September 2024"): the finer one's. (Not a quarter or a half a day ends: "Net for the third quarter ended Sept. 30";
    nor the day of a saying or of another status: "Griffin said Wednesday he still hopes to fly the shuttle
    this year".) (A clock time and
    its day are left alone: a live report's stamp is ``_without_stamps_of_dated_news``'s.)"""
    def within(inner: Interval, outer: Interval) -> bool:
        return outer.first <= inner.first and inner.last <= outer.last and (inner.first, inner.last) != (outer.first, outer.last)

    return [mention for mention in mentions if not (
        mention.timex.granularity == "year" and (interval := mention.timex.interval) is not None and any(
            m is not mention and m.sentence_start == mention.sentence_start and (m.clause == mention.clause or m.summary == mention.summary)
            and m.timex.interval is not None and (m.timex.interval.first == m.timex.interval.last or m.timex.granularity == "month")
            and within(m.timex.interval, interval) and m.status == mention.status
            and not _SAYING_DATE_BEFORE.search(m.quote, 0, m.timex.start - m.sentence_start) for m in mentions))]


# the stretch of time a date names ("the Easter recess", "the Christmas holidays", "the Thanksgiving weekend")
_STRETCH_OF_A_DATE = re.compile(r"(?:(?:the|its|their|his|her|this|that|a|an)\s+)?(?P<date>.+?)\s+(?:recess|holidays?|break|vacation|"
                                r"period|weekend|rush|season|festivities|fortnight|week)$", re.IGNORECASE)
_AFTER_A_STRETCH = re.compile(r"\b(?:after|following|until|till)\s+(?:the\s+|its\s+|their\s+|this\s+)?$", re.IGNORECASE)


def _a_dates_own_stretch(phrase: str | None, timex: Timex) -> bool:
    """Whether ``phrase``, the phrase ``timex`` dates, is only the stretch of time the date names."""
    m = _STRETCH_OF_A_DATE.fullmatch(phrase.strip(" .,")) if phrase else None
    return bool(m) and m["date"].lower() == timex.text.lower()


# a time that frames the sentence's news instead of dating a happening of its own: "stranding travelers
# [at the start of] the Labor Day weekend", "Shoppers flocked to malls on Saturday [ahead of] Christmas",
# "The minister resigned on Monday, [on the eve of] the Easter holiday" (not "by the end of", a deadline)
_FRAME_BEFORE = re.compile(
    r"\b(?:at\s+the\s+(?:very\s+)?(?:start|beginning|outset|onset|height|peak|end|close)\s+of|(?:just\s+|right\s+)?ahead\s+of|"
    r"on\s+the\s+eve\s+of|in\s+the\s+(?:run|lead)[- ]?up\s+to|(?:heading|going)\s+into)\s+"
    r"(?:(?:the|this|next|last|its|their|a)\s+)?$", re.IGNORECASE)
# (sentence, the expression that frames it, the one that dates its news) examples, run as tests
FRAMING_EXAMPLES = (
    ("Meridian Airlines halted departures across the United States on Friday morning after a failure in its "
     "check-in systems, stranding travelers at the start of the Labor Day weekend.", "Labor Day weekend", "Friday morning"),
    ("Shoppers flocked to malls on Saturday ahead of Christmas.", "Christmas", "Saturday"),
    ("The minister resigned on Monday, on the eve of the Easter holiday.", "Easter", "Monday"),
    ("In the run-up to Christmas, the ferry company cut its timetable on Tuesday.", "Christmas", "Tuesday"),
)
# ... and what makes an entry of its own (sentence, the expression, the other date): a happening the frame
# names, the only date, a deadline, a clause of its own between them, a saying the other date dates
FRAMING_NEAR_MISSES = (
    ("Talks ended on Tuesday ahead of Thursday's summit.", "Thursday", "Tuesday"),
    ("Crews worked on Friday to reopen the line ahead of the Sept. 24 hearing.", "Sept. 24", "Friday"),
    ("Travelers were stranded at the start of the Labor Day weekend.", "Labor Day weekend", None),
    ("The agency said on Monday the work would be finished by the end of the Christmas holidays.", "Christmas", "Monday"),
    ("The tourism minister said he hoped to attract 12 million visitors this year and plans a campaign in European "
     "markets ahead of the summer.", "the summer", "this year"),
    ("Rival SunCrest Foods said earlier this month that bad weather had hurt sales of its soups in the run-up to Christmas.",
     "Christmas", "earlier this month"),
    ("The company said Monday sales fell ahead of Christmas.", "Christmas", "Monday"),
)


# a clause of its own between two expressions: a conjunction or relative word and then a finite verb
# ("said he hoped to attract 12 million visitors [this year] and plans a campaign ... ahead of the summer",
# "ahead of Diwali, which falls on October 31"), or a saying ("said Monday sales fell ahead of Christmas")
_CLAUSE_WORD = re.compile(r";|\b(?:and|but|or|that|which|who|whom|whose|when|while|whereas|because|although|though|if)\b", re.IGNORECASE)
_TENSED = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|[a-z]{3,}ed)\b", re.IGNORECASE)
_SAYING = re.compile(r"\b(?:said|says|say|told|tells|announced|announces|reported|reports|added|adds|warned|warns)\b", re.IGNORECASE)


def _another_clause_between(text: str) -> bool:
    if _SAYING.search(text):
        return True
    for word in _CLAUSE_WORD.finditer(text):
        rest = text[word.end():]
        if _TENSED.search(rest) or any(w in PRESENT for w in re.findall(r"[a-z]+", rest)):
            return True
    return False


def _frames_the_news(body: str, sentence: Sentence, timex: Timex, found: list[Timex], focus: dict) -> bool:
    """Whether ``timex`` only frames the news of its clause, which another of its expressions dates
    (``FRAMING_EXAMPLES``): a holiday or the stretch it names after "at the start of", "ahead of", "on the
    eve of" ..., not a happening it names ("ahead of Thursday's summit"), with no clause of its own
    between it and that other date."""
    framed: list[Timex] = []  # after a frame, or listed with one that is ("in the run-up to St Patrick's Day and Easter")
    for t in found:
        if _FRAME_BEFORE.search(body, max(sentence.start, t.start - 40), t.start) \
                or framed and framed[-1] is found[found.index(t) - 1] and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", body[framed[-1].end:t.start]):
            framed.append(t)
    phrase = focus.get(id(timex))
    if phrase and not _a_dates_own_stretch(phrase, timex) or timex not in framed:
        return False
    for other in found:
        if other in framed:
            continue
        between = body[other.end:timex.start] if other.start < timex.start else body[timex.end:other.start]
        if not _another_clause_between(between) and not _SAYING.search(body, max(sentence.start, other.start - 16), other.start):
            return True  # (the other date right after a saying dates the saying: "said Monday sales fell ahead of Christmas")
    return False


# a happening a possessive date names and the relative clause that tells it, dated more closely within that
# date: "last summer's CrowdStrike outage, which disrupted Delta Air Lines for five days in July 2024", "last
# week's technology outage, which forced the carrier to cancel about 2,400 flights over the Labor Day weekend"
_RELATIVE_AFTER_PHRASE = re.compile(r",?\s+(?:which|that|who)\s+")
TOLD_MORE_FULLY_EXAMPLES = (
    ("The meltdown drew comparisons with last summer's CrowdStrike outage, which disrupted Delta Air Lines for five "
     "days in July 2024 and led to a federal investigation.", "last summer", "July 2024"),
    ("The department opened an investigation into last week's technology outage, which forced the carrier to cancel "
     "about 2,400 flights over the Labor Day weekend.", "last week", "the Labor Day weekend"),
)
# ... but a happening the relative clause tells later, outside the date, or a clause of its own is another
# (sentence, the possessive date and its days, the other date and its days)
TOLD_MORE_FULLY_NEAR_MISSES = (
    ("Tuesday's ruling, which was appealed on Wednesday, halted the project.",
     "Tuesday", ("2025-09-02", "2025-09-02"), "Wednesday", ("2025-09-03", "2025-09-03")),
    ("Last summer's outage disrupted flights, and the airline said in July 2024 that it had fixed the fault.",
     "Last summer", ("2024-06-01", "2024-08-31"), "July 2024", ("2024-07-01", "2024-07-31")),
    ("Last week's vote was delayed; lawmakers will meet again on Friday.",
     "Last week", ("2025-08-25", "2025-08-31"), "Friday", ("2025-08-29", "2025-08-29")),
)


def _told_more_fully_after(sentence: Sentence, timex: Timex, phrase: str | None, found: list[Timex]) -> bool:
    """Whether the happening a possessive date names ("last summer's CrowdStrike outage") is told by the
    relative clause right after its phrase, with a date of its own within the possessive's
    (``TOLD_MORE_FULLY_EXAMPLES``): that clause's entry tells it, the bare phrase would only repeat it."""
    at = timex.end - sentence.start
    if not phrase or timex.interval is None or not re.match(r"['’]s?\s", sentence.text[at:at + 3]):
        return False
    end = _phrase_start(sentence, timex, phrase) + len(phrase)
    relative = _RELATIVE_AFTER_PHRASE.match(sentence.text, end)
    if relative is None:
        return False
    for other in found:
        inside = other.start - sentence.start
        if other is not timex and other.interval is not None and inside >= relative.end() \
                and timex.interval.first <= other.interval.first and other.interval.last <= timex.interval.last \
                and not STRONG_BOUNDARY.search(sentence.text, relative.end(), inside):
            return True
    return False


_WHEN_AFTER_DATE = re.compile(r",?\s+when\s+", re.IGNORECASE)
_NOUN_THEN_WHEN = re.compile(r"(?P<noun>(?:[\w'’.%$-]+\s+){1,8}?)(?P<when>when|since|after|before)\s+(?P<rest>(?:the|a|an|its|their|his|her|(?-i:[A-Z]))\S*\s.+)$")
_PAST_FINITE = re.compile(r"\b(?:was|were|had|[a-z]{3,}ed|" + _IRREGULAR_PASTS + r")\b")
_NOT_A_CLAUSE_OPENING = re.compile(r"(?:then|now|(?:january|february|march|april|may|june|july|august|september|october|november|"
                                   r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d)", re.IGNORECASE)


def _a_past_clause_to_its_date(rest: str, told_at: int, expression: str) -> bool:
    """Whether ``rest``, after "since", "after" or "before", is a clause of its own in the past that ends on its
    date ("[the first since] the capital's curfew was lifted on Friday morning"): not a noun the main clause's verb
    follows ("[the first Mass since] the restoration will be celebrated at midnight"), nor "then" or a date ("since
    July 1 will be reviewed"), nor a clause the main one goes on after ("... on May 23, and he will wear ...", "...
    began in May to 1,291")."""
    verb = _FINITE_VERB.search(rest, 0, told_at)
    after = rest[told_at + len(expression):]
    return bool(verb) and bool(_PAST_FINITE.fullmatch(verb.group())) and not _NOT_A_CLAUSE_OPENING.match(rest) \
        and "," not in rest[:told_at] + after and not re.match(r"\s+to\s+[\d$€£]", after)


_WITH_AND_NO_VERB = re.compile(r"(?:With|Along\s+with|Plus)\s", re.IGNORECASE)
_PLANNED_PARTICIPLES = frozenset("planned scheduled set due slated expected booked pencilled penciled timetabled forecast predicted "
                                 "tipped billed".split())
# a "with" and a noun a participle tells what befell, and nothing more ("with the result declared the following morning")
_WITH_NOUN_PARTICIPLE = re.compile(r"With\s+(?P<noun>(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
                                   r"(?:(?P<adverb>now|still|also|already|(?!only\b)[a-z]{3,}ly)\s+)?"
                                   r"(?P<participle>[a-z]{3,}(?:ed|en|wn)|" + "|".join(sorted(PARTICIPLES)) + r")\s+(?P<rest>[^,;:()]+)")
_PRONOUN_OPENING = re.compile(r"\s*(?:it|they|we)\b", re.IGNORECASE)
_PLANS_OR_RECORDS = re.compile(r"\b(?:scheduled|due|set\s+(?:for|to)|slated|planned|expected|recorded|registered|reported|suffered|"
                               r"experienced)\b", re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"\b(?:since|until|till|before|after|following)\s+(?:the\s+)?$", re.IGNORECASE)


_HAPPENED_IN_MAIN = re.compile(r"[\"“‘]?(?:(?!(?:and|but|or|when|which|who|that|than|as|if)\b)[\w'’.-]+,?\s+){1,6}?"
                               r"(?:(?:first|then|finally|later|only|just)\s+)?"
                               r"(?:began|begun|started|erupted|broke\s+out|occurred|happened|took\s+effect|came\s+to\s+light|"
                               r"(?:was|were|had\s+been)\s+(?:first\s+)?(?:discovered|detected|noticed|spotted|uncovered|found|identified))\b")
# ... and the date its verb's own, not a point of comparison or another happening named ("lower than in 2008", "a
# repeat of 2008", "as it did in 1992", "the siege that began in July")
_NOT_THE_VERBS_OWN_DATE = re.compile(r"\b(?:than|of|as|like|since|until|before|after|that|which|who|and|but)\b", re.IGNORECASE)


def _main_clause_before_when(sentence: Sentence, timex: Timex, phrase: str | None) -> str | None:
    """The clause a date ends, when the phrase it dates is the when-clause after it and the clause has a
    verb of its own the date dates: "[The district had recorded a smaller outbreak of acute diarrhoeal
    disease in 2019], when 41 persons fell ill", "[The bank's next rate announcement is scheduled for Oct.
    29], when it will also publish its Monetary Policy Report" (the when-clause goes on from it). Not a
    date that only bounds its clause ("the deadliest since 1999, when a quake near Izmit killed 17,000
    people": the quake is the news). None otherwise."""
    at, end = timex.start - sentence.start, timex.end - sentence.start
    when = _WHEN_AFTER_DATE.match(sentence.text, end) if phrase else None
    if not when or not sentence.text.startswith(phrase.strip()[:20], when.end()) or _BOUND_BEFORE.search(sentence.text, 0, at):
        return None
    start = max((m.end() for m in STRONG_BOUNDARY.finditer(sentence.text, 0, at)), default=0)
    main = sentence.text[start:end]
    if not _FINITE_VERB.search(main[:at - start]):
        return None
    # (only where the when-clause cannot stand for the date: its subject is the main clause's, told by a
    # pronoun; or the main clause plans the day or records the happening the when-clause details.
    # Elsewhere either tells the day's news: "Delgado was in the crowd ... on April 12, 1981, when
    # Columbia lifted off on the first shuttle flight")
    # A main clause that tells that a happening began or was found ("[The intrusion was discovered on 14 July],
    # when engineers noticed unusual data transfers", "[The strike began March 5], when rock drill operators
    # stopped work") is what its date dates, the when-clause how it began; not a state ("Delgado was in the
    # crowd") nor another verb ("None of it prepared her for December 5, when ...").
    if not (_PRONOUN_OPENING.match(phrase) or _PLANS_OR_RECORDS.search(main, 0, at - start)
            or (happened := _HAPPENED_IN_MAIN.match(main, 0, at - start))
            and not _NOT_THE_VERBS_OWN_DATE.search(main, happened.end(), at - start)):
        return None
    # (whole, its date and all: a clause cut before its date, or a tail, tells the day no better)
    return main if len(main.split()) <= MAX_WORDS and not re.match(r"\W*[a-z]", main) \
        and not is_unasserted(main, timex.text) else None  # (nor "said the city should have stockpiled salt last summer")


# a document a sentence's news is taken from and the day it came out ("..., according to a preliminary report
# released Thursday by the Transportation Safety Board", "according to figures published by accountants Deloitte on
# Thursday"); not "a report obtained by the AP" nor "a statement issued after a video conference" (no day of release)
_DOCUMENT_NOUNS = (r"reports?|study|studies|surveys?|filings?|statements?|documents?|analysis|analyses|audits?|reviews?|"
                   r"assessments?|letters?|records|data|figures|findings|estimates|polls?|memos?|complaints?|affidavits?|"
                   r"transcripts?|updates?|bulletins?|notices?|papers?|lawsuits?|indictments?|releases?|numbers|statistics|"
                   r"results|accounts|projections|forecasts?")
_AGENT = r"(?:the\s+)?(?:[a-z]+\s+){0,2}?(?-i:[A-Z])[\w'’.&-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+|&\s+|for\s+)?(?-i:[A-Z])[\w'’.&-]*)*"
_RELEASED_BEFORE = re.compile(
    r"\baccording\s+to\s+(?P<document>(?:(?:a|an|the)\s+|(?-i:[A-Z])[\w'’.&-]*['’]s\s+)?(?:(?![,;]|by\b)[\w'’.&-]+\s+){0,4}?"
    r"(?:" + _DOCUMENT_NOUNS + r"))\s+(?P<verb>released|published|issued|filed|unveiled|posted|made\s+public)"
    r"(?:\s+by\s+(?P<agent>" + _AGENT + r"))?\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)
# (a full stop after a title opens the name it goes with: "by the inquiry Gov. Tom Keller set up on July 24" names no
# "inquiry Gov", which a name's full stop at the sentence's end would)
_NOT_AFTER_A_TITLE = "".join(rf"(?<!\b{title})" for title in TITLES)
_RELEASED_BY_AFTER = re.compile(r"\s+by\s+(?P<agent>" + _AGENT + r")(?=\s*(?:[,;)]|$)|" + _NOT_AFTER_A_TITLE + r"\s*\.)")
_NOT_PLURAL = re.compile(r"(?:ss|us|is|ys|data|news)$", re.IGNORECASE)


def _release_of_a_document(sentence: Sentence, timex: Timex, found: list[Timex], focus: dict) -> tuple[str, str] | None:
    """The release of the document a sentence's news is taken from, when the news has a day of its own before it
    ("The crew ... battled ice on the wings ... before the plane crashed near Sioux Lookout last month, according to
    a preliminary report released Thursday by the Transportation Safety Board"): the release is Thursday's happening,
    "The Transportation Safety Board released a preliminary report Thursday", not the crash's words on the day it was
    told. (News with no day of its own, "Unemployment fell to 4.1%, according to figures released Tuesday", keeps
    the day of its telling, as a saying's date does; so does news beside a date that only labels a thing, "Album
    sales for the big winners at Wednesday night's Grammy Awards jumped sharply ..., according to figures released
    Saturday".) Returns the release's clause and summary."""
    at = timex.start - sentence.start
    released = _RELEASED_BEFORE.search(sentence.text, max(0, at - 200), at)
    if not released or timex.interval is None:
        return None
    after = _RELEASED_BY_AFTER.match(sentence.text, at + len(timex.text)) if not released["agent"] else None
    end = after.end() if after else at + len(timex.text)
    if not any(other is not timex and other.interval is not None and other.interval.last < timex.interval.first
               and not focus.get(id(other)) and not re.match(r"['’]s\s", sentence.text[other.end - sentence.start:])
               and not released.start() <= other.start - sentence.start < end for other in found):
        return None
    document, verb = released["document"], released["verb"]
    agent = released["agent"] or (after["agent"] if after else None)
    if agent and agent.endswith(".") and "." not in agent.split()[-1][:-1]:
        agent, end = agent[:-1], end - (1 if after else 0)  # (the sentence's full stop, not "Inc." nor "U.S.")
    date = (sentence.text[released.end("agent") if released["agent"] else released.end("verb"):at].strip() + " "
            + sentence.text[at:at + len(timex.text)]).strip()
    if agent:
        summary = f"{agent[0].upper()}{agent[1:]} {verb} {document[0].lower() + document[1:] if document[:2] in ('A ', 'An') or document.startswith('The ') else document} {date}"
    else:
        be = "were" if document.split()[-1].lower().endswith("s") and not _NOT_PLURAL.search(document.split()[-1]) else "was"
        summary = f"{document[0].upper()}{document[1:]} {be} {verb} {date}"
    return sentence.text[released.start():end], summary


# a day chosen as the day of a happening ("The Government yesterday set Friday, 26 September as the date of the
# referendum on ...", "named 12 May as the day for the vote"): the happening is that day's, the choosing another's
_DAY_NAMED_FOR = re.compile(r"\s+as\s+the\s+(?:date|day)\s+(?:of|for)\s+(?P<thing>(?:the|a|an|its|their|his|her)\s+[^,;:()\"“”]+?)"
                            r"(?=\s*(?:[,;:()]|\.?$|\s(?:and|but|after|as|when|while|which|who)\s))")
_NAMING_BEFORE = re.compile(r"\b(?:set|sets|setting|fixed|fixes|named|names|chose|chosen|chooses|picked|picks|announced|announces|"
                            r"confirmed|confirms|designated|designates|proclaimed|declared)\s+$", re.IGNORECASE)
DAY_NAMED_FOR_EXAMPLES = (
    ("The Government yesterday set Friday, 26 September as the date of the referendum on inserting a right to housing "
     "into the Constitution.", "Friday, 26 September",
     "The referendum on inserting a right to housing into the Constitution is set for Friday, 26 September"),
)


def _day_named_for(article: Article, sentence: Sentence, timex: Timex) -> str | None:
    """The happening a day was chosen for, as that day's summary (``DAY_NAMED_FOR_EXAMPLES``)."""
    at, end = timex.start - sentence.start, timex.end - sentence.start
    if not _NAMING_BEFORE.search(sentence.text, max(0, at - 20), at):
        return None
    named = _DAY_NAMED_FOR.match(sentence.text, end)
    if not named or len(named["thing"].split()) + len(timex.text.split()) + 3 > MAX_WORDS:
        return None
    be = "was" if timex.interval is not None and timex.interval.last < article.reference_date else "is"
    thing = named["thing"]
    return f"{thing[0].upper()}{thing[1:]} {be} set for {timex.text}"


def _is_a_label(sentence: Sentence) -> bool:
    """A line that names what follows it and tells nothing ("The Bank's 2025 schedule:" over a table,
    "Key dates in 2024:"): it ends with a colon and has no verb."""
    text = without_emphasis_markers(sentence.text).rstrip()
    return sentence.kind == "body" and text.endswith(":") and not any(
        _FINITE_VERB.fullmatch(word) or word in PRESENT or word in PAST_IRREGULAR for word in re.findall(r"[a-z]+", text))


def _names_only(heading: Sentence, timex: Timex) -> bool:
    """Whether ``heading`` is the date ``timex`` and nothing else ("Tuesday 7 October", "## 8 Oct 2025:")."""
    at = timex.start - heading.start
    rest = heading.text[:at] + heading.text[at + len(timex.text):]
    return not re.search(r"[^\W_]", rest)


# a list item that opens with a live blog's stamp ("- **09:15** Council leader ... arrives.")
_STAMPED_ITEM = re.compile(r"[ \t]*[-*•+][ \t]+(?:\*\*)?\d{1,2}[:.]\d\d\b")


def _goes_on_from_a_stamp(body: str, sentence: Sentence) -> bool:
    """A later sentence of a list item that opens with a time stamp ("- **09:15** Pike arrives at the
    estate. She says a rest centre will stay open"): part of the stamped entry, as the sentences after
    a stamped line's first are, not news of the day heading the list."""
    stamp = _STAMPED_ITEM.match(body, body.rfind("\n", 0, sentence.start) + 1)
    return stamp is not None and stamp.end() <= sentence.start and bool(body[stamp.end():sentence.start].strip(" \t*"))


def _under_a_day_heading(article: Article, sentence: Sentence, heading: Timex) -> list[EventMention]:
    """A list item with no date of its own under a heading that is a day ("Tuesday 7 October" over "- Air
    search suspended due to blizzard conditions"), as a log writes its entries: that day's. One that
    tells nothing (no word of news) or is the writer's aside makes none."""
    text = sentence.text
    if ARTICLE_METADATA.match(text) or len(_CONTENT_WORD.findall(text.lower())) < 2 or _AUTHOR_SPEAKING.match(text):
        return []
    summary = without_emphasis_markers(summarize(text))
    status = detect_status(text, before_reference=heading.interval.last < article.reference_date)
    if status == "reported" and heading.interval.first > article.reference_date:
        status = "planned"
    names, words = describe(text)
    return [EventMention(
        document=article.id, sentence_start=sentence.start, sentence_end=sentence.end, quote=text, clause=text,
        summary=summary, timex=heading, reference_date=article.reference_date, status=status,
        attributed=is_attributed(text), entities=names, keywords=words)]


def editors_note_paragraphs(sentences: list[Sentence]) -> set[int]:
    """The paragraphs an editors' note opens (``EDITORS_NOTE``): they tell about the article, not the news."""
    notes: set[int] = set()
    opened: set[int] = set()
    for sentence in sorted(sentences, key=lambda s: s.start):
        if sentence.paragraph not in opened:
            opened.add(sentence.paragraph)
            if EDITORS_NOTE.match(sentence.text):
                notes.add(sentence.paragraph)
    return notes


# Indian papers' dateline in title case ("New Delhi: Delhi on Wednesday recorded ...", "Bengaluru: ..."): as
# the upper-case "NEW DELHI:" (``clauses.DATELINE``) it names no one in the news. Title-case words before a
# colon are as often a speaker ("Carla Mendes: We ...") or a label ("Tuesday: ...", "Explainer: ...", a
# headline's "Museveni: Schools to reopen"), so only the article's first sentence is read so, when it is a
# sentence with its full stop, and only words that hold no date.
_TITLE_CASE_DATELINE = re.compile(r"(?:(?-i:[A-Z])[a-z]+\s){0,2}(?-i:[A-Z])[a-z]+:\s+(?=(?-i:[A-Z]))")


def _title_case_dateline(article: Article, sentences: list[Sentence], timexes: list[Timex]) -> tuple[int, str] | None:
    """The start of the article's first body sentence and its title-case dateline ("New Delhi: "), if it has one."""
    first = next((s for s in sentences if s.kind == "body" and not _in_title(article, s.start, s.end)), None)
    # (a headline is no story's opening: "Museveni: Schools to fully reopen in January 2022" has no full stop)
    m = _TITLE_CASE_DATELINE.match(first.text) if first is not None and re.search(r"\.[\"”’']?$", first.text.rstrip()) else None
    if m is None or any(first.start <= t.start < first.start + m.end() for t in timexes):
        return None
    return first.start, m.group()


# a day the clause opens with as what it judges ("Yesterday was a very good day", "today was better", "Yesterday it
# was all rumours"): the copula after it, with no verb of a happening in what follows up to the clause's end
_OPENS_ITS_CLAUSE = re.compile(r"(?:^|[,;:—–]|[\"“‘]|\b(?:and|but))\s*[\"“‘]?\s*$", re.IGNORECASE)
_DAY_IS = re.compile(r"\s+(?:(?:it|this|that)['’]s|(?:(?:it|this|that)\s+)?(?:was|is|has\s+been|had\s+been|will\s+be))\s+(?P<rest>[^,;:\"”’.!?]*)",
                     re.IGNORECASE)


# a day ranked among the days someone has had or seen, the relative clause only the ranking's measure ("the
# hardest day this company has had in fifty years", "the best night we've ever had", "one of the worst days I
# have seen"): no happening of its own (but "the day the bridge reopened" tells one)
_A_DAY_AMONG_OTHERS = re.compile(
    r"(?:(?:one\s+of\s+)?the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:[a-z]+est|best|worst|most\s+[a-z]+|least\s+[a-z]+|toughest|first|last)\s+"
    r"(?:day|night|morning|afternoon|evening|week|weekend)s?\s+(?P<relative>(?:that\s+)?(?:I|we|you|they|he|she|it|"
    r"(?:this|the|our|my|their|his|her)\s+[\w-]+)\s*(?:['’]ve|['’]d|\s+have|\s+has|\s+had)?\s+(?:ever\s+|yet\s+|known\s+)?"
    r"(?:had|seen|known|experienced|faced|lived\s+through|been\s+through|gone\s+through|witnessed)\b(?=\s*$|\s+(?:in|for|since|during|all|so|ever|yet|at|here|there)\b))", re.IGNORECASE)


def _a_day_judged_in_a_quotation(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``start``:``end`` opens a clause of quoted words that says what that day was like
    ("'Yesterday was a very good day for this investigation, and today was better,' Mr. Aubry said"): a
    speaker's judgment of the day, no happening. (Not outside a quotation: "Yesterday was the hottest day
    on record" reports a record.)"""
    quotes = len(re.findall(r"[\"“”]", sentence[:start]))
    closing = re.search(r"[\"“”]", sentence[end:])
    # (inside: after an opening mark, or before a closing one with none before it: the quotation's later sentence)
    if quotes % 2 == 0 and not (quotes == 0 and closing and closing.group() != "“"
                                and not re.match(r"\w", sentence[end + closing.end():end + closing.end() + 1])):
        return False
    if not _OPENS_ITS_CLAUSE.search(sentence, 0, start):
        return False
    judged = _DAY_IS.match(sentence, end)
    if not judged:
        return False
    rest = judged["rest"]
    ranked = _A_DAY_AMONG_OTHERS.match(rest)
    if ranked:
        rest = rest[:ranked.start("relative")] + rest[ranked.end():]  # ("the hardest day this company has had")
    return not _FINITE_VERB.search(rest) and not re.search(r"\b(?:when|after|before|because)\b", rest)


def _dated_by_a_later_expression(timexes: list[Timex], timex: Timex, sentence: Sentence) -> bool:
    """An expression the tagger dated by one told after it in its sentence, the same stretch ("polling day would
    be Friday, November 13th", "the eve of the vote, Oct. 13"): that one dates the clause, and a mention of
    each would split the sentence between them. (Not a clock time dated by its day: "due to start at 00:01 on
    17 November" tells the minute.)"""
    if not timex.anchor.startswith("timex:") or timex.interval is None:
        return False
    at = int(timex.anchor.split(":", 1)[1])
    return timex.end <= at < sentence.end and any(
        other.start == at and other.value == timex.value for other in timexes)


# a second predicate of the subject after a coming date, in the past: "set sentencing for January 17 [and, at the request
# of prosecutors, revoked his bail]"
_DONE_AFTER_A_COMING_DATE = re.compile(r"\s+and(?:\s*,[^,;]{1,60},)?\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|"
                                       + "|".join(sorted(PAST_IRREGULAR)) + r")\b(?!\s+(?:by|to|for|on|in)\b)")
# ... after the act in the past that set the coming date ("set", "scheduled", "fixed"; "set" is a past only by its place,
# so the words that may be a past count, which the clause splitter's verb test leaves out)
_A_PAST_WORD = re.compile(r"\b(?:[a-z]{3,}ed|" + "|".join(sorted(PAST_IRREGULAR | PAST_AMBIGUOUS)) + r")\b")


def extract_mentions(article: Article, timexes: list[Timex]) -> list[EventMention]:
    """Event mentions of one article, in text order (see the module docstring)."""
    sentences = sorted(article.sentences, key=lambda s: (s.start, s.end))
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[Timex]] = {}
    day_headings: dict[int, Timex] = {}
    notes = editors_note_paragraphs(sentences)
    compared_end = None
    since_when: dict[int, str] = {}  # a "since" date's when-clause ("since 25 October, when they beat Hallam 2-0")
    equivalents = _zone_equivalents(article.body, timexes)
    # "... shortly after 7 p.m., and the Senate followed about [three hours] later": the amount counted
    # from the time told before it dates its clause (``counted``)
    counted = counted_times(article, timexes, equivalents)
    timexes = [counted.get(id(t), t) for t in timexes]
    for timex in sorted(timexes, key=lambda t: (t.start, t.end)):
        if not (is_calendar_time(timex) or event_anchor(timex)) or _in_title(article, timex.start, timex.end):
            continue
        if id(timex) in equivalents:
            continue  # "at 2:47 a.m. local time (1947 GMT Sunday)": the same moment in another zone
        if _point_of_comparison(article.body, timex) or compared_end is not None \
                and _LISTED_WITH.fullmatch(article.body, compared_end, timex.start) and not _WHEN_AFTER_BASE.match(article.body, timex.end):
            # "below their 2019 level", "up from 48% a year ago", "a 31% premium to Castellan's closing
            # price on Friday", "since Hurricane Milton a year ago" (and the dates listed with one:
            # "below the levels of 2011 and 1974"): a point of comparison
            compared_end = timex.end
            continue
        if _after_a_period(article.body, timex):
            continue  # "We rebuilt after 1997": the rebuilding was later, not in 1997
        if _a_kind_of_period(article.body, timex):
            continue  # "There is a particular kind of weekend that only happens in finance": no weekend of the calendar
        if _SINCE_BEFORE.search(article.body, max(0, timex.start - 12), timex.start):
            # "their worst day since October 2022", "the first visit since 2019": a point of
            # comparison, not something that happened then. ("since an August summit" names the
            # summit and is kept: there the expression does not follow "since" directly.)
            when = _WHEN_TELLS_AFTER.match(article.body, timex.end)
            if not (when and first_verb_tense(when["told"], 0, len(when["told"])) == "past") or _A_LEVEL_TOLD.search(when["told"]):
                continue
            # "have not won since 25 October, when they beat Hallam 2-0": the when-clause tells what happened then
            since_when[id(timex)] = when["told"]
        if _opens_a_things_stretch(article.body, timex):
            continue  # "All of her results from 14 February onwards have been annulled": which results, not when
        sentence = _sentence_of(sentences, starts, timex)
        if sentence is not None and sentence.kind == "heading" and is_calendar_time(timex) and _names_only(sentence, timex):
            day_headings[sentence.start] = timex  # "Tuesday 7 October" over a log's lines
        if sentence is None or sentence.kind not in EVENT_SENTENCE_KINDS:
            continue
        if _dated_by_a_later_expression(timexes, timex, sentence):
            continue  # "confirmed that polling day would be Friday, November 13th": the date told after it dates the clause
        if _in_title(article, sentence.start, sentence.end) or ARTICLE_METADATA.match(sentence.text) \
                or sentence.paragraph in notes or _is_a_label(sentence):
            continue
        by_sentence.setdefault(sentence.start, []).append(timex)

    mentions: list[EventMention] = []
    recalled: set[int] = set()  # the timexes of a subject's relative clause ("A painting stolen ... in 2022 [has been recovered]")
    names_seen = names_seen_in(article.body) if by_sentence or day_headings else frozenset()
    title_dateline = _title_case_dateline(article, sentences, timexes) if by_sentence else None
    heading: Timex | None = None  # the date of the heading the list items below it are under
    for index, sentence in enumerate(sentences):
        found = by_sentence.get(sentence.start)
        if sentence.kind != "list_item":
            heading = day_headings.get(sentence.start)
        if not found:
            if heading is not None and sentence.kind == "list_item" and sentence.paragraph not in notes \
                    and not _goes_on_from_a_stamp(article.body, sentence):
                mentions.extend(_under_a_day_heading(article, sentence, heading))
            continue
        if sentence.kind == "table_row":
            above = index - 1
            while above >= 0 and sentences[above].kind == "table_row":
                above -= 1
            header = sentences[above] if above >= 0 and sentences[above].kind == "table_header" else None
            mentions.extend(table_row_mentions(article, sentence, found, header))
            continue
        # The dateline's date ("ANKARA, Feb 7 (Reuters) -") is the filing date, not an event's; a live
        # report's clock stamp before a dash ("6:45 a.m. — The evacuation centre ... is full") is
        # stripped from the summary like a dateline but dates its line, as with a colon or in bold.
        lead = dateline_length(sentence.text)
        found = [t for t in found if t.start - sentence.start >= lead or _opens_its_line(sentence, t)]
        found = _restated_once(_day_told_by_its_time(_vague_time_told_exactly(_join_ranges(found, article.body), article.body),
                                                     article.body), article.body, sentence.start)
        # An expression that dates a phrase of its own ("Monday's earthquake", "since an August
        # summit in Alaska") takes that phrase; the others share out the sentence's clauses.
        focus = {id(t): focus_phrase(sentence.text, t.text, t.start - sentence.start) for t in found}
        # "the Easter recess", "the Thanksgiving holiday": the date's own stretch, no happening of its own;
        # after it, a time frame ("is expected to begin after the Easter recess"); alone in its sentence,
        # the clause's time ("Markets were closed for the New Year's Day holiday")
        stretches = [t for t in found if _a_dates_own_stretch(focus[id(t)], t)
                     and not _BEFELL_BEFORE.search(article.body, max(sentence.start, t.start - 30), t.start)]  # (not
        # "The club has postponed its 2003 season": what befell it)
        after_one = [t for t in stretches if _AFTER_A_STRETCH.search(article.body, max(sentence.start, t.start - 40), t.start)]
        if after_one:
            for t in after_one:
                focus[id(t)] = None
            found = [t for t in found if t not in after_one]
        else:
            for t in stretches:
                if t is found[-1]:
                    # (the last of several dates too: "monthly late openings, ..., and a series of family workshops during
                    # the Easter holidays" is the workshops', not "The Easter holidays")
                    focus[id(t)] = None
        for previous, current in zip(found, found[1:]):
            if focus[id(previous)] and not focus[id(current)] and current.text in focus[id(previous)] \
                    and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", article.body[previous.end:current.start]):
                focus[id(current)] = focus[id(previous)]  # "the high inflation of 2022 and 2023": both years
        for t in found:
            # "Early voting for [the Dec. 2 runoff] begins Nov. 24": the phrase ends before the verb whose
            # clause another expression dates (not "the 2002-03 return faces an automatic fine")
            phrase, at = focus[id(t)], t.start - sentence.start
            verb = PRESENT_AFTER_HEAD.match(sentence.text, at + len(t.text)) if phrase and sentence.text.startswith(t.text, at) \
                and re.match(r"(?:the|a|an|its|their|his|her|this|that)\s+", phrase, re.IGNORECASE) \
                and phrase[phrase.find(" ") + 1:].startswith(t.text) else None
            if verb and any(o is not t and verb.end() <= o.start - sentence.start < at + len(phrase) + 40 for o in found):
                focus[id(t)] = phrase[:phrase.find(t.text) + len(t.text)] + sentence.text[at + len(t.text):verb.start("verb")].rstrip()
        for previous, current in zip(found, found[1:]):
            if not focus[id(previous)] and not focus[id(current)]:
                # "Iran Saturday condemned the attacks in Kenya and Tanzania Friday": the attacks'
                focus[id(current)] = object_of_dated_verb(sentence.text, previous.end - sentence.start,
                                                          current.start - sentence.start, current.end - sentence.start)
        # "the 2026 budget", "its 2025 forecast": a year naming a plan or a document, no happening
        found = [t for t in found if not _names_a_thing(article.body, t)]
        # "a 17th-century portrait", "the city's 1990s-era computer system": the thing's age, no happening's date
        found = [t for t in found if not _an_adjective_by_its_form(article.body, sentence, t)]
        # "his 2016 Tessera ran a stop sign", "the 2017 and 2018 model years": a car's age, no happening's date
        found = [t for t in found if not _a_model_year(article.body, sentence, t)]
        # "tens of thousands of Labor Day travelers", beside the Saturday that dates the clause
        things = [t for t in found if _names_a_thing_beside(article.body, sentence, t)]
        if things and len(things) < len(found):
            found = [t for t in found if t not in things]
        # "has imposed a curfew from 9pm to 5am", "open from 10 a.m. to 6 p.m. daily": hours kept day after day;
        # "results this season have not been good enough": a judgement of a period's play; neither makes a
        # mention (but each still parts the sentence's clauses)
        daily = {id(t) for t in found if _daily_hours(article.body, sentence, t) or _judges_a_periods_results(article.body, t)}
        # "had received 1,300 complaints so far this month", beside the Monday it was said: a running total's
        # period, no happening of its own
        totals = [t for t in found if _a_running_totals_period(article.body, t)]
        if totals and any(_TOLD_ON_BEFORE.search(article.body, max(sentence.start, t.start - 40), t.start)
                          for t in found if t not in totals):
            found = [t for t in found if t not in totals]
        rest = [t for t in found if not focus[id(t)]]
        # a phrase's date cuts the sentence only where a strong boundary parts it from the others
        # ("... cancelled 340 flights scheduled for Friday, ..., and has warned of further
        # cancellations over the weekend"): not inside the clause it is part of
        cutting = [t for t in found if not focus[id(t)] or any(
            STRONG_BOUNDARY.search(article.body, min(t.end, o.end), max(t.start, o.start)) for o in rest)]
        spans = [(t.start - sentence.start, t.end - sentence.start) for t in cutting]
        clause_of = {id(t): c for t, c in zip(cutting, split_clauses(sentence.text, spans)) if not focus[id(t)]}
        for t in found:
            if id(t) in clause_of and _stamps_a_saying(sentence, t):
                # "11:40 a.m. The city's IT director, Sam Whitcomb, says backups ... appear to be intact": the
                # stamp dates the whole saying, not the words up to the next date's comma
                clause_of[id(t)] = sentence.text.strip()
            elif id(t) in clause_of and _opens_its_line(sentence, t) and not _has_a_verb(clause_of[id(t)].replace(t.text, " ", 1)):
                # "**12:15** Mahlangu's wife, Nomsa, spoke to us outside the hospital: "Yesterday ...": a stamp's
                # words cut off by a name's commas before their verb take the line up to what is quoted
                head = _QUOTED_OR_COLON.split(sentence.text.strip(), maxsplit=1)[0]
                if _has_a_verb(head.replace(t.text, " ", 1)):
                    clause_of[id(t)] = head
        # a phrase a cancelling verb takes ("called off [Saturday's strike]") tells what befell it
        # alone: the sentence's other dates keep their own status ("... in talks at Acas on Tuesday")
        opening = {id(t): _phrase_start(sentence, t, focus[id(t)]) for t in found if focus[id(t)]}
        befallen = [sentence.text[b.start():opening[id(t)]] + focus[id(t)] for t in found if focus[id(t)]
                    for b in [_BEFELL_BEFORE.search(sentence.text, 0, opening[id(t)])] if b]
        # a relative aside that another expression dates is no part of this one's clause ("Mayor
        # Ellen Duarte, who took office in January, said she would sign the budget Thursday")
        asides = [f[m.start():] for f in focus.values() if f for m in [RELATIVE_OPENING.search(f)] if m]
        # a date that only labels a thing in what a stamp's line reports said ("says backups from Aug. 30
        # appear to be intact"): the saying is the stamp's news, the date dates no happening
        found = [t for t in found if not _labels_a_thing_said(sentence, t, found)]
        # "- 3 October: Deadline for replies extended to 8 October": a line a date labels is that date's; a date
        # inside it makes a mention of its own only with words of its own, not the line under its label
        line_date = next((t for t in found[:1] if t.type == "DATE" and t.granularity == "day" and _LINE_OPENING.match(sentence.text[:t.start - sentence.start])
                          and _DATE_LABEL_AFTER.match(article.body, t.end)), None)
        for timex in found:
            if id(timex) in daily:
                continue
            on_chatter = _stamp_on_chatter(article, sentences, index, timex, by_sentence)
            if on_chatter is not None:
                mentions.extend(on_chatter)  # "4.05pm It's official. [Nandakumar has won ...]": the news after it
                continue
            if not _CONTENT_WORD.search(sentence.text.replace(timex.text, " ", 1).lower()):
                continue  # "Until this week.": a date alone tells no news
            if _a_deadline_missed_or_met(article.body, timex) or _names_what_happened(article.body, timex):
                continue  # "had missed the 31 October cleanup deadline", "to call what happened last Tuesday an act of God"
            if _told_more_fully_after(sentence, timex, focus[id(timex)], found):
                continue  # "last summer's CrowdStrike outage, which disrupted Delta ... in July 2024": July's entry tells it
            if _frames_the_news(article.body, sentence, timex, found, focus):
                continue  # "..., stranding travelers at the start of the Labor Day weekend": the Friday's news
            clause = focus[id(timex)] or clause_of[id(timex)]
            if not focus[id(timex)]:
                for aside in asides:
                    clause = clause.replace(aside + ",", "", 1)
            if id(timex) in since_when:
                clause = focus[id(timex)] = since_when[id(timex)]
                opening[id(timex)] = max(0, sentence.text.find(clause))
                kind, name = _subject_of(sentence.text)
                pronoun = re.match(r"(?:they|he|she|it)\s", clause, re.IGNORECASE)
                if pronoun and kind == "name":
                    clause = focus[id(timex)] = name + " " + clause[pronoun.end():]  # ("Redbridge beat Hallam 2-0")
            release = _release_of_a_document(sentence, timex, found, focus)
            if release:
                clause = release[0]  # "according to a preliminary report released Thursday by ...": the release's own words
            if _STATE_IN_RELATIVE.search(sentence.text, max(0, timex.start - sentence.start - 60), timex.start - sentence.start) \
                    or _ANYONE_WHO_WAS.search(sentence.text, max(0, timex.start - sentence.start - 100), timex.start - sentence.start):
                continue  # "Last night was for everyone who was there in 2019": where they were, no happening
            if _a_day_judged_in_a_quotation(sentence.text, timex.start - sentence.start, timex.end - sentence.start):
                continue  # '"Yesterday was a very good day for this investigation, and today was better," Mr. Aubry said'
            if is_unasserted(clause, timex.text) or ends_a_state(sentence.text, timex.start - sentence.start, timex.text) \
                    and not any(other.start < timex.start for other in found) \
                    or is_own_thought(sentence.text, timex.start - sentence.start, timex.end - sentence.start):
                # "The decision does not mean the MAX will be back in the air tomorrow", "I wish every
                # day that I had told the truth in 2023", "Yesterday I thought we still had a chance": no happening
                continue
            # The expression's own words ("on the eve of the talks") say when, not what.
            described = clause.replace(timex.text, " ", 1)
            described = described[dateline_length(described):]  # "NEW YORK, Oct 2 (Reuters) -" names no one in the news
            label = title_dateline[1] if title_dateline and title_dateline[0] == sentence.start else ""
            described = described[len(label):] if label and described.startswith(label) else described
            # Only a clause that opens its sentence has a first word capitalised by position.
            opens = sentence.text.lstrip().startswith(clause.lstrip()[:24])
            names, words = describe(described, names_seen if opens else None)
            main = _main_clause_before_when(sentence, timex, focus[id(timex)])
            summary, reopened = _unopened(summarize(main or _without_plans_relative(clause, timex, found), timex.text), sentence.text)
            told_words = summary
            at = find_ignoring_case(summary, timex.text)
            rest = summary if at < 0 else summary[:at] + " " + summary[at + len(timex.text):]
            went_before = sentence.text[:max(0, sentence.text.find(clause.strip()))]
            lent = _with_subject(summary, sentence.text, clause) if _A_PAST_VERB_FIRST.match(summary) else summary
            if _CONTENT_WORD.search(rest) and not focus[id(timex)] and len(_CONTENT_WORD.findall(rest.lower())) == 1 \
                    and not _SAYING_ONLY.fullmatch(rest.strip(" ,.")) and clause.strip() != sentence.text.strip() \
                    and _AND_AT_END.search(went_before) and not _BE_BEFORE.search(went_before) and lent != summary:
                # "[She founded the trust in 1984 and] retired in 2001": the verb alone with the subject
                # it goes on from ("She retired in 2001"), not the sentence again
                summary = lent
            elif not _CONTENT_WORD.search(rest) or not focus[id(timex)] and (
                    len(_CONTENT_WORD.findall(rest.lower())) <= 1 or _SAYING_ONLY.fullmatch(rest.strip(" ,.")) and summary != sentence.text.strip(" .")):
                # "In June 2024": a date alone tells no news; nor does "[Two of the men were rescued
                # on April 19 and] the third the following day", "[He will be sworn in next week,]
                # possibly on May 21" or "Forecasters said Wednesday [that ...]": the sentence tells it
                summary, reopened = _unopened(summarize(sentence.text, timex.text), sentence.text)
                told_words = summary
            reported = _NEWS_THAT.search(clause)
            inside = find_ignoring_case(reported["news"], timex.text) if reported else -1
            if inside > 0 and not focus[id(timex)] and "," not in reported["news"][:inside] \
                    and re.search(r"\w", re.sub(r"^\W*(?:the|a|an)\b", "", clause[:reported.start()], flags=re.IGNORECASE)) \
                    and _DETERMINER_OR_NUMBER.match(reported["news"]) and _FINITE_VERB.search(reported["news"]):
                # "I will admit to some sentiment about the news that [a bankruptcy judge in Delaware signed off
                # last week on the sale ...]", "Soybean futures prices lifted by reports that [the Soviet Union
                # bought U.S. soybeans earlier this week]": the news told is what the date dates (not the
                # news as the subject, "News that the Empire was at war reached Melbourne at about 12.30pm",
                # nor a date after the told clause's comma)
                summary = told_words = summarize(reported["news"], timex.text)
                reopened = False
            subordinate = (_dated_subordinate_clause(clause, timex.text) or _gerund_at_the_end(clause, sentence.text, timex.text)) \
                if not focus[id(timex)] else None
            if subordinate:
                summary = told_words = summarize(subordinate, timex.text)
                reopened = False
            if not names and _AUTHOR_SPEAKING.match(summary):
                continue  # "I had two engaging conversations today": the writer, not the news
            told_to = sentence.text[:timex.end - sentence.start].rstrip()
            aside = _SUBJECT_AND_ASIDE.match(told_to)
            reported = _REPORTED_SUBJECT_AND_ASIDE.search(told_to) if aside is None else None
            if reported and (_FINITE_VERB.search(reported.group("subject"))
                             or re.search(r"\s(?:of|into|in|for|on|at|from|with|by|whether)\s", reported.group("subject"))):
                reported = None  # (no one noun the aside tells of: "the initial findings of its probe ..., launched in February")
            if aside and summary.lower().startswith(aside.group("participle") + " ") and timex.text in aside.group("rest"):
                # "[Its inquiry into Delta Air Lines' July 2024 meltdown], opened that August, is still under
                # way": the aside cut off its subject by the other date reads as the subject's clause
                summary = _aside_as_clause(aside.group(), timex.text)
            elif reported and clause.lstrip().lower().startswith(reported.group("participle") + " ") \
                    and timex.text in reported.group("rest"):
                # "... said yesterday that [the advance polls], held on Dec. 30, Dec. 31 and Jan. 2, had been unusually
                # busy": the subject of what was said and its aside ("The advance polls were held on Dec. 30, ...")
                head = reported.group("subject").split()[-1].lower()
                be = "were" if head.endswith("s") and not head.endswith("ss") else "was"
                subject = reported.group("subject")
                ends = _LISTED_DATES_AFTER.match(sentence.text, timex.end - sentence.start)
                summary = (f"{subject[0].upper()}{subject[1:]} {be} {reported.group('participle')} {reported.group('rest')}"
                           f"{ends.group() if ends else ''}").rstrip(" ,")
            summary = _aside_as_clause(summary, timex.text)
            summary = _apposed_name_who(summary, sentence.text)
            if not focus[id(timex)]:
                recall = _subjects_relative(summary, timex.text)  # "A painting stolen ... more than three years ago [has been recovered]"
                if recall != summary:
                    recalled.add(id(timex))
                elif _subject_dated_apart_from_its_verb(sentence, timex, found):
                    continue  # "Two former warders accused of helping three inmates escape ... in March went on trial ... yesterday"
                summary = recall
            at_end = _relative_at_the_end(clause, timex.text) if not focus[id(timex)] else None
            if at_end and summary[:20].lower() == clause.strip()[:20].lower():
                summary = at_end  # "[in a count ... from] a heatwave that broke temperature records ... late last month"
            contact = _contact_relative_at_the_end(clause, timex.text) if not focus[id(timex)] and not at_end else None
            if contact:
                summary = told_words = summarize(contact, timex.text)  # "Gov. Tom Keller set up the inquiry on July 24"
                reopened = False
            that = _SUBJECT_THAT.match(summary) if focus[id(timex)] else None
            if that and (that.group("rest").rstrip(" .").endswith(timex.text)
                         or _DATE_THEN_VERB.match(that.group("rest"), 0) and timex.text in that.group("rest")[:40]):
                # a phrase that is a noun and its relative clause: "The quake that hit before dawn on
                # Wednesday" reads "The quake hit before dawn on Wednesday"; "A club that on Wednesday
                # was celebrating ..." reads "A club on Wednesday was celebrating ..."
                summary = f"{that.group('subject')} {that.group('rest')}"
            noun_when = _NOUN_THEN_WHEN.match(summary)
            told_at = find_ignoring_case(noun_when["rest"], timex.text) if noun_when else -1
            if noun_when and told_at >= 0 and not _FINITE_VERB.search(noun_when["noun"]) \
                    and not _OWN_SUBJECT.search(noun_when["noun"]) \
                    and (noun_when["when"].lower() == "when" or _a_past_clause_to_its_date(noun_when["rest"], told_at, timex.text)) \
                    and not any(w in PAST_IRREGULAR or w in PRESENT for w in noun_when["noun"].lower().split()) \
                    and _FINITE_VERB.search(noun_when["rest"]):
                # "[Cholera cases ... have climbed to 312,] more than triple the count when the outbreak was
                # declared 11 days ago": no verb before "when", the date dates the when-clause (so with "since",
                # "after", "before": "[... marched through Kessel yesterday,] the first since the capital's curfew
                # was lifted on Friday morning")
                summary = noun_when["rest"][0].upper() + noun_when["rest"][1:]
            absolute = _WITH_NOUN_PARTICIPLE.fullmatch(summary)
            if absolute and find_ignoring_case(absolute["rest"], timex.text) >= 0 and not _FINITE_VERB.search(absolute["noun"]) \
                    and not _FINITE_VERB.search(absolute["rest"]) and _a_participle(absolute["participle"]) \
                    and absolute["noun"].split()[-1].lower() not in _NOT_A_NOUN_END:
                # "[Voters approved the amendment ... on Sept. 26,] with the result declared the following morning": what
                # befell the noun ("The result was declared the following morning")
                noun = absolute["noun"]
                head = re.split(r"\s+(?:of|in|at|on|for|from|with|by)\s+", noun)[0].split()[-1].lower()
                plural = head.endswith("s") and not head.endswith("ss")
                # (the tense of the phrase's first date: "with the Economic Survey tabled in Parliament today projecting
                # growth ... in the year ending March 31" was tabled today)
                own = min((t for t in found if sentence.start <= t.start < sentence.end and t.interval is not None
                           and find_ignoring_case(absolute["rest"], t.text) >= 0), key=lambda t: t.start, default=timex)
                planned = absolute["participle"] in _PLANNED_PARTICIPLES
                if own.interval is None or own.interval.first < article.reference_date \
                        or own.interval.first == article.reference_date and not planned:
                    be = "were" if plural else "was"
                else:  # (ahead: "A final result is expected on Friday morning", "The last batch will be mailed by ...")
                    be = ("are" if plural else "is") if planned else "will be"
                adverb = f"{absolute['adverb']} " if absolute["adverb"] else ""
                summary = f"{noun[0].upper()}{noun[1:]} {be} {adverb}{absolute['participle']} {absolute['rest']}"
            if _WITH_AND_NO_VERB.match(summary) and not _FINITE_VERB.search(summary) and clause.strip() != sentence.text.strip():
                # "[The hearings are expected to end before Christmas,] with a final report next summer": the
                # sentence tells it, when its summary keeps the date
                whole, whole_reopened = _unopened(summarize(sentence.text, timex.text), sentence.text)
                if find_ignoring_case(whole, timex.text) >= 0 and not _WITH_AND_NO_VERB.match(whole):
                    summary, reopened, told_words = whole, whole_reopened, whole
            if _RELATIVE_PRONOUN_AT_END.search(went_before):
                summary = _relative_ended_by_an_amount(summary, timex.text)
            # (a subject lent first, so a lent "He" meets its name in the sentences before: "He fled
            # ... and was arrested ...")
            resolved = _with_governor(_with_subject(summary, sentence.text, clause, timex.text), sentence.text)
            if _BARE_RELATIVE.match(resolved) or _SUBORDINATE_PARTICIPLE.match(resolved) or _gapped(clause, sentence.text, timex.text) \
                    or _PARTICIPLE_AFTER_COMMA.match(resolved) and not focus[id(timex)] and _participle_clause(clause, sentence.text):
                # "Who quit on Tuesday night ..." with no one found for "who"; "After flying the jet
                # himself in September" with no one who flew it; "[Pine Hollow was
                # evacuated Wednesday, and] Cedar Flat a day later": the sentence tells it
                relative = _relative_in_participle_clause(clause, timex.text) if _PARTICIPLE_AFTER_COMMA.match(resolved) else None
                if relative:
                    resolved = summary = told_words = summarize(relative, timex.text)
                    reopened = False
                else:
                    whole, reopened = _unopened(summarize(sentence.text, timex.text), sentence.text)
                    told_words = whole
                    resolved = summary = _object_and_its_relative(whole, timex.text)
            resolved = _resolve_pronoun(resolved, sentences, index, clause if resolved == summary else "", article.body,
                                        names_seen)
            resolved = sayers_own_words(_relative_with_its_noun(resolved, sentence.text), sentence.text)
            if resolved != summary:
                # "he restated ..." is about Putin: the name counts for matching too ("Urban Development
                # Minister Suresh Hegde quit ...": the name lent, not its first word)
                tail = re.sub(r"^(?:Who|Which|That)\s+", "", summary)
                lent = resolved[:len(resolved) - len(tail)] if resolved.endswith(tail[1:]) else resolved.split()[0]
                names = names + [name for name in describe(lent)[0] if name not in names]
                # (and its words: "[Nominations ... open this morning and] close at 5pm on Monday" is
                # about nominations, which another report may tell in lower case)
                words = words + [word for word in describe(lent, names_seen)[1] if word not in words]
                summary = resolved
            told = _without_a_clause_after(clause, timex.text)
            for phrase in befallen if not focus[id(timex)] else ():
                told = told.replace(phrase, " ")
            status = detect_status(told, timex.text, before_reference=over_when_published(article, timex))
            if focus[id(timex)]:
                # "has called off [Saturday's strike on Northline Rail]": what befell the phrase
                # is told by the verb before it
                befell = _BEFELL_BEFORE.search(sentence.text, 0, opening[id(timex)])
                if befell:
                    status = "postponed" if befell["postponed"] else "cancelled"
            if status in ("planned", "reported") and _PLANNED_ASIDE.search(clause) and clause.strip() != sentence.text.strip():
                # "The game, scheduled for Friday, has been postponed": the aside dates what the
                # sentence says happened to it
                said = detect_status(sentence.text)
                if said in ("postponed", "cancelled"):
                    status = said
            if status == "planned" and PAST_PLAN.search(clause, 0, max(0, find_ignoring_case(clause, timex.text))) \
                    and tells_a_move(sentence.text):
                # "[to postpone the fraud trial ...,] which had been scheduled to start June 2, until
                # Sept. 8", "Her trial had been due to open on 2 June [but was adjourned in May]": the
                # day planned was given up (a new day after "until" is planned again, below)
                status = "postponed"
            moved_from = _moved_from(article.body, timex) \
                if status in ("planned", "reported") and timex.type == "DATE" else None
            if moved_from and not _MOVE_IN_DOUBT.search(article.body, max(0, moved_from.start() - 40), moved_from.start()):
                status = "postponed"  # "pushed the launch ... back from 12 February": the day given up
            if status != "reported" and (_SAYING_DATE_BEFORE.search(sentence.text, 0, timex.start - sentence.start)
                                         and not _NOT_THE_SAYINGS_DATE_AFTER.match(article.body, timex.end)
                                         or _stamps_a_saying(sentence, timex)):
                status = "reported"  # "..., according to a stock exchange filing on Thursday": the saying was done
            if status in ("postponed", "cancelled") and _NEW_DATE_BEFORE.search(article.body, max(0, timex.start - 200), timex.start) \
                    and not _OLD_DATE_BEFORE.search(article.body, max(0, timex.start - 40), timex.start):
                status = "planned"  # "the news conference was postponed until Saturday": Saturday is the new date
            if status in ("postponed", "cancelled") and not focus[id(timex)] \
                    and not _PLAN_WORD_BEFORE.search(article.body, max(0, timex.start - 60), timex.start) \
                    and any(_OLD_DATE_BEFORE.search(article.body, max(0, other.start - 40), other.start)
                            for other in found if other is not timex):
                # "A three-day bus strike that was due to start on Monday ... was called off late on
                # Sunday": Monday is the plan's day, Sunday the calling off's, which was done
                status = "reported"
            if status == "reported" and timex.interval is not None and (
                    timex.interval.first > article.reference_date
                    or timex.interval.first == timex.interval.last == article.reference_date
                    and scheduled_for_today(article.body, timex.start, timex.end)):
                status = "planned"  # (today's happening told by a present of schedule: "The team fly home today")
            elif status == "planned" and _done_by_its_verb(article, timex):
                status = "reported"  # "returned to training on Monday ... and is expected to start"
            happening = done_clause_happening(told, timex.text) \
                if status == "reported" and not focus[id(timex)] and over_when_published(article, timex) else None
            if happening:
                # "Canadian authorities on Tuesday called off the search for three skiers buried by an avalanche
                # ... on Saturday": Saturday's news is the avalanche ("Three skiers were buried by an avalanche
                # ... on Saturday"), told and matched by its own words, not the calling-off's
                summary = clause = happening
                reopened = False
                names, words = describe(happening.replace(timex.text, " ", 1), names_seen)
            if find_ignoring_case(summary, timex.text) < 0:
                # "A federal judge ... granted a defense request to postpone the fraud trial of ... until
                # Sept. 8", too long to keep its day: what was moved there
                summary = _moved_to(sentence, timex) or summary
            if reopened:
                summary = _reopen(summary, told_words)
            if _WHOLE_QUOTE.fullmatch(sentence.text) and _WHOLE_QUOTE.fullmatch(summary) and index > 0:
                summary = _with_previous_speaker(summary, sentences[index - 1].text)
            summary = _subject_before_its_aside(summary, sentence.text, timex.text)
            if label and summary.startswith(label):
                summary = summary[len(label):]  # "New Delhi: Delhi on Wednesday recorded ..."
            if line_date is not None and timex is not line_date and find_ignoring_case(summary, line_date.text) == 0:
                continue
            if release:
                summary = release[1]
            named_for = _day_named_for(article, sentence, timex)
            if named_for:
                summary = named_for
            subordinate = _SUBORDINATOR_OPENING.match(summary)
            own = summary[subordinate.end():] if subordinate else ""
            if subordinate and (_DETERMINER_OR_NUMBER.match(own) or own[0].isupper()) and not _VERB_FIRST.match(own) \
                    and not own.split()[0].lower().endswith("ing") and not own.lower().startswith("that ") \
                    and (verb := _FINITE_VERB.search(own)) and not re.search(r"[,;:—–]", own) \
                    and not re.search(r"\b(?:that|which|who|whom|whose|when|where)\b", own[:verb.start()], re.IGNORECASE):
                # (a clause alone: not "After London, the show will travel ...", "When that deadline passed last
                # Saturday with no deal, the six-nation Contact Group extended it", nor a noun and its relative clause,
                # "After three months of hearings that began when ...")
                # "[... will close all 22 of its Canadian stores by March 31, ..., after] the Ontario Superior Court of
                # Justice recognized the retailer's U.S. bankruptcy proceedings on Friday": the clause's own news
                summary = summary[subordinate.end()].upper() + summary[subordinate.end() + 1:]
            later_relative = _noun_and_its_relative(clause.strip().rstrip(" ."), timex.text) \
                if not focus[id(timex)] and clause.strip().rstrip(" .").endswith(timex.text) \
                and any(other.start < timex.start and other.start >= sentence.start for other in found) else None
            if later_relative:
                # "At noon today, members of parliament gathered ... before Speaker Arvydas Lenkas read out the
                # declaration of independence that Merkys signed on 11 March 1990": the sentence's first time dates
                # its news; the last dates what its relative clause tells ("Merkys signed the declaration ...")
                summary = later_relative[0].upper() + later_relative[1:]
                names, words = describe(summary.replace(timex.text, " ", 1), names_seen)
            if timex.interval is not None and timex.interval.first > article.reference_date:
                # "Judge Patricia Kell set sentencing for January 17 [and, at the request of prosecutors, revoked his
                # bail]": what the subject also did, in the past, is no happening of the coming day set
                done = _DONE_AFTER_A_COMING_DATE.match(summary, find_ignoring_case(summary, timex.text) + len(timex.text)) \
                    if find_ignoring_case(summary, timex.text) >= 0 else None
                if done and _A_PAST_WORD.search(summary, 0, done.start()):
                    summary = summary[:done.start()].rstrip(" ,")
            if not names and not words and find_ignoring_case(summary, timex.text) < 0:
                # "At noon today, members of parliament gathered for a special session ... before the Speaker
                # read out the declaration that Merkys signed on 11 March 1990": a clause that is only its
                # time is matched by what its summary tells
                names, words = describe(summary, names_seen)
            mentions.append(
                EventMention(
                    document=article.id,
                    sentence_start=sentence.start,
                    sentence_end=sentence.end,
                    quote=sentence.text,
                    clause=clause,
                    summary=without_emphasis_markers(summary),
                    timex=timex,
                    reference_date=article.reference_date,
                    status=status,
                    attributed=is_attributed(clause_of.get(id(timex)) or sentence.text),
                    entities=names,
                    keywords=words,
                )
            )
    mentions = _without_sayings_told_as_their_news(_without_years_told_finer(mentions, recalled, article.reference_date))
    mentions = _without_sayings_of_news_dated_next(mentions)
    mentions = _without_possessives_told_elsewhere(_one_date_a_clause(_without_stamps_of_dated_news(mentions)), article.body)
    return _without_others_stamps(mentions)
