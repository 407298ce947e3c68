"""Command line: ``timeline build``, ``timeline tag`` and ``timeline schema``.

A thin layer over the library (timeline.ingest, timeline.pipeline, timeline.temporal,
timeline.render). This is the only module that prints. Exit status: 0 success, 1 bad input,
2 bad usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from timeline import __version__
from timeline.errors import InputError, InputErrors, UsageError
from timeline.temporal.dateorder import DATE_ORDERS, LANGUAGE_TAG_FIX, order_of_language, region_of_language

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2

DATE_ORDER_HELP = (
    "which number of 03/04/2025 is the day: MDY (US), DMY, or auto (the article's own dates decide); "
    "default: from each article's 'language' (en-US: MDY; en-GB, en-IN and other regions: DMY; en: auto)"
)


def iso_date(text: str) -> dt.date:
    # (--now) YYYY-MM-DD as the help says: fromisoformat alone would also take a week, '2025-W41', as its Monday
    try:
        if len(text) == 10 and text[4] == text[7] == "-":
            return dt.date.fromisoformat(text)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"{text!r} is not a date; write YYYY-MM-DD")


def reference_date(text: str) -> dt.date:
    """--reference-date: a day as 'published' gives one (YYYY-MM-DD, not before 1800)."""
    from timeline.ingest import PublishedError, parse_reference_date

    try:
        return parse_reference_date(text)
    except PublishedError as err:
        raise argparse.ArgumentTypeError(f"{err.problem}; {err.fix}") from None


def counted(number: int, noun: str) -> str:
    """'1 event', '0 events', '5 documents': a count with its noun in the right number."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    from timeline.render import DEFAULT_FORMATS, FORMATS

    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Turn news articles into a sourced chronology (JSON, Markdown, HTML, PDF).",
    )
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    build = commands.add_parser(
        "build",
        help="build the timeline of a set of articles",
        description="Read articles, find and resolve their dates, merge the events and write the timeline.",
    )
    build.add_argument("inputs", nargs="*", metavar="INPUT", help="article files or folders (.txt, .md); default: seeds/")
    build.add_argument("-o", "--output", metavar="OUTDIR", default="output", help="output folder (default: output/)")
    build.add_argument(
        "--format",
        metavar="LIST",
        default=",".join(DEFAULT_FORMATS),
        help=f"comma-separated formats from {', '.join(FORMATS)} (default: {','.join(DEFAULT_FORMATS)})",
    )
    build.add_argument(
        "--reference-date",
        metavar="YYYY-MM-DD",
        type=reference_date,
        help="resolve relative dates against this date in articles whose front matter has no 'published'",
    )
    build.add_argument("--title", metavar="TEXT", help="the timeline's title (default: 'News timeline')")
    build.add_argument(
        "--now",
        metavar="YYYY-MM-DD",
        type=iso_date,
        help="the 'generated' date printed in the outputs (default: SOURCE_DATE_EPOCH, else the newest publication date)",
    )
    build.add_argument(
        "--document-type",
        choices=("news", "narrative"),
        default="news",
        help="resolve relative dates against the publication date (news) or the last date mentioned (narrative)",
    )
    build.add_argument("--date-order", choices=DATE_ORDERS, help=DATE_ORDER_HELP)
    build.add_argument("--templates", metavar="DIR", type=Path, help="folder of templates overriding the built-in ones")
    build.add_argument("--mermaid", action="store_true", help="add a Mermaid timeline block to the Markdown")
    build.add_argument(
        "--no-summary-table", action="store_true", help="leave the key-dates table out of the Markdown"
    )
    build.add_argument(
        "--skip-invalid", action="store_true", help="build from the valid files; list the skipped ones in the report"
    )
    build.add_argument(
        "-j", "--jobs", metavar="N", type=positive_int,
        help="processes that tag the articles (default: one per CPU for large inputs; 1: none besides this one)",
    )
    build.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")

    tag = commands.add_parser(
        "tag",
        help="find and resolve the time expressions of texts",
        description="Print the time expressions of articles as a table, or tag a JSON-lines batch.",
    )
    tag.add_argument("files", nargs="*", metavar="FILE", help="article files to tag (table output)")
    tag.add_argument(
        "--jsonl",
        metavar="IN",
        help="batch mode: read lines of {id, text, reference_date[, language, date_order]} from IN ('-' for stdin), write one line per input",
    )
    tag.add_argument("-o", "--output", metavar="OUT", help="with --jsonl: write to OUT instead of stdout")
    tag.add_argument("--reference-date", metavar="YYYY-MM-DD", type=reference_date, help="for files without 'published'")
    tag.add_argument("--document-type", choices=("news", "narrative"), default="news", help="news (default) or narrative")
    tag.add_argument("--date-order", choices=DATE_ORDERS, help=DATE_ORDER_HELP)
    tag.add_argument(
        "--event-offsets",
        choices=("measure", "date"),
        default="measure",
        help="a count of days or an amount from a happening ('two days after the talks', 'days before the talks'): "
        "'measure' (default), the amount as TimeML tags it, a DURATION; 'date', the days it tells when the text dates "
        "the happening, as a build reads it (and "
        "'over the next week': a span from now, or the coming week)",
    )

    schema = commands.add_parser(
        "schema", help="print the JSON Schema of timeline.json", description="Print the JSON Schema of timeline.json."
    )
    schema.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            return command_build(args)
        if args.command == "tag":
            return command_tag(args)
        return command_schema(args)
    except UsageError as err:
        print(f"timeline {args.command}: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except InputErrors as err:
        for error in err.errors:
            print(f"error: {error.one_line()}", file=sys.stderr)
        return EXIT_INPUT
    except InputError as err:
        print(f"error: {err.one_line()}", file=sys.stderr)
        return EXIT_INPUT


# ----------------------------------------------------------------------------- build


def parse_formats(text: str) -> list[str]:
    from timeline.render import FORMATS

    formats = [f.strip().lower() for f in text.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise UsageError(f"unknown format {', '.join(unknown) or text!r}; choose from {', '.join(FORMATS)}")
    return list(dict.fromkeys(formats))


def check_output_folder(output: Path, inputs: Sequence[str], option: str = "-o OUTDIR") -> None:
    # Checked before any work: a file in the way would otherwise fail the final write, after
    # every article had been tagged and every format rendered.
    for path in (output, *output.parents):
        if path.exists() and not path.is_dir():
            where = "" if path == output else f" (in {output})"
            raise UsageError(
                f"output folder {path}{where} is a file, not a folder: choose another {option}, or remove the file"
            )
    check_writable(output, option)
    out = output.resolve()
    for raw in inputs:
        folder = Path(raw).resolve()
        if not folder.is_dir():  # files name themselves; missing paths are reported by ingest
            continue
        if out == folder or folder in out.parents:
            raise UsageError(
                f"output folder {output} is inside the input folder {raw}; the outputs would be read as articles "
                "next time: choose another -o OUTDIR"
            )


def check_output_file(output: Path) -> None:
    """Refuse, before any work, an -o OUT that is a folder or lies in a folder that cannot be written."""
    if output.is_dir():
        raise UsageError(f"-o {output} is a folder, not a file: name the file to write")
    check_output_folder(output.parent, [], "-o OUT")


def check_writable(output: Path, option: str = "-o OUTDIR") -> None:
    """Refuse, before any work, an output folder that cannot be made or written to.

    The probe is a real file made and removed in the folder, or in its nearest existing parent
    when the folder is still to be made: permissions, read-only mounts and full disks all show.
    """
    base = output
    while not base.exists() and base != base.parent:
        base = base.parent
    try:
        handle, probe = tempfile.mkstemp(dir=base, prefix=".timeline-write-check.")
    except OSError as error:
        reason = error.strerror or type(error).__name__
        where = "" if base == output else f" (its parent {base})"
        raise UsageError(
            f"output folder {output}{where} cannot be written: {reason}; "
            f"choose another {option}, or make it writable"
        ) from error
    os.close(handle)
    os.unlink(probe)


# On a pipe, a build still at work says so this often (seconds): one long article is one step of
# the tagging, and a log would otherwise show nothing until the build ends.
STILL_WORKING_EVERY = 30.0


class Progress:
    """A progress bar on a terminal; on a pipe, a line per tenth of the work, and a line every
    ``STILL_WORKING_EVERY`` seconds while the build is still at work (``still_working``); nothing
    when quiet."""

    def __init__(self, stream: TextIO, quiet: bool, label: str):
        self.stream, self.quiet, self.label = stream, quiet, label
        self.tty = stream.isatty()
        self.last_tenth = -1
        self.stage, self.done, self.total = label, 0, 0
        self.started = time.monotonic()
        self._stop = threading.Event()
        self._beat: threading.Thread | None = None

    def __enter__(self) -> Progress:
        if not self.quiet and not self.tty:
            self._beat = threading.Thread(target=self._still_working_loop, daemon=True)
            self._beat.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        if self._beat is not None:
            self._beat.join()

    def _still_working_loop(self) -> None:
        while not self._stop.wait(STILL_WORKING_EVERY):
            self.still_working(time.monotonic() - self.started)

    def still_working(self, elapsed: float) -> None:
        """The line a pipe gets while a build is at work: its stage, its count, the time so far."""
        count = f" {self.done}/{self.total}" if self.stage == self.label and self.total else ""
        self.stream.write(f"{self.stage}:{count} still working, {elapsed:.0f} s so far\n")
        self.stream.flush()

    def __call__(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        if done == total:
            self.stage = "merging and writing"
        if self.quiet or total == 0:
            return
        if self.tty:
            width = 30
            filled = width * done // total
            self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
            if done == total:
                self.stream.write("\n")
            self.stream.flush()
        elif total >= 20:
            tenth = 10 * done // total
            if tenth != self.last_tenth:
                self.last_tenth = tenth
                self.stream.write(f"{self.label}: {done}/{total}\n")
                self.stream.flush()


def write_outputs_atomically(outdir: Path, files: dict[str, bytes]) -> None:
    """Write every file to a temporary name first, then rename them all into place.

    A failure before the renames leaves the folder as it was; a crash never leaves a
    half-written file under a final name.
    """
    outdir.mkdir(parents=True, exist_ok=True)
    # Temporary files are created private (0600); published files get the usual mode.
    umask = os.umask(0)
    os.umask(umask)
    mode = 0o666 & ~umask
    temporaries: list[tuple[Path, Path]] = []
    try:
        for name, data in files.items():
            handle = tempfile.NamedTemporaryFile(dir=outdir, prefix=f".{name}.", suffix=".tmp", delete=False)
            temporaries.append((Path(handle.name), outdir / name))
            with handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(handle.name, mode)
        for temporary, final in temporaries:
            os.replace(temporary, final)
    finally:
        for temporary, _ in temporaries:
            temporary.unlink(missing_ok=True)


def command_build(args: argparse.Namespace) -> int:
    from timeline.ingest import load_articles
    from timeline.pipeline import build_timeline
    from timeline.render import FORMATS, RenderOptions, render_many

    formats = parse_formats(args.format)
    inputs = args.inputs or ["seeds"]
    output = Path(args.output)
    check_output_folder(output, inputs)
    if args.templates is not None and not args.templates.is_dir():
        raise UsageError(f"--templates {args.templates}: no such folder")

    articles, skipped = load_articles(inputs, reference_date=args.reference_date, skip_invalid=args.skip_invalid)
    for item in skipped:
        if not args.quiet:
            print(f"skipped: {item.where()}: {item.error}", file=sys.stderr)
    with Progress(sys.stderr, args.quiet, "tagging") as progress:
        timeline = build_timeline(
            articles,
            title=args.title,
            now=args.now,
            document_type=args.document_type,
            date_order=args.date_order,
            skipped=skipped,
            progress=progress,
            jobs=args.jobs,
        )
        options = RenderOptions(templates_dir=args.templates, mermaid=args.mermaid, summary_table=not args.no_summary_table)
        rendered = {FORMATS[fmt]: data for fmt, data in render_many(timeline, formats, options).items()}
    write_outputs_atomically(output, rendered)
    if not args.quiet:
        print(
            f"{counted(len(timeline.events), 'event')} from {counted(len(timeline.documents), 'document')}"
            + (f" ({len(skipped)} skipped)" if skipped else ""),
            file=sys.stderr,
        )
        for name in rendered:
            print(f"wrote {output / name}", file=sys.stderr)
    return EXIT_OK


# ------------------------------------------------------------------------------- tag


def command_tag(args: argparse.Namespace) -> int:
    if args.jsonl and args.files:
        raise UsageError("give FILE arguments or --jsonl IN, not both")
    if args.jsonl:
        return tag_jsonl(args)
    if not args.files:
        raise UsageError("name the files to tag, or use --jsonl IN")
    if args.output:
        raise UsageError("-o/--output goes with --jsonl")
    from timeline.ingest import load_articles
    from timeline.pipeline import tag_article

    articles, _ = load_articles(args.files, reference_date=args.reference_date)
    for article in articles:
        timexes = tag_article(article, args.document_type, args.date_order, args.event_offsets)
        print(f"{article.path}  (reference date {article.reference_date}, {len(timexes)} expressions)")
        rows = [("offset", "text", "type", "value", "interval", "resolved against")]
        for t in timexes:
            interval = f"{t.interval.first}..{t.interval.last}" if t.interval else "-"
            # offsets into the body as the file writes it, as timeline.json gives them
            anchor = t.anchor
            if anchor.startswith("timex:") and anchor[6:].isdigit():
                anchor = f"timex:{article.file_offset(int(anchor[6:]))}"
            rows.append((str(article.file_offset(t.start)), t.text, t.type, t.value, interval, anchor))
        widths = [min(40, max(len(row[i]) for row in rows)) for i in range(len(rows[0]))]
        for row in rows:
            cells = [cell if len(cell) <= 40 else cell[:39] + "…" for cell in row]
            print("  " + "  ".join(cell.ljust(width) for cell, width in zip(cells, widths)).rstrip())
        print()
    return EXIT_OK


def tag_jsonl(args: argparse.Namespace) -> int:
    from timeline.ingest import language_tag_problem, parse_reference_date
    from timeline.temporal import tag

    if args.output:
        check_output_file(Path(args.output))
    source = sys.stdin if args.jsonl == "-" else None
    if source is None:
        path = Path(args.jsonl)
        if not path.is_file():
            raise InputError(args.jsonl, "no such file", "check the path given to --jsonl")
        source = path.open(encoding="utf-8", errors="strict")
    failures = 0
    out_lines: list[str] = []
    with source:
        for number, line in enumerate(source, start=1):
            if not line.strip():
                continue
            try:
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as err:
                    raise ValueError(f"not valid JSON ({err.msg} at column {err.colno})") from None
                if not isinstance(record, dict):
                    raise ValueError("the line is not a JSON object")
                missing = [k for k in ("id", "text") if k not in record]
                if missing:
                    raise ValueError(f"missing key {', '.join(missing)}")
                if not isinstance(record["text"], str):
                    raise ValueError("'text' is not a string")
                reference = record.get("reference_date")
                if reference is not None:
                    try:
                        reference = parse_reference_date(str(reference))
                    except ValueError as err:  # (the fix is the line's form, said below)
                        raise ValueError(f"reference_date {err}") from None
                language = record.get("language")
                if language is not None:
                    problem = language_tag_problem(language) if isinstance(language, str) else \
                        (f"{language!r} is not a language tag", LANGUAGE_TAG_FIX)
                    if problem is not None:
                        raise ValueError(f"language {problem[0]}; {problem[1]}")
                date_order = record.get("date_order", args.date_order or order_of_language(language))
                if date_order not in DATE_ORDERS:
                    raise ValueError(f"date_order {date_order!r} is not one of {', '.join(DATE_ORDERS)}")
            except (ValueError, TypeError) as err:
                failures += 1
                print(
                    f"error: {'stdin' if args.jsonl == '-' else args.jsonl}:{number}: {err}; write each line as "
                    '{"id": ..., "text": "...", "reference_date": "YYYY-MM-DD"}',
                    file=sys.stderr,
                )
                continue
            timexes = tag(record["text"], reference, document_type=args.document_type, date_order=date_order,
                          region=region_of_language(language), event_offsets=args.event_offsets)
            out_lines.append(
                json.dumps(
                    {
                        "id": record["id"],
                        "timexes": [
                            {
                                "start": t.start,
                                "end": t.end,
                                "text": t.text,
                                "type": t.type,
                                "value": t.value,
                                "interval": [t.interval.first.isoformat(), t.interval.last.isoformat()]
                                if t.interval
                                else None,
                            }
                            for t in timexes
                        ],
                    },
                    ensure_ascii=False,
                )
            )
    text = "".join(line + "\n" for line in out_lines)
    if args.output:
        write_outputs_atomically(Path(args.output).parent, {Path(args.output).name: text.encode("utf-8")})
    else:
        sys.stdout.write(text)
    return EXIT_INPUT if failures else EXIT_OK


# ---------------------------------------------------------------------------- schema


def timeline_schema() -> dict:
    from timeline.models import Timeline

    schema = Timeline.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "timeline.schema.json"
    return schema


def command_schema(args: argparse.Namespace) -> int:
    text = json.dumps(timeline_schema(), indent=2, sort_keys=True) + "\n"
    if args.output:
        write_outputs_atomically(Path(args.output).parent, {Path(args.output).name: text.encode("utf-8")})
    else:
        sys.stdout.write(text)
    return EXIT_OK
