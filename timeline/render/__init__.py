"""Renderers: one typed context in, bytes of one output format out.

``render(timeline, fmt, options)`` is the whole interface; the CLI writes the bytes to disk
atomically. Templates load through a ChoiceLoader (the user's ``--templates`` folder first,
then the built-in templates) with StrictUndefined, so a misspelt variable fails loudly.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict

from timeline.models import Timeline

# format name -> output file name
FORMATS: dict[str, str] = {
    "json": "timeline.json",
    "md": "timeline.md",
    "html": "timeline.html",
    "pdf": "timeline.pdf",
}
DEFAULT_FORMATS = ("json", "md", "html", "pdf")


class RenderOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    templates_dir: Path | None = None
    mermaid: bool = False


def render(timeline: Timeline, fmt: str, options: RenderOptions | None = None) -> bytes:
    options = options or RenderOptions()
    if fmt == "json":
        return (timeline.model_dump_json(indent=2) + "\n").encode("utf-8")
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
