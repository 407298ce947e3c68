"""The baseline system: dateparser's ``search_dates`` over whole documents, given a TIMEX3 value.

``search_dates`` returns ``(substring, datetime)`` pairs with neither offsets, type nor grain,
so the baseline adds the least needed to score it with TempEval-3 metrics:

* offsets: each returned substring is looked up in the text from the end of the previous one
  (the substrings come back in text order); a substring that cannot be found is dropped and
  counted in ``unlocated``;
* grain: the found substring is re-parsed alone with
  ``DateDataParser(languages=["en"], settings={"RELATIVE_BASE": dct}).get_date_data(span)``,
  whose ``period`` is one of time/day/week/month/year. dateparser reports ``day`` for most spans
  that carry a clock time ("at about 10:35 a.m."), so a span with an explicit clock time (h:mm,
  a digit before am/pm, noon, midnight) is promoted to ``time``. When the re-parse fails the
  grain is ``day``;
* value: the datetime from ``search_dates`` written at that grain: ``1998-08-07T10:35`` (time),
  ``1998-08-07`` (day), ``1998-W32`` (ISO week), ``1998-08`` (month), ``1998`` (year);
* type: TIME for the time grain, DATE otherwise (dateparser has no durations or sets).

Only ``RELATIVE_BASE`` is set (to the dct at midnight); every other setting is dateparser's
default, the way a user would call it. The re-parse is part of the baseline's measured time.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from benchmarks.metrics import Mention

_CLOCK_TIME = re.compile(
    r"\d{1,2}:\d{2}|\d\s*(?:a\.?m\b|p\.?m\b)|\b(?:noon|midnight)\b",
    re.IGNORECASE,
)


def timex3_value(moment: dt.datetime, grain: str) -> str:
    """Write a datetime as a TIMEX3 value at a dateparser grain (time/day/week/month/year).

    >>> timex3_value(dt.datetime(1998, 8, 7, 10, 35), "week")
    '1998-W32'
    """
    if grain == "time":
        return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T{moment.hour:02d}:{moment.minute:02d}"
    if grain == "week":
        year, week, _ = moment.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if grain == "month":
        return f"{moment.year:04d}-{moment.month:02d}"
    if grain == "year":
        return f"{moment.year:04d}"
    return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"


def grain_of(period: str | None, span: str) -> str:
    """dateparser's period for a span, promoted to ``time`` when the span shows a clock time."""
    if period in (None, "day") and _CLOCK_TIME.search(span):
        return "time"
    return period or "day"


class DateparserBaseline:
    """Tag a document with ``search_dates``; one instance per run (it caches a parser per dct)."""

    def __init__(self) -> None:
        # Imported here so that importing this module (and the benchmark's own system) stays cheap.
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates

        self._search_dates = search_dates
        self._date_data_parser = DateDataParser
        self._parsers: dict[dt.date, Any] = {}
        self.unlocated = 0

    def _parser_for(self, reference: dt.date) -> Any:
        if reference not in self._parsers:
            self._parsers[reference] = self._date_data_parser(
                languages=["en"], settings={"RELATIVE_BASE": _midnight(reference)}
            )
        return self._parsers[reference]

    def tag(self, text: str, reference: dt.date) -> list[Mention]:
        """The time expressions dateparser finds in ``text``, with offsets, type and value."""
        found = self._search_dates(text, languages=["en"], settings={"RELATIVE_BASE": _midnight(reference)}) or []
        parser = self._parser_for(reference)
        mentions = []
        cursor = 0
        for span, moment in found:
            start = text.find(span, cursor)
            if start < 0:
                start = text.find(span)
            if start < 0 or not span:
                self.unlocated += 1
                continue
            end = start + len(span)
            cursor = end
            try:
                period = parser.get_date_data(span).period
            except Exception:  # the baseline's own failure: fall back to the day grain
                period = None
            grain = grain_of(period, span)
            mentions.append(
                Mention(start, end, "TIME" if grain == "time" else "DATE", timex3_value(moment, grain), span)
            )
        return mentions


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)
