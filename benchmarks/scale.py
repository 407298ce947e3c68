"""How the whole pipeline scales: timelines from 100, 1,000 and 10,000 generated articles.

Run from the repository root::

    .venv/bin/python -m benchmarks.scale                      # 100, 1000, 10000 articles
    .venv/bin/python -m benchmarks.scale --sizes 100 1000     # fewer sizes
    .venv/bin/python -m benchmarks.scale > benchmarks/results/scale.txt   # refresh the result

Each size runs in a fresh subprocess, so its peak memory (``ru_maxrss``) is its own. The
articles are written to a temporary folder (deleted afterwards, never committed) and go
through the real pipeline: ``ingest.load_articles`` (read and parse) ->
``pipeline.tag_and_extract`` (``temporal.tag``, ``events.extract_mentions`` and what merging
needs of each article, in worker processes as ``timeline build`` runs them; ``--jobs``) ->
``merge.merge_mentions`` -> ``Timeline`` -> ``render.render(timeline, "json")``. The time of
each stage is printed, and the total.
Target: 10,000 articles in under 60 s and under 2 GB on a 2-core machine.

How the articles are made (``generate_articles``, seeded, so every run sees the same text):

* A world of happenings: for every three articles, one happening, each with a date spread
  over two years (2024-2025), a kind (a meeting, a visit, a deal signed, a resignation, an
  attack, a vote, an announcement), two people drawn from 60 first names x 80 surnames, a
  place drawn from 90 cities and an organisation from 40.
* Each article is published on a date, reports two to four happenings that took place in the
  week before it (so several articles report each happening, in different words: "met",
  "held talks", "talks between ..."), dated the way news does: "on Tuesday", "yesterday",
  "last week", "earlier in the week", "over the weekend", or "on March 3"; sometimes one
  happening planned for the days after publication ("will meet ... on Friday", "is expected
  to ..."), sometimes cancelled; one historical reference ("in 2014", "in February 2022");
  a quote; durations and vague time words that must not become events ("for five hours",
  "now", "in recent months"); and filler sentences without dates. Articles are about 2 KB,
  like the sample articles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST = """Anna Boris Carla David Elena Farid Greta Hamid Irina Jonas Karim Lena Marco Nadia Oleg Paula
Quentin Rosa Samir Tanya Ugo Vera Walter Ximena Yusuf Zara Adam Bianca Cyril Dana Emil Fiona Goran Hana
Ivan Julia Kofi Lara Mateo Nina Omar Petra Rafael Sofia Tomas Uma Viktor Wanda Yannick Zoltan Aisha Bruno
Chen Dmitri Eva Felix Gloria Hugo Ines""".split()
LAST = """Abbott Becker Castillo Dorsey Eriksen Fischer Garcia Horvat Ivanova Jensen Kowalski Larsen Moreau
Novak Okafor Petrov Quinn Romero Schmidt Tanaka Ueda Varga Weber Xu Yilmaz Zielinski Anders Brandt Costa
Duarte Engel Ferrari Gallo Hoffmann Ibrahim Jovanovic Keller Lindqvist Marin Nilsen Olsen Pereira Rossi
Santos Toth Urbano Vogel Wagner Young Zimmer Alves Bauer Conti Dumont Esposito Fontaine Greco Haas Ito
Janssen Kaya Lopez Meyer Nowak Ortega Popescu Rahman Silva Torres Ulrich Vasquez Wolf Yamada Zhou Baker
Carter Evans""".split()
CITIES = """Lisbon Madrid Paris Berlin Warsaw Prague Vienna Budapest Bucharest Sofia Athens Rome Milan
Geneva Zurich Brussels Amsterdam Copenhagen Oslo Stockholm Helsinki Tallinn Riga Vilnius Kyiv Minsk
Ankara Istanbul Cairo Tunis Algiers Rabat Dakar Lagos Accra Nairobi Kampala Addis Johannesburg Luanda
Doha Riyadh Dubai Muscat Tehran Baghdad Amman Beirut Damascus Jerusalem Karachi Delhi Mumbai Dhaka
Colombo Kathmandu Bangkok Hanoi Manila Jakarta Singapore Seoul Tokyo Osaka Beijing Shanghai Taipei
Sydney Auckland Lima Bogota Quito Santiago Caracas Havana Mexico Toronto Montreal Chicago Boston Denver
Miami Seattle Atlanta Dallas Houston Phoenix Anchorage Honolulu Reykjavik Dublin Edinburgh""".split()
ORGS = """Acme Borealis Cobalt Delphi Everest Fjord Granite Helios Ionic Juniper Kestrel Lumen Meridian
Nimbus Orion Pinnacle Quasar Riverstone Sapphire Titan Umbra Vertex Willow Xenon Yarrow Zephyr Atlas
Beacon Cascade Dynamo Ember Falcon Glacier Harbor Indigo Jasper Keystone Lighthouse Monarch Nova""".split()
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")

# (kind, past-tense clause, planned clause); {a} {b} people, {place}, {org}
KINDS = [
    ("meet", "{a} met with {b} in {place}", "{a} will meet with {b} in {place}"),
    ("meet", "{a} and {b} held talks in {place}", "{a} and {b} are expected to hold talks in {place}"),
    ("visit", "{a} visited the {org} headquarters in {place}", "{a} plans to visit the {org} headquarters in {place}"),
    ("deal", "{a} and {b} signed an agreement on behalf of {org} in {place}", "{a} and {b} are set to sign an agreement for {org} in {place}"),
    ("resign", "{a} resigned as chief of {org} in {place}", "{a} is expected to resign as chief of {org} in {place}"),
    ("attack", "an attack struck the {org} depot in {place}, {a} said", "{a} warned of an attack on the {org} depot in {place}"),
    ("vote", "lawmakers backed a plan by {a} and {b} in a vote in {place}", "lawmakers will vote on a plan by {a} and {b} in {place}"),
    ("announce", "{a} announced a partnership between {org} and the city of {place}", "{a} will announce a partnership between {org} and {place}"),
]
FILLER = [
    "Analysts said the outcome would shape the region's politics for years.",
    "The discussions lasted for five hours and covered trade, energy and security.",
    "Officials declined to give details, citing the sensitivity of the talks.",
    "Critics argued that the process had been rushed and lacked transparency.",
    "Markets reacted calmly, and the currency held steady against the dollar.",
    "Now the attention turns to how the measures will be implemented.",
    "In recent months, the pressure on both governments has grown considerably.",
    "Observers noted that the tone was more constructive than before.",
    "A spokesperson said further technical work was needed before any decision.",
    "Residents have long complained about the lack of progress on the issue.",
    "The proposal, drafted over several weeks by a small team of advisers, runs to more than forty pages "
    "and sets out a timetable for talks, a framework for monitoring and a list of commitments on both sides.",
    "Diplomats familiar with the negotiations described the atmosphere as tense but businesslike, and said "
    "that neither side had walked away from the table despite repeated disagreements over the wording.",
    "Opposition figures called for a public debate, saying that voters deserved to know what had been "
    "promised and at what cost, while business groups welcomed the prospect of more predictable rules.",
    "The talks are part of a broader effort to rebuild trust after years of strained relations, trade "
    "disputes and mutual accusations of interference in each other's domestic affairs.",
]
HISTORY = [
    "The dispute has its roots in a treaty signed in {year}.",
    "Relations soured after the crisis of February {year}.",
    "The last comparable agreement dates back to {year}.",
]


def _expression(happened: dt.date, published: dt.date, rng: random.Random) -> str:
    """How a news article dates ``happened`` relative to its publication date."""
    delta = (published - happened).days
    choice = rng.random()
    if delta == 0:
        return "today" if choice < 0.5 else f"on {WEEKDAYS[happened.weekday()]}"
    if delta == 1 and choice < 0.4:
        return "yesterday"
    if happened.weekday() >= 5 and delta <= 3 and choice < 0.5:
        return "over the weekend"
    if 1 <= delta <= 6 and choice < 0.75:
        return f"on {WEEKDAYS[happened.weekday()]}"
    if 1 <= delta <= 6 and choice < 0.85 and happened.isocalendar()[:2] == published.isocalendar()[:2]:
        return "earlier in the week"
    if 7 <= delta <= 13 and choice < 0.3:
        return "last week"
    return f"on {MONTHS[happened.month - 1]} {happened.day}"


def generate_articles(count: int, seed: int = 20251203) -> list[str]:
    """``count`` article texts with front matter (see the module docstring)."""
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    span = 730
    happenings = []
    for _ in range(max(1, count // 3)):
        a, b = rng.sample(range(len(FIRST) * len(LAST)), 2)
        happenings.append({
            "date": start + dt.timedelta(days=rng.randrange(span)),
            "kind": rng.randrange(len(KINDS)),
            "a": f"{FIRST[a % len(FIRST)]} {LAST[a // len(FIRST) % len(LAST)]}",
            "b": f"{FIRST[b % len(FIRST)]} {LAST[b // len(FIRST) % len(LAST)]}",
            "place": rng.choice(CITIES),
            "org": rng.choice(ORGS),
        })
    happenings.sort(key=lambda h: h["date"])
    dates = [h["date"] for h in happenings]
    import bisect

    texts = []
    for number in range(count):
        lead = rng.choice(happenings)
        published = lead["date"] + dt.timedelta(days=rng.randint(0, 6))
        low = bisect.bisect_left(dates, published - dt.timedelta(days=13))
        high = bisect.bisect_right(dates, published)
        recent = [h for h in happenings[low:high] if h is not lead]
        chosen = [lead] + rng.sample(recent, min(len(recent), rng.randint(1, 3)))
        title = f"{lead['a'].split()[-1]} and {lead['b'].split()[-1]} in {lead['place']}"
        lines = []
        for h in chosen:
            past, _planned = KINDS[h["kind"]][1:]
            clause = past.format(**h)
            when = _expression(h["date"], published, rng)
            sentence = f"{clause[0].upper()}{clause[1:]} {when}."
            if rng.random() < 0.3:
                sentence = f"According to local media, {clause} {when}."
            lines.append(sentence)
            lines.append(rng.choice(FILLER))
            if rng.random() < 0.5:
                lines.append(f"“We made progress,” {h['a'].split()[-1]} told reporters after the meeting in {h['place']}.")
        ahead = published + dt.timedelta(days=rng.randint(1, 6))
        h = dict(lead, date=ahead)
        planned = KINDS[lead["kind"]][2].format(**h)
        when = f"on {WEEKDAYS[ahead.weekday()]}" if rng.random() < 0.7 else "next week"
        if rng.random() < 0.15:
            lines.append(f"{planned[0].upper()}{planned[1:]} {when}, officials had said, but the visit was cancelled.")
        else:
            lines.append(f"{planned[0].upper()}{planned[1:]} {when}.")
        lines.append(rng.choice(HISTORY).format(year=rng.choice([1991, 2008, 2014, 2019, 2022])))
        lines.extend(rng.sample(FILLER, 6))
        body = "\n".join(lines)
        texts.append(f"---\npublished: {published.isoformat()}\n---\n{title}\n{body}\n")
    return texts


def run_size(count: int, jobs: int | None = None) -> dict:
    """Build one timeline from ``count`` generated articles; return stage times and peak memory.

    ``jobs``: worker processes for tagging, as ``timeline build --jobs`` (None: its default)."""
    from timeline.ingest import load_articles
    from timeline.merge import merge_mentions
    from timeline.models import Timeline
    from timeline.pipeline import as_of_date, document_info, tag_and_extract, worker_count
    from timeline.render import render

    times: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="timeline-scale-") as folder:
        clock = time.perf_counter()
        paths = []
        for number, text in enumerate(generate_articles(count)):
            path = Path(folder) / f"a{number:05d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        times["generate"] = time.perf_counter() - clock
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

        total = time.perf_counter()
        clock = total
        articles, _skipped = load_articles(paths)
        articles = sorted(articles, key=lambda a: a.id)
        times["ingest"] = time.perf_counter() - clock
        clock = time.perf_counter()
        mentions, facts = tag_and_extract(articles, "news", None, True, None, jobs)
        times["extract"] = time.perf_counter() - clock
        clock = time.perf_counter()
        events = merge_mentions(mentions, articles, facts)
        times["merge"] = time.perf_counter() - clock
        clock = time.perf_counter()
        timeline = Timeline(title="Scale benchmark", generated=as_of_date(articles),
                            documents=[document_info(a) for a in articles], events=events)
        data = render(timeline, "json")
        times["render_json"] = time.perf_counter() - clock
        times["total"] = time.perf_counter() - total
    return {
        "articles": count,
        "mentions": len(mentions),
        "events": len(events),
        "cited": sum(len(e.citations) for e in events),
        "json_bytes": len(data),
        "times": times,
        "jobs": worker_count(len(articles), jobs),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "rss_before_mb": rss_before / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[None], metavar="N",
                        help="worker processes for tagging, each a row (default: the pipeline's own choice)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--child-jobs", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(run_size(args.child, args.child_jobs)))
        return 0
    print(f"# benchmarks/scale.py on {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    print("# each size in a fresh subprocess; times in seconds; peak = ru_maxrss of that process, and of its")
    print("# largest worker (jobs: processes tagging; extract: tagging and event extraction, in those processes)")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"# load average at start: {load:.2f} (other work on the machine slows every stage)")
    header = f"{'articles':>8} {'mentions':>8} {'events':>7} {'citations':>9} {'json KB':>8} " \
             f"{'jobs':>4} {'ingest':>7} {'extract':>7} {'merge':>7} {'json':>6} {'total':>7} {'peak MB':>8} {'worker':>7}"
    print(header)
    for size, jobs in itertools.product(args.sizes, args.jobs):
        child = ["--child", str(size)] + (["--child-jobs", str(jobs)] if jobs else [])
        out = subprocess.run([sys.executable, "-m", "benchmarks.scale", *child], capture_output=True, text=True, check=False)
        if out.returncode != 0:
            print(f"{size:>8} failed:\n{out.stderr}", file=sys.stderr)
            return 1
        r = json.loads(out.stdout.strip().splitlines()[-1])
        t = r["times"]
        print(f"{r['articles']:>8} {r['mentions']:>8} {r['events']:>7} {r['cited']:>9} {r['json_bytes'] / 1024:>8.0f} "
              f"{r['jobs']:>4} {t['ingest']:>7.2f} {t['extract']:>7.2f} {t['merge']:>7.2f} {t['render_json']:>6.2f} "
              f"{t['total']:>7.2f} {r['peak_rss_mb']:>8.0f} {r['worker_rss_mb']:>7.0f}")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
