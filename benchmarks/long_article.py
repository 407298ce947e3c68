"""How one long article scales: a repetitive article of 500 and 2,000 lines, built end to end.

Run from the repository root::

    .venv/bin/python -m benchmarks.long_article                    # 500 and 2,000 lines
    .venv/bin/python -m benchmarks.long_article --lines 500 1000   # other sizes

Each line holds five copies of one sentence ("The truce took effect on Sunday and talks resumed
on Monday."), as a scraped page that repeats its text does: one happening told thousands of
times, so merging makes one cluster of thousands of members, and every full stop is one more
sentence to split. The time of each stage (read, tag and extract, merge; rendering a few entries is no cost) is
printed; a build that grows with the square of the article shows at once as the 2,000-line time
being far above four times the 500-line one. (A timed test would be flaky on a shared machine;
this is a number to read.)
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

SENTENCE = "The truce took effect on Sunday and talks resumed on Monday. "


def write_article(folder: Path, lines: int) -> Path:
    path = folder / f"repetitive-{lines}.md"
    path.write_text("---\npublished: 2025-10-10\n---\n" + "".join(SENTENCE * 5 + "\n" for _ in range(lines)))
    return path


def measure(lines: int) -> dict[str, float]:
    from timeline.ingest import load_articles
    from timeline.merge import merge_mentions
    from timeline.pipeline import tag_and_extract

    times: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = write_article(Path(folder), lines)
        start = time.perf_counter()
        articles, _ = load_articles([path])
        times["read"] = time.perf_counter() - start
        start = time.perf_counter()
        mentions, facts = tag_and_extract(articles, "news", None, True, None, 1)
        times["tag+extract"] = time.perf_counter() - start
        start = time.perf_counter()
        events = merge_mentions(mentions, articles, facts)
        times["merge"] = time.perf_counter() - start
        times["total"] = sum(times.values())
        times["entries"] = len(events)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.long_article", description=__doc__.split("\n")[0])
    parser.add_argument("--lines", type=int, nargs="+", default=[500, 2000], help="article sizes in lines (default 500 2000)")
    args = parser.parse_args(argv)
    print(f"{'lines':>6} {'KB':>6} {'read':>7} {'tag+extract':>12} {'merge':>7} {'total':>7} {'entries':>8}")
    for lines in args.lines:
        t = measure(lines)
        size = len(SENTENCE * 5 + "\n") * lines / 1000
        print(f"{lines:>6} {size:>6.0f} {t['read']:>6.1f}s {t['tag+extract']:>11.1f}s {t['merge']:>6.1f}s "
              f"{t['total']:>6.1f}s {t['entries']:>8.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
