"""Renderers: one typed context in, bytes of one output format out.

``render(timeline, fmt, options)`` is the whole interface; the CLI writes the bytes to disk
atomically. The context is built once (``build_context``) and handed to the format's module,
``timeline.render.<module>.render_<fmt>(context, env, options) -> bytes``.

Templates load through a ChoiceLoader (the user's ``--templates`` folder first, then the
built-in templates) with StrictUndefined, so a misspelt variable fails loudly. A user may
override any template by giving a file of the same name.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from pathlib import Path

import jinja2
from pydantic import BaseModel, ConfigDict

from timeline.models import Timeline

# format name -> output file name
FORMATS: dict[str, str] = {
    "json": "timeline.json",
    "md": "timeline.md",
    "html": "timeline.html",
    "pdf": "timeline.pdf",
    "timelinejs": "timeline.timelinejs.json",
}
DEFAULT_FORMATS = ("json", "md", "html", "pdf")

# format name -> (module, function). Modules are imported only when their format is asked
# for, so a renderer with heavy or missing dependencies cannot break the others.
RENDERERS: dict[str, tuple[str, str]] = {
    "json": ("timeline.render.jsonout", "render_json"),
    "md": ("timeline.render.markdown", "render_md"),
    "html": ("timeline.render.html", "render_html"),
    "pdf": ("timeline.render.pdf", "render_pdf"),
    "timelinejs": ("timeline.render.timelinejs", "render_timelinejs"),
}

# Template names whose output is HTML get Jinja2's autoescaping; Markdown and the rest do
# their own escaping in Python (see timeline.render.markdown).
AUTOESCAPE_SUFFIXES = (".html.j2", ".html", ".htm", ".xml", ".svg")


class RenderOptions(BaseModel):
    """What a build may change about the output besides the timeline itself."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    templates_dir: Path | None = None
    mermaid: bool = False  # Markdown: add a Mermaid ``timeline`` diagram
    summary_table: bool = True  # Markdown: add the "key dates at a glance" table


def builtin_templates_dir() -> Path:
    """The templates shipped with the program.

    An installed wheel carries them inside the package (``timeline/templates``); a checkout
    of the repository keeps them at its top level (``templates/``).
    """
    packaged = Path(__file__).resolve().parents[1] / "templates"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "templates"


def _autoescape(name: str | None) -> bool:
    return name is not None and name.lower().endswith(AUTOESCAPE_SUFFIXES)


def make_environment(options: RenderOptions) -> jinja2.Environment:
    """The Jinja2 environment every renderer loads its templates from."""
    folders = []
    if options.templates_dir is not None:
        if not Path(options.templates_dir).is_dir():
            raise ValueError(f"templates folder {options.templates_dir} does not exist; give an existing folder")
        folders.append(jinja2.FileSystemLoader(str(options.templates_dir)))
    folders.append(jinja2.FileSystemLoader(str(builtin_templates_dir())))
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(folders),
        undefined=jinja2.StrictUndefined,
        autoescape=_autoescape,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _renderer(fmt: str):
    try:
        module_name, function_name = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}") from None
    return getattr(importlib.import_module(module_name), function_name)


def render_many(timeline: Timeline, formats: Iterable[str], options: RenderOptions | None = None) -> dict[str, bytes]:
    """Render several formats from one context: format name -> bytes, in the order asked."""
    from timeline.render.context import build_context

    options = options or RenderOptions()
    formats = list(formats)
    renderers = {fmt: _renderer(fmt) for fmt in formats}  # unknown names fail before any work
    context = build_context(timeline)
    env = make_environment(options)
    return {fmt: renderers[fmt](context, env, options) for fmt in formats}


def render(timeline: Timeline, fmt: str, options: RenderOptions | None = None) -> bytes:
    """The bytes of one output format (see ``FORMATS``) for the timeline."""
    return render_many(timeline, [fmt], options)[fmt]
