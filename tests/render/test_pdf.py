"""The PDF briefing, read back the way a reader's tools see it.

Text comes from poppler's ``pdftotext -layout``, fonts from ``pdffonts``; metadata, the outline
(bookmarks) and font descriptors from pypdf. Any warning WeasyPrint logs fails the test.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from fixture_timelines import empty_timeline, hostile_timeline, long_token_timeline, small_timeline
from pypdf import PdfReader

from timeline.models import Citation, DocumentInfo, Event, Timeline

from timeline.render import RenderOptions, builtin_templates_dir, render
from timeline.render.context import build_context
from timeline.render.pdf import ResourceRefused, TemplatesOnlyFetcher, template_folders

BUILDERS = {"small": small_timeline, "hostile": hostile_timeline, "empty": empty_timeline}


def flat(text: str) -> str:
    """Whitespace runs folded to one space, so wrapped lines and layout columns compare."""
    return " ".join(text.split())


@pytest.fixture
def no_weasyprint_warnings(caplog):
    caplog.set_level(logging.WARNING, logger="weasyprint")
    yield
    messages = [r.getMessage() for r in caplog.records if r.name.startswith("weasyprint") and r.levelno >= logging.WARNING]
    assert messages == []


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    paths = {}
    for name, build in BUILDERS.items():
        paths[name] = folder / f"{name}.pdf"
        paths[name].write_bytes(render(build(), "pdf"))
    return paths


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_renders_without_weasyprint_warnings(no_weasyprint_warnings, name):
    assert render(BUILDERS[name](), "pdf").startswith(b"%PDF-")


def test_every_event_date_summary_and_quote_in_order(pdfs, small):
    text = pdftotext(pdfs["small"])
    context = build_context(small)
    chronology = re.search(r"^Chronology$", text, re.MULTILINE)
    assert chronology, "the chronology heading is missing"
    body = flat(text[chronology.end() :])
    position = 0
    for view in context.events:
        for expected in (view.when_label, view.summary):
            found = body.find(expected, position)
            assert found >= 0, f"{expected!r} missing or out of order"
            position = found + len(expected)
        for word in view.statuses:
            assert word.upper() in body
    whole = flat(text)
    for view in context.events:
        for cv in view.citations:
            assert flat(f"{cv.quoted} — {cv.source.label} [{cv.source.number}]") in whole


def test_key_dates_table_lists_each_key_event_with_its_page(pdfs, small):
    text = pdftotext(pdfs["small"])
    first_page = text.split("\f")[0]
    assert "Key dates at a glance" in first_page
    context = build_context(small)
    pages = text.split("\f")
    for view in context.key_events:
        row = next(line for line in first_page.splitlines() if view.summary in line)
        assert row.startswith(view.when_label)
        page = int(row.split()[-1])
        assert view.summary in flat(pages[page - 1]), f"{view.summary!r} is not on page {page}"


def test_title_block_and_sources_appendix(pdfs, small):
    text = pdftotext(pdfs["small"])
    context = build_context(small)
    head = flat(text.split("\f")[0])
    assert small.title in head
    assert f"Period covered {context.period_label}" in head
    assert f"Generated on {context.generated_label}" in head
    assert f"Sources {len(small.documents)}" in head
    appendix = flat(text[re.search(r"^Sources$", text, re.MULTILINE).end() :])
    position = 0
    for ref in context.sources:
        for expected in filter(None, [ref.doc.title or ref.doc.id, ref.doc.publisher, ref.doc.url]):
            found = appendix.find(expected, position)
            assert found >= 0, f"{expected!r} missing from the sources appendix or out of order"
            position = found + len(expected)


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_page_x_of_y_on_every_page(pdfs, name):
    pages = pdftotext(pdfs[name]).split("\f")[:-1]
    total = len(PdfReader(pdfs[name]).pages)
    assert len(pages) == total
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in page


def test_running_header_names_the_briefing(pdfs, small):
    pages = pdftotext(pdfs["small"]).split("\f")[:-1]
    assert len(pages) >= 3
    assert small.title not in pages[0].splitlines()[0]  # the title page has no header
    for page in pages[1:]:
        assert page.lstrip().startswith(small.title)


def test_metadata_title_language_and_dates(pdfs, small):
    reader = PdfReader(pdfs["small"])
    assert reader.metadata.title == small.title
    assert reader.metadata["/Creator"] == "timeline"
    stamp = small.generated.strftime("D:%Y%m%d")
    assert reader.metadata["/CreationDate"].startswith(stamp)
    assert reader.metadata["/ModDate"].startswith(stamp)
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert bool(reader.trailer["/Root"]["/MarkInfo"]["/Marked"])  # a tagged PDF
    assert "/StructTreeRoot" in reader.trailer["/Root"]


def test_bookmarks_follow_the_headings(pdfs, small):
    reader = PdfReader(pdfs["small"])
    context = build_context(small)

    def titles(items, depth=0):
        for item in items:
            if isinstance(item, list):
                yield from titles(item, depth + 1)
            else:
                yield depth, item.title

    outline = list(titles(reader.outline))
    top = [title for depth, title in outline if depth == 0]
    assert top == [small.title, "Key dates at a glance", "Chronology", "Sources"]
    years = [title for depth, title in outline if depth == 1]
    assert years == ["19th century", "1990s", "2014", "2024", "2025", "2026"]
    entries = [title for depth, title in outline if depth == 2]
    assert len(entries) == len(context.events)
    for title, view in zip(entries, context.events, strict=True):
        assert title.startswith(view.when_label) and title.endswith(" — " + view.summary)


@pytest.mark.parametrize("name", ["small", "hostile"])
def test_every_font_is_embedded(pdfs, name):
    reader = PdfReader(pdfs[name])
    fonts = 0
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font)["/FontDescriptor"]
            assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]
            fonts += 1
    assert fonts > 0
    listing = subprocess.run(["pdffonts", str(pdfs[name])], check=True, capture_output=True, text=True).stdout
    rows = listing.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), listing
    assert any("DejaVu" in row for row in rows)


def test_same_timeline_same_bytes(small):
    assert render(small, "pdf") == render(small, "pdf")


def test_same_bytes_in_another_process(small):
    """No clock, no random font-subset prefix, no hash-seed-dependent order reaches the file."""
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from fixture_timelines import small_timeline; from timeline.render import render;"
        "sys.stdout.buffer.write(render(small_timeline(), 'pdf'))"
    )
    here = Path(__file__).resolve().parent
    other = subprocess.run(
        [sys.executable, "-c", script, str(here)],
        check=True,
        capture_output=True,
        cwd=here.parents[1],
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    ).stdout
    assert other == render(small, "pdf")


def test_hostile_text_is_printed_as_text(pdfs, hostile):
    text = flat(pdftotext(pdfs["hostile"]))
    for event in hostile.events:
        assert flat(event.summary) in text
    assert "<script>alert('x')</script>" in text
    assert "javascript:alert(1)" in text  # shown as text in the appendix, not a link
    reader = PdfReader(pdfs["hostile"])
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None and "/URI" in action:
                assert action["/URI"].startswith(("http://", "https://")), action["/URI"]


def crowded_timeline() -> Timeline:
    """Many long footnotes: more than a page holds, so notes must move with their calls."""
    day = dt.date(2025, 1, 1)
    source = DocumentInfo(id="wire", title="Wire", path="wire.txt", reference_date=day)
    filler = "the delegations met again and agreed to keep talking about the draft " * 4
    events = [
        Event(
            id=f"event-{k}",
            start=day + dt.timedelta(days=k),
            end=day + dt.timedelta(days=k),
            granularity="day",
            summary=f"Meeting number {k} of the delegations",
            citations=[
                Citation(document="wire", quote=f"Q{k}x{j} {filler}", expression="", start=0, end=0,
                         reference_date=day, corroborating=True)
                for j in range(4)
            ],
        )
        for k in range(14)
    ]
    return Timeline(title="Crowded", generated=day, documents=[source], events=events)


def test_footnotes_stay_on_the_page_of_their_call(tmp_path, no_weasyprint_warnings):
    timeline = crowded_timeline()
    path = tmp_path / "crowded.pdf"
    path.write_bytes(render(timeline, "pdf"))
    pages = [flat(page) for page in pdftotext(path).split("\f")]
    chronology = next(i for i, page in enumerate(pages) if page.startswith("Crowded Chronology"))
    for k, event in enumerate(timeline.events):
        (page_of_call,) = [i for i, page in enumerate(pages) if i >= chronology and event.summary in page]
        for j in range(len(event.citations)):
            notes = [i for i, page in enumerate(pages) if f"“Q{k}x{j} " in page]
            assert notes == [page_of_call], f"footnote {k}.{j} is on pages {notes}, its call on {page_of_call}"


def test_an_entry_with_many_citations_keeps_every_quote(tmp_path, no_weasyprint_warnings):
    crowded = crowded_timeline()
    event = crowded.events[2]
    many = [c.model_copy(update={"quote": f"Q2x{j} {c.quote.split(' ', 1)[1]}"}) for j, c in enumerate(event.citations * 8)]
    timeline = crowded.model_copy(update={"events": [*crowded.events[:2], event.model_copy(update={"citations": many})]})
    path = tmp_path / "many.pdf"
    path.write_bytes(render(timeline, "pdf"))
    text = flat(pdftotext(path))
    for j in range(len(many)):
        assert f"“Q2x{j} " in text, f"quote {j} of {len(many)} is lost"


def test_no_text_runs_past_the_right_margin(tmp_path, no_weasyprint_warnings):
    path = tmp_path / "long.pdf"
    path.write_bytes(render(long_token_timeline(), "pdf"))
    boxes = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True).stdout
    page_width = float(re.search(r'<page width="([\d.]+)"', boxes).group(1))
    right_margin = 20 / 25.4 * 72  # briefing.css: @page margin-right 20mm
    x_max = max(float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes))
    assert x_max <= page_width - right_margin + 0.5


def test_empty_timeline_says_so(pdfs):
    assert "No dated events were found" in flat(pdftotext(pdfs["empty"]))


# --------------------------------------------------------------------------- fetching


@pytest.fixture
def fetched(monkeypatch):
    """Every URL WeasyPrint asks the briefing's fetcher for."""
    urls: list[str] = []
    original = TemplatesOnlyFetcher.fetch

    def recording(self, url, headers=None):
        urls.append(url)
        return original(self, url, headers)

    monkeypatch.setattr(TemplatesOnlyFetcher, "fetch", recording)
    return urls


def test_hostile_text_fetches_nothing(fetched, hostile, no_weasyprint_warnings):
    render(hostile, "pdf")
    assert fetched == []


def test_fetcher_serves_only_files_inside_the_template_folders(tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("secret", encoding="utf-8")
    (templates / "link.txt").symlink_to(secret)
    fetcher = TemplatesOnlyFetcher([templates])

    response = fetcher((templates / "logo.svg").as_uri())
    assert response.read().startswith(b"<svg") and response.content_type == "image/svg+xml"
    assert fetcher("data:text/plain,hello").read() == b"hello"
    refused = [
        "http://127.0.0.1:9/evil.png",
        "https://example.com/style.css",
        "ftp://example.com/x",
        "file:///etc/passwd",
        secret.as_uri(),
        templates.as_uri() + "/../secret.txt",
        (templates / "link.txt").as_uri(),
        (templates / "missing.png").as_uri(),
        "file://remote-host" + str(templates / "logo.svg"),
        "javascript:alert(1)",
    ]
    for url in refused:
        with pytest.raises(ResourceRefused):
            fetcher(url)


def test_user_stylesheet_cannot_reach_out(tmp_path, small, caplog, fetched):
    """A --templates override that asks for the network or /etc/passwd gets nothing."""
    (tmp_path / "briefing.css").write_text(
        '@import url("http://127.0.0.1:9/evil.css");\n'
        'body { background: url("file:///etc/passwd"); }\n'
        'h1::before { content: url("https://example.com/x.png"); }\n',
        encoding="utf-8",
    )
    caplog.set_level(logging.WARNING, logger="weasyprint")
    pdf = render(small, "pdf", RenderOptions(templates_dir=tmp_path))
    assert pdf.startswith(b"%PDF-")
    assert sorted(fetched) == sorted(
        ["http://127.0.0.1:9/evil.css", "file:///etc/passwd", "https://example.com/x.png"]
    )
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert logged.count("ResourceRefused") == 3


def test_template_folders_are_the_loader_folders(tmp_path):
    from timeline.render import make_environment

    env = make_environment(RenderOptions(templates_dir=tmp_path))
    assert template_folders(env) == [tmp_path.resolve(), builtin_templates_dir().resolve()]



def _entry(ident: str, start: dt.date, end: dt.date, granularity: str, mod: str | None = None) -> Event:
    citation = Citation(document="a", quote="q.", expression="e", start=0, end=1, reference_date=dt.date(2026, 9, 8))
    return Event(id=ident, start=start, end=end, granularity=granularity, mod=mod, summary=ident, citations=[citation])


def test_year_headings_put_a_part_of_a_decade_told_by_its_days_under_its_year():
    from timeline.render.pdf import year_groups

    doc = DocumentInfo(id="a", path="a.md", reference_date=dt.date(2026, 9, 8))
    events = [
        _entry("contract", dt.date(2026, 9, 3), dt.date(2026, 9, 3), "day"),
        # "later this decade", written on 8 Sep 2026: labelled "9 Sep 2026 – 31 Dec 2029", of 2026
        _entry("cranes", dt.date(2026, 9, 9), dt.date(2029, 12, 31), "decade", "END"),
        _entry("dredging", dt.date(2026, 9, 9), dt.date(2026, 9, 13), "week", "END"),
        # "the late 2020s" is the decade's last third: under its own heading
        _entry("port", dt.date(2027, 1, 1), dt.date(2029, 12, 31), "decade", "END"),
    ]
    timeline = Timeline(title="t", generated=dt.date(2026, 9, 8), documents=[doc], events=events)
    groups = [(group.label, [view.event.id for view in group.events]) for group in year_groups(build_context(timeline))]
    assert groups == [("2026", ["contract", "cranes", "dredging"]), ("late 2020s", ["port"])]
