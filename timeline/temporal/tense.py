"""Tense and modality of the clause around a time expression, from a few surface cues.

No part-of-speech tagger: the words nearest to the expression decide.

1. Scanning leftwards from the expression, within its clause (a clause ends at ";", ":", a
   parenthesis, a dash, or a subordinator such as "where", "which", "when", "that"), the first
   cue wins (the verb usually comes before the date: "met ... on Sunday", "will meet ... Tuesday"):

   * future: modals (will, shall, 'll, would, may, might), "going to", "is to", and words
     of planning and expectation ("expected to meet ... Wednesday", "scheduled for Monday", "as
     early as Tuesday"); also an infinitive governed by a verb of deciding or promising ("agreed
     to admit them in March");
   * past: past forms (said, met, -ed forms), "since" right before the expression;
   * present: is, are, says, meet ... - in news a dated present-tense event is a coming one
     ("the leaders meet Monday").

   A participle takes the tense of its auxiliary: "is heard in May" is present, "will be paid
   Dec. 14" future, "had been due to expire Friday" past.
2. Otherwise (an expression opening its clause: "On Friday, the government planned ..."), the
   first finite verb on the right decides, and there a planning verb is a plain past or present.
3. Otherwise the clause before the boundary is scanned the same way.

Scanning never leaves the sentence.
"""

from __future__ import annotations

import re
from typing import Literal

from . import vocab as V

Tense = Literal["past", "present", "future"] | None

_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*(?:['’][a-z]+)?|\d+(?:[,.:]\d+)*|[;:()\[\]—–]|,")
# a full stop after these abbreviations ends no sentence when a number follows ("Oct. 1", "No. 10")
# or a name does ("Mr. Smith", "Gen. Allen"): Python's look-behinds are of fixed width, so one each
# titles before a name ("Mr. Aubry said ..."): also what an attribution may run across (resolve._TITLE_DOT)
TITLES = ("Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Prof", "Rev", "Adm", "Maj", "Pres")
_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos",
                  *TITLES, "St", "Ste", "Jr", "Sr", "Mt", "Ft", "vs")
# (checked after the full stop has matched, so only at full stops: fast)
# (nor after an initialism with full stops: "the U.N. General Assembly", "the U.S. Senate")
_NOT_AFTER_ABBREVIATION = "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS) + r"(?<!\b[ap]\.m\.)(?<!\b[AP]\.M\.)(?<!\b[A-Z]\.[A-Z]\.)"
# words that open sentences, and so end one after a full stop that may also close an abbreviation
_SENTENCE_OPENERS = (r"(?:He|She|They|It|We|I|You|The|A|An|This|That|These|Those|His|Her|Their|Its|Our|My|There|In|On|At|By|"
                     r"After|Before|When|While|But|And|As|Then)\b")
# after "a.m."/"p.m." a sentence opens only with a word that opens sentences ("at 10 p.m. He
# left"), not with a name that goes on ("10 p.m. Tuesday", "4 p.m. Nasdaq trading", "10:35 a.m. (0735 GMT)")
_AFTER_CLOCK = (r"(?<=\b[apAP]\.[mM])\.\s+(?=[\"“‘]*(?:" + _SENTENCE_OPENERS + r"|(?:Police|Officials)\b)"
                # (or a subject and its verb: "closing at 2 p.m. Markets will be closed tomorrow")
                r"|[A-Z][a-z]+\s+(?:will|would|is|are|was|were|has|have|had|said|says|can|could|should|must)\b)")
# nor after a name's middle initial ("Franklin D. Roosevelt", "George W. Bush"), unless a word that opens
# sentences follows ("in Plan B. The board ...")
_AFTER_INITIAL = r"(?<=[a-z]\s[A-Z])\.\s+(?=[\"“‘]*" + _SENTENCE_OPENERS + ")"
_SENTENCE_END = re.compile(
    rf"(?:[!?]|\.{_NOT_AFTER_ABBREVIATION}(?<![a-z]\s[A-Z]\.))[\"'”’)]*\s+(?=[\"“‘(`]*[A-Z0-9])|{_AFTER_CLOCK}|{_AFTER_INITIAL}"
    r"|\n\s*\n|\n(?=[-*•]|\s*[A-Z])")

# "could" is left out: in news it is mostly a past ("could not be reached Wednesday")
MODALS_FUTURE = frozenset({"will", "shall", "'ll", "’ll", "would", "may", "might", "wo", "gonna", "ll", "must"})
PLANNING = frozenset({
    "expected", "expects", "expect", "expecting", "scheduled", "schedule", "schedules", "planned", "plans",
    "plan", "planning", "slated", "due", "poised", "intends", "intend", "intended", "aims", "aim", "wants",
    "hopes", "hope", "hoping", "upcoming", "forthcoming", "soon", "awaiting", "awaited", "postponed",
    "delayed", "deadline", "tentatively", "proposed", "propose", "proposes", "likely", "unlikely", "ready", "possible",
    # forecasts look ahead of the forecaster ("with most forecasting a move in December")
    "forecasting", "predicting", "projecting", "anticipating", "anticipate", "anticipates", "predicts", "forecasts",
    "predict",  # "Forecasters predict temperatures of 105 degrees on Tuesday"
    "mooted", "pencilled", "penciled", "earmarked",  # "a summit, mooted for early November"
})
# verbs whose infinitive complement lies ahead of them ("agreed to admit them in March")
FUTURE_ORIENTED = frozenset({
    "decided", "decide", "decides", "agreed", "agree", "agrees", "promised", "promise", "vowed", "vow",
    "pledged", "pledge", "threatened", "threaten", "wants", "want", "wanted", "asked", "urged", "urges",
    "advised", "advises", "encouraged", "instructed", "hoped", "aimed", "intended", "willing", "eager", "keen",
    "ordered", "invited", "voted", "chose", "prepared", "preparing", "prepares", "offered", "sought", "seeks",
    "told",  # "were told to report back Wednesday morning" (but an order to leave: see _LEAVING)
    "tries", "trying", "tried", "intends", "planned", "expected", "expect", "expects", "scheduled", "due", "likely", "ready",
    "able", "going", "about",
    # what is arranged is to come ("had arranged $75 million in financing to buy merchandise for Christmas")
    "arranged", "arranges", "arranging",
    # pressing to get something done by a day ("officials pressed to wrap up the talks by Monday")
    "pressed", "pressing", "scrambled", "scrambling", "raced", "racing", "rushed", "rushing",
    # held or freed until a court date ("was remanded in custody to appear in court on Thursday")
    "remanded", "bailed", "summoned", "summonsed",
    # an order or a plea for what is to be done ("issued a notice ordering the owner to cut it back by the end of October")
    "ordering", "urging", "instructing", "directing", "requiring",
    # aims and needs told in the present or as a participle ("launched the campaign, aiming to immunise three in four
    # people by the end of December", "things we need to fix before New Year's Eve")
    "aiming", "aims", "aim", "hoping", "hopes", "hope", "intending", "intend", "planning", "plans", "plan", "need", "needs",
})
# an order to leave takes effect when it is given: "ordered residents to leave late Tuesday" is the
# order's day (but "ordered them to leave by Friday" is a deadline)
_ORDERING = frozenset({"ordered", "told", "urged", "forced", "instructed", "asked"})
_LEAVING = frozenset({"leave", "evacuate", "flee", "abandon"})
# weather a forecast tells of ("a storm surge of 3 to 5 feet was possible along the coast overnight": foreseen, to come)
_FORECAST_WEATHER = frozenset("snow snowfall rain rainfall showers storms storm thunderstorms surge flooding floods winds gusts "
                              "frost hail sleet fog ice temperatures".split())
_DEMANDING = frozenset("""demand demands demanded demanding insist insists insisted insisting urge urges urged urging
ask asks asked asking propose proposes proposed proposing recommend recommends recommended recommending require
requires required requiring""".split())
_PREPARING_THE_GROUND = frozenset("set sets setting paved paves paving cleared clears clearing prepared prepares preparing".split())
_ORDERED_FOR = frozenset("runoff run-off rerun recount retrial hearing trial poll polls ballot evacuation".split())
# verbs that hold something in a state told after its object ("keep schools closed", "left the doors open")
_KEEPING = frozenset("keep keeps kept keeping leave leaves leaving hold holds holding".split())
_KEPT_STATES = frozenset("closed open shut unchanged intact locked sealed suspended frozen grounded idle steady".split())
# a deal is struck when it is agreed: "agreed to sell itself on Sunday to Bank of America" is the
# agreeing's day (but "agreed to meet on Sunday" lies ahead); a vote to approve is the voting's day
_AGREEING = frozenset({"agreed", "agrees", "agree", "offered", "voted"})
_DEALING = frozenset("buy sell acquire purchase pay repay settle merge combine invest lend license licence lease "
                     "divest".split())
# ... but "agreed to purchase the line for $22 million in February" may be when it closes, and "by Friday" a deadline
_NOT_THE_DEALS_DAY = frozenset("in by until till before after within from for during through next".split())
_VOTED_THROUGH = frozenset("""approve ratify adopt accept reject endorse authorize authorise remove oust expel dismiss
impeach censure suspend reinstate appoint confirm overturn repeal block raise cut lower lift override remain leave pass keep
retain scrap abolish legalise legalize ban dissolve""".split())
PRESENT = frozenset({
    "is", "are", "am", "has", "have", "does", "do", "says", "say", "remains", "remain", "begins", "begin",
    "starts", "opens", "meets", "meet", "takes", "goes", "comes", "holds", "hold", "leaves", "leave",
    "travels", "visits", "expires", "expire", "ends", "closes", "resumes", "resume", "runs", "heads",
    "arrives", "arrive", "returns", "return", "continues", "continue", "kicks", "gets", "plans",
    # base forms after a plural subject ("the new rules go into effect Jan. 1")
    "go", "take", "come", "expire",
    # verbs of scheduled news events, rarely nouns ("the court hears arguments Monday")
    "hears", "decides", "announces", "unveils", "convenes", "reconvenes", "considers", "launches", "airs",
    "publishes", "testifies", "departs", "flies", "speaks", "delivers", "faces", "celebrates", "reopens",
    "reopen", "restarts", "premieres", "debuts", "hosts", "plays", "welcomes", "falls", "debates", "needs", "makes",
    "turns", "lasts",  # "who turns 25 in August", "the festival lasts until Sunday"
    "concludes", "follows", "finishes", "culminates", "wraps",  # "the round concludes on Tuesday"
    "rises", "adjourns",  # "Parliament rises for a two-week recess on Friday" (but "the price rises": see _NOUN_FIRST)
    "calls", "envisages", "foresees", "provides",  # "the agreement calls for sessions on Oct. 11"
    "applies",  # "the ban applies from 12.01am Wednesday"
    "looks", "promises",  # a forecast: "Thursday looks quiet", "the weekend promises sunshine"
    # verbs of releases and moves that are also nouns ("the Labor Department releases July producer
    # prices Friday", "the Series moves to Yankee Stadium on Tuesday"; but "the reports Tuesday")
    "releases", "reports", "moves", "issues", "shifts",
    "coincides",  # "the closure coincides with the grand final on Sunday"
    "brings", "sees", "includes",  # "This week also brings the consumer price index on Tuesday"
    "shuts", "sits",  # "The transfer window shuts at 11pm on Friday", "The court sits again on Monday"
    "reaches", "climaxes",  # "On Thursday the festival reaches its climax", "20mph limit reaches south Bristol on Monday"
    "peaks",  # "the meteor shower peaks on Sunday night"
})
# verbs whose object a present form that can be a noun is ("unable to make calls on Wednesday", "placing
# calls Monday"); past forms are found by their form
_TAKING_AN_OBJECT = frozenset("make makes making place places placing take taking receive receives receiving answer "
                              "answers answering field fields fielding handle handles handling".split())
# present verbs that are plural nouns after a determiner ("released the reports Tuesday")
# words after which a present form that can be a noun is one ("hundreds of visits", "for false starts")
_BEFORE_A_NOUN = frozenset({"most", "many", "more", "few", "several", "of", "on", "hundreds", "thousands", "dozens", "no", "in", "at",
                            "for", "from", "with", "after", "during",
                            "following",  # ("rose 4 per cent, following falls of 9 per cent on Monday")
                            # ("left customers without calls or data for five hours on Saturday")
                            "without", "about", "against", "among", "amid", "despite", "including", "into", "over", "under"})
# ... and a count in words after a preposition: "lost by nine runs on Saturday" (not "Term two runs from April 27")
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve".split())
# the magnitude of a count, before what is counted ("4.5 lakh returns", "2 million visits")
_MAGNITUDES = frozenset("hundred hundreds thousand thousands million millions billion billions trillion lakh lakhs crore crores "
                        "dozen".split())
# words that open an amount after "to", no infinitive ("rose from about 200 to more than 2,000 on Thursday")
_AMOUNT_OPENERS = frozenset("more less fewer nearly almost about around roughly approximately".split())
# verbs in -s that are nouns more often than not: a verb only after a name ("the Commerce Department
# releases", "Microsoft releases Halo 3 on Sept. 25") or an adverb ("attention now shifts to")
_NOUN_FIRST = frozenset({"releases", "reports", "moves", "issues", "shifts", "rises"})
_ADVERBS_BEFORE_VERB = frozenset("now also then officially formally finally".split())
# words between a past verb and a verb in -s that make the latter a verb ("said it runs", "knew that ...")
_NOT_A_NOUN_BEFORE_VERB = frozenset("it he she that this which who what one nobody everyone something".split())
_BEFORE_A_COUNT = frozenset("by of for with in to after than about around nearly only just all the and or".split())
PRESENT_OR_NOUN = frozenset({"debates", "needs", "plans", "votes", "hopes", "ends", "starts", "runs", "visits", "peaks",
                             "returns", "meets", "faces", "plays", "falls", "hosts", "takes", "comes", "calls", "hold",
                             "releases", "reports", "moves", "issues", "shifts", "heads", "leaves", "travels",
                             # base forms too: "the return trip Monday was just as slow"
                             "return", "visit", "vote", "start", "run", "release", "report", "debate", "play", "call"})
# base forms that are verbs of scheduled events only after a plural subject ("the polls open at 7
# a.m. Thursday", "the Patriots host the Jets on Sunday", "leaders gather Monday"); after a
# determiner they are nouns ("the close of trading")
PRESENT_PLURAL = frozenset({
    "open", "host", "close", "face", "play", "gather", "head", "vote", "start", "sign", "launch", "end",
    "resume", "reconvene", "convene", "hear", "decide", "announce", "unveil", "debate", "march", "rally",
    "travel", "visit", "fly", "tour", "wrap", "kick", "tee", "square", "meet", "report", "return", "run",
    "apply",  # "the restrictions apply from Monday"
    "fall",  # "Public holidays for the new year fall on Thursday"
    "stop", "reopen", "shut", "finish",  # "Most butchers stop taking orders on Monday"
    "include",  # "Other highlights include a return to Toronto in July"
    "premiere", "debut", "perform", "compete", "screen", "air",  # "Both films premiere Saturday"
})
# a participle after these is an adjective; the verb before them decides ("will remain closed until Monday")
LINKING = frozenset({"remain", "remains", "stay", "stays"})
PAST_IRREGULAR = frozenset("""
was were had did said told met went came took made gave left held began found saw brought thought
knew got ran struck fell rose spoke wrote won lost sent spent built paid led fled sold bought caught
taught fought sought stood understood kept slept felt heard meant drove flew threw grew drew chose
broke froze stole woke wore tore swore bore shot hid bit lit fed bled dealt dug hung rang sang sank
swam shook forgot forgave ate became arose awoke beat bent bound bred burnt dwelt flung forbade
laid lent leapt lay mistook overcame overtook oversaw rode sat shone shrank slid slung sprang stank
stuck stung strode strove swept swung underwent undertook upheld withdrew withheld wound wrung
died sued owed tied eyed vied used axed
blew slew knelt wept crept sped spun spat clung forsook foresaw
overran outran reran overdid outdid redid undid
""".split())  # (the second line from the last: regular pasts too short for the "-ed" test; the last: prefixed pasts of
# three-letter ones, which the prefix test below leaves out)
# forms that are past tense or participles alike in news ("set", "put", "cut"): read as past
PAST_AMBIGUOUS = frozenset("set put cut hit let quit shut spread cost hurt cast burst read split beat".split())
PARTICIPLES = frozenset("""
been done gone seen taken given known shown grown thrown flown drawn written driven ridden risen fallen
chosen broken spoken stolen frozen forgotten gotten hidden beaten bitten eaten begun run come become
sung swum sunk drunk worn torn sworn born borne
""".split())
NOT_PAST = frozenset("""
need needed indeed speed seed feed bleed breed greed proceed exceed succeed hundred red bed shed wed
united limited based related concerned alleged armed detailed advanced experienced interested
married supposed so-called called named unnamed unidentified unexpected renewed embattled
sacred naked wicked ragged rugged beloved learned aged embed
unchanged unopposed undecided unresolved unemployed unharmed unscathed unaffected unfinished unpaid
unprecedented unrelated unsettled unconfirmed undisclosed unspecified unmatched unanswered unaccounted
unchallenged undefeated unannounced unnoticed unpublished unregulated unvaccinated unarmed unopened
unoccupied unrestricted unsecured untested untreated unused unwanted uninsured unmanned unauthorized
unauthorised unelected unfounded unhurt uninjured unpunished unsolved undeclared unscheduled
""".split())
# participles by which an order or an advisory directs what is to be done ("..., barring heavy
# goods vehicles from 6 am on Saturday till 10 pm on Monday")
_DIRECTING = frozenset("barring banning prohibiting restricting requiring allowing permitting ordering directing".split())
# "normally picked up on Friday": the habit, not a past
_HABITUAL = frozenset("normally usually regularly typically ordinarily generally traditionally customarily".split())
# participles that take a purpose straight after them ("timed to coincide", "designed to"), as no finite verb does
_PARTICIPLES_OF_A_PURPOSE = frozenset("timed designed calculated engineered".split())
_AUX_BEFORE_ADVERB = frozenset("be been being is are was were has have had will would can could may might must shall should".split())
AUX_SKIP = frozenset("""
not n't now already also just recently since yet never ever long still reportedly previously originally
initially first once again finally officially formally quickly widely largely partly fully apparently
""".split())
SUBORDINATORS = frozenset({"where", "which", "who", "whom", "whose", "when", "while", "whereas", "because",
                           "although", "though", "if", "unless", "that", "whether"})
DETERMINERS = frozenset("a an the this that these those its his her their our my your no some any every each another".split())
# planning nouns that are verbs only before "to" ("the peace plan" vs "plans to meet")
PLANNING_NOUNS = frozenset({"plan", "plans", "schedule", "schedules", "aim", "aims", "hope", "hopes", "deadline",
                            "propose", "proposes"})
_PREPOSITIONS_BEFORE_ADJECTIVE = frozenset("""for of with from among to by against on in at into over under without behind beyond inside outside
    through across along near around between toward towards throughout amid within onto""".split())
# words after "which"/"who" that are not its verb ("which on Friday had blamed", "who also")
_NOT_A_VERB_AFTER_WHICH = frozenset("""he she it they we i you also still now then on in at by since until till during from
    after before last this next early late earlier later for over through within""".split())
# happenings that a clause of "that will" after their day tells as still to come
_HAPPENINGS_AHEAD = frozenset("""ceremony ceremonies signing meeting meetings talks summit vote election referendum hearing
hearings session debate launch match game final visit conference rally march parade festival concert auction sale""".split())
# happenings one calls for ahead of them (not "called for calm on Monday": the calling's day)
_CALLED_FOR_EVENTS = frozenset("""protest protests strike strikes rally rallies march marches demonstration demonstrations
vote election elections referendum boycott shutdown hartal bandh walkout walkouts sit-in vigil meeting talks summit
inquiry
rain showers snow sleet sunshine sun storms thunderstorms frost fog drizzle winds gales highs lows""".split())  # (a forecast: "calls for rain Saturday")
HARD_BOUNDARIES = frozenset({";", ":", "—", "–"})
# adjectives that go before a participle that is itself an adjective ("a [new] animated version", "the [long] delayed report")
_ADJECTIVES_BEFORE_A_PARTICIPLE = frozenset("new old long big small first last final latest recent special full fresh major".split())
# nouns that end like an adverb ("His family reported him missing")
_NOUNS_IN_LY = frozenset("""family ally rally assembly supply reply anomaly monopoly daily weekly monthly quarterly fly belly bully
jelly folly lily holly italy july""".split())
_OBJECT_PRONOUNS = frozenset("him her them it us me you".split())
# words after which "cut", "set", "hit" ... end a noun phrase: a preposition, not an object
_NOUN_FOLLOWERS = frozenset("in on at by of for from since this next last before after during that which".split())


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence holding text[start:end] (a cheap splitter: enough for tense); a
    Markdown table's row is a sentence of its own ("| March 31 | 22 | Canada |" takes no tense from
    its header's "Stores closed" nor from the rows about it)."""
    row = text.rfind("\n", 0, start) + 1
    if text.startswith("|", row) or text[row:start].lstrip().startswith("|"):
        row_end = text.find("\n", end)
        return row, row_end if row_end >= 0 else len(text)
    left = max(0, start - 400)
    s = left
    for m in _SENTENCE_END.finditer(text, left, min(len(text), start + 20)):  # (its look-aheads must see the words after)
        if m.end() > start:
            break
        s = m.end()
    # an expression may end on the full stop of its own abbreviation ("at 10 p.m. He left")
    m = _SENTENCE_END.search(text, end - 1 if end > start and text[end - 1] == "." else end, min(len(text), end + 400))
    e = m.start() + 1 if m else min(len(text), end + 400)
    return s, e


def _aux_before(tokens: list[str], i: int) -> tuple[str | None, int]:
    """The auxiliary before tokens[i], skipping adverbs: (word, index) or (None, -1)."""
    j = i - 1
    while j >= 0 and (tokens[j].lower() in AUX_SKIP or len(tokens[j]) >= 4 and tokens[j].islower() and tokens[j].endswith("ly")
                      and j >= 1 and tokens[j - 1].lower() in _AUX_BEFORE_ADVERB | LINKING):
        j -= 1  # (any "-ly" adverb after an auxiliary: "will be severely affected", "could only be reached"; or after a
        # linking verb: "would remain severely reduced on Wednesday morning")
    if j >= 0 and tokens[j].lower().replace("’", "'").endswith("n't"):
        low = tokens[j].lower().replace("’", "'")
        return {"won't": "will", "can't": "can", "shan't": "shall"}.get(low, low[:-3]), j  # "isn't completed": "is"
    if j >= 0 and tokens[j].isalpha() and not (tokens[j] == "May" and (j > 0 or _past_form(tokens[j + 1], tokens[j + 1].lower()))):
        return tokens[j].lower(), j  # (but "7 May were", the month, and "May became", the name, are no modal)
    return None, -1


def _passive_infinitive(tokens: list[str], i: int) -> int | None:
    """The index of "to" when the participle at tokens[i] is a passive infinitive ("to be
    appointed"), else None."""
    aux, j = _aux_before(tokens, i)
    if aux != "be":
        return None
    before, k = _aux_before(tokens, j)
    return k if before == "to" and k >= 0 else None


# words that open the object of "have (or get) something done" besides a determiner ("will have more money paid")
_CAUSATIVE_OBJECT_OPENERS = frozenset("them it more less fewer extra additional some any much many half".split())
# words after "have" that make it the perfect's auxiliary, not "have something done" ("have already restored", "have twice
# blocked", "have almost doubled")
_NO_OBJECT_AFTER_HAVE = frozenset("""been not never already just also yet since to now finally recently twice once again ever still only
even long always often sometimes almost nearly all both each together""".split())


def _causative_tense(tokens: list[str], i: int) -> Tense | None:
    """The tense of "have (or get) something done" for the participle at tokens[i]: "will have
    their waste collected fortnightly from July" looks ahead; None when it is no such phrase."""
    for j in range(i - 1, max(-1, i - 6), -1):
        low = tokens[j].lower()
        if low in _WANTING and (j == i - 1 and low in ("want", "wants", "need", "needs")
                                or tokens[j + 1].lower() in DETERMINERS | _CAUSATIVE_OBJECT_OPENERS):
            # "Reid wants the bill finished by the end of the week", "a bill that Reid wants finished by ...":
            # what is wanted is to come
            return "future"
        if j == i - 1:
            if low in ("who", "which", "that"):
                return None  # "has a daughter who turned two in June": the relative clause's own past
            continue
        if low in ("have", "has", "had", "get", "gets", "got") and (
                tokens[j + 1].lower() in DETERMINERS | _CAUSATIVE_OBJECT_OPENERS
                # a bare noun as the object: "might not have service restored until the weekend"
                or j + 2 == i and tokens[j + 1].islower() and _is_word(tokens[j + 1]) and tokens[j + 1] not in _NO_OBJECT_AFTER_HAVE
                and _aux_before(tokens, j)[0] in MODALS_FUTURE
                and not tokens[j + 1].endswith("ly") and tokens[j + 1] not in PARTICIPLES and not _past_form(tokens[j + 1], tokens[j + 1])):
            if low in ("had", "got"):
                return "past"
            aux, _ = _aux_before(tokens, j)
            return "future" if aux in MODALS_FUTURE or aux == "to" else "present"
        if not _is_word(tokens[j]):
            return None
    return None


# modals that, before a perfect, guess at what is done ("may have left on Friday")
_MODALS_OF_A_GUESS = frozenset({"may", "might", "must"})


def _participle_tense(tokens: list[str], i: int) -> Tense | None:
    """Tense of a participle at tokens[i] from its auxiliary, or None without one."""
    aux, j = _aux_before(tokens, i)
    if aux in ("and", "or"):
        # "are expected to be formally adopted on Wednesday and published in the journal on Thursday",
        # "were cancelled or delayed Sunday": a participle joined to one before it shares that one's auxiliary
        for k in range(j - 1, max(-1, j - 14), -1):
            if tokens[k] in (",", ";", ":") or tokens[k].lower() in SUBORDINATORS:
                return None
            if tokens[k].lower() in PARTICIPLES or tokens[k].islower() and tokens[k].endswith("ed") and _is_word(tokens[k]):
                first, _ = _aux_before(tokens, k)
                return _participle_tense(tokens, k) if first not in (None, "and") else None
        return None
    if aux == "being":
        before, _ = _aux_before(tokens, j)  # "were being counted Tuesday": a past progressive
        if before not in ("was", "were", "is", "are", "am"):
            return None  # "abandoned without a ball being bowled on Saturday": the verb before decides
        return "past" if before in ("was", "were") else "present"
    if aux in ("is", "are", "am"):
        return "present"
    if aux == "be":
        before, k = _aux_before(tokens, j)
        if before in ("could", "couldn't", "can", "cannot", "can't") and tokens[i].lower() in ("ruled", "excluded", "discounted"):
            return "future"  # "intervention before Wednesday could not be ruled out": a possibility ahead
        if before in ("could", "couldn't") and (
                before == "couldn't" or "not" in (t.lower() for t in tokens[k + 1:j])
                or tokens[i].lower() in ("reached", "located", "contacted", "found", "confirmed", "verified")):
            return "past"  # "could not be reached Wednesday", "could be located Wednesday": an attempt made
        if before == "to" and k >= 1 and tokens[k - 1].lower() == "had":
            return "past"  # "had to be made by 5pm on 20 April": an obligation that was
        return "future" if before in MODALS_FUTURE or before == "to" else "present"
    if aux == "been":
        before, k = _aux_before(tokens, j)
        if before in MODALS_FUTURE:
            return "future"
        if before == "have" and _aux_before(tokens, k)[0] in MODALS_FUTURE - _MODALS_OF_A_GUESS:
            return "future"  # "will have been completed by Friday"
        return "past"
    if aux == "have" and _aux_before(tokens, j)[0] in MODALS_FUTURE:
        # "will have receded by Sunday" (but "may have left the country on Friday": a guess at what is done)
        return "past" if _aux_before(tokens, j)[0] in _MODALS_OF_A_GUESS else "future"
    if aux in ("was", "were", "has", "have", "had", "having"):
        return "past"
    if aux in MODALS_FUTURE:
        return "future"
    return None


# prefixes of hyphenated verbs ("re-elected", "co-founded")
_VERB_PREFIXES = frozenset("re co pre de un over under out mis non self cross double".split())


_PREFIXES_OF_IRREGULAR_PASTS = ("re", "un", "over", "out", "mis", "under", "with")
# "rebuilt", "rewrote", "overtook", "undid": an irregular past of four letters or more after such a prefix
_PREFIXED_IRREGULAR_PASTS = frozenset(prefix + past for prefix in _PREFIXES_OF_IRREGULAR_PASTS
                                      for past in PAST_IRREGULAR if len(past) >= 4)


def _past_form(word: str, low: str, first: bool = False) -> bool:
    if low in PAST_IRREGULAR or low in PAST_AMBIGUOUS or low in _PREFIXED_IRREGULAR_PASTS:
        # (not "Fed funds futures", the Federal Reserve, nor a capitalised name inside a sentence)
        return word != "Fed" and (first or not word[0].isupper() or word.isupper())
    if "-" in low and low.split("-", 1)[0] not in _VERB_PREFIXES:
        return False  # a compound adjective ("the craft's six-wheeled rover", "long-awaited"), not a verb ("re-elected")
    return len(low) >= 5 and low.endswith("ed") and low not in NOT_PAST and (first or not word[0].isupper())


def narrated_past_verb(word: str) -> bool:
    """``word`` is a verb's plain past form, not one that is also its present ("set", "put"):
    "soon became", "was soon released"."""
    low = word.lower()
    return low not in PAST_AMBIGUOUS and _past_form(word, low)


def _headline_subject(tokens: list[str], to: int) -> bool:
    """The words before the "to" at ``to`` are a headline's subject ("Officials to meet Thursday",
    "Apple to unveil iPhone"), not a participle ("Speaking to reporters on Monday, ...")."""
    # after a kicker ("Budget: Ministers to defend") or another clause ("Rain halts race, Cup Series to finish Monday")
    first = max((k + 1 for k in range(to) if tokens[k] in (":", ",")), default=0)
    if 1 <= to - first <= 4 and not tokens[first].lower().endswith("ing") and all(
            t[:1].isupper() or _plural_subject(t) or t.lower() in DETERMINERS for t in tokens[first:to]):
        return True
    # a longer subject with a number and a place: "Route 23 bridge over Conestoga Creek to close Monday"
    return 5 <= to - first <= 7 and tokens[first][:1].isupper() and not tokens[first].lower().endswith("ing") \
        and any(t[:1].isupper() for t in tokens[first + 1:to]) and all(
            t[:1].isupper() or t.isdigit() or t.lower() in _HEAD_PREPOSITIONS or t.lower() in DETERMINERS
            or _is_word(t) and t.islower() and not t.endswith(("ing", "ly", "ed")) and not _past_form(t, t)
            and t not in PRESENT and t not in PRESENT_PLURAL and t not in PARTICIPLES and t not in MODALS_FUTURE
            and t not in AUX_SKIP and t not in SUBORDINATORS for t in tokens[first:to])


def _no_clause_break(tokens: list[str]) -> bool:
    """No comma in tokens but those of a list of dates ("strikes on 8 September, 15 September and")."""
    commas = [k for k, t in enumerate(tokens) if t == ","]
    return all(c >= 1 and (tokens[c - 1][:1].isdigit() or tokens[c - 1][:1].isupper())
               and (next_c == c + 1 or any(t[:1].isdigit() for t in tokens[c + 1:next_c]))
               and all(t[:1].isupper() or t.isdigit() or t.lower() in ("and", "or") for t in tokens[c + 1:next_c])
               for c, next_c in zip(commas, commas[1:] + [len(tokens)]))


def headline_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` reads as a headline: a short line of its own, not ended
    as a sentence is."""
    first = text.rfind("\n", 0, at) + 1
    last = text.find("\n", at)
    line = text[first:last if last >= 0 else len(text)].strip()
    return bool(line) and len(line.split()) <= 20 and not line.endswith((".", "!", "?", ":", ";", ",", '"', "”", "'", "’", ")")) \
        and (last < 0 or text[last:last + 2] == "\n\n" or not text[last + 1:].strip())


def _headline_noun_phrase(tokens: list[str]) -> bool:
    """A headline's subject before its "to" ("Nurses' strike", "Local election voting papers"),
    after a kicker ("Covid-19: Schools"): a capitalised word, then words none of which is a verb."""
    first = max((k + 1 for k in range(len(tokens)) if tokens[k] in (":", ",")), default=0)
    words = tokens[first:]
    return 1 <= len(words) <= 6 and words[0][:1].isupper() and not words[0].lower().endswith("ing") and all(
        t[:1].isupper() or t.isdigit() or t.lower() in DETERMINERS or t.lower() in _HEAD_PREPOSITIONS
        or _is_word(t) and not t.endswith(("ly", "ed")) and not _past_form(t, t.lower())
        and t.lower() not in PRESENT | PRESENT_PLURAL | PARTICIPLES | MODALS_FUTURE | AUX_SKIP | SUBORDINATORS | PLANNING
        for t in words)


def _conditional_subject_before(tokens: list[str], i: int) -> bool:
    """"if"/"unless" and a short subject right before tokens[i] ("if they beat", "unless the union calls")."""
    for k in range(i - 1, max(-1, i - 5), -1):
        if tokens[k].lower() in ("if", "unless"):
            return k < i - 1
        if not _is_word(tokens[k]) or tokens[k].lower() in SUBORDINATORS:
            return False
    return False


def _reported_plan_before_condition(tokens: list[str], i: int) -> bool:
    """A "would" or "will" before the "if"/"unless" that opens the condition tokens[i] is in."""
    for k in range(i - 1, max(-1, i - 5), -1):
        if tokens[k].lower() in ("if", "unless"):
            return any(t.lower() in ("would", "will", "'d", "’d") for t in tokens[max(0, k - 14):k])
    return False


def _after_a_named_noun(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` follows a name that a determiner other than "the" opens ("another
    Bank of Canada cut", "a Fed hike"), so it is a noun the name qualifies, not the name's verb
    ("The Fed cut rates" keeps its verb)."""
    k = i - 1
    while k >= 0 and (tokens[k][:1].isupper() and _is_word(tokens[k]) or tokens[k] in ("of", "&") and k < i - 1):
        k -= 1
    return k < i - 1 and k >= 0 and tokens[k].lower() in DETERMINERS and tokens[k].lower() != "the" and tokens[k + 1][:1].isupper()


def _is_word(token: str) -> bool:
    """A token of letters, hyphenated or not ("quarter-point", "Pre-orders"): a word, not a number or a mark."""
    return token.replace("-", "").isalpha()


def _plural_subject_before_relative(tokens: list[str], comma: int) -> bool:
    """The comma at ``comma`` closes a relative clause whose noun is a plural subject ("The
    Yankees, who won 114 games this season, [open] the playoffs on Tuesday")."""
    for j in range(comma - 1, max(0, comma - 20), -1):
        if tokens[j] == ",":
            return j + 1 < comma and tokens[j + 1].lower() in ("who", "which") and j >= 1 and _plural_subject(tokens[j - 1])
    return False


_QUANTIFIERS = frozenset("several many some most all both few none each two three four five six seven eight nine ten dozens".split())
_ADVERBS_BEFORE_A_VERB = frozenset("now still also already often usually all both".split())


def _some_of_them(tokens: list[str], i: int) -> bool:
    """A quantified pronoun, plural, before ``tokens[i]``: "several of them", "most of us", "two of those"."""
    return i >= 3 and tokens[i - 1].lower() in ("them", "us", "those", "these") and tokens[i - 2].lower() == "of" \
        and (tokens[i - 3].lower() in _QUANTIFIERS or tokens[i - 3].isdigit())


_WHEN_CLAUSE_AFTER = re.compile(r"\s*,\s+when\s+(?=(?:the|a|an|his|her|its|their|[A-Z])\w*|[a-z]+\s+(?:is|are)\s+(?:expected|due|"
                                r"scheduled|set|likely)\s+to\b)", re.IGNORECASE)


def _guess_at_what_is_done(tokens: list[str], k: int) -> bool:
    """tokens[k] opens a guess at what is done, "may have" or "might have" and a participle ("may have tried"):
    a past, however modal."""
    return tokens[k].lower() in _MODALS_OF_A_GUESS and k + 2 < len(tokens) and tokens[k + 1].lower() == "have" \
        and (_past_form(tokens[k + 2], tokens[k + 2].lower()) or tokens[k + 2].lower() in PARTICIPLES)


def _when_clause_tense(tokens: list[str]) -> Tense | None:
    """The tense of a "when" clause told plainly: a short subject and a plain past verb ("the Dow
    plunged") or "will"; None otherwise (a present, or a word that may be a past or an adjective:
    "newly elected members take", "unsold stock is slashed", "companies set")."""
    for k, word in enumerate(tokens[:6]):
        low = word.lower()
        if k > 0 and _guess_at_what_is_done(tokens, k):
            return "past"  # "the following morning, when the driver may have tried to get the car repaired"
        if low in MODALS_FUTURE and word != "May":  # (not "when Mrs May stepped down": the name)
            return "future" if k > 0 else None
        if k > 0 and low in ("is", "are") and k + 2 < len(tokens) and tokens[k + 1].lower() in ("expected", "due", "scheduled", "set",
                                                                                             "likely") \
                and tokens[k + 2].lower() == "to":
            return "future"  # "the general election on Nov. 7, when turnout is expected to be two to three times higher"
        if low in REPORTING:
            # "until Sunday, when AEMET said more rain was possible": a saying's time, not the day's (but
            # "until Saturday, when Spanish Prime Minister Pedro Sanchez said he had received guarantees":
            # what was done by then)
            done = k > 0 and low == "said" and "had" in (w.lower() for w in tokens[k + 1:k + 4]) \
                and all(w[:1].isupper() or w.lower() in DETERMINERS for w in tokens[:k])
            return "past" if done else None
        if k > 0 and _past_form(word, low) and low not in PAST_AMBIGUOUS and low not in PARTICIPLES:
            if _finite_verb_follows(tokens[k + 1:k + 10]):
                return None  # "when a single journey paid with an Oyster card will cost more": a participle after its noun
            if any(t.lower() in DETERMINERS and tokens[j - 1].lower() not in _HEAD_PREPOSITIONS | DETERMINERS
                   for j, t in enumerate(tokens[1:k], 1)):
                return None  # "on Monday, when MPs debate a petition signed by 100,000": an object after a verb not told
            return "past" if all(t[:1].isupper() or t.lower() in DETERMINERS or (t.islower() and _is_word(t) and not t.endswith(("ed", "ly"))
                                                                                and not _past_form(t, t.lower())) for t in tokens[:k]) else None
        if not _is_word(word) or low in PRESENT or low in AUX_SKIP:
            return None
    return None


def _finite_verb_follows(tokens: list[str]) -> bool:
    """Whether a modal or a form of "be" or "have" comes in ``tokens`` before any punctuation: then a
    past form just before them was a participle in its noun's phrase, not the clause's verb."""
    for token in tokens:
        if not _is_word(token):
            return False
        if token.lower() in MODALS_FUTURE or token.lower() in ("is", "are", "was", "were", "has", "have", "had"):
            return True
    return False


def _dated_object(tokens: list[str]) -> bool:
    """The tokens open with a date of their own ("March 31", "Dec. 31, 2024") and end with the
    preposition of the date that follows ("... on")."""
    month = tokens[0].lower().rstrip(".") if tokens else ""
    if len(tokens) == 2 and tokens[0].lower() in V.WEEKDAYS and tokens[1].lower() in ("on", "at"):
        return True  # "the five-week period that ended Saturday on Thursday morning"
    return len(tokens) >= 3 and (month in V.MONTHS or month in V.MONTH_ABBREVIATIONS) and tokens[1][:1].isdigit() \
        and tokens[-1].lower() in ("on", "at") and all(t in (",", ".") or t[:1].isdigit() for t in tokens[2:-1])


_COMPARED_BELIEFS = frozenset("thought expected anticipated feared hoped believed predicted forecast estimated imagined "
                              "assumed realized realised".split())
_CLAUSE_OPENERS = frozenset("after before when since until once because as while though although".split())


def _plain_noun(word: str) -> bool:
    """A lower-case word that is no verb, adverb or auxiliary by its form ("heat", "wave")."""
    low = word.lower()
    return word.islower() and len(low) > 2 and not low.endswith(("ly", "ing", "ed")) and not _past_form(word, low) \
        and low not in PRESENT and low not in PRESENT_PLURAL and low not in AUX_SKIP and low not in MODALS_FUTURE \
        and low not in SUBORDINATORS and low not in PARTICIPLES and low not in _HEAD_PREPOSITIONS


def _subject_after_a_conjunction(tokens: list[str]) -> bool:
    """The tokens end with a conjunction and a short noun phrase with no verb ("after the City
    Council", "before city officials"): the subject of a clause whose verb comes later."""
    for k in range(len(tokens) - 1, max(-1, len(tokens) - 6), -1):
        low = tokens[k].lower()
        if low in _CLAUSE_OPENERS:
            phrase = tokens[k + 1:]
            # (an "of" inside it too: "after Iraq's invasion of Kuwait in August sent oil prices soaring")
            return 1 <= len(phrase) <= 4 and phrase[-1].lower() not in DETERMINERS and all(
                _is_word(re.sub(r"['’]s$", "", t)) and (t[:1].isupper() or t.lower() in DETERMINERS or _plural_subject(t) or _plain_noun(t)
                                 or t.lower() == "of" and 0 < n < len(phrase) - 1)
                for n, t in enumerate(phrase))
        if not _is_word(re.sub(r"['’]s$", "", tokens[k])):
            return False
    return False


def _plural_subject(word: str) -> bool:
    """A plural noun, a name or a plural pronoun that can be the subject of a base-form verb."""
    low = word.lower()
    if low in ("they", "we", "you", "i", "both", "leaders", "officials", "women", "men", "children", "people", "police"):
        return True
    if low in ("side", "team", "squad"):
        return True  # a team in British sports copy: "His side host Hartley Athletic on Sunday"
    if low in DETERMINERS or low in AUX_SKIP or not _is_word(word):
        return False
    # (not an adjective or a singular in -us or -is: "left with serious head injuries", "the crisis")
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")) and low not in PAST_IRREGULAR \
        and (low not in PRESENT or low in _NOUN_FIRST) and low not in ("news", "its", "his", "this", "has", "was", "is")


_HEAD_PREPOSITIONS = frozenset("of for in at from on with around near outside across along over under into through".split())


def _plural_head_of_phrase(tokens: list[str], i: int) -> bool:
    """The words before ``tokens[i]`` are a plural noun and its prepositional phrase, with no verb
    or comma between ("Pre-orders for the flagship Norrix 5 Pro [open]"): the verb's subject."""
    if i >= 1 and tokens[i][:1].isupper() and tokens[i - 1][:1].isupper():
        return False  # "a camp of students on Independence [Square]": the end of a name, no verb
    for k in range(i - 1, max(0, i - 8), -1):
        low = tokens[k].lower()
        if low in _HEAD_PREPOSITIONS:
            # (a preposition right before the word leaves no phrase: "ended four nights of air strikes on Iraq")
            return 1 <= k < i - 1 and _plural_subject(tokens[k - 1].replace("-", "")) and tokens[k - 1][1:2].islower()
        if not (_is_word(tokens[k]) or tokens[k][:1].isdigit()) or low in PRESENT or low in PAST_IRREGULAR \
                or low in AUX_SKIP or low.endswith("ed"):
            return False
    return False


def _relative_clause_start(tokens: list[str], comma: int) -> int:
    """Where the relative clause closed by the comma at ``comma`` opens (", which raised rates on
    Tuesday,"), so the scan skips it: it tells of something else. ``comma`` itself without one."""
    if comma + 1 >= len(tokens):
        return comma
    after = tokens[comma + 1].lower()
    if after in ("starting", "beginning"):
        # "will begin checking the records of anyone who may have been exposed, starting Thursday": the
        # phrase belongs to the main clause; a relative clause just before the comma tells of something else
        for k in range(comma - 1, max(-1, comma - 14), -1):
            if tokens[k] in HARD_BOUNDARIES or tokens[k] == ",":
                return comma
            if tokens[k].lower() in ("who", "which", "whom", "whose") and k > 0:
                return k
        return comma
    if not (after in PRESENT or after in PRESENT_PLURAL or after in MODALS_FUTURE or after in PLANNING or after == "to"
            or _past_form(tokens[comma + 1], after) or after in ("could", "can")
            # or with the date's own preposition: "would close the forum, which opened in 1936, at the end of March"
            or after in ("at", "on", "by", "until", "from", "before", "after", "during")
            and (comma + 2 >= len(tokens) or tokens[comma + 2].lower() not in ("which", "who"))):
        return comma  # the main clause goes on with its verb ("..., to hold them", "..., will appear")
    for k in range(comma - 1, max(-1, comma - 20), -1):
        if tokens[k] in HARD_BOUNDARIES:
            return comma
        if tokens[k] == ",":
            return k if k + 1 < comma and tokens[k + 1].lower() in ("which", "who", "whose", "where") else comma
    return comma


def _with_absolute(tokens: list[str], i: int) -> bool:
    """A participle in an absolute phrase after "with" and a short noun phrase ("with draft
    legislation published in January"), not a finite verb."""
    for j in range(i - 1, max(-1, i - 5), -1):
        if tokens[j].lower() == "with":
            return j < i - 1
        if not (_is_word(tokens[j]) and tokens[j].islower()) or tokens[j] in PRESENT or tokens[j] in MODALS_FUTURE:
            return False
    return False


# adjectives a "with" phrase gives its noun, that read as verbs ("with polling stations open on Friday")
_STATES_AFTER_WITH = frozenset("open closed shut ready empty full busy".split())
# words after "said" that open no reported clause of its own ("said on Tuesday", "said in a statement")
_AFTER_SAID_NOT_A_CLAUSE = frozenset("on in at late early last this that it he she they we i you there here his her its their "
                                     "earlier later yesterday today tonight "
                                     # ("coach Gary Pruitt said after practice Wednesday": where it was said)
                                     "after before during following upon outside inside near from with".split())


# things proposed that are texts, not happenings ("proposed a peace plan on Wednesday" is the proposing's day;
# "proposed a new meeting on Tuesday" the meeting's)
_PROPOSED_DOCUMENTS = frozenset("plan plans deal bill bills law laws resolution measure measures proposal proposals draft budget "
                                "amendment amendments framework package text rules reforms roadmap blueprint formula".split())
# words in -s that follow "he", "she", "it" and are no verb
_ADVERBS_IN_S = frozenset("always sometimes perhaps afterwards besides nevertheless towards thus alas "
                          "nowadays overseas indoors outdoors upstairs downstairs".split())


# the verb of a naming aside ("what it calls", "what officials describe as")
_NAMING_VERBS = frozenset("call calls describe describes term terms dub dubs".split())


# verbs that open an order or an invitation in news ('"Ask me on Saturday," he said', "Call 0800 123 on Monday")
_ORDERS = frozenset("""ask call contact visit check come join watch tune listen email phone ring text register book send""".split())


def _opens_an_order(text: str, sentence_start: int, tokens: list[str]) -> bool:
    """The clause opens its sentence (or a quotation) with a verb of an order, with no subject."""
    first = tokens[0]
    return first.lower() in _ORDERS and first[:1].isupper() \
        and not (len(tokens) > 1 and tokens[1].lower() in ("i", "we", "you", "he", "she", "they")) \
        and text[sentence_start:sentence_start + 40].lstrip(" \"“‘'").startswith(first)


def _after_a_happening(tokens: list[str], verb: int) -> bool:
    """The time ends a phrase "after a ..." / "following the ..." that comes after the verb at
    ``verb``, with no clause of its own in between ("are appealing for witnesses after a crash on
    the A1 on Sunday")."""
    if verb < 0:
        return False
    low = tokens[verb].lower()
    progressive = low.endswith("ing") and verb >= 1 and tokens[verb - 1].lower() in ("is", "are", "am") \
        or low in ("is", "are", "am") and verb + 1 < len(tokens) and tokens[verb + 1].lower().endswith("ing")
    if not (progressive or low in ("comes", "come")):
        return False  # (not "colleges begin enrolment on Tuesday, after the August bank holiday": a schedule)
    for k in range(verb + 1, len(tokens) - 1):
        if tokens[k].lower() in ("after", "following") and tokens[k + 1].lower() in ("a", "an", "the"):
            rest = tokens[k + 2:]
            return not any(t == "," or t.lower() in _NOT_IN_A_HAPPENING for t in rest)
    return False


# a forecast as the subject of a verb of showing: what it shows is to come
_FORECASTS = frozenset("forecast forecasts projections predictions models outlook".split())
_SHOWING = frozenset("show shows showed shown showing indicate indicates indicated suggest suggests suggested point points "
                     "pointed".split())
_NOT_IN_A_HAPPENING = frozenset("to will would shall which that who when where next coming before until ahead".split())


def _scan_left(tokens: list[str]) -> tuple[Tense | None, int]:
    """(tense, boundary index): the first cue leftwards, or None and where the clause began."""
    infinitive = False
    to_verb = ""  # the verb of the infinitive met on the way left
    n = len(tokens)
    skip_to = n
    # a saying's participle after a comma ("has sought to calm those fears, promising in a letter in June to ..."): the
    # date is the saying's, so an infinitive before the comma is another clause's
    said_aside = False
    lowercase_words = sum(1 for t in tokens if t.isalpha() and t.islower() and len(t) >= 2)
    for i in range(n - 1, max(-1, n - 35), -1):
        if i > skip_to:
            continue
        word = tokens[i]
        low = word.lower().replace("’", "'")
        if low in HARD_BOUNDARIES:
            return None, i
        if i >= 1 and word[:1].isupper() and word.isalpha() and lowercase_words >= 3 \
                and (i >= 2 and tokens[i - 1][:1].isupper() and tokens[i - 1].isalpha()
                     or i + 1 < n and tokens[i + 1][:1].isupper() and tokens[i + 1].isalpha()):
            continue  # a word inside a name ("arrived at Andrews Air Force Base on Friday evening"), not a verb (in a sentence
            # not written in capitals throughout, as a headline is)
        if len(word) > 1 and word.isalpha() and word.isupper() and i >= 1 and (tokens[i - 1] in ('"', "“", "'", "‘")
                                                                             or tokens[i - 1].lower() in DETERMINERS):
            continue  # a label in capitals, not a verb: issued the "GO" order at 8:30 p.m. Sunday
        if low == "follows" and not infinitive and i + 1 < n and (tokens[i + 1].lower() in DETERMINERS | {"last"} or tokens[i + 1][:1].isdigit()
                                                         or tokens[i + 1].lower().replace("’", "'").endswith("'s")) \
                and _aux_before(tokens, i)[0] not in MODALS_FUTURE | {"to"}:
            # "It follows a half-point increase in July", "the move follows the Feb. 23 budget": what it comes after is
            # past (but "A second round follows on Sunday": a happening to come)
            return "past", i
        if low == ",":
            k = next((k for k in range(i - 1, max(-1, i - 6), -1) if tokens[k] == ","), -1)
            if k >= 1 and i - k >= 2 and all(t[:1].isupper() and _is_word(t) for t in tokens[k + 1:i]) and tokens[k - 1][:1].isupper():
                skip_to = k - 1  # a place named in apposition ("the hedge in Birch Lane, Sowerby Bridge, to cut it"): no clause
                continue
            infinitive = False
            said_aside = said_aside or i + 1 < n and tokens[i + 1].lower() in _SAYING_PARTICIPLES
            skip_to = _relative_clause_start(tokens, i)
            continue
        if low in _SHOWING and i >= 1 and tokens[i - 1].lower() in _FORECASTS:
            return "future", i  # "forecasts showed the temperature peaking at 39 C on Thursday": what they foresee
        if low in ("am", "pm") and i >= 1 and tokens[i - 1][:1].isdigit():
            continue  # "at 10:00 am": the meridiem, not the verb
        if low in ("march", "may") and word[0].isupper() and i + 1 < n and tokens[i + 1][:1].isdigit():
            continue  # "elections on March 18, 1990, a monetary union on July 1": a date told before, not the verb
        if low == "go" and i >= 2 and tokens[i - 1].lower() == "let" and tokens[i - 2].lower() in ("was", "were", "been", "is", "are", "be"):
            # "The first 180 workers were let go on Jan. 10": a passive, dismissed (not "let them go"); its auxiliary tells
            aux = tokens[i - 2].lower()
            if aux in ("was", "were", "been"):
                return "past", i - 2
            if aux in ("is", "are"):
                return "present", i - 2
            skip_to = i - 3
            continue
        if low in _STATES_AFTER_WITH and _with_absolute(tokens, i):
            continue  # "Voting took place over two days, with polling stations open on Friday": a state, no verb
        if low == "following" and i >= 1 and tokens[i - 1] == "," and i + 1 < n and _is_word(tokens[i + 1]) \
                and tokens[i + 1].lower() not in _UNITS_AFTER_FOLLOWING:
            return "past", i  # "the third scare this year, following pet food in March": what came before it
        if low in ("cut", "cuts") and i >= 1 and tokens[i - 1].lower() in _KINDS_OF_CUT:
            continue  # "Lenders pass on rate cut from May 1": a noun, not the verb
        if low in _DIRECTING and i >= 1 and tokens[i - 1] == ",":
            return "future", i  # "issued an advisory, barring lorries from 6 am on Saturday": what it directs is to come
        if (low in ("valid", "effective") and i >= 1 and tokens[i - 1] == "," or low in ("force", "place", "effect")
                and i >= 2 and tokens[i - 1].lower() == "in" and tokens[i - 2] == ",") \
                and i + 1 < n and tokens[i + 1].lower() in ("from", "until", "till", "between"):
            return "future", i  # "has issued a wind warning, valid from 9pm on Saturday": the hours it is to hold
        if i >= 1 and tokens[i - 1].lower() in ("get", "gets", "getting") and _past_form(word, low) and low not in _MOVED:
            continue  # "is going to start getting beat up in the spring": a passive with "get"; its own verb decides (but
            # "keeps getting pushed to the next decade": a moving, which the rules for moving read)
        if i >= 1 and tokens[i - 1].lower() in _HABITUAL and (_past_form(word, low) or low in PARTICIPLES) \
                and not (i >= 2 and tokens[i - 2].lower() in _AUX_BEFORE_ADVERB):
            return None, i  # "Garbage normally picked up on Friday will be collected Saturday": a habit; the verb after decides
        if i >= 2 and tokens[i - 1].lower() == "and" and (low in PRESENT or low in PRESENT_PLURAL) and not low.endswith("s"):
            earlier, _ = _scan_left(tokens[:i - 1])
            if earlier == "future":
                return "future", i  # "will begin after 4 p.m. today and continue overnight": the same "will"
        if i >= 2 and tokens[i - 1].lower() == "and" and _past_form(word, low) and any(
                tokens[k].lower() in ("will", "shall") and tokens[k + 1].lower() == "be" for k in range(max(0, i - 14), i - 2)):
            earlier, _ = _scan_left(tokens[:i - 1])
            if earlier == "future":
                return "future", i  # "will be shown live ... and replayed Tuesday at noon": the same "will be"
        if low in _NAMING_VERBS and i >= 2 and tokens[i - 2].lower() == "what":
            skip_to = i - 3  # "Moscow launched what it calls a special military operation on Feb. 24": a naming
            continue  # aside; the verb before it tells the time
        if low in ("do", "does") and 1 <= i < n - 1 and tokens[i - 1][:1].isupper() and tokens[i + 1][:1].isupper():
            continue  # "the Arena do Tejo": a name, not the verb
        keeping = next((k for k in range(i - 1, max(-1, i - 5), -1) if tokens[k].lower() in _KEEPING), None) \
            if low in _KEPT_STATES else None
        if keeping is not None and all(_is_word(t) for t in tokens[keeping + 1:i]):
            # "will keep their branches closed over New Year's Day": the state kept, not a verb of
            # its own; the keeping verb tells the time
            skip_to = keeping
            continue
        if low in ("said", "says") and i >= 1 and tokens[i - 1] == "," and i + 1 < n and tokens[i + 1].lower() in ("a", "an", "the", "one") \
                and not any(t == "," for t in tokens[i + 1:]):
            # an attribution after a quotation, its subject after the verb: '"...," said a woman shopping with her son at
            # a suburban mall on Thursday afternoon': the saying's time
            return ("past" if low == "said" else "present"), i
        if low in ("said", "says") and i + 2 < n and _is_word(tokens[i + 1]) and tokens[i + 1].islower() \
                and tokens[i + 1].lower() not in _AFTER_SAID_NOT_A_CLAUSE and _is_word(tokens[i + 2]) and tokens[i + 2].islower() \
                and not _titled_speaker_after(tokens, i + 1):
            return None, i  # "Avanti said tickets dated Saturday could be used": the reported clause's verb decides
        if low in REPORTING and i + 1 < n and tokens[i + 1] == "," and i >= 2 and tokens[i - 1] != "," \
                and "," in tokens[max(0, i - 5):i - 1]:
            continue  # "..., forecasters said, with 8 inches possible by Friday night": an attribution aside
        if low in SUBORDINATORS and i < n - 1 and not word.isupper():  # (not "wrote to the WHO in May")
            if low in ("whether", "when") and infinitive and tokens[i + 1].lower() == "to":
                return "future", i  # "has not decided whether to vote Friday"
            return None, i
        if low == "since" and i == n - 1:
            return "past", i
        if low == "to" and i >= 3 and tokens[i - 2].lower() in _ORDINAL_NOUN_TO and tokens[i - 3].lower() in _THE:
            continue  # "became the second woman to be appointed on Wednesday": the verb before decides
        if low == "to" and i + 1 < n and i >= 1 and tokens[i - 1].lower() == tokens[i + 1].lower():
            continue  # "going door to door", "from day to day": a noun repeated, no infinitive
        if low == "promised" and i + 2 < n and tokens[i + 1].lower() in ("a", "an") and "," not in tokens[i + 1:] \
                and _aux_before(tokens, i)[0] in ("been", "was", "were", "are", "is", "be") \
                and not any(_past_form(t, t.lower()) for t in tokens[i + 2:]):
            # "have been promised a rally on February 21": what those told of are promised lies ahead, as an infinitive
            # would (but the giver's pledge is the day it is made: "Britain pledged an extra 52 million pounds on Sunday")
            return "future", i
        if low == "to" and i + 1 < n and tokens[i + 1].lower() in ("a", "an", "the") and "," not in tokens[max(0, i - 5):i] \
                and any(t.lower().startswith("invit") for t in tokens[max(0, i - 5):i]):
            # "Parents have been invited to a meeting at the school on Thursday evening": what one is invited to lies
            # ahead, as an infinitive would (not a summons: "was summoned to the Foreign Office on Monday")
            infinitive = not said_aside
            continue
        if low == "to" and i + 1 < n and tokens[i + 1][0].islower() and _is_word(tokens[i + 1]) and \
                tokens[i + 1].lower() not in ("the", "a", "an", "his", "her", "its", "their", "this", "that", "be") \
                and tokens[i + 1].lower() not in _COUNT_WORDS | _AMOUNT_OPENERS | {"one", "zero", "nil", "none"} \
                and not (tokens[i + 1].endswith("s") and not tokens[i + 1].endswith(("ss", "us", "is"))
                         and not any(t.lower() in _INVITING for t in tokens[max(0, i - 5):i])):
            # (but "ordered an end to lockouts in November", "lost a third of its runway to floodwaters late
            # Saturday": a plural noun after a preposition, as no verb's base form ends in a lone "s"; though
            # "invited the operators to talks at 10am on Tuesday" looks ahead as an infinitive would)
            infinitive = not said_aside
            to_verb = tokens[i + 1].lower()
            if tokens[i + 1].lower() in _LEAVING and tokens[n - 1].lower() not in ("by", "until", "till", "before") \
                    and any(t.lower() in _ORDERING for t in tokens[max(0, i - 6):i]):
                infinitive = False  # "ordered all 4,200 residents to leave late Tuesday": the order's day
            if i >= 1 and tokens[i - 1].lower() in ("is", "are", "am", "was", "were"):
                return "future", i  # "is to resume Tuesday"
            if i >= 2 and tokens[i - 2].lower() == "with" and tokens[i - 1].islower() and _is_word(tokens[i - 1]):
                return "future", i  # "awarded the contract, with work to start in the third quarter": what is to come
            if _headline_subject(tokens, i):
                return "future", i  # a headline: "Officials to meet Thursday", "Apple to unveil iPhone on Tuesday"
            continue
        if low == "going" and i + 1 < n and tokens[i + 1].lower() == "to":
            return "future", i
        if low in ("soon", "early") and i >= 1 and tokens[i - 1].lower() == "as":
            head = tokens[:i - 1]
            if head and head[-1] == ",":
                # "pricing in a cut, which has been at 0.5 per cent since March 2009, as early as July 14":
                # the relative clause before the comma tells of something else
                opened = next((k for k in range(len(head) - 2, max(-1, len(head) - 22), -1) if head[k] == ","
                               and k + 1 < len(head) and head[k + 1].lower() in ("which", "who", "whose", "where")), None)
                head = head[:opened] if opened is not None else head
            earlier, _ = _scan_left(head)
            if earlier == "past" and not any(t.lower() in MODALS_FUTURE or t.lower() in ("could", "can") for t in head):
                return "past", i  # "Retailers opened their doors as early as 6 a.m.": when it was done
            return "future", i  # "The vote could come as early as Tuesday"
        if low in _FORECAST_PAST and 2 <= n - 1 - i and all(tokens[k + 1].lower() == "with" for k in range(i + 1, n - 1)
                                                             if tokens[k] == ",") and tokens[n - 1] != "," \
                and _aux_before(tokens, i)[0] not in (
                "had", "has", "have", "been") and not any(t.lower() in _COMPANY_FIGURES for t in tokens[i + 1:]) \
                and tokens[n - 1].lower() not in ("at", "about", "around", "approximately") \
                and not (i >= 1 and tokens[n - 1].lower() == "on"
                         and (tokens[i - 1].lower() in _COMPANY_FIGURES or tokens[i - 1].lower() in _FORECAST_OWNERS)):
            # (nor "slashed its profit forecast for 2005 on Wednesday": a forecast named, not made, on
            # that day; "its forecast for the year ending in March" is still for a time to come)
            # (but "Networks projected Obama the winner at about 11:20 p.m. EST Tuesday": when it was projected)
            return "future", i  # "Forecasters predicted temperatures of minus 20 C Saturday night": the
            # forecast's time, told after its object, or in a "with" phrase after it ("forecast a heatwave, with
            # temperatures reaching 34C on Saturday"); (but "Cuba predicted Wednesday": the saying's)
        if low in ("forecast", "forecasted", "projected", "predicted", "estimated") and i == n - 2 and tokens[n - 1].lower() in ("in", "on", "last") \
                and i >= 1 and tokens[i - 1].lower() not in _FORECAST_OWNERS | AUX_SKIP and _is_word(tokens[i - 1]) \
                and _aux_before(tokens, i)[0] not in ("was", "were", "is", "are", "been", "be"):
            return "past", i  # "The International Monetary Fund forecast in January that growth would exceed 26 per cent": the forecasting's day
        if low in ("forecast", "forecasted", "predicted") and i == n - 2 and tokens[n - 1].lower() == "for" \
                and _aux_before(tokens, i)[0] in ("was", "were", "is", "are", "been"):
            return "future", i  # "Some rain was forecast for the weekend": the weather to come
        if low in ("forecast", "forecasts", "outlook") and i + 1 < n and tokens[i + 1].lower() == "for" and i >= 1 \
                and tokens[i - 1].lower() in ("the", "a", "its", "their", "weather", "latest") and n - i - 2 <= 2:
            # "The forecast for Saturday evening calls for cool temperatures" (not "raised its forecast for the crop in its
            # report on Tuesday": the report's day)
            return "future", i
        if low == "ahead" and i + 1 < n and tokens[i + 1].lower() == "of" and "," not in tokens[i + 1:] \
                and not (i + 2 < n and tokens[i + 2].lower() in _AHEAD_OF_A_MEASURE) \
                and not any(t.lower() in _AHEAD_IN_A_RACE for t in tokens[max(0, i - 3):i]):
            # (nor a place in a race or a count: "finished 41 votes ahead of Maria Kostelnik in Tuesday's election")
            # (but "were completed ahead of schedule in the summer": sooner than planned, no time ahead)
            return "future", i  # "buy gold ahead of Diwali on Wednesday", "ahead of Tuesday's vote" (but
            # "Just ahead of the trip, the department on Sunday issued ...": a phrase of its own)
        if low in ("won't", "shan't"):
            return "future", i  # "One cut won't turn the market around by Christmas"
        if (low in MODALS_FUTURE or low.endswith("'ll")) and not (word == "May" and (
                i > 0 or i + 1 < n and _past_form(tokens[i + 1], tokens[i + 1].lower()))):
            return "future", i  # (but "7 May", the month, and "May became", the name, are no modal)
        if low == "should":
            # "the weather should clear by Monday afternoon" (but "should have been done by Friday")
            return ("past" if i + 1 < n and tokens[i + 1].lower() in ("have", "not") and "have" in (
                t.lower() for t in tokens[i + 1:i + 3]) else "future"), i
        if low == "can" and (i >= 1 and tokens[i - 1].lower() in DETERMINERS
                             or i + 1 < n and tokens[i + 1].lower() in _AFTER_A_NOUN_CAN):
            continue  # a container, no modal: "bought a gas can and several gallons of gasoline at 8:50 p.m. Monday"
        if low in ("could", "can", "cannot", "can't"):
            # "the storm could make landfall Friday", "can apply starting Monday" (but "could not
            # attend Monday's meeting"; "could not be reached" is decided at its participle)
            # (nor "could only watch on Wednesday": what one was able to do, and no more)
            return ("past" if low == "could" and i + 1 < n and tokens[i + 1].lower() in ("not", "only") else "future"), i
        if i >= 1 and tokens[i - 1].lower() in _POSSESSIVES and word.islower() and (low in PRESENT or low in PRESENT_PLURAL):
            continue  # "speaking at Andrews Air Force Base on his return Sunday night": a noun after its owner
        if low in _PARTICIPLES_OF_A_PURPOSE and i + 1 < n and tokens[i + 1].lower() == "to" \
                and not (i >= 1 and tokens[i - 1].lower() in _AUX_BEFORE_ADVERB | {"it", "them", "this", "that"}):
            continue  # "four auctions, including one timed to coincide with Diwali in October": a participle after its
            # noun, no verb of the clause (but "was timed to", "timed it to")
        if i >= 1 and tokens[i - 1].lower() == "being" and (_past_form(word, low) or low in PARTICIPLES):
            continue  # "will spend three days at the armory before being released on Friday": the verb before decides
        if i >= 2 and low.endswith("ed") and tokens[i - 1].lower().endswith("ly") and tokens[i - 1].islower() \
                and tokens[i - 1].lower() not in _NOUNS_IN_LY \
                and (tokens[i - 2].lower() in DETERMINERS or tokens[i - 2].lower().endswith("ing")) \
                and i + 1 < n and tokens[i + 1].islower() and _is_word(tokens[i + 1]) and tokens[i + 1].lower() not in SUBORDINATORS:
            continue  # "would stop using partially hydrogenated oil by April", "the newly elected members": an adjective
        if low in ("ended", "ending") and i >= 1 and tokens[i - 1].lower() in _PERIODS_ENDED \
                and any(t.lower() in MODALS_FUTURE for t in tokens[max(0, i - 12):i - 1]):
            continue  # "would release the report for the week ended Oct. 11 on Friday": the period's name; the verb before decides
        if low in ("plans", "plan") and i >= 1 and tokens[i - 1].lower() in _GIVEN_UP and i + 1 < n and tokens[i + 1].lower() == "to":
            return "past", i - 1  # "abandoned plans to sign an agreement with the EU on Nov. 21": the giving up's day
        if low in PLANNING_NOUNS and not (i + 1 < n and tokens[i + 1].lower() == "to"):
            if low in ("plans", "schedules", "aims", "plan", "schedule") and i + 1 < n and tokens[i + 1].lower() in (
                    "a", "an", "another", "further", "more", "new") and not (i >= 1 and tokens[i - 1].lower() in DETERMINERS):
                return "future", i  # "and plans another round of increases on Jan. 1": the verb
            continue
        if i >= 1 and tokens[i - 1].lower() == "than" and low in ("expected", "anticipated", "forecast", "planned", "hoped",
                                                                  "feared", "estimated", "predicted", "thought", "usual"):
            continue  # "better-than-expected results on Wednesday": an adjective, not a plan
        if i >= 2 and tokens[i - 1].lower() in ("that", "which") and _past_form(word, low) and _dated_object(tokens[i + 1:]):
            skip_to = i - 2  # "to report its results for the quarter that ended March 31 on Thursday": the
            continue  # relative clause has its own date; the day is the main verb's
        if low in _COMPARED_BELIEFS and any(tokens[k].lower() == "than" for k in range(max(0, i - 4), i - 1)) \
                and all(_is_word(t) for t in tokens[max(0, i - 4):i]):
            continue  # "the exit is closer than people thought, maybe September": a comparison, not the clause's time
        if low.endswith("ing") and len(low) > 5 and i >= 1 and tokens[i - 1].lower() in ("after", "since") and low not in (
                "following", "during", "morning", "evening"):
            return "past", i  # "who is in hospital after falling from a stage on Tuesday": done before the now told
        if low == "called" and (i + 1 < n and tokens[i + 1].lower() == "off" or i + 2 < n and tokens[i + 2].lower() == "off"
                                and tokens[i + 1].lower() in ("it", "them", "this", "that")) \
                and _aux_before(tokens, i)[0] not in MODALS_FUTURE | {"be"}:
            return "past", i  # "after India called off its visit following the Mumbai attacks in November", "but called it
            # off after talks on Friday evening": done
        at_for = next((k for k in range(i + 1, min(n, i + 4)) if tokens[k].lower() == "for"
                       and all(t.lower() in _SAYING_DAY_WORDS for t in tokens[i + 1:k])), None) \
            if low in ("called", "calls", "call", "calling") else None  # ("called on Monday for a strike on Thursday")
        if at_for is not None and at_for + 1 < n and any(t.lower() in _CALLED_FOR_EVENTS for t in tokens[at_for + 1:at_for + 6]):
            return "future", i  # "activists called for a nationwide protest on Sunday": the protest lies ahead
        if low in ("ordered", "orders", "order") and tokens[n - 1].lower() == "for" and 2 <= n - 1 - i <= 5 \
                and any(t.lower() in _CALLED_FOR_EVENTS | _ORDERED_FOR for t in tokens[i + 1:n - 1]) and "," not in tokens[i + 1:]:
            return "future", i  # "The commission ordered a runoff for Oct. 8": the day the runoff is set for
        if low == "followed" and i >= 1 and tokens[i - 1] == "," and (i + 1 < n and tokens[i + 1].lower() == "by"
                                                                       or i == n - 2 and tokens[n - 1].lower() in ("in", "on")):
            # "will test demand on Wednesday, followed by a bond sale on Thursday", "begins on January 25 with a comedy,
            # followed in late February by a double bill": the clause before decides
            continue
        if low == "due" and i + 1 < n and tokens[i + 1][:1].isdigit():
            continue  # "sold bonds due 2034 in January": a maturity, an adjective; the verb before decides
        if low in PLANNING and tokens[i][:1].isupper() and (i + 1 < n and tokens[i + 1][:1].isupper()
                                                            or i >= 1 and tokens[i - 1][:1].isupper()):
            continue  # a word of a name: "The Holliston Planning Board on Tuesday postponed a vote"
        if low in PLANNING or low == "targeted" and i + 1 < n and tokens[i + 1].lower() in ("for", "to") \
                or low == "set" and i + 1 < n and (tokens[i + 1].lower() == "to" or any(
                tokens[k].lower() == "for" and (k <= i + 3 or k == n - 1) for k in range(i + 1, min(n, i + 6)))) \
                and "," not in tokens[i + 1:i + 5] and not _SET_A_MARK.intersection(
                t.lower() for t in tokens[i + 1:i + 4]):  # "set sentencing for Sept. 14" (not "set a record for June")
            aux, j = _aux_before(tokens, i)
            if low in _AS_PLANNED | {"delayed", "postponed"} and i >= 1 and tokens[i - 1].lower().endswith(("'s", "’s")) \
                    and i + 1 < n and _is_word(tokens[i + 1]) and tokens[i + 1].islower() and tokens[i + 1].lower() not in _NOUN_FOLLOWERS:
                continue  # "after the Senate blocked the Government's proposed plebiscite in November": an adjective after an
                # owner; the verb before decides
            if aux == "as" and low in _AS_PLANNED:
                continue  # "went ahead as (previously) planned Saturday night": an adverb; the verb before decides
            if aux in DETERMINERS - {"that"} and low in ("scheduled", "planned") and i + 1 < n and _is_word(tokens[i + 1]) \
                    and (tokens[i + 1].islower() or tokens[i + 1][:1].isdigit()) and any(
                    _past_form(t, t.lower()) and t.islower() and t.lower() not in PAST_AMBIGUOUS for t in tokens[:j]) \
                    and not any(t.lower() in _CALLED_OFF for t in tokens[:j]) \
                    and not (j >= 1 and tokens[j - 1].lower() in ("before", "ahead", "of", "for", "until", "till")):
                # (but "came three days before its scheduled policy meeting on Tuesday", "canceled a planned trip on
                # Thursday": the thing planned lies ahead)
                continue  # "finished the scheduled nine rounds level on Sunday evening": an adjective; the verb before decides
            if aux in DETERMINERS - {"that"} and (low == "proposed" or low == "expected" and i + 1 < n and tokens[i + 1].lower() in _A_LEVEL) \
                    and i + 1 < n and _is_word(tokens[i + 1]) and tokens[i + 1].islower() and any(_past_form(t, t.lower()) for t in tokens[:j]):
                continue  # "voted against the proposed four-year deal late Thursday", "priced its IPO above its expected
                # range Monday night": an adjective; the verb before decides
            if low == "proposed" and (aux not in _AUXILIARIES | DETERMINERS or aux in ("was", "were")) and i >= 1 \
                    and _is_word(tokens[i - 1]) and i == n - 2 and tokens[n - 1].lower() in ("in", "on", "at", "last", "early", "late"):
                # "The European Commission proposed in March a phase-out", "a footbridge proposed in April was
                # rejected", "The rules were proposed in March": the proposing's date, right after it (but "proposed a
                # new meeting on Tuesday", "proposed for March": what is proposed lies ahead)
                return "past", i
            if low in ("proposed", "planned", "announced", "unveiled", "suggested") and i >= 1 and tokens[i - 1].lower() == "first" \
                    and aux not in MODALS_FUTURE | {"to"}:
                return "past", i  # "The city first proposed the ban in September": when it was first put forward
            if low == "proposed" and i + 1 < n and tokens[i + 1].lower() == "by" and tokens[n - 1].lower() in ("on", "in", "at") \
                    and "," not in tokens[i + 1:] and n - 1 > i + 2 and tokens[i + 2][:1].isupper() and all(_is_word(t) for t in tokens[i + 2:n - 1]):
                return "past", i  # "The compromise, proposed by Councilor Susan deBuhr on Monday": the proposing's day
            if low in ("proposed", "unveiled", "outlined", "tabled") and aux not in _AUXILIARIES and n - 1 - i <= 8 \
                    and tokens[n - 1].lower() in ("on", "in", "at") and "," not in tokens[i + 1:] \
                    and any(t.lower() in _PROPOSED_DOCUMENTS for t in tokens[i + 1:n - 1]):
                return "past", i  # "Putin proposed a seven-point peace plan on Wednesday": the proposing's day (a plan, not a meeting)
            if aux == "had" or aux == "been" and _aux_before(tokens, j)[0] == "had":
                return "past", i
            if low == "due" and aux in ("was", "were") and i + 1 < n and tokens[i + 1].lower() == "in":
                return None, i  # "the allowance, which was due in June": a term told in the past, on either side of now
            if low == "possible" and aux in ("was", "were") and (
                    any(t.lower().replace("’", "'") in ("no", "little", "nothing", "not", "never", "wasn't", "weren't")
                        for t in tokens[max(0, j - 4):i]) or not any(t.lower() in REPORTING for t in tokens[:j])
                    and not any(t.lower() in _FORECAST_WEATHER for t in tokens[max(0, j - 6):j])):
                # "no play was possible on Sunday", "it was not possible on Friday", "only 90 minutes of play were possible on
                # Wednesday": what could (not) happen then (but "officials said a deal was possible on Friday", "more snow was
                # possible over the weekend": one to come)
                return "past", i
            if aux == "been" and _aux_before(tokens, j)[0] in ("has", "have") and low in ("delayed", "postponed") \
                    and not (i + 1 < n and tokens[i + 1].lower() in ("until", "till", "to", "for")):
                return "past", i  # "has been delayed by rain" (but "has been set for 16 September" lies ahead)
            if low in ("delayed", "postponed") and aux in DETERMINERS - {"that"} and i + 1 < n and _is_word(tokens[i + 1]):
                continue  # "would release the delayed report on Friday": an adjective; the verb before decides (a name's
                # words too: "the delayed Weekly Petroleum Status Report")
            if low in ("delayed", "postponed") and (aux in ("was", "were", "has", "have") or i + 1 < n and tokens[i + 1].lower()
                                                    not in ("until", "till", "to", "for", "by", "again", "indefinitely")
                                                    or i == n - 1 and aux in ("and", "or") and _participle_tense(tokens, i) == "past"):
                # (and "flights were cancelled or delayed Sunday": the day of the delays)
                return "past", i  # "was delayed by heavy rains", "postponed because of rain on Thursday": a delay that happened
            return "future", i
        if infinitive and low in _AGREEING and (to_verb in _DEALING or low.startswith("vote") and to_verb in _VOTED_THROUGH) \
                and tokens[n - 1].lower() not in _NOT_THE_DEALS_DAY:
            return ("past" if low.endswith("ed") else "present"), i  # the deal's day is the agreeing's
        if low in _PREPARING_THE_GROUND and i + 3 < n and tokens[i + 1].lower() == "the" \
                and tokens[i + 2].lower() in ("stage", "way", "scene", "ground") and tokens[i + 3].lower() == "for":
            return "future", i  # "setting the stage for an early presidential election in March": what it prepares
        if low in ("setting", "forcing", "teeing") and i >= 1 and tokens[i - 1] in (",", "and") and i + 2 < n \
                and (low != "forcing" or any(t.lower() in _A_MATCH_AGAIN for t in tokens[i + 1:i + 5])) \
                and (low == "forcing" or tokens[i + 1].lower() == "up"):
            return "future", i  # "leaving the teams tied and setting up a one-game tiebreaker Tuesday", "ended 2-2, forcing a
            # replay on Wednesday": the match the result brings about lies ahead
        if infinitive and low in ("tried", "attempted", "scrambled", "raced", "rushed", "struggled") \
                and tokens[n - 1].lower() not in ("by", "before", "until", "till", "for") \
                and _aux_before(tokens, i)[0] not in ("have", "has", "had", "been"):
            return "past", i  # "Sharif tried to dismiss him on Tuesday", "Americans scrambled to get home on Thursday": the
            # attempt's day (but "tried to finish by Friday", "raced to wrap up the talks by Monday")
        if infinitive and low in ("trying", "attempting") and tokens[n - 1].lower() not in ("by", "before", "until", "till", "for") \
                and (_aux_before(tokens, i)[0] in ("was", "were") or i >= 2 and tokens[i - 1].lower() in ("while", "when")
                     and any(_past_form(t, t.lower()) for t in tokens[:i - 1])):
            return "past", i  # "a farmer who was swept away while trying to rescue a motorist on Thursday": the attempt's day,
            # as the clause it hangs on tells
        if infinitive and low == "able" and _aux_before(tokens, i)[0] in ("was", "were", "been") \
                and tokens[n - 1].lower() not in ("by", "before", "until", "till"):
            return "past", i  # "was not able to work out at the combine in February": what could (not) be done then
        if infinitive and low in FUTURE_ORIENTED and not (low in ("about", "going") and (i + 1 >= n or tokens[i + 1].lower() != "to")):
            return "future", i  # (but "about" a count is no "about to": "blocked about 2,000 attempts by migrants to enter")
        if infinitive and i + 1 < n and (low in ("called", "calls", "call", "calling") and tokens[i + 1].lower() in ("on", "upon")
                                         or low in ("called", "calling") and tokens[i + 1].lower() == "for"):
            # "called on supporters to rally again Tuesday", "called for an evacuation of the city to begin at 8 a.m. on
            # Sunday": what is called for lies ahead (not the noun: "dropped a call for Assad to step down")
            return "future", i
        if low in ("warned", "warns", "warning", "warn") and i + 1 < n and tokens[i + 1].lower() == "of" \
                and n - 1 - i >= 3 and "," not in tokens[i + 1:]:
            return "future", i  # "Forecasters warned of up to 150 mm of rain on Thursday night": a warning looks ahead
        if low in _MOVED and i + 3 < n and tokens[i + 1].lower() in ("back", "forward") and tokens[i + 2].lower() == "to" \
                and n - 1 - (i + 3) <= 1 and tokens[i + 3].lower() in _STARTS_OR_ENDS and tokens[n - 1].lower() in ("on", "in", "at") \
                and _aux_before(tokens, i)[0] not in ("had",):
            return "future", i  # "have been brought forward to begin on Monday": the new day lies ahead of the moving
        if low in _MOVED and tokens[n - 1].lower() in ("to", "until", "till") and (
                i == n - 2 or i == n - 3 and tokens[i + 1].lower() in ("back", "forward", "out", "over")):
            # "has been deferred to October 6", "was pushed back to March": the new day lies ahead of the moving
            aux, j = _aux_before(tokens, i)
            return ("past" if aux == "had" or aux == "been" and _aux_before(tokens, j)[0] == "had" else "future"), i
        if low in _MOVED and n - i <= 12 and tokens[n - 1].lower() == "on" and n >= 4 \
                and (tokens[n - 2][:1].isdigit() or tokens[n - 2].lower() in ("am", "pm") and tokens[n - 3][:1].isdigit()) \
                and "to" in (t.lower() for t in tokens[max(i + 1, n - 5):n - 2]) and _aux_before(tokens, i)[0] != "had":
            # "ITV has moved Coronation Street from 7.30pm to 6.30pm on Tuesday": the new slot's day lies ahead
            return "future", i
        if low in _SCHEDULED and tokens[n - 1].lower() == "for" and (i == n - 2 or _DAY_OF_THE_SETTING.fullmatch(
                " ".join(tokens[i + 1:n - 1]))):
            # (also with the day of the setting between: "the walkouts it called on Wednesday for 4, 5 and 6 November")
            # "A further meeting has been called for Thursday", "a hearing was fixed for 16 September":
            # the day it was set for lies ahead (but "had been called for Thursday": a plan of the past,
            # unless a saying reports it: "said she had rebooked for Sunday" is her "I have rebooked")
            aux, j = _aux_before(tokens, i)
            reported = any(t.lower() in REPORTING for t in tokens[max(0, j - 4):max(0, j)])
            return ("past" if (aux == "had" or aux == "been" and _aux_before(tokens, j)[0] == "had") and not reported
                    else "future"), i
        if low in _SCHEDULED and 3 <= n - 1 - i <= 7 and tokens[n - 1].lower() == "for" and tokens[i + 1].lower() in ("a", "an") \
                and all(_is_word(t) and (t.islower() or k > i + 3 and tokens[k - 1].lower() in ("in", "across"))
                        for k, t in enumerate(tokens[i + 2:n - 1], i + 2)) and low != "listed":
            aux, j = _aux_before(tokens, i)
            if aux not in ("had", "been"):
                return "future", i  # "called a rally for Wednesday", "booked a room for Friday", "called a general
                # strike in Catalonia for Tuesday": what is called lies ahead
        if (low in _THREATENED or low in ("announced", "called") and _aux_before(tokens, i)[0] in ("has", "have")) \
                and n - 1 - i >= 2 and _no_clause_break(tokens[i + 1:]) and any(t.lower() in _THREATENED_ACTION for t in tokens[i + 1:]):
            return "future", i  # "has threatened a 24-hour strike on March 8", "has announced further strikes on
            # 8 September": the threat lies ahead (but "threatened on Monday to ...": the threatening's day)
        if low in ("invited", "invites", "invite") and 2 <= n - 1 - i <= 12 and tokens[n - 1].lower() == "on" \
                and "to" in tokens[i + 2:n - 1] and "," not in tokens[i + 1:] and _aux_before(tokens, i)[0] not in ("had", "been") \
                and tokens[tokens.index("to", i + 2) + 1][:1].isupper():
            return "future", i  # "invited the French and Italian leaders to Berlin on Monday": the visit lies ahead
        if low in _BRACING and i + 1 < n and tokens[i + 1].lower() == "for" and (
                low.endswith("s") or _aux_before(tokens, i)[0] in ("is", "are", "am")):
            return "future", i  # "Country prepares for lockdown from 11.59pm Wednesday": what is prepared for lies ahead
        if low == "notice" and i + 1 < n and tokens[i + 1].lower() == "of" and "," not in tokens[i + 1:] and any(
                t.lower() in _THREATENED_ACTION for t in tokens[i + 2:i + 5]):
            return "future", i  # "has given notice of a strike at gold mines from Tuesday evening": the strike lies ahead
        if low in ("promised", "promises", "promise") and n - 1 - i >= 3 and "," not in tokens[i + 1:] \
                and (tokens[i + 1].lower() in DETERMINERS - {"that"} or tokens[i + 1][:1].isdigit()
                     or tokens[i + 1].lower() in ("more", "extra", "new", "further", "additional")) \
                and _aux_before(tokens, i)[0] not in ("had", "been"):
            return "future", i  # "has promised an extra 65 trains a week from the middle of the year": what is promised lies ahead
        k = _passive_infinitive(tokens, i) if low in PARTICIPLES or _past_form(word, low, first=i == 0) else None
        if k is not None:
            # "went to Buckingham Palace to be appointed on Wednesday", "is expected to be completed
            # Friday", "the second woman to be appointed": the verb that governs the infinitive
            # decides, as for "to meet"
            if k >= 1 and tokens[k - 1].lower() in ("is", "are", "am", "was", "were"):
                return "future", k  # "is to be held on Friday"
            if k >= 1 and (tokens[k - 1] == "," or tokens[k - 1].lower() in _EVENTS_TO_BE_HELD):
                return "future", k  # "to attend the APEC forum, to be held on Tuesday", "a summit to be held in May"
            if _headline_subject(tokens, k):
                return "future", k  # a headline: "Officials to be sworn in Thursday"
            infinitive = True
            skip_to = k - 1
            continue
        if low in PARTICIPLES:
            tense = _participle_tense(tokens, i)
            if tense:
                return tense, i
            if low in PRESENT_PLURAL and i >= 1 and _plural_subject(tokens[i - 1]):
                return "present", i  # "Wyoming's caucuses run through Wednesday"
            continue
        if _past_form(word, low, first=i == 0) and i >= 2 and i + 1 < n and tokens[i - 2].lower() in _BEFORE_A_BASE_VERB \
                and _is_word(tokens[i - 1]) and tokens[i - 1].islower() and tokens[i - 1].lower() not in AUX_SKIP \
                and tokens[i - 1].lower() not in ("be", "have", "been") and tokens[i + 1][:1].isalpha() \
                and low not in _PAST_ONLY and low != "had":
            continue  # "will release revised third-quarter guidance on Wednesday", "must submit balanced budgets
            # by June": an adjective after the verb (never "Stations that wish to withdraw had until Tuesday")
        if _past_form(word, low) and i >= 1 and tokens[i - 1].lower() in PLANNING and i + 1 < n and _is_word(tokens[i + 1]) \
                and tokens[i + 1].islower() and tokens[i + 1].lower() not in _NOUN_FOLLOWERS | AUX_SKIP | DETERMINERS:
            continue  # "The Security Council planned closed consultations Thursday": an adjective; the plan decides
            # (but "His broader plan passed the House in November": the verb, its object after it)
        if low in ("named", "called") and i >= 1 and tokens[i - 1].lower() in ("he", "she", "they", "we", "i") and i + 1 < n \
                and tokens[i + 1].lower() not in ("off", "for", "on", "upon"):
            return "past", i  # "He called police at 3.17am": a verb after a person's pronoun (not "a man called Ivan")
        if low in ("named", "called") and i >= 2 and (tokens[i - 1].lower() in ("he", "she", "they", "we", "i", "it")
                                                   or tokens[i - 1][:1].isupper() and _is_word(tokens[i - 1])) \
                and tokens[i - 2].lower() in ("whom", "who", "which", "that") and i + 1 < n:
            return "past", i  # "Maduro, whom Chavez named as his preferred successor in December": a verb after its subject
        if low == "dated" and i >= 1 and _is_word(tokens[i - 1]) and tokens[i - 1].lower() not in AUX_SKIP \
                and tokens[i - 1].lower() not in ("was", "were", "is", "are", "been", "be", "has", "have", "had"):
            continue  # "tickets dated Saturday or Sunday could be used": an adjective; the verb decides
        if low in ("starting", "beginning", "effective") and i == n - 1 or low in ("on", "at") and i == n - 1 and i >= 1 \
                and tokens[i - 1].lower() in ("starting", "beginning"):
            k = i if low not in ("on", "at") else i - 1
            if k >= 2 and _is_word(tokens[k - 1]) and tokens[k - 1].islower() and tokens[k - 1].lower() not in AUX_SKIP and any(
                    t.lower() in _ANNOUNCING for t in tokens[max(0, k - 7):k - 1]):
                return "future", i  # "has announced a fast starting on Tuesday", "called a strike beginning Monday",
                # "called House members back for a session beginning at 6:30 p.m. Sunday"
        if low in ("declared", "designated") and any(t.lower() in ("holiday", "holidays", "mourning") for t in tokens[i + 1:]) \
                and n - 1 - i <= 8:
            return "future", i  # "has declared three days of national mourning from Friday": days off are declared ahead
        if i >= 2 and tokens[i - 1] == "," and low.endswith("ed") and low not in _PAST_ONLY and i + 2 < n \
                and tokens[i + 1].lower() in ("to", "until", "till") and _is_word(tokens[i - 2]) \
                and (tokens[i + 2].lower() in ("midnight", "noon") or i + 3 < n and tokens[i + 2][:1].isdigit()
                     and tokens[i + 3].lower() in ("am", "pm", "a.m.", "p.m.")):
            # "Council rules allow fireworks until 11pm on most nights, extended to 1am on New Year's Eve": a participle's
            # phrase after a comma that moves an hour has no tense of its own; the clause it hangs on tells the time (not
            # "The application, delivered to the NRC on Tuesday": the act's day)
            return _scan_left(tokens[:i - 1])[0], i
        if _past_form(word, low, first=i == 0):
            if low in PAST_AMBIGUOUS and i >= 2 and tokens[i - 2].lower() in DETERMINERS and \
                    _is_word(tokens[i - 1]) and tokens[i - 1].islower() and (i == n - 1 or tokens[i + 1].lower() in _NOUN_FOLLOWERS) \
                    and not (i == 2 and not any(t.lower() in _FINITE_AFTER_SUBJECT or _past_form(t, t.lower()) for t in tokens[i + 1:])):
                continue  # a noun after a noun: "expect a rate cut in May", "the tax cut on Friday" (but a sentence
                # opening "The earthquake hit at 3:32 a.m. on April 6", with no other verb, has its verb there)
            if low in PAST_AMBIGUOUS and i >= 1 and (tokens[i - 1].lower() in ("percent", "cent", "%", "point", "points")
                                                     or tokens[i - 1].endswith(("%", "-point"))):
                continue  # a noun after its size: "blocks a 27 percent cut in payments through December", "a quarter-point cut"
            if low in PAST_AMBIGUOUS and (i == n - 1 or tokens[i + 1].lower() in _NOUN_FOLLOWERS) and _after_a_named_noun(tokens, i):
                continue  # ... or after a name: "a 50% chance of another Bank of Canada cut on Oct. 29"
            if low in PAST_AMBIGUOUS and i >= 1 and i + 1 < n and _is_word(tokens[i + 1]) and tokens[i + 1].islower() \
                    and (tokens[i - 1].lower() in PRESENT_PLURAL or tokens[i - 1].lower() in FUTURE_ORIENTED):
                continue  # a noun after a verb: "We expect cost pressure to ease in the second half"
            if low in PAST_AMBIGUOUS and _aux_before(tokens, i)[0] in _MODALS_OF_WHAT_MAY_BE:
                return "future", i  # "Voters who miss early voting can cast ballots on Election Day": a base form
            if low in PAST_AMBIGUOUS and _aux_before(tokens, i)[0] in ("could", "couldn't"):
                continue  # "could shut parts of its main line by Thursday": a base form, "could" decides
            if low in PAST_AMBIGUOUS and i >= 2 and tokens[i - 1].lower() == "and" and _modal_goes_on(tokens, i - 1):
                return "future", i  # "would close six stores after Christmas and cut 150 jobs by the end of July"
            if low not in _PAST_ONLY and (i >= 2 and tokens[i - 1].lower() == "and" and _modal_goes_on(tokens, i - 1, 16)
                                          or i >= 3 and tokens[i - 1].endswith("ly") and tokens[i - 1].islower()
                                          and tokens[i - 2].lower() == "and" and _modal_goes_on(tokens, i - 2, 16)) \
                    and any(t.lower() == "be" for t in tokens[max(0, i - 18):i]):
                return "future", i  # "will be cut to 73 weeks and gradually reduced to 63 weeks by September": the passive goes on
            if low in PAST_AMBIGUOUS and _aux_before(tokens, i)[0] == "to":
                infinitive = True
                continue  # "is expected to cut rates on Friday": the infinitive, not the past
            if low in PAST_AMBIGUOUS and _conditional_subject_before(tokens, i):
                return "future", i  # "can clinch the title if they beat Forthbank on Saturday": a condition ahead
            if i >= 1 and (tokens[i - 1].lower() in _PREPOSITIONS_BEFORE_ADJECTIVE or tokens[i - 1].lower() in _PARTICLES
                           and i >= 2 and tokens[i - 2].islower() and _is_word(tokens[i - 2])) \
                    and i + 1 < n and _is_word(tokens[i + 1]) \
                    and tokens[i + 1].islower() and tokens[i + 1].lower() not in _NOUN_FOLLOWERS:
                continue  # an adjective after a preposition: "a package for affected communities", "with armed men",
                # or after a verb's particle: "can pick up bottled water on Tuesday"
            if _aux_before(tokens, i)[0] in DETERMINERS - {"that"} | LINKING and low not in _PAST_ONLY:
                # (a simple past is never an adjective: "Some began shipping goods as early as April")
                continue  # an adjective: "a still unspecified date", "the revised plan" (but "shootings that
                # injured"), "will remain closed until Monday"
            k = i - 1  # (the adjectives before it, back to their determiner: "the first major industrialized country")
            while k >= 1 and tokens[k] in _ADJECTIVES_BEFORE_A_PARTICIPLE and i - k < 3:
                k -= 1
            if i >= 2 and (tokens[i - 2].lower() in DETERMINERS - {"that"} or k < i - 1 and tokens[k].lower() in DETERMINERS - {"that"}) \
                    and low not in _PAST_ONLY \
                    and (tokens[i - 1] in _ADJECTIVES_BEFORE_A_PARTICIPLE
                         or tokens[i - 1].endswith("ly") and tokens[i - 1].islower() and tokens[i - 1] not in _NOUNS_IN_LY) \
                    and i + 1 < n and _is_word(tokens[i + 1]) and tokens[i + 1].islower() \
                    and tokens[i + 1].lower() not in _NOUN_FOLLOWERS | DETERMINERS | AUX_SKIP | _OBJECT_PRONOUNS:
                continue  # an adjective after a determiner and an adjective: "a new animated version", "the newly elected mayor"
            if _with_absolute(tokens, i) and low not in _PAST_ONLY \
                    and not (i + 1 < n and tokens[i + 1].lower() in (DETERMINERS - {"that"}) | _OBJECT_PRONOUNS):
                # (not "clogged with traffic were empty", nor a verb with its object: "a man armed with a tyre lever
                # threatened an attendant")
                continue  # "would be agreed by November, with draft legislation published in January": the verb before decides
            if _conditional_subject_before(tokens, i) and _reported_plan_before_condition(tokens, i) \
                    and tokens[n - 1].lower() in ("by", "on", "before", "until", "till"):
                # "said the union would call off the strike if the government agreed by Monday", "would be dismissed
                # unless they returned by Monday": a condition of a plan still ahead, its past the reported speech's
                return "future", i
            tense = _participle_tense(tokens, i)
            if tense is None:
                tense = _causative_tense(tokens, i)
            return (tense or "past"), i
        if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3 and word.isalpha() and word.islower() \
                and i >= 2 and tokens[i - 1].lower() in ("he", "she", "it") and low not in _ADVERBS_IN_S \
                and tokens[i - 2].lower() in ("before", "after", "when", "until", "till", "once", "if", "unless"):
            # "a week before he headlines the halftime show on Feb. 9": a present after a conjunction
            # of time or condition tells what is to come (unlike "She remembers VE Day")
            return "present", i
        if low.endswith("s") and not low.endswith("ss") and len(low) > 3 and low.isalpha() and i >= 1 \
                and tokens[i - 1].lower() in ("that", "which", "who") and (i == 1 or tokens[i - 2].lower() not in DETERMINERS
                                                                          and not any(t.lower() in REPORTING for t in tokens[max(0, i - 5):i - 1])
                                                                          and not _past_form(tokens[i - 2], tokens[i - 2].lower())):
            # (but "warned that backlogs from a stoppage in December had taken weeks": the subject after a
            # verb's "that")
            if low in _STATIVE_IN_S and any(_past_form(t, t.lower()) and t.islower() for t in tokens[max(0, i - 12):i - 1]):
                continue  # "vetoed the revenue bill that helps pay for it on Monday": a state takes no day; the verb before does
            return "present", i  # "a calendar that gives students Oct. 15 off": a verb after its relative pronoun
        if low in ("votes", "reports", "releases") and _a_name_before(tokens, i):
            # "the House votes Friday", "Bank of America reports on Wednesday", "Mississippi also votes Tuesday", "General
            # Electric, the most valuable U.S. company, reports on Friday morning" (but
            # "counting the votes Friday", "released the reports Tuesday")
            return "present", i
        if i >= 1 and tokens[i - 1].lower() == "who" and _base_verb(word, low) and low not in DETERMINERS | AUX_SKIP \
                and not low.endswith("ed") and low not in _NOT_A_VERB_AFTER_WHICH:
            return "present", i  # "Serbs, who celebrate Christmas on Thursday": the relative clause's own verb
        if i >= 1 and word.islower() and tokens[i - 1].lower() in ("which", "who") and (low in PRESENT_PLURAL and low not in PRESENT or (
                i == n - 1 and _is_word(word) and not _past_form(word, low) and low not in PARTICIPLES | DETERMINERS | AUX_SKIP
                and not low.endswith("ly") and low not in _NOT_A_VERB_AFTER_WHICH)):
            return "present", i  # "the ATP Finals, which start on Sunday", "The January payments, which land Friday": a relative clause's own verb
        if i >= 1 and tokens[i - 1].lower() in ("we", "they", "i", "you") and _base_verb(word, low) \
                and (i == 1 or not _is_word(tokens[i - 2]) or tokens[i - 2].lower() in ("and", "but", "so")
                     or (tokens[i - 2].lower() in REPORTING or tokens[i - 2].lower() == "that") and not re.fullmatch(r"[a-z]{2,}[^e]ed", low)):
            return "present", i  # '"We test at Rockingham on Tuesday," he said': a pronoun's verb in the present (and
            # "Developers have said they need a decision by the end of the year": what is said, in its own tense)
        # (a name's capitalised words after "the" are no subject and verb: "on the Eras Tour at BC Place"; nor is a noun
        # after its owner and an adjective: "in its monthly report on Tuesday")
        if low in PRESENT_PLURAL and low not in PRESENT and i >= 1 \
                and tokens[i - 1].lower() not in ("a", "an", "the", "its", "their", "his", "her", "our", "my", "your") \
                and not (word[:1].isupper() and tokens[i - 1][:1].isupper() and i >= 2 and tokens[i - 2].lower() == "the") \
                and not (i >= 2 and tokens[i - 1].lower() in _ADJECTIVES_OF_A_REPORT and tokens[i - 2].lower() in _POSSESSIVES | _THE) \
                and not _singular_article_opens(tokens, i) \
                and not any(t.lower() in _CAUSATIVE | {"had"} for t in tokens[max(0, i - 5):i - 1]) and (  # (not "saw its shares fall", "had three sales fall through")
                # (but "60 groups through an open house": an adjective)
                _plural_subject(tokens[i - 1]) or (
                i >= 3 and tokens[i - 2].lower() in ("in", "of", "at", "from") and _plural_subject(tokens[i - 3])
                and tokens[i - 1][:1].isupper()) or (
                tokens[i - 1][:1].isupper() and _is_word(tokens[i - 1]) and tokens[i - 1].lower() not in DETERMINERS
                and (i == 1 or tokens[i - 2] in (",", "and"))) or (
                tokens[i - 1] == "," and _plural_subject_before_relative(tokens, i - 1)) or _plural_head_of_phrase(tokens, i)
                or _some_of_them(tokens, i) or (  # "several of them face voters in November"
                i >= 2 and tokens[i - 1].lower() in _ADVERBS_BEFORE_A_VERB and _plural_subject(tokens[i - 2]))):  # "they still face"
            return "present", i  # "the polls open Thursday", "the Patriots host the Jets on Sunday", "Brazil
            # play Colombia on Friday" (a team, plural in sports copy), "Pre-orders for the Norrix 5 Pro open at 8 a.m. Friday"
        if low not in PRESENT and low.endswith("s") and not low.endswith("ss") and i + 2 < n \
                and tokens[i + 1].lower() in _PARTICLES and (tokens[i + 1].lower() != "under" or tokens[i + 2].lower() == "way") \
                and not tokens[i + 2][:1].isdigit() and i >= 1 and _is_word(tokens[i - 1]) \
                and not (tokens[i + 1].lower() == "off" and tokens[i + 2][:1].isupper()) \
                and tokens[i - 1].lower() not in DETERMINERS | _AUX_BEFORE_ADVERB | _HEAD_PREPOSITIONS | {"with", "to", "and"} \
                and not (i >= 2 and tokens[i - 1].islower() and tokens[i - 2].lower() in _PREPOSITIONS_BEFORE_ADJECTIVE) \
                and not any(_past_form(t, t.lower()) for t in tokens[max(0, i - 4):i]):
            # (not "capsized in heavy seas off the coast late Monday": a noun after a preposition and its adjective; nor
            # "bad weather kept customers away", "ordered two British officials out on Tuesday": the object of a verb
            # before it)
            return "present", i  # "The parade steps off at 4:30 p.m. Friday", "the sale kicks off": a phrasal verb
        if low in _NOUN_FIRST and not (i >= 1 and (tokens[i - 1][:1].isupper() and _is_word(tokens[i - 1])
                                                   and tokens[i - 1].lower() not in DETERMINERS
                                                   or tokens[i - 1].lower() in _ADVERBS_BEFORE_VERB)) \
                and not (i + 1 < n and tokens[i + 1].lower() in _POSSESSIVES):  # ("Alcoa ... releases its results on Wednesday")
            continue  # a noun unless a name is its subject: "press reports over the weekend", "by reports Thursday"
        if low in PRESENT and word[:1].isupper() and i >= 1 and tokens[i - 1][:1].isupper() and _is_word(tokens[i - 1]) \
                and tokens[i - 1].lower() not in DETERMINERS and any(len(t) > 3 and t.isalpha() and t.islower() for t in tokens):
            continue  # a word of a name in a sentence in lower case: "Flash flooding hit Marble Falls late Wednesday night"
        if low in PRESENT:
            aux, at = _aux_before(tokens, i)
            if low in PRESENT_OR_NOUN and (aux in DETERMINERS - {"that"} or i >= 1 and (
                    tokens[i - 1][:1].isdigit() or tokens[i - 1].lower() in _BEFORE_A_NOUN | _MAGNITUDES
                    # a count and a word that qualifies the noun: "responded to 157 fire-related calls"
                    or i >= 2 and tokens[i - 2][:1].isdigit() and tokens[i - 1].islower() and "-" in tokens[i - 1]
                    or i >= 2 and tokens[i - 1].lower() in _COUNT_WORDS and (
                        tokens[i - 2].lower() in _BEFORE_A_COUNT
                        # a count that is the object of a past verb: "missed two calls from her hospital on Tuesday night"
                        or tokens[i - 2].islower() and tokens[i - 2].lower() not in _AUX_BEFORE_ADVERB
                        and _past_form(tokens[i - 2], tokens[i - 2].lower()))) or i >= 2 and tokens[i - 1].islower()
                    and _is_word(tokens[i - 1]) and (tokens[i - 2].lower() in _BEFORE_A_NOUN - {"more", "no"}
                                                     # the object of a past verb: "bombers flew practice runs over South Korea on Thursday"
                                                     or tokens[i - 1].lower() not in _NOT_A_NOUN_BEFORE_VERB and tokens[i - 2].islower()
                                                     and tokens[i - 2].lower() in PAST_IRREGULAR)
                    # the object of a verb just before: "could not make calls on Wednesday", "fielded calls Monday"
                    or i >= 1 and (tokens[i - 1].lower() in _TAKING_AN_OBJECT or tokens[i - 1].islower()
                                   and tokens[i - 1].lower() not in _AUX_BEFORE_ADVERB and _past_form(tokens[i - 1], tokens[i - 1].lower()))):
                continue  # a noun: "released the reports Tuesday", "disqualified for false starts on Sunday" (but "a
                # split that takes effect Aug. 31")
            if aux == "to" or not low.endswith("s") and low not in ("am", "have", "do") and any(
                    t.lower() in _CAUSATIVE for t in tokens[max(0, i - 5):i - 1]):
                continue  # an infinitive ("scheduled to expire Friday", "let the offensive begin Saturday"):
                # the verb governing it decides
            if aux and (aux in PAST_IRREGULAR and _past_form(tokens[at], aux, first=at == 0)
                        or aux in PRESENT and aux not in ("do", "does") and aux not in _NOUN_FIRST):
                continue  # "took hold", "has begun": the verb before it decides (not a name: "SAT makes its debut")
            if aux in MODALS_FUTURE:
                return "future", i  # "will meet"
            return "present", i
    return None, -1


# what "set" sets when it is a feat, not a date ("Demand set a record for June on Tuesday")
_SET_A_MARK = frozenset("record records high highs low lows mark best pace tone benchmark precedent example".split())
_NOT_IN_A_NOUN_PHRASE = frozenset("before after when while as that which who and or but if because to of in on at by for with from "
                                  "than since until".split())


def _singular_article_opens(tokens: list[str], i: int) -> bool:
    """Whether the noun phrase that ``tokens[i]`` ends opens on "a" or "an" a few words back, with only words between ("a
    weak U.S. jobs report on Friday"): a compound noun, no plural subject and its verb."""
    for k in range(i - 1, max(-1, i - 7), -1):
        low = tokens[k].lower()
        if low in ("a", "an", "another", "every", "each"):
            return True
        if not _is_word(tokens[k]) or low in DETERMINERS or low in _NOT_IN_A_NOUN_PHRASE or _past_form(tokens[k], low):
            return False
    return False


def _modal_goes_on(tokens: list[str], conjunction: int, reach: int = 11) -> bool:
    """Whether the verb phrase before ``conjunction`` ("and") opens on a modal or "to" that the base form after it
    shares ("would close six stores after Christmas and cut ..."): a modal within ``reach`` - 1 words (ten unless
    told), no past form and no punctuation between (but "said it would ... , and cut": a new clause)."""
    for k in range(conjunction - 1, max(-1, conjunction - reach), -1):
        low = tokens[k].lower()
        if not _is_word(tokens[k]) and not low.replace(",", "").replace(".", "").isdigit():
            return False
        if low in ("will", "would", "could", "should", "may", "might", "must", "can", "shall") or low.endswith("'ll"):
            return True
        if low == "to" and tokens[k + 1].isalpha() and tokens[k + 1].islower() and tokens[k + 1] not in DETERMINERS \
                and tokens[k + 1] not in _NUMBER_WORDS:
            return True  # "plans to sell the plant and cut jobs" (not "responded to four calls for frozen and burst pipes")
        if _past_form(tokens[k], low) and low not in PAST_AMBIGUOUS:
            return False
    return False


_A_MATCH_AGAIN = frozenset("replay replays rematch runoff run-off playoff play-off tiebreaker decider showdown vote".split())
# a participle aside opened after its subject's comma, the date in it, of a happening that comes round ("The contest,
# held on "; not "The deal, announced in April, would create ...", an act done) ...
_PARTICIPLE_ASIDE_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,5},\s+(?:held|run|played|staged|hosted|organi[sz]ed|"
                                      r"contested|raced|broadcast|screened|performed|celebrated|observed|marked|fought|sung)"
                                      r"\s+(?:on|in|at|during|over)\s+$")
# ... and, right after the date, the aside closed and the subject's verb to come
_ASIDE_THEN_TO_COME = re.compile(r"\s*,\s+(?:will|may|might|could|would|(?:is|are)\s+(?:due|expected|set|scheduled|likely))\b")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands".split())


# words after "can" the noun, never after the modal, whose verb comes next ("a gas can and ...", "the can of paint")
_AFTER_A_NOUN_CAN = frozenset("and or of with in on at for from , . ; :".split())
# modals of ability, permission and duty, before a base form that could pass for a past ("can cast")
_MODALS_OF_WHAT_MAY_BE = frozenset("can cannot may might must should".split())
# particles of phrasal verbs ("steps off", "wraps up", "gets under way")
_PARTICLES = frozenset("off up out down away under".split())
# what a move brings forward or pushes back ("brought forward to begin on Monday")
_STARTS_OR_ENDS = frozenset("begin start open close end resume finish reopen launch run take".split())
# verbs that set a happening for a day ("called for Thursday")
_MOVED = frozenset("deferred moved pushed put brought rescheduled shifted bumped".split())
_DAY_OF_THE_SETTING = re.compile(r"(?:on\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|"
                                 r"last\s+week|this\s+week|earlier\s+this\s+week", re.IGNORECASE)
_SCHEDULED = frozenset("called fixed listed booked rebooked slated arranged reserved rescheduled added".split())
# present forms of getting ready for a time ahead (not "prepared for the storm on Friday": that day's preparing)
_BRACING = frozenset("prepares preparing braces bracing".split())
_THREATENED = frozenset({"threatened", "threatens", "threatening", "vowed", "vows", "pledged", "pledges"})
# what a threat or a vow is of ("threatened a 24-hour strike on March 8"; not "threatened an attendant at 2.15am")
_THREATENED_ACTION = frozenset("""strike strikes stoppage stoppages walkout walkouts action boycott shutdown protest protests
    sanctions tariffs lawsuit retaliation blockade veto vote ballot referendum resignation""".split())
# what an "expected" names that is no happening ("above its expected range"), so no time to come
_A_LEVEL = frozenset("range level levels price prices rate rates figure figures loss losses profit profits growth".split())
# verbs that call someone to what is to come ("invited the operators to talks on Tuesday")
_INVITING = frozenset({"invited", "invites", "invite", "inviting", "summoned", "summons", "summon"})
# verbs whose object takes a bare infinitive ("let the ground offensive begin")
_CAUSATIVE = frozenset({"let", "lets", "letting", "make", "makes", "made", "help", "helps", "helped", "watched",
                        "saw", "see", "sees", "heard"})
# "the first woman to ...", "the only team to ...": an infinitive that tells who did it, not what is to come
_THE = frozenset({"the", "its", "his", "her", "their", "our"})
_ORDINAL_NOUN_TO = frozenset("first second third fourth fifth last only youngest oldest latest next".split())
# forecasting verbs in the past: what they tell of lies ahead of them
# what a company forecasts on the day it says so ("forecast first-quarter revenue below estimates on
# Wednesday"): the forecasting's day, not the figure's
_COMPANY_FIGURES = frozenset("revenue revenues sales profit profits earnings income loss losses margin margins "
                             "growth guidance dividend shipments deliveries results".split())
_FORECAST_PAST = frozenset({"forecast", "predicted", "projected"})
_FORECAST_OWNERS = frozenset("its their his her the a an our this that".split())  # "its forecast": a noun
# words a verb's base form follows, so that a past form right after that verb is an adjective
_BEFORE_A_BASE_VERB = frozenset("will would to 'll must should shall can cannot could may might do does did".split())
# the auxiliaries and modals a participle may follow
_AUXILIARIES = frozenset("is are am was were be been being has have had will would shall should may might must can could "
                         "to as do does did".split())
# what "ahead of" measures a result against, not a time it comes before
_AHEAD_OF_A_MEASURE = frozenset("schedule time plan plans target targets expectations forecasts estimates budget".split())
# a place in a race or a poll, or a margin, before "ahead of": no time ahead
_AHEAD_IN_A_RACE = frozenset("finished finishing finishes finish placed votes points seats lengths strokes shots percentage".split())
# "as planned", "as expected": a manner adverb, no plan of the clause's own
_AS_PLANNED = frozenset({"planned", "scheduled", "expected", "intended", "proposed"})
_CALLED_OFF = frozenset({"cancelled", "canceled", "postponed", "scrapped"})
# the words of owning before a noun ("on his return Sunday night")
_POSSESSIVES = frozenset("his her their its our my your".split())
# periods named by their end ("the week ended Oct. 11")
_PERIODS_ENDED = frozenset("week weeks month months quarter year period days".split())
# what is done to a plan that drops it ("abandoned plans to sign ... on Nov. 21")
_GIVEN_UP = _CALLED_OFF | {"abandoned", "dropped", "shelved", "ditched", "suspended", "halted", "froze", "frozen"}
REPORTING = frozenset("said says told tells added adds reported reports announced warned predicted forecast stated "
                      "wrote insisted noted explained according".split())


def _ranked_noun_before(tokens: list[str], to: int) -> bool:
    """The "to" at ``to`` opens an infinitive after a ranked noun ("the last British and French troops to be
    rescued"): "the" and a ranking word a few words back, and only nouns and adjectives since."""
    for k in range(to - 1, max(0, to - 7), -1):
        low = tokens[k].lower()
        if low in _ORDINAL_NOUN_TO:
            return k >= 1 and tokens[k - 1].lower() in _THE
        if not _is_word(tokens[k]) and low != "and" or low in PRESENT or low in _AUX_BEFORE_ADVERB or _past_form(tokens[k], low):
            return False
    return False


def _scan_right(tokens: list[str]) -> Tense | None:
    comma = False
    skip_to = -1
    for i, word in enumerate(tokens[:30]):
        if i < skip_to:
            continue
        low = word.lower().replace("’", "'")
        if comma and low in ("that", "which", "who", "whose") and i >= 1 and tokens[i - 1] != "," and "," in tokens[i + 1:30]:
            # "On Dec. 1, the main patent on Calvorel, the drug that brought in $1.9 billion last year,
            # will expire": a relative clause inside an apposition; the verb after it decides
            skip_to = tokens.index(",", i + 1) + 1
            continue
        if low in ("am", "pm") and i >= 1 and tokens[i - 1][:1].isdigit():
            continue  # "and 7am Saturday, four homes were broken into": the meridiem, not the verb
        if low == "to" and _ranked_noun_before(tokens, i):
            # "the last British troops to be rescued from Dunkirk left the harbour": an infinitive that tells
            # which ones, not a time to come; the verb after it decides
            skip_to = i + (3 if i + 2 < len(tokens) and tokens[i + 1].lower() in ("be", "have") else 2)
            continue
        if low in (";", ":", "(", "—") or low == "but":
            return None  # ("Outbreaks usually peak between January and March, but cases began ...": another clause)
        if low == ",":
            comma = True
            continue
        if not comma and (low in _CALLED_OFF and not (i + 1 < len(tokens) and tokens[i + 1].lower() in DETERMINERS)
                          or low in ("was", "were", "has", "have", "had", "is", "are", "been")
                          and any(t.lower() in _CALLED_OFF for t in tokens[i + 1:i + 3])) \
                and not any(t.lower() == "to" or _past_form(t, t.lower()) for t in tokens[:i]):
            # (but "EU leaders on Thursday night postponed a decision": the postponing, done then; nor "Lawmakers on
            # Thursday called for it to be scrapped": the calling's day, its verb before)
            return "future"  # "whose flight to Malaga on Saturday has been cancelled": a flight that was to come
        if comma and low in REPORTING:
            return None  # "... possible by Friday night, forecasters said": the report's tense is not the event's
        if comma and low in ("and", "but", "while", "whereas") and i >= 1 and tokens[i - 1] == "," and i + 1 < len(tokens) \
                and tokens[i + 1].lower() not in MODALS_FUTURE | _AUX_BEFORE_ADVERB and not _past_form(tokens[i + 1], tokens[i + 1].lower()):
            # "... on Sunday, and fans have been advised ...": a clause with a subject of its own (but
            # "appears on TV Tuesday, and will receive an honor" shares its subject and its time)
            return None
        if word != "May" and _guess_at_what_is_done(tokens, i):
            return "past"  # "on Wednesday evening the driver may have tried to hide the car"
        if (low in MODALS_FUTURE or low.endswith("'ll") or low in ("won't", "shan't")) and word != "May":
            return "future"
        if i >= 1 and not comma and low in PRESENT_PLURAL and low not in PRESENT and word.islower() and _plural_subject(tokens[i - 1]) \
                and not (i + 1 < len(tokens) and (tokens[i + 1].lower() in _FINITE_AFTER_NOUN or _past_form(tokens[i + 1], tokens[i + 1].lower()))):
            return "present"  # "On Saturday the tall ships open to visitors from 10am": a plural subject's verb
        if i == 0 and low in PRESENT_PLURAL and low not in PRESENT and word.islower() and not (
                len(tokens) > 1 and (tokens[1].lower() in _FINITE_AFTER_NOUN or _past_form(tokens[1], tokens[1].lower()))):
            # (but "The weekend vote came shortly after 8 p.m.": a noun, whose verb comes after it)
            return "present"  # "while the other eight matches on Friday start at 3pm": the verb right after the date
        if i >= 1 and not comma and tokens[i - 1].lower() in ("we", "they", "i", "you") and low in PRESENT_PLURAL and word.islower():
            return "present"  # '"On Monday we start work on the budget"': a pronoun's verb in the present
        if low == "could" and i + 1 < len(tokens) and tokens[i + 1].lower() not in ("not", "have", "n't"):
            return "future"  # "gatherings over the Good Friday weekend could bring a rise in infections"
        if low == "set" and i + 2 < len(tokens) and tokens[i + 1].lower() == "to" and _is_word(tokens[i + 2]) and tokens[i + 2].islower() \
                and tokens[i + 2].lower() not in DETERMINERS and not (i >= 1 and tokens[i - 1].lower() in ("had", "has", "have")):
            return "future"  # a headline: "Tax-free weekend set to draw back-to-school crowds": what is set to happen
        if low == "should" and i + 1 < len(tokens) and tokens[i + 1].lower() != "have" \
                and not (i + 2 < len(tokens) and tokens[i + 2].lower() == "have"):
            return "future"  # '"By Monday most of them should be close to normal"' (but "should have been ...")
        if not comma and i <= 3 and any(t.lower() in ("declared", "designated") and any(
                u.lower() in ("holiday", "mourning") for u in tokens[k + 1:k + 6]) for k, t in enumerate(tokens[i:i + 3], i)):
            return "future"  # "Wednesday has been declared a public holiday": a day off is declared ahead of it
        if i == 0 and low in ("was", "were") and len(tokens) > 2 and tokens[1].lower() in _PLANS_AHEAD and tokens[2].lower() == "to":
            return "future"  # "Monday was expected to be cooler": what the day was to be lies ahead
        if low in ("has", "have") and i + 1 < len(tokens) and (tokens[i + 1].lower() in PARTICIPLES or _past_form(
                tokens[i + 1], tokens[i + 1].lower())):
            return "past"  # "..., has been called off": a present perfect tells of what is done
        if low in _NOUN_FIRST and not (i >= 1 and tokens[i - 1][:1].isupper() and _is_word(tokens[i - 1])
                                       and tokens[i - 1].lower() not in DETERMINERS):
            continue  # a noun: "On Friday, the Tokyo stock price index of first section issues was down 15.82"
        if low in ("plans", "expects", "intends", "hopes", "aims") or low in PRESENT:
            return "present"
        if low in ("plan", "expect", "intend", "hope", "aim") and i >= 1 and tokens[i - 1].lower() in ("we", "they", "i", "you"):
            return "present"  # '"By Monday lunchtime we expect a band of rain"': an expectation now, of the day ahead
        if low == "called" and not comma and i + 1 < len(tokens) and tokens[i + 1].lower() in ("for", "on", "upon") \
                and (i == 0 or _is_word(tokens[i - 1]) and tokens[i - 1].lower() not in DETERMINERS | AUX_SKIP | _AUX_BEFORE_ADVERB):
            return "past"  # "Lawmakers on Thursday called for it to be scrapped": the calling's day, told before it
        if _past_form(word, low) or low in PARTICIPLES:
            if i >= 1 and (tokens[i - 1].lower() in _PREPOSITIONS_BEFORE_ADJECTIVE or tokens[i - 1].lower() in DETERMINERS
                           or _adverb_opening_a_phrase(tokens, i - 1)) \
                    and i + 1 < len(tokens) and _is_word(tokens[i + 1]) and tokens[i + 1].islower() \
                    and tokens[i + 1].lower() not in _NOUN_FOLLOWERS:
                continue  # an adjective: "From Monday, concessions for buyers of established homes will end"
            tense = _participle_tense(tokens, i)
            if tense is None and comma and i >= 1 and tokens[i - 1] == "," and i + 1 < len(tokens) and tokens[i + 1].lower() == "by":
                continue  # "steps off at 10 a.m. on Memorial Day, May 30, followed by a ceremony": a participle's phrase
            if tense or low not in PARTICIPLES:
                return tense or "past"
    return None


_UNITS_AFTER_FOLLOWING = frozenset("day days week weeks month months year years morning afternoon evening night weekend".split())
# verbs of a lasting state, which a relative clause tells of a thing, not of a day ("the bill that funds schools")
_STATIVE_IN_S = frozenset("""lives owns helps funds includes contains covers requires allows represents employs serves houses
oversees supports belongs means resembles comprises governs regulates protects links connects""".split())
_EVENTS_TO_BE_HELD = frozenset("""meeting meetings summit summits conference forum talks session election elections vote
referendum ceremony ceremonies hearing hearings trial auction match game race festival parade rally
report reports rankings ranking figures data results statistics list budget verdict ruling decision findings""".split())
_SAYING_DAY_WORDS = frozenset("on monday tuesday wednesday thursday friday saturday sunday today yesterday".split())
_KINDS_OF_CUT = frozenset("rate tax price pay budget spending job jobs wage fare interest-rate power".split())
# simple past forms that are no participle, so never an adjective
_PAST_ONLY = frozenset("""arose ate awoke became began bit blew broke came chose did drew drove fell flew forbade forgave forgot
froze gave grew knew ran rang rode rose sang sank saw shook shrank spoke sprang stank stole strode strove swam swore threw
took tore was went were withdrew woke wore wrote overcame oversaw overtook mistook undertook underwent foresaw""".split())
_WANTING = frozenset("want wants need needs wanted needed".split())


def _a_name_before(tokens: list[str], i: int) -> bool:
    """Whether a name is the subject of the word at tokens[i]: right before it, before an adverb ("Mississippi also
    votes"), or before an apposition ("General Electric, the most valuable U.S. company, reports")."""
    def name(t: str) -> bool:
        return t[:1].isupper() and _is_word(t)
    return i >= 1 and (name(tokens[i - 1]) or i >= 2 and tokens[i - 1].lower() in _ADVERBS_BEFORE_VERB and name(tokens[i - 2])
                       or _after_a_named_apposition(tokens, i))


def _after_a_named_apposition(tokens: list[str], i: int) -> bool:
    """Whether tokens[i] follows a name and an apposition set off by commas ("General Electric, the most valuable U.S.
    company, [reports]"): the name is its subject, so it is a verb."""
    if i < 4 or tokens[i - 1] != ",":
        return False
    opening = next((k for k in range(i - 2, max(0, i - 14), -1) if tokens[k] == ","), None)
    return opening is not None and opening >= 1 and i - opening >= 3 and tokens[opening + 1].lower() in ("the", "a", "an") \
        and tokens[opening - 1][:1].isupper() and _is_word(tokens[opening - 1]) and "," not in tokens[opening + 1:i - 1]


def _titled_speaker_after(tokens: list[str], k: int) -> bool:
    """Whether tokens[k:] are a speaker named after a saying, with what they are ('said race organiser Cheryl Winn on
    [Wednesday]'): a few words in lower case, then a name to the end (so the saying is the clause's verb)."""
    rest = tokens[k:]
    if rest and rest[-1].lower() in ("on", "at"):
        rest = rest[:-1]
    lower = next((j for j, t in enumerate(rest) if not (t.islower() and _is_word(t))), len(rest))
    return 1 <= lower <= 3 and lower < len(rest) and all(t[:1].isupper() and _is_word(t) for t in rest[lower:])


def _adverb_opening_a_phrase(tokens: list[str], k: int) -> bool:
    """Whether tokens[k] is an adverb in -ly with no subject before it, after a comma, a determiner or a
    preposition ("From Friday, fully vaccinated travellers will be able to enter"): the past form after it
    is an adjective of the noun that follows, not the verb."""
    low = tokens[k].lower()
    return k >= 1 and tokens[k].islower() and low.endswith("ly") and len(low) > 4 and low not in ("only", "early", "daily", "likely") and (
        tokens[k - 1] == "," or tokens[k - 1].lower() in DETERMINERS or tokens[k - 1].lower() in _PREPOSITIONS_BEFORE_ADJECTIVE)


def _base_verb(word: str, low: str) -> bool:
    """A lowercase word right after a subject ("we", "who") that reads as a verb in the present:
    not a past form, a participle, an adverb in -ly or a gerund."""
    return word.isalpha() and word.islower() and not _past_form(word, low) and low not in PARTICIPLES \
        and not low.endswith(("ly", "ing")) and low not in _NOT_A_VERB_AFTER_WE


_NOT_A_VERB_AFTER_WE = frozenset("all both also still just only never always often then now even each ourselves themselves".split())
_FINITE_AFTER_NOUN = frozenset("was were is are has had will would".split())
_CONTRACTED = {"re": "are", "m": "am", "ve": "have"}  # (not "d": "had" or "would")
# "'s" before these is a verb: "it's going to", "Friday's been", "he's got"
_S_CONTRACTED = {"going": "is", "gonna": "is", "been": "has", "got": "has"}
# finite verbs that show a sentence's verb comes after its opening noun phrase ("The tax cut on Friday was welcomed")
_FINITE_AFTER_SUBJECT = frozenset("is are was were will would has have had can could may might must should shall does do did".split())
_NEGATED_KEPT = frozenset({"won", "shan", "can"})  # "won't", "shan't", "can't" are read whole
# pronouns whose "'s" is always a verb ("that's what you need", "it's", "there's"): "is" or "has", a present
_S_PRONOUNS = frozenset("it that there here what he she who where".split())
_PAST_FORMS = PAST_IRREGULAR | PAST_AMBIGUOUS  # (an acronym spelling one of these is a name: "SAT", "LED")


def _tokens(text: str, start: int, end: int) -> list[str]:
    """The words of text[start:end], a contracted verb split off its subject ("you're" -> "you",
    "are"): "If you're driving back Friday" is told in the present; an acronym that spells a past
    verb among words in lower case written as a name ("Redesigned SAT makes its debut Saturday")."""
    tokens = _contractions_split(text, start, end)
    if any(t.islower() for t in tokens):
        tokens = [t.title() if len(t) > 1 and t.isalpha() and t.isupper() and t.lower() in _PAST_FORMS else t for t in tokens]
    return tokens


def _contractions_split(text: str, start: int, end: int) -> list[str]:
    """The words of text[start:end], each contracted verb split off the word before it."""
    tokens = []
    for token in _TOKEN.findall(text, start, end):
        head, mark, tail = token.replace("’", "'").rpartition("'")
        if mark and tail in _CONTRACTED and head.isalpha():
            tokens += [token[:len(head)], _CONTRACTED[tail]]
        elif mark and tail == "s" and head.lower() in _S_PRONOUNS:
            tokens += [token[:len(head)], "is"]  # "But the boys found a way, and that's what you need heading into September"
        elif mark and tail == "t" and head.lower().endswith("n") and len(head) > 2 and head.lower() not in _NEGATED_KEPT:
            tokens += [token[:len(head) - 1], "not"]  # "didn't" -> "did", "not": "She didn't get to bed until 3am on Tuesday"
        else:
            tokens.append(token)
    if "'" not in text[start:end] and "’" not in text[start:end]:
        return tokens
    out: list[str] = []
    for k, token in enumerate(tokens):
        # "This Friday's going to be a long one", "Tuesday's been the worst day": "is", "has"
        low = token.lower().replace("’", "'")
        verb = _S_CONTRACTED.get(tokens[k + 1].lower()) if k + 1 < len(tokens) else None
        if verb and low.endswith("'s") and len(low) > 2:
            out += [token[:-2], verb]
        elif verb and low == "s" and k == 0 and text[start:start + 1] in ("'", "’"):
            out.append(verb)
        else:
            out.append(token)
    return out


def first_verb_tense(text: str, start: int, end: int) -> Tense:
    """The tense of the first verb in text[start:end] ("The recall is only the second attempt ...;
    voters recalled their governor in 1921": present)."""
    return _scan_right(_tokens(text, start, end))


def tense_after(text: str, end: int) -> Tense:
    """The tense told after text[:end] in the rest of its sentence ("; today [it has 310]")."""
    _, e = sentence_bounds(text, end, end)
    return _scan_right(_tokens(text, end, e))


def verb_before(text: str, start: int, end: int, bounds: tuple[int, int] | None = None) -> tuple[Tense, str | None]:
    """The tense told by the verb before text[start:end] in its clause only ("will compete in
    [Sunday]'s final"), and the word that told it; (None, None) without one. An expression that
    is the subject of its clause takes no tense from the verb after it ("[Tuesday]'s ruling will
    force ...")."""
    s, _ = bounds or sentence_bounds(text, start, end)
    tokens = _tokens(text, max(s, start - 250), start)
    tense, i = _scan_left(tokens)
    return (tense, tokens[i].lower()) if tense else (None, None)


# what is announced and starts on a day lies ahead of the announcing
_ANNOUNCING = frozenset("announced announces called calls declared declares ordered orders imposed imposes threatened threatens "
                        "unveiled unveils approved approves".split())
# what a day was "likely to" or "expected to" be lies ahead of the saying
_PLANS_AHEAD = frozenset("likely expected due set forecast predicted going scheduled".split())
_PARTS_OF_DAY_AFTER = frozenset("morning afternoon evening night".split())
# adjectives between an owner and its report ("in its monthly report on Tuesday"): the noun after them is no verb
_ADJECTIVES_OF_A_REPORT = frozenset("monthly weekly quarterly annual yearly daily latest final regular".split())
# participles of saying, which own the date of their phrase ("..., promising in a letter in June to honor contracts")
_SAYING_PARTICIPLES = frozenset("promising pledging vowing saying announcing telling warning insisting noting adding writing".split())
# a finite verb right after an expression that follows "said": the expression is its subject
_VERBS_OF_A_SUBJECT = frozenset("will would could should might must shall is are".split())


# a condition still open after the date: "... in April if the dispute is not resolved" (not after an
# infinitive the condition belongs to: "voted Thursday to authorize force if Iraq does not leave")
_CONDITION_AHEAD = re.compile(r"(?:(?!\bto\s)[^.;:!?,]){0,40}?\b(?:if|unless)\s+(?:[\w'’-]+\s+){0,5}?(?:is|are|does|do|has|have|isn't|aren't|"
                              r"doesn't|don't|fails?|agrees?|accepts?|refuses?|goes|continues?|remains?)\b", re.IGNORECASE)
_HAD_WORD = re.compile(r"\bhad\b", re.IGNORECASE)


# a plan or an order made public for a day, not in the past perfect ("announced closures for Thursday", "has called a strike
# for Monday"; not "had announced closures for Thursday")
_ANNOUNCED_FOR_BEFORE = re.compile(r"(?<!\bhad\s)\b(?:announced|announces|ordered|orders|called|calls|declared|declares|issued|issues)\s+"
                                   r"(?:[\w'’-]+\s+){1,6}?for\s+(?:the\s+)?$", re.IGNORECASE)
# a court's listing of a case for its next step ("listed the matter for further hearing on April 16", "set the case down for
# trial in March", "fixed sentencing for May 21"): the step lies ahead, whatever the tense of the listing
_LISTED_FOR_HEARING_BEFORE = re.compile(
    r"(?<!\bhad\s)\b(?:listed|fixed|set|adjourned|remanded|posted|put)\s+(?:[\w'’-]+\s+){0,4}?(?:down\s+)?for\s+(?:a\s+|the\s+|its\s+)?"
    r"(?:(?:further|final|full|fresh|next|preliminary|bail|sentencing|plea|committal)\s+)?"
    r"(?:hearings?|trial|sentencing|arguments?|judgment|judgement|ruling|verdict|mention|review)\s+(?:on\s+|in\s+)?$", re.IGNORECASE)
# what is prepared or trained for, right before the date ("to prepare for the summer", "are gearing up for Friday's
# vote"; not "had prepared for the winter")
_PREPARING_FOR_BEFORE = re.compile(r"(?<!\bhad\s)\b(?:(?:prepar(?:e|es|ing)|get(?:ting)?\s+ready|read(?:y|ies|ying)|train(?:s|ing)?|"
                                   r"gear(?:s|ing)?\s+up|brac(?:e|es|ing))\s+(?:themselves\s+|itself\s+|himself\s+|herself\s+)?for"
                                   # (or counting down to it: "Comrades hopefuls count down to Sunday's 5.30am gun")
                                   r"|count(?:s|ing)?\s+down\s+to)\s+"
                                   # (or for a day or a season told by what it will be like: "bracing for a slow spring")
                                   r"(?:the\s+|(?:a|an)\s+[a-z]+(?:-[a-z]+)?,?\s+)?$",
                                   re.IGNORECASE)
# the soonest a thing can happen, right after the date ("Thursday at the earliest", "by June at the very earliest")
_AT_THE_EARLIEST_AFTER = re.compile(r",?\s+at\s+the\s+(?:very\s+)?earliest\b", re.IGNORECASE)
# a condition right before the date's noun phrase ("if the spring is also dry", "unless Monday's talks fail")
_IF_BEFORE = re.compile(r"\b(?:if|unless)\s+(?:the\s+)?$", re.IGNORECASE)
# what is booked, sold or priced for a time ahead, right before it: "bookings for January", "Fares
# on some transatlantic routes for Friday", "casino hotels were booked solid for Saturday night",
# "resale prices for Sunday's concert" (not "sales for December" or "occupancy for the weekend",
# which are counted, nor "demand for Christmas", which may be either); and flights called off ahead of the day
# ("1,000 cancellations had already been logged for Wednesday")
BOOKED_FOR_BEFORE = re.compile(
    r"\b(?:bookings?|reservations?|seats|rooms|tickets|fares|prices?|flights|cancellations|booked(?:\s+(?:solid|up|out|full))?|sold\s+out|signed\s+up)"
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:for|through|until|till)\s+(?:the\s+)?"
    # (or for a season, then its months: "bookings for the peak summer period, from mid-December", "bookings for the
    # ski season in January")
    r"(?:(?:[\w'’-]+\s+){0,3}?(?:period|season|holidays|break|months),?\s+(?:from|in|between|during)\s+)?(?:early\s+|late\s+|mid-)?$"
    # ... or what one is booked on: "Passengers booked on Skyward flights this weekend can change their reservations"
    r"|\bbooked\s+on\s+(?:[\w'’-]+\s+){0,2}?(?:flights?|trains?|services|sailings?|ferries|crossings?|cruises?|tours?)\s+(?:on\s+|after\s+|from\s+)?$"
    # ... or the day travellers are booked on, with their carrier at most ("Passengers booked on Thursday can rebook",
    # "Travelers booked on Ryanair on Sept. 28 should check their email")
    r"|\b(?:passengers|travell?ers|customers|fliers|flyers|holidaymakers|those|anyone)\s+(?:who\s+(?:are|were|have|had)\s+)?"
    r"booked\s+(?:to\s+(?:fly|travel)\s+)?(?:(?:on|with)\s+(?-i:[A-Z][\w'’&.-]*\s+){1,3})?(?:on|for)\s+$",
    re.IGNORECASE)


# a forecast's chance of weather ("with a chance of thunderstorms returning Friday night"): what is to come
_CHANCE_OF_BEFORE = re.compile(r"\b(?:a|an|the|some|little|no|any|every|\d+(?:%|\s+per\s*cent|\s+percent))\s+(?:[\w-]+\s+)?"
                               r"(?:chance|prospects?|likelihood|possibility)\s+of\s+"
                               r"(?:[\w-]+\s+){0,4}?(?:[\w-]+ing\s+)?(?:on|by|in|from|at|until|through|before)?\s*$"
                               # (and what there is little sign or hope of before a time: "no sign of ending before the
                               # weekend", "little hope of a deal before the November elections")
                               r"|\b(?:little|no|any|some)\s+(?:[\w-]+\s+)?(?:signs?|hopes?)\s+of\s+(?:[\w-]+\s+){0,5}?"
                               r"(?:before|until|till)\s+(?:the\s+)?$", re.IGNORECASE)
# a refusal to tell, reported with the day it was made ("she would not say Monday whether Ottawa would ratify the deal",
# "a spokesman wouldn't comment on Friday"): the "would" of a refusal past, not of a time to come
_REFUSED_TO_TELL_BEFORE = re.compile(r"\b(?:would|could)(?:\s+not|n['’]t)\s+(?:immediately\s+|yet\s+|officially\s+)?"
                                     r"(?:say|comment|confirm|disclose|discuss|reveal|elaborate|specify|speculate|identify|name|"
                                     r"predict|estimate|answer|rule\s+out)\s+(?:on\s+)?$", re.IGNORECASE)
# a time in the subject of "was likely", "were unlikely", "was possible": a reported forecast, so a time to come
# ("said further days of action in February and March were likely", "said a deal before the weekend was unlikely")
_LIKELY_AFTER = re.compile(r"(?:\s+(?:and|or)\s+(?:the\s+|early\s+|late\s+|mid-)?(?-i:[A-Z0-9])[\w-]*)?\s+(?:was|were)\s+"
                           r"(?:(?:also|still|now|more|less|highly|very|quite)\s+)?(?:likely|unlikely|possible|probable)\b", re.IGNORECASE)
# a forecast for a period: what it looks to lies ahead ("raised their Brent forecast for the second quarter")
_FORECAST_FOR_BEFORE = re.compile(r"\b(?:forecasts?|outlook|guidance|projections?)\s+(?:[\w'’$.,-]+\s+){0,3}?for\s+(?:the\s+)?$"
                                  # a forecast standing now, of weather from a day ("The Met Department has forecast
                                  # isolated thunderstorms from Thursday", "predicts heavy rain on Sunday")
                                  r"|\b(?:(?:has|have)\s+(?:forecast|predicted)|forecasts|predicts)\s+(?:[\w'’-]+\s+){1,4}?"
                                  r"(?:from|on|by|until|over)\s+(?:the\s+)?$", re.IGNORECASE)
# a futures contract named by its delivery month, always one to come ("the most-active June contract",
# "front-month June natural gas", "U.S. crude for January delivery")
_CONTRACT_MONTH_AFTER = re.compile(r"\s+(?:futures\s+)?(?:contracts?|futures|delivery)\b"
                                   # a month before the commodity traded for it ("September arabica closed 11.85
                                   # cents higher", "December corn fell"): a contract, always one to come
                                   r"|\s+(?:arabica|robusta|cocoa|cotton|corn|wheat|soybeans?|soymeal|soyoil|oats|"
                                   r"crude|Brent|WTI|copper|platinum|palladium|heating\s+oil|gasoline|hogs|cattle|"
                                   r"live\s+cattle|lean\s+hogs|feeder\s+cattle)\s+(?:futures\s+)?(?:closed|settled|rose|fell|"
                                   r"gained|lost|dropped|jumped|climbed|slipped|eased|was|were|ended|finished|traded|added)\b",
                                   re.IGNORECASE)
_FOR_DELIVERY_AROUND = re.compile(r"\b(?:for|front-month|most-active|benchmark)\s+$", re.IGNORECASE)
_DELIVERY_AFTER = re.compile(r"\s+(?:delivery|loading|contracts?|futures)\b|\s+(?:natural\s+gas|crude|wheat|corn|soybeans?|gold|copper)\b",
                             re.IGNORECASE)
# a time that is the subject of a "will" right after it ("the third quarter will be tight"), not one after a
# preposition ("rates in the third quarter will rise": the rates are the subject)
SUBJECT_WILL_AFTER = re.compile(r"\s+(?:will|is\s+(?:expected|likely|set|due|going)\s+to)\s", re.IGNORECASE)
# ... opening its clause: after the sentence's start, a conjunction or a verb whose object is a clause
_SUBJECT_OPENS_BEFORE = re.compile(r"(?:^|[.!?:;,]\s+|\b(?:that|and|but|because|as|while|knows|know|said|says|expects|expect|"
                                   r"believes|believe|thinks|think|warned|warns|predicted|predicts)\s+)[\"“‘'`]*(?:the\s+)?$",
                                   re.IGNORECASE)


def time_is_subject_of_will(text: str, start: int, end: int) -> bool:
    """A time told as the subject of a "will" ("the third quarter will be tight", "OPEC knows the fourth quarter
    will tell"): not one inside the subject's own clause ("The show that was rained out Sunday night will go on")
    nor after a preposition ("Full results for the second quarter will be published")."""
    return bool(SUBJECT_WILL_AFTER.match(text, end)) and bool(_SUBJECT_OPENS_BEFORE.search(text, max(0, start - 16), start))


# a coming thing the clause after the date tells as planned: ", which is due at 6.12pm", "that are expected to"
_DUE_CLAUSE_AFTER = re.compile(r",?\s+(?:that|which)\s+(?:is|are)\s+(?:due|expected|scheduled|set|slated)\s+(?:to|at|for|on|in)\b",
                               re.IGNORECASE)
_WILL_CLAUSE_AFTER = re.compile(r"\s+(?:that|which)\s+will\b", re.IGNORECASE)  # (no comma: "issued July 1, which will receive")


# a day or date that heads a line's entry: at the line's start (after a bullet), then a colon or a dash
_OPENS_ITS_LINE = re.compile(r"(?:^|\n)[ \t]*(?:[-*•][ \t]+)?$")
_A_CLOCK_TIME = re.compile(r"\d[:.]\d\d|\d\s*[ap]\.?m\b|\b(?:noon|midnight)\b", re.IGNORECASE)
_HEADS_ITS_ENTRY = re.compile(r"[ \t]*(?::|--|[—–-](?=[ \t]))[ \t]+")


# words a sentence may open with before its time ("In February, ...", "Late on Friday, ...")
_OPENING_WORDS = frozenset("in on at by during late early earlier later since from until".split())
_SAYING = frozenset("said says told tells warned warns".split())


# the verb of a clause after an agent ("photographs taken by border guards [will open] on Wednesday"): no agent's word
_AN_AUXILIARY = r"(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had|to)\b"
# a thing and what was done to it by someone, right before a date, with no auxiliary ("those checked by regulators in
# August", "plans approved by the council in March"): a past act, whatever the sentence's verb
_DONE_BY_BEFORE = re.compile(r"\b(?:those|these|ones|[a-z]{3,}s)\s+(?:[a-z]{3,}ed|made|done|seen|taken|given|written|drawn|shown|"
                             r"held|found|sent|signed|sold|bought|built|paid)\s+by\s+(?:the\s+)?(?:(?!" + _AN_AUXILIARY + r")[\w'’.&-]+\s+){1,4}?"
                             r"(?:in|on|last|early|late)\s+$", re.IGNORECASE)
# a document and its release right before a date ("figures published by the operator in [August]", "data released on
# [Tuesday]"): a past act, whatever the sentence's verb (the noun right before its participle: not "figures will be
# published in August")
_RELEASED_RIGHT_BEFORE = re.compile(r"\b(?:figures|data|statistics|numbers|report|reports|survey|results|estimates|minutes|"
                                    r"accounts|filings?|documents?|papers?)\s+(?:published|released|issued|filed|posted|"
                                    r"compiled|collected)\s+(?:by\s+(?:the\s+)?(?:(?!" + _AN_AUXILIARY + r")[\w'’.&-]+\s+){1,4}?)?(?:in|on|at|last|early|late)\s+$",
                                    re.IGNORECASE)


# a sentence of advice that opens with its verb, after a condition or a participle at most ("If you can, leave early
# Thursday morning", "Returning, avoid Sunday afternoon"), up to the time, in one clause
_IMPERATIVE_OPENING = re.compile(r"\s*[\"“]?(?:(?:If\s+(?:you\s+can|possible)|Where\s+possible|Instead|Returning|Travell?ing\s+\w+)\s*,\s*)?"
                                 r"(?:[Aa]void|[Ee]xpect|[Aa]llow|[Cc]heck|[Aa]rrive|[Cc]onsider|[Rr]emember|[Ss]et\s+off|[Hh]ead\s+out|"
                                 r"[Gg]et\s+there)\b(?![-‐])[^.;:!?]*$")  # (not a noun: "Check-in opened on Friday")
# a sentence that opens with a plural subject qualified by a participle and a preposition of time ("New apps submitted after
# [June 30] must ...", "Ballots received by [Friday] will be counted"), the sentence's verb right after the time
_REDUCED_RELATIVE_OPENING = re.compile(r"\s*[\"“]?(?:(?:The|All|Any|New|Existing)\s+)?(?:[A-Za-z-]+\s+)?(?!(?:was|has|is|does|says)\s)[a-z]+s\s+"
                                       r"(?:[a-z]+ed|[a-z]+en|sent|paid|sold|made|built|bought|held|filed)\s+"
                                       r"(?:after|before|by|on|until|from|between|in|since)\s+")
_FINITE_VERB_NEXT = re.compile(r"\s+(?:must|will|would|should|can|could|may|might|shall|are|were|have|had)\b")


def clause_tense(text: str, start: int, end: int, bounds: tuple[int, int] | None = None) -> Tense:
    """'past', 'present', 'future' or None for the clause around text[start:end]."""
    if _RELEASED_RIGHT_BEFORE.search(text, max(0, start - 80), start) or _DONE_BY_BEFORE.search(text, max(0, start - 80), start):
        # "Lease payments will be about £27m a year, according to figures published by the operator in August", "would
        # be compared with those checked by regulators in August"
        return "past"
    if _REFUSED_TO_TELL_BEFORE.search(text, max(0, start - 60), start):
        return "past"  # "she would not say Monday whether Ottawa would ratify the deal": the day of the refusal
    if BOOKED_FOR_BEFORE.search(text, max(0, start - 60), start) or _ANNOUNCED_FOR_BEFORE.search(text, max(0, start - 70), start) \
            or _LISTED_FOR_HEARING_BEFORE.search(text, max(0, start - 80), start):
        return "future"  # (also "have already announced closures for Thursday": what is announced for a day lies ahead)
    if _LIKELY_AFTER.match(text, end):
        return "future"  # "said further days of action in February and March were likely": a reported forecast
    if _AT_THE_EARLIEST_AFTER.match(text, end):
        return "future"  # '"We've been told Thursday at the earliest"': a forecast of when something can happen
    if _PREPARING_FOR_BEFORE.search(text, max(0, start - 40), start):
        return "future"  # "were rested ... to prepare for the summer": what is prepared for lies ahead
    if _IF_BEFORE.search(text, max(0, start - 12), start) and tense_after(text, end) == "present":
        return "future"  # "raising concerns about water supplies if the spring is also dry": a condition ahead
    if _CHANCE_OF_BEFORE.search(text, max(0, start - 70), start):
        return "future"  # "with a chance of thunderstorms returning Friday night", "a 40 percent chance of rain on Sunday"
    if _FORECAST_FOR_BEFORE.search(text, max(0, start - 50), start) or _CONTRACT_MONTH_AFTER.match(text, end) \
            or _FOR_DELIVERY_AROUND.search(text, max(0, start - 30), start) and _DELIVERY_AFTER.match(text, end):
        return "future"  # "raised their Brent forecast for the second quarter", "the most-active June contract", "crude for January delivery"
    if time_is_subject_of_will(text, start, end):
        return "future"  # "OPEC also knows the third quarter will be tight again": the time is the subject of a "will"
    s, e = bounds or sentence_bounds(text, start, end)
    if _PARTICIPLE_ASIDE_BEFORE.search(text, max(s, start - 40), start) and _ASIDE_THEN_TO_COME.match(text, end):
        return "future"  # "The traditional Par-3 Contest, held on Wednesday afternoon, may be shortened": the contest to come
    if _DUE_CLAUSE_AFTER.match(text, end):
        return "future"  # "a risk of flooding around the evening high tide on Saturday, which is due at 6.12pm"
    if _WILL_CLAUSE_AFTER.match(text, end):
        # "a signing ceremony on Monday that will end the war": a happening to come; but "Clinton signed a
        # stopgap measure Tuesday that will keep agencies running": the signing's day, the thing's future
        left = _tokens(text, max(s, start - 80), start)
        noun = left[-2] if len(left) >= 2 and left[-1].lower() in ("on", "at") else left[-1] if left else ""
        if noun.lower() in _HAPPENINGS_AHEAD or _scan_left(left)[0] != "past":
            return "future"
    if _IMPERATIVE_OPENING.match(text, s, start):
        return "future"  # advice: "Returning, avoid Sunday afternoon", "Allow extra time on Friday": what to do is to come
    if _REDUCED_RELATIVE_OPENING.fullmatch(text, s, start) and _FINITE_VERB_NEXT.match(text, end):
        told = tense_after(text, end)
        if told:
            return told  # "New apps submitted after June 30 must follow the rules": the subject's participle tells no time;
            # the verb of the sentence does
    left = _tokens(text, max(s, start - 250), start)
    heading = _HEADS_ITS_ENTRY.match(text, end) if not left and _OPENS_ITS_LINE.search(text, max(0, start - 8), start) \
        and not _A_CLOCK_TIME.search(text, start, end) else None  # (a time's entry goes on from the day before it)
    if heading:
        # an entry headed by its day or date: "Monday: A Christmas tree fire was reported at 4:12 p.m.",
        # "- March 3: The company opened an investigation" (the entry's verb, after the colon or dash)
        tense = _scan_right(_tokens(text, heading.end(), min(e, heading.end() + 200)))
        if tense:
            return tense
    opening = left[:-1] if left and left[-1].lower() in ("on", "in", "at", "by", "late", "early") else left
    when_clause = _WHEN_CLAUSE_AFTER.match(text, end, e)
    if when_clause:
        # "trying to make sense of Thursday afternoon, when the Dow plunged nearly 1,000 points":
        # the clause that tells what the day was tells its time
        told = _when_clause_tense(_tokens(text, when_clause.end(), min(e, when_clause.end() + 120)))
        if told:
            return told
    if _subject_after_a_conjunction(opening) and end < e:
        # "will pay more in 2017 after City Council on Wednesday night approved a budget": the date
        # sits between the subject and the verb of a clause of its own; that verb tells its time
        right = _tokens(text, end, min(e, end + 60))
        if right and right[0].islower() and _past_form(right[0], right[0].lower()) and right[0].lower() not in PARTICIPLES:
            return "past"
    if len(opening) >= 2 and opening[-1].lower() in ("and", "but", "while", "whereas") and opening[-2] == ",":
        # "she runs the company, and on Wednesday she announced ...", "..., while Saturday is a
        # bank holiday": a clause of its own opens with the date; its verb comes after it
        tense = _scan_right(_tokens(text, end, min(e, end + 200)))
        if tense:
            return tense
    joins = [k for k in range(1, len(left)) if left[k].lower() in ("and", "but") and left[k - 1] == ","]
    if joins and 2 <= len(left) - joins[-1] <= 8 and left[joins[-1] + 1].lower() in DETERMINERS and _scan_left(left[joins[-1] + 1:])[0] is None:
        # "Schools let out this week, and the period between Dec. 25 and New Year's Day is
        # traditionally the busiest": the date is in the subject of a clause of its own; its verb comes after
        tense = _scan_right(_tokens(text, end, min(e, end + 200)))
        if tense:
            return tense
    if left and left[-1].lower() in ("forecast", "forecasts", "predicted", "predicts", "expected", "expects") and end < e \
            and re.match(r"\s+to\s+(?:be|bring|reach|see|remain|stay|turn|hit|top)\b", text[end:end + 16], re.IGNORECASE):
        return "future"  # "The Bureau of Meteorology forecast Saturday to be fine and warm": the day forecast
    if 3 <= len(left) <= 5 and left[-1].lower() in ("on", "at") and left[0].lower() in ("the", "this", "a", "an") \
            and all(_is_word(t) and t.islower() and not _past_form(t, t) for t in left[1:-1]) and end < e:
        # (not "The cold spell began on Monday as high pressure drew ...": a verb before, and "as" no verb)
        right = _tokens(text, end, min(e, end + 40))
        if right and right[0].islower() and right[0].endswith("s") and not right[0].endswith(("ss", "us", "is", "was", "has")) \
                and right[0] not in ("as", "whereas", "unless", "towards", "afterwards", "its", "plus", "thus") \
                and _is_word(right[0]) and (len(right) == 1 or right[1] not in (",", "'s")):
            return "present"  # "The parade on Sunday marks 65 years since ...": the verb of the phrase the day is in
    said_left = left
    while len(said_left) >= 2 and said_left[-1].lower() in ("and", "or") and (
            said_left[-2][:1].isupper() or said_left[-2].lower() in _PARTS_OF_DAY_AFTER):
        # "said Wednesday and [Sunday] would be": the second of a pair after "said"
        said_left = said_left[:-2]
        while said_left and (said_left[-1].lower() in _PARTS_OF_DAY_AFTER or said_left[-1][:1].isupper()
                             and said_left[-1].lower() not in ("said", "says")):
            said_left = said_left[:-1]
    if said_left and said_left[-1].lower() in ("said", "says", "announced", "announces") and end < e:
        right = _tokens(text, end, min(e, end + 200))
        while len(right) >= 2 and right[0].lower() in ("and", "or") and right[1][:1].isupper():
            right = right[2:]  # "Airlines said Wednesday and Sunday would be the busiest days"
            while right and right[0].lower() in _PARTS_OF_DAY_AFTER:
                right = right[1:]
        if len(right) >= 3 and right[0].lower() in ("was", "were") and right[1].lower() in _PLANS_AHEAD and right[2].lower() == "to" \
                and re.match(r"(?:the\s+)?[A-Z]", text[start:start + 5]):
            # "The AA said Thursday afternoon was likely to be the worst time to travel", "Amtrak said the Sunday
            # after Thanksgiving was expected to be its busiest day"
            return "future"
        if right and right[0].lower() in _VERBS_OF_A_SUBJECT:
            # "It said Wednesday would also be a holiday": the subject of the reported clause,
            # whose own verb tells its time (but "said Wednesday it would", "said Wednesday that")
            tense = _scan_right(right)
            if tense:
                return tense
    tense, boundary = _scan_left(left)
    if tense == "present" and 0 <= boundary < len(left) and left[boundary].lower() in _NOUN_FIRST and end < e:
        after = _tokens(text, end, min(e, end + 40))
        if after and after[0].islower() and _past_form(after[0], after[0].lower()) and after[0].lower() not in PAST_AMBIGUOUS \
                and after[0].lower() not in PARTICIPLES:
            tense = "past"  # "Newspaper reports on Tuesday suggested that ...": a noun before the date, the verb after it
    if tense is None and left and _opens_an_order(text, s, left):
        return "future"  # '"Ask me on Saturday," he said', "Call the helpline on Monday": what is asked is to come
    # (a headline's second clause, after a semicolon: "Red River crest pushed back; Morris ring dike to close Friday")
    for head in ((left[boundary + 1:], left) if 0 <= boundary < len(left) and left[boundary] in HARD_BOUNDARIES else (left,)):
        to = head.index("to") if "to" in head else -1
        if tense is None and 0 < to < len(head) - 1 and head[to + 1].islower() and _is_word(head[to + 1]) \
                and head[to + 1] not in DETERMINERS and headline_line(text, start) and _headline_noun_phrase(head[:to]):
            return "future"  # a headline: "Nurses' strike to go ahead on Thursday after talks fail"
    if tense is None and 1 <= boundary < len(left) - 1 and left[boundary].lower() == "that" \
            and left[boundary - 1].lower() in _DEMANDING and "," not in left[boundary:] \
            and not any(t.lower() in _CLAUSE_OPENERS - {"as"} for t in left[boundary + 1:]):
        return "future"  # "demanding that Lee step down as chairman immediately rather than in September": what is demanded
    if tense == "present" and _after_a_happening(left, boundary):
        return "past"  # "Police are appealing for witnesses after a stabbing early Sunday": what the present follows is over
    if tense == "past" and len(left) >= 2 and left[0].lower() == "after" and left[1].lower().endswith("ing"):
        comma = text.find(",", end, e)
        if comma >= 0 and _scan_right(_tokens(text, comma + 1, min(e, comma + 200))) == "future":
            return "future"  # "After concluding his visit on Tuesday, Jiang will travel to Dushanbe": the sentence's time
    if tense == "past" and 0 <= boundary < len(left) - 2:
        withs = [k for k in range(boundary + 1, len(left)) if left[k].lower() == "with" and left[k - 1] == ","]
        if withs and (left[boundary].lower() in ("has", "have") or _aux_before(left, boundary)[0] in ("has", "have")):
            # "The dispute has become an issue in the campaign, with polling on May 24": a state up to
            # now, and a date in a phrase of its own after it, whichever way it lies
            return None
    if tense == "past" and _CONDITION_AHEAD.match(text, end, e) and not _HAD_WORD.search(" ".join(left[-12:])) \
            and not (1 <= boundary < len(left) and left[boundary - 1].lower() in ("that", "which", "who")) \
            and not (0 <= boundary < len(left) and left[boundary].lower() in REPORTING):
        # (but "a spokesman said on Wednesday that if corrosion is found, ...": the condition is what was said)
        return "future"  # "has flagged a stoppage in April if the dispute is not resolved": a stoppage held out
    if tense:
        return tense
    right = _tokens(text, end, min(e, end + 200))
    withs = [k for k, t in enumerate(left) if t.lower() == "with"]
    if withs and len(left) - withs[-1] <= 8 and all(_is_word(t) for t in left[withs[-1] + 1:]) and "," in right:
        # "With state primaries in September serving as the first test of equipment bought under the act, counties
        # are adding ...": a "with" phrase's participle has no tense of its own, nor has a participle after a noun in
        # what it takes; the clause after it tells the time
        comma = right.index(",")
        if any(_is_word(t) and t.islower() and t.endswith("ing") and len(t) > 5 for t in right[:min(comma, 2)]):
            tense = _scan_right(right[comma + 1:])
            if tense:
                return tense
    opens = bool(right) and right[0] == "," and all(t.lower() in _OPENING_WORDS for t in left)
    if opens and len(right) > 3 and _is_word(right[1]) and right[1].islower() and right[1].endswith("ing") and "," in right[2:]:
        # "Earlier in the evening, accepting the award for best pop vocal album, Swift told the audience": the
        # participle's phrase has no tense of its own; the clause after it tells the time
        tense = _scan_right(right[right.index(",", 2) + 1:])
        if tense:
            return tense
    if left and left[0].lower() == "after" and "," in right and "," not in left:
        main = right[right.index(",") + 1:]
        if any(t.lower() in ("has", "have") for t in main[:4]) and _scan_right(main) == "present":
            # "After the excitement of the summer, there has never been so much chess": a sentence that opens
            # on what came before and goes on in the present perfect tells of a time gone by
            return "past"
    tense = _scan_right(right)
    if tense:
        return tense
    if opens:
        # "In February, Corvex said the date had slipped": the sentence opens on its time, and the saying after
        # it is the clause's own verb (not "..., forecasters said" after the time, nor "On Friday, officials
        # said, the bridge will close", where the saying is set off)
        # (a saying only: "announced", "reported" may be participles, "From Friday, income tax cuts announced in the
        # May Budget will apply")
        said = next((k for k, t in enumerate(right[1:7], 1) if t.lower() in _SAYING), None)
        if said is not None and said + 1 < len(right) and right[said + 1] != "," \
                and not any(t in (",", "that", "which", "who") for t in right[1:said]):
            return "past" if _past_form(right[said], right[said].lower()) else "present"
    if boundary > 0 and not (boundary + 1 < len(left) and left[boundary + 1].lower() in ("what", "how", "why", "where", "who", "which")):
        # (not over a question that has its own verb: "EuroMillions explained: what changes this weekend")
        tense, _ = _scan_left(left[:boundary])
    if tense is None and len(left) >= 2 and left[0].lower() in ("if", "unless") and "," not in left \
            and left[1].lower() in ("we", "they", "you", "i", "he", "she", "it") and not any(_past_form(t, t.lower()) for t in left):
        return "future"  # "If we lose Wednesday as well, a Monday finish becomes very likely": a condition ahead
    return tense
