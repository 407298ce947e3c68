"""The stages connected: tagging an article's body as ingest hands it over."""

from __future__ import annotations

from timeline.ingest import parse_article
from timeline.pipeline import build_timeline, tag_article

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
