"""Which number of "03/04/2025" is the day: the writer's date order, per document.

American copy writes month first (03/04/2025 is 4 March); British, Irish, Indian, Australian and
almost all other English copy writes day first (3 April). A date whose first number is over 12
("25/12/2025") or whose second is ("12/25/2025") can only be read one way; the others need to
know the writer's order. It comes, first match wins, from:

1. the caller: ``date_order="DMY"`` or ``"MDY"`` (``timeline --date-order``);
2. the article's ``language`` tag: ``en-US`` is MDY, ``en`` with any other region (``en-GB``,
   ``en-IN``, ``en-AU`` ...) is DMY, plain ``en`` says nothing (:func:`order_of_language`);
3. the document itself (``"auto"``): its numeric dates that can be read one way only, else the
   country it is about when that country writes day first (Malaysia, India, Australia ...: its
   names told at least twice, more than the United States'), else the way it writes dates in words
   ("3 April 2025" against "April 3, 2025"), the majority of each;
4. else each separator's own habit: slashes and dashes month first (as TimeBank's American news),
   dots day first (as written in Europe and India).
"""

from __future__ import annotations

import re
from typing import Literal

DateOrder = Literal["auto", "MDY", "DMY"]
DATE_ORDERS: tuple[str, ...] = ("auto", "MDY", "DMY")

# a numeric date with a two-digit day and month, and a year but after a slash ("03/04/2025", "3-4-98",
# "03.04.2025", "03/04")
_DAY_MONTH_NUMBERS = re.compile(r"(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2})|(?<=/\d)|(?<=/\d\d))")

# rules (``rules.RULES``) that write the day before the month in words, and after it
_DAY_FIRST_RULES = frozenset({"day_month_year", "day_month", "day_range_month", "day_and_day_month"})
_MONTH_FIRST_RULES = frozenset({"month_day_year", "month_day", "month_day_and_day", "month_day_range"})

# a BCP 47 language tag as articles give it: "en", "en-GB", "en_us", "en-Latn-IN"
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")
LANGUAGE_TAG_FIX = "write a language tag such as en, en-GB, en-US, en-IN or en-AU"
# regions written the way people say them, not as ISO 3166 has them
_REGION_ALIASES = {"UK": "GB"}

# English-speaking regions that write the month first (the United States and its territories)
_MONTH_FIRST_REGIONS = frozenset({"us", "um", "as", "gu", "mp", "pr", "vi"})


def region_of_language(language: str | None) -> str | None:
    """The region of a BCP 47 language tag, upper case: "en-GB" -> "GB", "en-Latn-IN" -> "IN", "en" -> None.

    The region also picks the country's own day for a holiday many countries keep on different
    days ("Independence Day" in an ``en-IN`` article is 15 August; see ``vocab.HOLIDAYS``)."""
    if not language:
        return None
    parts = re.split(r"[-_]", language.strip())
    region = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
    return _REGION_ALIASES.get(region, region)


def order_of_language(language: str | None) -> DateOrder:
    """The date order a BCP 47 language tag implies: "en-US" -> MDY, "en-GB" -> DMY, "en" -> auto.

    >>> order_of_language("en-GB"), order_of_language("en_us"), order_of_language("en")
    ('DMY', 'MDY', 'auto')
    """
    region = region_of_language(language)
    if region is None:
        return "auto"
    return "MDY" if region.lower() in _MONTH_FIRST_REGIONS else "DMY"


def numeric_day_month(span: str) -> tuple[int, int, str] | None:
    """(first number, second number, separator) of a numeric date with a two-part day and month, the
    weekday before it left out ("Friday, 23/03")."""
    m = _DAY_MONTH_NUMBERS.fullmatch(re.sub(r"^\D+", "", span))
    return (int(m.group(1)), int(m.group(3)), m.group(2)) if m else None


# countries (as tagger._country_told names them) whose English press writes numeric dates day first
DAY_FIRST_COUNTRIES = frozenset({"IN", "PK", "BD", "LK", "NG", "GH", "JM", "ZW", "UG", "TZ", "MY", "SG", "NZ", "AU"})


def document_order(date_order: DateOrder, numeric_spans: list[str], rules: list[str], country: str | None = None) -> str | None:
    """"MDY", "DMY" or None (no evidence: each separator keeps its habit) for one document.

    ``numeric_spans`` are the texts of its numeric dates, ``rules`` the rule names of all its dates,
    ``country`` the country the text is about, if one stands out: after numeric dates that read one
    way only, a country that writes day first decides before the dates in words do (Malaysia's press
    writes "Aug 9" in words but "2/4/2022" for 2 April).
    """
    if date_order != "auto":
        return date_order
    day_first = month_first = 0
    for span in numeric_spans:
        parts = numeric_day_month(span)
        if parts is None:
            continue
        first, second, _ = parts
        if first > 12 >= second:
            day_first += 1
        elif second > 12 >= first:
            month_first += 1
    if day_first == month_first and country in DAY_FIRST_COUNTRIES:
        return "DMY"
    if day_first == month_first:
        day_first = sum(rule in _DAY_FIRST_RULES for rule in rules)
        month_first = sum(rule in _MONTH_FIRST_RULES for rule in rules)
    if day_first == month_first:
        return None
    return "DMY" if day_first > month_first else "MDY"


def habitual_order(separator: str) -> str:
    """How a numeric date with this separator is read when the document says nothing."""
    return "DMY" if separator == "." else "MDY"
