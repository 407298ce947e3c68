"""TimelineJS3 JSON: dates only down to the known precision, escaped HTML, links only for http(s)."""

from __future__ import annotations

import json
from html import unescape
from html.parser import HTMLParser

import jsonschema
import pytest

from timeline.render import render
from timeline.render.context import build_context

# The parts of TimelineJS3's JSON format (timeline.knightlab.com/docs/json-format.html) we write.
DATE = {
    "type": "object",
    "properties": {
        "year": {"type": "integer"},
        "month": {"type": "integer", "minimum": 1, "maximum": 12},
        "day": {"type": "integer", "minimum": 1, "maximum": 31},
        "hour": {"type": "integer", "minimum": 0, "maximum": 23},
        "minute": {"type": "integer", "minimum": 0, "maximum": 59},
        "display_date": {"type": "string"},
    },
    "required": ["year"],
    "dependentRequired": {"day": ["month"], "hour": ["day", "minute"], "minute": ["hour"]},
    "additionalProperties": False,
}
TEXT = {
    "type": "object",
    "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
    "additionalProperties": False,
}
SCHEMA = {
    "type": "object",
    "properties": {
        "title": {"type": "object", "properties": {"text": TEXT}, "required": ["text"], "additionalProperties": False},
        "events": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "unique_id": {"type": "string", "pattern": "^[A-Za-z0-9-]+$"},
                    "start_date": DATE,
                    "end_date": DATE,
                    "display_date": {"type": "string"},
                    "text": TEXT,
                    "group": {"type": "string"},
                    "autolink": {"type": "boolean"},
                },
                "required": ["start_date", "text", "unique_id"],
                "additionalProperties": False,
            },
        },
        "scale": {"enum": ["human", "cosmological"]},
    },
    "required": ["events"],
    "additionalProperties": False,
}

ALLOWED_TAGS = {"p", "strong", "ul", "li", "a"}


class Markup(HTMLParser):
    """Collects the tags, attributes and text of a slide's HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def read_markup(html: str) -> Markup:
    parser = Markup()
    parser.feed(html)
    parser.close()
    return parser


def load(timeline) -> dict:
    return json.loads(render(timeline, "timelinejs"))


@pytest.mark.parametrize("name", ["small", "hostile", "empty"])
def test_output_matches_the_timelinejs_format(name, request):
    jsonschema.validate(load(request.getfixturevalue(name)), SCHEMA)


def test_dates_go_no_finer_than_the_event(small):
    slides = {s["unique_id"]: s for s in load(small)["events"]}
    assert slides["2014-crimea"]["start_date"] == {"year": 2014, "display_date": "2014"}
    assert "end_date" not in slides["2014-crimea"]
    assert slides["1990-nato-debate"]["start_date"] == {"year": 1990, "display_date": "1990s"}
    assert slides["1990-nato-debate"]["end_date"] == {"year": 1999}
    assert slides["2025-08-alaska-summit"]["start_date"] == {"year": 2025, "month": 8, "display_date": "Aug 2025"}
    assert "end_date" not in slides["2025-08-alaska-summit"]
    assert slides["2026-Q2-summit"]["start_date"] == {"year": 2026, "month": 4, "display_date": "Apr–Jun 2026"}
    assert slides["2026-Q2-summit"]["end_date"] == {"year": 2026, "month": 6}
    assert slides["2025-12-02-kremlin-meeting"]["start_date"] == {"year": 2025, "month": 12, "day": 2,
                                                                 "display_date": "2 Dec 2025"}
    assert slides["2025-W48-miami-talks"]["end_date"] == {"year": 2025, "month": 11, "day": 30}
    assert slides["2025-W48-miami-talks"]["display_date"] == "week of 24 Nov 2025"
    # "mid-2026" is May–Aug: given by its months so that TimelineJS sorts it after Apr–Jun
    assert slides["2026-mid-factory-opening"]["start_date"] == {"year": 2026, "month": 5, "display_date": "mid-2026"}
    assert slides["2026-mid-factory-opening"]["end_date"] == {"year": 2026, "month": 8}


def test_slides_sort_in_chronological_order_by_their_dates(small):
    def key(date):
        return (date["year"], date.get("month", 1), date.get("day", 1))

    starts = [key(s["start_date"]) for s in load(small)["events"]]
    assert starts == sorted(starts)


def test_every_event_is_a_slide_with_its_status_and_sources(small):
    context = build_context(small)
    document = load(small)
    assert unescape(document["title"]["text"]["headline"]) == small.title
    assert len(document["events"]) == len(context.events)
    for view, slide in zip(context.events, document["events"]):
        assert slide["unique_id"] == view.anchor
        assert slide["display_date"] == view.when_label
        assert unescape(slide["text"]["headline"]) == view.summary
        assert slide["group"] == (view.status_label or "reported")
        assert slide["autolink"] is False
        body = read_markup(slide["text"]["text"])
        text = "".join(body.text)
        for cited in view.citations:
            assert cited.citation.quote in text
            assert cited.source.label in text
        for disagreement in view.event.disagreements:
            assert disagreement in text
        links = [attrs["href"] for tag, attrs in body.tags if tag == "a"]
        assert links == [c.source.link for c in view.citations if c.source.link]


def test_hostile_text_stays_text(hostile):
    raw = render(hostile, "timelinejs").decode()
    assert "</" not in raw  # safe to paste into a <script> block
    document = json.loads(raw)
    context = build_context(hostile)
    assert unescape(document["title"]["text"]["headline"]) == hostile.title
    for view, slide in zip(context.events, document["events"]):
        assert read_markup(slide["text"]["headline"]).tags == []
        assert unescape(slide["text"]["headline"]) == view.event.summary
        body = read_markup(slide["text"]["text"])
        assert {tag for tag, _ in body.tags} <= ALLOWED_TAGS
        for tag, attrs in body.tags:
            assert not [name for name in attrs if name.startswith("on")]
            if tag == "a":
                assert attrs["href"].startswith(("http://", "https://"))
                assert '"' not in attrs["href"] and "<" not in attrs["href"]
        text = "".join(body.text)
        for cited in view.citations:
            assert cited.quoted in text  # (the quote as a reader sees it: see context.quote_text and quoted)


def test_output_is_deterministic(small):
    assert render(small, "timelinejs") == render(small, "timelinejs")
