"""Ingest: front matter, titles, boilerplate, sentences, and one clear error per bad file."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from timeline.errors import InputError, InputErrors
from timeline.ingest import (
    PublishedError, cut_boilerplate, language_tag_problem, load_articles, parse_article, parse_reference_date,
    reads_as_headline, split_sentences,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_front_matter_fields_are_read():
    text = (
        "---\npublished: 2025-12-03T23:30:00-05:00\ntitle: Envoys meet Putin\npublisher: Example Wire\n"
        "url: https://example.com/a\nlanguage: en\n---\nThe envoys met on Tuesday.\n"
    )
    article = parse_article(text, path="in/a.txt")
    assert article.id == "a"
    assert article.title == "Envoys meet Putin"
    assert article.publisher == "Example Wire"
    assert article.url == "https://example.com/a"
    # The date is the one in the article's own offset, not UTC's (which is already 4 Dec).
    assert article.reference_date == dt.date(2025, 12, 3)
    assert article.published_at.utcoffset() == dt.timedelta(hours=-5)
    assert article.body == "The envoys met on Tuesday."
    assert article.body_line == 8


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2025-12-03", dt.date(2025, 12, 3)), ("'2025-12-03'", dt.date(2025, 12, 3)),
     ("2025-12-03 08:15:00+02:00", dt.date(2025, 12, 3)), ("2025-12-03T23:59:00Z", dt.date(2025, 12, 3)),
     # the ends of what is read: the offsets clocks keep (Kiribati's +14:00, Baker Island's -12:00),
     # the first day of 1800, and a week date that names its day (2025-W49-3 is Wednesday 3 Dec)
     ("2025-12-03T23:59:00+14:00", dt.date(2025, 12, 3)), ("2025-12-03T00:01:00-12:00", dt.date(2025, 12, 3)),
     ("1800-01-01", dt.date(1800, 1, 1)), ("2025-W49-3", dt.date(2025, 12, 3))],
)
def test_published_accepts_dates_and_datetimes_with_offsets(value, expected):
    article = parse_article(f"---\npublished: {value}\n---\nText.", path="a.txt")
    assert article.reference_date == expected


@pytest.mark.parametrize(
    ("value", "at"),
    [("2026-03-05 14:30", dt.datetime(2026, 3, 5, 14, 30)), ("2026-03-05T23:45:10", dt.datetime(2026, 3, 5, 23, 45, 10))],
)
def test_published_datetime_without_offset_is_the_articles_local_time(value, at):
    # e2e6 defect 14: its date as written is the reference date, as a datetime's own offset gives it
    article = parse_article(f"---\npublished: {value}\n---\nThe mine collapsed on Tuesday.", path="a.md")
    assert (article.reference_date, article.published_at, article.published_at.tzinfo) == (at.date(), at, None)


def test_every_published_form_the_error_asks_for_is_accepted():
    with pytest.raises(InputError) as raised:
        parse_article("---\npublished: next week\n---\nText.", path="a.md")
    fix = str(raised.value).split("is not a date;", 1)[1]
    forms = re.findall(r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?(?:[+-]\d\d:\d\d)?)?", fix)
    assert "YYYY-MM-DD" in fix and len(forms) >= 2
    for form in forms:
        assert parse_article(f"---\npublished: {form}\n---\nText.", path="b.md").reference_date == dt.date(2025, 12, 3)


@pytest.mark.parametrize("block", ["", "# just a comment", "# notes:\n\n  # published later"])
def test_front_matter_of_comments_only_is_empty_front_matter(block):
    # e2e9 defect 14: '# just a comment' was "not a set of 'key: value' lines" while '---' over '---'
    # was read; both are front matter without keys, so both take --reference-date, and without it
    # both are told they have no date (a true message), not that their YAML is malformed
    text = f"---\n{block}\n---\nThe truce took effect on Sunday.\n" if block else "---\n---\nThe truce took effect on Sunday.\n"
    article = parse_article(text, path="a.md", reference_date=dt.date(2025, 10, 10))
    assert (article.reference_source, article.body, article.body_line) == (
        "option", "The truce took effect on Sunday.", text.count("\n"))
    with pytest.raises(InputError) as raised:
        parse_article(text, path="a.md")
    assert "has no reference date" in str(raised.value) and "add 'published: YYYY-MM-DD'" in str(raised.value)


def test_front_matter_that_is_no_mapping_is_still_refused():
    with pytest.raises(InputError) as raised:
        parse_article("---\njust words\n---\nText.", path="a.md", reference_date=dt.date(2025, 10, 10))
    assert "not a set of 'key: value' lines" in str(raised.value) and raised.value.line == 2


@pytest.mark.parametrize(
    ("text", "day"), [("1800-01-01", dt.date(1800, 1, 1)), ("2025-W41-1", dt.date(2025, 10, 6)), (" 2025-10-10 ", dt.date(2025, 10, 10))]
)
def test_a_reference_date_given_outside_front_matter_is_read_as_published_is(text, day):
    assert parse_reference_date(text) == day


@pytest.mark.parametrize(
    ("text", "fragments"),
    [("0001-01-01", ["0001-01-01 is before 1800", "such as 2025-12-03"]),
     ("2025-W41", ["2025-W41 is a week (2025-10-06 to 2025-10-12)", "such as 2025-10-06"]),
     ("2025-10-10T12:00", ["'2025-10-10T12:00' is not a date", "YYYY-MM-DD"]), ("soon", ["'soon' is not a date"])],
)
def test_a_reference_date_that_is_no_day_says_why(text, fragments):
    with pytest.raises(PublishedError) as raised:
        parse_reference_date(text)
    message = f"{raised.value.problem}; {raised.value.fix}"
    assert all(fragment in message for fragment in fragments), message


def test_reference_date_option_is_used_only_without_published():
    dated = parse_article("---\npublished: 2025-01-02\n---\nText.", path="a.txt", reference_date=dt.date(2020, 1, 1))
    undated = parse_article("Text without front matter.", path="b.txt", reference_date=dt.date(2020, 1, 1))
    assert (dated.reference_date, dated.reference_source) == (dt.date(2025, 1, 2), "published")
    assert (undated.reference_date, undated.reference_source) == (dt.date(2020, 1, 1), "option")


def test_first_line_headline_becomes_title_and_yields_a_heading_sentence():
    body = "Envoys Meet Putin in Moscow to Discuss Peace Plan\nThe envoys met Putin on Tuesday. They talked."
    article = parse_article(body, path="x.md", reference_date=dt.date(2025, 12, 2))
    assert article.title == "Envoys Meet Putin in Moscow to Discuss Peace Plan"
    assert article.title_in_body == (0, 49)
    kinds = [(s.kind, s.text) for s in article.sentences]
    assert kinds == [
        ("heading", "Envoys Meet Putin in Moscow to Discuss Peace Plan"),
        ("body", "The envoys met Putin on Tuesday."),
        ("body", "They talked."),
    ]


def test_a_markdown_heading_in_sentence_case_is_a_heading_but_a_hashtag_is_not():
    text = ("---\npublished: 2022-12-13\ntitle: Recount resumes\n---\n"
            "# Recount resumes after overnight pause; judge to hear ballot dispute\n\n"
            "The recount resumed at 8 a.m. Tuesday.\n#MeToo marches were held on Sunday.")
    kinds = [(s.kind, s.text[:20]) for s in parse_article(text, path="h.md").sentences]
    assert kinds == [("heading", "# Recount resumes af"), ("body", "The recount resumed "), ("body", "#MeToo marches were ")]


def test_first_line_that_is_a_sentence_is_not_a_title():
    article = parse_article(
        "Steve Witkoff Met With Vladimir Putin In Moscow.\nMore text.", path="x.txt", reference_date=dt.date(2025, 1, 1)
    )
    assert article.title is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Witkoff and Kushner Meet Putin in Moscow to Discuss Updated U.S. Peace Plan for Ukraine", True),
        ("Looking Ahead: What’s Next for U.S.-Russia Negotiations?", True),
        ("Recent Consultations", True),
        ("The talks, which lasted five hours, covered several frameworks.", False),
        ("the envoys arrived in moscow on tuesday", False),
        ("Add", False),
    ],
)
def test_reads_as_headline(line, expected):
    assert reads_as_headline(line) is expected


@pytest.mark.parametrize(
    ("body", "kept", "cut"),
    [
        ("Talks ended on Tuesday.\n\n\nAdd Comment", "Talks ended on Tuesday.", "Add Comment"),
        (
            "Talks ended.\nAlso Read:\nZelensky Meets Macron in Paris\nOil Prices Rise as Talks Stall\n",
            "Talks ended.",
            "Also Read:\nZelensky Meets Macron in Paris\nOil Prices Rise as Talks Stall",
        ),
        ("Talks ended.\nOriginal article: example.com", "Talks ended.", "Original article: example.com"),
        ("Talks ended.\nRelated Articles\nA Headline Here\nShare this article", "Talks ended.",
         "Related Articles\nA Headline Here\nShare this article"),
        # A sentence after an "Also Read" line means the list was not trailing furniture.
        ("Talks ended.\nAlso read:\nThe envoys said they would return next week.", None, ""),
        # headlines in sentence case, bulleted or linked, after the usual headers
        ("Talks ended.\n\nRelated:\n- Boeing’s 2021 outlook dims\n- Southwest to retrain 9,000 pilots", "Talks ended.",
         "Related:\n- Boeing’s 2021 outlook dims\n- Southwest to retrain 9,000 pilots"),
        ("Talks ended.\n**Read more:**\n* [Envoys to return to Moscow in March](https://example.com/a)", "Talks ended.",
         "**Read more:**\n* [Envoys to return to Moscow in March](https://example.com/a)"),
        ("Talks ended.\n## See also\n- Oil prices rise as talks stall", "Talks ended.",
         "## See also\n- Oil prices rise as talks stall"),
        ("Talks ended.\nMore on this story\n- What the 2014 deal said\n\nRelated coverage\n- Kyiv’s winter of blackouts",
         "Talks ended.", "More on this story\n- What the 2014 deal said\n\nRelated coverage\n- Kyiv’s winter of blackouts"),
        # a bulleted sentence after the header is the article's own list, not other headlines
        ("Talks ended.\nSee also:\n- The envoys will return on 3 March.", None, ""),
    ],
)
def test_trailing_boilerplate_is_cut(body, kept, cut):
    article, rest = cut_boilerplate(body)
    assert article == (kept if kept is not None else body.rstrip())
    assert rest == cut


def test_a_markdown_table_is_a_header_and_one_sentence_per_row():
    body = ("Rates were held.\n\n| Meeting | Decision | Cash rate |\n|:---|---|--:|\n| 7 Nov 2023 | +25 bp. Up | 4.35% |\n"
            "| 6 Feb 2024 | hold | 4.35% |\n\nThe board meets again in March.")
    sentences = split_sentences(body)
    assert [(s.kind, s.text) for s in sentences] == [
        ("body", "Rates were held."),
        ("table_header", "| Meeting | Decision | Cash rate |"),
        ("table_row", "| 7 Nov 2023 | +25 bp. Up | 4.35% |"),
        ("table_row", "| 6 Feb 2024 | hold | 4.35% |"),
        ("body", "The board meets again in March."),
    ]
    for s in sentences:
        assert body[s.start : s.end] == s.text
    # pipes without a |---| line are no table
    assert [s.kind for s in split_sentences("| 6 Feb 2024 | hold |")] == ["body"]


def test_sentences_keep_offsets_and_respect_abbreviations():
    body = "U.S. envoy Steve Witkoff met Putin on Dec. 2 in Moscow. Mr. Ushakov said talks were useful.\n- A list item."
    sentences = split_sentences(body)
    assert [s.text for s in sentences] == [
        "U.S. envoy Steve Witkoff met Putin on Dec. 2 in Moscow.",
        "Mr. Ushakov said talks were useful.",
        "A list item.",
    ]
    assert [s.kind for s in sentences] == ["body", "body", "list_item"]
    for s in sentences:
        assert body[s.start : s.end] == s.text


@pytest.mark.parametrize("body, count", [
    ("Polls were open from 7 a.m. until 9 p.m. Some precincts in Waterloo reported problems.", 2),
    ("It struck at 4 a.m. Police said two people died.", 2),
    # a day, a zone or a month after the time is the time's
    ("The vote closes at 9 p.m. Monday and results follow.", 1),
    ("Trading starts at 10 a.m. Eastern time on Friday.", 1),
    ("The offer expires at 5 p.m. Sept. 30, the company said.", 1),
    ("The market opens at 9 a.m. EST on weekdays.", 1),
    ("The market opens at 9 a.m. Tokyo time.", 1),
    ("The ceremony begins at 5:30 p.m. Pacific on ABC, with the pre-show before it.", 1),
])
def test_a_sentence_can_end_on_a_clock_times_a_m_or_p_m(body, count):
    assert len(split_sentences(body)) == count


def test_seed_articles_parse_with_their_published_dates():
    articles, skipped = load_articles([SEEDS])
    assert skipped == []
    assert [a.id for a in articles] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert {a.reference_date for a in articles} <= {dt.date(2025, 12, d) for d in (1, 2, 3)}
    by_id = {a.id: a for a in articles}
    assert by_id["001_d46da112888bf487"].boilerplate == "Add Comment"
    assert "Also Read" not in by_id["003_8f044bdfe91f362d"].body


# --------------------------------------------------------------------------- bad input

BAD_FILES = [
    # (file name, bytes, fragments the one-line message must hold)
    ("latin1.txt", "---\npublished: 2025-01-01\n---\nCaf\xe9 talks.".encode("latin-1"), ["latin1.txt:4", "not UTF-8", "re-save"]),
    ("nul.md", b"---\npublished: 2025-01-01\n---\nTalks resumed\x00 on Monday.", ["nul.md:4", "U+0000", "column 14", "delete it"]),
    ("escape.md", b"---\npublished: 2025-01-01\n---\nTalks\n\x1b[1mresumed.", ["escape.md:5", "U+001B", "column 1"]),
    ("empty.txt", b"   \n", ["empty.txt", "is empty"]),
    ("broken.md", b"---\npublished: [2025\n---\nText.", ["broken.md:", "not valid YAML", "fix the YAML"]),
    ("unclosed.md", b"---\npublished: 2025-01-01\nText.", ["unclosed.md:1", "never closed", "closing '---'"]),
    (
        "typo.txt",
        b"---\npublished: 2025-01-01\nauthor: Jane\n---\nText.",
        ["typo.txt:3", "'author' is not allowed", "language, published, publisher, title, url"],
    ),
    ("baddate.txt", b"---\npublished: 3rd of May\n---\nText.", ["baddate.txt:2", "not a date", "YYYY-MM-DD"]),
    ("badday.txt", b"---\ntitle: x\npublished: 2025-13-45\n---\nText.", ["badday.txt:3", "'2025-13-45' is not a date"]),
    ("badtitle.txt", b"---\ntitle: [a, b]\npublished: 2025-01-01\n---\nText.", ["badtitle.txt:2", "title", "plain text"]),
    # an unquoted ': ' in a value, a year, a yes: the line, and the value in quotes
    ("colon.md", b"---\npublished: 2020-11-18\ntitle: Boeing: the fall\n---\nText.",
     ["colon.md:3", "not valid YAML", "must be quoted", 'title: "Boeing: the fall"']),
    ("year.md", b"---\npublished: 2020-11-18\ntitle: 1994\n---\nText.",
     ["year.md:3", "title: 1994 is read as a number", "must be plain text", 'quote it: title: "1994"']),
    ("yes.md", b"---\npublished: 2020-11-18\npublisher: yes\n---\nText.",
     ["yes.md:3", "read as true/false", 'publisher: "yes"']),
    ("unclosed_list.md", b"---\npublished: 2020-11-18\ntitle: [unclosed\n---\nText.",
     ["unclosed_list.md:3", "not valid YAML", 'title: "[unclosed"']),
    ("unclosed_quote.md", b"---\npublished: 2025-09-10\ntitle: \"Unclosed\n---\nText.",
     ["unclosed_quote.md:3", "not valid YAML", "close the quote", 'title: "Unclosed"']),
    # the common slips, each said in the writer's words with its fix, not the parser's
    ("tab.md", b"---\npublished: 2025-10-10\ntitle:\t\"Tabbed\"\n---\nText.",
     ["tab.md:3", "line 3: a tab; YAML indents and separates with spaces", "; replace the tab with spaces"]),
    ("tab_indent.md", b"---\npublished: 2025-10-10\n\ttitle: Tabbed\n---\nText.", ["tab_indent.md:3", "replace the tab"]),
    ("indented.md", b"---\npublished: 2025-10-10\n  title: Indented\n---\nText.",
     ["indented.md:3", "the key 'title' is indented", "remove the spaces before 'title:'"]),
    ("no_space.md", b"---\npublished: 2025-10-10\ntitle:Glued\nurl: https://example.org/a\n---\nText.",
     ["no_space.md:3", "no space after 'title:'", "as in title: Glued"]),
    ("no_colon.md", b"---\ntitle \"Talks\"\npublished: 2025-10-10\n---\nText.",
     ["no_colon.md:2", "no colon after the key 'title'", 'as in title: "Talks"']),
    ("list_item.md", b"---\npublished: 2025-10-10\n- title: Talks\n---\nText.",
     ["list_item.md:3", "a list item ('-') among the 'key: value' lines", "remove the '-'"]),
    ("nodate.txt", b"No front matter at all.", ["nodate.txt", "no reference date", "--reference-date"]),
    # a 'published' with no value, front matter the fences do not mark: the line and the fix,
    # not "has no reference date ... add 'published: YYYY-MM-DD'" to a file that has one
    ("emptydate.md", b"---\ntitle: x\npublished:\n---\nText.", ["emptydate.md:3", "published is empty", "2025-12-03"]),
    ("nulldate.md", b"---\npublished: ~\n---\nText.", ["nulldate.md:2", "published: ~ gives no date"]),
    ("fourdash.md", b"----\npublished: 2025-11-05\n----\nText.",
     ["fourdash.md:1", "opens with '----'", "make lines 1 and 3 exactly '---'"]),
    ("fourdash_open.md", b"----\npublished: 2025-11-05\n---\nText.", ["fourdash_open.md:1", "make line 1 exactly '---'"]),
    ("fourdash_close.md", b"---\npublished: 2025-11-05\n----\nText.",
     ["fourdash_close.md:3", "closed with '----' on line 3", "make line 3 exactly '---'"]),
    ("fourdash_close_later.md", b"---\npublished: 2025-11-05\n-----\nText.\n---\nMore text.",
     ["fourdash_close_later.md:3", "closed with '-----'"]),
    # TOML front matter (Hugo's '+++') is neither read nor taken as text: the line and the YAML to write
    ("toml.md", b"+++\npublished = 2025-10-10\n+++\nThe truce took effect on Sunday.",
     ["toml.md:1", "TOML front matter is not supported", "between '---' lines", "as in 'published: 2025-10-10'"]),
    ("toml_quoted.md", b"+++\ntitle = \"Truce\"\ndraft = false\npublished = \"2025-10-10\"\n+++\nText.",
     ["toml_quoted.md:1", "TOML front matter", "as in 'title: Truce'"]),
    ("toml_unclosed.md", b"+++\ndate = 2025-10-10\nThe truce took effect on Sunday.",
     ["toml_unclosed.md:1", "TOML front matter is not supported"]),
    ("toml_blank_first.md", b"\n+++\npublished = 2025-10-10\n+++\nText.", ["toml_blank_first.md:2", "TOML"]),
    ("blank_first.md", b"\n\n---\npublished: 2025-11-05\n---\nText.",
     ["blank_first.md:3", "begins on line 3", "remove the blank lines"]),
    ("no_fences.md", b"published: 2025-11-05\n\nText.",
     ["no_fences.md:1", "'published: 2025-11-05' reads as front matter", "no '---' line", "above line 1 and another below it"]),
    ("no_fences_two.txt", b"title: Talks\npublished: 2025-11-05\nText.",
     ["no_fences_two.txt:1", "reads as front matter", "above line 1 and another below line 2"]),
    ("nobody.txt", b"---\npublished: 2025-01-01\n---\n\n", ["nobody.txt", "no article text"]),
    # a headline (headings, a table's header row) and nothing else: no article text either
    ("headline_only.md", b"---\npublished: 2025-09-01\n---\nBridge Collapses In Lancashire",
     ["headline_only.md:4", "has no article text, only the headline 'Bridge Collapses In Lancashire'",
      "add the article text below it"]),
    ("headline_and_furniture.md", b"---\ntitle: Bridge collapse\npublished: 2025-09-01\n---\n\n"
     b"Bridge Collapses In Lancashire\n\nShare this\n", ["headline_and_furniture.md:6", "only the headline"]),
    ("headings_only.md", b"---\npublished: 2025-09-01\n---\n\n# Bridge collapses in Lancashire\n\n## Latest\n",
     ["headings_only.md:5", "has no article text, only headings (2 lines)"]),
    ("table_header_only.md", b"---\npublished: 2025-09-01\n---\n| Date | Cases |\n|---|---|\n",
     ["table_header_only.md:4", "only a table header '| Date | Cases |'"]),
    ("list.txt", b"---\n- a\n- b\n---\nText.", ["list.txt:2", "key: value"]),
    ("badlang.txt", b"---\npublished: 2025-01-01\nlanguage: British English\n---\nText.",
     ["badlang.txt:3", "'British English' is not a language tag", "en-GB"]),
    # a region we cannot read is an error, not plain "en" reading 03/04/2025 month first
    ("gbr.md", b"---\npublished: 2025-09-01\nlanguage: en-GBR\n---\nThe bridge closed on 03/04/2025.",
     ["gbr.md:3", "language: 'en-GBR': 'GBR' is no region code", "two-letter ISO 3166 code", "en-GB"]),
    ("gbr_underscore.md", b"---\npublished: 2025-09-01\nlanguage: en_GBR\n---\nText.",
     ["gbr_underscore.md:3", "'en_GBR': 'GBR' is no region code"]),
    ("nocountry.md", b"---\ntitle: x\npublished: 2025-09-01\nlanguage: en-XX\n---\nText.",
     ["nocountry.md:4", "'en-XX': 'XX' is no country's ISO 3166 code", "en-GB"]),
    ("tworegions.md", b"---\npublished: 2025-09-01\nlanguage: en-GB-US\n---\nText.",
     ["tworegions.md:3", "'en-GB-US': 'US' follows its region 'GB'", "write one region, such as en-GB"]),
    # a number is no date (pydantic would read it as seconds since 1970): the date it may mean
    ("compact.md", b"---\ntitle: x\npublished: 20251103\n---\nText.",
     ["compact.md:3", "published: 20251103 is read as a number, not a date", "published: 2025-11-03"]),
    ("yearonly.md", b"---\npublished: 2025\n---\nText.",
     ["yearonly.md:2", "published: 2025 is read as a number", "YYYY-MM-DD"]),
    ("float.md", b"---\npublished: 2025.11\n---\nText.", ["float.md:2", "published: 2025.11 is read as a number"]),
    ("eightdigits.md", b"---\npublished: 20251345\n---\nText.",
     ["eightdigits.md:2", "published: 20251345 is read as a number", "YYYY-MM-DD"]),
    # YAML keeps a repeated key's last value without a word
    ("twice.md", b"---\npublished: 2025-11-03\ntitle: x\npublished: 2025-11-04\n---\nText.",
     ["twice.md:4", "front matter key 'published' is given twice, on lines 2 and 4", "keep one"]),
    ("twice_crlf.md", b"---\r\ntitle: a\r\ntitle: b\r\npublished: 2025-11-03\r\n---\r\nText.",
     ["twice_crlf.md:3", "'title' is given twice, on lines 2 and 3"]),
    # invisible characters are no text: zero-width space, word joiner, BOM, soft hyphen, Hangul filler
    ("invisible.md", "---\npublished: 2025-01-01\n---\n\u200b\n\u2060\ufeff\u00ad \u3164\n".encode(),
     ["invisible.md", "has front matter but no article text"]),
    ("invisible.txt", "\u200b\u200c\u200d\n".encode(), ["invisible.txt", "is empty"]),
    # e2e9 defect 14: a week is no day (fromisoformat read it as its Monday, silently), an offset
    # no clock keeps, a year no news article has; each names its line and what to write
    ("week.md", b"---\npublished: 2025-W41\n---\nText.",
     ["week.md:2", "published: 2025-W41 is a week (2025-10-06 to 2025-10-12), not the day it was published",
      "such as published: 2025-10-06"]),
    ("week_compact.md", b"---\ntitle: x\npublished: 2026W01\n---\nText.",
     ["week_compact.md:3", "published: 2026W01 is a week (2025-12-29 to 2026-01-04)"]),
    ("day_of_year.md", b"---\npublished: 2025-307\n---\nText.",
     ["day_of_year.md:2", "published: 2025-307 is a day of the year", "published: 2025-11-03"]),
    ("offset15.md", b"---\npublished: 2025-10-10T12:00:00+15:00\n---\nText.",
     ["offset15.md:2", "UTC offset +15:00, which no clock keeps", "-12:00 to +14:00", "or leave it out"]),
    ("offset_minus1230.md", b"---\npublished: 2025-10-10 08:00-12:30\n---\nText.",
     ["offset_minus1230.md:2", "UTC offset -12:30"]),
    ("year1.md", b"---\npublished: 0001-01-01\n---\nThe truce took effect on Sunday.",
     ["year1.md:2", "published: 0001-01-01 is before 1800", "write the day it was published"]),
    ("y1799.md", b"---\ntitle: x\npublished: 1799-12-31T23:00:00+01:00\n---\nText.",
     ["y1799.md:3", "is before 1800"]),
]


@pytest.mark.parametrize(("name", "data", "fragments"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_each_bad_file_gets_one_clear_line(tmp_path, name, data, fragments):
    (tmp_path / name).write_bytes(data)
    with pytest.raises(InputErrors) as caught:
        load_articles([tmp_path])
    (error,) = caught.value.errors
    message = error.one_line()
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message


def test_every_bad_file_is_reported_in_one_run_and_inputs_are_untouched(tmp_path):
    for name, data, _ in BAD_FILES:
        (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text("---\npublished: 2025-01-01\n---\nTalks were held on Monday.\n")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(InputErrors) as caught:
        load_articles([tmp_path])
    assert sorted(Path(e.path).name for e in caught.value.errors) == sorted(b[0] for b in BAD_FILES)
    articles, skipped = load_articles([tmp_path], skip_invalid=True)
    assert [a.id for a in articles] == ["good"]
    assert sorted(Path(s.path).name for s in skipped) == sorted(b[0] for b in BAD_FILES)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


# language tags read as they are written: language, script, region (a country's ISO 3166 code, "UK",
# a UN M.49 area), variants
LANGUAGE_TAGS_READ = ["en", "EN", "en-GB", "en_us", "en-gb", "en-UK", "en-IN", "en-Latn-IN", "en-GB-oxendict",
                      "en-US-posix", "en-150", "en-001", "es-419", "eng-GB", "en-Latn", " en-AU "]
# ... and tags refused, with what the message names
LANGUAGE_TAGS_REFUSED = [
    ("en-GBR", "'GBR' is no region code"),  # ISO 3166's three letters
    ("en_GBR", "'GBR' is no region code"),
    ("en-USA", "'USA' is no region code"),
    ("en-XX", "'XX' is no country's ISO 3166 code"),
    ("en-EU", "'EU' is no country's ISO 3166 code"),
    ("en-123", "'123' is no UN M.49 area code"),
    ("en-GB-US", "'US' follows its region 'GB'"),
    ("en-GB-Latn", "'Latn' follows its region 'GB'"),
    ("en-U", "is not a language tag"),
    ("english-GB", "is not a language tag"),
    ("British English", "is not a language tag"),
]


@pytest.mark.parametrize("tag", LANGUAGE_TAGS_READ)
def test_a_language_tag_we_read_is_accepted(tag):
    assert language_tag_problem(tag) is None
    article = parse_article(f"---\npublished: 2025-09-01\nlanguage: '{tag}'\n---\nText.\n", path="a.md")
    assert article.language == tag.strip()


@pytest.mark.parametrize(("tag", "named"), LANGUAGE_TAGS_REFUSED)
def test_a_language_tag_whose_region_we_cannot_read_is_refused(tag, named):
    problem, fix = language_tag_problem(tag)
    assert named in problem
    assert "en-GB" in fix or "language tag such as en" in fix


def test_missing_path_and_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputErrors) as caught:
        load_articles([tmp_path / "nope", tmp_path / "empty"], skip_invalid=True)
    messages = [e.one_line() for e in caught.value.errors]
    assert "no such file or folder" in messages[0] and "nope" in messages[0]
    assert "holds no .txt or .md files" in messages[1]


def test_a_file_of_another_kind_is_refused_by_name(tmp_path):
    (tmp_path / "story.pdf").write_bytes(b"%PDF-1.7")
    with pytest.raises(InputErrors) as caught:
        load_articles([tmp_path / "story.pdf"])
    assert "story.pdf: is a .pdf file, not .txt or .md" in caught.value.errors[0].one_line()


def test_duplicate_document_ids_are_an_error(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text("---\npublished: 2025-01-01\n---\nText.\n")
    with pytest.raises(InputErrors) as caught:
        load_articles([tmp_path / "a", tmp_path / "b"])
    assert "document id 'same' is also used by" in caught.value.errors[0].one_line()


@pytest.mark.parametrize(
    "text",
    [
        "----\n\nA rule, then text: the council met on Tuesday.\n",  # a rule before no key is no front matter
        "The title: a study of talks\n\nThe council met on Tuesday.\n",  # a colon in prose
        "Published: 5 November 2025\n\nThe council met on Tuesday.\n",  # not a key as front matter writes it
        "---\npublished: 2025-11-05\n---\nText.\n\n----\n\nMore text on Tuesday.\n",  # a rule in the body
        "+++\n\nA line of pluses, then text: the council met on Tuesday.\n",  # no 'key = value', no closing '+++'
        "---\npublished: 2025-11-05\n---\n+++\nx = 1\n+++\nThe council met on Tuesday.\n",  # pluses in the body
    ],
)
def test_text_that_only_resembles_front_matter_is_article_text(text):
    article = parse_article(text, path="a.md", reference_date=dt.date(2025, 11, 5))
    assert "Tuesday" in article.body


def test_an_empty_published_takes_the_reference_date_option_like_a_missing_one():
    article = parse_article("---\npublished:\n---\nText.", path="a.md", reference_date=dt.date(2025, 11, 5))
    assert (article.reference_date, article.reference_source) == (dt.date(2025, 11, 5), "option")


@pytest.mark.parametrize("text", ["----\npublished: 2025-11-05\n----\nText.", "published: 2025-11-05\n\nText.",
                                  "+++\npublished = 2025-11-05\n+++\nText."])
def test_front_matter_without_its_fences_is_refused_even_with_a_reference_date(text):
    # else its date would be ignored for the option's, and its line read as a sentence
    with pytest.raises(InputError):
        parse_article(text, path="a.md", reference_date=dt.date(2025, 11, 6))


def test_input_error_names_line_and_fix():
    err = InputError("a.txt", "front matter key 'x' is not allowed", "use only title", line=3)
    assert err.one_line() == "a.txt:3: front matter key 'x' is not allowed; use only title"


def test_a_state_abbreviation_in_an_ap_dateline_ends_no_sentence():
    from timeline.ingest import split_sentences

    found = [s.text for s in split_sentences("CARVER, W.Va. (AP) — The last miner was brought up on Sunday. He was fine.")]
    assert found == ["CARVER, W.Va. (AP) — The last miner was brought up on Sunday.", "He was fine."]


def test_a_proper_abbreviation_needs_its_capital_to_keep_a_sentence_open():
    texts = [s.text for s in split_sentences(
        "The trial was delayed after a juror fell ill. The defense rested. He was born in Springfield, Ill. "
        "He moved on. They sat in the sun. Then it rained.")]
    assert texts == ["The trial was delayed after a juror fell ill.", "The defense rested.",
                     "He was born in Springfield, Ill. He moved on.", "They sat in the sun.", "Then it rained."]


def test_a_body_of_text_with_invisible_characters_is_read():
    article = parse_article("---\npublished: 2025-01-01\n---\n\u200bTalks\u00ad were held on Monday.", path="a.md")
    assert article.body.endswith("Monday.")


def test_the_last_of_a_repeated_key_is_not_silently_taken():
    with pytest.raises(InputError) as caught:
        parse_article("---\npublished: 2025-11-03\npublished: 2025-11-04\n---\nText.", path="dup.md")
    assert (caught.value.line, caught.value.field) == (3, "published")


@pytest.mark.parametrize("quoted", ["'20251103'", '"2025-11-03"'])
def test_a_quoted_date_is_text_and_read_as_iso_8601(quoted):
    # (quotes make 20251103 text: ISO 8601's basic form, which fromisoformat reads)
    assert parse_article(f"---\npublished: {quoted}\n---\nText.", path="a.md").reference_date == dt.date(2025, 11, 3)


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_body_offsets_map_to_the_file_as_written(newline):
    lines = ["---", "published: 2025-11-03", "---", "The port said talks broke down.", "",
             "Dockers at Felixstowe walked out on Monday.", "They return on Friday."]
    written = newline.join(lines) + newline
    article = parse_article(written, path="a.md")
    assert "\r" not in article.body  # the stages read one "\n" per line break
    body_as_written = written.split(newline, 3)[3]  # the text after the front matter
    for word in ("talks", "Monday", "Friday"):
        start = article.body.index(word)
        begin, end = article.file_offset(start), article.file_offset(start + len(word))
        assert body_as_written[begin:end] == word
    assert article.crlf_breaks == ([31, 32, 76] if newline == "\r\n" else [])


@pytest.mark.parametrize("newline", ["\r\n", "\n"])
def test_byte_order_marks_in_the_body_are_cut_and_offsets_still_map_to_the_file(newline):
    # a byte-order mark after the front matter (a file pasted together) or inside a line is no
    # part of the text: it leaked into summaries ("\ufeffThe truce took effect on Sunday")
    lines = ["---", "published: 2025-10-10", "---", "\ufeffThe truce took effect on Sunday.", "",
             "Talks \ufeffresume on\ufeff Friday.\ufeff", "\ufeff"]
    written = newline.join(lines) + newline
    article = parse_article(written, path="a.md")
    assert "\ufeff" not in article.body and "\ufeff" not in "".join(s.text for s in article.sentences)
    assert article.body.startswith("The truce took effect on Sunday.")
    body_as_written = written.split(newline, 3)[3]
    for word in ("The truce", "Sunday", "Talks", "resume", "Friday."):
        start = article.body.index(word)
        begin, end = article.file_offset(start), article.file_offset(start + len(word))
        # (an end just before a cut mark takes it in: the same invisible character the file holds)
        assert body_as_written[begin:end].rstrip("\ufeff") == word


def test_a_skipped_file_names_its_path_and_line_once(tmp_path):
    (tmp_path / "good.txt").write_text("---\npublished: 2025-01-01\n---\nTalks were held on Monday.\n")
    (tmp_path / "binary.md").write_bytes(b"\xff\xfe\x00Text")
    (tmp_path / "nodate.txt").write_text("Talks were held on Monday.\n")
    _, skipped = load_articles([tmp_path], skip_invalid=True)
    by_name = {Path(s.path).name: s for s in skipped}
    binary, nodate = by_name["binary.md"], by_name["nodate.txt"]
    assert (binary.line, nodate.line) == (1, None)
    assert binary.error.startswith("is not UTF-8") and str(tmp_path) not in binary.error
    assert binary.where() == f"{binary.path}:1" and nodate.where() == nodate.path


# --------------------------------------------------------------------------- links


def test_a_link_to_nothing_in_a_folder_is_the_error_it_is_when_named(tmp_path):
    # (it was left out without a word: "10 events from 1 document", exit 0)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text("---\npublished: 2025-01-01\n---\nTalks were held on Monday.\n")
    (folder / "dead.md").symlink_to(tmp_path / "gone" / "x.md")
    (folder / "notes.png").symlink_to(tmp_path / "gone" / "x.png")  # no article: still not read
    messages = []
    for given in (folder, folder / "dead.md"):
        with pytest.raises(InputErrors) as caught:
            load_articles([given])
        (error,) = caught.value.errors
        messages.append(error.one_line())
    expected = f"{folder / 'dead.md'}: is a link to {tmp_path / 'gone' / 'x.md'}, which does not exist; " \
               "point the link at an existing article, or remove it"
    assert messages == [expected, expected]
    articles, skipped = load_articles([folder], skip_invalid=True)
    assert [a.id for a in articles] == ["a"] and [Path(s.path).name for s in skipped] == ["dead.md"]


@pytest.mark.parametrize("seed", range(5))
def test_the_word_before_a_period_is_found_as_in_the_whole_text(seed):
    # (searched in a growing window, not in all the text before each full stop)
    import random

    from timeline.ingest import _word_before_period

    rng = random.Random(seed)
    text = "".join(rng.choice(["a", "B", ".", " ", "é", "_", "\n", "9", "x" * 70, "Mr"]) for _ in range(3000))
    for end in [i + 1 for i, char in enumerate(text) if char == "."]:
        expected = re.search(r"([\w.]+)\.$", text[:end])
        found = _word_before_period(text, end)
        assert (found and (found.span(), found.group(1))) == (expected and (expected.span(), expected.group(1)))
