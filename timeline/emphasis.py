"""Markdown emphasis markers: an article's typography, not its words.

"**20:55** Emperor Naruhito arrives" is read, summarised and quoted to a reader as "20:55 Emperor
Naruhito arrives". One pattern serves every stage that needs the plain text: ingest's tagger input
(with a map back to the body's offsets), event summaries and the quotes renderers show.
"""

from __future__ import annotations

import re

# A run of * or _ that opens before a word ("**20:55", "*Correction") or closes after one
# ("20:55**"); not a list's "* ", a spaced "5 * 3" or a snake_case word's "_".
EMPHASIS = re.compile(r"(?<![\w*_])[*_]{1,3}(?=[^\s*_])|(?<=[^\s*_])[*_]{1,3}(?![\w*_])")


def without_emphasis(body: str) -> tuple[str, list[int] | None]:
    """``body`` less its Markdown emphasis markers, and where each of its characters (and its
    end) is in ``body``; None for the second when there were none.

    The tagger reads "**20:55** Emperor Naruhito arrives" as text, where the asterisks hide
    the clock time that opens the line. Offsets it gives into the text without the markers
    map back into the body through the second value (``pipeline.tag_article``)."""
    pieces: list[str] = []
    origins: list[int] = []
    cursor = 0
    for marker in EMPHASIS.finditer(body):
        pieces.append(body[cursor:marker.start()])
        origins.extend(range(cursor, marker.start()))
        cursor = marker.end()
    if cursor == 0:
        return body, None
    pieces.append(body[cursor:])
    origins.extend(range(cursor, len(body) + 1))
    return "".join(pieces), origins


def plain_text(text: str) -> str:
    """``text`` without its emphasis markers, where no offsets are needed (a summary, a quote)."""
    return EMPHASIS.sub("", text)
