"""A time counted from one just told: "[three hours] later", "[minutes] earlier", "[two hours] after that".

The tagger tags "three hours later" as TimeML does: the amount alone, a DURATION ("PT3H"), with
"later" its signal outside the expression. Such an amount dates nothing on its own, so a sentence
that tells two happenings ("The House voted shortly after 7 p.m., and the Senate followed about
three hours later") would date only the first. ``counted_times`` gives the second its date: an
amount of seconds, minutes or hours with "later"/"earlier" right after it (or "after"/"before" and
"that"/"this"/"then"), counted from the time told last before it in the same sentence or the one
before (the anchor: a clock time, a part of a day or a day; a time told beside a day, "at 9 a.m.
on Monday", is the finer of the two), is a time expression of its own, spanning the amount and its
signal ("about three hours later"), resolved against that anchor (``anchor`` names it).

How fine the date is follows what the two tell:

- an amount with a clock time: that time moved by the amount, a clock time told approximately
  (mod APPROX, shown "about 22:00": the writer rounds the amount, and "shortly after 7 p.m." is no
  exact start either), but an amount of minutes no writer rounds to ("six minutes later") from a
  time told to the minute ("at 2.17am") is that exact minute (``ROUND_MINUTES``); an amount of a
  day or more ("48 hours later") tells a day, not the hour;
- a vague or bounded amount ("hours later", "minutes earlier", "less than an hour later", "more
  than an hour later") with a clock time: the anchor's day, when the farthest the amount may
  reach (``VAGUE_REACH``) stays within it, else no date. Not the anchor's part of the day: a part is a
  few hours wide, and "hours later" from an evening is as likely the night; the day is what the
  writer tells for sure, and it is enough to merge with another source's clock time of it;
- any amount with a part of the day ("before dawn this morning ... about three hours later"): the
  day, when the part's stretch (``DAY_PART_MINUTES``) moved by the amount stays within it;
- any amount with a day told without its time: the day, when the amount is at most ``DAY_REACH``
  (a few hours on is still the day the writer tells of; "18 hours later" may be the next).

No anchor (nothing told before it in those two sentences, or a week, month or year: too coarse to
count hours from) gives no date, as before. "Two hours later than planned", "an hour earlier than
usual" compare with a timetable, not with a time told ("than" after the signal); nor do amounts
moving a timetable ("will start an hour later", "opens 30 minutes earlier": ``_SHIFTED_TIMETABLE``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from timeline.events.vocab import CLOCK_QUALIFIER
from timeline.models import Article, Interval, Sentence, Timex

__all__ = ["counted_times", "COUNTED_EXAMPLES", "COUNTED_RULE", "DAY_REACH", "VAGUE_REACH"]

COUNTED_RULE = "counted_from_a_time_told"  # the ``rule`` of the expressions made here

# the signal right after the amount: "later", "earlier", "after that", "before then" (not "later than")
_SIGNAL = re.compile(r"[^\S\n]+(?:later|earlier|(?:after|before)[^\S\n]+(?:that|then|this(?=[^\S\n]*(?:[,.;:!?)]|$))))\b"
                     r"(?![^\S\n]+than\b|['’])", re.IGNORECASE)  # (not "before this evening's performance")
# a date naming a stretch ("after the [Christmas] holidays"): a time frame, no time a happening was told at
_STRETCH_AFTER = re.compile(r"[^\S\n]+(?:holidays?|recess|break|vacation|period|season|festivities)\b", re.IGNORECASE)
# the amount told right after its anchor ("at 9:11 a.m., more than an hour later"): how long after
# another happening that time was, the clause's time already told
_RIGHT_AFTER = re.compile(r"[^\S\n]*,[^\S\n]*")
# an amount the tagger took a part of ("eight hours and [two minutes] later", "one hour [34 minutes] later")
_PART_OF_AN_AMOUNT = re.compile(r"\b(?:hours?|minutes?|hrs?|mins?)[^\S\n]+(?:and[^\S\n]+)?$", re.IGNORECASE)
_SIGNAL_LATER = re.compile(r"\s*(?:later|after)\b", re.IGNORECASE)
# a timetable moved by the amount ("Trains will start an hour later", "The polls open 30 minutes
# earlier"): the verb right before the amount is one of a timetable's, in a form not of a happening told
_SHIFTED_TIMETABLE = re.compile(
    r"\b(?:start|begin|open|close|finish|end|run|kick\s+off|shut|operate|"
    r"starts|begins|opens|closes|finishes|ends|runs|kicks\s+off|shuts|operates)[^\S\n]+$",
    re.IGNORECASE)
_DURATION = re.compile(r"PT(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?")
_VAGUE = re.compile(r"PTX(?P<unit>[HMS])")
_CLOCK = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)T(?P<hour>\d\d)(?::(?P<minute>\d\d))?")
_PART = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)T(?P<part>MO|MI|AF|EV|NI|DT)")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")

# The farthest a vague amount reaches, in minutes ("minutes later": within the hour; "hours later":
# a few hours, as news tells it; "seconds later": within the minute); a bound one ("more than an
# hour later") reaches that much beyond its amount.
VAGUE_REACH = {"S": 1, "M": 60, "H": 6 * 60}
# The most an amount may count from a day told without its time and still be that day (minutes).
DAY_REACH = 6 * 60
# The stretch of its day a part of the day covers, in minutes after midnight, told loosely (a night
# runs on into the small hours of the next day), as the merge stage reads them.
DAY_PART_MINUTES = {"MO": (4 * 60, 12 * 60 + 30), "MI": (11 * 60, 14 * 60), "AF": (12 * 60, 18 * 60 + 30),
                    "EV": (16 * 60 + 30, 23 * 60), "NI": (19 * 60, 30 * 60), "DT": (6 * 60, 19 * 60)}
# "early Monday", "late Saturday" (mod START, END of a day): its first or last half, told loosely
DAY_HALF_MINUTES = {"START": (0, 12 * 60), "END": (12 * 60, 24 * 60)}
# a clock time and a day told together ("at 9 a.m. on Monday", "Monday at 9 a.m."): one time, the finer
TOLD_TOGETHER_CHARS = 30
_FINER = {"minute": 0, "hour": 1, "part_of_day": 2, "day": 3}
_BOUNDED = ("LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE")
# An amount of minutes no writer rounds to (not a multiple of this: "six minutes later", not "ten" or "40"),
# counted from a clock time told exactly to the minute ("at 2.17am", not "2am"), tells an exact minute: no mod APPROX
ROUND_MINUTES = 5
# ... nor from one told as a bound ("by [2am]", "nearly [2am]"), besides one told loosely (``CLOCK_QUALIFIER``)
_BOUND_BEFORE = re.compile(r"\b(?:some|nearly|almost|by|until|till)[^\S\n]+(?:at[^\S\n]+)?$", re.IGNORECASE)

# (sentences, {expression: value} the tagger gave, expected (expression, value) or None), run as tests;
# "about"/"some" before an amount is its mod APPROX, "less than"/"more than" LESS_THAN/MORE_THAN
COUNTED_EXAMPLES = (
    (["The House voted 280 to 142 shortly after 7 p.m., and the Senate followed about three hours later."],
     {"7 p.m.": "2026-03-05T19:00", "about three hours": "PT3H"}, ("about three hours later", "2026-03-05T22:00")),
    (["The first call came at 11:40 p.m.", "Police arrived 40 minutes later."],
     {"11:40 p.m.": "2026-03-05T23:40", "40 minutes": "PT40M"}, ("40 minutes later", "2026-03-06T00:20")),
    (["The plane landed at 9.15am on Monday.", "An hour or so earlier, the pilot had radioed for help."],
     {"9.15am": "2026-03-02T09:15", "Monday": "2026-03-02", "An hour or so": "PT1H"},
     ("An hour or so earlier", "2026-03-02T08:15")),
    (["Fire crews arrived at 2.10pm.", "Two hours after that, the blaze was out."],
     {"2.10pm": "2026-03-05T14:10", "Two hours": "PT2H"}, ("Two hours after that", "2026-03-05T16:10")),
    (["The ship ran aground before dawn this morning, and an oil slick was spotted about three hours later."],
     {"this morning": "2026-03-05TMO", "about three hours": "PT3H"}, ("about three hours later", "2026-03-05")),
    (["Police were called at 10:15 a.m.", "Hours later, the suspect surrendered."],
     {"10:15 a.m.": "2026-03-05T10:15", "Hours": "PTXH"}, ("Hours later", "2026-03-05")),
    (["The quake struck on Monday.", "Minutes later, a tsunami warning was issued."],
     {"Monday": "2026-03-02", "Minutes": "PTXM"}, ("Minutes later", "2026-03-02")),
    (["The launch was at 6 p.m.", "The satellite separated less than an hour later."],
     {"6 p.m.": "2026-03-05T18:00", "less than an hour": "PT1H"}, ("less than an hour later", "2026-03-05")),
    (["The launch was at 9 p.m. on Friday.", "The rover landed 48 hours later."],
     {"9 p.m.": "2026-03-06T21:00", "Friday": "2026-03-06", "48 hours": "PT48H"}, ("48 hours later", "2026-03-08")),
    # "hours later" from late evening may be the next day: no date
    (["Police were called at 10:15 p.m.", "Hours later, the suspect surrendered."],
     {"10:15 p.m.": "2026-03-05T22:15", "Hours": "PTXH"}, None),
    # a night runs into the next day's small hours
    (["The fire broke out last night.", "Three hours later it was contained."],
     {"last night": "2026-03-04TNI", "Three hours": "PT3H"}, None),
    # nothing told before it, or nothing fine enough to count hours from
    (["Two hours later, the blaze was out."], {"Two hours": "PT2H"}, None),
    (["The mine reopened in March.", "Two hours later, the blaze was out."],
     {"March": "2026-03", "Two hours": "PT2H"}, None),
    (["The blaze began on Monday.", "Eighteen hours later it was out."],
     {"Monday": "2026-03-02", "Eighteen hours": "PT18H"}, None),
    # no time told in the sentence or the one before
    (["The blaze began at 2 p.m.", "Crews came from three towns.", "Two hours later, it was out."],
     {"2 p.m.": "2026-03-05T14:00", "Two hours": "PT2H"}, None),
    # compared with a timetable, not counted from a time told
    (["The polls closed at 8 p.m.", "Results came two hours later than expected."],
     {"8 p.m.": "2026-03-05T20:00", "two hours": "PT2H"}, None),
    (["The last train leaves at 11 p.m.", "From Monday, trains will run an hour later."],
     {"11 p.m.": "2026-03-05T23:00", "Monday": "2026-03-09", "an hour": "PT1H"}, None),
    (["The attack on the airport was at 8 a.m.", "A third bomb hit a train at 9:11 a.m., more than an hour later."],
     {"8 a.m.": "2026-03-05T08:00", "9:11 a.m.": "2026-03-05T09:11", "more than an hour": "PT1H"}, None),
    (["Schools reopened yesterday after the Christmas holidays, only for parents to be told hours later that they would close."],
     {"yesterday": "2026-01-04", "Christmas": "2025-12-25", "hours": "PTXH"}, ("hours later", "2026-01-04")),
    (["The rover landed late Saturday and sent back its first pictures hours later."],
     {"late Saturday": "2026-03-07 END", "hours": "PTXH"}, None),
    (["The rover landed early Saturday and sent back its first pictures hours later."],
     {"early Saturday": "2026-03-07 START", "hours": "PTXH"}, ("hours later", "2026-03-07")),
    (["The spacewalk began at 9 a.m.", "It ended eight hours and two minutes later."],
     {"9 a.m.": "2026-03-05T09:00", "two minutes": "PT2M"}, None),
    # an amount that is how long, not when
    (["At 9 a.m. the talks began.", "They lasted three hours."], {"9 a.m.": "2026-03-05T09:00", "three hours": "PT3H"}, None),
)


def _amount_minutes(value: str) -> float | None:
    match = _DURATION.fullmatch(value)
    if match is None or not any(match.groupdict().values()):
        return None
    return sum(float(match[g] or 0) * per for g, per in (("h", 60), ("m", 1), ("s", 1 / 60)))


def _reach(duration: Timex) -> tuple[float, float, bool] | None:
    """(the least and the most minutes the amount may count, whether it is a told amount), or None."""
    vague = _VAGUE.fullmatch(duration.value)
    if vague:
        return 0, VAGUE_REACH[vague["unit"]], False
    minutes = _amount_minutes(duration.value)
    if minutes is None or minutes <= 0:
        return None
    if duration.mod in ("LESS_THAN", "EQUAL_OR_LESS"):
        return 0, minutes, False
    if duration.mod in ("MORE_THAN", "EQUAL_OR_MORE"):
        unit = "H" if minutes >= 60 else "M" if minutes >= 1 else "S"
        return minutes, minutes + VAGUE_REACH[unit], False
    if duration.mod not in (None, "APPROX"):
        return None
    return minutes, minutes, True


def _grain(timex: Timex) -> str | None:
    if timex.interval is None or timex.interval.first != timex.interval.last or timex.type not in ("DATE", "TIME"):
        return None
    if _CLOCK.fullmatch(timex.value):
        return "minute"
    if _PART.fullmatch(timex.value):
        return "part_of_day"
    if _DAY.fullmatch(timex.value):
        return "day"
    return "coarse"


def _anchor(before: list[Timex]) -> Timex | None:
    """The time told last of ``before`` (in text order), or the finer time told together with it."""
    if not before:
        return None
    last = before[-1]
    if _grain(last) in (None, "coarse"):
        return None
    together = [t for t in before if _grain(t) in _FINER and t.interval == last.interval
                and last.start - t.end <= TOLD_TOGETHER_CHARS]
    return min(together, key=lambda t: (_FINER[_grain(t)], -t.start))


def _counted(anchor: Timex, duration: Timex, later: bool, exact: bool = False) -> tuple[str, str, str | None] | None:
    """(value, granularity, mod) of the time ``duration`` counts from ``anchor`` (told ``exact``ly: no
    "about", "shortly after" before it), or None."""
    reach = _reach(duration)
    if reach is None:
        return None
    least, most, told = reach
    sign = 1 if later else -1
    day = anchor.interval.first
    clock = _CLOCK.fullmatch(anchor.value)
    if clock:
        at = dt.datetime.combine(day, dt.time()) + dt.timedelta(hours=int(clock["hour"]), minutes=int(clock["minute"] or 0))
        if told:
            moved = at + sign * dt.timedelta(minutes=round(least))
            if least >= 24 * 60:
                return moved.date().isoformat(), "day", None  # "48 hours later": a day, not the hour
            unrounded = exact and duration.mod is None and clock["minute"] not in (None, "00") and least < 60 \
                and least == int(least) and int(least) % ROUND_MINUTES
            return moved.strftime("%Y-%m-%dT%H:%M"), "minute", None if unrounded else "APPROX"
        stretch = (at.hour * 60 + at.minute,) * 2
    elif _PART.fullmatch(anchor.value):
        stretch = DAY_PART_MINUTES[_PART.fullmatch(anchor.value)["part"]]
    elif anchor.mod in ("START", "END"):
        stretch = DAY_HALF_MINUTES[anchor.mod]  # "late Saturday ... hours later" may be Sunday
    else:
        if most > DAY_REACH:
            return None
        return day.isoformat(), "day", None
    # the farthest the happening may be from its anchor still within the anchor's day: that day
    if stretch[1] + most < 24 * 60 if later else stretch[0] - most >= 0:
        return day.isoformat(), "day", None
    return None


def counted_times(article: Article, timexes: list[Timex], skipped: set[int] = frozenset()) -> dict[int, Timex]:
    """For each amount counted from a time told (see the module docstring), keyed by ``id()`` of its
    DURATION, the time expression that replaces it. ``skipped`` holds ``id()`` of expressions that
    are no anchor (a clock time's equivalent in another zone)."""
    sentences = sorted((s for s in article.sentences if s.kind in ("body", "list_item")), key=lambda s: s.start)
    starts = [s.start for s in sentences]
    ordered = sorted(timexes, key=lambda t: (t.start, t.end))
    counted: dict[int, Timex] = {}
    told: list[Timex] = []  # anchors so far, the counted ones among them ("Two hours later ... An hour later ...")
    for timex in ordered:
        if timex.type != "DURATION":
            if id(timex) not in skipped and timex.type in ("DATE", "TIME") and timex.interval is not None \
                    and not (article.title_in_body and timex.start < article.title_in_body[1]) \
                    and not _STRETCH_AFTER.match(article.body, timex.end):
                told.append(timex)
            continue
        signal = _SIGNAL.match(article.body, timex.end)
        if signal is None or _SHIFTED_TIMETABLE.search(article.body, max(0, timex.start - 20), timex.start) \
                or _PART_OF_AN_AMOUNT.search(article.body, max(0, timex.start - 20), timex.start):
            continue
        index = bisect.bisect_right(starts, timex.start) - 1
        if index < 0 or timex.end > sentences[index].end:
            continue
        since = sentences[index - 1].start if index > 0 else sentences[index].start
        before = [t for t in told if since <= t.start and t.end <= timex.start]
        anchor = _anchor(before)
        if anchor is None or _RIGHT_AFTER.fullmatch(article.body, before[-1].end, timex.start):
            continue
        exact = anchor.mod is None and not any(loose.search(article.body, max(0, anchor.start - 40), anchor.start)
                                               for loose in (CLOCK_QUALIFIER, _BOUND_BEFORE))
        dated = _counted(anchor, timex, bool(_SIGNAL_LATER.match(signal.group())), exact)
        if dated is None:
            continue
        value, granularity, mod = dated
        day = dt.date.fromisoformat(value[:10])
        new = Timex(start=timex.start, end=signal.end(), text=article.body[timex.start:signal.end()],
                    type="TIME" if granularity == "minute" else "DATE", value=value, granularity=granularity,
                    interval=Interval(first=day, last=day), mod=mod, anchor=f"timex:{anchor.start}",
                    rule=COUNTED_RULE)
        counted[id(timex)] = new
        told.append(new)
    return counted
