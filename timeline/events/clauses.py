"""Clauses and summaries: the words of a sentence that belong to one time expression.

``split_clauses`` gives each time expression of a sentence its own clause when a sentence
holds several ("the peninsula it annexed in 2014, and ... its broader annexation declared in
2022"): the sentence is cut between consecutive expressions at the first strong boundary
(";", a dash, ", and", ", which", ...) or, failing that, the first comma, or failing that a
conjunction ("said on Tuesday that ... on Friday"); a comma around a name in a list of names
("its Renton, Washington, production line") and an "and" between two names ("in London and
Paris after ...") are no boundaries. A clause that starts with a bare verb phrase borrows the
sentence's short subject ("The conflict ... has its roots in the 2014 annexation"), a plain verb
after "and" the modal before it and its subject ("inflation would return ... and [reach]"); a
clause with a subject of its own borrows none ("after [ballot papers ran out] ...").

``summarize`` turns a clause into a line a reader can scan: leading filler goes first
(``FILLER_RULES``, each with its examples, run as tests), then asides (parentheses, but not one
inside a name, "the Coastal Erosion (Compensation) Bill"; dashes; appositives naming a role; an
appositive or a relative aside between a name and its verb, "Dana Whitcombe, whose payments
startup ..., was sentenced") while the line is longer than ``MAX_WORDS``; a date set off after
"and" keeps only the verb phrase it dates ("Margaret Oyelaran became the first female partner ...
in 1974"); then the line is cut at the last phrase boundary that keeps the time expression, and
only as a last resort after a whole word with an ellipsis. Words are never cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.emphasis import plain_text
from timeline.events.vocab import CORPORATE_SUFFIXES, ORGANISATION_WORDS
from timeline.temporal.tense import PAST_IRREGULAR, PRESENT

MAX_WORDS = 20

# Where one clause ends and the next begins, strongest first.
STRONG_BOUNDARY = re.compile(
    r";\s+|\s+[—–]\s+|\s*—\s*|,\s+(?=(?:and|but|while|whereas|which|who|yet|although|though|whilst|or)\b)"
)
_WEAK_BOUNDARY = re.compile(r",\s+(?!\d)")
# an age or a party label set off by commas after a name ("Lazaro Gonzalez, 49, was found",
# "Sen. Jesse Helms, R-N.C., strengthened"): its commas cut no clause
_LABEL_TEXT = r"(?:\d{1,3}|(?-i:[DRI])-(?-i:[A-Z])[A-Za-z.]{0,10})"
_LABEL = re.compile(_LABEL_TEXT + r",")
_AFTER_LABEL = re.compile(r",\s+" + _LABEL_TEXT + r"$")
# "March to June is [when] we start to ...": a predicate, no clause of its own
_WHEN_AS_PREDICATE = re.compile(r"\b(?:is|was|are|were|be)$", re.IGNORECASE)
# "Peskov said on Tuesday that the meeting would take place on Friday": the weakest cut.
_WORD_BOUNDARY = re.compile(r"\s+(?:that|and|but|while|after|before|when)\s+")
# "condemned bomb attacks in Kenya and Tanzania Friday": "and" joins two names, not two clauses
# what was said, told without "that" right after the day it was said ("The union said on Monday [it would
# strike on Friday]"): its subject and a verb that tells it
_SAID_ON_BEFORE = re.compile(r"\b(?:said|says|announced|added|warned|confirmed|predicted|insisted)\s+(?:(?:on|late|early)\s+)?$")
_SAID_WITHOUT_THAT = re.compile(r"\s+(?=(?:it|they|he|she|we|the\s+[a-z'’-]+(?:\s+[a-z'’-]+)?|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+"
                                r"(?:would|will|could|might|may|should|must|plans|planned|expects|expected|intends|intended|"
                                r"hopes|hoped|had|has|have)\b)")
_JOINED_NOUNS = re.compile(r"\s+and\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}(?:(?:on|in|at)\s+)?", re.IGNORECASE)
# (a comma before "until" parts two: "which had been scheduled to start June 2, until Sept. 8")
_JOINED_DATES = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|to|through|until|-|–)?\s*(?:(?:on|in|at|by)\s+)?", re.IGNORECASE)
# a clause that only attributes what the sentence tells ("..., the White House said on Friday")
# a comment or a reason tacked on after a comma ("..., in what would be the biggest sale in its history",
# "..., in a dispute over pay", "..., amid fears of ...")
_TRAILING_COMMENT = (r"in\s+what\b|in\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:move|sign|blow|boost|deal|decision|step|reversal|setback|dispute|"
                     r"row|protest|bid|effort|attempt|response|campaign|fight|battle|escalation)\b|amid\b"
                     # or how long after or before another happening it was said ("..., police said on Tuesday,
                     # a week after the blaze", "..., hours before the vote")
                     # or the figure it is set against ("..., the association said on Monday, compared with about 90
                     # percent at this time last year")
                     r"|compared\s+(?:with|to)\b|against\s+(?:about\s+|around\s+|nearly\s+|some\s+)?[$€£¥₹\d]"
                     r"|(?:(?:just|only|barely|almost|nearly|some|more\s+than|less\s+than)\s+)?"
                     r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+)?"
                     r"(?:minutes?|hours?|days?|weeks?|months?|years?|decades?|moments?|shortly|soon|not\s+long)\s+(?:after|before)\b")
_ATTRIBUTION_ONLY = re.compile(
    r"(?:[\w'’.&-]+\s+){0,6}?(?:said|says|announced|told\s+(?:reporters|\w+)|added|reported|confirmed|stated|"
    r"wrote|warned|predicted|forecast)\b[^,;]{0,30}(?:,\s+(?:" + _TRAILING_COMMENT + r")[^,;]{0,60})?$"
    # a reason or a source tacked on: "citing "the need for ...", according to a filing on Thursday"
    r"|(?:citing|according\s+to)\b.{0,160}$", re.IGNORECASE)
# "that" opening what was said, its subject and verb after it
_COMPLEMENT_THAT = (r"^that\s+(?=(?:the|a|an|its|their|his|her|this|these|those|(?-i:[A-Z])[\w'’.-]*)\s+(?:[\w'’.-]+\s+){0,8}?"
                    r"(?:had|has|have|was|were|is|are|will|would|could|should|might|must|can|did|[a-z]{3,}ed)\b)")

_DROP_CONNECTIVE = re.compile(r"^(?:and|but|yet|or)\s+", re.IGNORECASE)
_DROP_COMPLEMENT_THAT = re.compile(_COMPLEMENT_THAT, re.IGNORECASE)
_RELATIVE = re.compile(r"^(?:which|who|whom|whose|that|and|but|or|yet|while|whereas|as|when|although|though)\b")


# a participle that ends a clause after a noun (not a passive: "were postponed"), left by a cut
_DANGLING_PARTICIPLE = re.compile(r"(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbe)(?<!\bbeen)(?<!\bhad)(?<!\bhas)(?<!\bhave)"
                                  r"(?<!\bgot)\s+[a-z]{3,}ed$")


# a name set off by commas after a name ("its Renton, Washington, production line", "Witkoff,
# Kushner, and Rubio met"): a place and its region, or a list of names, not two clauses
_NAME_THEN_COMMA = re.compile(r"(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2},")


_NAME_IN_COMMAS_BEFORE = re.compile(r"(?-i:[A-Z])[\w.'’-]*,\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}$")


def _inside_a_name_list(sentence: str, cut: tuple[int, int]) -> bool:
    """Whether the comma at ``cut`` opens or closes a name set off by commas after a name."""
    before = sentence[:cut[0]].split()
    opens = bool(before) and before[-1][:1].isupper() and bool(_NAME_THEN_COMMA.match(sentence, cut[1]))
    return opens or bool(_NAME_IN_COMMAS_BEFORE.search(sentence, 0, cut[0]))


# a place and the region it is in, written into a compound ("the Sacramento, California-based bank", "a
# Waterloo, Ont.-based firm"): its comma cuts no clause
_PLACE_COMPOUND_AFTER = re.compile(r"(?-i:[A-Z])[\w.'’]*(?:\s+(?-i:[A-Z])[\w.'’]*)?-(?:based|headquartered|born|registered|listed)\b")


def _in_a_place_compound(sentence: str, cut: tuple[int, int]) -> bool:
    """Whether the comma at ``cut`` is inside a place written into a compound ("Sacramento, California-based")."""
    before = sentence[:cut[0]].split()
    return bool(before) and before[-1][:1].isupper() and sentence[cut[0]:cut[1]].strip() == "," \
        and bool(_PLACE_COMPOUND_AFTER.match(sentence, cut[1]))


_NAME_PREPOSITIONS = frozenset("in at of from to for near between across around outside inside".split())


def _joins_two_names(sentence: str, cut: tuple[int, int]) -> bool:
    """An "and" between two names with no verb after the second ("in London and Paris after
    Eurostar cancelled ...", "Witkoff and Kushner met"): it joins the names, not two clauses (but
    "Trump met Putin and Zelensky flew home" joins two)."""
    before = sentence[:cut[0]].split()
    after = sentence[cut[1]:].split()
    if sentence[cut[0]:cut[1]].strip().lower() != "and" or not before or not after:
        return False
    following = after[1].strip(",.;:").lower() if len(after) > 1 else ""
    if not (before[-1][:1].isupper() and after[0][:1].isupper()):
        return False
    if not _is_verb(following):
        return True
    # "A three-day bus strike that was due to start on Monday in Leeds and Bradford was called off":
    # names after a preposition that end a relative clause of the subject, whose own verb is still to
    # come (but "Trump met Putin and Zelensky flew home", "The talks were held in Geneva and Lavrov flew")
    head = sentence[dateline_length(sentence):cut[0]]
    relative = re.search(r"\b(?:that|which|who)\b", head)
    return len(before) > 1 and before[-2].lower() in _NAME_PREPOSITIONS and relative is not None \
        and not any(_is_verb(word.strip(",.;:").lower()) for word in head[:relative.start()].split())


def _boundaries(text: str, lo: int, hi: int, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in pattern.finditer(text, lo, hi)]


# a subject and the plan an aside tells of it, up to an "and" that goes on with the plan ("The walkout,
# due to start at 00:01 on 17 November and [end at 23:59 ...]")
_PLANNED_ASIDE_AND = re.compile(r"(?P<subject>(?:The|A|An|Its|Their|His|Her)\s[^,]{2,60}),\s+(?P<plan>due|scheduled|set|expected|planned|slated)"
                                r"\s+to\s+[a-z]+\b[^,;]*\band\s+$")


# a plain verb and a preposition or determiner after it ("end at 23:59", "close the line"; not "bank holiday Monday")
_VERB_THEN_ITS_WORDS = re.compile(r"[a-z]+\s+(?:at|on|in|by|the|a|an|with|from|to|for|its|their|his|her|after|before|until)\b")


# who says what a leading "it" or "they" of their own words tells: the subject that opens the sentence (up to
# seven words, an aside in commas after it), a verb of saying, the date it was said and "that" ("Dockworkers said
# on Tuesday that [they would walk out before Christmas]", "The Low Pay Commission, which advises ministers, said
# this month that [it expected ...]")
_SAYER_THEN_PRONOUN = re.compile(
    r"(?:(?:But|And|Yet)\s+)?(?P<sayer>(?:[\w'’&.-]+\s+){0,6}?[\w'’&.-]+)(?:,\s+[^,;\"“”]{3,80},)?\s+"
    r"(?:said|says|announced|added|warned|confirmed|insisted|predicted|acknowledged|told\s+(?:reporters|journalists|"
    r"investors|analysts|lawmakers|parliament|members|staff|employees|workers|customers|residents))\s+"
    r"(?:[^,;\"“”]{0,40}?\s+)?(?:that\s+)?(?P<pronoun>it|they)\s+")
# "it" as no one's ("said it was too early to say", "said it would take weeks"): no sayer's act
_EMPTY_IT_AFTER = re.compile(r"(?:is|was|will\s+be|would\s+be|could\s+be|may\s+be|might\s+be|remains|remained|seems|seemed|"
                             r"appears|appeared|would\s+take|will\s+take|takes|took|had\s+been|has\s+been)\b")
# the head nouns of a sayer "it" stands for, beside ORGANISATION_WORDS and the corporate suffixes
_BODIES_TOLD_AS_IT = frozenset("""firm government carrier operator utility regulator district city county state club team
    school hospital insurer lender retailer maker manufacturer airport railway broadcaster newspaper watchdog trust charity
    embassy province country carmaker automaker bank group""".split()) | ORGANISATION_WORDS | CORPORATE_SUFFIXES
# heads of a plural sayer that "they" stands for without an "s"
PLURAL_WITHOUT_S = frozenset("police people staff personnel militia clergy".split())
_HEAD_ENDS_BEFORE = re.compile(r"\s+(?:in|of|at|for|from|on|with)\s+", re.IGNORECASE)


def sayers_own_words(summary: str, sentence: str) -> str:
    """A summary that opens with the "it" or "they" of reported words, given the sayer it stands for:
    "They would walk out before Christmas" from "Dockworkers said on Tuesday that they would walk out
    before Christmas" is "Dockworkers would walk out before Christmas"; "it" of an organisation ("Saudi
    Arabia's Health Ministry said on Thursday that it had advised ..."), "they" of a plural ("Union
    officials said they would seek a meeting ..."). The summary is kept as it is when the pronoun may be
    someone else's or no one's: "officials said it would probably stay closed", "the company said it was
    too early to say", a sayer of more than seven words or not at the sentence's start."""
    pronoun = re.match(r"(?:It|They)\s", summary)
    if not pronoun:
        return summary
    match = _SAYER_THEN_PRONOUN.match(sentence, dateline_length(sentence))
    if not match or match["pronoun"] != summary[:pronoun.end()].strip().lower() \
            or not sentence[match.end():].startswith(summary[pronoun.end():][:30]):
        return summary
    sayer = match["sayer"]
    if re.search(r"\b(?:has|have|had|is|are|was|were|will|would|who|which|that|and|or)\b", sayer, re.IGNORECASE):
        return summary  # ("Band leaders have complained for years ..., and several said ...": no one subject)
    head = _HEAD_ENDS_BEFORE.split(sayer, maxsplit=1)[0].split()[-1].lower().strip(".")
    if match["pronoun"] == "they":
        if head not in PLURAL_WITHOUT_S and not (head.endswith("s") and not head.endswith(("ss", "us", "is"))):
            return summary
    elif head not in _BODIES_TOLD_AS_IT or _EMPTY_IT_AFTER.match(sentence, match.end()):
        return summary
    return f"{sayer[0].upper()}{sayer[1:]} {summary[pronoun.end():]}"


def _said_without_that(sentence: str, said_at: int, end_a: int, start_b: int) -> list[tuple[int, int]]:
    """The cut before what was said, told without "that" right after the date it was said on ("The union
    said on Monday | it would strike on Friday"), when its subject is a noun ("the bridge would reopen")
    or an "it" or "they" that stands for the sayer (``sayers_own_words``); [] otherwise."""
    said = _SAID_WITHOUT_THAT.match(sentence, end_a, start_b)
    if not said or not _SAID_ON_BEFORE.search(sentence, 0, said_at):
        return []
    subject = sentence[said.end():].split(maxsplit=1)[0]
    if subject in ("he", "she", "we"):
        return []  # (whose the words are is the name's: "Smith said on Monday he would resign on Friday")
    if subject in ("it", "they"):
        told = subject.capitalize() + sentence[said.end() + len(subject):]
        if sayers_own_words(told, sentence) == told:
            return []  # ("Its producers said Monday it would extend its run": no sayer's own words)
    return [(end_a, said.end())]


# a clause that opens on a noun phrase, and the object at the end of a short subject and its verb
_OPENS_ON_A_NOUN = re.compile(r"(?:a|an|the|its|their|his|her|this|these|those)\s", re.IGNORECASE)
_OBJECT_AT_SUBJECTS_END = re.compile(r"(.+?\s[a-z]+)\s+(?:a|an|the|its|their|his|her|this|these|those)\s+\S+(?:\s+\S+)?$")


def split_clauses(sentence: str, spans: list[tuple[int, int]]) -> list[str]:
    """One clause per time-expression span (offsets relative to ``sentence``, sorted)."""
    if len(spans) <= 1:
        return [sentence.strip()] * len(spans)
    cuts: list[tuple[int, int] | None] = []
    for (_, end_a), (start_b, _) in zip(spans, spans[1:]):
        if _JOINED_DATES.fullmatch(sentence, end_a, start_b):
            cuts.append(None)  # "cancelled on Thursday and Friday": two days of one clause
            continue
        found = (
            _boundaries(sentence, end_a, start_b, STRONG_BOUNDARY)
            or [cut for cut in _boundaries(sentence, end_a, start_b, _WEAK_BOUNDARY)
                if not _AFTER_LABEL.search(sentence, 0, cut[0]) and not _LABEL.match(sentence, cut[1])
                and not _inside_a_name_list(sentence, cut) and not _in_a_place_compound(sentence, cut)]
            or [cut for cut in _boundaries(sentence, end_a, start_b, _WORD_BOUNDARY)
                if not _JOINED_NOUNS.fullmatch(sentence, cut[0], start_b) and not _joins_two_names(sentence, cut)
                and not (cut[1] == start_b and sentence[cut[0]:cut[1]].strip().lower() in ("before", "after"))
                and not (sentence[cut[0]:cut[1]].strip().lower() == "when" and _WHEN_AS_PREDICATE.search(sentence, 0, cut[0]))]
            or _said_without_that(sentence, spans[len(cuts)][0], end_a, start_b)
        )
        cuts.append(found[0] if found else None)
    clauses: list[str] = []
    starts: list[int] = []
    start = 0
    first_stop = None
    for index in range(len(spans)):
        cut = cuts[index] if index < len(cuts) else (len(sentence), len(sentence))
        if cut is None:
            # No boundary between two expressions: they share the text up to the next cut.
            following = next((c for c in cuts[index:] if c is not None), (len(sentence), len(sentence)))
            cut_end = following[0]
        else:
            cut_end = cut[0]
        clause = sentence[start:cut_end].strip()
        clause = _DROP_CONNECTIVE.sub("", clause)
        if cut is not None and _DANGLING_PARTICIPLE.search(clause) and re.match(r"\s+(?:after|before|when)\s", sentence[cut_end:]):
            # "elected on April 2 in a special election called [after Hutchins quit]": the participle
            # belongs to the cut-off clause
            clause = _DANGLING_PARTICIPLE.sub("", clause)
        if index == 0:
            first_stop = cut_end
        clauses.append(clause)
        starts.append(start)
        if cut is not None:
            start = cut[1]
    for index in range(1, len(spans) - 1):
        # "... results for its fiscal first quarter, [which ends March 31], in late April": a relative aside closed
        # right after its date; the date after it is the main clause's, which goes on past the aside
        opening = _RELATIVE_ASIDE_OPENING.search(sentence, max(0, starts[index] - 3), spans[index][0])
        if opening and cuts[index] is None and _ASIDE_CLOSED_BEFORE_A_DATE.fullmatch(sentence, spans[index][1], spans[index + 1][0]):
            clauses[index] = sentence[opening.end():spans[index][1]].strip()
            clauses[index + 1] = f"{sentence[:opening.start()].rstrip()} {sentence[spans[index][1]:].lstrip(' ,')}".strip()
    # A clause that opens on a verb phrase borrows a short subject from the sentence start.
    for index in range(1, len(clauses)):
        if clauses[index - 1] and cuts[index - 1] is not None and _ATTRIBUTION_ONLY.fullmatch(clauses[index].rstrip(" .")):
            # "President Trump will visit Texas on Monday, the White House said on Friday": the
            # saying is news only with what was said
            clauses[index] = f"{clauses[index - 1].rstrip(' ,')}, {clauses[index]}"
    subject = short_subject(sentence[: first_stop or 0])
    if subject and re.fullmatch(r"\W*(?:(?:late|early|on|in|at|by)\s+)*", sentence[sentence.find(subject):spans[0][0]], re.IGNORECASE):
        subject = ""  # "[A year ago], Corvane became ..., and in September it raised": a date is no subject
    for index in range(1, len(clauses)):
        head = clauses[index]
        modal = modal_and_subject(sentence[: starts[index]]) if head and is_base_form(head.split()[0]) else None
        if modal and head[0].islower():
            # "forecast inflation would return to the band in 2025 and [reach the midpoint in 2026]": a
            # plain verb after "and" goes on from the modal and the modal's subject, not the sentence's
            clauses[index] = f"{modal[0]} {modal[1]} {head}"
        elif head and is_base_form(head.split()[0]) and _VERB_THEN_ITS_WORDS.match(head) \
                and _PLANNED_ASIDE_AND.match(sentence[: starts[index]]):
            # "The walkout, due to start at 00:01 on 17 November and [end at 23:59 on 19 November], would
            # halt ...": the plan's aside goes on, up to the comma that closes it ("The walkout is due
            # to end at 23:59 on 19 November")
            planned = _PLANNED_ASIDE_AND.match(sentence[: starts[index]])
            noun = planned["subject"].split()[-1].lower()
            be = "are" if noun.endswith("s") and not noun.endswith("ss") else "is"
            clauses[index] = f"{planned['subject']} {be} {planned['plan']} to {head.split(',')[0]}"
        elif subject and head and head[0].islower() and not _RELATIVE.match(head) and not has_own_subject(head) \
                and not span_from_a_happening(head):
            # (not how long after a happening the news came, with no verb: "[Leo Brandt ... quit on Saturday
            # morning,] hours after the board's decision late on Friday" is no act of Brandt's)
            listed = _OBJECT_AT_SUBJECTS_END.match(subject) if _OPENS_ON_A_NOUN.match(head) else None
            # ("Farmers blame a cold, wet spring that slowed the crop's development, [a hard freeze in late April]":
            # another thing the verb takes, not one that follows its first object, "Farmers blame a cold a hard freeze")
            clauses[index] = f"{listed.group(1) if listed else subject} {head}"
        elif head.startswith(("which", "who")):
            # "..., a joint commission, which met for the first time in January 2024": the noun
            # the clause is about, else the sentence's subject
            # (the date that ends the noun phrase is another expression's: "a special flood act [on 20 September]")
            previous = sentence[spans[index - 1][0]:spans[index - 1][1]]
            before = sentence[: starts[index]].rstrip(" ,")
            pronoun, _, rest = head.partition(" ")
            if before.lower().endswith(previous.lower()) and pronoun == "which" \
                    and (_PRONOUN_SUBJECT_AND_VERB.match(rest) or _NAMED_SUBJECT_AND_VERB.match(rest)):
                # "built up a stake of almost 10% over [the summer], which it revealed on 18 August": a
                # date is nothing a subject of its own does something to; the noun phrase before it is
                # (but "the third quarter, which ends Sunday" is the quarter's)
                before = _PREPOSITION_AT_END.sub("", before[:len(before) - len(previous)])
            antecedent = _without_date_at_end(_antecedent_phrase(before) or subject, previous)
            said = _SAID_IT_WOULD.match(rest) if pronoun == "which" and antecedent else None
            if said:
                # "[an improved offer ...,] which Unite said it would put to its workplace representatives
                # overnight": what the sayer said would be done to the noun ("Unite said it would put an
                # improved offer of 5.5 per cent to its workplace representatives overnight")
                clauses[index] = (f"{said['subject']} {said['say']} {said['pronoun']} {said['aux'] or ''}{said['verb']} "
                                  f"{antecedent[0].lower()}{antecedent[1:]}{said['rest']}")
                continue
            done_to = _NAMED_SUBJECT_AND_VERB.match(rest) if pronoun == "which" and antecedent else None
            own = _PRONOUN_SUBJECT_AND_VERB.match(rest) if pronoun == "which" and antecedent and not done_to else None
            if own:
                # "..., which it revealed on 18 August": the pronoun's verb done to the noun ("Norvik
                # revealed a stake of almost 10% on 18 August"), "it" or "they" the sentence's subject
                doer = own["subject"].lower()
                opening = _OPENING_SUBJECT.match(sentence[dateline_length(sentence):]) if doer in ("it", "they") else None
                doer = opening["subject"] if opening else doer[0].upper() + doer[1:]
                clauses[index] = f"{doer} {own['verb']} {antecedent[0].lower()}{antecedent[1:]}{own['rest']}"
            elif done_to:
                # "passed a special flood act on 20 September, which President Andrzej Duda signed the
                # same evening": the relative clause has its own subject, and its noun is the object
                # ("President Andrzej Duda signed a special flood act the same evening")
                clauses[index] = f"{done_to['subject']} {done_to['verb']} {antecedent[0].lower()}{antecedent[1:]}{done_to['rest']}"
            elif antecedent and rest and rest.split()[0].lower() not in _CLAUSE_SUBJECTS and not has_own_subject(rest):
                clauses[index] = f"{antecedent} {rest}"  # "a joint commission met for the first time in ..."
            elif antecedent:
                clauses[index] = f"{antecedent}, {head}"  # "its offer, which it first made in June"
    return clauses


_MODAL = frozenset("will would can could may might must should shall".split())


def _is_verb(word: str) -> bool:
    return bool(_VERB_WORD.match(word)) or word in PAST_IRREGULAR or word in _MODAL


_AUXILIARY_AFTER_A_NOUN = frozenset("were are was is have has had".split())
_NOT_A_NOUN_AFTER_A_PARTICIPLE = frozenset("they we he she it i you this that these those there who which".split())  # ("provided they are")


# words that only say how long after or before a happening the sentence's news came ("hours after the board's
# decision late on Friday", "two days before the vote on Sunday"), no happening of their own told by a verb
_SPAN_FROM_A_HAPPENING = re.compile(r"(?:(?:just|only|barely|about|some|a\s+few|[\w-]+)\s+)?(?:seconds|minutes|hours|days|weeks|months|"
                                    r"years|moments|shortly|soon|not\s+long|a\s+day|a\s+week|an\s+hour)\s+(?:after|before)\s+"
                                    r"(?:the|a|an|its|their|his|her|(?-i:[A-Z]))", re.IGNORECASE)


def span_from_a_happening(clause: str) -> bool:
    """Whether ``clause`` is only how long after or before a happening named by a noun phrase the sentence's
    news came, with no verb ("hours after the board's decision late on Friday"): it tells nothing alone, nor
    with the sentence's subject lent to it."""
    return bool(_SPAN_FROM_A_HAPPENING.match(clause.strip())) and not has_any_verb(clause)


def has_any_verb(clause: str) -> bool:
    """Whether ``clause`` holds a word that is a verb by its form: a past, a modal, a form of "be" or "have"
    ("hours after the board's decision late on Friday" holds none; "days after talks broke down" does)."""
    return any(_is_verb(w.strip(",.;:'’\"“”()").lower()) for w in clause.split())


_SUBJECT_PRONOUNS = frozenset("i we you he she they".split())


def has_own_subject(clause: str) -> bool:
    """Whether ``clause`` opens on a subject of its own before its verb ("ballot papers ran out at
    hundreds of stations", cut after "after"), not on a verb ("has its roots in ...") or an
    adverb and a verb ("also agreed ..."): such a clause borrows no subject."""
    words = [w.strip(",.;:'’\"“”").lower() for w in clause.split()[:6]]
    if len(words) >= 3 and words[0].endswith("ed") and not _is_verb(words[1]) and words[2] in _AUXILIARY_AFTER_A_NOUN \
            and words[1] not in _NOT_A_NOUN_AFTER_A_PARTICIPLE:
        return True  # "oiled birds were found": the participle is its noun's adjective
    if not words or _is_verb(words[0]) or words[0].endswith("ly") or words[0] in NOT_A_SUBJECT:
        return False
    if words[0] in _SUBJECT_PRONOUNS and len(words) > 1:
        return True  # "[March to June is when] we start to make back what we lose": a pronoun is a subject, whatever its verb's form
    return any(_is_verb(word) for word in words[1:])


# a modal whose verb phrase runs on to a closing "and" ("headline inflation [would return to the
# band in 2025 and]"), and the words that end the modal's subject on the left
_MODAL_RUNS_TO_AND = re.compile(r"\b(?P<modal>would|will|could|should|might|may|must|can)\s+[a-z]+\b[^,;]*\band\s+$")
_SUBJECT_STARTS_AFTER = frozenset("""that said says told forecast forecasts predicted predicts expects expected believes
    believed thinks warned warns estimated estimates and but""".split())


def modal_and_subject(before: str) -> tuple[str, str] | None:
    """The modal a plain verb after "and" goes on from, and the modal's subject (at most four words
    after a verb of saying or thinking, "that", a comma or the start): "... forecast [headline
    inflation] [would] return to the band in 2025 and" -> ("headline inflation", "would")."""
    m = _MODAL_RUNS_TO_AND.search(before)
    if not m:
        return None
    head = before[:m.start()].rstrip()
    head = head[dateline_length(head):]
    segments = SEPARATING_COMMA.split(head)
    words, bounded = segments[-1].split(), False
    if not words and len(segments) >= 3 and segments[-2][1:2].islower() and segments[-3].strip()[:1].isupper():
        # the modal right after an aside set off by commas ("The Met Office said [the fog], which has
        # reduced visibility ..., would persist overnight and"): its subject ends where the aside
        # opens, which bounds it, so it may be longer ("a second count of Tsavo, the country's
        # largest park, would begin")
        words, bounded = segments[-3].split(), True
    subject: list[str] = []
    for word in reversed(words):
        if word.lower() in _SUBJECT_STARTS_AFTER:
            break
        subject.insert(0, word)
    if not 1 <= len(subject) <= (6 if bounded else 4) or not bounded and len(subject) == len(words) and len(words) > 4:
        return None
    return " ".join(subject), m.group("modal")


def is_base_form(word: str) -> bool:
    """A verb's plain form, as a modal takes it ("reach", not "reaches", "reached", "reaching")."""
    low = word.lower()
    return low.isalpha() and not low.endswith(("s", "ed", "ing", "ly")) and low not in PAST_IRREGULAR \
        and low not in _NOT_A_VERB and low not in NOT_A_SUBJECT and low not in _MODAL


# words of a noun phrase's opening, never a verb ("[and] the rural ones early next week")
_NOT_A_VERB = frozenset("""the a an this that these those its his her their our my your some all most many several
    no each every both another other such one two three four five six seven eight nine ten he she it they we i you
    who which what not to in on at by for from with into of as""".split())


# a name (titles and all) and the past verb after it: a relative clause's own subject ("which
# [President Andrzej Duda signed] the same evening")
_NAMED_SUBJECT_AND_VERB = re.compile(r"(?P<subject>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,4})\s+"
                                     r"(?P<verb>(?-i:[a-z]{3,}ed|" + "|".join(sorted(PAST_IRREGULAR)) + r"))\b(?P<rest>.*)$")


# a sayer and what it said it would do to a relative clause's noun ("which [Unite said it would put] to ...")
_SAID_IT_WOULD = re.compile(r"(?P<subject>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,4})\s+(?P<say>said|says)\s+(?:that\s+)?"
                            r"(?P<pronoun>it|they|he|she|we)\s+(?P<aux>(?:would|will|could|might|had|has|have)\s+)"
                            r"(?P<verb>(?!be\b|been\b|not\b)[a-z]{3,})\b(?P<rest>[^,;]*)$")


# a pronoun and the past verb after it: a relative clause's own subject ("which [it] [first made] in June")
_PRONOUN_SUBJECT_AND_VERB = re.compile(r"(?P<subject>it|they|he|she|we)\s+(?P<verb>(?:(?:first|later|then|also)\s+)?"
                                       # (not a saying, whose "which" is its clause's subject: "which it said was enough")
                                       r"(?!(?:said|told|thought|believed|reported|claimed|estimated|expected)\b)"
                                       r"(?:[a-z]{3,}ed|" + "|".join(sorted(PAST_IRREGULAR)) + r"))\b(?P<rest>[^,;]*)$")
# the subject a sentence opens with, a name or a short noun phrase before its verb ("Norvik [then] built", "The union said")
_OPENING_SUBJECT = re.compile(r"(?P<subject>(?:(?:The|A|An)\s+[a-z]+(?:\s+[a-z]+)?|(?-i:[A-Z])[\w'’.&-]*(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,3}))"
                              r"\s+(?:(?:then|also|later|first|had|has|have|was|were)\s+)?(?:[a-z]{3,}ed|said|says|"
                              + "|".join(sorted(PAST_IRREGULAR)) + r")\b")
_PREPOSITION_AT_END = re.compile(r"\s+(?:over|in|on|during|at|by|since|from|until|through|throughout|for)\s*$", re.IGNORECASE)


def _without_date_at_end(phrase: str, expression: str) -> str:
    """``phrase`` without the date that ends it ("a special flood act on 20 September" -> "a special
    flood act"): that date is another expression's; but a period that is the noun itself stays ("its fiscal
    first quarter, which ends March 31")."""
    if phrase and expression and phrase.endswith(expression):
        kept = re.sub(r"\s+(?:on|in|at|by|during|from)\s*$", "", phrase[:-len(expression)].rstrip())
        return phrase if not kept or _DETERMINER.fullmatch(kept + " ") else kept
    return phrase


# a relative clause opened after a comma, its date still to come ("..., which ends "), and its comma closing right
# after the date, a preposition opening the next ("March 31, in late April")
_RELATIVE_ASIDE_OPENING = re.compile(r",\s+(?=(?:which|who)\s[^,;:()]*$)", re.IGNORECASE)
_ASIDE_CLOSED_BEFORE_A_DATE = re.compile(r"\s*,\s+(?:in|on|at|by|during|until|till|before|after|from|for)\s+(?:the\s+)?", re.IGNORECASE)


# words that open a relative clause's own subject ("which [it] first made"): the clause keeps "which"
_CLAUSE_SUBJECTS = _SUBJECT_PRONOUNS | frozenset("it the a an this that these those its their his her".split())
_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|these|those)\s", re.IGNORECASE)
_VERB_WORD = re.compile(r"(?:[a-z]{3,}ed|is|are|was|were|has|have|had|will|would|says|said)$")


def _antecedent_phrase(before: str) -> str:
    """The noun phrase a relative clause follows: from the first determiner of its last seven words
    whose words hold no verb ("created [a joint commission], which ...", "hosts [a museum in the
    tunnels beneath it], which ..."), or '' without one."""
    before = before.rstrip(" ,")
    tail = " ".join(before.split()[-7:])
    for m in _DETERMINER.finditer(tail):
        phrase = tail[m.start():]
        words = phrase.lower().split()
        # (a participle written small right after the determiner, before its noun, is an adjective: "an
        # improved offer")
        adjective = len(words) > 2 and phrase.split()[1].islower() and words[1] not in PAST_IRREGULAR
        if not any(_VERB_WORD.match(word) or word in PAST_IRREGULAR for word in words[2 if adjective else 1:]):
            return phrase[0].upper() + phrase[1:]
    return ""


def short_subject(first_clause: str, max_words: int = 4) -> str:
    """The sentence's subject when it is a short noun phrase before a comma ("The conflict"), or ''."""
    first_clause = first_clause[dateline_length(first_clause):]  # "GENEVA, Feb 17 (Reuters) - " is no subject
    head = before_comma(first_clause).strip(" \"“‘")
    if head and comma_at(first_clause) >= 0 and len(head.split()) <= max_words and head[0].isupper():
        if head.split()[0].lower() in NOT_A_SUBJECT | OPENING_PARTICIPLES:
            return ""  # "Between 2017 and 2021, ...", "In Kyiv, ...", "Giving evidence on Wednesday, ...": an adverbial, not a subject
        return head
    return ""


# participles that open a sentence on the scene of a saying, before its subject ("Giving evidence on Wednesday, Tanya
# Whitlock ... said", "Speaking to reporters, ...")
OPENING_PARTICIPLES = frozenset("""speaking giving testifying addressing writing responding commenting announcing appearing talking
answering explaining reacting describing presenting delivering summing referring asked pressed questioned interviewed
opening closing""".split())
NOT_A_SUBJECT = frozenset(
    """between from in on at after before during since until by for with without despite amid as
    when while once if although though however meanwhile still yet earlier later last next then
    speaking according following""".split()
)


# A comma inside a figure ("1,200 residents", "8,442 MW", "Rs 1,50,000" in Indian grouping) ends no
# clause or phrase: only one not between a digit and groups of digits ending in three (as the figure
# keywords of ``features`` read it; "in 2024, 2025" and "12,34" are still cut).
SEPARATING_COMMA = re.compile(r"(?<!\d),|,(?!(?:\d\d,)*\d{3}(?!\d))")


def comma_at(text: str, start: int = 0) -> int:
    """Where the first comma of ``text`` from ``start`` that is no figure's is, or -1."""
    m = SEPARATING_COMMA.search(text, start)
    return m.start() if m else -1


def before_comma(text: str) -> str:
    """``text`` up to its first comma that is no figure's (all of it without one)."""
    at = comma_at(text)
    return text if at < 0 else text[:at]


# --------------------------------------------------------------------------- datelines

# "ANKARA, Feb 7 (Reuters) - ", "MOSCOW/WASHINGTON — ", "KYIV, Ukraine (AP) — ", "LONDON (AP) _ ": the place
# and date of filing, not part of the story (and its date is not an event's). Places are
# written in their own letters ("COPIAPÓ, Chile —", "KŁODZKO —", "ST. JOHN’S, Newfoundland --"),
# so capitals and small letters are the Latin script's, not only ASCII's.
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_LOWER = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.islower())
_U, _L = f"[{_UPPER}]", f"[{_LOWER}]"
DATELINE = re.compile(
    r"^(?:(?:" + _U + r"[" + _UPPER + r"/.'’ -]{2,}?)(?:,\s*" + _U + r"[" + _UPPER + _LOWER + r".'’ ]{1,30}?)??"
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*\d{4})?)?\s*(?:\([^)]{1,40}\))?"  # ("BIRMINGHAM, 21 April —")
    # AFP's and the agencies' title-case form: "Lisbon (AFP) -", "New Delhi, March 3 (PTI) -"
    r"|" + _U + _L + r"+(?:\s" + _U + _L + r"+)?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
    r"\((?:AFP|AP|Reuters|Xinhua|UPI|dpa|DPA|ANI|PTI|IANS|AA|Bernama|Kyodo|Yonhap|ANSA|EFE|IPS)\))"
    # (the wires' typewriter dash, an underscore between spaces: "LONDON (AP) _ ...", "SHANGHAI _ Passenger car sales")
    r"\s*(?:[—–-]{1,2}|(?<=\s)_)\s+(?=[" + _UPPER + r"\u201c\u2018\"'])"
    # Indian and South Asian papers' colon form: "BENGALURU: Infosys ...", "NEW DELHI: The ..."
    r"|^[A-Z][A-Z.' -]{2,30}(?<! ):\s+(?=[A-Z\u201c\u2018\"'])"
    # the agencies' form without the agency: "New Delhi, Mar 6 Kestrel Finserv on Thursday said ..."
    r"|^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+"
    r"(?:\([A-Z]{2,6}\)\s+)?(?=[A-Z])"  # ... and PTI's, with no dash: "New Delhi, Mar 6 (PTI) Kestrel ..."
    # a live blog's time or day stamp: "09:30 - A reminder of ...", "11:05 GMT - ...", "Sept 9 - Federal prosecutors ..."
    r"|^(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|UTC|IST|AEDT|AEST|ET|EST|EDT|CET))?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:\s*\([A-Z]{2,6}\))?)\s*[—–-]{1,2}\s+"
    r"(?=[A-Z\u201c\u2018\"'])"
)


def dateline_length(sentence: str) -> int:
    """How many characters of ``sentence`` are a dateline (0 when it has none)."""
    m = DATELINE.match(sentence)
    return m.end() if m else 0


# --------------------------------------------------------------------------- filler


@dataclass(frozen=True)
class FillerRule:
    name: str
    pattern: re.Pattern[str]
    examples: tuple[tuple[str, str], ...]  # (clause, what is left)


def _filler(name: str, pattern: str, *examples: tuple[str, str]) -> FillerRule:
    return FillerRule(name, re.compile(pattern, re.IGNORECASE), examples)


_CONNECTIVES = (
    r"however|meanwhile|moreover|furthermore|still|yet|but|and|also|additionally|instead|nevertheless|"
    r"nonetheless|indeed|in addition|at the same time|in practical terms|for now|even so|in turn|"
    r"separately|similarly|likewise|thus|therefore|overall|in fact|notably|importantly|crucially|"
    r"in other words|as a result|by contrast|in contrast|on the other hand|first(?=,)|second(?=,)|finally|then|so"
)

FILLER_RULES: tuple[FillerRule, ...] = (
    FillerRule(
        "dateline",
        DATELINE,
        (("MOSCOW/WASHINGTON — Steve Witkoff will meet Putin", "Steve Witkoff will meet Putin"),
         ("ANKARA, Feb 7 (Reuters) - A magnitude 7.8 earthquake struck", "A magnitude 7.8 earthquake struck"),
         ("KYIV, Ukraine (AP) — Russian drones hit", "Russian drones hit"),
         ("BENGALURU: Infosys on Thursday raised its guidance", "Infosys on Thursday raised its guidance"),
         ("New Delhi, Mar 6 Kestrel Finserv on Thursday said it would work with the regulator",
          "Kestrel Finserv on Thursday said it would work with the regulator"),
         ("New Delhi, Mar 6 (PTI) Kestrel Finserv on Thursday said", "Kestrel Finserv on Thursday said"),
         ("09:30 - A reminder of how we got here", "A reminder of how we got here"),
         ("Sept 9 - Federal prosecutors rested their case", "Federal prosecutors rested their case"),
         ("Sept 9 (GMW) - Federal prosecutors told jurors", "Federal prosecutors told jurors"),
         # places in their own letters, an em or en dash or a double hyphen, "CITY, Country —"
         ("COPIAPÓ, Chile — The last miner emerged", "The last miner emerged"),
         ("KŁODZKO — The water came at dawn", "The water came at dawn"),
         ("SÃO PAULO, Brazil -- Police said", "Police said"),
         ("ZÜRICH (Reuters) – UBS said", "UBS said"),
         ("WROCŁAW, Poland, Sept. 16 (Reuters) — Floods reached", "Floods reached"),
         ("ST. JOHN’S, Newfoundland — The storm hit", "The storm hit"),
         ("Kłodzko (AFP) - The water came", "The water came"),
         ("Ángel Cabrera — who won in 2007 — said", "Ángel Cabrera — who won in 2007 — said")),
    ),
    _filler(
        "framing-development",
        r"^in\s+(?:a|an|the|what|another)\b[^,]{0,120}?\b(?:development|move|twist|step|sign|blow|turn|shift|"
        r"escalation|effort|efforts|bid|attempt|push|breakthrough|setback|show|display|reversal|surprise)\b[^,]*,\s*",
        (
            "In a crucial development in the ongoing efforts to resolve the war in Ukraine, U.S. advisers met Putin",
            "U.S. advisers met Putin",
        ),
    ),
    _filler(
        "according-to",
        r"^according\s+to\s+[^,]{1,120},\s*",
        ("According to pro-Ukrainian maps, Russia now controls over 19% of Ukraine", "Russia now controls over 19% of Ukraine"),
    ),
    _filler(
        "connective",
        rf"^(?:{_CONNECTIVES})\b,?\s+",
        ("However, it marked the first time Kushner joined the talks", "it marked the first time Kushner joined the talks"),
        ("Meanwhile Lavrov met Wang Yi", "Lavrov met Wang Yi"),
        ("First, the council voted on Monday", "the council voted on Monday"),
        # (an ordinal before its noun is no connective: "4 July: first case, a nine-year-old girl, admitted ...")
        ("first case, a nine-year-old girl, admitted to hospital", "first case, a nine-year-old girl, admitted to hospital"),
    ),
    _filler(
        "stance",
        r"^(?:i|we)\s+(?:am|are|was|were|'m|’m|'re|’re)\s+(?:\w+\s+)?(?:convinced|sure|certain|confident|told|aware)\s+(?:that\s+)?",
        ("I am convinced he restated the same key points he presented on June 14, 2024",
         "he restated the same key points he presented on June 14, 2024"),
    ),
    _filler(
        "it-is-reported",
        r"^it\s+(?:is|was|has\s+been)\s+(?:\w+\s+)?(?:reported|understood|believed|said|claimed|clear|known|likely|expected)\s+that\s+",
        ("It is understood that the talks ended late", "the talks ended late"),
    ),
    _filler(
        "subordinator",
        # a subordinate clause left alone by a cut ("When the leaders ... gathered on Thursday"):
        # what it says happened, without the word that hung it on the main clause
        # (a subject may own something: "after Brazil’s aviation regulator, ANAC, cleared the plane")
        r"^(?:when|as|after|before|while|whereas|although|though|because|once)\s+"
        r"(?=(?:the|a|an|his|her|their|its|(?-i:[A-Z]))[\w'’]*\s+[\w'’]+\s+\w+"
        # (or a pronoun or a number as its subject, the clause alone: "when we were top of the league at
        # Christmas"; not "When it was finally put out four days later, it had destroyed ...")
        r"|(?:it|they|we|he|she|i|you|thousands|hundreds|dozens|\d[\d,]*|[a-z]{3,}s)\s+(?:were|was|are|is|had|have|has|[a-z]+ed|"
        r"[a-z]+s|" + "|".join(sorted(PAST_IRREGULAR)) + r")\b[^,;]*$)",
        ("When the leaders of the 27 member states gathered on Thursday",
         "the leaders of the 27 member states gathered on Thursday"),
        ("after Brazil’s aviation regulator, ANAC, cleared the plane on Wednesday",
         "Brazil’s aviation regulator, ANAC, cleared the plane on Wednesday"),
        ("while CBA's Gareth Aird tips August", "CBA's Gareth Aird tips August"),
        ("when we were top of the league at Christmas", "we were top of the league at Christmas"),
        ("after classes began on Sept. 3", "classes began on Sept. 3"),
    ),
    _filler(
        # a measure of time before "after"/"before" that opens a clause left alone (no main clause
        # after it): "[The company halted sales last Friday,] more than nine months after the first
        # complaint reached it in February"; the subordinator goes next
        "time-before-subordinator",
        r"^(?:(?:more|less)\s+than\s+|about\s+|nearly\s+|almost\s+|just\s+|only\s+|some\s+)?(?:a|an|one|two|three|four|five|"
        r"six|seven|eight|nine|ten|eleven|twelve|\d+|several|a\s+few|few)\s+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+"
        r"(?=(?:after|before)\s+[^,;]*$)",
        ("more than nine months after the first complaint reached it in February",
         "the first complaint reached it in February"),
        ("Three days after his 80th birthday, he will sit down at the piano on Sunday",
         "Three days after his 80th birthday, he will sit down at the piano on Sunday"),
    ),
    _filler(
        # the same with no count ("[Leo Brandt ... quit on Saturday morning,] hours after the board's decision
        # late on Friday"); not when the words are the expression's own ("Hours after that ceremony")
        "span-before-subordinator",
        r"^(?:just\s+|only\s+)?(?:minutes|hours|days|weeks|months|years|decades)\s+(?=(?:after|before)\s+[^,;]*$)",
        ("hours after the board's decision late on Friday", "the board's decision late on Friday"),
        ("just weeks after he took office in October", "he took office in October"),
        ("Days after the vote, they met again on Monday", "Days after the vote, they met again on Monday"),
    ),
    _filler(
        # a second clause of what was said, cut off its saying at ", and" ("[Lancashire County Council
        # confirmed that engineers had recommended ..., and] that the assessment had been scheduled for
        # last spring"): what was said, without the word that hung it on the saying
        "complement-that",
        _COMPLEMENT_THAT,
        ("that the assessment had been scheduled for last spring", "the assessment had been scheduled for last spring"),
        ("that Kurt Bealing has been given an extended break", "Kurt Bealing has been given an extended break"),
        ("that it would lower the price on Tuesday", "that it would lower the price on Tuesday"),
    ),
    _filler(
        "reports-indicate",
        r"^(?:(?:media|news|press|local|some|several|many|court|state|police|official|public|(?-i:[A-Z])[a-z]+)\s+){0,3}"
        r"(?:reports?|sources?|analysts?|observers?|officials?|records|documents|data|figures|statistics|filings)\s+"
        r"(?:indicate|indicated|indicates|suggest|suggested|suggests|say|said|show|showed|shows|claim|claimed)\s+(?:that\s+)?"
        # (but not "Officials said earlier this month that ...": the saying is dated, so kept)
        r"(?!(?:on|in|last|earlier|late|early|this|yesterday|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)",
        ("Media reports indicate that the primary focus was the updated agenda", "the primary focus was the updated agenda"),
        ("Florida state records show Lazaro Gonzalez was found guilty of drunken driving in 1991",
         "Lazaro Gonzalez was found guilty of drunken driving in 1991"),
        ("Court documents show that the firm paid the bribes in 2019", "the firm paid the bribes in 2019"),
    ),
)

_TRAILING_ATTRIBUTION = (
    re.compile(r",\s+(?:according\s+to|as\s+reported\s+by|citing)\s+[^,]+$", re.IGNORECASE),
    re.compile(r",\s*[”\"]?\s+(?:he|she|they|it|[A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+){0,3})\s+"
               r"(?:said|says|added|told\s+\w+|noted|stated|wrote)$"),
)


_OPENS_A_QUOTATION = re.compile(r"\W{0,3}[\"“‘]")
_NAMED_SAYER_AT_END = re.compile(r"[”\"’]\s+(?-i:[A-Z])[\w’'.\-]+(?:\s+(?-i:[A-Z])[\w’'.\-]+){0,3}\s+(?:said|says|added|told\s+\w+|noted|"
                                 r"stated|wrote)\.?$")
# an attribution set off by commas inside the clause: "Her first task, she said in an interview, is
# to establish a timeline", "The vote, officials said, will be held on Monday"
_ATTRIBUTION_ASIDE = re.compile(
    r"(?<=\w),\s+(?:he|she|they|officials|police|analysts|(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){0,2})\s+"
    r"(?:said|says|added|noted|told\s+(?:reporters|\w+))(?:\s+in\s+an?\s+(?:interview|statement))?,\s+(?=[a-z])")
# an abbreviation that ends a clause keeps its dot ("shortly after 12 p.m.", "the U.S.")
_ENDS_WITH_ABBREVIATION = re.compile(r"(?:\b[A-Za-z]\.){2,}$")


def find_ignoring_case(text: str, needle: str, start: int = 0) -> int:
    """Where ``needle`` first occurs in ``text`` (from ``start``), letter case aside; -1 if nowhere.

    A plain search: a pattern compiled for every expression and clause would fill the ``re``
    module's cache and push out the patterns compiled once.
    """
    low, folded = text.lower(), needle.lower()
    if len(low) == len(text) and len(folded) == len(needle):
        return low.find(folded, start)
    found = re.compile(re.escape(needle), re.IGNORECASE).search(text, start)  # "İ" lower-cases to two letters
    return found.start() if found else -1


def _at_ignoring_case(text: str, at: int, needle: str) -> bool:
    return text[at:at + len(needle)].lower() == needle.lower()


# "Earlier in the week, ...", "Dec. 17: Electors cast their votes": a time expression leading its
# clause, with or without its preposition, and the comma, colon or dash after it
_LEAD_PREPOSITION = re.compile(r"(?:on|in|at|by|during|since|from|until|as\s+of)\s+", re.IGNORECASE)
_LEAD_END = re.compile(r"\s*(?:[,:–—]|-(?=\s))\s+")
# "But it was not until Tuesday that Castro revealed ...": what was revealed then
_CLEFT_OPENING = re.compile(r"(?:but\s+|and\s+)?it\s+(?:was|is|wasn['’]t)\s+(?:not\s+|only\s+)?", re.IGNORECASE)
_CLEFT_PREPOSITION = re.compile(r"(?:until|on|in|at)\s+", re.IGNORECASE)
_CLEFT_END = re.compile(r"\s+that\s+(?=\S+\s+\S+\s+\S+)", re.IGNORECASE)


def _after_expression(text: str, at: int, expression: str, end: re.Pattern[str]) -> int:
    """Where ``text`` goes on when ``expression`` stands at ``at`` (after an optional preposition
    the caller has matched) and ``end`` follows it; -1 otherwise."""
    if not _at_ignoring_case(text, at, expression):
        return -1
    after = end.match(text, at + len(expression))
    return after.end() if after else -1


def _drop_leading_expression(text: str, expression: str) -> str:
    preposition = _LEAD_PREPOSITION.match(text)
    for at in ((preposition.end(), 0) if preposition else (0,)):
        rest = _after_expression(text, at, expression, _LEAD_END)
        if rest >= 0:
            return text[rest:]
    return text


def _drop_cleft(text: str, expression: str) -> str:
    opening = _CLEFT_OPENING.match(text)
    if not opening:
        return text
    preposition = _CLEFT_PREPOSITION.match(text, opening.end())
    for at in ((preposition.end(), opening.end()) if preposition else (opening.end(),)):
        rest = _after_expression(text, at, expression, _CLEFT_END)
        if rest >= 0:
            return text[rest:]
    return text


def strip_filler(clause: str, expression: str = "") -> str:
    """Drop leading filler (and a leading "<time expression>,"), repeatedly; keep the rest."""
    text = clause.strip()
    while True:
        before = text
        for rule in FILLER_RULES:
            stripped = rule.pattern.sub("", text, count=1)
            if rule.name == "span-before-subordinator" and expression and expression in text and expression not in stripped:
                continue  # (the expression's own words: "[Hours after that ceremony], the Taliban ...")
            text = stripped
        if expression:
            text = _drop_leading_expression(text, expression)
            text = _drop_cleft(text, expression)
        text = _ATTRIBUTION_ASIDE.sub(" ", text)  # "Her first task, she said in an interview, is to ..."
        for pattern in _TRAILING_ATTRIBUTION:
            if pattern is _TRAILING_ATTRIBUTION[1] and _OPENS_A_QUOTATION.match(text) and _NAMED_SAYER_AT_END.search(text):
                continue  # ('"Police needed an arrest, and five weeks after this terrible crime, they made one," Bell said':
                # a quotation keeps who said it, when it names them)
            text = pattern.sub("", text.rstrip(" ;:") if _ENDS_WITH_ABBREVIATION.search(text.rstrip(" ;:"))
                               else text.rstrip(" .;:"))
        text = text.strip()
        if text == before:
            return text


# --------------------------------------------------------------------------- focus

# "since an August summit in Alaska", "after weekend consultations with Ukraine in Florida":
# the expression dates the phrase after the preposition, not the clause around it.
_ANCHOR_PREPOSITION = re.compile(
    r"\b(?:since|after|following|before|until|ahead\s+of|prior\s+to|like|as\s+with)\s+", re.IGNORECASE
)
# "—including a 28-point draft leaked last week—": the aside is the dated thing.
_ASIDE = re.compile(r"[—–(]\s*((?:including|such\s+as|notably)\s+[^—–()]+?)\s*[—–)]")
_PHRASE_END = re.compile(r"[;:()—–]|,(?!\d{3})|\s+[-–—]\s+|\.\s*$")


# "the epicentre of Monday's earthquake": a possessive date names the thing after it, which
# ends at punctuation or the verb that follows.
_POSSESSIVE_DATE = re.compile(r"[’']s\s+")
# a sentence that opens on the scene where its news happened ("At last Thursday's hearing, ...",
# "During Sunday's final, ..."); not "After Monday's vote, ...", where the date is the vote's
_SCENE_PREPOSITIONS = r"(?:At|During|In|Throughout)"
_FRONTED_SETTING = re.compile(rf"^\W*{_SCENE_PREPOSITIONS}\s+(?:(?:last|this|next)\s+)?$")
_SETTING_AT_END = re.compile(r"[a-z]\s+(?:in|at|during|throughout)\s+$")
# where a noun phrase ends: a verb, a conjunction, a break, or a pronoun that opens the clause after a fronted phrase
# ("After the 2010 election [it] took 127 days")
_NOUN_PHRASE_END = re.compile(
    r"\s+(?:is|was|were|are|has|had|have|will|would|could|can|may|might|should|did|does|do|that|which|who|"
    r"but|and|or|while|as|when|to(?!\s+[A-Z])|because|although|though|after|before|amid|despite|following|"
    r"drew|left|killed|sparked|prompted|raised|showed|led|came|became|remains?|remained|says|said|"
    r"(?-i:it|they|he|she|we|I)(?=\s+[a-z]))\b|,(?!\d{3})|[;:()—–“”\"]|(?<!\b[A-Z])\.(?:\s|$)"  # (not the dots of "U.S.")
)


def _noun_phrase_end(clause: str, start: int) -> re.Match[str] | None:
    """Where the noun phrase from ``start`` ends (``_NOUN_PHRASE_END``), an "and" after "between" going on with
    it ("Saturday's league match between Varsk Dinamo and FK Kaune")."""
    stop = _NOUN_PHRASE_END.search(clause, start)
    if stop and stop.group().strip() == "and" and re.search(r"\bbetween\s", clause[start:stop.start()]) \
            and not re.search(r"\band\s", clause[start:stop.start()]):
        stop = _NOUN_PHRASE_END.search(clause, stop.end())
    return stop


# "since 1999, when a quake near Izmit killed 17,000 people": the when-clause is the event.
_WHEN_CLAUSE = re.compile(r",?\s+when\s+", re.IGNORECASE)
# a date that only bounds the clause's own time, its happening told by the when-clause after it
_WHEN_ANCHOR = re.compile(r"\b(?:since|until|till|before|after|following)\s+(?:the\s+)?$", re.IGNORECASE)
# a when-clause that tells a state, not a happening: its subject, then "be" not followed by a
# participle ("the forecast is better", "she was 18", "final data are available"; not "the light was automated")
_A_STATE = re.compile(r"(?:[\w'’.-]+\s+){1,6}?(?:is|are|was|were|will\s+be|(?:has|have|had)\s+been)\s+"
                      r"(?:(?:still|already|not|all|first|last|again|usually|often|also)\s+)*"
                      r"(?![a-z]+(?:ed|en)\b|[a-z]{2,}ing\b|(?:" + "|".join(sorted(PAST_IRREGULAR)) + r"|to|due|set|expected|scheduled|about|"
                      r"still|already|not|all|first|last|again|usually|often|also)\b)"
                      r"[\w$£€%-]+", re.IGNORECASE)
_PAST_RIGHT_AFTER = re.compile(r"(?!(?:said|told|says|is|are|was|were|has|have|had)\b)[a-z]{2,}ed\b|(?:killed|struck|hit|began|left|broke|"
                               r"tore|swept|shook|took|brought|led|made|forced)\b")
_RELATIVE_INSIDE = re.compile(r"^(?:the|a|an|its|their|his|her)\s+\S+(?:\s+\S+)?\s+(?:that|which|who)\s+", re.IGNORECASE)
# A dated noun phrase names a happening of its own when something refers to it: a preposition
# ("the epicentre of Monday's earthquake", "ahead of the Tuesday meeting") or a verb of
# reporting, scheduling or reaction ("Peskov confirmed the Tuesday meeting", "Iran condemned
# Friday's bombing"). Otherwise it is the
# clause's own event ("he lost the 2020 election", "Monday's earthquake killed 5,000 people").
_REFERRING_BEFORE = re.compile(
    r"\b(?:of|for|from|after|since|before|ahead\s+of|following|during|at|over|about|amid|despite|"
    r"into|against|to|with|behind|"
    r"confirmed|confirms|announced|announces|denied|denies|postponed|cancell?ed|called\s+off|"
    r"welcomed|praised|criticized|criticised|discussed|attended|skipped|missed|recalled|described|"
    r"reported|mentioned|said|says|"
    # a reaction to a happening: "Iran on Saturday condemned Friday's bombing"
    r"condemn(?:s|ed)?|deplored?|denounced?|mourned?|hailed|applauded|blamed|investigat(?:es|ed|ing)|"
    r"prob(?:es|ed|ing)|protested|rejected|appealed|challenged|commemorated?|marked|remembered)\s+$",
    re.IGNORECASE,
)
# ... and, for a possessive date, the agent of a participle or the thing a cause brought about ("Tourism operators
# hit by [last spring's oil spill] ... have filed a class action", "a transformer caused [last month's blackout],
# according to findings released Tuesday"): the phrase names the happening, the clause's own news is another's (not
# the sentence's own passive verb: "The town was flooded by [Sunday's storm]" tells the flooding of Sunday)
_POSSESSIVE_REFERRED_BEFORE = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bbeing\s)(?<!\bgot\s)(?<!ly\s)"
    r"\b(?:(?!(?:was|were|is|are|been|be|being)\b)[a-z]+(?:ed|en)|hit|struck|caught|hurt|shut|cut)\s+by\s+$|"
    r"\b(?:caused|triggered|sparked|led\s+to|contributed\s+to)\s+$",
    re.IGNORECASE,
)
# ... and the place a participle of a preposition's noun sets what befell that noun ("died of [injuries suffered in]
# Thursday night's explosion", "treated for burns sustained in Monday's fire", "among those killed in Sunday's attack"):
# the participle is no verb of the clause, whose news ("died") is another day's; the phrase names the happening
# (not "Australia beat Japan after extra time in Wednesday's semi-final", "Four people were killed in Sunday's attack",
# nor a count of the subject, "Thousands of people marched in Sunday's rally")
_PARTICIPLE_OF_AN_OBJECT_IN = re.compile(
    r"(?<![\w’'-])(?!(?:hundreds|thousands|millions|dozens|scores|tens|lots|lot|number|numbers|group|groups|crowd|crowds|"
    r"some|many|most|all|none|one|each|both|several|half|couple|few|majority|rest|members|team|teams|\d[\d,.]*)\s)"
    r"[\w’'-]+\s+(?:of|for|from|with|among)\s+(?:(?!(?:was|were|is|are|been|be|being|has|have|had)\b)[\w’'-]+\s+){1,3}?"
    r"(?:[a-z]{3,}ed|hurt|hit|struck|caught|shot|burnt|sustained)\s+in\s+$",
    re.IGNORECASE,
)
# (not a time limit: "was passed by Tuesday's deadline" is no later than Tuesday)
_A_TIME_LIMIT = re.compile(r"(?:[\w-]+\s+)?(?:deadline|cut-?off|close|end|start)\b", re.IGNORECASE)
# a noun phrase's head and a present verb after it ("the Dec. 2 runoff [begins]"; "the Tuesday talks" is a
# noun, and "the Christmas period if it goes ahead" no noun phrase and its verb)
PRESENT_AFTER_HEAD = re.compile(r"\s+(?:(?!(?:if|when|that|which|who|it|he|she|they|we|and|or|but|as|because)\b)[\w'’.-]+\s+){1,3}?"
                                r"(?P<verb>(?:" + "|".join(sorted(w for w in PRESENT if w.endswith("s"))) + r")\b)")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|last)\s+$", re.IGNORECASE)
# "All of Tuesday's planned operations were cancelled": a part of the phrase, which is the clause's subject
_QUANTIFIER_OF = re.compile(r"\b(?:all|some|most|many|none|each|half|any|both|several|much|one|two|three)\s+of\s+$",
                            re.IGNORECASE)
# a stretch of the day a date is told with ("the early hours of Sunday", "Tuesday's morning rush
# hour"): the time of the clause, not a happening of its own
_TIME_OF_DAY_NOUN = re.compile(r"(?:early\s+|small\s+|late\s+)?(?:hours|morning|afternoon|evening|night|"
                               r"rush[- ]hour|daylight|dawn|dusk|small\s+hours|wee\s+hours)\b", re.IGNORECASE)
# a time of day the preposition governs, with the date after it ("before [dawn on] Wednesday",
# "until [midnight on] Friday", "after [the morning of] May 2")
_TIME_BEFORE_DATE = re.compile(r"(?:the\s+)?(?:" + _TIME_OF_DAY_NOUN.pattern + r"|noon|midnight|midday|daybreak|sunrise|"
                               r"sunset|first\s+light|nightfall)\s+(?:on|of)\s+", re.IGNORECASE)
# a passive after the relative pronoun: the plan or the thing done may be the larger noun phrase's
# ("A joint press conference by the two ministers that had been planned for today was cancelled")
_PASSIVE_START = re.compile(r"(?:had|has|have)\s+been\s|(?:was|were|is|are)\s+(?:[a-z]+ed|set|due|held|made)\b", re.IGNORECASE)
_PREPOSITIONS_ONLY = re.compile(r"(?:(?:late|early|only|just|as\s+recently\s+as|on|in|at|by|until|since)\s+)*", re.IGNORECASE)
# a relative clause set off by a comma ("Dale Hutchins, who left office on Jan. 28, ...")
RELATIVE_OPENING = re.compile(r",\s+(?:who|which)\s+")
# a noun phrase and the relative pronoun after it ("the magnitude 6.4 quake that ...")
_RELATIVE_SUBJECT = re.compile(r"\b(?:the|a|an)\s+(?:(?!(?:the|a|an|that|which|who)\b)[\w.'’-]+\s+){0,4}?"
                               r"(?!(?:the|a|an)\b)[\w.'’-]+\s+(?:that|which|who)\s+", re.IGNORECASE)
# "the high inflation of [2022]": a noun phrase the date belongs to
_SCHEDULED_OBJECT = re.compile(
    r"\b[a-z]{3,}ed\s+(?P<phrase>(?:the|a|an|all|its|their|his|her|some|several|\d[\d,]*)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:scheduled|planned|slated|booked|due)\s+(?:for|on)\s+)$", re.IGNORECASE)
_NOUN_OF_DATE = re.compile(r"\b(?:the|its|their|his|her)\s+(?:[a-z-]+\s+){0,3}(?P<head>[a-z-]{3,})\s+of\s+$")
_DATE_LIST_TAIL = re.compile(r"\s*(?:,\s*|\s+and\s+|\s+or\s+)(?:\d{4}|[A-Z][a-z]+(?:\s+\d{4})?)(?:\s*(?:,|and|or)\s*\d{4})*\s*")
# Words after a date that show it is not an adjective ("the Tuesday before", "a year ago")
_NOT_A_NOUN = frozenset(
    """and or but to of in on at by for with from after before ago earlier later that which who when
    is was were are has had have will would could can may might should did does do as than""".split()
)
_ARTICLES = ("the", "a", "an", "this", "last", "that", "its", "their", "his", "her")


def _content_words(text: str) -> int:
    return len([w for w in text.split() if w.lower() not in _ARTICLES])


def _relative_aside(clause: str, at: int, after: int) -> str | None:
    """"Former mayor Dale Hutchins, who left office on Jan. 28, attended the meeting": the date
    dates the aside between commas; the phrase is its noun and the aside ("Former mayor Dale
    Hutchins, who left office on Jan. 28"), which a summary reads as a clause."""
    opening = None
    for opening in RELATIVE_OPENING.finditer(clause, 0, at):
        pass
    if opening is None or comma_at(clause[opening.end():at]) >= 0 or _PASSIVE_START.match(clause, opening.end()):
        return None  # (nor "The final, which had been scheduled to begin on Monday, ...": a plan, the sentence's)
    close = comma_at(clause, after)
    if close < 0 or not clause[close + 1:].strip(" ."):
        return None  # the aside ends the sentence: the clause is its own (see _aside_as_clause)
    subject = clause[:opening.start()]
    if comma_at(subject) >= 0 or len(subject.split()) > 8 or not subject[:1].isupper() or any(
            _VERB_WORD.match(word) or word in PAST_IRREGULAR for word in subject.lower().split()[1:]):
        return None  # (not "A poll released Monday showed Romney, who was born ...": a clause, no noun)
    return clause[:close].strip()


# "X on Saturday condemned [two bomb attacks in Kenya and Tanzania] Friday": a verb in the past
# (an adverb may go before it) and the noun phrase it takes, up to the second date
_DATED_VERB_OBJECT = re.compile(r"\s*(?:,\s*)?(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\s+(?P<object>(?:the|a|an|two|three|four|five|several|its|their|his|her)\s+[^,;:()—–“”\"]{3,90}?)\s+(?:on\s+)?$")
# a noun's relative clause opened before a date ("jets that took off early Sunday"; not a saying's "that": "said that")
_RELATIVE_BEFORE_DATE = re.compile(r"\b(?!(?:said|says|say|told|tells|added|noted|stated|announced|reported|confirmed|claimed|"
                                   r"warned|believe|believes|believed|thinks|thought|knew|know|argued|insisted)\b)[a-z]+\s+"
                                   r"(?:that|which|who)\s+(?:[\w’'-]+\s+){1,6}$", re.IGNORECASE)
_OBJECT_ENDS = re.compile(r"\s*(?:[,.;:—–]|$)")


_NOT_IN_AN_OBJECT = frozenset("that which who to until till by for before after from pending".split())


def _before_its_verb(phrase: str, opening: int) -> str:
    """``phrase`` up to the verb the sentence goes on with: "Wednesday's change in status
    [reflected weeks of work]" (not "Monday's planned strike", whose participle opens the noun
    phrase, nor "the meeting of elected officials")."""
    words = list(re.finditer(r"[\w’'-]+", phrase[opening:]))
    for previous, word in zip(words, words[1:]):
        low = word.group().lower()
        if (_VERB_WORD.match(low) or low in PAST_IRREGULAR) and previous.group().lower() not in _NOT_BEFORE_A_VERB:
            return phrase[:opening + word.start()].rstrip()
    return phrase


_NOT_BEFORE_A_VERB = frozenset("of in on at by for from with to the a an and or its their his her newly".split())


def object_of_dated_verb(sentence: str, previous_end: int, start: int, end: int) -> str | None:
    """The noun phrase a verb dated by an earlier expression takes, when a second date follows it
    directly: "The Cypriot government Saturday condemned two terrorist bomb attacks in Kenya and
    Tanzania Friday, calling them ..." -> "two terrorist bomb attacks in Kenya and Tanzania
    Friday". The phrase is a happening of that second date; offsets are in ``sentence``."""
    m = _DATED_VERB_OBJECT.fullmatch(sentence, previous_end, start)
    if not m or not _OBJECT_ENDS.match(sentence, end):
        return None
    if _RELATIVE_BEFORE_DATE.search(sentence[:previous_end].rsplit(",", 1)[-1] + " "):
        # "Four jets that took off early Sunday bombed the city on Monday": the first date is the subject's relative
        # clause's, so the verb after it is the sentence's own, which the second date dates
        return None
    verb = m.group("verb")
    if not (_VERB_WORD.match(verb) or verb in PAST_IRREGULAR) or verb in ("is", "are", "was", "were", "has", "have", "had", "will", "would"):
        return None
    words = m.group("object").lower().split()
    if any(_VERB_WORD.match(word) or word in PAST_IRREGULAR or word in _NOT_IN_AN_OBJECT for word in words[1:]):
        # "said it had cut 500 jobs", "decided to hold a vote": a clause, not a noun phrase; "postponed
        # a decision until their next summit on 18 December": the verb's new date, not the noun's
        return None
    return sentence[m.start("object"):end]


def focus_phrase(clause: str, expression: str, at: int | None = None) -> str | None:
    """The phrase of ``clause`` that ``expression`` dates, when it is not the whole clause.

    ``at``: the expression's offset in ``clause`` (default: its first occurrence). Returns
    None when the expression dates the clause itself ("met ... on Sunday").
    """
    if at is None:
        at = clause.find(expression) if expression else -1
    if at < 0:
        return None
    after = at + len(expression)
    for m in _ASIDE.finditer(clause):
        if m.start(1) <= at and after <= m.end(1):
            phrase = re.sub(r"^(?:including|such\s+as|notably)\s+", "", m.group(1), flags=re.IGNORECASE)
            if len(phrase.split()) >= 4:
                return phrase
    possessive = _POSSESSIVE_DATE.match(clause, after)
    if possessive and _FRONTED_SETTING.match(clause[:at]):
        # "At last Thursday's hearing, which lasted six hours, Ferreyra's lawyers presented ...": the
        # phrase sets the scene; the clause after it is what happened there, on that day
        possessive = None
    elif possessive and _SETTING_AT_END.search(clause, 0, at) and not _PARTICIPLE_OF_AN_OBJECT_IN.search(clause, max(0, at - 80), at):
        # ... and so does one after the clause's verb: "Australia beat Japan 1-0 after extra time in
        # Wednesday's semi-final" happened in the semi-final (not "Tickets for Saturday's match sold out")
        return None
    if possessive and (_REFERRING_BEFORE.search(clause, 0, at) or _PARTICIPLE_OF_AN_OBJECT_IN.search(clause, max(0, at - 80), at)
                       or _POSSESSIVE_REFERRED_BEFORE.search(clause, max(0, at - 40), at)
                       and not _A_TIME_LIMIT.match(clause, possessive.end())) \
            and not _QUANTIFIER_OF.search(clause, 0, at):
        stop = _noun_phrase_end(clause, possessive.end())
        phrase = _before_its_verb(clause[at: stop.start() if stop else len(clause)].strip(), possessive.end() - at)
        named = phrase[possessive.end() - at:]
        if 1 <= _content_words(named) and len(named.split()) <= 8 and not _TIME_OF_DAY_NOUN.match(named):
            return phrase
    # "has cancelled [212 flights scheduled for next Wednesday]": a noun phrase a verb takes, with
    # the participle that dates it
    scheduled = _SCHEDULED_OBJECT.search(clause, 0, at)
    if scheduled and scheduled.end() == at:
        stop = _noun_phrase_end(clause, after)
        return clause[scheduled.start("phrase"): stop.start() if stop else len(clause)].strip()
    # "to offset the high inflation of 2022 and 2023": a noun the date belongs to, after "of"
    of_date = _NOUN_OF_DATE.search(clause, 0, at)
    if of_date and of_date.end() == at and _REFERRING_BEFORE.search(clause, 0, of_date.start()) is None \
            and of_date.group("head").lower() not in _NOT_A_NOUN and not _TIME_OF_DAY_NOUN.match(of_date.group("head")):
        end = _PHRASE_END.search(clause, after)
        tail = clause[after: end.start() if end else len(clause)]
        if not _content_words(tail) or _DATE_LIST_TAIL.fullmatch(tail):
            return clause[of_date.start(): end.start() if end else len(clause)].strip()
    # "the Tuesday meeting", "the 2014 annexation of Crimea": a date used as an adjective
    determiner = _DETERMINER_BEFORE.search(clause, 0, at)
    if (determiner and determiner.end() == at and clause[after:after + 1] == " "
            and _REFERRING_BEFORE.search(clause, 0, determiner.start())):
        stop = _noun_phrase_end(clause, after)
        phrase = clause[determiner.start(): stop.start() if stop else len(clause)].strip()
        named = clause[after: stop.start() if stop else len(clause)]
        first_word = named.split()[0].lower() if named.split() else ""
        if (1 <= _content_words(named) and len(named.split()) <= 8 and first_word.isalpha()
                and first_word not in _NOT_A_NOUN):
            return phrase
    # "The death toll from the quake that hit before dawn on Wednesday has risen to 31": a relative
    # clause dates its noun's happening when the sentence's own verb follows the date
    relative = None
    head = clause[:at].lower()
    if " that " in head or " which " in head or " who " in head:
        for relative in _RELATIVE_SUBJECT.finditer(clause, 0, at):
            pass
    if relative and not _PHRASE_END.search(clause, relative.end(), at) and _PREDICATE_START.match(clause, after) \
            and len(clause[relative.end():at].split()) <= 8 and not _PASSIVE_START.match(clause, relative.end()) \
            and _verbs(clause[relative.end():at]) <= 1:
        # (not "the revolution that brought Castro to power 42 years ago gathered Wednesday night":
        # the sentence's own verb comes before that date)
        if not _PREPOSITIONS_ONLY.fullmatch(clause, relative.end(), at):
            return clause[relative.start():after].strip()
        # "a reversal for a club that on Wednesday was celebrating its biggest sale": the date opens
        # the relative clause and the verb after it is the clause's own; the noun and its clause
        end = _PHRASE_END.search(clause, after)
        return clause[relative.start(): end.start() if end else len(clause)].strip()
    aside = _relative_aside(clause, at, after)
    if aside:
        return aside
    when = _WHEN_CLAUSE.match(clause, after)
    if when and "," not in when.group() and not re.search(r"\bsince\s+$", clause[:at], re.IGNORECASE):
        when = None  # "left Cuba in 1962 when she was 4": when the clause's own happening happened
    elif when and _A_STATE.match(clause, when.end()) and not _WHEN_ANCHOR.search(clause, max(0, at - 30), at):
        # "Nasa said it would try again tomorrow, when the forecast is better", "played her first paid
        # gig in 1944, when she was 18": a state then, no happening; the clause's own is the news
        # (but "the deadliest since 1999, when ...": the date only bounds the clause's time)
        when = None
    if when:
        end = _PHRASE_END.search(clause, when.end())
        phrase = clause[when.end(): end.start() if end else len(clause)].strip()
        if _content_words(phrase) >= 3:
            return phrase
    best = None
    for m in _ANCHOR_PREPOSITION.finditer(clause, 0, at + 1):
        if _PHRASE_END.search(clause, m.end(), at):
            continue  # a comma or dash between the preposition and the expression
        best = m
    if best is None:
        return None
    between = clause[best.end():at]
    if _TIME_BEFORE_DATE.fullmatch(between):
        return None  # "the quake that hit before dawn on Wednesday has risen ...": a time, not a happening
    if clause[after:after + 1] in ('"', "”"):
        return None  # 'heard shouting "some time after 11pm" and a loud bang': the quotation closes on the date
    end = _PHRASE_END.search(clause, after)
    phrase = clause[best.end(): end.start() if end else len(clause)].strip()
    # "after a campaign that began in earnest last summer": a noun and its relative clause
    relative = _RELATIVE_INSIDE.search(between)
    if relative and (len(between.split()) <= 8 or len(between.split()) <= 12 and _PAST_RIGHT_AFTER.match(between, relative.end())):
        # (a longer one when the relative clause's own past verb opens it: "before an explosion that killed four
        # workers at its Port Lambert plant last November"; not "before the crisis warned that they will ...")
        return phrase
    if _NOUN_OF_DATE.fullmatch(between):
        return phrase  # "rebuilt after the great flood of July 1997": a noun named by its date
    if len(between.split()) > 3:
        return None  # "after weekend consultations ...": the phrase must start near the date
    tail = clause[after: end.start() if end else len(clause)]
    if _content_words(tail) < 2:
        return None  # "since August, prices rose", "before dawn on Feb. 6": the date alone
    coordinated = re.match(r"\s+and\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b", tail)
    if coordinated and (_VERB_WORD.match(coordinated["verb"]) or coordinated["verb"] in PAST_IRREGULAR):
        return None  # "stood before television cameras yesterday and said he was sorry": the clause's day
    if not between.strip() and (_PREDICATE_START.match(tail) or _PREPOSITION_START.match(tail)):
        # "took them until 2019 to climb back", "before April 1 has propped up demand", "came
        # ashore shortly before midnight on Thursday as a Category 4 storm": no noun phrase
        return None
    return phrase


# a tail that goes on with the sentence's verb, not with a noun the date is part of
_PREDICATE_START = re.compile(
    r"\s*(?:to|has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|does|do)\s", re.IGNORECASE)


# ... nor one that goes on with a preposition or a reason ("delayed until Monday because of recounts")
_PREPOSITION_START = re.compile(r"\s*(?:as|on|at|in|with|for|when|while|after|before|and|but|or|from|by|because|due|"
                                r"amid|despite|owing|pending|unless|if|so|to|that|under|over|through|into|within|"
                                r"without|across|against|along|near)\s", re.IGNORECASE)


# --------------------------------------------------------------------------- summary

_PARENTHETICAL = re.compile(r"\s*\([^()]*\)")
_PART_OF_A_NAME = re.compile(r"\s+(?-i:[A-Z])[\w'’-]*")
_DASH_ASIDE = re.compile(r"\s+[—–]\s+[^—–]*?\s+[—–](?=\s)")
_PARTITIVE = re.compile(r"(?:one|two|three|four|five|several|some|many|most|each|both|all)\s+of\s+", re.IGNORECASE)
_APPOSITIVE_MARKERS = re.compile(
    r"^(?:accompanied|led|joined|flanked|including|who|whose|which|known|described|dubbed|seen|considered|"
    r"widely|long|once|now|formerly|then|himself|herself|a|an|the)\b|^[A-Z]"
)
_ROLE_WORDS = re.compile(
    r"\b(?:envoy|adviser|advisor|secretary|minister|president|spokesman|spokeswoman|spokesperson|aide|"
    r"chief|head|leader|director|ambassador|negotiator|businessman|official|commander|chairman|son-in-law|"
    r"governor|senator|mayor|founder|ceo|member)s?\b",
    re.IGNORECASE,
)
_SOFT_BREAK = re.compile(
    r"\s+(?=(?:in|to|for|with|after|as|amid|including|following|despite|while|where|which|that|because|"
    r"but|over|during|before|since|through|under|against|from|and)\b)"
)
# a prefix ending inside a "that" clause before its verb ("ruled Thursday that 62 mail ballots")
_THAT_WITHOUT_VERB = re.compile(
    r"\bthat\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|can|cannot|could|should|must|may|might|did|does|do)\b)"
    r"(?![a-z]{3,}ed\b)[\w'’,.-]+\s*){1,8}$")
# a soft break's word that goes on with a name, the next word capitalised ("Longshore and Warehouse Union")
_IN_A_NAME = re.compile(r"(?:and|for)\s+(?-i:[A-Z])\w")
_PHRASE_BREAK = re.compile(r"\s*[,;:]\s+|\s+[—–]\s+")
# a line that ends on a verb of saying and where it was said, before what was said
# (or on finding, ruling or deciding, whose "that" clause is what was found: "The AIU's disciplinary tribunal found
# on Aug. 4 [that Dolan had failed to prove ...]"; and when it was said: "said late Tuesday", "ruled Thursday")
_ENDS_IN_A_SAYING = re.compile(r"\b(?:says|said|told\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+|announced|announces|confirmed|confirms|added|adds|stated|states|"
                               r"wrote|writes|tweeted|tweets|found|ruled|decided|concluded|determined|acknowledged|admitted|"
                               r"revealed|disclosed|discovered|learned|learnt|realised|realized)"
                               r"(?:\s+(?:on|in|at|to)\s+(?:(?:a|an|the)\s+)?(?:[\w'’.-]+\s+)?[\w'’.-]+"
                               r"|\s+(?:late|early)\s+(?:on\s+)?[\w'’.-]+(?:\s+\d{1,2})?"
                               r"|\s+(?:(?:later|earlier)\s+)?(?:yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                               r"(?:\s+(?:morning|afternoon|evening|night))?)?$")
_THAT_AFTER = re.compile(r"\s+that\s")


def _words(text: str) -> int:
    return len(text.split())


_MONTH_OR_DAY = (r"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|"
                 r"December)\b(?:\s+\d{1,2}(?:st|nd|rd|th)?(?:-\d{1,2})?\b)?(?:,?\s+\d{4}\b)?"
                 r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:\s+(?:morning|afternoon|evening|night)s?\b)?)"
                 r"(?!['’])")  # (not "Friday's release")
# a list of months or days that goes on after a break ("April, [June and July]") or ends after it ("April, June[ and July]")
_DATE_LIST_GOES_ON = re.compile(_MONTH_OR_DAY + r"(?:\s*,\s*" + _MONTH_OR_DAY + r")*\s*,?\s+(?:and|or)\s+" + _MONTH_OR_DAY)
_DATE_LIST_ENDS = re.compile(r"\s+(?:and|or)\s+" + _MONTH_OR_DAY)
_CALENDAR_NAMES = frozenset("""january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split())
_LABEL_ASIDE = re.compile(r"(?<=[a-z.])\s*,\s+" + _LABEL_TEXT + r",(?=\s)")


# an aside that tells what a thing is made of or worth, after the thing ("Vallon accepted the offer, made up of
# 50 million euros guaranteed and 5 million in add-ons, at around 9.30pm last night")
_WHAT_A_THING_IS = re.compile(r"(?:made\s+up\s+of|worth|valued\s+at|consisting\s+of|comprising)\s")


def _drop_asides(text: str, expression: str) -> str:
    for pattern in (_PARENTHETICAL, _DASH_ASIDE):
        while _words(text) > MAX_WORDS:
            for m in pattern.finditer(text):
                if expression and expression in m.group() or _PART_OF_A_NAME.match(text, m.end()) \
                        and re.search(r"\b(?-i:[A-Z])[\w'’-]*\s*$", text[:m.start()]) and m.group().strip(" ()")[:1].isupper():
                    continue  # (nor a parenthesis inside a name: "the Coastal Erosion (Compensation) Bill")
                # the aside's words go; the words around it stay apart
                text = re.sub(r"\s+([,;:.])(?=\s|$)", r"\1", " ".join((text[: m.start()] + " " + text[m.end():]).split()))
                break
            else:
                break
    if _words(text) > MAX_WORDS:
        # "Lazaro Gonzalez, 49, was found guilty"; but "The law, written by Sen. Jesse Helms, R-N.C.,
        # tightened ...": the label's last comma also closes the aside it ends
        text = _LABEL_ASIDE.sub(lambda m: "," if m.string[:m.start()].count(",") % 2 else "", text)
    # Appositives naming a role, between commas: "Steve Witkoff, Trump’s special envoy, will ...".
    # An aside takes both of its commas with it, so the words around it join with a space.
    segments = re.split(r",\s+", text)
    drop: set[int] = set(_appositive_after_name(segments, expression))
    for index in range(1, len(segments) - 1):
        if _words(text) - sum(_words(segments[i]) for i in drop) <= MAX_WORDS:
            break
        segment = segments[index]
        if not (expression and expression in segment) and _words(segment) <= 3 and segment[:1].islower() \
                and segments[index - 1].split() and _is_verb(segments[index - 1].split()[-1].lower()) \
                and segments[index + 1].startswith("that ") and not has_any_verb(segment):
            # "whose directors discovered, [too late,] that their customers loved the founder more": a
            # word or two between a verb and what it found or said
            drop.add(index)
            continue
        what_it_is = bool(_WHAT_A_THING_IS.match(segment))  # "the offer, [made up of 50 million euros ...,] at around 9.30pm"
        if (expression and expression in segment) or not 2 <= _words(segment) <= (16 if what_it_is else 12):
            continue
        first = segment.split()[0]
        participle = first in ("accompanied", "led", "joined", "flanked", "who", "whose", "which") or what_it_is \
            or bool(_PARTITIVE.match(segment)) \
            or _participle_after_subject(segments, index)  # "the tank, one of 11 at the plant, gave way"
        # "in Lubnice, southern Poland, collapsed": where a place is, after the place
        place = _words(segment) <= 3 and segment.split()[-1][:1].isupper() and segments[index - 1].split()[-1][:1].isupper() \
            and first[:1].islower() and not {segment.split()[-1].lower(), segments[index - 1].split()[-1].lower()} & _CALENDAR_NAMES
        # (but not a list of months: "since March, pausing in April, June and July")
        if not (participle or place or (_APPOSITIVE_MARKERS.match(segment) and _ROLE_WORDS.search(segment))):
            continue
        drop.add(index)
        # "... led by X’s adviser, Rustem Umerov, in Miami": the name goes with its role.
        following = segments[index + 1] if index + 1 < len(segments) - 1 else ""
        if following and _words(following) <= 3 and all(w[:1].isupper() for w in following.split()):
            if _ROLE_WORDS.search(segment.split()[-1]):
                drop.add(index + 1)
            elif first in ("who", "whose", "which") and segment.split()[-1][:1].isupper() \
                    and _is_verb(segments[index + 2].split()[0]) \
                    and not {segment.split()[-1].lower(), following.split()[-1].lower()} & _CALENDAR_NAMES:
                # "the firm, which employs about 150 people in Waterloo, [Ont.,] said ...": where the place
                # is goes with the relative clause that names it, up to the verb it interrupted
                drop.add(index + 1)
    if drop:
        text = segments[0]
        for index in range(1, len(segments)):
            if index in drop:
                continue
            # (an aside after a phrase that opens the sentence on its scene keeps that phrase's
            # comma: "At last Thursday's hearing, Ferreyra's lawyers presented ...")
            joined = index - 1 in drop and not (index - 1 == 1 and _OPENING_PHRASE.match(segments[0]))
            text += (" " if joined else ", ") + segments[index]
    return text


def _appositive_after_name(segments: list[str], expression: str = "") -> range:
    """The comma-separated segments of an appositive or a relative aside between a name that opens
    the sentence and its verb ("Paul Njoroge, [a Toronto resident who lost his wife, three children
    and mother-in-law on Flight 302,] testified ..."; "Dana Whitcombe, [whose payments startup once
    processed $2 billion a month for Boston-area shops and restaurants,] was sentenced ..."): from
    "a"/"an"/"the"/"who"/"whose" after the name up to the segment that opens on a verb, commas
    inside the aside and all; empty when there is none, or when the aside holds ``expression``."""
    name = segments[0].split()
    if not 1 <= len(name) <= 4 or not all(word[:1].isupper() for word in name) or len(segments) < 3 \
            or not re.match(r"(?:a|an|the|who|whose)\s", segments[1]):
        return range(0)
    for index in range(2, len(segments)):
        first = segments[index].split()[0] if segments[index].split() else ""
        if first[:1].islower() and _is_verb(first.lower()):
            if expression and any(expression in segment for segment in segments[1:index]):
                return range(0)
            return range(1, index)
    return range(0)


_PAST_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ed|en|wn)$")


def _participle_after_subject(segments: list[str], index: int) -> bool:
    """A participle aside between the sentence's subject and its verb ("The RBA's statement on
    monetary policy, [released alongside the decision,] forecast ..."): the subject is a noun phrase
    with no verb, and the words after the aside go on with the verb, written small."""
    if index != 1 or index + 1 >= len(segments):
        return False
    subject = segments[0].split()
    following = segments[index + 1].split()
    return bool(_PAST_PARTICIPLE.match(segments[index].split()[0])) and 1 <= len(subject) <= 8 \
        and subject[0][:1].isupper() and not any(_is_verb(w.lower()) for w in subject[1:]) \
        and bool(following) and following[0][:1].islower() and following[0].lower() not in _NOT_A_VERB


# a phrase that opens its sentence, the scene's or a time's ("After Monday's vote, ...")
_OPENING_PHRASE = re.compile(rf"^\W*(?:{_SCENE_PREPOSITIONS}|On|After|Before|Since|Amid)\s")


def _open_quote(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


# a participle or a comment trailing a saying ("..., clearing the way for a new government", "...,
# in what would be the biggest sale in its history")
_TRAILING_PARTICIPLE = re.compile(r"\s*,\s+(?:(?:[a-z]+ly\s+)?[a-z]{3,}ing\b|" + _TRAILING_COMMENT +
                                  # (or what went on meanwhile: "..., the agency said on Tuesday, as rescuers dug through the rubble")
                                  r"|(?:as|while)\s+(?![a-z]+ed\b|well\b|of\b|part\b|a\b|an\b|the\s+\w+\s+of\b|soon\b|long\b|usual\b|expected\b|such\b)"
                                  r"[\w'’-]+\s+[\w'’-]+)[^,;]*$")


_YEAR_AT_END = re.compile(r"\b(?:1[6-9]|20)\d\d$")
_MORE_YEARS_AFTER = re.compile(r"\s+(?:and|or|to|through)\s+(?:1[6-9]|20)\d\d\b")


def _cut(text: str, expression: str) -> str:
    """A prefix of at most MAX_WORDS words ending at a phrase boundary after the expression.

    A comma-like boundary wins (the longest such prefix); otherwise the first word boundary
    before a preposition or conjunction once the expression is in and the line has 8 words.
    When the expression sits late in a long clause, the tail that holds it is kept instead.
    """
    minimum = text.find(expression) + len(expression) if expression and expression in text else 0
    best = ""
    for m in _PHRASE_BREAK.finditer(text):
        prefix = text[: m.start()].rstrip(" ,;:")
        if _open_quote(prefix):
            continue  # never end inside a quotation
        end = m.start()
        listed = _DATE_LIST_GOES_ON.match(text, m.end())
        if listed and _words(text[:listed.end()]) <= MAX_WORDS:
            # (not inside a list of dates that fits whole: "pausing in April, June and July")
            end, prefix = listed.end(), text[:listed.end()]
        if end >= minimum and 8 <= _words(prefix) <= MAX_WORDS and len(prefix) > len(best) and not _open_quote(prefix):
            best = prefix
    if best:
        return best
    saying_only = said = governed = None
    for m in _SOFT_BREAK.finditer(text):
        prefix = text[: m.start()].rstrip(" ,;:")
        if _IN_A_NAME.match(text, m.end()) and prefix.split()[-1][:1].isupper():
            continue  # (not inside a name: "the International Longshore [and Warehouse Union]", "Institute [for Fiscal Studies]")
        listed = _DATE_LIST_ENDS.match(text, m.start())
        if listed and _words(text[:listed.end()]) <= MAX_WORDS:
            prefix = text[:listed.end()]  # ("pausing in April, June [and July]": the list is one)
        if _YEAR_AT_END.search(prefix) and _MORE_YEARS_AFTER.match(text, m.start()):
            continue  # (never between the years of a list: "Tessera models from the 2017 [and 2018 model years]")
        if m.start() >= minimum and 8 <= _words(prefix) <= MAX_WORDS and not _THAT_WITHOUT_VERB.search(prefix):
            # (but not "... ruled Thursday that 62 mail ballots", a "that" with no verb yet)
            if not saying_only and _ENDS_IN_A_SAYING.search(prefix) and _THAT_AFTER.match(text, m.start()):
                # "4:15 p.m. Transportation Secretary Sean Duffy says on X [that he has spoken to Meridian
                # chief executive Karen Whitfield]": a saying keeps as much of what was said as fits
                saying_only = prefix
                continue
            if not saying_only:
                if prefix.split()[-1].lower() in _TAKES_AN_INFINITIVE and _INFINITIVE_AFTER.match(text, m.start()):
                    # "The Bureau of Meteorology said 2019 was set [to be Australia's hottest and driest year]": the
                    # words the verb governs, up to a later break that fits
                    governed = governed or prefix
                    continue
                return prefix
            if prefix.split()[-1].lower() not in _DANGLING_WORDS and not _open_quote(prefix):
                # (not "... Karen Whitfield and"; nor inside a quotation of what was said, whose words would be shown
                # as if they were all of it: "hoped the offensive would be "short[ and decisive"]")
                said = prefix
    if saying_only:
        if said and _is_verb(said.split()[-1].lower()) and said.split()[-2].lower() not in ("be", "been", "being", "was", "were", "is", "are"):
            # "... found on Aug. 4 that Dolan had failed to prove the banned substance came[ from a
            # contaminated supplement]": a verb cut off from its words is shown cut
            return said + "…"
        if not said:
            # "Sport, Arts and Culture Minister Lerato Dube announced on Tuesday [that retired judge Thembeka
            # Khumalo would lead an independent review ...]", no break after the "that" that fits: what was
            # said, as far as its verb and the words that fit, shown cut (the saying alone tells no news)
            kept = _words_that_fit(text)
            that = _THAT_AFTER.search(kept, len(saying_only))
            if that and not _THAT_WITHOUT_VERB.search(kept) and _has_verb(kept[that.end():]) \
                    and (not expression or find_ignoring_case(kept, expression) >= 0):
                return kept + "…"
        return said or saying_only
    if governed:
        return governed
    start_of_expression = text.find(expression) if expression and expression in text else len(text)
    attributed = _news_before_attribution(text, expression)
    if attributed:
        return attributed
    scene_only = None  # the news before a tail that is only where and when ("..., about 400km north
    # of the capital, on Sunday night, the army said")
    for pattern in (STRONG_BOUNDARY, _PHRASE_BREAK):
        for m in pattern.finditer(text):
            suffix = _DROP_COMPLEMENT_THAT.sub("", _DROP_CONNECTIVE.sub("", text[m.end():]))  # (", and [that] the assessment had ...")
            if m.end() <= start_of_expression and scene_only is None and not _has_verb(_without_attribution(suffix)):
                news = text[:m.start()].rstrip(" ,;:")
                if 5 <= _words(news) <= MAX_WORDS and _has_verb(news) and not _open_quote(news):
                    scene_only = news
            if _ATTRIBUTION_ONLY.fullmatch(_TRAILING_PARTICIPLE.sub("", suffix).rstrip(" .")):
                # "..., the National Hurricane Center said on Monday": the news is before it (also
                # with a participle after the saying: "..., the commission said on Tuesday, clearing
                # the way for a new government"), whole when it fits
                news = text[:m.start()].rstrip(" ,;:")
                if 5 <= _words(news) <= MAX_WORDS and not _open_quote(news):
                    return _claim_with_its_claimant(news, suffix) if _CONTESTED.search(suffix) else news
                continue
            if m.end() <= start_of_expression and 5 <= _words(suffix) <= MAX_WORDS and (
                    scene_only is None or _has_verb(_without_attribution(suffix))) and not _PREDICATE_ONLY.match(suffix):
                return _subject_for_its_aside(text[:m.start()], suffix) or _aside_relative_closed(suffix, expression)
    if scene_only:
        return scene_only
    return _words_that_fit(text, expression) + "…"


def _subject_for_its_aside(before: str, suffix: str) -> str | None:
    """A tail kept that opens on the aside set beside its subject, then the subject's verb ("[The funeral of the
    first victim to be named,] nine-year-old Layla Osei, will take place ... on Saturday"): the subject and its
    verb, without the aside, when they fit; None otherwise."""
    aside = _ASIDE_THEN_AUXILIARY.match(suffix)
    subject = before.strip(" ,")
    if not aside or has_any_verb(aside["aside"]) or "," in subject or not re.match(r"(?:The|A|An)\s", subject):
        return None
    told = f"{subject} {aside['verb']}"
    return told if _words(told) <= MAX_WORDS else None


# an aside, its comma, and a verb phrase opening on its auxiliary
_ASIDE_THEN_AUXILIARY = re.compile(r"(?P<aside>[^,;:]+),\s+(?P<verb>(?:will|would|was|were|is|are|has|have|had|can|could|may|"
                                   r"might|must|should)\s.*)$", re.DOTALL)


def _words_that_fit(text: str, expression: str = "") -> str:
    """The first ``MAX_WORDS`` words of ``text``, less the words at their end that lead on to what was
    cut ("... hauled to the surface late on": the words that led to the cut-off date go too), and less the
    first words of ``expression`` when the cut falls inside it ("... after his win in Iowa on Jan.": "Jan." goes,
    then "on")."""
    words = text.split()[:MAX_WORDS]
    at = find_ignoring_case(text, expression) if expression else -1
    if at >= 0 and len(text[:at].split()) < len(words) < len(text[:at + len(expression)].split()):
        words = words[:len(text[:at].split())]
    while len(words) > 1 and words[-1].lower().strip(",;:") in _DANGLING_WORDS:
        words.pop()
    return " ".join(words).rstrip(" ,;:")


# a relative clause set off by a comma ("the Kwezi Deep mine, [which produced about 40 per cent of the
# company's gold last year], would stay closed"): it ends at the next break, where its noun's own verb goes on
_ASIDE_RELATIVE_OPENING = re.compile(r"(?:which|who)\s", re.IGNORECASE)
_NOT_THE_ASIDES_END = re.compile(r"\d|(?:[\w'’-]+\s+){0,2}?[\w'’-]+,?\s+(?:and|or)\s")


def _aside_relative_closed(suffix: str, expression: str) -> str:
    """A suffix cut after a comma that is a relative clause set off by commas, its date inside, ends at
    the first break after the date ("which produced ... gold last year, would stay closed" -> "which
    produced ... gold last year"): what follows belongs to the clause the aside interrupts."""
    at = suffix.find(expression) if expression else -1
    if at < 0 or not _ASIDE_RELATIVE_OPENING.match(suffix):
        return suffix
    for end in _PHRASE_BREAK.finditer(suffix, at + len(expression)):
        if _NOT_THE_ASIDES_END.match(suffix, end.end()):
            continue  # (a date's or a list's comma: "until ... March 5, 1985", "between Jerusalem, Ramallah and Cairo")
        return suffix[:end.start()]
    return suffix


def _news_before_attribution(text: str, expression: str = "") -> str | None:
    """The news of a sentence too long to keep whole before the attribution that ends it, cut at its own
    last phrase break that fits: "Voltra Mobility is recalling about 214,000 lithium-ion batteries sold with
    its CityGlide e-bikes after reports of 31 fires[, including one that destroyed a home in Phoenix, the
    U.S. Consumer Product Safety Commission said Thursday]" (the lead's main clause, not the aside before
    the saying). The cut keeps ``expression`` when the news holds it. None when the sentence ends
    otherwise, or its news fits whole (``_cut`` keeps it then)."""
    breaks = list(_PHRASE_BREAK.finditer(text))
    if not breaks or not _ATTRIBUTION_ONLY.fullmatch(_TRAILING_PARTICIPLE.sub("", text[breaks[-1].end():]).rstrip(" .")):
        return None
    news, attribution = text[:breaks[-1].start()].rstrip(" ,;:"), text[breaks[-1].end():]
    if _words(news) <= MAX_WORDS or _open_quote(news):
        return None
    if _CONTESTED.search(attribution):
        return _claim_with_its_claimant(news, attribution)
    if expression and expression not in news and not re.search(
            _SAYING_VERB + r"\s+(?:on\s+|late\s+|early\s+)?" + re.escape(expression), attribution):
        return None  # (the date in more than the saying: "..., both of which reported record volume last week")
    first = _PHRASE_BREAK.split(news, maxsplit=1)[0]
    if not _has_verb(first) or _SUBORDINATE_OPENING.match(first):
        return None  # (no main clause opens it: "Beta carotene, the vitamin A relative ...", "Three weeks after ...")
    minimum = news.find(expression) + len(expression) if expression and expression in news else 0
    best = ""
    for m in _PHRASE_BREAK.finditer(news):
        prefix = news[:m.start()].rstrip(" ,;:")
        opened = list(_CLAUSE_OPENS.finditer(prefix))
        if m.start() >= minimum and 8 <= _words(prefix) <= MAX_WORDS and not _open_quote(prefix) \
                and not _LIST_GOES_ON.match(news, m.end()) and not (opened and not _has_verb(prefix[opened[-1].end():])):
            # (not inside a list, "rich in olive oil, nuts and vegetables", nor before the verb of a clause it
            # opened, "..., when thermometers at Brogdale, near Faversham in Kent, reached 38.5C")
            best = prefix
    return best.lstrip(" —–-") or None


# an attribution to a side of a dispute, or a saying that is a claim: what it tells is contested, not fact ("..., a
# federal prosecutor told jurors on Monday", "..., the lawsuit alleges", "..., his lawyer argued")
_CONTESTED = re.compile(r"\b(?:prosecutors?|prosecution|defen[cs]e|lawyers?|attorneys?|counsel|barristers?|solicitors?|plaintiffs?|"
                        r"claimants?|complainants?|accusers?|indictment|lawsuit|complaint|petition)\b|\b(?:alleged|alleges|allege|"
                        r"claimed|claims|accused|accuses|argued|argues|contended|contends)\b|\btold\s+(?:the\s+)?(?:jurors|jury|"
                        r"court|judge|magistrates?|tribunal|inquest|hearing)\b", re.IGNORECASE)


def _claim_with_its_claimant(news: str, attribution: str) -> str:
    """What one side of a dispute says, told as its saying: "A federal prosecutor told jurors on Monday that Nathan
    Riordan lied to his investors for three years…", not "Nathan Riordan lied to his investors" as a fact. Cut to
    ``MAX_WORDS`` words, the cut shown."""
    said = _TRAILING_PARTICIPLE.sub("", attribution).strip(" .,;:")
    first = news.split(maxsplit=1)[0] if news.split() else ""
    if first in ("The", "A", "An", "It", "He", "She", "They", "We", "This", "That", "These", "Those", "His", "Her", "Its",
                 "Their", "There"):
        news = news[0].lower() + news[1:]  # (a name keeps its capital)
    told = f"{said[0].upper()}{said[1:]} that {news}"
    if _words(told) <= MAX_WORDS:
        return told
    # cut at the last phrase that fits, well into what was said ("... to save money[ and then hid the defects ...]")
    ends = [m.start() for m in _SOFT_BREAK.finditer(told) if 12 <= _words(told[:m.start()]) <= MAX_WORDS
            and told[:m.start()].split()[-1].lower() not in _DANGLING_WORDS and not _open_quote(told[:m.start()])]
    return (told[:ends[-1]].rstrip(" ,;:") if ends else _words_that_fit(told)) + "…"


_SAYING_VERB = r"\b(?:said|says|announced|told\s+[\w'’-]+|added|reported|confirmed|stated|wrote|warned|predicted|forecast)"
_SUBORDINATE_OPENING = re.compile(r"\W*(?:[\w'’-]+\s+){0,3}?(?:after|before|when|while|as|since|although|though|because|if|until|once|"
                                  r"unless|whereas)\b", re.IGNORECASE)
_CLAUSE_OPENS = re.compile(r",\s+(?:when|which|who|whom|whose|where|while|as|after|before|because|although|though|if|until)\b",
                           re.IGNORECASE)
_LIST_GOES_ON = re.compile(r"(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*(?:,\s*|\s+)(?:and|or)\s")


# words that govern an infinitive after them ("was set to be", "agreed to pay", "is expected to"): no cut between
_TAKES_AN_INFINITIVE = frozenset("""set due likely unlikely poised scheduled slated expected going able unable ready willing eager
    keen prepared planned plans plan agreed agree agrees decided decide decides want wants wanted hope hopes hoped need needs
    needed tried tries try refused refuse refuses failed fail fails vowed vow vows promised promise promises threatened
    threaten threatens declined decline declines intend intends intended seek seeks sought is are was were""".split())
_INFINITIVE_AFTER = re.compile(r"\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|be\s+held\s+on)\b)[a-z]+\b")
# words that lead on to what follows them: a line cut after one ends mid-phrase
_DANGLING_WORDS = frozenset("""on in at by of to for from with into onto about after before during until since over between through
    throughout within the a an its their his her our this that these those late early and or but than as""".split())


# a tail that is a predicate without its subject ("tightened the embargo in 1996" after "The law,
# written by Sen. Jesse Helms,"), or an age's leftovers ("49, was found guilty")
_PREDICATE_ONLY = re.compile(r"\d|(?:was|were|is|are|has|have|had|will|would)\b|[a-z]+ed\b")


def _has_verb(text: str) -> bool:
    return _verbs(text) > 0


def _verbs(text: str) -> int:
    return sum(1 for word in re.findall(r"[a-z]+", text.lower()) if _VERB_WORD.match(word) or word in PAST_IRREGULAR)


def _without_attribution(text: str) -> str:
    """``text`` without a trailing attribution ("..., the army said in a statement")."""
    parts = re.split(r",\s+", text.rstrip(" ."))
    while len(parts) > 1 and _ATTRIBUTION_ONLY.fullmatch(parts[-1]):
        parts.pop()
    return ", ".join(parts)


def without_emphasis_markers(summary: str) -> str:
    """A summary in plain text: "20:55 Emperor Naruhito arrives" (the quote keeps the asterisks)."""
    return plain_text(summary)


# a subject, its first verb phrase, then "and, <date>," and the second verb phrase that date dates
# ("Margaret Oyelaran moved to London at 19 and, in 1974, became the first female partner at ...")
_SECOND_VERB_DATED = re.compile(r"^(?P<subject>(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}|(?:The|A|An|Its|His|Her|Their)\s+(?:[a-z][\w'’-]*\s+){1,3})"
                                r"(?=[a-z])[^,;]+?\s+and,\s+(?P<date>[^,;]+),\s+(?P<rest>[a-z][^;]*)$")


def _dated_second_verb(text: str, expression: str) -> str:
    """A long sentence whose date is set off by commas after "and" reads as its subject, the verb
    phrase after the date, and the date ("Margaret Oyelaran became the first female partner at the
    engineering firm Fenwick Partners in 1974"): the first verb phrase is another happening."""
    m = _SECOND_VERB_DATED.match(text)
    if not m or not expression or expression not in m["date"] or not _is_verb(m["rest"].split()[0].lower()):
        return text
    return f"{m['subject']}{m['rest'].rstrip(' .')} {m['date']}"


# the last verb phrase a named subject goes on with, after ", and", and the name that opens the sentence
_AND_THEN_VERB = re.compile(r",\s+and\s+(?=(?:is|are|was|were|will|would|has|have|had|could|can|may|might|must|should|plans|expects)\s)")
_NAMED_SUBJECT_OPENING = re.compile(r"(?:The\s+)?(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|In|On|At|For|But|And|As|If)\s)"
                                    r"(?-i:[A-Z])[\w'’.&-]*(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,3}(?=\s+[a-z])")
# a saying between the subject and the verb phrase: whose subject that phrase has is not told ("Ms Wong said the
# Government would keep that start date, and would also keep ...")
_SAYING_IN = re.compile(r"\b(?:said|says|told|tells|added|warned|announced|reported|noted|argued|claimed)\b")


def _named_subjects_last_verb(text: str, expression: str) -> str:
    """A long sentence whose date is in the verb phrase its named subject goes on with after ", and"
    reads as the name and that verb phrase: "The Fed cut its monthly bond purchases by another $10
    billion, to $45 billion, and is expected to end them by the fall" is "The Fed is expected to end
    them by the fall" (not "To $45 billion, and is expected ...")."""
    joins = list(_AND_THEN_VERB.finditer(text))
    subject = _NAMED_SUBJECT_OPENING.match(text)
    if not joins or subject is None or not expression or _SAYING_IN.search(text, subject.end(), joins[-1].start()):
        return text
    rest = text[joins[-1].end():]
    if expression not in rest or _words(rest) + len(subject.group().split()) > MAX_WORDS \
            or re.search(r",\s+(?:which|who|when|where)\b", rest[:rest.find(expression)]):
        return text  # (a date in a relative clause of its own is that clause's: "..., which took effect at 9 o'clock")
    return f"{subject.group()} {rest}"


# a count and its pair that end a line a few words too long ("... by 312 votes to 190"): cut, the count
# would be told without its pair ("by 312 votes")
_FIGURES_AT_END = re.compile(r"^(?:\S+\s+){%d,%d}\S*\d[\d,.]*\s+(?:[a-z]+\s+)?(?:to|against|-|–)\s+\d[\d,.]*\.?\s*$" % (MAX_WORDS - 4, MAX_WORDS - 2))


def summarize(clause: str, expression: str = "") -> str:
    """A scannable line for ``clause`` (at most ``MAX_WORDS`` words; never cut mid-word)."""
    text = strip_filler(clause, expression)
    if not text:
        text = clause.strip()
    if _words(text) > MAX_WORDS:
        text = _drop_asides(text, expression)
    if _words(text) > MAX_WORDS:
        text = _dated_second_verb(text, expression)
    if _words(text) > MAX_WORDS:
        text = _named_subjects_last_verb(text, expression)
    if _words(text) > MAX_WORDS and not _FIGURES_AT_END.search(text):
        text = _cut(text, expression)
    text = text.rstrip(" ;:,")
    if not _ENDS_WITH_ABBREVIATION.search(text):
        text = text.rstrip(" .;:,")  # (but "shortly after 12 p.m." keeps its dot)
    if text[:1].islower():
        text = text[0].upper() + text[1:]
    return _quotes_closed(text)


def _quotes_closed(text: str) -> str:
    """A summary cut inside a quotation closes it ('Raman said: "We welcome the union's decision on
    Saturday"') or opens it, so a reader sees which words are quoted."""
    if not re.search(r"\w\W+\w", text):
        return text  # no words to quote
    if text.count("“") > text.count("”"):
        return text + "”"
    if text.count("”") > text.count("“"):
        return "“" + text  # cut inside the quotation's start: "“Fast-moving fire ... this season,” the commissioner said"
    if text.count('"') % 2:
        # a straight quote opens after a space or at the start, and closes after a word or a full stop:
        # a summary that starts inside the quotation ('Today is a better one."', the second sentence of
        # 'said: "Yesterday was a difficult day. Today is a better one."') opens it
        opening = len(re.findall(r'(?:^|(?<=[\s(\[—–]))"(?=\S)', text))
        return '"' + text if text.count('"') - opening > opening else text + '"'
    return text
