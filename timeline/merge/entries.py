"""From a cluster of mentions to one chronology entry: date, status, summary, disagreements, id.

Date: the most precise supporting expression wins (a definite expression before a vague one
such as "earlier in the week" or a time of day told without its day, "past midnight" or "at
5 p.m.", which the writer left to the reader, unless another source tells that day and the part
of it around that time: "about 7:30 p.m." with "Thursday evening, 5 March" dates the entry 19:30;
then the finest grain, the narrowest
interval, then the interval most sources give, then the earliest). Its value and grain are the
entry's, so renderers can print "2 Dec 2025", "week of 24 Nov 2025", "Apr–Jun 2026", "2014".

Status: what the newest source says (latest reference date); among sources of the same date,
cancelled before reported before planned. A source that expects the event and another that
reports it cancelled is a disagreement; so is a happening that matching sources date to
different exact days (those are never merged: each entry names the other's date). The planned
end of a span ("... and run until 24 November") takes the status of its start's entry when
another source calls the start off (``ends_called_off_with_their_start``).

Summary: the summary of the source that best represents the entry: same status as the entry,
telling the entry's date as its heading shows it (at its grain, a clock time only at the entry's
time, or, under a time of a day, that day told alone: ``_fits_the_date``), a full sentence of a
story rather than a live report's stamped note of the moment ("11:58 p.m. — Listeners report a
large fire" yields to "A freight train ... derailed and caught fire late Sunday", while the note's
time still dates the entry), dated at the entry's grain, a sentence rather than a table's row or a list's dated line, not
reported speech, not a fragment ("Citing ...", "Which ..."), not told from its writer's now
("Last Friday's strike"), a comfortable length, then document order.

Order (``entry_sort_key``): by the first day of the interval. On the same first day a coarser
entry comes before a finer one (a longer interval first, then the coarser grain): "Dec 2025"
introduces 1 Dec 2025 the way a heading introduces its paragraphs, and an entry told by its day
alone comes before the times of that day for the same reason (its time is unknown; put among
them it would claim one). The times of one day, clock times and parts of the day alike, come in
the order of the day (``time_of_day``: 00:41 before "Wednesday morning" before "Wednesday
afternoon"; a part of the day from where its words begin it, a morning at 4 a.m., an afternoon at
noon, an evening at 6 p.m., a night at 9 p.m., so "this morning" comes before "9:30 a.m.", the way
the coarser comes first, and "Sunday evening" after "4:42 p.m. Sunday"), at one time the coarser first; remaining ties break on the id,
which is unique, so the order is total and the same for the same input.

Ids: ``<date>-<slug>`` where the date is written at the entry's grain (``2025-12-02``,
``2025-08``, ``2014``, ``2025-W48``, ``2026-Q2``, a range ``2017-to-2021``) and the slug is the first content words of
the summary ("2025-12-02-witkoff-kushner-met-putin-kremlin"), leaving out words of time, which the
date tells ("12:05 p.m. Cancellations pass 1,100" -> "2025-08-29-cancellations-pass", not
"-pm-cancellations-pass"); a repeated id gets "-2", "-3" in
chronological order.
"""

from __future__ import annotations

from collections.abc import Mapping

import datetime as dt
import re
import unicodedata

from timeline.events.vocab import DATE_ABBREVIATIONS, DEMONYMS, STOP_WORDS, TIME_WORDS, TITLE_WORDS
from timeline.merge.clustering import Cluster, dated_line
from timeline.merge.matching import (
    DAY_LEVEL, GRANULARITY_RANK, LOOSE_CLOCK_MINUTES, MentionFeatures, clock_minutes, opens_with_stamp, stamped_note,
    told_bound, told_clock_mod,
)
from timeline.models import Article, Citation, Event, EventMention, Status

STATUS_PRIORITY: dict[str, int] = {"cancelled": 0, "postponed": 1, "reported": 2, "planned": 3}
SLUG_WORDS = 5
IDEAL_SUMMARY_WORDS = 14
SHORT_SUMMARY_WORDS = 6  # fewer words than this make a summary too short to prefer
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# what the sources of each status say, after "report" or "reports" as their number asks
_STATUS_WORDS = {"cancelled": "it cancelled", "postponed": "it postponed", "planned": "it as planned or expected",
                 "reported": "it as having happened"}


def _day(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def day_told_by_another(m: MentionFeatures, members: list[MentionFeatures]) -> bool:
    """A clock time told without its day ("at about 7:30 p.m.") whose day and part of the day another
    member tells around it ("Thursday evening, 5 March", "early Monday"): the time refines what the
    writer told, no guess of the reader's, and the entry may take it. (A day told alone leaves it
    behind: "strengthened into a Category 4 storm on Tuesday" and "winds of 130 mph at 5 p.m." tell
    the day's news and a reading of it.) So does a clock time told loosely within ``LOOSE_CLOCK_MINUTES`` of it
    ("struck northern Chile shortly before midnight on Tuesday" and "The quake hit at 11:47 p.m.")."""
    return m.clock is not None and any(
        other is not m and not other.vague and not other.bare_time and other.first == other.last == m.first
        and (other.clock is None and other.day_part is not None and other.day_part[0] <= m.clock <= other.day_part[1]
             or other.clock is not None and abs(other.clock - m.clock) <= LOOSE_CLOCK_MINUTES
             and told_clock_mod(other.mention) is not None)
        for other in members)


# A live report's note that tells its news as of the day, or as running up to its stamp ("312
# flights have been cancelled today", "9,000 residents have been evacuated since dawn"): the stamp
# is when the writer counted, not when it happened (``_best_dated``)
_NOTE_OF_THE_DAY = re.compile(r"\b(?:today|tonight|so\s+far|since|overnight|earlier|this\s+(?:morning|afternoon|evening))\b",
                              re.IGNORECASE)


def note_dates_its_news(m: MentionFeatures) -> bool:
    """A live report's stamped note whose stamp is the time of its news: its text tells no time of
    its own of the day (``_NOTE_OF_THE_DAY``)."""
    mention = m.mention
    if not stamped_note(mention):
        return False
    at = mention.timex.start - mention.sentence_start + len(mention.timex.text)
    return not _NOTE_OF_THE_DAY.search(mention.quote[at:])


def _best_dated(members: list[MentionFeatures], *, times_of_told_days: bool = True) -> MentionFeatures:
    """The member whose date the entry takes; without ``times_of_told_days`` a time of day told
    without its day stays behind a definite expression even when another member tells its day
    (the member the summary is chosen for: "Venezuelan President Hugo Chavez died Tuesday" heads
    the entry of "Tuesday" and "at 4:25 p.m.", dated 16:25, as it headed the day's entry). A live
    report's stamped note is dated by its writer, under the day its heading or the report's date
    tells however many notes stand between ("Thursday, July 24" ... "**11:02 p.m.** BP&L says power
    has been restored"): its time is no reader's guess, and dates the entry before a day told alone
    ("Power was not fully restored until late on July 24"). Of two clock times, one told exactly
    dates the entry before one told loosely (``told_clock_mod``)."""
    counts: dict[tuple[dt.date, dt.date], int] = {}
    for m in members:
        counts[(m.first, m.last)] = counts.get((m.first, m.last), 0) + 1
    return min(
        members,
        key=lambda m: (
            m.vague or (m.bare_time and not (times_of_told_days and (
                day_told_by_another(m, members) or note_dates_its_news(m)))),
            m.rank,
            # a story's own time of the happening before the stamp of a live report's note of it
            # ("The shelling, shortly after 11am local time on Sunday" and "11:40 First reports of a
            # violation"): the note is told when the writer heard of it
            times_of_told_days and stamped_note(m.mention),
            # the entry's date is the clock time told exactly ("hit at 11:47 p.m."), not one told
            # loosely ("struck shortly before midnight"); the summary keeps to the lead
            times_of_told_days and told_clock_mod(m.mention) is not None,
            (m.last - m.first).days,
            -counts[(m.first, m.last)],
            m.first,
            m.mention.document,
            m.mention.timex.start,
        ),
    )


def _status(members: list[MentionFeatures]) -> Status:
    newest = max(m.mention.reference_date for m in members)
    latest = [m.mention.status for m in members if m.mention.reference_date == newest]
    return min(latest, key=lambda s: STATUS_PRIORITY[s])


_TRAILING_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with".split())


def source_label(article: Article, number: int) -> str:
    """How a disagreement names a source: its publisher, else its title (shortened), else "source N", N its
    number in the input ordered by id, as the rendered chronology numbers and names it (a file name such as
    ``000_f87694465ab023be`` tells a reader nothing)."""
    if article.publisher:
        return article.publisher
    if article.title:
        words = article.title.split()
        if len(words) <= 8:
            return f"“{article.title}”"
        kept = words[:8]
        while len(kept) > 3 and kept[-1].lower() in _TRAILING_SMALL_WORDS:
            kept.pop()  # "… in Moscow to…" reads as a cut; "… in Moscow…" does not
        return "“" + " ".join(kept) + "…”"
    return f"source {number}"


def name_list(names: list[str]) -> str:
    """'a', 'a and b', 'a, b and c': names as a sentence lists them."""
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def sources_say(names: list[str], verb: str) -> str:
    """The names as the subject of ``verb`` in the present tense, the verb agreeing with their
    number: 'Reuters reports', 'Reuters and AP report', 'b dates' (the plural form is given)."""
    if len(names) == 1:
        verb = verb + "es" if verb.endswith(("s", "sh", "ch", "x", "z")) else verb + "s"
    return f"{name_list(names)} {verb}"


def _status_disagreement(members: list[MentionFeatures], labels: Mapping[str, str]) -> list[str]:
    by_status: dict[str, list[str]] = {}
    for m in sorted(members, key=lambda m: (m.mention.reference_date, m.mention.document)):
        docs = by_status.setdefault(m.mention.status, [])
        name = labels.get(m.mention.document, m.mention.document)
        label = f"{name} ({_day(m.mention.reference_date)})"
        if label not in docs:
            docs.append(label)
    if not {"cancelled", "postponed"} & set(by_status) or len(by_status) == 1:
        return []
    parts = [
        f"{sources_say(docs, 'report')} {_STATUS_WORDS[status]}"
        for status, docs in sorted(by_status.items(), key=lambda item: STATUS_PRIORITY[item[0]])
    ]
    return ["Sources disagree on whether it takes place: " + "; ".join(parts) + "."]


# a date told from the writer's now ("Last Friday's strike", "yesterday"): under the entry's own
# date heading it reads wrong, so a source that names the day otherwise is preferred
_WRITERS_NOW = re.compile(
    r"\b(?:(?:last|next|this|coming)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:last|next|this)\s+(?:week|month|year|weekend)|"
    r"yesterday|today|tomorrow|tonight|last\s+night|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s)\b", re.IGNORECASE)
# a summary that opens as a fragment of a longer sentence ("Citing ...", "Which now make up ...")
_FRAGMENT_OPENING = re.compile(r"(?:citing|which|who|when|while|after|before|as|because|although|amid|following)\b",
                               re.IGNORECASE)


def _participle_fragment(summary: str, quote: str) -> bool:
    """A summary that is a participle phrase with no clause after it ("Accusing Ndaré of harbouring
    the gunmen who killed two soldiers on Sunday"), the participle written in lower case in its
    quote (so not "Beijing said ..." nor "Speaking in Bishkek, Putin said ...")."""
    first = summary.split()[0] if summary.split() else ""
    return first.endswith("ing") and "," not in summary and re.search(rf"\b{re.escape(first.lower())}\b", quote) is not None


def _fits_the_date(m: MentionFeatures, best: MentionFeatures) -> bool:
    """Whether ``m`` tells the entry's date as its heading shows it: at the entry's grain and, for a
    clock time, at the entry's time ("at about 11:40 p.m." under 23:58 tells another moment); or,
    under a time of a day, that day told alone ("derailed and caught fire late Sunday")."""
    if m.rank == best.rank:
        return m.clock is None or m.clock == best.clock
    return best.granularity in DAY_LEVEL and m.granularity == "day" and m.first == best.first


# Words that bring in a part of a sentence telling another happening than its main verb's, or
# that part's setting: a relative clause (", which breached on 30 June"), a subordinate clause or
# phrase ("since the Murrin River peaked on Monday", "within hours of taking effect on Sunday",
# "after a weekend in which ..."), a participle after a comma (", ending a two-day stoppage");
# not "when" nor "while", whose happening is the main verb's time too ("A car and a van fell into
# the river when the central span gave way at 5.40pm")
_PASSING_PART = re.compile(
    r"(?:,\s*|\s[-–—]\s*)(?:which|who|whom|whose|where|ending|bringing)\b"
    r"|\b(?:after|following|since|before|in\s+the\s+wake\s+of|as\s+a\s+result\s+of|"
    r"(?:within|only|just|mere)\s+(?:\w+\s+)?(?:minutes|hours|days|weeks)\s+(?:of|after|before))\b",
    re.IGNORECASE)
# where such a part ends: the next comma, semicolon, colon, bracket or dash
_PASSING_END = re.compile(r"[,;:()—–]|\s-\s")
# a verb's destination: the date something was moved or set to, not when it was moved ("The ban is
# backdated to 20 March", "the hearing was adjourned until Friday")
_DESTINATION = re.compile(
    r"\b(?:back|forward|\w+ed)\s+(?:back\s+|forward\s+)?(?:to|until|till)\s+(?:(?:on|the)\s+)?$", re.IGNORECASE)

# a participle after its noun, inside a subject whose verb comes after the date ("the 212 people
# detained that day had been released"): the date dates the participle's happening
_REDUCED_RELATIVE_BEFORE = re.compile(r"\b(?:the|those|these|\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+\w+ed\s+$", re.IGNORECASE)
_FINITE_AFTER = re.compile(r"\s*(?:had|have|has|were|was|are|is|will|would)\b", re.IGNORECASE)

# (sentence, its time expression, whether the expression dates a part other than the main verb) examples, run as tests
DATE_IN_PASSING_EXAMPLES = (
    ("The package includes $40 million to rebuild the Station Street levee, which breached on 30 June.", "30 June", True),
    ("Floodwaters were receding on Thursday as residents returned for the first time since the river peaked on Monday.",
     "Monday", True),
    ("Floodwaters were receding on Thursday as residents returned for the first time since the river peaked on Monday.",
     "Thursday", False),
    ("The ceasefire was tested within hours of taking effect on Sunday, with mortar fire reported near the town.",
     "Sunday", True),
    ("The ban, announced yesterday, is backdated to 20 March, the day she was provisionally suspended.", "20 March", True),
    ("A car and a van fell into the river when the central span gave way at 5.40pm.", "5.40pm", False),
    ("After three days of talks, the deal was signed on Friday.", "Friday", False),
    ("The levee has breached near Station Street, the SES says.", "", False),
    ("The river peaked at 10.2 metres at 3.05am on Monday, after days of rain.", "3.05am", False),
    ("The hearing will resume on 8 October.", "8 October", False),
    ("The shelling, shortly after 11am local time on Sunday, damaged the grain market.", "11am", False),
    ("The minister, who was appointed in May, resigned on Tuesday.", "Tuesday", False),
    ("The minister, who was appointed in May, resigned on Tuesday.", "May", True),
    ("Police said Thursday that 187 of the 212 people detained that day had been released without charge.", "that day", True),
    ("Police said Thursday that 187 of the 212 people detained that day had been released without charge.", "Thursday", False),
    ("Police said the 212 protesters arrested on Saturday.", "Saturday", False),
)


def date_in_passing(mention: EventMention) -> bool:
    """Whether the mention's time expression dates a part of its sentence other than what its main
    verb tells (``_PASSING_PART``: "..., which breached on 30 June", "since the river peaked on
    Monday", "within hours of taking effect on Sunday"), or the place a verb moved something to
    (``_DESTINATION``: "backdated to 20 March"): a weaker title for the entry than a sentence
    whose main verb the date dates."""
    quote, text = mention.quote, mention.timex.text
    at = mention.timex.start - mention.sentence_start
    if not text or not 0 <= at <= len(quote) or quote[at:at + len(text)] != text:
        return False  # (a table row's quote is not its sentence's text)
    before = quote[:at]
    if text in mention.summary:
        # the summary the clause was cut to: "A freight train ... derailed and caught fire late Sunday"
        # of "About 1,200 residents ... spent Thanksgiving Monday in evacuation centres after a
        # freight train ... derailed and caught fire late Sunday" tells the date's own happening
        before = mention.summary[:mention.summary.index(text)]
    elif not mention.summary.endswith("…"):
        return False  # a part of the sentence its clause was cut to, without the date: not this one's to judge
    if _DESTINATION.search(before):
        return True
    after = mention.summary[mention.summary.index(text) + len(text):] if text in mention.summary else ""
    if _REDUCED_RELATIVE_BEFORE.search(before) and _FINITE_AFTER.match(after):
        return True  # "187 of the 212 people detained that day had been released": the date dates the detaining
    opening = None
    for opening in _PASSING_PART.finditer(before):
        pass
    # (a part with words of its own before the date: "shortly after 11am" and "since 2019" date the main verb)
    return opening is not None and _PASSING_END.search(before, opening.end()) is None \
        and re.search(r"\w", before[opening.end():]) is not None


def live_note(mention: EventMention) -> bool:
    """A line of a live report opened by its clock stamp ("11:58 p.m. — Listeners report a large
    fire near the rail yard"): a note of the moment, not a sentence of a story."""
    return opens_with_stamp(mention.quote)


def _weak_title(m: MentionFeatures) -> bool:
    """A summary too short or too cut to head an entry ("The stabbing", "Taking office in March
    2011 after ...", "Which now make up ...")."""
    summary = m.mention.summary
    return len(summary.split()) < SHORT_SUMMARY_WORDS or bool(_FRAGMENT_OPENING.match(summary)) \
        or _participle_fragment(summary, m.mention.quote)


def _summary(members: list[MentionFeatures], status: Status, best: MentionFeatures) -> str:
    notes = any(live_note(m.mention) for m in members)
    # a date that dates another part of its sentence than the main verb yields only to a sentence
    # that could head the entry: of its status, telling its date, whose main verb the date dates
    # and not itself a fragment ("The stabbing" does not replace "An Ottawa man is facing an
    # attempted murder charge after a 22-year-old university student was stabbed ... early Sunday")
    passing = {m.index for m in members if date_in_passing(m.mention)}
    if not any(m.index not in passing and m.mention.status == status and _fits_the_date(m, best)
               and (not _weak_title(m) or dated_line(m) and not _FRAGMENT_OPENING.match(m.mention.summary))
               for m in members):
        # (a line of key dates may be short: "25 October: 212 arrested on Republic Bridge" heads the
        # arrests before "187 of the 212 people detained that day had been released")
        passing = set()

    def preference(m: MentionFeatures) -> tuple:
        words = len(m.mention.summary.split())
        return (
            m.mention.status != status,
            not _fits_the_date(m, best),
            # a sentence whose main verb the date dates before one that dates another part of it
            # ("The levee ... has breached near Station Street" before "The package includes $40
            # million to rebuild the Station Street levee, which breached on 30 June")
            m.index in passing,
            # a full sentence of a story before a live report's stamped note of the moment ("Ground
            # teams resumed searching Wednesday" is no fuller than "11.50am: Footprints located on
            # the western slope"); the note's finer time still dates the entry (``_best_dated``)
            notes and (live_note(m.mention) or words < SHORT_SUMMARY_WORDS),
            m.rank != best.rank,
            # a sentence of the article's prose before a table's "20 Nov 2025: recall announced" or a
            # list's "4 July: first case admitted"
            dated_line(m),
            m.mention.attributed,
            bool(_FRAGMENT_OPENING.match(m.mention.summary)) or _participle_fragment(m.mention.summary, m.mention.quote),
            bool(_WRITERS_NOW.search(m.mention.summary)),
            words < SHORT_SUMMARY_WORDS,
            abs(words - IDEAL_SUMMARY_WORDS),
            m.mention.document,
            m.mention.timex.start,
        )

    chosen = min(members, key=preference).mention
    return _writers_days_named(_without_writers_day(chosen.summary), chosen)


# "Last Friday's strike cut services" under the heading "14 Mar 2025": "The strike cut services"
_WRITERS_DAY_OPENING = re.compile(
    r"^(?:(?:last|this|next)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tomorrow|tonight)['’]s\s+(?=(?-i:[a-z]))",
    re.IGNORECASE)


def _without_writers_day(summary: str) -> str:
    """A summary that opens with its writer's day ("Last Friday's strike ...", "Yesterday's vote
    ...") opens with "The": the entry's date says which day."""
    stripped = _WRITERS_DAY_OPENING.sub("The ", summary, count=1)
    # (but a summary that is only the day's thing keeps its day: "Tuesday's report", not "The report")
    return summary if len(stripped.split()) <= 3 else stripped


# the writer's days in a summary's own words, with what may stand before them: "yesterday", "last night", "this morning"
# (a preposition or an adverb before one takes the weekday bare: "from 5am yesterday" -> "from 5am on Monday", but
# "scheduled for tomorrow" -> "scheduled for Wednesday")
_BEFORE_A_WRITERS_DAY = (r"\b(?:since|until|till|by|from|before|after|as\s+of|than|late|early|earlier|later|for|to|into|through|"
                         r"throughout|during|of)\s+|\bon\s+")
_WRITERS_DAY_WORD = re.compile(
    rf"(?P<before>{_BEFORE_A_WRITERS_DAY})?"
    r"(?P<day>yesterday|today|tomorrow|tonight|last\s+night)(?P<part>\s+(?:morning|afternoon|evening|night))?(?P<poss>['’]s)?\b"
    rf"|(?P<before2>{_BEFORE_A_WRITERS_DAY})?\bthis\s+(?P<part2>morning|afternoon|evening)\b"
    # ("last Thursday", "next Friday": the weekday, told from the writer's week)
    rf"|(?P<before3>{_BEFORE_A_WRITERS_DAY})?\b(?:last|next|this\s+past|this\s+coming)\s+"
    r"(?P<wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?P<part3>\s+(?:morning|afternoon|evening|night))?"
    r"(?P<poss3>['’]s)?\b", re.IGNORECASE)
_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)
_COMPARED_BEFORE = re.compile(r"\b(?:more|less|fewer|[a-z]{3,}er)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]?")
_DAY_SHIFT = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _writers_days_named(summary: str, mention: EventMention) -> str:
    """A summary's "yesterday", "last night", "this morning", "tomorrow" or "last Thursday" outside a quotation, named
    by its weekday ("Pickets gathered outside King's Cross from 5am yesterday" -> "... from 5am on Monday"): under the
    entry's date heading the writer's day means nothing. "today" and the parts of today are named only when they are what dates the
    entry (not "more common today", now)."""
    if not _WRITERS_DAY_WORD.search(summary):
        return summary
    quoted = [m.span() for m in _QUOTED.finditer(summary)]
    own = re.sub(r"\s+", " ", mention.timex.text.lower())
    dated = re.match(r"\d{4}-\d\d-\d\d", mention.timex.value) is not None
    # ("today and tomorrow": a day beside the writer's other days is one too)
    days_beside = dated and any(m["day"] and m["day"].lower() not in ("today", "tonight") and not any(a <= m.start() < b for a, b in quoted)
                                for m in _WRITERS_DAY_WORD.finditer(summary))

    def named(m: re.Match[str]) -> str:
        if any(a <= m.start() < b for a, b in quoted):
            return m.group()
        if m["wd"]:
            phrase = m["wd"] + (m["part3"] or "").lower()
            before = m["before3"] or ""
            if m["poss3"]:
                return f"{before}{m['wd']}'s"
            text = f"on {phrase}" if before.strip().lower() in ("on", "") else f"{before}{phrase}"
            return text[0].upper() + text[1:] if m.start() == 0 else text
        word = re.sub(r"\s+", " ", (m["day"] or "today").lower())
        told = re.sub(r"\s+", " ", m.group().lower()).strip()
        if word == "today" and (_THAN_AFTER.match(summary, m.end()) or _COMPARED_BEFORE.search(summary, max(0, m.start() - 30), m.start())):
            return m.group()  # ("far more common today than in 1990": now, compared with then)
        if word in ("today", "tonight") or m["part2"]:
            if not days_beside and (not dated or not (told.endswith(own) or own.endswith(told.split(" ", 1)[-1]) or own in told)):
                return m.group()  # ("as common today as it was": now, no day)
        weekday = _WEEKDAYS[(mention.reference_date + dt.timedelta(days=_DAY_SHIFT[word])).weekday()]
        part = (m["part"] or "").strip().lower() or (m["part2"] or "").lower() or ("night" if word in ("tonight", "last night") else "")
        phrase = f"{weekday} {part}".strip()
        before = m["before"] or m["before2"] or ""
        if m["poss"]:
            return f"{before}{weekday}'s"  # ("after yesterday's vote" -> "after Monday's vote")
        if before.strip().lower() == "on" or not before:
            text = f"on {phrase}"
        else:
            text = f"{before}{phrase}"
        if m.start() == 0:
            text = text[0].upper() + text[1:]  # "Yesterday, ..." -> "On Monday, ..."
        return text

    return _WRITERS_DAY_WORD.sub(named, summary)


# --------------------------------------------------------------------------- how a clock time is told

def date_bound(best: MentionFeatures, members: list[MentionFeatures]) -> str | None:
    """The bound the entry's date is shown with ("before 25 Dec 2025", "by Mar 2026"): the one every
    member told at that same value puts on it (``told_bound``); None when one of them tells the date
    plainly or two bound it differently, as ``clock_mod`` does for a clock time."""
    told = {told_bound(m.mention) for m in members if m.mention.timex.value == best.mention.timex.value}
    return next(iter(told)) if len(told) == 1 else None


def clock_mod(best: MentionFeatures, members: list[MentionFeatures]) -> str | None:
    """The mod the entry's clock time is shown with ("about 15:30", "before midnight"): the one
    every member told at that same time gives it; None when one of them gives it exactly or two
    give it differently (the entry claims no more than its sources agree on)."""
    told = {told_clock_mod(m.mention) for m in members if m.mention.timex.value == best.mention.timex.value}
    return next(iter(told)) if len(told) == 1 else None


# how a table row's cells are joined in the quote a citation shows ("16:00 – Gates open"): a reader's text,
# not the Markdown's pipes
ROW_CELLS_JOINED = " – "


def row_as_text(quote: str) -> str:
    """A table row's quote (its cells joined by " | ", ``events.table_row_mentions``) as text a
    reader quotes: "16:00 | Gates open" is "16:00 – Gates open"."""
    return ROW_CELLS_JOINED.join(cell.strip() for cell in quote.split(" | "))


def citation_of(m: MentionFeatures) -> Citation:
    mention = m.mention
    return Citation(
        document=mention.document,
        quote=row_as_text(mention.quote) if mention.table_row else mention.quote,
        expression=mention.timex.text,
        start=mention.timex.start,
        end=mention.timex.end,
        reference_date=mention.reference_date,
        value=mention.timex.value,
        status=mention.status,
    )


def citation_sort_key(citation: Citation) -> tuple:
    return (citation.corroborating, citation.reference_date, citation.document, citation.start, citation.end)


def build_entry(cluster: Cluster, labels: Mapping[str, str] | None = None) -> Event:
    """The entry for one cluster, with a provisional id (``assign_ids`` makes ids unique).

    ``labels`` names documents in disagreement notes (see ``source_label``); ids otherwise.
    """
    members = cluster.members
    best = _best_dated(members)
    status = _status(members)
    disagreements = _status_disagreement(members, labels or {})
    summary = _summary(members, status, _best_dated(members, times_of_told_days=False))
    citations = sorted((citation_of(m) for m in members), key=citation_sort_key)
    return Event(
        id=base_id(best.first, best.granularity, best.mention.timex.value, summary),
        start=best.first,
        end=best.last,
        granularity=best.granularity,
        value=best.mention.timex.value,
        mod=best.mention.timex.mod if best.mention.timex.mod in ("START", "MID", "END")
        else clock_mod(best, members) or date_bound(best, members),
        summary=summary,
        status=status,
        disputed=bool(disagreements),
        disagreements=disagreements,
        citations=citations,
    )


# --------------------------------------------------------------------------- a span's end

# the words that bring in the end of a span whose start the sentence told before ("will start at
# 00:01 on Monday and run until 24 November", "from Monday to Friday")
_END_OF_SPAN = re.compile(r"\b(?:until|till|til|through|thru|to)\s+(?:(?:on|the)\s+)?$", re.IGNORECASE)


def _span_start(end: MentionFeatures, sentences: Mapping[tuple[str, int], list[MentionFeatures]]) -> MentionFeatures | None:
    """The planned start of the span whose planned end ``end`` is, told before it in its sentence
    ("... will start at 00:01 on Monday and run until 24 November"), or None."""
    mention = end.mention
    if mention.status != "planned":
        return None
    at = mention.timex.start - mention.sentence_start
    if not 0 <= at <= len(mention.quote) or mention.quote[at:at + len(mention.timex.text)] != mention.timex.text:
        return None  # (a table row's quote is not its sentence's text)
    if not _END_OF_SPAN.search(mention.quote[:at]):
        return None
    starts = [m for m in sentences.get((mention.document, mention.sentence_start), ())
              if m.mention.timex.start < mention.timex.start and m.last < end.first and m.mention.status == "planned"]
    return max(starts, key=lambda m: m.mention.timex.start) if starts else None


def _telling_of_the_start(m: MentionFeatures) -> Citation:
    """A source that calls off a span's start, cited under its end as a sentence about it that
    dates another day (the start's): corroborating, with its status."""
    mention = m.mention
    return Citation(document=mention.document, quote=mention.quote, expression="", start=mention.sentence_start,
                    end=mention.sentence_end, reference_date=mention.reference_date, value="",
                    status=mention.status, corroborating=True)


def ends_called_off_with_their_start(entries: list[Event], clusters: list[Cluster],
                                     labels: Mapping[str, str] | None = None) -> list[Event]:
    """``entries`` (aligned with ``clusters``) where a planned span's end shares the fate of its
    start: "The strike will start at 00:01 on Monday and run until 24 November", then another
    source, no older, "The strike that was due to begin tomorrow has been called off". The end's
    entry takes the start's status from those sources, cites their sentences (as corroborating:
    they date the start, not the end) and records the disagreement, as the start's entry does. Only an end still planned by sources no newer than the one that
    calls the start off, and only from another article: one that moves its own start ("postponed
    from Friday until Saturday") tells a new date, not an end."""
    where: dict[tuple[str, int], int] = {}
    sentences: dict[tuple[str, int], list[MentionFeatures]] = {}
    for number, cluster in enumerate(clusters):
        for member in cluster.members:
            where[(member.mention.document, member.mention.timex.start)] = number
            sentences.setdefault((member.mention.document, member.mention.sentence_start), []).append(member)
    out = list(entries)
    for number, (entry, cluster) in enumerate(zip(entries, clusters, strict=True)):
        if entry.status != "planned":
            continue
        newest = max(m.mention.reference_date for m in cluster.members)
        calling_off: dict[int, MentionFeatures] = {}
        for member in cluster.members:
            start = _span_start(member, sentences)
            if start is None:
                continue
            started = where[(start.mention.document, start.mention.timex.start)]
            status = entries[started].status
            if status not in ("cancelled", "postponed"):
                continue
            for other in clusters[started].members:
                if other.mention.status == status and other.mention.document != member.mention.document \
                        and other.mention.reference_date >= newest:
                    calling_off[other.index] = other
        if not calling_off:
            continue
        members = cluster.members + [calling_off[index] for index in sorted(calling_off)]
        disagreements = _status_disagreement(members, labels or {})
        citations = sorted(entry.citations + [_telling_of_the_start(m) for m in members[len(cluster.members):]],
                           key=citation_sort_key)
        out[number] = entry.model_copy(update={
            "status": _status(members), "disputed": entry.disputed or bool(disagreements),
            "disagreements": disagreements + entry.disagreements, "citations": citations})
    return out


# --------------------------------------------------------------------------- ids and order

_VALUE_ID = re.compile(r"^\d{4}(?:-(?:W\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI|\d{2}(?:-\d{2})?))?")


def date_part(start: dt.date, granularity: str, value: str) -> str:
    """The entry's date as its id shows it: the TIMEX3 value's date part when it has one."""
    if "/" in value:  # an ISO 8601 interval, "2017/2021"
        ends = [date_part(start, granularity, part) for part in value.split("/", 1)]
        return "-to-".join(ends)
    m = _VALUE_ID.match(value)
    if m and (len(m.group()) == len(value) or value[len(m.group())] == "T"):
        return m.group()
    if granularity in ("minute", "hour", "part_of_day", "day"):
        return start.isoformat()
    if granularity == "month":
        return start.isoformat()[:7]
    if granularity == "year":
        return f"{start.year:04d}"
    return start.isoformat()


_SLUG_SEPARATOR = re.compile(r"[^\w'’.]+")
# a clock time or an ordinal day written as one word ("3.30pm", "0600GMT", "29th"): the date again
_TIME_FIGURE = re.compile(r"\d+(?:am|pm|h|hrs|gmt|utc|st|nd|rd|th)")


def slug(summary: str) -> str:
    """The first content words of a summary, ascii and lower-case, joined by hyphens; words of
    time (``TIME_WORDS``, "3.30pm", "29th") are left out like stop words: the id's date tells it."""
    spaced = _SLUG_SEPARATOR.sub(" ", summary)
    ascii_text = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode()
    raw = re.findall(r"[A-Za-z0-9][A-Za-z0-9'.]*", ascii_text)
    words: list[str] = []
    for index, word in enumerate(raw):
        low = word.lower().strip("'.").replace("'", "").replace(".", "")
        nxt = raw[index + 1] if index + 1 < len(raw) else ""
        if word[:1].isupper() and nxt[:1].isupper() and low not in STOP_WORDS and index + 1 < len(raw):
            # A first name before a surname ("Vladimir Putin"): the surname says it.
            if low not in TITLE_WORDS and nxt.lower() not in TITLE_WORDS:
                continue
        if len(low) < 2 or low.isdigit() or low in STOP_WORDS or low in TITLE_WORDS or low in DEMONYMS:
            continue
        if re.sub(r"'s?$", "", word.lower().strip("'.")).replace(".", "") in TIME_WORDS or _TIME_FIGURE.fullmatch(low) \
                or low in DATE_ABBREVIATIONS and (word.endswith(".") or nxt[:1].isdigit() or index and raw[index - 1].isdigit()):
            continue  # "12:05 p.m.", "last summer's", "Sept. 24"
        if low not in words:
            words.append(low)
        if len(words) == SLUG_WORDS:
            break
    return "-".join(words) or "event"


def base_id(start: dt.date, granularity: str, value: str, summary: str) -> str:
    return f"{date_part(start, granularity, value)}-{slug(summary)}"


# The grains of a time told within its day: they are ordered among themselves by that time
TIMES_OF_DAY = frozenset({"minute", "hour", "part_of_day"})


# Where a part of the day begins in the order of the day, in minutes after midnight: the hours the
# words name ("morning" is before noon, "afternoon" from noon, "evening" from 6 p.m., "night" from
# 9 p.m.), not the loose stretches ``DAY_PARTS`` lets a clock time match (an evening from 4:30
# p.m.), so "Sunday evening" comes after "4:42 p.m. Sunday" and "this morning" before "9:30 a.m.";
# midday is noon, before the afternoon that begins there. Keyed by the TIMEX3 part.
PART_OF_DAY_BEGINS: dict[str, tuple[int, int]] = {
    "MO": (4 * 60, 0), "DT": (6 * 60, 0), "MI": (12 * 60, 0), "AF": (12 * 60, 1), "EV": (18 * 60, 0),
    "NI": (21 * 60, 0),
}
_PART_OF_DAY = re.compile(r"T(MO|MI|AF|EV|NI|DT)$")


def time_of_day(event: Event) -> tuple[int, int] | None:
    """Where in its day an entry told within one day begins: its clock time in minutes after
    midnight, or where its part of the day begins (``PART_OF_DAY_BEGINS``: "Wednesday evening",
    6 p.m.), with a second number that puts midday before the afternoon; None for an entry told by
    its day or longer."""
    if event.granularity not in TIMES_OF_DAY or event.start != event.end:
        return None
    clock = clock_minutes(event.value)
    if clock is not None:
        return clock, 0
    part = _PART_OF_DAY.search(event.value)
    return PART_OF_DAY_BEGINS[part.group(1)] if part else None


def entry_sort_key(event: Event) -> tuple:
    """See the module docstring: first day, longer and coarser first, then the time within the day."""
    time = time_of_day(event)
    rank = GRANULARITY_RANK.get(event.granularity, 12)
    if time is None:
        return (event.start, -(event.end - event.start).days, -rank, -1, 0, 0, event.id)
    # every time within the day after the day told alone, in the order of the day; at one time, the
    # coarser first (midday before the afternoon that begins with it)
    minute, after_midday = time
    return (event.start, 0, -GRANULARITY_RANK["part_of_day"], minute, -rank, after_midday, event.id)


def order_and_assign_ids(events: list[Event]) -> list[Event]:
    """Chronological order (see the module docstring) with ids made unique in that order."""
    ordered = sorted(events, key=entry_sort_key)
    used: dict[str, int] = {}
    out: list[Event] = []
    for event in ordered:
        count = used.get(event.id, 0) + 1
        used[event.id] = count
        out.append(event if count == 1 else event.model_copy(update={"id": f"{event.id}-{count}"}))
    # A suffixed id could collide with a natural one ("x-2"); settle it deterministically.
    seen: set[str] = set()
    final: list[Event] = []
    for event in out:
        new_id, n = event.id, 1
        while new_id in seen:
            n += 1
            new_id = f"{event.id}-{n}"
        seen.add(new_id)
        final.append(event if new_id == event.id else event.model_copy(update={"id": new_id}))
    return final
