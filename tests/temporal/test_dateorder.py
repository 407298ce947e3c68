"""The writer's date order: which number of "03/04/2025" is the day (timeline.temporal.dateorder)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag
from timeline.temporal.dateorder import document_order, order_of_language, region_of_language

REFERENCE = dt.date(2025, 12, 10)


@pytest.mark.parametrize(
    ("language", "order"),
    [("en-US", "MDY"), ("en_us", "MDY"), ("en-PR", "MDY"), ("en-GB", "DMY"), ("en-IN", "DMY"), ("en-AU", "DMY"),
     ("en-Latn-IE", "DMY"), ("en", "auto"), ("", "auto"), (None, "auto"), ("english", "auto"), ("en-UK", "DMY")],
)
def test_a_language_tags_region_sets_the_order(language, order):
    assert order_of_language(language) == order


# (text, date_order, the value of "03/04/2025" or the last numeric date)
CASES = [
    # nothing in the document says: slashes and dashes month first, dots day first
    ("The order was signed on 03/04/2025.", "auto", "2025-03-04"),
    ("The order was signed on 03-04-2025.", "auto", "2025-03-04"),
    ("The notice is dated 03.04.2025.", "auto", "2025-04-03"),
    # the caller says
    ("The order was signed on 03/04/2025.", "DMY", "2025-04-03"),
    ("The notice is dated 03.04.2025.", "MDY", "2025-03-04"),
    # a numeric date that reads one way only
    ("It was filed on 25/12/2024 and signed on 03/04/2025.", "auto", "2025-04-03"),
    ("It was filed on 12/25/2024 and signed on 03/04/2025.", "auto", "2025-03-04"),
    ("The notice dated 25.12.2024 was answered on 03/04/2025.", "auto", "2025-04-03"),
    # dates in words: day first, or month first
    ("The deal closed on 5 March 2025; the order was signed on 03/04/2025.", "auto", "2025-04-03"),
    ("The deal closed on March 5, 2025; the order was signed on 03/04/2025.", "auto", "2025-03-04"),
    # the numbers outweigh the words
    ("On 5 March 2025 the court listed the case for 12/25/2025 and heard it on 03/04/2025.", "auto", "2025-03-04"),
    # the caller outweighs the document
    ("It was filed on 25/12/2024 and signed on 03/04/2025.", "MDY", "2025-03-04"),
    # the same both ways, or one way only, is never swapped
    ("The order was signed on 04/04/2025.", "DMY", "2025-04-04"),
    ("The order was signed on 12/25/2025.", "DMY", "2025-12-25"),
]


@pytest.mark.parametrize(("text", "date_order", "value"), CASES)
def test_numeric_dates_follow_the_document_order(text, date_order, value):
    numeric = [t for t in tag(text, REFERENCE, date_order=date_order) if t.rule == "numeric_date"]
    assert numeric[-1].value == value
    first = dt.date.fromisoformat(value)
    assert (numeric[-1].interval.first, numeric[-1].interval.last) == (first, first)


def test_the_order_comes_from_the_majority_of_the_evidence():
    assert document_order("auto", ["25/12/2024", "13/01/2025", "12/25/2024"], []) == "DMY"
    assert document_order("auto", ["25/12/2024", "12/25/2024"], ["day_month", "month_day", "month_day_year"]) == "MDY"
    assert document_order("auto", [], ["day_month", "month_day"]) is None
    assert document_order("DMY", ["12/25/2024"], []) == "DMY"


def test_an_unknown_order_is_refused():
    with pytest.raises(ValueError, match="date_order must be one of auto, MDY, DMY"):
        tag("on 03/04/2025", REFERENCE, date_order="YMD")  # type: ignore[arg-type]


def test_a_region_said_the_usual_way_is_the_iso_one():
    assert (region_of_language("en-UK"), region_of_language("en-gb"), region_of_language("en")) == ("GB", "GB", None)


def test_a_country_that_writes_day_first_decides_before_dates_in_words():
    words = ["month_day", "month_day"]  # "Aug 9", "Sept 28": month first in words
    assert document_order("auto", ["2/4/2022"], words, "MY") == "DMY"
    assert document_order("auto", ["2/4/2022"], words, "US") == "MDY"
    assert document_order("auto", ["2/4/2022"], words, None) == "MDY"
    # a numeric date that reads one way only still wins
    assert document_order("auto", ["2/4/2022", "4/25/2022"], words, "MY") == "MDY"
