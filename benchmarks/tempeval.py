"""TempEval-3 Task A benchmark: our temporal tagger against dateparser's ``search_dates``.

Run from the repository root::

    .venv/bin/python -m benchmarks.tempeval                 # full corpus, both systems
    .venv/bin/python -m benchmarks.tempeval --limit 20 --no-baseline --errors /tmp/errors.txt

It reads the TempEval-3 training corpus (``../shared/data/tbaq_train.jsonl`` beside the
repository unless ``--data`` says otherwise; the data is never copied into the repository),
tags every document with the reference date set to its ``dct``, and prints strict and relaxed
span P/R/F1, type and value F1, per-type scores, throughput and peak memory for each system.
The metrics are in ``benchmarks/metrics.py``; the baseline in ``benchmarks/dateparser_baseline.py``.

How time and memory are measured (each system in its own fresh subprocess, one after the other,
so neither sees the other's imports, caches or memory):

* time: wall-clock (``time.perf_counter``) of the loop that tags every document, after imports
  and data loading, run ``--repeat`` times (default 3); the fastest run is reported (other load on
  the machine only ever slows a run down) and the slowest beside it. The first run includes the
  warm-up (regex compilation, lazy tables). Import time is reported separately.
* peak RSS: ``resource.getrusage(RUSAGE_SELF).ru_maxrss`` of the subprocess after the timed loop
  (interpreter + imports + corpus + tagging), and the same figure just before the loop, so the
  difference is what tagging added.
* Python heap peak: a second, untimed pass over the same documents under ``tracemalloc``
  (caches already warm from the first pass); skipped with ``--no-tracemalloc``.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import importlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # allow `python benchmarks/tempeval.py` as well as `-m`
    sys.path.insert(0, str(ROOT))

from benchmarks.metrics import (  # noqa: E402
    ERROR_KINDS,
    TIMEX_TYPES,
    Counts,
    MatchError,
    Mention,
    Scores,
    broad_class,
    count_document,
    find_errors,
    shape,
    summarise,
    value_shape,
)

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "tbaq_train.jsonl"
DEFAULT_TAGGER = "timeline.temporal:tag"
SYSTEMS = ("ours", "dateparser")
CONTEXT = 40


class BenchmarkError(Exception):
    """A problem with the input or a system, explained for the person running the benchmark."""


# ------------------------------------------------------------------------------- corpus

@dataclass(frozen=True)
class Document:
    id: str
    text: str
    dct: dt.date
    gold: list[Mention]


def load_corpus(path: Path, limit: int | None = None) -> list[Document]:
    """Read the JSON-lines corpus; a bad line fails with its file and line number."""
    if not path.is_file():
        raise BenchmarkError(
            f"corpus not found: {path}\n  (expected the TempEval-3 JSON lines file; pass its path with --data)"
        )
    documents = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if limit is not None and len(documents) >= limit:
                break
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record["text"]
                gold = [
                    Mention(t["start"], t["end"], t["type"], t["value"], t["text"]) for t in record["timexes"]
                ]
                documents.append(Document(record["id"], text, dt.date.fromisoformat(record["dct"]), gold))
            except (ValueError, KeyError, TypeError) as error:
                raise BenchmarkError(
                    f"{path}:{number}: not a corpus record ({type(error).__name__}: {error}); "
                    'expected {"id", "text", "dct": "YYYY-MM-DD", "timexes": [{"start", "end", "text", "type", "value"}]}'
                ) from error
    return documents


# ------------------------------------------------------------------------ worker process

def load_tagger(spec: str) -> Callable[..., Any]:
    """Import ``module:function`` (by default our tagger, ``timeline.temporal:tag``)."""
    module_name, _, function_name = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
        return getattr(module, function_name or "tag")
    except (ImportError, AttributeError) as error:
        raise BenchmarkError(f"cannot load the tagger {spec!r}: {error}") from error


def make_system(name: str, tagger_spec: str) -> Callable[[Document], list[Mention]]:
    """A function document -> mentions for one of the benchmarked systems."""
    if name == "ours":
        tag = load_tagger(tagger_spec)

        def run_ours(document: Document) -> list[Mention]:
            return [
                Mention(t.start, t.end, t.type, t.value, t.text, getattr(t, "rule", ""))
                for t in tag(document.text, document.dct, document_type="news")
            ]

        return run_ours
    from benchmarks.dateparser_baseline import DateparserBaseline

    baseline = DateparserBaseline()

    def run_baseline(document: Document) -> list[Mention]:
        return baseline.tag(document.text, document.dct)

    return run_baseline


def run_worker(name: str, data: Path, limit: int | None, tagger_spec: str, trace: bool, out: Path,
               repeat: int = 1) -> None:
    """Tag the corpus with one system inside this process and write predictions and costs as JSON."""
    started = time.perf_counter()
    system = make_system(name, tagger_spec)
    documents = load_corpus(data, limit)
    setup_seconds = time.perf_counter() - started
    rss_before_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    predictions: dict[str, list[list[Any]]] = {}
    crashes: list[dict[str, str]] = []
    times = []
    for _ in range(repeat):
        crashes = []
        started = time.perf_counter()
        for document in documents:
            try:
                mentions = system(document)
            except Exception as error:  # one document's crash must not hide the other documents' scores
                crashes.append({"id": document.id, "error": f"{type(error).__name__}: {error}"})
                mentions = []
            predictions[document.id] = [[m.start, m.end, m.type, m.value, m.text, m.rule] for m in mentions]
        times.append(time.perf_counter() - started)
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    heap_peak = None
    if trace:
        tracemalloc.start()
        for document in documents:
            try:
                system(document)
            except Exception:
                pass  # already recorded in the timed pass
        heap_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()

    out.write_text(
        json.dumps(
            {
                "system": name,
                "documents": len(documents),
                "setup_seconds": setup_seconds,
                "seconds": min(times),
                "all_seconds": times,
                "rss_before_kb": rss_before_kb,
                "rss_kb": rss_kb,
                "heap_peak_bytes": heap_peak,
                "crashes": crashes,
                "predictions": predictions,
            }
        ),
        encoding="utf-8",
    )


def run_in_subprocess(name: str, args: argparse.Namespace) -> dict[str, Any]:
    """Run one system in a fresh interpreter (for honest per-system time and peak memory)."""
    with tempfile.TemporaryDirectory(prefix="tempeval-") as tmp:
        out = Path(tmp) / f"{name}.json"
        command = [sys.executable, "-m", "benchmarks.tempeval", "--worker", name, "--data", str(args.data),
                   "--tagger", args.tagger, "--out", str(out)]
        if args.limit is not None:
            command += ["--limit", str(args.limit)]
        if args.no_tracemalloc:
            command.append("--no-tracemalloc")
        command += ["--repeat", str(args.repeat)]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        if done.returncode != 0:
            raise BenchmarkError(f"the {name} system failed (exit {done.returncode}):\n{done.stderr.strip()}")
        return json.loads(out.read_text(encoding="utf-8"))


# ------------------------------------------------------------------------------- report

@dataclass
class SystemResult:
    name: str
    run: dict[str, Any]
    scores: Scores
    errors: list[tuple[Document, MatchError]]
    invalid_spans: int


def evaluate(name: str, run: dict[str, Any], documents: list[Document]) -> SystemResult:
    """Score one system's predictions against the gold annotation and collect its errors."""
    total = Counts()
    errors = []
    invalid = 0
    for document in documents:
        system = [Mention(*row) for row in run["predictions"].get(document.id, [])]
        invalid += sum(document.text[m.start:m.end] != m.text or not 0 <= m.start < m.end for m in system)
        total = total + count_document(document.gold, system)
        errors += [(document, error) for error in find_errors(document.gold, system)]
    return SystemResult(name, run, summarise(total), errors, invalid)


def pct(x: float) -> str:
    return f"{100 * x:6.1f}"


def format_report(results: list[SystemResult], documents: list[Document], data: Path, tagger: str) -> str:
    """The printed report: header, overall table, per-type tables, cost table."""
    n_kb = sum(len(d.text.encode("utf-8")) for d in documents) / 1024
    lines = [
        f"TempEval-3 Task A, {data.name}: {len(documents)} documents, "
        f"{sum(len(d.gold) for d in documents)} gold TIMEX3, {n_kb:.1f} KB of text",
        f"ours: {tagger} at {_tagger_version()}; run {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC on "
        f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}",
        "reference date = each document's dct; relaxed = one-to-one overlap; attribute F1 = relaxed F1 x accuracy;",
        "values compared as exact case-sensitive strings. Scores in %.",
        "",
    ]
    header = f"{'':28}" + "".join(f"{r.name:>12}" for r in results)
    lines.append(header)
    rows: list[tuple[str, Callable[[SystemResult], str]]] = [
        ("expressions found", lambda r: f"{r.scores.system:6d}"),
        ("strict span    P", lambda r: pct(r.scores.strict.precision)),
        ("               R", lambda r: pct(r.scores.strict.recall)),
        ("               F1", lambda r: pct(r.scores.strict.f1)),
        ("relaxed span   P", lambda r: pct(r.scores.relaxed.precision)),
        ("               R", lambda r: pct(r.scores.relaxed.recall)),
        ("               F1", lambda r: pct(r.scores.relaxed.f1)),
        ("type           accuracy", lambda r: pct(r.scores.type_accuracy)),
        ("               F1", lambda r: pct(r.scores.type_f1)),
        ("value          accuracy", lambda r: pct(r.scores.value_accuracy)),
        ("               F1", lambda r: pct(r.scores.value_f1)),
    ]
    for label, cell in rows:
        lines.append(f"{label:28}" + "".join(f"{cell(r):>12}" for r in results))

    for result in results:
        lines += ["", f"per type, {result.name} (relaxed span; recall by gold type, precision by system type)",
                  f"{'type':10}{'gold':>7}{'found':>7}{'P':>8}{'R':>8}{'F1':>8}{'value acc':>11}"]
        for kind in TIMEX_TYPES:
            score = result.scores.per_type[kind]
            lines.append(
                f"{kind:10}{score.gold:7d}{score.system:7d}{pct(score.relaxed.precision):>8}"
                f"{pct(score.relaxed.recall):>8}{pct(score.relaxed.f1):>8}{pct(score.value_accuracy):>11}"
            )

    lines += ["", "cost (each system alone in a fresh subprocess; see benchmarks/tempeval.py)", header]
    cost_rows: list[tuple[str, Callable[[SystemResult], str]]] = [
        (f"tagging time s (best of {len(results[0].run['all_seconds'])})", lambda r: f"{r.run['seconds']:.2f}"),
        ("  slowest run s", lambda r: f"{max(r.run['all_seconds']):.2f}"),
        ("documents/s", lambda r: f"{r.run['documents'] / r.run['seconds']:.1f}"),
        ("KB/s", lambda r: f"{n_kb / r.run['seconds']:.1f}"),
        ("ms/document", lambda r: f"{1000 * r.run['seconds'] / max(1, r.run['documents']):.2f}"),
        ("imports + load s", lambda r: f"{r.run['setup_seconds']:.2f}"),
        ("peak RSS MB", lambda r: f"{r.run['rss_kb'] / 1024:.1f}"),
        ("  of which before tagging", lambda r: f"{r.run['rss_before_kb'] / 1024:.1f}"),
        ("Python heap peak MB", lambda r: "-" if r.run["heap_peak_bytes"] is None
         else f"{r.run['heap_peak_bytes'] / 2**20:.2f}"),
        ("documents that crashed", lambda r: f"{len(r.run['crashes'])}"),
        ("spans with bad offsets", lambda r: f"{r.invalid_spans}"),
    ]
    for label, cell in cost_rows:
        lines.append(f"{label:28}" + "".join(f"{cell(r):>12}" for r in results))
    lines.append("(Python heap peak: tracemalloc over a second, untimed pass of the tagging loop)")
    ratio = None
    if len(results) == 2:
        ours, baseline = results
        ratio = baseline.run["seconds"] / ours.run["seconds"]
        lines.append(f"throughput ratio ours / dateparser: {ratio:.1f}x")
    # issue 3's targets (and HeidelTime's figures) are for the TempEval-3 training corpus only
    if data.name == DEFAULT_DATA.name:
        lines += ["", *_against_targets(results[0].scores, ratio)]
    return "\n".join(lines) + "\n"


# Issue 3's targets, and HeidelTime's figures on this corpus as given in ../shared/data/README.md.
TARGETS = (("strict span F1", 0.85), ("relaxed span F1", 0.92), ("value F1", 0.85))
HEIDELTIME = "HeidelTime 2.2 on this corpus (data README): strict 84.1, relaxed 92.1, type 88.0, value 77.4"


def _against_targets(scores: Scores, ratio: float | None) -> list[str]:
    """One line per target of issue 3, with whether ours meets it."""
    achieved = {"strict span F1": scores.strict.f1, "relaxed span F1": scores.relaxed.f1, "value F1": scores.value_f1}
    lines = [f"targets (issue 3) for ours; {HEIDELTIME}"]
    for name, target in TARGETS:
        verdict = "met" if achieved[name] >= target else "NOT met"
        lines.append(f"  {name:18} {100 * achieved[name]:5.1f} >= {100 * target:.0f}  {verdict}")
    if ratio is not None:
        lines.append(f"  {'throughput':18} {ratio:5.1f}x >= 5x dateparser  {'met' if ratio >= 5 else 'NOT met'}")
    return lines


def _tagger_version() -> str:
    """The commit the tagger is at, and whether its files have uncommitted changes."""
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "timeline/temporal"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "commit unknown"
    return f"commit {commit}" + (" + uncommitted changes in timeline/temporal" if dirty else "")


# ------------------------------------------------------------------------------- errors

def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT):start]
    right = text[end:end + CONTEXT]
    return " ".join(f"{left}[[{text[start:end]}]]{right}".split())


def _describe(mention: Mention) -> str:
    rule = f" rule={mention.rule}" if mention.rule else ""
    return f"{mention.type} {mention.value} {mention.text!r} @{mention.start}-{mention.end}{rule}"


def _class_of(error: MatchError) -> str:
    """The class an error is counted under in the summary at the top of each section."""
    g, s = error.gold, error.system
    if error.kind == "missed":
        return f"{g.type}  {shape(g.text)}"
    if error.kind == "false_positive":
        return f"{s.type}  {shape(s.text)}" + (f"  [{s.rule}]" if s.rule else "")
    if error.kind == "span":
        return f"{shape(g.text)!r} vs ours {shape(s.text)!r}"
    if error.kind == "type":
        return f"{g.type} -> {s.type}  {shape(g.text)}"
    return f"{shape(g.text)}: {value_shape(g.value)} -> {value_shape(s.value)}{_day_offset(g.value, s.value)}"


def _day_offset(gold: str, ours: str) -> str:
    """' (ours -7d)' when both values are calendar days: shows which way a weekday went wrong."""
    try:
        days = (dt.date.fromisoformat(ours) - dt.date.fromisoformat(gold)).days
    except ValueError:
        return ""
    return f" (ours {days:+d}d)" if len(gold) == len(ours) == 10 else ""


ERROR_TITLES = {
    "missed": "MISSED: gold expressions we did not find",
    "false_positive": "FALSE POSITIVES: expressions we found that the gold annotation does not have",
    "span": "SPAN MISMATCHES: overlapping, but not the same offsets (gold vs ours)",
    "type": "TYPE MISMATCHES (gold -> ours)",
    "value": "VALUE MISMATCHES (gold -> ours; exact string comparison)",
}


def _errors_by_kind(result: SystemResult) -> dict[str, list[tuple[Document, MatchError]]]:
    by_kind: dict[str, list[tuple[Document, MatchError]]] = collections.defaultdict(list)
    for document, error in result.errors:
        by_kind[error.kind].append((document, error))
    return by_kind


def _error_lines(document: Document, error: MatchError) -> list[str]:
    """One error as a few lines: where, gold and/or ours, and the context."""
    g, s = error.gold, error.system
    where = f"{document.id} (dct {document.dct})"
    if error.kind == "missed":
        return [f"- {where} gold {_describe(g)}", f"    {_context(document.text, g.start, g.end)}"]
    if error.kind == "false_positive":
        return [f"- {where} ours {_describe(s)}", f"    {_context(document.text, s.start, s.end)}"]
    return [f"- {where}", f"    gold {_describe(g)}", f"    ours {_describe(s)}",
            f"    {_context(document.text, min(g.start, s.start), max(g.end, s.end))}"]


def format_errors(result: SystemResult, classes_shown: int = 40) -> str:
    """Every error of a system, grouped by kind, each kind opening with its most frequent classes."""
    by_kind = _errors_by_kind(result)
    lines = [f"Errors of {result.name}: " + ", ".join(f"{kind} {len(by_kind[kind])}" for kind in ERROR_KINDS)]
    for crash in result.run["crashes"]:
        lines.append(f"CRASH {crash['id']}: {crash['error']}")
    per_document = collections.Counter(document.id for document, _ in result.errors)
    lines.append("documents with the most errors: "
                 + ", ".join(f"{name} ({count})" for name, count in per_document.most_common(10)))
    for kind in ERROR_KINDS:
        errors = by_kind[kind]
        lines += ["", "=" * 100, f"{ERROR_TITLES[kind]}: {len(errors)}", "=" * 100, "most frequent classes:"]
        for name, count in collections.Counter(_class_of(e) for _, e in errors).most_common(classes_shown):
            lines.append(f"  {count:5d}  {name}")
        lines.append("")
        for document, error in errors:
            lines += _error_lines(document, error)
    return "\n".join(lines) + "\n"


def _spread(members: list[tuple[Document, MatchError]], n: int) -> list[tuple[Document, MatchError]]:
    """Up to n examples, from different documents where the class spans several."""
    seen: set[str] = set()
    distinct = [m for m in members if not (m[0].id in seen or seen.add(m[0].id))]
    return (distinct + [m for m in members if m not in distinct])[:n]


def format_error_summary(result: SystemResult, classes_shown: int = 12, examples: int = 3) -> str:
    """Markdown: per kind of error, its largest classes with counts and a few examples each."""
    by_kind = _errors_by_kind(result)
    lines = [f"# TempEval-3 errors of {result.name}: the largest classes", "",
             f"Written by `python -m benchmarks.tempeval --summary FILE` ({result.run['documents']} documents; "
             f"tagger at {_tagger_version()}). Every error, with context: `--errors FILE`.", "",
             f"Errors of {result.name}: " + ", ".join(f"{kind} {len(by_kind[kind])}" for kind in ERROR_KINDS)
             + f"; documents that crashed: {len(result.run['crashes'])}.", "",
             "## Broad classes", "",
             "A relaxed match can be counted under span, type and value at once. "
             "The classes come from `BROAD_CLASSES` in `benchmarks/metrics.py`.", ""]
    broad: dict[str, list[tuple[Document, MatchError]]] = collections.defaultdict(list)
    for document, error in result.errors:
        broad[broad_class(error)].append((document, error))
    for name, members in sorted(broad.items(), key=lambda item: -len(item[1])):
        lines += [f"**{len(members)}** {name}", "", "```"]
        for document, error in _spread(members, examples):
            lines += _error_lines(document, error)
        lines += ["```", ""]
    lines += ["## Largest fine classes per kind (expression shapes)"]
    for kind in ERROR_KINDS:
        errors = by_kind[kind]
        classes: dict[str, list[tuple[Document, MatchError]]] = collections.defaultdict(list)
        for document, error in errors:
            classes[_class_of(error)].append((document, error))
        largest = sorted(classes.items(), key=lambda item: -len(item[1]))[:classes_shown]
        lines += ["", f"### {ERROR_TITLES[kind]}: {len(errors)}", ""]
        for name, members in largest:
            lines += [f"**{len(members)}** `{name}`", "", "```"]
            for document, error in _spread(members, examples):
                lines += _error_lines(document, error)
            lines += ["```", ""]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------- main

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.tempeval", description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"corpus JSON lines (default {DEFAULT_DATA})")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser (it is slow)")
    parser.add_argument("--errors", type=Path, metavar="FILE", help="write every error of our tagger to FILE")
    parser.add_argument("--summary", type=Path, metavar="FILE",
                        help="write the largest error classes of our tagger, with examples, to FILE (Markdown)")
    parser.add_argument("--tagger", default=DEFAULT_TAGGER, metavar="MODULE:FUNCTION",
                        help=f"the tagger to benchmark as 'ours' (default {DEFAULT_TAGGER})")
    parser.add_argument("--repeat", type=int, default=3, metavar="N",
                        help="time the tagging loop N times and report the fastest (default 3)")
    parser.add_argument("--no-tracemalloc", action="store_true", help="skip the untimed tracemalloc pass")
    parser.add_argument("--worker", choices=SYSTEMS, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        if args.worker:
            run_worker(args.worker, args.data, args.limit, args.tagger, not args.no_tracemalloc, args.out, args.repeat)
            return 0
        documents = load_corpus(args.data, args.limit)
        systems = ["ours"] if args.no_baseline else list(SYSTEMS)
        results = [evaluate(name, run_in_subprocess(name, args), documents) for name in systems]
    except BenchmarkError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(format_report(results, documents, args.data, args.tagger), end="")
    if args.errors:
        args.errors.write_text(format_errors(results[0]), encoding="utf-8")
        print(f"errors of ours written to {args.errors}", file=sys.stderr)
    if args.summary:
        args.summary.write_text(format_error_summary(results[0]), encoding="utf-8")
        print(f"largest error classes of ours written to {args.summary}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
