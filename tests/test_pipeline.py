"""The stages connected: tagging an article's body as ingest hands it over."""

from __future__ import annotations

import datetime as dt

from timeline.ingest import parse_article
from timeline.pipeline import build_timeline, tag_article
from timeline.render import render

LIVE_BLOG = "---\npublished: 2021-07-23\n---\nLive updates.\n\n## Friday 23 July\n\n**20:55** Emperor Naruhito arrives.\n\n" \
            "**23:45** Naomi Osaka lights the Olympic cauldron.\n"


def test_a_bold_live_blog_stamp_is_tagged_with_offsets_into_the_body():
    article = parse_article(LIVE_BLOG, path="live.md")
    times = [t for t in tag_article(article) if t.type == "TIME"]
    assert [(t.text, t.value) for t in times] == [("20:55", "2021-07-23T20:55"), ("23:45", "2021-07-23T23:45")]
    for t in times:
        assert article.body[t.start:t.end] == t.text
    # (each stamp is dated by the Markdown day heading above it)
    assert [t.anchor for t in times] == [f"timex:{article.body.index('Friday 23 July')}"] * 2


def test_a_bold_live_blog_stamp_dates_its_entry_and_the_summary_drops_the_asterisks():
    timeline = build_timeline([parse_article(LIVE_BLOG, path="live.md")])
    assert [e.summary for e in timeline.events] == [
        "20:55 Emperor Naruhito arrives", "23:45 Naomi Osaka lights the Olympic cauldron"]
    assert timeline.events[0].citations[0].quote == "**20:55** Emperor Naruhito arrives."


POLICE_LOG = "---\npublished: 2025-10-10\nlanguage: en-AU\n---\nPolice have thanked volunteers after a missing man was " \
             "located alive yesterday.\n\nThursday 9 October\n- 7.20am: Man sighted by PolAir crew near Blue Lake\n"


def test_a_clock_time_is_shown_once_in_every_format_whatever_the_stamp_looks_like():
    """A bold live-blog stamp ("**20:55** Emperor ...") and a police log's ("7.20am: Man sighted ...") read alike:
    the time after the date, in the 24-hour clock, and the summary without the stamp; timeline.json keeps its
    value and summary as the events stage wrote them."""
    import json

    from timeline.render import RenderOptions, make_environment, render
    from timeline.render.context import build_context
    from timeline.render.pdf import briefing_html

    timeline = build_timeline([parse_article(LIVE_BLOG, path="live.md"), parse_article(POLICE_LOG, path="police.md")])
    timed = {e.value: e for e in timeline.events if "T" in e.value}
    shown = {"2021-07-23T20:55": ("23 Jul 2021, 20:55", "Emperor Naruhito arrives"),
             "2025-10-09T07:20": ("9 Oct 2025, 07:20", "Man sighted by PolAir crew near Blue Lake")}
    assert set(shown) <= set(timed)
    views = {v.event.value: v for v in build_context(timeline).events}
    markdown = render(timeline, "md").decode()
    html = render(timeline, "html").decode()
    briefing = briefing_html(build_context(timeline), make_environment(RenderOptions()))
    slides = {s["unique_id"]: s for s in json.loads(render(timeline, "timelinejs"))["events"]}
    for value, (label, summary) in shown.items():
        view = views[value]
        assert (view.when_label, view.summary) == (label, summary)
        time = label.split(", ")[1]
        assert f"| [{label}](#" in markdown and f"- {time} · **{summary}**" in markdown
        assert f'<time datetime="{value}">' in html and f'<p class="summary">{summary}</p>' in html
        assert f'<span class="time">, {time}</span>' in briefing and f'<p class="summary">{summary}' in briefing
        assert (slides[view.anchor]["display_date"], slides[view.anchor]["text"]["headline"]) == (label, summary)
    assert json.loads(render(timeline, "json"))["events"] == json.loads(timeline.model_dump_json())["events"]


LOOSE_TIMES = "---\npublished: 2025-01-15\nlanguage: en-GB\n---\nA road bridge over the River Wenning collapsed " \
              "at about 5.40pm yesterday, Lancashire Police said.\n\nA woman in the car died in hospital shortly " \
              "before midnight.\n\nThe council closed the Bentham road at 11pm.\n"


def test_a_clock_time_told_loosely_and_the_midnight_that_ends_a_day_read_alike_in_every_format():
    """"at about 5.40pm" is "about 17:40" and "shortly before midnight" "before midnight" (never "24:00"), after the
    day's 23:00; timeline.json gives the mod as data."""
    import json

    from timeline.render import RenderOptions, make_environment, render
    from timeline.render.context import build_context
    from timeline.render.pdf import briefing_html

    timeline = build_timeline([parse_article(LOOSE_TIMES, path="bridge.md")])
    assert [(e.value, e.mod) for e in timeline.events] == [
        ("2025-01-14T17:40", "APPROX"), ("2025-01-14T23:00", None), ("2025-01-14T24:00", "BEFORE")]
    markdown = render(timeline, "md").decode()
    html = render(timeline, "html").decode()
    briefing = briefing_html(build_context(timeline), make_environment(RenderOptions()))
    slides = json.loads(render(timeline, "timelinejs"))["events"]
    for time in ("about 17:40", "23:00", "before midnight"):
        assert f"| [14 Jan 2025, {time}](#" in markdown and f"- {time} · **" in markdown
        assert f'<span class="event-time">{time}</span>' in html
        assert f'<span class="time">, {time}</span>' in briefing
    assert [s["display_date"] for s in slides] == ["14 Jan 2025, about 17:40", "14 Jan 2025, 23:00",
                                                   "14 Jan 2025, before midnight"]
    assert "24:00" not in markdown + html + briefing
    assert [e["mod"] for e in json.loads(render(timeline, "json"))["events"]] == ["APPROX", None, "BEFORE"]


QUAKE = "---\npublished: 2025-03-12\n---\nA powerful earthquake struck northern Chile shortly before midnight on Tuesday, " \
        "killing at least 12 people in Antofagasta.\n\nRescue teams worked through the night. The quake hit at 11:47 p.m. " \
        "at a depth of 10 km, according to seismologists in Santiago.\n"


def test_a_moment_told_loosely_and_then_exactly_in_one_article_is_one_entry_at_the_exact_time():
    """"shortly before midnight" in the lead and "11:47 p.m." further down tell one quake: one entry, dated by the
    time told exactly, its summary the lead's (two exact clock times of one article stay two moments)."""
    timeline = build_timeline([parse_article(QUAKE, path="quake.md")])
    (quake,) = [e for e in timeline.events if any(c.expression == "11:47 p.m." for c in e.citations)]
    assert sorted(c.expression for c in quake.citations) == ["11:47 p.m.", "midnight"]
    assert quake.value == "2025-03-11T23:47" and quake.mod is None
    assert quake.summary.startswith("A powerful earthquake struck northern Chile")
    exact = build_timeline([parse_article(QUAKE.replace("shortly before midnight", "at 11:02 p.m."), path="quake.md")])
    assert len([e for e in exact.events if e.value in ("2025-03-11T23:02", "2025-03-11T23:47")]) == 2
    # an hour off is another moment: "shortly before midnight" is not "at 11 p.m."
    hour = build_timeline([parse_article(QUAKE.replace("11:47 p.m.", "11 p.m."), path="quake.md")])
    assert len([e for e in hour.events if e.value in ("2025-03-11T23:00", "2025-03-11T24:00")]) == 2


def test_an_article_of_the_earliest_year_read_is_tagged_and_built_against_its_own_date():
    # ingest reads no 'published' before 1800 (e2e9 defect 14); at that bound the stages resolve as
    # they do today: 1 Jan 1800 was a Wednesday, so 'on Sunday' is 29 Dec 1799 and 'last year' 1799
    article = parse_article("---\npublished: 1800-01-01\n---\nThe truce took effect on Sunday. "
                            "The war began last year.\n", path="old.md")
    assert [(t.text, t.value) for t in tag_article(article)] == [("Sunday", "1799-12-29"), ("last year", "1799")]
    timeline = build_timeline([article])
    assert [(e.start, e.end, e.value) for e in timeline.events] == [
        (dt.date(1799, 1, 1), dt.date(1799, 12, 31), "1799"), (dt.date(1799, 12, 29), dt.date(1799, 12, 29), "1799-12-29")]
    assert "29 Dec 1799" in render(timeline, "md").decode()


ROOF = "---\npublished: 2026-05-03\n---\nEleven spectators were hurt at Kelbrook yesterday. The roof collapsed at about 14:30 " \
       "when a service door was opened to let a fire engine through.\n"
ROOF_LOG = "---\npublished: 2026-08-20\n---\nThe inquiry lists the afternoon of 2 May:\n\n| Time | What happened |\n|---|---|\n" \
           "| 14:26 | Service door opened for a fire engine |\n| 14:30 | Roof collapses over the east stand |\n"


def test_a_time_told_loosely_is_not_a_table_rows_minutes_off_when_the_table_tells_its_minute():
    """"at about 14:30" may be "14:26" when nothing tells 14:30 exactly; a table that does tell 14:30 puts the
    loose time at that row's minute, never at the row four minutes before it, whatever words they share."""
    timeline = build_timeline([parse_article(ROOF, path="roof.md"), parse_article(ROOF_LOG, path="log.md")])
    (crane,) = [e for e in timeline.events if e.value == "2026-05-02T14:26"]
    assert [c.expression for c in crane.citations] == ["14:26"]
    alone = build_timeline([parse_article(ROOF, path="roof.md"),
                            parse_article(ROOF_LOG.replace("| 14:30 | Roof collapses over the east stand |\n", ""),
                                          path="log.md")])
    (crane,) = [e for e in alone.events if any(c.expression == "14:26" for c in e.citations)]
    assert sorted(c.expression for c in crane.citations) == ["14:26", "14:30"]


CALLED_OFF_LOG = "---\npublished: 2026-08-20\n---\nThe inquiry lists the evening of 2 May:\n\n| Time | What happened |\n" \
                 "|---|---|\n| 21:10 | Match at Kelbrook abandoned after a floodlight failure |\n"


def test_a_table_row_telling_a_calling_off_in_clipped_words_is_called_off_as_the_sentence_telling_it():
    report = "---\npublished: 2026-05-03\n---\nThe match at Kelbrook was abandoned at 21:10 last night after a floodlight " \
             "failure.\n"
    timeline = build_timeline([parse_article(report, path="report.md"), parse_article(CALLED_OFF_LOG, path="log.md")])
    (entry,) = [e for e in timeline.events if e.value == "2026-05-02T21:10"]
    assert len(entry.citations) == 2
    assert entry.status == "cancelled" and not entry.disputed


OBITUARY = """---
published: 2016-11-14
---
Jonas Merkys, who led the country out of Soviet rule, has died aged 84.

Born in the lakeside town of Ezerai, Merkys trained as a physicist in Leningrad before joining the dissidents. He was \
arrested in 1979 for circulating a samizdat journal and spent four years in a labour camp in the Urals.
"""
PROFILE = """---
published: 2016-11-15
---
Merkys was sent to a labour camp after his arrest in 1979.
"""


def test_a_year_s_happening_told_with_another_name_meets_the_report_naming_its_subject():
    # the obituary's clause names only a place ("the Urals"), the profile's the man himself; each
    # article names him, and both tell an arrest in 1979: one happening, one entry citing both
    timeline = build_timeline([parse_article(OBITUARY, path="obit.md"), parse_article(PROFILE, path="profile.md")])
    arrests = [e for e in timeline.events if e.value == "1979"]
    assert [sorted(c.document for c in e.citations) for e in arrests] == [["obit", "profile"]]


def test_an_entry_names_the_writer_s_days_in_its_summary_by_their_weekdays_but_not_inside_a_quotation():
    article = parse_article(
        "---\npublished: 2024-10-22\n---\n"
        "Pickets gathered outside the main stations from 5am yesterday as the strike began.\n\n"
        "The two sides will meet at the conciliation service at 10am tomorrow.\n\n"
        "Trains were running a skeleton timetable this morning, the operator said.\n\n"
        "A final vote on the settlement is scheduled for tomorrow.\n\n"
        "Talks broke down last Thursday after the operator withdrew its offer.\n\n"
        "Rail travel is far more common today than it was in 1990.\n", path="strike.md")
    summaries = [e.summary for e in build_timeline([article]).events]
    assert "Pickets gathered outside the main stations from 5am on Monday as the strike began" in summaries
    assert "The two sides will meet at the conciliation service at 10am on Wednesday" in summaries
    assert "Trains were running a skeleton timetable on Tuesday morning, the operator said" in summaries
    assert "A final vote on the settlement is scheduled for Wednesday" in summaries  # (not "for on Wednesday")
    assert "Talks broke down on Thursday after the operator withdrew its offer" in summaries
    # ("today" compared with a time gone is now, no day)
    assert any("far more common today than" in s for s in summaries)
    # a quotation keeps its speaker's words
    quoted = parse_article("---\npublished: 2024-10-22\n---\n\"We walked out yesterday and we will walk out again,\" the union's "
                           "leader told reporters on Tuesday.\n", path="quote.md")
    kept = [e.summary for e in build_timeline([quoted]).events]
    assert kept and all(s.startswith("\"We walked out yesterday") for s in kept)
