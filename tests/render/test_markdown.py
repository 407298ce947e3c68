"""The Markdown renderer, read back as a markdown-it-py token tree (CommonMark + tables + footnotes)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from fixture_timelines import HOSTILE
from mdtree import headings, inline_text, lex_mermaid_timeline, parse, walk

from timeline.models import SkippedFile
from timeline.render import RenderOptions, render
from timeline.render.context import build_context
from timeline.render.markdown import (
    HeadingAnchors,
    escape_inline,
    github_slug,
    heading_label,
    mermaid_text,
    plain_line,
)

WITH_MERMAID = RenderOptions(mermaid=True)


def chronology_items(tokens):
    """(summary inline token, [detail inline tokens]) for each top-level entry under the date headings."""
    entries = []
    depth = 0
    in_chronology = False
    current = None
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h2":
            in_chronology = tokens[i + 1].content == "Chronology"
        if not in_chronology:
            continue
        if token.type == "bullet_list_open":
            depth += 1
        elif token.type == "bullet_list_close":
            depth -= 1
        elif token.type == "inline" and depth == 1:
            current = (token, [])
            entries.append(current)
        elif token.type == "inline" and depth == 2:
            current[1].append(token)
    return entries


# ------------------------------------------------------------------ escaping


ESCAPE_EXAMPLES = HOSTILE + [
    "plain words stay plain",
    "2024. A year",
    "+ plus",
    "= equals",
    "3) three",
    "www.example.com and https://example.com/path_(x)_y",
    "mail a@b.org or @someone, see WWW.EXAMPLE.ORG or ftp://x",
    "trailing spaces make a break  ",
    "tab\tand\u202eright-to-left override",
    "*",
    "_",
]


@pytest.mark.parametrize("text", ESCAPE_EXAMPLES)
@pytest.mark.parametrize("frame", ["{}", "- {}", "| {} | x |\n| --- | --- |", "[^a]: {}", "# {}", "- **{}** · `id`"])
def test_escaped_text_renders_as_exactly_its_characters(text, frame):
    source = frame.format(escape_inline(text))
    if frame.startswith("[^a]"):
        source = "x[^a]\n\n" + source
    tokens = parse(source)
    assert not [t for t in walk(tokens) if t.type.startswith("html")]
    assert not [t for t in walk(tokens) if t.type in ("link_open", "image", "footnote_ref") and "[^a]" not in frame]
    inlines = [t for t in tokens if t.type == "inline"]
    if frame.startswith("[^a]"):
        inlines = inlines[1:]  # the paragraph holding the reference
    visible = inline_text(inlines[0]).removesuffix(" · id").strip()
    assert visible == plain_line(text)
    # Only the frame's own markup survives: no emphasis, code or strikethrough from the text.
    kinds = {t.type for t in inlines[0].children}
    allowed = {"text", "softbreak", "footnote_ref"} | ({"strong_open", "strong_close", "code_inline"} if "**" in frame else set())
    assert kinds <= allowed


@pytest.mark.parametrize(
    "text, escaped",
    [
        ("https://example.org/a", "https\\://example.org/a"),
        ("www.example.org", "www\\.example.org"),
        ("a@b.org", "a\\@b.org"),
        ("1. first", "1\\. first"),
        ("- item", "\\- item"),
        ("<b> & co", "&lt;b&gt; &amp; co"),
        ("a|b", "a\\|b"),
    ],
)
def test_bare_links_mentions_and_markers_are_defused(text, escaped):
    """GFM autolinks bare URLs, www. names and e-mail addresses (markdown-it here does not)."""
    assert escape_inline(text) == escaped


def test_plain_line_folds_whitespace_and_drops_controls():
    assert plain_line(" a\n\tb\u0007c\u202e d ") == "a b c d"


@pytest.mark.parametrize(
    "text, slug",
    [
        ("2 Dec 2025", "2-dec-2025"),
        ("week of 24 Nov 2025", "week-of-24-nov-2025"),
        ("Apr–Jun 2026", "aprjun-2026"),
        ("19th century", "19th-century"),
        ("Key dates at a glance", "key-dates-at-a-glance"),
        ("<script> & snake_case", "script--snake_case"),
        ("Ärger über Köln", "ärger-über-köln"),
    ],
)
def test_github_slug(text, slug):
    assert github_slug(text) == slug


def test_repeated_headings_are_numbered_like_github():
    anchors = HeadingAnchors()
    assert [anchors.add("Sources"), anchors.add("Sources"), anchors.add("Sources")] == ["sources", "sources-1", "sources-2"]


def test_heading_labels_avoid_spaced_dashes():
    assert heading_label("28 Dec 2025 – 2 Jan 2026") == "28 Dec 2025 to 2 Jan 2026"
    assert heading_label("Apr–Jun 2026") == "Apr–Jun 2026"


@pytest.mark.parametrize("text", HOSTILE)
def test_mermaid_text_is_one_inert_token(text):
    escaped = mermaid_text(text)
    tokens = lex_mermaid_timeline(f"timeline\n    period : {escaped}\n")
    assert tokens == [("timeline", "timeline"), ("period", "period "), ("event", f": {escaped}")]
    assert "`" not in escaped and "\n" not in escaped


def test_mermaid_text_is_shortened_with_an_ellipsis():
    assert mermaid_text("word " * 40, limit=20) == "word word word word…"
    assert mermaid_text("") == "–"


# ------------------------------------------------------------------ the page


def test_headings_are_the_title_sections_and_one_per_date(small):
    tokens = parse(render(small, "md", WITH_MERMAID))
    assert headings(tokens, "h1") == ["Ukraine peace talks"]
    assert headings(tokens, "h2") == ["Key dates at a glance", "Timeline diagram", "Chronology", "Sources"]
    assert headings(tokens, "h3") == [
        "19th century",
        "1990s",
        "2014",
        "14 Jun 2024",
        "Aug 2025",
        "week of 24 Nov 2025",
        "2 Dec 2025",
        "3 Dec 2025",
        "Apr–Jun 2026",
        "mid-2026",
    ]


def test_every_event_is_an_entry_with_its_status_id_and_citations(small):
    context = build_context(small)
    tokens = parse(render(small, "md"))
    entries = chronology_items(tokens)
    assert len(entries) == len(context.events)
    for view, (entry, details) in zip(context.events, entries):
        children = entry.children
        strong = children.index(next(c for c in children if c.type == "strong_open"))
        assert children[strong + 1].content == view.summary
        assert inline_text(entry).startswith(f"{view.time_label} · " if view.time_label else view.summary)
        assert [c.content for c in children if c.type == "code_inline"] == [view.anchor]
        for word in view.statuses:
            assert word in inline_text(entry)
        refs = [[c.meta["label"] for c in d.children if c.type == "footnote_ref"] for d in details]
        citation_refs = [r for r in refs if r]
        assert citation_refs == [[c.source.key] for c in view.citations]
        for detail, cited in zip([d for d, r in zip(details, refs) if r], view.citations):
            assert cited.citation.quote in inline_text(detail)
        disputes = [inline_text(d) for d, r in zip(details, refs) if not r]
        assert disputes == [f"Disputed: {text}" for text in view.event.disagreements]


def test_statuses_are_shown(small):
    text = render(small, "md").decode()
    assert "· *cancelled* ·" in text
    assert "· *planned* ·" in text
    assert "· *postponed* ·" in text
    assert "· **disputed** ·" in text
    assert "Disputed: Evening Courier says no compromise was found" in text


def test_one_footnote_definition_per_cited_source(small):
    context = build_context(small)
    tokens = parse(render(small, "md"))
    defined = [t.meta["label"] for t in tokens if t.type == "footnote_open"]
    cited = {c.source.key for v in context.events for c in v.citations}
    assert sorted(defined) == sorted(cited)
    assert len(defined) == len(set(defined))
    # every reference resolves (markdown-it numbers unresolved ones as plain text, not refs)
    refs = [t.meta["label"] for t in walk(tokens) if t.type == "footnote_ref"]
    assert set(refs) == cited
    assert len(refs) == sum(len(v.citations) for v in context.events)


def test_sources_section_lists_every_source_with_link(small):
    context = build_context(small)
    tokens = parse(render(small, "md"))
    start = next(i for i, t in enumerate(tokens) if t.type == "heading_open" and tokens[i + 1].content == "Sources")
    end = next(i for i, t in enumerate(tokens) if i > start and t.type == "ordered_list_close")
    items = [t for t in tokens[start:end] if t.type == "inline"][1:]
    assert len(items) == len(context.sources)
    for item, source in zip(items, context.sources):
        assert (source.doc.title or source.doc.id) in inline_text(item)
        links = [c.attrs["href"] for c in item.children if c.type == "link_open"]
        assert links == ([source.link] if source.link else [])


def test_table_links_every_key_date_to_its_heading(small):
    context = build_context(small)
    tokens = parse(render(small, "md"))
    anchors = HeadingAnchors()
    slugs = {anchors.add(t) for tag in ("h1", "h2", "h3") for t in headings(tokens, tag)}
    rows = [i for i, t in enumerate(tokens) if t.type == "tr_open"][1:]
    assert len(rows) == len(context.key_events)
    for row, view in zip(rows, context.key_events):
        cells = [t for t in tokens[row : row + 16] if t.type == "inline"][:4]
        link = next(c for c in cells[0].children if c.type == "link_open")
        assert link.attrs["href"].removeprefix("#") in slugs
        assert inline_text(cells[0]) == view.when_label
        assert inline_text(cells[1]) == view.summary
        # the sources by their numbers in the list, bracketed so that none reads as a count,
        # each a link to the sources section
        assert inline_text(cells[3]) == ", ".join(f"[{s.number}]" for s in sorted(view.sources, key=lambda s: s.number))
        assert {c.attrs["href"] for c in cells[3].children if c.type == "link_open"} == {"#sources"}


def test_table_is_optional(small):
    tokens = parse(render(small, "md", RenderOptions(summary_table=False)))
    assert not [t for t in tokens if t.type == "table_open"]
    assert "Key dates at a glance" not in headings(tokens, "h2")


def test_mermaid_block_only_when_asked(small):
    assert not [t for t in parse(render(small, "md")) if t.type == "fence"]
    fences = [t for t in parse(render(small, "md", WITH_MERMAID)) if t.type == "fence"]
    assert [f.info for f in fences] == ["mermaid"]


def test_mermaid_diagram_has_one_period_per_date_and_every_event(small):
    context = build_context(small)
    fence = next(t for t in parse(render(small, "md", WITH_MERMAID)) if t.type == "fence")
    tokens = lex_mermaid_timeline(fence.content)
    assert tokens[0] == ("timeline", "timeline")
    assert tokens[1] == ("title", "title Ukraine peace talks")
    periods = [text.strip() for kind, text in tokens if kind == "period"]
    assert periods == list(dict.fromkeys(v.date_label for v in context.events))
    events = [text.removeprefix(": ").strip() for kind, text in tokens if kind == "event"]
    assert len(events) == len(context.events)
    assert "Putin–Trump summit (planned)" in events
    assert {kind for kind, _ in tokens} == {"timeline", "title", "period", "event"}


def test_empty_timeline_says_so(empty):
    tokens = parse(render(empty, "md", WITH_MERMAID))
    assert headings(tokens, "h2") == ["Chronology", "Sources"]
    assert "No dated events were found." in [inline_text(t) for t in tokens if t.type == "inline"]


def test_skipped_inputs_are_listed(small):
    timeline = small.model_copy(update={"skipped": [SkippedFile(path="seeds/bad.txt", error="not UTF-8 <b>")]})
    tokens = parse(render(timeline, "md"))
    assert "Skipped inputs" in headings(tokens, "h2")
    assert "seeds/bad.txt: not UTF-8 <b>" in [inline_text(t) for t in tokens if t.type == "inline"]


def test_a_skipped_file_is_named_once_with_its_line(small):
    skipped = SkippedFile(path="bad/binary.md", line=1, error="is not UTF-8 (byte 0xff at offset 0); re-save the file as UTF-8")
    tokens = parse(render(small.model_copy(update={"skipped": [skipped]}), "md"))
    lines = [inline_text(t) for t in tokens if t.type == "inline" and "binary" in inline_text(t)]
    assert lines == ["bad/binary.md:1: is not UTF-8 (byte 0xff at offset 0); re-save the file as UTF-8"]


def test_a_long_chronology_gets_a_diagram_and_table_of_key_dates_only(hostile):
    context = build_context(hostile)
    assert len(context.key_events) < len(context.events)
    tokens = parse(render(hostile, "md", WITH_MERMAID))
    paragraphs = [inline_text(t) for t in tokens if t.type == "inline"]
    assert "The key dates only; the full chronology follows." in paragraphs
    assert (f"The {len(context.key_events)} entries most sources report, one per date where possible; every entry is "
            "in the chronology below.") in paragraphs
    fence = next(t for t in tokens if t.type == "fence")
    periods = [text.strip() for kind, text in lex_mermaid_timeline(fence.content) if kind == "period"]
    assert periods == list(dict.fromkeys(v.date_label for v in context.key_events))
    assert len(chronology_items(tokens)) == len(context.events)


def test_a_short_chronology_says_nothing_about_key_dates(small):
    text = render(small, "md", WITH_MERMAID).decode()
    assert "key dates only" not in text and "key entries, chosen" not in text


def test_blank_titles_and_names_still_make_well_formed_markdown():
    import datetime as dt

    from timeline.models import Citation, DocumentInfo, Event, Timeline

    day = dt.date(2025, 12, 3)
    timeline = Timeline(
        title=" \n ",
        generated=day,
        documents=[DocumentInfo(id="\u202e", title=" ", publisher="", path="x", reference_date=day)],
        events=[Event(id="\u202e", start=day, end=day, granularity="day", summary="\t",
                      citations=[Citation(document="\u202e", quote=" ", expression="", start=0, end=0,
                                          reference_date=day)])],
    )
    tokens = parse(render(timeline, "md"))
    assert headings(tokens, "h1") == ["Timeline"]
    (entry, details), = chronology_items(tokens)
    assert inline_text(entry).startswith("(no summary)")
    assert [c.type for c in details[0].children][:3] == ["em_open", "text", "em_close"]
    assert inline_text(details[0]).startswith("source 1:")
    assert [t.meta["label"] for t in tokens if t.type == "footnote_open"] == ["source-1"]


def test_citation_lines_name_sources_briefly(small):
    import datetime as dt

    from timeline.models import DocumentInfo
    from timeline.render.context import SourceRef
    from timeline.render.markdown import _source_name

    def name(**fields):
        doc = DocumentInfo(id="000_f87694465ab023be", path="x", reference_date=dt.date(2025, 12, 3), **fields)
        return _source_name(SourceRef(number=4, doc=doc, label="", key="k"))

    assert name(publisher="Reuters", title="A long title") == "Reuters"
    assert name(title="Witkoff and Kushner’s Moscow Visit: Can Talks Lead to Peace?") == "Witkoff and Kushner’s Moscow Visit: Can…"
    assert name(title="Short title") == "Short title"
    assert name() == "source 4"
    # and the table lists a key date's sources in number order
    rows = [line for line in render(small, "md").decode().splitlines() if line.startswith("| [2 Dec 2025]")]
    assert rows == ["| [2 Dec 2025](#2-dec-2025) | Witkoff and Kushner meet Putin in the Kremlin |  | "
                    "[\\[1\\]](#sources), [\\[2\\]](#sources) |"]


# Any text at all, weighted towards the characters Markdown and Mermaid give a meaning to.
MARKUP_HEAVY = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("\\`*_[]()<>#|~$!&{}:;%\"'-+=.^@/ \n\t0123456789wWhtps")),
        st.characters(blacklist_categories=("Cs",)),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(text=MARKUP_HEAVY)
def test_any_text_escaped_renders_as_itself(text):
    escaped = escape_inline(text)
    if not escaped:
        assert plain_line(text) == ""
        return
    for frame in ("{}", "- **{}** · `id`", "| {} |\n| --- |"):
        tokens = parse(frame.format(escaped))
        assert not [t for t in walk(tokens) if t.type.startswith("html") or t.type in ("link_open", "image")]
        inline = next(t for t in tokens if t.type == "inline")
        assert inline_text(inline).removesuffix(" · id") == plain_line(text)


@settings(max_examples=300, deadline=None)
@given(text=MARKUP_HEAVY)
def test_any_text_is_one_mermaid_event(text):
    escaped = mermaid_text(text)
    assert lex_mermaid_timeline(f"timeline\n    2 Dec 2025 : {escaped}\n") == [
        ("timeline", "timeline"),
        ("period", "2 Dec 2025 "),
        ("event", f": {escaped}"),
    ]
