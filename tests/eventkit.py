"""Builders shared by the events and merge tests: hand-made articles and time expressions.

Articles are built sentence by sentence (one line per sentence) so that the tests do not
depend on the ingest stage; time expressions are built by hand so that they do not depend on
the tagger.
"""

from __future__ import annotations

import datetime as dt

from timeline.models import Article, Interval, Sentence, Timex


def make_article(doc_id: str, reference: dt.date, lines: list[str | tuple[str, str]],
                 *, title_first: bool = False) -> Article:
    """An article whose body holds one sentence per line; ("text", "heading") marks a heading."""
    body = ""
    sentences = []
    for paragraph, line in enumerate(lines):
        text, kind = (line, "body") if isinstance(line, str) else line
        start = len(body)
        body += text + "\n"
        sentences.append(Sentence(start=start, end=start + len(text), text=text, paragraph=paragraph, kind=kind))
    title = (0, sentences[0].end) if title_first else None
    return Article(id=doc_id, path=f"{doc_id}.txt", reference_date=reference, body=body,
                   sentences=sentences, title_in_body=title)


def timex(article: Article, text: str, value: str, granularity: str | None,
          first: dt.date | None, last: dt.date | None = None, *, type: str = "DATE",
          occurrence: int = 0, mod: str | None = None) -> Timex:
    """The ``occurrence``-th appearance of ``text`` in the article body, resolved as given."""
    start = -1
    for _ in range(occurrence + 1):
        start = article.body.index(text, start + 1)
    interval = None if first is None else Interval(first=first, last=last or first)
    return Timex(start=start, end=start + len(text), text=text, type=type, value=value,
                 granularity=granularity, interval=interval, mod=mod)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)
