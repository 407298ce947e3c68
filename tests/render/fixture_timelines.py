"""Fixture timelines shared by every renderer test (through conftest) and by ``update_golden.py``.

``small_timeline()`` is hand-built to cover what the renderers must show: every granularity
from a clock time (a live report's stamped line) to a century, planned/postponed/cancelled/disputed entries, a "mid-2026" (modified) period, one date with
two entries,
several sources (with and without titles, publishers and URLs).
``hostile_timeline()`` carries article text written to break out of every format: HTML,
Markdown, Mermaid, JSON-in-HTML and URLs.

The builders are plain functions so the golden script can call them outside pytest.

"""

from __future__ import annotations

import datetime as dt

from timeline.models import Citation, DocumentInfo, Event, Timeline

D = dt.date


def _cite(document: str, quote: str, expression: str, reference: dt.date, **extra) -> Citation:
    start = quote.find(expression) if expression else 0
    start = max(start, 0)
    return Citation(
        document=document,
        quote=quote,
        expression=expression,
        start=start,
        end=start + len(expression),
        reference_date=reference,
        **extra,
    )


def small_timeline() -> Timeline:
    ref = D(2025, 12, 3)
    documents = [
        DocumentInfo(
            id="kremlin-talks",
            title="Witkoff and Kushner meet Putin in Moscow",
            publisher="Daily Wire Service",
            url="https://news.example.org/2025/12/kremlin-talks",
            published=D(2025, 12, 2),
            path="seeds/kremlin-talks.txt",
            reference_date=D(2025, 12, 2),
        ),
        DocumentInfo(
            id="ushakov_briefing",
            title="Ushakov: talks were useful",
            publisher="Evening Courier",
            url="https://courier.example.com/ushakov?id=7&lang=en",
            published=ref,
            path="seeds/ushakov_briefing.txt",
            reference_date=ref,
        ),
        DocumentInfo(
            id="Analysis 2025",
            title=None,
            publisher=None,
            url=None,
            published=None,
            path="seeds/Analysis 2025.md",
            reference_date=ref,
        ),
    ]
    events = [
        Event(
            id="1800-empire-expands",
            start=D(1800, 1, 1),
            end=D(1899, 12, 31),
            granularity="century",
            value="18",
            summary="The empire expands south and west",
            citations=[_cite("Analysis 2025", "In the 19th century the empire expanded south and west.",
                             "the 19th century", ref)],
        ),
        Event(
            id="1990-nato-debate",
            start=D(1990, 1, 1),
            end=D(1999, 12, 31),
            granularity="decade",
            value="199",
            summary="Debate over NATO's expansion begins",
            citations=[_cite("Analysis 2025", "The debate over NATO's expansion began in the 1990s.", "the 1990s", ref)],
        ),
        Event(
            id="2014-crimea",
            start=D(2014, 1, 1),
            end=D(2014, 12, 31),
            granularity="year",
            value="2014",
            summary="Russia annexes Crimea",
            citations=[_cite("Analysis 2025", "Russia annexed Crimea in 2014.", "2014", ref)],
        ),
        Event(
            id="2024-06-14-putin-conditions",
            start=D(2024, 6, 14),
            end=D(2024, 6, 14),
            granularity="day",
            value="2024-06-14",
            summary="Putin sets out his conditions for peace",
            citations=[_cite("Analysis 2025", "He restated the key points he presented on June 14, 2024.",
                             "June 14, 2024", ref)],
        ),
        Event(
            id="2025-08-alaska-summit",
            start=D(2025, 8, 1),
            end=D(2025, 8, 31),
            granularity="month",
            value="2025-08",
            summary="Trump and Putin meet in Alaska",
            citations=[_cite("ushakov_briefing", "The leaders met in Alaska in August.", "August", ref)],
        ),
        Event(
            id="2025-W48-miami-talks",
            start=D(2025, 11, 24),
            end=D(2025, 11, 30),
            granularity="week",
            value="2025-W48",
            summary="U.S. and Ukrainian delegations meet in Miami",
            citations=[_cite("kremlin-talks", "Earlier in the week, Witkoff and Rubio met a delegation in Miami.",
                             "Earlier in the week", D(2025, 12, 2))],
        ),
        Event(
            id="2025-12-02-kremlin-meeting",
            start=D(2025, 12, 2),
            end=D(2025, 12, 2),
            granularity="day",
            value="2025-12-02",
            summary="Witkoff and Kushner meet Putin in the Kremlin",
            citations=[
                _cite("kremlin-talks", "Witkoff and Kushner met with Putin in the Kremlin on Tuesday.", "on Tuesday",
                      D(2025, 12, 2)),
                _cite("ushakov_briefing", "The talks in the Kremlin lasted five hours.", "", ref, corroborating=True),
                _cite("kremlin-talks", "The five-hour-long meeting aimed to discuss the revised plan.", "", D(2025, 12, 2),
                      corroborating=True),
            ],
        ),
        Event(
            id="2025-12-02-envoys-leave-kremlin",
            start=D(2025, 12, 2),
            end=D(2025, 12, 2),
            granularity="minute",
            value="2025-12-02T23:40",
            summary="11:40 p.m. The envoys leave the Kremlin after five hours",
            citations=[_cite("kremlin-talks", "11:40 p.m. The envoys leave the Kremlin after five hours.",
                             "11:40 p.m.", D(2025, 12, 2), value="2025-12-02T23:40")],
        ),
        Event(
            id="2025-12-03-ireland-meeting",
            start=D(2025, 12, 3),
            end=D(2025, 12, 3),
            granularity="day",
            value="2025-12-03",
            summary="Envoys meet Zelensky in Ireland",
            status="cancelled",
            citations=[_cite("Analysis 2025", "The plan to meet Zelensky in Ireland on Wednesday was canceled.",
                             "on Wednesday", ref, status="cancelled")],
        ),
        Event(
            id="2025-12-03-talks-assessed",
            start=D(2025, 12, 3),
            end=D(2025, 12, 3),
            granularity="day",
            value="2025-12-03",
            summary="Kremlin calls the talks useful",
            disputed=True,
            disagreements=["Evening Courier says no compromise was found; the analysis calls the session productive"],
            citations=[
                _cite("ushakov_briefing", "Ushakov called the talks useful today.", "today", ref),
                _cite("Analysis 2025", "Dmitriev labeled the session productive.", "", ref, corroborating=True),
            ],
        ),
        Event(
            id="2026-Q2-summit",
            start=D(2026, 4, 1),
            end=D(2026, 6, 30),
            granularity="quarter",
            value="2026-Q2",
            summary="Putin–Trump summit",
            status="planned",
            citations=[_cite("Analysis 2025", "A summit is tentatively planned for April–June 2026.",
                             "April–June 2026", ref, status="planned")],
        ),
        Event(
            id="2026-mid-factory-opening",
            start=D(2026, 5, 1),
            end=D(2026, 8, 31),
            granularity="year",
            value="2026",
            mod="MID",
            summary="New factory opens in Ohio",
            status="postponed",
            citations=[_cite("ushakov_briefing", "The opening of the Ohio factory was pushed back to mid-2026.",
                             "mid-2026", ref, status="postponed")],
        ),
    ]
    return Timeline(title="Ukraine peace talks", generated=ref, documents=documents, events=events)


# Strings written to escape from HTML, Markdown, Mermaid and JSON embedded in a page.
HOSTILE = [
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "<javascript:alert(2)>",
    "| a | b | `code` ``` ~~~",
    "# not a heading",
    "> not a quote",
    "- not a list",
    "1. not numbered",
    "**bold** _em_ ~~strike~~ $x^2$",
    "[^kremlin-talks] [ref]: https://evil.example",
    "&lt;entity&gt; &amp; <b>raw</b> <!-- comment -->",
    "mermaid : colon ; semi # hash %% comment --> arrow \"quoted\" 'single'",
    "line one\nsection two\ntitle three\n    indented code",
    "</script><script>alert(3)</script>",
    "javascript:alert(4)",
    "\\ backslash at end \\",
]


def hostile_timeline() -> Timeline:
    ref = D(2025, 12, 3)
    evil_id = 'evil](javascript:alert(1)) "doc"'
    documents = [
        DocumentInfo(
            id=evil_id,
            title="<img src=x onerror=alert(1)> [title](javascript:alert(1))",
            publisher="<script>alert('pub')</script> | Publisher",
            url="javascript:alert(1)",
            published=ref,
            path="seeds/evil.txt",
            reference_date=ref,
        ),
        DocumentInfo(
            id="quote-breaker",
            title='He said "hi" & left # %% :',
            publisher="`Backtick` Times",
            url='https://evil.example/a"onmouseover="alert(1)<b>',
            published=ref,
            path="seeds/quote-breaker.txt",
            reference_date=ref,
        ),
        DocumentInfo(
            id="plain",
            title="A plain source",
            publisher="Plain Press",
            url="https://plain.example.org/story?a=1&b='2'&c=(3)*[x]",
            published=ref,
            path="seeds/plain.txt",
            reference_date=ref,
        ),
    ]
    events = []
    for number, text in enumerate(HOSTILE, start=1):
        day = D(2025, 1, 1) + dt.timedelta(days=number * 20)
        document = (evil_id, "quote-breaker", "plain")[number % 3]
        events.append(
            Event(
                id=f'{day.isoformat()}-"><script>alert({number})</script>',
                start=day,
                end=day,
                granularity="day",
                value=day.isoformat(),
                summary=text,
                status=("reported", "planned", "cancelled")[number % 3],
                disputed=number % 4 == 0,
                disagreements=[f"Sources disagree: {text}"] if number % 4 == 0 else [],
                citations=[
                    Citation(
                        document=document,
                        quote=f"Quote {number}: {text}",
                        expression=text[:12],
                        start=0,
                        end=12,
                        reference_date=ref,
                    ),
                    Citation(
                        document="plain",
                        quote=f"Another view of {text}",
                        expression="",
                        start=0,
                        end=0,
                        reference_date=ref,
                        corroborating=True,
                    ),
                ],
            )
        )
    return Timeline(
        title="<script>alert('title')</script> # Hostile | timeline : %% ;",
        generated=ref,
        documents=documents,
        events=events,
    )


def empty_timeline() -> Timeline:
    return Timeline(title="Nothing yet", generated=D(2025, 12, 3), documents=[], events=[])


# name -> builder; the golden files are named after these keys.
FIXTURE_TIMELINES = {
    "small": small_timeline,
    "hostile": hostile_timeline,
    "empty": empty_timeline,
}


def long_token_timeline() -> Timeline:
    """The small fixture with a 320-character token in a summary, its quotes, a title and a URL."""
    token = "x" * 40 + "-" + "Unbrokenwordwithoutanyspaces" * 10
    timeline = small_timeline()
    event = timeline.events[6]
    event = event.model_copy(
        update={
            "summary": f"Talks {token}",
            "citations": [c.model_copy(update={"quote": f"Quote {token}"}) for c in event.citations],
        }
    )
    first = timeline.documents[0].model_copy(update={"title": f"T{token}", "url": "https://example.org/" + "a" * 300})
    return timeline.model_copy(
        update={"events": [*timeline.events[:6], event, *timeline.events[7:]], "documents": [first, *timeline.documents[1:]]}
    )
