"""Holidays of the Islamic, Hebrew and Chinese calendars, as Gregorian dates.

Their dates move from one Gregorian year to the next, so they are converted, not tabled:

* Islamic (Ramadan, Eid al-Fitr, Eid al-Adha): ``hijridate``, the Umm al-Qura calendar (Saudi
  Arabia's official one, valid for AH 1343-1500, about 1924-2077). Where the new moon is sighted
  locally a country may keep a holiday a day earlier or later: the interval says which day the
  tables give, not which one a given mosque kept.
* Hebrew (Rosh Hashanah, Yom Kippur, Hanukkah, Passover): ``convertdate``'s arithmetic Hebrew
  calendar (exact; a holiday starts at sundown the evening before the first day given here).
* Chinese (Lunar New Year): ``lunardate``'s tables (1900-2099).
* Hindu (Diwali, Holi, Dussehra): the days India's government keeps, from the ``holidays``
  package's tables (2001-2035), and Singapore's Deepavali from its table for texts about
  Singapore or Malaysia; the Hindu lunisolar calendar needs observed tables, not arithmetic,
  and a maintained package keeps them better than a table copied here would.

The libraries are imported on first use: most texts name none of these holidays.
"""

from __future__ import annotations

import datetime as dt
import warnings
from functools import lru_cache

# key -> (calendar, month, day, length in days; None: to the end of that month)
LUNAR_HOLIDAYS: dict[str, tuple[str, int, int, int | None]] = {
    "ramadan": ("islamic", 9, 1, None),
    "eid al-fitr": ("islamic", 10, 1, 1),
    "eid al-adha": ("islamic", 12, 10, 1),
    "rosh hashanah": ("hebrew", 7, 1, 2),  # convertdate numbers Nisan 1, so Tishrei is 7
    "yom kippur": ("hebrew", 7, 10, 1),
    "hanukkah": ("hebrew", 9, 25, 8),
    "passover": ("hebrew", 1, 15, 8),  # eight days as kept outside Israel (seven in Israel)
    "sukkot": ("hebrew", 7, 15, 7), "simchat torah": ("hebrew", 7, 23, 1),  # (Simchat Torah as kept outside Israel)
    "shavuot": ("hebrew", 3, 6, 2),
    "lunar new year": ("chinese", 1, 1, 1),
    "mid-autumn festival": ("chinese", 8, 15, 1),  # (Korea's Chuseok: the same day)
    "lantern festival": ("chinese", 1, 15, 1),
    "day of arafat": ("islamic", 12, 9, 1),
    "dragon boat festival": ("chinese", 5, 5, 1), "duanwu": ("chinese", 5, 5, 1), "duanwu festival": ("chinese", 5, 5, 1),
}
# key -> (the holiday it is the eve of): the day before, as "Lunar New Year's Eve" is
LUNAR_EVES: dict[str, str] = {"lunar new year's eve": "lunar new year"}


# key -> the name India's holiday table (``holidays.India``) gives the day
HINDU_HOLIDAYS: dict[str, str] = {"diwali": "Diwali", "holi": "Holi", "dussehra": "Dussehra",
                                  "janmashtami": "Janmashtami (Vaishnava)", "guru nanak jayanti": "Guru Nanak's Birthday"}


@lru_cache(maxsize=256)
def hindu_holiday(key: str, year: int, country: str = "IN") -> dt.date | None:
    """The day of the Hindu festival ``key`` in ``year`` as ``country`` keeps it ("IN", or "SG":
    Singapore's Deepavali, which Malaysia keeps on the same day, often the day before India's
    Diwali), or None outside the tables."""
    import holidays

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Requested Holidays are available only from 2001 to 2035"
        table = holidays.Singapore(years=year) if country == "SG" else holidays.India(years=year)
    days = sorted(day for day, names in table.items() if HINDU_HOLIDAYS[key] in names.split("; "))
    return days[0] if days else None


# the subdivision whose table holds a country's days off that its national table leaves to its provinces
# or nations, the most populous one's (Canada's Victoria Day and Thanksgiving: Ontario's; Britain's late
# summer bank holiday, which Scotland keeps in early August: England's)
_TABLE_SUBDIVISION = {"CA": "ON", "GB": "ENG"}


@lru_cache(maxsize=256)
def public_holidays(country: str, year: int, state: str | None = None) -> tuple[dt.date, ...]:
    """The public holidays ``country`` (an ISO code: "US", "GB", "AU") keeps in ``year``, as its
    ``state`` does where one is given (Australia's), from the ``holidays`` package's tables; empty
    for a country it does not know."""
    import holidays

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            table = holidays.country_holidays(country, subdiv=state or _TABLE_SUBDIVISION.get(country), years=year)
        except (NotImplementedError, KeyError):
            return ()
    return tuple(sorted(table))


def _islamic(year: int, month: int, day: int) -> dt.date | None:
    from hijridate import Hijri

    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None  # outside the Umm al-Qura tables
    return dt.date(g.year, g.month, g.day)


def _hebrew(year: int, month: int, day: int) -> dt.date | None:
    from convertdate import hebrew

    with warnings.catch_warnings():
        # convertdate 2.5 calls its own deprecated month_days(); the arithmetic is unchanged
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            return dt.date(*hebrew.to_gregorian(year, month, day))
        except (ValueError, OverflowError):
            return None


def _chinese(year: int, month: int, day: int) -> dt.date | None:
    from lunardate import LunarDate

    try:
        return LunarDate(year, month, day).to_solar_date()
    except (ValueError, OverflowError, IndexError):
        return None  # outside the tables


_CONVERT = {"islamic": _islamic, "hebrew": _hebrew, "chinese": _chinese}
# The calendar year in which the given Gregorian year's first day falls, roughly: the search below
# tries this one and its neighbours.
_YEAR_OFFSET = {"islamic": lambda y: round((y - 622) * 365.2425 / 354.367), "hebrew": lambda y: y + 3760,
                "chinese": lambda y: y}


@lru_cache(maxsize=512)
def lunar_holiday(key: str, year: int) -> tuple[dt.date, dt.date] | None:
    """First and last day of the holiday ``key`` beginning in Gregorian ``year`` (the first one of
    the year when, like Eid al-Fitr in 2000, it begins twice), or None outside the tables."""
    if key in LUNAR_EVES:
        # (the eve of a holiday from late January on falls in its Gregorian year)
        holiday = lunar_holiday(LUNAR_EVES[key], year)
        return None if holiday is None else (holiday[0] - dt.timedelta(days=1),) * 2
    calendar, month, day, length = LUNAR_HOLIDAYS[key]
    convert = _CONVERT[calendar]
    guess = _YEAR_OFFSET[calendar](year)
    starts = []
    for y in (guess - 1, guess, guess + 1, guess + 2):
        first = convert(y, month, day)
        if first is not None and first.year == year:
            starts.append((first, y))
    if not starts:
        return None
    first, y = min(starts)
    if length is not None:
        return first, first + dt.timedelta(days=length - 1)
    following = convert(y + (month == 12), month % 12 + 1, 1)
    if following is None:
        return None
    return first, following - dt.timedelta(days=1)
