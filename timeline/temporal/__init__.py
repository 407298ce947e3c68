"""Temporal tagging: find English time expressions and resolve them to TIMEX3 values and intervals.

    >>> import datetime as dt
    >>> from timeline.temporal import tag
    >>> [(t.text, t.value) for t in tag("They met on Sunday and will meet again next Friday.", dt.date(2025, 12, 3))]
    [('Sunday', '2025-11-30'), ('next Friday', '2025-12-05')]

``tag(text, reference, document_type="news")`` returns :class:`timeline.models.Timex` objects sorted
by offset, never overlapping.  ``reference`` is the date relative expressions count from (for news,
the publication date); with ``None`` they stay underspecified (``XXXX-WXX-2``).  In a
``"narrative"`` document they count from the last date mentioned before them instead.
``date_order`` ("auto", "MDY", "DMY") reads "03/04/2025"; ``region`` ("IN", "AU", ...) gives a
holiday or a fiscal year that country's days (see ``dateorder.py``).

Where things are:

* ``vocab.py``   - month, weekday, number, unit, holiday words and pattern fragments (data);
* ``rules.py``   - the rules: name, pattern, production, examples; the ordered list ``RULES``;
* ``partial.py`` - the underspecified meanings the rules produce;
* ``resolve.py`` - anchoring against the reference date, the last mentioned date or an event;
* ``weekday.py`` - ``resolve_weekday(reference, weekday, tense)``;
* ``tense.py``   - tense and modality of the clause around an expression;
* ``values.py``  - TIMEX3 values, intervals and calendar arithmetic;
* ``calendars.py`` - holidays of the Islamic, Hebrew, Chinese and Hindu calendars as Gregorian dates;
* ``dateorder.py`` - the writer's date order and region, from the caller, a language tag or the text;
* ``tagger.py``  - the two passes put together.

dateparser is not used: it searches whole texts badly (it finds "may", "we" and "$40") and a
regular grammar of English dates is both faster and exact about granularity.
"""

from __future__ import annotations

TAGGER_VERSION = "1.0.0"

__all__ = ["TAGGER_VERSION", "tag"]


def __getattr__(name: str):
    # The rules compile a few dozen regular expressions; do that on first use, not on import.
    if name == "tag":
        from .tagger import tag

        globals()["tag"] = tag
        return tag
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
