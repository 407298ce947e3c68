"""Status and attribution cues: how a clause says whether its event happened.

Each cue is a record (name, pattern, the status it signals, examples that must match and
near-misses that must not); ``tests/test_events.py`` runs every example. Cancellation beats
planning ("the plan to meet ... was cancelled" is a cancelled event, not a planned one), and a
clause with neither is ``reported``. Trains or flights that stopped running are news that
happened (``DISRUPTION_CUES``), not a planned happening called off. ``extract_mentions`` also turns a ``reported`` event dated
after the article's reference date into ``planned``: an article cannot report as done what
has not happened yet ("Peskov confirmed the Tuesday meeting", written on Monday).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from timeline.models import Status


@dataclass(frozen=True)
class Cue:
    name: str
    pattern: re.Pattern[str]
    status: Status
    examples: tuple[str, ...] = field(default=())
    near_misses: tuple[str, ...] = field(default=())
    # whether the cue counts only before the date it would set, or ending with it ("Forecasters expect
    # it to reach Georgia by this afternoon", "is expected later today"; not "Police confirmed 1,647
    # deaths by Monday evening, but officials expected the toll to rise", whose date is the confirming's)
    before_date: bool = False


def _cue(name: str, pattern: str, status: Status, examples=(), near_misses=(), before_date=False) -> Cue:
    return Cue(name, re.compile(pattern, re.IGNORECASE), status, tuple(examples), tuple(near_misses), before_date)


# a day's own happening, named by the day ("Saturday's strike", "tomorrow's action")
_DAYS_OWN = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight|next\s+week)['’]s"

# the one an expectation is of, before "to": a pronoun, a short noun phrase or a name
_EXPECTED_ONE = (r"(?:it|them|him|her|us|(?:the|a|an|its|their|his|her)\s+[\w-]+(?:\s+[\w-]+)?|"
                 r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})")

# where or when someone or something expected will be, after "expected" or "due" without "to"
_EXPECTED_WHERE_OR_WHEN = (r"(?:(?:back|home|later|soon|shortly|tomorrow|tonight|today|next|within|before|early|late|in\s+court|"
                           r"this\s+(?:morning|afternoon|evening|week|weekend|month|year)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
                           r"|in\s+(?-i:[A-Z])|at\s+(?:the\s+)?(?-i:[A-Z])|(?:at|on)\s+(?:about\s+|around\s+)?\d)")

# Checked in this order; the first status class that matches wins (cancelled before planned).
# a happening that will not go ahead ("The parade will not go ahead this weekend", "Ferries will not run Friday")
_GOING_AHEAD_VERB = (r"(?:go\s+ahead|take\s+place|be\s+held|proceed|run|operate|sit|be\s+delivered|"
                     r"be\s+open|open|reopen|be\s+played|be\s+staged)\b")

CANCELLED_CUES: tuple[Cue, ...] = (
    _cue(
        "will-not-go-ahead",
        r"\b(?:(?:will|would|shall)\s+not|(?:won|wouldn|shan)['’]t)\s+(?:now\s+|after\s+all\s+)?" + _GOING_AHEAD_VERB
        + r"(?!\s+(?:the|a|an|its|their|his|her|up)\b)(?!\s+(?:[\w'’-]+\s+){0,3}?(?:until|till|before)\b)",
        "cancelled",
        ["Ireland's St. Patrick's Day parade will not go ahead this weekend.", "Ferries from Hingham will not run Friday.",
         "The judge told jurors they would not sit on Thanksgiving Day.", "Mail will not be delivered that day."],
        ["The district said it will not reopen until Jan. 3.", "The group will not meet again until June.",
         "The parade will go ahead this weekend.", "The Green line is not expected to open before 2027.",
         "The changes will not open the door to privatisation."],
    ),
    _cue(
        "cancelled",
        r"\b(?:was|were|been|be|is|are|got|get)\s+(?:\w+\s+)?(?:cancell?ed|scrapped|scrubbed|shelved|dropped|abandoned)\b",
        "cancelled",
        ["The initial plan for Witkoff and Kushner to meet Zelensky in Ireland on Wednesday was canceled.",
         "The vote has been cancelled.", "the summit was abruptly scrapped"],
        ["The cancelled flights were rebooked for Friday"],
    ),
    _cue(
        "cancel-verb",
        r"\b(?:cancell?ed|cancels|scrapped|called off|calls off|call off|calling off|"
        r"shelved)\s+(?:the|a|an|his|her|their|its|this|next|plans?|all|" + _DAYS_OWN + r")\b",
        "cancelled",
        ["Trump cancelled the meeting on Friday.", "The union called off the strike on Monday.",
         "The trust has cancelled all planned operations scheduled for today.",
         "The TSWU has called off Saturday's strike on Northline Rail."],
        ["The cancelled flights were rebooked for Friday"],
    ),
    _cue(
        # a suspension calls off a happening only when what is suspended is one (not "suspended the
        # festival's licence", "suspended the player", "suspended trading in its shares": done)
        "suspend-happening",
        r"\b(?:suspended|suspends)\s+(?:the|a|an|his|her|their|its|this|next|all|" + _DAYS_OWN + r")\s+(?:[\w'’-]+\s+){0,4}?"
        r"(?:strike|strikes|action|talks|negotiations|match|matches|game|games|fixture|fixtures|meeting|meetings|hearing|"
        r"trial|session|vote|election|race|tour|campaign|protest|protests|walkouts?|stoppages?|marches|march|rally|rallies|ceremony|event|events|"
        r"festival|concert|show|flights|services|classes|exams?)\b(?!['’])",
        "cancelled",
        ["The union suspended tomorrow's action.", "Organisers suspended the final day of the festival."],
        ["Kelbrook Vale District Council suspended the festival's premises licence on Thursday.",
         "The exchange suspended trading in its shares on Tuesday."],
    ),
    _cue(
        "postpone-verb",
        r"\b(?:postponed|postpones|delayed|delays|put off|puts off|pushed back)\s+(?:the|a|an|his|her|their|its|this|next|plans?|"
        + _DAYS_OWN + r")\b",
        "postponed",
        ["Biden postponed a planned trip to Germany, which had been scheduled to begin on Thursday.",
         "The board delayed the vote on Monday."],
        ["The cancelled flights were rebooked for Friday"],
    ),
    _cue(
        "called-off",
        r"\b(?:was|were|been|is|are)\s+(?:\w+\s+)?called off\b",
        "cancelled",
        ["The talks on Thursday were called off."],
    ),
    _cue(
        "postponed",
        r"\b(?:was|were|been|is|are|has been|have been)\s+(?:\w+\s+)?(?:postponed|delayed|put off|pushed back)\b",
        "postponed",
        ["The vote scheduled for May 3 was postponed."],
        ["The postponement of the vote on May 3 angered voters"],
    ),
    _cue(
        "moved-to-date",
        # moved to another day (not "moved to a hospital"): the day it was planned for is given up
        r"\b(?:was|were|been|is|are)\s+(?:\w+\s+)?(?:moved|rescheduled|shifted|pushed\s+back)\s+(?:to|until|till)\s+"
        r"(?:next\s+|the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|"
        r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|\d|tomorrow|next)\b",
        "postponed",
        ["The minister's statement, planned for this afternoon, has been moved to Thursday."],
        ["The patient was moved to a hospital on Friday.", "The team was moved to tears on Sunday."],
    ),
    _cue("cancellation", r"\bcancell?ations?\s+of\b", "cancelled", ["the cancellation of Tuesday's summit"]),
)

PLANNED_CUES: tuple[Cue, ...] = (
    _cue(
        "will",
        # "will" the noun follows a possessive or article and precedes a verb or "of".
        r"(?<![’']s\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\bfree\s)(?<!\bgood\s)"
        r"\b(?:will|shall|'ll|’ll)\s+(?!not\b|be\s+(?:remembered|seen)|(?:was|is|has|of|to|and|in)\b)\w+",
        "planned",
        ["Witkoff will meet with Putin in Moscow on Tuesday.", "They’ll vote on Friday."],
        ["Putin’s will was clear on Monday", "the goodwill shown on Monday", "Putin is willing to meet on Monday",
         "the will of the people, expressed on Monday"],
    ),
    _cue(
        "would",
        # a plan told in reported speech ("said full service would resume today"); not a past that did
        # not happen ("would have"), nor a habit of the past ("would often")
        r"\bwould\s+(?!have\b|often\b|usually\b|always\b|never\b|like\b|rather\b)\w+",
        "planned",
        ["Eurostar said full service would resume today.", "The minister said she would visit Kyiv on Friday."],
        ["The deal would have closed on Monday.", "He would often walk there on Sundays."],
    ),
    _cue(
        "expected-to",
        r"\b(?:is|are|was|were|am|been)\s+(?:\w+\s+)?(?:expected|set|due|scheduled|slated|poised|planning|going)\s+to\b(?!\s+(?:the|a|an)\b)",
        "planned",
        ["The two envoys are now expected to meet Zelensky in Europe on Wednesday.",
         "The vote is set to take place on Sunday.", "She is due to arrive on Monday.",
         "The final had been scheduled to begin on Monday."],
        ["The delay was due to the storm on Monday", "The talks were expected and held on Monday",
         "The delay had been due to the storm on Monday"],
    ),
    _cue(
        # ... or without "to", of where or when the one expected will be ("is expected in Jindabyne later
        # today", "is due in court on Monday", "is expected back tonight"); not a cause ("due in part to")
        # nor who expects it ("expected by analysts", "widely expected in markets")
        "expected-somewhere",
        r"\b(?:is|are|am|was|were|been)\s+(?:(?:now|still|also|then|only)\s+)?(?:expected|due)\s+" + _EXPECTED_WHERE_OR_WHEN,
        "planned",
        ["Mr Marsh's father flew into Sydney on Monday night and is expected in Jindabyne later today.",
         "The verdict is expected later today.", "She is due in court on Monday.",
         "The minister is expected back in Canberra tonight.", "A decision is now expected within weeks.",
         "The ship is due at Southampton this afternoon."],
        ["The delay was due in part to the storm on Monday.", "The cut was widely expected in markets.",
         "The cut was expected by analysts on Wednesday.", "The rise was expected in most forecasts."],
        # (only before the date or with it: "A team collected bats this week, and results are expected within days")
        before_date=True,
    ),
    _cue(
        # the expecting told by its own verb, with no "is"/"was" before it ("The agency said it would
        # publish its draft this week and expected to approve the jet before the end of the year");
        # not a hope given up ("had expected to"), nor "as expected"
        "expects-to",
        r"(?<!\bhad\s)(?<!\bas\s)\b(?:expects?|expected|anticipates?|anticipated)\s+to\s+(?!(?:the|a|an|this|that|its|their|his|her)\b)[a-z]+",
        "planned",
        ["The agency expected to approve the jet before the end of the year.",
         "Southwest expects to resume flights in March.", "The bank anticipates to cut rates in June."],
        ["The team had expected to win on Saturday.", "As expected, the talks ended on Monday.",
         "Shares rose more than expected to a record on Friday."],
    ),
    _cue(
        # ... or of what someone or something else will do ("Forecasters expect it to reach southern
        # Georgia by this afternoon"); not a hope given up nor a surprise ("had expected it to win",
        # "Nobody expected him to resign")
        "expects-it-to",
        r"(?<!\bhad\s)(?<!\bnot\s)(?<!n['’]t\s)(?<!\bnobody\s)(?<!\bfew\s)(?<!\bnever\s)\b(?:expects?|expected|anticipates?|anticipated)\s+"
        + _EXPECTED_ONE + r"\s+to\s+(?!(?:the|a|an|this|that|its|their|his|her)\b)[a-z]+",
        "planned",
        ["Forecasters expect it to reach southern Georgia by this afternoon.", "Analysts expect the bank to cut rates in June.",
         "Investors expect Boeing to resume deliveries next month."],
        ["The team had expected it to win on Saturday.", "Nobody expected him to resign on Monday.",
         "They did not expect the storm to turn on Tuesday."],
        before_date=True,
    ),
    _cue(
        "plans-to",
        # the verb, not the noun: "a plan to fix", "its plans to expand" name no intention to act
        r"(?<!\ba\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)(?<!\btheir\s)(?<!\bno\s)"
        r"(?<!\bany\s)\b(?:plans?|intends?|aims?|hopes?)\s+to\s+(?!the\b)\w+",
        "planned",
        ["Trump plans to visit Kyiv in March.", "The minister intends to resign on Friday.",
         "They plan to vote on Monday."],
        ["Whitaker met Calhoun on Feb. 26 and gave the planemaker 90 days to develop a plan to fix problems.",
         "The company announced its plans to expand on Monday."],
    ),
    _cue(
        "planned-for",
        r"\b(?:tentatively\s+)?(?:planned|scheduled|rescheduled|slated|set|penciled|pencilled|earmarked|moved|"
        r"pushed\s+back)\s+(?:in\s+)?(?:for|on|to\s+take\s+place)\b",
        "planned",
        ["a follow-up summit (tentatively planned for April–June 2026)", "a vote scheduled for May 3",
         "Biden's trip to Germany, postponed because of the storm, has been rescheduled for Friday."],
        ["they set out on Monday"],
    ),
    _cue(
        "upcoming",
        r"\b(?:upcoming|forthcoming|planned|scheduled|proposed)\s+(?:\w+\s+)?(?:meeting|talks|summit|visit|vote|election|trip|conference|session)s?\b",
        "planned",
        ["the upcoming summit in June", "a scheduled meeting on Friday"],
    ),
    _cue(
        "to-be-held",
        r"\bto\s+be\s+(?:held|signed|hosted|staged|opened|launched)\b",
        "planned",
        ["The summit, to be held in June, ..."],
    ),
)

# Reported speech: the clause attributes the statement to a source.
ATTRIBUTION_CUES: tuple[Cue, ...] = (
    _cue(
        "said",
        r"\b(?:said|says|say|told|stated|states|claimed|claims|added|noted|announced|confirmed|insisted|"
        r"argued|warned|acknowledged|revealed|reported|tweeted|wrote)\b",
        "reported",
        ["“We agreed not to disclose the substance,” Ushakov said.", "Peskov confirmed the Tuesday meeting"],
        ["The talks centered on a revised peace plan"],
    ),
    _cue("according-to", r"\baccording\s+to\b", "reported", ["According to Kremlin aide Yury Ushakov, the talks lasted five hours"]),
    _cue("is-said-to", r"\b(?:is|are|was|were)\s+(?:said|reported|believed|thought|understood)\s+to\b", "reported",
         ["Putin is said to have accepted certain aspects of the plan"]),
    _cue("quoted", r"[“\"][^”\"]{3,}[”\"]", "reported", ["Ushakov characterized the talks as “useful,” he added"]),
)


# What runs to a timetable: cancelling or suspending it is itself the news of the day, a
# disruption that happened ("Eurostar cancelled all trains ... on Thursday evening", "flights
# were suspended on Monday"), not a planned happening called off. (A church's or a memorial
# service is a happening: "the memorial service on Friday was cancelled" stays cancelled.)
_NOT_RUNNING_SERVICES = ("memorial", "church", "funeral", "remembrance", "prayer", "thanksgiving", "carol", "wedding",
                         "religious", "worship", "commemorative", "candlelit", "candlelight", "interfaith", "requiem")
_RUNNING = (r"(?:trains?|" + "".join(rf"(?<!{word}\s)" for word in _NOT_RUNNING_SERVICES)
            + r"services?|flights?|sailings?|ferries|crossings?|buses|coaches|departures|routes?|trams?)\b")
_COUNT_WORDS = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
                r"sixty|seventy|eighty|ninety|hundred|thousand)")
_STOPPING = r"(?:cancell?ed|cancels|cancelling|suspended|suspends|suspending|axed|scrapped|halted|grounded)"
DISRUPTION_CUES: tuple[Cue, ...] = (
    _cue(
        "stopped-running",
        # (a count in words, and "of" after it: "cancelled all six of its daily departures")
        r"\b" + _STOPPING + r"\s+(?:(?:all|the|its|their|his|her|some|most|many|dozens|hundreds|thousands|scores|half|of|"
        r"about|around|nearly|almost|more\s+than|over|further|\d[\d,]*|" + _COUNT_WORDS + r")\s+)*(?:[\w'’-]+\s+){0,3}?" + _RUNNING,
        "reported",
        ["Thousands of passengers were stranded after Eurostar cancelled all trains through the Channel Tunnel on Thursday evening.",
         "The airline suspended all flights to Tel Aviv on Monday.", "Ryanair cancelled more than 400 flights on Friday.",
         "Meridian cancelled all six of its daily departures from Pearson to Atlanta and Detroit on Friday.",
         "The operator cancelled half of its morning services on Tuesday."],
        ["Organisers cancelled the concert on Friday.", "The church cancelled its memorial service on Friday."],
    ),
    _cue(
        "was-stopped",
        r"\b" + _RUNNING + r"\s+(?:[\w'’-]+\s+){0,6}?(?:was|were|have\s+been|has\s+been|had\s+been|is|are|got)\s+(?:\w+\s+)?"
        + _STOPPING,
        "reported",
        ["The Eurostar service between London and Paris was suspended on Thursday evening.",
         "All flights out of Heathrow were cancelled on Sunday as the storm hit."],
        ["The memorial service on Friday was cancelled.", "The vote on Friday was cancelled."],
    ),
)
# ... unless the services are dated as planned: "212 flights scheduled for next Wednesday",
# "Tuesday's services" were a plan, and it was called off
_PLANNED_SERVICE = re.compile(r"\b(?:scheduled|planned|timetabled|booked|due)\b|" + _DAYS_OWN, re.IGNORECASE)

# A calling-off told of a noun in a relative clause ("Passengers whose trains were cancelled can
# claim a refund until 31 January") is not what the clause's own date dates, unless the date is
# in that relative clause ("The summit, which was called off on Friday, ...").
_RELATIVE_CALLED_OFF = re.compile(
    r"\b(?:whose|which|that|who)\s+(?:(?:[\w'’-]+\s+){0,6}?(?:was|were|had\s+been|has\s+been|have\s+been|is|are|got)\s+"
    r"(?:\w+\s+)?|had\s+(?:their|his|her|its)\s+(?:[\w'’-]+\s+){0,3}?)"
    r"(?:cancell?ed|called\s+off|scrapped|axed|shelved|abandoned|suspended|postponed|delayed|put\s+off|pushed\s+back)\b",
    re.IGNORECASE,
)
# ... nor one told in an adverbial clause hung on the clause's own verb ("Divers recovered the van on
# Sunday [after two earlier attempts were abandoned] because of high water", "Fans gathered outside on
# Friday [after organisers called off the concert]"): another happening, the cause or what came before
_SUBORDINATE_CALLED_OFF = re.compile(
    r"\b(?:after|before|because|since|once|although|though|when|while)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:(?:was|were|had\s+been|has\s+been|have\s+been|is|are|got)\s+(?:\w+\s+)?)?"
    r"(?:cancell?ed|called\s+off|scrapped|axed|shelved|abandoned|suspended|postponed|delayed|put\s+off|pushed\s+back)\b",
    re.IGNORECASE,
)
# where a restrictive relative clause gives way to the sentence's own verb ("... were cancelled [can]
# claim", "that was postponed from May 3 [will] take place")
_MAIN_VERB_RESUMES = re.compile(r"\s+(?:can|could|will|would|(?-i:may)|might|must|should|shall|are|is|were|was|have|has|had|"
                                r"do|does|did|need|say|said)\b", re.IGNORECASE)


def _without_others_called_off(clause: str, expression: str) -> str:
    """The clause less the relative and adverbial clauses that tell of calling off something its date
    does not date."""
    told = []  # (one of two overlapping: "after the match that was called off")
    for found in sorted([*_RELATIVE_CALLED_OFF.finditer(clause), *_SUBORDINATE_CALLED_OFF.finditer(clause)], key=lambda m: m.start()):
        if not told or found.start() >= told[-1].end():
            told.append(found)
    for found in reversed(told):
        comma = clause.find(",", found.end())
        end = comma if comma >= 0 else len(clause)
        resumes = _MAIN_VERB_RESUMES.search(clause, found.end(), end)
        end = resumes.start() if resumes else end
        if expression not in clause[found.start():end]:
            clause = clause[:found.start()] + clause[end:]
    return clause


@dataclass(frozen=True)
class Frame:
    """Words that deny or doubt what the rest of their clause tells ("does not mean ...")."""
    name: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]  # clauses whose date the frame governs
    near_misses: tuple[str, ...] = field(default=())
    # whether "until" before the date asserts what the frame denies ("will not reopen until Monday":
    # it reopens on Monday)
    until_asserts: bool = False


def _frame(name: str, pattern: str, examples=(), near_misses=(), until_asserts=False) -> Frame:
    return Frame(name, re.compile(pattern, re.IGNORECASE), tuple(examples), tuple(near_misses), until_asserts)


# What a clause denies or doubts before its date is told is no happening, planned or done ("The
# decision does not mean the MAX will be back in the air tomorrow", "It is unclear whether talks
# will resume on Monday"). A frame counts only before the date: "The board will decide on Friday
# whether to cut rates" plans a decision on Friday. (A mere possibility, "could be postponed",
# "a vote could come on Tuesday", is still a plan: see ``_CONDITIONAL``.)
UNASSERTED_FRAMES: tuple[Frame, ...] = (
    _frame(
        "does-not-mean",
        r"\b(?:does|do|did|would|will|should|need|needs)\s*(?:not|n['’]t)\s+(?:necessarily\s+)?"
        r"(?:mean|imply|guarantee|signal|indicate|suggest)\b|\bis\s*(?:not|n['’]t)\s+(?:a\s+)?(?:guarantee|sign)\s+(?:that|of)\b"
        r"|\bno\s+guarantee\b",
        ["The decision does not mean the MAX will be back in the air tomorrow.",
         "That doesn't necessarily mean rates will fall in June.", "There is no guarantee the talks will resume on Monday."],
        ["The decision means the MAX will be back in the air tomorrow.", "He did not attend the meeting on Monday."],
    ),
    _frame(
        "not-known-whether",
        r"\b(?:unclear|uncertain|not\s+(?:yet\s+)?(?:clear|known|certain|decided)|undecided|unknown|"
        r"remains\s+to\s+be\s+seen)\s+(?:whether|if)\b",
        ["It is unclear whether the talks will resume on Monday.",
         "It is not yet known if the bridge will reopen next week.", "It remains to be seen whether the deal closes in March."],
        ["It is clear that the talks will resume on Monday.", "Police are unclear about what happened on Monday."],
    ),
    _frame(
        # a wish is of what did not or has not happened: "I wish every day that I had told the truth in 2023"
        "wish",
        r"\b(?:I|we|you|he|she|they)\s+(?:only\s+|just\s+|still\s+|really\s+|often\s+)?(?:wish|wished|wishes)\b",
        ["\"I wish every day that I had told the truth in 2023,\" she said.", "She wished she had stayed home on Friday."],
        ["Best wishes were sent to the couple on Monday.", "His dying wish was granted on Tuesday."],
    ),
    _frame(
        # a plan denied: "said he would not endorse either candidate before Thanksgiving" (but "will not
        # reopen until Monday" tells that it reopens then, and "will not go ahead on Saturday" that a
        # happening is called off: the cue "will-not-go-ahead")
        "will-not",
        r"\b(?:will|would|shall)\s+not\s+(?!only\b|just\b|" + _GOING_AHEAD_VERB + r")"
        r"|\b(?:won|wouldn|shan)['’]t\s+(?!only\b|just\b|" + _GOING_AHEAD_VERB + r")"
        r"|\b(?:is|are|was|were)\s*(?:not|n['’]t)\s+(?:expected|going|due|scheduled|set|planning|planned)\s+to\s+(?!"
        + _GOING_AHEAD_VERB + r")"
        r"|\b(?:has|have|had)\s+no\s+(?:plans?|intention)\s+(?:to|of)\b",
        ["Businessman Tom Hadley said he would not endorse either candidate before Thanksgiving.",
         "Carbon taxes will not be introduced before 2009, the minister said.",
         "We won't sign anything this week.", "The minister is not expected to attend on Friday.",
         "Infosys said it had no plans to bring most staff back before the end of the year."],
        ["He did not attend the meeting on Monday.", "Ireland's St. Patrick's Day parade will not go ahead this weekend.",
         "The talks will resume on Monday.", "The firm will not only cut jobs but close two plants in May."],
        until_asserts=True,
    ),
    _frame(
        # not waiting until a time: what is urged or done comes before it, nothing at it ("The bank can't
        # wait until October", "We cannot afford to wait until 2030"); but "will wait until October" waits
        "not-wait",
        r"\b(?:(?:can|could|will|would|should|must|do|does|did|shall)\s+not|cannot|can['’]t|won['’]t|"
        r"(?:could|would|should|must|do|does|did|shan)n['’]t)\s+(?:afford\s+to\s+|just\s+|simply\s+)?"
        r"wait\s+(?:until|till)\b",
        ["\"The bank can't wait until October,\" said Royce Mendes.", "We cannot afford to wait until 2030.",
         "The Fed shouldn't wait until December to act."],
        ["The bank will wait until October.", "Fans can wait until Saturday for tickets.",
         "Customers should not wait for a letter in the mail."],
    ),
    _frame(
        # what should or could have happened did not: "We should have moved faster last year"
        "should-have",
        r"\b(?:should|could|would|might|ought\s+to)\s*(?:not\s+)?(?:have|['’]ve)\s+(?:[a-z]+ly\s+)?(?:been\s+)?"
        r"[a-z]{2,}(?:ed|en|wn|ne|t)\b",
        ["\"We should have moved faster last year,\" Marsh wrote.", "The deal would have closed in March.",
         "He could have been killed on Monday.",
         "Dr Anita Rao said the cluster should have been flagged \"the following week, not the week after that\"."],
        ["We have moved faster this year.", "The deal closed in March.", "He should be released on Monday."],
    ),
)
_UNASSERTED = re.compile("|".join(f"(?:{frame.pattern.pattern})" for frame in UNASSERTED_FRAMES), re.IGNORECASE)


# A speaker's own thought or feeling dated by the day it was had ("Yesterday I thought we still had a
# chance", "On Tuesday we felt confident", "I believed last week that ..."): an opinion, no news.
_OWN_THOUGHT = r"(?:I|we)\s+(?:still\s+|really\s+|honestly\s+|just\s+|truly\s+)?(?:thought|felt|believed|feared|hoped|knew|wondered|worried)\b"
_OWN_THOUGHT_AFTER = re.compile(r"\s*,?\s*" + _OWN_THOUGHT)
_OWN_THOUGHT_BEFORE = re.compile(_OWN_THOUGHT + r"\s+(?:on\s+|in\s+|at\s+)?$")
# ... and the speaker's own day, told by the day words only a speaker uses of it: "Yesterday I could not
# sleep", "Today I will sleep for a week", "Today I can finally tell my children ...", "I feel good today",
# "Last weekend I still had tar on my board" (what the speaker still had or was)
# (what the speaker did to others stays news: "Yesterday I told them the truth", "I told the coach last night")
_SPEAKERS_DAY = re.compile(r"(?:yesterday|today|tonight|last\s+night|this\s+morning|(?:last|this)\s+week(?:end)?)", re.IGNORECASE)
_OWN_STATE_AFTER = re.compile(r"\s*,?\s*(?-i:I)\s+(?:(?:could|can|will|would)(?:\s+not|n['’]t)?\s+(?:finally\s+|now\s+|at\s+last\s+)?"
                              r"(?:sleep|rest|breathe|relax|smile|feel|tell|say)|cannot\s+(?:sleep|rest|breathe)|am(?!\s+[a-z]+ing\b)|feel|slept|waited|"
                              r"cried|wept|still\s+(?:had|was|felt|could(?:\s+not|n['’]t)))\b"
                              # (and "we" at rest: "Today we can breathe")
                              r"|\s*,?\s*(?-i:[Ww]e)\s+(?:could|can|will|would)(?:\s+not|n['’]t)?\s+(?:finally\s+|now\s+|at\s+last\s+)?"
                              r"(?:sleep|rest|breathe|relax|smile)\b")
_OWN_STATE_BEFORE = re.compile(r"(?-i:I)\s+(?:feel|slept)\s+(?:[a-z]+\s+){0,2}$")
OWN_THOUGHT_EXAMPLES = (
    ("\"Yesterday I thought we still had a chance,\" defense attorney Mark Feld told reporters.", "Yesterday"),
    ("\"On Tuesday we felt confident,\" the coach said.", "Tuesday"),
    ("\"I thought on Monday that it was over,\" she said.", "Monday"),
    ("Nomsa, spoke to us outside the hospital: \"Yesterday I could not sleep.", "Yesterday"),
    ("Today I will sleep for a week.\"", "Today"),
    ("\"Today I can finally tell my children that somebody listened.\"", "Today"),
    ("\"I feel good today,\" he said.", "today"),
    ("\"It's good to be back in the water,\" said Jess Tran. \"Last weekend I still had tar on my board.\"", "Last weekend"),
    ("\"This week I still could not open the shop,\" he said.", "This week"),
    ("\"We lost everything in 2019. Today we can breathe,\" he said.", "Today"),
    ("\"Tonight we can finally sleep,\" she said.", "Tonight"),
)
OWN_THOUGHT_NEAR_MISSES = (
    ("\"Yesterday I told them the truth,\" he said.", "Yesterday"),
    ("They thought on Monday that the talks had failed.", "Monday"),
    ("\"Today we heard them,\" rescue coordinator Pieter Botha told reporters.", "Today"),
    ("\"I told the coach last night,\" he said.", "last night"),
    ("\"On Monday I will sign the order,\" the governor said.", "Monday"),
    ("“Today, I am directing the Ministry of Interior to impose a curfew,” the prime minister said.", "Today"),
    ("\"Last weekend I had surgery on my knee,\" she said.", "Last weekend"),
    ("\"Last week I still signed the order,\" the governor said.", "Last week"),
    ("\"On Monday I still had tar on my board,\" she said.", "Monday"),
    ("\"Today we can announce that the mine will reopen,\" the minister said.", "Today"),
)


def is_own_thought(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``start``:``end`` of ``sentence`` dates a first-person thought or feeling, or the
    speaker's own day (``OWN_THOUGHT_EXAMPLES``)."""
    if _OWN_THOUGHT_AFTER.match(sentence, end) or _OWN_THOUGHT_BEFORE.search(sentence, max(0, start - 40), start):
        return True
    return bool(_SPEAKERS_DAY.fullmatch(sentence, start, end) and (
        _OWN_STATE_AFTER.match(sentence, end) or _OWN_STATE_BEFORE.search(sentence, max(0, start - 40), start)))


# Where the words before a date stop telling what the date dates: the end of a quotation, or a
# saying told after what was said ('"We will not accept this result," Anwar told supporters on Sunday
# night': Sunday night dates the telling, which the quotation's "will not" does not deny).
_TOLD_BEFORE = re.compile(r"[\"”]|''|,\s+(?:[\w'’.-]+\s+){0,6}?(?:said|says|told|wrote|writes|added|announced|stated)\b")
# ... and where a clause of its own opens after the frame ("The agency should have sent a larger team
# to Dallas when Duncan was diagnosed last month": the diagnosis was last month)
_CLAUSE_AFTER_FRAME = re.compile(r",\s|\b(?:when|because|while|where|who|whom|which|as\s+(?:it|he|she|they|we|I|you)|until|till)\b",
                                 re.IGNORECASE)
# "should have been offered the vaccine by Christmas": a target, not what failed to happen
_BY_BEFORE = re.compile(r"\b(?:by|before)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+(?:(?:at\s+least|late|early|mid|the\s+end\s+of)\s+)?$", re.IGNORECASE)


def is_unasserted(clause: str, expression: str) -> bool:
    """Whether ``clause`` denies or doubts what it tells before ``expression`` dates it (``UNASSERTED_FRAMES``),
    in the words that tell what the date dates (after any quotation or saying that ends before it)."""
    at = clause.find(expression)
    at = at if at >= 0 else len(clause)
    # (a straight quote mark that opens a quotation, an even number of them before it, ends nothing:
    # 'should have been flagged "the following week"' is still what should have been)
    start = max((m.end() for m in _TOLD_BEFORE.finditer(clause, 0, at)
                 if m.group() != '"' or clause.count('"', 0, m.start()) % 2), default=0)
    until = bool(_UNTIL_BEFORE.search(clause, max(0, at - 30), at))
    for frame in UNASSERTED_FRAMES:
        found = frame.pattern.search(clause, start, at)
        if found and not (frame.until_asserts and (until or _CLAUSE_AFTER_FRAME.search(clause, found.end(), at))) \
                and not (frame.name == "should-have" and (_CLAUSE_AFTER_FRAME.search(clause, found.end(), at)
                                                          or _BY_BEFORE.search(clause, max(0, at - 20), at))):
            return True
    return False


def _any_of(cues: tuple[Cue, ...]) -> re.Pattern[str]:
    # One alternation per status class: a clause is scanned once per class, not once per cue.
    return re.compile("|".join(f"(?:{cue.pattern.pattern})" for cue in cues), re.IGNORECASE)


_CANCELLED = _any_of(tuple(c for c in CANCELLED_CUES if c.status == "cancelled"))
_POSTPONED = _any_of(tuple(c for c in CANCELLED_CUES if c.status == "postponed"))
_PLANNED = _any_of(tuple(c for c in PLANNED_CUES if not c.before_date))
_PLANNED_BEFORE_DATE = _any_of(tuple(c for c in PLANNED_CUES if c.before_date))
_ATTRIBUTED = _any_of(ATTRIBUTION_CUES)
_DISRUPTION = _any_of(DISRUPTION_CUES)


# a cancelling or postponing that may yet not happen: the happening is still planned
_CONDITIONAL = re.compile(r"\b(?:if|unless|provided|could|might|(?-i:may))\b", re.IGNORECASE)


# Planning told from the present of the writer or the speaker ("will", "is expected to", "plans
# to"): it cannot date a happening that was over before the article was written; what such a
# clause dates then is told by its other words ("We rebuilt the dam in 1997 and we will rebuild
# now"). Planning told in the past ("was scheduled for Friday", "was due to open in 2019")
# still makes a plan.
_PLANNING_FROM_NOW = re.compile(
    r"\b(?:will|shall|would)\s+\w+|['’]ll\s+\w+|\b(?:is|are|am)\s+(?:\w+\s+)?(?:expected|set|due|scheduled|slated|poised|planning|going)\s+to\b"
    r"|\b(?:is|are|am)\s+(?:(?:now|still|also|then|only)\s+)?(?:expected|due)\s+" + _EXPECTED_WHERE_OR_WHEN +
    r"|\b(?:plans?|intends?|aims?|hopes?|expects?|anticipates?)\s+(?:" + _EXPECTED_ONE + r"\s+)?to\b",
    re.IGNORECASE,
)


# A clause of its own that tells a happening done, between a calling-off and the date ("called off the
# search for three skiers [buried by an avalanche] in British Columbia on Saturday", "called off the
# search for the boy, [who went missing] on Friday"): a passive participle with its agent, or a
# relative pronoun and a verb in the past that is not a plan's ("the match that was due on Saturday",
# "the strike, which had been set for Monday", "the flights that were booked for Friday" stay plans)
_PLAN_WORDS = (r"(?:scheduled|planned|set|due|slated|supposed|meant|timetabled|expected|booked|arranged|billed|"
               r"pencil+ed|earmarked|intended|going|about|to)")
_DONE_CLAUSE = re.compile(
    r"\b(?:[a-z]+ed|hit|struck|caught|swept|taken|stolen|shot|beaten|bitten|thrown|torn|blown)\s+by\b|"
    r"\b(?:who|which|that)\s+(?:[a-z]+ly\s+)?(?:"
    r"(?:was|were|had)\s+(?:been\s+)?(?!(?:" + _PLAN_WORDS + r"|been)\b)[a-z]+(?:ed|en|n|t)\b|"
    r"(?!" + _PLAN_WORDS + r"\b)[a-z]+ed\b|"
    r"went|fell|broke|began|came|died|ran|struck|hit|swept|tore|blew|caught|froze|sank|shook|left|lost|won|took|"
    r"flew|drove|rode|spoke|wrote|gave|made|saw|met|led|fled|burned|burnt|stole|rose|collapsed)",
    re.IGNORECASE)
DONE_CLAUSE_EXAMPLES = (
    ("Canadian authorities on Tuesday called off the search for three skiers buried by an avalanche in British "
     "Columbia on Saturday.", "Saturday"),
    ("Police called off the search for the boy, who went missing on Friday.", "Friday"),
    ("The council postponed the vote on the bridge that collapsed in March.", "March"),
    ("Organisers cancelled the rematch of the fight that was stopped by the referee on 2 May.", "2 May"),
)
DONE_CLAUSE_NEAR_MISSES = (
    ("Organisers called off the match that was due to be played on Saturday.", "Saturday"),
    ("The union called off the strike, which had been set for Monday.", "Monday"),
    ("The airline cancelled the flights that were booked for Friday.", "Friday"),
    ("The union called off the strike on Monday.", "Monday"),
    ("The search for the skiers buried by the avalanche was called off on Tuesday.", "Tuesday"),
)


def _dated_in_a_done_clause(clause: str, expression: str) -> bool:
    """Whether ``expression`` dates a happening done that a clause of its own tells, after the
    calling-off or putting-off the clause's verb tells (``DONE_CLAUSE_EXAMPLES``)."""
    at = clause.find(expression)
    if at < 0:
        return False
    verbs = [m for m in (*_CANCELLED.finditer(clause, 0, at), *_POSTPONED.finditer(clause, 0, at))]
    if not verbs or any(m.end() > at for m in verbs):
        return False
    start = max(m.end() for m in verbs)
    return bool(_DONE_CLAUSE.search(clause, start, at))


# the happening a done clause tells, as a sentence of its own: its noun is the last one before the clause,
# after the calling-off's object's preposition ("the search for [three skiers] buried by an avalanche")
DONE_CLAUSE_HAPPENINGS = (
    "Three skiers were buried by an avalanche in British Columbia on Saturday",
    "The boy went missing on Friday",
    "The bridge collapsed in March",
    "The fight was stopped by the referee on 2 May",
)
_LAST_NOUN_PHRASE = re.compile(
    r"(?:^|\b(?:for|of|on|over|into|about|after|to)\s+)(?P<noun>(?:(?!(?:for|of|on|over|into|about|after|to)\b)[\w'’-]+\s+){0,4}?"
    r"[\w'’-]+)\s*,?\s*$", re.IGNORECASE)
_DETERMINER = re.compile(r"(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|\d+|his|her|their|its|our|my|your)\b",
                         re.IGNORECASE)


def done_clause_happening(clause: str, expression: str) -> str | None:
    """The happening done that a clause of its own tells after a calling-off, dated by
    ``expression`` (``_dated_in_a_done_clause``), told as a sentence (``DONE_CLAUSE_HAPPENINGS``):
    the noun before the clause, then its verb up to the date's end. None when there is no such
    clause or its noun is not plain (a determiner and at most four words)."""
    at = clause.find(expression)
    if at < 0 or not _dated_in_a_done_clause(clause, expression):
        return None
    start = max(m.end() for m in (*_CANCELLED.finditer(clause, 0, at), *_POSTPONED.finditer(clause, 0, at)))
    done = _DONE_CLAUSE.search(clause, start, at)
    noun = _LAST_NOUN_PHRASE.search(clause[start:done.start()])
    if noun is None or not _DETERMINER.match(noun["noun"]):
        return None
    subject = noun["noun"]
    end = at + len(expression)
    verb = clause[done.start():end]
    relative = re.match(r"(?:who|which|that)\s+", verb, re.IGNORECASE)
    if relative:
        verb = verb[relative.end():]
    else:  # a passive participle and its agent: "buried by an avalanche"
        head = subject.split()[-1].lower()
        verb = ("were " if head.endswith("s") and not head.endswith("ss") else "was ") + verb
    return f"{subject[0].upper()}{subject[1:]} {verb}"


# the time of a relative clause's own verb, after the noun it tells of ("the walkouts it called on [Wednesday]", "the strike
# they announced [Monday]"; not "the walkouts it had planned for Friday", the day of what was planned)
_TIME_OF_A_RELATIVE = re.compile(r"\b[a-z]+s?\s+(?:that|which)?\s*(?:it|they|he|she|we)\s+(?:had\s+)?(?!planned|scheduled|set|booked|"
                                 r"arranged|fixed)[a-z]{3,}ed\s+(?:on\s+|last\s+)?$")


# a clause of another verb after the date, what it says or doubts ("..., in a sign that investors doubt [a deal will be done]")
_ANOTHER_VERBS_CLAUSE = re.compile(r",[^;]*\bthat\s", re.IGNORECASE)
# a simple past right before the date's phrase, no modal or "to" before it ("Shares in Arkwright jumped 18% to 395 pence by")
_SIMPLE_PAST_BEFORE = re.compile(r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bto\s)(?<!\bbe\s)(?<!\bbeen\s)\b(?:rose|fell|jumped|climbed|slid|"
                                 r"dropped|gained|lost|closed|opened|ended|hit|reached|surged|slumped|tumbled|rallied|edged|"
                                 r"soared|plunged|sank|dipped|traded|stood)\b[^,;]*$", re.IGNORECASE)


def detect_status(clause: str, expression: str | None = None, *, before_reference: bool = False) -> Status:
    """``cancelled``, ``postponed``, ``planned`` or ``reported`` (the default) from the clause's words.

    A condition or a doubt keeps a happening planned: "If members accept the offer, the 4 April
    strike will be cancelled", "the vote could be postponed". Trains, flights or services that
    stopped running (``DISRUPTION_CUES``) are a disruption that happened, unless they are dated
    as planned ("flights scheduled for Friday"). Given the ``expression`` that dates the clause,
    a calling-off told in a relative clause it is not part of does not count ("Passengers whose
    trains were cancelled can claim a refund until 31 January"). A clause dated ``before_reference``
    (its date was over when the article was written) is planned only by planning told in the past
    (``_PLANNING_FROM_NOW``)."""
    if expression is not None and (at := clause.find(expression)) > 0 and _TIME_OF_A_RELATIVE.search(clause, max(0, at - 40), at):
        return "reported"  # "suspended the further walkouts it called on [Wednesday] for 4, 5 and 6 November": the calling's day
    if before_reference:
        clause = _PLANNING_FROM_NOW.sub(" ", clause)
    if expression is not None:
        clause = _without_others_called_off(clause, expression)
    if not _PLANNED_SERVICE.search(clause):
        clause = _DISRUPTION.sub(" ", clause)
    if before_reference and expression is not None and _dated_in_a_done_clause(clause, expression):
        return "reported"  # "called off the search for three skiers buried by an avalanche ... on Saturday"
    if _CANCELLED.search(clause):
        return "planned" if _CONDITIONAL.search(clause) else "cancelled"
    if _POSTPONED.search(clause):
        return "planned" if _CONDITIONAL.search(clause) else "postponed"
    planned = _PLANNED.search(clause)
    at = clause.find(expression) if expression else -1
    if planned and at >= 0 and planned.start() >= at + len(expression) \
            and _ANOTHER_VERBS_CLAUSE.search(clause, at + len(expression), planned.start()) \
            and _SIMPLE_PAST_BEFORE.search(clause, max(0, at - 60), at):
        # "Shares jumped 18% by 0815 GMT, ... in a sign that investors doubt a deal will be done": the coming thing is
        # another verb's, told in its own "that" clause after the date; the dated verb's past tells what happened
        planned = None
    if planned:
        return "planned"
    if _PLANNED_BEFORE_DATE.search(clause, 0, at + len(expression) if at >= 0 else len(clause)):
        return "planned"
    return "reported"


# A line in the clipped words of a table's cell or a headline, its subject then a bare participle of calling
# off or putting off, no auxiliary ("Show cancelled", "Match abandoned due to rain", "Final postponed"): the
# passive a sentence would tell with "was" (an active verb with its object, "Fans abandoned their cars", is none)
_LINE_CALLED_OFF = re.compile(
    r"^\W*(?!(?:cancell?ed|scrapped|abandoned|postponed)\b)(?:[\w'’-]+\s+){1,4}?"
    r"(?:(?P<cancelled>cancell?ed|called\s+off|scrapped|abandoned)|(?P<postponed>postponed|put\s+off))\b"
    r"(?!\s+(?:the|a|an|his|her|their|its|this|that|these|those|all|our|my|your|some|[\w'’-]+['’]s)\b)",
    re.IGNORECASE)
LINE_CALLED_OFF_EXAMPLES = (
    ("Show cancelled", "cancelled"),
    ("Match abandoned due to rain", "cancelled"),
    ("Search for the climbers called off", "cancelled"),
    ("Final postponed until Sunday", "postponed"),
)
LINE_CALLED_OFF_NEAR_MISSES = (
    "Fans abandoned their cars on the motorway",
    "Cancelled flights rebooked",
    "Gates open",
    "Crowd outside the north gate estimated at 9,000",
)


def line_called_off(line: str) -> Status | None:
    """``cancelled`` or ``postponed`` for a line in clipped words telling a calling-off or putting-off
    without its auxiliary ("Show cancelled": ``LINE_CALLED_OFF_EXAMPLES``), else None; for a table's
    cells, which tell no sentence."""
    match = _LINE_CALLED_OFF.match(line)
    if match is None or _CONDITIONAL.search(line):
        return None
    return "cancelled" if match.group("cancelled") else "postponed"


# A plan's day given up, told by any form of a verb of moving it ("granted a request to postpone the
# trial", "was adjourned in May", "pushed the launch back"), not only by the done forms the
# postponed cues know (which date the postponing itself: "The board delayed the vote on Monday").
# It tells what befell a plan told beside it in the past (``PAST_PLAN``): "..., which had been
# scheduled to start June 2, until Sept. 8"; "had been due to open on 2 June but was adjourned". A
# moving refused, asked for or only possible ("denied a request to postpone", "may delay") is none.
_MOVING = re.compile(
    r"\b(?:postpon(?:e|es|ed|ing)|delayed|delaying|to\s+delay|adjourn(?:s|ed|ing)?|defer(?:s|red|ring)?|"
    r"reschedul(?:e|es|ed|ing)|put(?:s|ting)?\s+(?:[\w'’-]+\s+){0,8}?(?:off|back)|push(?:es|ed|ing)?\s+(?:[\w'’-]+\s+){0,8}?back)\b",
    re.IGNORECASE)
_MOVING_NOT_DONE = re.compile(
    r"\b(?:refused|refuses|declined|declines|rejected|rejects|denied|denies|turned\s+down|asked|asking|asks|sought|seeking|"
    r"seeks|requested|requesting|wants?|wanted|urged|urging|urges|proposed|proposes|threatened|threatening|threatens|"
    r"considering|considered|could|might|(?-i:may)|not|never|no)\b(?:\s+[\w'’-]+){0,6}\s*$|n['’]t(?:\s+[\w'’-]+){0,6}\s*$",
    re.IGNORECASE)
# a plan told in the past: "had been scheduled to start", "was due to open", "originally set for"
PAST_PLAN = re.compile(
    r"\b(?:had\s+been|had|was|were|originally|initially|previously|first)\s+(?:\w+\s+)?"
    r"(?:scheduled|planned|set|due|slated|supposed|meant|timetabled|expected)\s+(?:to|for|on)\b",
    re.IGNORECASE)
PLAN_MOVED_EXAMPLES = (
    "A federal judge on Tuesday granted a defense request to postpone the fraud trial of Dana Whitcombe, which had "
    "been scheduled to start June 2, until Sept. 8.",
    "Her trial had been due to open on 2 June but was adjourned in May after her lawyers said they had been swamped.",
    "The launch, which had been set for Friday, was pushed back a week.",
    "Organisers have put the festival off; it was originally planned for 12 July.",
)
PLAN_MOVED_NEAR_MISSES = (
    "The judge denied a defense request to postpone the trial, which had been scheduled to start June 2.",
    "Her lawyers asked to postpone the trial, which had been due to open on 2 June.",
    "The launch, which had been set for Friday, may be delayed.",
    "It was the second delay this month; the launch had been set for Friday.",
)


def tells_a_move(sentence: str) -> bool:
    """Whether ``sentence`` tells that a plan was moved, by any form of a verb of moving it, the
    moving neither refused, asked for nor only possible (``PLAN_MOVED_EXAMPLES``)."""
    return any(not _MOVING_NOT_DONE.search(sentence, 0, m.start()) for m in _MOVING.finditer(sentence))


def is_attributed(sentence: str) -> bool:
    """Whether the sentence is reported speech: a source is quoted or said to say it."""
    return bool(_ATTRIBUTED.search(sentence))
