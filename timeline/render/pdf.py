"""The PDF briefing: the chronology laid out for print by WeasyPrint.

The page design lives in CSS (``templates/briefing.css``): ``@page`` margin boxes for the
running header and "Page X of Y", ``string-set`` for the header text, ``bookmark-level`` for
the PDF outline, ``float: footnote`` for the citations and ``target-counter()`` for the page
numbers in the "key dates at a glance" table. This module only decides what goes in the
template and keeps WeasyPrint on a short leash:

* it may read files inside the template folders and ``data:`` URLs, nothing else — no
  network, no other file (``TemplatesOnlyFetcher``), whatever the article text contains;
* the PDF's creation and modification dates and its file identifier come from the timeline
  (its generated date and content), never from the clock, so a build is reproducible.
"""

from __future__ import annotations

import hashlib
import itertools
import mimetypes
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import jinja2
from markupsafe import Markup
from pydantic import BaseModel, ConfigDict
from weasyprint import HTML  # slow to import: timeline.render loads this module only for PDFs
from weasyprint.urls import URLFetcher, URLFetcherResponse

from timeline.render import RenderOptions
from timeline.render.context import EventView, RenderContext, format_day, labelled_by_interval
from timeline.render.html import load_asset

BRIEFING_TEMPLATE = "briefing.html.j2"
BRIEFING_STYLESHEET = "briefing.css"


class ResourceRefused(ValueError):
    """The briefing asked for a resource outside the template folders."""


class YearGroup(BaseModel):
    """Consecutive entries of the chronology under one heading (and one bookmark)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str  # "2025"; an entry spanning decades or centuries heads its own group: "1990s"
    events: list[EventView]


def template_folders(env: jinja2.Environment) -> list[Path]:
    """The folders the environment loads templates from, in lookup order."""
    loaders = env.loader.loaders if isinstance(env.loader, jinja2.ChoiceLoader) else [env.loader]
    folders = []
    for loader in loaders:
        if isinstance(loader, jinja2.FileSystemLoader):
            folders.extend(Path(path).resolve() for path in loader.searchpath)
    return folders


class TemplatesOnlyFetcher(URLFetcher):
    """A WeasyPrint URL fetcher that serves files inside the given folders and data: URLs.

    Everything else — http(s), ftp, files elsewhere (``file:///etc/passwd``, ``../`` tricks,
    symlinks leading out) — raises ``ResourceRefused``, which WeasyPrint reports and skips.
    """

    def __init__(self, folders: list[Path]):
        super().__init__(allowed_protocols=("file", "data"), allow_redirects=False)
        self.folders = [Path(folder).resolve() for folder in folders]

    def allows(self, url: str) -> Path | None:
        """The local file the URL names if it lies inside a template folder, else None."""
        parts = urlsplit(url)
        if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
            return None
        path = Path(url2pathname(parts.path)).resolve()
        if not path.is_file():
            return None
        if any(path.is_relative_to(folder) for folder in self.folders):
            return path
        return None

    def fetch(self, url, headers=None):
        scheme = url.split(":", 1)[0].lower()
        if scheme == "data":
            return super().fetch(url, headers)
        path = self.allows(url)
        if path is None:
            raise ResourceRefused(f"refused to fetch {url!r}: the briefing may only use files in its template folders")
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": media_type})


def group_label(view: EventView) -> str:
    """The heading an entry goes under: the year it starts in, or its own label when it
    spans a decade or more (a "19th century" entry is not an entry of the year 1800); a part
    of a decade labelled by its days ("later this decade": "9 Sep 2026 – 31 Dec 2029") goes
    under the year it starts in."""
    if view.event.granularity in ("decade", "century") and not labelled_by_interval(view.event):
        return view.date_label
    return str(view.event.start.year)


def year_groups(context: RenderContext) -> list[YearGroup]:
    """Consecutive events grouped under their headings (the events are in order)."""
    return [
        YearGroup(label=label, events=list(views))
        for label, views in itertools.groupby(context.events, key=group_label)
    ]


def briefing_html(context: RenderContext, env: jinja2.Environment) -> str:
    """The HTML that WeasyPrint lays out (useful on its own to debug the template)."""
    css = load_asset(env, BRIEFING_STYLESHEET, "style")
    template = env.get_template(BRIEFING_TEMPLATE)
    return template.render(
        ctx=context,
        groups=year_groups(context),
        day_label=format_day,
        css=Markup(css),
    )


def render_pdf(context: RenderContext, env: jinja2.Environment, options: RenderOptions) -> bytes:
    folders = template_folders(env)
    base_url = folders[0].as_uri() + "/" if folders else None
    html = briefing_html(context, env)
    document = HTML(string=html, base_url=base_url, url_fetcher=TemplatesOnlyFetcher(folders))
    # The file identifier is derived from the content, so equal input gives equal bytes.
    identifier = hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")
    # Tagged (structure tree) so screen readers and reflowing viewers follow the reading order.
    return document.write_pdf(pdf_identifier=identifier, pdf_tags=True)
