"""Hostile article text renders as inert text in every format.

The hostile fixture timeline (``fixture_timelines.hostile_timeline``) carries script tags, event
handler attributes, ``javascript:`` links, Markdown link and footnote tricks, raw HTML,
entities, table pipes, fences and Mermaid syntax in its title, summaries, quotes,
disagreements, source names, ids and URLs. Each format is read back with a real parser and
checked for what an attacker would want: markup of their own, a script, a handler, a link
that runs code, or a diagram/page structure they could break out of.
"""

from __future__ import annotations

import json
import subprocess
from html.parser import HTMLParser

import pytest
from mdtree import headings, inline_text, lex_mermaid_timeline, parse, walk
from pypdf import PdfReader

from timeline.render import RenderOptions, render
from timeline.render.context import build_context, quote_text, quoted
from timeline.render.markdown import date_groups, mermaid_text, plain_line

SAFE_SCHEMES = ("http://", "https://", "#", "mailto:")


def squash(text: str) -> str:
    """Text without any whitespace: line wrapping in a PDF or page may move spaces about."""
    return "".join(text.split())


# ------------------------------------------------------------------ Markdown


@pytest.fixture
def md_tokens(hostile):
    return parse(render(hostile, "md", RenderOptions(mermaid=True)))


def test_markdown_has_no_raw_html(md_tokens):
    assert [t.type for t in walk(md_tokens) if t.type.startswith("html")] == []


def test_markdown_links_are_only_http_or_in_page(md_tokens):
    hrefs = [t.attrs["href"] for t in walk(md_tokens) if t.type == "link_open"]
    assert hrefs  # the table's date links and the one well-formed source URL
    assert all(str(h).startswith(SAFE_SCHEMES) for h in hrefs), hrefs
    assert [t for t in walk(md_tokens) if t.type == "image"] == []


def test_markdown_structure_is_ours(hostile, md_tokens):
    context = build_context(hostile)
    assert headings(md_tokens, "h1") == [plain_line(hostile.title)]
    assert headings(md_tokens, "h2") == ["Key dates at a glance", "Timeline diagram", "Chronology", "Sources"]
    assert len(headings(md_tokens, "h3")) == len(date_groups(context))
    assert [t.type for t in md_tokens if t.type in ("blockquote_open", "code_block", "hr")] == []
    assert [t.info for t in md_tokens if t.type == "fence"] == ["mermaid"]
    assert len([t for t in md_tokens if t.type == "table_open"]) == 1
    footnotes = [t.meta["label"] for t in md_tokens if t.type == "footnote_open"]
    assert sorted(footnotes) == sorted(s.key for s in context.sources)


def test_markdown_shows_every_hostile_text_verbatim(hostile, md_tokens):
    visible = [inline_text(t) for t in md_tokens if t.type == "inline"]
    page = "\n".join(visible)
    for event in hostile.events:
        assert plain_line(event.summary) in visible or any(
            line.startswith(plain_line(event.summary) + " · ") for line in visible
        ), event.summary
        for citation in event.citations:
            # (as a reader sees it: without Markdown's emphasis markers, inside one pair of
            # quotation marks, a quotation within it in single ones, the rest verbatim)
            assert plain_line(quoted(quote_text(citation.quote))) in page
        for text in event.disagreements:
            assert plain_line(text) in page
    for doc in hostile.documents:
        assert plain_line(doc.title) in page
        assert plain_line(doc.publisher) in page


def test_mermaid_block_cannot_be_broken_out_of(hostile, md_tokens):
    context = build_context(hostile)
    fence = next(t for t in md_tokens if t.type == "fence")
    tokens = lex_mermaid_timeline(fence.content)
    assert {kind for kind, _ in tokens} == {"timeline", "title", "period", "event"}
    assert tokens[1] == ("title", f"title {mermaid_text(hostile.title)}")
    events = [text.removeprefix(": ").strip() for kind, text in tokens if kind == "event"]
    assert len(events) == len(context.key_events)  # a diagram of many events shows the key dates
    for event, shown in zip(context.key_events, events):
        assert shown.startswith(mermaid_text(event.event.summary).removesuffix("…"))


# ------------------------------------------------------------------ HTML


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)


@pytest.fixture(scope="module")
def html_page():
    from fixture_timelines import hostile_timeline

    raw = render(hostile_timeline(), "html").decode("utf-8")
    page = Page()
    page.feed(raw)
    page.close()
    return raw, page


def test_html_has_only_the_pages_own_script(html_page):
    raw, page = html_page
    assert len(page.scripts) <= 1
    assert raw.lower().count("<script") == len(page.scripts)
    for script in page.scripts:
        assert "alert(" not in script


def test_html_has_no_handlers_or_code_links(html_page):
    _, page = html_page
    for tag, attrs in page.elements:
        handlers = [name for name in attrs if name.lower().startswith("on")]
        assert handlers == [], (tag, attrs)
        for name in ("href", "src", "action", "formaction", "xlink:href"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:text", "vbscript:")), (tag, attrs)
    embedded = [tag for tag, _ in page.elements if tag in ("img", "iframe", "object", "embed", "base", "frame")]
    assert embedded == []


def test_html_shows_every_hostile_text(hostile, html_page):
    _, page = html_page
    text = squash("".join(page.text))
    assert squash(hostile.title) in text
    for event in hostile.events:
        assert squash(event.summary) in text
        for citation in event.citations:
            assert squash(quote_text(citation.quote)) in text


# ------------------------------------------------------------------ JSON and TimelineJS


def test_json_round_trips_the_text_exactly(hostile):
    document = json.loads(render(hostile, "json"))
    assert document == json.loads(hostile.model_dump_json())
    assert [e["summary"] for e in document["events"]] == [e.summary for e in hostile.events]


def test_timelinejs_has_no_markup_from_the_text(hostile):
    raw = render(hostile, "timelinejs").decode()
    assert "</" not in raw
    document = json.loads(raw)
    for slide in document["events"]:
        page = Page()
        page.feed(slide["text"]["headline"] + slide["text"]["text"])
        assert {tag for tag, _ in page.elements} <= {"p", "strong", "ul", "li", "a"}
        for tag, attrs in page.elements:
            assert [n for n in attrs if n.startswith("on")] == []
            if tag == "a":
                assert attrs["href"].startswith(("http://", "https://"))


# ------------------------------------------------------------------ PDF


@pytest.fixture(scope="module")
def pdf_bytes(tmp_path_factory):
    from fixture_timelines import hostile_timeline

    data = render(hostile_timeline(), "pdf")
    path = tmp_path_factory.mktemp("pdf") / "hostile.pdf"
    path.write_bytes(data)
    return path


def test_pdf_text_shows_the_hostile_text(hostile, pdf_bytes):
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf_bytes), "-"], capture_output=True, check=True,
                          text=True).stdout
    flat = squash(text)
    for event in hostile.events:
        assert squash(event.summary) in flat, event.summary


def test_pdf_has_no_actions_or_code_links(pdf_bytes):
    reader = PdfReader(str(pdf_bytes))
    root = reader.trailer["/Root"]
    assert "/OpenAction" not in root and "/AA" not in root
    names = root.get("/Names")
    assert names is None or "/JavaScript" not in names.get_object()
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is None:
                continue
            action = action.get_object()
            assert action.get("/S") in ("/URI", "/GoTo"), action
            if action.get("/S") == "/URI":
                assert str(action["/URI"]).startswith(("http://", "https://")), action
