"""Helpers for reading rendered Markdown back as a token tree, and Mermaid as its lexer would.

The Markdown parser is markdown-it-py with CommonMark (raw HTML on, so any that slipped
through would show up as html_* tokens), GFM tables and strikethrough, and footnotes.

``lex_mermaid_timeline`` follows the lexer of Mermaid's timeline grammar
(``packages/mermaid/src/diagrams/timeline/parser/timeline.jison``), taking the stricter of
its releases: older ones also end titles, sections and events at ``#`` and ``;``. Like a
Jison lexer, the first rule that matches at a position wins.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

TEXT_TYPES = ("text", "softbreak", "code_inline")


def parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(footnote_plugin)


def parse(text: str | bytes) -> list[Token]:
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    return parser().parse(text)


def walk(tokens: list[Token]):
    for token in tokens:
        yield token
        if token.children:
            yield from walk(token.children)


def inline_text(token: Token) -> str:
    """The visible text of an inline token: text, code spans and line breaks, no markup."""
    return "".join(
        " " if child.type == "softbreak" else child.content
        for child in token.children or []
        if child.type in TEXT_TYPES
    )


def headings(tokens: list[Token], tag: str) -> list[str]:
    return [inline_text(tokens[i + 1]) for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == tag]


MERMAID_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("comment", re.compile(r"%%(?!\{)[^\n]*")),
    ("comment", re.compile(r"[^}]%%[^\n]*")),
    ("newline", re.compile(r"\n+")),
    ("space", re.compile(r"\s+")),
    ("comment", re.compile(r"#[^\n]*")),
    ("timeline", re.compile(r"timeline", re.IGNORECASE)),
    ("title", re.compile(r"title\s[^#\n;]+", re.IGNORECASE)),
    ("section", re.compile(r"section\s[^#:\n;]+", re.IGNORECASE)),
    ("event", re.compile(r":\s[^#:\n;]+")),
    ("period", re.compile(r"[^#:\n;]+")),
]


def lex_mermaid_timeline(source: str) -> list[tuple[str, str]]:
    """(kind, text) tokens; kind 'invalid' for a character no rule takes."""
    tokens = []
    position = 0
    while position < len(source):
        for kind, pattern in MERMAID_RULES:
            match = pattern.match(source, position)
            if match and match.end() > position:
                tokens.append((kind, match.group()))
                position = match.end()
                break
        else:
            tokens.append(("invalid", source[position]))
            position += 1
    return [(kind, text) for kind, text in tokens if kind not in ("space", "newline")]
