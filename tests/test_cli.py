"""The command line: exit statuses, errors, atomic output, batch tagging, schema, help."""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import jsonschema
import pytest

from timeline.cli import main, timeline_schema, write_outputs_atomically
from timeline.render import DEFAULT_FORMATS, FORMATS

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

ARTICLE = "---\npublished: 2025-12-02\n---\nEnvoys met Putin in the Kremlin on Tuesday. The talks lasted five hours.\n"


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def run(argv, capsys):
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_build_writes_requested_formats_and_json_validates(articles, tmp_path, capsys):
    out = tmp_path / "out"
    status, _, err = run(["build", articles, "-o", out, "--format", "json,md", "--title", "Test"], capsys)
    assert status == 0, err
    assert sorted(p.name for p in out.iterdir()) == ["timeline.json", "timeline.md"]
    data = json.loads((out / "timeline.json").read_text())
    jsonschema.validate(data, timeline_schema())
    assert data["title"] == "Test"
    assert data["documents"][0]["id"] == "a"
    assert "wrote" in err


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Nothing is dated here.", "0 events from 1 document\n"),
        ("Envoys met Putin in the Kremlin on Tuesday.", "1 event from 1 document\n"),
        ("Envoys met on Tuesday. They will meet again on Friday.", "2 events from 1 document\n"),
    ],
)
def test_build_counts_read_in_the_right_number(tmp_path, capsys, body, expected):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(f"---\npublished: 2025-12-03\n---\n{body}\n", encoding="utf-8")
    status, _, err = run(["build", folder, "-o", tmp_path / "out", "--format", "json"], capsys)
    assert status == 0, err
    assert err.startswith(expected)


def test_build_counts_several_documents_in_the_plural(articles, tmp_path, capsys):
    (articles / "b.txt").write_text(ARTICLE.replace("Tuesday", "Monday"), encoding="utf-8")
    status, _, err = run(["build", articles, "-o", tmp_path / "out", "--format", "json"], capsys)
    assert status == 0, err
    assert err.startswith("2 events from 2 documents\n")


def test_build_with_worker_processes_writes_the_same_files(articles, tmp_path, capsys):
    for number in range(3):
        (articles / f"b{number}.txt").write_text(ARTICLE.replace("Tuesday", ("Monday", "Sunday", "Friday")[number]))
    outputs = []
    for jobs in ("1", "3"):
        out = tmp_path / f"out{jobs}"
        status, _, err = run(["build", articles, "-o", out, "--format", "json,md", "--jobs", jobs], capsys)
        assert status == 0, err
        outputs.append({p.name: p.read_bytes() for p in out.iterdir()})
    assert outputs[0] == outputs[1]
    assert b"2025-11-30" in outputs[0]["timeline.json"]  # Sunday's meeting, tagged by a worker


def test_quiet_build_prints_nothing(articles, tmp_path, capsys):
    status, out, err = run(["build", articles, "-o", tmp_path / "o", "--format", "json", "-q"], capsys)
    assert (status, out, err) == (0, "", "")


def test_input_errors_exit_1_name_every_file_and_write_nothing(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE)
    (folder / "bad1.txt").write_text("---\nauthor: x\n---\nText.")
    (folder / "bad2.txt").write_bytes(b"\xff\xfe broken")
    out = tmp_path / "out"
    status, _, err = run(["build", folder, "-o", out], capsys)
    assert status == 1
    assert "bad1.txt:2" in err and "bad2.txt" in err and "good.txt" not in err
    assert not out.exists()


def test_skip_invalid_builds_and_lists_skipped_in_the_report(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE)
    (folder / "bad.txt").write_text("---\npublished: soon\n---\nText.")
    out = tmp_path / "out"
    status, _, err = run(["build", folder, "-o", out, "--format", "json,md", "--skip-invalid"], capsys)
    assert status == 0, err
    data = json.loads((out / "timeline.json").read_text())
    assert [s["path"].endswith("bad.txt") for s in data["skipped"]] == [True]
    assert "bad.txt" in (out / "timeline.md").read_text()


def test_each_skipped_file_is_named_once_with_its_line(tmp_path, capsys):
    folder = tmp_path / "in"
    (folder / "bad").mkdir(parents=True)
    (folder / "good.txt").write_text(ARTICLE)
    (folder / "bad" / "binary.md").write_bytes(b"\xff\xfe\x00 broken")
    out = tmp_path / "out"
    status, _, err = run(["build", folder, "-o", out, "--format", "json,md,html", "--skip-invalid"], capsys)
    assert status == 0, err
    path = f"{folder}/bad/binary.md"
    assert f"skipped: {path}:1: is not UTF-8" in err and err.count(path) == 1
    (skipped,) = json.loads((out / "timeline.json").read_text())["skipped"]
    assert (skipped["path"], skipped["line"]) == (path, 1) and skipped["error"].startswith("is not UTF-8")
    markdown = (out / "timeline.md").read_text()
    (line,) = [line for line in markdown.splitlines() if "binary" in line]
    assert "binary.md:1: is not UTF-8" in line and line.count("binary") == 1  # (the rest of the path escaped)
    html = (out / "timeline.html").read_text()
    assert f"<code>{path}:1</code>: is not UTF-8" in html and html.count("binary.md") == 1


@pytest.mark.parametrize(("value", "fix"), [("20251103", "published: 2025-11-03"), ("2025", "YYYY-MM-DD")])
def test_a_number_for_published_is_an_input_error(tmp_path, capsys, value, fix):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.md").write_text(f"---\npublished: {value}\n---\nDockers walked out on Monday.\n")
    status, _, err = run(["build", tmp_path / "in", "-o", tmp_path / "out"], capsys)
    assert status == 1 and not (tmp_path / "out").exists()
    assert f"a.md:2: published: {value} is read as a number, not a date;" in err and fix in err


@pytest.mark.parametrize(
    ("value", "fragments"),
    [("2025-W41", ["a.md:2: published: 2025-W41 is a week", "published: 2025-10-06"]),
     ("2025-10-10T12:00:00+15:00", ["a.md:2:", "+15:00, which no clock keeps"]),
     ("0001-01-01", ["a.md:2: published: 0001-01-01 is before 1800"])],
)
def test_a_published_that_names_no_day_a_news_article_has_is_an_input_error(tmp_path, capsys, value, fragments):
    # e2e9 defect 14: each was built without a word (year 1 resolved 'on Sunday' to 7 Jan 0001)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.md").write_text(f"---\npublished: {value}\n---\nThe truce took effect on Sunday.\n")
    status, _, err = run(["build", tmp_path / "in", "-o", tmp_path / "out"], capsys)
    assert status == 1 and not (tmp_path / "out").exists()
    assert all(fragment in err for fragment in fragments), err


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_citation_and_tag_offsets_index_the_file_as_written(tmp_path, capsys, newline):
    lines = ["---", "published: 2025-11-03", "title: Port strike", "---", "The port said talks broke down.", "",
             "Dockers at Felixstowe walked out on Monday.", "", "They will return on Friday, the union said."]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "crlf.md").write_bytes(newline.join(lines).encode() + newline.encode())
    out = tmp_path / "out"
    status, _, err = run(["build", tmp_path / "in", "-o", out, "--format", "json"], capsys)
    assert status == 0, err
    written = (tmp_path / "in" / "crlf.md").read_bytes().decode()  # (no newline translation)
    body = written.split(newline, 4)[4]  # the file's text after the front matter
    citations = [c for e in json.loads((out / "timeline.json").read_text())["events"] for c in e["citations"]]
    assert sorted(c["expression"] for c in citations) == ["Friday", "Monday"]
    for citation in citations:
        assert body[citation["start"]:citation["end"]] == citation["expression"]
    status, table, _ = run(["tag", tmp_path / "in" / "crlf.md"], capsys)
    assert status == 0
    offsets = {row.split()[1]: int(row.split()[0]) for row in table.splitlines()[2:] if row.strip()}
    assert offsets == {"Monday": body.index("Monday"), "Friday": body.index("Friday")}


@pytest.mark.parametrize(
    "argv_tail",
    [
        ["--format", "json,docx"],
        ["--reference-date", "yesterday"],
        ["--reference-date", "0001-01-01"],  # (before 1800, as 'published' may not be)
        ["--reference-date", "2025-W41"],  # (a week, which fromisoformat read as its Monday)
        ["--now", "2025-W41"],
        ["--templates", "/nonexistent-templates-dir"],
        ["--jobs", "0"],
        ["--jobs", "two"],
    ],
)
def test_usage_errors_exit_2(articles, tmp_path, capsys, argv_tail):
    with pytest.raises(SystemExit) as caught:
        status, _, _ = run(["build", articles, "-o", tmp_path / "o", *argv_tail], capsys)
        raise SystemExit(status)
    assert caught.value.code == 2
    assert not (tmp_path / "o").exists()


def test_output_folder_inside_input_folder_is_refused(articles, capsys):
    status, _, err = run(["build", articles, "-o", articles / "out"], capsys)
    assert status == 2
    assert "inside the input folder" in err
    assert not (articles / "out").exists()


@pytest.mark.parametrize("below", ["", "sub"])
def test_output_folder_that_is_a_file_is_refused_before_any_work(articles, tmp_path, capsys, monkeypatch, below):
    afile = tmp_path / "afile"
    afile.write_text("x")
    def no_work(*args, **kwargs):
        raise AssertionError("articles were read although the output folder cannot be written")
    monkeypatch.setattr("timeline.ingest.load_articles", no_work)
    status, _, err = run(["build", articles, "-o", afile / below if below else afile], capsys)
    assert status == 2
    assert err.count("\n") == 1 and f"{afile} " in err and "is a file, not a folder" in err and "-o OUTDIR" in err
    assert afile.read_text() == "x"


@pytest.mark.parametrize("below", ["", "new/deeper"])
def test_output_folder_that_cannot_be_written_is_refused_before_any_work(articles, tmp_path, capsys, monkeypatch, below):
    # Root ignores permission bits, so the refusal of the write is made by the probe itself.
    target = tmp_path / "locked"
    target.mkdir()
    real_mkstemp = tempfile.mkstemp
    probed = []

    def refuse(*args, dir=None, **kwargs):
        if Path(dir) == target:
            probed.append(dir)
            raise PermissionError(13, "Permission denied")
        return real_mkstemp(*args, dir=dir, **kwargs)

    def no_work(*args, **kwargs):
        raise AssertionError("articles were read although the output folder cannot be written")

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    monkeypatch.setattr("timeline.ingest.load_articles", no_work)
    output = target / below if below else target
    status, _, err = run(["build", articles, "-o", output], capsys)
    assert status == 2 and probed
    assert err.count("\n") == 1 and f"{output} " in err and "cannot be written: Permission denied" in err
    assert ("its parent" in err) == bool(below) and "-o OUTDIR" in err
    assert list(target.iterdir()) == []


def test_a_read_only_folder_is_refused_for_real():
    # The same refusal by the operating system: a folder the user may not write to. Root may
    # write anywhere, so as root the command runs without the capability that lets it.
    locked = Path(tempfile.mkdtemp(prefix="timeline-locked-"))
    try:
        locked.chmod(0o555)
        command = [sys.executable, "-m", "timeline", "build", str(locked), "-o", str(locked / "out"), "-q"]
        if os.geteuid() == 0:
            command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *command]
        done = subprocess.run(command, capture_output=True, text=True, cwd="/")
        assert done.returncode == 2, done.stderr
        assert f"output folder {locked / 'out'} (its parent {locked}) cannot be written: Permission denied" in done.stderr
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)
        locked.rmdir()


def test_the_write_probe_leaves_nothing_behind(articles, tmp_path, capsys):
    status, _, _ = run(["build", articles, "-o", tmp_path / "o", "-q"], capsys)
    assert status == 0
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == sorted(FORMATS[f] for f in DEFAULT_FORMATS)


def test_outputs_are_readable_by_others(tmp_path):
    old_umask = os.umask(0o022)
    try:
        write_outputs_atomically(tmp_path, {"timeline.html": b"<p>"})
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE((tmp_path / "timeline.html").stat().st_mode) == 0o644


def test_atomic_write_leaves_no_partial_file(tmp_path):
    (tmp_path / "timeline.json").write_text("old")

    with pytest.raises(TypeError):
        write_outputs_atomically(tmp_path, {"timeline.json": b"new", "timeline.md": object()})  # type: ignore[dict-item]
    assert (tmp_path / "timeline.json").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["timeline.json"]


def test_tag_jsonl_reports_bad_lines_and_processes_the_rest(tmp_path, capsys):
    batch = tmp_path / "in.jsonl"
    batch.write_text(
        json.dumps({"id": "d1", "text": "They met on Friday.", "reference_date": "1998-08-07"})
        + "\nnot json\n"
        + json.dumps({"id": "d2", "text": "Nothing here.", "reference_date": "1998-08-07"})
        + "\n"
        + json.dumps({"id": "d3", "text": "x", "reference_date": "someday"})
        + "\n"
        + json.dumps({"id": "d4", "text": "They met on Friday.", "reference_date": "0001-01-01"})
        + "\n"
    )
    out = tmp_path / "out.jsonl"
    status, _, err = run(["tag", "--jsonl", batch, "-o", out], capsys)
    assert status == 1
    assert f"{batch}:2:" in err and f"{batch}:4:" in err
    assert f"{batch}:5: reference_date 0001-01-01 is before 1800" in err
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["id"] for line in lines] == ["d1", "d2"]
    (friday,) = lines[0]["timexes"]
    assert friday["text"] == "Friday"
    assert "They met on Friday."[friday["start"] : friday["end"]] == "Friday"
    assert set(friday) == {"start", "end", "text", "type", "value", "interval"}
    assert lines[1]["timexes"] == []


@pytest.mark.parametrize("reading, expected", [([], ("two days", "DURATION", "P2D")),
                                               (["--event-offsets", "date"], ("two days after the talks", "DATE", "2025-12-03"))])
def test_tag_jsonl_tells_a_count_of_days_from_a_happening_as_asked(tmp_path, capsys, reading, expected):
    batch = tmp_path / "in.jsonl"
    text = "The talks opened on Monday. Two days after the talks, fighting resumed."
    batch.write_text(json.dumps({"id": "d1", "text": text, "reference_date": "2025-12-05"}) + "\n")
    out = tmp_path / "out.jsonl"
    status, _, _ = run(["tag", "--jsonl", batch, "-o", out, *reading], capsys)
    assert status == 0
    (line,) = [json.loads(line) for line in out.read_text().splitlines()]
    told = [t for t in line["timexes"] if t["text"].lower().startswith("two days")]
    assert [(t["text"].lower(), t["type"], t["value"]) for t in told] == [expected]


@pytest.mark.parametrize("where", ["a folder", "below a file", "in a locked folder"])
def test_tag_jsonl_refuses_an_output_it_cannot_write_before_reading(tmp_path, capsys, monkeypatch, where):
    batch = tmp_path / "in.jsonl"
    batch.write_text(json.dumps({"id": "d1", "text": "They met on Friday.", "reference_date": "1998-08-07"}) + "\n")
    if where == "a folder":
        out, expected = tmp_path, "is a folder, not a file"
    elif where == "below a file":
        out, expected = batch / "out.jsonl", "is a file, not a folder"
    else:
        out, expected = tmp_path / "locked" / "out.jsonl", "cannot be written: Read-only file system"
        (tmp_path / "locked").mkdir()

        def refuse(*args, **kwargs):
            raise OSError(30, "Read-only file system")

        monkeypatch.setattr("tempfile.mkstemp", refuse)
    monkeypatch.setattr("timeline.temporal.tag", lambda *a, **k: pytest.fail("tagged before the output was checked"))
    status, _, err = run(["tag", "--jsonl", batch, "-o", out], capsys)
    assert status == 2 and expected in err and err.count("\n") == 1
    assert "-o OUTDIR" not in err and ("-o OUT" in err or "name the file" in err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"] + (["locked"] if where == "in a locked folder" else [])


def test_tag_table_for_a_file(articles, capsys):
    status, out, _ = run(["tag", articles / "a.txt"], capsys)
    assert status == 0
    assert "reference date 2025-12-02" in out
    assert "Tuesday" in out


def test_schema_matches_committed_file(capsys):
    status, out, _ = run(["schema"], capsys)
    assert status == 0
    committed = (ROOT / "schema" / "timeline.schema.json").read_text()
    assert json.loads(out) == json.loads(committed), "schema changed: run 'make schema' and commit it"


@pytest.mark.parametrize("command", [[], ["build"], ["tag"], ["schema"]])
def test_help_for_every_command(command):
    result = subprocess.run(
        [sys.executable, "-m", "timeline", *command, "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout.startswith("usage: timeline")


def test_readme_documents_every_command_and_option():
    from timeline.cli import build_parser

    readme = (ROOT / "README.md").read_text()
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    for name, sub in subparsers.choices.items():
        assert f"timeline {name}" in readme, f"README does not mention 'timeline {name}'"
        for action in sub._actions:
            for flag in action.option_strings:
                if flag.startswith("--") and flag != "--help":
                    assert flag in readme, f"README does not document {name} {flag}"


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_a_bar_on_a_terminal_and_lines_on_a_pipe():
    from timeline.cli import Progress

    terminal = FakeTerminal()
    bar = Progress(terminal, quiet=False, label="tagging")
    for done in range(1, 5):
        bar(done, 4)
    assert terminal.getvalue().endswith("\rtagging [" + "#" * 30 + "] 4/4\n")
    pipe = io.StringIO()
    lines = Progress(pipe, quiet=False, label="tagging")
    for done in range(1, 101):
        lines(done, 100)
    assert pipe.getvalue().splitlines()[-1] == "tagging: 100/100"
    assert len(pipe.getvalue().splitlines()) == 11  # one per tenth, not one per document
    quiet = io.StringIO()
    Progress(quiet, quiet=True, label="tagging")(1, 1)
    assert quiet.getvalue() == ""


def test_a_long_build_on_a_pipe_says_it_is_still_working():
    # one long article is one step of the tagging: a log would show nothing for minutes
    from timeline.cli import Progress

    pipe = io.StringIO()
    progress = Progress(pipe, quiet=False, label="tagging")
    progress.still_working(31.2)
    progress(1, 3)
    progress.still_working(62.0)
    progress(3, 3)
    progress.still_working(95.4)
    assert pipe.getvalue().splitlines() == [
        "tagging: still working, 31 s so far", "tagging: 1/3 still working, 62 s so far",
        "merging and writing: still working, 95 s so far",
    ]
    # the lines come from a thread only on a pipe and when not quiet
    for stream, quiet in ((io.StringIO(), True), (FakeTerminal(), False)):
        with Progress(stream, quiet=quiet, label="tagging") as silent:
            assert silent._beat is None
    with Progress(io.StringIO(), quiet=False, label="tagging") as talking:
        assert talking._beat is not None and talking._beat.is_alive()
    assert not talking._beat.is_alive()


def test_mermaid_and_no_summary_table_reach_the_markdown(articles, tmp_path, capsys):
    plain, varied = tmp_path / "plain", tmp_path / "varied"
    assert run(["build", articles, "-o", plain, "--format", "md", "-q"], capsys)[0] == 0
    assert run(["build", articles, "-o", varied, "--format", "md", "-q", "--mermaid", "--no-summary-table"], capsys)[0] == 0
    plain_md, varied_md = (plain / "timeline.md").read_text(), (varied / "timeline.md").read_text()
    assert "```mermaid" not in plain_md and "```mermaid" in varied_md
    assert "| Date |" in plain_md and "| Date |" not in varied_md


def tag_batch(tmp_path, capsys, text, lines, *options):
    """Tag one ``text`` under several extra keys (``lines``: id -> keys); (status, stderr, id -> values)."""
    batch, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    batch.write_text("".join(json.dumps({"id": i, "text": text, "reference_date": "2025-12-10", **keys}) + "\n"
                             for i, keys in lines.items()))
    status, _, err = run(["tag", "--jsonl", batch, "-o", out, *options], capsys)
    values = {line["id"]: [t["value"] for t in line["timexes"]] for line in map(json.loads, out.read_text().splitlines())}
    return status, err.replace(str(batch), "IN"), values


def test_the_date_order_comes_from_the_option_the_line_or_the_language(tmp_path, capsys):
    text = "The order was signed on 03/04/2025."
    lines = {"plain": {}, "dmy": {"date_order": "DMY"}, "bad": {"date_order": "day first"}}
    status, err, values = tag_batch(tmp_path, capsys, text, lines)
    assert status == 1 and "IN:3: date_order 'day first' is not one of auto, MDY, DMY" in err
    assert values == {"plain": ["2025-03-04"], "dmy": ["2025-04-03"]}
    _, _, values = tag_batch(tmp_path, capsys, text, lines, "--date-order", "DMY")
    assert values == {"plain": ["2025-04-03"], "dmy": ["2025-04-03"]}

    article = tmp_path / "british.md"
    article.write_text(f"---\npublished: 2025-12-10\nlanguage: en-GB\n---\n{text}\n")
    status, out_text, _ = run(["tag", article], capsys)
    assert status == 0 and "2025-04-03" in out_text
    status, out_text, _ = run(["tag", article, "--date-order", "MDY"], capsys)
    assert status == 0 and "2025-03-04" in out_text


def test_build_reads_numeric_dates_in_each_articles_date_order(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    body = "The regulator fined the bank on 03/04/2025, its filing shows.\n"
    (folder / "london.md").write_text(f"---\npublished: 2025-12-10\nlanguage: en-GB\n---\n{body}")
    (folder / "newyork.md").write_text(f"---\npublished: 2025-12-10\nlanguage: en-US\n---\n{body}")
    out = tmp_path / "out"
    status, _, err = run(["build", folder, "-o", out, "--format", "json"], capsys)
    assert status == 0, err
    events = json.loads((out / "timeline.json").read_text())["events"]
    dated = sorted((e["start"], [c["document"] for c in e["citations"]]) for e in events)
    assert dated == [("2025-03-04", ["newyork"]), ("2025-04-03", ["london"])]


def test_a_batch_lines_language_sets_its_date_order_and_holidays(tmp_path, capsys):
    text = "Flags went up on Independence Day; the order of 03/04/2025 stands."
    status, err, values = tag_batch(tmp_path, capsys, text, {"us": {}, "in": {"language": "en-IN"}, "bad": {"language": 7},
                                                             "gbr": {"language": "en-GBR"}})
    assert status == 1 and "IN:3: language 7 is not a language tag; write a language tag such as en, en-GB" in err
    assert "IN:4: language 'en-GBR': 'GBR' is no region code; write the region as its two-letter ISO 3166 code" in err
    assert values == {"us": ["2025-07-04", "2025-03-04"], "in": ["2025-08-15", "2025-04-03"]}
