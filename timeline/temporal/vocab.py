"""Vocabularies and value tables of the English temporal tagger, kept apart from the rules.

Everything language-specific that is a list rather than logic lives here: month and weekday
names, number words, units, parts of the day, seasons, holidays, and the regular-expression
fragments built from them.  The rules in :mod:`timeline.temporal.rules` combine the fragments;
the resolver reads the value tables.  (HeidelTime keeps the same split between its
``repattern``/``normalization`` files and its rules.)

Case: every pattern is compiled case-insensitively, except month and weekday names, which must be
capitalised (``Title`` or ``UPPER``) so that "may", "march" and "sun" in running text are never
read as dates.  :func:`proper` builds such case-sensitive alternations.
"""

from __future__ import annotations

import re

# ----------------------------------------------------------------------------- helpers


def proper(*words: str) -> str:
    """A case-sensitive alternation of capitalised words, each in Title and UPPER case.

    A trailing ``.`` in a word is optional in the pattern ("Sept." and "Sept").
    """
    forms: list[str] = []
    for word in sorted(words, key=len, reverse=True):
        for form in (word, word.upper()):
            escaped = re.escape(form.rstrip("."))
            forms.append(escaped + (r"\.?" if form.endswith(".") else ""))
    return "(?-i:" + "|".join(dict.fromkeys(forms)) + ")"


def alternation(words) -> str:
    """A (case-insensitive) alternation of literal words, longest first, so the longest wins."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


# ----------------------------------------------------------------------------- months

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}

# Full month names, and abbreviations with their dot ("Dec."). Bare abbreviations ("Dec 2")
# are only accepted next to a day or year (MONTH_WITH_NUMBER).
MONTH_NAME = proper(*(m.title() for m in MONTHS), *(a.title() + "." for a in MONTH_ABBREVIATIONS))
# Months that are also common English words: never tagged alone unless a preposition or a
# modifier makes them temporal ("in May", "last March"), see rules.py.
AMBIGUOUS_MONTHS = frozenset({"may", "march"})


def month_number(word: str) -> int:
    """1-12 for a month name or abbreviation in any case, with or without its dot."""
    key = word.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBREVIATIONS[key]


# ----------------------------------------------------------------------------- weekdays

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
# Abbreviations only with their dot ("Wed., Dec. 3"): bare "Sun" and "Wed" are words and names.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}
WEEKDAY_NAME = proper(*(w.title() for w in WEEKDAYS))
WEEKDAY_ABBREVIATION = "(?-i:(?:" + "|".join(
    a.title() for a in sorted(WEEKDAY_ABBREVIATIONS, key=len, reverse=True)) + r")\.)"
# without the full stop, as British and Asian copy writes them before a date ("Tues 5 Mar")
WEEKDAY_ABBREVIATION_BARE = r"(?-i:Mon|Tues?|Wed|Thurs?|Thu|Fri|Sat|Sun)(?=,?\s+\d)"
# Names that contain a weekday but are not dates ("the Sunday Times", "Mail on Sunday").
WEEKDAY_IN_NAMES = re.compile(
    r"(?-i:Sunday|Saturday|Monday)\s+(?-i:Times|Telegraph|Mirror|Express|Herald|Post|Star|Independent|"
    r"Tribune|Observer|Mail|Age|Sport|People|Business|Magazine|Chronicle|Examiner|"
    r"Night Football|Night Live)\b"
    # ... and places named after a weekday ("off Friday Harbor, Wash.", "Thursday Island")
    r"|(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?-i:Harbou?r|Island|Islands|Creek|Street|Road|Avenue|Beach|Bay|Point|Lake|River)\b"
)


def weekday_number(word: str) -> int:
    """0 (Monday) to 6 (Sunday) for a weekday name, plural ("Tuesdays") or abbreviation ("Wed.")."""
    key = word.lower().rstrip(".")
    if key.endswith("days"):
        key = key[:-1]
    return WEEKDAYS[key] if key in WEEKDAYS else WEEKDAY_ABBREVIATIONS[key]


# ----------------------------------------------------------------------------- numbers

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
_UNIT_WORD = alternation(UNITS_WORDS)
_TENS_WORD = alternation(TENS_WORDS)
# "twenty-four", "twenty four", "forty", "seven"
NUMBER_WORD = rf"(?:{_TENS_WORD}(?:[- ]{alternation(w for w in UNITS_WORDS if UNITS_WORDS[w] < 10)})?|{_UNIT_WORD})"
# "twenty-first", "thirty first", "eighth"
ORDINAL_WORD = (
    rf"(?:(?:twenty|thirty)[- ](?:{alternation(w for w, n in ORDINAL_WORDS.items() if n < 10)})"
    rf"|{alternation(ORDINAL_WORDS)})"
)
# Vague amounts: the count is unknown ("several days", "a few weeks").
VAGUE_AMOUNTS = ("a few", "several", "few", "many", "some", "a number of", "dozens of", "hundreds of",
                 "a handful of")
COUPLE = r"(?:a\s+couple(?:\s+of)?|couple\s+of)"
VAGUE_AMOUNT = alternation(VAGUE_AMOUNTS)
FRACTION = r"(?:\d+\s+1/2|\d+\s+1/4|\d+\s+3/4|\d+\.\d+|\d+½)"
# An amount of units: digits, number words, fractions, "a"/"an" ("a week"), "a half".
AMOUNT = (
    rf"(?:{FRACTION}|\d{{1,3}}\s+and\s+a\s+half|\d{{1,4}}(?:,\d{{3}})?|(?:{NUMBER_WORD}|an?)\s+(?:hundred|thousand)|"
    rf"(?:an?|three)\s+quarters?\s+of\s+an?|{NUMBER_WORD}(?:\s+and\s+a\s+half)?|half\s+an?|an?\s+(?:half|quarter)|{COUPLE}|"
    rf"an?(?:\s+and\s+a\s+half)?|{VAGUE_AMOUNT})"
)


def number_value(text: str) -> float | None:
    """The number an amount denotes: 3, 2.5 ("2 1/2", "two and a half"), None when vague."""
    t = " ".join(text.lower().replace("-", " ").split())
    if not t:
        return None
    half = 0.0
    if t.endswith(" and a half"):
        t, half = t[: -len(" and a half")], 0.5
    if t in ("a", "an"):
        return 1 + half
    if t in ("a half", "an half", "half a", "half an"):
        return 0.5
    if t in ("a quarter", "a quarter of a", "a quarter of an"):
        return 0.25  # "a quarter of a century"
    if t in ("three quarters of a", "three quarters of an"):
        return 0.75
    if t in ("a couple", "a couple of", "couple of"):
        return 2 + half
    words = t.split()
    if len(words) >= 2 and words[-1] in ("hundred", "thousand"):
        head = number_value(" ".join(words[:-1]))
        return None if head is None else head * (100 if words[-1] == "hundred" else 1000) + half
    if t.endswith("½"):
        return float(t[:-1] or 0) + 0.5
    if re.fullmatch(r"\d+ [13]/[24]", t):
        whole, frac = t.split()
        num, den = frac.split("/")
        return int(whole) + int(num) / int(den)
    if re.fullmatch(r"\d+(?:,\d{3})*(?:\.\d+)?", t):
        return float(t.replace(",", "")) + half
    total = 0
    for part in t.split():
        if part in UNITS_WORDS:
            total += UNITS_WORDS[part]
        elif part in TENS_WORDS:
            total += TENS_WORDS[part]
        else:
            return None
    return total + half


def ordinal_value(text: str) -> int | None:
    """1 for "first"/"1st", 21 for "twenty-first"."""
    t = text.lower().replace("-", " ").strip()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", t)
    if m:
        return int(m.group(1))
    parts = t.split()
    if len(parts) == 2 and parts[0] in TENS_WORDS and parts[1] in ORDINAL_WORDS:
        return TENS_WORDS[parts[0]] + ORDINAL_WORDS[parts[1]]
    return ORDINAL_WORDS.get(t)


# ----------------------------------------------------------------------------- units

# unit word -> (canonical unit, TIMEX3 duration designator, multiplier)
UNITS: dict[str, tuple[str, str, int]] = {
    "second": ("second", "S", 1), "sec": ("second", "S", 1),
    "minute": ("minute", "M", 1), "min": ("minute", "M", 1),
    "hour": ("hour", "H", 1), "hr": ("hour", "H", 1),
    "day": ("day", "D", 1), "night": ("day", "D", 1), "trading day": ("day", "D", 1),
    "business day": ("day", "D", 1), "working day": ("day", "D", 1),
    "week": ("week", "W", 1), "fortnight": ("week", "W", 2), "weekend": ("weekend", "WE", 1),
    "month": ("month", "M", 1),
    "quarter": ("quarter", "Q", 1),
    "year": ("year", "Y", 1), "yr": ("year", "Y", 1),
    "decade": ("decade", "Y", 10),
    "century": ("century", "Y", 100),
}
TIME_UNITS = frozenset({"second", "minute", "hour"})
# singular and plural unit words for patterns ("day", "days", "centuries")
UNIT_WORD = (
    r"(?:trading\s+days?|business\s+days?|working\s+days?|seconds?|minutes?|hours?|days?|nights?|"
    r"weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))"
)
CALENDAR_UNIT_WORD = r"(?:day|week|weekend|month|quarter|year|decade|century)"


def unit_of(word: str) -> tuple[str, str, int]:
    """(canonical unit, designator, multiplier) of a unit word, singular or plural."""
    w = " ".join(word.lower().split())
    if w.endswith("ies"):
        w = w[:-3] + "y"
    elif w.endswith("s") and w[:-1] in UNITS or w.endswith("s") and w[:-1].split()[-1] in (
            "day", "week", "month", "year", "hour", "minute", "second", "night", "decade", "quarter"):
        w = w[:-1]
    return UNITS[w]


# ----------------------------------------------------------------------------- parts of day

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "overnight": "NI", "dawn": "MO", "daybreak": "MO", "dusk": "EV", "midday": "MI",
    "noon": "MI", "lunchtime": "MI", "nightfall": "EV", "sunset": "EV", "sunrise": "MO",
}
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"

# ----------------------------------------------------------------------------- seasons

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON = r"(?:spring|summer|autumn|fall|winter)"

# ----------------------------------------------------------------------------- holidays

# name -> ("fixed", month, day) | ("nth", month, weekday, n) (n = -1: last) | ("easter", offset)
# | ("weekday_before", month, day, weekday) (the last such weekday before that day)
# | ("election", ) (first Tuesday after the first Monday of November)
HOLIDAYS: dict[str, tuple] = {
    "new year's day": ("fixed", 1, 1), "new year's eve": ("fixed", 12, 31),
    "new year": ("fixed", 1, 1),
    "christmas": ("fixed", 12, 25), "christmas day": ("fixed", 12, 25), "christmas eve": ("fixed", 12, 24),
    "boxing day": ("fixed", 12, 26), "valentine's day": ("fixed", 2, 14), "st. patrick's day": ("fixed", 3, 17),
    "independence day": ("fixed", 7, 4), "the fourth of july": ("fixed", 7, 4), "july fourth": ("fixed", 7, 4),
    "halloween": ("fixed", 10, 31), "veterans day": ("fixed", 11, 11), "armistice day": ("fixed", 11, 11),
    "bastille day": ("fixed", 7, 14), "may day": ("fixed", 5, 1), "victory day": ("fixed", 5, 9),
    "thanksgiving": ("nth", 11, 3, 4), "thanksgiving day": ("nth", 11, 3, 4),
    "thanksgiving monday": ("nth", 10, 0, 2),  # (Canada's: the United States' falls on a Thursday)
    "labor day": ("nth", 9, 0, 1), "memorial day": ("nth", 5, 0, -1),
    "martin luther king day": ("nth", 1, 0, 3), "martin luther king jr. day": ("nth", 1, 0, 3),
    "presidents' day": ("nth", 2, 0, 3), "presidents day": ("nth", 2, 0, 3),
    "columbus day": ("nth", 10, 0, 2), "mother's day": ("nth", 5, 6, 2), "father's day": ("nth", 6, 6, 3),
    "patriots' day": ("nth", 4, 0, 3), "lincoln's birthday": ("fixed", 2, 12), "washington's birthday": ("nth", 2, 0, 3),
    "easter": ("easter", 0), "easter sunday": ("easter", 0), "easter monday": ("easter", 1), "easter tuesday": ("easter", 2),
    "easter saturday": ("easter", -1), "holy saturday": ("easter", -1),
    "good friday": ("easter", -2), "palm sunday": ("easter", -7), "pentecost": ("easter", 49),
    "election day": ("election",),
    "black friday": ("thanksgiving", 1), "cyber monday": ("thanksgiving", 4),
    "mardi gras": ("easter", -47), "shrove tuesday": ("easter", -47), "ash wednesday": ("easter", -46),
    "maundy thursday": ("easter", -3), "ascension day": ("easter", 39), "mothering sunday": ("easter", -21),
    "holy week": ("easter", -6),  # its Monday: valued as its week (see rules.holiday)
    "remembrance sunday": ("nth", 11, 6, 2),
    "hogmanay": ("fixed", 12, 31), "waitangi day": ("fixed", 2, 6), "st. andrew's day": ("fixed", 11, 30),
    "st. david's day": ("fixed", 3, 1), "st. george's day": ("fixed", 4, 23), "bloomsday": ("fixed", 6, 16),
    "juneteenth": ("fixed", 6, 19), "groundhog day": ("fixed", 2, 2), "canada day": ("fixed", 7, 1), "australia day": ("fixed", 1, 26),
    "anzac day": ("fixed", 4, 25), "remembrance day": ("fixed", 11, 11), "april fools' day": ("fixed", 4, 1),
    "earth day": ("fixed", 4, 22), "cinco de mayo": ("fixed", 5, 5), "guy fawkes night": ("fixed", 11, 5),
    "bonfire night": ("fixed", 11, 5), "inauguration day": ("fixed", 1, 20), "orthodox christmas": ("fixed", 1, 7),
    "orthodox christmas eve": ("fixed", 1, 6),
    "orthodox easter": ("orthodox_easter", 0), "orthodox easter sunday": ("orthodox_easter", 0),
    "orthodox good friday": ("orthodox_easter", -2),
    # the bank holidays of England and Wales that move: the first and last Mondays of May, the last of August
    "august bank holiday": ("nth", 8, 0, -1), "summer bank holiday": ("nth", 8, 0, -1),
    "may bank holiday": ("nth", 5, 0, 1), "early may bank holiday": ("nth", 5, 0, 1), "may day bank holiday": ("nth", 5, 0, 1),
    "spring bank holiday": ("nth", 5, 0, -1), "late may bank holiday": ("nth", 5, 0, -1),
    # Ireland's, which only it keeps: the first Monday of June and the last of October
    "june bank holiday": ("nth", 6, 0, 1), "october bank holiday": ("nth", 10, 0, -1),
    "august bank holiday/IE": ("nth", 8, 0, 1),  # (its August one is the month's first Monday, England's the last)
    "pohela boishakh": ("fixed", 4, 14), "pahela baishakh": ("fixed", 4, 14),  # Bengali New Year, as Bangladesh keeps it
    "sinhala and tamil new year": ("fixed", 4, 14),  # (Sri Lanka's; some years the 13th)
    # moving with the Islamic, Hebrew or Chinese calendar: see calendars.py
    "ramadan": ("lunar",), "eid al-fitr": ("lunar",), "eid al-adha": ("lunar",), "rosh hashanah": ("lunar",),
    # "Eid" alone: whichever of the two is nearer the day of writing (see resolve.Resolver._eid_near)
    "eid": ("eid",),
    "yom kippur": ("lunar",), "hanukkah": ("lunar",), "passover": ("lunar",), "lunar new year": ("lunar",),
    "lunar new year's eve": ("lunar",), "mid-autumn festival": ("lunar",), "lantern festival": ("lunar",),
    "sukkot": ("lunar",), "simchat torah": ("lunar",), "shavuot": ("lunar",),
    "advent": ("advent",),  # its first Sunday, the fourth before Christmas
    "day of arafat": ("lunar",), "dragon boat festival": ("lunar",), "duanwu": ("lunar",), "duanwu festival": ("lunar",),
    "ve day": ("fixed", 5, 8), "v-e day": ("fixed", 5, 8), "victory in europe day": ("fixed", 5, 8),
    # days the United Nations keeps, the same everywhere
    "world water day": ("fixed", 3, 22), "world health day": ("fixed", 4, 7),
    "world press freedom day": ("fixed", 5, 3), "world environment day": ("fixed", 6, 5), "world refugee day": ("fixed", 6, 20),
    "world mental health day": ("fixed", 10, 10), "world aids day": ("fixed", 12, 1), "holocaust memorial day": ("fixed", 1, 27),
    "burns night": ("fixed", 1, 25), "whit monday": ("easter", 50),
    # India's, as English-language news mostly means it (Turkey's is 29 October)
    "republic day": ("fixed", 1, 26),
    "cup day": ("nth", 11, 1, 1), "melbourne cup day": ("nth", 11, 1, 1),  # the first Tuesday of November
    # national days of Africa and the Gulf that have one name each: South Africa's, Kenya's, the UAE's
    "freedom day": ("fixed", 4, 27), "heritage day": ("fixed", 9, 24), "day of reconciliation": ("fixed", 12, 16),
    "jamhuri day": ("fixed", 12, 12), "madaraka day": ("fixed", 6, 1), "mashujaa day": ("fixed", 10, 20),
    "commemoration day": ("fixed", 11, 30),
    # Ireland's day after Christmas; Canada's Monday before May 25; India's Gandhi Jayanti
    "st. stephen's day": ("fixed", 12, 26), "victoria day": ("weekday_before", 5, 25, 0), "gandhi jayanti": ("fixed", 10, 2),
    # named days South Africa keeps on its own dates; elsewhere the United Nations' (or, for "Youth Day", none)
    "women's day": ("fixed", 3, 8), "women's day/ZA": ("fixed", 8, 9),
    "human rights day": ("fixed", 12, 10), "human rights day/ZA": ("fixed", 3, 21),
    "youth day": ("by state",), "youth day/ZA": ("fixed", 6, 16),
    # the sovereign's official birthday, a Monday off in New Zealand (June's first) and in most of Australia (June's
    # second; Western Australia and Queensland keep theirs in the spring); Britain's is a Saturday the palace picks
    "queen's birthday": ("by state",), "queen's birthday/NZ": ("nth", 6, 0, 1), "queen's birthday/AU": ("by state",),
    "queen's birthday/AU-NSW": ("nth", 6, 0, 2), "queen's birthday/AU-VIC": ("nth", 6, 0, 2),
    "king's birthday": ("by state",), "king's birthday/NZ": ("nth", 6, 0, 1), "king's birthday/AU": ("by state",),
    "king's birthday/AU-NSW": ("nth", 6, 0, 2), "king's birthday/AU-VIC": ("nth", 6, 0, 2),
    # the Epiphany, Ireland's "Little Christmas"
    "epiphany": ("fixed", 1, 6), "little christmas": ("fixed", 1, 6),
    # moving with the Hindu calendar: India's official days, see calendars.py
    "diwali": ("hindu",), "holi": ("hindu",), "dussehra": ("hindu",), "janmashtami": ("hindu",),
    "guru nanak jayanti": ("hindu",),
    # ... and days counted from them: Dhanteras two days before Diwali, Bhai Dooj two after; Navratri's nine
    # nights end on the eve of Dussehra (valued as its first day); Makar Sankranti keeps the sun's calendar
    "dhanteras": ("days_from", "diwali", -2), "bhai dooj": ("days_from", "diwali", 2),
    "navratri": ("days_from", "dussehra", -9), "makar sankranti": ("fixed", 1, 14),
    # the world's Labour Day is May Day; the countries that keep another follow
    "labour day": ("fixed", 5, 1),
    # A country's own day for a name countries share, chosen by the article's region ("key/REGION";
    # see tagger._in_region). A country keeping it on different days in different states
    # has ("by state",): no day rather than a wrong one.
    "independence day/IN": ("fixed", 8, 15), "independence day/PK": ("fixed", 8, 14),
    "independence day/BD": ("fixed", 3, 26), "independence day/LK": ("fixed", 2, 4),
    "independence day/PH": ("fixed", 6, 12), "independence day/NG": ("fixed", 10, 1),
    "independence day/GH": ("fixed", 3, 6), "independence day/JM": ("fixed", 8, 6),
    "independence day/ZW": ("fixed", 4, 18), "independence day/UG": ("fixed", 10, 9),
    "independence day/TZ": ("fixed", 12, 9), "independence day/MY": ("fixed", 8, 31),
    "independence day/JO": ("fixed", 5, 25), "independence day/KE": ("fixed", 12, 12),
    "independence day/ID": ("fixed", 8, 17), "independence day/MX": ("fixed", 9, 16),
    "independence day/UA": ("fixed", 8, 24), "independence day/IL": ("by state",),  # (Israel's moves with the Hebrew calendar)
    "thanksgiving/CA": ("nth", 10, 0, 2), "thanksgiving day/CA": ("nth", 10, 0, 2),
    "labour day/CA": ("nth", 9, 0, 1), "labor day/CA": ("nth", 9, 0, 1), "labour day/US": ("nth", 9, 0, 1),
    "labour day/NZ": ("nth", 10, 0, 4), "labour day/AU": ("by state",),
    # Deepavali as Singapore and Malaysia keep it, often a day before India's Diwali (their table: calendars.py)
    "diwali/SG": ("hindu", "SG"), "diwali/MY": ("hindu", "SG"),
    # Australia's by state (see tagger._state_told): New South Wales, the ACT and South Australia the
    # first Monday of October; Victoria and Tasmania the second of March; Western Australia the first
    # of March; Queensland and the Northern Territory the first of May (Queensland's was in October in
    # 2013-2015)
    "labour day/AU-NSW": ("nth", 10, 0, 1), "labour day/AU-VIC": ("nth", 3, 0, 2),
    "labour day/AU-WA": ("nth", 3, 0, 1), "labour day/AU-QLD": ("nth", 5, 0, 1),
    "mother's day/GB": ("easter", -21), "mother's day/IE": ("easter", -21),
}
# Names that tell which country a text without a region is about, for a holiday countries keep on
# different days ("Independence Day" in a story from New Delhi is 15 August): see tagger._country_told
COUNTRY_CUES: dict[str, str] = {
    "IN": r"India|Indians?|New Delhi|Delhi|Mumbai|Kolkata|Chennai|Red Fort|Lok Sabha|Modi|Nehru|Kerala|Karnataka|Tamil Nadu|"
          r"Maharashtra|Gujarat|Rajasthan|Uttar Pradesh|Bihar|Odisha|Bengaluru|Bangalore|Hyderabad|Kochi|Lucknow|Pune|Ahmedabad|"
          r"Jaipur|Bhopal|Chandigarh|Kanpur|Nagpur|Indore|Thiruvananthapuram|Coimbatore|Guwahati|Bhubaneswar|"
          # (and the old names of the cities, and more states and cities)
          r"Bombay|Calcutta|Madras|Ludhiana|Amritsar|Haryana|Assam|West Bengal|Madhya Pradesh|Andhra Pradesh|Telangana|"
          r"Jharkhand|Chhattisgarh|Uttarakhand|Himachal Pradesh|Patna|Varanasi|Vadodara|Mysore|Mysuru|Rajya Sabha",
    "PK": r"Pakistan|Pakistanis?|Islamabad|Karachi|Lahore|Jinnah",
    "BD": r"Bangladesh|Bangladeshis?|Dhaka",
    "LK": r"Sri Lanka|Sri Lankans?|Colombo",
    "PH": r"Philippines|Filipinos?|Manila|Luzon|Mindanao|Visayas|Cebu|Quezon City|Zambales|Pampanga|Olongapo|Davao",
    "NG": r"Nigeria|Nigerians?|Abuja|Lagos",
    "GH": r"Ghana|Ghanaians?|Accra",
    "JM": r"Jamaica|Jamaicans?|Kingston",
    "ZW": r"Zimbabwe|Zimbabweans?|Harare",
    "UG": r"Uganda|Ugandans?|Kampala",
    "TZ": r"Tanzania|Tanzanians?|Dar es Salaam",
    "MY": r"Malaysia|Malaysians?|Kuala Lumpur",
    "JO": r"Jordanians?|Amman|Hashemite|Kingdom\s+of\s+Jordan|(?<!Michael\s)(?<!Jim\s)Jordan(?!\s+(?:River|Valley|Henderson|Spieth|Peterson|Pickford|Brand|Belfort)\b)(?=[,.;:\s’'])(?!\s+[A-Z][a-z]+\b)",
    "KE": r"Kenya|Kenyans?|Nairobi|Mombasa|Kisumu",
    "ID": r"Indonesia|Indonesians?|Jakarta",
    "MX": r"(?<!New\s)Mexico(?!\s+(?:City\s+Council))|Mexicans?",
    "UA": r"Ukraine|Ukrainians?|Kyiv|Kiev",
    "IL": r"Israel|Israelis?|Jerusalem|Tel Aviv",
    "SG": r"Singapore|Singaporeans?|Changi|Orchard Road|Little India|Serangoon",
    "CA": r"Canada|Canadians?|Ottawa|Toronto|Montreal|Montréal|Vancouver|Calgary|Edmonton|Winnipeg|Halifax|Quebec|Québec|"
          r"Ontario|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|British Columbia|CBC|RCMP|"
          r"Parliament Hill|Queen's Park|Victoria Day|Canada Day|Thunder Bay|Saskatoon|Kelowna|Okanagan|Moncton|Fredericton|"
          r"Charlottetown|Mississauga|Nunavut|Yukon",
    "NZ": r"New Zealand|New Zealanders?|Kiwis?|Auckland|Wellington|Christchurch|Dunedin|Waikato|Hawke's Bay|Aotearoa",
    "AU": r"Australia|Australians?|Sydney|Melbourne|Brisbane|Adelaide|Canberra|Hobart|Queensland|New South Wales|NSW|"
          r"Tasmania|Tasmanians?|Western Australia|Northern Territory|Anzac",
    "ZA": r"South Africa|South Africans?|Johannesburg|Cape Town|Pretoria|Durban|Soweto|Gauteng|KwaZulu-Natal|Eastern Cape|"
          r"Western Cape|Port Elizabeth|Gqeberha|Bloemfontein|Limpopo|Mpumalanga|Pietermaritzburg|Eskom|ANC|Ramaphosa|Mandela|"
          r"Zuma|Mbeki|rands?",
    # (countries of the north, told so that a story from them about the south, "Ireland beat the All Blacks", keeps
    # the north's seasons; of the days above, they keep only Mother's Day on a day of their own)
    "GB": r"Britain|British|UK|England|English|Scotland|Scottish|Wales|Welsh|London|Manchester|Birmingham|Glasgow|"
          r"Edinburgh|Westminster|Downing Street|NHS",
    "IE": r"Ireland|Irish|Dublin|Cork|Galway|Limerick|Dáil|Taoiseach|Gardaí|Garda",
    # (and its largest cities and states, so that a Seattle company's story that names its research centre in Vancouver
    # keeps the United States' Thanksgiving)
    "US": r"United States|U\.S(?=\.)|US|Americans?|Washington|Fourth of July|July 4(?:th)?|"
          r"New York|Chicago|Los Angeles|San Francisco|Seattle|Houston|Dallas|Atlanta|Miami|Philadelphia|Detroit|Denver|"
          r"Phoenix|Las Vegas|Minneapolis|St\. Louis|Pittsburgh|Cleveland|New Orleans|California|Texas|Florida|"
          r"New Jersey|Massachusetts|Illinois|Pennsylvania|Ohio|Michigan|Arizona|Colorado|Minnesota|Oregon",
}
# The abbreviations a dateline gives a province or state after its city ("KINGSTON, Ont. -", "LISMORE, NSW -"),
# where the city's own name may be another country's ("Kingston" is also Jamaica's capital): see tagger._country_told
DATELINE_QUALIFIERS: dict[str, str] = {
    "CA": r"Ont\.?|Que\.?|B\.C\.?|Alta\.?|Sask\.?|Man\.|N\.S\.?|N\.B\.?|Nfld\.?|P\.E\.I\.?|N\.W\.T\.?",
    "AU": r"NSW|N\.S\.W\.?|Qld\.?|Vic\.|Tas\.|W\.A\.|S\.A\.|N\.T\.|ACT",
}
# Names that tell which Australian state a text is about, for a holiday the states keep on different
# days ("Labour Day" in Sydney is October's first Monday, in Melbourne March's second): see
# tagger._state_told
AU_STATE_CUES: dict[str, str] = {
    "AU-NSW": r"New South Wales|NSW|Sydney|Newcastle|Wollongong|Canberra|ACT|South Australia|South Australians?|Adelaide",
    "AU-VIC": r"Victoria|Victorians?|Melbourne|Geelong|Ballarat|Bendigo|Tasmania|Tasmanians?|Hobart|Launceston",
    "AU-WA": r"Western Australia|West Australians?|Perth|Fremantle",
    "AU-QLD": r"Queensland|Queenslanders?|Brisbane|Gold Coast|Cairns|Townsville|Northern Territory|Darwin",
}
# The month a region's fiscal year begins, where a fiscal year there is usually not the calendar
# year and is named by the year it ends in (India's "FY25" is April 2024 to March 2025; Australia's
# is July 2024 to June 2025). Regions without an entry (the United States: each company its own)
# read "fiscal 2025" as the calendar year it names. Each start opens a calendar quarter, so the
# quarters of a fiscal year are calendar quarters.
FISCAL_YEAR_START: dict[str, int] = {
    "IN": 4, "GB": 4, "JP": 4, "CA": 4, "HK": 4, "SG": 4, "ZA": 4, "NZ": 7, "AU": 7, "PK": 7,
    "BD": 7, "EG": 7, "KE": 7, "UG": 7, "TZ": 7,
}
# Regions in the southern hemisphere, whose seasons fall in the north's opposite months
SOUTHERN_HEMISPHERE = frozenset({"AU", "NZ", "ZA", "ZW", "ZM", "BW", "NA", "LS", "SZ", "MZ", "MW", "MU", "FJ", "PG",
                                 "SB", "WS", "TO", "AR", "CL", "UY", "PY", "BR"})
# Regions where only the government's year is national: a split year ("2024-25 financial year")
# is it, but one company's "FY25" may end in any month, so it stays the calendar year it names.
FISCAL_SPLIT_ONLY = frozenset({"GB", "CA", "ZA", "HK", "SG", "NZ"})
# a day said to fall on a weekday, right before the weekday: "Because July 4 falls on a Saturday this
# year", "Christmas Day, which fell on a Sunday", "the ceremony, held on a Monday this year" (rules.weekday
# reads it as the day told just before, resolve.Resolver checks that day is that weekday)
_FALLS_ON = r"\b(?:falls?|fell|falling|lands?|landed|landing|(?:is|was|be|being)\s+held)\s+on\s+"
# (or is one: "the day war was declared, September 3, 1939, because it was a Sunday")
FALLS_ON_A = re.compile(r"(?:" + _FALLS_ON + r"|\b(?:is|was|will\s+be)\s+)an?\s+$", re.IGNORECASE)
# ... and the weekdays dates told before them fall on: "Christmas Day and Boxing Day fall on Saturday
# and [Sunday] this year" (resolve.Resolver takes the date told before that is that weekday)
FALLS_ON_DAYS = re.compile(_FALLS_ON + r"(?:an?\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:and|or)\s+(?:an?\s+)?)?$",
                           re.IGNORECASE)
# the days of every week a place keeps: "is open Tuesday to Saturday" (rules.weekday makes them a SET,
# resolve.Resolver the hours told after them any day's; not "is open from Tuesday through Thursday",
# a fair's own days)
OPEN_WEEKDAYS = re.compile(r"\b(?:is|are|be)\s+open\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:to|through|thru|-|–)\s+"
                           r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)

HOLIDAY = (
    r"(?:(?-i:New Year'?s(?: Day| Eve)?|New Year(?!['’])|Christmas(?: Day| Eve)?|Boxing Day|Valentine'?s Day|"
    r"St\.? Patrick'?s Day|Independence Day|Halloween|Veterans'? Day|Armistice Day|Bastille Day|"
    r"Thanksgiving(?: Day| Monday)?|Labor Day|Memorial Day|Martin Luther King(?: Jr\.)? Day|Presidents'? Day|"
    r"Columbus Day|Mother'?s Day|Father'?s Day|Easter(?: Sunday| Monday| Tuesday| Saturday)?|Holy Saturday|Good Friday|Palm Sunday|"
    r"Pentecost|Election Day|Victory Day|May Day(?! [Bb]ank [Hh]oliday)|Black Friday|Cyber Monday|Mardi Gras|Shrove Tuesday|"
    r"Ash Wednesday|Maundy Thursday|Holy Week|Ascension Day|Juneteenth|Canada Day|Australia Day|Anzac Day|ANZAC Day|"
    r"Remembrance Day|Remembrance Sunday|Mothering Sunday|April Fool(?:s'?|['’]s)? Day|Earth Day|Cinco de Mayo|Guy Fawkes Night|Bonfire Night|"
    r"Inauguration Day|Orthodox Christmas(?: Eve)?|Orthodox (?:Easter(?: Sunday)?|Good Friday)|Ramadan|Ramzan|Eid[- ]?(?:[Aa]l|[Uu]l|[Ee]l)[- ](?:Fitr|Adha|Azha|Zuha)|(?-i:Eid)(?![- ]?(?:[Aa]l|[Uu]l|[Ee]l)\b)|Hari Raya(?: (?:Puasa|Aidilfitri|Haji))?|"
    r"Rosh Hashanah?|Hogmanay|(?:August|Summer|Spring|(?:[Ee]arly |[Ll]ate )?May(?: Day)?|June|October) [Bb]ank [Hh]oliday|Pohela Boishakh|Pahela Baishakh|Sinhala and Tamil New Year|Waitangi Day|St\.? (?:Andrew|David|George)['’]s Day|Bloomsday|Mid-Autumn Festival|"
    r"Yom Kippur(?! [Ww]ar)|Hanukk?ah|Chanukk?ah|Passover|(?:Lunar|Chinese) New Year(?:'?s Eve)?|Spring Festival|"
    r"Lincoln'?s Birthday|Washington'?s Birthday|"
    # the same days by their names in Indonesia, Vietnam and Korea, and two more of the lunar year
    r"Lebaran|Tet(?! [Oo]ffensive)|Chuseok|Lantern Festival|Day of Arafa[th]|Dragon Boat Festival|Duanwu(?: Festival)?|"
    r"V-?E Day|Victory in Europe Day|(?:Melbourne )?Cup [Dd]ay|World (?:Water|Health|Press Freedom|Environment|"
    r"Refugee|Mental Health|AIDS) Day|Holocaust Memorial Day|Burns Night|Whit Monday|Republic Day|"
    r"Diwali|Deepavali|Deepawali|Holi|Dussehra|Dasara|Vijayadashami|Labour Day|Freedom Day|Heritage Day|Day of Reconciliation|"
    r"Jamhuri Day|Madaraka Day|Mashujaa Day|Commemoration Day|Arafa[th] Day|Groundhog Day|St\.? Stephen'?s Day|Victoria Day|"
    r"Gandhi Jayanti|(?:International )?Women'?s Day|Human Rights Day|(?<!World )Youth Day|"
    r"(?:Queen|King)['’]?s Birthday(?! [Hh]onours| Parade)|Epiphany|Little Christmas|"
    r"Janmashtami|Guru Nanak Jayanti|Gurpurab|Dhanteras|Bhai(?:ya)? Dooj|Bhai Phonta|Nava?ratri|"
    r"Makar Sankranti|Sukkot|Simchat Torah|Shavuot|(?<!Second )Advent(?! [Cc]alendar))"
    r"|Patriots'? Day|the (?-i:Fourth of July)|(?-i:July Fourth))"
)


def holiday_key(text: str) -> str:
    """The HOLIDAYS key of a holiday as written ("Christmas Day", "New Year's", "Veterans' Day")."""
    t = " ".join(text.lower().replace("’", "'").split())
    t = t.replace("new years", "new year's").replace("valentines", "valentine's")
    t = t.replace("st patrick", "st. patrick").replace("patricks", "patrick's").replace("veterans'", "veterans")
    t = t.replace("mothers", "mother's").replace("fathers", "father's").replace("presidents'", "presidents")
    t = t.replace("patriots day", "patriots' day")
    if t == "new year's":
        t = "new year's day"
    t = re.sub(r"^april fool(?:s|['’]s)? day$", "april fools' day", t).replace("chinese new year", "lunar new year")
    t = re.sub(r"^eid[- ]?(?:al|ul|el)[- ]", "eid al-", t).replace("eid al-azha", "eid al-adha").replace("eid al-zuha", "eid al-adha")
    t = {"ramzan": "ramadan", "hari raya puasa": "eid al-fitr", "hari raya aidilfitri": "eid al-fitr", "hari raya": "eid al-fitr",
         "hari raya haji": "eid al-adha", "lebaran": "eid al-fitr", "tet": "lunar new year",
         "chuseok": "mid-autumn festival", "spring festival": "lunar new year", "arafat day": "day of arafat", "arafah day": "day of arafat",
         "day of arafah": "day of arafat"}.get(t, t)
    t = re.sub(r"^(lincoln|washington)s birthday$", r"\1's birthday", t)
    t = re.sub(r"^st (andrew|david|george|stephen)", r"st. \1", t).replace("’", "'").replace("stephens", "stephen's")
    t = re.sub(r"^international (women's day)$", r"\1", t.replace("womens", "women's"))
    t = re.sub(r"^rosh hashana$", "rosh hashanah", t)
    t = re.sub(r"^(queen|king)s birthday$", r"\1's birthday", t)
    t = {"deepavali": "diwali", "deepawali": "diwali", "dasara": "dussehra", "vijayadashami": "dussehra",
         "gurpurab": "guru nanak jayanti", "bhaiya dooj": "bhai dooj", "bhai phonta": "bhai dooj",
         "navaratri": "navratri"}.get(t, t)
    if re.fullmatch(r"(?:hanukk?ah|chanukk?ah)", t):
        t = "hanukkah"
    return t


# ----------------------------------------------------------------------------- words around expressions

# Words that may stand right before a bare year or month to make it temporal ("in 2014").
TEMPORAL_PREPOSITIONS = (
    "in", "since", "by", "until", "till", "through", "throughout", "from", "to", "during", "before",
    "after", "of", "between", "and", "or", "for", "around", "about", "circa", "early", "late", "mid",
    "last", "next", "this", "that", "every", "each", "past", "into", "as of", "beginning", "ending",
    "starting", "at", "on", "within", "spring", "summer", "fall", "autumn", "winter", "the",
)
# Words that may open a sentence right before a year ("Between 2000 and 2004", "Circa 1900").
YEAR_OPENERS = frozenset("""between circa c ca about around throughout starting beginning ending as by but yet so then also
only even still unlike like not because her his their its our my your""".split())
# Capitalised words a year after which is still a year, named for it ("Budget 2025", "Euro 2004",
# "the Finance Bill 2020", "Carnival 2008", "Expo 2020", "Vision 2030")
NAMED_FOR_A_YEAR = frozenset("""budget euro carnival expo census vision agenda bill""".split())
# Nouns that follow a count, not a year ("2000 troops") – see the year rule.
COUNTED_NOUNS = frozenset("""
people persons men women children soldiers troops police officers workers employees jobs members
students voters votes deaths dead killed injured wounded casualties refugees protesters demonstrators
cases patients points percent pounds dollars euros yen yuan rubles shares stores flights seats miles
kilometers km feet meters tonnes tons barrels units homes houses cars vehicles rounds
delegates arrests participants visitors residents signatures applications complaints incidents
companies firms schools hospitals beds copies tickets households families lives migrants prisoners
detainees hostages civilians fighters militants rebels athletes runners staff staffers acres hectares
aircraft planes ships boats tanks missiles rockets drones bombs weapons animals cattle buildings
apartments samples tests doses infections convictions calls messages followers subscribers customers
clients users passengers tourists fans spectators supporters volunteers teachers doctors nurses
""".split())


# Verbs that call a happening off, or move it, right before the happening they name ("has called
# off Saturday's strike", "postponed Friday's march"): the temporal resolver reads such a day as
# one that was to come, the events stage gives the happening that status.
CANCELLING_VERBS = r"cancell?ed|cancels|scrapped|axed|called\s+off|calls\s+off|suspended|shelved|abandoned"
POSTPONING_VERBS = r"postponed|postpones|delayed|put\s+off|pushed\s+back"

# Nouns a year labels without dating a happening ("the 2026 budget", "their 2025 profit forecast")
YEAR_LABEL_NOUNS = (
    r"budgets?|plans?|forecasts?|guidance|outlook|targets?|estimates?|models?|editions?|versions?|figures|accounts|"
    r"rankings?|list|calendar|spending|deficit|revenue|profits?|earnings|sales|tickets?|tax\s+returns?|reports?|requests?|"
    r"proposals?|appropriations?"
)


# ----------------------------------------------------------------------------- rule triggers

# The tagger does not run every rule over the whole text: one cheap pass over the words finds
# the words that can take part in a time expression, and each rule runs only around the words of
# its trigger classes.  word (lower case) -> trigger classes.
TRIGGER_WORDS: dict[str, tuple[str, ...]] = {}


def _triggers(cls: str, words: str) -> None:
    for w in words.split():
        TRIGGER_WORDS[w] = TRIGGER_WORDS.get(w, ()) + (cls,)


_triggers("unit", """
second seconds sec secs minute minutes min mins hour hours hr hrs day days night nights week weeks
weekend weekends fortnight fortnights month months quarter quarters year years yr yrs decade decades
century centuries period midyear midweek fiscal millennia millennium millenniums milliseconds millisecond
microseconds microsecond nanoseconds nanosecond weekday weekdays daylong weeklong monthlong yearlong
""")
_triggers("month", " ".join(MONTHS) + " " + " ".join(MONTH_ABBREVIATIONS))
_triggers("weekday", " ".join(WEEKDAYS) + " " + " ".join(w + "s" for w in WEEKDAYS) + " " + " ".join(WEEKDAY_ABBREVIATIONS))
_triggers("deictic", "today yesterday tomorrow tonight overnight")
_triggers("part_of_day", "morning afternoon evening night tonight midmorning midafternoon midevening mornings afternoons evenings")
_triggers("twilight", "dawn daybreak sunrise dusk nightfall sunset light")
_triggers("market", "trading trade deals")  # "in afternoon trading" (see rules.trading_part_of_day)
_triggers("clock", """
am pm m noon midnight midday lunchtime lunch lunch-time clock gmt utc ist bst cet cest msk est edt pst pdt aedt aest sgt hkt jst kst
sast wat eat hrs hours local et pt ct acst awst nzdt nzst wib pkt gst ast
""")
_triggers("spoken_clock", "past clock oh eastern pacific central quarter")  # ("nine thirty eastern", "It's six oh four", "a quarter to six")
_triggers("reference", """
now currently current present presently nowadays moment moments recently recent lately past future term soon
coming ahead someday these possible
""")
_triggers("season", "spring summer fall autumn winter season seasons")
_triggers("set", """
daily weekly fortnightly monthly annually yearly hourly nightly biweekly bimonthly semiannually biannually quarterly every
each per alternate
""")
_triggers("holiday", """
groundhog christmas thanksgiving easter new valentine valentines patrick patricks halloween veterans armistice independence
bastille labor memorial luther presidents columbus mother mothers father fathers good palm pentecost patriots
election victory fourth boxing may black cyber mardi shrove ash maundy holy ascension juneteenth canada
australia anzac remembrance mothering april fools earth cinco guy bonfire inauguration orthodox ramadan eid rosh
yom hanukkah hanukah chanukah chanukkah passover lunar chinese ramzan hari hogmanay waitangi andrew david
george bloomsday autumn diwali deepavali deepawali holi dussehra dasara vijayadashami labour eidul pohela pahela sinhala bank
lebaran tet chuseok lantern arafat dragon duanwu ve v-e cup melbourne world holocaust burns whit republic
spring lincoln lincoln's washington washington's freedom heritage reconciliation jamhuri madaraka
mashujaa commemoration stephen stephens victoria gandhi women womens human youth queen queen's queens king king's kings
epiphany little janmashtami guru gurpurab phonta sukkot simchat shavuot advent arafah dhanteras bhai bhaiya navratri navaratri
makar
""")
_triggers("event", "eve before after ahead prior following")
_triggers("spoken_year", "nineteen thousand")
_triggers("decade", " ".join(["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "noughties", "naughties"]))
_triggers("ordinal", "first second third fourth final last latter 1st 2nd 3rd 4th")
_triggers("code", "q1 q2 q3 q4 h1 h2 fy")
_triggers("edge", "end start")


def digit_triggers(token: str) -> tuple[str, ...]:
    """Trigger classes of a token starting with a digit: "1998" is a year, "1990s" a decade,
    "19th" an ordinal, "5pm" a clock time, any other a number."""
    digits = len(token) - len(token.lstrip("0123456789"))
    head, tail = token[:digits], token[digits:]
    if not tail:
        if digits == 4 and 1000 <= int(head) <= 2199:
            return ("year", "number")
        return ("number",)
    if tail == "s":
        return ("decade", "number")
    if tail in ("'s", "’s"):
        return ("decade", "year", "number")  # "the 1980's" (older copy), "1989's record"
    if tail in ("st", "nd", "rd", "th"):
        return ("ordinal", "number")
    if tail in ("am", "pm", "hrs", "h", "gmt", "utc"):
        return ("clock", "number")
    return ("number",)


# a month that names the period an economic figure covers: "will report April housing starts"
REPORTED_PERIOD_AFTER = re.compile(
    r"\s+(?:housing\s+starts|(?:existing-|new-)?home\s+sales|retail\s+sales|(?:auto|car|vehicle|new-car)\s+sales|"
    r"construction\s+spending|personal\s+income|consumer\s+spending|(?:consumer|producer|wholesale)\s+price\s+index|"
    r"purchasing\s+managers['’]?\s+(?:survey|index|report)|(?:consumer|business)\s+confidence|leading\s+indicators|"
    r"(?:business|wholesale|retail)\s+inventories|(?:un)?employment(?!\s+(?:law|agency|agencies|tribunal|rights|contract|office))|"
    # (with what they count: "will release April travel data on June 21"; not "figures on housing")
    r"(?:(?:travel|tourism|visitor|migration|crime|traffic|passenger|housing|property|jobs|trade|spending|price|sales)\s+)?"
    r"(?:figures|data|statistics)\b(?!\s+(?:out|in)\b|\s+on\s+(?-i:[a-z]))|(?:jobs|employment|payrolls?|inflation|trade|CPI)\s+"
    r"(?:report|figures|data|numbers|reading)|(?:non-?farm\s+)?payrolls|consumer\s+prices|producer\s+prices|"
    r"industrial\s+production|factory\s+orders|durable\s+goods|unemployment\s+rate|trade\s+(?:deficit|surplus)|"
    r"inflation\s+rate|(?:CPI|RPI)\b|rate\s+of\s+(?:[a-z]+\s+){0,2}?(?:inflation|unemployment)|(?:industrial|factory|manufacturing)\s+output(?:\s+data)?|(?:[a-z]+\s+)?(?:sales|output|export|import)\s+"
    r"(?:data|figures|numbers)|(?:like-for-like|same-store|comparable(?:-store)?)\s+sales|"
    # (and a month's sales told as reported: "December sales were up 0.5 per cent")
    r"(?:[a-z-]+\s+)?sales\s+(?:were|was|rose|fell|grew|dropped|slipped|climbed|increased|decreased|jumped|slumped|edged)"
    # (or reported on a day: "Retailers will report August sales Thursday")
    r"|sales(?=\s*[.,;]|\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|tomorrow|next\s+week|this\s+week|later)))\b",
    re.IGNORECASE)  # ("will also release August industrial output data")
