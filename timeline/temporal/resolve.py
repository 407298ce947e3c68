"""The second pass: anchor each underspecified meaning and write its TIMEX3 value and interval.

Anchors:

* the reference date (news: the publication date) for deictic expressions ("yesterday",
  "last week", "Friday");
* in narrative documents, the last date mentioned before the expression instead, where there is
  one (as HeidelTime does);
* for expressions that are relative to another time whatever the document type ("three days
  later", "the next day", "a year earlier", "the quarter"), the last suitable date mentioned
  before them.  With none, the value stays underspecified (``XXXX-XX-XX``) rather than invented.

Years missing from "Dec. 2", "in August", "the third quarter" or "Christmas" come from the anchor
and the tense of the clause: a past clause takes the latest such period on or before the anchor, a
future or present one the earliest on or after it, and an undecided one the closest.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from . import vocab as V
from .calendars import hindu_holiday, lunar_holiday, public_holidays
from .partial import Calendar, EventAnchored, Fixed, Offset, Partial, Range, Relative
from .modifiers import part_of_period
from .tense import (BOOKED_FOR_BEFORE, TITLES, Tense, clause_tense, first_verb_tense, headline_line, narrated_past_verb,
                    sentence_bounds, time_is_subject_of_will, verb_before)
from .values import (
    GRAIN_ORDER,
    SEASON_START_MONTH,
    UNDERSPECIFIED,
    When,
    add_months,
    iso_weekday_value,
    moved,
    parse_value,
    safe_date,
)
from .weekday import nearer_weekday, resolve_weekday


@dataclass(frozen=True, slots=True)
class Resolved:
    """The outcome for one expression, ready to become a :class:`timeline.models.Timex`."""

    type: str
    value: str
    granularity: str | None
    interval: tuple[dt.date, dt.date] | None
    mod: str | None
    anchor: str


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def orthodox_easter(year: int) -> dt.date:
    """Orthodox Easter Sunday: the Julian computus (Meeus), moved onto the Gregorian calendar."""
    d = (19 * (year % 19) + 15) % 30
    e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian_to_gregorian = year // 100 - year // 400 - 2  # 13 days from 1900 to 2099
    return dt.date(year, month, day + 1) + dt.timedelta(days=julian_to_gregorian)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date | None:
    """The n-th such weekday of a month (n = -1: the last); None past its end (a fifth Monday)."""
    first = dt.date(year, month, 1)
    return picked_day((first, add_months(first, 1) - dt.timedelta(days=1)), n, weekday)


def picked_day(interval: tuple[dt.date, dt.date], n: int, weekday: int | None) -> dt.date | None:
    """The n-th day (or n-th such weekday, 0 = Monday) of a stretch, counted from its first day
    (n >= 1) or back from its last (n = -1); None if the stretch is too short."""
    first, last = interval
    if weekday is None:
        day = first + dt.timedelta(days=n - 1) if n > 0 else last + dt.timedelta(days=n + 1)
    elif n > 0:
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    else:
        day = last - dt.timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))
    return day if first <= day <= last else None


def nearest_on_weekday(base: dt.date, month: int, day: int, weekday: int) -> dt.date | None:
    """The date ``month``/``day``, in the year of ``base`` or one either side, that falls on
    ``weekday`` (0 = Monday), nearest ``base``: "Monday (Sept 4)" says which year; None if none does."""
    days = [d for d in (safe_date(base.year + k, month, day) for k in (-1, 0, 1)) if d is not None and d.weekday() == weekday]
    return min(days, key=lambda d: abs((d - base).days)) if days else None


def holiday_date(key: str, year: int) -> dt.date | None:
    """The date of a holiday of :data:`vocab.HOLIDAYS` in ``year``."""
    spec = V.HOLIDAYS[key]
    if spec[0] == "fixed":
        return safe_date(year, spec[1], spec[2])
    if spec[0] == "nth":
        _, month, weekday, n = spec
        return nth_weekday(year, month, weekday, n)
    if spec[0] == "weekday_before":  # "Victoria Day": the last Monday before May 25
        _, month, day, weekday = spec
        limit = dt.date(year, month, day)
        return limit - dt.timedelta(days=(limit.weekday() - weekday - 1) % 7 + 1)
    if spec[0] == "easter":
        return easter(year) + dt.timedelta(days=spec[1])
    if spec[0] == "orthodox_easter":
        return orthodox_easter(year) + dt.timedelta(days=spec[1])
    if spec[0] == "thanksgiving":  # "Black Friday", "Cyber Monday": days after Thanksgiving
        return holiday_date("thanksgiving", year) + dt.timedelta(days=spec[1])
    if spec[0] == "lunar":
        period = lunar_holiday(key, year)
        return period[0] if period else None
    if spec[0] == "eid":
        return holiday_date("eid al-fitr", year)  # (without a day to be near, the feast that ends the fast)
    if spec[0] == "hindu":
        return hindu_holiday(key.split("/")[0], year, spec[1] if len(spec) > 1 else "IN")
    if spec[0] == "days_from":  # "Bhai Dooj": two days after Diwali
        day = holiday_date(spec[1], year)
        return None if day is None else day + dt.timedelta(days=spec[2])
    if spec[0] == "advent":  # the Sunday from November 27 to December 3
        first = dt.date(year, 11, 27)
        return first + dt.timedelta(days=(6 - first.weekday()) % 7)
    if spec[0] == "election":  # first Tuesday after the first Monday of November
        first = dt.date(year, 11, 1)
        monday = first + dt.timedelta(days=(0 - first.weekday()) % 7)
        return monday + dt.timedelta(days=1)
    return None


# a date after these is a deadline, whatever the tense of the verb ("extended its offer to Nov. 20")
# "raced against a midnight deadline": the end of the day of writing, whatever the tense
_DEADLINE_AFTER = re.compile(r"[\s-]+deadlines?\b", re.IGNORECASE)
_DUE_BEFORE = re.compile(r"\b(?:payable|effective|due|(?:of|on\s+the)\s+record)\s+(?:on\s+)?$", re.IGNORECASE)
# (but "shortly before 2 a.m. Aug. 6", "just before midnight" tell when something happened, not a deadline;
# "the six months to December" is the end of a period reported on)
_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|(?<!months\s)(?<!weeks\s)(?<!days\s)(?<!quarter\s)(?<!year\s)(?<!period\s)to|"
                              r"through|by|(?<!shortly\s)(?<!just\s)(?<!soon\s)(?<!minutes\s)(?<!hours\s)(?<!moments\s)before|"
                              r"effective|due|payable)\s+$", re.IGNORECASE)
# ... and a start told by its date ("an overtime ban starting on 17 March") is as near as the other side
# a new level set from a day ("raised the standard rate of VAT to 21.5 per cent from December 1"): the
# day it takes effect, as near as the other side
_BACKDATED_BEFORE = re.compile(r"\b(?:backdated|back-dated|retroactive|retrospective(?:ly)?)\s+(?:to|from)\s+(?:the\s+start\s+of\s+)?$", re.IGNORECASE)
_NEW_LEVEL_FROM_BEFORE = re.compile(r"\bto\s+(?:[$€£¥]|Rs\.?\s*)?\d[^,;:]{0,25}?\s+from\s+$"
                                    # or a change of a price or a pay that runs from a day: "a 3.5 per cent rise from July 1",
                                    # "surcharges of up to $2,700 per container from Jan. 15"
                                    r"|\b(?:rise|rises|increase|increases|hike|hikes|cut|cuts|reduction|surcharges?|levy|levies)\b"
                                    r"(?:[^.;:,]|(?<=\d)[.,](?=\d)){0,40}?\bfrom\s+$", re.IGNORECASE)
_STARTING_BEFORE = re.compile(r"\b(?:starting|beginning|commencing|effective)\s+(?:on\s+|from\s+|in\s+)?$", re.IGNORECASE)
# a date of the next one of something ("until their next summit on 18-19 December"): one to come
# a stop that takes effect from a day: "suspending the refugee program from January 27", "banned exports from
# May 14": the day it starts, as near as the other side, whatever the tense
_STOPPED_FROM_BEFORE = re.compile(r"\b(?:suspend|suspends|suspended|suspending|ban|bans|banned|banning|bar|bars|barred|barring|"
                                  r"halt|halts|halted|halting|freeze|freezes|froze|freezing|pause|paused|pausing)\b(?:[^.;:]|(?<=\b[A-Z])\.){0,60}?"
                                  r"\bfrom\s+$", re.IGNORECASE)
_NEXT_ONE_BEFORE = re.compile(r"\b(?:next|upcoming|forthcoming)\s+(?:[a-z-]+\s+){0,2}(?:on|in|at|for|from)\s+(?:the\s+)?$",
                              re.IGNORECASE)
# a day's happening called off is one that was to come ("has called off Saturday's strike")
# (not a tally: "canceled more than 600 flights Saturday", "cancelled 1,200 departures on Sunday" count
# what a day gone saw called off)
_CANCELLED_THING_BEFORE = re.compile(rf"\b(?:{V.CANCELLING_VERBS})\s+(?!(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+|at\s+least\s+|"
                                     rf"some\s+|another\s+)?(?:\d|hundreds\b|thousands\b|dozens\b))"
                                     rf"(?:(?!on\b|at\b|in\b|after\b|since\b)[\w'’-]+\s+){{0,4}}$",
                                     re.IGNORECASE)
_CALLED_OFF_BEFORE = re.compile(rf"\b(?:{V.CANCELLING_VERBS}|{V.POSTPONING_VERBS})\s+(?:the\s+|its\s+|their\s+)?$",
                                re.IGNORECASE)
# a deadline preposition opening its sentence ("Until Thursday, they had not ...") is no deadline
_FRONTED = re.compile(r"[\s\"'“‘(]*(?:(?:up|but|and|so)\s+)?\S?$", re.IGNORECASE)
# a year labelling a plan or a document frames no sentence ("debates on the 2026 budget on Dec. 1")
_YEAR_LABEL_AFTER = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{V.YEAR_LABEL_NOUNS})\b", re.IGNORECASE)
# ... and a single year that names a financial year or a season, which the calendar's year does not hold ("the 2014
# financial year, which began on 1 July"; but "the 2025-26 school year" opens in its first year)
_YEAR_NAMING_A_SPAN_AFTER = re.compile(r"\s+(?:(?:financial|fiscal|business|tax)\s+year|season)\b", re.IGNORECASE)
# a document a year names, in force long after it ("the 1991 Strategic Arms Reduction Treaty, which
# expired on Dec. 5", "the 1964 Civil Rights Act"): the year frames no later date of its sentence
_DOCUMENT_NAMED_AFTER = re.compile(r"(?:\s+(?-i:[A-Z][\w'’-]*))*\s+(?:treaty|accords?|agreement|act|convention|protocol|charter|"
                                   r"constitution|pact|law|amendment|resolution|directive|regulations?)\b", re.IGNORECASE)
_OPENING = re.compile(r"[\s\"'“‘(]*")  # "Last year, Cyclone Fengal brought rain on November 30"
# a year that frames its sentence: at its start ("In 2019, ...") or as a modifier ("the 2024 election")
_FRAMING_YEAR = re.compile(r"(?:\A[\s\"'“‘(]*(?:in\s+)?|\bthe\s+|^[^,]{3,60},\s+in\s+|[:;—–]\s*in\s+)$", re.IGNORECASE)
# ("The last election, in 2019, was held on Oct. 21"; "not the first time the polls have been shifted: in 2015, ...")
# verbs that set a deadline, whatever their tense ("has given the relatives until Tuesday")
_DEADLINE_VERB = re.compile(r"\b(?:gave|given|gives|extended|extends|postponed|postpones|delayed|delays|set|moved|pushed|"
                            r"adjourned|adjourns|prorogued|prorogues|deferred|defers|suspended|suspends|recessed|remanded|"
                            # an act that stops something until a day (not a state: "remained closed until Monday")
                            r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bremained\s)(?:cancell?ed|halted|grounded|barred)|"
                            r"rescheduled|reschedules|brought|(?<![-‐])ordered)\b",
                            re.IGNORECASE)
# a day's event named after these is a point of comparison, so one that has happened ("up 2% from
# Friday's close", "the worst since Monday's crash", "higher than Tuesday's"), whatever is nearer
# a coordinated clause with a subject of its own ("... and tougher rules on displaying cigarettes will")
_ANOTHER_SUBJECT_AFTER_AND = re.compile(r"\b(?:and|but|while|whereas)\s+(?!(?:will|would|shall|is|are|was|were|has|have|had|to|then|also|"
                                        r"could|can|may|might|must|should|be|not|so|that|in|on|at|by|from|for|of)\b)(?:the\s+|a\s+|an\s+|its\s+|"
                                        r"their\s+|his\s+|her\s+)?[a-z][\w'’-]*\s+(?:[\w'’-]+\s+){0,7}?(?:will|would|is|are|has|have|plans?|"
                                        r"expects?)\b", re.IGNORECASE)
_PAST_VERB_RIGHT_BEFORE = re.compile(r"\b(?:took\s+effect|[a-z]{3,}ed|took|was|were|began|came|went|fell|rose|won|lost|made|held)\s+"
                                     r"(?:[\w'’-]+\s+){0,2}?(?:in|on|at)\s+$|\b(?:was|were)\s+$")
# what the news follows, told by its record ("after the driest [first half of the year]", "following the busiest [June]")
_AFTER_A_RECORD_BEFORE = re.compile(r"\b(?:after|following)\s+(?:the|its|their|a|an)\s+(?:[a-z]{3,}est|most\s+[a-z]+)\s+(?:[a-z-]+\s+){0,2}$",
                                    re.IGNORECASE)
_COMPARED_WITH = re.compile(r"\b(?:from|since|than|versus|vs\.?)\s+(?:the\s+)?$", re.IGNORECASE)
# a month's figure a later one is compared with ("from 7.1 per cent in [July]", "after a 0.6% gain in [March]", "than the
# 9.2 percent expansion in [May]"), and a figure told right before an expression ("from 9.0 per cent [the month before]",
# "half the pace of [the previous month]")
_FIGURE_OF_A_MONTH_BEFORE = re.compile(r"\b(?:from|than|after|compared\s+with|versus)\s+(?:a\s+|an\s+|the\s+)?(?:revised\s+)?"
                                       r"[$€£]?\d[\d.,]*\s*(?:%|per\s*cent|percent|billion|million)?(?:\s+[\w-]+){0,3}?\s+"
                                       r"(?:in|for|during)\s+$", re.IGNORECASE)
_FIGURE_BEFORE = re.compile(r"\d[\d.,]*\s*(?:%|per\s*cent|percent)?\s+$|\bpace\s+of\s+$", re.IGNORECASE)
# a day listed after a date, whose weekday may be the other's ("on Saturday and Sunday, March 11 and 12")
_ANOTHER_DAY_AFTER = re.compile(r"\s*(?:,\s*)?(?:and|&|to|or|-|–)\s*\d")
_DAY_NUMBER_FROM = re.compile(r"[^\d\n]{0,30}\d*(?:st|nd|rd|th)?")  # (from a date's start, past its day's number)
_FROM_A_MARK_ON_BEFORE = re.compile(r"\b(?:from|since|below|above|off|to|at)\s+(?:its|their|the|a|an)\s+(?:[\w-]+\s+){0,2}?"
                                    r"(?:close|closing\s+high|high|peak|low|record|levels?)\s+"
                                    # (or with its figure: "down from a peak of 3.9 percent in September")
                                    r"(?:of\s+[$£€]?\d[\d.,]*\s*(?:%|percent|per\s+cent|points?|cents?|pence|p|million|billion)?\s+)?"
                                    r"(?:on|of|in|seen\s+in|before)\s+$", re.IGNORECASE)
# a month that closes a stretch of months ("Between January and May", "in January and February combined")
# a year told relatively (not "the full year") and the words between it and the day of it told next ("next year
# [on] Nov. 7", "last year, on")
_A_YEAR_COUNTED = re.compile(r"(?:next|last|this|the\s+following|the\s+previous|the\s+next)\s+year", re.IGNORECASE)
_ON_RIGHT_AFTER = re.compile(r"\s*,?\s*(?:on|in)\s+", re.IGNORECASE)
# "next year's" event, and how it is told to take place at the date after it (see Resolver._next_years_event_before)
_NEXT_YEARS = re.compile(r"\bnext\s+year['’]s\s+", re.IGNORECASE)
_EVENT_HELD = re.compile(r"\b(?:(?:be|is|are|being)\s+(?:held|staged|hosted|played|run)|takes?\s+place|taking\s+place|runs?|opens?|starts?|"
                         r"begins?|returns?|kicks?\s+off|(?:is|are|be)\s+(?:set|scheduled|slated|due|planned)\s+(?:for|to)|expected\s+in|"
                         r"(?:is|are|will\s+be|would\s+be)\s+(?:on|in))\b[^;:.!?]*?(?:\bon|\bin|\bfor|\bfrom|,)\s+(?:(?:early|mid-?|late)\s+)?$",
                         re.IGNORECASE)
_SCHEDULED_IN_APPOSITION = re.compile(r"[\w' -]{1,40},\s+(?:scheduled|slated|set)\s+(?:for|to\s+(?:be\s+held|take\s+place|open|start|begin|run)\s+on)\s+"
                                      r"(?:(?:early|mid-?|late)\s+)?", re.IGNORECASE)
_APPOSITION_ONLY = re.compile(r"[\w' -]{1,40},\s+(?:(?:early|mid-?|late)\s+)?", re.IGNORECASE)
_DONE_ABOUT_IT = re.compile(r"\b(?:meeting|tournament|vote|ballot|announce[sd]?|unveil(?:ed|s)?|present(?:ed|s)?|table[sd]?|decide[sd]?|"
                            r"agreed|approved|deadline|applications?|entries|tickets?)\b", re.IGNORECASE)
# ... or told with a clause or phrase that goes on about that year: "booked for next year, when Carnival falls on
# [February 12]", "the third strike this year, after similar stoppages in [March]"
_YEAR_LINKED_TO_A_LATER_MONTH = re.compile(r",\s+(?:when|after|following)\s+[^,;.!?()]{0,60}?\b(?:in|on|at)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?",
                                           re.IGNORECASE)
# the end month of a stretch right after its first month ("August [and May]", "October [to March]") and what opens it
_MONTH_CLOSING_A_STRETCH = re.compile(rf"\s*(?:and|to|through|until|till|-|–)\s*(?P<month>{V.MONTH_NAME})\b(?!\s+\d)", re.IGNORECASE)
_STRETCH_OPENS_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_MONTHS_JOINED_BEFORE = re.compile(rf"\b(?:between\s+|from\s+)?{V.MONTH_NAME}\s*(?:and|to|through|-|–)\s*$", re.IGNORECASE)
# figures of a part of a year longer than a month
_MONTHS_OF_A_YEAR = re.compile(r"\b(?:(?:first|last|latest)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d+)\s+months|"
                               r"first\s+half|full\s+year|year\s+to\s+date)\b",
                               re.IGNORECASE)
_THAN_AT_A_MONTH_BEFORE = re.compile(r"\bthan\s+(?:at|in|during|on)\s+(?:[\w'’-]+\s+){0,7}?(?:in\s+)$", re.IGNORECASE)
_COMPARED_WITH_NAMED = re.compile(r"\b(?:from|than|versus|vs\.?)\s+(?:the|its|their|his|her|our|a|an)\s+$", re.IGNORECASE)
# ... and after these a past clause tells of it as over ("were arrested after Tuesday's protest")
_FOLLOWING = re.compile(r"\b(?:after|following|during|in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# events nobody schedules, so a day's one is always over ("Thursday's attack", written on a Wednesday)
_UNPLANNED_NOUNS = (
    r"(?:attacks?|crash|blast|explosions?|bombings?|shootings?|killings?|fire|earthquake|"
    r"quake|collapse|accident|derailment|stabbings?|massacre|murders?|deaths?|riots?|clash(?:es)?|ambush|assault|"
    r"incident|outage|disaster|tragedy|spill|leak|eruption|landslide|avalanche|plunge|sell-?off|rout|arrests?|"
    r"raids?|escape|kidnapping|abduction|hijacking|overdose|resignation|defeat|loss|win|victory|upset|slaying|"
    r"assassination|coup|storming|siege|fall|tsunami|cyclone|hurricane|typhoon|tornado|storms?|floods?|flooding|"
    r"mudslide|shipwreck|sinking|capsizing|stampede|crush|cave-in|hit-and-run|carjacking)\b")
# what a day's happening left behind, which a coming clause acts on ("will appeal Tuesday's ruling",
# "would look for ways to get around Wednesday's ruling"): the day is past
_OUTCOME = re.compile(r"['’]s?\s+(?:[a-z]+(?:-[a-z]+)?\s+)?(?:ruling|decision|verdict|judg(?:e)?ment|order|announcement|"
                      r"remarks|comments|statement|report|speech|testimony|results?|data|figures|close|closing|"
                      r"agreement|deal|accord|letter|memo|move|change|cut|hike)\b"
                      # (and a match's result, told by its score or its outcome: "Saturday's 2-2 draw", "Sunday's 3-1 win")
                      r"|['’]s\s+(?:\d{1,3}\s*[-–]\s*\d{1,3}\s+(?:[a-z]+\s+)?[a-z]+|(?:[a-z]+\s+)?(?:win|victory|defeat|loss|draw)\b(?![-‐]))")
# ... and verbs that act on a day's happening once it is over ("will challenge Monday's vote",
# "would appeal Wednesday's ruling"), unlike those that hold it ("will hold Monday's vote")
_ACTING_ON_BEFORE = re.compile(r"\b(?:challenge|contest|appeal|overturn|annul|review|dispute|reject|certify|recount|"
                               r"investigate|probe|examine|scrutini[sz]e)\s+$", re.IGNORECASE)
_HABIT_ADVERBS = r"usually|typically|normally|generally"
_THIS_YEAR_RIGHT_AFTER = re.compile(r"\s+this\s+year\b", re.IGNORECASE)
# a day of a month as written ("April 16", "Sept. 4", "16 April")
_MONTH_DAY_WRITTEN = re.compile(rf"\b(?:(?P<mon>{V.MONTH_NAME})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<mon2>{V.MONTH_NAME}))\b")
# a habit told in the clause before a month ("usually reopen in", "every year in"), with no ", but"
# or ";" between turning to one year ("usually rise in December, but this year they fell in December"), nor
# "this season" or "next" ("normally meet every other Tuesday, and the next regular meeting is on May 9"); not a
# manner ("allows the Treasury to borrow normally until Feb. 7")
_HABITUAL_CLAUSE = re.compile(rf"\b(?:{_HABIT_ADVERBS}|traditionally|customarily|always|"
                              r"(?:every|each)\s+year)\b(?!\s+(?:until|till)\b)"
                              r"(?![^;]*(?:,\s*(?:but|while|whereas|although)|;|\bthis\s+(?:year|season)\b|\bnext\b))[^;]*$",
                              re.IGNORECASE)
# a year's round told right after a month or a season, or after a stretch of them: "in March each
# year", "from March to October every year", "in late spring annually"
_EACH_YEAR_AFTER = re.compile(rf"(?:\s*(?:[-–]|to|through|until|and|or)\s*(?:(?:early|late|mid)[\s-]+)?(?:\d{{1,2}}\s+)?(?:{V.MONTH_NAME})"
                              r"(?:\.?\s+\d{1,2}(?:st|nd|rd|th)?\b)?)?"
                              r",?\s+(?:(?:each|every)\s+year|annually|(?:of|in)\s+(?:each|every)\s+year)\b", re.IGNORECASE)
# a month that is the subject of a habit ("March is typically Denver's snowiest month", "January has
# traditionally been a month of short-term fixes", "March, they note, has historically produced"): any
# year's, as our sets' reviewers write it 19 times of 28 (not "the months to June are always ...")
_A_HABIT_OF_THE_MONTH_AFTER = re.compile(
    rf"(?:,\s+(?:[a-z]+\s+){{1,3}}?[a-z]+,)?\s+(?:is|has|was)\s+(?:(?:also|still)\s+)?(?:{_HABIT_ADVERBS}|traditionally|always|historically)\b"
    # (but a habit set against this year's month is about this year's: "December is normally our best month.
    # This year we have cancellations", "January is always quiet, and this January looks quieter")
    r"(?![^.;]*(?:,\s*(?:but|and\s+this)\b|\bthis\s+(?:year|season|month)\b)|[^.;]*[.;]\s*[\"”]?\s*This\s+(?:year|season|month)\b)")
# a stretch of months with no year ("from November to April", "between late June and mid-September"): the month
# opening it (told before its end) or closing it (told after its start)
_A_MONTH_PART = r"(?:(?:early|late|mid)[\s-]*)?"
_MONTHS_RANGE_GOES_ON = re.compile(rf"\s*(?:to|through|until|till|and|-|–)\s*{_A_MONTH_PART}(?:{V.MONTH_NAME})\b"
                                   r"(?!\.?\s*\d|,?\s+(?:19|20)\d\d|\s+(?:of|this|next|last)\b)", re.IGNORECASE)
_MONTHS_RANGE_OPENS_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_MONTHS_RANGE_CLOSES_BEFORE = re.compile(rf"\b(?:from|between)\s+{_A_MONTH_PART}(?:{V.MONTH_NAME})\s*(?:to|through|until|till|and|-|–)\s*$",
                                         re.IGNORECASE)
# what makes such a stretch told in the present any year's: a season's round, a habit, how often or how commonly
# ("the cyclone season runs from November to April", "most storms form between May and November", "cross every
# night ... from December to March"); and what makes it one year's ("this", "next", "now", a forecast, a plan, a tense
# that tells of this one: "the season, which runs from August to May, has been disrupted")
_ROUND_OF_A_YEAR = re.compile(r"\b(?:seasons?|every|each|daily|nightly|weekly|monthly|annual(?:ly)?|a\s+(?:week|month|year|day)|"
                              rf"most|common|peaks?|typical(?:ly)?|normal|{_HABIT_ADVERBS}|regularly|often|rarely|tends?|"
                              r"traditionally|historically)\b", re.IGNORECASE)
_ONE_YEARS_STRETCH = re.compile(r"\b(?:this|next|now|forecasts?|expected|will|would|plans?|planned|phase|"
                                r"(?:has|have)\s+been|had|was|were|so\s+far)\b", re.IGNORECASE)
# how often a time of day comes round, in its sentence ("open from 10am to 6pm every day"); a
# "daily" that is an adjective ("the highest daily toll") is none
_RECURRING = re.compile(r"\b(?:(?:daily|nightly)(?=\s*(?:[.,;:)!?]|$|\s+(?:from|at|between|until|till|to|except|and|or|during|in|on|"
                        r"after|before|by|for|throughout|while|when|as|unless|starting|beginning|through)\b))|every\s+(?:day|night|morning|evening|weekday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
                        r"each\s+(?:day|night|morning|evening)|(?:each|every)\s+(?:school\s+day|weekday|working\s+day)|"
                        r"on\s+(?:their|your|its|the)\s+collection\s+days?|"
                        r"(?:on\s+)?(?:weekdays|weeknights|(?:mon|tues|wednes|thurs|fri|satur|sun)days)|"
                        r"(?:of|in)\s+(?:every|each)\s+month|"
                        rf"seven\s+days\s+a\s+week|{_HABIT_ADVERBS}|"
                        # a person's routine ("He rises at 2.30 am six days a week", "Her shift starts at
                        # 5.40 am", "most mornings he has finished by 9am")
                        r"(?:one|two|three|four|five|six|\d)\s+(?:days|nights|mornings|evenings)\s+a\s+week|"
                        r"most\s+(?:days|mornings|nights|evenings|weekdays)|(?:his|her|their|my|our)\s+routine|"
                        # what happens often ("calls made between 5 p.m. and 9 p.m. frequently fail")
                        r"frequently|regularly|routinely|both\s+days|every\s+hour\s+from|"
                        # a habit given up ("We used to close at 8pm")
                        r"used\s+to|"
                        # the days of every week a place keeps ("is open Tuesday to Saturday, lunch from noon")
                        rf"{V.OPEN_WEEKDAYS.pattern}|"
                        r"(?:his|her|their|my|our)\s+(?:day|shift|working\s+day|alarm)\s+(?:begins|starts|goes\s+off|goes|ends|finishes))\b",
                        re.IGNORECASE)
# a count of a day's rounds before a time of day ("holds six rounds a day, the first starting at 9 a.m.")
_ROUNDS_A_DAY = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twice|once)\s+(?:[a-z]+\s+)?a\s+day\b(?!['’])",
                           re.IGNORECASE)
# another clause opening between a time and what follows it ("made the call at 5:45 a.m., about 15
# minutes before the first buses usually leave"): what that clause tells is not the time's
_ANOTHER_CLAUSE_OPENS = re.compile(r"\b(?:before|after)\s+(?!\d|noon|midnight|dawn|dusk)|\b(?:when|because|since|unless|whereas|but|"
                                   r"and\s+(?:he|she|it|they|we|the))\b", re.IGNORECASE)
_WHILE_OR_THAN = re.compile(r"\b(?:while|than)\b", re.IGNORECASE)
# what tells that times of day are each day's for a while: a stretch they run through, "until further
# notice", "while repairs continue", a regime that starts ("from next month")
_HOURS_OF_A_REGIME_AFTER = re.compile(
    r",?\s+(?:through|thru)\s+(?:[A-Z]|\d)|\buntil\s+further\s+notice\b|\bwhile\s+(?:[\w'’-]+\s+){1,4}?(?:continues?|lasts?|remains?|"
    r"goes\s+on|go\s+on|is\s+under\s+way|are\s+under\s+way)\b|\b(?:from|starting|beginning)\s+next\s+(?:week|month)\b"
    # a new timetable's hours ("would begin at 8:45 a.m. instead of 7:30 a.m. starting in August")
    r"|\b(?:starting|beginning)\s+in\s+(?:the\s+)?(?:(?-i:[A-Z][a-z]+)|fall|autumn|spring|summer|winter|new\s+(?:school\s+)?year)\b"
    # ... and the nights of every week they run ("from 7pm to 5am, Sunday to Thursday nights")
    r"|,?\s+(?:from\s+)?(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?:to|through|-|–)\s+(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)s?\b")
# clock times told before another in one list or stretch ("between 2pm and 4pm and [7pm]")
_TIMES_BEFORE = r"(?:\d[\d.:]*\s*(?:[ap]\.?m\.?)?\s+(?:and|to|until|till)\s+){0,3}"
# a weekday opening its sentence as the subject of a verb in the present: "Friday marks the 20th
# anniversary", "Monday sees the first of the talks" (not "Friday sales rose")
_DAY_AS_SUBJECT_PRESENT_AFTER = re.compile(r"\s+(?:marks|brings|sees|is|begins|starts|opens|ends|kicks\s+off)\s+(?:the|a|an|its|his|her|their|\d)",
                                           re.IGNORECASE)
# a clause looking ahead from now ("is due to be heard", "will report"), not a past one with a
# to-infinitive ("ordered workers to return the next morning", "were to return the next day")
_NOW_LOOKING_AHEAD = re.compile(r"\b(?:will|shall|is|are|am)\b|['’]ll\b", re.IGNORECASE)
_PAST_AUXILIARY = re.compile(r"\b(?:was|were|had|did)\b", re.IGNORECASE)
_PART_OF_THE_DAY_BEFORE = re.compile(r"\b(?:night|evening|morning|afternoon|hours)\s+of\s+$", re.IGNORECASE)
# ... or opening the expression itself ("[the early hours of 14 June 2019]": see tagger._join_parts_of_days)
_PART_OF_THE_DAY_AT = re.compile(r"the\s+(?:(?:very\s+)?(?:early|late)\s+)?(?:night|evening|morning|afternoon|(?:early|small|wee)\s+hours)\s+of\s",
                                 re.IGNORECASE)
# ... or told as its small hours or late night ("after a stabbing near the Stampede grounds [early Sunday]")
_SMALL_HOURS_OF_A_DAY_AT = re.compile(r"(?:early|late)\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
# ... or with the hour of what happened on it ("ripped through the seam at 10.40am on Monday, March 15, 1954")
_CLOCK_TIME_ON_BEFORE = re.compile(r"\bat\s+(?:about\s+|around\s+|approximately\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b\.?|[AP]M\b)\s+"
                                   r"(?:on\s+)?$", re.IGNORECASE)
# a weekday of a week told with it: before it ("last Wednesday", "this past Monday") or after it ("Wednesday last week",
# in the weekday's own span or right after it)
_A_WEEK_TOLD_BEFORE_THE_DAY = re.compile(r"(?:last|next|this|past|coming)\b", re.IGNORECASE)
_A_WEEK_TOLD_AFTER_THE_DAY = re.compile(r"\s+(?:last|this|next)\s+week\b", re.IGNORECASE)
# words before a date that make it a point counted from or to ("burning since Thursday", "until Friday")
_COUNTED_FROM_BEFORE = re.compile(r"(?i)\b(?:since|until|till|by|from|through|before)\s+$")
# the words of a dawn ("dawn", "daybreak", "first light", "sunrise")
_DAWN_WORDS = re.compile(r"\b(?:dawn|daybreak|sunrise|first\s+light)\b", re.IGNORECASE)
_INTO_BEFORE = re.compile(r"\binto\s+$", re.IGNORECASE)
# a month's figures ("will report on sales of new homes for February next week", "releases producer prices for April"):
# the month is the one the figures count, whichever side of the writing it lies, so the nearer one
_FIGURES_FOR_BEFORE = re.compile(r"\b(?:sales|prices|index|indicators|data|figures|numbers|statistics|orders|starts|payrolls|output|"
                                 r"production|inflation|spending|employment|unemployment|claims|exports|imports|reading)"
                                 r"(?:\s+[\w'’-]+){0,4}?\s+for\s+$", re.IGNORECASE)
# ... and a period named before its figures or accounts ("will release the June figure next Wednesday", "the March
# jobs report", "will report first-half results on Oct. 30")
_FIGURES_AFTER = re.compile(r"\s+(?:(?:jobs|inflation|trade|sales|payrolls?|employment|unemployment|retail|housing|CPI|GDP)\s+)?"
                            r"(?:figures?|data|reading|numbers?|report|statistics|print|results|earnings|profits?|accounts)\b",
                            re.IGNORECASE)
# a company's or a forecaster's look ahead ("expects revenue of $3.6 billion for the three months ending in September")
_FORECAST_WORD = re.compile(r"\b(?:expects?|expected|forecasts?|projects?|projected|predicts?|predicted|sees|guidance|outlook|estimates?)\b",
                            re.IGNORECASE)
# a counted period reported on, ending with the month after: "the 12 months ending in October", "the three months to June"
_COUNTED_PERIOD_ENDING_BEFORE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                                           r"(?:months?|weeks?|quarters?)\s+(?:ending|ended|to|through)\s+(?:in\s+|the\s+end\s+of\s+)?$",
                                           re.IGNORECASE)
# a change counted from a period, which is the point compared with: "expects sales to drop by about a quarter from [the
# April-June period]", "to rise 4% from the [first] quarter"
_CHANGE_FROM_A_PERIOD_BEFORE = re.compile(r"\b(?:drop|fall|decline|rise|increase|grow|climb|slip|dip|jump|rebound|recover)(?:s|ed|ing)?\s+"
                                          r"(?:by\s+)?(?:[\w%$€£.,-]+\s+){0,5}?from\s+(?:(?:its|their|last\s+year['’]s)\s+)?$", re.IGNORECASE)
# ... whose results are reported, ahead or not: "is due to publish results for the six months to [June 30]"
_RESULTS_FOR_A_COUNTED_PERIOD = re.compile(r"\b(?:results|figures|accounts|earnings|numbers|data|returns|(?:trading\s+)?update)\s+for\s+"
                                           r"the\s+(?:\w+\s+)?(?:months?|weeks?|quarters?|year|half)\s+(?:ending|ended|to|through)\s+"
                                           r"(?:in\s+|the\s+end\s+of\s+)?$", re.IGNORECASE)
_HAD_PLANNED = re.compile(r"\b(?:had\s+(?:been\s+)?(?:planned|planning|hoped|hoping|intended|due|expected|promised|pledged|vowed|aimed|"
                          r"supposed|scheduled|slated)|(?:was|were)\s+(?:due|supposed))\s+to\s+(?:[\w'’-]+\s+){0,14}?"
                          r"(?:on\s+|for\s+|by\s+|at\s+)?$"
                          # ... or a thing set for a time: "A second round had been pencilled in for June"
                          r"|\bhad\s+been\s+(?:pencill?ed|penciled|set|fixed|scheduled|slated|earmarked|booked)\s+(?:in\s+)?for\s+$"
                          # ... or a planned thing: "who had been planning a wider shake-up in the autumn"
                          r"|\bhad\s+(?:been\s+)?(?:planned|planning)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,5}?"
                          r"(?:in|for|on|by|at)\s+$"
                          # ... or due somewhere: "who had been due home on Sunday", "was due back on Monday"
                          r"|\b(?:had\s+been|was|were)\s+due\s+(?:home|back|in|out|there)\s+(?:on\s+|by\s+)?$", re.IGNORECASE)
# happenings a clock time may be told of again after the lede names them
_HAPPENING_NOUN = re.compile(r"\b(?:meeting|hearing|verdict|game|match|stage|race|vote|session|trial|debate|ceremony|eclipse|launch|"
                             r"summit|talks|concert|parade|final|semifinal|sentencing|auction|march|rally|protest|strike|"
                             r"service|funeral|inquest|election|referendum|polls|flight|landing|fire|blaze)s?\b", re.IGNORECASE)
# a market's move told up to a clock time ("were down 5.9 percent at 1.12 euros by")
_MARKET_MOVE_BY = re.compile(r"\b(?:percent|per\s+cent|pence|cents|euros|points|yen|dollars|pounds|basis\s+points)\b[^.;]{0,40}\bby\s+$"
                             r"|\b(?:fell|rose|dropped|climbed|gained|slid|jumped|traded|was\s+(?:up|down)|were\s+(?:up|down))\b[^.;]{0,60}\bby\s+$",
                             re.IGNORECASE)
_MODAL_PERFECT = re.compile(r"\b(?:should|would|will|must|could|may|might|to)\s+have\s+(?:been\s+)?\w+", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
_HAD_BEFORE = re.compile(r"\bhad\s+$", re.IGNORECASE)
_SAID_BEFORE = re.compile(r"\b(?:said|says|announced|warned|warns|predicted|predicts)\s+(?:that\s+)?$", re.IGNORECASE)
# a saying on a weekday reporting what would happen: "said Wednesday it would close ... on"
_SAID_DAY_THEN_WOULD = re.compile(r"\b(?:said|announced|told\s+\w+)\s+(?:on\s+)?(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
                                  r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+(?:that\s+)?[^;:!?]{0,120}?\bwould\b"
                                  # (not when the writer's own "will" follows: "who said on Friday that she would cut
                                  # back, will attend a concert on Tuesday evening" is the Tuesday to come)
                                  r"(?![^;:!?]*\b(?:will|shall)\b)[^;:!?]*$",
                                  re.IGNORECASE)
# ... or a decision or an order given on a weekday, for what was to follow it ("agreed in a videoconference on Monday to
# create 'safe zones' from 8 a.m. Tuesday")
_DECIDED_DAY_THEN_TO = re.compile(r"\b(?:agreed|decided|voted|ordered|told\s+\w+|asked\s+\w+|urged\s+\w+)\s+(?:[\w'’-]+\s+){0,4}?"
                                  r"(?:on\s+)?(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
                                  r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+to\s+[^;:!?]{0,120}$", re.IGNORECASE)
# an order or a permission given, for what is to be done on the date after it ("told restaurants and bars to shut their
# dining rooms at 9 p.m. Sunday", "were ordered to close on Friday night"; but an agreement to meet lies ahead)
# (not one to come, "will be allowed to return", undecided, "had not yet decided whether to play it", nor a participle's
# "to": "ordered flags lowered to half-staff until sunset Sunday")
_ORDERED_TO_BEFORE = re.compile(r"(?<!\bhad\s)(?<!\bhave\s)(?<!\bhas\s)(?<!\bbe\s)(?<!\bnot\s)(?<!\byet\s)\b(?:(?:was|were)\s+)?"
                                r"(?:ordered|told|instructed|allowed|permitted|authori[sz]ed|forced)\s+"
                                r"(?:(?!(?:whether|if|how|when)\b)[\w'’-]+(?<!ed)\s+){0,3}?to\s+(?:[\w'’\"-]+\s+){1,10}?"
                                r"(?:on\s+|at\s+|from\s+|by\s+)?$", re.IGNORECASE)
_WOULD_AFTER = re.compile(r"(?:\s+(?:and|or)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)?\s+(?:would|could|might)\b", re.IGNORECASE)
# hours a rule limits something to ("restricted visiting to between 2pm and 4pm", "to limit use of large
# appliances between 3 p.m. and 7 p.m.", "prohibits parking on town streets between 1 a.m. and 6 a.m.")
_LIMITED_TO_HOURS_BEFORE = re.compile(r"\b(?:restrict|restricts|restricted|restricting|limit|limits|limited|limiting|"
                                      r"prohibit|prohibits|prohibited|confined?)\b(?:\s+[\w'’-]+){0,6}?\s+(?:to\s+)?between\s+"
                                      rf"{_TIMES_BEFORE}$"
                                      # a curfew's or a ban's hours, a rule's ("The curfew now runs from 6 p.m." (but "imposed
                                      # a curfew from 7 p.m. to 6 a.m.": that night's, as the reviewers read it), "may
                                      # not drive between 11 p.m. and 6 a.m.", "are no longer allowed to drive through
                                      # College Green between 7am and 7pm", "barred heavy vehicles ... from 11am to 11pm")
                                      r"|\b(?:curfews?\s+(?:now\s+|still\s+|will\s+)?(?:runs?|is|are|lasts?|remains?|applies|apply|stays?|be)|"
                                      r"(?:may|must|cannot|can't)\s+not|not\s+(?:be\s+)?(?:allowed|permitted)|"
                                      r"no\s+longer\s+(?:be\s+)?(?:allowed|permitted)|barred|banned|forbidden)\b"
                                      rf"(?:\s+[\w'’-]+){{0,8}}?\s+(?:from|between)\s+{_TIMES_BEFORE}$", re.IGNORECASE)
# a timetable changed: "will leave Embakasi at 6.15am instead of 6.40am", "will open at 4 a.m. instead of 5 a.m."
_INSTEAD_OF_BEFORE = re.compile(r"\binstead\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_INSTEAD_OF_AFTER = re.compile(r"\s+(?:,\s*)?instead\s+of\s+(?:the\s+)?\d", re.IGNORECASE)
# ... and the hours a place is open, told in the present ("the athletic office, which is open from 8
# a.m. to 3 p.m."; but "when polls are open from 6:30 a.m." on a day just told is that day's)
_OPEN_HOURS_BEFORE = re.compile(rf"(?<!\bwhen\s)\b(?:[\w'’-]+\s+)(?:is|are)\s+(?:now\s+)?(?:open|staffed|manned)\s+"
                                rf"(?:daily\s+)?(?:from|between)\s+{_TIMES_BEFORE}$"
                                # ("Hours are 10 a.m. to 6 p.m.", "Opening hours are from 9am")
                                rf"|\b(?:opening\s+|visiting\s+|office\s+|business\s+)?hours\s+(?:are|will\s+be)\s+(?:from\s+)?{_TIMES_BEFORE}$",
                                re.IGNORECASE)
_WEEKDAY_STRETCH_BEFORE = re.compile(r"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?:to|through|thru|-|–)\s+"
                                     r"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*,?\s+(?:from\s+|at\s+|between\s+)?"
                                     r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:to|until|till|and|-|–)\s+)?$", re.IGNORECASE)
_THIS_WEEK_AFTER = re.compile(r"\s+(?:this|next)\s+week\b", re.IGNORECASE)  # "will stay open until 8pm this week"
_TIMETABLE_FREQUENCY = re.compile(r"\b(?:every\s+(?:\d+|few|two|three|four|five|ten|fifteen|twenty|thirty)\s+minutes|"
                                  r"(?:half-)?hourly)\b", re.IGNORECASE)
_TIMETABLE_START_BEFORE = re.compile(r"\b(?:effect|effective|from|starting|beginning)\s+(?:on\s+)?$", re.IGNORECASE)
# ... told before the time in another clause: "Hollis, who commutes every day, said she left at 5.30am"
_ANOTHER_CLAUSE = re.compile(r"\b(?:said|says|told|who|which|when|but)\b|[;:]", re.IGNORECASE)
# the outcome of a day, named before it in the subject ("The guilty verdict on Friday closes ...";
# but "A ruling on Friday will settle it" is to come)
_OUTCOME_NOUN_BEFORE = re.compile(rf"\b(?:verdicts?|rulings?|decisions?|judg(?:e)?ments?|{_UNPLANNED_NOUNS})\s+(?:on\s+)?$",
                                  re.IGNORECASE)
# happenings nobody schedules, told right before a day in a present clause: the day is gone ("Police
# investigating the crush at the festival on Saturday night are examining ...", "are appealing for
# witnesses to the stabbing on Saturday"), as an inquiry is into what has happened
_UNFORESEEN_BEFORE_DAY = re.compile(
    r"\b(?:the|a|an)\s+(?:[a-z]+(?:-[a-z]+)?\s+)?(?:attacks?|crash|crush|stampede|blast|explosions?|bombings?|shootings?|"
    r"killings?|fire|blaze|earthquake|quake|collapse|accident|derailment|collision|stabbings?|massacre|murders?|riots?|"
    r"ambush|assault|incident|outage|disaster|tragedy|spill|leak|eruption|landslide|avalanche|kidnapping|abduction|"
    r"hijacking|overdose|slaying|assassination|robbery|break-in|hit-and-run|carjacking)"
    r"(?:\s+(?:at|in|near|outside)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}|\s+)(?:on\s+)?$")
# what was recorded on a day, told right before it ("are reviewing footage from Wednesday evening", "anyone with video
# from Monday night is asked to call"): the day is gone
_RECORDED_FROM_BEFORE = re.compile(r"\b(?:footage|videos?|images|pictures|photos|photographs|recordings?|CCTV|dashcam|tapes)\s+"
                                   r"(?:\w+\s+)?from\s+$", re.IGNORECASE)
# ... and before a day of the month, with where and when it befell between (no verb)
_UNFORESEEN_THEN_BEFORE_DATE = re.compile(
    r"\b(?:the|a|an)\s+(?:[a-z]+(?:-[a-z]+)?\s+)?(?:attacks?|crash|crush|stampede|blast|explosions?|bombings?|shootings?|"
    r"killings?|fire|blaze|earthquake|quake|collapse|accident|derailment|collision|stabbings?|massacre|murders?|riots?|"
    r"ambush|assault|disaster|tragedy|kidnapping|abduction|hijacking|slaying|assassination|robbery|break-in|home\s+invasion|"
    r"hit-and-run|carjacking)"
    r"\s+(?:(?!\b(?:will|shall|would|could|to|is|are|was|were|has|have|had|be|and|but)\b)[^.;:,]){0,80}$")
# ... and before a month, with what it befell between: "the fatal shooting of Michael Brown, an unarmed
# black 18-year-old, in August"
_UNFORESEEN_OF_BEFORE_MONTH = re.compile(
    r"\b(?:the|a|an)\s+(?:[a-z]+(?:-[a-z]+)?\s+)?(?:attacks?|crash|crush|stampede|blast|explosions?|bombings?|shootings?|"
    r"killings?|earthquake|quake|collapse|derailment|collision|stabbings?|massacre|murders?|riots?|ambush|assault|"
    r"disaster|tragedy|spill|eruption|landslide|avalanche|kidnapping|abduction|hijacking|slaying|assassination)"
    r"\s+(?:of|at|in|near|outside|on)\s+(?:(?!\b(?:will|shall|would|could|to|is|are|was|were|has|have|had|be)\b)[^.;:]){0,90}?\s+in\s+$")
# ... and weather that came before what is told ("expected to fall this year after dry weather in key regions in")
_AFTER_WEATHER_IN_BEFORE = re.compile(
    r"\bafter\s+(?:[\w-]+\s+){0,3}?(?:weather|rains?|rainfall|downpours|droughts?|storms?|floods?|flooding|frosts?|snow|snowfalls?|"
    r"heat|heatwaves?|heat\s+waves?|dry\s+spells?|cold\s+snaps?|wildfires?|bushfires?)\s+(?:(?!\b(?:will|would|to|is|are|be)\b)[\w'’-]+\s+){0,5}?in\s+$",
    re.IGNORECASE)
# the northern season whose months a southern one takes ("summer" in Australia: December to February)
_SOUTHERN_MONTHS_OF = {"SU": "WI", "WI": "SU", "SP": "FA", "FA": "SP"}
_UNPLANNED = re.compile(rf"['’]s?\s+(?:[a-z]+(?:-[a-z]+)?\s+)?{_UNPLANNED_NOUNS}")
# "the Sept. 11 attacks", "the September 11 terrorist attacks": a day the news names without its year
_ATTACKS_OF_2001 = dt.date(2001, 9, 11)
_ATTACKS_AFTER = re.compile(r"(?:,\s*2001)?\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijackings?|hijackers|atrocit(?:y|ies)|commission|"
                            r"plotters?|victims|terror)\b", re.IGNORECASE)
_UNPLANNED_AFTER_DATE = re.compile(rf"\s+(?:[a-z]+(?:-[a-z]+)?\s+)?{_UNPLANNED_NOUNS}")
# ... and after these a coming clause takes part in it ("will compete in Sunday's final")
_TAKING_PART_IN = re.compile(r"\b(?:in|at|for|during)\s+(?:the\s+)?$", re.IGNORECASE)
# how long a past act took ("it took months to enrol", "it took until mid-July"): no look ahead
_TOOK_BEFORE = re.compile(r"\b(?:took|had\s+taken|has\s+taken)\b(?:\s+(?:him|her|them|us|it|me|[\w-]+)){0,3}\s+$", re.IGNORECASE)
# words that show a sentence looks ahead even when its verb is past ("invited them to a ceremony on
# March 12", "had been set to expire Nov. 6", "gave no reason for the Jan. 14 deadline")
_LOOKING_AHEAD = re.compile(
    r"\bto\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|this\b|that\b)[a-z]+\b|\b(?:will|would|shall|deadline|due|set|sets|"
    r"scheduled|schedules|invited|invites|expire[sd]?|payable|planned|plans|expected|expects|until|upcoming|"
    r"coming|next|away|likely|probable|setting\s+up|paving\s+the\s+way|ahead\s+of|sought|seeks|seeking|requested|requests)\b|['’]ll\b",
    re.IGNORECASE)
# ("with Election Day six days away", "led with 13 nominations, setting up a showdown at the ceremony on March 24"; what is
# sought or requested is for a time to come: "has sought an extra 400 megawatts from the northern grid for August")
# an infinitive that a past attempt or a past habit takes, before the date, looks nowhere ahead: "failed to arrive for
# her shift on 4 December", "used to close on Sundays"
_PAST_ATTEMPT_BEFORE = re.compile(r"\b(?:failed|managed|tried|refused|attempted|neglected|used|happened|began|started|ceased)\s+$",
                                  re.IGNORECASE)
# what "to" takes that is no verb ("restricted fireworks on Diwali to two hours")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred".split())
# verbs whose object an infinitive goes on with ("urged ... to act", "asked ... to leave")
_ASKING_BEFORE = re.compile(r"\b(?:urg|ask|call|tell|told|want|expect|invit|allow|forc|persuad|order|requir|encourag|press)"
                            r"(?:e|es|ed|s|ing)?\b", re.IGNORECASE)
# what is done in time for a day's event is done before it: that event is to come
_IN_TIME_FOR_BEFORE = re.compile(r"\bin\s+time\s+for\s+(?:the\s+)?$", re.IGNORECASE)
# an event looked forward to: "ahead of Sunday's election", "preparing for Sunday's final"
_AWAITED = re.compile(r"\b(?:ahead\s+of|in\s+advance\s+of|in\s+the\s+run-up\s+to|(?:prepar|gear)(?:e|es|ed|ing)\s+(?:up\s+)?for|"
                      r"brac(?:e|es|ed|ing)\s+(?:themselves\s+|itself\s+|ourselves\s+)?for|await(?:s|ing)?|"
                      r"until|till|left\s+before|(?:will|to)\s+(?:be\s+)?(?:watching|watch)(?:\s+closely)?|look(?:s|ing)?\s+(?:ahead\s+)?to)"
                      r"\s+(?:the\s+)?$", re.IGNORECASE)  # ("three days left before Tuesday's election", "will be watching Friday's jobs report")
# ... and an event that unsettles or is campaigned for, its date after it ("uncertainty over the EU referendum on June 23",
# "campaigning for the election on May 7"): whatever the clause's tense, awaited at the time told, so the nearer date
_AWAITED_EVENT_ON_BEFORE = re.compile(
    r"\b(?:uncertainty|worries|worry|fears?|concerns?|nervousness|jitters|anxiety|speculation|campaigning|campaigns?|run-up)\s+"
    r"(?:over|about|surrounding|before|for|ahead\s+of|to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:referendum|election|vote|poll|ballot|summit|decision|verdict|hearing|talks|meeting|deadline)\s+(?:on|in)\s+$", re.IGNORECASE)
# a deadline named by its day ("before a Monday deadline", "Friday's deadline"): one to come
_DEADLINE_AFTER_DAY = re.compile(r"(?:['’]s?)?\s+(?:\w+\s+)?deadline\b", re.IGNORECASE)
# a future told by a modal, not only by a word of planning ("will take effect", "is going to")
_MODAL_FUTURE = re.compile(r"\b(?:will|shall|won['’]t|going\s+to)\b|['’]ll\b"
                           # ... or by a plan told in the present ("is expected to cut rates in December")
                           r"|\b(?:is|are|am)\s+(?:\w+\s+)?(?:expected|scheduled|set|due|slated|poised|likely)\s+(?:to|for)\b"
                           r"|\b(?:expects|plans|intends|aims)\s+to\b", re.IGNORECASE)
_MORE_YEARS = re.compile(r"\s*(?:,|and|or|&)\s*((?:1[6-9]|20)\d\d)\b")
_YEAR_AFTER = re.compile(rf"\b(?:of|in)\s+(?:{V.MONTH_NAME}\s+)?((?:1[6-9]|20)\d\d)\b(?![\d,.%]\d|\s*(?:%|percent))")
# a period something happens in or by ("will close in the fourth quarter", "by the second half")
_IN_PERIOD_BEFORE = re.compile(r"\b(?:in|during|by|before|until|through)\s+(?:the\s+)?$", re.IGNORECASE)
# data reported for a period ("sales figures for March", "the jobs report for October", "inflation in May")
# what a count covers: "covers cases from", "covering deaths between"
_COVERED_FROM_BEFORE = re.compile(r"\b(?:covers?|covering|covered|spans?|spanning)\s+(?:(?:all\s+|the\s+)?(?:cases|deaths|infections|"
                                  r"admissions|data|figures|sales|arrivals|claims|incidents|the\s+period)\s+)?(?:from|between)\s+$",
                                  re.IGNORECASE)
_REPORTED_PERIOD_BEFORE = re.compile(
    r"\b(?:figures|data|numbers|statistics|stats|results|report|reading|readings|index|survey|sales|payrolls|inflation|"
    r"output|exports|imports|deficit|surplus|unemployment|salaries|salary|wages|rent|arrears|dues)\s+(?:for|covering)\s+$",
    re.IGNORECASE)  # ("ordered the city to pay workers their salaries for January and February")
# a futures contract's month, which is to come: "crude for January delivery", "Brent crude for
# January fell $2.43", "the December contract", "gold futures for February"
_DELIVERY_MONTH_BEFORE = re.compile(
    r"\b(?:crude|oil|brent|wti|gold|silver|copper|platinum|palladium|aluminium|aluminum|nickel|zinc|tin|gasoline|"
    r"diesel|gasoil|heating\s+oil|natural\s+gas|gas|wheat|corn|soybeans?|soy|cocoa|coffee|sugar|cotton|palm\s+oil|"
    r"cattle|hogs|futures|contracts?)\s+(?:futures\s+|contracts?\s+)?(?:for|due\s+in)\s+$", re.IGNORECASE)
_DELIVERY_MONTH_AFTER = re.compile(r"\s+(?:delivery|contract|futures|settlement|expiry|expiration)\b", re.IGNORECASE)
# a month naming a contract by its commodity: "November soybeans fell 22 cents", "December corn"
_COMMODITY_AFTER = re.compile(r"\s+(?:soybeans?|soymeal|soyoil|corn|wheat|oats|canola|cotton|cocoa|coffee|sugar|crude|"
                              r"live\s+cattle|feeder\s+cattle|cattle|lean\s+hogs|hogs|heating\s+oil|gasoline)\b(?!\s+(?:crop|harvest|planting|sales|exports|imports|production|output|prices))",
                              re.IGNORECASE)
_PRESENT_PERFECT = re.compile(r"\b(?:has|have|'ve)\s+(?:\w+\s+)?(?:been|[a-z]+ed|[a-z]+en)\b", re.IGNORECASE)
# a clause of its own that looks ahead: "... at 1:00pm[ and will not resume until] Friday"
_COMING_CLAUSE_BETWEEN = re.compile(r"\b(?:and|but|while|that)\b.*(?:\b(?:will|would|could|might|may|shall|won['’]t)\b"
                                    # ("said in its 5 p.m. advisory that the system ... was expected to become a major hurricane by Saturday")
                                    r"|\b(?:expected|due|set|likely|forecast|projected|scheduled)\s+to\b)", re.IGNORECASE | re.DOTALL)
# a subordinate phrase holding a date: "14 years after he first took office in [February 1999]"
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|since|before|when|until|than)\b", re.IGNORECASE)
# a sentence that leaves a past story for the news of now
_BACK_TO_NOW = re.compile(r"\s*[\"“‘]?(?:Meanwhile|Separately|Elsewhere|Now|Today|Currently|In other news|This year|These days)\b")
# a date told as the time of its sentence's event: "in 1939." "In December 2019," "during summer 2020,"
_STORY_DATE_BEFORE = re.compile(r"\b(?:in|during|on)\s+$", re.IGNORECASE)
# a participle after a comma before a date ("Under the accord, adopted in 2015, countries submit ...",
# "the 'Night Watch,' painted in 1642, was shown")
_PARTICIPLE_AFTER_COMMA = re.compile(r",[\"'”’]?\s+(?:\w+\s+)?[a-z]+(?:ed|en|wn|t)\s+(?:in|on|during)\s+$")
# a date that a figure is compared with: "eased to 24% from a record 38% in [September 2023]",
# "rose to 2.29 percent at 4:15 p.m., up from 1.63 percent on [May 2]"
_FROM_A_FIGURE_IN = re.compile(r"\b(?:from|compared\s+(?:with|to)|compares?\s+with)\s+(?:a\s+|an\s+|the\s+)?(?:record\s+|high\s+of\s+|low\s+of\s+|"
                               # ("That compares with an annual rate of 12.6 per cent in January")
                               r"(?:annual|monthly|average|jobless|unemployment|inflation|growth)?\s*(?:rate|level|figure|total)\s+of\s+)?"
                               r"(?:(?:more|less|fewer)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?"
                               r"[$€£¥]?\d(?:[^,;.]|[.,]\d){0,30}?\s(?:in|on|at)\s+$", re.IGNORECASE)  # ("from 256,000 in 1991")
# ... with or without its preposition: "jumped to 6.72 percent from 6.45 percent Thursday"
_FROM_A_FIGURE_AT = re.compile(_FROM_A_FIGURE_IN.pattern.replace(r"\s(?:in|on|at)\s+$", r"\s(?:(?:in|on|at)\s+)?$"), re.IGNORECASE)
# a result that is in by the time a coming clause speaks of it
_AFTER_A_RESULT = re.compile(r"\bafter\s+(?:a|an|the|their|his|her|its)\s+(?:[\w.-]+\s+){0,3}(?:win|victory|defeat|loss|draw|"
                             r"crash|attack|death|collapse|injury)\b(?:\s+[\w.'’-]+){0,6}\s+(?:on\s+)?$", re.IGNORECASE)
# a weekday proclaimed a holiday or a day of mourning: "declared Thursday a national holiday", "declares
# Wednesday public holiday", "declared Wednesday work-free"
# a result of a win that is a match to come, before its weekday: "to set up a semifinal against New Zealand
# on", "booked a place in the final on", "advanced to face Colombia on", "earned a rematch with Smith on" (not
# "secured a meeting with the minister on", which may be gone)
_FIXTURE_SET_UP_BEFORE = re.compile(
    r"\b(?:(?:set(?:s|ting)?\s+up|book(?:s|ed|ing)?|earn(?:s|ed|ing)?|secur(?:e|es|ed|ing)|clinch(?:es|ed|ing)?)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w'’-]+\s+){0,3}?(?:semi-?finals?|quarter-?finals?|finals?|"
    r"showdown|rematch|decider|play-?offs?|clash|tie|(?:place|spot|berth)\s+in\s+(?:the|next|this)\s+(?:[\w-]+\s+)?"
    r"(?:semi-?finals?|quarter-?finals?|finals?|round|knockout\s+stage))\b|"
    r"advanc(?:e|es|ed|ing)\s+to\s+(?:face|meet|play)\b)"
    r"[^.;!?]{0,60}?\bon\s+$", re.IGNORECASE)
_EFFECTIVE_BEFORE = re.compile(r"\beffective\s+(?:from\s+|on\s+|as\s+of\s+)?$", re.IGNORECASE)
# (two days at once too: "has declared Thursday and Friday public holidays")
_PROCLAIMED_BEFORE = re.compile(r"\b(?:declare[sd]?|declaring|proclaim(?:s|ed|ing)?)\s+"
                                r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:and|or)\s+)?$", re.IGNORECASE)
_A_DAY_OF_AFTER = re.compile(r"(?:\s+(?:and|or)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)?"
                             r"(?:,?\s+\w+\.?\s+\d{1,2},)?\s+(?:an?\s+|as\s+an?\s+)?(?:(?:special|statutory|public|national|bank|school)\s+)*"
                             r"(?:holidays?|work-free|days?\s+of\s+(?:national\s+)?(?:mourning|prayer|rest|reflection))\b", re.IGNORECASE)
# for "polling day": the nouns that name a vote, the date told right after it ("polling day on 1 May",
# "polling day, May 7"), a poll of opinion, the calling of a vote
_VOTE_NOUNS = r"elections?|polls?|votes?|ballots?|by-elections?|referendums?|polling"
# nouns that name the same happening, so "the eve of the walkout" is dated by "the strike is due to begin
# tomorrow"
_SAME_HAPPENING = tuple(frozenset(family) for family in (
    ("strike", "walkout", "stoppage"), ("talks", "negotiations"), ("launch", "liftoff", "lift-off", "blastoff")))
_DATE_AFTER_POLLING_DAY = re.compile(r",?\s+on\s+|,\s*|\s+\(|\s+(?:would|will|is|was|had|has)\s+(?:been\s+|be\s+)?(?:set\s+for\s+|fixed\s+for\s+|on\s+)?",
                                     re.IGNORECASE)  # (or what it is said to be: "polling day would be Friday, November 13th")
# votes counted, not held: "lost the motion by three votes last night", "won 52 votes"
_COUNTED_BEFORE = re.compile(r"\b(?:by|with|won|winning|got|received|took|of)\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|"
                             r"eleven|twelve|a\s+few|several|many|more|fewer)\s+$", re.IGNORECASE)
_A_SURVEY_BEFORE = re.compile(r"\b(?:opinion|exit|tracking|straw|Gallup|Newspoll|Ipsos|YouGov|private|internal)\s+$", re.IGNORECASE)
# a list's heading that tells its entries are to come
_AHEAD_HEADING = re.compile(r"(?:the\s+)?(?:(?P<next>next\s+week)|(?:week|days?|weekend)\s+ahead|coming\s+up|upcoming|"
                            r"what['’]?s\s+(?:next|ahead|coming(?:\s+up)?))(?:\s+in\s+[\w ]{1,20})?\s*:?", re.IGNORECASE)
_TO_VOTE_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)  # the verb: "The deadline to register to vote is midnight on ..."
_CALLED_BEFORE = re.compile(r"\b(?:called|calls|calling|announced|announces|set|sets|named|names)\s+(?:the|an?|a\s+snap)\s+(?:\w+\s+)?$",
                            re.IGNORECASE)
# a happening named as what something aims at, not as happening: "talks to avert the strike", "efforts to
# prevent a shutdown", "a bid to stop the vote"
# a happening told as put off or called off in its sentence ("had been due to begin on 2 September but was postponed")
# (the happening itself, in the passive: not "Obama, who canceled his trip")
_PUT_OFF = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?(?:postponed|put\s+off|called\s+off|cancell?ed|"
                      r"adjourned|rescheduled|pushed\s+back|delayed)\b", re.IGNORECASE)
_AIMED_AT_BEFORE = re.compile(r"\b(?:to\s+(?:avert|prevent|stop|avoid|block|head\s+off|end|halt)|against|averting|preventing)\s+"
                              r"(?:(?:the|a|an|this|that|any|further|planned|threatened|proposed|national|general)\s+)*$", re.IGNORECASE)
# a line that is only a day: a live blog's heading ("Wednesday, Nov. 4", "Tuesday 3 November 2020")
_DAY_HEADING_LINE = re.compile(r"[ \t]*(?:\#{1,6}[ \t]+)?(?:(?:(?i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?[ \t]*)?"
                               # (in capitals too: "SATURDAY, SEPT. 21", "THURSDAY 29 DECEMBER")
                               r"(?:(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?|"
                               r"\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?)(?:,?[ \t]+\d{4})?"
                               # or its weekday alone, as a log heads each day's calls ("MONDAY", "Memorial Day, Monday")
                               r"|(?:[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*)*,[ \t]+)?(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day))"
                               # (and the place of a tour's day in brackets: "Monday, March 5 (Canberra)")
                               r"(?:[ \t]*\([A-Z][^()\n]{0,40}\))?[ \t.:]*")
# what is laid on for a holiday: "an advisory for the Deepavali weekend", "extra trains for Christmas"
_PROVIDED_FOR_BEFORE = re.compile(r"\b(?:advisor(?:y|ies)|alerts?|warnings?|plans?|preparations?|arrangements?|restrictions?|"
                                  r"curbs?|diversions?|closures?|schedules?|timetables?|services|buses|trains|flights|"
                                  r"tickets|bookings|security|patrols|deployments?|measures)\s+for\s+(?:the\s+)?$", re.IGNORECASE)
# a holiday naming a thing of its season: a lowercase noun after it, not a verb nor a word of a phrase
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?!(?:and|or|nor|but|to|of|in|on|at|for|with|by|from|as|is|was|were|are|has|had|have|will|"
                                r"would|could|the|a|an|this|that|when|while|which|who|after|before|until|since|day|eve|"
                                r"falls?|fell|comes?|came|approach(?:es)?|nears?|arrives?|drew|draws?|itself)\b)[a-z]+(?<!ed)\b")
_HOLIDAY_SEASON_DAYS = 45  # how far ahead a holiday's season is under way
# goods and trips got ready for a holiday ("shipping Christmas stock", "booked Christmas trips", "ordering goods for
# Christmas"): the trade readies them months ahead, so a past clause about them tells of the coming holiday
_GOODS_FOR_A_HOLIDAY_AFTER = re.compile(r"\s+(?:stocks?|orders|merchandise|goods|inventor(?:y|ies)|imports|shipments|"
                                        r"deliveries|trips|bookings|toys|presents|gifts)\b", re.IGNORECASE)
_GOODS_FOR_A_HOLIDAY_BEFORE = re.compile(r"\b(?:stocks?|orders|ordered|ordering|merchandise|goods|inventor(?:y|ies)|imports|"
                                         r"shipments|shipped|shipping|stocked|stocking|booked|booking|flagship|toys|presents|gifts)"
                                         r"\s+(?:[a-z]+\s+){0,2}?for\s+(?:the\s+)?$", re.IGNORECASE)
_HOLIDAY_TRADE_DAYS = 200  # how far ahead the trade readies a holiday's goods
# "that" opening a reported clause, not pointing back ("estimated that June's strike cost ...", not "that June")
_THAT_OF_A_CLAUSE_BEFORE = re.compile(r"\b(?:said|says|say|told|tells|added|reported|estimated|estimates|believe[sd]?|"
                                      r"thinks?|thought|warned|warns|noted|notes|argued|argues|claimed|claims|showed|shows|"
                                      r"found|finds|announced|announces|expected|expects|hopes?|hoped|feared|fears?|knows?|knew|"
                                      # (or a conjunction: "so that May 1 can be kept free")
                                      r"so|now|given|except|provided)"
                                      # (with the saying's day between: "said on Friday that December sales were up")
                                      r"(?:\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|\s+(?:yesterday|today|last\s+week))?"
                                      r"\s+that\s+$", re.IGNORECASE)
# ... and any verb before "that" when a verb follows the date: the clause it opens ("Officials also confirmed that April 29
# will be a public holiday"; but "was sentenced that June to 41 months": that June)
_VERB_BEFORE_THAT = re.compile(r"\b(?:[a-z]{3,}ed|[a-z]{3,}s)\s+that\s+$", re.IGNORECASE)
_FINITE_VERB_AFTER = re.compile(r"\s+(?:will|would|is|was|are|were|has|had|could|should|can|may|might|must|falls?|fell)\b")
_HOLIDAY_WORD = re.compile(V.HOLIDAY, re.IGNORECASE)
_AS_OF_BEFORE = re.compile(r"\bas\s+of\s+$", re.IGNORECASE)
_SAID_PAST = re.compile(r"\b(?:said|told|added|declared|shouted|cried|wept|recalled)\b")
_LEDE_CHARACTERS = 600  # where a story's first sentence with a day begins, at the latest, to be its lede
_EARLIER_CLAUSE = re.compile(r"\b(?:after|since|following|at\s+which|extending|having)\b", re.IGNORECASE)  # ("close to the hour at which the first boats landed on April 25, 1915")
_MONTH_WORD = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
# a weekday right before a date, in brackets or after a comma ("Monday (Sept 4)", "Thanksgiving Monday, Oct. 10")
_WEEKDAY_BRACKET_BEFORE = re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s*\(\s*|,\s+)$")
_BRACKETED_DATE = re.compile(rf"\s*\(\s*(?:(?P<m1>{_MONTH_WORD})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_WORD}))\s*\)")
# ... and, a few words after a weekday that names a kind of happening, the date it is told on ("a Friday night fixture
# against Parramatta on April 28")
_DATE_OF_THE_HAPPENING = re.compile(rf"(?:\s+[\w'’-]+){{1,5}}?\s+on\s+(?:(?P<m1>{_MONTH_WORD})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|"
                                    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_WORD}))\b")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_DATE_BESIDE = re.compile(rf",?\s+(?:(?P<m1>{_MONTH_WORD})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_WORD}))\b(?!,?\s+\d)")
# (or told on it: "Diwali, which falls on Oct. 23, 2014", "Lunar New Year on Feb. 19, 2015")
_DATE_WITH_YEAR_BESIDE = re.compile(rf",?\s+(?:(?:which\s+(?:falls|fell|is|was)\s+|falling\s+)?on\s+)?"
                                    rf"(?:{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD}),?\s+((?:1[6-9]|20)\d\d)\b")
_SINCE_OR_RELATIVE_BEFORE = re.compile(r"\b(?:since|who|which)\b[^,;]*$", re.IGNORECASE)
_HISTORY_YEARS = 5  # how many years back a date written out in full tells a story of the past, not of the news
# a date written out with its year: "Aug. 25, 1944", "14 June 1982", "June 1982"
_FULL_DATE = re.compile(rf"\b(?:(?P<m1>{_MONTH_WORD})\s+(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+"
                        rf"(?P<m2>{_MONTH_WORD}),?\s+)(?P<year>(?:1[6-9]|20)\d\d)\b")
# what joins a date to a time that came just before or after it: ", after ...", ", weeks before ..."
_LINKED_BY_ORDER = re.compile(r",\s+(?:(?:just|only|shortly|soon|days|weeks|months|a\s+(?:day|week|month)|two\s+(?:days|weeks|months))\s+)?"
                              r"(?P<word>after|before|following)\b", re.IGNORECASE)
# ... with no other time, year or figure between
_ANOTHER_TIME_BETWEEN = re.compile(rf"\b(?:{_MONTH_WORD}|(?:1[6-9]|20)\d\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                                   r"yesterday|today|last|next|this)\b", re.IGNORECASE)
_COMPARED_SINCE = re.compile(r"\b(?:since|than|from|until|till|to)\s+$", re.IGNORECASE)
# the hours a part of the day holds ("this morning" holds no 2:56 p.m.)
_HOURS_OF_PART = {"MO": range(4, 12), "AF": range(13, 18), "EV": range(17, 23), "NI": (20, 21, 22, 23, 0, 1, 2, 3, 4)}
_PAST_PERFECT_BEFORE = re.compile(r"\bhad\s+(?:not\s+|already\s+|just\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ft|ne|ck|ng)\b", re.IGNORECASE)
_LEDE_REACH = 800  # how far into a text its lede's day is told (past a headline and a dateline)
_UNTIL_OR_BY_BEFORE = re.compile(r"\b(?:to|until|till|by|before)\s+$", re.IGNORECASE)
_DAY_NAMED_IN = re.compile(rf"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{_MONTH_WORD}|today|tonight|tomorrow|yesterday)\b",
                           re.IGNORECASE)
_BETWEEN_OR_FROM_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
# a plan for a day that the sentence then tells was called off: "the stage planned for Friday, which would have
# crossed the Gavia, was cancelled" (a plan changed, as _CHANGED_PLAN has them)
_PLANNED_FOR_BEFORE = re.compile(r"\b(?:planned|scheduled|set|slated|due)\s+(?:for\s+|on\s+)$", re.IGNORECASE)
_CALLED_OFF_AFTER = re.compile(r"(?:,[^.;]{0,80}?,)?\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:cancell?ed|called\s+off|"
                               r"scrapped|abandoned|postponed|put\s+off|delayed|moved|axed)\b", re.IGNORECASE)
_WAS_TO_BEFORE = re.compile(r"\b(?:was|were|had\s+been)\s+(?:set|scheduled|due|expected|supposed|slated|planned|originally\s+\w+)\s+to\b",
                            re.IGNORECASE)
# a plan told in an aside ("The city will postpone construction, originally scheduled to begin in January")
_ORIGINAL_PLAN_ASIDE = re.compile(r",\s+(?:originally|initially|first)\s+(?:planned|scheduled|set|slated|due|expected)\b", re.IGNORECASE)
_BUT_UNDONE_AFTER = re.compile(r"[^.;]{0,40}?\bbut\s+(?:it\s+|they\s+)?(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:delayed|postponed|"
                               r"put\s+off|pushed\s+back|cancell?ed|called\s+off|scrapped|moved|halted|suspended)\b", re.IGNORECASE)
# ... or that it went on past it: "was scheduled to close on Friday evening but ran more than 40 hours over"
_BUT_OVERRAN_AFTER = re.compile(r"[^.;]{0,40}?\bbut\s+(?:it\s+|they\s+)?(?:ran|went|dragged|overran|stretched|continued|lasted|"
                                r"spilled)\s+(?:on|over|into|past|beyond|until|for|\d|more|another|a|an|well)\b", re.IGNORECASE)
# the heading of an almanac column, and the opening of one of its entries ("In 1959, ...", "1977: ...")
_ALMANAC_HEADING = re.compile(r"(?im)^[ \t]*(?:Today\s+in\s+History|Today['’]s\s+Highlight\s+in\s+History|On\s+this\s+(?:day|date))"
                              r"[ \t]*(?::[^\n]*)?$")  # a line of its own ("On this date:", "On this day: 18 October")
_ENTRY_YEAR = re.compile(r"(?:\d{4}|(?:Last|One|Two|Three|Five|Ten|Fifteen|Twenty|Twenty-five|Fifty|\d+)\s+years?(?:\s+ago)?)[,:]\s",
                         re.IGNORECASE)
_ENTRY_OPENS_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:(?:On\s+this\s+(?:date|day)\s+)?[Ii]n\s+)?$")
# a stretch up to now that what follows in the sentence falls in ("a series of walkouts over the past two years, including")
_A_SPAN_GONE_BEFORE = re.compile(r"\b(?:over|in|during|within)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|months|year|decades?)\b,?\s+"
                                 r"(?:including|such\s+as|among\s+them)\b[^.;]*$", re.IGNORECASE)
# what came a short while before a date ("just weeks before the busy Fourth of July", "days ahead of the Nov. 5 vote")
_SHORTLY_BEFORE_A_DATE = re.compile(r"\b(?:hours|days|weeks|a\s+(?:day|week)|a\s+few\s+(?:days|weeks)|two\s+weeks)\s+(?:before|ahead\s+of)\s+"
                                    r"(?:the\s+)?(?:[a-z-]+\s+)?$", re.IGNORECASE)
# a measure declared for days ("declared a state of contingency from Monday through Friday")
_MEASURE_DECLARED = re.compile(r"\b(?:declared|imposed|ordered|announced|introduced|issued)\b", re.IGNORECASE)
_STRETCH_THROUGH_WEEKDAY_AFTER = re.compile(r"\s+(?:through|thru|to|until|till|-|–)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_DEICTIC_DAY_AT = re.compile(r"(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening))\b", re.IGNORECASE)
# the day a feast kept by the sighted moon is said to fall on, right after its name ("Eid-ul-Fitr, which fell on March 31",
# "Eid falls on Thursday", "Eid will be celebrated on Saturday", "Eid al-Adha falls on Saturday in Bangladesh")
_DAY_A_FEAST_FALLS_ON = re.compile(
    rf"(?:,?\s+which)?\s+(?:(?:is|was|will\s+be|would\s+be|is\s+expected\s+to\s+be)\s+)?(?:(?:celebrated|marked|observed|kept)\s+"
    rf"|(?:falls?|fell|will\s+fall|is\s+expected\s+to\s+fall)\s+)?on\s+(?:(?P<wd>{V.WEEKDAY_NAME})"
    rf"|(?P<month>{V.MONTH_NAME})\.?\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{V.MONTH_NAME}))\b")
# a period named as the one a figure is compared with ("the same period in 2018", "the corresponding quarter of 2008")
_SAME_PERIOD = re.compile(r"the\s+(?:same|comparable|corresponding)\s+(?:period|quarter)\b", re.IGNORECASE)
_THAN_IN_BEFORE = re.compile(r"(?<!rather\s)\bthan\s+(?:in|during)\s+$", re.IGNORECASE)  # (not "rather than in September": another choice)
# (in the holiday's own clause: not "trading over Christmas had been disappointing and that profit this year would fall")
_THIS_YEAR_AFTER = re.compile(r"(?:,\s+which\s+)?(?:(?!\b(?:and|but|that|while|whereas|although)\b)[^,;\"“”])*?\bthis\s+year\b",
                              re.IGNORECASE)
# a clock time of voting: "Polls opened at 8 a.m.", "polling in two parishes started at 11.00am"
_POLLING = re.compile(r"\b(?:polls|polling|voting|voters\s+(?:queued|lined|began|started))\b", re.IGNORECASE)
# ... and a day that names a vote: "Thursday's parliamentary by-election", "the June 27 parliamentary polls"
_AN_ELECTION_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:elections?|by-elections?|run-?offs?|polls|vote|ballot|"
                                r"referendum|primar(?:y|ies))\b", re.IGNORECASE)
_APPOSITION_TO = re.compile(r",\s*(?:just\s+|exactly\s+|only\s+|barely\s+|some\s+)?")
_ANOTHER_CLAUSE_BETWEEN = re.compile(r"[,;]\s+(?:but|and|while|whereas|with|though|although|saying|adding|according\s+to|which|who)\s"
                                     # "..., as Pearse had done on Easter Monday, 1916" (but "started at noon, as it
                                     # has on Patriots' Day for decades": that day's)
                                     r"|,\s+as\s+[^,;]*\b(?:had|was|were|did)\s"
                                     # "advised drivers to avoid the roads between 10 a.m. and 7 p.m. and forecast a
                                     # calmer Sunday": a second verb of the subject, with a day of its own
                                     r"|\s+and\s+(?:forecast|predicted|warned|expected|said|added|promised|urged)\s"
                                     # "In a speech at 9 p.m. EST, Bush will say the brigades will arrive by Jan. 15": what
                                     # the speaker tells is another clause, its day not the speech's
                                     r"|,\s+(?:(?-i:[A-Z][a-z]+)|he|she|they|it|officials)\s+(?:will\s+|would\s+)?"
                                     r"(?:say|says|said|tell|tells|told|announce|announces|announced)\b", re.IGNORECASE)
# a time's happening told as following what a later day tells ("came after a newspaper reported on [Wednesday]")
_CAME_AFTER = re.compile(r"\b(?:came|comes|come)\s+(?:[\w'’-]+\s+){0,3}?(?:after|on\s+the\s+heels\s+of)\b"
                         r"|\b(?:followed|follows)\s+(?:a|an|the|his|her|its|their)\s", re.IGNORECASE)  # (not "followed by the funeral")
# a day a figure is compared with, right before it ("the lowest since [Friday]"; and "from" before a day's level: "up
# $3.64 from [Monday]'s close", but not "will leave at 5.30am from Monday", the first day of a stretch)
_COMPARED_DAY_BEFORE = re.compile(r"\b(?:since|than|compared\s+(?:with|to)|versus|vs\.?)\s+$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# a record measured against, between a time and a day after it ("at 22:50, only 7cm short of the record set on")
_RECORD_BETWEEN = re.compile(r"\b(?:record|previous\s+(?:high|peak|best|low|mark))\b", re.IGNORECASE)
# what is still to be decided, between a time and a day after it ("by 5 p.m. whether classes would resume tomorrow")
_WHETHER_BETWEEN = re.compile(r"\b(?:whether|if)\b", re.IGNORECASE)
# the end of what was said, then its attribution, up to a time ("..., the National Hurricane Center said in its "; not a
# clause of its own: "early yesterday, after Soviet state television announced at 6 a.m.")
_ATTRIBUTION_BETWEEN = re.compile(r"[^,;.]{0,40},\s+(?!(?:after|before|when|as|while|since|because|until|once|though|although|if)\b)"
                                  r"(?:[^,;.]{0,80}\s)?(?:said|says|reported|announced|added|warned|told\s+\w+)"
                                  r"\s+(?:in|at|on|during|shortly\s+after|after|before)\s+(?:(?:its|his|her|their|a|an|the)\s+)?"
                                  r"(?:[\w.-]+\s+){0,2}?(?:about\s+|around\s+)?", re.IGNORECASE)
# the end of a stretch ("runs for 17 days until Sunday, June 25"): no day a clock time after it is on
_STRETCH_END_BEFORE = re.compile(r"\b(?:until|till|through|to)\s+$", re.IGNORECASE)
_CAUSE_PHRASE_BEFORE = re.compile(r"\b(?:after|following|since|amid)\s+(?:a|an|the|its|his|her|their)\s[^,;:.]*$"
                                  # ("rose another 0.4 percent after hitting a record high on Monday", "up from 4.23
                                  # percent before the budget on Wednesday": what came before the news)
                                  r"|\bafter\s+[a-z]+ing\s+(?:a|an|the|its|his|her|their)\s[^,;:.]*$"
                                  r"|\bfrom\s+[$€£¥]?\d[^,;:]{0,30}?\sbefore\s+the\s[^,;:.]*$", re.IGNORECASE)
_IT_IS_BEFORE = re.compile(r"\bit(?:['’]s|\s+is)\s+(?:now\s+|just\s+)?$", re.IGNORECASE)
_CLOCK_TIME = re.compile(r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b", re.IGNORECASE)  # (clock times are resolved last)
_RELATIVE_CLAUSE = re.compile(r"\b(?:that|which|who|whose)\b[^,;]*$|,\s*[a-z]+(?:ed|en|wn)\s+[^,;]*$", re.IGNORECASE)
# (and a body "set up" in a year, told in apposition: "Deccan Bank, set up in 1921, has 118 branches")
_BACKGROUND_VERB = re.compile(r"\b(?:born|built|founded|established|constructed|erected|incorporated)\b|,\s*set\s+up\s+in\b",
                              re.IGNORECASE)
_STORY_DATE_AFTER = re.compile(r"[^.,;:!?\n]{1,30}?\s*(?:[.,;:!?]|$)")
# quotations and their attribution ("..., he told reporters on Wednesday")
_QUOTE_OPEN_MARKS = ("“", "``", "‘‘")
_QUOTE_CLOSE = re.compile(r"”|''|’’|\"(?=[\s,.;:!?)]|$)")
# the dots of "a.m." and "p.m.", which end no sentence before a weekday ("11 p.m. Tuesday")
_MERIDIEM_DOT = r"(?<=[ap])\.(?=m\.)|(?<=[ap]\.m)\.(?=\s+[A-Z][a-z]+day\b)"
# the full stop of a title before a name ("Mr. Aubry said at a briefing on Thursday"), which ends no sentence
_TITLE_DOT = "(?:" + "|".join(rf"(?<=\b{t})" for t in TITLES) + r")\.(?=\s+[A-Z])"
_SENTENCE_REST = re.compile(rf"(?:[^.!?\n“]|{_MERIDIEM_DOT}|{_TITLE_DOT}){{0,160}}")
_SAID_ON_DAY = re.compile(
    r"\b(?:said|says|told|tells|added|adds|asked|declared|wrote|announced|insisted|stated|warned|argued)\b"
    # (not a day of a relative clause about the speaker: "said Uwe Bremer, a supporter who arrived Thursday night")
    rf"(?:(?!\b(?:who|whose|which|where|when)\b)(?:[^.;:\n]|{_MERIDIEM_DOT}|{_TITLE_DOT}|(?<=\d):(?=\d))){{0,80}}?\b(?:on\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s+(?:he|she|they|it|officials)?\s*(?:said|told)\b")


# an attribution told yesterday: "she said yesterday", "he told the BBC yesterday"
_SAID_YESTERDAY = re.compile(r"\b(?:said|told|added|wrote|declared|insisted|warned)\s+(?:(?:reporters|journalists|the\s+\w+|[A-Z]\w+)\s+)?"
                             # (with its part of the day: "she said yesterday afternoon", not "yesterday afternoon's talks")
                             r"(?P<day>yesterday)\b(?:\s+(?:morning|afternoon|evening)\b(?![’']s))?"
                             r"(?!\s+(?:morning|afternoon|evening|that|it|he|she|they|the))")
# a day right after the verb of saying: "said Wednesday", "told reporters on Tuesday"
_SAID_DAY_AFTER_VERB = re.compile(r"\b(?:said|says|told|tells|added)\s+(?:(?:reporters|journalists|supporters|(?:the|a)\s+\w+)\s+)?"
                                  r"(?:on\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _quote_opening(text: str, start: int) -> int | None:
    """Where the quotation holding ``start`` opens, if ``start`` is inside one (curly, TeX-style or
    straight double quotes within the paragraph)."""
    paragraph = max(text.rfind("\n\n", 0, start), 0)
    window = text[paragraph:start]
    opening = max(window.rfind(mark) for mark in _QUOTE_OPEN_MARKS)
    closing = max(window.rfind("”"), window.rfind("''"), window.rfind("’’"))
    if opening > closing:
        return paragraph + opening
    straight = [i for i, ch in enumerate(window) if ch == '"']
    if len(straight) % 2 == 1:
        return paragraph + straight[-1]
    return None


# "Sunday's programme begins at 1pm", "Sunday's parade will start at noon": a happening to come,
# by the verb its possessive day is the subject of (not "Sunday's attack will be investigated")
# a price a day set: "a premium over Thursday's closing price"
_PRICE_OF_THE_DAY_AFTER = re.compile(r"['’]s\s+(?:closing|close|opening|settlement|settling)\b", re.IGNORECASE)
# a past act done in or to a day's happening: "won Monday's election", "declared him the winner of Monday's vote"
_PAST_ACT_BEFORE_POSSESSIVE = re.compile(r"\b(?:won|lost|swept|declared|conceded|boycotted|disputed|rigged|"
                                         r"contested|annulled|certified|marred|disrupted)\b(?![^.;]*\b(?:would|will)\b)"
                                         r"[^.;]{0,60}$", re.IGNORECASE)
_SCHEDULED_AFTER_POSSESSIVE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){1,3}?(?:will\s+(?:now\s+)?|is\s+(?:scheduled|set|due|expected)\s+to\s+)?"
    r"(?:start|starts|begin|begins|open|opens|kick\s+off|kicks\s+off|get\s+under\s*way|gets\s+under\s*way|take\s+place|"
    r"takes\s+place|be\s+(?:held|shown|broadcast|televised|streamed|aired|played)|go\s+ahead|goes\s+ahead|feature|features|run|runs|get\s+going)\b", re.IGNORECASE)
# ... and one whose own verb, right after it, is "would" or "will" go ahead ("Christie said Tuesday's election would go
# ahead as planned"): to come, whatever the saying's tense
_WOULD_GO_AHEAD_AFTER_POSSESSIVE = re.compile(r"['’]s\s+(?:[\w-]+\s+){1,3}?(?:would|will)\s+(?:still\s+)?(?:go\s+ahead|take\s+place|"
                                              r"be\s+held|proceed|start|begin|open)\b", re.IGNORECASE)
# a day a stretch runs to: "from 6 am on Saturday till 10 pm on Monday", "begins at 4pm on Thursday and ends at 6am on Tuesday"
_RANGE_END_BEFORE = re.compile(r"\b(?:till|until|through|thru|to|(?:and\s+)?(?:ends?|ending|finish(?:es)?|closes?|runs?\s+(?:until|till|to|through)))"
                               r"\s+(?:(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s+|noon\s+|midnight\s+)?(?:on\s+)?$", re.IGNORECASE)
# a weekday that ends a stretch, told without its date (not "until Saturday, April 11": dated)
_UNDATED_WEEKDAY = (r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                    r"(?!,?\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))")
_UNTIL_WEEKDAY = re.compile(r"\s*(?:to|through|thru|until|till|-|–)\s*(?:on\s+)?" + _UNDATED_WEEKDAY)
_AND_WEEKDAY = re.compile(r"\s*and\s+" + _UNDATED_WEEKDAY)  # ... "between Thursday and Tuesday"
# the threshold of a holiday: "at the start of the Labor Day weekend", "on the eve of the Easter holidays"
_THRESHOLD_OF_BEFORE = re.compile(r"\b(?:start|beginning|eve|threshold|cusp)\s+of\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
_THRESHOLD_OPENING = re.compile(r"(?:the\s+)?(?:start|beginning)\s+of\s+the\s+", re.IGNORECASE)  # ... inside the expression
# a weekend a holiday makes long, told without the holiday's name ("the holiday weekend", "the long weekend")
_A_HOLIDAYS_WEEKEND = re.compile(r"the\s+(?:long\s+holiday|bank\s+holiday|holiday|long|three-day|four-day)\s+weekend", re.IGNORECASE)
_AWAITED_WEEKEND = re.compile(r"\b(?:by|until|till|before|ahead\s+of)\s+$", re.IGNORECASE)
# two weekdays joined: "Tuesday and Wednesday", "Monday to Friday", "Saturday or Sunday"
_COORDINATION = re.compile(r"\s*,?\s*(?:and|or|to|through|thru|until|till|-|–|—)\s+(?:on\s+)?|\s*[-–—]\s*"
                           # alternatives: "maybe tomorrow, maybe Monday", "perhaps Friday, perhaps Saturday"
                           r"|\s*,\s*(?:or\s+)?(?:maybe|perhaps|possibly)\s+(?:on\s+)?"
                           # a count shared out over days: "three matches on Friday, four on Saturday and three on Sunday"
                           r"|\s*,?\s*(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
                           r"(?:\s+[a-z]+)?\s+on\s+", re.IGNORECASE)
_LISTED = re.compile(r"\s*,?\s*(?:and|or)\s+(?:in\s+|on\s+)?|\s*,\s*", re.IGNORECASE)
# a crime or a disaster told with its day: the night a story goes back to hour by hour ("the murder of
# Martin Rafferty ... on September 14th, 2012", "disappeared while walking home on Oct. 4, 1974")
_HARM_BEFORE_DAY = re.compile(
    r"\b(?:murder(?:ed|ing|s)?|kill(?:ed|ing)|stabb(?:ed|ing)|stabbed|shot|shooting|attack(?:ed|ing)|assault(?:ed|ing)?|"
    r"strangl(?:ed|ing)|disappear(?:ed|ance)|vanish(?:ed|ing)|abduct(?:ed|ion)|rap(?:ed|e)|robb(?:ed|ery)|"
    r"crash(?:ed)?|plunged|exploded|explosion|derailed|sank|collided|died|death|manslaughter)\b"
    r"(?:[^.;!?]|\.(?=\d|\s+[a-z]))*$", re.IGNORECASE)
# ", marking the birthday of the poet in 1759,"; an apposition that tells what the day is, to its
# sentence's end: "Monday was Patriots' Day, a Massachusetts holiday marking the first battles ... in 1775."
_ASIDE_AFTER = re.compile(r",\s+(?:[a-z]+ing|which|who|when)\b[^,;]*,|,\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?"
                          r"(?:holiday|day|festival|feast|anniversary|commemoration)\b[^,;]*(?:,|$)")
_WHEN_AFTER_YEAR = re.compile(r",?\s+when\b")  # "its largest outbreak in 2018, when 171 deaths were confirmed between January and December"
_ATTRIBUTIVE_HOLIDAY_AFTER = re.compile(r"\s+(?:shopping|holiday|festive|trading|sales?|selling|party|travel|rush)\b", re.IGNORECASE)
# a holiday's takings, told to come days after it: "will update the City on their Christmas trading in January"
_TRADING_OF_A_HOLIDAY_AFTER = re.compile(r"\s+(?:trading|sales|takings|spending|figures|results)\b", re.IGNORECASE)
_LISTED_HOLIDAY_DAYS = 60  # how far after the day before it a listed holiday may fall ("Thanksgiving and Christmas")
# who is named for a coming contest: "Forty horses were declared for Saturday's Grand National",
# "has been selected for Sunday's final", "is a doubt for Tuesday's game"
_PICKED_FOR_BEFORE = re.compile(r"\b(?:declared|entered|named|selected|picked|chosen|drafted|confirmed|fit|ready|doubtful|doubt|"
                                r"lines?\s+up|lined\s+up|qualified|favourite|favorite)\s+(?:[\w'’-]+\s+){0,3}?for\s+(?:the\s+)?$",
                                re.IGNORECASE)
# a piece looking back on a time: an anniversary, "50 years ago", "25 years on"
_NARRATED_DATE_BEFORE = re.compile(r"\b(?:in|during|on|of)\s+$", re.IGNORECASE)  # ("on the morning of Aug. 6, 1945")
_LOOKING_BACK = re.compile(r"\b(?:anniversary|centenary|centennial|bicentenary|(?:\d+|ten|twenty|thirty|forty|fifty|sixty|seventy|"
                           r"eighty|a\s+hundred|\w+-\w+)\s+years\s+(?:ago|on(?!\s+average)|later|since))\b", re.IGNORECASE)
# a day and then the hours of it: "next Sunday between [1am]", "tomorrow from [10am]", "on Saturday, from [9 a.m.]"
_DAY_THEN_HOURS = re.compile(r",?\s+(?:between|from)\s+(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight)\s*(?:and|to|until|till|-|–)\s*)?",
                             re.IGNORECASE)
_UNTIL_WORDS = r"until|till|to|through|-|–"
# a date heading its line's entry: "- 10 March: ...", "Oct. 17 -- ...", "Monday — ..."
_HEADS_ITS_LINE = re.compile(r"[ \t]*(?::|--|[—–-](?=[ \t]))[ \t]+")
# a plan given up, told after its date: "had planned to open in September but pushed it back"
_PLAN_GIVEN_UP_AFTER = re.compile(r"[^.;]{0,40}?\bbut\s+(?:[\w'’-]+\s+){0,3}?(?:pushed|put|delayed|postponed|moved|scrapped|"
                                  r"cancell?ed|abandoned|dropped|shelved|called)\b", re.IGNORECASE)
# a new date granted, right after its noun: "a Brexit delay to Oct. 31", "an extension until January 31"
_EXTENSION_TO_BEFORE = re.compile(r"\b(?:delay|extension|postponement|reprieve|adjournment)\s+(?:[\w'’-]+\s+){0,3}?"
                                  r"(?:to|until|till)\s+$", re.IGNORECASE)
# a plan told in an aside, then the main clause's past verb: "The summit, scheduled to end on Saturday, was extended"
_PLAN_ASIDE_BEFORE = re.compile(r",\s+(?:originally\s+|initially\s+)?(?:scheduled|planned|due|set|slated|expected)\s+to\s+"
                                r"(?:[\w'’-]+\s+){1,4}?(?:on\s+|by\s+|in\s+)?$", re.IGNORECASE)
_PAST_AFTER_AN_ASIDE = re.compile(r"\s*,\s+(?:was|were|had|has|have)\s+(?:been\s+)?(?:\w+ed|held|run|cut|shut)\b", re.IGNORECASE)
# money given to a day ("fund the government through September", "funds state government for six months, through Dec. 31")
_FUNDED_THROUGH_BEFORE = re.compile(r"\b(?:fund|funded|funding|finance|financed|financing)\b(?:\s+[\w'’,.$-]+){0,8}?"
                                    r"\s+(?:through|until|till|thru)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
# a happening a "since" counts from, dated after it: "since the election in October", "since the crash on Monday"
_SINCE_A_HAPPENING_IN_BEFORE = re.compile(r"\bsince\s+(?:the|a|an|its|their|his|her|last\s+year's)\s+(?:[\w'’-]+\s+){0,3}?(?:in|on)\s+$",
                                          re.IGNORECASE)
# what may stand between a time and the day it is told on: "19:47 UTC on Sunday", "3 p.m., Tuesday"
_ITS_DAY_RIGHT_AFTER = re.compile(r",?\s+(?:on\s+)?", re.IGNORECASE)
_UNTIL_BETWEEN = re.compile(rf"\s*(?:{_UNTIL_WORDS})\s*", re.IGNORECASE)
_PAIR_JOIN = re.compile(rf"\s*(?:and|{_UNTIL_WORDS})\s*", re.IGNORECASE)  # ... and the "and" of "between X and Y"
# the end of a stretch of hours told by its clock time, before the day they end on ("from 11.45pm [until 4.30am on]
# New Year's Day")
# the day of writing as the day of a saying ("the broadcaster confirmed [this morning]"), after a coming day it told
_SAID_ON_A_DAY_OF_WRITING = re.compile(r"(?:today|this\s+(?:morning|afternoon|evening))\b", re.IGNORECASE)
_CONFIRMED_BEFORE = re.compile(r",\s+(?:the\s+)?[\w\s'’.-]{2,40}?\s(?:confirmed|announced|revealed|said|told\s+\w+)\s+$", re.IGNORECASE)
# a death (or a birth) told before its day ("George Michael, who died on [Christmas Day]")
_A_LIFES_END_BEFORE = re.compile(r"\b(?:died|was\s+(?:killed|born|buried)|passed\s+away)\s+(?:\w+\s+){0,3}?(?:on|in)\s+$", re.IGNORECASE)
# a relative aside opened after a comma before a day, with no comma between ("..., who needed five hours to win on ")
_RELATIVE_ASIDE_OPENS = re.compile(r",\s+(?:who|which|whose)\s[^,;.]*$", re.IGNORECASE)
# ... and closed right after that day, the sentence's own verb after it ("on Friday, showed ...")
_ASIDE_CLOSES_BEFORE = re.compile(r"\s*,\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+s|was|were|had|has|is|are|will|would|showed|made|"
                                  r"took|won|went|came|gave|got|left|saw|said|told|began|ran|held|kept)\b")
# the small hours of a day that open its expression ("[the early hours of Sunday morning]")
_SMALL_HOURS_OF = re.compile(r"the\s+(?:very\s+)?(?:early|small|wee)\s+hours\s+of\b", re.IGNORECASE)
# the words between an evening time and the small hours told with their day after it, in one clause going on
# ("at 9:32 p.m. and to the last at 12:47 a.m. Tuesday", "at 11 p.m., and again at 2 a.m. Sunday")
_EVENING_THEN_SMALL_HOURS = re.compile(r"[^.;!?\n]*?\band\b[^.;!?\n]*?\b(?:at|by|until|till|before|around|about)\s+", re.IGNORECASE)
_UNTIL_A_CLOCK_ON = re.compile(rf"\s*(?:{_UNTIL_WORDS})\s*(?P<hour>\d{{1,2}})(?:[:.](?P<minute>\d\d))?\s*(?P<meridiem>[ap])\.?\s?m\.?"
                               r"\s+(?:on\s+)?(?:the\s+)?", re.IGNORECASE)
_UNTIL_A_SEASON_BEFORE = re.compile(r"\b(?:by|until|till|before)\s+(?:the\s+)?$", re.IGNORECASE)
_LATER_ON_BEFORE = re.compile(r"(?<!\bor\s)(?<!\bor\s\s)\b(?:later|earlier)\s+(?:on\s+|in\s+the\s+day\s+on\s+)?$", re.IGNORECASE)
_SAID_BEFORE_DAY = re.compile(r"\b(?:said|says|told|announced|reported)\s+(?:on\s+)?$", re.IGNORECASE)
# the end of a term, not a day things happen on: "maturing on Aug. 2", "due to leave the EU on 31 October", "by 9 September"
_TERM_BEFORE_DAY = re.compile(r"\b(?:matur(?:e|es|ing)|expir(?:e|es|ing)|due(?:\s+to\s+\w+(?:\s+\w+){0,3})?|deadline|until|till|by|"
                              r"no\s+later\s+than)\s+(?:on\s+)?(?:and\s+)?(?:[\w.]+\s+\d{1,2},?\s+and\s+)?$", re.IGNORECASE)
_REPORTED_CLAUSE_BEFORE = re.compile(r"\b(?:told\s+\w+|testified|alleged|alleges|claimed|claims|admitted|admits)\s+(?:that\s+)?"
                                     r"(?:he|she|they|it|the|a|an|his|her)\b", re.IGNORECASE)
# a dateline: a place in capitals opening a line ("NEW DELHI, ", "ELDON, Mo., ", "AUGUSTA, Georgia, "), then a
# date, then the mark that ends a dateline ("NEW DELHI, July 11.", "HARBIN, August 15 (Xinhua) --", "PUNE, Aug 18:")
DATELINE_PLACE = re.compile(r"[*_ \t]*[A-Z][A-Z.'’&-]*(?:[ \t]+[A-Z][A-Z.'’&-]*)*,(?:[ \t]+[A-Z][A-Za-z.'’-]*(?:[ \t]+[A-Z][A-Za-z.'’-]*)*,)?[ \t]+")
DATELINE_MARK = re.compile(r"[ \t]*(?:\(|--|—|–|-[ \t]|\.|:)")
_DATELINE_AFTER = re.compile(r"\s*(?:\((?:Reuters|AP|AFP|UPI|Xinhua|Bloomberg|IANS|PTI|dpa|Kyodo|CNN)\)|(?:AAP|PTI|IANS|AFP)\b|[-–—]\s)")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)  # "between August 2012 and May": a stretch, not a list
_FROM_BEFORE_A_STRETCH = re.compile(r"\bfrom\s+$", re.IGNORECASE)  # "from Saturday through Monday"
_STRETCH_JOIN = re.compile(r"\s*(?:to|through|thru|until|till|-|–)\s*", re.IGNORECASE)
# the other month of a stretch of months ("from July to December"), after the first and before the second
_MONTH_STRETCH_END = re.compile(rf"{_STRETCH_JOIN.pattern}(?P<month>{V.MONTH_NAME})(?!\s*\d)", re.IGNORECASE)
_MONTH_STRETCH_START = re.compile(rf"\bfrom\s+(?P<month>{V.MONTH_NAME}){_STRETCH_JOIN.pattern}$", re.IGNORECASE)
# the end of a stretch of days after its join: "May 5", "May 5th", "5 May", or a day alone ("to 25")
_MONTH_WORD = "|".join(sorted((*V.MONTHS, *V.MONTH_ABBREVIATIONS), key=len, reverse=True))
_STRETCH_END = re.compile(rf"(?:(?P<month>{_MONTH_WORD})\.?\s+(?P<day>\d{{1,2}})(?!\d)|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_WORD})\b"
                          r"|(?P<day3>\d{1,2})(?![\d:.,]\d|\s*(?:[ap]\.?m|%|per))\b)", re.IGNORECASE)
# how long ago a stretch told ahead may have begun (a holiday season, a festival, a sale)
_STRETCH_BEGUN_DAYS = 45
# the hour a feature's scene is set at, in the present, before its weekday: "It is just after 11am on [Thursday]",
# "It's a quarter to six on [Tuesday]", "It is just after 4 p.m. on a humid [Monday]" (a clock's hour, not a
# count: "It is 10 years since the crash on Monday")
_SCENE_SET_AT_BEFORE = re.compile(
    r"\bit(?:\s+is|['’]s)\s+(?:(?:just|shortly|about|around|nearly|almost|well|a\s+little)\s+)?(?:(?:before|after|past)\s+)?"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\b\.?|\d{1,2}[:.]\d\d|noon|midnight|dawn|dusk|daybreak|lunchtime|(?:a\s+)?quarter\s+(?:to|past)\s+\w+|"
    r"half\s+past\s+\w+|\w+\s+o['’]clock|\w+\s+in\s+the\s+(?:morning|afternoon|evening))"
    r"[^.!?\n]{0,25}?\bon\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2})?$", re.IGNORECASE)
_DEICTIC_ENTRY_HEAD = re.compile(r"(?:today|tonight|tomorrow)\b", re.IGNORECASE)
_WEEKDAY_WORD = re.compile(r"(?:on\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# a year that marks where a record runs from ("its steepest drop since the "Black Monday" crash of 1987")
_SINCE_A_RECORD_BEFORE = re.compile(r"\bsince\s+[^,;.!?]{0,40}$", re.IGNORECASE)
# a death notice's arrangements, told with no verb: "Reposing at his home on Thursday evening from 5pm to 8pm.
# Funeral Mass on Friday at 11am", "Visitation Thursday 4-8 p.m. Services Friday at 11 a.m." (to come)
# (not "in the wake of Monday's storm", nor a "mass" of anything: the Mass is capitalised)
_FUNERAL_NOTICE = re.compile(r"\b(?:funeral|memorial\s+service|visitation|viewing|wake(?!\s+of\b)|reposing|repose|burial|interment|requiem|"
                             r"calling\s+hours|lying\s+in\s+(?:state|repose)|services?\s+(?:will|at|on|in|(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\b|"
                             r"(?-i:Mass)\b)", re.IGNORECASE)
# the side of a holiday a text tells something on: "three days before the Lunar New Year", "weeks after Easter"
# (also with an article and a word of what it was like: "after a busy Black Friday weekend")
_SIDE_OF_HOLIDAY_BEFORE = re.compile(r"\b(?:(?P<to>before|ahead\s+of|until|till|for|to)|(?P<from>after|since|following))\s+(?:(?:the|a|an)\s+)?"
                                     r"(?:(?!the\b|a\b|an\b)[a-z-]+\s+)?$", re.IGNORECASE)
# a year named as the time of a mark compared with: "below their peak in 1996", "a record set in 2011"
_A_MARK_IN_BEFORE = re.compile(r"\b(?:peak|peaks|peaked|record|high|low|height|best|worst|highest|lowest)\s+(?:level\s+)?(?:set\s+|reached\s+)?(?:of|in)\s+$",
                               re.IGNORECASE)
_IF_OPENING = re.compile(r"\s*[\"“‘]?(?:If|Unless)\s", re.IGNORECASE)  # a sentence that opens with a condition
# just before a time or about it ("conceded defeat shortly before midnight", "left the prison around midnight")
_JUST_BEFORE_OR_ABOUT = re.compile(r"\b(?:(?:shortly|just|minutes|moments|soon|right)\s+before|around|about|nearly|almost|approximately)\s+$",
                                   re.IGNORECASE)
# how soon a season must begin for "next" to pass it over (our sets' reviewers: all 4 told within 60 days of a
# season's start, and all 4 "next winter" told from July on, mean the one after; none told further ahead does)
_NEXT_SEASON_DAYS = 60
_NEXT_WINTER_DAYS = 150
_HOLIDAY_AT_HAND_DAYS = 7  # a holiday this near the writing, either side, is the one a text means
_ON_OPENING = re.compile(r"[\s\"'“‘(]*on\s+", re.IGNORECASE)  # "On March 3, 1991, ..." opening its sentence
# a date that heads a dated list's entry ("Feb. 24, 2022 -- ...", "March 2022: ..."), and the dash after it
_DATE_HEAD = re.compile(r"[A-Z][a-z]+\.?(?:\s+\d{1,2})?,?\s+\d{4}")
# a chronology's line: a date, then a dash ("Sept. 23 - U.N. Security Council demands a cease-fire",
# "Feb. 28, 1998 -- ...", "1989 - ...")
_LIST_ENTRY_LINE = re.compile(r"[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:[-–]\d{1,2})?(?:,[ \t]+\d{4})?|\d{4})[ \t]+(?:--|[-–—:])[ \t]")
_HEADS_AN_ENTRY_DASH = re.compile(r"\s*(?:--|[—–:])\s")
# the label of a story's update stamp, before its time
_UPDATE_LABEL = re.compile(r"[ \t]*(?:UPDATED?|Updated?|ORIGINAL STORY|Original story|ORIGINAL POST|EARLIER|Earlier|POSTED|Posted)"
                           r"[ \t]*(?:at[ \t]+)?[,:(]?[ \t]*")
# a line that opens with a clock time, as a live blog's entries do
# a live blog's stamp at the start of its line, read before clock times are resolved
_STAMP_AT = re.compile(r"[ \t]*(?P<t>(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:\s*(?P<ap>[ap])\.?m\b\.?)?)(?![\d:.]\d)", re.IGNORECASE)
# a list item that opens with a clock time and nothing else of a date ("- **02:17** The first call ...", "* 7:02 p.m.: ...")
_LISTED_STAMP = re.compile(r"[ \t]*[-*•+][ \t]+(?:\*\*)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\b\.?)?(?:\*\*)?[ \t]*(?:[—–:-][ \t]*)?[A-Z\"“‘]"
                           r"(?!(?:on[ \t]+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d)",
                           re.IGNORECASE)
# a table's line, and the start of a row's first cell up to a time alone in it ("| 16:00 | Gates open |")
_TABLE_LINE = re.compile(r"[ \t]*\|.*\|[ \t]*")
_TIME_CELL = re.compile(r"[ \t]*\|[ \t]*(?:\*\*)?")
A_STAMPED_LINE = re.compile(r"(?:^|\n)[ \t]*(?:\*\*)?\d{1,2}[:.]\d\d\b", re.IGNORECASE)
# ... or a list item's, the list under a day heading (``Resolver._listed_under_a_day_heading``)
A_STAMPED_ITEM = re.compile(r"(?:^|\n)[ \t]*[-*•+][ \t]+(?:\*\*)?\d{1,2}[:.]\d\d\b", re.IGNORECASE)


def has_stamps(text: str) -> bool:
    """Whether a line of ``text`` opens with a clock time, as a live blog's entries do (or a list
    item does, as a live blog under day headings lists its entries)."""
    return A_STAMPED_LINE.search(text) is not None or A_STAMPED_ITEM.search(text) is not None
# what follows a live blog's time stamp: a dash, a colon or a new sentence
_HEADS_AN_ENTRY = re.compile(r"(?:\*\*)?\s*(?:--|[-–—:|])?(?:\*\*)?\s*[\"“‘]?(?:[A-Z]|[a-z](?-i:[A-Z]))")  # (a name "iPhone" too)
# a plan told as changed or given up: "which had been set for Thursday", "originally planned for
# Friday", "was to have been held on Saturday". Its day may be just gone or just ahead: the one gone
# when it is at most this many days back ("postponed certification, which had been set for Friday",
# written on Tuesday), else the coming one ("postponed the launch, which had been set for Thursday",
# written on Wednesday). A month so told ("had originally planned to halt operations in November")
# is the nearer such month.
_JUST_GONE_DAYS = 4
_CHANGED_PLAN = re.compile(
    r"\b(?:(?:originally|initially|first)\s+(?:planned|scheduled|set|slated|due|expected|called|intended|meant)|"
    r"had\s+(?:(?:already|originally|initially)\s+)?been\s+(?:planned|scheduled|set|slated|due|expected|called|fixed|booked)|"
    r"(?:was|were)\s+to\s+have\s+(?:been\s+)?[a-z]+|(?:was|were)\s+supposed\s+to\s+[a-z]+)\s+(?:(?:to\s+[a-z]+(?:\s+[a-z]+){0,3}\s+)?(?:for|on|in|by)\s+"
    r"(?:early\s+|mid-?|late\s+)?)?$", re.IGNORECASE)
_WHEN_PAST_AFTER = re.compile(r",\s+when\s+(?:(?!(?:is|are|will|would|has|have|can|could|may|might|shall|should|be|must)\b)"
                              r"[\w'’-]+\s+){1,6}?(?:was|were|had|(?-i:[a-z]{3,}ed))\b", re.IGNORECASE)
# "January 18, a Friday, during the school holidays": the weekday of the date just written
_WEEKDAY_APPOSED_AFTER = re.compile(r",\s+a\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# a period told as over by the clause after it: "the third quarter, which ended Wednesday", "the quarter ended July 31"
_PERIOD_ENDED_AFTER = re.compile(r",?\s+(?:(?:which|that)\s+)?(?:ended|closed|finished)\s+(?:on\s+)?(?:\w+\s+)?(?:\d|[A-Z])")
_TIME_PAIR_BETWEEN = re.compile(r"\s*(?:to|until|till|-|–)\s*", re.IGNORECASE)
# a time of day as one end of a span of hours ("between [4pm] and 7pm", "from 10am to [11pm]")
_A_CLOCK = r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight)"
_HOURS_SPAN_AROUND = re.compile(rf"\b(?:between|from)\s+(?:{_A_CLOCK}\s*(?:-|–|to|until|till|and)\s*)?$", re.IGNORECASE)
_HOURS_SPAN_AFTER = re.compile(rf"\s*(?:-|–|to|until|till|and)\s*{_A_CLOCK}(?![\w:])", re.IGNORECASE)
# the hours of a day of voting are that day's ("Polling stations will be open from 7 a.m. to 7 p.m."); so are hours a
# saying or a modal tells ("Forecasters said the most dangerous window is ...", "could face trips ... between 4 and 6 p.m.")
# and those of a part of a day named ("this evening")
_VOTING_HOURS = re.compile(r"\b(?:polls?|polling|voting|ballots?)\b", re.IGNORECASE)
_SAID_OR_MODAL = re.compile(r"\b(?:said|will|would|could|may|might)\b|['’]ll\b")
_THIS_PART_OF_DAY = re.compile(r"\b(?:this|that)\s+(?:morning|afternoon|evening|night)\b", re.IGNORECASE)
_DEICTIC_DAY_WORD = re.compile(r"\b(?:today|tonight|tomorrow)\b", re.IGNORECASE)  # "storms were possible tomorrow and Monday"
_CLOSURE_VERB = re.compile(r"\b(?:cancell?ed|closed|shut|suspended|halted|banned|barred|called\s+off)\b", re.IGNORECASE)
_SAID_ON_BEFORE = re.compile(r"\b(?:said|says|told\s+(?:reporters|journalists|\w+)|announced|reported|added|(?:figures|data|numbers|statistics)\s+"
                             r"(?:released|published|issued))\s+(?:on\s+)?(?:late\s+|early\s+)?$",
                             re.IGNORECASE)
# words of an after-phrase that name no happening ("after a supercell storm tore through ...": "storm" does)
_NOT_A_HAPPENING_WORD = frozenset("""after following since amid their with from into through over that this which when were
    have been tore ripped swept came went made took said across western eastern northern southern suburbs city town
    before percent cent points hitting""".split())
_FISCAL_WORD = re.compile(r"\bfiscal\b", re.IGNORECASE)
_WEEKDAY_WORD_IN = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b", re.IGNORECASE)
_CLOSING_PRICE_BEFORE = re.compile(r"\b(?:closing|close|closed|settlement|opening)\s+(?:price|level|value|bid|rate)s?\s+(?:on\s+|of\s+)?$",
                                   re.IGNORECASE)
# ... and a price told with its figure before the day ("Paragon's closing price of $29.875 on Friday")
_A_CLOSING_PRICE_OF_BEFORE = re.compile(r"\b(?:closing|close|settlement)\s+(?:price|level)\b(?:[^.;]|\.(?=\d)){0,24}$", re.IGNORECASE)
_SINCE_IN_CLAUSE = re.compile(r"\bsince\b[^.;]*$", re.IGNORECASE)
# a date named as the object of a decision ("declared Friday a holiday", "fixed January 18 for the hearing")
_DATE_NAMED_BEFORE = re.compile(r"(?:\b(?:has|have)\s+(?:\w+\s+)?(?:declared|fixed|set|named|designated|approved|chosen|picked|"
                                r"earmarked|announced|added)|\b(?:declares|fixes|sets|names|designates|approves|adds|added))\s+$", re.IGNORECASE)
_DATE_NAMED_AFTER = re.compile(r"(?:,?\s+(?:and\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?,?\s+)*)?\s*(?:as|a|an|for|the\s+(?:end|start|first|last))\b")
# a pronoun that says the day told before falls on a weekday ("Because that falls on a Saturday this year")
_PRONOUN_FALLS_ON_BEFORE = re.compile(r"\b(?:that|it|this)\s+(?:falls|fell|will\s+fall)\s+on\s+an?\s+$", re.IGNORECASE)
_WARNING_NOUN = r"alerts?|warnings?|watch(?:es)?|advisor(?:y|ies)"
# a warning (or a ban) told for or from a day: the day it is in force, which lies ahead of its issuing
_WARNING_FOR_OR_FROM = re.compile(rf"\b(?:{_WARNING_NOUN}|bans?)\b[^.;]*\b(?:for|from)\s+$", re.IGNORECASE)
# (not "holiday" that says what kind a noun is: "a jetliner packed with holiday travelers made an emergency landing ... on
# Tuesday", "The official holiday period ran from 4pm on Friday"; nor the holiday a story tells of: "The holiday began on
# Friday")
_HOLIDAY_AS_ADJECTIVE = r"travell?ers|shoppers|crowds|makers|goers|traffic|spending|sales|season|rush|getaway|trips?|flights?|weekend|period"
_WARNED_FOR_BEFORE = re.compile(rf"\b(?:{_WARNING_NOUN}|(?<![Tt]he\s)holiday(?!\s+(?:{_HOLIDAY_AS_ADJECTIVE}))|bans?|curfews?|closures?)\b"
                                r"(?:\s+(?:[\w'’-]+))*?"
                                r"\s+(?!(?:issued|declared|announced|given|posted|lifted|raised|extended|cancelled|canceled|imposed)\s+on\s)"
                                r"[\w'’-]+\s+(?:for|on)\s+$"  # ("a fire ban has been declared for Wednesday")
                                rf"|\b(?:{_WARNING_NOUN}|bans?|curfews?)\s+for\s+$",  # ("amber warnings for Tuesday")
                                re.IGNORECASE)
# a warning in force from a day: "issued an excessive heat warning for much of Arizona ... from Friday morning"
_WARNING_FROM_BEFORE = re.compile(rf"\b(?:{_WARNING_NOUN})\b[^.;]{{0,110}}?\bfrom\s+$", re.IGNORECASE)
_DECLARED_BEFORE = re.compile(r"\b(?:declared|designated|proclaimed)\s+$", re.IGNORECASE)
_DAY_OF_AFTER = re.compile(r"\s+(?:as\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:day|holiday)\b", re.IGNORECASE)  # ("the first day of the holy month")
_FIXED_FOR_BEFORE = re.compile(r"\b(?:fixed|set|listed|adjourned)\s+(?:it\s+)?(?:to|for|till|until)?\s*$", re.IGNORECASE)
_NEXT_SITTING = re.compile(r"\s+(?:for|as)\s+(?:the\s+)?(?:next|further|final)\s+(?:hearing|date|sitting|session)", re.IGNORECASE)
# (or a name's: "Germany's September 26 election", "Barbra Streisand's Dec. 31 show")
_ATTRIBUTIVE_DATE_BEFORE = re.compile(r"\b(?:the|its|their|his|her|this|(?-i:[A-Z])[\w.&-]*['’]s)\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)\b")
_OPENS_WITH_THE = re.compile(r"[\s\"“‘]*(?:The|THE)\s+")
_ATTRIBUTIVE = re.compile(r"\s+(?-i:[a-z]{3,})\b(?<!\band)(?<!\bthe)")  # "the 2009 [recession]"
_WEEKDAY_DEADLINE = re.compile(r"\b(?:until|till|through|thru|by|before|to|(?<!this\s)(?<!the\s)past|deadline\s+(?:of|for|at))\s+(?:at\s+least\s+)?(?:(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|[0-2]\d:?[0-5]\d|noon|midnight|midday)\s+"
                               r"(?:[A-Z]{2,4}\s+)?(?:on\s+)?)?$", re.IGNORECASE)


def _distance(when: When, day: dt.date) -> int:
    first, last = when.interval
    if first <= day <= last:
        return 0
    return (first - day).days if first > day else (day - last).days


_YEARS_PER_UNIT = {"year": 1, "decade": 10, "century": 100, "month": 1 / 12, "quarter": 0.25, "half": 0.5,
                   "season": 0.25, "week": 7 / 365.25, "weekend": 7 / 365.25, "day": 1 / 365.25}


def _beyond_calendar(origin: When, r: Relative) -> bool:
    """True when shifting ``origin`` by ``r`` leaves the years 1..9999 (or comes within a year of
    their edges, where periods would be cut short)."""
    per_unit = _YEARS_PER_UNIT.get(r.unit)
    if per_unit is None or r.amount is None:
        return False
    target = origin.first.year + r.amount * per_unit
    return not 2 <= target <= 9998


def named_period_value(first: When, last: When) -> str:
    """Value of a range: a quarter, half or year when it is exactly one, an ISO week or its weekend when two
    days are exactly one ("Oct. 30-31", a Saturday and a Sunday: 2004-W44-WE), else ISO ``a/b``."""
    a, b = first.interval[0], last.interval[1]
    if first.grain == "day" and last.grain == "day" and (a.weekday(), (b - a).days) in ((5, 1), (0, 6)):
        year, week, _ = a.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if a.weekday() == 5 else "")
    if a.day == 1 and a.year == b.year and moved(b, 1).day == 1 and b != dt.date.max:
        months = (b.month - a.month) + 1
        if months == 12:
            return f"{a.year:04d}"
        if months == 6 and a.month in (1, 7):
            return f"{a.year:04d}-H{1 if a.month == 1 else 2}"
        if months == 3 and a.month in (1, 4, 7, 10):
            return f"{a.year:04d}-Q{(a.month - 1) // 3 + 1}"
    return f"{first.value}/{last.value}"


# what tells that a sentence compares figures, so that its "a year ago" is the period it reports a year
# back ("net rose to $5 from $3 a year ago"): an amount, a change or a word of comparison
_FIGURES_COMPARED = re.compile(
    r"\b(?:from|than|compared|comparison|versus|vs\.?|against|year-earlier|year-ago|rose|fell|increased|decreased|"
    r"jumped|dropped|climbed|declined|gained|lost|higher|lower|percent|per\s*cent|cents?)\b|%"
    # ("up" and "down" as a change, not a verb's particle: "took up the portfolio a year ago")
    r"|(?<!\btook\s)(?<!\btake\s)(?<!\btakes\s)(?<!\bset\s)(?<!\bsets\s)(?<!\bstepped\s)(?<!\bsteps\s)"
    r"(?<!\bstep\s)(?<!\bgave\s)(?<!\bgive\s)(?<!\bsigned\s)(?<!\bshut\s)(?<!\bbroke\s)\b(?:up|down)\b", re.IGNORECASE)
_MONEY = re.compile(r"[$£€¥]\s?\d")


def _compares_figures(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a sentence, compares figures: a word of comparison or change, a
    percentage, or two sums of money ("net of $5 million, and $4 million a year ago"); one sum alone
    is no comparison ("A year ago, the commission fined a rival €4 million")."""
    return bool(_FIGURES_COMPARED.search(text, start, end)) or len(_MONEY.findall(text, start, end)) >= 2


def _weekend_made_long(holiday: dt.date) -> When:
    """The weekend a holiday makes long: before a Monday or Tuesday, after a Wednesday to a Friday, its own on a
    weekend ("Labor Day weekend" runs Saturday to the Monday; "Thanksgiving weekend" Thursday to Sunday)."""
    return When("weekend", holiday + dt.timedelta(days=(-2, -3, 3, 2, 1, 0, -1)[holiday.weekday()]), holiday=holiday)


class Resolver:
    """Resolves the expressions of one text, in text order, remembering the dates it has met."""

    def __init__(self, text: str, reference: dt.date | None, document_type: str = "news",
                 country: str | None = None, state: str | None = None):
        self.text = text
        self.country, self.state = country, state  # whose public holidays make "the long weekend" (None: not known)
        self.reference = reference
        self.narrative = document_type == "narrative"
        self.almanac = bool(_ALMANAC_HEADING.search(text))  # a column of what happened on this day in other years
        self.entry_days: set[int] = set()  # where its entries' years open, remembered as their days
        self.history: list[tuple[int, When, str]] = []  # (start, when, anchor kind) of dates met so far
        # dates that are points of comparison or modifiers, not times of a story ("since 2010", "the
        # 2009 recession"): no anchor for "the year" or "three days later" after them
        self.not_anchors: set[int] = set()
        self._bounds: dict[int, tuple[int, int]] = {}
        self.ends: dict[int, int] = {}  # start -> end of each expression resolved
        self.previous: tuple[int, int, When] | None = None  # (start, end, when) of the last date resolved

    # --------------------------------------------------------------------------- context

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        if start not in self._bounds:
            self._bounds[start] = sentence_bounds(self.text, start, end)
        return self._bounds[start]

    def tense(self, start: int, end: int) -> Tense:
        return clause_tense(self.text, start, end, self.bounds(start, end))

    def record(self, start: int, when: When, anchor: str) -> None:
        self.history.append((start, self._almanac_entry_day(start, when) or when, anchor))

    def _almanac_entry_day(self, start: int, when: When) -> When | None:
        """In an almanac column ("Today in History", "On this day"), the day an entry's year opens: that year's day of
        the writing's month and day ("In 1959, Buddy Holly was killed when his plane crashed early the next morning",
        written on Feb. 2: the next morning of Feb. 2, 1959), as an anchor for what the entry tells after it."""
        if not self.almanac or self.reference is None or when.grain != "year" \
                or not _ENTRY_OPENS_BEFORE.search(self.text, max(0, start - 24), start) \
                or not _ENTRY_YEAR.match(self.text, start):
            return None
        day = safe_date(when.first.year, self.reference.month, self.reference.day)
        if day is None:
            return None
        self.entry_days.add(start)
        return When("day", day)

    def last_date(self, start: int, *, grain: str | None = None, finest: str | None = None, story: bool = False,
                  within: int | None = None, where: Callable[[When], bool] | None = None,
                  where_pos: Callable[[int], bool] | None = None) -> tuple[int, When] | None:
        """The date told last before ``start`` (by position: clock times are resolved after the
        others), of granularity ``grain`` if given, and no coarser than ``finest`` if given; with
        ``story``, not one counted from the writer's now ("Today ...", "on Monday, a judge will");
        at most ``within`` characters back and passing ``where`` (and ``where_pos``, given its
        position) when those are given."""
        best = None
        for pos, when, kind in self.history:
            if pos >= start or pos in self.not_anchors or best is not None and pos <= best[0] or story and kind == "reference":
                continue
            if within is not None and start - pos > within or where is not None and not where(when):
                continue
            if where_pos is not None and not where_pos(pos):
                continue
            if grain and when.grain != grain:
                continue
            if finest and GRAIN_ORDER[when.grain] > GRAIN_ORDER[finest]:
                continue
            best = (pos, when)
        return best

    def reported_quarter(self, start: int) -> tuple[int, When] | None:
        """The quarter a financial report is about, as far as the text before ``start`` tells: the
        one named most often, the first of equals (a report leads with its quarter: "posted a 20%
        gain in third-quarter net income ... after a flat second quarter")."""
        sentence = self.bounds(start, start)[0]
        same = [(pos, when) for pos, when, _ in self.history if sentence <= pos < start and when.grain == "quarter"]
        if same:
            return same[-1]  # "earned $1.2 billion in the second quarter, up from $940 million in the year-earlier quarter"
        counts: dict[str, list] = {}
        for pos, when, _ in self.history:
            if pos < start and when.grain == "quarter":
                entry = counts.setdefault(when.value, [0, pos, when])
                entry[0] += 1
        if not counts:
            return None
        _, pos, when = max(counts.values(), key=lambda e: (e[0], -e[1]))
        return pos, when

    def base(self, start: int) -> tuple[dt.date | None, str]:
        """The date deictic expressions count from, and its anchor name."""
        if self.narrative:
            last = self.last_date(start, finest="year", story=True)
            if last:
                return last[1].first, f"timex:{last[0]}"
        if self.reference is None:
            return None, "none"
        return self.reference, "reference"

    def _told_within_a_week(self, start: int) -> bool:
        """Whether the last date told names a day or a week, so a bare weekday can follow it in a
        narrative ("In 2022 ... published on Tuesday" cannot: that Tuesday is the writer's)."""
        last = self.last_date(start, finest="year", story=True)
        return last is not None and GRAIN_ORDER[last[1].grain] <= GRAIN_ORDER["week"]

    def deictic_base(self, start: int, end: int) -> tuple[dt.date | None, str]:
        """What "last April", "next year", "two weeks ago" count from: in news the reference date;
        in a narrative too (English counts them from the writer's now; a story's own uses "the
        previous", "the following", "that"), unless a date is told earlier in the same sentence
        or the words are quoted, spoken in the story ("... said the invasion would start tomorrow")."""
        if self.narrative and self.reference is not None:
            s = self.bounds(start, end)[0]
            if not any(s <= pos < start and kind != "reference" for pos, _, kind in self.history) \
                    and _quote_opening(self.text, start) is None:
                return self.reference, "reference"
        return self.base(start)

    def _told_forward(self, c: Calendar, start: int) -> tuple[When, str] | None:
        """In a narrative, a date without its year moves the story on from the last date told: the
        one within it when that is a year or longer ("In 1914 ... in September": 1914-09), else the
        first on or after it ("shot on 28 June 1914 ... declared war on 4 August": 1914-08-04)."""
        last = self.last_date(start, finest="year", story=True)
        if last is None:
            return None
        pos, told = last
        first, final = told.interval
        candidates = [w for w in (self._in_year(c, first.year + k) for k in (0, 1, 2)) if w is not None]
        if candidates and candidates[0].interval[0].year == first.year and \
                first - dt.timedelta(days=62) <= candidates[0].interval[1] < first:
            # "named pitcher of the month for August", told after September 24: a look back
            # over a few weeks, not a leap of a year
            return candidates[0], f"timex:{pos}"
        if GRAIN_ORDER[told.grain] >= GRAIN_ORDER["year"]:
            inside = [w for w in candidates if first <= w.interval[0] <= final]
            if inside:
                return inside[0], f"timex:{pos}"
        later = [w for w in candidates if w.interval[1] >= first]  # ("12 May 1917 ... In mid-May": that May)
        return (later[0], f"timex:{pos}") if later else None

    # --------------------------------------------------------------------------- dispatch

    def resolve(self, partial: Partial, start: int, end: int) -> Resolved:
        self.ends[start] = end  # (known while it is resolved: a feast's day told after its name)
        resolved = self._resolve(partial, start, end)
        if _SINCE_BEFORE.search(self.text, max(0, start - 8), start) or resolved.granularity == "year" and (
                _ATTRIBUTIVE.match(self.text, end) and re.search(r"\bthe\s+$", self.text[max(0, start - 6):start], re.IGNORECASE)
                or _A_MARK_IN_BEFORE.search(self.text, max(0, start - 24), start)):
            # (a year a mark was set in is no anchor: "about 15 per cent below their peak in 1996 ... in the first three
            # months of the year": this year's)
            self.not_anchors.add(start)

        if resolved.interval is not None:
            when = parse_value(resolved.value)
            self.previous = (start, end, when) if when is not None else None
        return resolved

    def take(self, start: int, end: int, resolved: Resolved) -> Resolved:
        """A result found before (by an earlier pass), remembered in its place as if resolved now."""
        when = parse_value(resolved.value)
        self.ends[start] = end
        if when is not None:
            self.record(start, when, resolved.anchor)
            self.previous = (start, end, when)
        return resolved

    def _with_eid_named(self, partial: Partial, start: int) -> Partial:
        """The partial with "Eid" alone named as the feast it is (see _eid_near), wherever it sits: a day counted from it
        ("the day after Eid"), its weekend, either end of a stretch."""
        if isinstance(partial, Calendar) and partial.holiday == "eid":
            return replace(partial, holiday=self._eid_near(start, partial.year))
        if isinstance(partial, Offset):
            inner = self._with_eid_named(partial.inner, start)
            return partial if inner is partial.inner else replace(partial, inner=inner)
        if isinstance(partial, Range):
            first, last = self._with_eid_named(partial.first, start), self._with_eid_named(partial.last, start)
            return partial if (first, last) == (partial.first, partial.last) else replace(partial, first=first, last=last)
        return partial

    def _resolve(self, partial: Partial, start: int, end: int) -> Resolved:
        partial = self._with_eid_named(partial, start)
        if isinstance(partial, Fixed):
            return self._fixed(partial, start)
        if isinstance(partial, Calendar):
            return self._calendar(partial, start, end)
        if isinstance(partial, Relative):
            return self._relative(partial, start, end)
        if isinstance(partial, Offset):
            return self._offset(partial, start, end)
        if isinstance(partial, Range):
            return self._range(partial, start, end)
        if isinstance(partial, EventAnchored):
            return self._event(partial, start, end)
        raise TypeError(partial)

    def _done(self, type_: str, when: When, mod: str | None, anchor: str, start: int, *,
              value: str | None = None, grain: str | None = None) -> Resolved:
        """The result for a resolved date, remembered as an anchor for what follows."""
        if type_ in ("DATE", "TIME"):
            self.record(start, when, anchor)
        return Resolved(type_, value or when.value, grain or when.grain, when.interval, mod, anchor)

    def _dated(self, c: Calendar, when: When, mod: str | None, anchor: str, start: int) -> Resolved:
        """The result for calendar fields placed in a year; a holiday of a month ("Ramadan") covers
        its days in its interval and is valued as the month holding most of them, as most reviewers of
        our sets write it ("Ramadan", written in May 2019, is 2019-05); one of a few days ("Passover",
        "Hanukkah", "Rosh Hashanah") is the day it opens."""
        if c.weekday is not None and c.day is not None and c.month is not None and c.year is None \
                and when.grain == "day" and when.first.weekday() != c.weekday \
                and not _ANOTHER_DAY_AFTER.match(self.text, _DAY_NUMBER_FROM.match(self.text, start).end()):
            # "on Christmas Day and New Year's Day, and on Monday, Dec. 26": the weekday told says which year's,
            # whichever year the date was placed in (the one just before or after it where the day is that weekday)
            named = [d for d in (safe_date(when.first.year + k, c.month, c.day) for k in (-1, 1))
                     if d is not None and d.weekday() == c.weekday]
            if len(named) == 1:
                when = replace(when, first=named[0])
        if c.holiday is not None and c.holiday.startswith(("eid", "day of arafat")) and when.grain == "day" \
                and c.hour is None and c.part_of_day is None and (told := _DAY_A_FEAST_FALLS_ON.match(self.text, self.ends.get(start, start))):
            # "Eid-ul-Fitr, which fell on March 31", "In Pakistan, Eid falls on Thursday": a feast kept when the new moon is
            # sighted is on the day the text says, where that is within two days of the tables' (Saudi Arabia's) day
            near = [when.first + dt.timedelta(days=k) for k in range(-2, 3)]
            if told["wd"]:
                near = [d for d in near if d.weekday() == V.WEEKDAYS[told["wd"].lower()]]
            else:
                near = [d for d in near if (d.month, d.day) == (V.month_number(told["month"] or told["month2"]),
                                                              int(told["day"] or told["day2"]))]
            if len(near) == 1:
                when = When("day", near[0])
        when = self._with_time(when, c)
        if c.holiday is not None and not c.week_of and c.hour is None and c.part_of_day is None \
                and V.HOLIDAYS[c.holiday][0] == "lunar":
            period = lunar_holiday(c.holiday, when.first.year)
            if period and period[0] == when.first and period[1] != period[0]:
                resolved = self._done(c.type, when, mod, anchor, start)
                if (period[1] - period[0]).days < 8:
                    # a holiday of days, "Rosh Hashanah", "Passover", "Hanukkah": the day it opens, as our sets'
                    # reviewers write it (13 of 15)
                    return Resolved(resolved.type, period[0].isoformat(), "day", (period[0], period[0]), mod, anchor)
                first, last = part_of_period(period[0], period[1], mod)  # ("the end of Ramadan": its last days' month)
                days = [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]
                year, month = max(((d.year, d.month) for d in days), key=lambda ym: (sum((d.year, d.month) == ym for d in days), ym))
                # (the month is the days' approximation, so it says so: mod APPROX, the interval exact)
                return Resolved(resolved.type, f"{year:04d}-{month:02d}", "month", period, mod or "APPROX", anchor)
        if c.season is not None and c.southern:
            # (the value names the season the text names, in the year it begins; but a summer under way is the
            # year of the writing's, as our sets' reviewers write it: "attendance this summer", written in January 2019,
            # is 2019-SU)
            year = when.first.year
            if self.reference is not None and when.interval[0] <= self.reference <= when.interval[1]:
                year = self.reference.year
            return self._done(c.type, when, mod, anchor, start, value=f"{year:04d}-{c.season}")
        return self._done(c.type, when, mod, anchor, start)

    # --------------------------------------------------------------------------- fixed values

    def _fixed(self, f: Fixed, start: int) -> Resolved:
        if f.value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
            # relative to the document's time, but no stretch of calendar
            return Resolved(f.type, f.value, None, None, f.mod, self.base(start)[1])
        when = parse_value(f.value) if f.type in ("DATE", "TIME") else None
        if when is None:  # durations, sets: the text fixes the value
            grain = f.granularity if f.type in ("DATE", "TIME") else None
            return Resolved(f.type, f.value, grain, None, f.mod, "absolute")
        return self._done(f.type, when, f.mod, "absolute", start, value=f.value, grain=f.granularity or when.grain)

    # --------------------------------------------------------------------------- calendar fields

    def _underspecified_calendar(self, c: Calendar) -> str:
        if c.weekday is not None and c.month is None:
            value = iso_weekday_value(c.weekday)
        elif c.holiday is not None:
            spec = V.HOLIDAYS[c.holiday]
            # a year written beside it stays ("Diwali 2040", past the tables, is 2040-XX-XX)
            value = f"XXXX-{spec[1]:02d}-{spec[2]:02d}" if spec[0] == "fixed" else \
                f"{c.year:04d}-XX-XX" if c.year and 1 <= c.year <= 9999 else "XXXX-XX-XX"
        elif c.month is not None:
            value = f"XXXX-{c.month:02d}" + (f"-{c.day:02d}" if c.day else "")
        elif c.season:
            value = f"XXXX-{c.season}"
        elif c.quarter:
            value = f"XXXX-Q{c.quarter}"
        elif c.half:
            value = f"XXXX-H{c.half}"
        else:
            value = "XXXX-XX-XX" if c.hour is not None or c.part_of_day else "XXXX"
        if c.part_of_day:
            value += f"T{c.part_of_day}"
        elif c.hour is not None:
            value += f"T{c.hour:02d}:{c.minute or 0:02d}"
        return value

    def _writing_day_told_before(self, day: dt.date, anchor: str, mod: str | None, start: int, end: int) -> bool:
        """Whether a midnight just before or about which something happened falls on the day of writing told in an
        earlier sentence ("results published on Monday morning ... conceded defeat shortly before midnight", written
        that Monday), not in its own ("closed out the match on Sunday shortly before midnight")."""
        if self.narrative or day != self.reference:
            return False
        if not (mod == "APPROX" or _JUST_BEFORE_OR_ABOUT.search(self.text, max(0, start - 24), start)):
            return False
        return not (anchor.startswith("timex:") and int(anchor[6:]) >= self.bounds(start, end)[0])

    def _eid_near(self, start: int, year: int | None) -> str:
        """Which feast "Eid" alone names: the one nearer the day the text is about ("Eid falls on Thursday", written
        in late June, is Eid al-Adha; "leave the city to celebrate Eid", written in late Ramadan, Eid al-Fitr)."""
        base, _ = self.base(start)
        if base is None:
            return "eid al-fitr"
        years = (year,) if year is not None else (base.year - 1, base.year, base.year + 1)
        days = [(abs((day - base).days), key) for key in ("eid al-fitr", "eid al-adha") for y in years
                if (day := holiday_date(key, y)) is not None]
        return min(days)[1] if days else "eid al-fitr"

    def _in_year(self, c: Calendar, year: int) -> When | None:
        """The period the fields name in ``year`` (None if it does not exist)."""
        if not 1 <= year <= 9999:
            return None
        if c.holiday is not None:
            day = holiday_date(c.holiday, year)
            if day is not None and c.weekend_of:
                return _weekend_made_long(day)  # "Labor Day weekend", "Thanksgiving weekend"
            if day is not None and c.month_of:
                return When("month", day.replace(day=1))  # "the year-end holidays": December
            return None if day is None else When.of(day, "week" if c.week_of else "day")
        if c.month is not None and c.nth is not None and c.weekday is not None:
            # "the first Monday in October", "the last Friday of May"
            day = nth_weekday(year, c.month, c.weekday, c.nth)
            return None if day is None else When.of(day, "week" if c.week_of else "day")  # (week_of: "the first week of May")
        if c.month is not None and c.day is not None:
            day = safe_date(year, c.month, c.day)
            return None if day is None else When.of(day, "week" if c.week_of else "day")
        if c.month is not None:
            return When("month", dt.date(year, c.month, 1))
        if c.season is not None:
            # the south's seasons are the north's months the other way round ("summer" in
            # Australia is December to February, as winter is in the north)
            code = _SOUTHERN_MONTHS_OF[c.season] if c.southern else c.season
            return When("season", dt.date(year, SEASON_START_MONTH[code], 1))
        if c.quarter is not None:
            return When("quarter", dt.date(year, 3 * c.quarter - 2, 1))
        if c.half is not None:
            return When("half", dt.date(year, 1 if c.half == 1 else 7, 1))
        return When("year", dt.date(year, 1, 1))

    def _with_time(self, when: When, c: Calendar) -> When:
        if c.hour is not None:
            return When("minute", when.first, hour=c.hour, minute=c.minute or 0)
        if c.part_of_day is not None:
            return When("part_of_day", when.first, part_of_day=c.part_of_day)
        return when

    def _choose(self, c: Calendar, base: dt.date, tense: Tense, deadline: bool = False,
                looks_ahead: bool = True, event_in_period: bool = False, modal_future: bool = True,
                side: re.Match | None = None, takings: bool = False, said_next: bool = False) -> When | None:
        candidates = [w for w in (self._in_year(c, base.year + k) for k in (-1, 0, 1)) if w is not None]
        if not candidates:
            return None
        if c.weekday is not None and c.day is not None:  # "Thursday, April 6": the year where it is a Thursday
            matching = [w for w in candidates if w.first.weekday() == c.weekday]
            if len(matching) == 1:
                return matching[0]
        rel = c.relation
        if rel == "last":
            before = [w for w in candidates if w.interval[1] < base]
            if not before:
                # "last winter" said in January: the winter begun in the December before is this one
                earlier = self._in_year(c, base.year - 2)
                before = [earlier] if earlier is not None and earlier.interval[1] < base else []
            if len(before) > 1 and c.day is None and (
                    c.month is not None and add_months(before[-1].first, 1) == When.of(base, "month").first
                    or c.season is not None and (base - before[-1].interval[1]).days <= 45
                    or c.holiday is not None and (base - before[-1].interval[1]).days <= _HOLIDAY_AT_HAND_DAYS):
                # "last February" said in March is a year back (the month just past is "last
                # month"); so is "last fall" said in early December, and "Last Easter the toll was
                # seven" told two days after Easter, of the holiday just gone
                return before[-2]
            return before[-1] if before else candidates[0]
        if rel == "gone" and c.weekday is None:
            begun = [w for w in candidates if w.interval[0] <= base]  # "as recently as March": the latest begun
            return begun[-1] if begun else candidates[0]
        if rel == "coming" and c.weekday is None:
            pending = [w for w in candidates if w.interval[1] >= base]  # "the September arabica contract": this one or one to come
            return pending[0] if pending else candidates[-1]
        if rel == "next":
            after = [w for w in candidates if w.interval[0] > base]
            if c.season is not None and c.day is None and len(after) > 1 and said_next \
                    and (after[0].interval[0] - base).days <= (
                    _NEXT_WINTER_DAYS if c.season == "WI" and not c.southern else _NEXT_SEASON_DAYS):
                # a season about to begin is "this" one: "next summer", said in May, is a year on; and a northern
                # winter, from high summer on ("before rising again next winter", said in November)
                return after[1]
            return after[0] if after else candidates[-1]
        if rel == "this":
            holding = [w for w in candidates if _distance(w, base) == 0]
            if holding:
                return holding[0]
            same_year = [w for w in candidates if w.first.year == base.year]
            nearest = min(candidates, key=lambda w: _distance(w, base))
            if c.holiday is not None and same_year and _distance(same_year[0], base) > 150 and _distance(nearest, base) <= 45:
                return nearest  # "This Christmas was better than anybody feared", written on 7 January: the one just gone
            return same_year[0] if same_year else nearest
        closest = min(candidates, key=lambda w: _distance(w, base))
        if c.half is not None:
            # a half of the year told without one: in a past clause the latest begun, unless it has only just
            # begun ("Both brewers reported weak volumes in the first half", written on 28 June; but "the first
            # half had been in line with forecasts", written on 8 January: the last year's); in a coming clause the
            # first not over ("most forecasting steeper gains in the first half", written on 31 December: the next
            # year's); else the one of the year of writing ("a recovery in the second half", written in March)
            if tense == "past":
                begun = [w for w in candidates if w.interval[0] <= base]
                if len(begun) > 1 and (base - begun[-1].interval[0]).days < 14:
                    return begun[-2]
                if begun:
                    return begun[-1]
            if tense == "future":
                open_ = [w for w in candidates if w.interval[1] >= base]
                if open_:
                    return open_[0]
            same_year = [w for w in candidates if w.first.year == base.year]
            if same_year:
                return same_year[0]
        if c.quarter is not None:
            # The latest that has begun, whatever the tense: companies "expect to report
            # third-quarter results" for the quarter just ended; but something that will happen
            # in a quarter happens in one not yet over ("the deal will close in the fourth quarter")
            if tense == "future" and event_in_period:
                open_ = [w for w in candidates if w.interval[1] >= base]
                if open_:
                    return open_[0]
            if tense == "future":
                # the next quarter, about to begin ("the fourth quarter will tell", written in August); not one
                # most of a year off ("expects to report fourth-quarter results", written in January)
                upcoming = [w for w in candidates if 0 < (w.interval[0] - base).days <= 92]
                if upcoming:
                    return upcoming[0]
            begun = [w for w in candidates if w.interval[0] <= base]
            if tense in ("present", "future") and begun and (base - begun[-1].interval[1]).days > 150:
                # ... but a quarter told in a present or coming clause is not one that ended half a year ago: "What
                # concerns us is the second quarter, when demand always falls back", written in March; "is counting on
                # strong sales in the fourth quarter", written in May (our sets 15 times, none the other way)
                coming = [w for w in candidates if w.interval[0] > base]
                if coming:
                    return coming[0]
            return begun[-1] if begun else candidates[0]
        if rel == "nearest" and tense == "future":
            # ... and in a coming clause the one to come, unless the one just gone is much the nearer ("will
            # include losses from October's typhoons", written in November)
            before = [w for w in candidates if w.interval[1] < base]
            after = [w for w in candidates if w.interval[1] >= base]
            if before and after and _distance(before[-1], base) < 0.25 * _distance(after[0], base):
                return before[-1]
        if rel == "nearest" and tense != "future":
            # "the October slaying", "a June agreement": an event named by its month, the nearer
            # one, and when both are about as near the one that has happened ("the March meeting",
            # written in February, is the coming one; "will attend the June summit" looks ahead)
            before = [w for w in candidates if w.interval[0] <= base]
            after = [w for w in candidates if w.interval[0] > base]
            if before and after and _distance(after[0], base) < 0.75 * _distance(before[-1], base):
                return after[0]
            return before[-1] if before else candidates[0]
        if tense is None and deadline and c.day is None and c.month is not None and c.holiday is None:
            # a deadline told with no verb the tense is read from: the month not yet over ("The bill extends the
            # payments through December", written in February)
            after = [w for w in candidates if w.interval[1] >= base]
            return after[0] if after else closest
        if tense is None or deadline and tense == "past":
            return closest  # no tense, or a deadline after a past verb ("extended its offer to Nov. 20")
        if tense == "past":
            before = [w for w in candidates if w.interval[0] <= base]
            chosen = before[-1] if before else candidates[0]
        else:
            after = [w for w in candidates if w.interval[1] >= base]
            chosen = after[0] if after else candidates[-1]
        # A present tense is a weak cue, and a past verb often reports a coming event ("has
        # invited them to a ceremony on March 12", "had been set to expire Nov. 6"): a date the
        # other way round and much closer wins, but after a past verb only where the sentence looks
        # ahead somewhere ("Police made 30 arrests on New Year's Eve", written on Dec. 3, is the
        # last one; "Since January, the index has gained 15%" always looks back); a future verb
        # is trusted ("will take effect in December", written in January, is eleven months off)
        far, near = _distance(chosen, base), _distance(closest, base)
        if c.holiday is not None and rel is None and far > 300 and near <= _HOLIDAY_AT_HAND_DAYS and (
                tense != "past" or closest.first <= base or side and side["to"]) and (
                tense != "future" or closest.first >= base or side and side["from"]
                or takings):
            # a holiday days from the writing is the one meant, whatever the tense: "the migration reached its
            # peak three days before the Lunar New Year", "pupils will return three weeks after Easter", written
            # the day after it (but a past act is not on a coming holiday, nor a coming one on a holiday gone,
            # unless told as before it or after it: "The Cheltenham fixture on New Year's Day was abandoned",
            # written on Dec. 31, is that year's; and what it took is counted after it: "will update the City on
            # their Christmas trading", written on Dec. 27)
            return closest
        if tense == "present" and far > 150 and 3 * near < far:
            return closest
        if far > 300 and near < 45 and (tense == "present" or tense == "past" and looks_ahead
                                         or tense == "future" and not modal_future):
            return closest  # a planning word alone is weaker: "originally expected in late October"
        return chosen

    def _calendar(self, c: Calendar, start: int, end: int) -> Resolved:
        mod, type_ = c.mod, c.type
        if c.year is not None:
            when = self._in_year(c, c.year)
            if when is None:
                return Resolved(type_, self._underspecified_calendar(c), c.grain, None, mod, "none")
            return self._dated(c, when, mod, "absolute", start)
        base, anchor = self.deictic_base(start, end) if c.relation in ("last", "next", "this", "gone", "ahead") and not c.from_anchor \
            else self.base(start)
        bracketed = _WEEKDAY_BRACKET_BEFORE.search(self.text, max(0, start - 14), start) \
            if c.month and c.day and c.weekday is None and c.hour is None and not c.from_anchor and base else None
        if bracketed:
            # "declared Monday (Sept 4) a public holiday": the year in which the date is that weekday
            day = nearest_on_weekday(base, c.month, c.day, V.weekday_number(bracketed["wd"]))
            if day is not None:
                return self._dated(c, When("day", day), mod, anchor, start)
        if c.from_anchor:
            # "took office the following January": the first January after the date just told;
            # "the previous Friday" with no date told is "last Friday"
            last = self.last_date(start)
            if c.weekday is not None and self.reference is not None and re.match(
                    r"the\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", self.text[start:start + 14], re.IGNORECASE):
                # "the Friday" is a day of a week the story tells, not of the news's own week
                # ("Nicola Sturgeon confirmed on Wednesday ... Lord Smith, appointed on the Friday
                # morning" after the vote): the day told last outside the week about the day of writing
                # (a day of the year told last, before a coarser date: "on the evening of March 7, 1986 ...
                # collapsed in January 1986, and six weeks later ... we were told on the Tuesday")
                def outside(w: When) -> bool:
                    return abs((self.reference - w.first).days) > 6
                latest = self.last_date(start, where=outside)
                day_told = self.last_date(start, finest="day", where=lambda w: outside(w) and w.first.year == latest[1].first.year) \
                    if latest is not None else None
                last = day_told or latest or last
                if last is not None and GRAIN_ORDER[last[1].grain] > GRAIN_ORDER["week"]:
                    # "despite heavy rain on the Sunday" after "visitors in 2012": which Sunday of the
                    # year is not told; say so rather than guess
                    return Resolved(type_, self._underspecified_calendar(c), c.grain, None, mod, "none")
            if c.weekday is not None and re.match(r"the\s+(?:previous|preceding|following|next)\b", self.text[start:start + 20],
                                                  re.IGNORECASE):
                # "the previous Friday" after "on Friday": the one before that Friday (but "the Sunday
                # before" counts from the day just told)
                # (told by its weekday's name: "Tonight", written on a Wednesday, is no "Wednesday"
                # that "the previous Wednesday" follows)
                if self.previous is not None and re.fullmatch(r",\s*", self.text[self.previous[1]:start]) \
                        and self.previous[2].grain == "day" and self.previous[2].first.weekday() == c.weekday:
                    # "until Dec. 20, the following Wednesday": in apposition to the day it names, that day
                    return self._done(type_, self._with_time(When("day", self.previous[2].first), c), mod,
                                      f"timex:{self.previous[0]}", start)
                same = [(pos, w) for pos, w, _ in self.history if pos < start and w.grain in ("day", "part_of_day", "minute")
                        and w.first.weekday() == c.weekday and pos in self.ends
                        and _WEEKDAY_WORD_IN.search(self.text, pos, self.ends[pos])]
                forward = re.match(r"the\s+(?:following|next)\b", self.text[start:start + 20], re.IGNORECASE)
                if same and (not forward or last is None or same[-1][0] >= last[0]
                             or GRAIN_ORDER[last[1].grain] > GRAIN_ORDER["day"]):
                    # (going forward, the day told last counts when it is not that weekday: "begin on Tuesday,
                    # October 21, and will conclude on the following Sunday", a Sunday told paragraphs before; going
                    # back, the day the story is about: "up 14.5 per cent on the previous Friday", of Black Friday)
                    last = same[-1]
                elif last is not None and GRAIN_ORDER[last[1].grain] > GRAIN_ORDER["week"]:
                    # "They come on the Wednesday and some of them are still here the following Tuesday", after "in
                    # September 1970": which week is not told; say so rather than count from the month's first day
                    return Resolved(type_, self._underspecified_calendar(c), c.grain, None, mod, "none")
            if c.weekday is not None and c.relation == "nearest" and V.FALLS_ON_A.search(self.text, max(0, start - 30), start):
                # "Because July 4 falls on a Saturday this year": the day told just before, if it is one
                # (or the sentence before's, when a pronoun tells it: "is normally observed on April 16. Because that falls
                # on a Saturday this year")
                told = last[1] if last is not None and (last[0] >= self.bounds(start, end)[0] or start - last[0] <= 200
                                                        and _PRONOUN_FALLS_ON_BEFORE.search(self.text, max(0, start - 30), start)) else None
                if told is None and re.search(r"\b(?:the|this\s+year['’]s)\s+(?:holiday|festival|anniversary|date)\s+(?:falls|fell|falling|is|was)\s+on\s+a\s+$",
                                              self.text[max(0, start - 50):start], re.IGNORECASE):
                    # "Because the holiday falls on a Tuesday this year", after "before Valentine's Day": the holiday told
                    # before, if it is that weekday
                    holiday = next(((pos, w) for pos, w, _ in reversed(self.history) if pos < start and start - pos <= 1000
                                    and w.grain == "day" and w.first.weekday() == c.weekday
                                    and re.match(V.HOLIDAY, self.text[pos:self.ends.get(pos, pos)], re.IGNORECASE)), None)
                    if holiday is not None:
                        return self._done(type_, self._with_time(When("day", holiday[1].first), c), mod, f"timex:{holiday[0]}", start)
                if (told is None or told.grain not in ("day", "part_of_day") or told.first.weekday() != c.weekday) \
                        and self.reference is not None and _THIS_YEAR_RIGHT_AFTER.match(self.text, end):
                    # "is normally observed on April 16. Because that falls on a Saturday this year": that date, this
                    # year, when it is that weekday (a day told as a habit is no day of the history)
                    written = [safe_date(self.reference.year, V.month_number(m["mon"] or m["mon2"]), int(m["day"] or m["day2"]))
                               for m in _MONTH_DAY_WRITTEN.finditer(self.text, max(0, start - 200), start)]
                    if written and written[-1] is not None and written[-1].weekday() == c.weekday:
                        return self._done(type_, self._with_time(When("day", written[-1]), c), mod, "reference", start)
                if told is None or told.grain not in ("day", "part_of_day") or told.first.weekday() != c.weekday:
                    return Resolved(type_, self._underspecified_calendar(c), c.grain, None, mod, "none")
            if last is not None:
                pos, told = last
                base, anchor = (told.interval[1] if c.relation == "next" else told.interval[0]), f"timex:{pos}"
                if c.weekday is not None and c.relation == "nearest" and c.month is None and c.day is None:
                    # "April 8 ... Classes are canceled that Monday": the one nearest the day just told
                    day, _ = nearer_weekday(base, c.weekday, ties_ahead=False)
                    return self._done(type_, self._with_time(When("day", day), c), mod, anchor, start)
            elif c.weekday is None:
                return Resolved(type_, self._underspecified_calendar(c), c.grain, None, mod, "none")
        if c.month is None and c.day is None and c.weekday is None and c.holiday is None and c.season is None \
                and c.quarter is None and c.half is None and c.year_offset is None:
            # a time of day alone: on the day named near it, else the last day mentioned, else the base
            if self._recurring_time(start, end):
                # "open from 10am to [6pm] every day", "visiting between [2pm] and 8pm daily": any day's
                return Resolved(type_, self._underspecified_calendar(c), c.grain, None, mod, "none")
            if c.from_anchor and anchor.startswith("timex:"):
                day = base  # "noon that day", "11pm that night": the day just told, however long ago
                if last is not None and last[1].grain in ("month", "year") and c.hour is not None:
                    # "at 10am that day" after "25 years ago": a day of that year, not its first
                    coarse = last[1]
                    value = coarse.value + ("-XX" if coarse.grain == "month" else "-XX-XX") + f"T{c.hour:02d}:{c.minute or 0:02d}"
                    return Resolved(type_, value, c.grain, None, mod, anchor)
            else:
                day, anchor = self._day_for_time(start, end, base, anchor, c.hour, c.minute, c.part_of_day)
                came_after = self._day_it_came_after(start, end) if day is not None and c.hour is not None else None
                if came_after is not None and day < came_after[1].first:
                    # "The statement, issued at 7 a.m., came after a newspaper reported on Wednesday evening": not on a day
                    # before the one it followed (the next morning, when the hour is not past the time of that day)
                    pos, told = came_after
                    later = told.hour is not None and told.hour >= c.hour or told.part_of_day in ("EV", "NI") and c.hour < 12
                    day, anchor = moved(told.first, 1) if later else told.first, f"timex:{pos}"
            if day is None:
                return Resolved(type_, self._underspecified_calendar(c), c.grain, None, mod, "none")
            small_hours = c.hour == 24 and mod == "AFTER" and any(
                f"timex:{pos}" == anchor and w.hour is not None and w.hour < 6 for pos, w, _ in self.history)
            if c.hour == 24 and mod == "AFTER" and (anchor == f"timex:{self._day_told_after(end)}" or small_hours
                                                    or anchor in {f"timex:{p}" for p in self.entry_days}):
                # "shortly after midnight on Sunday", "Shortly after midnight, at 12:41 a.m. Wednesday": in
                # that day's small hours (and an almanac's entry tells its own day: "In 1972, Apollo 17 was launched
                # shortly after midnight")
                c = replace(c, hour=0)
            elif c.hour == 24 and mod == "AFTER" and day == self.reference and self.tense(start, end) == "past":
                # "Latvia switched to the euro on Wednesday [the day of writing] ... withdrew 10 euros
                # shortly after midnight": the small hours of that day, not past its end
                c = replace(c, hour=0)
            elif c.hour == 24 and (anchor == "reference" or self._morning_stamp_of(anchor, day)
                                   or self._writing_day_told_before(day, anchor, mod, start, end)) \
                    and self.tense(start, end) == "past" \
                    and not _DEADLINE_AFTER.match(self.text, end):
                # (a live blog's morning stamp is as good as the day of writing: "07:55 We are following
                # the eruption, which began shortly before midnight local time": the night just gone; so is a day of
                # writing told in another sentence: "results published on Monday morning ... conceded defeat shortly
                # before midnight", written that Monday; but not "closed out the match on Sunday shortly before midnight")
                if mod == "AFTER":
                    c = replace(c, hour=0)  # "the attack came just after midnight": in today's small hours
                else:
                    day = moved(day, -1)  # "announced its results shortly before midnight": the end of yesterday
            elif c.part_of_day == "MO" and c.hour is None and _DAWN_WORDS.search(self.text, start, end) \
                    and self._night_told_before(start, end, day):
                # "parties Thursday night that ran until dawn", "fired tear gas overnight ... By dawn the camp was quiet",
                # "worked until dusk on Sunday and resumed flights at first light": the dawn that ends that night
                day = moved(day, 1)
            elif c.part_of_day == "NI" and c.hour is None and day == self.reference and self.tense(start, end) == "past" \
                    and not _INTO_BEFORE.search(self.text, max(0, start - 8), start):
                # (but "celebrated well into the night" is the night after the day's news)
                # "agents on Friday [the day of writing] charged a veteran, as rescuers working through
                # the night pulled more bodies out": the night gone
                day = moved(day, -1)
            elif c.hour is not None and anchor.startswith("timex:") and not self._stamps_an_entry(start, end):
                # (a live blog's stamp has been placed beside the stamp before it already)
                told_at = next(((pos, w) for pos, w, _ in self.history if f"timex:{pos}" == anchor), None)
                told = told_at[1] if told_at else None
                if told is not None and told.hour is None and told.part_of_day is None:
                    # a day told after its time ("began at 10pm on Monday and ended shortly after 4am"): the time told is
                    # that one, the day's hour
                    told = next((w for p, w, _ in reversed(self.history) if p < told_at[0] and w.hour is not None and w.first == told.first
                                 and p in self.ends and re.fullmatch(r"\s+on\s+", self.text[self.ends[p]:told_at[0]])), told)
                if told is not None and c.hour < 6 and (told.hour is not None and 18 <= told.hour <= 24 or told.part_of_day in ("EV", "NI")) \
                        and not (self.reference is not None and moved(day, 1) > self.reference and self.tense(start, end) == "past"):
                    day = moved(day, 1)  # "landfall shortly before 11 p.m. ... By 2 a.m., the winds had fallen"
                    # (but not to a day after the writing in a past clause: "By Wednesday night, officials
                    # said ... The quake struck at 1:47 a.m.", written on the Wednesday)
                elif told is not None and told.hour is not None and 12 <= told.hour < 24 and c.hour < 12 and c.hour < told.hour \
                        and told.first == day and told_at[0] in self.ends and _TIME_PAIR_BETWEEN.fullmatch(self.text, self.ends[told_at[0]], start):
                    day = moved(day, 1)  # "a curfew from 7 p.m. to 6 a.m.": the morning after
            return self._done(type_, self._with_time(When("day", day), c), mod, anchor, start)
        if base is None:
            return Resolved(type_, self._underspecified_calendar(c), c.grain, None, mod, "none")
        if c.year_offset is not None:
            when = self._in_year(c, base.year + c.year_offset)
            if when is None:
                return Resolved(type_, self._underspecified_calendar(c), c.grain, None, mod, "none")
            return self._dated(c, when, mod, anchor, start)
        if c.day is not None and c.month is None:
            return self._day_of_month(c, start, end, base, anchor)
        if c.weekday is not None and c.month is None and c.day is None:
            if self.narrative and anchor != "reference" and c.relation in (None, "nearest") and self.reference is not None \
                    and (not self._told_within_a_week(start) or self.tense(start, end) == "future"):
                # "In 2022 ... Results published on Tuesday", "a judge will consider the
                # settlement on Monday": the writer's Tuesday and Monday
                base, anchor = self.reference, "reference"
            if c.relation == "nearest":
                # "Tuesday's meeting", "the Friday vote": the nearer such day, unless the sentence
                # says the event is over (a comparison point, or after a preposition in a past clause)
                back = resolve_weekday(base, c.weekday, "past")
                ahead = resolve_weekday(base, c.weekday, "future")
                tense = self.tense(start, end)
                # (a present or coming clause does not lean back: "before Thursday's time trial", "Thursday's
                # stage finishes on the Zoncolan", written on a Monday)
                leans_back = tense not in ("present", "future") or _OUTCOME.match(self.text, end) \
                    or _ACTING_ON_BEFORE.search(self.text, max(0, start - 16), start) or _PRICE_OF_THE_DAY_AFTER.match(self.text, end)
                day = ahead if (ahead - base).days < (base - back).days - (1 if leans_back else 0) else back
                if tense == "past" and (ahead - base).days > 1 and _PAST_ACT_BEFORE_POSSESSIVE.search(
                        self.text, self.bounds(start, end)[0], start):
                    day = back  # "Kenyatta won Monday's presidential election", written on a Saturday: over
                if _COMPARED_WITH.search(self.text, max(0, start - 12), start) or _UNPLANNED.match(self.text, end) or \
                        _FOLLOWING.search(self.text, max(0, start - 14), start) and tense == "past":
                    day = back
                elif (base - back).days > 1 and (_AWAITED.search(self.text, max(0, start - 30), start)
                                                 or _PICKED_FOR_BEFORE.search(self.text, max(0, start - 40), start)
                                                 or BOOKED_FOR_BEFORE.search(self.text, max(0, start - 60), start) or _TAKING_PART_IN.search(
                        self.text, max(0, start - 14), start) and self._coming_verb_before(start, end)
                        or verb_before(self.text, start, end, self.bounds(start, end))[0] == "future"
                        and not _OUTCOME.match(self.text, end) and not _ACTING_ON_BEFORE.search(self.text, max(0, start - 16), start)
                        or _DEADLINE_AFTER_DAY.match(self.text, end) and tense != "past"
                        or _CALLED_OFF_BEFORE.search(self.text, max(0, start - 30), start)
                        or tense in ("present", "future") and _SCHEDULED_AFTER_POSSESSIVE.match(self.text, end)
                        or _WOULD_GO_AHEAD_AFTER_POSSESSIVE.match(self.text, end)):
                    # "ahead of Sunday's election", "preparing for Sunday's final", "will compete in
                    # Sunday's final", "voters go to the polls in Sunday's runoff", "will hold a
                    # Monday vote", "faces a vote before a Monday deadline", "bracing for Tuesday's vote"
                    day = ahead
                if _IN_TIME_FOR_BEFORE.search(self.text, max(0, start - 16), start):
                    day = ahead  # "will be registered in time for Sunday's game", written on the Monday: the game to come
                pinned = self._date_in_brackets_after(end, c.weekday, base, of_a_noun=True)
                if pinned is not None:
                    day = pinned  # "a Friday night fixture against Parramatta on April 28": that Friday
            elif c.relation is None and c.weekday is not None and _LATER_ON_BEFORE.search(self.text, max(0, start - 12), start) \
                    and (same := self._same_weekday_told(start, c.weekday)) is not None:
                # "The lockout began at 12:01 a.m. on Thursday ... expected trains to move again later on
                # Thursday": the same Thursday
                pos, told = same
                return self._done(type_, self._with_time(When("day", told.first), c), mod, f"timex:{pos}", start)
            elif self.narrative and anchor != "reference" and c.relation is None and self._told_within_a_week(start):
                day = resolve_weekday(base, c.weekday, "future")  # a narrative moves forward
            else:
                tense = None if c.relation in ("last", "next", "coming", "gone", "ahead") else self.tense(start, end)
                if tense is None and c.relation is None and c.part_of_day is None and c.hour is None \
                        and self.bounds(start, end)[0] == start and _DAY_AS_SUBJECT_PRESENT_AFTER.match(self.text, end):
                    tense = "present"  # "Friday marks the 20th anniversary of ...": a day the calendar brings, to come
                if tense is None and c.relation is None and _FUNERAL_NOTICE.search(self.text, *self.bounds(start, end)):
                    tense = "future"  # a death notice's arrangements, told with no verb: still to come
                if tense == "past" and c.relation is None and _FROM_BEFORE.search(self.text, max(0, start - 6), start) \
                        and _STRETCH_THROUGH_WEEKDAY_AFTER.match(self.text, end) \
                        and _MEASURE_DECLARED.search(self.text, self.bounds(start, end)[0], start):
                    # "declared a state of contingency from Monday through Friday", written on the Monday: the days a
                    # measure holds are the day of its declaring and those after, the nearer such days
                    tense = "future" if nearer_weekday(base, c.weekday, ties_ahead=True)[1] else "past"
                if tense is None and c.relation is None and _FROM_BEFORE.search(self.text, max(0, start - 6), start) \
                        and not _BETWEEN_OR_FROM_BEFORE.search(self.text, max(0, start - 40), max(0, start - 6)):
                    tense = "future"  # "The minimum wage rises ... from Monday", "Super guarantee rises to 10pc from
                    # Thursday": a change told with no tense takes effect from the coming day
                if tense == "future" and c.relation is None and _AFTER_A_RESULT.search(self.text, self.bounds(start, end)[0], start):
                    tense = "past"  # "will go into the new year top of the league after a 3-1 win on Sunday"
                if tense and _CLOSING_PRICE_BEFORE.search(self.text, max(0, start - 30), start):
                    tense = "past"  # "a 28% premium to the stock's closing price on Monday": a price already set
                if tense == "present" and c.relation is None and _OUTCOME_NOUN_BEFORE.search(
                        self.text, max(0, start - 24), start) and verb_before(self.text, start, end, self.bounds(start, end))[0] is None:
                    tense = "past"  # "The guilty verdict on Friday closes one chapter": the verb is the verdict's, not the day's
                if tense == "present" and c.relation is None and _UNFORESEEN_BEFORE_DAY.search(self.text, max(0, start - 80), start):
                    tense = "past"  # "Police are investigating the crush on Saturday night": what is investigated is over
                if tense in ("present", "future") and c.relation is None and _RECORDED_FROM_BEFORE.search(self.text, max(0, start - 40), start):
                    tense = "past"  # "are reviewing footage from Wednesday evening": what was recorded is over
                if tense == "future" and c.relation is None and _WAS_TO_BEFORE.search(self.text, self.bounds(start, end)[0], start) \
                        and (_BUT_UNDONE_AFTER.match(self.text, end) or _BUT_OVERRAN_AFTER.match(self.text, end)):
                    tense = "past"  # "The meeting was scheduled to close on Friday evening but ran 40 hours over": a plan gone by
                deadline = _WEEKDAY_DEADLINE.search(self.text, max(0, start - 30), start)
                act_day = None
                setting = _DEADLINE_VERB.search(self.text, self.bounds(start, end)[0], deadline.start()) if deadline else None
                if setting and tense == "past" and _HAD_BEFORE.search(self.text, max(0, setting.start() - 12), setting.start()):
                    # "had set a deadline of 10 a.m. Tuesday" (the talks nearly collapsed early Tuesday),
                    # "had extended opening hours until 2 a.m. on Monday" (written on the Sunday): a
                    # deadline set in the story told, gone or to come: the nearer one
                    setting = nearer_weekday(base, c.weekday, ties_ahead=False)[1] or None
                if deadline and deadline.group().lower().startswith("before") and tense not in ("present", "future"):
                    deadline = None  # "before Friday" looks ahead only from a present or coming clause ("check the
                    # policy before Friday" is its own; "queues forming before 9am on Saturday" is not)
                if deadline and c.relation is None and (tense != "past" or setting or self._from_now_before(start, end)
                        # "If the governor has not signed the bill by Saturday, ...": a condition's deadline, to come
                        or _IF_OPENING.match(self.text, self.bounds(start, end)[0]) and not re.search(
                            r"\bhad\b", self.text[self.bounds(start, end)[0]:deadline.start()], re.IGNORECASE)
                        # "people have checked out until Monday", "the talks have been put off until Friday": a state that lasts
                        or deadline.group().lower().startswith(("until", "till")) and _PRESENT_PERFECT.search(
                            self.text, self.bounds(start, end)[0], deadline.start())) and not _FRONTED.match(
                        self.text[self.bounds(start, end)[0]:deadline.start() + 1]):
                    # "postponed until Tuesday morning", but not "Until Thursday, they had ..."
                    act_day = self._day_of_a_past_act(start, end, deadline.start()) if tense == "past" and setting else None
                    tense = "future"
                elif deadline and c.relation is None and tense == "past" and (deadline.group().lower().startswith(("through", "thru"))
                                                                            or deadline.group().lower().startswith(("until", "till"))
                                                                            and (_CLOSURE_VERB.search(self.text, self.bounds(start, end)[0], deadline.start())
                                                                                 or _HAD_BEFORE.search(self.text, max(0, deadline.start() - 8), deadline.start()))):
                    # ("Saddam Hussein had until 8 p.m. EST Wednesday to leave Iraq": a deadline given, met or not)
                    # "Rutgers canceled classes through Friday", "kept stations heated through Wednesday"
                    # (written on a Wednesday, a Sunday): a state that lasts to the nearer such day, the
                    # coming one or the one just gone ("the festival ran through Sunday", "schools stayed
                    # closed until Monday", written on a Tuesday)
                    tense = "future" if nearer_weekday(base, c.weekday, ties_ahead=True)[1] else "past"
                if c.relation is None and tense == "future" and (self._plan_of_the_past(start, end) or _ORDERED_TO_BEFORE.search(
                        self.text, max(self.bounds(start, end)[0], start - 100), start)):
                    # "was due to return to his hostel on Saturday", written on a Tuesday: a plan of the
                    # past, for the nearer such day (as "had planned to fly home on Monday" below)
                    tense = "future" if nearer_weekday(base, c.weekday, ties_ahead=True)[1] else "past"
                if c.relation is None and tense == "past" and (_FOR_BEFORE.search(self.text, max(0, start - 5), start)
                                                               and _CLOSURE_VERB.search(self.text, max(self.bounds(start, end)[0], start - 60), start)
                                                               or self._plan_of_the_past(start, end)
                                                               # "have also canceled classes Wednesday", "canceled
                                                               # Wednesday morning departures": what was called off
                                                               or _CANCELLED_THING_BEFORE.search(self.text, max(self.bounds(start, end)[0], start - 50), start)):
                    # (and "travelers who had planned to fly home on Monday", "had been due to end
                    # Friday": a plan made before, kept or not)
                    # "districts have cancelled classes for Monday", written on a Sunday: the day the
                    # closure is for, the nearer such day
                    tense = "future" if nearer_weekday(base, c.weekday, ties_ahead=True)[1] else "past"
                warned = c.relation is None and tense != "future" and (_WARNED_FOR_BEFORE.search(self.text, max(0, start - 90), start)
                                                                       or _WARNING_FROM_BEFORE.search(self.text, max(0, start - 140), start))
                if warned and (warned.group().lower().startswith("holiday") or tense != "past"
                               or _PRESENT_PERFECT.search(self.text, self.bounds(start, end)[0], start)
                               # ("The Met Office issued amber warnings for Tuesday and Wednesday", written on a Monday)
                               or _WARNING_FOR_OR_FROM.search(warned.group()) and (resolve_weekday(base, c.weekday, "future") - base).days <= 3):
                    # "An orange alert has been issued for nine districts for Friday", "declared a
                    # holiday for schools on Friday": a warning or a day off looks ahead (but "the
                    # warning issued on Monday" is the issuing's day)
                    tense = "future"
                if c.relation is None and (self._named_by_a_decision(start, end) or _DECLARED_BEFORE.search(
                        self.text, max(0, start - 14), start) and _DAY_OF_AFTER.match(self.text, end)):
                    tense = "future"  # "has declared Friday a work-free day", "declared Sunday a national day of mourning"
                if c.relation is None and tense == "past" and _FIXTURE_SET_UP_BEFORE.search(
                        self.text, max(self.bounds(start, end)[0], start - 120), start):
                    # "beat Japan 2-1 to set up a semifinal against New Zealand on Wednesday", "advanced to face
                    # Colombia on Friday": a win's result is a match to come, whatever the tense of the win
                    tense = "future"
                if tense is None and c.relation is None and 1 <= (c.weekday - base.weekday()) % 7 <= 2 \
                        and not self._heads_an_entry(start, end) and not self.text[start:end].isupper() \
                        and not (re.search(r"(?:^|\n)[^\n]{0,20}$", self.text[max(0, start - 21):start])
                                 and re.match(r"[ \t]*[:.]?[ \t]*(?:\n|$)", self.text[end:end + 4])) \
                        and not _A_CLOSING_PRICE_OF_BEFORE.search(self.text, max(0, start - 50), start):
                    # a weekday told with no tense to read ("Partial eclipse Monday: what Torontonians need to know", "in
                    # Saturday byelection", written on a Friday): one or two days ahead, the one to come (our sets' reviewers
                    # 78 times of 89), else the one gone (not a log's or a diary's heading: "MONDAY 6:12 a.m.: ...", nor a
                    # closing price's day)
                    tense = "future"
                if tense is None and c.relation is None and 3 <= (c.weekday - base.weekday()) % 7 <= 5 \
                        and start < self.text.find("\n") and headline_line(self.text, start) \
                        and not self.text[start:end].isupper():
                    # the headline's weekday told with no tense ("SpaceX scrubs launch over helium leak; next try Friday",
                    # "Free flu shots Saturday at fairgrounds"), three to five days ahead: the one to come, as a
                    # headline announces (our sets' reviewers 17 times of 18); six days ahead it is the day just gone
                    # (the text's first line only: not a log's weekday standing as a heading of its own)
                    tense = "future"
                if c.relation is None and not self.narrative and _SCENE_SET_AT_BEFORE.search(
                        self.text, max(self.bounds(start, end)[0], start - 90), start):
                    # "It is shortly before 6am on Tuesday, and Anja is pulling on a green vest": a scene a feature
                    # sets in the present is the reporter's, on the day just gone
                    tense = "past"
                day = resolve_weekday(base, c.weekday, tense, c.relation)
                fall = V.FALLS_ON_DAYS.search(self.text, max(self.bounds(start, end)[0], start - 40), start) \
                    if c.relation is None and c.part_of_day is None else None
                named = [w.first for pos, w, _ in self.history if self.bounds(start, end)[0] <= pos < fall.start()
                         and w.grain == "day" and w.first.weekday() == c.weekday] if fall else []
                if named:
                    day = named[-1]  # "Because Christmas Day and Boxing Day fall on Saturday and Sunday this year": those days
                if act_day is not None:
                    # "storms on Friday, when play was suspended ... until Saturday morning", written on the
                    # Monday: the first such day after the act's, gone by the writing
                    day = resolve_weekday(act_day, c.weekday, relation="ahead")
                if c.relation is None and _EFFECTIVE_BEFORE.search(self.text, max(0, start - 20), start):
                    # "cut their prime rate to 7.75 percent, effective Wednesday" (written on the Tuesday), "suspended
                    # its operations for 30 days effective Friday" (on the Sunday): the nearer such day, whatever the tense
                    day, _ = nearer_weekday(base, c.weekday, ties_ahead=True)
                if c.relation is None and _SAID_BEFORE.search(self.text, max(0, start - 16), start) \
                        and _WOULD_AFTER.match(self.text, end):
                    # "Aznar said Monday would be the moment of truth", "It said Wednesday would also be a
                    # holiday": a day ahead of the saying, which may be over by the writing: the nearer one
                    day, _ = nearer_weekday(base, c.weekday, ties_ahead=False)
                if c.relation is None and tense == "future":
                    said = self._said_day_before_would(start, end)
                    if said is not None:
                        # "Chrysler said Wednesday it would close its factories at the end of the shift
                        # Friday", written on the Saturday: the Friday after the saying, gone by now
                        day = resolve_weekday(said, c.weekday, relation="ahead")
                pinned = self._date_in_brackets_after(end, c.weekday, base) if c.relation is None else None
                if pinned is not None:
                    day = pinned  # "declared Monday (Sept 4) a public holiday": the date in brackets says which
                elif c.relation is None and not self.narrative and _PROCLAIMED_BEFORE.search(self.text, max(0, start - 24), start) \
                        and _A_DAY_OF_AFTER.match(self.text, end):
                    # "declared Thursday a national holiday", "declares Wednesday public holiday", "declared Thursday
                    # and Friday public holidays": a day proclaimed ahead, the day of writing or one of the next four,
                    # whatever the verb's tense (our sets: 16 times of 19); five or six days ahead it is rather the
                    # one or two days just gone, proclaimed for the disaster the story tells ("declared Saturday a
                    # day of mourning", written the Monday after the ferry sank)
                    day = moved(base, (c.weekday - base.weekday()) % 7)
                    if (day - base).days > 4:
                        day = moved(day, -7)
                if c.relation is None and (not self.narrative and self._heads_an_entry(start, end)
                                           or _CHANGED_PLAN.search(self.text, max(0, start - 50), start)
                                           or _PLANNED_FOR_BEFORE.search(self.text, max(0, start - 30), start)
                                           and _CALLED_OFF_AFTER.match(self.text, end)):
                    # a dated list's entry, told in the historic present ("Oct. 8 -- ... [line] Thursday --
                    # The Dow closes below 9,000"), or a plan told as changed: the day gone, unless that
                    # is most of a week back
                    back = resolve_weekday(base, c.weekday, "past")
                    # (an entry told in the past is of the week gone, however far back: "Monday: A Christmas tree
                    # fire was reported at 4:12 p.m.", in a log written on the Sunday)
                    day = back if (base - back).days <= _JUST_GONE_DAYS or tense == "past" and self._heads_an_entry(start, end) \
                        else resolve_weekday(base, c.weekday, "future")
                    before = self._entry_day_before(start) if self._heads_an_entry(start, end) else None
                    ahead = self._list_headed_ahead(start) if before is None and self._heads_an_entry(start, end) else None
                    if ahead:
                        # the first entry of a list headed as what is to come ("NEXT WEEK [line] - Monday: Euro-zone
                        # finance ministers meet", "Coming up [line] Saturday: ..."): the day ahead, in the next week
                        # if the heading says so
                        day = resolve_weekday(base, c.weekday, relation="ahead")
                        if ahead == "next week":
                            day = moved(base, 7 - base.weekday() + c.weekday)
                    if before is not None:
                        # an entry after one headed by a day of the same list ("Thursday: Vance's evening sale, 7 p.m.
                        # [line] Friday: Online-only sales close at noon", a week ahead written on a Tuesday): the
                        # list runs on from that day
                        # (the same day again, for another part of it: "Wednesday afternoon: ... [line] Wednesday
                        # night: ...")
                        day = before if before.weekday() == c.weekday else resolve_weekday(before, c.weekday, relation="ahead")
                if day == base and c.relation is None and c.mod is None and c.part_of_day is None and c.hour is None \
                        and _SINCE_BEFORE.search(self.text, max(0, start - 8), start):
                    # "closed since Thursday", written on a Thursday: a week ago (but "counting has gone
                    # on since early Tuesday", on a Tuesday, is since that morning)
                    day = moved(day, -7)
                until = _UNTIL_WEEKDAY.match(self.text, end) if c.relation is None and tense == "past" and not warned \
                    and not _DEADLINE_VERB.search(self.text, self.bounds(start, end)[0], start) else None
                # (not a stretch an act sets: "has suspended most lane closures from noon Friday until Tuesday
                # morning", written on a Friday, runs from that day; nor a warning's: "issued a blizzard warning from
                # Wednesday morning through Friday", written on the Thursday, holds the day of writing)
                if until:
                    # "the talks ran from Monday to Friday" (written on a Wednesday): the last such
                    # stretch that is over, so Monday counts back from that Friday
                    last_day = resolve_weekday(base, V.weekday_number(until["wd"]), "past")
                    day = last_day - dt.timedelta(days=(last_day.weekday() - c.weekday) % 7)
                stretch_end = None
                if c.relation is None and c.part_of_day is None and c.hour is None and tense != "past" and not until:
                    stretch_end = _UNTIL_WEEKDAY.match(self.text, end) if _FROM_BEFORE_A_STRETCH.search(
                        self.text, max(0, start - 6), start) else _AND_WEEKDAY.match(self.text, end) if _BETWEEN_BEFORE.search(
                        self.text, max(0, start - 9), start) else None
                if stretch_end and not re.match(r"\s+(?:next|last|this|week)\b", self.text[stretch_end.end():], re.IGNORECASE):
                    # (not "from Monday to Friday next week": a stretch of a week named)
                    since = (base.weekday() - c.weekday) % 7
                    to = (V.weekday_number(stretch_end["wd"]) - base.weekday()) % 7
                    if since == 1 and to > 0 and since + to < 7:
                        # "expects 380,000 passengers between Thursday and Tuesday", written on the Friday: a stretch
                        # under way, begun the day before (but "Showers are expected from Sunday to Wednesday", written
                        # on a Tuesday, is a forecast of the coming ones)
                        day = moved(base, -since)
                first = self._joined_to_previous(start, ("day", "part_of_day", "hour", "minute"), weekday=True) \
                    if c.relation is None else None
                if first is None and c.relation is None and tense != "past":
                    first = self._range_start(start)
                if first is not None and self.previous is not None and (day < first and _BETWEEN_BEFORE.search(
                        self.text, max(0, self.previous[0] - 12), self.previous[0]) or _FROM_BEFORE_A_STRETCH.search(
                        self.text, max(0, self.previous[0] - 8), self.previous[0]) and _STRETCH_JOIN.fullmatch(
                        self.text, self.previous[1], start)):
                    # "cancelled 400 flights between Saturday night and Monday morning" (written on a
                    # Sunday), "were canceled from Saturday through Monday" (written on a Tuesday): whatever
                    # the tense, the second day of a stretch comes after the first
                    day = first + dt.timedelta(days=(c.weekday - first.weekday()) % 7 or 7)
                elif first is not None and (first > base or first == base and (first - day).days >= 5) and day < first:
                    # "will meet on Tuesday and Wednesday" (written on a Wednesday): the second
                    # day of a coming pair follows the first; so does a pair that opens on the day of
                    # writing ("suspended classes on Friday and Saturday", written on a Friday), unless
                    # its second day is just gone ("statements made Friday and Thursday")
                    day = first + dt.timedelta(days=(c.weekday - first.weekday()) % 7 or 7)
            if c.week_of:
                return self._done(type_, When.of(day, "week"), mod, anchor, start)  # "the week ending Sunday"
            return self._done(type_, self._with_time(When("day", day), c), mod, anchor, start)
        if self.narrative and c.relation in (None, "nearest") and anchor != "reference":
            moved_on = self._told_forward(c, start)
            if moved_on is not None:
                return self._dated(c, moved_on[0], mod, moved_on[1], start)
        joined = self._joined_to_previous(start, ("month",) if c.day is None else ("day",)) \
            if c.relation is None and c.month is not None and c.holiday is None else None
        if joined is not None:
            # "in May and June", "from 28 February to 3 March": the second date in the year of
            # the first (or the next one round: "from Dec. 28 to Jan. 3")
            year = joined.year + ((c.month, c.day or 1) < (joined.month, joined.day if c.day else 1))
            if year > joined.year and _LISTED.fullmatch(self.text, self.previous[1], start) \
                    and not _BETWEEN_BEFORE.search(self.text, max(0, self.previous[0] - 9), self.previous[0]):
                # a list, not a range: "fell in August and July" stays in August's year, "in
                # December and January" goes on into the next: the nearer way round
                back = self._in_year(c, joined.year)
                if back is not None and (joined - back.first).days < 183:
                    year = joined.year
            when = self._in_year(c, year)
            if when is not None:
                return self._dated(c, when, mod, anchor, start)
        after = self._joined_to_previous(start, ("day",)) if c.holiday is not None and c.relation is None else None
        if after is not None:
            # "bookings for Christmas and New Year", "Christmas Day, Boxing Day and New Year's Day":
            # a holiday listed after a day is the next one on from it
            for year in (after.year, after.year + 1):
                when = self._in_year(c, year)
                if when is not None and 0 <= (when.first - after).days <= _LISTED_HOLIDAY_DAYS:
                    return self._dated(c, when, mod, anchor, start)
        if c.relation is None and (c.month is not None or c.season is not None) and c.holiday is None and c.year is None \
                and c.weekday is None and (_HABITUAL_CLAUSE.search(self.text, max(self.bounds(start, end)[0], start - 80), start)
                                           and self.tense(start, end) in ("present", None) or _EACH_YEAR_AFTER.match(self.text, end)
                                           or c.month is not None and c.day is None and _A_HABIT_OF_THE_MONTH_AFTER.match(self.text, end)
                                           and not re.search(r"\b(?:to|through|till|until|and|or|of)\s+$", self.text[max(0, start - 10):start])
                                           or c.month is not None and c.day is None and self._months_round_a_year(start, end)) \
                and not _STARTING_BEFORE.search(self.text, max(0, start - 22), start):  # (but "starting in April" is one April)
            # "Schools usually reopen in September", "every year in March", "collecting insects
            # from March to October each year": any year's, no one date (but "he always said he
            # would retire in June", "Usually quiet, the town erupted in May")
            return Resolved(type_, self._underspecified_calendar(c), c.grain, None, mod, "none")
        year = self._year_named_before(start, end) if c.relation in (None, "nearest") else None
        if year is None and c.relation is None and c.holiday is None and c.month is not None and c.year_offset is None \
                and self._next_years_event_before(start, end):
            year = self.reference.year + 1  # "next year's edition would be held in late September"
        if year is None and c.relation is None and (c.month, c.day) == (9, 11) and c.holiday is None and base is not None \
                and base >= _ATTACKS_OF_2001 and _ATTACKS_AFTER.match(self.text, end):
            year = _ATTACKS_OF_2001.year  # "after the Sept. 11 attacks", written in 2003 or 2020: the attacks of 2001
        if year is None and c.relation is None and c.month is not None and c.day is not None and self.previous is not None \
                and re.fullmatch(r",\s*", self.text[self.previous[1]:start]) and self.previous[2].grain == "day" \
                and (self.previous[2].first.month, self.previous[2].first.day) == (c.month, c.day):
            year = self.previous[2].first.year  # "on Presidents Day, Feb. 19": the date in apposition is the holiday's
        if year is None and c.relation is None and c.month is not None and c.day is not None and self.previous is not None \
                and re.fullmatch(r",\s*on\s+", self.text[self.previous[1]:start]) and self.previous[2].grain == "day" \
                and re.search(r"\b(?:later|earlier|after|before)$", self.text[self.previous[0]:self.previous[1]], re.IGNORECASE):
            # "holds its primary a week later, on Jan. 10": the day in apposition to a day counted from another is near it
            told = self.previous[2].first
            near = [d for d in (safe_date(y, c.month, c.day) for y in (told.year - 1, told.year, told.year + 1))
                    if d is not None and abs((d - told).days) <= 31]
            year = near[0].year if near else None
        if year is None and c.relation is None and c.month is not None and c.day is not None and self.previous is not None \
                and re.fullmatch(r",\s*(?:on\s+)?", self.text[self.previous[1]:start]) \
                and self.previous[2].grain in ("month", "week", "weekend", "season", "quarter", "half"):
            # "Two months later, on March 22, soldiers ... overthrew": the day in apposition to a stretch just told
            # that holds it is of that stretch's year
            first, last = self.previous[2].interval
            held = [y for y in sorted({first.year, last.year}) if (d := safe_date(y, c.month, c.day)) is not None and first <= d <= last]
            year = held[0] if len(held) == 1 else None
        if year is None and c.relation is None and c.month is not None and c.holiday is None:
            year = self._year_after_previous_entry(c, start)  # "Feb. 28, 1998 - ... [line] Sept. 23 - ...": 1998
        if year is None and c.relation is None and c.month is not None and c.holiday is None:
            year = self._year_of_framing_season(c, start, end) or self._year_of_list_entry(start) or self._year_of_table(start)
        if year is None and c.relation is None and c.month is not None and c.holiday is None \
                and (re.search(r"\b(?:that|the\s+same)\s+$", self.text[max(0, start - 9):start], re.IGNORECASE)
                     and not _THAT_OF_A_CLAUSE_BEFORE.search(self.text, max(0, start - 30), start)
                     and not (_VERB_BEFORE_THAT.search(self.text, max(0, start - 30), start) and _FINITE_VERB_AFTER.match(self.text, end))
                     or re.search(r"\s(?:that|the\s+same)\s+year$", self.text[start:end], re.IGNORECASE)):
            told = self.last_date(start, finest="year")
            if told is not None:
                year = told[1].first.year  # "formed in December 2021 after an election that October": 2021's
        if year is None and c.relation is None and c.month is not None and c.holiday is None and c.weekday is None:
            year = self._year_of_a_full_date_in_sentence(c, start, end)
        if year is None and c.relation is None and c.month is not None and c.day is not None and c.holiday is None:
            # "only gave up on the evening of Monday, March 4", "The rain started on January 18, a
            # Friday": the year of the story in which that date is that weekday
            year = self._year_of_the_weekday(c, base, start, end)
        if year is None and c.relation is None and c.month is not None and c.holiday is None:
            year = self._story_year(c, start, end)  # "The war began in 1939. In September, Germany invaded Poland."
        if year is None and c.relation is None and c.month is not None and c.holiday is None:
            year = self._story_carried_on(c, start, end)  # "The mission began on July 16, 1969 ... splashed down on July 24"
        if year is None and c.relation is None and c.month is not None and c.day is not None and c.holiday is None:
            year = self._year_of_a_day_beside(c, start, end)  # "a date painted beside it, Nov. 4, 1985 ... The rain began on Nov. 3"
        if year is None and c.holiday is not None and c.relation is None and self.previous is not None \
                and re.fullmatch(r",\s*", self.text[self.previous[1]:start]) and self.previous[2].grain in ("day", "part_of_day") \
                and holiday_date(c.holiday, self.previous[2].first.year) == self.previous[2].first:
            year = self.previous[2].first.year  # "on the evening of October 2, 2000, Gandhi Jayanti": the day told beside it
        if year is None and c.holiday is not None and c.relation is None:
            year = self._year_told_after(start, end) or self._year_of_the_date_beside(c, end)  # "The Ash Wednesday fires of 1983"
        if year is None and c.holiday is not None and c.relation is None and c.year_offset is None:
            year = self._year_of_the_holidays_month_before(c, start, end)
        if year is None and c.holiday is not None and c.relation is None and c.year_offset is None:
            year = self._story_year_of_a_holiday(c, start, end)
        if year is None and c.relation is None and (c.half is not None or c.quarter is not None) and c.month is None:
            year = self._year_of_an_earlier_part(c, start, end)  # "in the first half of 2023 before easing in the second half"
        if year is None and c.relation is None and c.quarter is not None and c.year_offset is None and base is not None \
                and _FISCAL_WORD.search(self.text, start, end):
            # "said yesterday that fiscal fourth-quarter net income doubled" (written in August): a fiscal
            # year is named by the calendar year it ends in, so its quarters reported through a year
            # are that year's (but a quarter reported in the first weeks of a year ended in December:
            # the last one's, a fourth through March, a third through February, "fiscal third-quarter
            # profit" of an April-March year; TimeBank names a fiscal quarter by the calendar year it
            # falls in: "the fiscal first quarter ended Sept. 30", written in October 1989, is 1989-Q1)
            year = base.year - (1 if c.quarter == 4 and base.month <= 3 or c.quarter == 3 and base.month <= 2
                                or base.month == 1 and self.tense(start, end) == "past" else 0)
        if year is None and c.relation is None and c.month is not None and c.day is None and c.year is None and base is not None:
            year = self._year_of_a_past_stretch_over_new_year(c, start, end, base)
        if year is not None:
            # "The 2024 election was held on Nov. 5": the year the sentence names
            when = self._in_year(c, year)
            if when is not None:
                return self._dated(c, when, mod, anchor, start)
        tense = None if c.relation not in (None, "nearest") else self.tense(start, end)
        if tense == "present" and self._coming_verb_before(start, end):
            tense = "future"  # "the new law takes effect in October", "the season opens in November"
        if c.day is None and c.month is not None and (_REPORTED_PERIOD_BEFORE.search(self.text, max(0, start - 40), start)
                                                      or V.REPORTED_PERIOD_AFTER.match(self.text, end)):
            # "will release new home sales figures for March", "will report April housing starts
            # tomorrow": the month the data cover, already past
            tense = "past"
        if c.holiday is not None and c.relation is None and _UNPLANNED_AFTER_DATE.match(self.text, end):
            tense = "past"  # "after the April Fools' Day storm left hundreds of cars towed": the storm is over
        if c.relation is None and c.year is None and c.day is None and (c.month is not None or c.quarter is not None or c.half is not None) \
                and _AFTER_A_RECORD_BEFORE.search(self.text, max(0, start - 50), start):
            tense = "past"  # "asked customers to use water wisely after the driest first half of the year since 1976": over
        if c.holiday is not None and c.relation is None and tense == "past" and base is not None \
                and (_THRESHOLD_OF_BEFORE.search(self.text, max(0, start - 30), start) or _THRESHOLD_OPENING.match(self.text, start)) \
                and any(w is not None and 0 <= (w.first - base).days <= 3 for w in (self._in_year(c, base.year), self._in_year(c, base.year + 1))):
            # "stranding travelers at the start of the Labor Day weekend", written on the Friday before
            # it: the one about to begin, not last year's
            tense = "future"
        if c.holiday is not None and c.relation is None and re.match(r"\s+next\s+(?:fall|autumn|spring|summer|winter)\b", self.text[end:end + 20],
                                                                      re.IGNORECASE):
            tense = "future"  # "voted to start classes after Labor Day next fall": the holiday of the season to come
        if c.month is not None and c.relation is None and _COVERED_FROM_BEFORE.search(self.text, max(0, start - 50), start):
            tense = "past"  # "The report, which covers cases from January 1 to September 12": counted, so gone
        if tense == "future" and c.relation is None and c.month is not None and c.weekday is None \
                and _WAS_TO_BEFORE.search(self.text, self.bounds(start, end)[0], start) and _BUT_UNDONE_AFTER.match(self.text, end):
            tense = "past"  # "The trial was set to start in October but was delayed twice": a plan of the past, given up
        if c.day is None and (c.quarter is not None or c.half is not None or c.month is not None) and c.relation is None \
                and (_FROM_A_FIGURE_IN.search(self.text, max(0, start - 60), start) or _THAN_IN_BEFORE.search(self.text, max(0, start - 12), start)):
            tense = "past"  # "expect growth of 14 percent for the quarter, down from 25 percent in the third quarter": a figure gone
            # ("will now pay Rs 3,500 more a month than in April": the point compared with is gone)
        if c.day is not None and c.month is not None and c.relation is None and _ATTRIBUTIVE_DATE_BEFORE.search(
                self.text, max(0, start - 30), start) and _ATTRIBUTIVE.match(self.text, end) \
                and not _UNPLANNED_AFTER_DATE.match(self.text, end) and not _SINCE_IN_CLAUSE.search(self.text, max(0, start - 40), start):
            # "the Feb. 8 departures", "the Nov. 5 election": a named happening, the nearer one (but
            # "the Oct. 23 slaying", "since the Jan. 6 attack" are over, and "will face their opponents
            # in the November 4 general election", written in March, looks ahead)
            told_before = verb_before(self.text, start, end, self.bounds(start, end))[0]
            tense = "future" if told_before == "future" or _AWAITED.search(self.text, max(0, start - 30), start) \
                else "past" if told_before is None and _OPENS_WITH_THE.fullmatch(self.text, self.bounds(start, end)[0], start) \
                and (noun := _ATTRIBUTIVE.match(self.text, end)) and (verb := _WORD_AFTER.match(self.text, noun.end())) \
                and narrated_past_verb(verb.group(1)) \
                else None  # ("preparing for the Nov. 5 election")
            # (a happening that opens its sentence as the subject of a past verb is over: "The April 4 election ended a decade
            # of rule"; but "Ticket sales for the Feb. 8 departures sold out", written the day before, look ahead)
        elif c.month is not None and c.relation is None and c.year is None and _AWAITED_EVENT_ON_BEFORE.search(
                self.text, max(0, start - 90), start):
            tense = None  # "uncertainty over the EU referendum on June 23 was already affecting confidence": the nearer
        elif c.day is not None and c.month is not None and c.relation is None and _ATTRIBUTIVE_DATE_BEFORE.search(
                self.text, max(0, start - 30), start) and _UNPLANNED_AFTER_DATE.match(self.text, end) and tense in ("present", "future"):
            tense = "past"  # "Police are investigating the Oct. 23 slaying": the slaying is over (and "players will wear
            # a flag decal, two months after the Sept. 11 attacks": so are the attacks)
        if c.day is None and c.month is not None and c.relation is None and c.year is None and (
                _DELIVERY_MONTH_BEFORE.search(self.text, max(0, start - 30), start) or _DELIVERY_MONTH_AFTER.match(self.text, end)
                and re.search(r"\b(?:for|the)\s+$", self.text[max(0, start - 5):start], re.IGNORECASE)
                or _COMMODITY_AFTER.match(self.text, end) and re.search(r"(?:^|[,.;]\s+|\b(?:the|and|while|as|but)\s+)$",
                                                                        self.text[max(0, start - 8):start], re.IGNORECASE)):
            # a futures contract's month: this month or one to come ("crude for January delivery fell")
            tense = "future"
        if c.day is None and c.month is not None and c.relation is None and _CHANGED_PLAN.search(
                self.text, max(0, start - 60), start):
            # "had originally planned to halt operations in November, but extended the run": a plan
            # made for a month ahead of it, which may have come or not: the nearer one
            tense = "future" if self._plan_still_to_be_put_off(start, end) else None
        if c.relation is None and c.day is None and tense != "past" and _WHEN_PAST_AFTER.match(self.text, end):
            tense = "past"  # "a turnaround from October, when Chavez defeated Capriles": a month the clause after tells as past
        if (tense is not None or c.relation is None and c.day is not None) and _COMPARED_WITH_NAMED.search(
                self.text, max(0, start - 20), start):
            tense = "past"  # "up from its July forecast", "higher than the March figure": a point passed
        if c.relation is None and c.month is not None and _FROM_A_MARK_ON_BEFORE.search(self.text, max(0, start - 40), start):
            tense = "past"  # "down 11 percent from its record close on May 21": a mark already set
        if tense in ("present", "future") and c.relation is None and c.day is None and c.month is not None \
                and _THAN_AT_A_MONTH_BEFORE.search(self.text, max(0, start - 60), start):
            tense = "past"  # "more patients now than at the peak of the first wave in April": a point compared with
        if c.relation is None and _BACKDATED_BEFORE.search(self.text, max(0, start - 20), start):
            tense = "past"  # "a 5% rise, backdated to April": a month gone
        if c.relation is None and c.day is not None and c.month is not None and tense in ("present", "future") \
                and _UNFORESEEN_THEN_BEFORE_DATE.search(self.text, max(self.bounds(start, end)[0], start - 100), start) \
                and not _MODAL_FUTURE.search(self.text, self.bounds(start, end)[0], start):
            tense = "past"  # "are charged over an attack on a Blacktown family in the early hours of February 6"
        if c.relation is None and c.day is None and c.month is not None and tense in ("future", "present") \
                and (_UNFORESEEN_OF_BEFORE_MONTH.search(self.text, max(self.bounds(start, end)[0], start - 120), start)
                     or _AFTER_WEATHER_IN_BEFORE.search(self.text, max(self.bounds(start, end)[0], start - 90), start)):
            tense = "past"  # "decided not to indict the officer in the fatal shooting of Michael Brown, ..., in August"
            # (and "Milk production is expected to fall this year after unusually dry weather in key regions in January")
        if c.relation is None and c.day is None and c.month is not None and c.year is None and tense in ("future", "present") \
                and _A_SPAN_GONE_BEFORE.search(self.text, self.bounds(start, end)[0], start) \
                and not _MODAL_FUTURE.search(self.text, self.bounds(start, end)[0], start):
            tense = "past"  # "the latest in a series of walkouts over the past two years, including Los Angeles in January"
        if tense == "past" and c.relation is None and c.month is not None and c.day is not None and c.year is None and base is not None \
                and _SHORTLY_BEFORE_A_DATE.search(self.text, max(0, start - 40), start):
            coming = self._in_year(c, base.year)
            coming = coming if coming is not None and coming.first >= base else self._in_year(c, base.year + 1)
            if coming is not None and (coming.first - base).days <= 45:
                tense = "future"  # "sent costs soaring just weeks before the busy Fourth of July travel period", written in
                # June: what came shortly before a date near the writing leaves that date to come
        if c.relation is None and (tense == "future" or tense == "past" and not _PLAN_GIVEN_UP_AFTER.match(self.text, end, self.bounds(start, end)[1])) \
                and self._plan_of_the_past(start, end):
            tense = "future" if self._plan_still_to_be_put_off(start, end) \
                else None  # "had promised to ship it by the end of the summer", written in September, "had planned to
            # announce an expansion at its annual meeting on May 14", written in March: a plan of the past for a
            # time either side of the writing, the nearer one (as for a weekday above; but "had planned to open
            # early access in September but pushed it back", written in March: the September gone)
        if c.relation is None and c.day is None and (tense in ("present", None) or tense == "future" and not _MODAL_FUTURE.search(
                self.text, self.bounds(start, end)[0], start) and not _FORECAST_WORD.search(
                self.text, self.bounds(start, end)[0], start)) and _COUNTED_PERIOD_ENDING_BEFORE.search(self.text, max(0, start - 40), start):
            # "based on the consumer price index for the 12 months ending in October", "rising just 0.7 percent in
            # the 12 months through October": figures of a period over (unless a modal or a forecast tells what is to come)
            tense = "past"
        if c.relation is None and c.month is not None and c.holiday is None \
                and _RESULTS_FOR_A_COUNTED_PERIOD.search(self.text, max(0, start - 60), start):
            # "is due to publish results for the six months to June 30 on September 18", written on 4 September: the
            # period whose end is nearer, over or about to be
            tense = None
        if c.relation is None and c.day is None and tense != "past" and (c.month is not None or c.season is not None) \
                and (_FROM_A_FIGURE_IN.search(self.text, max(0, start - 60), start)
                     or (_CHANGE_FROM_A_PERIOD_BEFORE.search(self.text, max(0, start - 60), start)
                         and (self.text[start:start + 4].lower() == "the " or not self.text[start - 5:start].lower().endswith("from ")))):
            tense = "past"  # "the federal funds rate, now about 9%, is down from nearly 10% in the spring": a level passed;
            # "expects sales to drop by about a quarter from the April-June period": the period compared with (but "will
            # rise by 8.5 per cent from April" tells from when on)
        if c.relation in (None, "nearest") and c.day is None and c.month is not None and not c.season:
            figures = _FIGURES_FOR_BEFORE.search(self.text, max(0, start - 60), start) or _FIGURES_AFTER.match(self.text, end)
            if figures and (tense != "past" or _MODAL_FUTURE.search(self.text, self.bounds(start, end)[0], start)) \
                    and not _FORECAST_WORD.search(figures.group()) \
                    and not re.search(r"\b(?:target|goal)s?\b", figures.group(), re.IGNORECASE):
                tense = None  # "will report on sales of new homes for February next week", "will release the June
                # figure next Wednesday", written in March and July: the month gone (and after a past verb, the
                # month gone too: "Sales for January reached 3.6 billion", written in November)
        if c.relation is None and c.day is None and _PERIOD_ENDED_AFTER.match(self.text, end):
            tense = "past"  # "will take a charge in the third quarter, which ended Wednesday": a period over
        deadline = not _BACKDATED_BEFORE.search(self.text, max(0, start - 20), start) and bool(
            _DEADLINE_BEFORE.search(self.text, max(0, start - 12), start)
            or _STARTING_BEFORE.search(self.text, max(0, start - 22), start)
            or c.day is not None and _NEW_LEVEL_FROM_BEFORE.search(self.text, max(0, start - 50), start)
            or c.day is not None and _STOPPED_FROM_BEFORE.search(self.text, max(0, start - 80), start))
        if deadline and tense == "past" and (c.day is None or _PAST_PERFECT_BEFORE.search(self.text, *self.bounds(start, end))) \
                and re.search(r"\b[Bb]y\s+$", self.text[max(0, start - 4):start]) \
                and not _DEADLINE_VERB.search(self.text, self.bounds(start, end)[0], start) \
                and not _MODAL_PERFECT.search(self.text, self.bounds(start, end)[0], start):
            # (but "should have been offered the vaccine by Christmas", "to have been vaccinated by the
            # spring": a deadline looked to, however the verb is formed)
            deadline = False  # "the village spent its entire plowing budget by February": done by then, not a date set
            # (so is "By January 28, when the police withdrew, he had opened them fully")
        if deadline and tense == "past" and c.relation is None and base is not None \
                and re.search(r"\b(?:until|till)\s+(?:the\s+)?$", self.text[max(0, start - 10):start], re.IGNORECASE) \
                and not _DEADLINE_VERB.search(self.text, self.bounds(start, end)[0], start) and any(
                self.bounds(start, end)[0] <= pos < start and kind == "absolute" and when.interval[1].year < base.year
                for pos, when, kind in self.history):
            deadline = False  # "after smaller floods in July 2024, some residents waited until Christmas", written in
            # July 2025: a past told in a year gone, so its "until" is gone too, not a date set ahead
        if deadline and tense is None and re.search(r"\bhad\b", self.text[self.bounds(start, end)[0]:start], re.IGNORECASE):
            deadline = False  # "had originally expected to complete the deal by the end of March": a plan of the past
        if c.relation is None and tense != "past" and _SINCE_A_HAPPENING_IN_BEFORE.search(self.text, max(0, start - 50), start):
            tense = "past"  # "have been planning ... since the election in October": what a "since" counts from is gone
        if c.relation is None and _FUNDED_THROUGH_BEFORE.search(self.text, max(self.bounds(start, end)[0], start - 80), start):
            tense = "future"  # "a measure to fund the government through September", "were funded through September":
            # money given runs to a day to come
        if _NEXT_ONE_BEFORE.search(self.text, max(0, start - 40), start):
            tense = "future"  # "postponed a decision until their next summit on 18-19 December"
        if tense != "past" and _EXTENSION_TO_BEFORE.search(self.text, max(0, start - 40), start):
            tense = "future"  # "EU gives Britain Brexit delay to Oct. 31": the new date lies ahead of the granting
        if self._named_by_a_decision(start, end):
            tense = "future"  # "has declared Friday a holiday", "the court fixed January 18 for the next hearing"
        # a present perfect tells of an act done, not of the date it names ("has published its
        # calendar, with no collections on Christmas Day"): the nearer one may be the coming one
        if tense == "past" and c.holiday is not None and c.relation is None and _PROVIDED_FOR_BEFORE.search(
                self.text, max(0, start - 40), start):
            tense = None  # "issued an advisory for the Deepavali weekend", written three days before it: the nearer one
        if tense == "past" and c.holiday is not None and c.relation is None and base is not None \
                and (_ATTRIBUTIVE_AFTER.match(self.text, end) or re.search(r"\bfor\s+(?:the\s+|a\s+)?(?:(?-i:[a-z]+)\s+)?$", self.text[max(0, start - 24):start])
                     or self._apposed_to_previous_holiday(start)):
            coming = holiday_date(c.holiday, base.year)
            if coming is not None and coming < base:
                coming = holiday_date(c.holiday, base.year + 1)
            if coming is not None and (coming - base).days <= _HOLIDAY_SEASON_DAYS:
                # "Christmas bin collection changes announced", "Diwali lights were switched on",
                # written weeks before: a noun of the holiday's season under way, not last year's;
                # so is what one goes for ("headed home to their provinces for Tet, the Lunar New Year")
                tense = None
            elif coming is not None and (coming - base).days <= _HOLIDAY_TRADE_DAYS and (
                    _GOODS_FOR_A_HOLIDAY_AFTER.match(self.text, end)
                    or _GOODS_FOR_A_HOLIDAY_BEFORE.search(self.text, max(0, start - 50), start)):
                tense = "future"  # "had brought forward its Christmas orders", written in June: the coming one's
        if c.half is not None and c.year is None and tense == "future" and _FIGURES_AFTER.match(self.text, end):
            tense = "past"  # "will report first-half results on Oct. 30", written in September: the half over
        looks_ahead = self._looks_ahead(start, end) or tense == "past" and c.holiday is not None and bool(
            _PRESENT_PERFECT.search(self.text, self.bounds(start, end)[0], start)) and not _SINCE_BEFORE.search(
            self.text, max(0, start - 8), start)  # (but "has been closed since Christmas")
        if tense in ("future", "present") and c.relation is None and c.day is not None and c.month is not None \
                and c.holiday is None and c.year is None and base is not None:
            under_way = self._stretch_under_way(c, start, end, base, self.tense(start, end))
            if under_way is not None:
                return self._dated(c, under_way, mod, anchor, start)
        if tense in ("present", "future") and c.relation is None and c.day is None and c.month is not None and c.season is None \
                and c.holiday is None and c.year is None and base is not None \
                and not _MODAL_FUTURE.search(self.text, self.bounds(start, end)[0], start):
            holding = self._months_holding_now(c, start, end, base)
            if holding is not None:
                return self._dated(c, holding, mod, anchor, start)
        when = self._choose(c, base, tense, deadline, looks_ahead,
                            # "will close in the fourth quarter", "the third quarter will be tight": the period itself to come
                            bool(_IN_PERIOD_BEFORE.search(self.text, max(0, start - 12), start) or time_is_subject_of_will(self.text, start, end)),
                            bool(_MODAL_FUTURE.search(self.text, self.bounds(start, end)[0], start)),
                            _SIDE_OF_HOLIDAY_BEFORE.search(self.text, max(0, start - 16), start),
                            c.holiday is not None and bool(_TRADING_OF_A_HOLIDAY_AFTER.match(self.text, end)),
                            self.text[start:start + 5].lower() == "next ")
        if when is None:
            return Resolved(type_, self._underspecified_calendar(c), c.grain, None, mod, "none")
        if c.season is not None and c.relation is None and mod is None and tense == "future" and when.interval[0] <= base <= when.interval[1] \
                and _UNTIL_A_SEASON_BEFORE.search(self.text, max(0, start - 12), start):
            # "could push rates higher by the fall", written in November: not the fall under way, the next
            later = self._in_year(c, when.interval[0].year + 1)
            when = later or when
        if c.year_shift:
            when = when.shifted("year", c.year_shift)
        return self._dated(c, when, mod, anchor, start)

    def _plan_still_to_be_put_off(self, start: int, end: int) -> bool:
        """A plan told in an aside after a clause that will put it off ("The city will postpone construction of a fire
        station, originally scheduled to begin in January"): what is still to be put off has not begun, so the time of
        its plan is to come."""
        s = self.bounds(start, end)[0]
        plan = _ORIGINAL_PLAN_ASIDE.search(self.text, s, start)
        return bool(plan and _MODAL_FUTURE.search(self.text, s, plan.start()))

    def _stretch_under_way(self, c: Calendar, start: int, end: int, base: dt.date, tense: str | None = None) -> When | None:
        """The first day of a stretch told ahead that has begun: "will travel within Japan between
        April 25 and May 5", "the festival will run from April 20 to May 5", written on 26 April: this
        year's April 25, not next year's (the stretch's end is still to come). Told in the present, it may have begun
        long before: "The monsoon, which officially runs from June 15 to Sept. 30", written in August."""
        if not (_BETWEEN_BEFORE.search(self.text, max(0, start - 9), start) or _FROM_BEFORE_A_STRETCH.search(self.text, max(0, start - 6), start)):
            return None
        join = (_PAIR_JOIN if _BETWEEN_BEFORE.search(self.text, max(0, start - 9), start) else _STRETCH_JOIN).match(self.text, end)
        if join is None:
            return None
        second = _STRETCH_END.match(self.text, join.end())
        if second is None:
            return None
        named = second["month"] or second["month2"]
        month = V.month_number(named) if named else c.month
        this_year = self._in_year(c, base.year)
        s = self.bounds(start, end)[0]
        framed = any(s <= pos < start and w.grain == "year" for pos, w, _ in self.history)  # ("in 2015, ... runs from May 1")
        if this_year is None or not (0 < (base - this_year.first).days <= (366 if tense == "present" and not framed else _STRETCH_BEGUN_DAYS)):
            return None
        try:
            last = dt.date(base.year + (month < c.month), month, int(second["day"] or second["day2"] or second["day3"]))
        except ValueError:
            return None
        return this_year if last >= base else None

    def _months_holding_now(self, c: Calendar, start: int, end: int, base: dt.date) -> When | None:
        """A month that opens or ends a stretch of months told in the present, when the stretch holds the day
        of writing: "Lithuania's presidency, which runs from July to December", written in November, is this
        July's to this December's; "the season runs from August to May", written in October, began this August
        and ends next May. None when no such stretch holds it (a stretch to come or gone is the tense's)."""
        before, after = self.text[max(0, start - 40):start], self.text[end:end + 40]
        opening = _FROM_BEFORE_A_STRETCH.search(before) and (m := _MONTH_STRETCH_END.match(after))
        closing = None if opening else _MONTH_STRETCH_START.search(before)
        if not opening and not closing:
            return None
        first_month, last_month = (c.month, V.month_number(m["month"])) if opening else (V.month_number(closing["month"]), c.month)
        for year in (base.year - 1, base.year):
            first = dt.date(year, first_month, 1)
            last_year = year + (last_month < first_month)
            last = add_months(dt.date(last_year, last_month, 1), 1) - dt.timedelta(days=1)
            if first <= base <= last:
                return self._in_year(c, year if opening else last_year)
        return None

    def _day_of_month(self, c: Calendar, start: int, end: int, base: dt.date, anchor: str) -> Resolved:
        """"on the 20th": in the month of the date just told (within a few sentences), else the
        one the tense points to around the reference date."""
        told = self.last_date(start, finest="month")
        if told and start - told[0] <= 400 and not _PARAGRAPH_BREAK.search(self.text, told[0], start):
            # (a month told in a paragraph before frames no day of this one: "... her GCSE course in September 2014.
            # [paragraph] In the meantime, my son has a week off before his final papers on the 18th")
            day = safe_date(told[1].first.year, told[1].first.month, c.day)
            ahead = self.tense(start, end) == "future" or _DEADLINE_BEFORE.search(self.text, max(0, start - 12), start)
            if day is not None and not (ahead and self.reference and day < self.reference):
                # (but "... completed their studies by 30th June. A fee must be paid by the 21st",
                # written in September: a deadline to come is not in a month gone by)
                return self._done(c.type, When("day", day), c.mod, f"timex:{told[0]}", start)
        candidates = [d for d in (safe_date(m.year, m.month, c.day) for m in
                                  (add_months(base.replace(day=1), k) for k in (-2, -1, 0, 1, 2))) if d is not None]
        if not candidates:
            return Resolved(c.type, f"XXXX-XX-{c.day:02d}", "day", None, c.mod, "none")
        tense = self.tense(start, end)
        deadline = _DEADLINE_BEFORE.search(self.text, max(0, start - 12), start)
        if deadline and (tense != "past" or _DEADLINE_VERB.search(self.text, self.bounds(start, end)[0], deadline.start())):
            tense = "future"  # "Submit your forms by the 1st", "The court adjourned the case until the 10th"
        if tense == "past":
            day = ([d for d in candidates if d <= base] or candidates)[-1]  # "closed on the 31st", written Dec. 3: Oct. 31
        elif tense in ("future", "present"):
            day = ([d for d in candidates if d >= base] or candidates)[0]
        else:
            day = min(candidates, key=lambda d: abs((d - base).days))
        return self._done(c.type, When("day", day), c.mod, anchor, start)

    def _speech_day(self, start: int, end: int) -> tuple[dt.date, str, bool] | None:
        """The day a quotation around text[start:end] was spoken, when its attribution names one
        ("'We met them yesterday,' he told reporters Wednesday": Wednesday), else None; and whether
        the day is only the lede's, no attribution naming it."""
        opening = _quote_opening(self.text, start)
        if opening is None:
            return None
        closing = _QUOTE_CLOSE.search(self.text, end, min(len(self.text), end + 600))
        if closing is None:
            return None
        # a quotation that ends its own sentence ("... tomorrow.”) has no attribution after it
        ends_sentence = self.text[max(0, closing.start() - 1):closing.start()] in (".", "!", "?")
        after = None if ends_sentence else _SENTENCE_REST.match(self.text, closing.end())
        s = self.bounds(opening, opening + 1)[0]
        for region_start, region in ((closing.end(), after.group() if after else ""), (s, self.text[s:opening])):
            yesterday = _SAID_YESTERDAY.search(region)
            if yesterday and self.reference is not None and not _SAID_ON_DAY.search(region, 0, yesterday.start()):
                # "said yesterday: '... Yesterday she told me ...'": spoken the day before the writing
                return self.reference - dt.timedelta(days=1), f"timex:{region_start + yesterday.start('day')}", False
            said = _SAID_ON_DAY.search(region)
            if said and said["wd2"] and _RELATIVE_ASIDE_OPENS.search(region, 0, said.start("wd2")):
                said = None  # "Ruth Fielding, whose mother received her jab on Saturday, said yesterday": the relative clause's day
            if said:
                return self._named_said_day(said, "wd" if said["wd"] else "wd2", region_start)  # (None: the day of writing)
        if ends_sentence and opening == s and s > 1:
            # a quotation that goes on in a sentence of its own ('"..." Tremblay told supporters at
            # about 10:30 p.m. Tuesday. "Tomorrow we start work."'): the day of the one before
            before = self.bounds(s - 2, s - 1)[0]
            said = _SAID_ON_DAY.search(self.text, before, s) if _quote_opening(self.text, before + 1) is not None \
                or re.match(r"\s*(?:[\"“]|``)", self.text[before:s]) else None
            if said and said["wd"]:
                return self._named_said_day(said, "wd", 0)  # (None: the day of writing)
        region = (after.group() if after else "") + self.text[s:opening]
        attributed_from = opening
        if opening == s and s > 1 and not region.strip():
            # a quotation that goes on from the sentence before, whose attribution is there
            # ('"Four years ago I was a boy," he said. "Tonight I am an Olympic champion."')
            before = self.bounds(s - 2, s - 1)[0]
            if _quote_opening(self.text, before + 1) is not None or re.match(r"\s*(?:[\"“]|``)", self.text[before:s]):
                region, attributed_from = self.text[before:s], before
        if s > 1:
            said = _SAID_DAY_AFTER_VERB.search(self.text, self.bounds(s - 2, s - 1)[0], s)
            if said:  # "Dole said Wednesday he had no regrets. 'Tomorrow will be ...,' he told reporters"
                return self._named_said_day(said, "wd", 0)
        if self.reference is not None and _SAID_PAST.search(region) and not re.search(r"\b(?:yesterday|last)\b", self.text[start:end], re.IGNORECASE):
            # a quotation said (in the past tense) in a story that leads with yesterday's happening,
            # and no day of its own: spoken then ("A jury on Tuesday convicted ... 'Today I can
            # finally tell my children,' she said after the verdict", written on Wednesday); its
            # "yesterday" stays the writer's, which the speaker's often is too ("the sunrise service
            # at 6:30 yesterday morning", said the day after the lede's fire)
            lede = next(((pos, w) for pos, w, _ in self.history if w.grain in ("day", "part_of_day")
                         and not self._dateline(pos) and not self._stamp_line(pos, w)), None)
            # (not a dateline's day: "JEDDAH, June 23 - Saudi Arabia told oil producers gathered here on Sunday")
            # (but not after the story has moved on to the day of writing: "Riders spent Monday morning
            # on short spins ... 'I feel good today'", written on that Monday)
            if lede is not None and lede[0] < attributed_from and (self.reference - lede[1].first).days == 1 \
                    and (attributed_from == opening or _WEEKDAY_WORD_IN.match(self.text, lede[0])
                         or re.match(r"yesterday|last\s+night", self.text[lede[0]:lede[0] + 14], re.IGNORECASE)) \
                    and self.bounds(lede[0], lede[0] + 1)[0] <= _LEDE_CHARACTERS \
                    and not any(lede[0] < pos < opening and w.grain in ("day", "part_of_day") and w.first == self.reference
                                and _WEEKDAY_WORD_IN.match(self.text, pos) for pos, w, _ in self.history):
                return lede[1].first, f"timex:{lede[0]}", True
        return None

    def _named_said_day(self, said: re.Match, group: str, offset: int) -> tuple[dt.date, str, bool] | None:
        day = self._said_day(said, group, offset)
        return None if day is None else (*day, False)

    def _said_day(self, said: re.Match, group: str, offset: int) -> tuple[dt.date, str] | None:
        """The day an attribution names ("he told reporters Wednesday"), when it is not the day of writing."""
        day = resolve_weekday(self.reference, V.weekday_number(said[group]), "past") if self.reference else None
        return (day, f"timex:{offset + said.start(group)}") if day is not None and day != self.reference else None

    def _named_by_a_decision(self, start: int, end: int) -> bool:
        """Whether a date is the object of a decision that sets it ahead: "has declared Friday a
        work-free day", "has approved December 25 as a holiday", "the court fixed January 18 for the
        next hearing" (but "set Friday as the deadline", told in a past story, may be over)."""
        named = _DATE_NAMED_BEFORE.search(self.text, max(0, start - 30), start)
        after = _DATE_NAMED_AFTER.match(self.text, end) if named else None
        if after and not (re.search(r"\badd(?:s|ed)\s+$", named.group(), re.IGNORECASE) and not after.group().strip().lower().startswith("as")):
            return True  # ("added Oct. 2 as a public holiday", but not "the spokesman added Tuesday a note of caution")
        return bool(_NEXT_SITTING.match(self.text, end) and _FIXED_FOR_BEFORE.search(self.text, max(0, start - 20), start))

    def _coming_verb_before(self, start: int, end: int) -> bool:
        """Whether the verb before an expression tells of something coming: a future, or a
        present-tense verb of a scheduled event ("voters go to the polls in ..."), not a bare
        "is"/"are" ("police are looking for suspects in Sunday's attack")."""
        tense, word = verb_before(self.text, start, end, self.bounds(start, end))
        return tense == "future" or tense == "present" and word not in ("is", "are", "am", "has", "have", "do", "does")

    def _day_of_a_past_act(self, start: int, end: int, before: int) -> dt.date | None:
        """The day, gone by the writing, told earlier in the sentence before ``before``: the day of an
        act that set a deadline ("on Friday, when play was suspended ... until [Saturday]")."""
        if self._joined_to_previous(start, ("day", "part_of_day"), weekday=True) is not None:
            return None  # a stretch of days ("for Saturday through Monday"): its own start
        lo = self.bounds(start, end)[0]
        told = [w for pos, w, _ in self.history if lo <= pos < before and w.grain in ("day", "part_of_day")]
        return told[-1].first if told and told[-1].first < self.reference else None

    def _said_day_before_would(self, start: int, end: int) -> dt.date | None:
        """The day of the saying when the clause before ``start`` reports with "would" what was said on a
        weekday of the story ("said Wednesday it would close on Friday"), or of a decision or an order for
        what was to follow it ("agreed on Monday to create safe zones from Tuesday"); None otherwise."""
        lo = self.bounds(start, end)[0]
        m = _SAID_DAY_THEN_WOULD.search(self.text, lo, start) or _DECIDED_DAY_THEN_TO.search(self.text, lo, start)
        if m is None:
            return None
        told = [w for pos, w, _ in self.history if pos == m.start("day") and w.grain in ("day", "part_of_day")]
        return told[-1].first if told and told[-1].first < self.reference else None

    def _joined_to_previous(self, start: int, grains: tuple[str, ...], weekday: bool = False) -> dt.date | None:
        """The first day of the date resolved just before this one, when the two are joined ("Tuesday
        and [Wednesday]", "Monday to [Friday]", "May and [June]") and it is of one of ``grains``
        (and, with ``weekday``, written as a weekday)."""
        if self.previous is None:
            return None
        p_start, p_end, when = self.previous
        if when.grain not in grains or weekday and not (_WEEKDAY_WORD_IN.search(self.text, p_start, p_end)
                                                        or _DEICTIC_DAY_WORD.search(self.text, p_start, p_end)) \
                or not _COORDINATION.fullmatch(self.text, p_end, start):
            return None
        return when.first

    def _same_weekday_told(self, start: int, weekday: int) -> tuple[int, When] | None:
        """The last day told before ``start``, within a few paragraphs, as that weekday's name."""
        for pos, when, _ in reversed(self.history):
            if pos < start and start - pos <= 1500 and when.grain in ("day", "part_of_day", "minute", "hour") \
                    and when.first.weekday() == weekday and pos in self.ends and _WEEKDAY_WORD_IN.search(self.text, pos, self.ends[pos]):
                return pos, when
        return None

    def _lede_day(self, start: int) -> tuple[int, When] | None:
        """The first day of the last month told before ``start``: the day of the news a story leads with."""
        told = sorted(((pos, w) for pos, w, _ in self.history if pos < start and w.grain in ("day", "part_of_day")
                       and -31 <= (w.first - self.reference).days <= 0), key=lambda h: h[0])
        # (not a dateline's, nor one a noun is of: "NEW YORK, Sept 16 (Reuters) - U.S. stocks clawed back
        # some of Monday's steep losses on Tuesday": Tuesday's; but the dateline's when nothing else is told)
        # (but "Monday night's Academy Awards broadcast drew its largest audience, ABC said Tuesday":
        # the broadcast's day; the saying's is no news)
        # (nor the writing's own day stamped on a line of its own under the headline: "9 January 2024")
        told = [(pos, w) for pos, w in told if not self._dateline(pos) and not self._stamp_line(pos, w)] or told
        if len(told) >= 2 and told[0][0] in self.ends and self.text.startswith(("'s", "’s"), self.ends[told[0][0]]):
            pos = told[1][0]
            if self.bounds(pos, pos)[0] <= told[0][0] and not _SAID_BEFORE_DAY.search(self.text, max(0, pos - 14), pos):
                return told[1]
        return told[0] if told else None

    def _dateline(self, pos: int) -> bool:
        """The date at ``pos`` is a dateline's ("CHICAGO, Sept 12 (Reuters) -"): the day of the
        writing, not of the news told after it."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        return pos - line_start <= 40 and pos in self.ends and bool(
            _DATELINE_AFTER.match(self.text, self.ends[pos])
            or DATELINE_PLACE.fullmatch(self.text, line_start, pos) and DATELINE_MARK.match(self.text, self.ends[pos]))

    def _stamp_line(self, pos: int, when: When) -> bool:
        """The date at ``pos`` is the day of writing, told near the top on a line of its own ("9 January 2024" under
        the headline): a stamp of the edition, not the day of the news."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        line_end = self.text.find("\n", pos)
        return pos < _LEDE_REACH and when.first == self.reference and bool(_DAY_HEADING_LINE.fullmatch(
            self.text, line_start, len(self.text) if line_end < 0 else line_end))

    def _date_in_brackets_after(self, end: int, weekday: int, base: dt.date, of_a_noun: bool = False) -> dt.date | None:
        """The day a weekday's bracketed date names ("on Monday (March 3)", "Tuesday (5 Sept)"), or, for a weekday that
        names a kind of happening (``of_a_noun``), the date that happening is told on ("a Friday night fixture against
        Parramatta on April 28"), in the year nearest ``base`` where it falls on that weekday; None without one."""
        m = _BRACKETED_DATE.match(self.text, end) or (_DATE_OF_THE_HAPPENING.match(self.text, end) if of_a_noun else None)
        if m is None:
            return None
        return nearest_on_weekday(base, V.month_number(m["m1"] or m["m2"]), int(m["d1"] or m["d2"]), weekday)

    def _opening_end(self) -> int:
        """Where the text's first paragraph ends."""
        first_break = self.text.find("\n\n", len(self.text) - len(self.text.lstrip()))
        return first_break if first_break >= 0 else len(self.text)

    def _opening_day(self) -> tuple[int, When] | None:
        """The first day told in the text's first paragraph, when it is the day of writing or one to
        come: the day of the news a story opens with ("Polling places opened at 8am today")."""
        limit = self._opening_end()
        return min(((pos, w) for pos, w, _ in self.history if pos < limit and w.grain in ("day", "part_of_day", "hour", "minute")
                    and w.first >= self.reference), default=None, key=lambda h: h[0])

    def _not_compared(self, pos: int) -> bool:
        return not _FROM_A_FIGURE_AT.search(self.text, max(0, pos - 60), pos)

    def _day_of_the_news(self, pos: int) -> bool:
        """A day told at ``pos`` can be the day of a clock time told after it: not a point compared
        with, nor the day of a cause told in an after- or since-phrase ("The dollar climbed on
        Tuesday ... after a sell-off on Wall Street overnight. By 1600 GMT ...": Tuesday's)."""
        end = self.ends.get(pos)
        if end is not None and re.search(r"\bthe\s+$", self.text[max(0, pos - 5):pos], re.IGNORECASE) \
                and _ATTRIBUTIVE.match(self.text, end):
            return False  # a date naming a happening ("nullified the August 8 presidential election"): background
        if re.match(r"(?:a|one)\s+day\s+(?:earlier|before)\b", self.text[pos:pos + 20], re.IGNORECASE) \
                and self.bounds(pos, pos)[0] < pos - 2:
            return False  # "the extra borrowing announced in Rachel Reeves' first budget a day earlier": a cause told
        if end is not None and _RELATIVE_ASIDE_OPENS.search(self.text, self.bounds(pos, pos)[0], pos) \
                and self.text[end:end + 1] == "," and _A_LIFES_END_BEFORE.search(self.text, max(0, pos - 40), pos):
            return False  # a death told in a relative aside is background: "a tribute to George Michael, who died on
            # Christmas Day, ... The ceremony was broadcast live from 8 p.m. Eastern time" (the ceremony's day)
        said = _SAID_ON_BEFORE.search(self.text, max(0, pos - 30), pos) or _SAID_ON_A_DAY_OF_WRITING.match(self.text, pos) \
            and _CONFIRMED_BEFORE.search(self.text, max(0, pos - 30), pos)
        if said and self.reference is not None and any(
                self.bounds(pos, pos)[0] <= p < pos and GRAIN_ORDER[w.grain] <= GRAIN_ORDER["day"]
                and (w.first <= self.reference or _SAID_ON_A_DAY_OF_WRITING.match(self.text, pos))
                and self._not_compared(p) and not _CLOSING_PRICE_BEFORE.search(self.text, max(0, p - 30), p)
                for p, w, _ in self.history):
            return False  # the day it was said, after the day it happened ("A man shot by police early Thursday
            # ... was armed, police said Friday. The shooting happened shortly after 1 a.m.": Thursday's)
        if _CLOSING_PRICE_BEFORE.search(self.text, max(0, pos - 30), pos) or _FROM_A_MARK_ON_BEFORE.search(self.text, max(0, pos - 60), pos):
            return False  # the day of a price compared with: "a premium of 41 percent to Tallis's closing price on Friday.
            # ... said on a call with analysts at 8:30 a.m." (today's)
        return self._not_compared(pos) and not (_CAUSE_PHRASE_BEFORE.search(self.text, max(self.bounds(pos, pos)[0], pos - 80), pos)
                                                and not self._told_with_its_part_of_day(pos)
                                                and not _SMALL_HOURS_OF_A_DAY_AT.match(self.text, pos)) \
            and not _STRETCH_END_BEFORE.search(self.text, max(0, pos - 8), pos)
        # (a day told with its part of the day, or as its small hours, is the happening told: "vanished after
        # leaving an arcade on the night of Saturday, 9 March 1985. She was last seen ... at about 10.40pm",
        # "after a stabbing near the Stampede grounds early Sunday. Officers were called ... at about 1:50 a.m.")

    def _told_with_its_part_of_day(self, pos: int) -> bool:
        """Whether the day told at ``pos`` comes with its part of the day ("on the night of
        Saturday, 9 March 1985", "[the early hours of 14 June 2019]") or its hour ("ripped through the seam at 10.40am
        on Monday, March 15, 1954")."""
        return bool(_PART_OF_THE_DAY_BEFORE.search(self.text, max(0, pos - 30), pos) or _PART_OF_THE_DAY_AT.match(self.text, pos)
                    or _CLOCK_TIME_ON_BEFORE.search(self.text, max(0, pos - 20), pos))

    def _day_of_a_cause_told_again(self, start: int, end: int) -> tuple[int, When] | None:
        """The day of a cause told in an after-phrase in the sentence before (not a day of the news,
        see ``_day_of_the_news``) when the time's own sentence, before the time, names the cause's
        happening again: "still without power this morning after a supercell storm tore through the
        suburbs yesterday afternoon. The storm hit Kenmore at about 3.40pm": yesterday's."""
        if self.reference is None or self.narrative:
            return None
        sentence = self.bounds(start, end)[0]
        for pos, when, _ in reversed(self.history):
            if pos >= sentence or GRAIN_ORDER[when.grain] > GRAIN_ORDER["day"]:
                continue
            if self.bounds(pos, pos)[1] < sentence - 3:
                return None  # only the sentence just before
            phrase = _CAUSE_PHRASE_BEFORE.search(self.text, max(self.bounds(pos, pos)[0], pos - 80), pos)
            if phrase is None:
                continue
            nouns = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", phrase.group()) if w.lower() not in _NOT_A_HAPPENING_WORD}
            told_again = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", self.text[sentence:start])}
            return (pos, when) if nouns & told_again else None
        return None

    def _day_of_the_lede_told_again(self, start: int, end: int) -> tuple[int, When] | None:
        """The day of the story's lede, within a day of the writing, when the clock time's sentence
        names the lede's happening again before it ("voted on Tuesday night to ... The council
        meeting, which began at 18:00"; "tipped off at 2 p.m.", after "won the final on Saturday";
        "shares fell 6.8 percent to 198.5 pence by 0945 GMT", after "shares slumped on Tuesday"),
        or tells a market's move by then."""
        if self.reference is None or self.narrative:
            return None
        lede = self._lede_day(start)
        if lede is None or (self.reference - lede[1].first).days > 1 or self.bounds(lede[0], lede[0] + 1)[0] > _LEDE_CHARACTERS:
            return None
        sentence = self.bounds(start, end)[0]
        if sentence <= lede[0]:
            return None  # (the lede's own sentence: its days decide)
        before = self.text[sentence:start]
        if _MARKET_MOVE_BY.search(before):
            return lede
        if self.tense(start, end) != "past":
            return None  # ("the parade would start at 8am", told on the day before it: the happening's own day)
        told = {w.lower() for w in _HAPPENING_NOUN.findall(before)}
        lede_sentence = self.bounds(lede[0], lede[0] + 1)
        if not (told and told & {w.lower() for w in _HAPPENING_NOUN.findall(self.text, *lede_sentence)}):
            return None
        if self.text[start:end][:1].isdigit() and re.match(r"\d{1,2}(?::\d\d)?\s*a\.?m|[0-5]\D", self.text[start:end]) \
                and lede[1].first < self.reference:
            return None  # ("were still celebrating at 2 a.m.", after an election night: the small hours after it)
        return lede

    def _year_of_a_past_stretch_over_new_year(self, c: Calendar, start: int, end: int, base: dt.date) -> int | None:
        """The year of a month that opens a stretch told in the past whose end month comes earlier in the calendar
        ("scored 14 goals between August and May", written on Aug. 31, 2009; "Sales rose from October to March"): the
        stretch that ended last, so the year before the last such end month's; else None."""
        closing = _MONTH_CLOSING_A_STRETCH.match(self.text, end)
        if not closing or not _STRETCH_OPENS_BEFORE.search(self.text, max(0, start - 10), start) or self.tense(start, end) != "past":
            return None
        last = V.month_number(closing["month"])
        if last is None or last >= c.month:
            return None
        return (base.year if last <= base.month else base.year - 1) - 1

    def _range_start(self, start: int) -> dt.date | None:
        """The first day of a stretch whose end is the weekday at ``start``, told earlier in its
        sentence as a weekday ("from 6 am on Saturday till 10 pm on [Monday]", "begins at 4pm on
        Thursday and ends at 6am on [Tuesday]")."""
        if not _RANGE_END_BEFORE.search(self.text, max(0, start - 40), start):
            return None
        sentence = self.bounds(start, start)[0]
        for pos, when, _ in reversed(self.history):
            if sentence <= pos < start and when.grain in ("day", "part_of_day", "hour", "minute"):
                found = _WEEKDAY_WORD_IN.match(self.text, pos)
                between = self.text[found.end():start] if found else ","
                # (the same stretch, told in one breath: not "rain from Sunday to Wednesday, and schools
                # will stay closed until Tuesday")
                return when.first if len(between) <= 40 and not re.search(r"[,;]", between) else None
        return None

    def _recurring_time(self, start: int, end: int) -> bool:
        """Whether a time of day comes round: ``_told_recurring``, or a timetable's frequency in a
        sentence that names no day of its own ("run every 30 minutes between 9:30 a.m. and 3 p.m.,
        and hourly after 8 p.m."; but "On Friday, buses will run between 7am and 7pm, every 30
        minutes" is that Friday's)."""
        if self._stamps_an_entry(start, end):
            return False  # a live blog's stamp is the time of its entry, whatever habit the entry tells ("09:00 Eurotunnel says
            # its shuttles are running normally", "16.00 Clearing vacancies are being updated every few minutes")
        if self._told_recurring(start, end):
            return True
        s, e = self.bounds(start, end)
        # (a day a new timetable starts from is no day of its times: "The changes, which take effect
        # on Sunday 18 February, will see the last bus leave at 10.40pm")
        return bool(_TIMETABLE_FREQUENCY.search(self.text, s, e)) and not any(
            s <= pos < e and GRAIN_ORDER[w.grain] <= GRAIN_ORDER["day"]
            and not _TIMETABLE_START_BEFORE.search(self.text, max(0, pos - 25), pos) for pos, w, _ in self.history)

    def _hours_told_in_the_present(self, start: int, end: int) -> bool:
        """Hours told in a plain present, in a sentence that names no day ("Stalls are open from 10am to 11pm", "The most
        dangerous time is between 4pm and 7pm"): the hours of any day, not of the day of writing (but not a saying's
        present, "Forecasters said the most dangerous window is between 6 p.m. and 9 p.m.", nor hours a modal looks ahead to,
        "could face trips up to four times longer between 4 p.m. and 6 p.m.", nor the hours of a vote)."""
        s, e = self.bounds(start, end)
        if not (_HOURS_SPAN_AROUND.search(self.text, max(s, start - 30), start) or _HOURS_SPAN_AFTER.match(self.text, end)
                and _HOURS_SPAN_AROUND.search(self.text, max(s, start - 9), start)):
            return False
        if self.tense(start, end) != "present" or _WEEKDAY_WORD_IN.search(self.text, s, e) or _DEICTIC_DAY_WORD.search(self.text, s, e) \
                or _VOTING_HOURS.search(self.text, s, e) or _SAID_OR_MODAL.search(self.text, s, start) \
                or _THIS_PART_OF_DAY.search(self.text, s, e):
            return False
        return not any(s <= pos < e and GRAIN_ORDER[w.grain] <= GRAIN_ORDER["day"] for pos, w, _ in self.history)

    def _told_recurring(self, start: int, end: int) -> bool:
        """Whether a time of day is told as one that comes round (opening hours, a timetable, a
        rule): its sentence says how often ("daily", "every day", "each day", "on Sundays",
        "weekdays") or that it is the habit ("usually", "normally"), in the same clause."""
        s, e = self.bounds(start, end)
        told_after = self._day_told_after(end)
        if told_after is not None and any(pos == told_after and w.grain in ("day", "part_of_day") for pos, w, _ in self.history):
            return False  # "shortly after 2 a.m. on Jan. 17, 1993": that day's, whatever habit the sentence tells after
        if any(max(s, start - 45) <= pos < start and w.grain in ("day", "part_of_day") and pos in self.ends
               and _DAY_THEN_HOURS.fullmatch(self.text, self.ends[pos], start) for pos, w, _ in self.history):
            if not _RECURRING.search(self.text, end, min(e, end + 12)) and not re.match(r"\s*(?:-|–|to|until|till|and)\s*[\w:.]+\s*(?:[ap]\.?m\.?)?,?\s+"
                                                                    r"(?:daily|every|each|nightly)\b", self.text[end:end + 40], re.IGNORECASE):
                return False  # "at the scene next Sunday between 1am and 4am to speak to motorists who regularly use the road"
                # (but "Wednesday, 26th September, from 8.00 a.m. to 4.30 p.m. daily": each day's)
        after = _RECURRING.search(self.text, end, e)
        if after and not _ANOTHER_CLAUSE_OPENS.search(self.text, end, after.start()) \
                and not _WHILE_OR_THAN.search(self.text, end, after.start()) \
                and not re.search(r",\s+(?:[\w.'’-]+\s+){1,4}?(?:said|says|told)\b", self.text[end:after.start()]):
            # (but "a press briefing that began at 8:00 p.m., Holness said the curfew, which runs from 8:00 p.m.
            # to 6:00 a.m. each night, ...": the saying's clause holds the habit)
            return True  # "open from 10am to 6pm every day" (but "made the call at 5:45 a.m., 15 minutes
            # before the first buses usually leave": the habit is another clause's)
        if _THIS_WEEK_AFTER.match(self.text, end):
            return True  # "will stay open until 8pm this week": each day's closing time
        if _WEEKDAY_STRETCH_BEFORE.search(self.text, max(s, start - 60), start):
            return True  # "Performances are Tuesday to Saturday at 7.45pm", "call Monday through Friday between 9 a.m. and
            # 6 p.m.": the hours of each day of the week's stretch
        if (_INSTEAD_OF_BEFORE.search(self.text, max(s, start - 14), start) or _INSTEAD_OF_AFTER.match(self.text, end)) \
                and not any(s <= pos < e and GRAIN_ORDER[w.grain] <= GRAIN_ORDER["day"] and w.hour is None
                            and not _TIMETABLE_START_BEFORE.search(self.text, max(0, pos - 25), pos) for pos, w, _ in self.history):
            return True  # "The morning train will leave at 6.15am instead of 6.40am": a timetable's times, each day's
        regime = _HOURS_OF_A_REGIME_AFTER.search(self.text, end, e)
        if regime and not _WEEKDAY_WORD_IN.search(self.text, end, regime.start()) \
                and not _ANOTHER_CLAUSE_OPENS.search(self.text, end, regime.start()) \
                and not re.search(r"\b(?:which|who|according\s+to|said|says)\b", self.text[end:regime.start()], re.IGNORECASE):
            # (not "had reached 110 by 1:30 p.m., according to the Weather Service, which has extended a warning through Saturday")
            return True  # "Polls will be open from 7 a.m. to 9 p.m. through Friday", "open from 8:30 a.m. to 5 p.m.,
            # through June 8", "at 8pm rather than 11.15pm until further notice", "from 6 a.m. to 9 a.m. ...
            # while repairs continue": the hours of each day of a stretch
        limit = _LIMITED_TO_HOURS_BEFORE.search(self.text, max(s, start - 90), start) \
            or _OPEN_HOURS_BEFORE.search(self.text, max(s, start - 60), start)
        if limit and not _ANOTHER_CLAUSE.search(self.text, limit.end(), start) \
                and not any(limit.start() <= pos < e and pos != start and GRAIN_ORDER[w.grain] <= GRAIN_ORDER["day"]
                            and w.hour is None for pos, w, _ in self.history) \
                and not _WEEKDAY_WORD_IN.search(self.text, end, e):
            return True  # "has restricted visiting to between 2pm and 4pm", "building work will be limited to
            # between 7.30am and 6pm", "prohibits parking between 1 a.m. and 6 a.m.": a rule's hours
        if self._hours_told_in_the_present(start, end):
            return True
        rounds = [] if any(end <= pos < e and w.grain in ("day", "part_of_day") for pos, w, _ in self.history) \
            else list(_ROUNDS_A_DAY.finditer(self.text, s, start))  # ("drink water twice a day and avoid activity between noon and 6pm on Thursday")
        cues = sorted(list(_RECURRING.finditer(self.text, s, start)) + rounds, key=lambda c: c.end())
        # before the time only in its own clause: not "Hollis, who commutes every day, said she
        # had left home at 5.30am"
        return bool(cues) and not _ANOTHER_CLAUSE.search(self.text, cues[-1].end(), start)

    def _day_it_came_after(self, start: int, end: int) -> tuple[int, When] | None:
        """The day a time's sentence says it came after, told after it ("issued at 7 a.m., came after a newspaper
        reported on Wednesday evening"): a day the time cannot be before."""
        e = self.bounds(start, end)[1]
        for pos, when, _ in self.history:
            if end < pos < e and when.grain in ("day", "part_of_day", "minute") and _CAME_AFTER.search(self.text, end, pos) \
                    and not re.search(r"[.;]|,\s+(?:and|but|while)\s", self.text[end:pos]):
                return pos, when
        return None

    def _day_told_after(self, end: int) -> int | None:
        """Where a date told right after a time of day starts ("after midnight [on Sunday]")."""
        gap = re.match(r",?\s+(?:on\s+)?", self.text[end:end + 6])
        start = end + (gap.end() if gap else 0)
        return start if any(pos == start for pos, _, _ in self.history) else None

    def _year_told_after(self, start: int, end: int) -> int | None:
        """The one year a sentence gives after a holiday, in "of 1983" or "in 2019" ("The Anzac Day
        service was held in 2019"): the holiday is that year's."""
        s, e = self.bounds(start, end)
        beside = _DATE_WITH_YEAR_BESIDE.match(self.text, end)
        if beside:
            return int(beside.group(1))  # "on Easter Monday, April 24th, 1916": the date beside it says which
        if self.reference is not None and _THIS_YEAR_AFTER.match(self.text, end, e):
            return self.reference.year  # "Diwali falls on Sunday (October 27) this year, ... than in 2018"
        # (in its own clause: not "on Thanksgiving night — an overlap that last happened in 1888")
        # (nor past a comparison: "temperatures on Easter Sunday ..., well below the previous record set in 1986")
        # (nor past a figure compared with, "down from 44 per cent in 2012", "on the same day in 2008", nor in a
        # clause of its own: "over the Christmas period, extending a run of growth that began in 2006")
        # (nor past a clause of comparison: "to hit $4 a gallon by Memorial Day, as they did in the spring of 2011")
        # (nor past the end of the quotation it is told in, nor in a relative clause of a person: '"From Dhanteras on
        # Friday to Bhai Dooj ...," said the owner, who took over the business in 2009')
        stop = re.search(r"\s[—–]\s|\s--\s|;|[”\"]|\bwho\s|,\s+(?:and|as)\s|\blast\s+(?:happened|occurred|came|fell)\b|\b(?:than|since|previous|record|compared|"
                         r"double|doubled|triple|tripled|twice)\b"
                         r"|\b(?:up|down)\s+(?:\w+\s+)?from\b|\bfrom\s+[$£€]?\d|\bthe\s+same\s+\w+\s+(?:in|of)\b|\b(?:that|which)\s|,\s+[a-z]+ing\s",
                         self.text[end:e])
        aside = _ASIDE_AFTER.match(self.text, end, end + stop.start() if stop else e)
        # (nor in an aside after it: "Burns Night, marking the birthday of the poet in 1759, is on Saturday")
        years = set()
        for m in _YEAR_AFTER.finditer(self.text, aside.end() if aside else end, end + stop.start() if stop else e):
            if re.search(r"\b(?-i:Act)(?:\s+of|,)?\s+$", self.text[max(0, m.start(1) - 12):m.start(1)]):
                continue  # a law's name: "a public holiday under the Public Holidays Act of 1994"
            years.add(int(m.group(1)))
            more = _MORE_YEARS.match(self.text, m.end())
            if more:
                years.add(int(more.group(1)))  # "the Grand Slams won in 1948 and 2009": no one year of its own
        return years.pop() if len(years) == 1 else None

    def _year_of_the_date_beside(self, c: Calendar, end: int) -> int | None:
        """The year, of the reference year and those either side, in which a holiday falls on the
        date written beside it ("Thanksgiving Monday, Oct. 13, would run on a holiday schedule")."""
        beside = _DATE_BESIDE.match(self.text, end)
        if beside is None or self.reference is None or c.holiday not in V.HOLIDAYS or V.HOLIDAYS[c.holiday][0] in ("lunar", "hindu", "days_from"):
            return None
        month = V.month_number(beside["m1"] or beside["m2"])
        number = int(beside["d1"] or beside["d2"])
        years = [y for y in (self.reference.year - 1, self.reference.year, self.reference.year + 1)
                 if holiday_date(c.holiday, y) == safe_date(y, month, number)]
        return years[0] if len(years) == 1 else None  # (a fixed day, every year's, says nothing)

    def _looks_ahead(self, start: int, end: int) -> bool:
        """Whether the sentence around a date speaks of something coming, whatever its verb's
        tense: an infinitive, a modal, a deadline, a schedule, an invitation."""
        if _SINCE_BEFORE.search(self.text, max(0, start - 8), start):
            return False
        s, e = self.bounds(start, end)
        # (an infinitive after the date tells what the dated act was for, not that the date is to come: "signed
        # a 10-year deal in January to show a weekly wrestling programme", written in December)
        # (but "urged whoever becomes prime minister on 5 September to act": what is urged is to come)
        asks = bool(_ASKING_BEFORE.search(self.text, s, start))

        def purpose(found: re.Match[str]) -> bool:
            word = found.group().split()[-1]
            return found.group().lower().startswith("to ") and found.start() >= end and not self.text[end:found.start()].strip() \
                and word.islower() and word not in _NUMBER_WORDS and not asks

        done = bool(_PAST_VERB_RIGHT_BEFORE.search(self.text, max(s, start - 40), start))

        def another_clauses(found: re.Match[str]) -> bool:
            # "The ban took effect in January and tougher rules will be enforced from March": after a date a past verb
            # tells right before it, a clause of its own, with a subject of its own, looks ahead for itself (but "Many
            # have cut rates for July, and some say they will ...", "close on June 29, and hearings will be held")
            return done and found.start() >= end and bool(_ANOTHER_SUBJECT_AFTER_AND.search(self.text, end, found.end()))

        def attempted(found: re.Match[str]) -> bool:
            return found.end() <= start and bool(_PAST_ATTEMPT_BEFORE.search(self.text, max(s, found.start() - 12), found.start()))

        def took(found: re.Match[str]) -> bool:
            # "it took months to enrol the first patients", "it took until mid-July": how long a past act took
            return found.group().lower().split()[0] in ("to", "until") and bool(_TOOK_BEFORE.search(self.text, max(s, found.start() - 30),
                                                                                                  found.start()))

        return any(not purpose(found) and not another_clauses(found) and not attempted(found) and not took(found)
                   for found in _LOOKING_AHEAD.finditer(self.text, s, e))

    def _story_year(self, c: Calendar, start: int, end: int) -> int | None:
        """The year of a past story that the sentence before told with an explicit date of an
        earlier year ("The plant opened in 2001. In March, it hired its first workers": 2001), or
        the next one for an earlier month ("In December 2019 ... By March, the virus had spread":
        2020); None unless the clause is past and the date told just before is such a one."""
        if self.narrative or self.reference is None or not self.history:
            return None
        pos, told, kind = max((h for h in self.history if h[0] < start), default=(None, None, None), key=lambda h: h[0])
        # (a date told with its year, or one its text put years back: "the surrender on Saturday, April 29th" after "a century ago")
        if pos is None or kind != "absolute" and told.first.year >= self.reference.year - 1 or start - pos > 350 \
                or told.first.year >= self.reference.year \
                or GRAIN_ORDER[told.grain] > GRAIN_ORDER["year"] or told.grain in ("week", "weekend"):
            return None
        sentence = self.bounds(start, end)[0]
        if pos >= sentence or self.bounds(pos, pos + 1)[1] < sentence - 3 or self.tense(start, end) != "past":
            return None  # told in this sentence (the framing year decides), or further back
        if _DUE_BEFORE.search(self.text, max(0, start - 16), start):
            return None  # "earned $5.41 a share in 1988. The board raised the dividend, payable Dec. 1": a date to come
        if not _STORY_DATE_BEFORE.search(self.text, max(0, pos - 12), pos) or not _STORY_DATE_AFTER.match(self.text, pos):
            return None  # only the time of a sentence's event ("began in 1939."), not "since 1990", "the 1988 bombing"
        if _PARTICIPLE_AFTER_COMMA.search(self.text, max(0, pos - 40), pos) and self.text[self.ends.get(pos, pos):][:1] == ",":
            return None  # a participle's aside: "Rembrandt's 'Night Watch,' painted in 1642, was shown in a small wing"
        if _FROM_A_FIGURE_IN.search(self.text, max(0, pos - 60), pos) or _SAME_PERIOD.match(self.text, pos):
            return None  # "earned $1.45 billion, up from $1.29 billion in 2011. ... rebounded in October": a point compared with
            # (so is "up 35 per cent on the same period of 2009. Arrivals in October alone were 431,000": this October)
        if _quote_opening(self.text, pos) is not None and _quote_opening(self.text, start) is None:
            return None  # a year a quotation tells frames no story after it: '"We were averaging 300,000 jobs a month
            # in 1988; now we're doing half that." Manufacturing employment fell by 27,000 in July': this July
        told_from = self.bounds(pos, pos + 1)[0]
        if any(told_from <= p < pos and abs((w.first - self.reference).days) <= 7 for p, w, _ in self.history) \
                or _CLOCK_TIME.search(self.text, told_from, pos):
            return None  # "Bernanke was to speak at 2:30 p.m., continuing briefings he began in April 2011. ...
            # unemployment, which was 7.6 percent in May": a sentence of today, its year told in passing
        if self.tense(pos, pos + 1) != "past":
            return None  # "The increase reflects the rise in the price index in 2021. Ontario raised the wage
            # on January 1": a year a sentence of today mentions frames no story
        if _BACKGROUND_VERB.search(self.text, self.bounds(pos, pos + 1)[0], pos):
            return None  # a birth or a building is background, no story: "born in Detroit in 1947. ... on Feb. 7"
        if re.search(r"\b(?:record|previous\s+(?:best|high|low|mark)|(?:its|their|the)\s+(?:peak|height|highest|lowest))\b",
                     self.text[self.bounds(pos, pos + 1)[0]:pos], re.IGNORECASE):
            return None  # a record's year is a mark compared with, no story: "The previous record, set by Berthier in
            # 2011, was 84 days. Guillou set off from Brest on March 2": this March; nor is a peak: "At its peak in 2011,
            # the force numbered 100,000. A previous round of talks collapsed in September": the September gone
        if re.search(r"\b(?:last|previous|only\s+other)\s+time\b", self.text[self.bounds(pos, pos + 1)[0]:pos], re.IGNORECASE):
            return None  # the last time a thing happened is a mark looked back to, no story: "The last time Castlegate won
            # the competition, in May 1992, most of this squad had not been born. Eastmoor, who had beaten them twice
            # in the league since March, started as favourites": this March
        if _REPORTED_CLAUSE_BEFORE.search(self.text, self.bounds(pos, pos + 1)[0], pos):
            return None  # what a witness says of the past frames no story: "told investigators he handed the mayor an
            # envelope on Dec. 14, 2009. Delmonico was indicted in March": this March
        told_in = self.bounds(pos, pos + 1)[0]
        if _PAST_PERFECT_BEFORE.search(self.text, told_in, pos):
            return None  # a past before the past is background, no story: "said the company had ignored a similar
            # near-miss in the summer of 2022. Norvale, which reopened the plant in April, ...": this April
        if first_verb_tense(self.text, told_in, pos) == "present":
            return None  # "The recall is only the second attempt ...; North Dakota voters recalled their governor in
            # 1921. Organizers submitted signatures in July": a sentence of now, its year told in passing
        if _RELATIVE_CLAUSE.search(self.text, self.bounds(pos, pos + 1)[0], pos):
            return None  # the date of a relative clause is not its sentence's: "caps 18 months of talks
            # that began in early 2018. The two sides had come close to a deal in May": this May
        if _PRESENT_PERFECT.search(self.text, sentence, start):
            return None  # "Its path has relied on flybys of Venus; the most recent, in February": up to now, not the story's year
        if _SUBORDINATE_BEFORE.search(self.text, self.bounds(pos, pos + 1)[0], pos):
            return None  # "Chavez died on March 5, 14 years after he first took office in February 1999": a date of the background
        if c.day is not None and c.year is None and 0 <= (self.reference - dt.date(self.reference.year, c.month, min(c.day, 28))).days <= 45:
            return None  # "The last attempt collapsed in Copenhagen in 2009. The talks opened on Nov. 30", written on
            # Dec. 13: a day just past is the news's own
        if _PRESENT_PERFECT.search(self.text, end, self.bounds(start, end)[1]):
            return None  # "The musical, which opened in December, has earned $75 million": a sentence about now
        if _BACK_TO_NOW.match(self.text, sentence):
            return None  # "Meanwhile, the examination, which started on May 14, ends on June 29": the story of now
        relative = _RELATIVE_CLAUSE.search(self.text, sentence, start)
        if relative and relative.start() > sentence and clause_tense(self.text, relative.start(), relative.start()) in ("present", "future"):
            return None  # "Economists expect core inflation, which hit 5.1 per cent in November, to stay elevated":
            # a sentence of now, its month told in passing
        year = told.first.year
        if told.grain != "year" and (c.month, c.day or 1) < (told.first.month, told.first.day if c.day else 1):
            year += 1
        return year if year < self.reference.year or (year == self.reference.year and c.month <= self.reference.month) else None

    def _story_year_of_a_holiday(self, c: Calendar, start: int, end: int) -> int | None:
        """The year of a past story a holiday is told in, as a day of that holiday's month would take it
        ("The plane crashed at Gander in December 1985. The soldiers aboard were flying home for Christmas": 1985)."""
        if self.reference is None or c.holiday not in V.HOLIDAYS or c.week_of or c.month_of:
            return None
        day = holiday_date(c.holiday, self.reference.year)
        if day is None or any(d is not None and abs((d - self.reference).days) <= _HOLIDAY_AT_HAND_DAYS
                              for d in (day, holiday_date(c.holiday, self.reference.year - 1))):
            return None  # a holiday days from the writing is the one meant: "The main commemoration took place on
            # Remembrance Sunday", two days after it, after a sentence of 1918
        proxy = replace(c, holiday=None, weekend_of=False, month=day.month, day=day.day)
        return self._year_of_a_full_date_in_sentence(proxy, start, end) or self._story_year(proxy, start, end) \
            or self._story_carried_on(proxy, start, end)

    def _story_carried_on(self, c: Calendar, start: int, end: int) -> int | None:
        """The year of a story of years ago still being told: the last date written with its year
        (at least two years back, a day or a month), a few sentences before, when every date told
        since is of that story ("The mission began on July 16, 1969 ... Four days later ... at 10:56
        p.m. ... The crew splashed down in the Pacific on July 24": 1969) and this clause is past."""
        if self.narrative or self.reference is None or self.tense(start, end) != "past":
            return None
        sentence = self.bounds(start, end)[0]
        if _PRESENT_PERFECT.search(self.text, sentence, start) or _PRESENT_PERFECT.search(self.text, end, self.bounds(start, end)[1]):
            return None
        since = [h for h in self.history if start - 600 <= h[0] < start]
        story = next(((pos, w) for pos, w, kind in reversed(since) if kind == "absolute" and w.grain in ("day", "part_of_day", "month")
                      and w.first.year <= self.reference.year - 2 and pos in self.ends
                      and re.search(r"\d{4}", self.text[pos:self.ends[pos]])), None)
        if story is None:
            return None
        pos, told = story
        year = told.first.year
        if any(p > pos and not year <= w.first.year <= year + 1 for p, w, _ in since):
            return None  # a date of now told since: the story has moved on
        if not _NARRATED_DATE_BEFORE.search(self.text, max(0, pos - 12), pos) or self.tense(pos, pos + 1) != "past" \
                or _BACKGROUND_VERB.search(self.text, self.bounds(pos, pos + 1)[0], pos) \
                or _PRESENT_PERFECT.search(self.text, self.bounds(pos, pos + 1)[0], pos):
            return None  # ("has held office since March 1996", "born on May 3, 1947": background, no story)
        if not _LOOKING_BACK.search(self.text):
            return None  # only in a piece that looks back on a time ("50 years ago", "the 25th anniversary")
        if _PRESENT_PERFECT.search(self.text, self.bounds(pos, pos + 1)[1], sentence):
            return None  # "vanished ... on 9 March 1985. Her body has never been found. The inquest, held in May": now again
        relative = _RELATIVE_CLAUSE.search(self.text, sentence, start)
        if relative and relative.start() > sentence and clause_tense(self.text, relative.start(), relative.start()) in ("present", "future"):
            return None  # "The next phase, which began in January, asks 6,000 participants ...": a sentence of now
        # the year that puts it nearest the story's date: "began on Dec. 8, 1941 ... by Jan. 2, Manila had
        # fallen" (1942), "signed on Aug. 1, 1975, at the end of a summit that opened on July 30" (1975)
        options = [(abs((d - told.first).days), y) for y in (year - 1, year, year + 1)
                   if (d := safe_date(y, c.month, c.day or 15)) is not None]
        year = min(options)[1] if options else year
        return year if year <= self.reference.year - 1 else None

    def _opens_line(self, pos: int, bullets: bool = True) -> bool:
        """Whether ``pos`` opens a line after the text's first (with ``bullets``, after a list's
        bullet too: "- March 2022 -- ...")."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        return line_start > 0 and not self.text[line_start:pos].strip(" \t*•-" if bullets else " \t")

    def _year_of_the_weekday(self, c: Calendar, base: dt.date, start: int, end: int) -> int | None:
        """A date told with its weekday ("Monday, March 4", "January 18, a Friday") that is that
        weekday in none of the years around ``base``: the year told last before it in which it is
        (or the one after that year: "in December 1973 ... on Friday, January 18"); None if it is
        that weekday near ``base`` (the ordinary choice stands) or in no year the text told."""
        weekday = c.weekday
        if weekday is None:
            apposed = _WEEKDAY_APPOSED_AFTER.match(self.text, end)
            weekday = V.weekday_number(apposed["wd"]) if apposed else None
        if weekday is None or c.year is not None:
            return None
        near = [d for d in (safe_date(base.year + k, c.month, c.day) for k in (-1, 0, 1)) if d is not None]
        if any(d.weekday() == weekday for d in near):
            return None
        for pos, when, _ in reversed(self.history):
            if pos >= start:
                continue
            for year in (when.first.year, when.first.year + 1):
                day = safe_date(year, c.month, c.day)
                if day is not None and day.weekday() == weekday:
                    return year
        return None

    def _apposed_to_previous_holiday(self, start: int) -> bool:
        """Whether the holiday at ``start`` names again the one just before it ("Tet, the Lunar New Year")."""
        return self.previous is not None and bool(re.fullmatch(r",\s+(?:the\s+)?", self.text[self.previous[1]:start])) \
            and _HOLIDAY_WORD.fullmatch(self.text, self.previous[0], self.previous[1]) is not None

    def _other_day_in_sentence(self, pos: int) -> bool:
        """Whether the sentence of the date at ``pos`` tells another day than it."""
        s, e = self.bounds(pos, pos)
        return any(s <= p < e and p != pos and w.grain in ("day", "part_of_day", "hour", "minute") for p, w, _ in self.history)

    def _year_of_the_holidays_month_before(self, c: Calendar, start: int, end: int) -> int | None:
        """The year of the month its own sentence named before a holiday that falls in it ("after snow closed
        its runways for several days last December, stranding passengers just days before Christmas": the
        December gone's Christmas, not the coming one), in one clause (not "a decline that began in February, as
        carriers cancelled more sailings ahead of the Lunar New Year")."""
        sentence = self.bounds(start, end)[0]
        for pos, when, _ in reversed(self.history):
            if sentence <= pos < start and when.grain == "month" and not re.search(
                    r",\s+(?:as|while|but|and|when|because|although|though|whereas|which)\b", self.text[pos:start]):
                day = self._in_year(c, when.first.year)
                if day is not None and day.first.month == when.first.month:
                    if re.search(r"\bsince\s+$", self.text[max(0, pos - 8):pos], re.IGNORECASE):
                        return None  # "who have not been to church since last December will squeeze into pews on
                        # Christmas Eve": a month something has lasted since frames nothing after it
                    return when.first.year
        return None

    def _year_of_a_full_date_in_sentence(self, c: Calendar, start: int, end: int) -> int | None:
        """The year of a date its sentence writes out in full, at least five years back, when this
        month (or day) of a past clause falls within half a year of it: "The Allies broke out of
        Normandy in late July, liberated Paris on Aug. 25, 1944", "That trial opened on March 5, 1868,
        and the final votes came on May 26"; else None (and for a month within 90 days of the writing,
        which is the news's own)."""
        if self.reference is None or self.narrative or self.tense(start, end) != "past":
            return None
        linked = self._year_linked_to_full_date(c, start)
        if linked is not None:
            return linked
        recent = safe_date(self.reference.year, c.month, c.day or 1)
        if recent is not None and recent > self.reference:
            recent = safe_date(self.reference.year - 1, c.month, c.day or 1)
        if recent is None or (self.reference - recent).days <= 90 and not self._listed_after_an_old_date(start):
            return None  # a month of the last weeks is the news's own
        s, e = self.bounds(start, end)
        if _SINCE_OR_RELATIVE_BEFORE.search(self.text, max(s, start - 40), start) \
                or _BACKGROUND_VERB.search(self.text, max(s, start - 40), start):
            # "the fifth storm since September", "Biden, who announced in April that ...": the news's own;
            # "born on Jan. 5 and died on Feb. 3, 1990": a birth's year is its own
            return None
        written = [m for m in _FULL_DATE.finditer(self.text, s, e) if not (m.start() < end and start < m.end())]
        if not written:
            return None
        told = min(written, key=lambda m: abs(m.start() - start))
        year = int(told["year"])
        if year > self.reference.year - _HISTORY_YEARS:
            return None  # ("an accord reached in November 2013 and a framework agreed on April 2", written in 2015)
        month = V.month_number(told["m1"] or told["m2"])
        day = int(told["d1"] or told["d2"] or 15)
        anchor = safe_date(year, month, min(day, 28))
        options = [d for d in (safe_date(y, c.month, c.day or 15) for y in (year - 1, year, year + 1)) if d is not None]
        if anchor is None or not options:
            return None
        nearest = min(options, key=lambda d: abs((d - anchor).days))
        return nearest.year if abs((nearest - anchor).days) <= 183 else None

    def _listed_after_an_old_date(self, start: int) -> bool:
        """Whether the dates told before ``start`` in its sentence are a date written out in full at least
        ``_HISTORY_YEARS`` back and, after it, days of that year: "free elections on March 18, 1990, a monetary
        union on July 1 and the treaty, signed in Moscow on Sept. 12" (written on 3 October 2020)."""
        sentence = self.bounds(start, start)[0]
        told = [(p, w) for p, w, _ in self.history if sentence <= p < start]
        if len(told) < 2 or self.reference is None:
            return False
        first, rest = told[0], told[1:]
        year = first[1].first.year
        return year <= self.reference.year - _HISTORY_YEARS and first[0] in self.ends \
            and bool(re.search(r"\d{4}", self.text[first[0]:self.ends[first[0]]])) \
            and all(w.grain in ("day", "part_of_day", "month") and w.first.year == year for _, w in rest)

    def _year_linked_to_full_date(self, c: Calendar, start: int) -> int | None:
        """The year of a month (or day) told as what came just before or after a date written out
        in full earlier in its sentence, in a year before the writing's: "fired him on Dec. 23, 2019,
        after a disastrous appearance before Congress in late October" (October 2019), "signed it on
        March 3, 2019, weeks before it took effect in May"; else None."""
        s, _ = self.bounds(start, start)
        written = [m for m in _FULL_DATE.finditer(self.text, s, start)]
        if not written:
            return None
        told = written[-1]
        link = _LINKED_BY_ORDER.search(self.text, told.end(), start)
        year = int(told["year"])
        if link is None or year >= self.reference.year or _ANOTHER_TIME_BETWEEN.search(self.text, told.end(), start) \
                or _COMPARED_SINCE.search(self.text, max(0, told.start() - 12), told.start()):
            return None  # (not a point of comparison: "the biggest gain since October 2017, after falling in October")
        anchor = safe_date(year, V.month_number(told["m1"] or told["m2"]), int(told["d1"] or told["d2"] or 15))
        if anchor is None:
            return None
        before = link["word"].lower() != "before"  # what the date came after lies before it
        options = [d for d in (safe_date(y, c.month, c.day or 15) for y in (year - 1, year, year + 1)) if d is not None
                   and (d <= anchor if before else d >= anchor) and abs((d - anchor).days) <= 366]
        return min(options, key=lambda d: abs((d - anchor).days)).year if options else None

    def _year_of_a_day_beside(self, c: Calendar, start: int, end: int) -> int | None:
        """The year of a day its text told in full a few days from this one in a past story ("a date
        painted beside it, Nov. 4, 1985 ... The rain began on the afternoon of Nov. 3": 1985), when
        the clause is past and that year is not the day of writing's; else None."""
        if self.reference is None or self.narrative or self.tense(start, end) != "past":
            return None
        recent = safe_date(self.reference.year, c.month, c.day)
        if recent is not None and recent > self.reference:
            recent = safe_date(self.reference.year - 1, c.month, c.day)
        if recent is None or (self.reference - recent).days <= 90:
            return None  # a day of the last weeks is the news's own ("Lehman filed for bankruptcy on Sept. 15")
        for pos, when, kind in reversed(self.history):
            if pos >= start or kind != "absolute" or when.grain not in ("day", "part_of_day", "month") or when.first.year >= self.reference.year \
                    or not re.search(r"\d{4}", self.text[pos:self.ends.get(pos, pos + 20)]):
                continue
            if when.grain == "month":
                if when.first.month == c.month and pos >= self.bounds(start, end)[0]:
                    # "He came home in February 1990, the month Mandela was freed on February 11" (in
                    # one sentence: "Starr's inquiry began in January 1994. ... Clinton first denied
                    # the relationship on Jan. 26" is the news's own January)
                    return when.first.year
                continue
            day = safe_date(when.first.year, c.month, c.day)
            # (days apart: a week, or two months in the date's own sentence: "advertised on June 2,
            # 2009, with a closing date of June 30"; not "his inauguration on March 4, 1933 ... He
            # took the oath on Jan. 20", a sentence later)
            apart = 62 if pos >= self.bounds(start, end)[0] else 7
            if day is not None and abs((day - when.first).days) <= apart:
                return when.first.year
        return None

    def _year_after_previous_entry(self, c: Calendar, start: int) -> int | None:
        """The year of a chronology's entry that names no year ("Sept. 23 - U.N. Security Council
        demands a cease-fire"): the first on or after the entry before it ("Feb. 28, 1998 - ..."),
        when that is not after the day of writing; None outside such a list."""
        line_start = self.text.rfind("\n", 0, start) + 1
        if self.reference is None or line_start == 0 or self.text[line_start:start].strip() \
                or not _LIST_ENTRY_LINE.match(self.text, line_start):
            return None  # (the date must open a line of the list)
        for pos, when, _ in reversed(self.history):
            if pos >= line_start or when.grain not in ("day", "part_of_day", "month", "year"):
                continue
            previous_line = self.text.rfind("\n", 0, pos) + 1
            if not self.text[previous_line:pos].strip() and _LIST_ENTRY_LINE.match(self.text, previous_line):
                for year in (when.first.year, when.first.year + 1):
                    w = self._in_year(c, year)
                    if w is not None and when.first <= w.first <= self.reference:
                        return year
            return None
        return None

    def _year_of_list_entry(self, start: int) -> int | None:
        """The year of the date that heads the line, as a dated list's entries do ("March 2022 --
        A Russian column stalls ... Russia seizes Kherson on March 2")."""
        line_start = self.text.rfind("\n", 0, start) + 1
        for pos, when, kind in self.history:
            if line_start <= pos < start and kind == "absolute" and when.grain in ("day", "part_of_day", "month") \
                    and self._opens_line(pos) and _HEADS_AN_ENTRY_DASH.match(self.text, self._end_of(pos)):
                return when.first.year
        return None

    def _year_of_table(self, start: int) -> int | None:
        """The year a Markdown table's caption or header names, for a date in one of its rows
        ("The Bank's 2025 schedule:" over "| June 4 | hold | 2.75% |"): its rows are of that year."""
        line_start = self.text.rfind("\n", 0, start) + 1
        if not self.text.startswith("|", line_start):
            return None
        top = line_start
        while top > 0:
            above = self.text.rfind("\n", 0, top - 1) + 1
            if not self.text.startswith("|", above):
                break
            top = above
        caption = self.text.rfind("\n", 0, max(0, top - 1)) + 1 if top > 0 else top
        while caption > 0 and not self.text[caption:top].strip():
            caption = self.text.rfind("\n", 0, caption - 1) + 1  # (a blank line between caption and table)
        header_end = self.text.find("\n", top)
        years = [when.first.year for pos, when, kind in self.history
                 if (caption <= pos < top or top <= pos < header_end) and kind == "absolute" and when.grain == "year"]
        return years[-1] if len(set(years)) == 1 else None

    def _entry_day_before(self, start: int) -> dt.date | None:
        """The day of the list entry just before, when that entry too is headed by a weekday or a day told from
        today (its own line, the line before this one's, or the one before a blank line between), within a week of
        the writing."""
        line = self.text.rfind("\n", 0, start)
        while line > 0 and not self.text[self.text.rfind("\n", 0, line) + 1:line].strip():
            line = self.text.rfind("\n", 0, line)  # (entries set apart by blank lines)
        if line <= 0:
            return None
        previous_line = self.text.rfind("\n", 0, line) + 1
        head = previous_line + len(self.text[previous_line:line]) - len(self.text[previous_line:line].lstrip())
        told = [when for pos, when, _ in self.history if pos == head]
        if not told or not (_WEEKDAY_WORD.match(self.text, head) or _DEICTIC_ENTRY_HEAD.match(self.text, head)) \
                or not self._heads_an_entry(head, self.ends.get(head, head)):
            return None  # (a day told from today heads an entry too: "Tonight: a double bill ... [line] Saturday: ...")
        day = told[-1].first
        return day if self.reference is None or abs((day - self.reference).days) <= 7 else None

    def _list_headed_ahead(self, start: int) -> str | None:
        """Whether the list whose entry opens at ``start`` is headed as what is to come ("NEXT WEEK", "The week
        ahead", "Coming up"): "next week", "ahead", or None. The heading is the first line above that is neither
        blank nor another entry (a bullet, or a day that opens it)."""
        line = self.text.rfind("\n", 0, start)
        for _ in range(12):
            if line <= 0:
                return None
            above = self.text.rfind("\n", 0, line) + 1
            content = self.text[above:line].strip()
            line = above - 1
            if not content or content[0] in "-*\u2022\u2013\u2014" or _WEEKDAY_WORD_IN.match(content):
                continue  # (another entry: a bullet's, or one a weekday opens, "MONDAY: ..." too; not "Money markets")
            heading = _AHEAD_HEADING.fullmatch(content)
            return None if heading is None else "next week" if heading["next"] else "ahead"
        return None

    def _heads_an_entry(self, start: int, end: int) -> bool:
        """An expression that opens a line and heads a list entry with a dash ("Thursday -- ...")."""
        return self._opens_line(start) and _HEADS_AN_ENTRY_DASH.match(self.text, end) is not None

    def _end_of(self, pos: int) -> int:
        """Where the expression told at ``pos`` ends (the dash that heads a list entry follows it)."""
        m = _DATE_HEAD.match(self.text, pos)
        return m.end() if m else pos

    def _year_of_an_earlier_part(self, c: Calendar, start: int, end: int) -> int | None:
        """The year of an earlier half or quarter its sentence told with its year, when this one
        comes after it in that year ("elevated in the first half of 2023 before easing in the
        second half": 2023's)."""
        grain = "half" if c.half is not None else "quarter"
        number = c.half if c.half is not None else c.quarter
        sentence = self.bounds(start, end)[0]
        told = [(pos, w) for pos, w, kind in self.history if sentence <= pos < start and w.grain == grain and kind == "absolute"]
        if not told:
            return None
        _, when = told[-1]
        earlier = (when.first.month - 1) // (6 if grain == "half" else 3) + 1
        return when.first.year if earlier < number else None

    def _year_of_framing_season(self, c: Calendar, start: int, end: int) -> int | None:
        """The year of a month that falls in the season opening its sentence: "Last winter, the flu
        season peaked in late December" is the December of last winter."""
        s = self.bounds(start, end)[0]
        for pos, when, _ in self.history:
            if s <= pos < start and when.grain == "season" and _OPENING.fullmatch(self.text, s, pos):
                first, last = when.interval
                for year in (first.year, last.year):
                    if first <= dt.date(year, c.month, 1) <= last:
                        return year
        return None

    def _next_years_event_before(self, start: int, end: int) -> bool:
        """The date is when "next year's" event of its sentence takes place: the event is told to be held,
        to open, begin or run then, or the date stands in apposition to it ("Next year's dates, Oct. 16 to
        Oct. 19"), not a date of something else done about it ("next year's budget, which she will present
        in late September", "next year's route will be unveiled on October 18")."""
        if self.reference is None:
            return False
        s = self.bounds(start, end)[0]
        told = None
        for told in _NEXT_YEARS.finditer(self.text, s, start):
            pass
        if told is not None and _SCHEDULED_IN_APPOSITION.fullmatch(self.text, told.end(), start):
            return True  # "tickets for next year's meeting, scheduled for Aug. 30": the meeting's day, whoever's the sentence
        if told is None or re.search(r"\b(?:for|of|about|on)\s+$", self.text[max(s, told.start() - 6):told.start()], re.IGNORECASE):
            return False  # ("applications for next year's pilgrimage would open in October": the applications')
        if any(told.end() <= pos < start for pos, _, _ in self.history):
            return False  # the event's date is the first told after it ("next year's up run, which will be held on May 31,
            # open at 8am on September 1")
        between = self.text[told.end():start]
        return bool(_EVENT_HELD.search(between) or _APPOSITION_ONLY.fullmatch(between)) and not _DONE_ABOUT_IT.search(between)

    def _year_named_before(self, start: int, end: int) -> int | None:
        """The year that frames the sentence, if one does: "The 2024 election was held on Nov. 5",
        "In 2019, he was elected on Nov. 5", "The following year, on Dec. 13, ..." (not any year
        mentioned before the date)."""
        s = self.bounds(start, end)[0]
        # (after the year's own span: "the fiscal 2018 budget" is a label as "the 2018 budget" is)
        years = [(pos, w.first.year) for pos, w, kind in self.history
                 if s <= pos < start and w.grain == "year" and (kind == "absolute" and (_FRAMING_YEAR.search(self.text[s:pos])
                                                                                         or _WHEN_AFTER_YEAR.match(self.text, self.ends.get(pos, pos + 4)))
                                                              and not _YEAR_LABEL_AFTER.match(self.text, self.ends.get(pos, pos + 4))
                                                              and not (self.ends.get(pos, pos + 4) - pos == 4
                                                                       and _YEAR_NAMING_A_SPAN_AFTER.match(self.text, pos + 4))
                                                              and not _DOCUMENT_NAMED_AFTER.match(self.text, self.ends.get(pos, pos + 4))
                                                              or kind != "absolute" and (_OPENING.fullmatch(self.text, s, pos)
                                                                                         # (or its clause after a semicolon: "Last year
                                                                                         # harvest began on Aug. 8; this year the first
                                                                                         # grapes came in on Aug. 1")
                                                                                         or _OPENING.fullmatch(self.text, self.text.rfind(";", s, pos) + 1, pos)
                                                                                         and ";" in self.text[s:pos]))]
        # (or a season of a year, told with a "when" clause after it: "The scheme unravelled in the summer of 2014, when
        # the auditor flagged discrepancies in second-quarter pricing")
        years += [(pos, w.first.year) for pos, w, kind in self.history
                  if s <= pos < start and w.grain == "season" and kind == "absolute" and w.first.year == w.interval[1].year
                  and _WHEN_AFTER_YEAR.match(self.text, self.ends.get(pos, pos + 4))]
        # (or a year told relatively right before the date: "would be held again next year on Nov. 7")
        years += [(pos, w.first.year) for pos, w, kind in self.history if s <= pos < start and w.grain == "year" and kind != "absolute"
                  and pos in self.ends and (_ON_RIGHT_AFTER.fullmatch(self.text, self.ends[pos], start)
                                            or _YEAR_LINKED_TO_A_LATER_MONTH.fullmatch(self.text, self.ends[pos], start))
                  and _A_YEAR_COUNTED.fullmatch(self.text, pos, self.ends[pos])]
        # with several, the nearest: "In 2014 she chaired ..., and during the 2018 negotiations she
        # kept the chamber in session through the Memorial Day weekend" is 2018's
        if not years:
            return None
        pos, year = max(years)
        opening = re.fullmatch(r"[\s\"'“‘(]*in\s+", self.text[s:pos], re.IGNORECASE) and self.text[pos + 4:pos + 5] == ","
        if self.reference is not None and year < self.reference.year and self.tense(start, end) == "future" and not opening:
            # "The revival of 'Harbor Town,' the 1957 musical, will close March 25": a year gone frames
            # nothing to come (but "In 2018, the department extended the deadline to August 31": the
            # sentence is told in that year, a deadline then to come included)
            return None
        if re.match(r"fiscal\s", self.text[pos:pos + 7], re.IGNORECASE) and self.reference \
                and year == self.reference.year + 1 and self.tense(start, end) == "past":
            # "Fiscal 1996 began Oct. 1", written in November 1995: a fiscal year named by the
            # calendar year it ends in began in the one before (a past clause tells of no date to come)
            return year - 1
        return year

    def _from_now_before(self, start: int, end: int) -> bool:
        """The sentence runs "from" a time not yet past to this one: "a warning in force from 4pm
        today until [6am Saturday]" ends after it starts, whatever the verb ("has issued")."""
        if self.reference is None:
            return False
        s = self.bounds(start, end)[0]
        return any(s <= pos < start and when.first >= self.reference and _FROM_BEFORE.search(self.text, max(s, pos - 6), pos)
                   for pos, when, _ in self.history)

    def _frames_its_sentence(self, pos: int) -> bool:
        """The date told at ``pos`` opens its sentence after "On" ("On March 3, 1991, ...")."""
        return bool(_ON_OPENING.fullmatch(self.text, self.bounds(pos, pos + 1)[0], pos))

    def _day_heading(self, start: int) -> tuple[int, When] | None:
        """The last day before ``start`` told on a line of its own, as a live blog heads each day's
        entries ("Wednesday, Nov. 4")."""
        for pos, when, _ in reversed(self.history):
            if pos >= start or when.grain != "day":
                continue
            line_start = self.text.rfind("\n", 0, pos) + 1
            line_end = self.text.find("\n", pos)
            line_end = len(self.text) if line_end < 0 else line_end
            # (a Markdown heading too, "## Wednesday, Oct. 8", and the body's first line)
            if _DAY_HEADING_LINE.fullmatch(self.text, line_start, line_end):
                return pos, when
        return None

    def _stamp_before(self, start: int) -> tuple[int, When] | None:
        """The last live-blog stamp before ``start`` (see ``_stamps_an_entry``), with its resolved time."""
        for pos, when, _ in reversed(self.history):
            if pos < start and when.hour is not None and pos in self.ends and self._stamps_an_entry(pos, self.ends[pos]):
                return pos, when
        return None

    def _plan_of_the_past(self, start: int, end: int) -> bool:
        """A plan made before for the date at text[start:end], kept or not: "had planned to fly home on
        Monday", "was due to open on 2 June", "The summit, scheduled to end on Saturday, was extended"."""
        s = max(self.bounds(start, end)[0], start - 90)
        return bool(_HAD_PLANNED.search(self.text, s, start)
                    or _PLAN_ASIDE_BEFORE.search(self.text, s, start) and _PAST_AFTER_AN_ASIDE.match(self.text, end))

    def _date_heading_its_line(self, start: int) -> tuple[int, When] | None:
        """The day that opens the line holding ``start`` and heads its entry with a colon or a dash
        ("- 10 March: the last of the 14 is brought out at 11.47am", "Oct. 17 -- Residents return"),
        when no other day is told between it and ``start``."""
        line_start = self.text.rfind("\n", 0, start) + 1
        heads = [(pos, w) for pos, w, _ in self.history if line_start <= pos < start and pos in self.ends]
        if not heads:
            return None
        pos, w = heads[0]
        # (times told after it on the line are of its day and leave it the line's: "- 10 March: Alarm
        # raised at 2.17am; first engine arrives at 2.23am")
        if any(t.hour is None or t.first != w.first for _, t in heads[1:]) or w.grain != "day" \
                or self.text[line_start:pos].strip(" \t*•-") \
                or not _HEADS_ITS_LINE.match(self.text, self.ends[pos]):
            return None
        return pos, w

    def _entry_day(self, start: int) -> tuple[int, When] | None:
        """In a live blog, the stamp of the entry ``start`` lies in, when the stamp is on a day other
        than the day of writing and no date is told between it and ``start``: "**6:15 p.m.** A judge
        ordered two precincts to stay open until 8 p.m. ... when polls opened this morning", stamped the
        evening before a blog written after midnight, is that evening's and that morning's."""
        table = self._day_over_a_table(start)
        if table is not None:
            return table
        if self.narrative or self.reference is None or not self._has_stamps:
            return None
        stamp = self._stamp_before(start)
        if stamp is None or stamp[1].first == self.reference:
            return None
        if any(stamp[0] < pos < start and w.first != stamp[1].first for pos, w, _ in self.history):
            return None  # a day told in the entry takes over
        return stamp

    def _day_over_a_table(self, start: int) -> tuple[int, When] | None:
        """For a clock time alone in the first cell of a table's row, the one day the line that leads
        into the table with a colon tells ("sets out the evening of 25 April minute by minute: [table]
        | 16:00 | Gates open |"): the rows are that day's times."""
        line_start = self.text.rfind("\n", 0, start) + 1
        if not _TIME_CELL.fullmatch(self.text, line_start, start):
            return None
        table_start = line_start
        while table_start > 0:
            above = self.text.rfind("\n", 0, table_start - 1) + 1
            if not _TABLE_LINE.fullmatch(self.text, above, table_start - 1):
                break
            table_start = above
        lead_end = table_start - 1
        while lead_end > 0 and self.text[lead_end - 1] in " \t\n":
            lead_end -= 1
        lead_start = self.text.rfind("\n", 0, lead_end) + 1
        if lead_end <= 0 or self.text[lead_end - 1] != ":":
            return None
        told = [(pos, w) for pos, w, _ in self.history if lead_start <= pos < lead_end
                and GRAIN_ORDER[w.grain] <= GRAIN_ORDER["day"]]
        if not told or any(w.first != told[0][1].first for _, w in told):
            return None
        return told[-1]

    @functools.cached_property
    def _has_stamps(self) -> bool:
        return has_stamps(self.text)

    def _morning_stamp_of(self, anchor: str, day: dt.date) -> bool:
        """Whether ``anchor`` is a clock time before noon on ``day`` (a live blog's morning stamp)."""
        told = next(((pos, w) for pos, w, _ in self.history if f"timex:{pos}" == anchor), None)
        return told is not None and told[1].hour is not None and told[1].hour < 12 and told[1].first == day \
            and told[0] in self.ends and self._stamps_an_entry(told[0], self.ends[told[0]])

    def _stamps_an_entry(self, start: int, end: int) -> bool:
        """A time that opens a line and heads what follows ("09:42 GMT Good morning", "1.15pm: ..."),
        not an item of a list ("- 7:02 p.m.: The first fire crews arrive", after "- 6:40 p.m. Saturday")."""
        if self._opens_line(start, bullets=False):
            return _HEADS_AN_ENTRY.match(self.text, end) is not None
        if self._opens_line(start) and _HEADS_AN_ENTRY.match(self.text, end) is not None:
            # an item of a list of stamped entries right under a day heading ("Tuesday 10 March [line]
            # - **02:17** The first call is made [line] - **02:23** The first fire engine arrives"):
            # stamps of that day, as a live blog's are
            return self._listed_under_a_day_heading(start)
        if not self.text[:start].strip().strip("*") and _HEADS_AN_ENTRY.match(self.text, end) is not None:
            # the body's first line, when other lines open with a stamp too ("12:41 a.m. Okafor told
            # supporters ... [entry] 11:15 p.m. Hadley has not conceded"), or when it is set in bold as
            # stamps are ("**08:10** Indonesia's volcanology centre says ..."): a blog with no heading
            bold = self.text[:start].strip() == "**" and self.text.startswith("**", end)
            return bold or len(A_STAMPED_LINE.findall(self.text, end)) >= 1
        # ... or a story's update stamp: "UPDATE (9:30 p.m.): Effingham ...", "ORIGINAL STORY, 7:30 a.m.: ..."
        line_start = self.text.rfind("\n", 0, start) + 1
        return line_start > 0 and bool(_UPDATE_LABEL.fullmatch(self.text, line_start, start)) \
            and _HEADS_AN_ENTRY.match(self.text, end + (self.text[end:end + 1] == ")")) is not None

    def _listed_under_a_day_heading(self, start: int) -> bool:
        """The list item holding ``start`` belongs to a list that a day heading opens: every line
        between the last day heading and this item is blank or a list item that opens with a clock
        time (not a chronology whose items tell their own days: "- 6:40 p.m. Saturday ...")."""
        heading = self._day_heading(start)
        if heading is None:
            return False
        first = self.text.find("\n", heading[0])
        line_start = self.text.rfind("\n", 0, start) + 1
        if first < 0 or first >= line_start:
            return False
        return all(not line.strip() or _LISTED_STAMP.match(line) is not None
                   for line in self.text[first + 1:line_start].split("\n"))

    def _earlier_in_todays_entry(self, start: int, end: int, hour: int | None, minute: int | None,
                                 part_of_day: str | None) -> tuple[int, When] | None:
        """The stamp of a live blog's entry of the day of writing that ``start`` lies in, when the time
        there (a clock time or a part of the day) comes before the stamp and no date is told between:
        "**08:40** At least 9,000 residents have been evacuated since dawn" is that morning's dawn, not
        the dawn of the day the entry before named."""
        if self.narrative or self.reference is None or not self._has_stamps:
            return None
        stamp = self._stamp_before(start)
        line = self.text.rfind("\n", 0, start) + 1
        opening = _STAMP_AT.match(self.text, line)
        if opening is not None and (stamp is None or stamp[0] < line) and self._stamps_an_entry(opening.start("t"), opening.end("t")):
            # (a part of the day is resolved before the clock times: the stamp heading its line, read here)
            stamp_hour = int(opening["h"]) % 12 + 12 * opening["ap"].lower().startswith("p") if opening["ap"] else int(opening["h"])
            stamp = opening.start("t"), When("minute", self.reference, hour=stamp_hour, minute=int(opening["m"]))
        if stamp is None or stamp[1].first != self.reference or stamp[1].hour is None or self._day_heading(start):
            return None
        sentence_end = self.bounds(start, end)[1]
        if any(stamp[0] < pos < sentence_end and pos != start for pos, _, _ in self.history):
            return None  # a date told in the entry, or in the sentence after the time, takes over
        stamped = stamp[1].hour * 60 + (stamp[1].minute or 0)
        if hour is not None:
            return stamp if hour * 60 + (minute or 0) <= stamped else None
        if part_of_day is not None and part_of_day in _HOURS_OF_PART and part_of_day != "NI":
            return stamp if _HOURS_OF_PART[part_of_day][0] * 60 <= stamped else None
        return None

    def _day_for_time(self, start: int, end: int, base: dt.date | None, anchor: str,
                      hour: int | None = None, minute: int | None = None,
                      part_of_day: str | None = None) -> tuple[dt.date | None, str]:
        if self.reference and not self.narrative and _IT_IS_BEFORE.search(self.text, max(0, start - 12), start):
            return self.reference, "reference"  # "It's twenty-eight minutes past eight": now
        if self.reference and not self.narrative and self._stamps_an_entry(start, end):
            # a live blog's time stamp ("1.32pm The chancellor sat down ...", "10:30 a.m. -- Gov. Marsh
            # told reporters"): the day of the blog's last day heading ("Tuesday, Nov. 3" on a line of
            # its own), else the day of writing, whatever the entry before or after it tells
            heading = self._day_heading(start)
            if heading:
                return heading[1].first, f"timex:{heading[0]}"
            stamp = self._stamp_before(start) if hour is not None else None
            if stamp is not None:
                # the stamp before it, on either side of midnight: the nearer way round ("01:12 The first
                # seat to change hands ... [entry] 23:41 Sunderland declares", written the morning after:
                # the evening before; "23:50 ... [entry] 00:20", told forward: the day after)
                pos, told = stamp
                minutes = hour * 60 + (minute or 0)
                told_minutes = told.hour * 60 + (told.minute or 0)
                shift = -1 if minutes - told_minutes > 12 * 60 else 1 if told_minutes - minutes > 12 * 60 else 0
                return told.first + dt.timedelta(days=shift), f"timex:{pos}"
            return self.reference, "reference"
        if hour is not None and self.previous is not None and self.previous[2].grain == "minute" \
                and re.fullmatch(r",\s*", self.text[self.previous[1]:start]):
            # the same moment in another zone: "at 11 p.m. London time, 7 p.m. in Halifax" (the day of the one before)
            return self.previous[2].first, f"timex:{self.previous[0]}"
        earlier = self._earlier_in_todays_entry(start, end, hour, minute, part_of_day)
        if earlier is not None:
            return earlier[1].first, f"timex:{earlier[0]}"
        if self.reference and not self.narrative and _AS_OF_BEFORE.search(self.text, max(0, start - 8), start):
            # "about 40,000 outages as of noon, down from a peak of 110,000 Sunday": a count made on the day
            # of writing (its edition's), not on the day it is compared with
            return self.reference, "reference"
        heading = self._date_heading_its_line(start)
        if heading is not None:
            # "- 10 March: the last of the 14 is brought out at 11.47am": the day that heads the line
            return heading[1].first, f"timex:{heading[0]}"
        s, e = self.bounds(start, end)
        # for a time in the attribution after what was said, the days of what was said: "... make landfall late Monday or
        # early Tuesday, the National Hurricane Center said in its 5 p.m. advisory"
        said_before = {pos for pos, _, _ in self.history if s <= pos < start and pos in self.ends
                       and _ATTRIBUTION_BETWEEN.fullmatch(self.text, self.ends[pos], start)}
        near = [(abs(pos - start), pos, w) for pos, w, _ in self.history
                if s <= pos < e and GRAIN_ORDER[w.grain] <= GRAIN_ORDER["day"]
                # (not a point compared with: "rose to 2.29 percent at 4:15 p.m., up from 1.63 percent on May 2";
                # nor the day of what came before it: "began at 2:40 a.m., 19 hours after the deadline
                # expired at midnight Tuesday", "at the 1 p.m. close, after markets were shut Thursday")
                and not (pos > end and (_FROM_A_FIGURE_AT.search(self.text, end, pos) or _EARLIER_CLAUSE.search(self.text, end, pos)
                                        # nor the day of another clause after it: "Play is due to start at 11am,
                                        # but rain is forecast for Thursday afternoon"
                                        or _ANOTHER_CLAUSE_BETWEEN.search(self.text, end, pos)
                                        # nor a day compared with ("hit $100 shortly after noon ..., up $3.64 from
                                        # Monday's close"), nor one of what is still to be decided ("would decide by
                                        # 5 p.m. whether classes would resume tomorrow")
                                        or _COMPARED_DAY_BEFORE.search(self.text, max(end, pos - 20), pos)
                                        or _FROM_BEFORE.search(self.text, max(end, pos - 6), pos) and pos in self.ends
                                        and self.text[self.ends[pos]:self.ends[pos] + 2] in ("'s", "’s")
                                        or _WHETHER_BETWEEN.search(self.text, end, pos)
                                        # nor the day of a record measured against: "The peak came at 22:50, only 7cm
                                        # short of the record set on 4 November 1966"
                                        or _RECORD_BETWEEN.search(self.text, end, pos))
                         # nor a day of what was said, for a time in the attribution after it
                         or pos in said_before
                         # nor the day a wait began: "shoppers who had camped outside since Wednesday afternoon rushed
                         # in at 5 a.m."
                         or pos < start and _SINCE_BEFORE.search(self.text, max(0, pos - 8), pos)
                         # nor the day of a relative aside closed before it: "The 22-year-old, who needed more than
                         # five hours to win his semi-final on Friday, showed no sign of fatigue ... shortly before
                         # midnight"
                         or pos < start and pos in self.ends and _RELATIVE_ASIDE_OPENS.search(self.text, s, pos)
                         and _ASIDE_CLOSES_BEFORE.match(self.text, self.ends[pos], start))]
        if not near and said_before and self.reference and not self.narrative:
            return self.reference, "reference"  # the time of the saying, told with no day of its own: the day of writing

        if near and self.reference and not self.narrative:
            # "The campaign, which runs from 10pm, takes its inspiration from ... 3 August 1914": a
            # time in a present clause is not on a day long past told beside it
            tense = self.tense(start, end)
            if tense == "future":
                # "Schroeder, who will speak at the Reichstag at 3 p.m., said ... yesterday": not on a day gone
                near = [n for n in near if n[2].first >= self.reference]
            elif tense == "present":
                near = [n for n in near if (n[2].first - self.reference).days > -7]
            elif tense == "past":
                # "transport was suspended at 1:00pm and will not resume until Friday", "a speech
                # that began at 11 am ... a regime from April 1": a time that is over is not on a
                # coming day its sentence tells after it (nor, after "since", on one told before:
                # "'maybe tomorrow, maybe Monday,' said a woman who had been waiting since 5 a.m.")
                since = _SINCE_BEFORE.search(self.text, max(0, start - 8), start)
                near = [n for n in near if n[2].first <= self.reference or n[1] < start and not since
                        or n[1] > start and not _COMING_CLAUSE_BETWEEN.search(self.text, end, n[1])
                        and not (n[1] in self.ends and _ATTRIBUTIVE_HOLIDAY_AFTER.match(self.text, self.ends[n[1]]))]
                # (nor a coming holiday that names a season: "opened their doors as early as 6 a.m. for the
                # traditional start of the Christmas shopping season")
        right_after = [n for n in near if n[1] > end and _ITS_DAY_RIGHT_AFTER.fullmatch(self.text, end, n[1])]
        if right_after:
            # "02:47 WIB on Monday (19:47 UTC on Sunday)": the day written right after a time is its
            # own, however near another day before it
            near = right_after
        if near:
            _, pos, w = min(near)
            if hour is not None and w.grain == "part_of_day" and w.part_of_day in _HOURS_OF_PART \
                    and hour not in _HOURS_OF_PART[w.part_of_day] and pos < start and self.tense(start, end) == "past":
                # "In the interview, recorded the following afternoon, Tipoki told police the pair began arguing at about
                # 11.30pm", after "on the night of 14 March": the part of a day told before that holds the hour
                fitting = self._day_fitting_the_hour(start, (pos, w), hour, minute or 0)
                if fitting is not None:
                    return fitting
            if pos > end and hour is not None and w.hour is not None and w.hour < hour \
                    and _UNTIL_BETWEEN.fullmatch(self.text, end, pos):
                # "valid from 4pm until 6am tomorrow": the evening before the morning told
                return moved(w.first, -1), f"timex:{pos}"
            if pos > end and hour is not None and hour >= 18 and w.hour is not None and w.hour < 7 and pos - end <= 80 \
                    and _EVENING_THEN_SMALL_HOURS.fullmatch(self.text, end, pos):
                # "responded to the first blaze at 9:32 p.m. and to the last at 12:47 a.m. Tuesday": an evening
                # told before the small hours of a day is that day's eve
                return moved(w.first, -1), f"timex:{pos}"
            if pos > end and hour is not None and hour >= 18 and w.hour is None and w.part_of_day == "MO" and pos - end <= 80 \
                    and _SMALL_HOURS_OF.match(self.text, pos) and not re.search(r"[.;!?\n]", self.text[end:pos]):
                # "live crosses to Wembley from 9pm and to Philadelphia from the early hours of Sunday morning": the
                # evening before those small hours
                return moved(w.first, -1), f"timex:{pos}"
            later = _UNTIL_A_CLOCK_ON.fullmatch(self.text, end, pos) if pos > end and hour is not None else None
            if later and (int(later["hour"]) % 12 + (12 if later["meridiem"].lower() == "p" else 0)) * 60 + int(later["minute"] or 0) \
                    < hour * 60 + (minute or 0):
                # "free travel from 11.45pm until 4.30am on New Year's Day": the evening before the morning's day
                return moved(w.first, -1), f"timex:{pos}"
            if pos < start and hour is not None and w.hour is not None and w.hour < 24 and pos in self.ends \
                    and w.hour * 60 + (w.minute or 0) > hour * 60 + (minute or 0) \
                    and _PAIR_JOIN.fullmatch(self.text, self.ends[pos], start) \
                    and _BETWEEN_OR_FROM_BEFORE.search(self.text, max(0, pos - 12), pos) \
                    and _DAY_NAMED_IN.search(self.text, pos, self.ends[pos]):
                # "calls between 6 p.m. Monday and 6 a.m.": the morning after the evening told with its day
                # (a pair told without a day is placed as a whole elsewhere: "a curfew from 7 pm to 5 am")
                return moved(w.first, 1), f"timex:{pos}"
            return w.first, f"timex:{pos}"
        entry = self._entry_day(start)
        if entry is not None:
            return entry[1].first, f"timex:{entry[0]}"  # a live blog's entry: its stamp's day ("... open until 8 p.m.")

        if self.reference and not self.narrative and _POLLING.search(self.text, s, start):
            # "Polling stations opened at 06:00 hours", after "Thursday's parliamentary by-election":
            # the day of the vote the story told, not the day its results came
            gone = self.tense(start, end) == "past"
            voting = [(pos, w) for pos, w, _ in self.history if pos < start and pos in self.ends
                      and w.grain in ("day", "part_of_day") and _AN_ELECTION_AFTER.match(self.text, self.ends[pos])
                      and not (gone and w.first > self.reference)]
            # (not a vote to come, for polls that were open: "She will face him in the Nov. 7 general election ...
            # Polls were open from 7 a.m. until 9 p.m.", written the day after the primary)
            if voting:
                pos, w = voting[-1]
                return w.first, f"timex:{pos}"
        if self.reference and not self.narrative:
            told = max(((pos, w) for pos, w, _ in self.history if pos < start and start - pos <= 400 and w.grain in ("minute", "hour")),
                       default=None, key=lambda h: h[0])
            told_end = self.bounds(told[0], told[0] + 1)[1] if told else 0
            if told is not None and told[1].first < self.reference and told_end <= s and self.tense(start, end) == "past" \
                    and not any(told_end <= pos < start for pos, _, _ in self.history):
                # a night told hour by hour: "last seen at about 11.40pm on 3 June 2003 ... walking along
                # the towpath shortly after midnight. His phone was used for the last time at 12.17am"
                return told[1].first, f"timex:{told[0]}"
        # (a point compared with is no day of the time's: "jumped to 6.72 percent from 6.45 percent
        # Thursday. The Dow dropped 171 points at the 4 p.m. close")
        cause = self._day_of_a_cause_told_again(start, end)
        if cause is not None:
            return cause[1].first, f"timex:{cause[0]}"
        lede = self._day_of_the_lede_told_again(start, end)
        if lede is not None:
            return lede[1].first, f"timex:{lede[0]}"
        # (a day a quotation tells is no day of a time told outside it: '"... whether their family arrived
        # 200 years ago or last Tuesday". At Farm Cove, the ferrython got under way at 11am': today's)
        # (but its "today" or "this morning" is the speaker's day, often the story's)
        quoted_here = _quote_opening(self.text, start) is not None
        quoted_other_day = {p for p, w, _ in self.history if not quoted_here and p < start and w.first != self.reference
                            and not _DEICTIC_DAY_AT.match(self.text, p) and _quote_opening(self.text, p) is not None}
        last = self.last_date(start, finest="day", where_pos=lambda p: self._day_of_the_news(p) and p not in quoted_other_day)
        tense = self.tense(start, end)
        if tense == "future" and hour is not None and self._plan_of_the_past(start, end):
            tense = "past"  # a plan of the day told: "On the evening of Aug. 4, 1914 ... The ultimatum was due to expire at 11 p.m."
        side = None  # the side of now the day must be on, when the last day told is on the other
        if last and self.reference and last[1].first < self.reference and tense in ("present", "future"):
            # "Kick-off is at 3pm", after a paragraph about Monday's training: the coming day told
            # about ("Saturday's final"), else the day of writing
            side, within = (lambda w: w.first >= self.reference), 1500
        elif last and self.reference and last[1].first > self.reference and self.tense(start, end) == "past":
            # "voted on Tuesday night to close it starting March 1 ... the meeting, which began at
            # 6 p.m.": the last day told that is not a coming one
            side, within = (lambda w: w.first <= self.reference), 600
        if side is not None:
            told = self.last_date(start, finest="day", within=within, where=side, where_pos=self._day_of_the_news)
            lede = self._lede_day(start) if told is None and within == 600 else None
            if lede is not None and 1 <= (self.reference - lede[1].first).days <= 2:
                # (further back, in a story that opened on a day or two before the writing, a day gone of that story: "left
                # customers without calls for five hours on Saturday ... [paragraphs] to restore triple-zero access ...
                # Engineers began rolling it back at 11.15am": Saturday's, not the day of writing)
                told = self.last_date(start, finest="day", within=1500, where=lambda w: 1 <= (self.reference - w.first).days <= 2,
                                      where_pos=self._day_of_the_news)
            if told is not None and self.reference is not None and not self.narrative and told[1].first > self.reference \
                    and self.text.rfind("\n\n", 0, start) > told[0] > self._opening_end():
                opening = self._opening_day()
                if opening is not None and opening[0] < told[0]:
                    # "fans are expected to line George Street tomorrow night for the world premiere ...
                    # [another paragraph] opens in cinemas on Wednesday and in the US on November 26 ...
                    # [another] The red carpet arrivals begin at 6pm": the day the story opens with
                    return opening[1].first, f"timex:{opening[0]}"
            if told and self.reference and (told[1].first - self.reference).days < -31:
                lede = self._lede_day(start)
                if lede is not None:
                    # "Congress on Saturday granted ... The proclamation, issued on May 23, was set to lapse on
                    # Saturday. The session began at 9 a.m.": the story's day, not the background's
                    return lede[1].first, f"timex:{lede[0]}"
            return (told[1].first, f"timex:{told[0]}") if told else (base, anchor)
        if last and self.reference and not self.narrative and last[1].first > self.reference \
                and self.text.rfind("\n\n", 0, start) > last[0] and self.tense(start, end) in ("present", "future") \
                and (self._day_heading(start) or (None,))[0] != last[0]:
            # (not under a day heading, whose paragraphs tell what is on that day: "THURSDAY 29 DECEMBER [paragraph]
            # Torchlight Procession ... a Viking longboat is burned at about 8.30pm")
            opening = self._opening_day()
            if opening is not None and opening[0] != last[0] and last[0] > self._opening_end():
                # "The BBC's election night programme begins at 9.55pm", paragraphs after "the
                # Queen's Speech is scheduled for May 25": the day the story opens with, not a
                # coming day another paragraph told
                return opening[1].first, f"timex:{opening[0]}"
        if last and self.reference and not self.narrative and (last[1].first - self.reference).days > 7 \
                and last[0] < self.bounds(start, end)[0] and self.tense(start, end) in ("present", "future") \
                and _TERM_BEFORE_DAY.search(self.text, max(0, last[0] - 25), last[0]):
            # "bills maturing on May 3 and Aug. 2. Tenders must be received by 1 p.m. EST": a term's end told
            # before is no day of the time; the day of writing is
            return base, anchor
        if last and hour is not None and self.reference and not self.narrative and self.tense(start, end) == "past":
            fitting = self._day_fitting_the_hour(start, last, hour, minute or 0)
            if fitting is not None:
                return fitting
        happening = bool(last and self._told_with_its_part_of_day(last[0]))
        if last and (start - last[0] <= 400 or happening and start - last[0] <= 900) and (
                self.narrative or self.almanac or self.reference is None or (last[1].first - self.reference).days >= -31
                or (self._frames_its_sentence(last[0]) or happening or _HARM_BEFORE_DAY.search(
                    self.text, self.bounds(last[0], last[0] + 1)[0], last[0])) and tense == "past"):
            # (and a day long past told with its part of the day is a happening the story tells, not
            # background: "found dead in his car on the morning of 14 March ... last seen locking up
            # his pub at 12.30am")
            # the day just told about (a day long past too when a sentence opened with it: "On this
            # day five years ago, a cloudburst dumped 210 mm of rain ... By 4 am, the river had risen")
            return last[1].first, f"timex:{last[0]}"
        # (in news a day long past, told in another sentence, is background: "a record set on July
        # 9, 1936. At Newark airport, the mercury hit 108 at 2:30 p.m." is the day of the story's
        # news told before it, else the day of writing)
        if last and self.reference and not self.narrative and self.tense(start, end) == "past":
            lede = self._lede_day(start)
            if lede is not None:
                # "The market suffered its biggest decline ever yesterday ... the worst since Oct. 19,
                # 1987 ... Trading was halted at 2:36 p.m.": the day of the news the story leads with
                return lede[1].first, f"timex:{lede[0]}"
        return base, anchor  # "Voting ends at 8 p.m.", paragraphs after any day: the day of writing

    def _day_fitting_the_hour(self, start: int, last: tuple[int, When], hour: int, minute: int) -> tuple[dt.date, str] | None:
        """The day of a clock time in a past clause when the last day told cannot hold it: a part
        of today the hour is not in, after an earlier day's part that holds it, told in the lede
        ("struck Moore on Monday afternoon ... revised the figure this morning ... touched down at
        2:56 p.m.": Monday's; noon is in neither morning nor afternoon), or a moment the past perfect puts before
        the time just told ("touched down at 8:31 a.m. Tuesday ... It had undocked at 7:08 p.m.":
        the evening before); else None."""
        pos, told = last
        if told.grain == "part_of_day" and told.part_of_day in _HOURS_OF_PART and hour not in _HOURS_OF_PART[told.part_of_day] \
                and any(p == pos and kind == "reference" for p, _, kind in self.history):
            # (only a part of today told in passing gives way, and only to the part of the day the
            # story opens with: "Lawyers filed suit Saturday morning. One was released after noon" stays)
            opening = min(((p, w) for p, w, _ in self.history if p < min(pos, _LEDE_REACH) and w.grain == "part_of_day"
                           and w.first < told.first and hour in _HOURS_OF_PART.get(w.part_of_day or "", ())),
                          default=None, key=lambda h: h[0])
            if opening is not None:
                return opening[1].first, f"timex:{opening[0]}"
        if told.grain == "part_of_day" and told.part_of_day in _HOURS_OF_PART and hour not in _HOURS_OF_PART[told.part_of_day]:
            # "pulled alive from the ruins on Sunday afternoon, almost 40 hours after Friday night's earthquake. Rescuers
            # heard her calling out shortly after 3pm": the part of a day told just before it in that sentence that
            # holds the hour, not the night it counted from
            # (or in the sentences just before it: "on the night of 14 March last year. [...] In the interview, recorded the
            # following afternoon, Tipoki told [police] the pair began arguing at about 11.30pm": that night)
            sentence = self.bounds(pos, pos)[0]
            before = self.bounds(max(0, sentence - 300), max(0, sentence - 300) + 1)[0] if sentence > 0 else sentence
            # (one told before that sentence is the night before the part told, or the same day's: not "last night" of a
            # story that goes on to a March morning, "He had last been seen ... at 12.30am")
            holding = max(((p, w) for p, w, _ in self.history if before <= p < pos and w.grain == "part_of_day"
                           and hour in _HOURS_OF_PART.get(w.part_of_day or "", ())
                           and (p >= sentence or 0 <= (told.first - w.first).days <= 1)), default=None, key=lambda h: h[0])
            if holding is not None:
                return holding[1].first, f"timex:{holding[0]}"
        clause = max(self.bounds(start, start)[0], self.text.rfind(",", 0, start) + 1)
        if told.grain == "minute" and told.hour is not None and told.hour < 24 \
                and _PAST_PERFECT_BEFORE.search(self.text, clause, start) and not _UNTIL_OR_BY_BEFORE.search(self.text, clause, start) \
                and hour * 60 + minute > told.hour * 60 + (told.minute or 0):
            # (not a period's end: "had received 250mm of rain in the 24 hours to 9am")
            return moved(told.first, -1), f"timex:{pos}"
        return None

    # --------------------------------------------------------------------------- relative shifts

    def _target_grain(self, r: Relative, anchor: When | None) -> str:
        if r.grain == "anchor":
            if anchor is not None and GRAIN_ORDER[anchor.grain] < GRAIN_ORDER[r.unit]:
                return anchor.grain if GRAIN_ORDER[anchor.grain] >= GRAIN_ORDER["day"] else "day"
            return r.unit
        return r.grain or r.unit

    def _shift(self, origin: When, r: Relative, grain: str) -> When | None:
        amount = r.amount
        unit = r.unit
        if amount != int(amount):  # 1.5 years: whole months
            if unit == "year":
                unit, amount = "month", round(amount * 12)
            elif unit == "month":
                unit, amount = "day", round(amount * 30)
            elif unit == "week":
                unit, amount = "day", round(amount * 7)
            elif unit == "hour":
                unit, amount = "minute", round(amount * 60)  # "half an hour later"
            else:
                amount = round(amount)
        if unit == "week" and grain == "week" and abs(amount) == 1 and r.of_next and origin.grain in ("day", "part_of_day"):
            # "the week before Christmas": the seven days before it, the ISO week most of them are in
            # (Christmas on a Saturday: the week it ends; on a Monday or Tuesday: the week before its own)
            return When.of(moved(origin.first, 4 * int(amount)), "week")
        if unit == "weekend" and grain == "weekend" and origin.grain in ("day", "part_of_day", "hour", "minute") \
                and origin.first.weekday() < 5 and amount > 0:
            amount -= 1  # "until Monday, Aug. 11, ... the following weekend": the weekend of that week comes after the day
        if unit in ("hour", "minute") and r.hour is None and origin.hour is not None:
            # "at 4.27am ... 14 minutes later": so long after the clock time
            return replace(origin.shifted(unit, int(amount)), grain="minute", part_of_day=None)
        if grain in ("part_of_day", "minute", "hour"):
            day_when = When.of(origin.first, "day").shifted(unit, int(amount)) if unit not in ("hour", "minute") else When.of(origin.first, "day")
            if grain == "part_of_day":
                return When("part_of_day", day_when.first, part_of_day=r.part_of_day)
            return When("minute", day_when.first, hour=r.hour, minute=r.minute or 0)
        if GRAIN_ORDER.get(unit, 0) < GRAIN_ORDER[grain] and unit not in ("hour", "minute", "second"):
            # "two weeks ago" at month granularity: shift the day, then take the month
            return When.of(When.of(origin.first, "day").shifted(unit, int(amount)).first, grain)
        if unit in ("hour", "minute", "second"):
            return When.of(origin.first, grain)
        return When.of(origin.first, grain).shifted(unit, int(amount))

    def _comparison_anchor(self, start: int, nearby: bool, periods_only: bool = False) -> tuple[int, When] | None:
        """The time a comparison ("a year earlier") counts from: the last date before it, not a
        reporting day ("said Friday") nor another comparison; for "nearby" ones, finer than a year
        and within the last few sentences; with ``periods_only`` ("from $3 last year"), a quarter or
        a half reported on, not a month told in passing ("inflation eased in January. ... sales were
        down sharply from last year" is 2024)."""
        floor = max(0, start - 400) if nearby else -1
        sentence_start = self.bounds(start, start)[0]
        for pos, when, kind in reversed(self.history):
            if pos >= start:
                continue
            if pos < floor:
                return None
            if kind == "reference" and GRAIN_ORDER[when.grain] <= GRAIN_ORDER["day"]:
                continue
            if nearby and GRAIN_ORDER[when.grain] < GRAIN_ORDER["month"] \
                    and pos >= self.bounds(sentence_start - 2, sentence_start - 2)[0] \
                    and (_compares_figures(self.text, *self.bounds(pos, pos)) or _MONEY.search(self.text, *self.bounds(pos, pos))):
                return None  # a figure of a day just told ("Weekend sales were $41 million on Sunday. A year ago ..."): a
                # year back from now, not from a month told before the day
            if periods_only and when.grain == "year" and pos >= sentence_start and kind == "absolute" \
                    and self.reference is not None and when.first.year == self.reference.year \
                    and not _COMPARED_WITH.search(self.text, max(0, pos - 12), pos):
                return pos, when  # the year of writing its sentence reports on: "the catch for 1987 is 86,000 tonnes,
                # down from 95,000 tonnes last year", written in 1987, is 1986, not the year before a quarter told earlier
            if GRAIN_ORDER[when.grain] >= GRAIN_ORDER["year"] and (nearby or pos < sentence_start):
                continue  # a year compared with is named in the same sentence ("in 1990 ... a year earlier")
            if periods_only and when.grain not in ("quarter", "half"):
                continue
            if nearby and self.reference is not None and when.first > self.reference:
                continue  # a period still to come is no figure's ("close the library on Sundays starting this
                # summer. ... costs are up 14 percent from a year ago": a year back from now)
            if nearby and (GRAIN_ORDER[when.grain] < GRAIN_ORDER["month"] or when.grain == "season"):
                continue  # "up from last year" compares periods (a quarter, a month), not the day of a news item
                # (nor a season told in passing: "broke his foot last fall ... had promised a year ago")
            if when.grain == "month" and self.text[pos:pos + 1].isupper() and re.search(r"\ban?\s+(?-i:[a-z]+)\s+$", self.text[max(0, pos - 16):pos], re.IGNORECASE):
                continue  # nor a month told by what it was like ("fire season started early after a dry May")
            if nearby and self.reference is not None and (self.reference - when.interval[1]).days > 400:
                continue  # a period long past is the story's background ("painted in the summer of 1890 ...
                # well below the $110 million Christie's took at the equivalent sale a year ago": last May)
            if (_COMPARED_WITH.search(self.text, max(0, pos - 12), pos) or _THAN_IN_BEFORE.search(self.text, max(0, pos - 12), pos)
                    or _SAME_PERIOD.match(self.text, pos)) \
                    and (pos >= sentence_start or when.grain in ("quarter", "half")):
                continue  # itself a point of comparison: "rose in October from September and were up 3.1% from a year earlier"
                # (so is "the same period in 2018": "rose by 300% in the first three months of this year compared with the
                # same period in 2018. Europe recorded 82,000 cases last year": 2018, no quarter of it)
                # (and a quarter compared with in the sentence before: "14 percent higher than in the fourth quarter of
                # 2009. Net income was $212 million, compared with a loss a year earlier": the quarter reported, a year back)
            if nearby and pos in self.ends and self.text[pos:self.ends[pos]].lower().endswith("ago"):
                continue  # itself counted back from now: "ahead of twelve months ago. ... who took up the portfolio a year ago"
            if _SINCE_BEFORE.search(self.text, max(0, pos - 8), pos):
                continue  # "the biggest one-week jump since September 1992. A year ago, the average stood at ...": a
                # record's start, no period reported on
            if _FROM_A_FIGURE_IN.search(self.text, max(0, pos - 60), pos):
                continue  # "inflation eased to 24% in January from a record 38% in September 2023": a point passed
                # (then "sales were down sharply from last year" is not September 2022)
            if when.grain == "month" and (_MONTHS_JOINED_BEFORE.search(self.text, max(0, pos - 40), pos)
                                          or _MONTHS_OF_A_YEAR.search(self.text, sentence_start, start)):
                # figures of several months compared with the year before ("Between January and May, output rose
                # 7.9 percent from a year earlier", "For the first nine months, it earned $1.16 billion, compared with
                # $1.02 billion a year earlier"): that year, not the last month told
                return pos, When.of(when.first, "year")
            return pos, when
        return None

    def _weekend(self, r: Relative, start: int, end: int, base: dt.date) -> When:
        """The weekend of "the weekend" (past clause: the last one; future: the next one),
        "last weekend" (the one just past) and "next weekend" (the coming one; from a Wednesday on,
        the one after it)."""
        last = When.of(moved(base, -((base.weekday() - 5) % 7)), "weekend")  # on or before base
        in_weekend = base.weekday() >= 5
        amount = int(r.amount or 0)
        if amount == 0 and _A_HOLIDAYS_WEEKEND.fullmatch(self.text, start, end):
            holiday = self._holiday_told_near(start, base)
            if holiday is not None:
                # "Good Friday falls on 25 March this year, and travel firms expect the holiday weekend to be one of the
                # busiest": the weekend that holiday makes long
                return _weekend_made_long(holiday)
            kept = self._long_weekend_kept_near(start, end, base)
            if kept is not None:
                return kept
        if amount == 0:
            tense = self.tense(start, end)
            if tense is None and _AWAITED_WEEKEND.search(self.text, max(0, start - 16), start):
                tense = "future"  # "before moving out to sea by the weekend"
            if not in_weekend and (base.weekday() >= 3 and (tense is None or re.search(
                    r"\bfor\s+$", self.text[max(0, start - 5):start], re.IGNORECASE))
                    or base.weekday() >= 2 and self.text[start:end].lower().startswith("this")
                    or base.weekday() == 1 and tense != "past" and self.text[start:end].lower().startswith("this")):
                # written on a Thursday or Friday, a weekend the clause does not put behind it, or
                # one something is for ("cut prices by 40% for the weekend"), is the coming one; so
                # is "this weekend" from a Wednesday on ("the cathedral cancelled services this weekend"),
                # and from a Tuesday in a clause not told in the past ("Rail passengers in the north of
                # England face more disruption this weekend")
                return last.shifted("week", 1)
            if base.weekday() == 6 and tense == "future" and not self.text[start:end].lower().startswith("this"):
                return last.shifted("week", 1)  # "temperatures returning to the mid-20s by the weekend", on a Sunday: the next
            if in_weekend or tense not in ("future", "present"):
                return last
            return last.shifted("week", 1)
        if amount < 0 and not in_weekend:
            return last.shifted("week", amount + 1)
        if amount > 0 and base.weekday() in (2, 3, 4):
            # "next weekend" written from a Wednesday to a Friday is the one after the coming one, which is "this
            # weekend" (our sets' reviewers 8 times of 8; from a Monday or a Tuesday, the coming one)
            return last.shifted("week", amount + 1)
        return last.shifted("week", amount)

    def _long_weekend_kept_near(self, start: int, end: int, base: dt.date) -> When | None:
        """The weekend a public holiday of the text's country makes long, for "the holiday weekend" that names
        no holiday: one ``base`` falls in or that ended up to two days before it ("the holiday weekend's top
        film", written on the Tuesday after Memorial Day); else the nearest within two weeks before or four
        after, as the clause's tense leans ("patrols over the bank holiday weekend", written on 17 May 2016:
        Britain's Spring Bank Holiday, 30 May). "bank holiday" in a text of no country or of the United States'
        is Britain's. None: no such holiday, or no country known."""
        country = "GB" if "bank" in self.text[start:end].lower() and self.country in (None, "US") else self.country
        if country is None:
            return None  # (a text that tells some country's names, none often enough to be its country)
        weekends = []
        for year in (base.year - 1, base.year, base.year + 1):
            for day in public_holidays(country, year, self.state):
                # a Monday, Tuesday or Friday off makes its weekend long; so does Thanksgiving, a Thursday
                if day.weekday() in (0, 1, 4) or day.weekday() == 3 and country == "US" and day.month == 11:
                    weekend = _weekend_made_long(day)  # (first: its Saturday)
                    weekends.append((min(day, weekend.first), max(day, weekend.first + dt.timedelta(days=1)), weekend))
        current = next((w for first, last, w in weekends if first <= base <= last + dt.timedelta(days=2)), None)
        if current is not None:
            return current
        # else the nearest of those within two weeks before and four after: in a future clause one ahead; in a
        # past one, one ahead only within a week, and as if a week further off ("said it would keep staff on
        # through the holiday weekend", written two weeks after Veterans Day and two days before Thanksgiving)
        tense = self.tense(start, end)
        near = []
        for first, last, weekend in weekends:
            if base - dt.timedelta(days=14) <= last < base and tense != "future":
                near.append(((base - last).days + (7 if tense == "present" else 0), first, weekend))
            elif base < first <= base + dt.timedelta(days=7 if tense == "past" else 28):
                near.append(((first - base).days + (7 if tense == "past" else 0), first, weekend))
        return min(near, key=lambda n: (n[0], n[1]))[2] if near else None

    def _holiday_told_near(self, start: int, base: dt.date) -> dt.date | None:
        """The day of the last holiday named before ``start`` (within a few paragraphs) that falls within three weeks of
        ``base``: the holiday a story's "holiday weekend" or "long weekend" is of."""
        for pos, when, _ in reversed(self.history):
            if pos >= start or start - pos > 1500 or pos not in self.ends:
                continue
            day = when.holiday or (when.first if when.grain == "day" else None)
            if day is not None and abs((day - base).days) <= 21 and re.match(V.HOLIDAY, self.text[pos:self.ends[pos]], re.IGNORECASE):
                return day
        return None

    def _months_round_a_year(self, start: int, end: int) -> bool:
        """Whether a month opens or closes a stretch of months with no year told in the present as a round of the
        year ("the cyclone season runs from November to April", "most storms form between May and November"),
        so any year's: our sets' reviewers write the opening month of such a stretch as any year's 49 times of 67 (not
        "the program runs from February until early December", "a forecast calls for warmer weather from May through
        July")."""
        if not (_MONTHS_RANGE_OPENS_BEFORE.search(self.text, max(0, start - 9), start) and _MONTHS_RANGE_GOES_ON.match(self.text, end)
                or _MONTHS_RANGE_CLOSES_BEFORE.search(self.text, max(0, start - 40), start)):
            return False
        if self.tense(start, end) not in ("present", None):
            return False
        lo, hi = self.bounds(start, end)
        sentence = self.text[lo:hi]
        return bool(_ROUND_OF_A_YEAR.search(sentence)) and not _ONE_YEARS_STRETCH.search(sentence)

    def _night_told_before(self, start: int, end: int, day: dt.date) -> bool:
        """Whether the dawn's sentence, before it, tells of the night of ``day`` (its evening, night, dusk or a late hour,
        or "overnight" that night), so the dawn is the one that ends it."""
        sentence = self.bounds(start, end)[0]
        return any(sentence <= pos < start and w.first == day and (w.part_of_day in ("EV", "NI") or w.hour is not None and w.hour >= 18)
                   for pos, w, _ in self.history)

    def _night_of_a_day_told(self, start: int, end: int) -> tuple[int, dt.date] | None:
        """The day whose night an "overnight" of a past clause belongs to when its sentence tells what happened on a day
        before yesterday ("rain on Saturday before turning to snow overnight", "kept in a coma overnight" after
        surgery "on Saturday evening", written on a Monday): the day told (TimeML's reviewers' reading); not a day
        the sentence counts from ("burning since Thursday"), a week's weekday ("opened last Wednesday"), nor a
        morning the night went before ("charged on Sunday morning after detectives reviewed footage overnight")."""
        if self.reference is None:
            return None
        sentence = self.bounds(start, end)[0]
        told = self.last_date(start, where_pos=lambda pos: pos >= sentence,
                              where=lambda w: w.grain in ("day", "part_of_day", "minute"))
        if told is None:
            return None
        pos, when = told
        day = when.first
        if not moved(self.reference, -7) <= day <= moved(self.reference, -2) or when.part_of_day == "MO" \
                or when.hour is not None and when.hour < 12:
            return None
        words = self.text[pos:self.ends.get(pos, pos)]
        if _A_WEEK_TOLD_BEFORE_THE_DAY.match(words) or _A_WEEK_TOLD_AFTER_THE_DAY.search(words) \
                or _A_WEEK_TOLD_AFTER_THE_DAY.match(self.text, self.ends.get(pos, pos)) \
                or _COUNTED_FROM_BEFORE.search(self.text, max(0, pos - 12), pos):
            return None
        return pos, day

    def _relative(self, r: Relative, start: int, end: int) -> Resolved:
        mod, type_ = r.mod, r.type
        origin: When | None = None
        anchor_name = "none"
        if r.base in ("reference", "latest", "new_year", "season"):
            # "last week", "next year", "two days ago" count from the writer's now even in a
            # narrative; "yesterday", "overnight", "tonight" there are the story's
            speaker = r.unit != "day" or self.text[start:end].lower().endswith("ago")
            base, anchor_name = self.deictic_base(start, end) if speaker else self.base(start)
            entry = None if speaker else self._entry_day(start)
            if entry is not None:
                base, anchor_name = entry[1].first, f"timex:{entry[0]}"  # "this morning" in a blog's entry of the day before
            if self.narrative and anchor_name != "reference" and r.part_of_day == "NI" and r.amount == -1 \
                    and self.text[start:end].lower() == "overnight":
                r = replace(r, amount=0)  # "By 9 p.m. ... Overnight the wind turned": the night that followed
            elif not self.narrative and anchor_name == "reference" and r.part_of_day == "NI" and r.amount == -1 \
                    and self.text[start:end].lower() == "overnight":
                told = self._night_of_a_day_told(start, end)
                if told is not None:
                    # "the fire was first spotted at 2:30 p.m. Sunday and grew to 1,500 hectares overnight", written on
                    # Tuesday: that Sunday's night, not the one just gone
                    base, anchor_name, r = told[1], f"timex:{told[0]}", replace(r, amount=0)
            if r.unit == "day" and r.base == "reference" and not self.narrative and base is not None:
                spoken = self._speech_day(start, end)
                if spoken is not None and spoken[2] and r.amount == 0 and r.part_of_day is None and self.tense(start, end) == "present":
                    # "'Twenty years ago the Impressionists were the blue chips,' one said. 'Today it is
                    # Warhol'": a state told in the present is the world of now, the day of writing
                    # (but not when the attribution names the day: "'Yesterday there was still sugar
                    # on the shelves,' said a teacher on Thursday. 'Today there is nothing'")
                    spoken = None
                if spoken is not None:
                    base, anchor_name = spoken[:2]  # "'We met with them yesterday,' Castillo said Wednesday"
            if self.narrative and r.unit == "day" and r.amount == 0 and r.part_of_day is None and self.reference is not None:
                base, anchor_name = self.reference, "reference"  # "Today the town hosts a museum": now
            if base is not None and r.base == "latest":
                origin = When.of(base, "quarter").shifted("quarter", -1)  # the last completed one
            elif base is not None and r.base == "new_year":
                # "in the new year": said from July, the next; but in a past clause the one begun ("We had to take
                # them back in the new year", written in December; not "crossed into the new year", nor "adjourned
                # until the new year", nor what is told at the turn of the year)
                begun = re.search(r"\bin\s+$", self.text[max(0, start - 4):start]) and self.tense(start, end) == "past" \
                    and not (base.month == 12 and base.day >= 25 or base.month == 1 and base.day <= 7)
                # (and from March on, the next in any clause not past: "will tour to Cork in the new year", written in March)
                ahead = base.month >= 3 and self.tense(start, end) != "past"
                origin = When.of(dt.date(base.year + 1, 1, 1) if ahead else base if begun else moved(base, 184), "year")
            elif base is not None and r.base == "season":
                # a season that runs across the new year, named by the year it starts: from August
                # the one begun; before, the one begun the year before; "last season" in June or
                # July is the one just ended ("scored 14 goals in the Eredivisie last season"), and
                # counts back from it ("two seasons ago")
                season = base.year if base.month >= 8 else base.year - 1
                if r.amount is not None and r.amount < 0 and base.month in (6, 7):
                    season += 1
                origin = When.of(dt.date(season, 1, 1), "year")
            elif base is not None and r.unit == "weekend" and r.amount is not None:
                when = self._weekend(r, start, end, base)
                return self._done(type_, when, mod, anchor_name, start)
            elif base is not None:
                origin = When.of(base, "day")
                if r.unit == "week" and r.amount == 0 and base.weekday() == 6 and anchor_name == "reference" and (
                        mod in ("END", "MID", "START") and self.tense(start, end) != "past"
                        or mod is None and re.fullmatch(r"this\s+week", self.text[start:end], re.IGNORECASE)
                        and self.tense(start, end) in ("future", "present")):
                    # "later in the week", "by the middle of the week", "highs in the upper 80s for the first half
                    # of the week", "ballot papers would be sent out this
                    # week", written on a Sunday: the coming week (but "travelled to London this week": the
                    # one ending that day; our sets 16 times of 17)
                    origin = When.of(moved(base, 1), "day")
                if r.unit == "week" and r.amount == 0 and mod is None and base.weekday() == 0 and anchor_name == "reference" \
                        and re.fullmatch(r"the\s+week", self.text[start:end], re.IGNORECASE) and self.tense(start, end) == "past":
                    # "bringing its loss for the week to 126 points", "it ended the week up 29 points", written on a
                    # Monday: the week just gone
                    origin = When.of(moved(base, -7), "day")
                if r.unit == "week" and r.amount == 0 and mod == "MID" and base.weekday() >= 3 and anchor_name == "reference" \
                        and re.fullmatch(r"mid-?week", self.text[start:end], re.IGNORECASE) and self.tense(start, end) in ("future", "present") \
                        and not _UNPLANNED_AFTER_DATE.match(self.text, end):  # (not "arrive on the back of a midweek cup win")
                    origin = When.of(moved(base, 7), "day")  # "a second storm could arrive by midweek", written on a Thursday: next week's
        else:
            if r.comparison and r.grain in ("anchor", None) and r.base == "nearby" \
                    and not _compares_figures(self.text, *self.bounds(start, end)):
                found = None  # "A year ago, the city voted for him": no figure compared, a year back from now
            elif r.comparison and r.grain in ("anchor", None):
                found = self._comparison_anchor(start, nearby=r.base == "nearby",
                                                periods_only=self.text[start:end].lower() == "last year")
            elif r.fallback == "latest" and r.grain == "quarter":
                found = self.reported_quarter(start)
            elif r.grain in (None, "quarter") and r.unit == "quarter" and r.amount is not None and r.amount < 0 \
                    and _COMPARED_WITH.search(self.text, max(0, start - 12), start) and self.reported_quarter(start):
                # "profit rising 12 percent from the previous quarter": the quarter before the one reported (the
                # one named most), not before the last one named ('"We expect a recovery from the second quarter"')
                found = self.reported_quarter(start)
            elif r.grain == "quarter" and r.unit == "quarter" and self.last_date(start, grain="quarter"):
                found = self.last_date(start, grain="quarter")  # "that quarter", "the following quarter"
            else:
                # (the same period is not one a figure was compared with: "will finish the year down about
                # 4%, compared with a 27% gain in 1989. Volume was one of the lightest of the year": 1990's)
                # (nor, for "the year", the year a record runs from: "its worst day since 1987, wiping out all of its
                # gains for the year" is this year; "that year" and "the same day" may be that one's)
                plain_the = r.amount == 0 and re.match(r"the\s(?!same\b)", self.text[start:end], re.IGNORECASE) is not None
                years_since = {p for p, w, _ in self.history if w.grain == "year" and _SINCE_A_RECORD_BEFORE.search(self.text, max(0, p - 50), p)}
                not_since = (lambda p: self._not_compared(p) and p not in years_since) if plain_the else self._not_compared
                found = self.last_date(start, where_pos=not_since if r.amount == 0 else None)
                if r.amount == 0 and r.unit in ("month", "year", "day") and found is not None \
                        and _SAID_ON_BEFORE.search(self.text, max(0, found[0] - 30), found[0]) \
                        and (r.unit != "day" or self.bounds(start, end)[0] <= found[0] or self._other_day_in_sentence(found[0])):
                    # (a day told in a sentence after a saying's that tells no other day is the saying's: "... said on
                    # Thursday that the service was facing a perfect storm. Nurses staged their first national strike the
                    # same day"; but "will ship it on Oct. 25, the company said on Tuesday. ... starting the same day": 25 Oct)
                    # "Sales fell 11 percent in February, the automakers said Tuesday. The industry sold
                    # 887,000 vehicles during the month": the month reported, not the saying's (so is the
                    # day: "at a march Oct. 25. Police said Thursday that 187 of the people detained that day")
                    found = self.last_date(start, where_pos=lambda p: not _SAID_ON_BEFORE.search(self.text, max(0, p - 30), p)) or found
                if r.amount == 0:
                    # "since July 2015, when the bank cut it for the second time that year": the
                    # same period is the one its sentence told last, even after "since"
                    sentence = self.bounds(start, end)[0]
                    told = max(((pos, w) for pos, w, _ in self.history if sentence <= pos < start and not_since(pos)
                                and not (r.unit == "day" and _SAID_ON_BEFORE.search(self.text, max(0, pos - 30), pos))),
                               default=None, key=lambda h: h[0])
                    if told is not None and (found is None or told[0] > found[0]):
                        found = told
                if found and self.reference and found[1].first > self.reference and r.amount is not None \
                        and r.amount < 0 and self.tense(start, end) == "past":
                    # "Parliament will vote on Wednesday. Cases jumped to 33,089 from 28,572 a day
                    # earlier": a past clause counts back from no coming day, but from the last one told
                    # that is not coming, else from the day of writing
                    found = self.last_date(start, where=lambda w: w.first <= self.reference)
                    found = found if found and start - found[0] <= 400 else None
                    r = r if found else replace(r, fallback="reference")
                target = r.grain or r.unit
                if found and r.base == "anchor" and target == "day" and r.amount:
                    # "The 1986 earthquake in the same region was followed eleven days later by a magnitude 6.2 shock":
                    # a day counted from the coarser date its own sentence tells (an anchor or not) is a day of it, not
                    # one counted from the day told a sentence before
                    sentence = self.bounds(start, end)[0]
                    coarse = max(((pos, w) for pos, w, _ in self.history if sentence <= pos < start and w.grain in ("month", "year")
                                  and pos > found[0]), default=None, key=lambda h: h[0])
                    if coarse is not None and found[0] < sentence:
                        told = coarse[1]
                        value = told.value + ("-XX" if told.grain == "month" else "-XX-XX")
                        return Resolved(type_, value, told.grain, told.interval, mod, f"timex:{coarse[0]}")
                if found and target in GRAIN_ORDER and GRAIN_ORDER[found[1].grain] > GRAIN_ORDER[target]:
                    # "the next day" needs a day: the last one named in the last few sentences
                    finer = self.last_date(start, finest=target if target != "part_of_day" else "day")
                    if r.amount == 0 and target == "day" and found[1].grain in ("month", "year") and not (
                            finer and start - finer[0] <= 300 and found[1].grain == "year"):
                        # "that same day" after "last October": a day of that month, 1998-10-XX (but
                        # "Sept. 15 -- Lehman Brothers, founded in 1850, files ... Bank of America agrees
                        # the same day": the day told just before, not the founding year)
                        coarse = found[1]
                        value = coarse.value + ("-XX" if coarse.grain == "month" else "-XX-XX")
                        return Resolved(type_, value, coarse.grain, coarse.interval, mod, f"timex:{found[0]}")
                    elif finer and start - finer[0] <= 600:
                        found = finer
                    else:
                        found = None  # "the next day" after "in 1990": no day to count from
                if found and r.amount == 0 and r.fallback == "reference" and (
                        start - found[0] > 300 or self.reference and found[1].first > self.reference
                        and self.tense(start, end) == "past"):
                    # "the end of the month", "the first nine months of the year": the period of
                    # the story just told, not of a date paragraphs away or of a coming one
                    found = None
            if found and r.unit == "month" and r.amount == -1 and r.grain in (None, "anchor") and found[1].grain == "month" \
                    and _FIGURE_OF_A_MONTH_BEFORE.search(self.text, max(0, found[0] - 70), found[0]) \
                    and _FIGURE_BEFORE.search(self.text, max(0, start - 40), start):
                # "The rate fell to 7.0 per cent from 7.1 per cent in July ... rose to 9.3 per cent from 9.0 per cent
                # the month before": the month last told is itself the one a figure was compared with, the month
                # before the one reported; so is the month a figure "the month before" is compared with
                r = replace(r, amount=0)
            if r.in_year is not None and (not found or start - found[0] > 1500):
                # "the 1988 period" with no quarter discussed nearby: the year
                when = When("year", dt.date(r.in_year, 1, 1))
                return Resolved(type_, when.value, "year", when.interval, mod, "absolute")
            if found:
                origin, anchor_name = found[1], f"timex:{found[0]}"
            elif r.base == "nearby" or r.fallback == "reference":
                base, anchor_name = self.base(start)
                origin = When.of(base, "day") if base else None
                if r.grain == "anchor":
                    r = replace(r, grain=None)  # counted from the reference date: whole units
            elif r.fallback == "latest":
                base, anchor_name = self.base(start)
                origin = When.of(base, "quarter").shifted("quarter", -1) if base else None
        if r.weekday is not None and origin is not None and r.amount is not None:
            # "Wednesday last week": that day of the week so many weeks away
            week = When.of(origin.first, "week").shifted("week", int(r.amount))
            day = When("day", moved(week.first, r.weekday))
            return self._done(type_, day, mod, anchor_name, start)
        grain = self._target_grain(r, origin)
        if r.base == "anchor" and r.unit in ("hour", "minute") and r.hour is None and origin is not None and origin.hour is None:
            origin = None  # "14 minutes later" after a day told since the clock time: no time to count from
        if origin is None or r.amount is None:
            value = UNDERSPECIFIED.get(grain, "XXXX-XX-XX")
            if r.part_of_day and grain == "part_of_day":
                value = f"XXXX-XX-XXT{r.part_of_day}"
            return Resolved(type_, value, grain, None, mod, "none")
        if _beyond_calendar(origin, r):
            # "5000 years ago", "10,000 years later": no year of 1..9999 to name; say so
            return Resolved(type_, UNDERSPECIFIED.get(grain, "XXXX-XX-XX"), grain, None, mod, "none")
        when = self._shift(origin, r, grain)
        if r.base == "anchor" and anchor_name.startswith("timex:") and r.amount > 0 and not self.narrative \
                and self.reference is not None and when.first > self.reference and self.tense(start, end) == "past":
            # "had tightened its controls the following year", after a coming date: a past event
            # counts from an earlier date told, one that keeps it in the past
            earlier = self._past_anchor(r, start, int(anchor_name[6:]))
            if earlier is not None:
                when, anchor_name = earlier
        elif r.base == "anchor" and anchor_name.startswith("timex:") and r.amount > 0 and not self.narrative \
                and self.reference is not None and when.interval[1] < self.reference and self.tense(start, end) == "future" \
                and _NOW_LOOKING_AHEAD.search(self.text, self.bounds(start, end)[0], start) \
                and not _PAST_AUXILIARY.search(self.text, self.bounds(start, end)[0], start):
            # "Evidence is due to be heard the following week", after "opened yesterday" and a
            # collapse "on 14 January": a coming happening counts from the latest date told that
            # keeps it to come, else from the day of writing
            when, anchor_name = self._coming_anchor(r, start)
        if r.in_year is not None and r.in_year != when.first.year:
            # "the 1988 period" beside the 1989 quarter reported: a comparison, no anchor of its own
            when = when.shifted("year", r.in_year - when.first.year)
            if r.base == "reference":
                return self._done(type_, when, mod, anchor_name, start)  # "On this day in 1989": told, an anchor
            return Resolved(type_, when.value, when.grain, when.interval, mod, anchor_name)
        if r.comparison:
            return Resolved(type_, when.value, when.grain, when.interval, mod, anchor_name)
        return self._done(type_, when, mod, anchor_name, start)

    def _past_anchor(self, r: Relative, start: int, skipped: int) -> tuple[When, str] | None:
        """The shift of ``r`` from the latest date told before position ``skipped`` (within a few
        paragraphs) that lands on or before the reference date, with its anchor name."""
        target = r.grain if r.grain in GRAIN_ORDER else r.unit
        if target not in GRAIN_ORDER:
            return None
        # "the next day" counts from a day, not from a year: no coarser than the unit shifted
        found = self.last_date(skipped, finest=target, within=1500 - (start - skipped),
                               where=lambda told: self._shift(told, r, self._target_grain(r, told)).first <= self.reference)
        if found is None:
            return None
        pos, told = found
        return self._shift(told, r, self._target_grain(r, told)), f"timex:{pos}"

    def _coming_anchor(self, r: Relative, start: int) -> tuple[When, str]:
        """The shift of ``r`` from the latest date told before ``start`` (within a few paragraphs)
        that lands on or after the reference date, with its anchor name; from the reference date
        when there is none."""
        target = r.grain if r.grain in GRAIN_ORDER else r.unit
        found = self.last_date(start, finest=target, within=1500,
                               where=lambda told: self._shift(told, r, self._target_grain(r, told)).interval[1] >= self.reference) \
            if target in GRAIN_ORDER else None
        if found is not None:
            pos, told = found
            return self._shift(told, r, self._target_grain(r, told)), f"timex:{pos}"
        origin = When.of(self.reference, "day")
        return self._shift(origin, r, self._target_grain(r, origin)), "reference"

    # --------------------------------------------------------------------------- ranges and events

    def _offset(self, o: Offset, start: int, end: int) -> Resolved:
        """"the day after Christmas": the inner date, then so many units on."""
        met = len(self.history)
        inner = self.resolve(o.inner, o.inner_start, end)
        del self.history[met:]  # the inner date is part of this expression, not an anchor of its own
        if o.pick is not None:
            interval = inner.interval
            if isinstance(o.inner, Calendar) and o.inner.holiday is not None and interval \
                    and V.HOLIDAYS.get(o.inner.holiday, ("",))[0] == "lunar":
                # "the last day of Passover": a day of all the holiday's days, though its value is the day it opens
                interval = lunar_holiday(o.inner.holiday, interval[0].year) or interval
            day = picked_day(interval, *o.pick) if interval else None
            if day is None:
                return Resolved(o.type, "XXXX-XX-XX", "day", None, o.mod, "none")
            return self._done(o.type, When("day", day), o.mod, inner.anchor, start)
        def step(w: When) -> When | None:
            if o.weekday is None:
                return self._shift(w, Relative(o.unit, o.amount, "anchor", of_next=True), o.grain or o.unit)
            # "the Saturday before Christmas", "the Monday after Thanksgiving": the nearest such day on that side
            first, last = w.interval
            return When("day", moved(first, -((first.weekday() - o.weekday) % 7 or 7)) if o.amount < 0
                        else moved(last, (o.weekday - last.weekday()) % 7 or 7))

        when = parse_value(inner.value) if inner.interval else None
        if when is None:
            unknown = "XXXX-XX-XX" if o.weekday is not None else UNDERSPECIFIED.get(o.unit, "XXXX-XX-XX")
            return Resolved(o.type, unknown, "day" if o.weekday is not None else o.unit, None, o.mod, "none")
        shifted = step(when)
        c = o.inner
        if isinstance(c, Calendar) and c.holiday is not None and c.year is None and c.relation is None and c.year_offset is None \
                and o.unit in ("day", "week", "weekend") and self.reference is not None and shifted is not None:
            # "urged calm on the eve of Easter Sunday", written on the Saturday: the tense is the eve's, not Easter's
            tense = self.tense(start, end)
            options = []
            for year in (self.reference.year - 1, self.reference.year, self.reference.year + 1):
                w = self._in_year(c, year)
                if w is not None:
                    options.append(step(w))
            options = [w for w in options if w is not None]
            gone = [w for w in options if w.first <= self.reference]
            coming = [w for w in options if w.first >= self.reference]
            if tense == "past" and gone:
                shifted = max(gone, key=lambda w: w.first)
            elif tense in ("future", "present") and coming and not (
                    tense == "present" and abs((shifted.first - self.reference).days) <= _HOLIDAY_AT_HAND_DAYS):
                # (a present tells no year when the day is at hand: "The holiday season runs from the day after
                # Thanksgiving through Christmas Eve", written two days after Thanksgiving)
                shifted = min(coming, key=lambda w: w.first)
        return self._done(o.type, shifted, o.mod, inner.anchor, start)

    def _range(self, r: Range, start: int, end: int) -> Resolved:
        last = self.resolve(r.last, start, end)
        last_when = parse_value(last.value)
        first_partial = r.first
        if isinstance(first_partial, Calendar) and first_partial.year is None and last_when is not None:
            year = last_when.first.year
            if first_partial.month and last_when.grain in ("month", "day") and first_partial.month > last_when.first.month:
                year -= 1
            first_partial = Calendar(**{**{f: getattr(first_partial, f) for f in first_partial.__dataclass_fields__}, "year": year})
        first = self.resolve(first_partial, start, end)
        first_when = parse_value(first.value)
        while self.history and self.history[-1][0] == start:
            self.history.pop()  # the two halves are not anchors of their own; the range is
        if first_when is None or last_when is None:
            value = f"{first.value}/{last.value}"
            return Resolved(r.type, value, first.granularity, None, r.mod, "none")
        value = first.value if r.named_by_first else named_period_value(first_when, last_when)
        # a range that names one period ("October-December" is 2024-Q4) anchors as that period:
        # "from $4 a year ago" after it is 2023-Q4, not October 2023
        when = parse_value(value) or When(first_when.grain, first_when.first)
        self.record(start, when, last.anchor)
        return Resolved(r.type, value, first_when.grain, (first_when.interval[0], last_when.interval[1]), r.mod,
                        first.anchor if first.anchor != "absolute" else last.anchor)

    def _event(self, ev: EventAnchored, start: int, end: int) -> Resolved:
        """Dated only when the event's head noun stands next to a day mentioned elsewhere, or by the
        day it stands in apposition to ("filed on August 18, ten days after the vote": August 18)."""
        if ev.days is not None:
            beside = [(pos, w) for pos, w, _ in self.history if pos in self.ends and w.grain in ("day", "part_of_day", "hour", "minute")
                      and _APPOSITION_TO.fullmatch(self.text, self.ends[pos], start)]
            if beside:
                pos, when = beside[-1]
                return self._done(ev.type, When("day", when.first), ev.mod, f"timex:{pos}", start)
        dates = set()
        # (a vote, for "polling day", is named by any of its nouns)
        family = next((f for f in _SAME_HAPPENING if ev.head in f), (ev.head,))
        if not ev.vote and all(noun.endswith("ing") and len(noun) > 6 for noun in family):
            # a happening named by a verb's noun is told by the verb too: "the eve of the opening", after "The
            # inquiry opened on Monday"; "the day after the signing", after "signed the deal on Friday"
            family = tuple(family) + tuple(noun[:-3] + "ed" for noun in family)
        head = _VOTE_NOUNS if ev.vote else "|".join(re.escape(noun) for noun in sorted(family))
        own = _DATE_AFTER_POLLING_DAY.match(self.text, end) if ev.vote else None
        if own:
            # "ten days to go before polling day on 1 May": the day it is told to be
            told = [(pos, w) for pos, w, _ in self.history if pos == own.end() and w.grain == "day"]
            if told:
                return self._done(ev.type, When("day", told[0][1].first), ev.mod, f"timex:{told[0][0]}", start)
        put_off = set()
        for m in re.finditer(rf"\b(?:{head})\b", self.text, re.IGNORECASE):
            if start <= m.start() < end or _AIMED_AT_BEFORE.search(self.text, max(0, m.start() - 40), m.start()):
                continue  # (nor where it is what something was meant to stop: "talks to avert the strike broke down")
            if ev.vote and (_A_SURVEY_BEFORE.search(self.text, max(0, m.start() - 20), m.start())
                            or _TO_VOTE_BEFORE.search(self.text, max(0, m.start() - 4), m.start()) and m.group().lower() == "vote"
                            or _COUNTED_BEFORE.search(self.text, max(0, m.start() - 20), m.start())
                          or _CALLED_BEFORE.search(self.text, max(0, m.start() - 30), m.start())):
                continue  # (not a poll of opinion, nor the day a vote was called: "called the election on May 8")
            s, e = self.bounds(m.start(), m.end())
            # the day told nearest the noun in its sentence ("talks in Geneva on Thursday, the ministry
            # said on Monday": Thursday; "the vote came just after 10 p.m.": that evening's day)
            # a day told before the noun is its day only close by ("Tuesday night's fire", "On
            # Tuesday, the talks"), not a verb's day ("on Monday ordered an inquiry into a fire")
            # (a vote's day, for "polling day", only told right beside its noun: "the August 21 poll",
            # "the election on May 7", not the day of a poll of opinion further on)
            before_noun, after_noun = (-20, 25) if ev.vote else (-30, 80)
            near = [(abs(pos - m.start()), pos, when) for pos, when, _ in self.history
                    if s <= pos < e and before_noun <= pos - m.start() <= after_noun and when.grain in ("day", "part_of_day", "hour", "minute")]
            if near:
                _, pos, when = min(near, key=lambda n: n[:2])
                dates.add((when.first, pos))
                if _PUT_OFF.search(self.text, s, e):
                    put_off.add((when.first, pos))
        if dates - put_off:
            # a day the happening was due but put off is not its day when another is told: "went on trial
            # yesterday" and "The trial had been due to begin on 2 September but was postponed"
            dates -= put_off
        days = {d for d, _ in dates}
        if days and (max(days) - min(days)).days > 6 and ev.vote:
            # days of several votes, or of a vote and its deadlines ("go to the polls on December 12 ... had pushed for
            # a vote on December 9 ... Theresa May's snap election was held on June 8"): the one its nouns name most
            told = Counter(d for d, _ in dates).most_common(2)
            if len(told) == 1 or told[0][1] > told[1][1]:
                dates = {(d, pos) for d, pos in dates if d == told[0][0]}
                days = {told[0][0]}
        if not days or (max(days) - min(days)).days > 6:
            return Resolved(ev.type, "XXXX-XX-XX", "day", None, ev.mod, "none")
        # a happening of several days ("gather on Wednesday for a two-day summit ... the summit ends
        # on Thursday"): its eve is before the first, the day after it after the last
        day, pos = min(dates) if ev.direction < 0 else max(dates)
        if ev.days is None:
            # "days before the talks": some days before that day
            first, last = (day - dt.timedelta(days=7), day - dt.timedelta(days=1)) if ev.direction < 0 else (
                day + dt.timedelta(days=1), day + dt.timedelta(days=7))
            return Resolved(ev.type, day.isoformat(), "day", (first, last), ev.mod or ("BEFORE" if ev.direction < 0 else "AFTER"),
                            f"timex:{pos}")
        target = day + dt.timedelta(days=ev.days)
        return self._done(ev.type, When("day", target), ev.mod, f"timex:{pos}", start)
