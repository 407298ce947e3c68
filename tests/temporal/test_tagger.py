"""The tagger as others call it: the interface, the seed articles, narrative documents, and the
trigger-word windows (which must find exactly what a scan of the whole text finds)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

import timeline.temporal
from timeline.models import Timex
from timeline.temporal import TAGGER_VERSION, tag

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _seed(name: str) -> tuple[str, dt.date]:
    raw = next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8")
    front = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    published = dt.date.fromisoformat(re.search(r"published:\s*(\S+)", front.group(1)).group(1))
    return raw[front.end():], published


def _by_text(found: list[Timex]) -> dict[str, Timex]:
    return {t.text: t for t in found}


def test_interface() -> None:
    text = "They met on Sunday, will meet again next Friday, and spoke for five hours."
    found = tag(text, dt.date(2025, 12, 3))
    assert all(isinstance(t, Timex) for t in found)
    assert [t.text for t in found] == ["Sunday", "next Friday", "five hours"]
    assert all(text[t.start:t.end] == t.text for t in found)
    sunday, friday, hours = found
    assert (sunday.type, sunday.value, sunday.granularity, sunday.anchor) == ("DATE", "2025-11-30", "day", "reference")
    assert (sunday.interval.first, sunday.interval.last) == (dt.date(2025, 11, 30),) * 2
    assert friday.value == "2025-12-05"
    assert (hours.type, hours.value, hours.interval) == ("DURATION", "PT5H", None)
    assert isinstance(TAGGER_VERSION, str) and TAGGER_VERSION


def test_sorted_and_never_overlapping() -> None:
    text = "From April–June 2026, the 10-year plan runs; Dec. 1–3 and the week of March 6 too."
    found = tag(text, dt.date(2025, 12, 3))
    starts = [t.start for t in found]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_without_reference_relative_values_stay_underspecified() -> None:
    found = _by_text(tag("He left on Tuesday, last week, in March and on June 14, 2024.", None))
    assert (found["Tuesday"].value, found["Tuesday"].interval, found["Tuesday"].anchor) == ("XXXX-WXX-2", None, "none")
    assert found["last week"].value == "XXXX-WXX"
    assert found["March"].value == "XXXX-03"
    assert found["June 14, 2024"].value == "2024-06-14"  # absolute dates still resolve
    assert found["June 14, 2024"].anchor == "absolute"


def test_ranges_are_one_span() -> None:
    found = _by_text(tag("a summit planned for April–June 2026 and talks on Dec. 1–3", dt.date(2025, 12, 3)))
    q2 = found["April–June 2026"]
    assert (q2.value, q2.interval.first, q2.interval.last) == ("2026-Q2", dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    days = found["Dec. 1–3"]
    assert (days.interval.first, days.interval.last) == (dt.date(2025, 12, 1), dt.date(2025, 12, 3))


def test_anchored_expressions_use_the_nearest_date_or_stay_underspecified() -> None:
    dated = _by_text(tag("The rebels entered the city on March 3, 1991. Three days later, troops left.", dt.date(2025, 12, 3)))
    assert (dated["Three days later"].value, dated["Three days later"].anchor) == ("1991-03-06", f"timex:{dated['March 3, 1991'].start}")
    undated = _by_text(tag("Three days later, troops left.", dt.date(2025, 12, 3)))
    assert (undated["Three days later"].value, undated["Three days later"].interval) == ("XXXX-XX-XX", None)


def test_a_count_of_days_from_a_happening_is_its_measure_or_the_day_it_tells() -> None:
    text = ("The roof collapse on November 10 trapped 23 men. The first nine were rescued two days after the collapse, "
            "and the rest were brought out the next day. Others walked out a day after the storm began.")
    measure = _by_text(tag(text, dt.date(2025, 11, 18)))
    assert (measure["two days"].type, measure["two days"].value) == ("DURATION", "P2D")
    assert measure["the next day"].value == "2025-11-13"  # counted from the day the measure tells all the same
    dated = _by_text(tag(text, dt.date(2025, 11, 18), event_offsets="date"))
    offset = dated["two days after the collapse"]
    assert (offset.type, offset.value, offset.anchor) == ("DATE", "2025-11-12", f"timex:{dated['November 10'].start}")
    assert dated["the next day"].value == "2025-11-13"
    # a happening the text does not date gives no day in either reading: the measure
    for found in (measure, dated):
        assert (found["a day"].type, found["a day"].value) == ("DURATION", "P1D")
    with pytest.raises(ValueError, match="event_offsets"):
        tag(text, None, event_offsets="days")  # type: ignore[arg-type]


def test_a_long_weekend_is_made_by_the_public_holidays_of_the_country_told() -> None:
    # an Indian story told by its states' names: India's long weekend (Friday 5 September), not Labor Day's
    text = ("Houseboat operators in Kerala expect full bookings over the long weekend. Karnataka's tourism "
            "department reported similar demand.")
    assert _by_text(tag(text, dt.date(2025, 9, 4)))["the long weekend"].value == "2025-W36-WE"
    # a Canadian one: Victoria Day (Ontario's table, the most populous province's), the Monday just past
    text = "Same-day car trips by Canadians rose before the long weekend, Statistics Canada said."
    assert _by_text(tag(text, dt.date(2012, 5, 22)))["the long weekend"].value == "2012-W20-WE"
    # crore and lakh are Pakistan's and Bangladesh's words too: they tell no country
    text = ("Karachi's traders said sales of flags rose to Rs 3 crore this week. Pakistan will mark Independence Day with "
            "parades, and the city has set aside Rs 1 crore for lights.")
    assert _by_text(tag(text, dt.date(2019, 8, 10)))["Independence Day"].value == "2019-08-14"
    # England's late summer bank holiday (Scotland keeps its own in early August)
    text = "The Met Office is forecasting more rain for the bank holiday weekend."
    assert _by_text(tag(text, dt.date(2012, 8, 26)))["the bank holiday weekend"].value == "2012-W34-WE"


def test_an_amount_not_counted_from_a_happening_is_its_measure_or_the_days_it_tells() -> None:
    text = ("The talks opened on Monday, December 1. Yermak resigned just days before the talks. "
            "In the weeks after the talks, fighting resumed. The envoy left hours before the ceasefire.")
    measure = _by_text(tag(text, dt.date(2025, 12, 3)))
    assert [(measure[k].type, measure[k].value) for k in ("days", "the weeks", "hours")] == \
        [("DURATION", "PXD"), ("DURATION", "PXW"), ("DURATION", "PTXH")]
    dated = _by_text(tag(text, dt.date(2025, 12, 3), event_offsets="date"))
    before, after = dated["just days before the talks"], dated["weeks after the talks"]
    assert (before.value, before.interval.first, before.interval.last) == ("2025-12-01", dt.date(2025, 11, 24), dt.date(2025, 11, 30))
    assert (after.value, after.interval.first) == ("2025-12-01", dt.date(2025, 12, 2))
    # the ceasefire is not dated: the whole stays underspecified rather than invent a day
    assert (dated["hours before the ceasefire"].value, dated["hours before the ceasefire"].interval) == ("XXXX-XX-XX", None)


def test_an_amount_from_now_is_a_duration_or_the_date_it_points_to() -> None:
    text = "The WHO will review the declaration in three months. A review will take place in two years' time. Ask me again in a year."
    measure = _by_text(tag(text, dt.date(2020, 3, 1)))
    assert (measure["three months"].type, measure["three months"].value, measure["three months"].interval) == ("DURATION", "P3M", None)
    assert (measure["a year"].type, measure["a year"].value) == ("DURATION", "P1Y")
    dated = _by_text(tag(text, dt.date(2020, 3, 1), event_offsets="date"))
    assert (dated["in three months"].type, dated["in three months"].value) == ("DATE", "2020-06")
    assert (dated["in a year"].type, dated["in a year"].value) == ("DATE", "2021")
    # "... time" is the date ahead in either reading
    for found in (measure, dated):
        assert found["in two years' time"].value == "2022"


def test_a_span_from_now_is_a_duration_or_the_coming_period() -> None:
    text = "Changes to pay take effect over the next week. The plant will be closed for the next year. The next year, it reopened."
    measure = _by_text(tag(text, dt.date(2025, 12, 3)))
    assert [(measure[k].type, measure[k].value) for k in ("the next week", "the next year")] == [("DURATION", "P1W"), ("DURATION", "P1Y")]
    dated = _by_text(tag(text, dt.date(2025, 12, 3), event_offsets="date"))
    assert [(dated[k].type, dated[k].value) for k in ("the next week", "the next year")] == [("DATE", "2025-W50"), ("DATE", "2026")]
    # the year after the one told, in either reading: no span from now
    for found in (measure, dated):
        assert found["The next year"].type == "DATE"


def test_narrative_documents_count_from_the_last_date() -> None:
    text = "The rebels entered the city on March 3, 1991. On Friday, talks began. The following year, elections were held."
    news = _by_text(tag(text, dt.date(2025, 12, 3)))
    narrative = _by_text(tag(text, dt.date(2025, 12, 3), document_type="narrative"))
    assert news["Friday"].value == "2025-11-28"
    assert narrative["Friday"].value == "1991-03-08"
    assert narrative["The following year"].value == "1992"
    with pytest.raises(ValueError, match="document_type"):
        tag(text, None, document_type="novel")  # type: ignore[arg-type]


HISTORY = (
    "In 1914 the town was quiet. In September, troops arrived. Two years later, the front moved. "
    "The archduke was shot on 28 June 1914. Austria declared war on 4 August. The battle began on 1 July 1916 "
    "and ended in mid-November. The army returned in March 1918 and retook it on 22 August. The war ended on "
    "11 November at 11am. In January, the peace talks opened. That summer, the treaty was signed. "
    "Today the town hosts a museum."
)


def test_a_narrative_moves_forward_from_each_date_told() -> None:
    found = [(t.text, t.value) for t in tag(HISTORY, dt.date(2025, 12, 3), document_type="narrative")]
    assert found == [
        ("1914", "1914"), ("September", "1914-09"),  # within the year told, not before it
        ("Two years later", "1916"),
        ("28 June 1914", "1914-06-28"), ("4 August", "1914-08-04"),  # on from the day told
        ("1 July 1916", "1916-07-01"), ("mid-November", "1916-11"),
        ("March 1918", "1918-03"), ("22 August", "1918-08-22"), ("11 November", "1918-11-11"),
        ("11am", "1918-11-11T11:00"), ("January", "1919-01"), ("That summer", "1919-SU"),
        ("Today", "2025-12-03"),  # the present, not the last date of the story
    ]


def test_a_narrative_counts_the_writers_words_from_the_writers_now() -> None:
    text = ("He arrived on Saturday, 12 May 1917. In mid-May the offensive was called off. A chapel was built in 1939, "
            "and a service is still held there. Last April about 300 people attended. The study began in 2022. Results published on Tuesday show a drop. "
            "On 5 June 1944, Eisenhower said the invasion would start tomorrow.")
    found = {t.text: (t.value, t.anchor) for t in tag(text, dt.date(2025, 12, 3), document_type="narrative")}
    assert found["mid-May"][0] == "1917-05"  # within the month told, not a year on
    assert found["Last April"] == ("2025-04", "reference")  # "last", "next", "ago": the writer's
    assert found["Tuesday"] == ("2025-12-02", "reference")  # after a year told, no weekday of that year
    assert found["tomorrow"][0] == "1944-06-06"  # spoken in the story, after a date in its sentence
    fire = ("The fire was reported at 2:14 p.m. on Friday, 6 September 2024. By 9 p.m. the town was empty. "
            "Overnight the wind turned. Crews arrived that afternoon. A judge will consider the settlement on Monday. "
            "Soto was named pitcher of the month for August after the game on 24 September 2024.")
    found = {t.text: t.value for t in tag(fire, dt.date(2025, 12, 3), document_type="narrative")}
    assert found["Overnight"] == "2024-09-06TNI"  # the story's night, not the writer's
    assert found["Monday"] == "2025-12-08"  # a coming event is the writer's
    assert found["August"] == "2024-08"  # a look back of weeks, not a year's leap forward


def test_a_transcript_in_lower_case_has_its_days_and_months() -> None:
    text = ("good evening. the school board met tonight and said the high school will stay closed at least "
            "until friday while engineers inspect the roof. the storm hit on april eighth and damaged four "
            "buildings. in other news the city council voted last monday to raise bus fares in september. "
            "critics may march on city hall.")
    found = {t.text: t.value for t in tag(text, dt.date(2001, 2, 28))}
    assert found["friday"] == "2001-03-02" and found["last monday"] == "2001-02-26"
    assert found["april eighth"] == "2000-04-08" and found["september"] == "2001-09"
    assert "may" not in found and "march" not in found  # verbs stay verbs
    # text with its capitals is read as written: "friday" in lower case there is no day
    assert tag("The Friday prayers. " * 10 + "he said friday was fine.", dt.date(2001, 2, 28))[-1].text == "Friday"


SEED_EXPECTATIONS = {
    # seed: {expression: value}
    "000": {"last Thursday": "2025-11-27", "April–June 2026": "2026-Q2", "June 14, 2024": "2024-06-14",
            "2025": "2025", "Wednesday": "2025-12-03", "today": "2025-12-03", "five-hour": "PT5H"},
    "001": {"five hours": "PT5H"},
    "002": {"Tuesday": "2025-12-02", "Wednesday": "2025-12-03", "Earlier in the week": "2025-W49",
            "the coming days": "PXD", "two weeks": "P2W"},
    "003": {"Tuesday": "2025-12-02", "August": "2025-08", "last week": "2025-W48", "Sunday": "2025-11-30",
            "February 2022": "2022-02", "2014": "2014", "10-year": "P10Y"},
    "004": {"more than five hours": "PT5H", "midnight": "2025-12-03T00:00", "2014": "2014", "2022": "2022",
            "weekend": "2025-W48-WE", "the eve of the talks": "XXXX-XX-XX",
            "days": "PXD"},
}


def test_seed_happening_not_dated_stays_underspecified_when_read_as_a_date() -> None:
    text, published = _seed("004")
    found = _by_text(tag(text, published, event_offsets="date"))
    offset = found["just days before the U.S.–Russia talks"]
    assert (offset.type, offset.value, offset.interval) == ("DATE", "XXXX-XX-XX", None)


@pytest.mark.parametrize("seed", sorted(SEED_EXPECTATIONS))
def test_seed_articles(seed: str) -> None:
    text, published = _seed(seed)
    found = tag(text, published)
    values = {}
    for t in found:
        values.setdefault(t.text, t.value)
    for expression, value in SEED_EXPECTATIONS[seed].items():
        assert values.get(expression) == value, expression
    for quantity in ("28 points", "19–20 points", "19%", "1.2 million", "$100 million", "28-point", "to 19."):
        for m in re.finditer(re.escape(quantity), text):
            assert not [t.text for t in found if t.start < m.end() and m.start() < t.end], quantity


def test_windows_find_what_a_full_scan_finds(monkeypatch) -> None:
    from timeline.temporal import tagger

    texts = [_seed(s) for s in SEED_EXPECTATIONS]
    texts += [(ex.text.replace("[", "").replace("]", ""), ex.reference or dt.date(2025, 12, 3))
              for rule in tagger.RULES for ex in rule.examples]
    windowed = [tag(t, r) for t, r in texts]
    monkeypatch.setattr(tagger, "_windows", lambda positions, length, reach: [(0, length)])
    monkeypatch.setattr(tagger, "_trigger_positions", lambda text: {c: [0] for r in tagger.RULES for c in r.triggers})
    assert [tag(t, r) for t, r in texts] == windowed


def test_importing_the_package_is_cheap() -> None:
    code = ("import sys, timeline.temporal; "
            "print(any(m.startswith(('dateparser', 'timeline.temporal.rules')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "False"
    assert "tag" in timeline.temporal.__all__


@pytest.mark.parametrize(("text", "mod"), [
    ("The talks lasted more than a decade.", "MORE_THAN"),
    ("The vote took less than two hours.", "LESS_THAN"),
    ("He will serve at least five years.", "EQUAL_OR_MORE"),
    ("The loan runs up to six months.", "EQUAL_OR_LESS"),
    ("The strike lasted about two weeks.", "APPROX"),
    ("Patients lost 12% over 72 weeks.", None),  # across, not more than
])
def test_bounded_durations_take_the_amount_modifiers(text: str, mod: str) -> None:
    (found,) = tag(text, dt.date(2025, 12, 3))
    assert (found.type, found.mod) == ("DURATION", mod)


def test_bounded_points_keep_before_and_after() -> None:
    (found,) = tag("The revolution began more than four decades ago.", dt.date(2025, 12, 3))
    assert (found.type, found.value, found.mod) == ("DATE", "1985", "BEFORE")


@pytest.mark.parametrize(
    ("text", "region", "value"),
    [
        ("Crowds celebrated Independence Day.", None, "2025-07-04"),
        ("Crowds celebrated Independence Day.", "US", "2025-07-04"),
        ("Crowds celebrated Independence Day.", "IN", "2025-08-15"),
        ("Crowds celebrated Independence Day.", "pk", "2025-08-14"),
        ("Families gathered for Thanksgiving.", "CA", "2025-10-13"),
        ("The train derailed on the eve of Thanksgiving.", "CA", "2025-10-12"),  # counted from Canada's day
        ("The train derailed the day before Thanksgiving.", "CA", "2025-10-12"),
        ("The train derailed on the eve of Thanksgiving.", None, "2025-11-26"),
        ("Crowds gathered on the eve of Independence Day.", "IN", "2025-08-14"),
        ("Workers marched on Labour Day.", None, "2025-05-01"),
        ("Workers marched on Labour Day.", "CA", "2025-09-01"),
        ("Workers marched on Labour Day.", "AU", "XXXX-XX-XX"),  # each state keeps its own ...
        ("Workers marched on Labour Day in Perth.", "AU", "2025-03-03"),  # ... Western Australia's
        ("Workers marched on Labour Day in Brisbane.", "AU", "2025-05-05"),  # ... Queensland's
        ("Florists were busy on Mother's Day.", "GB", "2025-03-30"),
        ("Florists were busy on Mother's Day.", None, "2025-05-11"),
        ("Crowds celebrated Christmas.", "IN", "2024-12-25"),  # the same everywhere: no regional entry
    ],
)
def test_a_holiday_countries_keep_on_different_days_takes_the_articles_country(text, region, value) -> None:
    (found,) = tag(text, dt.date(2025, 12, 3), region=region)
    assert found.value == value


def test_the_eve_of_a_holiday_told_of_a_country_in_the_text_counts_from_its_day() -> None:
    text = ("OTTAWA - The train derailed on the eve of Thanksgiving. Canada's rail regulator said the Canadian "
            "freight line would reopen. Ontario and Quebec crews helped.")
    found = tag(text, dt.date(2025, 10, 20))
    assert [(t.text, t.value) for t in found] == [("the eve of Thanksgiving", "2025-10-12")]


def test_a_story_from_an_american_city_that_names_canadian_places_keeps_americas_holiday() -> None:
    text = ("The Seattle company will launch a tablet two days before Thanksgiving. It will open a research centre "
            "in Vancouver, British Columbia, and hold its annual meeting in New York.")
    found = tag(text, dt.date(2013, 10, 24))
    assert [(t.text, t.value) for t in found] == [("two days", "P2D"), ("Thanksgiving", "2013-11-28")]
    # without the American cities, the Canadian places make it Canada's (October's second Monday, next year's)
    found = tag(text.replace("Seattle", "Burnaby").replace("New York", "Toronto"), dt.date(2013, 10, 24))
    assert [(t.text, t.value) for t in found] == [("two days", "P2D"), ("Thanksgiving", "2014-10-13")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Students returned after celebrating Eid-ul-Fitr, which fell on March 31, with their families.", "2025-03-31"),
    ("In Pakistan, Eid-ul-Fitr will be celebrated on Monday.", "2025-03-31"),
    ("Students returned after celebrating Eid-ul-Fitr with their families.", "2025-03-30"),  # the tables' day
    ("In Pakistan, Eid-ul-Fitr will be celebrated on Wednesday.", "2025-03-30"),  # none within two days: the tables'
])
def test_a_feast_kept_by_the_sighted_moon_is_on_the_day_the_text_says_it_falls(text: str, expected: str) -> None:
    found = _by_text(tag(text, dt.date(2025, 4, 9)))
    assert found["Eid-ul-Fitr"].value == expected


def test_hindu_festivals_come_from_tables_and_keep_a_year_past_them() -> None:
    found = tag("Diwali was celebrated with fireworks. Diwali 2040 is far off.", dt.date(2026, 3, 1))
    assert [(t.text, t.value) for t in found] == [("Diwali", "2025-10-20"), ("Diwali 2040", "2040-XX-XX")]


@pytest.mark.parametrize(
    ("text", "region", "value", "first", "last"),
    [
        # India (and Britain, Japan, Canada ...): the fiscal year runs April to March, named by its end
        ("Revenue for FY25 rose 8%.", "IN", "2024-04/2025-03", "2024-04-01", "2025-03-31"),
        ("Exports rose in fiscal 2024-25.", "IN", "2024-04/2025-03", "2024-04-01", "2025-03-31"),
        ("Tax receipts in the 2023-24 financial year fell.", "GB", "2023-04/2024-03", "2023-04-01", "2024-03-31"),
        ("The Budget for 2025-26 was tabled in Parliament.", "IN", "2025-04/2026-03", "2025-04-01", "2026-03-31"),
        ("Net profit for Q3 FY25 rose 12%.", "IN", "2024-Q4", "2024-10-01", "2024-12-31"),
        ("Results for the fourth quarter of fiscal 2025 beat forecasts.", "IN", "2025-Q1", "2025-01-01", "2025-03-31"),
        # Australia: July to June
        ("Revenue for FY25 rose 8%.", "AU", "2024-07/2025-06", "2024-07-01", "2025-06-30"),
        ("Net profit for Q1 FY26 rose.", "AU", "2025-Q3", "2025-07-01", "2025-09-30"),
        # no region, or one where each company keeps its own: the label's calendar year
        ("Revenue for FY25 rose 8%.", None, "2025", "2025-01-01", "2025-12-31"),
        ("Revenue for fiscal 2025 rose 8%.", "US", "2025", "2025-01-01", "2025-12-31"),
        # Britain: the government's split year is national, a company's "FY25" is not
        ("Revenue for FY25 rose 8%.", "GB", "2025", "2025-01-01", "2025-12-31"),
        # not a fiscal year, whatever the region
        ("The 2024-25 season ended in May.", "IN", "2024", "2024-01-01", "2025-12-31"),
        ("Sales fell in 2025.", "IN", "2025", "2025-01-01", "2025-12-31"),
        # a season in the south is the north's opposite months; the value keeps the season named
        ("The fires burned through last summer.", "AU", "2024-SU", "2024-12-01", "2025-02-28"),
        ("The Black Summer of 2019-20 burned 24 million hectares.", "AU", "2019-SU", "2019-12-01", "2020-02-29"),
        ("The vote is expected in the spring.", "NZ", "2026-SP", "2026-09-01", "2026-11-30"),
        ("The vote is expected in the spring.", "GB", "2026-SP", "2026-03-01", "2026-05-31"),
    ],
)
def test_a_region_gives_a_fiscal_year_or_a_season_its_own_months(text, region, value, first, last) -> None:
    found = [t for t in tag(text, dt.date(2025, 12, 3), region=region) if t.type == "DATE"][0]
    assert (found.value, str(found.interval.first), str(found.interval.last)) == (value, first, last)


def test_a_quarter_of_a_fiscal_year_code_is_one_expression() -> None:
    (found,) = tag("Net profit for the third quarter of FY25 rose 12%.", dt.date(2025, 1, 20), region="IN")
    assert (found.text, found.value) == ("the third quarter of FY25", "2024-Q4")



def test_a_live_blogs_time_stamps_are_the_day_of_writing() -> None:
    text = ("Budget day live\n\n"
            "1.32pm The chancellor sat down moments ago. The markets will give their verdict at 9.30am tomorrow.\n\n"
            "12.41pm Social care will get an extra £2bn, with £1bn arriving next month.\n\n"
            "A timeline of Saturday's blast:\n"
            "- 6:40 p.m. Saturday: First explosion.\n"
            "- 7:02 p.m.: The first fire crews arrive.\n")
    found = _by_text(tag(text, dt.date(2017, 3, 8)))
    assert found["1.32pm"].value == "2017-03-08T13:32"
    assert found["12.41pm"].value == "2017-03-08T12:41"
    assert found["9.30am tomorrow"].value == "2017-03-09T09:30"
    # an item of a list goes on from the day the item before it told
    assert found["7:02 p.m."].value == "2017-03-04T19:02"


def test_a_dated_lists_entries_take_the_year_and_the_week_they_head() -> None:
    text = ("Key moments:\n\n"
            "March 2022 -- A column stalls north of Kyiv. Russia seizes the city of Kherson on March 2.\n\n"
            "Oct. 8 -- Six central banks cut rates.\n\n"
            "Thursday -- The Dow closes below 9,000 for the first time since June 2003.\n")
    found = _by_text(tag(text, dt.date(2023, 10, 13)))
    assert found["March 2"].value == "2022-03-02"
    assert found["Thursday"].value == "2023-10-12"


def test_a_sentence_that_opens_on_a_day_long_past_frames_the_times_after_it() -> None:
    # (an article that opens "On this day five years ago" is no almanac column: its day is five years back)
    text = ("On this day five years ago, a cloudburst dumped 210 mm of rain on the hills. By 4 am, the river had "
            "risen by nine metres. A record was set on July 9, 1936. At the airport, the mercury hit 108 at 2:30 p.m.")
    found = _by_text(tag(text, dt.date(2005, 4, 11)))
    assert found["4 am"].value == "2000-04-11T04:00"
    assert found["2:30 p.m."].value == "2005-04-11T14:30"  # a record's day is background, not a frame


def test_a_clock_time_with_no_day_keeps_to_the_day_of_the_news() -> None:
    # a coming deadline told hour by hour before a past time is not its day
    text = ("The governor ordered 380,000 people to leave their homes by noon Friday.\n\n"
            "The National Hurricane Center's 5 p.m. advisory placed the storm 240 miles south of Tampa.")
    assert _by_text(tag(text, dt.date(2004, 8, 12)))["5 p.m."].value == "2004-08-12T17:00"
    # a present clause paragraphs after a coming day told in passing: the day the story opens with
    text = ("Polls opened at 7am in 650 constituencies across Britain.\n\n"
            "The new parliament meets on May 18, and the Queen's Speech is scheduled for May 25.\n\n"
            "The BBC's election night programme begins at 9.55pm.")
    assert _by_text(tag(text, dt.date(2010, 5, 6)))["9.55pm"].value == "2010-05-06T21:55"
    # ... but a coming day the story opens with is kept
    text = ("Kingsbridge meet Ashford in Saturday's cup final at Wembley.\n\n"
            "The manager said his side trained on Monday without injury worries.\n\n"
            "Kick-off is at 3pm.")
    assert _by_text(tag(text, dt.date(2014, 5, 14)))["3pm"].value == "2014-05-17T15:00"
    # ... even when the opening paragraph tells the day of writing first
    text = ("Bayern and Dortmund held their final training sessions at Wembley on Friday ahead of Saturday's final.\n\n"
            "Kickoff is at 7:45 p.m. local time.")
    assert _by_text(tag(text, dt.date(2013, 5, 24)))["7:45 p.m. local time"].value == "2013-05-25T19:45"
    # ... and over coming days told in passing after a past one in other paragraphs
    text = ("Fans are expected to line George Street tomorrow night for the world premiere.\n\n"
            "The epic opens in cinemas on Wednesday and in the United States on November 26.\n\n"
            '"This time last year we were still shooting cattle scenes," he said.\n\n'
            "The red carpet arrivals begin at 6pm outside the State Theatre.")
    assert _by_text(tag(text, dt.date(2008, 11, 2)))["6pm"].value == "2008-11-03T18:00"


def test_a_timestamp_is_one_time_of_its_date() -> None:
    text = ("Mumbai rains live: schools shut on Monday\n\nLast updated: September 10, 2017 20:35 IST\n\n"
            "Updated: May 23, 2019, 6:20 PM IST\n\nThe hearing is on Sept. 12, 2017, at 3 p.m. "
            "On March 3, 2014, 10 people died.")
    found = _by_text(tag(text, dt.date(2017, 9, 10)))
    assert (found["September 10, 2017 20:35 IST"].type, found["September 10, 2017 20:35 IST"].value) == ("TIME", "2017-09-10T20:35")
    assert found["May 23, 2019, 6:20 PM IST"].value == "2019-05-23T18:20"
    # with a word between, or a count after the date, they stay apart
    assert (found["Sept. 12, 2017"].value, found["3 p.m."].value) == ("2017-09-12", "2017-09-12T15:00")
    assert found["March 3, 2014"].value == "2014-03-03" and "10" not in found


def test_a_weekday_and_the_clock_after_its_comma_are_one_time() -> None:
    text = ("CALENDAR\n\n- Friday, March 6, 8:30 a.m.: Retail sales for February.\n- Thursday, 2 p.m.: Minutes of the "
            "last meeting.\n\nMonday, 8:40 p.m. - Residents were urged to lock their doors.")
    found = _by_text(tag(text, dt.date(1992, 2, 27)))
    assert (found["Friday, March 6, 8:30 a.m."].type, found["Friday, March 6, 8:30 a.m."].value) == ("TIME", "1992-03-06T08:30")
    assert found["Thursday, 2 p.m."].type == "TIME" and found["Monday, 8:40 p.m."].value == "1992-02-24T20:40"
    # a time that opens a range stays apart from its day, and so does a day told day first
    found = _by_text(tag("Clinics: Sat., Feb. 29, 9 a.m. to 1 p.m. Parade: Saturday 4 July, 2pm.", dt.date(1992, 2, 27)))
    assert (found["Sat., Feb. 29"].type, found["9 a.m."].value, found["1 p.m."].value) == \
        ("DATE", "1992-02-29T09:00", "1992-02-29T13:00")
    assert (found["Saturday 4 July"].type, found["2pm"].value) == ("DATE", "1992-07-04T14:00")


def test_a_month_heading_a_list_entry_is_a_month_of_the_year_its_entry_tells() -> None:
    text = ("2012: the year in graft\n\nJANUARY\n\nA governor resigned.\n\nMARCH\n\nOn March 15, two politicians fell.\n\n"
            "May: Prosecutors charged a senator on May 2.\n\nJUNE\n\nA former prime minister began his sentence.\n\n"
            "OCTOBER\n\nA mayor was convicted on Oct. 9.")
    found = _by_text(tag(text, dt.date(2012, 12, 18)))
    assert [found[m].value for m in ("JANUARY", "MARCH", "May", "JUNE", "OCTOBER")] == \
        ["2012-01", "2012-03", "2012-05", "2012-06", "2012-10"]
    # a speaker's name in a transcript is no month
    found = _by_text(tag("Theresa May met the press.\n\nMay: We will deliver.", dt.date(2019, 3, 1)))
    assert "May" not in found


def test_a_tours_day_heading_with_its_place_dates_the_times_and_parts_of_the_day_under_it() -> None:
    text = ("The programme is as follows.\n\nMonday, March 5 (Canberra)\n3.30pm: Arrival at Fairbairn RAAF base\n"
            "Afternoon: The King visits the CSIRO\n\nWednesday, March 7 (Melbourne)\nMorning: Business seminar\n6pm: Reception")
    found = _by_text(tag(text, dt.date(1990, 2, 20)))
    assert [(found[t].type, found[t].value) for t in ("3.30pm", "Afternoon", "Morning", "6pm")] == [
        ("TIME", "1990-03-05T15:30"), ("TIME", "1990-03-05TAF"), ("TIME", "1990-03-07TMO"), ("TIME", "1990-03-07T18:00")]
    # a part of the day heading a line outside a list of times is no time ("Morning: what you need to know")
    assert tag("Morning: what you need to know about the budget.", dt.date(1990, 2, 20)) == []


def test_a_list_headed_as_what_is_to_come_runs_ahead() -> None:
    text = ("Central banks cut rates again this week.\n\nNEXT WEEK\n- Monday: Euro-zone finance ministers meet.\n"
            "- Tuesday: British retail price inflation, 9:30 a.m.\n- Friday: U.S. consumer prices.")
    found = _by_text(tag(text, dt.date(2001, 11, 9)))  # a Friday
    assert [found[t].value for t in ("Monday", "Tuesday", "9:30 a.m.", "Friday")] == \
        ["2001-11-12", "2001-11-13", "2001-11-13T09:30", "2001-11-16"]
    found = _by_text(tag("Results\n\nComing up\n\nSaturday: Sligo Stages Rally.\nSunday: Mondello Park.", dt.date(1994, 6, 27)))
    assert (found["Saturday"].value, found["Sunday"].value) == ("1994-07-02", "1994-07-03")
    # entries in capitals are entries too; a heading between, even one a weekday's letters open, is the list's own
    text = ("THE WEEK AHEAD\n\nMONDAY: Finance ministers meet.\nTUESDAY: Inflation figures.")
    found = _by_text(tag(text, dt.date(2001, 11, 9)))
    assert (found["MONDAY"].value, found["TUESDAY"].value) == ("2001-11-12", "2001-11-13")
    text = "Coming up\n\nSaturday: Sligo Stages Rally.\n\nMonetary policy\n\n- Monday: The central bank held rates."
    assert _by_text(tag(text, dt.date(1994, 6, 29)))["Monday"].value == "1994-06-27"
    # under another heading the entries are the days just gone, as a log's are
    found = _by_text(tag("Police log\n\n- Monday: A car was towed.\n- Tuesday: A shed was broken into.", dt.date(2001, 11, 9)))
    assert (found["Monday"].value, found["Tuesday"].value) == ("2001-11-05", "2001-11-06")


def test_a_live_blogs_stamps_cross_midnight_the_nearer_way() -> None:
    # newest first, written the morning after: the entries before midnight are the evening before
    text = ("Election live\n\n01:12 The first seat changes hands.\n\n23:41 Sunderland declares first, at 22:48.\n\n"
            "22:00 Polls have closed.")
    found = _by_text(tag(text, dt.date(2015, 5, 8)))
    assert [found[t].value for t in ("01:12", "23:41", "22:00")] == ["2015-05-08T01:12", "2015-05-07T23:41", "2015-05-07T22:00"]
    # told forward, into the small hours: the day after
    text = "Count live\n\n22:30 Polls have closed.\n\n23:50 The first result is in.\n\n00:40 A recount is called."
    found = _by_text(tag(text, dt.date(2015, 5, 7)))
    assert [found[t].value for t in ("22:30", "23:50", "00:40")] == ["2015-05-07T22:30", "2015-05-07T23:50", "2015-05-08T00:40"]


@pytest.mark.parametrize("stamps", [("12:41 a.m.", "11:15 p.m.", "6:15 p.m."), ("00:41", "23:15", "18:15")])
def test_a_live_blog_with_no_heading_stamps_from_its_first_line(stamps) -> None:
    first, second, third = stamps
    text = (f"{first} Okafor told supporters the race was going to a runoff.\n\n{second} Hadley has not conceded.\n\n"
            f"{third} A judge ordered two precincts to stay open an extra hour.")
    found = _by_text(tag(text, dt.date(2025, 11, 5)))
    assert [found[t].value[:10] for t in stamps] == ["2025-11-05", "2025-11-04", "2025-11-04"]


def test_a_live_blog_entry_of_the_day_before_dates_its_times_and_its_morning() -> None:
    text = ("Last updated 12:50 a.m.\n\n12:41 a.m. Okafor told supporters the race was going to a runoff.\n\n"
            "11:15 p.m. Hadley has not conceded. A spokeswoman says he will speak to supporters Wednesday morning.\n\n"
            "6:15 p.m. A judge has ordered two precincts to stay open until 8 p.m., after voting machines there failed "
            "to start when polls opened this morning.")
    found = _by_text(tag(text, dt.date(2025, 11, 5)))
    assert (found["8 p.m."].value, found["this morning"].value, found["Wednesday morning"].value) == \
        ("2025-11-04T20:00", "2025-11-04TMO", "2025-11-05TMO")
    # a police log's stamps name their own days; its entries' days are not counted from the stamp before
    text = ("Police log\n\n9:42 p.m. Friday -- A car was towed.\n\n1:15 a.m. Saturday -- Officers answered a "
            "noise complaint.\n\nSunday, between 3 and 5 p.m. -- A garage was broken into.")
    found = _by_text(tag(text, dt.date(2006, 3, 21)))
    assert (found["1:15 a.m. Saturday"].value, found["Sunday"].value) == ("2006-03-18T01:15", "2006-03-19")


def test_a_clock_time_far_from_any_day_takes_the_news_day_not_the_dateline() -> None:
    # the dateline dates the writing; the lede's "on Thursday" dates the news the time belongs to
    text = ("CHICAGO, Sept 12 (Reuters) - The U.S. Department of Agriculture on Thursday raised its forecast for the "
            "soybean harvest to a record, sending futures to four-year lows as ideal weather pushed yields higher.\n\n"
            "In its monthly report the department pegged the average yield at 46.6 bushels per acre, up from 45.4 in "
            "August. The corn crop was put at 14.395 billion bushels, also a record, with yields of 171.7 bushels.\n\n"
            '"There is no weather problem left to trade," said an analyst. "We had a cool, wet July and a benign '
            'August, and the crop is simply huge."\n\nThe report was released at noon CDT.')
    found = _by_text(tag(text, dt.date(2014, 9, 12)))
    assert found["noon CDT"].value == "2014-09-11T12:00" and "14.39" not in found
    # a day a noun is of, before the day of the news: the news's ("some of Monday's losses on Tuesday") ...
    text = ("NEW YORK, Sept 16 (Reuters) - U.S. stocks clawed back some of Monday's steep losses on Tuesday after the "
            "Federal Reserve left interest rates unchanged, but investors remained on edge over the fate of AIG.\n\n"
            "The Dow ended up about 1.3 percent. The Fed kept its benchmark rate at 2 percent at the end of a one-day "
            "meeting, saying it would act as needed to promote stability and liquidity in financial markets.\n\n"
            "Some traders had bet on a cut of at least a quarter of a percentage point, and were disappointed.\n\n"
            "Stocks swung sharply. The Dow fell as much as 1.5 percent before bank shares recovered in the afternoon.")
    assert _by_text(tag(text, dt.date(2008, 9, 16)))["the afternoon"].value == "2008-09-16TAF"
    # ... but not the day a saying is told on ("Monday night's broadcast drew ..., ABC said Tuesday")
    text = ("LOS ANGELES (AP) _ Monday night's Academy Awards broadcast drew its largest audience in more than a "
            "decade, ABC said Tuesday, as viewers tuned in to watch a Holocaust drama sweep the top prizes.\n\n"
            "The network said preliminary figures from the A.C. Nielsen Co. showed the ceremony averaged a 32.5 "
            "rating and a 50 share, up from a 29.8 rating last year. Each point is 942,000 households.\n\n"
            "The telecast, which began at 6 p.m. PST and ran three hours, peaked in its final half-hour.")
    assert _by_text(tag(text, dt.date(1994, 3, 22)))["6 p.m. PST"].value == "1994-03-21T18:00"


def test_a_piece_looking_back_keeps_the_year_of_the_story_it_tells() -> None:
    text = ("Apollo 11 crew recalls first steps, 25 years ago\n\n"
            "The mission began on July 16, 1969, when a Saturn V rocket lifted off from Kennedy Space Center at "
            "9:32 a.m. Four days later the lunar module touched down at 4:17 p.m.\n\n"
            "The two astronauts spent about 2 1/2 hours walking on the moon. The crew splashed down in the Pacific "
            "on July 24, ending a mission of just over eight days. Armstrong spoke at a dinner on Wednesday.")
    found = _by_text(tag(text, dt.date(1994, 7, 20)))
    assert found["July 24"].value == "1969-07-24" and found["Wednesday"].value == "1994-07-20"
    # the year nearest the story's date: a summit that opened two days before the signing is of its year
    text = ("Fifty years ago this week, 35 leaders signed the Helsinki Final Act. The act was signed on Aug. 1, 1975, "
            "by Ford and Brezhnev, at the end of a three-day summit that opened on July 30.")
    assert _by_text(tag(text, dt.date(2025, 7, 31)))["July 30"].value == "1975-07-30"
    # not once the story has come back to now ("Her body has never been found"), nor outside such a piece
    text = ("Police will reopen the case of a teenager who vanished 30 years ago.\n\nShe vanished on the night of "
            "Saturday, 9 March 1985. Her body has never been found.\n\nThe inquest, held over eight days in May and "
            "June, heard that the investigation had been inadequate.")
    assert _by_text(tag(text, dt.date(2015, 7, 26)))["May"].value == "2015-05"


def test_a_log_headed_by_weekdays_puts_each_entry_on_its_day() -> None:
    text = ("POLICE REPORTS\n\nPolice responded to the following calls last week.\n\nMONDAY\n\n6:12 a.m.: A resident "
            "reported a package taken from her porch.\n\n5:40 p.m.: A two-car crash sent one driver to hospital.\n\n"
            "TUESDAY\n\n12:03 a.m.: A caller reported a man trying car door handles.")
    found = _by_text(tag(text, dt.date(2014, 11, 23)))
    assert [found[t].value for t in ("MONDAY", "6:12 a.m.", "5:40 p.m.", "TUESDAY", "12:03 a.m.")] == [
        "2014-11-17", "2014-11-17T06:12", "2014-11-17T17:40", "2014-11-18", "2014-11-18T00:03"]
    # an entry headed by its day and told in the past is of the week gone, however far back
    text = ("Crews answered 97 calls during Christmas week. Among them:\n\nMonday: A Christmas tree fire was reported "
            "at 4:12 p.m.. The family escaped.\n\nTuesday: Medics treated two people at 6:30 a.m..")
    found = _by_text(tag(text, dt.date(2000, 12, 31)))
    assert [found[t].value for t in ("Monday", "4:12 p.m.", "Tuesday")] == ["2000-12-25", "2000-12-25T16:12", "2000-12-26"]


def test_a_date_a_witness_tells_frames_no_story() -> None:
    text = ("Delmonico, who led the city from 2005 to 2012, has pleaded not guilty.\n\nOne developer told investigators "
            "he handed the mayor an envelope containing $25,000 on Dec. 14, 2009, according to court papers. "
            "Delmonico was indicted in March, two months after FBI agents searched his home.")
    assert _by_text(tag(text, dt.date(2014, 1, 13)))["March"].value == "2013-03"


def test_a_day_heading_a_line_before_a_clock_time_stays_a_day() -> None:
    # "23 July\n20:55": the number on the next line is the entry's clock time, not a year
    text = "Olympics live\n\nFriday 23 July\n\n20:55 Emperor Naruhito arrives."
    found = [(t.text, t.value) for t in tag(text, dt.date(2021, 7, 24))]
    assert found == [("Friday 23 July", "2021-07-23"), ("20:55", "2021-07-23T20:55")]


def test_a_story_update_stamp_is_on_the_day_of_writing() -> None:
    # "ORIGINAL STORY, 7:30 a.m.:" heads the story as first written, not the day the line before told
    text = ("Police arrested the suspect. He will appear in court on Monday morning.\n\n"
            "ORIGINAL STORY, 7:30 a.m.: A man is in critical condition.")
    found = _by_text(tag(text, dt.date(2018, 9, 14)))
    assert found["7:30 a.m."].value == "2018-09-14T07:30"
    text = "Schools will close.\n\nUPDATE (9:30 p.m.): More schools have canceled classes Wednesday."
    assert _by_text(tag(text, dt.date(2018, 1, 2)))["9:30 p.m."].value == "2018-01-02T21:30"


def test_a_day_a_quotation_tells_is_no_day_of_a_clock_time_after_it() -> None:
    text = ('Howard said the day belonged to "every Australian, whether their family arrived 200 years ago or last '
            'Tuesday".\n\nAt Farm Cove, the ferrython got under way at 11am in front of a crowd of 30,000.')
    assert _by_text(tag(text, dt.date(2005, 1, 26)))["11am"].value == "2005-01-26T11:00"


@pytest.mark.parametrize("heading", ["## Wednesday, Oct. 8", "Wednesday 8 October"])
def test_a_live_blogs_day_heading_in_markdown_or_on_the_first_line_dates_its_stamps(heading) -> None:
    text = (f"{heading}\n\n22:40 Duke Energy reports 210,000 customers without power.\n\n"
            "## Thursday, Oct. 9\n\n02:50 Delphine has made landfall near Cedar Key.\n")
    found = _by_text(tag(text, dt.date(2025, 10, 9)))
    assert (found["22:40"].value, found["02:50"].value) == ("2025-10-08T22:40", "2025-10-09T02:50")


def test_a_title_case_headline_tells_durations_a_name_would_not() -> None:
    found = tag("Fed Cuts Rates for Third Time in Seven Weeks\n\nRed Sox Sign Medina to Four-Year Extension, "
                "as The Thirty Years War shows.", dt.date(1998, 11, 17))
    assert [(t.text, t.value) for t in found] == [("Seven Weeks", "P7W")]


def test_earlier_or_later_this_period_lies_on_its_side_of_the_day_of_writing() -> None:
    found = _by_text(tag("A poll published earlier this month put him on 44. The vote is later this week.",
                         dt.date(2025, 11, 5)))
    assert (found["earlier this month"].interval.first, found["earlier this month"].interval.last) == \
        (dt.date(2025, 11, 1), dt.date(2025, 11, 4))
    assert (found["later this week"].interval.first, found["later this week"].interval.last) == \
        (dt.date(2025, 11, 6), dt.date(2025, 11, 9))
    # "early this month" is the month's first part, whatever the day of writing
    assert _by_text(tag("Early this month it rose.", dt.date(2025, 11, 5)))["Early this month"].interval.last == \
        dt.date(2025, 11, 10)


def test_a_tables_rows_take_the_year_its_caption_names() -> None:
    text = ("The Bank's 2025 schedule:\n\n| Date | Decision | Policy rate |\n|---|---|---|\n"
            "| June 4 | hold | 2.75% |\n| July 30 | held | 2.75% |\n| Oct. 29 | | |\n")
    found = _by_text(tag(text, dt.date(2025, 9, 15)))
    assert [found[day].value for day in ("June 4", "July 30", "Oct. 29")] == ["2025-06-04", "2025-07-30", "2025-10-29"]
    # a table under no caption with a year: each row by its own reading ("hold" looks ahead)
    bare = _by_text(tag("| Date | Decision |\n|---|---|\n| June 4 | hold |\n", dt.date(2025, 9, 15)))
    assert bare["June 4"].value == "2026-06-04"


def test_a_tables_row_takes_no_tense_from_its_header() -> None:
    # "Stores closed" heads the column; a row with no verb is the date nearest the day of writing
    text = "| Date | Stores closed | Where |\n|---|---|---|\n| Feb. 28 | 74 | US |\n| March 31 | 22 | Canada |\n"
    found = _by_text(tag(text, dt.date(2026, 3, 13)))
    assert (found["Feb. 28"].value, found["March 31"].value) == ("2026-02-28", "2026-03-31")


def test_a_time_in_a_line_headed_by_its_date_is_that_days() -> None:
    text = ("Hearings will resume on 23 March.\n\nHow it unfolded\n\n- 8 March: the first six miners are brought up\n"
            "- 10 March: the last of the 14 is brought out at 11.47am\n")
    assert _by_text(tag(text, dt.date(2026, 3, 17)))["11.47am"].value == "2026-03-10T11:47"


def test_a_live_blogs_morning_stamp_places_its_midnight_and_its_dawn_on_the_night_just_gone() -> None:
    text = ("07:55 Good morning. We are following the eruption, which began shortly before midnight local time.\n\n"
            "08:10 The volcanology centre says the eruption started at 11:42pm WITA on Wednesday.\n\n"
            "08:40 At least 9,000 residents have been evacuated since dawn, the disaster agency says.\n")
    found = _by_text(tag(text, dt.date(2025, 11, 6)))
    assert found["midnight local time"].value == "2025-11-05T24:00"  # the midnight that began the day of writing
    assert found["08:10"].value == "2025-11-06T08:10"
    assert found["11:42pm"].value == "2025-11-05T23:42"
    assert found["dawn"].value == "2025-11-06TMO"  # before its entry's stamp: that morning's, not Wednesday's


def test_a_match_reports_full_time_is_no_place_of_a_clock_time() -> None:
    text = "3.00pm We're under way.\n\n4.52pm Full time: Redbridge 2-0 Bolden Forest.\n\n6 p.m. Moscow time is the deadline."
    found = _by_text(tag(text, dt.date(2025, 12, 13)))
    assert found["4.52pm"].value == "2025-12-13T16:52"
    assert "6 p.m. Moscow time" in found


@pytest.mark.parametrize("seed", range(20))
def test_select_keeps_what_a_check_against_every_kept_span_keeps(seed) -> None:
    # (the kept spans are looked up by position, not each checked: a long article's tagging was quadratic)
    import random

    from timeline.temporal.tagger import _select

    rng = random.Random(seed)
    candidates = []
    for order in range(200):
        start = rng.randrange(0, 400)
        candidates.append((start, start + rng.randrange(1, 30), rng.randrange(0, 50), None, f"rule{order}"))
    kept, taken = [], []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[2], c[0])):
        if not any(cand[0] < end and start < cand[1] for start, end in taken):
            kept.append(cand)
            taken.append((cand[0], cand[1]))
    assert _select(candidates) == sorted(kept, key=lambda c: c[0])


@pytest.mark.parametrize("bullet", ["- **{}**", "- {}", "* {}"])
def test_a_list_of_stamped_items_under_a_day_heading_is_that_days(bullet) -> None:
    item = lambda t: bullet.format(t)  # noqa: E731
    text = ("Wednesday 11 March\n\n"
            f"{item('09:15')} Council leader Joanne Pike arrives at the estate.\n"
            f"{item('13:30')} The prime minister says she was horrified by the pictures she saw yesterday.\n\n"
            "Tuesday 10 March\n\n"
            f"{item('02:17')} The first call is made to the fire service.\n"
            f"{item('23:40')} The fire is still burning.\n")
    found = _by_text(tag(text, dt.date(2026, 3, 11)))
    assert [found[t].value for t in ("09:15", "13:30", "02:17", "23:40")] == \
        ["2026-03-11T09:15", "2026-03-11T13:30", "2026-03-10T02:17", "2026-03-10T23:40"]
    assert found["yesterday"].value == "2026-03-10"  # (the entry's own "yesterday" stays its own)


def test_a_list_whose_items_tell_their_own_days_is_not_a_days_stamps() -> None:
    # a dated line between the heading and the item: the heading is not the list's
    text = ("Wednesday 11 March\n\nThe fire began on Tuesday night.\n\n"
            "- 6:40 p.m. Saturday: First explosion.\n- 7:02 p.m.: The first fire crews arrive.\n")
    found = _by_text(tag(text, dt.date(2026, 3, 11)))
    assert found["7:02 p.m."].value == "2026-03-07T19:02"
    # a bare time opening a list item with no day heading above it is a time of the day of writing
    found = _by_text(tag("Fire live\n\n- 07:40 Crews say the blaze is still burning.\n", dt.date(2026, 3, 11)))
    assert found["07:40"].value == "2026-03-11T07:40"


def test_a_table_of_clock_times_after_its_days_lead_in_is_that_days() -> None:
    table = "\n\n| Time | What happened |\n|---|---|\n| 16:00 | Gates open |\n| 19:45 | Crush begins at the north gate |\n"
    found = _by_text(tag("The review sets out the evening of 25 April minute by minute:" + table, dt.date(2026, 9, 1)))
    assert (found["16:00"].value, found["19:45"].value) == ("2026-04-25T16:00", "2026-04-25T19:45")
    # a lead-in that does not introduce the table with a colon lends it no day
    found = _by_text(tag("The crush happened on 25 April." + table, dt.date(2026, 9, 1)))
    assert found["16:00"].value != "2026-04-25T16:00"
    # a time in a later cell, a race's as often as a clock's, is not read
    results = "Results on 25 April:\n\n| Runner | Time |\n|---|---|\n| Kiprop | 12:37 |\n"
    assert "12:37" not in _by_text(tag(results, dt.date(2026, 9, 1)))


def test_times_after_the_day_heading_a_list_line_leave_it_that_days() -> None:
    text = ("The public inquiry into the fire opened on Monday.\n\nHow it unfolded\n\n"
            "- 10 March: Alarm raised at 2.17am; first engine arrives at 2.23am\n")
    found = _by_text(tag(text, dt.date(2026, 9, 7)))
    assert (found["2.17am"].value, found["2.23am"].value) == ("2026-03-10T02:17", "2026-03-10T02:23")
    # another day told on the line takes over
    found = _by_text(tag("- 10 March: Alarm raised at 2.17am; the inquiry opened on Monday at 10am\n", dt.date(2026, 9, 7)))
    assert found["10am"].value == "2026-09-07T10:00"


def test_an_items_own_this_morning_and_yesterday_count_from_its_headings_day() -> None:
    # as a live blog's stamped lines do: the entry's day, not the day of writing
    text = ("Wednesday 11 March\n\n- 07:40 Crews say it is out.\n\nTuesday 10 March\n\n"
            "- 23:40 Crews say the fire began this morning.\n- 23:50 The mayor said yesterday that crews were ready.\n")
    found = _by_text(tag(text, dt.date(2026, 3, 11)))
    assert (found["this morning"].value, found["yesterday"].value) == ("2026-03-10TMO", "2026-03-09")


def test_an_almanac_entry_tells_what_happened_on_the_day_of_writing_in_its_year() -> None:
    text = ("Today in History\n\nToday is Monday, Feb. 2, the 33rd day of 2004.\n\nOn this date:\n\n"
            "In 1959, Buddy Holly was killed when his plane crashed early the next morning.\n\n"
            "In 1972, Apollo 17 was launched shortly after midnight.\n\n"
            "Last year: Search teams recovered debris from Columbia, which broke apart the previous day.")
    found = _by_text(tag(text, dt.date(2004, 2, 2)))
    assert found["the 33rd day of 2004"].value == "2004-02-02"
    assert found["1959"].value == "1959"  # the year keeps its own value; its day anchors what follows
    assert found["early the next morning"].value == "1959-02-03TMO"
    assert found["midnight"].value == "1972-02-02T00:00"
    assert found["the previous day"].value == "2003-02-01"


def test_a_year_labels_an_almanac_line_and_no_date_runs_across_a_blank_line() -> None:
    text = "On this day: 18 October\n\n1867: The United States took possession of Alaska, bought earlier that year."
    found = _by_text(tag(text, dt.date(2004, 10, 18)))
    assert found["18 October"].value == "2004-10-18"
    assert found["1867"].value == "1867"
    assert found["earlier that year"].value == "1867"


def test_a_day_long_past_told_with_its_hour_is_a_happening_the_story_goes_on_with() -> None:
    text = ("Hundreds stood in the rain yesterday to remember the 27 miners killed in the explosion.\n\n"
            "The blast ripped through the seam at 10.40am on Monday, March 15, 1954. Rescuers worked through the night "
            "and into the following day, but only four men were brought out alive.")
    found = _by_text(tag(text, dt.date(2004, 3, 15)))
    assert found["the night"].value == "1954-03-15TNI"
    assert found["the following day"].value == "1954-03-16"


def test_the_writings_day_stamped_under_the_headline_is_no_day_of_the_news() -> None:
    text = ("Oppenheimer sweeps Golden Globes\n\n9 January 2024\n\n"
            "Christopher Nolan's film won five Golden Globes at Sunday night's ceremony in Beverly Hills. "
            "Cillian Murphy was named best actor in a drama, while Robert Downey Jr. took the supporting actor prize "
            "and Nolan was named best director. Yorgos Lanthimos's film beat Barbie to the award for best musical or "
            "comedy film, and its star Emma Stone won best actress in the same category.\n\n"
            "Lily Gladstone became the first Indigenous performer to win best actress in a drama, for a film about "
            "murders in Oklahoma. Barbie, the highest-grossing film of the year, had gone into the evening with nine "
            "nominations, but left with just two.")
    found = _by_text(tag(text, dt.date(2024, 1, 9)))
    assert found["9 January 2024"].value == "2024-01-09"
    assert found["Sunday night"].value == "2024-01-07TNI"
    assert found["the evening"].value == "2024-01-07TEV"  # the ceremony's evening, told 400 characters on


def test_a_month_told_a_paragraph_before_frames_no_day_told_alone() -> None:
    text = ("I would urge them to start now, before my daughter begins her GCSE course in September 2014.\n\n"
            "In the meantime, my son has a week off before his final paper on the 18th.")
    found = _by_text(tag(text, dt.date(2013, 6, 12)))
    assert found["September 2014"].value == "2014-09"
    assert found["the 18th"].value == "2013-06-18"
    text = "Her course begins in September 2014. The first lecture is on the 18th."  # (the same paragraph: that month's)
    assert _by_text(tag(text, dt.date(2013, 6, 12)))["the 18th"].value == "2014-09-18"


def test_a_live_blogs_stamp_is_its_entrys_time_whatever_habit_the_entry_tells() -> None:
    text = ("Live: storm closes Dover\n\n"
            "08:10 The Met Office has a severe weather warning in force until 6pm today.\n\n"
            "09:00 Eurotunnel says its shuttle services are running normally.\n\n"
            "16:00 Ferry timetables are being updated every few minutes.")
    found = _by_text(tag(text, dt.date(2009, 11, 13)))
    assert found["09:00"].value == "2009-11-13T09:00"
    assert found["16:00"].value == "2009-11-13T16:00"
    # (a stamp may have a colon after it)
    text = ("Shenzhou VII returns to Earth\n\n"
            "17.55: Footage on CCTV shows the hatch being opened.\n\n"
            "13.05: Xinhua says President Hu will meet the crew.")
    found = _by_text(tag(text, dt.date(2008, 9, 28)))
    assert found["17.55"].value == "2008-09-28T17:55"
    assert found["13.05"].value == "2008-09-28T13:05"


def test_the_following_weekday_counts_from_the_day_told_last_the_previous_from_its_namesake() -> None:
    text = ("A crowd of 4,000 turned up on Sunday for the final.\n\n"
            "The junior championships begin at the same venue on Tuesday, October 21, and will conclude on the "
            "following Sunday.")
    assert _by_text(tag(text, dt.date(2003, 10, 13)))["the following Sunday"].value == "2003-10-26"
    text = ("Shoppers spent less on Black Friday, November 27. Thursday's online sales rose 12 per cent. "
            "Footfall was down, though still higher than on the previous Friday.")
    assert _by_text(tag(text, dt.date(2015, 11, 28)))["the previous Friday"].value == "2015-11-20"


def test_a_story_filed_the_day_before_it_is_published_tells_the_day_of_its_dateline() -> None:
    text = ("Court upholds tribal land rights; hearing on mining leases today\n\n"
            "NEW DELHI, July 11. The Supreme Court today held that tribal land cannot be leased for mining. "
            "The petitioners had argued yesterday that the leases were void, and the bench will sit again "
            "tomorrow. The case was first heard on Monday.")
    found = _by_text(tag(text, dt.date(1997, 7, 12)))
    assert found["July 11"].value == "1997-07-11"
    assert [t.value for t in tag(text, dt.date(1997, 7, 12)) if t.text == "today"] == ["1997-07-12", "1997-07-11"]
    assert found["yesterday"].value == "1997-07-10"
    assert found["tomorrow"].value == "1997-07-12"
    assert found["Monday"].value == "1997-07-07"
    # (a wire dateline; and a dateline of the day of publication changes nothing)
    text = "WASHINGTON, Feb. 2 -- Employers added jobs at a brisk pace last month, the Labor Department reported today."
    assert _by_text(tag(text, dt.date(1990, 2, 3)))["today"].value == "1990-02-02"
    assert _by_text(tag(text, dt.date(1990, 2, 2)))["today"].value == "1990-02-02"
    # (not a date told at the start of a line that is no dateline, nor one told long before)
    text = "On Feb. 2 -- a Friday -- employers added jobs, the Labor Department reported today."
    assert _by_text(tag(text, dt.date(1990, 2, 3)))["today"].value == "1990-02-03"
    text = "WASHINGTON, Jan. 2 -- Employers added jobs at a brisk pace last month, the Labor Department reported today."
    assert _by_text(tag(text, dt.date(1990, 2, 3)))["today"].value == "1990-02-03"


def test_a_dateline_of_the_day_of_publication_is_no_day_of_the_news() -> None:
    text = ("Lok Sabha passes repeal Bill\n\n"
            "NEW DELHI, Dec. 17. The Lok Sabha on Thursday passed the repeal Bill after the Opposition walked out.\n\n"
            "The Bill replaces an ordinance promulgated on September 21, shortly after the Government completed its "
            "first 100 days in office. Ordinances lapse six weeks after Parliament reassembles unless they are "
            "replaced by legislation, and repeal of the Act, passed after the attack on Parliament, was one of the "
            "main promises in the manifesto. The Minister told the House that a review committee would examine all "
            "pending cases, and that cases already before the courts would continue to be heard by the special courts.\n\n"
            "The Opposition members left the House shortly after 4 p.m. as the Minister began his reply.")
    found = _by_text(tag(text, dt.date(2004, 12, 17)))
    assert found["Thursday"].value == "2004-12-16"
    assert found["4 p.m."].value == "2004-12-16T16:00"


def test_the_following_weekday_after_a_month_told_is_no_day_of_that_month() -> None:
    text = ("Fifteen years after the first festival in September 1970, the event has grown. The village puts up with "
            "chaos every June. \"They come on the Wednesday and some of them are still here the following Tuesday,\" she said.")
    found = _by_text(tag(text, dt.date(1985, 6, 25)))
    assert found["the following Tuesday"].value == "XXXX-WXX-2"
    assert found["the following Tuesday"].interval is None


@pytest.mark.parametrize(("headline", "written", "expected"), [
    ("SpaceX scrubs station supply launch over helium leak; next try Friday", dt.date(2014, 4, 15), "2014-04-18"),
    ("Partial eclipse Monday: what Torontonians need to know", dt.date(2017, 8, 18), "2017-08-21"),
    ("BRIEFS: Free flu shots Saturday at fairgrounds; library hours change", dt.date(2019, 11, 13), "2019-11-16"),
    # six days ahead, the day just gone
    ("Record crowds at food festival despite Sunday washout", dt.date(2013, 9, 9), "2013-09-08"),
])
def test_the_headlines_weekday_told_with_no_tense_is_to_come_unless_nearly_a_week_ahead(
        headline: str, written: dt.date, expected: str) -> None:
    found = tag(headline + "\n\nBy a Staff Reporter\n\nThe county said the plans were unchanged.", written)
    assert [t.value for t in found] == [expected]
    # the same words in the body are read as news reports: the day gone
    body = tag("The county said the plans were unchanged.\n\n" + headline + ".", written)
    assert [t.value < written.isoformat() for t in body] == [True]


def test_a_list_of_days_ahead_runs_on_from_its_first_entry_and_a_line_ended_by_a_stop_ends_its_time() -> None:
    text = ("Live updates: the spring sales\n\nWhat's ahead:\nThursday: The evening sale of post-war art, 7 p.m.\n"
            "Friday: Online-only sales close at noon.")
    found = _by_text(tag(text, dt.date(2022, 5, 10)))  # a Tuesday
    assert found["Thursday"].value == "2022-05-12"
    assert found["7 p.m."].value == "2022-05-12T19:00"  # not "7 p.m.\nFriday", one time across the line
    assert found["Friday"].value == "2022-05-13"  # after Thursday's entry, not the Friday gone
    assert found["noon"].value == "2022-05-13T12:00"


def test_a_list_of_days_set_apart_by_blank_lines_runs_on_from_entry_to_entry() -> None:
    text = ("The field tees off Wednesday morning.\n\nSCHEDULE\n\nWednesday: First round, 32 matches.\n\n"
            "Thursday: Second round, 16 matches.\n\nFriday: Third round, eight matches.")
    found = tag(text, dt.date(2013, 2, 18))  # a Monday
    assert [(t.text, t.value) for t in found if t.rule == "weekday"][1:] == [
        ("Wednesday", "2013-02-20"), ("Thursday", "2013-02-21"), ("Friday", "2013-02-22")]
    # the same day again, for another part of it, is that day
    text = ("Here is the timeline:\n\nWednesday afternoon: Rain changes to snow.\n\n"
            "Wednesday night: Snow becomes heavy.\n\nThursday: The worst of the storm.")
    found = tag(text, dt.date(2019, 4, 9))  # a Tuesday
    assert [t.value for t in found] == ["2019-04-10TAF", "2019-04-10TNI", "2019-04-11"]


def test_a_list_headed_by_days_without_their_year_runs_in_calendar_order() -> None:
    # a year's review written in December: each entry alone is the nearer such day, spring's in the coming year
    review = ("The year underground: a look back\n\nMARCH 28, CHINA: Water floods a mine in Shanxi.\n\n"
              "APRIL 5, UNITED STATES: An explosion kills 29.\n\nMAY 8-9, RUSSIA: Two methane explosions.\n\n"
              "AUG. 5 - OCT. 13, CHILE: Thirty-three miners are trapped.\n\nNOV. 19, NEW ZEALAND: An explosion.")
    assert [t.value[:10] for t in tag(review, dt.date(2010, 12, 29))] == [
        "2010-03-28", "2010-04-05", "2010-05-08", "2010-08-05", "2010-11-19"]
    # a preview written in December whose headline tells the year: the list looks ahead, into that year
    preview = ("What the 2010 season holds\n\nKey dates\nAustralian Open: Jan. 18-31\nFrench Open: May 23-June 6\n"
               "Wimbledon: June 21-July 4\nUS Open: Aug. 30-Sept. 12\nDavis Cup final: Dec. 3-5")
    assert [t.value[:4] for t in tag(preview, dt.date(2009, 12, 10))][1:] == ["2010"] * 5
    # a step back at another time of year than the turn of the year starts another list
    two = ("Ahead in 2014\n\nTENNIS\nAustralian Open: Jan. 13-26.\nWimbledon: June 23-July 6.\nU.S. Open: Aug. 25-Sept. 8.\n\n"
           "GOLF\nThe Masters: April 10-13.\nBritish Open: July 17-20.\nRyder Cup: Sept. 26-28.")
    assert {t.value[:4] for t in tag(two, dt.date(2013, 12, 16))} == {"2014"}


def test_a_word_on_a_line_of_its_own_is_no_modifier_of_the_date_on_the_next() -> None:
    found = tag("Early\n\nIn the summer of 2010 he moved to Lagos.", dt.date(2015, 3, 2))
    assert [(t.text, t.value) for t in found] == [("the summer of 2010", "2010-SU")]


def test_last_year_against_the_year_of_writing_its_sentence_reports_is_the_year_before() -> None:
    text = ("Prices fell in the last three months of 1986. Ireland's share of the catch for 1987 is 86,000 tonnes, "
            "down from 95,000 tonnes last year.")
    found = _by_text(tag(text, dt.date(1987, 2, 10)))
    assert found["last year"].value == "1986"  # not the quarter a year before the one told first


def test_a_participle_of_a_purpose_after_its_noun_is_no_verb_of_the_clause() -> None:
    found = _by_text(tag("The house plans an auction timed to coincide with Diwali in October.", dt.date(2022, 3, 24)))
    assert found["October"].value == "2022-10"
    assert found["Diwali"].value == "2022-10-24"


def test_the_early_hours_of_a_day_are_one_expression_with_the_day_after_them() -> None:
    text = ("A man was assaulted in the early hours of Sunday morning. The count ran into the early hours of this "
            "morning. A woman died in the early hours of yesterday. He was arrested in the early hours of Boxing Day.")
    found = [(t.text, t.value) for t in tag(text, dt.date(2019, 3, 25))]
    assert found == [("the early hours of Sunday morning", "2019-03-24TMO"), ("the early hours of this morning", "2019-03-25TMO"),
                     ("the early hours of yesterday", "2019-03-24TMO"), ("Boxing Day", "2018-12-26")]
    # a weekday of a week told keeps its own span: its value has no part of the day to give the whole
    week = tag("Police detained organisers in the early hours of Thursday last week.", dt.date(1984, 11, 8))
    assert [(t.text, t.type, t.value) for t in week] == [("Thursday last week", "DATE", "1984-11-01")]


def test_the_early_hours_told_alone_are_the_night_of_the_day_told_or_of_the_next_when_something_ran_into_them() -> None:
    found = _by_text(tag("On August 12, a storm flattened two of their tents in the early hours.", dt.date(2008, 8, 20)))
    assert (found["the early hours"].type, found["the early hours"].value) == ("TIME", "2008-08-12TNI")
    ran = _by_text(tag("Police began a drink-drive operation at 8pm on Monday that ran until the early hours, "
                       "and arrests were made at midnight.", dt.date(2006, 2, 16)))
    assert ran["the early hours"].value == "2006-02-14TNI"
    assert ran["8pm"].value == "2006-02-13T20:00"  # (the small hours after it are no anchor of the evening's time)
    assert ran["midnight"].value == "2006-02-13T24:00"
    # an evening's time before the small hours of a day told with it: that day's eve
    eve = _by_text(tag("Nine carried the concerts on Saturday night, with crosses to Wembley from 9pm and to Philadelphia "
                       "from the early hours of Sunday morning.", dt.date(1985, 7, 15)))
    assert eve["9pm"].value == "1985-07-13T21:00"
    # a habit is no one night
    assert tag("Work on launch day typically begins in the early hours.", dt.date(2020, 1, 1)) == []


def test_a_day_heading_in_capitals_dates_the_times_of_its_entries_and_paragraphs() -> None:
    schedule = ("Family and friends will continue searching this weekend.\n\nSATURDAY, SEPT. 21\n\n"
                "7 a.m. - Volunteers meet at the town fish pier. Low tide is at 10:12 a.m.\n\n"
                "SUNDAY, SEPT. 22\n\nNoon - Private boats leave the fish pier.")
    assert [(t.text, t.value) for t in tag(schedule, dt.date(2013, 9, 20)) if t.type == "TIME"] == [
        ("7 a.m.", "2013-09-21T07:00"), ("10:12 a.m.", "2013-09-21T10:12"), ("Noon", "2013-09-22T12:00")]
    # a guide's paragraphs under each day: that day's times, not the day its headline names
    guide = ("Hogmanay 2011: your guide to four days of celebrations\n\nHere is what is on, and when.\n\n"
             "THURSDAY 29 DECEMBER\n\nTorchlight Procession. A Viking longboat is burned at about 8.30pm.\n\n"
             "SATURDAY 31 DECEMBER\n\nThe Street Party on Princes Street opens at 7.30pm.")
    found = _by_text(tag(guide, dt.date(2011, 12, 16)))
    assert found["8.30pm"].value == "2011-12-29T20:30"
    assert found["7.30pm"].value == "2011-12-31T19:30"


def test_a_live_blog_stamp_may_head_an_entry_that_opens_with_a_lower_case_name() -> None:
    blog = ("Apple event live\n\nTuesday, Sept. 12, 2023 — Follow along. All times Pacific; newest updates first.\n\n"
            "11:32 a.m. — That's a wrap. iOS 17 arrives as a free update next Monday.\n\n"
            "11:05 a.m. — iPhone 15 Pro and Pro Max: titanium frames.")
    assert _by_text(tag(blog, dt.date(2023, 9, 12)))["11:05 a.m."].value == "2023-09-12T11:05"


def test_weekday_entries_after_a_tonight_entry_run_ahead_from_it() -> None:
    text = ("The remaining schedule on the main stage:\n\nTonight: a double bill of Quebec rock, starting at 8 p.m.\n"
            "Saturday: a British headliner who last played here in 2005\nSunday: the closing show, with fireworks at 11 p.m.")
    found = _by_text(tag(text, dt.date(2011, 7, 15)))
    assert (found["Saturday"].value, found["Sunday"].value, found["11 p.m."].value) == ("2011-07-16", "2011-07-17", "2011-07-17T23:00")


def test_a_scene_a_feature_sets_in_the_present_is_on_the_weekday_just_gone() -> None:
    found = _by_text(tag("COLOGNE - It is shortly before 6am on Tuesday, and Anja is pulling on a green vest.", dt.date(2022, 6, 8)))
    assert (found["Tuesday"].value, found["6am"].value) == ("2022-06-07", "2022-06-07T06:00")
    humid = _by_text(tag("It is just after 4 p.m. on a humid Monday in the Linden district.", dt.date(2026, 8, 5)))
    assert humid["Monday"].value == "2026-08-03"
    # (not a time to come told with "is": "The vote is at 4 p.m. on Monday")
    assert _by_text(tag("The vote is at 4 p.m. on Monday.", dt.date(2026, 8, 5)))["Monday"].value == "2026-08-10"
    # (nor a count of years: "It's 50 years on Saturday since Apollo 11 landed", the anniversary to come)
    assert _by_text(tag("It's 50 years on Saturday since Apollo 11 landed on the moon.", dt.date(2019, 7, 17)))["Saturday"].value == "2019-07-20"


def test_next_on_a_heading_line_is_no_relation_of_the_weekday_opening_the_paragraph_after() -> None:
    text = "WHAT'S NEXT\n\nWednesday: International Energy Agency monthly report, 4 a.m."
    found = _by_text(tag(text, dt.date(2008, 8, 12)))
    assert (found["Wednesday"].value, found["4 a.m."].value) == ("2008-08-13", "2008-08-13T04:00")
    # a line broken inside the sentence still joins them
    assert _by_text(tag("They met last\nThursday in Paris.", dt.date(2008, 8, 12)))["last\nThursday"].value == "2008-08-07"


def test_month_headings_in_calendar_order_are_one_years_months_with_their_entries_days() -> None:
    review = ("2008 in review: The year oil went from $100 to $147\n\nIt was the year oil prices did everything.\n\n"
              "JANUARY: On Jan. 2, a single trader pays $100 a barrel. On Feb. 19, oil closes above $100 for real.\n\n"
              "MARCH: OPEC, meeting on March 5, refuses to raise output.\n\n"
              "SEPTEMBER: Lehman Brothers collapses on Sept. 15.\n\nDECEMBER: OPEC announces a record cut.")
    found = [(t.text, t.value) for t in tag(review, dt.date(2008, 12, 30)) if t.text not in ("2008", "the year")]
    assert found == [("JANUARY", "2008-01"), ("Jan. 2", "2008-01-02"), ("Feb. 19", "2008-02-19"), ("MARCH", "2008-03"),
                     ("March 5", "2008-03-05"), ("SEPTEMBER", "2008-09"), ("Sept. 15", "2008-09-15"), ("DECEMBER", "2008-12")]
    # without a year in the headline: the year most of the entries' days are read in
    plain = ("Aviation's year\n\nJanuary: A storm grounded 12,000 flights.\n\nMarch: Bombers struck Brussels Airport on "
             "March 22.\n\nAugust: A power failure knocked out Delta's systems on Aug. 8.\n\nNovember: Lufthansa pilots struck.")
    assert [t.value for t in tag(plain, dt.date(2016, 12, 16)) if t.text in ("January", "November")] == ["2016-01", "2016-11"]


def test_a_datelines_day_is_no_happening_a_quotation_is_said_on() -> None:
    text = ("RIO DE JANEIRO, July 14 (AFP) - Germany were crowned world champions after Mario Goetze's extra-time volley "
            "beat Argentina 1-0 at the Maracana on Sunday night.\n\n\"I have waited for this moment for eight years,\" said "
            "coach Joachim Loew. \"Tonight the whole of Germany can celebrate.\"")
    assert _by_text(tag(text, dt.date(2014, 7, 14)))["Tonight"].value == "2014-07-13TNI"


def test_a_quarter_to_an_hour_is_a_clock_time_and_a_quarter_to_an_amount_is_none() -> None:
    assert [(t.text, t.type) for t in tag("It's a quarter to six, and the queue is long.", dt.date(2022, 6, 8))] == [
        ("a quarter to six", "TIME")]
    for text in ("The bank cut its growth forecast by a quarter to six percent.", "Output rose by a quarter to six million barrels."):
        assert [t.text for t in tag(text, dt.date(2022, 6, 8))] == []


def test_weekdays_declared_holidays_are_the_coming_days_or_the_ones_just_gone() -> None:
    pair = _by_text(tag("The government has declared Thursday and Friday public holidays.", dt.date(2018, 11, 14)))
    assert (pair["Thursday"].value, pair["Friday"].value) == ("2018-11-15", "2018-11-16")
    gone = _by_text(tag("The governor declared Saturday a day of mourning for the victims.", dt.date(2013, 7, 29)))
    assert gone["Saturday"].value == "2013-07-27"


def test_a_day_and_month_in_numbers_without_a_year_are_read_in_the_documents_order() -> None:
    british = ("The Sunderland Echo said on 3 April 2004 that a dummy edition will be produced on 03/04, two days "
               "before launch; entries close on 30/06.")
    found = _by_text(tag(british, dt.date(2004, 3, 20)))
    assert (found["03/04"].value, found["30/06"].value) == ("2004-04-03", "2004-06-30")
    american = _by_text(tag("A memo dated 11/30 set out the cuts, and offers expire 12/31.", dt.date(1993, 12, 2)))
    assert (american["11/30"].value, american["12/31"].value) == ("1993-11-30", "1993-12-31")
    # a weekday before it is part of the date, and says which year's day it is
    bins = _by_text(tag("No collections on Christmas Day (Friday 25/12) or New Year's Day (Friday 01/01).", dt.date(2015, 12, 15)))
    assert (bins["Friday 25/12"].value, bins["Friday 01/01"].value) == ("2015-12-25", "2016-01-01")


def test_a_quotation_said_yesterday_afternoon_tells_its_morning_from_that_day() -> None:
    text = ('"They told us this morning it could be another day," she said yesterday afternoon. "Then at three o\'clock '
            'someone came running."')
    found = _by_text(tag(text, dt.date(1996, 7, 2)))
    assert (found["this morning"].value, found["three o'clock"].value) == ("1996-07-01TMO", "1996-07-01T15:00")
    # ("yesterday afternoon's" names the afternoon's happening, not when it was said)
    said = _by_text(tag('"We will decide this morning," he said of yesterday afternoon\'s talks.', dt.date(1996, 7, 2)))
    assert said["this morning"].value == "1996-07-02TMO"


def test_mid_afternoon_is_the_day_told_before_it_unless_a_day_of_its_own_follows() -> None:
    past = _by_text(tag("On Monday the fire spread quickly, and by mid-afternoon it had crossed the river.", dt.date(2015, 4, 22)))
    assert past["mid-afternoon"].value == "2015-04-20TAF"
    coming = "Most roads will be closed from early Sunday morning and will reopen progressively from mid-afternoon."
    assert _by_text(tag(coming, dt.date(2015, 4, 22)))["mid-afternoon"].value == "2015-04-26TAF"
    own = _by_text(tag("The index closed Tuesday at 8,121 and lost 4.1 percent by mid-afternoon on Wednesday.", dt.date(1998, 1, 14)))
    assert own["mid-afternoon"].value == "1998-01-14TAF"


def test_late_afternoon_in_a_coming_clause_is_the_day_its_sentence_names() -> None:
    text = "Practice starts at 9am tomorrow and runs until late afternoon, with qualifying on Friday."
    assert _by_text(tag(text, dt.date(1988, 9, 28)))["late afternoon"].value == "1988-09-29TAF"
    assert _by_text(tag("Results are expected by early afternoon.", dt.date(1988, 9, 28)))["early afternoon"].value == "1988-09-28TAF"


def test_months_heading_entries_among_days_run_in_calendar_order_with_them() -> None:
    timeline = ("Timeline of a dry year\n\nJune: Drought begins to spread across the Midwest.\n\nAug. 1: Memphis gauge at "
                "about minus 2 feet.\n\nSept. 27: Barge groundings start to increase.\n\nOct. 17: Record low at Memphis.")
    found = _by_text(tag(timeline, dt.date(2022, 10, 20)))
    assert (found["June"].value, found["Aug. 1"].value, found["Oct. 17"].value) == ("2022-06", "2022-08-01", "2022-10-17")


def test_a_month_opening_its_paragraph_with_a_full_stop_heads_its_entry() -> None:
    review = ("2017 in review\n\nJanuary. On Jan. 6, intelligence agencies released a report.\n\nFebruary. A bug in "
              "Cloudflare leaked data.\n\nMarch. WikiLeaks began publishing on March 7.\n\nMay. WannaCry spread, starting "
              "on May 12.")
    found = [(t.text, t.value) for t in tag(review, dt.date(2017, 12, 29)) if t.text != "2017"]
    assert found == [("January", "2017-01"), ("Jan. 6", "2017-01-06"), ("February", "2017-02"), ("March", "2017-03"),
                     ("March 7", "2017-03-07"), ("May", "2017-05"), ("May 12", "2017-05-12")]


def test_minutes_later_after_a_clock_time_is_a_time_and_without_one_a_duration() -> None:
    found = _by_text(tag("The polls closed at 11 p.m. Two hours later, the result came.", dt.date(2015, 8, 13)))
    assert (found["Two hours later"].type, found["Two hours later"].value) == ("TIME", "2015-08-14T01:00")
    half = _by_text(tag("The half marathon is off at 7:30 a.m. and the 10K half an hour later.", dt.date(2015, 8, 13)))
    assert half["half an hour later"].value == "2015-08-13T08:00"
    plain = _by_text(tag("The ship sank on Thursday. About an hour later, rescuers arrived.", dt.date(2015, 8, 13)))
    assert (plain["About an hour"].type, plain["About an hour"].value) == ("DURATION", "PT1H")


def test_a_day_and_month_in_numbers_after_words_of_marks_used_otherwise_is_still_a_date() -> None:
    # ("Rating: 8/10" is a mark, see the negative corpus; "scores of protesters", "the film's stars" are not)
    crowd = _by_text(tag("Scores of protesters gathered on 5/12 outside the hall.", dt.date(2020, 5, 20)))
    assert crowd["5/12"].value == "2020-05-12"
    stars = _by_text(tag("The film's stars arrive on 11/02 for the premiere.", dt.date(2020, 10, 20)))
    assert stars["11/02"].value == "2020-11-02"
