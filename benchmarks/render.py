"""How long rendering takes: 100 and 1,000 events to PDF, with HTML and Markdown beside it.

Run from the repository root::

    .venv/bin/python -m benchmarks.render                       # 100 and 1000 events
    .venv/bin/python -m benchmarks.render --sizes 100 --repeat 5
    .venv/bin/python -m benchmarks.render > benchmarks/results/render.txt   # refresh the result

The timelines are generated (``synthetic_timeline``, seeded, so every run renders the same
thing): 20 sources; events a few days apart over the years, at every granularity from a day
to a decade; one to four citations each, with quotes of 8 to 40 words and the time
expression; about one in ten planned, one in twenty cancelled, one in fifteen disputed with
a disagreement. Each format goes through the public ``timeline.render.render`` (context,
template environment and renderer: the same path the CLI takes). The time shown is the best
of ``--repeat`` runs (PDF: of ``--pdf-repeat`` runs), wall clock, after one warm-up render
of a small timeline so imports and font loading are not counted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import platform
import random
import sys
import time

from timeline.models import Citation, DocumentInfo, Event, Timeline
from timeline.render import render

WORDS = (
    "talks minister delegation agreed ceasefire proposal border envoy summit officials said "
    "negotiators plan security guarantees sanctions president meeting capital statement "
    "parliament vote reforms agreement draft points territory prisoners exchange aid"
).split()
GRAINS = ("day", "day", "day", "day", "week", "month", "month", "quarter", "year", "decade")


def _interval(day: dt.date, grain: str) -> tuple[dt.date, dt.date]:
    if grain == "day":
        return day, day
    if grain == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6)
    if grain == "month":
        following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return day.replace(day=1), following - dt.timedelta(days=1)
    if grain == "quarter":
        first_month = (day.month - 1) // 3 * 3 + 1
        start = day.replace(month=first_month, day=1)
        end_month = first_month + 2
        following = dt.date(day.year + (end_month == 12), end_month % 12 + 1, 1)
        return start, following - dt.timedelta(days=1)
    if grain == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    decade = day.year // 10 * 10
    return dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31)


def synthetic_timeline(events: int, seed: int = 5) -> Timeline:
    """A generated timeline of ``events`` events (same seed, same timeline)."""
    rnd = random.Random(seed)
    published = dt.date(2025, 12, 3)
    documents = [
        DocumentInfo(
            id=f"source-{n:02d}",
            title=f"{rnd.choice(WORDS).capitalize()} {rnd.choice(WORDS)} and {rnd.choice(WORDS)}",
            publisher=f"Publisher {n}",
            url=f"https://news.example.org/{2025 - n % 3}/{n:02d}/story",
            published=published - dt.timedelta(days=n),
            path=f"articles/source-{n:02d}.txt",
            reference_date=published - dt.timedelta(days=n),
        )
        for n in range(20)
    ]
    day = dt.date(2015, 1, 1)
    result = []
    for number in range(events):
        day += dt.timedelta(days=rnd.randint(1, 9))
        grain = rnd.choice(GRAINS)
        start, end = _interval(day, grain)
        citations = []
        for _ in range(rnd.randint(1, 4)):
            doc = rnd.choice(documents)
            quote = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(8, 40))).capitalize() + "."
            citations.append(
                Citation(
                    document=doc.id,
                    quote=quote,
                    expression="on Tuesday",
                    start=0,
                    end=10,
                    reference_date=doc.reference_date,
                    value=start.isoformat(),
                )
            )
        status = "planned" if number % 10 == 3 else "cancelled" if number % 20 == 7 else "reported"
        disputed = number % 15 == 11
        summary = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(5, 14))).capitalize()
        result.append(
            Event(
                id=f"{start.isoformat()}-event-{number}",
                start=start,
                end=end,
                granularity=grain,
                value=start.isoformat(),
                summary=summary,
                status=status,
                disputed=disputed,
                disagreements=["One source gives another date for this."] if disputed else [],
                citations=citations,
            )
        )
    result.sort(key=lambda e: (e.start, e.end, e.id))
    return Timeline(title=f"Synthetic chronology of {events} events", generated=published, documents=documents, events=result)


def best_time(timeline: Timeline, fmt: str, repeat: int) -> tuple[float, bytes]:
    best, output = float("inf"), b""
    for _ in range(repeat):
        started = time.perf_counter()
        output = render(timeline, fmt)
        best = min(best, time.perf_counter() - started)
    return best, output


def weasyprint_version() -> str:
    import weasyprint

    return weasyprint.__version__


def pdf_pages(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000], help="numbers of events (default 100 1000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per Markdown/HTML measurement; the best counts")
    parser.add_argument("--pdf-repeat", type=int, default=1, help="runs per PDF measurement; the best counts")
    args = parser.parse_args(argv)

    for fmt in ("md", "html", "pdf"):  # warm-up: imports, templates, fonts
        render(synthetic_timeline(5), fmt)

    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print("# Render time by format (benchmarks/render.py)")
    print(f"# Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs, load average {load} at start")
    print(f"# best of {args.repeat} runs (PDF: best of {args.pdf_repeat}); WeasyPrint {weasyprint_version()}")
    print()
    header = f"{'events':>7}  {'citations':>9}  {'format':<6}  {'seconds':>8}  {'ms/event':>8}  {'output':>10}  {'pages':>5}"
    print(header)
    print("-" * len(header))
    for size in args.sizes:
        timeline = synthetic_timeline(size)
        citations = sum(len(e.citations) for e in timeline.events)
        for fmt in ("md", "html", "pdf"):
            seconds, data = best_time(timeline, fmt, args.pdf_repeat if fmt == "pdf" else args.repeat)
            pages = str(pdf_pages(data)) if fmt == "pdf" else ""
            print(
                f"{size:>7}  {citations:>9}  {fmt:<6}  {seconds:>8.3f}  {1000 * seconds / size:>8.2f}  "
                f"{len(data) / 1024:>8.0f}KB  {pages:>5}"
            )
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
