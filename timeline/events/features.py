"""Who and what a clause is about: named entities and content keywords, for matching.

Entities are runs of capitalised words ("Russian President Vladimir Putin", "Shell Bay"),
stripped of titles and leading function words, with nationality adjectives folded into the
place they name ("Ukrainian" -> "Ukraine"). ``entity_key`` reduces a name to what two articles
will share: a person's surname ("Vladimir Putin" and "Putin" -> "putin"), a known multi-word
place whole ("united states").

Keywords are lower-cased content words (and figures of three characters or more, "#7.8",
whole with their thousands commas and scale word: "1,740" -> "#1,740", "1.5 million" -> "#1.5 million"),
lemmatised crudely (irregular verbs by table, then a
few suffix rules applied the same way to every text, so "annexed" and "annexation" agree), with
nouns news uses for one thing folded together (``vocab.NOUN_ALIASES``: "stock" -> "share"), plus
an event-class token ("@meet" for met / talks / consultations) from ``vocab.EVENT_CLASSES`` and
``vocab.EVENT_PHRASES`` ("shot dead" -> "@die", "came off the tracks" -> "@crash").

A figure with its unit is kept whole, whatever its length, because two reports of one happening
repeat it and two happenings rarely share it: a share ("18 percent" -> "#18%"), an age ("the
47-year-old" -> "#47-year-old"), a vote tally ("by 312 votes to 198", "312-198" -> "#312-198").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from timeline.events.vocab import (
    DEMONYMS,
    PLACE_FEATURES,
    PLACES_NAMED_BY_A_PEOPLE,
    EVENT_CLASS_OF,
    EVENT_PATTERNS,
    EVENT_PHRASE_CLASS,
    NOT_BEFORE_TO,
    NOUN_ALIASES,
    IRREGULAR_LEMMAS,
    MONTHS_THAT_ARE_WORDS,
    CORPORATE_SUFFIXES,
    GENERIC_NAME_TAILS,
    NAME_ALIASES,
    NAMED_HAPPENING_WORDS,
    ROLE_ALIASES,
    ROLE_HEADS,
    ROLE_QUALIFIERS,
    NON_NAME_CAPITALS,
    ORGANISATION_WORDS,
    STOP_WORDS,
    TITLE_WORDS,
    WEAK_ENTITIES,
)

# A word: letters/digits with inner apostrophes, dots (U.S.) or hyphens, and a figure's thousands
# commas ("1,740", "17,000", "1,50,000" in Indian grouping): a comma before a group of digits that
# ends in three is inside the number, one before a space or a longer run is not.
_WORD = re.compile(r"[^\W_](?:(?:[\w’'.\-]|(?<=\d),(?=(?:\d\d,)*\d{3}(?!\d)))*[^\W_])?\.?", re.UNICODE)
_POSSESSIVE = re.compile(r"[’']s?$")
_NUMBER = re.compile(r"\d(?:[\d.,]*\d)?")
_NON_WORD = re.compile(r"[^\w]")
_ABBREVIATION = re.compile(r"^(?:[A-Za-z]\.){2,}$")
# a currency written before its amount ("Sh18.4", "KSh2bn", "Rs500", "Rs", "Tk", "Rp"): no name
_MONEY = re.compile(r"^(?:K?Sh|KES|Ksh|Rs|INR|Tk|Rp|Php|USh|TSh|Ush|Tsh|NZ\$|A\$|US\$|HK\$|S\$|C\$)(?:\d[\d.,]*(?:bn|m|k|cr)?)?$")
# "U.S.-brokered", "Putin-Trump": a hyphenated compound splits when a part is a name.
_HYPHEN = re.compile(r"[-‐‑–]")


def _words(text: str) -> list[tuple[int, int, str]]:
    """Word tokens with offsets; a trailing full stop is kept only on abbreviations."""
    out = []
    for m in _WORD.finditer(text):
        word, start = m.group(), m.start()
        if word.endswith(".") and not _ABBREVIATION.match(word):
            word = word[:-1]
        if text.startswith("$", start + len(word)) and len(word) <= 3 and word.isupper():
            continue  # a currency's letters before its dollar sign ("S$1.16 billion", "NZ$40"): no name
        out.append((start, start + len(word), word))
    return out


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _normalise_case(word: str) -> str:
    # "MOSCOW" in a dateline is the same name as "Moscow"; "U.S." and "NATO" stay as written.
    if len(word) > 4 and word.isupper() and "." not in word:
        return word.capitalize()
    return word


# a place's name before the region of a "-based" compound: "[Sacramento], California-based"
_BASED_AFTER = re.compile(r",\s*[A-Z][\w.’'-]*-(?:based|headquartered)\b")


def _name_runs(text: str, words: list[tuple[int, int, str]]) -> list[tuple[bool, list[str]]]:
    """Runs of capitalised words separated only by single spaces (and inner "of"), each with
    whether it opens the text (where any word is capitalised)."""
    runs: list[tuple[bool, list[str]]] = []
    initial = False
    current: list[str] = []
    prev_end = None
    for index, (start, end, word) in enumerate(words):
        if word[0].isupper() and _BASED_AFTER.match(text, end):
            # "the Sacramento, California-based bank": the city of where the bank is based, told as
            # "California-based" is (a word of its own, lower-cased), names no one in the clause
            current = []
            prev_end = end
            continue
        if not word[0].isupper() and word != "of":
            # a lower-case word ends a run ("pro-Ukrainian" and "full-scale" name nothing)
            if current:
                runs.append((initial, current))
                current = []
            prev_end = end
            continue
        gap = text[prev_end:start] if prev_end is not None else None
        joined = gap == " "
        possessive = bool(_POSSESSIVE.search(word)) and len(word) > 2
        if possessive:
            word = _POSSESSIVE.sub("", word)
        parts = [p for p in _HYPHEN.split(word) if p] if _HYPHEN.search(word) else [word]
        if len(parts) > 1 and _is_capitalised(parts[0]) and all(_is_capitalised(p) or p.isdigit() for p in parts) \
                and any(p.isdigit() for p in parts):
            parts = [word]  # "Kestrel-1", "Covid-19", "F-35": one name with its number
        if len(parts) > 1 and not all(_is_capitalised(p) for p in parts):
            # "U.S.-brokered" names the U.S.; "Full-scale" at a sentence start names nothing.
            head = parts[0]
            named = _ABBREVIATION.match(head) or head.lower() in DEMONYMS
            word = head if named else word.lower()
            parts = [word]
        if len(parts) > 1:
            if current:
                runs.append((initial, current))
            runs.extend((index == 0, [p]) for p in parts)
            current = []
        elif _is_capitalised(word):
            if current and not joined:
                runs.append((initial, current))
                current = []
            if not current:
                initial = index == 0
            current.append(word)
        elif word == "of" and current and index + 1 < len(words) and _is_capitalised(words[index + 1][2]):
            current.append(word)
        else:
            if current:
                runs.append((initial, current))
            current = []
        if possessive and current:
            runs.append((initial, current))
            current = []
        prev_end = end
    if current:
        runs.append((initial, current))
    return runs


def entities(text: str, *, words: list[tuple[int, int, str]] | None = None,
             names_seen: frozenset[str] | None = None) -> list[str]:
    """People, places and organisations named in ``text``, in order, one per key.

    ``names_seen`` (``names_seen_in(article.body)``): when given, a single capitalised word
    that opens ``text`` ("Relations soured", "Rescue teams") is a name only if the article
    capitalises it elsewhere too, or it owns something or is coordinated with a name
    ("Erdogan's visit", "Witkoff and Kushner").

    >>> entities("Russian President Vladimir Putin met Witkoff’s team in the Kremlin.")
    ['Russia', 'Vladimir Putin', 'Witkoff', 'Kremlin']
    """
    return named_if_seen(entity_runs(text, words=words), names_seen)


def named_if_seen(runs: Iterable[tuple[str | None, list[str]]], names_seen: frozenset[str] | None) -> list[str]:
    """The names of ``runs`` (``entity_runs``), in order, one per key; a run that opens the text
    counts only if ``names_seen`` holds its word (or ``names_seen`` is None)."""
    found: list[str] = []
    keys: set[str] = set()
    for opening, names in runs:
        if opening is not None and names_seen is not None and opening not in names_seen:
            continue  # "Relations soured ...": capitalised only because it opens the sentence
        for name in names:
            key = entity_key(name)
            if key and key not in keys:
                keys.add(key)
                found.append(name)
    return found


def entity_runs(text: str, *, words: list[tuple[int, int, str]] | None = None) -> list[tuple[str | None, list[str]]]:
    """The names of each run of capitalised words of ``text``, with the run's one word
    (lower-cased) when the run is that word alone opening the text, so that whether it names
    anyone depends on the words capitalised elsewhere (see ``entities``); else None.

    Apart from ``entities`` so that an article's runs are found once, whatever the words seen
    in the other articles of an input (``merge.matching.article_facts``).
    """
    out: list[tuple[str | None, list[str]]] = []
    for initial, run in _name_runs(text, _words(text) if words is None else words):
        names: list[str] = []
        words = [_normalise_case(w) for w in run]
        while words and (words[0].lower() in NON_NAME_CAPITALS or words[0] == "of"):
            words.pop(0)
        opening = words[0].lower() if initial and len(words) == 1 and not _NAME_LIKE_OPENING.match(text) else None
        out.append((opening, names))
        whole = " ".join(words).lower()
        if len(words) > 1 and (whole in WEAK_ENTITIES or whole in NAME_ALIASES):
            names.append(" ".join(words))  # "European Union" stays whole, not "Europe" + "Union"
            continue
        organisation = len(words) > 1 and words[-1].lower() in ORGANISATION_WORDS
        while words:
            low = words[0].lower()
            place = _place_named_by_a_people(words)
            if place:
                names.append(" ".join(words[:place]))  # "British Columbia", "the Indian Ocean": one place
                words = words[place:]
            elif low in DEMONYMS:
                names.append(DEMONYMS[low])
                words.pop(0)
            elif (low in TITLE_WORDS and not organisation) or low == "of":
                words.pop(0)
            else:
                break
        while words and (words[-1] == "of" or words[-1].lower() in TITLE_WORDS):
            words.pop()
        words = [w for w in words if not _MONEY.match(w)]  # "Sh18.4 billion", "Rs 500": amounts, not names
        if not words:
            continue
        if len(words) == 1 and words[0].lower() in STOP_WORDS:
            continue
        names.append(" ".join(words))
    return out


def _place_named_by_a_people(words: list[str]) -> int:
    """How many of ``words`` name one place that opens with a people's adjective ("British
    Columbia", "British Virgin Islands", "Arabian Sea"); 0 when they do not."""
    if len(words) < 2 or words[0].lower() not in DEMONYMS:
        return 0
    for k in (3, 2):
        if len(words) >= k and " ".join(words[:k]).lower() in PLACES_NAMED_BY_A_PEOPLE:
            return k
    return 2 if words[1].lower() in PLACE_FEATURES else 0


@functools.lru_cache(maxsize=65536)
def entity_key(name: str) -> str:
    """What two mentions of the same entity share: a surname, a known place whole (short forms
    folded: "EU" -> "european union"), or the initials of an organisation's name of three words
    or more ("Federal Aviation Administration" and "FAA" -> "faa")."""
    low = name.lower().replace("’", "'")
    low = NAME_ALIASES.get(low, low)
    if low in WEAK_ENTITIES:
        return low
    if _place_named_by_a_people(low.split()) == len(low.split()):
        return low  # "British Columbia", "Indian Ocean": the whole name ("Columbia", "Ocean" alone are others')
    words = [w for w in low.split() if w not in CORPORATE_SUFFIXES] or low.split()
    if len(words) >= 3 and words[-1] in ORGANISATION_WORDS:
        # An organisation's long name meets its acronym: "National Transportation Safety
        # Board" -> "ntsb", as the next paragraph (or article) will call it.
        return "".join(w[0] for w in words if w not in ACRONYM_SKIP and w[0].isalpha())
    if len(words) == 2 and words[-1] in ORGANISATION_WORDS:
        return " ".join(words)  # "World Bank", "Loan Association": the last word names no one
    while len(words) >= 2 and words[-1] in GENERIC_NAME_TAILS:
        words = words[:-1]  # "Halvorsen Foods", "Maricopa County", "Harbor Plaza Hotel": known by the first word
        if len(words) == 1:
            return _NON_WORD.sub("", words[0])
        if words[-1] in ORGANISATION_WORDS:
            return entity_key(" ".join(words))  # "Santa Maria University Hospital": as "Santa Maria University"
    last = words[-1] if words else ""
    last = _NON_WORD.sub("", last)
    # Transliterations differ in a doubled final letter: Zelensky / Zelenskyy.
    if len(last) > 4 and last[-1] == last[-2]:
        last = last[:-1]
    return last


def is_weak_entity(key: str) -> bool:
    return key in WEAK_ENTITIES


_DEMONYM_WORDS = frozenset(DEMONYMS)
ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "on", "in", "&"})

_SUFFIXES = (
    ("ational", "ate"),
    ("ations", ""),
    ("ation", ""),
    ("ments", ""),
    ("ment", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ing", ""),
    ("ed", ""),
    ("es", ""),
    ("s", ""),
)


def lemma(word: str) -> str:
    """A crude lemma: the same for "annexed", "annexes" and "annexation", and for "rate" and
    "rates"; good enough to match.

    >>> [lemma(w) for w in ("rates", "rate", "taxes", "homes", "home")]
    ['rate', 'rate', 'tax', 'home', 'home']

    A word is one word with or without its hyphen ("semi-final", "semifinal"; "co-founder",
    "cofounder"), as writers and style guides differ:

    >>> lemma("semi-finals") == lemma("semifinal")
    True
    """
    low = word.lower().replace("’", "'")
    if low in IRREGULAR_LEMMAS:
        return IRREGULAR_LEMMAS[low]
    low = low.replace("-", "")
    for suffix, replacement in _SUFFIXES:
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            if suffix == "s" and low.endswith(("ss", "us", "is")):
                continue
            if suffix == "es" and not low.endswith(("ses", "xes", "zes", "ches", "shes")):
                continue  # "rates" is "rate" + "s" (as "rate" is), "taxes" is "tax" + "es"
            low = low[: len(low) - len(suffix)] + replacement
            break
    if len(low) > 4 and low[-1] == low[-2] and low[-1] not in "aeiouls":
        low = low[:-1]  # "planned" -> "plann" -> "plan"
    if len(low) > 4 and low.endswith("e"):
        low = low[:-1]
    return low


# A sentence-opening word looks like a name when it owns something or is coordinated with a
# name: "Erdogan's visit", "Witkoff and Kushner met".
_NAME_LIKE_OPENING = re.compile(r"^\W*[A-Z][\w.-]*(?:[’']s\b|\s+and\s+[A-Z])")
_NAME_INSIDE = re.compile(r"(?<=[\w,;:’'\)] )[A-Z][\w’'.\-]*")


def names_seen_in(body: str) -> frozenset[str]:
    """Lower-cased words an article capitalises where a sentence does not start: its names.

    A sentence's first word is capitalised whatever it is; it counts as a name only if the
    article also capitalises it elsewhere ("Putin said ..." after "... met Putin").
    """
    found = set()
    for m in _NAME_INSIDE.finditer(body):
        word = _POSSESSIVE.sub("", m.group().rstrip(".")).lower()
        found.add(word)
    return frozenset(found)


def describe(text: str, names_seen: frozenset[str] | None = None) -> tuple[list[str], list[str]]:
    """``(entities(text), keywords(text))``, finding the names once (see ``entities``)."""
    words = _words(text)
    names = entities(text, words=words, names_seen=names_seen)
    return names, keywords(text, names=names, words=words)


# A figure with its unit (see the module docstring); the bare number inside it is not kept again.
_UNIT_FIGURE = re.compile(
    r"(?<![\w.])(?P<share>\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)|"
    r"\b(?P<age>\d{1,3})-year-old\b|"
    r"\b(?P<votes_for>\d+)\s+votes?\s+to\s+(?P<votes_against>\d+)\b|"
    r"(?<![\w.,/-])(?P<tally_for>\d{1,3})\s?[-–]\s?(?P<tally_against>\d{1,3})(?![\w/-]|[.,]\d|\s?[-–]\s?\d)",
    re.IGNORECASE,
)
# (text, the figures it must give) pairs, run as tests.
UNIT_FIGURE_EXAMPLES = (
    ("Shares fell 12 percent on Monday", ["#12%"]),
    ("inflation slowed to 2.1% in August", ["#2.1%"]),
    ("a rise of 6.5 per cent over two years", ["#6.5%"]),
    ("The 47-year-old appeared in court", ["#47-year-old"]),
    ("passed by 312 votes to 198", ["#312-198"]),
    ("The measure cleared the chamber 312-198", ["#312-198"]),
    ("The upper house approved it on Wednesday, 58-41.", ["#58-41"]),
    ("the 2017-2021 term", []),
    ("a 24-hour strike on 12-13 June", ["#12-13"]),
    ("call 555-123-4567", []),
)


def unit_figures(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, key)`` of the figures with a unit in ``text`` (see the module docstring)."""
    out = []
    for m in _UNIT_FIGURE.finditer(text):
        if m.group("share"):
            key = f"#{m.group('share')}%"
        elif m.group("age"):
            key = f"#{m.group('age')}-year-old"
        elif m.group("votes_for"):
            key = f"#{m.group('votes_for')}-{m.group('votes_against')}"
        else:
            key = f"#{m.group('tally_for')}-{m.group('tally_against')}"
        out.append((m.start(), m.end(), key))
    return out


# Words that scale the figure before them: "1.5 million" is one figure, not "#1.5" and "million".
SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores"})
# (text, the figures its keywords must hold) pairs, run as tests: a figure stays one token.
FIGURE_EXAMPLES = (
    ("The outage forced Meridian to cancel 1,740 flights", ["#1,740"]),
    ("Cancellations pass 1,100", ["#1,100"]),
    ("about 2,000 people were evacuated", ["#2,000"]),
    ("a bill of 1,234,567 dollars", ["#1,234,567"]),
    ("a fine of Rs 1,50,000", ["#1,50,000"]),
    ("1.5 million doses arrived", ["#1.5 million"]),
    ("2 million people lost power", ["#2 million"]),
    ("in 2024, 2025 and 2026", ["#2024", "#2025", "#2026"]),
    ("a 12,34 split", []),
)


_EVENT_PHRASE = re.compile(
    r"\b(?:" + "|".join(
        re.escape(phrase).replace(r"\ ", r"\s+") + (r"\b(?!\s+to\b)" if phrase in NOT_BEFORE_TO else "")
        for phrase in sorted(EVENT_PHRASE_CLASS, key=len, reverse=True)
    ) + r")\b",
    re.IGNORECASE,
)
_EVENT_PATTERNS = [(cls, re.compile(pattern, re.IGNORECASE), verbs) for cls, pattern, verbs in EVENT_PATTERNS]
_NOUN_ALIAS = {lemma(word): lemma(same) for word, same in NOUN_ALIASES.items()}


def keywords(text: str, *, names: list[str] | None = None,
             words: list[tuple[int, int, str]] | None = None) -> list[str]:
    """Content words of ``text`` as lemmas, then the event classes they name ("@meet").

    ``names``: the entities of ``text`` when the caller has them already.
    """
    lemmas: list[str] = []
    classes: list[str] = []
    if names is None:
        names = entities(text)
    name_words = {w.lower() for name in names for w in name.split()} | _DEMONYM_WORDS
    figures = unit_figures(text)
    words = _words(text) if words is None else words
    scaled = -1  # the index of a scale word already kept with its figure
    for index, (start, _, word) in enumerate(words):
        if figures and any(first <= start < last for first, last, _ in figures):
            continue  # "18 percent", "the 47-year-old": kept whole below
        if index == scaled:
            continue
        low = word.lower().replace("’", "'")
        low = _POSSESSIVE.sub("", low) if len(low) > 2 else low
        if _is_capitalised(word) and (index > 0 or low in name_words or word.isupper()):
            continue  # names are entities, not keywords
        if not low.isalpha():
            number = _NUMBER.search(low)
            if number:
                # "7.8-magnitude", "17,000": a figure two reports share is telling
                figure = number.group()
                following = words[index + 1] if index + 1 < len(words) else None
                if number.group() == low and following and following[2].lower() in SCALE_WORDS \
                        and text[words[index][1]:following[0]] == " ":
                    figure, scaled = f"{figure} {following[2].lower()}", index + 1  # "1.5 million", whole
                if (len(figure) >= 3 and figure.strip("0.,") or index + 1 == scaled) and "#" + figure not in lemmas:
                    lemmas.append("#" + figure)
                continue
            if "-" not in low:
                continue
        if (low in STOP_WORDS and not (low in MONTHS_THAT_ARE_WORDS and word.islower())) or len(low) < 3:
            continue
        cls = EVENT_CLASS_OF.get(low)
        if cls:
            if cls not in classes:
                classes.append(cls)
            continue
        lem = lemma(low)
        lem = _NOUN_ALIAS.get(lem, lem)
        if lem not in lemmas:
            lemmas.append(lem)
    for _, _, key in figures:
        if key not in lemmas:
            lemmas.append(key)
    for name in names:
        first = name.split()[0].lower()
        if first in NAMED_HAPPENING_WORDS and " " in name and EVENT_CLASS_OF[first] not in classes:
            classes.append(EVENT_CLASS_OF[first])  # "Storm Idris slammed into the coast" is a storm's doing
    for phrase in _EVENT_PHRASE.finditer(text):
        cls = EVENT_PHRASE_CLASS[" ".join(phrase.group().lower().split())]
        if cls not in classes:
            classes.append(cls)
    low = text.lower()
    for cls, pattern, verbs in _EVENT_PATTERNS:
        if cls not in classes and any(verb in low for verb in verbs) and pattern.search(text):
            classes.append(cls)
    return lemmas + classes


# ------------------------------------------------------------------ roles and ages
# A person one report names and another only describes: "Transport Minister Owen Pryce" and
# "the country's transport minister"; "Nikos Dorian, 58" and "the 58-year-old captain".

_HEADS = "|".join(sorted(ROLE_HEADS, key=len, reverse=True))
_ROLE_HEAD = re.compile(r"\b(?i:" + _HEADS + r")\b")
_NAME = r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
_NAME_AFTER = re.compile(r"\s+" + _NAME)
_WORD_BEFORE = re.compile(r"(?P<qual>[A-Za-z]+)\s+$")
_DESCRIBED_BEFORE = re.compile(
    r"\b(?i:the|a|an|its|their|[a-z]+[’']s)\s+(?:(?i:former|new|interim|acting|outgoing|then)\s+)?"
    r"(?:\d{1,3}-year-old\s+)?(?:(?P<qual>[A-Za-z]+)\s+)?$")
_NAMED_AGE = re.compile(_NAME + r",\s+(?P<age>\d{1,3}),")
_LOWER_WORD = re.compile(r"[a-z]+")
_AGE_HINT = re.compile(r",\s+\d{1,3},|\d-year-old")
_DESCRIBED_AGE = re.compile(r"\b(?P<age>\d{1,3})-year-old\b")
_LOOK_BACK = 60  # characters before a role's head searched for its determiner and qualifier


def _may_tell_roles(text: str) -> bool:
    """A cheap first look: does ``text`` hold a role's head or an age at all?"""
    return not ROLE_HEADS.isdisjoint(_LOWER_WORD.findall(text.lower())) or bool(_AGE_HINT.search(text))


def _role_key(qual: str | None, head: str) -> str:
    """"transport minister", "chief executive", "president": a role's head, with the word before
    it when that word makes it another role (``vocab.ROLE_QUALIFIERS``), aliases folded."""
    key = head.lower()
    if qual and qual.lower() in ROLE_QUALIFIERS:
        key = f"{qual.lower()} {key}"
    key = ROLE_ALIASES.get(key, key)
    return ROLE_ALIASES.get(key, key)


def role_names(text: str) -> list[tuple[str, str]]:
    """``(role, entity key)`` for each person ``text`` names with a role or an age.

    >>> role_names("Transport Minister Owen Pryce resigned; Nikos Dorian, 58, was questioned.")
    [('transport minister', 'pryce'), ('age:58', 'dorian')]
    """
    if not _may_tell_roles(text):
        return []
    out = []
    for head in _ROLE_HEAD.finditer(text):
        name = _NAME_AFTER.match(text, head.end())
        if not name:
            continue
        key = entity_key(name.group("name"))
        if key:
            qual = _WORD_BEFORE.search(text, max(0, head.start() - _LOOK_BACK), head.start())
            out.append((_role_key(qual.group("qual") if qual else None, head.group()), key))
    for m in _NAMED_AGE.finditer(text):
        key = entity_key(m.group("name"))
        if key:
            out.append((f"age:{m.group('age')}", key))
    return out


def descriptions(text: str) -> list[str]:
    """The roles and ages by which ``text`` tells of someone it does not name.

    >>> descriptions("The country's transport minister stepped down; a 34-year-old man was held.")
    ['transport minister', 'age:34']
    """
    if not _may_tell_roles(text):
        return []
    out = []
    for head in _ROLE_HEAD.finditer(text):
        if re.match(r"\s+[A-Z]", text[head.end():head.end() + 2]):
            continue  # "Transport Minister Owen Pryce" names them
        before = _DESCRIBED_BEFORE.search(text, max(0, head.start() - _LOOK_BACK), head.start())
        if not before:
            continue
        key = _role_key(before.group("qual"), head.group())
        if key not in out:
            out.append(key)
    for m in _DESCRIBED_AGE.finditer(text):
        key = f"age:{m.group('age')}"
        if key not in out:
            out.append(key)
    return out


# (text, role_names, descriptions) examples, run as tests.
ROLE_EXAMPLES = (
    ("Transport Minister Owen Pryce resigned on Tuesday", [("transport minister", "pryce")], []),
    ("The country's transport minister stepped down on Tuesday", [], ["transport minister"]),
    ("Brightwell Retail chief executive Marcus Hale resigned", [("chief executive", "hale")], []),
    ("The retailer's boss stepped down on Tuesday", [], ["chief executive"]),
    ("Captain Nikos Dorian, 58, was questioned by police", [("captain", "dorian"), ("age:58", "dorian")], []),
    ("The 58-year-old captain of the ferry was interviewed", [], ["captain", "age:58"]),
    ("President Dario Velez declared a state of emergency", [("president", "velez")], []),
    ("The country's president declared an emergency", [], ["president"]),
    ("Redford United sacked manager Paul Kemp", [("manager", "kemp")], []),
    ("the finance minister's budget statement", [], ["finance minister"]),
    ("Kidnappers released the French aid worker Claire Dubois", [("aid worker", "dubois")], []),
    ("The 45-year-old aid worker arrived in Paris", [], ["aid worker", "age:45"]),
    ("Two workers died in the blaze", [], []),
)
