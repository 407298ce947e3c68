"""How well merging joins one happening told by several sources: a probe set scored against gold.

Run from the repository root::

    .venv/bin/python -m benchmarks.merge_probe /tmp/merge_probe2/dev          # numbers
    .venv/bin/python -m benchmarks.merge_probe /tmp/merge_probe2/heldout -v   # and every miss

A probe set is a folder holding ``stories.py``, whose ``ARTICLES`` is a list of
``(id, publisher, published, title, [sentence or (sentence, gold) ...])``; ``gold`` is a
happening id, or ``{time expression: happening id}`` for a sentence with two, or None (not
scored). The articles are written to ``<folder>/articles`` (Markdown with front matter) and go
through the real pipeline. Probe sets live outside the repository: keep a held-out set you
never tune on apart from the one you develop with.

Measures:
  groups: gold happenings cited by two documents or more; merged = all their labelled
          citations in one entry, split otherwise.
  doc-pair recall: pairs of documents citing one happening whose citations share an entry.
  wrong merges: entries whose labelled citations belong to two happenings or more (worse
          than a split: the reader is told two things are one).
  date disagreements: gold happenings whose citations sit in entries of different days (a
          disagreement planted in the probe, or a date of ours gone wrong); flagged when two of
          those entries carry the near-miss note of merge.conflicts. False alarms: noted entries
          whose happenings are each told on one day only.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import shutil
import sys
from pathlib import Path


def load_stories(folder: Path) -> list:
    spec = importlib.util.spec_from_file_location("stories", folder / "stories.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ARTICLES


def write_articles(folder: Path, stories: list) -> tuple[Path, dict]:
    """Write the probe articles; return their folder and the gold labels by (document, sentence)."""
    out = folder / "articles"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    gold = {}
    for doc, publisher, published, title, lines in stories:
        body = []
        for line in lines:
            text, tag = (line, None) if isinstance(line, str) else line
            body.append(text)
            if tag is not None:
                gold[(doc, text)] = tag
        (out / f"{doc}.md").write_text(
            f'---\ntitle: "{title}"\npublisher: {publisher}\npublished: {published}\n---\n\n# {title}\n\n'
            + "\n\n".join(body) + "\n", encoding="utf-8")
    return out, gold


def label(gold: dict, doc: str, quote: str, expression: str) -> str | None:
    for (document, text), tag in gold.items():
        if document == doc and (text in quote or quote in text):
            if isinstance(tag, dict):
                for written, happening in tag.items():
                    if written.lower() in expression.lower() or expression.lower() in written.lower():
                        return happening
                return None
            return tag
    return None


def score(folder: Path) -> dict:
    from timeline.ingest import load_articles
    from timeline.pipeline import build_timeline

    out, gold = write_articles(folder, load_stories(folder))
    articles, _ = load_articles([str(out)])
    timeline = build_timeline(articles)
    where: dict[str, dict[int, set[str]]] = {}
    wrong = []
    for number, event in enumerate(timeline.events):
        labels: dict[str, set[str]] = {}
        for citation in event.citations:
            if citation.corroborating:
                continue
            happening = label(gold, citation.document, citation.quote, citation.expression)
            if happening:
                labels.setdefault(happening, set()).add(citation.document)
                where.setdefault(happening, {}).setdefault(number, set()).add(citation.document)
        if len(labels) >= 2:
            wrong.append(f"{event.start} {sorted(labels)} :: {event.summary}" + "".join(
                f"\n   {label(gold, c.document, c.quote, c.expression)} {c.document}: {c.quote[:110]}"
                for c in event.citations if not c.corroborating))
    merged, pairs, together, splits = 0, 0, 0, []
    for happening in sorted(where):
        documents = set().union(*where[happening].values())
        if len(documents) < 2:
            continue
        for a, b in itertools.combinations(sorted(documents), 2):
            pairs += 1
            together += any(a in ds and b in ds for ds in where[happening].values())
        if len(where[happening]) == 1:
            merged += 1
        else:
            splits.append(happening + "\n" + "\n".join(
                f"   {timeline.events[n].start} {sorted(ds)} :: {timeline.events[n].summary}"
                for n, ds in sorted(where[happening].items())))
    disputes = _disputes(timeline.events, where)
    return {"entries": len(timeline.events), "merged": merged, "split": len(splits), "pairs": pairs,
            "together": together, "wrong": wrong, "splits": splits, **disputes}


NEAR_MISS_NOTE = "date what appears to be the same happening to"


def _disputes(events: list, where: dict[str, dict[int, set[str]]]) -> dict:
    """Date disagreements: a gold happening whose citations sit in entries of different days is
    one the reader should be warned of (planted by the probe's writer, or a date we got wrong);
    it is flagged when two of those entries carry the near-miss note. A note on an entry whose
    happenings are all told on one day only is a false alarm."""
    noted = {n for n, event in enumerate(events) if any(NEAR_MISS_NOTE in d for d in event.disagreements)}
    told, flagged, missed = 0, 0, []
    split_days: set[str] = set()
    for happening in sorted(where):
        days = {events[n].start for n in where[happening]}
        if len(days) < 2:
            continue
        told += 1
        split_days.add(happening)
        hit = {events[n].start for n in where[happening] if n in noted}
        if len(hit) >= 2:
            flagged += 1
        else:
            missed.append(happening + "\n" + "\n".join(
                f"   {events[n].start} {sorted(ds)} {'NOTED ' if n in noted else ''}:: {events[n].summary}"
                for n, ds in sorted(where[happening].items())))
    labelled = {n: {h for h in where if n in where[h]} for n in noted}
    false = [f"{events[n].start} {sorted(hs) or '(unlabelled)'} :: {events[n].summary} || {events[n].disagreements}"
             for n, hs in sorted(labelled.items()) if not hs & split_days]
    return {"dates_told": told, "dates_flagged": flagged, "dates_missed": missed, "false_alarms": false}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path, help="probe sets (folders holding stories.py)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every split and wrong merge")
    args = parser.parse_args(argv)
    for folder in args.folders:
        if not (folder / "stories.py").is_file():
            print(f"error: {folder}: no stories.py there; a probe set is a folder holding stories.py "
                  "(see this script's docstring)", file=sys.stderr)
            return 2
        result = score(folder.resolve())
        print(f"{folder.name}: entries {result['entries']}  groups merged {result['merged']} split {result['split']}  "
              f"doc-pair recall {result['together']}/{result['pairs']} = "
              f"{result['together'] / max(1, result['pairs']):.2f}  wrong merges {len(result['wrong'])}  "
              f"date disagreements flagged {result['dates_flagged']}/{result['dates_told']}  "
              f"false alarms {len(result['false_alarms'])}")
        if args.verbose:
            for split in result["splits"]:
                print("SPLIT", split)
            for wrong in result["wrong"]:
                print("WRONG", wrong)
            for missed in result["dates_missed"]:
                print("UNFLAGGED", missed)
            for false in result["false_alarms"]:
                print("FALSE ALARM", false)
    return 0


if __name__ == "__main__":
    sys.exit(main())
