"""Merging: same happening merges across sources; near-misses stay apart; order, ids, status."""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the shared builders in tests/eventkit.py
from eventkit import day, make_article, timex
from timeline.events import extract_mentions
from timeline.events.features import names_seen_in
from timeline.merge import merge_mentions
from timeline.merge import matching
from timeline.events.features import keywords
from timeline.merge.clustering import (
    ATTRIBUTIVE_KIND_EXAMPLES, BESIDE_THE_HAPPENING_EXAMPLES, KINDS_IN_PASSING_EXAMPLES, OWN_KIND_EXAMPLES,
    attributive_kinds, cluster_mentions, kinds_in_passing, own_kinds,
)
from timeline.merge.clustering import _own_and_passing_words
from timeline.merge import conflicts, entries
from timeline.merge.entries import entry_sort_key, slug
from timeline.models import Event


def build(*articles_and_timexes):
    """Merge the mentions of (article, [timex builders]) pairs."""
    articles, mentions = [], []
    for article, make in articles_and_timexes:
        articles.append(article)
        mentions += extract_mentions(article, make(article))
    return merge_mentions(mentions, articles), mentions


def florida_sources():
    sunday = make_article("b-sunday", day("2025-12-01"), [
        "Witkoff and Kushner met with Ukrainian security secretary Rustem Umerov on Sunday at a club in Florida.",
    ])
    week = make_article("a-week", day("2025-12-02"), [
        "Earlier in the week, Witkoff, Kushner and Rubio met with a Ukrainian delegation led by Umerov in Miami.",
    ])
    weekend = make_article("c-weekend", day("2025-12-03"), [
        "The U.S. delegation arrived in Moscow directly after weekend consultations with Ukraine in Florida.",
    ])
    return [
        (sunday, lambda a: [timex(a, "on Sunday", "2025-11-30", "day", day("2025-11-30"))]),
        (week, lambda a: [timex(a, "Earlier in the week", "2025-W49", "week", day("2025-12-01"), day("2025-12-07"))]),
        (weekend, lambda a: [timex(a, "weekend", "2025-W48-WE", "weekend", day("2025-11-29"), day("2025-11-30"))]),
    ]


def test_same_happening_in_three_wordings_is_one_entry_at_the_most_precise_date():
    events, _ = build(*florida_sources())
    assert len(events) == 1
    (event,) = events
    assert (event.start, event.end, event.granularity, event.value) == (
        day("2025-11-30"), day("2025-11-30"), "day", "2025-11-30")
    assert [c.document for c in event.citations] == ["b-sunday", "a-week", "c-weekend"]
    assert {c.expression for c in event.citations} == {"on Sunday", "Earlier in the week", "weekend"}
    assert not event.disputed
    week = next(c for c in event.citations if c.document == "a-week")
    assert (week.value, week.reference_date) == ("2025-W49", day("2025-12-02"))
    assert week.quote.startswith("Earlier in the week, Witkoff")


def test_citations_keep_offsets_into_the_body():
    events, _ = build(*florida_sources())
    sources = {a.id: a for a, _ in florida_sources()}
    for citation in events[0].citations:
        assert sources[citation.document].body[citation.start:citation.end] == citation.expression


def test_same_date_different_happening_stays_apart():
    kremlin = make_article("k", day("2025-12-02"), [
        "Witkoff and Kushner met with Putin in the Kremlin on Tuesday.",
        "Zelensky held talks with his negotiating team in Dublin on Tuesday.",
    ])
    events, _ = build((kremlin, lambda a: [
        timex(a, "on Tuesday", "2025-12-02", "day", day("2025-12-02")),
        timex(a, "on Tuesday", "2025-12-02", "day", day("2025-12-02"), occurrence=1),
    ]))
    assert len(events) == 2
    assert all(len(e.citations) == 1 for e in events)


def test_same_happening_on_different_exact_days_is_never_merged_but_is_disputed():
    monday = make_article("m", day("2025-12-03"), ["Witkoff and Kushner met Putin at the Kremlin in Moscow on Monday."])
    tuesday = make_article("t", day("2025-12-03"), ["Witkoff and Kushner met Putin at the Kremlin in Moscow on Tuesday."])
    events, _ = build(
        (monday, lambda a: [timex(a, "on Monday", "2025-12-01", "day", day("2025-12-01"))]),
        (tuesday, lambda a: [timex(a, "on Tuesday", "2025-12-02", "day", day("2025-12-02"))]),
    )
    assert [e.start for e in events] == [day("2025-12-01"), day("2025-12-02")]
    assert all(e.disputed for e in events)
    assert "2 Dec 2025" in events[0].disagreements[0] and "t" in events[0].disagreements[0]
    assert "1 Dec 2025" in events[1].disagreements[0]


def test_two_reports_a_day_apart_of_the_same_filing_are_disputed():
    a = make_article("m1", day("2025-10-17"), [
        "The opposition Forward party filed the no-confidence motion against Prime Minister Novotny on Oct. 3."])
    b = make_article("m2", day("2025-10-18"), [
        "Kralova said the no-confidence motion against the Novotny government had been filed on October 2.",
        "The Forward party leads the opposition."])
    events, _ = build(
        (a, lambda x: [timex(x, "Oct. 3", "2025-10-03", "day", day("2025-10-03"))]),
        (b, lambda x: [timex(x, "October 2", "2025-10-02", "day", day("2025-10-02"))]),
    )
    assert len(events) == 2 and all(e.disputed for e in events)
    assert any("3 Oct 2025" in note for e in events for note in e.disagreements)



def test_two_reports_a_day_apart_are_not_disputed_when_a_source_tells_of_both_days():
    # "Jury selection began Monday ... Opening statements are expected Tuesday": that source knows
    # two happenings on two days, so the other's Tuesday report is the second, not a disagreement
    a = make_article("t1", day("2025-09-08"), [
        "Jury selection began Monday in the federal fraud trial of Lumora Health founder Dana Whitcomb in San Jose.",
        "Opening statements are expected Tuesday."])
    b = make_article("t2", day("2025-09-09"), [
        "Federal prosecutors told jurors on Tuesday that Lumora Health founder Dana Whitcomb misled investors, "
        "as her fraud trial opened in San Jose."])
    events, _ = build(
        (a, lambda x: [timex(x, "Monday", "2025-09-08", "day", day("2025-09-08")),
                       timex(x, "Tuesday", "2025-09-09", "day", day("2025-09-09"))]),
        (b, lambda x: [timex(x, "on Tuesday", "2025-09-09", "day", day("2025-09-09"))]),
    )
    assert not any(e.disputed for e in events)


def test_two_reports_naming_no_one_on_the_same_day_of_one_story_merge():
    a = make_article("b1", day("2025-09-10"), [
        "Albion Air and the Cabin Crew Association reached a tentative pay deal on Wednesday.",
        "Members will vote on the offer in an online ballot that closes on September 24."])
    b = make_article("b2", day("2025-09-11"), [
        "Albion Air cabin crew ended their dispute, the Cabin Crew Association said.",
        "A ballot of members will close on September 24, and the deal is expected to be accepted."])
    events, _ = build(
        (a, lambda x: [timex(x, "on Wednesday", "2025-09-10", "day", day("2025-09-10")),
                       timex(x, "September 24", "2025-09-24", "day", day("2025-09-24"))]),
        (b, lambda x: [timex(x, "September 24", "2025-09-24", "day", day("2025-09-24"))]),
    )
    ballot = [e for e in events if e.start == day("2025-09-24")]
    assert len(ballot) == 1 and {c.document for c in ballot[0].citations} == {"b1", "b2"}


def test_different_weeks_of_different_happenings_stay_apart():
    a = make_article("a", day("2025-12-02"), ["Witkoff met Umerov in Miami last week."])
    b = make_article("b", day("2025-12-02"), ["Witkoff met Umerov in Geneva in October."])
    events, _ = build(
        (a, lambda x: [timex(x, "last week", "2025-W48", "week", day("2025-11-24"), day("2025-11-30"))]),
        (b, lambda x: [timex(x, "in October", "2025-10", "month", day("2025-10-01"), day("2025-10-31"))]),
    )
    assert len(events) == 2


def test_expected_then_cancelled_is_one_disputed_entry_with_the_newest_status():
    expected = make_article("p", day("2025-12-02"), [
        "The two American envoys are now expected to meet with Ukrainian President Zelensky in Europe on Wednesday.",
    ])
    cancelled = make_article("q", day("2025-12-03"), [
        "The initial plan for Witkoff and Kushner to meet Zelensky in Ireland on Wednesday was canceled.",
    ])
    events, _ = build(
        (expected, lambda a: [timex(a, "on Wednesday", "2025-12-03", "day", day("2025-12-03"))]),
        (cancelled, lambda a: [timex(a, "on Wednesday", "2025-12-03", "day", day("2025-12-03"))]),
    )
    assert len(events) == 1
    (event,) = events
    assert event.status == "cancelled" and event.disputed
    assert [(c.document, c.status) for c in event.citations] == [("p", "planned"), ("q", "cancelled")]
    (note,) = event.disagreements
    assert "source 2 (3 Dec 2025) reports it cancelled" in note and "source 1 (2 Dec 2025)" in note  # (p, q: numbered by id)
    assert event.summary.startswith("The initial plan for Witkoff and Kushner to meet Zelensky")


def test_a_status_disagreement_agrees_in_number_with_each_group_of_sources():
    expected = [
        make_article(name, day(f"2025-12-0{number}"), [
            "The two American envoys are now expected to meet with Ukrainian President Zelensky in Europe on Wednesday.",
        ])
        for number, name in ((1, "p1"), (2, "p2"))
    ]
    cancelled = make_article("q", day("2025-12-03"), [
        "The initial plan for Witkoff and Kushner to meet Zelensky in Ireland on Wednesday was canceled.",
    ])
    events, _ = build(*[
        (article, lambda a: [timex(a, "on Wednesday", "2025-12-03", "day", day("2025-12-03"))])
        for article in (*expected, cancelled)
    ])
    (event,) = events
    assert event.disagreements == [
        "Sources disagree on whether it takes place: source 3 (3 Dec 2025) reports it cancelled; "
        "source 1 (1 Dec 2025) and source 2 (2 Dec 2025) report it as planned or expected."
    ]


def test_a_date_disagreement_agrees_in_number_with_its_sources():
    monday = [make_article(name, day("2025-12-03"), [
        "Witkoff and Kushner met Putin at the Kremlin in Moscow on Monday."]) for name in ("m1", "m2")]
    tuesday = make_article("t", day("2025-12-03"), ["Witkoff and Kushner met Putin at the Kremlin in Moscow on Tuesday."])
    events, _ = build(
        *[(article, lambda a: [timex(a, "on Monday", "2025-12-01", "day", day("2025-12-01"))]) for article in monday],
        (tuesday, lambda a: [timex(a, "on Tuesday", "2025-12-02", "day", day("2025-12-02"))]),
    )
    assert [e.start for e in events] == [day("2025-12-01"), day("2025-12-02")]
    assert events[0].disagreements[0].startswith("source 3 dates what appears to be the same happening to 2 Dec 2025 (“")
    assert events[1].disagreements[0].startswith("source 1 and source 2 date what appears to be the same happening to 1 Dec 2025 (“")


@pytest.mark.parametrize(
    "names, verb, said",
    [
        (["Reuters"], "report", "Reuters reports"),
        (["b"], "date", "b dates"),
        (["Reuters", "AP"], "report", "Reuters and AP report"),
        (["a", "b", "c"], "date", "a, b and c date"),
        (["“Talks in Geneva…”"], "date", "“Talks in Geneva…” dates"),
        (["the Wire"], "publish", "the Wire publishes"),
    ],
)
def test_sources_say_lists_names_and_makes_the_verb_agree(names, verb, said):
    from timeline.merge.entries import sources_say

    assert sources_say(names, verb) == said


def test_planned_then_reported_is_reported_and_not_disputed():
    before = make_article("before", day("2025-12-01"), ["Witkoff will meet with Putin in Moscow on Tuesday."])
    after = make_article("after", day("2025-12-02"), ["Witkoff met with Putin in the Kremlin in Moscow on Tuesday."])
    events, _ = build(
        (before, lambda a: [timex(a, "on Tuesday", "2025-12-02", "day", day("2025-12-02"))]),
        (after, lambda a: [timex(a, "on Tuesday", "2025-12-02", "day", day("2025-12-02"))]),
    )
    (event,) = events
    assert event.status == "reported" and not event.disputed
    assert event.summary == "Witkoff met with Putin in the Kremlin in Moscow on Tuesday"


def test_restatements_within_one_article_merge():
    article = make_article("r", day("2025-12-01"), [
        "Witkoff will meet with Putin in Moscow on Tuesday.",
        "Kremlin spokesman Peskov confirmed that Putin and Witkoff will meet in Moscow on Tuesday.",
    ])
    events, _ = build((article, lambda a: [
        timex(a, "on Tuesday", "2025-12-02", "day", day("2025-12-02")),
        timex(a, "on Tuesday", "2025-12-02", "day", day("2025-12-02"), occurrence=1),
    ]))
    (event,) = events
    assert [c.document for c in event.citations] == ["r", "r"]


def test_a_coarse_mention_joins_the_matching_precise_event():
    precise = make_article("x", day("2025-08-20"), ["Trump and Putin held a summit in Alaska on August 15, 2025."])
    coarse = make_article("y", day("2025-12-01"), ["The talks follow the summit between Trump and Putin in Alaska in August."])
    events, _ = build(
        (precise, lambda a: [timex(a, "August 15, 2025", "2025-08-15", "day", day("2025-08-15"))]),
        (coarse, lambda a: [timex(a, "August", "2025-08", "month", day("2025-08-01"), day("2025-08-31"))]),
    )
    (event,) = events
    assert (event.start, event.granularity) == (day("2025-08-15"), "day")
    assert sorted(c.document for c in event.citations) == ["x", "y"]


def test_undated_strong_match_corroborates_a_recent_event():
    dated = make_article("dated", day("2025-12-02"), ["Witkoff and Kushner met with Putin in the Kremlin on Tuesday."])
    undated = make_article("undated", day("2025-12-03"), [
        "Trump’s envoy Steve Witkoff and Jared Kushner met with Vladimir Putin at the Kremlin in Moscow.",
        "Analysts met in Paris to discuss energy markets.",
    ])
    events, _ = build(
        (dated, lambda a: [timex(a, "on Tuesday", "2025-12-02", "day", day("2025-12-02"))]),
        (undated, lambda a: []),
    )
    (event,) = events
    corroborating = [c for c in event.citations if c.corroborating]
    assert len(corroborating) == 1
    (c,) = corroborating
    assert (c.document, c.expression, c.value) == ("undated", "", "")
    assert (c.start, c.end) == (0, len(undated.sentences[0].text))
    assert event.citations[-1] == c  # dated sources first


def test_weak_or_old_matches_do_not_corroborate():
    dated = make_article("dated", day("2025-12-02"), ["Witkoff and Kushner met with Putin in the Kremlin on Tuesday."])
    weak = make_article("weak", day("2025-12-03"), ["Putin spoke about the economy in a meeting."])
    late = make_article("late", day("2026-02-01"), ["Witkoff and Kushner met with Putin at the Kremlin."])
    events, _ = build(
        (dated, lambda a: [timex(a, "on Tuesday", "2025-12-02", "day", day("2025-12-02"))]),
        (weak, lambda a: []),
        (late, lambda a: []),
    )
    assert [c.document for c in events[0].citations] == ["dated"]


def test_a_nameless_report_merges_when_day_kind_and_figures_agree():
    named = make_article("n1", day("2023-02-07"), ["A magnitude 7.8 earthquake struck southern Turkey early on Monday."])
    nameless = make_article("n2", day("2023-02-09"), [
        "The 7.8-magnitude quake, which struck before dawn on Feb. 6, was followed by a second tremor.",
    ])
    other = make_article("n3", day("2023-02-07"), ["A second quake of magnitude 7.5 hit the region on Monday afternoon."])
    events, _ = build(
        (named, lambda a: [timex(a, "on Monday", "2023-02-06", "day", day("2023-02-06"))]),
        (nameless, lambda a: [timex(a, "Feb. 6", "2023-02-06", "day", day("2023-02-06"))]),
        (other, lambda a: [timex(a, "on Monday afternoon", "2023-02-06TAF", "part_of_day", day("2023-02-06"))]),
    )
    groups = sorted(sorted(c.document for c in e.citations) for e in events)
    assert groups == [["n1", "n2"], ["n3"]]


def test_the_same_figure_with_its_unit_on_the_same_day_merges_reports_naming_no_one():
    globe = make_article("q1", day("2025-06-16"), ["A 5.1 aftershock rattled the region on Monday afternoon, sending residents into the streets."])
    npa = make_article("q2", day("2025-06-16"), ["Another strong tremor, of magnitude 5.1, struck on Monday."])
    other = make_article("q3", day("2025-06-16"), ["A 4.3 aftershock was felt in the region on Monday."])
    events, _ = build(
        (globe, lambda a: [timex(a, "on Monday afternoon", "2025-06-16TAF", "part_of_day", day("2025-06-16"))]),
        (npa, lambda a: [timex(a, "on Monday", "2025-06-16", "day", day("2025-06-16"))]),
        (other, lambda a: [timex(a, "on Monday", "2025-06-16", "day", day("2025-06-16"))]),
    )
    groups = sorted(sorted(c.document for c in e.citations) for e in events)
    assert groups == [["q1", "q2"], ["q3"]]
    assert matching.is_specific_figure("#3.75%") and matching.is_specific_figure("#312-198")
    assert not matching.is_specific_figure("#2025") and not matching.is_specific_figure("#200")


def _shooting_sources():
    herald = make_article("s1", day("2025-04-19"), [
        "A 31-year-old man was shot dead outside a bar on Canal Street in Millbrook late on Friday, police said.",
        "Officers were called to the Anchor Tavern shortly after 11.30 p.m.",
    ])
    metro = make_article("s2", day("2025-04-21"), [
        "A man has been charged with murder over the killing of Marcus Reyes in Millbrook.",
        "Dale Whitcombe is accused of shooting Mr Reyes outside the Anchor Tavern on Canal Street.",
        "Reyes was killed on Friday night.",
    ])
    herald2 = make_article("s3", day("2025-04-22"), [
        "He was charged with the murder of Marcus Reyes, who was shot outside the Anchor Tavern in Millbrook on April 18.",
    ])
    return [
        (herald, lambda a: [timex(a, "late on Friday", "2025-04-18", "day", day("2025-04-18"))]),
        (metro, lambda a: [timex(a, "on Friday night", "2025-04-18TNI", "part_of_day", day("2025-04-18"))]),
        (herald2, lambda a: [timex(a, "on April 18", "2025-04-18", "day", day("2025-04-18"))]),
    ]


def test_a_report_that_links_two_clusters_of_one_happening_joins_them(monkeypatch):
    events, _ = build(*_shooting_sources())
    assert [sorted(c.document for c in e.citations) for e in events] == [["s1", "s2", "s3"]]
    # taken one by one, the first two share nothing: without the link they stay apart
    monkeypatch.setattr("timeline.merge.clustering._absorb", lambda best, others: [])
    events, _ = build(*_shooting_sources())
    assert len(events) == 2


def test_two_clusters_one_article_tells_apart_are_never_joined():
    gazette = make_article("v1", day("2025-05-07"), [
        "The House on Wednesday passed the Affordable Homes Bill by 312 votes to 198.",
        "In a separate vote on Wednesday, lawmakers approved a fisheries quota bill by 290 votes to 220.",
    ])
    wire = make_article("v2", day("2025-05-07"), [
        "Lawmakers approved the housing bill and the fisheries bill on Wednesday.",
    ])
    events, _ = build(
        (gazette, lambda a: [timex(a, "on Wednesday", "2025-05-07", "day", day("2025-05-07"), occurrence=n) for n in (0, 1)]),
        (wire, lambda a: [timex(a, "on Wednesday", "2025-05-07", "day", day("2025-05-07"))]),
    )
    assert len(events) == 2 and all(len({c.document for c in e.citations if c.document == "v1"}) == 1 for e in events)


def _fire_sources(npa_names_the_site: bool):
    national = make_article("f1", day("2025-03-12"), [
        "Investigators examined the burnt-out shell of the Carrow warehouse.",
        "The fire broke out on Monday night in a section of the Dunmore Logistics site.",
    ])
    site = "operated by Dunmore Logistics" if npa_names_the_site else "operated by a packaging firm"
    npa = make_article("f2", day("2025-03-11"), [
        "Two people were killed when a huge blaze engulfed a warehouse in Carrow on Monday night.",
        f"The warehouse, {site}, stored household goods.",
    ])
    return [
        (national, lambda a: [timex(a, "on Monday night", "2025-03-10TNI", "part_of_day", day("2025-03-10"))]),
        (npa, lambda a: [timex(a, "on Monday night", "2025-03-10TNI", "part_of_day", day("2025-03-10"))]),
    ]


def test_reports_whose_names_each_article_tells_of_the_other_merge_on_the_same_day():
    events, _ = build(*_fire_sources(npa_names_the_site=True))
    assert len(events) == 1
    # a name the other article never tells is a sign of another happening
    events, _ = build(*_fire_sources(npa_names_the_site=False))
    assert len(events) == 2


def test_different_people_on_the_same_day_never_merge_without_a_shared_name():
    a = make_article("p1", day("2025-12-02"), ["Putin met Xi for trade talks in Beijing on Monday."])
    b = make_article("p2", day("2025-12-02"), ["Macron met Scholz for trade talks in Paris on Monday."])
    events, _ = build(
        (a, lambda x: [timex(x, "on Monday", "2025-12-01", "day", day("2025-12-01"))]),
        (b, lambda x: [timex(x, "on Monday", "2025-12-01", "day", day("2025-12-01"))]),
    )
    assert len(events) == 2


@pytest.mark.parametrize("their_quote, merged", [
    ("'false and misleading'", True),  # the same words: the same statement
    ("'a deliberate smear'", False),  # other words, and each names someone the other does not
])
def test_two_reports_quoting_the_same_words_of_a_day_report_one_statement(their_quote, merged):
    a = make_article("q1", day("2026-01-21"), [
        'Halberd rejected allegations by Vail Point Research as "false and misleading" on Wednesday.'])
    b = make_article("q2", day("2026-01-22"), [
        f"Halberd, which employs 900 people at Green Park, issued a rebuttal on Wednesday, calling the claims {their_quote}."])
    events, _ = build(
        (a, lambda x: [timex(x, "on Wednesday", "2026-01-21", "day", day("2026-01-21"))]),
        (b, lambda x: [timex(x, "on Wednesday", "2026-01-21", "day", day("2026-01-21"))]),
    )
    assert (len(events) == 1) is merged
    assert matching.quotations("calling it \u201cutterly devastating\u201d and a 'test'") == {"utterly devastating"}


def test_a_company_or_place_name_is_known_by_its_first_word():
    a = make_article("t1", day("2025-09-09"), ["Halvorsen Foods offered to buy Brightwater Dairy for $38 a share on Monday."])
    b = make_article("t2", day("2025-11-04"), ["The contest began on Sept. 8, when Halvorsen made its $38-a-share offer for Brightwater."])
    events, _ = build(
        (a, lambda x: [timex(x, "on Monday", "2025-09-08", "day", day("2025-09-08"))]),
        (b, lambda x: [timex(x, "Sept. 8", "2025-09-08", "day", day("2025-09-08"))]),
    )
    assert len(events) == 1 and {c.document for c in events[0].citations} == {"t1", "t2"}
    assert matching.entity_key("Maricopa County") == "maricopa"
    assert matching.entity_key("Vladimir Putin") == "putin"
    assert matching.entity_key("Westpac Banking Corp") == "westpac"  # as "Westpac" (not "banking")
    assert matching.entity_key("Halberd Payments") == matching.entity_key("Halberd") == "halberd"
    assert matching.entity_key("National Australia Bank") == matching.entity_key("NAB")


def test_a_name_told_around_a_clause_in_its_article_is_no_sign_of_another_happening():
    ledger = make_article("l", day("2026-03-05"), [
        "A security guard held hostage at the Harbor Plaza Hotel was shot dead late on Wednesday by the gunmen.",
        "The guard, Daniel Mwangi, had worked at the hotel for a decade.",
    ])
    weekly = make_article("w", day("2026-03-09"), [
        "Gunmen seized the Harbor Plaza Hotel last Monday.",
        "The security guard, Daniel Mwangi, was killed by the gunmen on Wednesday night.",
    ])
    events, _ = build(
        (ledger, lambda x: [timex(x, "late on Wednesday", "2026-03-04", "day", day("2026-03-04"), mod="END")]),
        (weekly, lambda x: [timex(x, "on Wednesday night", "2026-03-04TNI", "part_of_day", day("2026-03-04"))]),
    )
    assert len(events) == 1 and {c.document for c in events[0].citations} == {"l", "w"}
    # within one article a name is no context: two happenings named apart stay apart
    one = make_article("o", day("2026-03-05"), [
        "Police shot dead a gunman at the Harbor Plaza Hotel on Wednesday.",
        "Daniel Mwangi, a guard at the port, was killed by a falling crane on Wednesday.",
    ])
    events, _ = build((one, lambda x: [timex(x, "on Wednesday", "2026-03-04", "day", day("2026-03-04")),
                                       timex(x, "on Wednesday", "2026-03-04", "day", day("2026-03-04"), occurrence=1)]))
    assert len(events) == 2


def test_a_clause_naming_no_one_joins_the_name_its_article_tells_on_the_same_date():
    times = make_article("t", day("2023-06-03"), [
        "Pilots at Celtavia voted to strike over pay.",
        "The airline, which was privatised in 2006, carried 9.4 million passengers last year.",
    ])
    pa = make_article("p", day("2023-06-09"), ["Celtavia, which was privatised in 2006, runs 240 flights a day."])
    events, _ = build(
        (times, lambda x: [timex(x, "2006", "2006", "year", day("2006-01-01"), day("2006-12-31"))]),
        (pa, lambda x: [timex(x, "2006", "2006", "year", day("2006-01-01"), day("2006-12-31"))]),
    )
    assert len(events) == 1 and {c.document for c in events[0].citations} == {"t", "p"}
    # but a clause naming someone else is another happening
    other = make_article("o", day("2023-06-09"), ["Aer Lingus, which was privatised in 2006, runs 300 flights a day."])
    events, _ = build(
        (times, lambda x: [timex(x, "2006", "2006", "year", day("2006-01-01"), day("2006-12-31"))]),
        (other, lambda x: [timex(x, "2006", "2006", "year", day("2006-01-01"), day("2006-12-31"))]),
    )
    assert len(events) == 2


@pytest.mark.parametrize(("lines", "expression"), [
    # each sentence tells a kind of happening of its own, sharing none
    (["Governor Anton Belovar of the Varesk region pleaded not guilty on Monday to bribery charges.",
      "Police detained 11 supporters of Belovar in Varesk on Monday after scuffles outside the court."], "on Monday"),
    # "Also on Saturday, ...": another happening of a day the article has told
    (["Eight miners trapped at the Boreal Crest mine are alive, the company said on Saturday.",
      "Also on Saturday, Ontario ordered Boreal Crest to halt production at its two other mines."], "on Saturday"),
    # "... also searched ... on Wednesday": one more happening of that day
    (["Britain's Serious Fraud Office said on Wednesday it had arrested Halberd Payments' former finance chief Simon "
      "Ferreira at Heathrow Airport as part of a criminal investigation into the payments company.",
      "Investigators also searched the company's headquarters in Reading on Wednesday, an SFO spokesperson said."],
     "on Wednesday"),
])
def test_one_article_telling_two_happenings_of_one_day_keeps_them_apart(lines, expression):
    article = make_article("w", day("2023-03-07"), lines)
    events, _ = build((article, lambda x: [timex(x, expression, "2023-03-06", "day", day("2023-03-06"), occurrence=n)
                                           for n in (0, 1)]))
    assert len(events) == 2


def test_stretches_of_years_are_one_happening_only_when_told_the_same():
    wire = make_article("r", day("2023-03-07"), ["Prosecutors allege Halvik paid Belovar in cash between 2018 and 2021."])
    ap = make_article("a", day("2023-03-25"), ["The judge said Belovar took money from Halvik between 2018 and 2021."])
    daily = make_article("d", day("2023-03-09"), ["Mirela Kostic, Belovar's chief of staff from 2016 to 2021, testified about Halvik."])
    events, _ = build(
        (wire, lambda x: [timex(x, "2018 and 2021", "2018/2021", "year", day("2018-01-01"), day("2021-12-31"))]),
        (ap, lambda x: [timex(x, "2018 and 2021", "2018/2021", "year", day("2018-01-01"), day("2021-12-31"))]),
        (daily, lambda x: [timex(x, "2016 to 2021", "2016/2021", "year", day("2016-01-01"), day("2021-12-31"))]),
    )
    assert sorted(sorted(c.document for c in e.citations) for e in events) == [["a", "r"], ["d"]]


def test_a_reaction_to_a_happening_is_not_that_happening():
    uk = make_article("uk", day("2025-10-20"), ["Interior Minister Pavel Roske defended the curfew on Sunday."])
    za = make_article("za", day("2025-10-29"), ["Roske, who had ordered the curfew in Kessel on 19 October, resigned."])
    events, _ = build(
        (uk, lambda x: [timex(x, "Sunday", "2025-10-19", "day", day("2025-10-19"))]),
        (za, lambda x: [timex(x, "19 October", "2025-10-19", "day", day("2025-10-19"))]),
    )
    assert sorted(sorted(c.document for c in e.citations) for e in events) == [["uk"], ["za"]]


def test_a_stretch_of_months_never_takes_a_happening_of_one_of_its_days():
    us = make_article("us", day("2025-09-03"), ["Brightwell said it reported the breach to regulators on July 16."])
    ie = make_article("ie", day("2026-03-05"), [
        "The decision found that hackers breached Brightwell's billing systems undetected from March to July last year.",
        "Intruders had been inside Brightwell's billing systems from March to July last year."])
    events, _ = build(
        (us, lambda x: [timex(x, "July 16", "2025-07-16", "day", day("2025-07-16"))]),
        (ie, lambda x: [timex(x, "March to July last year", "2025-03/2025-07", "month", day("2025-03-01"),
                              day("2025-07-31"), occurrence=n) for n in (0, 1)]),
    )
    # what went on for months is not what happened on one of its days; a stretch told the same is one happening
    assert sorted((e.value, sorted(c.document for c in e.citations)) for e in events) == [
        ("2025-03/2025-07", ["ie", "ie"]), ("2025-07-16", ["us"])]


@pytest.mark.parametrize("clause, expression, passing", BESIDE_THE_HAPPENING_EXAMPLES)
def test_the_happening_a_clause_dates_its_own_by(clause, expression, passing):
    own, beside = _own_and_passing_words(clause, expression)
    assert beside == passing
    assert not own & beside


@pytest.mark.parametrize("advice, merged", [
    # the advice is told beside the eruption, "before the eruption": another happening
    ("Smartraveller updated its advice for Bali yesterday, before the eruption, urging travellers to check with "
     "airlines.", False),
    ("Smartraveller updated its advice for Bali yesterday after the eruption.", False),
    # its own part tells what the other tells: the same happening, whatever it names in passing
    ("Ash from the eruption closed Bali airport yesterday, before the eruption column drifted south.", True),
])
def test_a_clause_naming_a_happening_only_beside_its_own_is_not_that_happening(advice, merged):
    blog = make_article("live", day("2025-11-06"), [
        "08:10 The volcanology centre says the eruption near Bali started at 11:42pm on Wednesday, and ash closed "
        "Bali airport."])
    news = make_article("au", day("2025-11-06"), [advice])
    events, _ = build(
        (blog, lambda x: [timex(x, "11:42pm on Wednesday", "2025-11-05T23:42", "minute", day("2025-11-05"),
                                type="TIME")]),
        (news, lambda x: [timex(x, "yesterday", "2025-11-05", "day", day("2025-11-05"))]),
    )
    assert len(events) == (1 if merged else 2)
    if not merged:
        eruption = next(e for e in events if e.value == "2025-11-05T23:42")
        assert "eruption" in eruption.summary and [c.document for c in eruption.citations] == ["live"]


def test_about_a_clock_time_is_about_the_minute_not_the_day():
    a = make_article("s1", day("2025-08-27"), ["Hurricane Marisol strengthened on Wednesday as it churned toward Texas."])
    b = make_article("s2", day("2025-08-31"), ["Hurricane Marisol came ashore in Texas at about 12:40 a.m. on Friday."])
    events, _ = build(
        (a, lambda x: [timex(x, "on Wednesday", "2025-08-27", "day", day("2025-08-27"))]),
        (b, lambda x: [timex(x, "12:40 a.m. on Friday", "2025-08-29T00:40", "minute", day("2025-08-29"), type="TIME",
                             mod="APPROX")]),
    )
    assert sorted(e.start for e in events) == [day("2025-08-27"), day("2025-08-29")]


def test_a_bare_reference_joins_the_one_happening_of_its_kind_that_day():
    report = make_article("r1", day("2023-02-07"), ["A magnitude 7.8 earthquake struck Gaziantep on Monday."])
    reference = make_article("r2", day("2023-02-09"), ["Rescuers searched the rubble of Monday's earthquake."])
    events, _ = build(
        (report, lambda a: [timex(a, "on Monday", "2023-02-06", "day", day("2023-02-06"))]),
        (reference, lambda a: [timex(a, "Monday", "2023-02-06", "day", day("2023-02-06"))]),
    )
    (event,) = events
    assert sorted(c.document for c in event.citations) == ["r1", "r2"]


def test_a_confirmed_dated_meeting_joins_the_meeting_it_names():
    report = make_article("k1", day("2025-12-02"), ["Witkoff and Kushner met with Putin in the Kremlin on Tuesday."])
    preview = make_article("k2", day("2025-12-01"), [
        "Kremlin spokesman Dmitry Peskov confirmed the Tuesday meeting but avoided detailing red lines.",
    ])
    events, mentions = build(
        (report, lambda a: [timex(a, "on Tuesday", "2025-12-02", "day", day("2025-12-02"))]),
        (preview, lambda a: [timex(a, "Tuesday", "2025-12-02", "day", day("2025-12-02"))]),
    )
    assert mentions[1].clause == "the Tuesday meeting" and mentions[1].attributed
    (event,) = events
    assert [(c.document, c.status) for c in event.citations] == [("k2", "planned"), ("k1", "reported")]


def test_short_forms_of_blocs_meet_their_long_names():
    plan = make_article("u1", day("2023-02-09"), [
        "A donors' conference organised by the European Union and Sweden will take place in Brussels on March 16.",
    ])
    report = make_article("u2", day("2023-03-20"), [
        "The EU donors conference in Brussels on Thursday raised 7 billion euros for Turkey and Syria.",
    ])
    events, _ = build(
        (plan, lambda a: [timex(a, "March 16", "2023-03-16", "day", day("2023-03-16"))]),
        (report, lambda a: [timex(a, "Thursday", "2023-03-16", "day", day("2023-03-16"))]),
    )
    (event,) = events
    assert event.status == "reported" and len(event.citations) == 2


def test_rules_announced_to_take_effect_meet_the_report_that_they_did():
    # no one named in either clause (the board and the reservoir only around them): "take effect"
    # and "came into force" are one kind of happening
    plan = make_article("w1", day("2025-07-08"), [
        "The Ferrada Basin Water Board cut irrigation quotas by 40 per cent on Tuesday as the Ruvia reservoir sank.",
        "The restrictions will take effect on Monday and stay in place until the reservoir recovers, the board said.",
    ])
    report = make_article("w2", day("2025-07-14"), [
        "The toughest water restrictions in the basin's history came into force today, with quotas cut by 40 per cent.",
        "They were announced by the Ferrada Basin Water Board last week, after the Ruvia reservoir hit a record low.",
    ])
    events, _ = build(
        (plan, lambda a: [timex(a, "on Monday", "2025-07-14", "day", day("2025-07-14"))]),
        (report, lambda a: [timex(a, "today", "2025-07-14", "day", day("2025-07-14"))]),
    )
    (event,) = [e for e in events if e.value == "2025-07-14"]
    assert event.status == "reported" and [c.document for c in event.citations] == ["w1", "w2"]


def test_results_expected_meet_the_results_published():
    # "preliminary results" name an election's happening as "the vote" does
    plan = make_article("r1", day("2023-10-08"), [
        "Voters in Lower Carrow chose a new regional assembly on Sunday, with the Progress Party ahead of the Civic Union.",
        "Preliminary official results are expected on Monday.",
    ])
    report = make_article("r2", day("2023-10-10"), [
        "Preliminary results published on Monday gave the Progress Party 34 seats and the Civic Union 30.",
    ])
    events, _ = build(
        (plan, lambda a: [timex(a, "on Sunday", "2023-10-08", "day", day("2023-10-08")),
                          timex(a, "on Monday", "2023-10-09", "day", day("2023-10-09"))]),
        (report, lambda a: [timex(a, "on Monday", "2023-10-09", "day", day("2023-10-09"))]),
    )
    (event,) = [e for e in events if e.value == "2023-10-09"]
    assert event.status == "reported" and [c.document for c in event.citations] == ["r1", "r2"]


def test_a_week_told_of_another_kind_of_happening_does_not_join_a_day_of_the_story():
    talks = make_article("c1", day("2024-09-23"), [
        "Talks between Sanbere and Kassouma got under way in Addis Ababa on Monday, with African Union mediators present.",
    ])
    lorries = make_article("c2", day("2024-10-02"), [
        "Lorries left Port-Berou for Sanbere after the port lifted its suspension in line with last week's Addis Ababa "
        "accord between Sanbere and Kassouma.",
    ])
    events, _ = build(
        (talks, lambda a: [timex(a, "on Monday", "2024-09-23", "day", day("2024-09-23"))]),
        (lorries, lambda a: [timex(a, "last week", "2024-W39", "week", day("2024-09-23"), day("2024-09-29"))]),
    )
    assert sorted([c.document for c in e.citations] for e in events) == [["c1"], ["c2"]]


def test_what_happened_on_the_same_day_is_another_happening_of_that_day():
    article = make_article("s1", day("2019-06-06"), [
        "Tuesday's shareholder vote in Melbourne removed Wattlebrook chairman Helen Marchetti.",
        "On the same day, several dozen dairy farmers rallied outside the Melbourne venue, urging investors to keep "
        "Wattlebrook in Australian hands.",
    ])
    other = make_article("s2", day("2019-06-05"), [
        "At Tuesday's extraordinary general meeting at a Melbourne venue, dairy farmers and other investors voted to "
        "remove Marchetti.",
    ])
    events, _ = build(
        (article, lambda a: [timex(a, "Tuesday", "2019-06-04", "day", day("2019-06-04")),
                             timex(a, "the same day", "2019-06-04", "day", day("2019-06-04"))]),
        (other, lambda a: [timex(a, "Tuesday", "2019-06-04", "day", day("2019-06-04"))]),
    )
    rally = [e for e in events if any("rallied" in c.quote for c in e.citations)]
    assert len(rally) == 1 and [c.document for c in rally[0].citations] == ["s1"]
    assert not any("rallied" in c.quote for e in events if e is not rally[0] for c in e.citations)


def _eve_article(doc_id, lines):
    return make_article(doc_id, day("2025-12-03"), lines)


def test_the_eve_of_the_talks_is_dated_by_the_talks_the_article_reports():
    article = _eve_article("e1", [
        "Witkoff met Putin in the Kremlin for talks that ran well past midnight.",
        "On the eve of the talks, the Kremlin announced the capture of Pokrovsk.",
    ])
    other = make_article("e2", day("2025-12-02"), ["Witkoff met with Putin in the Kremlin on Tuesday."])
    events, _ = build(
        (article, lambda a: [
            timex(a, "past midnight", "2025-12-03T00:00", "minute", day("2025-12-03"), type="TIME"),
            timex(a, "the eve of the talks", "XXXX-XX-XX", "day", None),
        ]),
        (other, lambda a: [timex(a, "on Tuesday", "2025-12-02", "day", day("2025-12-02"))]),
    )
    eve = next(e for e in events if "Pokrovsk" in e.summary)
    assert (eve.start, eve.value) == (day("2025-12-01"), "2025-12-01")
    assert [c.expression for c in eve.citations] == ["the eve of the talks"]


def test_an_eve_without_a_dated_happening_of_its_kind_makes_no_entry():
    article = _eve_article("e3", [
        "Rubio signed the accord in Geneva on Monday.",
        "On the eve of the talks, the Kremlin announced the capture of Pokrovsk.",
    ])
    events, _ = build((article, lambda a: [
        timex(a, "on Monday", "2025-12-01", "day", day("2025-12-01")),
        timex(a, "the eve of the talks", "XXXX-XX-XX", "day", None),
    ]))
    assert [e.summary for e in events] == ["Rubio signed the accord in Geneva on Monday"]


def test_an_anchored_expression_is_not_dated_by_its_own_sentence():
    # the sentence telling "the day after the fire" is itself of the fire's kind and dated
    # (Wednesday): the fire it counts from is the one the article dates elsewhere (March 9), not
    # its own sentence's Wednesday (which would make it Thursday)
    article = make_article("f1", day("2021-03-16"), [
        "The blaze erupted on March 9 at the Dunmore Polymers factory in Hexley.",
        "A fifth worker, Lee Barraclough, died of his burns on Wednesday, the day after the fire at the Hexley plant.",
    ])
    events, _ = build((article, lambda a: [
        timex(a, "March 9", "2021-03-09", "day", day("2021-03-09")),
        timex(a, "Wednesday", "2021-03-10", "day", day("2021-03-10")),
        timex(a, "the day after the fire", "XXXX-XX-XX", "day", None),
    ]))
    died = [e for e in events if "Barraclough" in e.summary]
    # (one entry: the day it counts to is the day the sentence already gives)
    assert [(e.value, [c.expression for c in e.citations]) for e in died] == [("2021-03-10", ["Wednesday"])]


def _ordered_fixture():
    article = make_article("o", day("2025-12-31"), [
        "Alpha Corp opened a plant in Lyon in December 2025.",
        "Beta Inc closed its office in Oslo on December 1, 2025.",
        "Gamma Ltd hired staff in Porto on December 1, 2025.",
        "Delta Group held a vote in Rome in 2025.",
        "Echo AG signed a lease in Bern on December 2, 2025.",
    ])
    return article, lambda a: [
        timex(a, "December 2025", "2025-12", "month", day("2025-12-01"), day("2025-12-31")),
        timex(a, "December 1, 2025", "2025-12-01", "day", day("2025-12-01")),
        timex(a, "December 1, 2025", "2025-12-01", "day", day("2025-12-01"), occurrence=1),
        timex(a, "2025", "2025", "year", day("2025-01-01"), day("2025-12-31"), occurrence=3),
        timex(a, "December 2, 2025", "2025-12-02", "day", day("2025-12-02")),
    ]


def test_order_by_start_with_coarser_entries_first_and_ties_by_id():
    events, _ = build(_ordered_fixture())
    assert [(e.start.isoformat(), e.granularity) for e in events] == [
        ("2025-01-01", "year"),
        ("2025-12-01", "month"),
        ("2025-12-01", "day"),
        ("2025-12-01", "day"),
        ("2025-12-02", "day"),
    ]
    same_day = [e.id for e in events if e.granularity == "day" and e.start == day("2025-12-01")]
    assert same_day == sorted(same_day)
    assert events == sorted(events, key=entry_sort_key)


def test_ids_are_unique_and_made_of_date_and_summary():
    events, _ = build(_ordered_fixture())
    ids = [e.id for e in events]
    assert len(set(ids)) == len(ids)
    assert ids[0].startswith("2025-") and ids[1].startswith("2025-12-") and ids[2].startswith("2025-12-01-")
    assert all(re.fullmatch(r"[0-9A-Za-z-]+", i) for i in ids)
    assert slug("U.S. advisers Steve Witkoff and Jared Kushner met with Russian President Vladimir Putin") == (
        "witkoff-kushner-met-putin"
    )


@pytest.mark.parametrize(("summary", "expected"), [
    ("12:05 p.m. Cancellations pass 1,100", "cancellations-pass"),
    ("Meridian's systems were fully restored at 3:30 p.m. the following day", "meridians-systems-fully-restored"),
    ("Last summer's CrowdStrike outage", "crowdstrike-outage"),
    ("By Saturday evening Meridian had canceled 612 flights", "meridian-canceled-flights"),
    ("The Senate Commerce Committee will hold a hearing on the outage on Sept. 24", "committee-hold-hearing-outage"),
    ("The plane landed at 3.30pm on August 29th", "plane-landed"),
    ("Talks on Sat 12 Oct", "talks"),
    # not words of time: an abbreviation without its stop or figure, a season's verb
    ("The Sun reported the leak", "sun-leak"),
    ("Jan Smit resigned", "smit-resigned"),
    ("Shares fall", "shares-fall"),
])
def test_ids_leave_out_words_of_time(summary, expected):
    assert slug(summary) == expected


def test_repeated_ids_get_a_numbered_suffix():
    article = make_article("d", day("2025-12-03"), ["Rain fell in Oslo on Monday.", "Rain fell in Oslo on Monday."])
    events, _ = build((article, lambda a: [
        timex(a, "on Monday", "2025-12-01", "day", day("2025-12-01")),
        timex(a, "on Monday", "2025-12-01", "day", day("2025-12-01"), occurrence=1),
    ]))
    # Two sentences, one happening: merged, so only one id.
    assert len(events) == 1
    same = [
        Event(id="2025-12-01-rain", start=day("2025-12-01"), end=day("2025-12-01"), granularity="day",
              summary="Rain", citations=[]),
    ] * 3
    from timeline.merge.entries import order_and_assign_ids

    assert [e.id for e in order_and_assign_ids(same)] == ["2025-12-01-rain", "2025-12-01-rain-2", "2025-12-01-rain-3"]


def test_same_input_in_any_order_gives_identical_output():
    sources = florida_sources() + [_ordered_fixture()]
    first, _ = build(*sources)
    articles, mentions = [], []
    for article, make in sources:
        articles.append(article)
        mentions += extract_mentions(article, make(article))
    shuffled = list(mentions)
    random.Random(7).shuffle(shuffled)
    again = merge_mentions(shuffled, list(reversed(articles)))
    assert [e.model_dump() for e in again] == [e.model_dump() for e in first]


def test_merging_compares_only_within_date_and_name_blocks(monkeypatch):
    calls = []
    real = matching.similarity

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr("timeline.merge.clustering.similarity", counting)
    start = dt.date(2020, 1, 1)
    features = []
    for n in range(400):
        when = start + dt.timedelta(days=31 * n)  # one per month: no two share a block
        article = make_article(f"n{n}", when, [f"Person{n} met Official{n} in City{n} on that day."])
        mention = extract_mentions(article, [timex(article, "on that day", when.isoformat(), "day", when)])[0]
        features.append(matching.prepare(n, mention))
    clusters = cluster_mentions(features)
    assert len(clusters) == 400
    assert len(calls) == 0  # all-pairs would be 79,800 comparisons


# --------------------------------------------------------------------------- properties

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_NAMES = ["Putin", "Witkoff", "Kushner", "Zelensky", "Umerov", "Rubio", "Moscow", "Miami", "Kyiv", "Lavrov"]
_VERBS = ["met with", "held talks with", "called", "visited", "signed a deal with", "attacked"]
_GRAINS = [("day", 0), ("week", 6), ("weekend", 1), ("month", 29), ("year", 364)]


@st.composite
def random_mentions(draw):
    count = draw(st.integers(min_value=1, max_value=25))
    articles, mentions = [], []
    for n in range(count):
        a, b = draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_NAMES))
        verb = draw(st.sampled_from(_VERBS))
        grain, length = draw(st.sampled_from(_GRAINS))
        first = dt.date(2025, 11, 20) + dt.timedelta(days=draw(st.integers(min_value=0, max_value=14)))
        reference = first + dt.timedelta(days=draw(st.integers(min_value=-3, max_value=10)))
        article = make_article(f"doc{n:02d}", reference, [f"{a} {verb} {b} in the city then."])
        made = timex(article, "then", first.isoformat(), grain, first, first + dt.timedelta(days=length))
        articles.append(article)
        mentions += extract_mentions(article, [made])
    return articles, mentions


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(random_mentions(), st.randoms(use_true_random=False))
def test_merge_invariants(data, shuffler):
    articles, mentions = data
    events = merge_mentions(mentions, articles)
    dated = [c for e in events for c in e.citations if not c.corroborating]
    # every mention is cited exactly once
    assert sorted((c.document, c.start) for c in dated) == sorted((m.document, m.timex.start) for m in mentions)
    assert len({e.id for e in events}) == len(events)
    assert events == sorted(events, key=entry_sort_key)
    for event in events:
        exact_days = {c.value for c in event.citations if re.fullmatch(r"\d{4}-\d{2}-\d{2}", c.value)}
        by_doc = {(c.document, c.start): c for c in event.citations}
        day_values = {v for v in exact_days
                      if any(m.timex.value == v and m.timex.granularity == "day" for m in mentions
                             if (m.document, m.timex.start) in by_doc)}
        assert len(day_values) <= 1, event  # never two different exact days in one entry
        assert event.start <= event.end
    shuffled = list(mentions)
    shuffler.shuffle(shuffled)
    assert merge_mentions(shuffled, list(reversed(articles))) == events


def test_disagreements_name_sources_by_publisher_then_title_then_number():
    from timeline.merge.entries import source_label
    from timeline.ingest import parse_article

    def article(front: str) -> str:
        return source_label(parse_article(f"---\npublished: 2025-01-01\n{front}---\nText.\n", path="doc-7.txt"), 7)

    assert article("publisher: Example Wire\ntitle: A Title\n") == "Example Wire"
    assert article("title: One two three four five six seven eight nine\n") == "“One two three four five six seven eight…”"
    assert article("title: Witkoff and Kushner Meet Putin in Moscow to Discuss a Plan\n") == "“Witkoff and Kushner Meet Putin in Moscow…”"
    assert article("") == "source 7"  # as the rendered chronology names it, not by its file name


# --------------------------------------------------------------------------- names the input tells

def test_a_name_that_only_opens_sentences_is_known_by_another_article_of_the_input():
    herald = make_article("n1", day("2025-11-07"), [
        "A jury on Thursday found former Riverside mayor Gerald Pike guilty of taking bribes."])
    post = make_article("n2", day("2025-11-07"), ["Pike was convicted of bribery on Thursday, jurors said."])
    events, _ = build(
        (herald, lambda x: [timex(x, "on Thursday", "2025-11-06", "day", day("2025-11-06"))]),
        (post, lambda x: [timex(x, "on Thursday", "2025-11-06", "day", day("2025-11-06"))]),
    )
    assert len(events) == 1
    # alone, the article's opening "Rahman" could be any capitalised word: no name to share
    assert matching.opening_name("Rahman, 41, was named", frozenset()) == ""
    assert matching.opening_name("Rahman, 41, was named", frozenset({"rahman"})) == "rahman"
    assert matching.opening_name("The minister was named", frozenset({"the"})) == ""


def test_a_word_opening_a_paragraph_is_no_name_of_the_article():
    article = make_article("n3", day("2025-08-14"), [
        "Residents began clearing mud on Thursday after the Tarn flooded Meldon.",
        "Floodwaters subsided on Wednesday."])
    assert matching.article_names(article) == frozenset({"tarn", "meldon"})
    seen = names_seen_in(article.body) | {"residents"}  # (as input_names_seen gives: the article's own and others')
    assert matching.article_names(article, seen) == frozenset({"tarn", "meldon", "residents"})


def test_an_organisation_word_the_input_also_writes_in_lower_case_names_no_one_alone():
    named = make_article("n4", day("2021-03-18"), [
        "Officers of the Marlshire Police have arrested two people.", "British police on Wednesday arrested a second person."])
    opening = make_article("n5", day("2021-03-16"), ["Police arrested the plant's manager last week."])
    seen = matching.input_names_seen([named, opening])
    assert "marlshire" in seen and "police" not in seen
    assert matching.opening_name("Police arrested the plant's manager last week.", seen) == ""
    # a word the input capitalises inside sentences and never writes in lower case stays a name
    assert "police" in matching.input_names_seen([make_article("n6", day("2021-03-18"), ["Officers of the Marlshire Police said so."])])


# --------------------------------------------------------------------------- a story's one X of a day

def _storm(doc: str, reference: str, lines: list[str], expressions: list[tuple[str, str]]):
    article = make_article(doc, day(reference), lines)
    return article, lambda a: [timex(a, text, value, "day", day(value)) for text, value in expressions]


def test_each_article_telling_a_storm_once_that_day_is_one_storm_though_no_name_is_shared():
    wire = _storm("s1", "2025-08-23", [
        "Storm Idris slammed into the southern coast on Saturday with winds of up to 140 km/h."],
        [("on Saturday", "2025-08-23")])
    globe = _storm("s2", "2025-08-24", [
        ("One dead as Idris batters coast", "heading"),
        "The storm swept inland yesterday, leaving thousands without power."],
        [("yesterday", "2025-08-23")])
    events, _ = build(wire, globe)
    assert len(events) == 1


def test_an_article_telling_two_storms_that_day_keeps_them_apart():
    wire = _storm("s1", "2025-08-23", [
        "Storm Idris slammed into the southern coast on Saturday.",
        "A second storm hit the northern islands of Vell on Saturday."],
        [("on Saturday", "2025-08-23"), ("on Saturday", "2025-08-23")])
    wire = (wire[0], lambda a: [timex(a, "on Saturday", "2025-08-23", "day", day("2025-08-23")),
                                timex(a, "on Saturday", "2025-08-23", "day", day("2025-08-23"), occurrence=1)])
    globe = _storm("s2", "2025-08-24", [
        ("One dead as Idris batters coast", "heading"),
        "The storm swept inland yesterday, leaving thousands without power."],
        [("yesterday", "2025-08-23")])
    events, _ = build(wire, globe)
    assert len([e for e in events if e.start == day("2025-08-23")]) >= 2


def test_lone_storms_of_different_stories_stay_apart():
    one = _storm("s1", "2025-08-23", ["Storm Idris slammed into the southern coast of Ostria on Saturday."],
                 [("on Saturday", "2025-08-23")])
    other = _storm("s2", "2025-08-24", ["The storm swept into the Kell islands yesterday, leaving thousands without power."],
                   [("yesterday", "2025-08-23")])
    events, _ = build(one, other)
    assert len(events) == 2


def test_a_name_only_one_story_tells_keeps_lone_happenings_apart():
    wire = _storm("s1", "2025-08-23", ["Storm Idris slammed into Port Alden on Saturday."],
                  [("on Saturday", "2025-08-23")])
    globe = _storm("s2", "2025-08-24", [
        ("One dead as Idris batters coast", "heading"),
        "The storm swept into Kellbridge yesterday, leaving thousands without power."],
        [("yesterday", "2025-08-23")])
    events, _ = build(wire, globe)
    assert len(events) == 2


@pytest.mark.parametrize(("clause", "expression", "kinds"), OWN_KIND_EXAMPLES)
def test_a_clause_tells_its_own_kind_not_the_kind_of_its_cause(clause, expression, kinds):
    assert own_kinds(clause, expression) == kinds


# --------------------------------------------------------------------------- described, not named

def _minister_sources():
    ledger = make_article("r1", day("2025-09-30"), [
        "Transport Minister Owen Pryce resigned on Tuesday after a newspaper revealed his brother's rail contracts."])
    wire = make_article("r2", day("2025-09-30"), [
        "The country's transport minister stepped down on Tuesday, saying the contracts row had become a distraction."])
    return [
        (ledger, lambda a: [timex(a, "on Tuesday", "2025-09-30", "day", day("2025-09-30"))]),
        (wire, lambda a: [timex(a, "on Tuesday", "2025-09-30", "day", day("2025-09-30"))]),
    ]


def test_a_person_described_by_role_meets_the_name_another_report_gives_that_role(monkeypatch):
    events, _ = build(*_minister_sources())
    assert len(events) == 1
    monkeypatch.setattr(matching, "described_names", lambda described, roles: set())
    events, _ = build(*_minister_sources())
    assert len(events) == 2


def test_a_role_an_article_gives_two_people_names_no_one():
    article = make_article("r3", day("2025-06-03"), [
        "Chief executive Marcus Hale resigned on Tuesday.",
        "The board named finance director Priya Natarajan as interim chief executive.",
        "Natarajan, 47, joined in 2019, and chief executive Tom Reyes will start in June."])
    assert matching.article_roles(article) == frozenset({("finance director", "natarajan"), ("age:47", "natarajan")})


def test_a_report_naming_no_one_joins_the_story_s_lone_happening_whatever_names_the_other_gives():
    wire = _storm("q1", "2025-08-12", ["The River Tarn burst its banks in Meldon on Tuesday, flooding hundreds of homes."],
                  [("on Tuesday", "2025-08-12")])
    courier = _storm("q2", "2025-08-14", [
        ("Meldon flood clean-up", "heading"),
        "The water rose quickly and flooded the town on Tuesday, residents said."],
        [("on Tuesday", "2025-08-12")])
    events, _ = build(wire, courier)
    assert len(events) == 1


def test_an_entry_prefers_a_summary_not_told_from_its_writers_day_and_drops_one_that_opens_so():
    courier = make_article("a-courier", day("2025-03-15"), [
        "Yesterday's strike by the TSWU union cut Northline services by about 90 per cent on 14 March."])
    wire = make_article("b-wire", day("2025-03-15"), [
        "The TSWU union strike cut Northline services by about 90 per cent on Friday."])
    events, _ = build(
        (courier, lambda a: [timex(a, "14 March", "2025-03-14", "day", day("2025-03-14"))]),
        (wire, lambda a: [timex(a, "Friday", "2025-03-14", "day", day("2025-03-14"))]),
    )
    (event,) = events
    assert event.summary.startswith("The TSWU union strike cut Northline services")
    alone, _ = build((courier, lambda a: [timex(a, "14 March", "2025-03-14", "day", day("2025-03-14"))]))
    assert alone[0].summary.startswith("The strike by the TSWU union cut Northline services")


def test_an_entry_prefers_a_clause_to_a_participle_phrase_with_none():
    wire = make_article("p-wire", day("2024-09-11"), [
        "Kassouma on Tuesday expelled Sanbere's envoy, accusing Ndare of harbouring the gunmen who killed two of its "
        "soldiers at the Mbanta border post on Sunday."])
    tv = make_article("p-tv", day("2024-09-09"), [
        "Two soldiers were killed at Mbanta on Sunday."])
    events, _ = build(
        (wire, lambda a: [timex(a, "Tuesday", "2024-09-10", "day", day("2024-09-10")),
                          timex(a, "Sunday", "2024-09-08", "day", day("2024-09-08"))]),
        (tv, lambda a: [timex(a, "Sunday", "2024-09-08", "day", day("2024-09-08"))]),
    )
    (attack,) = [e for e in events if e.start == day("2024-09-08")]
    assert len(attack.citations) == 2 and not attack.summary.startswith("Accusing")


# --------------------------------------------------------------------------- one story, one day

def _escape_sources():
    herald = _storm("k1", "2022-05-04", [
        "Gunmen abducted 20 pupils from Tunde Memorial School in Zaria last month.",
        "Three pupils escaped from the kidnappers' forest camp on May 2, police said."],
        [("on May 2", "2022-05-02")])
    courier = _storm("k2", "2022-05-05", [
        "Parents of the Tunde Memorial School pupils marched in Zaria on Wednesday.",
        "Three classmates had escaped on May 2."],
        [("on Wednesday", "2022-05-04"), ("on May 2", "2022-05-02")])
    return herald, courier


def test_reports_of_one_story_and_day_sharing_what_they_tell_join_without_a_shared_name():
    events, _ = build(*_escape_sources())
    escape = [e for e in events if e.start == day("2022-05-02")]
    assert len(escape) == 1 and {c.document for c in escape[0].citations} == {"k1", "k2"}


def test_reports_of_one_day_in_different_stories_stay_apart():
    herald = _storm("k1", "2022-05-04", ["Three pupils escaped from a forest camp near Zaria on May 2, police said."],
                    [("on May 2", "2022-05-02")])
    other = _storm("k3", "2022-05-05", ["Three inmates escaped from Halden prison on May 2."],
                   [("on May 2", "2022-05-02")])
    events, _ = build(herald, other)
    assert len([e for e in events if e.start == day("2022-05-02")]) == 2


def test_a_report_as_close_to_two_of_the_days_happenings_joins_neither():
    herald = make_article("p1", day("2019-02-12"), [
        "Dockworkers at Port Kessan walked off the job over rosters.",
        "The operator asked the tribunal on Tuesday to end the dispute.",
        "Union delegates answered the tribunal on Tuesday."])
    wire = make_article("p2", day("2019-02-13"), [
        "Port Kessan's dockworkers have been out since the weekend.",
        "Their case went before the tribunal on Tuesday."])
    tuesday = ("on Tuesday", "2019-02-12", "day", day("2019-02-12"))
    events, _ = build(
        (herald, lambda a: [timex(a, *tuesday), timex(a, *tuesday, occurrence=1)]),
        (wire, lambda a: [timex(a, *tuesday)]))
    assert not any({c.document for c in e.citations} == {"p1", "p2"} for e in events)
    # (either of the operator's and the delegates' days alone would take the wire's report)
    events, _ = build((herald, lambda a: [timex(a, *tuesday)]), (wire, lambda a: [timex(a, *tuesday)]))
    assert any({c.document for c in e.citations} == {"p1", "p2"} for e in events)


# --------------------------------------------------------------------------- a story's one-time happenings

def _fire_start_sources(monday_clause: str):
    sentinel = _storm("f1", "2025-08-06", [
        "The Ashgrove fire has burned 9,000 acres near the town of Pell Ridge.",
        "The wildfire broke out on Sunday afternoon beside a logging road."],
        [("on Sunday afternoon", "2025-08-03")])
    courier = _storm("f2", "2025-08-07", [
        "Crews fighting the Ashgrove fire near Pell Ridge expect rain on Friday.",
        monday_clause],
        [("on Monday", "2025-08-04")])
    sentinel = (sentinel[0], lambda a: [timex(a, "on Sunday afternoon", "2025-08-03TAF", "part_of_day", day("2025-08-03"))])
    return sentinel, courier


def test_a_storys_one_fire_told_on_two_days_by_two_outlets_is_disputed():
    events, _ = build(*_fire_start_sources("The blaze started on Monday near a logging road."))
    start = [e for e in events if e.start in (day("2025-08-03"), day("2025-08-04"))]
    assert len(start) == 2 and all(e.disputed for e in start)
    assert any("3 Aug 2025" in note for e in start for note in e.disagreements)


def test_another_fire_a_day_later_is_no_disagreement():
    events, _ = build(*_fire_start_sources("Another blaze started on Monday near a logging road."))
    assert not any(e.disputed for e in events)


@pytest.mark.parametrize("monday_clause", [
    # another day of the same fire: how far it has spread, how much is contained, crews fighting it
    "The blaze had grown to 12,000 acres and was 15% contained on Monday near a logging road.",
    "Firefighters had the blaze 40% contained on Monday near a logging road.",
    "Crews worked on Monday to keep the blaze from crossing a logging road.",
    # a saying dated on its own day: the day it was said, not the day the fire began
    "Investigators said on Monday the blaze was probably started by a spark near a logging road.",
])
def test_successive_reports_of_one_fire_are_no_disagreement_on_its_date(monday_clause):
    events, _ = build(*_fire_start_sources(monday_clause))
    assert not any(e.disputed for e in events)


def _bombing_sources(later_line: str):
    wire = _storm("b1", "2013-04-16", [
        "A bomb exploded near the finish line of the Kessel Marathon on Monday, killing three people."],
        [("on Monday", "2013-04-15")])
    later = _storm("b2", "2013-04-18", ["Police in Kessel searched the suburb of Marlow.", later_line],
                   [("on Wednesday", "2013-04-17")])
    return build(wire, later)[0]


def test_a_storys_known_happening_named_after_a_preposition_is_no_disagreement_on_its_date():
    # the clause's news is the suspect's condition; the bombing is named as what he is a suspect in
    events = _bombing_sources("The surviving suspect in the Kessel Marathon bombing was in serious condition on Wednesday.")
    assert not any(e.disputed for e in events)
    # told as its own subject, the bombing dated two days apart is a disagreement
    events = _bombing_sources("The Kessel Marathon bombing killed three people on Wednesday.")
    assert sum(e.disputed for e in events) == 2


def test_a_fire_that_broke_out_on_two_days_by_two_outlets_is_disputed():
    events, _ = build(*_fire_start_sources("The blaze broke out on Monday near a logging road."))
    assert sum(e.disputed for e in events) == 2


def test_one_persons_two_happenings_of_different_kinds_on_one_day_stay_apart():
    # a resignation and a registrar's inquiry into the same minister, told of the same day
    quit_ = make_article("r1", day("2023-08-24"), [
        "Her predecessor Greg Ashworth quit on Wednesday over a shareholding he had failed to declare."])
    inquiry = make_article("r2", day("2023-08-23"), [
        "The registrar said today she would investigate Greg Ashworth's failure to declare the shareholding."])
    events, _ = build(
        (quit_, lambda x: [timex(x, "on Wednesday", "2023-08-23", "day", day("2023-08-23"))]),
        (inquiry, lambda x: [timex(x, "today", "2023-08-23", "day", day("2023-08-23"))]),
    )
    assert len(events) == 2


def test_the_kind_tables_name_known_kinds_and_draw_on_the_one_a_day_kinds():
    from timeline.events.vocab import EVENT_CLASSES, EVENT_PHRASES, ONE_A_DAY_KINDS, PERSONAL_KINDS
    from timeline.merge.conflicts import ONCE_KINDS

    known = set(EVENT_CLASSES) | set(EVENT_PHRASES)
    assert ONE_A_DAY_KINDS <= known
    # a clause's own kinds are one-a-day kinds, so a kind outside them would never be seen
    assert PERSONAL_KINDS <= ONE_A_DAY_KINDS and ONCE_KINDS <= ONE_A_DAY_KINDS


def _clock_article(doc_id: str, lines: list[str], clocks: list[tuple[str, str]]):
    article = make_article(doc_id, day("2025-03-18"), lines)
    return article, lambda a: [
        timex(a, text, f"2025-03-16T{clock}", "minute", day("2025-03-16"), type="TIME") for text, clock in clocks]


def test_clock_times_hours_apart_in_one_article_are_two_happenings():
    # one writer, one clock: "shortly after 3 a.m." and "around 12.30 p.m." are two moments,
    # though the two sentences share the town and the water
    events, _ = build(_clock_article("f1", [
        "Floodwater reached the centre of Nysa shortly after 3 a.m. on Sunday.",
        "The dam above Nysa burst at around 12.30 p.m. on Sunday, sending more water towards the town centre.",
    ], [("3 a.m. on Sunday", "03:00"), ("12.30 p.m. on Sunday", "12:30")]))
    assert sorted(len(e.citations) for e in events) == [1, 1]
    assert sorted(e.value for e in events) == ["2025-03-16T03:00", "2025-03-16T12:30"]


def test_two_stamped_lines_of_a_live_report_are_two_notes_however_close():
    # a match blog: the goal and the final score share the teams and are under two hours apart
    events, _ = build(_clock_article("f1s", [
        "3.27pm Redbridge 1-0 Bolden Forest. Okafor heads in at the far post.",
        "4.52pm Full time: Redbridge 2-0 Bolden Forest.",
    ], [("3.27pm", "15:27"), ("4.52pm", "16:52")]))
    assert sorted(e.value for e in events) == ["2025-03-16T15:27", "2025-03-16T16:52"]
    # told in sentences, not stamps, times this close may be one moment told loosely (below)


def test_clock_times_told_loosely_or_in_another_zone_still_meet():
    # minutes apart in one article: the same moment told twice
    events, _ = build(_clock_article("f2", [
        "The dam above Nysa burst at 12.30 p.m. on Sunday.",
        "Residents of Nysa heard the dam burst at about 1 p.m. on Sunday.",
    ], [("12.30 p.m. on Sunday", "12:30"), ("1 p.m. on Sunday", "13:00")]))
    assert [len(e.citations) for e in events] == [2]
    # hours apart in two articles telling the same kind of happening: one report's local time,
    # the other's GMT
    local = _clock_article("q1", ["A strong earthquake struck Van province at 3.15 p.m. on Sunday."],
                           [("3.15 p.m. on Sunday", "15:15")])
    gmt = _clock_article("q2", ["The earthquake struck Van province at 12.15 p.m. GMT on Sunday."],
                         [("12.15 p.m. GMT on Sunday", "12:15")])
    events, _ = build(local, gmt)
    assert [len(e.citations) for e in events] == [2]


@pytest.mark.parametrize(("clause", "keys"), matching.CARRIER_NAME_EXAMPLES)
def test_an_organisation_a_nationality_opens_and_a_flight_number_are_keyed_by_their_own_name(clause, keys):
    assert matching.carrier_names(clause) == keys


def _sunday(doc_id: str, line: str, expression: str = "on Sunday"):
    return make_article(doc_id, day("2019-03-14"), [line]), lambda a: [
        timex(a, expression, "2019-03-10", "day", day("2019-03-10"))]


def test_an_airline_s_crash_meets_its_flight_number_across_sources():
    events, _ = build(
        _sunday("c1", "Regulators grounded the jets after Sunday's Ethiopian Airlines crash that killed 157 people.",
                "Sunday"),
        _sunday("c2", "Ethiopian Airlines Flight 302 crashed after leaving Addis Ababa on Sunday, killing 157 people."),
    )
    sunday = [e for e in events if e.start == day("2019-03-10")]
    assert len(sunday) == 1 and {c.document for c in sunday[0].citations} == {"c1", "c2"}


def test_two_airlines_or_two_flights_of_one_day_stay_apart():
    # "Airlines" and "Flight" name no one: every airline and every flight had shared them
    events, _ = build(
        _sunday("d1", "A Turkish Airlines jet crashed on landing at Trabzon on Sunday."),
        _sunday("d2", "An Ethiopian Airlines jet crashed near Bishoftu on Sunday."),
    )
    assert sorted(len(e.citations) for e in events) == [1, 1]
    events, _ = build(
        _sunday("d3", "Lion Air Flight 610 crashed into the sea on Sunday."),
        _sunday("d4", "Garuda Flight 200 crashed on landing on Sunday."),
    )
    assert sorted(len(e.citations) for e in events) == [1, 1]


def _crash_day(lines: list[str], expressions: list[tuple[str, int]]):
    return make_article("cr", day("2019-03-14"), lines), lambda a: [
        timex(a, text, "2019-03-10", "day", day("2019-03-10"), occurrence=n) for text, n in expressions]


def test_a_bare_reference_joins_its_article_s_one_happening_of_that_name_or_country_and_kind():
    # a country both tell is no name: "Ethiopian crash" is as nameless as "Monday's earthquake"
    events, _ = build(_crash_day([
        "An Ethiopian Airlines jet crashed near Bishoftu on Sunday, killing 157 people.",
        "Relatives gathered at Bole airport after Sunday's Ethiopian crash.",
    ], [("on Sunday", 0), ("Sunday", 1)]))
    assert [len(e.citations) for e in events] == [2]
    # a shared name joins the one happening of that name, though "plunged" is no crash by its words
    events, _ = build(_crash_day([
        "Lion Air Flight 610 plunged into the Java Sea on Sunday, killing 189 people.",
        "Relatives gathered at the airport after Sunday's Lion Air crash.",
    ], [("on Sunday", 0), ("Sunday", 1)]))
    assert [len(e.citations) for e in events] == [2]


def test_a_bare_reference_that_fits_two_happenings_of_its_name_joins_neither():
    events, _ = build(_crash_day([
        "A Lion Air jet plunged into the Java Sea on Sunday, killing 189 people.",
        "A Lion Air jet skidded off the runway in Makassar on Sunday.",
        "Relatives gathered at the airport after Sunday's Lion Air crash.",
    ], [("on Sunday", 0), ("on Sunday", 1), ("Sunday", 2)]))
    assert [len(e.citations) for e in events] == [1, 1, 1]


@pytest.mark.parametrize(("body", "forms"), [
    ("Goldman Sachs agreed to pay a fine. Analysts said Goldman would recover.", {"goldman": "sachs"}),
    # "Trump" is Donald Trump's own key, not a short form of the Trump Organization
    ("Donald Trump spoke. The Trump Organization sued. Trump said so.", {"donald": "trump"}),
    # a word the article writes in lower case is no short form ("new rules")
    ("New York officials set new rules.", {}),
])
def test_the_first_word_of_a_name_given_in_full_is_a_short_form_of_it(body, forms):
    assert matching.short_forms([body]) == forms


def test_a_name_an_article_tells_alone_before_the_name_that_opens_on_it_is_no_short_form():
    # "Bristol" told alone first is the city, not "Bristol Cathedral" called short
    assert matching.short_forms(["She died on Sunday in Bristol, England.",
                                 "A funeral will be held at Bristol Cathedral."]) == {}
    assert matching.short_forms(["Lehman Brothers filed for bankruptcy protection early Monday.",
                                 "Lehman filed its Chapter 11 petition at 1:45 a.m."]) == {"lehman": "brothers"}


def test_two_obituaries_of_one_death_merge_though_one_names_a_cathedral_after_the_city():
    uk = make_article("uk", day("2025-03-11"), [
        "Margaret Oyelaran, who has died aged 88, was one of the first Black women to qualify as a chartered civil engineer.",
        "She died on Sunday at her home in Bristol after a short illness, her family said.",
    ])
    us = make_article("us", day("2025-03-12"), [
        "Margaret Oyelaran, a Nigerian-born engineer who became one of Britain's first Black female chartered civil "
        "engineers, died Sunday in Bristol, England.",
        "A funeral will be held March 21 at Bristol Cathedral.",
    ])
    events, _ = build(
        (uk, lambda x: [timex(x, "on Sunday", "2025-03-09", "day", day("2025-03-09"))]),
        (us, lambda x: [timex(x, "Sunday", "2025-03-09", "day", day("2025-03-09")),
                        timex(x, "March 21", "2025-03-21", "day", day("2025-03-21"))]),
    )
    assert [sorted(c.document for c in e.citations if not c.corroborating) for e in events] == [["uk", "us"], ["us"]]


def test_a_title_cased_headline_gives_no_short_forms():
    article = make_article("h", day("2026-01-10"), [
        "Eurostar Chaos Leaves Thousands Stranded",
        "Thousands were stranded after Eurostar cancelled all trains on Thursday.",
    ], title_first=True)
    assert matching.article_facts(article).short_forms == ()
    article = make_article("h2", day("2026-01-10"), [
        "Thousands were stranded after Eurostar cancelled all trains on Thursday.",
        ("Eurostar Chaos Leaves Thousands Stranded", "heading"),
    ])
    assert matching.article_facts(article).short_forms == ()


def _settlement(lines: list[str], expressions: list[tuple[str, str, str]]):
    article = make_article("gs", day("2025-06-03"), lines)
    return article, lambda a: [
        timex(a, text, value, grain, day("2025-06-02"), type="TIME" if "T" in value else "DATE",
              occurrence=[t for t, _, _ in expressions[:n]].count(text))
        for n, (text, value, grain) in enumerate(expressions)]


def test_a_restatement_calling_a_company_by_its_first_word_merges_within_its_article():
    events, _ = build(_settlement([
        "Goldman Sachs agreed to pay a fine to settle the inquiry on Monday.",
        "Goldman agreed the settlement with the Securities and Exchange Commission at 4 p.m. Monday, paying $550 million.",
    ], [("on Monday", "2025-06-02", "day"), ("4 p.m. Monday", "2025-06-02T16:00", "minute")]))
    assert [len(e.citations) for e in events] == [2]


def test_a_company_s_first_word_meets_no_other_name_and_no_other_kind():
    # the short form is the company's name, not a shared kind: two things it did that day stay two
    events, _ = build(_settlement([
        "Goldman Sachs agreed to pay a fine to settle the inquiry on Monday.",
        "Goldman hired a new chief economist from the Federal Reserve on Monday.",
    ], [("on Monday", "2025-06-02", "day"), ("on Monday", "2025-06-02", "day")]))
    assert sorted(len(e.citations) for e in events) == [1, 1]


def _line_reopening(their_line: str):
    brief = make_article("rb", day("2026-02-05"), [
        "Harwick Rail closed the coast line on Wednesday after a landslip near Dunmore.",
        "Services on the coast line will resume on Saturday, the operator said.",
    ])
    other = make_article("ra", day("2026-02-08"), ["Harwick Rail staff cleared the landslip near Dunmore.", their_line])
    return [
        (brief, lambda a: [timex(a, "on Wednesday", "2026-02-04", "day", day("2026-02-04")),
                           timex(a, "on Saturday", "2026-02-07", "day", day("2026-02-07"))]),
        (other, lambda a: [timex(a, "on Saturday", "2026-02-07", "day", day("2026-02-07"))]),
    ]


def test_reports_told_in_each_other_s_articles_merge_on_their_words_without_a_kind():
    # the brief's clause names no one, its article names Harwick Rail; "resume" is no kind of happening,
    # and one expected what the other reports (so the story's day-join, which wants one status, did not)
    events, _ = build(*_line_reopening("Harwick Rail resumed full services on the coast line on Saturday."))
    saturday = [e for e in events if e.start == day("2026-02-07")]
    assert len(saturday) == 1 and {c.document for c in saturday[0].citations} == {"ra", "rb"}


def test_reports_told_in_each_other_s_articles_sharing_one_word_stay_apart():
    events, _ = build(*_line_reopening("Harwick Rail ran replacement buses along the coast on Saturday."))
    saturday = [e for e in events if e.start == day("2026-02-07")]
    assert sorted(len(e.citations) for e in saturday) == [1, 1]


def test_clock_times_of_one_day_come_in_their_order():
    # two happenings of one day by the clock: 3 a.m. before 12.30 p.m., whatever their ids say
    events, _ = build(_clock_article("f3", [
        "Floodwater reached the centre of Nysa shortly after 3 a.m. on Sunday.",
        "A dam above Nysa burst at around 12.30 p.m. on Sunday.",
    ], [("3 a.m. on Sunday", "03:00"), ("12.30 p.m. on Sunday", "12:30")]))
    assert [e.value for e in events] == ["2025-03-16T03:00", "2025-03-16T12:30"]
    assert events[0].id > events[1].id  # (by id alone, "...-dam-nysa-burst-pm" came first)


def test_a_sentence_of_prose_titles_an_entry_before_a_table_row_of_the_same_day():
    article = make_article("recall", day("2025-11-21"), [
        "Brightwell Home announced a recall of about 240,000 ceramic heaters on Thursday.",
        ("| Date | What happened |", "table_header"),
        ("| 20 Nov 2025 | recall announced |", "table_row"),
    ])
    events, mentions = build((article, lambda a: [
        timex(a, "Thursday", "2025-11-20", "day", day("2025-11-20")),
        timex(a, "20 Nov 2025", "2025-11-20", "day", day("2025-11-20")),
    ]))
    assert [m.table_row for m in mentions] == [False, True]
    (event,) = events
    assert {c.expression for c in event.citations} == {"Thursday", "20 Nov 2025"}
    assert event.summary == "Brightwell Home announced a recall of about 240,000 ceramic heaters on Thursday"


def test_a_table_rows_citation_quotes_its_cells_as_text_not_the_markdowns_pipes():
    article = make_article("review", day("2026-09-01"), [
        ("| Day | Time | What happened |", "table_header"),
        ("| 25 April | 16:00 | Gates open |", "table_row"),
    ])
    events, mentions = build((article, lambda a: [
        timex(a, "16:00", "2026-04-25T16:00", "minute", day("2026-04-25"), type="TIME"),
    ]))
    assert mentions[0].quote == "25 April | 16:00 | Gates open"  # (the mention keeps the cells as read)
    (event,) = events
    assert [c.quote for c in event.citations] == ["25 April – 16:00 – Gates open"]
    assert entries.row_as_text("16:00 | Gates open") == "16:00 – Gates open"


# --------------------------------------------------------------------------- times of day are of their day


def test_a_part_of_a_day_is_never_merged_into_another_day():
    # "this morning" written on Thursday 19 Feb is Thursday: the launch called off then is not the
    # launch of Friday, and no source disputes Friday's
    scrub = make_article("scrub", day("2026-02-19"), [
        "The launch of Nasa's Kestrel asteroid probe was called off this morning because of high winds."])
    launch = make_article("launch", day("2026-02-21"), [
        "NASA's Kestrel asteroid probe rocketed into space Friday on its third attempt."])
    events, _ = build(
        (scrub, lambda x: [timex(x, "this morning", "2026-02-19TMO", "part_of_day", day("2026-02-19"), type="TIME")]),
        (launch, lambda x: [timex(x, "Friday", "2026-02-20", "day", day("2026-02-20"))]),
    )
    assert [(e.value, e.status, e.disputed, [c.document for c in e.citations]) for e in events] == [
        ("2026-02-19TMO", "cancelled", False, ["scrub"]), ("2026-02-20", "reported", False, ["launch"])]


def test_a_clock_time_joins_its_own_day_and_a_day_told_dates_the_entry():
    article = make_article("storm", day("2025-10-07"), [
        "Hurricane Delphine strengthened into a Category 4 storm over the Gulf of Mexico on Tuesday.",
        "The National Hurricane Center said Delphine had maximum sustained winds of 130 mph at 5 p.m. EDT.",
        "Delphine formed as a tropical storm south of Cuba and became a hurricane Monday.",
    ])
    events, _ = build((article, lambda x: [
        timex(x, "on Tuesday", "2025-10-07", "day", day("2025-10-07")),
        timex(x, "5 p.m. EDT", "2025-10-07T17:00", "minute", day("2025-10-07"), type="TIME"),
        timex(x, "Monday", "2025-10-06", "day", day("2025-10-06")),
    ]))
    by_day = {e.start: sorted(c.expression for c in e.citations) for e in events}
    assert by_day == {day("2025-10-06"): ["Monday"], day("2025-10-07"): ["5 p.m. EDT", "on Tuesday"]}
    # the day the writer named dates the entry, not the time whose day was left to the reader
    assert next(e for e in events if e.start == day("2025-10-07")).value == "2025-10-07"


@pytest.mark.parametrize(("text", "value", "anchor", "slack"), [
    ("past midnight", "2025-12-03T00:00", "reference", (1, 0)),  # ran well past midnight: may end the day before
    ("at midnight", "2025-12-02T24:00", "reference", (0, 1)),  # may open the day after
    ("at 5 p.m.", "2025-12-02T17:00", "reference", (0, 0)),
    ("this morning", "2025-12-03TMO", "reference", (0, 0)),
    ("midnight on Friday", "2025-12-05T24:00", "reference", (0, 0)),  # its day told
])
def test_only_a_bare_midnight_reaches_the_next_or_former_day(text, value, anchor, slack):
    from timeline.models import Interval, Timex
    first = day(value[:10])
    made = Timex(start=0, end=len(text), text=text, type="TIME", value=value, granularity="minute",
                 interval=Interval(first=first, last=first), anchor=anchor)
    assert matching.midnight_slack(made, "minute") == slack


# --------------------------------------------------------------------------- kinds of happening told in passing


@pytest.mark.parametrize(("clause", "expression", "kinds"), KINDS_IN_PASSING_EXAMPLES)
def test_a_kind_a_clause_names_only_as_another_happening_is_told_in_passing(clause, expression, kinds):
    classes = frozenset(k for k in keywords(clause) if k.startswith("@"))
    assert kinds_in_passing(clause, expression, classes) == kinds


@pytest.mark.parametrize(("clause", "kinds"), ATTRIBUTIVE_KIND_EXAMPLES)
def test_a_kind_named_only_by_a_participle_describing_a_thing_is_told_in_passing(clause, kinds):
    classes = frozenset(k for k in keywords(clause) if k.startswith("@"))
    assert attributive_kinds(clause, classes) == kinds


def test_last_month_s_derailment_joins_the_derailment_not_the_burn_of_the_derailed_cars():
    cp = make_article("cp", day("2025-10-13"), [
        "A freight train carrying hazardous chemicals derailed and caught fire in Kessock, Sask., late Sunday.",
        "Mayor Lorna Betts issued an evacuation order for every home near the crash site at 1:30 a.m. Monday.",
    ])
    globe = make_article("globe", day("2025-10-15"), [
        "Crews deliberately ignited the contents of five derailed tanker cars in Kessock, Sask., on Tuesday "
        "afternoon, sending black smoke over the town.",
    ])
    cbc = make_article("cbc", day("2025-11-20"), [
        "The railway's chief executive said a cracked wheel bearing likely caused last month's derailment in "
        "Kessock, Sask., and apologized to the town's residents.",
    ])
    events, _ = build(
        (cp, lambda a: [timex(a, "late Sunday", "2025-10-12", "day", day("2025-10-12")),
                        timex(a, "1:30 a.m. Monday", "2025-10-13T01:30", "minute", day("2025-10-13"), type="TIME")]),
        (globe, lambda a: [timex(a, "Tuesday afternoon", "2025-10-14TAF", "part_of_day", day("2025-10-14"),
                                 type="TIME")]),
        (cbc, lambda a: [timex(a, "last month", "2025-10", "month", day("2025-10-01"), day("2025-10-31"))]),
    )
    assert sorted((e.value, sorted(c.document for c in e.citations)) for e in events) == [
        ("2025-10-12", ["cbc", "cp"]), ("2025-10-13T01:30", ["cp"]), ("2025-10-14TAF", ["globe"])]
    assert not any(e.disputed for e in events)


def test_a_landfall_expected_does_not_join_a_report_that_names_the_landfall_as_its_cause():
    wire = make_article("wire", day("2025-10-07"), [
        "Hurricane Delphine strengthened over the Gulf of Mexico on Tuesday and is expected to make landfall on "
        "Florida's Big Bend coast early Thursday, forecasters said."])

    def landfall(uk_line):
        uk = make_article("uk", day("2025-10-10"), [uk_line])
        events, _ = build(
            (wire, lambda x: [timex(x, "on Tuesday", "2025-10-07", "day", day("2025-10-07")),
                              timex(x, "early Thursday", "2025-10-09", "day", day("2025-10-09"))]),
            (uk, lambda x: [timex(x, "yesterday", "2025-10-09", "day", day("2025-10-09"))]),
        )
        return sorted((e.status, [c.expression for c in e.citations]) for e in events if e.start == day("2025-10-09"))

    assert landfall("Rescue teams in Florida were still searching flooded homes yesterday after Hurricane Delphine "
                    "made landfall in the early hours of Thursday, killing at least nine people.") == [
        ("planned", ["early Thursday"]), ("reported", ["yesterday"])]
    # the same report telling the landfall as its own news does join the expected one
    assert landfall("The storm made landfall on Florida's Big Bend coast yesterday, killing at least nine people.") == [
        ("reported", ["early Thursday", "yesterday"])]


# --------------------------------------------------------------------------- a span's end


def _strike(countdown_line, calledoff_line, end="24 November", end_value="2025-11-24"):
    countdown = make_article("countdown", day("2025-11-14"), [countdown_line])
    calledoff = make_article("calledoff", day("2025-11-16"), [calledoff_line])
    return (
        (countdown, lambda x: [timex(x, "Monday", "2025-11-17", "day", day("2025-11-17")),
                               timex(x, end, end_value, "day", day(end_value))]),
        (calledoff, lambda x: [timex(x, "tomorrow", "2025-11-17", "day", day("2025-11-17"))]),
    )


def test_the_end_of_a_planned_span_is_called_off_with_its_start():
    events, _ = build(*_strike(
        "The strike at the Port of Felixstowe will start on Monday and run until 24 November.",
        "The eight-day strike at the Port of Felixstowe that was due to begin tomorrow has been called off."))
    start, end = events
    assert (start.start, start.status, start.disputed) == (day("2025-11-17"), "cancelled", True)
    assert (end.start, end.status, end.disputed) == (day("2025-11-24"), "cancelled", True)
    assert end.disagreements == start.disagreements
    # the end cites the source that calls the strike off, as a sentence that dates another day
    (told,) = [c for c in end.citations if c.document == "calledoff"]
    assert (told.corroborating, told.status, told.expression, told.value) == (True, "cancelled", "", "")
    assert "called off" in told.quote


def test_an_end_stays_planned_when_nothing_calls_its_start_off_or_the_start_is_another_happening():
    events, _ = build(*_strike(
        "The strike at the Port of Felixstowe will start on Monday and run until 24 November.",
        "Talks at the Port of Felixstowe will resume tomorrow, the union said."))
    assert [e.status for e in events] == ["planned", "planned", "planned"]
    # a date told after the start but not as its end ("and a ballot closes on ...") is its own happening
    events, _ = build(*_strike(
        "The strike at the Port of Felixstowe will start on Monday and a second ballot closes on 24 November.",
        "The eight-day strike at the Port of Felixstowe that was due to begin tomorrow has been called off."))
    assert [(e.start, e.status) for e in events] == [(day("2025-11-17"), "cancelled"), (day("2025-11-24"), "planned")]


def test_a_happening_moved_to_a_new_date_is_planned_there_whatever_its_old_date():
    # "postponed until Saturday": the new date, not an end; only another article's call-off spreads
    article = make_article("vote", day("2025-11-14"), [
        "The ballot at the Port of Felixstowe, set for Monday, was postponed until 24 November."])
    events, _ = build((article, lambda x: [timex(x, "Monday", "2025-11-17", "day", day("2025-11-17")),
                                           timex(x, "24 November", "2025-11-24", "day", day("2025-11-24"))]))
    assert [(e.start, e.status) for e in events] == [(day("2025-11-17"), "postponed"), (day("2025-11-24"), "planned")]


def test_a_sentencing_set_for_a_day_meets_the_sentencing_that_day_by_the_judge_s_name():
    verdict = make_article("verdict", day("2025-10-02"), [
        "A federal jury on Thursday convicted Dana Whitcombe, the founder of Quillfield Payments, of fraud.",
        "U.S. District Judge Harold Ames set sentencing for Jan. 15.",
    ])
    sentence = make_article("sentence", day("2026-01-16"), [
        "Dana Whitcombe, the founder of Quillfield Payments, was sentenced Thursday to nine years in federal prison "
        "by Judge Harold Ames."])
    events, _ = build(
        (verdict, lambda x: [timex(x, "on Thursday", "2025-10-02", "day", day("2025-10-02")),
                             timex(x, "Jan. 15", "2026-01-15", "day", day("2026-01-15"))]),
        (sentence, lambda x: [timex(x, "Thursday", "2026-01-15", "day", day("2026-01-15"))]),
    )
    assert [(e.start, e.status, sorted(c.document for c in e.citations)) for e in events] == [
        (day("2025-10-02"), "reported", ["verdict"]), (day("2026-01-15"), "reported", ["sentence", "verdict"])]


# --------------------------------------------------------------------------- restatements within one article


def _one_day(lines, expressions, reference="2025-10-03"):
    article = make_article("a", day(reference), lines)
    return article, lambda x: [timex(x, text, value, "day", day(value), occurrence=n) for text, value, n in expressions]


def test_a_sentence_naming_no_one_that_takes_up_its_article_s_verdict_restates_it():
    events, _ = build(_one_day([
        "Dana Whitcombe, the founder of the failed payments firm Quillfield, was found guilty of fraud by a jury in "
        "Boston yesterday.",
        "The verdict, on 2 October, came on the third day of deliberations.",
    ], [("yesterday", "2025-10-02", 0), ("2 October", "2025-10-02", 0)]))
    assert [len(e.citations) for e in events] == [2]


@pytest.mark.parametrize("lines", [
    # a storm goes on: "The storm ..." tells one more happening of it
    ["Storm Ciarán made landfall in Cornwall yesterday.",
     "The storm, on 2 October, brought down power lines across the county."],
])
def test_a_sentence_taking_up_a_storm_stays_apart(lines):
    first, second = ("yesterday", "2 October") if "yesterday" in lines[0] else ("2 October", "yesterday")
    events, _ = build(_one_day(lines, [(first, "2025-10-02", 0), (second, "2025-10-02", 0)]))
    assert [len(e.citations) for e in events] == [1, 1]


def test_a_verdict_taken_up_before_it_is_told_is_the_article_s_one_verdict_that_day():
    # no restatement (the sentence naming no one comes first), but the article's one verdict of
    # the day (``join_article_moments``)
    events, _ = build(_one_day(["The verdict, on 2 October, came on the third day of deliberations.",
                                "Dana Whitcombe was found guilty of fraud by a jury in Boston yesterday."],
                               [("2 October", "2025-10-02", 0), ("yesterday", "2025-10-02", 0)]))
    assert [len(e.citations) for e in events] == [2]


def test_a_table_row_telling_nothing_but_what_its_article_told_that_day_restates_it():
    events, _ = build(_one_day([
        "Brightwell Home announced a recall of about 240,000 ceramic heaters on Thursday.",
        "The company halted sales last Friday.",
        "14 Nov 2025: sales halted",
    ], [("Thursday", "2025-11-20", 0), ("last Friday", "2025-11-14", 0), ("14 Nov 2025", "2025-11-14", 0)],
        reference="2025-11-21"))
    assert sorted(sorted(c.expression for c in e.citations) for e in events) == [
        ["14 Nov 2025", "last Friday"], ["Thursday"]]
    # a row telling more than the prose (a recall) is not its restatement
    events, _ = build(_one_day([
        "The company halted sales last Friday.",
        "14 Nov 2025: sales halted, recall",
    ], [("last Friday", "2025-11-14", 0), ("14 Nov 2025", "2025-11-14", 0)], reference="2025-11-21"))
    assert [len(e.citations) for e in events] == [1, 1]


@pytest.mark.parametrize(("lines", "expressions"), [
    # a line of key dates and its sentence, sharing no word
    (["Residents were allowed to return home on Oct. 17, five days after the derailment.", "Key dates:",
      "Oct. 17: Evacuation order lifted"], [("Oct. 17", "2025-10-17", 0), ("Oct. 17", "2025-10-17", 1)]),
])
def test_a_dated_line_and_the_one_sentence_of_its_day_in_the_article_are_one_happening(lines, expressions):
    events, _ = build(_one_day(lines, expressions, reference="2025-11-20"))
    assert [len(e.citations) for e in events] == [2]
    assert not events[0].summary.startswith("Oct. 17")  # the prose titles it


@pytest.mark.parametrize(("lines", "expressions"), [
    # a third sentence of the day: which one the line sums up is not told
    (["Residents were allowed to return home on Oct. 17.", "The railway paid the town's costs on Oct. 17.",
      "Oct. 17: Evacuation order lifted"],
     [("Oct. 17", "2025-10-17", 0), ("Oct. 17", "2025-10-17", 1), ("Oct. 17", "2025-10-17", 2)]),
    # each tells a kind of happening of its own, and they share none
    (["The railway's chief executive resigned on Nov. 4.", "Nov. 4: First Commons committee hearing"],
     [("Nov. 4", "2025-11-04", 0), ("Nov. 4", "2025-11-04", 1)]),
    # two sentences of prose are no line and its sentence
    (["Residents were allowed to return home on Oct. 17.", "The evacuation order was lifted on Oct. 17."],
     [("Oct. 17", "2025-10-17", 0), ("Oct. 17", "2025-10-17", 1)]),
])
def test_a_dated_line_stays_apart_from_prose_it_may_not_sum_up(lines, expressions):
    events, _ = build(_one_day(lines, expressions, reference="2025-11-20"))
    assert len(events) == len(expressions)


# --------------------------------------------------------------------------- reports naming no one, found by their story's names


@pytest.mark.parametrize(("nameless_id", "named_id"), [("uk", "us"), ("us", "uk")])
def test_a_report_naming_the_people_meets_one_naming_no_one_whichever_comes_first(nameless_id, named_id):
    # the article naming no one in its clause comes first in the input ("uk" < "us") or second
    nameless = make_article(nameless_id, day("2025-03-11"), [
        "Margaret Oyelaran joined the consultancy Fenwick Partners in 1962.",
        "In 1974 she became the firm's first woman partner.",
    ])
    named = make_article(named_id, day("2025-03-12"), [
        "Margaret Oyelaran moved to London at 19 and, in 1974, became the first female partner at the engineering "
        "firm Fenwick Partners."])
    events, _ = build(
        (nameless, lambda x: [timex(x, "1962", "1962", "year", day("1962-01-01"), day("1962-12-31")),
                              timex(x, "1974", "1974", "year", day("1974-01-01"), day("1974-12-31"))]),
        (named, lambda x: [timex(x, "1974", "1974", "year", day("1974-01-01"), day("1974-12-31"))]),
    )
    assert [(e.value, sorted(c.document for c in e.citations)) for e in events] == [
        ("1962", [nameless_id]), ("1974", sorted([nameless_id, named_id]))]


@pytest.mark.parametrize(("radio_line", "merged"), [
    ("Owners will still receive a first notification letter from April 26, the company said.", True),
    # one uncommon word in common is not enough
    ("Dealers will still get the first replacement hoses from April 26, the company said.", False),
])
@pytest.mark.parametrize("radio_names_the_story", [True, False])
def test_reports_naming_no_one_meet_by_the_names_their_articles_share(radio_line, merged, radio_names_the_story):
    # no clause names anyone or a kind of happening: they meet through the rare names their
    # articles tell (Corvan, Tessera) and merge on the words they share, however many reports
    # there are (three equally close reports of one day leave no pair the other's one best match)
    wire = make_article("wire", day("2019-03-13"), [
        "The carmaker Corvan is recalling 410,000 Tessera sport utility vehicles because a brake hose can crack.",
        "Owners of the vehicles will start receiving letters on April 26.",
    ])
    paper = make_article("paper", day("2019-03-14"), [
        "Corvan widened the Tessera recall to Canada.",
        "Owners will receive letters by mail beginning April 26.",
    ])
    opening = "The recall by Corvan covers Tessera models built since 2016." if radio_names_the_story \
        else "The recall covers models built since 2016."
    radio = make_article("radio", day("2019-03-19"), [opening, radio_line])
    april = day("2019-04-26")

    def tagged(x):
        return [timex(x, "April 26", "2019-04-26", "day", april, april)]

    events, _ = build((wire, tagged), (paper, tagged), (radio, tagged))
    documents = sorted(sorted(c.document for c in e.citations) for e in events)
    if merged and radio_names_the_story:
        assert documents == [["paper", "radio", "wire"]]
    else:
        assert documents == [["paper", "wire"], ["radio"]]


def test_a_report_whose_clause_is_only_its_time_meets_its_preview_by_what_it_tells():
    # the report's first clause is "At noon today": its sentence's news is matched, not nothing,
    # while the year at its end keeps to its own words
    preview = make_article("paper", day("2016-11-15"), [
        "Former president Jonas Merkys will lie in state in the capital.",
        "Parliament will hold a special session in his memory on Friday at noon, Speaker Arvydas Lenkas said."])
    report = make_article("tv", day("2016-11-18"), [
        "At noon today, members of parliament gathered for a special session in Merkys's memory, standing in "
        "silence for two minutes before Speaker Arvydas Lenkas read out the declaration that Merkys signed on 11 March 1990."])
    noon = day("2016-11-18")
    events, _ = build(
        (preview, lambda x: [timex(x, "Friday at noon", "2016-11-18T12:00", "minute", noon, type="TIME")]),
        (report, lambda x: [timex(x, "noon today", "2016-11-18T12:00", "minute", noon, type="TIME"),
                            timex(x, "11 March 1990", "1990-03-11", "day", day("1990-03-11"))]),
    )
    assert sorted((e.value, sorted(c.document for c in e.citations)) for e in events) == [
        ("1990-03-11", ["tv"]), ("2016-11-18T12:00", ["paper", "tv"])]


@pytest.mark.parametrize(("june_line", "merged"), [
    ("Ministers hope the bill will receive royal assent by the end of the year.", True),
    # two words in common are not enough without a kind of happening
    ("Ministers hope the bill will receive assent by the end of the year.", False),
])
@pytest.mark.parametrize(("dec_expression", "dec_value", "first", "last", "grain"), [
    ("yesterday", "2025-12-16", "2025-12-16", "2025-12-16", "day"),
    ("in December", "2025-12", "2025-12-01", "2025-12-31", "month"),
])
def test_a_plan_told_without_names_meets_its_happening_when_they_share_three_words(
        june_line, merged, dec_expression, dec_value, first, last, grain):
    june = make_article("june", day("2025-06-25"), [
        "The Coastal Erosion (Compensation) Bill cleared its second reading in the Commons last night.", june_line])
    dec = make_article("dec", day("2025-12-17"), [
        f"The Coastal Erosion (Compensation) Bill received royal assent {dec_expression}, six months after MPs backed it at "
        "second reading."])
    events, _ = build(
        (june, lambda x: [timex(x, "last night", "2025-06-24TNI", "part_of_day", day("2025-06-24"), type="TIME"),
                          timex(x, "the end of the year", "2025", "year", day("2025-09-01"), day("2025-12-31"))]),
        (dec, lambda x: [timex(x, dec_expression, dec_value, grain, day(first), day(last))]),
    )
    assent = sorted(sorted(c.document for c in e.citations) for e in events if e.end >= day("2025-09-01"))
    assert assent == ([["dec", "june"]] if merged else [["dec"], ["june"]])


# --------------------------------------------------------------------------- parts of a day against clock times


def _timed(doc_id: str, reference: str, lines: list[str], times: list[tuple[str, str, str]]):
    """An article whose ``times`` are (text, value, granularity) of one day, resolved as given."""
    article = make_article(doc_id, day(reference), lines)
    return article, lambda a: [timex(a, text, value, grain, day(value[:10]), type="TIME") for text, value, grain in times]


def test_a_part_of_a_day_and_a_clock_time_outside_it_are_two_happenings_across_articles():
    # a wire's "Wednesday morning" and a live blog's "11:48 p.m." share the council, the kind and
    # words, but a morning is no moment before midnight
    wire = _timed("wire", "2025-06-12", [
        "Turnstiles at three Harlow Metro stations failed to open on Wednesday morning, council officials said."],
        [("Wednesday morning", "2025-06-11TMO", "part_of_day")])
    blog = _timed("blog", "2025-06-12", [
        "11:48 p.m. Harlow Metro officials said all three stations had reopened and turnstiles were working."],
        [("11:48 p.m.", "2025-06-11T23:48", "minute")])
    events, _ = build(wire, blog)
    assert sorted(e.value for e in events) == ["2025-06-11T23:48", "2025-06-11TMO"]


def test_a_night_and_an_afternoon_clock_time_of_one_article_are_two_happenings():
    events, _ = build(_timed("blaze", "2025-08-10", [
        "Deputies said four barns were burned overnight near Kessler Ridge.",
        "The blaze started shortly before 2 p.m. Saturday near Kessler Ridge.",
    ], [("overnight", "2025-08-09TNI", "part_of_day"), ("2 p.m. Saturday", "2025-08-09T14:00", "minute")]))
    assert sorted(len(e.citations) for e in events) == [1, 1]


def test_a_part_of_a_day_meets_a_clock_time_inside_it_and_one_told_in_another_zone():
    # "Sunday night" and "9:40 p.m." of that night are one moment told twice
    events, _ = build(_timed("late", "2025-08-11", [
        "Kessler Ridge residents were ordered to leave on Sunday night.",
        "Kessler Ridge residents were ordered to leave at 9:40 p.m. as the wind turned.",
    ], [("Sunday night", "2025-08-10TNI", "part_of_day"), ("9:40 p.m.", "2025-08-10T21:40", "minute")]))
    assert [len(e.citations) for e in events] == [2]
    # a clock time told in GMT says nothing of the local part of the day
    local = _timed("q-local", "2025-08-11", ["A strong earthquake struck Van province on Sunday night."],
                   [("Sunday night", "2025-08-10TNI", "part_of_day")])
    gmt = _timed("q-gmt", "2025-08-11", ["The earthquake struck Van province at 6.15 p.m. GMT on Sunday."],
                 [("6.15 p.m. GMT on Sunday", "2025-08-10T18:15", "minute")])
    events, _ = build(local, gmt)
    assert [len(e.citations) for e in events] == [2]


def test_a_morning_and_a_night_of_one_day_are_two_happenings_but_an_afternoon_meets_an_evening():
    def parts(first: tuple[str, str], second: tuple[str, str]):
        return build(_timed("parts", "2025-08-12", [
            f"Kessler Ridge residents were ordered to leave on {first[0]}.",
            f"Kessler Ridge residents were ordered to leave on {second[0]}.",
        ], [(first[0], f"2025-08-10T{first[1]}", "part_of_day"), (second[0], f"2025-08-10T{second[1]}", "part_of_day")]))[0]

    assert len(parts(("Sunday morning", "MO"), ("Sunday night", "NI"))) == 2
    assert len(parts(("Sunday afternoon", "AF"), ("Sunday evening", "EV"))) == 1


@pytest.mark.parametrize(("value", "clock", "conflict"), [
    ("2025-08-10TMO", "23:58", True), ("2025-08-10TMO", "09:30", False), ("2025-08-10TNI", "15:00", True),
    ("2025-08-10TNI", "21:12", False), ("2025-08-10TNI", "24:00", False),
    # a night runs into the small hours of the next day, not back into those of its own
    ("2025-08-10TNI", "02:00", True), ("2025-08-10TNI", "05:46", True), ("2025-08-10TNI", "00:00", True),
    ("2025-08-10TAF", "18:15", False), ("2025-08-10TEV", "07:00", True),
])
def test_a_part_of_a_day_conflicts_with_a_clock_time_outside_it(value, clock, conflict):
    def features(doc_id: str, text: str, timex_value: str):
        article = make_article(doc_id, day("2025-08-11"), [f"Crews reached Kessler Ridge {text}."])
        made = timex(article, text, timex_value, "minute", day("2025-08-10"), type="TIME")
        (mention,) = extract_mentions(article, [made])
        return matching.prepare(0, mention)

    part, timed = features("a", "that day", value), features("b", "at that hour", f"2025-08-10T{clock}")
    assert matching.clocks_conflict(part, timed) is conflict
    assert matching.clocks_conflict(timed, part) is conflict


@pytest.mark.parametrize(("one", "other", "conflict"), [
    # two zones are whole or half hours apart: "3.15 p.m." and "12.15 p.m. GMT" may be one quake
    ("15:15", "12:15", False), ("15:15", "09:45", False),
    # exact times hours apart by no zone's step are two moments ("16:00" and "19:45")
    ("16:00", "19:45", True), ("15:15", "12:02", True),
    ("16:00", "17:50", False),  # (within ``CLOCK_SLACK_MINUTES``: one moment rounded)
])
def test_exact_clock_times_of_two_articles_hours_apart_meet_only_a_zones_step_apart(one, other, conflict):
    def features(doc_id: str, clock: str):
        article = make_article(doc_id, day("2025-08-11"), [f"A quake struck Kessler Ridge at {clock} on Sunday."])
        made = timex(article, f"{clock} on Sunday", f"2025-08-10T{clock}", "minute", day("2025-08-10"), type="TIME")
        (mention,) = extract_mentions(article, [made])
        return matching.prepare(0, mention)

    first, second = features("a", one), features("b", other)
    assert first.classes & second.classes
    assert matching.clocks_conflict(first, second) is conflict
    assert matching.clocks_conflict(second, first) is conflict


def test_a_time_told_loosely_meets_an_exact_time_off_it_only_where_that_article_tells_its_minute_nowhere():
    def features(doc_id: str, lines: list[str], clocks: list[str]):
        article = make_article(doc_id, day("2025-08-11"), lines)
        made = [timex(article, clock, f"2025-08-10T{clock}", "minute", day("2025-08-10"), type="TIME")
                for clock in clocks]
        found = [matching.prepare(i, m) for i, m in enumerate(extract_mentions(article, made))]
        return found

    (loose,) = features("a", ["The roof collapsed at about 14:30 on Sunday."], ["14:30"])
    exact, minute = features("b", ["At 14:26 a service door was opened.", "At 14:30 the roof fell in."], ["14:26", "14:30"])
    matching.note_exact_clocks([loose, exact, minute])
    assert matching.clocks_conflict(loose, exact) and matching.clocks_conflict(exact, loose)
    assert not matching.clocks_conflict(loose, minute)
    (alone,) = features("c", ["At 14:26 a service door was opened."], ["14:26"])
    matching.note_exact_clocks([loose, alone])
    assert not matching.clocks_conflict(loose, alone)


# --------------------------------------------------------------------------- order within a day


def _entry(entry_id: str, value: str, granularity: str) -> Event:
    first = day(value[:10])
    return Event(id=entry_id, start=first, end=first, granularity=granularity, value=value, summary=entry_id,
                 citations=[])


def test_times_of_one_day_come_in_the_order_of_the_day_after_the_day_told_alone():
    # ids in the reverse of the day's order, so no tie-break on them can pass this
    entries = [
        _entry("a-castellanos-diner", "2025-11-05TAF", "part_of_day"),
        _entry("b-hadley-conceded", "2025-11-05TMO", "part_of_day"),
        _entry("c-okafor-addressed", "2025-11-05T00:41", "minute"),
        _entry("d-polls-closed", "2025-11-05T18", "hour"),
        _entry("e-results", "2025-11-05T09:30", "minute"),
        _entry("f-debate", "2025-11-05TNI", "part_of_day"),
        _entry("z-day-alone", "2025-11-05", "day"),
        _entry("g-strike-at-midnight", "2025-11-05T24:00", "minute"),
    ]
    ordered = [e.value for e in sorted(entries, key=entry_sort_key)]
    assert ordered == ["2025-11-05", "2025-11-05T00:41", "2025-11-05TMO", "2025-11-05T09:30", "2025-11-05TAF",
                       "2025-11-05T18", "2025-11-05TNI", "2025-11-05T24:00"]


@pytest.mark.parametrize("part, before, after", [
    # a part of the day sorts from the hours its word names, not from the loose stretch a clock time may match
    ("2025-09-14TEV", "2025-09-14T16:42", "2025-09-14T18:30"),
    ("2025-09-14TAF", "2025-09-14T11:50", "2025-09-14T12:30"),
    ("2025-09-14TMO", "2025-09-14T03:10", "2025-09-14T09:30"),
    ("2025-09-14TNI", "2025-09-14T20:15", "2025-09-14T22:05"),
    ("2025-09-14TMI", "2025-09-14T11:50", "2025-09-14TAF"),
])
def test_a_part_of_the_day_comes_after_the_clock_times_before_its_hours(part, before, after):
    def made(entry_id, value):
        return _entry(entry_id, value, "part_of_day" if value[-2:].isalpha() else "minute")
    # ids in the reverse of the expected order, so no tie-break on them can pass this
    entries = [made("a", after), made("b", part), made("c", before)]
    assert [e.value for e in sorted(entries, key=entry_sort_key)] == [before, part, after]


def test_a_clock_time_to_the_hour_comes_in_its_place_and_before_the_minute_of_that_hour():
    entries = [_entry("a-minute", "2025-11-05T15:00", "minute"), _entry("b-hour", "2025-11-05T15", "hour"),
               _entry("c-morning-minute", "2025-11-05T09:30", "minute")]
    assert [e.value for e in sorted(entries, key=entry_sort_key)] == [
        "2025-11-05T09:30", "2025-11-05T15", "2025-11-05T15:00"]
    # and the day before all its times, however its id sorts
    entries = [_entry("a-night", "2025-11-05TNI", "part_of_day"), _entry("z-day", "2025-11-05", "day")]
    assert [e.granularity for e in sorted(entries, key=entry_sort_key)] == ["day", "part_of_day"]


# --------------------------------------------------------------------------- one happening in other words


def _dated_article(doc_id: str, reference: str, lines: list[str], expressions: list[tuple[str, str]]):
    """An article whose ``expressions`` are (text, value) pairs, each a day or a part of one."""
    def made(a):
        return [timex(a, text, value, "part_of_day" if "T" in value else "day", day(value[:10]),
                      type="TIME" if "T" in value else "DATE") for text, value in expressions]
    return make_article(doc_id, day(reference), lines), made


def test_a_word_written_with_or_without_its_hyphen_is_one_word():
    preview = _dated_article("shield-preview", "2025-07-14", [
        "Kessel Rovers will face Marlow in a Harbour Shield semifinal Wednesday night."],
        [("Wednesday night", "2025-07-16TNI")])
    result = _dated_article("shield-result", "2025-07-21", [
        "Extra time settled Wednesday's Harbour Shield semi-final."], [("Wednesday", "2025-07-16")])
    events, _ = build(preview, result)
    assert [sorted(c.document for c in e.citations) for e in events] == [["shield-preview", "shield-result"]]


def test_a_runoff_told_three_ways_is_one_entry():
    # a runoff and a return to the polls are a vote, whatever each outlet calls it
    wire = _dated_article("runoff-wire", "2025-11-05", [
        "DUNMORE (AP) — Councillor Ana Ruiz will face former deputy mayor Tom Bellamy in a Dec. 2 runoff."],
        [("Dec. 2", "2025-12-02")])
    brief = _dated_article("runoff-brief", "2025-11-05", [
        "Voters in Dunmore will return to the polls on 2 December after no candidate won a majority."],
        [("2 December", "2025-12-02")])
    blog = _dated_article("runoff-blog", "2025-11-05", [
        "With all precincts reporting in Dunmore, Ruiz has 46.1% and Bellamy 30.4%.",
        "Because no candidate cleared 50%, the top two will meet in a Dec. 2 runoff."], [("Dec. 2", "2025-12-02")])
    events, _ = build(wire, brief, blog)
    assert [sorted(c.document for c in e.citations) for e in events] == [["runoff-blog", "runoff-brief", "runoff-wire"]]


def _final(preview_line: str):
    preview = _dated_article("final-preview", "2025-07-04", [
        "Kessel Rovers begin their defence of the Harbour Shield against Dunmore in Port Avon tomorrow.",
        preview_line], [("Sunday 20 July", "2025-07-20")])
    result = _dated_article("final-result", "2025-07-21", [
        "Kessel Rovers retained the Harbour Shield last night, beating Marlow 3-1 in the final in Port Avon."],
        [("last night", "2025-07-20TNI")])
    events, _ = build(preview, result)
    return [sorted(c.document for c in e.citations) for e in events if e.start == day("2025-07-20")]


def test_a_preview_and_the_result_of_one_fixture_are_one_entry():
    # the preview names no one, but takes up the story's final as its subject; the result names
    # the Harbour Shield and Port Avon its article tells
    assert _final("The final will be played on Sunday 20 July.") == [["final-preview", "final-result"]]


def test_a_plan_and_a_report_sharing_a_word_alone_stay_apart():
    # no subject taken up: the stadium is no final
    assert _final("Organisers expect a full stadium for the final on Sunday 20 July.") == [
        ["final-preview"], ["final-result"]]


def _vote(report_line: str, report_expression: str, plan_published: str = "2025-03-05",
          plan_line: str = "The housing referendum will be held on Friday, 26 September, the Government announced "
                           "yesterday."):
    plan = _dated_article("vote-plan", plan_published, [plan_line], [("Friday, 26 September", "2025-09-26")])
    report = _dated_article("vote-result", "2025-10-08", [report_line], [(report_expression, "2025-09-26")])
    events, _ = build(plan, report)
    return [(sorted(c.document for c in e.citations), e.status) for e in events if e.start == day("2025-09-26")]


def test_a_plan_and_a_later_report_telling_its_subject_are_one_reported_entry():
    # (e2e9 merge-vote) no rare name ties the two articles, and "held" is not in the report: the
    # report tells the plan's subject, "the housing referendum", as done
    assert _vote("Voters approved the housing amendment by 52.3% to 47.7% in the referendum on Sept. 26.",
                 "Sept. 26") == [(["vote-plan", "vote-result"], "reported")]


def test_a_plan_and_a_report_sharing_its_subject_s_kind_alone_stay_apart():
    # another referendum of the day, told by its kind alone: one word (the kind) shared
    assert _vote("Voters in Galway rejected the ferry levy in a local referendum on Sept. 26.", "Sept. 26") == [
        (["vote-plan"], "planned"), (["vote-result"], "reported")]


def test_a_plan_and_a_report_naming_whom_the_plan_s_article_never_tells_are_no_story():
    # no rare name ties the two articles, and the report names a city the plan's article never
    # tells: perhaps another vote of that day
    plan_line = "The housing referendum will be held on Friday, 26 September."
    assert _vote("Voters approved the housing amendment by 52.3% to 47.7% in the referendum on Sept. 26.",
                 "Sept. 26", plan_line=plan_line) == [(["vote-plan", "vote-result"], "reported")]
    assert _vote("Voters in Galway approved the housing amendment in the referendum on Sept. 26.",
                 "Sept. 26", plan_line=plan_line) == [(["vote-plan"], "planned"), (["vote-result"], "reported")]


def test_a_plan_told_after_the_report_is_no_plan_of_it():
    told = _vote("Voters approved the housing amendment by 52.3% to 47.7% in the referendum on Sept. 26.",
                 "Sept. 26", plan_published="2025-10-09")
    assert [documents for documents, _ in told] == [["vote-plan"], ["vote-result"]]


def _curfew(report_line: str, report_expression: str, report_value: str):
    plan = make_article("curfew-plan", day("2025-10-30"), [
        "President Anton Deleva said in a televised address that the curfew in Kessel would be lifted at "
        "5 a.m. Friday."])
    report = _dated_article("curfew-report", "2025-11-02", [
        "Kessel was calm yesterday.", report_line], [(report_expression, report_value)])
    events, _ = build(
        (plan, lambda a: [timex(a, "5 a.m. Friday", "2025-10-31T05:00", "minute", day("2025-10-31"), type="TIME")]),
        report)
    return sorted((sorted(c.document for c in e.citations), e.status) for e in events if e.start == day("2025-10-31"))


def test_a_planned_lifting_and_the_report_of_it_are_one_entry():
    # (e2e8 protest) the plan names the city; the report tells the curfew and its lifting as done
    assert _curfew("It was the first weekend since the capital's curfew was lifted on Friday morning.",
                   "Friday morning", "2025-10-31TMO") == [(["curfew-plan", "curfew-report"], "reported")]


def test_a_plan_and_a_report_of_another_place_stay_apart():
    # the same kind and words, but each names a place the other's article never tells
    assert _curfew("In Varna the curfew was lifted on Friday morning.", "Friday morning", "2025-10-31TMO") == [
        (["curfew-plan"], "planned"), (["curfew-report"], "reported")]


def _closing(report_line: str, report_expression: str, report_value: str = "2026-10-28T12:00",
             plan_line: str = "Nominations close at 12 noon on Wednesday 28 October, returning officers said."):
    plan = make_article("close-plan", day("2026-10-16"), [plan_line])
    report = make_article("close-report", day("2026-10-29"), [report_line])
    plan_expression = re.search(r"\d+(?:pm| noon) on Wednesday 28 October", plan_line).group(0)
    plan_value = "2026-10-28T17:00" if "5pm" in plan_expression else "2026-10-28T12:00"
    events, _ = build(
        (plan, lambda a: [timex(a, plan_expression, plan_value, "minute", day("2026-10-28"), type="TIME")]),
        (report, lambda a: [timex(a, report_expression, report_value, "minute", day("2026-10-28"), type="TIME")]))
    return sorted((sorted(c.document for c in e.citations), e.status) for e in events if e.start == day("2026-10-28"))


def test_a_plan_and_a_later_report_of_its_exact_clock_time_are_one_reported_entry():
    # (e2e10 r15c) no rare name ties the two articles and the plan has no "will be": the report
    # tells the day and minute the plan set, in its words; who said it is no party to it
    report = ("A record 614 candidates will contest the general election after nominations closed at noon "
              "yesterday, the Electoral Commission said.")
    assert _closing(report, "noon yesterday") == [(["close-plan", "close-report"], "reported")]


@pytest.mark.parametrize(("report", "expression", "value"), [
    # another minute of the day
    ("A record 614 candidates will contest the election after nominations closed at 5pm yesterday.",
     "5pm yesterday", "2026-10-28T17:00"),
    # one word shared (the ballot is no nomination)
    ("A record turnout was seen after the ballot closed at noon yesterday.", "noon yesterday", "2026-10-28T12:00"),
    # a place the plan's article never tells, told as a party to the happening, not as who said it
    ("In Galway, nominations closed at noon yesterday, returning officers said.", "noon yesterday",
     "2026-10-28T12:00"),
])
def test_a_plan_and_a_later_report_at_its_clock_time_stay_apart_unless_one_story_tells_it_again(report, expression,
                                                                                                  value):
    assert _closing(report, expression, value) == [(["close-plan"], "planned"), (["close-report"], "reported")]


def test_a_plan_and_a_report_at_its_day_but_another_clock_time_stay_apart():
    report = "Nominations closed at noon yesterday, the Electoral Commission said."
    plan = "Nominations close at 5pm on Wednesday 28 October, returning officers said."
    assert _closing(report, "noon yesterday", plan_line=plan) == [
        (["close-plan"], "planned"), (["close-report"], "reported")]


def test_a_plan_joins_the_entry_of_another_plan_and_the_later_report_of_it():
    # (e2e10 vote) one source's plan and the result are one cluster, of two statuses: as its entry
    # it tells what became of the plan, and another source's plan of that minute joins it
    sources = [
        ("close-plan", "2026-10-16", ["Taoiseach Niamh Gallagher dissolved the Dail.",
                                      "Nominations close at 12 noon on Wednesday 28 October, and the first televised "
                                      "debate is scheduled for the following week."], "12 noon on Wednesday 28 October"),
        ("close-preview", "2026-10-15", ["Niamh Gallagher lost the vote.",
                                         "Nominations will close at noon on Wednesday, October 28th.",
                                         "The Electoral Commission said earlier this month that the new boundaries "
                                         "would apply."], "noon on Wednesday, October 28th"),
        ("close-report", "2026-10-29", ["A record 614 candidates will contest the general election after nominations "
                                        "closed at noon yesterday, the Electoral Commission said.",
                                        "Niamh Gallagher is standing in Clare."], "noon yesterday"),
    ]
    built = []
    for name, published, lines, expression in sources:
        article = make_article(name, day(published), lines)
        built.append((article, lambda a, e=expression: [
            timex(a, e, "2026-10-28T12:00", "minute", day("2026-10-28"), type="TIME")]))
    events, _ = build(*built)
    told = [(sorted(c.document for c in e.citations), e.status) for e in events if e.start == day("2026-10-28")]
    assert told == [(["close-plan", "close-preview", "close-report"], "reported")]


@pytest.mark.parametrize(("name", "key"), matching.NAME_KEY_EXAMPLES)
def test_an_organisation_named_by_its_country_is_keyed_by_its_whole_name(name, key):
    assert matching.name_key(name) == key


def test_a_central_bank_s_expected_cut_meets_the_cut_it_made():
    # "Reserve Bank of Australia" was keyed as Australia, a country, which names no one
    preview = _dated_article("rba-preview", "2025-08-11", [
        "Economists widely expect the Reserve Bank of Australia to lower its cash rate by a quarter of a "
        "percentage point on Tuesday."], [("Tuesday", "2025-08-12")])
    result = _dated_article("rba-result", "2025-08-12", [
        "The Reserve Bank of Australia lowered its cash rate by a quarter of a percentage point to 3.6 per cent "
        "on Tuesday."], [("Tuesday", "2025-08-12")])
    events, _ = build(preview, result)
    assert [(sorted(c.document for c in e.citations), e.status) for e in events] == [
        (["rba-preview", "rba-result"], "reported")]


def test_two_organisations_named_by_one_country_stay_apart():
    rates = _dated_article("in-rates", "2015-09-30", [
        "The Reserve Bank of India on Tuesday cut its key lending rate by 50 basis points.",
        "State Bank of India said on Tuesday it would cut its base rate by 40 basis points."],
        [("Tuesday", "2015-09-29")])
    rates = (rates[0], lambda a: [timex(a, "Tuesday", "2015-09-29", "day", day("2015-09-29"), occurrence=n)
                                  for n in (0, 1)])
    events, _ = build(rates)
    assert sorted(len(e.citations) for e in events) == [1, 1]


_KEY_DATES = [
    "The outbreak, which began with a single child admitted to hospital on 4 July, infected 401 people, officials said.",
    ("Key dates", "heading"),
    "4 July: first case, a nine-year-old girl, admitted to Marwal taluk hospital",
]


def test_a_line_of_key_dates_restates_its_article_s_sentence_of_that_day():
    events, _ = build(_one_day(_KEY_DATES, [("4 July", "2025-07-04", 0), ("4 July", "2025-07-04", 1)]))
    assert [(len(e.citations), e.summary) for e in events] == [
        (2, "The outbreak began with a single child admitted to hospital on 4 July")]


def test_a_line_of_key_dates_restates_its_sentence_when_another_article_tells_it_with_other_names():
    # the wire's report and the sentence meet first (each article tells Gorebal); the line, naming
    # Marwal, which the wire does not, restates the sentence of its own article
    wire = make_article("deccan", day("2025-07-19"), [
        "The first case, a nine-year-old girl from Gorebal, was admitted to the taluk hospital on July 4."])
    uk = make_article("uk", day("2025-09-03"), _KEY_DATES + ["Most patients lived in Gorebal."])
    events, _ = build(
        (wire, lambda a: [timex(a, "July 4", "2025-07-04", "day", day("2025-07-04"))]),
        (uk, lambda a: [timex(a, "4 July", "2025-07-04", "day", day("2025-07-04"), occurrence=n) for n in (0, 1)]))
    assert [sorted(c.document for c in e.citations) for e in events] == [["deccan", "uk", "uk"]]


def test_a_line_of_key_dates_telling_another_kind_restates_nothing():
    # "discharged" is a kind the sentence does not tell
    events, _ = build(_one_day(_KEY_DATES[:2] + ["4 July: first patient discharged from Marwal taluk hospital"],
                               [("4 July", "2025-07-04", 0), ("4 July", "2025-07-04", 1)]))
    assert [len(e.citations) for e in events] == [1, 1]


# ------------------------------------------------------------------ an article's one moment of a kind that day


def _moment_article(lines: list[str], expressions: list[tuple[str, str]], reference: str = "2025-01-15"):
    """One article; ``expressions``: (text, value) pairs, a value with a clock or a part of the day
    ("2025-01-14T17:40", "2025-01-14TAF") being a time of that day."""
    def made(a):
        found = []
        for text, value in expressions:
            grain = "day" if "T" not in value else ("part_of_day" if value[-2:].isalpha() else "minute")
            found.append(timex(a, text, value, grain, day(value[:10]), type="TIME" if "T" in value else "DATE"))
        return found
    return make_article("moment", day(reference), lines), made


@pytest.mark.parametrize(("lines", "expressions"), [
    (["Two people died when a road bridge over the River Wenning in Lancashire collapsed during the evening rush "
      "hour yesterday.",
      "A car and a delivery van fell into the river when the central span of the Ashby Mill Bridge gave way at about "
      "5.40pm on Tuesday, police said."],
     [("yesterday", "2025-01-14"), ("5.40pm", "2025-01-14T17:40")]),
    (["A jury on Tuesday convicted a former nursing-home administrator of killing her business partner.",
      "Voss showed no emotion as the verdict was read at 4:40 p.m."],
     [("Tuesday", "2025-01-14"), ("4:40 p.m.", "2025-01-14T16:40")]),
    (["A magnitude 7.0 earthquake struck Haiti late Tuesday afternoon, flattening homes.",
      "The quake hit at 4:53 p.m. about 10 miles southwest of Port-au-Prince, the U.S. Geological Survey said."],
     [("late Tuesday afternoon", "2025-01-14TAF"), ("4:53 p.m.", "2025-01-14T16:53")]),
])
def test_an_article_telling_a_moment_by_its_day_and_by_its_time_tells_one_happening(lines, expressions):
    events, _ = build(_moment_article(lines, expressions))
    assert [len(e.citations) for e in events] == [2]


@pytest.mark.parametrize(("lines", "expressions"), [
    # an aftershock is another quake
    (["The magnitude-5.8 quake struck at 1:51 p.m. Tuesday near the town of Mineral.",
      "A magnitude-4.2 aftershock rattled the area late Tuesday, and seismologists said smaller tremors could follow."],
     [("1:51 p.m. Tuesday", "2025-01-14T13:51"), ("late Tuesday", "2025-01-14")]),
    # the day of a saying about the ruling, not of the ruling
    (["A federal appeals court on Tuesday revived a lawsuit by the families, ruling that the law did not shield it.",
      "The company said on Tuesday afternoon that it was reviewing the ruling."],
     [("on Tuesday", "2025-01-14"), ("Tuesday afternoon", "2025-01-14TAF")]),
    # two clock times of one article are two moments
    (["2:55 p.m. The jury has sent a note saying it has reached a verdict.", "3:21 p.m. Guilty verdict on nine counts."],
     [("2:55 p.m.", "2025-01-14T14:55"), ("3:21 p.m.", "2025-01-14T15:21")]),
    # a third telling of the kind that day: which two are one is no longer clear
    (["A road bridge collapsed in Bentham yesterday.", "The Ashby Mill Bridge gave way at 5.40pm.",
      "A footbridge in Settle collapsed on Tuesday."],
     [("yesterday", "2025-01-14"), ("5.40pm", "2025-01-14T17:40"), ("on Tuesday", "2025-01-14")]),
])
def test_an_article_s_moments_of_a_kind_stay_apart_when_another_moment_or_a_saying(lines, expressions):
    events, _ = build(_moment_article(lines, expressions))
    assert all(len(e.citations) == 1 for e in events)


_ESCAPE_LINES = [
    "The last of the three men who escaped from Groenkloof Correctional Centre was arrested in Kimberley yesterday.",
    "Pieter van Wyk, 44, was found hiding in a storeroom behind a shop in Galeshewe shortly after 14:00, police said.",
    ("How it unfolded:", "heading"),
    "- 14 January: Pieter van Wyk arrested in Kimberley",
]
_ESCAPE_TIMES = [("yesterday", "2025-01-14"), ("14:00", "2025-01-14T14:00"), ("14 January", "2025-01-14")]


def test_an_article_s_list_of_key_dates_tells_again_a_happening_of_its_prose():
    # (e2e9 escape) an arrest is no kind a day holds one of; the article's own "How it unfolded" line
    # tells again what its lede told, naming where
    events, _ = build(_moment_article(_ESCAPE_LINES, _ESCAPE_TIMES))
    assert [sorted(c.expression for c in e.citations) for e in events] == [["14 January", "14:00", "yesterday"]]


@pytest.mark.parametrize("line", [
    # told in prose: two arrests of one day may be two
    "Police said Pieter van Wyk was arrested in Kimberley on 14 January.",
    # the list names no one and nowhere the lede names
    "- 14 January: Pieter van Wyk arrested in Galeshewe",
])
def test_an_arrest_of_an_article_s_prose_stays_apart_without_its_own_line_of_key_dates_naming_it(line):
    events, _ = build(_moment_article(_ESCAPE_LINES[:-1] + [line], _ESCAPE_TIMES))
    assert any(sorted(c.expression for c in e.citations) == ["yesterday"] for e in events)


# ------------------------------------------------------------------ a man found alive, told by a wire and the police


def _found_alive(wire_id: str, police_id: str):
    wire = make_article(wire_id, day("2025-10-09"), [
        "A Denver man missing for a week in the mountains was found alive Thursday, huddled in a snow cave, police said.",
        "Ethan Marsh, 27, was airlifted from Blue Lake in Kestrel National Park to Canberra Hospital.",
        "Ground teams found his footprints Wednesday about a mile from where he was eventually found.",
    ])
    police = make_article(police_id, day("2025-10-10"), [
        "Police have thanked volunteers after a man missing in Kestrel National Park was located alive yesterday.",
        "Monaro Police District officers led the search.",
        "Wednesday 8 October",
        "11.50am: Footprints located on the western slope above Blue Lake",
    ])
    return [
        (wire, lambda a: [timex(a, "Thursday", "2025-10-09", "day", day("2025-10-09")),
                          timex(a, "Wednesday", "2025-10-08", "day", day("2025-10-08"))]),
        (police, lambda a: [timex(a, "yesterday", "2025-10-09", "day", day("2025-10-09")),
                            timex(a, "11.50am", "2025-10-08T11:50", "minute", day("2025-10-08"), type="TIME")]),
    ]


@pytest.mark.parametrize(("wire_id", "police_id"), [("wire", "police"), ("police", "wire")])
def test_a_man_found_alive_and_his_footprints_told_by_two_sources_are_two_entries(wire_id, police_id):
    # "Police" alone names no one in an input that writes "police said"; the park the police name is
    # the wire's article's; "Footprints" opens a stamped line, so is a word; either article first
    events, _ = build(*_found_alive(wire_id, police_id))
    assert sorted(sorted(c.document for c in e.citations) for e in events) == [
        sorted([police_id, wire_id]), sorted([police_id, wire_id])]


def test_a_word_after_a_line_s_time_stamp_is_no_name_unless_the_input_names_it_elsewhere():
    article = make_article("log", day("2025-10-10"), ["11.50am: Footprints located near Blue Lake"])
    assert "footprints" not in matching.article_facts(article).names_seen
    named = make_article("log", day("2025-10-10"), ["11.50am: Footprints located near Blue Lake",
                                                    "A sculpture called Footprints stands by the lake."])
    assert "footprints" in matching.article_facts(named).names_seen


def _one_minute(list_line: str, list_expression: str, list_value: str, report: str, report_expression: str,
                report_value: str):
    inquiry = make_article("inquiry", day("2026-09-07"), [
        "The public inquiry into the Marlow Court fire opened in Hallbridge on Monday.", "How it unfolded", list_line])
    day1 = make_article("day1", day("2026-03-10"), [report, "Marlow Court has 19 floors."])
    events, _ = build(
        (inquiry, lambda a: [timex(a, list_expression, list_value, "minute", day(list_value[:10]), type="TIME")]),
        (day1, lambda a: [timex(a, report_expression, report_value, "minute", day(report_value[:10]), type="TIME")]))
    return sorted(sorted(c.document for c in e.citations) for e in events if e.start == day(list_value[:10]))


def test_a_line_of_key_dates_and_a_report_telling_one_unrounded_minute_of_the_story_are_one_entry():
    # (e2e10 fire) no uncommon word in common ("Fire declared out", "crews finally put out the
    # blaze"): the minute, 7.52pm, told by both, is as telling as a figure both give
    assert _one_minute("10 March 2026, 7.52pm: Fire declared out", "10 March 2026, 7.52pm", "2026-03-10T19:52",
                       "Crews finally put out the blaze at 7.52pm today.",
                       "7.52pm today", "2026-03-10T19:52") == [["day1", "inquiry"]]


@pytest.mark.parametrize(("list_line", "list_expression", "list_value", "report_expression", "report_value"), [
    # a round minute, which many happenings of a day share
    ("10 March 2026, 7.50pm: Fire declared out", "10 March 2026, 7.50pm", "2026-03-10T19:50", "7.50pm today",
     "2026-03-10T19:50"),
    # another minute
    ("10 March 2026, 7.52pm: Fire declared out", "10 March 2026, 7.52pm", "2026-03-10T19:52", "7.53pm today",
     "2026-03-10T19:53"),
])
def test_a_line_of_key_dates_and_a_report_at_a_round_or_another_minute_stay_apart(
        list_line, list_expression, list_value, report_expression, report_value):
    report = f"Crews finally put out the blaze at {report_expression.split()[0]} today."
    assert _one_minute(list_line, list_expression, list_value, report, report_expression, report_value) == [
        ["day1"], ["inquiry"]]


def test_an_article_s_names_keep_two_organisations_named_by_one_country():
    article = make_article("bk", day("2025-09-15"), [
        "Economists expect the Bank of Canada to lower its rate on Wednesday.",
        "Statistics Canada said on Sept. 5 that the economy shed 66,000 jobs in August."])
    assert {"bank of canada", "statistics canada"} <= matching.article_names(article)


def test_job_losses_of_a_month_told_by_a_preview_and_a_report_are_one_entry():
    # the preview's clause names no one; its article names Statistics Canada, after the Bank of Canada
    preview = make_article("preview", day("2025-09-15"), [
        "Economists expect the Bank of Canada to lower its rate on Wednesday.",
        "Statistics Canada said on Sept. 5 that the economy shed 66,000 jobs in August, pushing the "
        "unemployment rate to 7.1 per cent."])
    result = make_article("result", day("2025-09-17"), [
        "The decision was widely expected after Statistics Canada reported earlier this month that the economy "
        "lost 66,000 jobs in August."])
    august = ("August", "2025-08", "month", day("2025-08-01"), day("2025-08-31"))
    events, _ = build(
        (preview, lambda a: [timex(a, "Sept. 5", "2025-09-05", "day", day("2025-09-05")), timex(a, *august)]),
        (result, lambda a: [timex(a, "earlier this month", "2025-09", "month", day("2025-09-01"), day("2025-09-16")),
                            timex(a, *august)]))
    assert [sorted(c.document for c in e.citations) for e in events if e.value == "2025-08"] == [["preview", "result"]]


# --------------------------------------------------------------------------- a clock time told loosely


@pytest.mark.parametrize(("before", "mod", "shown"), matching.CLOCK_MOD_EXAMPLES)
def test_the_mod_of_a_clock_time_is_its_own_or_the_words_before_it(before, mod, shown):
    article = make_article("c", day("2025-01-15"), [f"{before}9:40 p.m. on Tuesday."])
    made = timex(article, "9:40 p.m.", "2025-01-14T21:40", "minute", day("2025-01-14"), type="TIME", mod=mod)
    (mention,) = extract_mentions(article, [made])
    assert matching.told_clock_mod(mention) == shown


@pytest.mark.parametrize(("sentence", "expression", "value", "mod", "shown"), matching.DATE_BOUND_EXAMPLES)
def test_the_bound_a_preposition_puts_on_a_date(sentence, expression, value, mod, shown):
    article = make_article("b", day("2025-12-10"), [sentence])
    grain = "minute" if "T" in value else "month" if len(value) == 7 else "day"
    first = day(value[:10]) if grain != "month" else day(value + "-01")
    made = timex(article, expression, value, grain, first, type="TIME" if grain == "minute" else "DATE", mod=mod)
    (mention,) = extract_mentions(article, [made])
    assert matching.told_bound(mention) == shown


def test_an_entry_shows_the_bound_its_sources_agree_on():
    def told(doc_id, sentence):
        article = make_article(doc_id, day("2025-12-10"), [sentence])
        return article, lambda a: [timex(a, "Christmas", "2025-12-25", "day", day("2025-12-25"))]
    (event,), _ = build(told("a", "Port workers at Felixstowe will strike before Christmas."))
    assert event.mod == "BEFORE"
    # one source tells the day plainly: the entry claims no bound
    (event,), _ = build(told("a", "Port workers at Felixstowe will strike before Christmas."),
                        told("b", "Port workers at Felixstowe will strike on Christmas."))
    assert (len(event.citations), event.mod) == (2, None)


def _loose(doc_id: str, sentence: str, text: str, value: str, mod: str | None = None):
    article = make_article(doc_id, day("2025-01-15"), [sentence])
    return article, lambda a: [timex(a, text, value, "minute", day(value[:10]), type="TIME", mod=mod)]


def test_an_entry_shows_the_mod_its_sources_agree_on_and_claims_no_more():
    # "shortly before midnight": the tagger leaves "shortly before" outside and gives no mod
    (event,), _ = build(_loose("a", "A woman in the car died in Lancaster hospital shortly before midnight.",
                               "midnight", "2025-01-14T24:00"))
    assert (event.value, event.mod) == ("2025-01-14T24:00", "BEFORE")
    # one source tells the time loosely, another exactly: the entry is exact
    loose = _loose("b", "Harlow rail workers walked out of the depot at about 3.30pm on Tuesday.", "3.30pm",
                   "2025-01-14T15:30", "APPROX")
    exact = _loose("c", "Harlow rail workers walked out of the depot at 3:30 p.m. on Tuesday.", "3:30 p.m.",
                   "2025-01-14T15:30")
    (event,), _ = build(loose)
    assert event.mod == "APPROX"
    (event,), _ = build(loose, exact)
    assert (len(event.citations), event.mod) == (2, None)


def test_a_night_is_no_time_of_its_own_days_small_hours():
    # Kobe: "struck at 5:46 a.m. Tuesday" and, in the same story, what "Fires that burned through
    # Tuesday night" did: the quake came the night before, so they are two happenings
    events, _ = build(_timed("kobe", "1995-01-18", [
        "The Kobe earthquake struck at 5:46 a.m. Tuesday, while most people in Kobe were asleep.",
        "The Kobe earthquake fires burned through Tuesday night in Kobe.",
    ], [("5:46 a.m. Tuesday", "1995-01-17T05:46", "minute"), ("Tuesday night", "1995-01-17TNI", "part_of_day")]))
    assert sorted(len(e.citations) for e in events) == [1, 1]
    # ... while the same night's evening still meets it
    events, _ = build(_timed("kobe", "1995-01-18", [
        "The Kobe earthquake fires burned through Tuesday night in Kobe.",
        "The Kobe earthquake fires burned at 9:40 p.m. in Kobe.",
    ], [("Tuesday night", "1995-01-17TNI", "part_of_day"), ("9:40 p.m.", "1995-01-17T21:40", "minute")]))
    assert [len(e.citations) for e in events] == [2]


@pytest.mark.parametrize(("clause", "expression", "mod", "small"), matching.SMALL_HOURS_EXAMPLES)
def test_a_day_s_small_hours_told_by_its_day(clause, expression, mod, small):
    article = make_article("w", day("2026-09-15"), [clause + "."])
    made = timex(article, expression, "2026-09-14", "day", day("2026-09-14"), mod=mod)
    (mention,) = extract_mentions(article, [made])
    assert (matching.prepare(0, mention).day_part == matching.SMALL_HOURS) is small


def test_early_monday_and_the_early_hours_of_monday_are_the_quake_s_time_not_the_night_of_monday():
    # (e2e6 r04) the leads of two articles told by their day ("early Monday", "in the early hours of
    # Monday") join the quake's 02:47 entry, not Monday's night in which survivors slept in the open
    wire = make_article("d1_wire", day("2026-09-14"), [
        "A powerful earthquake struck Indonesia's Sumatra island early Monday, collapsing homes and killing at least 42.",
        "The magnitude 7.1 quake hit at 2:47 a.m. local time about 20 kilometers southwest of Padang Sidempuan.",
    ])
    chronicle = make_article("d2_gb", day("2026-09-15"), [
        "The death toll from the earthquake that struck northern Sumatra in the early hours of Monday has risen to 118.",
        "The quake struck at 2.47am on Monday while most people slept, flattening houses around Padang Sidempuan.",
        "Survivors said they had spent last night in the open, afraid to go back inside as aftershocks continued.",
    ])
    events, _ = build(
        (wire, lambda a: [timex(a, "early Monday", "2026-09-14", "day", day("2026-09-14"), mod="START"),
                          timex(a, "2:47 a.m. local time", "2026-09-14T02:47", "minute", day("2026-09-14"), type="TIME")]),
        (chronicle, lambda a: [timex(a, "Monday", "2026-09-14", "day", day("2026-09-14")),
                               timex(a, "2.47am", "2026-09-14T02:47", "minute", day("2026-09-14"), type="TIME"),
                               timex(a, "last night", "2026-09-14TNI", "part_of_day", day("2026-09-14"), type="TIME")]),
    )
    told = sorted(sorted(c.expression for c in e.citations) for e in events)
    assert told == [["2.47am", "2:47 a.m. local time", "Monday", "early Monday"], ["last night"]]


def test_a_person_named_with_a_place_is_the_person_and_a_time_zone_no_one():
    article = make_article("w", day("2025-11-03"), [
        "Novak Djokovic of Serbia beat George Washington at 1430 GMT on Sunday in Paris."])
    made = timex(article, "on Sunday", "2025-11-02", "day", day("2025-11-02"))
    (mention,) = extract_mentions(article, [made])
    features = matching.prepare(0, mention)
    assert {"djokovic", "george washington"} <= features.strong and features.weak == {"paris"}
    assert not {"serbia", "washington", "gmt"} & (features.strong | features.weak)


# --------------------------------------------------------------------------- a table's figures, words that name no one


def _heat_sources(with_monday_article: bool):
    """The e2e5 r14 case: a table of daily maxima and the sentence of the hottest day, in one
    article; a later report of that day's reading; and, or not, an earlier article about Monday."""
    ht = make_article("h2_ht", day("2025-05-29"), [
        "New Delhi: Delhi on Wednesday recorded its hottest day ever, with Safdarjung logging a maximum of 47.1°C, "
        "breaking the record of 46.8°C set on May 29 last year, IMD data showed.",
        "Palam touched 48.0°C and Mungeshpur, on the city's northern edge, 49.2°C.",
        ("| Date | Maximum (°C) | Departure from normal |", "table_header"),
        ("| May 26 | 45.2 | +4.1 |", "table_row"),
        ("| May 28 | 47.1 | +5.8 |", "table_row"),
        "The power demand touched a new peak of 8,442 MW on Wednesday.",
    ])
    deaths = make_article("h3_deaths", day("2025-06-13"), [
        "Delhi alone reported 31 deaths, most of them outdoor workers and homeless people, the ministry said.",
        "The capital's Safdarjung observatory recorded 47.1 degrees Celsius on May 28, its highest reading ever.",
    ])
    sources = [
        (ht, lambda a: [timex(a, "Wednesday", "2025-05-28", "day", day("2025-05-28")),
                        timex(a, "May 29 last year", "2024-05-29", "day", day("2024-05-29")),
                        timex(a, "May 26", "2025-05-26", "day", day("2025-05-26")),
                        timex(a, "May 28", "2025-05-28", "day", day("2025-05-28")),
                        timex(a, "Wednesday", "2025-05-28", "day", day("2025-05-28"), occurrence=1)]),
        (deaths, lambda a: [timex(a, "May 28", "2025-05-28", "day", day("2025-05-28"))]),
    ]
    if with_monday_article:
        toi = make_article("h1_toi", day("2025-05-27"), [
            "NEW DELHI: The national capital recorded its hottest day of the season on Monday as the mercury at "
            "Safdarjung, the city's base weather station, touched 45.2 degrees Celsius, four notches above normal.",
            "A year ago, Safdarjung had recorded 46.8 degrees Celsius on May 29, the highest in 79 years.",
        ])
        sources.append((toi, lambda a: [timex(a, "Monday", "2025-05-26", "day", day("2025-05-26")),
                                        timex(a, "May 29", "2024-05-29", "day", day("2024-05-29"))]))
    return sources


@pytest.mark.parametrize("with_monday_article", [False, True])
def test_a_table_row_s_figure_ties_its_day_s_sentence_and_another_report_of_the_reading(with_monday_article):
    # (e2e5 r14: the third article made "record" common in the input and split the hottest day)
    events, _ = build(*_heat_sources(with_monday_article))
    hottest = [sorted((c.document, c.expression) for c in e.citations) for e in events if e.value == "2025-05-28"]
    assert [("h2_ht", "May 28"), ("h2_ht", "Wednesday"), ("h3_deaths", "May 28")] in hottest
    assert [("h2_ht", "Wednesday")] in hottest  # the power demand's peak is another happening
    if with_monday_article:
        monday = [sorted(c.document for c in e.citations) for e in events if e.value == "2025-05-26"]
        assert monday == [["h1_toi", "h2_ht"]]  # the row of May 26 gives Monday's 45.2


def test_a_row_s_clock_time_ties_it_to_no_sentence():
    # a headline opening on its day is read as a line of key dates; its "2.30 pm" is a time, no reading
    article = make_article("holi", day("2016-03-23"), [
        "Holi: 40,000 police personnel on streets, Metro services to begin only at 2.30 pm",
        "The Delhi Metro Rail Corporation said trains on all lines would not run till 2.30 pm on Holi.",
    ])
    events, _ = build((article, lambda a: [
        timex(a, "Holi", "2016-03-24", "day", day("2016-03-24")),
        timex(a, "2.30 pm", "2016-03-24T14:30", "minute", day("2016-03-24"), type="TIME", occurrence=1),
    ]))
    assert [len(e.citations) for e in events] == [1, 1]


def _prepared(articles, mentions):
    facts = [matching.article_facts(a) for a in articles]
    seen = matching.input_names_seen(articles, facts)
    lower = matching.input_lower_words(facts)
    own = {a.id: (f.lower_case - f.names_seen, matching.article_names(a, seen, f)) for a, f in zip(articles, facts)}
    return [matching.prepare(n, m, own[m.document][1], seen, lower=lower, own_lower=own[m.document][0])
            for n, m in enumerate(mentions)], own


def test_a_table_s_header_words_name_no_one():
    article, make = _heat_sources(False)[0]
    mentions = extract_mentions(article, make(article))
    features, _ = _prepared([article], mentions)
    rows = [f for f in features if f.mention.table_row]
    assert rows and all(not f.strong and not f.weak for f in rows)  # not "Maximum", not "C" of "(°C)"
    assert any("Maximum" in m.entities for m in mentions if m.table_row)  # (the events stage's reading)


def test_a_word_opening_a_sentence_that_the_input_writes_in_lower_case_names_no_one():
    plan = make_article("abc", day("2025-07-04"), [
        "Nominations for the Labor leadership open this morning and close at 5pm on Monday."])
    report = make_article("guardian", day("2025-07-08"), [
        "Australia's Labor party will hold a ballot for the leadership after nominations closed yesterday."])
    mentions = extract_mentions(plan, [
        timex(plan, "this morning", "2025-07-04TMO", "part_of_day", day("2025-07-04")),
        timex(plan, "5pm", "2025-07-07T17:00", "minute", day("2025-07-07"), type="TIME")])
    assert "Nominations" in mentions[1].entities  # (the events stage's reading: "close at 5pm" lent its subject)
    features, _ = _prepared([plan, report], mentions)
    assert "nominations" not in features[1].strong
    features, _ = _prepared([plan], mentions)  # no article writes it in lower case: a name it may be
    assert "nominations" in features[1].strong


def test_a_word_its_own_article_capitalises_only_opening_a_sentence_and_writes_in_lower_case_names_no_one():
    # another article capitalising "Voters" after a colon does not make it a name of this one
    hays = make_article("hays", day("2008-03-05"), [
        "Voters in Hays County went to the polls on Tuesday.",
        "In Kyle, voters chose party nominees for county judge.",
    ])
    interview = make_article("interview", day("2008-03-05"), ["Question: Voters seem restless this year."])
    mentions = extract_mentions(hays, [timex(hays, "on Tuesday", "2008-03-04", "day", day("2008-03-04"))])
    features, own = _prepared([hays, interview], mentions)
    assert "voters" not in features[0].strong and "hays" in features[0].strong
    assert "voters" not in own["hays"][1] and "hays" in own["hays"][1]


def _nomination_sources(report: str):
    plan = make_article("abc", day("2025-07-04"), [
        "Nominations for the Labor leadership open this morning and close at 5pm on Monday."])
    later = make_article("guardian", day("2025-07-08"), [report])
    return [
        (plan, lambda a: [timex(a, "this morning", "2025-07-04TMO", "part_of_day", day("2025-07-04")),
                          timex(a, "5pm", "2025-07-07T17:00", "minute", day("2025-07-07"), type="TIME")]),
        (later, lambda a: [timex(a, "yesterday", "2025-07-07", "day", day("2025-07-07"))]),
    ]


def test_a_plan_naming_no_one_and_a_later_report_telling_all_its_words_are_one_happening():
    # (e2e5 r15: "Nominations" opening the plan was taken for a name, and the plan named no one else)
    events, _ = build(*_nomination_sources(
        "Australia's Labor party will hold a contested membership ballot for the leadership after nominations "
        "closed yesterday with two candidates."))
    closing = [sorted(c.document for c in e.citations) for e in events if e.start == day("2025-07-07")]
    assert closing == [["abc", "guardian"]]
    (entry,) = [e for e in events if e.start == day("2025-07-07")]
    assert entry.status == "reported"  # what became of the plan


def test_a_plan_and_a_later_report_sharing_one_word_stay_apart():
    events, _ = build(*_nomination_sources(
        "Australia's Labor party said the ballot for the leadership closed yesterday with two candidates."))
    assert [len(e.citations) for e in events if e.start == day("2025-07-07")] == [1, 1]


def test_a_lent_subject_s_words_are_the_clause_s_words():
    (plan, make), _ = _nomination_sources("")
    mentions = extract_mentions(plan, make(plan))
    assert "nomin" in mentions[1].keywords  # "[Nominations ...] close at 5pm on Monday"


# --------------------------------------------------------------------------- the summary of an entry a live report stamps

def _one_entry(*articles_and_timexes) -> Event:
    """The entry of one cluster holding every mention of the (article, [timex builders]) pairs."""
    from timeline.merge.clustering import Cluster

    cluster = Cluster(number=0)
    for article, make in articles_and_timexes:
        for mention in extract_mentions(article, make(article)):
            cluster.add(matching.prepare(len(cluster.members), mention))
    return entries.build_entry(cluster)


def _contact_entry(day_text: str, day_value: str, clock_value: str = "2026-03-05T19:30") -> Event:
    # (e2e6 r13/r16) a wire's "at about 7:30 p.m." with no day of its own, and a later report's day
    wire = make_article("a_wire", day("2026-03-05"), [
        "The company said a team drilling a narrow borehole reached the chamber where the men had taken refuge "
        "at about 7:30 p.m. and heard tapping on the pipe."])
    later = make_article("b_za", day("2026-03-09"), [
        f"Contact was first made with the men on {day_text}, when a drill broke into the tunnel where they had sheltered."])
    grain = "part_of_day" if day_value[-2:].isalpha() else "day"
    return _one_entry(
        (wire, lambda a: [timex(a, "7:30 p.m.", clock_value, "minute", day(clock_value[:10]), type="TIME",
                                mod="APPROX")]),
        (later, lambda a: [timex(a, day_text, day_value, grain, day(day_value[:10]),
                                 type="TIME" if grain == "part_of_day" else "DATE")]),
    )


def test_a_time_told_without_its_day_dates_the_entry_when_another_source_tells_that_day():
    event = _contact_entry("Thursday evening, 5 March", "2026-03-05TEV")
    assert (event.value, event.mod) == ("2026-03-05T19:30", "APPROX")
    # the summary is still the later report's, which told the day, not the wire's sentence of the time
    assert "borehole" not in event.summary and "tunnel" in event.summary


def test_a_time_told_without_its_day_stays_behind_a_day_told_alone_or_a_part_of_the_day_it_is_not_in():
    assert _contact_entry("Thursday", "2026-03-05").value == "2026-03-05"
    assert _contact_entry("Thursday morning", "2026-03-05TMO").value == "2026-03-05TMO"


def _derailment(*, wire_line: str, wire_expression: str, wire_value: str, wire_granularity: str):
    radio = make_article("radio", day("2025-10-13"), [
        ("Sunday, Oct. 12", "heading"),
        "11:58 p.m. — Listeners report a large fire near the rail yard on the east side of town."])
    wire = make_article("wire", day("2025-10-13"), [wire_line])
    return [
        # the stamp's day is its heading's (a time told beside its day dates an entry before the day alone)
        (radio, lambda a: [timex(a, "11:58 p.m.", "2025-10-12T23:58", "minute", day("2025-10-12"),
                                 type="TIME").model_copy(update={"anchor": "timex:0"})]),
        (wire, lambda a: [timex(a, wire_expression, wire_value, wire_granularity, day("2025-10-12"),
                                type="TIME" if "T" in wire_value else "DATE")]),
    ]


def test_a_live_report_s_stamped_note_yields_the_summary_to_a_story_s_sentence_of_its_day():
    # (e2e5 set2) the stamp's finer time still dates the entry; a full sentence of a story heads it
    event = _one_entry(*_derailment(
        wire_line="A freight train carrying hazardous chemicals derailed and caught fire late Sunday.",
        wire_expression="late Sunday", wire_value="2025-10-12", wire_granularity="day"))
    assert event.value == "2025-10-12T23:58"
    assert event.summary == "A freight train carrying hazardous chemicals derailed and caught fire late Sunday"


@pytest.mark.parametrize("notes_before", [0, 1, 3])
def test_a_live_report_s_stamped_note_dates_the_entry_however_far_below_its_heading(notes_before):
    # (e2e9 merge-time2) "Thursday, July 24" heads the blog; "11:02 p.m." is its fifth note, far from
    # the heading, and still the writer's time of that day, not a reader's guess: with another
    # article's "July 24" the entry is 23:02, as it is when the note stands right below the heading
    earlier = [f"{7 + n}:30 a.m. — Northgate and Riverside are still dark, BP&L says." for n in range(notes_before)]
    note = "11:02 p.m. — BP&L says power has been restored to every district in Brenton."
    blog = make_article("live", day("2025-07-24"), [("Thursday, July 24", "heading"), *earlier, note])
    later = make_article("later", day("2025-08-20"), [
        "The interim report said power was not fully restored in Brenton until late on July 24."])

    def stamp(a):
        made = timex(a, "11:02 p.m.", "2025-07-24T23:02", "minute", day("2025-07-24"), type="TIME")
        return [made.model_copy(update={"anchor": "timex:0"})]

    event = _one_entry((blog, stamp), (later, lambda a: [timex(a, "July 24", "2025-07-24", "day", day("2025-07-24"))]))
    assert event.value == "2025-07-24T23:02"


def _far_note(note: str, stamp: str, value: str, line: str, expression: str, line_value: str):
    """A live report whose note stands three notes below its heading, and a story's line."""
    earlier = [f"{7 + n}:30 a.m. — Crews are still at work, the agency says." for n in range(3)]
    blog = make_article("live", day(value[:10]), [("Thursday, July 24", "heading"), *earlier, note])
    story = make_article("story", day("2025-08-20"), [line])

    def stamped(a):
        made = timex(a, stamp, value, "minute", day(value[:10]), type="TIME")
        return [made.model_copy(update={"anchor": "timex:0"})]

    grain = "minute" if "T" in line_value else "day"
    return _one_entry((blog, stamped), (story, lambda a: [timex(a, expression, line_value, grain, day(line_value[:10]),
                                                                 type="TIME" if "T" in line_value else "DATE")]))


def test_a_live_report_s_note_of_the_day_s_news_leaves_the_entry_its_day():
    # (e2e8 volcano) "312 flights have been cancelled today": the stamp is when the note was written
    event = _far_note("3:15 p.m. — The transport ministry says 312 flights have been cancelled today.", "3:15 p.m.",
                      "2025-07-24T15:15", "Airlines cancelled all flights to Denpasar on July 24.", "July 24", "2025-07-24")
    assert event.value == "2025-07-24"


def test_a_story_s_own_time_of_the_happening_dates_the_entry_before_a_note_s_stamp():
    # (e2e7 ceasefire) "The shelling, shortly after 11am ... on July 24" and "11:40 First reports of a violation"
    event = _far_note("11:40 a.m. — First reports of a violation: mortar rounds landed near the grain market.",
                      "11:40 a.m.", "2025-07-24T11:40", "The shelling, at 11am local time on July 24, damaged the market.",
                      "11am local time on July 24", "2025-07-24T11:00")
    assert event.value == "2025-07-24T11:00"


def test_a_live_report_s_note_keeps_the_summary_against_a_short_sentence_or_another_clock_time():
    short = _one_entry(*_derailment(wire_line="The train derailed late Sunday.", wire_expression="late Sunday",
                                    wire_value="2025-10-12", wire_granularity="day"))
    assert short.summary.startswith("Listeners report a large fire")
    # a sentence telling another moment of the day would contradict the entry's 23:58
    other_time = _one_entry(*_derailment(
        wire_line="Twenty-three cars of a freight train left the tracks at about 11:40 p.m. on the edge of town.",
        wire_expression="11:40 p.m.", wire_value="2025-10-12T23:40", wire_granularity="minute"))
    assert other_time.value == "2025-10-12T23:58" and other_time.summary.startswith("Listeners report a large fire")


def test_an_entry_s_summary_tells_its_own_clock_time_rather_than_another_of_that_grain():
    # (probe: D-Day) under 07:00, "at 7 a.m." rather than "at about 7:30 a.m."
    # (the other sentence's length is the one a summary is best at)
    first = make_article("a-first", day("1994-06-06"), ["Harry Parley was in the second wave at Omaha at 7 a.m."])
    second = make_article("b-second", day("1994-06-06"), [
        "Casassa, a rifleman of the 116th, came ashore at Omaha at about 7:30 a.m."])
    event = _one_entry(
        (first, lambda a: [timex(a, "7 a.m.", "1944-06-06T07:00", "minute", day("1944-06-06"), type="TIME")]),
        (second, lambda a: [timex(a, "7:30 a.m.", "1944-06-06T07:30", "minute", day("1944-06-06"), type="TIME")]),
    )
    assert event.value == "1944-06-06T07:00" and event.summary.startswith("Harry Parley was in the second wave")


# --------------------------------------------------------------------------- units, zones and "&" names

@pytest.mark.parametrize(("name", "text", "measure"), matching.MEASURE_EXAMPLES)
def test_a_unit_after_its_figure_or_a_zone_after_its_clock_time_is_part_of_a_measure(name, text, measure):
    assert matching.names_a_measure(name, text) is measure


@pytest.mark.parametrize(("text", "found"), matching.AMPERSAND_NAME_EXAMPLES)
def test_a_name_of_capitals_joined_by_an_ampersand_is_keyed_whole_and_an_index_as_no_one(text, found):
    assert matching.ampersand_names(text) == found


def _features(article: "Article", made) -> list:
    mentions = extract_mentions(article, made)
    return [matching.prepare(i, m, matching.article_names(article)) for i, m in enumerate(mentions)]


def test_a_unit_a_zone_or_an_index_s_letters_give_a_clause_no_name():
    article = make_article("wire", day("2025-05-29"), [
        "Power demand hit 8,442 MW at 3.30 pm on Wednesday, when Safdarjung logged 47.1 degrees Celsius.",
        "Polls close at 9:30 p.m. ET on Monday in Ontario.",
        "The S&P 500 fell 6 percent on Friday while AT&T rose.",
    ])
    features = _features(article, [
        timex(article, "Wednesday", "2025-05-28", "day", day("2025-05-28")),
        timex(article, "Monday", "2025-06-02", "day", day("2025-06-02")),
        timex(article, "Friday", "2025-05-23", "day", day("2025-05-23")),
    ])
    assert [sorted(f.strong) for f in features] == [["safdarjung"], ["ontario"], ["at&t"]]
    assert not {"mw", "celsius", "et", "s", "p", "t"} & features[0].context


def test_a_market_index_s_day_and_its_week_are_two_entries():
    # (probe: the 2025 tariff rout) joined before on the letters of "S&P"
    article = make_article("rout", day("2025-04-05"), [
        "The S&P 500 fell 6 percent Friday, its worst day since 2020.",
        "For the week, the S&P 500 fell 9.1 percent.",
    ])
    events, _ = build((article, lambda a: [
        timex(a, "Friday", "2025-04-04", "day", day("2025-04-04")),
        timex(a, "the week", "2025-W14", "week", day("2025-03-31"), day("2025-04-06"))]))
    assert sorted(e.value for e in events) == ["2025-04-04", "2025-W14"]


# --------------------------------------------------------------------------- a kind named by people's or things' work

@pytest.mark.parametrize(("clause", "kinds"), conflicts.NAMED_BY_THEIR_WORK_EXAMPLES)
def test_a_kind_named_only_by_the_work_of_people_or_things_tells_no_such_happening(clause, kinds):
    assert conflicts.kinds_of_their_work(clause) == kinds


def test_a_rescue_coordinator_s_day_and_a_rescue_capsule_s_day_are_no_disputed_rescue():
    # (e2e6 r16) Botha's "today we heard them" (5 Mar) and the men hoisted in a rescue capsule down a
    # hole completed on Saturday night (7 Mar): no rescue told on two days, so no dispute
    wire = make_article("a1_wire", day("2026-03-05"), [
        "Rescuers made contact with 14 gold miners trapped at the Kwezi Deep mine west of Johannesburg.",
        "\"We knew yesterday that air was getting through, but today we heard them,\" rescue coordinator "
        "Pieter Botha told reporters at the shaft head.",
    ])
    later = make_article("a3_za", day("2026-03-09"), [
        "The first six of the 14 mineworkers trapped underground at Kwezi Deep were brought to the surface.",
        "The men were hoisted one at a time in a rescue capsule lowered down a 70cm-wide hole that was completed "
        "on Saturday night.",
    ])
    events, _ = build(
        (wire, lambda a: [timex(a, "today", "2026-03-05", "day", day("2026-03-05"))]),
        (later, lambda a: [timex(a, "Saturday night", "2026-03-07TNI", "part_of_day", day("2026-03-07"), type="TIME")]),
    )
    assert len(events) == 2 and not any(e.disputed for e in events)


def test_a_rockfall_told_by_its_day_and_the_collapse_told_by_its_time_are_one_happening():
    # (e2e6 r19) a rockfall is a collapse: the lead's day and the later paragraph's time of it join
    events, _ = build(_moment_article([
        "Rescuers made contact Thursday with 14 gold miners trapped underground since a rockfall Tuesday at the "
        "Kwezi Deep mine west of Johannesburg, the mine's owner said.",
        "The collapse happened shortly before 3 p.m. Tuesday when a section of the hanging wall gave way on level 38.",
    ], [("Thursday", "2026-03-05"), ("Tuesday", "2026-03-03"), ("3 p.m. Tuesday", "2026-03-03T15:00")],
        reference="2026-03-05"))
    by_day = {e.start: sorted(c.expression for c in e.citations) for e in events}
    assert by_day[day("2026-03-03")] == ["3 p.m. Tuesday", "Tuesday"]


# --------------------------------------------------------------------------- exact counts

@pytest.mark.parametrize(("clause", "counts"), matching.EXACT_COUNT_EXAMPLES)
def test_an_exact_count_is_a_count_from_a_tally_not_a_round_figure_a_year_or_a_model(clause, counts):
    assert matching.exact_counts(clause) == counts


def test_two_reports_of_one_day_sharing_an_exact_count_are_one_happening():
    # (e2e6 r18/toll) the agency's toll at 08:00 WIB and another article's "203 dead" that day
    local = make_article("d3_local", day("2026-09-17"), [
        "The National Disaster Mitigation Agency (BNPB) said the death toll from the Sumatra earthquake had risen to "
        "203 by 08:00 WIB on Thursday."])
    wire = make_article("d4_wire", day("2026-09-20"), [
        "The disaster agency gave the final toll of 231 on Saturday. It had reported 203 dead on Thursday."])
    made = [
        (local, lambda a: [timex(a, "08:00 WIB", "2026-09-17T08:00", "minute", day("2026-09-17"), type="TIME")]),
        (wire, lambda a: [timex(a, "Saturday", "2026-09-19", "day", day("2026-09-19")),
                          timex(a, "Thursday", "2026-09-17", "day", day("2026-09-17"))]),
    ]
    events, _ = build(*made)
    by_day = {e.start: sorted(c.expression for c in e.citations) for e in events}
    assert by_day[day("2026-09-17")] == ["08:00 WIB", "Thursday"]


def _votes_sources():
    wire = make_article("wire", day("2007-05-25"), [
        "The House voted 280 to 142 shortly after 7 p.m., and the Senate followed about three hours later with an "
        "80 to 14 vote.",
    ])
    paper = make_article("paper", day("2007-05-25"), [
        "The Senate voted 80 to 14 at 10 p.m. on Thursday.",
    ])
    return [
        (wire, lambda a: [timex(a, "7 p.m.", "2007-05-24T19:00", "minute", day("2007-05-24"), type="TIME"),
                          timex(a, "about three hours", "PT3H", None, None, type="DURATION", mod="APPROX")]),
        (paper, lambda a: [timex(a, "10 p.m.", "2007-05-24T22:00", "minute", day("2007-05-24"), type="TIME"),
                           timex(a, "Thursday", "2007-05-24", "day", day("2007-05-24"))]),
    ]


def test_a_time_counted_from_another_merges_with_its_happening_told_at_that_time():
    """e2e6 defect 13: "the Senate followed about three hours later" (after 7 p.m.) is the other source's
    Senate vote "at 10 p.m.", not the House vote at 7 p.m. its time is counted from."""
    events, _ = build(*_votes_sources())
    by_value = {e.value: e for e in events}
    assert set(by_value) == {"2007-05-24T19:00", "2007-05-24T22:00"}
    house, senate = by_value["2007-05-24T19:00"], by_value["2007-05-24T22:00"]
    assert [(c.document, c.expression) for c in house.citations] == [("wire", "7 p.m.")]
    assert sorted((c.document, c.expression) for c in senate.citations) == [("paper", "10 p.m."), ("wire", "about three hours later")]
    assert senate.mod is None  # the paper tells it exactly


# ------------------------------------------------------------------ a lead's day and a later time, told elsewhere too


def _contact_sources(wire_lines=None, paper_lines=None, wire_expressions=None):
    """A wire whose lead tells contact with trapped miners by its day and a later paragraph by its
    clock time, and a paper telling that contact by the evening of the day."""
    wire = make_article("wire", day("2025-03-06"), wire_lines or [
        "Rescuers made contact Thursday with nine miners trapped underground at the Velden colliery, the owner said.",
        "A team of rescuers drilling a borehole reached the chamber at about 7:30 p.m. and heard tapping on the pipe.",
    ])
    paper = make_article("paper", day("2025-03-10"), paper_lines or [
        "Contact was first made with the men in the Velden tunnel on Thursday evening, through a narrow borehole.",
    ])
    wire_expressions = wire_expressions or [("Thursday", "2025-03-06"), ("7:30 p.m.", "2025-03-06T19:30")]

    def wire_made(a):
        return [timex(a, text, value, "minute" if "T" in value else "day", day(value[:10]),
                      type="TIME" if "T" in value else "DATE") for text, value in wire_expressions]
    return [
        (wire, wire_made),
        (paper, lambda a: [timex(a, "Thursday evening", "2025-03-06TEV", "part_of_day", day("2025-03-06"),
                                 type="TIME")]),
    ]


def test_a_lead_s_day_joins_its_article_s_later_time_when_another_article_tells_it_at_that_time():
    events, _ = build(*_contact_sources())
    assert [sorted(c.expression for c in e.citations) for e in events] == [
        ["7:30 p.m.", "Thursday", "Thursday evening"]]
    assert events[0].value == "2025-03-06T19:30"  # the finest time the sources give


def test_a_lead_s_day_and_a_later_time_of_one_article_alone_stay_apart():
    # one article alone: a lead and a later time of its day share a word as often when they tell two
    # happenings as when they tell one
    wire, _ = _contact_sources()
    events, _ = build(wire)
    assert sorted(e.value for e in events) == ["2025-03-06", "2025-03-06T19:30"]


@pytest.mark.parametrize(("wire_lines", "paper_lines", "wire_expressions"), [
    # the day is not told in the wire's lead: a later sentence of the day tells another happening as often
    (["A rockfall shut the Velden colliery on Tuesday.",
      "Rescuers made contact Thursday with nine miners trapped underground at the Velden colliery, the owner said.",
      "A team of rescuers drilling a borehole reached the chamber at about 7:30 p.m. and heard tapping on the pipe."],
     None,
     [("Tuesday", "2025-03-04"), ("Thursday", "2025-03-06"), ("7:30 p.m.", "2025-03-06T19:30")]),
    # the paper's evening shares no word with the wire's lead
    (None,
     ["A drill broke into the tunnel at Velden on Thursday evening."],
     None),
])
def test_a_lead_s_day_stays_apart_from_a_later_time_not_told_so_elsewhere(wire_lines, paper_lines, wire_expressions):
    events, _ = build(*_contact_sources(wire_lines, paper_lines, wire_expressions))
    clock = [e for e in events if any(c.expression == "7:30 p.m." for c in e.citations)]
    assert [sorted(c.expression for c in e.citations if c.document == "wire") for e in clock] == [["7:30 p.m."]]


# --------------------------------------------------------------------------- the date of a sentence's main verb

def _mention_of(sentence: str, expression: str, summary: str | None = None):
    from timeline.models import EventMention

    article = make_article("s", day("2025-07-07"), [sentence])
    found = timex(article, expression, "2025-06-30", "day", day("2025-06-30")) if expression else \
        timex(article, sentence[:4], "2025-06-30", "day", day("2025-06-30")).model_copy(update={"text": ""})
    return EventMention(document="s", sentence_start=0, sentence_end=len(sentence), quote=sentence, clause=sentence,
                        summary=summary if summary is not None else sentence.rstrip("."), timex=found,
                        reference_date=day("2025-07-07"))


@pytest.mark.parametrize(("sentence", "expression", "passing"), entries.DATE_IN_PASSING_EXAMPLES)
def test_a_date_in_a_relative_or_subordinate_part_or_a_verb_s_destination_dates_no_main_verb(
        sentence, expression, passing):
    assert entries.date_in_passing(_mention_of(sentence, expression)) is passing


def test_the_summary_a_clause_was_cut_to_is_judged_rather_than_its_sentence():
    sentence = ("About 1,200 residents spent Thanksgiving Monday in evacuation centres after a freight train "
                "derailed and caught fire late Sunday.")
    assert entries.date_in_passing(_mention_of(sentence, "late Sunday"))
    assert not entries.date_in_passing(_mention_of(
        sentence, "late Sunday", summary="A freight train derailed and caught fire late Sunday"))
    # a summary cut before its date ("...since the Murrin…") is judged by its sentence
    receding = "Floodwaters were receding on Thursday for the first time since the Murrin River peaked on Monday."
    assert entries.date_in_passing(_mention_of(receding, "Monday", summary="Floodwaters were receding on Thursday…"))
    # a part of the sentence without the date, which the clause was cut to, is not judged here
    assert not entries.date_in_passing(_mention_of(
        "The dollar steadied after falling the day before, when the two banks cut rates hours apart.", "the day before",
        summary="The two banks cut rates hours apart"))


def _levee_sources(story_line: str, story_expression: str):
    blog = make_article("a-blog", day("2025-06-30"), [
        "**11.20am** The levee protecting the North Bellbrook industrial estate has breached near Station Street."])
    story = make_article("b-story", day("2025-07-07"), [story_line])
    return [
        (blog, lambda a: [timex(a, "11.20am", "2025-06-30T11:20", "minute", day("2025-06-30"), type="TIME")]),
        (story, lambda a: [timex(a, story_expression, "2025-06-30", "day", day("2025-06-30"))]),
    ]


def test_an_entry_s_summary_comes_from_the_sentence_whose_main_verb_its_date_dates():
    # (e2e7 m3) a relative clause's date ("which breached on 30 June") heads the entry less well
    # than the live report's note of the breach, though a story's sentence otherwise comes first
    event = _one_entry(*_levee_sources(
        "The package includes $40 million to rebuild the Station Street levee, which breached on 30 June, and "
        "grants of up to $25,000 for small businesses.", "30 June"))
    assert event.value == "2025-06-30T11:20" and "has breached near Station Street" in event.summary
    # the sentence whose main verb the day dates still comes before the note
    told = _one_entry(*_levee_sources(
        "The Station Street levee breached on 30 June, flooding the North Bellbrook industrial estate.", "30 June"))
    assert told.summary.startswith("The Station Street levee breached on 30 June")


def test_a_verb_s_destination_yields_the_summary_to_the_happening_of_that_day():
    # (e2e7 doping) "backdated to 20 March" tells the ban, not the suspension of 20 March
    wire = make_article("a-wire", day("2025-03-21"), [
        "Irish runner Ciara Dolan has been provisionally suspended after testing positive for a banned substance, "
        "the integrity unit announced yesterday."])
    paper = make_article("b-paper", day("2025-08-05"), [
        "The ban is backdated to 20 March, the day she was provisionally suspended, and runs until 19 March 2029."])
    event = _one_entry(
        (wire, lambda a: [timex(a, "yesterday", "2025-03-20", "day", day("2025-03-20"))]),
        (paper, lambda a: [timex(a, "20 March", "2025-03-20", "day", day("2025-03-20"))]),
    )
    assert event.summary.startswith("Irish runner Ciara Dolan has been provisionally suspended")


def test_a_date_in_passing_keeps_the_summary_against_a_fragment():
    # "The stabbing" tells less than the sentence whose after-clause the date dates
    police = make_article("a-police", day("2002-04-15"), [
        "An Ottawa man is facing an attempted murder charge after a 22-year-old student was stabbed outside a bar "
        "early Sunday."])
    paper = make_article("b-paper", day("2002-04-15"), ["The stabbing happened early Sunday."])
    event = _one_entry(
        (police, lambda a: [timex(a, "early Sunday", "2002-04-14", "day", day("2002-04-14"))]),
        (paper, lambda a: [timex(a, "early Sunday", "2002-04-14", "day", day("2002-04-14"))]),
    )
    # (the events stage cuts the police sentence to the clause its date dates, which heads the entry)
    assert event.summary == "A 22-year-old student was stabbed outside a bar early Sunday"


# --------------------------------------------------------------------------- a loose date's widening

def _ouster_and_weekend(weekend_line: str):
    wire = make_article("a-wire", day("2025-11-08"), [
        "The board of Kestrane Robotics ousted chief executive Ama Dorvelle late Friday."])
    paper = make_article("b-paper", day("2025-11-10"), [weekend_line])
    return build(
        (wire, lambda a: [timex(a, "late Friday", "2025-11-07", "day", day("2025-11-07"), mod="END")]),
        (paper, lambda a: [timex(a, "weekend", "2025-W45-WE", "weekend", day("2025-11-08"), day("2025-11-09"))]),
    )


def test_a_weekend_s_happening_takes_no_friday_that_only_its_widening_reaches():
    # (e2e7 m4) a weekend is no Friday's, though a writer's weekend may reach one (``FUZZ_DAYS``):
    # the two share a kind (the resignations, the ouster), not a name of their own
    events, _ = _ouster_and_weekend(
        "Kestrane Robotics was in turmoil yesterday after a weekend in which its president and two senior "
        "engineers resigned.")
    assert len(events) == 2
    # (e2e7 ceo) nor when its clause tells her again by her role, in her article's names
    events, _ = _ouster_and_weekend(
        "Kestrane Robotics was in turmoil yesterday after a weekend in which its president and two senior "
        "engineers resigned and hundreds of staff threatened to follow the ousted chief executive, Ama Dorvelle, "
        "out of the door.")
    assert len(events) == 2


def test_a_weekend_s_happening_naming_the_same_person_still_takes_the_friday_it_reaches():
    events, _ = _ouster_and_weekend("Ama Dorvelle was ousted as chief executive of Kestrane Robotics over the weekend.")
    assert len(events) == 1


def test_one_happening_told_again_and_again_is_not_compared_member_by_member(monkeypatch):
    # A long article repeating one sentence makes one cluster of many members; what a mention asks of
    # the cluster (its article's lines of key dates of that day, its intervals, its timed members) is
    # gathered as members join, not looked for in every member at every comparison (quadratic: a
    # 500-line article took 74 s).
    from timeline.merge import clustering

    calls = []
    real = clustering.dated_line

    def counting(member):
        calls.append(1)
        return real(member)

    monkeypatch.setattr(clustering, "dated_line", counting)
    count = 150
    sunday = day("2025-10-05")
    article = make_article("rep", day("2025-10-10"), ["The truce took effect on Sunday."] * count)
    timexes = [timex(article, "on Sunday", "2025-10-05", "day", sunday, occurrence=n) for n in range(count)]
    features = [matching.prepare(n, mention) for n, mention in enumerate(extract_mentions(article, timexes))]
    assert len(features) == count
    clusters = cluster_mentions(features)
    assert [len(cluster.members) for cluster in clusters] == [count]
    assert len(calls) <= 4 * count  # asked of every member at every comparison: about count² / 2


def test_a_clusters_member_index_follows_its_members():
    # the index is rebuilt when a cluster is emptied (absorbed) and filled again
    from timeline.merge.clustering import Cluster

    article = make_article("a", day("2025-11-20"), ["14 Nov 2025: sales halted.", "The company halted sales on 14 Nov 2025.",
                                                    "Trading resumed at 9 a.m. on 15 Nov 2025."])
    timexes = [timex(article, "14 Nov 2025", "2025-11-14", "day", day("2025-11-14")),
               timex(article, "14 Nov 2025", "2025-11-14", "day", day("2025-11-14"), occurrence=1),
               timex(article, "9 a.m. on 15 Nov 2025", "2025-11-15T09:00", "minute", day("2025-11-15"))]
    line, prose, timed = [matching.prepare(n, m) for n, m in enumerate(extract_mentions(article, timexes))]
    cluster = Cluster(number=0)
    for member in (line, prose, timed):
        cluster.add(member)
    told = cluster.day_members("a", day("2025-11-14"))
    assert (told.lines, told.prose, told.own) == ([line], [prose], [line, prose])
    assert told.first_sentence == line.mention.sentence_start
    assert cluster.timed() == [timed] and cluster.same_interval(timed)
    assert cluster.day_members("b", day("2025-11-14")).own == []
    cluster.members = []  # absorbed by another cluster
    assert cluster.day_members("a", day("2025-11-14")).own == [] and not cluster.same_interval(timed)
    cluster.add(prose)
    assert cluster.day_members("a", day("2025-11-14")).own == [prose] and cluster.timed() == []


def test_a_short_table_row_heads_an_entry_before_a_sentence_its_date_dates_only_in_passing():
    # "that day" dates the detaining in a subject whose verb, "had been released", is Thursday's news
    row = make_article("uk", day("2025-11-02"), [
        ("| Date | Event |", "table_header"),
        ("| 25 October | 212 arrested on Republic Bridge |", "table_row"),
    ])
    wire = make_article("wire", day("2025-10-31"), [
        "Police said Thursday that 187 of the 212 people detained that day had been released without charge.",
    ])
    events, _ = build((row, lambda a: [timex(a, "25 October", "2025-10-25", "day", day("2025-10-25"))]),
                      (wire, lambda a: [timex(a, "Thursday", "2025-10-30", "day", day("2025-10-30")),
                                        timex(a, "that day", "2025-10-25", "day", day("2025-10-25"))]))
    (arrests,) = [e for e in events if e.start == day("2025-10-25")]
    assert "212 arrested on Republic Bridge" in arrests.summary


def _leyton(report_line: str):
    preview = _dated_article("game-preview", "2025-12-04", [
        "Chairman Richard Pell said the club hoped to appoint a permanent head coach before Saturday's game "
        "against Leyton Park."], [("Saturday's", "2025-12-06")])
    report = _dated_article("game-report", "2025-12-08", [report_line], [("Saturday", "2025-12-06")])
    events, _ = build(preview, report)
    return [sorted(c.document for c in e.citations) for e in events if e.start == day("2025-12-06")]


def test_a_game_and_its_score_told_later_are_one_entry():
    # (e2e8 football) they share the opponent's name and no word: the game and a score told with
    # a verb of the result are one kind of happening
    assert _leyton("Interim coach Danny Okafor won 2-1 against Leyton Park on Saturday.") == [
        ["game-preview", "game-report"]]


def test_a_game_and_another_happening_naming_its_opponent_stay_apart():
    assert _leyton("Leyton Park sacked their manager on Saturday.") == [["game-preview"], ["game-report"]]


def _march(plan_line: str):
    plan = _dated_article("march-plan", "2025-10-29", [
        "Interior Minister Pavel Roske resigned on Tuesday after police detained 212 people in Kessel.",
        plan_line], [("Saturday", "2025-11-01")])
    report = _dated_article("march-report", "2025-11-02", [
        "Tens of thousands of people marched through Kessel yesterday, a week after Pavel Roske resigned."],
        [("yesterday", "2025-11-01")])
    events, _ = build(plan, report)
    return [sorted(c.document for c in e.citations) for e in events if e.start == day("2025-11-01")]


def test_a_march_planned_and_told_as_done_is_one_entry():
    # (e2e8 protest) "march" written small is the protest, not the month
    assert _march("The movement will hold its fifth march on Saturday.") == [["march-plan", "march-report"]]


@pytest.mark.parametrize(("text", "bare"), [
    ("3 March, 06:00", False), ("March 3, 06:00", False), ("21st June 14:30", False), ("Tuesday 9 p.m.", False),
    ("06:00", True), ("shortly after 14:00", True), ("3 p.m. local time", True),
])
def test_a_time_told_with_its_day_first_or_after_is_no_bare_time(text, bare):
    """A clock time whose expression tells its day, the day first as British, Irish, South African and
    Australian copy writes it ("3 March, 06:00"), dates an entry before a day told alone; one without a day does
    not (e2e9 final count: the head count's 06:00 was lost)."""
    article = make_article("t", day("2025-03-04"), [f"- {text}: Head count reveals three inmates missing"])
    made = timex(article, text, "2025-03-03T06:00", "minute", day("2025-03-03"), type="TIME")
    assert matching.is_bare_time(made, "minute") is bare


@pytest.mark.parametrize(("sentence", "summary"), [
    # the writer's day that opens a summary gives way to "The" under the entry's date ...
    ("Last Friday's strike cut services on every line of the network.", "The strike cut services on every line of the network"),
    # ... but a summary that is only the day's thing keeps its day
    ("Shares had fallen 5% this year before Tuesday's report.", "Tuesday's report"),
])
def test_an_entry_opens_on_the_writers_day_only_when_more_than_the_day_is_told(sentence, summary):
    article = make_article("w", day("2024-05-01"), [sentence])
    day_told = "Last Friday" if sentence.startswith("Last") else "Tuesday"
    value = "2024-04-26" if day_told == "Last Friday" else "2024-04-30"
    (event,), _ = build((article, lambda a: [timex(a, day_told, value, "day", day(value))]))
    assert event.summary == summary
