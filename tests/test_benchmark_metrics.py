"""Tests for the TempEval-3 benchmark: metrics on tiny hand-made gold/system lists with numbers
worked out by hand, the baseline's value formatting, and the script end to end on a tiny corpus."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from benchmarks import tempeval
from benchmarks.dateparser_baseline import grain_of, timex3_value
from benchmarks.metrics import (
    Counts,
    MatchError,
    Mention,
    broad_class,
    attribute_f1,
    count_document,
    find_errors,
    prf,
    relaxed_pairs,
    shape,
    strict_pairs,
    summarise,
    value_shape,
)


def m(start: int, end: int, type_: str = "DATE", value: str = "1998-08-07") -> Mention:
    return Mention(start, end, type_, value)


# Gold: four expressions. System: one exact (right value), one overlapping with a wrong value,
# one overlapping with the wrong type, one false positive; gold 60-70 is missed.
GOLD = [m(0, 6), m(10, 20, value="1998-08"), m(30, 40, "DURATION", "P3D"), m(60, 70)]
SYSTEM = [m(0, 6), m(12, 20, value="1998-09"), m(30, 35, "DATE", "P3D"), m(80, 90)]


def test_prf_by_hand():
    assert prf(3, 4, 6) == pytest.approx((0.75, 0.5, 0.6))


def test_prf_with_nothing_found_or_nothing_to_find_is_zero_not_an_error():
    assert prf(0, 0, 5) == (0.0, 0.0, 0.0)
    assert prf(0, 3, 0) == (0.0, 0.0, 0.0)


def test_attribute_f1_is_relaxed_f1_times_accuracy():
    assert attribute_f1(0.8, 3, 4) == pytest.approx(0.6)
    assert attribute_f1(0.8, 0, 0) == 0.0


def test_strict_pairs_need_identical_offsets():
    assert strict_pairs(GOLD, SYSTEM) == [(0, 0)]


def test_relaxed_pairs_match_overlaps():
    assert relaxed_pairs(GOLD, SYSTEM) == [(0, 0), (1, 1), (2, 2)]


def test_touching_spans_do_not_overlap():
    assert relaxed_pairs([m(0, 5)], [m(5, 9)]) == []


def test_relaxed_matching_is_one_to_one():
    # One long system span covers two gold spans: it may match only one of them (the larger overlap).
    gold = [m(0, 4), m(5, 15)]
    system = [m(0, 15)]
    assert relaxed_pairs(gold, system) == [(1, 0)]
    counts = count_document(gold, system)
    assert (counts.relaxed, counts.gold, counts.system) == (1, 2, 1)


def test_relaxed_matching_prefers_exact_match_over_bigger_overlap():
    gold = [m(0, 10)]
    system = [m(0, 12), m(0, 10)]
    assert relaxed_pairs(gold, system) == [(0, 1)]


def test_duplicate_system_spans_count_once():
    counts = count_document([m(0, 6)], [m(0, 6), m(0, 6)])
    assert (counts.strict, counts.relaxed, counts.system) == (1, 1, 2)


def test_scores_of_the_hand_made_document():
    scores = summarise(count_document(GOLD, SYSTEM))
    # strict: 1 match of 4 system, 4 gold -> P = R = F1 = 0.25
    assert scores.strict == pytest.approx((0.25, 0.25, 0.25))
    # relaxed: 3 of 4 each way -> 0.75
    assert scores.relaxed == pytest.approx((0.75, 0.75, 0.75))
    # type right in 2 of 3 matches; value right in 2 of 3 (the DURATION/DATE pair has value P3D)
    assert scores.type_accuracy == pytest.approx(2 / 3)
    assert scores.type_f1 == pytest.approx(0.5)
    assert scores.value_accuracy == pytest.approx(2 / 3)
    assert scores.value_f1 == pytest.approx(0.5)


def test_per_type_scores_by_gold_type_for_recall_and_system_type_for_precision():
    scores = summarise(count_document(GOLD, SYSTEM)).per_type
    # DATE: gold 3 (2 matched), system 4 of type DATE (3 matched) -> P 3/4, R 2/3
    assert (scores["DATE"].gold, scores["DATE"].system) == (3, 4)
    assert scores["DATE"].relaxed.precision == pytest.approx(0.75)
    assert scores["DATE"].relaxed.recall == pytest.approx(2 / 3)
    assert scores["DATE"].relaxed.f1 == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))
    assert scores["DATE"].value_accuracy == pytest.approx(0.5)  # 1998-08 vs 1998-09 is wrong
    # DURATION: gold 1 matched (by a DATE), no DURATION from the system -> P 0, R 1
    assert scores["DURATION"].relaxed == pytest.approx((0.0, 1.0, 0.0))
    assert scores["DURATION"].value_accuracy == 1.0
    assert scores["SET"].relaxed == (0.0, 0.0, 0.0)


def test_counts_add_up_across_documents_before_dividing():
    # Micro-average: doc A 1/1 right, doc B 0/3 found -> recall 1/4, not the mean of 1 and 0.
    total = count_document([m(0, 5)], [m(0, 5)]) + count_document([m(0, 5), m(9, 12), m(20, 25)], [])
    assert isinstance(total, Counts)
    scores = summarise(total)
    assert scores.relaxed.recall == pytest.approx(0.25)
    assert scores.relaxed.precision == pytest.approx(1.0)
    assert scores.per_type["DATE"].gold == 4


def test_values_compare_case_sensitively_and_without_normalisation():
    counts = count_document([m(0, 3, value="PRESENT_REF")], [m(0, 3, value="present_ref")])
    assert counts.value_correct == 0
    counts = count_document([m(0, 3, value="1998-08")], [m(0, 3, value="1998-08-01")])
    assert counts.value_correct == 0


def test_find_errors_lists_every_kind():
    errors = find_errors(GOLD, SYSTEM)
    kinds = sorted((e.kind, e.gold.start if e.gold else None, e.system.start if e.system else None) for e in errors)
    assert kinds == [
        ("false_positive", None, 80),
        ("missed", 60, None),
        ("span", 10, 12),
        ("span", 30, 30),
        ("type", 30, 30),
        ("value", 10, 12),
    ]


def test_no_errors_for_a_perfect_system():
    assert find_errors(GOLD, list(GOLD)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last Friday", "last <weekday>"),
        ("Aug. 7, 1998", "<month> 9, 9"),
        ("three days", "<n> days"),
        ("the  1990s", "the 9s"),
        ("Mayor", "mayor"),
    ],
)
def test_shape_groups_expressions_into_classes(text, expected):
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1998-W32", "9999-W99"), ("1998-08-07TEV", "9999-99-99TEV"), ("XXXX-XX-XX", "XXXX-XX-XX"), ("P3D", "P9D")],
)
def test_value_shape_keeps_letters_and_case(value, expected):
    assert value_shape(value) == expected


# ------------------------------------------------------- the baseline's value formatting

@pytest.mark.parametrize(
    ("grain", "expected"),
    [
        ("time", "1998-08-07T10:35"),
        ("day", "1998-08-07"),
        ("week", "1998-W32"),
        ("month", "1998-08"),
        ("year", "1998"),
    ],
)
def test_baseline_value_at_each_grain(grain, expected):
    assert timex3_value(dt.datetime(1998, 8, 7, 10, 35), grain) == expected


def test_baseline_value_pads_years_and_uses_the_iso_week_year():
    assert timex3_value(dt.datetime(735, 8, 8), "year") == "0735"
    assert timex3_value(dt.datetime(1999, 1, 1), "week") == "1998-W53"


@pytest.mark.parametrize(
    ("period", "span", "expected"),
    [
        ("day", "at about 10:35 a", "time"),
        ("day", "3 p.m. Tuesday", "time"),
        ("day", "Friday", "day"),
        (None, "midnight", "time"),
        (None, "Friday", "day"),
        ("month", "in April", "month"),
        ("time", "in two hours", "time"),
    ],
)
def test_baseline_grain(period, span, expected):
    assert grain_of(period, span) == expected


# ------------------------------------------------------------------ the script end to end

FAKE_TAGGER = '''
from timeline.models import Timex

def tag(text, reference, *, document_type="news"):
    if "crash" in text:
        raise RuntimeError("boom")
    start = text.find("Friday")
    if start < 0:
        return []
    return [Timex(start=start, end=start + 6, text="Friday", type="DATE", value=str(reference), rule="fake")]
'''


def write_corpus(path, records):
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")


def test_script_scores_a_tiny_corpus_and_lists_errors(tmp_path, monkeypatch, capsys):
    (tmp_path / "fake_tagger.py").write_text(FAKE_TAGGER, encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    text = "They met Friday and again on Monday."
    gold = [
        {"start": 9, "end": 15, "text": "Friday", "type": "DATE", "value": "1998-08-07"},
        {"start": 29, "end": 35, "text": "Monday", "type": "DATE", "value": "1998-08-03"},
    ]
    data = tmp_path / "tbaq_train.jsonl"  # the targets are printed for the TempEval-3 corpus only
    write_corpus(data, [
        {"id": "d1", "text": text, "dct": "1998-08-07", "timexes": gold},
        {"id": "d2", "text": text, "dct": "1998-08-08", "timexes": gold},
        {"id": "d3", "text": "a crash on Friday", "dct": "1998-08-08", "timexes": []},
    ])
    errors = tmp_path / "errors.txt"
    summary = tmp_path / "summary.md"
    assert tempeval.main(["--data", str(data), "--no-baseline", "--no-tracemalloc", "--tagger", "fake_tagger:tag",
                          "--errors", str(errors), "--summary", str(summary)]) == 0
    report = capsys.readouterr().out
    # 2 found of 4 gold, all exact: P 100, R 50, F1 66.7; one value right of two matches -> 33.3
    assert "3 documents, 4 gold TIMEX3" in report
    assert "               F1                   66.7" in report
    assert "value          accuracy             50.0" in report
    assert "documents that crashed                 1" in report
    assert "  value F1            33.3 >= 85  NOT met" in report
    assert "  strict span F1      66.7 >= 85  NOT met" in report
    other = tmp_path / "other.jsonl"
    other.write_text(data.read_text(encoding="utf-8"), encoding="utf-8")
    assert tempeval.main(["--data", str(other), "--no-baseline", "--no-tracemalloc", "--tagger", "fake_tagger:tag"]) == 0
    assert "targets (issue 3)" not in capsys.readouterr().out
    listing = errors.read_text(encoding="utf-8")
    assert listing.startswith("Errors of ours: missed 2, false_positive 0, span 0, type 0, value 1")
    assert "CRASH d3: RuntimeError: boom" in listing
    assert "documents with the most errors: d2 (2), d1 (1)" in listing
    assert "<weekday>: 9999-99-99 -> 9999-99-99 (ours +1d)" in listing
    assert "They met Friday and again on [[Monday]]." in listing
    # the summary: missed Monday twice, one class, examples from both documents
    summary_text = summary.read_text(encoding="utf-8")
    assert "**2** `DATE  <weekday>`" in summary_text
    assert "- d1 (dct 1998-08-07) gold DATE 1998-08-03 'Monday' @29-35" in summary_text
    assert "- d2 (dct 1998-08-08) gold DATE 1998-08-03 'Monday' @29-35" in summary_text


def test_script_names_the_line_of_a_bad_record(tmp_path, capsys):
    data = tmp_path / "corpus.jsonl"
    write_corpus(data, [{"id": "d1", "text": "x", "dct": "1998-08-07", "timexes": []}, {"id": "d2", "text": "x"}])
    assert tempeval.main(["--data", str(data), "--no-baseline"]) == 2
    assert f"{data}:2: not a corpus record (KeyError" in capsys.readouterr().err


def test_script_explains_a_missing_corpus(tmp_path, capsys):
    assert tempeval.main(["--data", str(tmp_path / "nowhere.jsonl")]) == 2
    assert "corpus not found" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (MatchError("value", Mention(0, 6, "DATE", "1998-08-07", "Friday"),
                    Mention(0, 6, "DATE", "1998-08-14", "Friday")), "value: weekday resolved"),
        (MatchError("value", Mention(0, 14, "DATE", "1998-08-07", "Friday night"),
                    Mention(0, 14, "TIME", "1998-08-07TNI", "Friday night")), "value: part of day"),
        (MatchError("value", Mention(0, 9, "DATE", "2000-W6", "this week"),
                    Mention(0, 9, "DATE", "2000-W06", "this week")), "value: week values"),
        (MatchError("value", Mention(0, 4, "DATE", "1968-XX", "1968"),
                    Mention(0, 4, "DATE", "1968", "1968")), "value: underspecified year"),
        (MatchError("value", Mention(0, 8, "DATE", "1998-11", "November"),
                    Mention(0, 8, "DATE", "1999-11", "November")), "value: same month (and day), another year"),
        (MatchError("span", Mention(0, 15, "DATE", "1988-Q3", "the 1988 period"),
                    Mention(4, 8, "DATE", "1988", "1988")), "span: ours finds only a part"),
        (MatchError("false_positive", None, Mention(0, 3, "DATE", "PRESENT_REF", "now")), "false_positive: vague"),
        (MatchError("missed", Mention(0, 3, "DATE", "1998", "now"), None), "missed: other"),
        (MatchError("span", Mention(4, 14, "DURATION", "P3Y", "past three years"),
                    Mention(0, 14, "DURATION", "P3Y", "the past three years")), "span: ours adds words on the left"),
    ],
)
def test_broad_class(error, expected):
    assert broad_class(error).startswith(expected)


@pytest.mark.parametrize(("name", "count"), [
    ("news_probes.jsonl", 61), ("news_probes_2.jsonl", 120), ("news_probes_3.jsonl", 60),
    ("news_probes_4.jsonl", 60), ("news_probes_5.jsonl", 60), ("news_probes_6.jsonl", 60),
    ("news_probes_7.jsonl", 60), ("news_probes_8.jsonl", 40), ("news_probes_9.jsonl", 90),
    ("news_probes_10.jsonl", 65), ("news_probes_11.jsonl", 90), ("news_probes_12.jsonl", 80),
    ("news_probes_13.jsonl", 90), ("news_probes_14.jsonl", 92), ("news_probes_15.jsonl", 90), ("news_probes_16.jsonl", 93), ("news_probes_17.jsonl", 90), ("news_probes_18.jsonl", 91),
    ("news_probes_19.jsonl", 129), ("news_probes_20.jsonl", 122), ("news_probes_21.jsonl", 125),
    ("news_probes_22.jsonl", 125), ("news_probes_23.jsonl", 123), ("news_probes_24.jsonl", 123),
    ("news_probes_25.jsonl", 118), ("news_probes_26.jsonl", 124), ("news_probes_27.jsonl", 103),
    ("news_probes_28.jsonl", 127), ("news_probes_29.jsonl", 121), ("news_probes_30.jsonl", 120), ("news_probes_31.jsonl", 115),
    ("news_probes_32.jsonl", 117), ("news_probes_33.jsonl", 119), ("news_probes_34.jsonl", 125), ("news_probes_35.jsonl", 91),
    ("news_probes_36.jsonl", 121), ("news_probes_37.jsonl", 124), ("news_probes_38.jsonl", 122),
    ("news_probes_39.jsonl", 125), ("news_probes_40.jsonl", 93), ("news_probes_41.jsonl", 120),
    ("news_probes_42.jsonl", 118), ("news_probes_43.jsonl", 110), ("news_probes_44.jsonl", 47), ("news_probes_45.jsonl", 93), ("news_probes_46.jsonl", 89),
    ("news_probes_47.jsonl", 88), ("news_probes_48.jsonl", 88), ("news_probes_49.jsonl", 88), ("news_probes_50.jsonl", 88),
    ("news_probes_51.jsonl", 88), ("news_probes_52.jsonl", 71), ("news_probes_53.jsonl", 74), ("news_probes_54.jsonl", 88), ("news_probes_55.jsonl", 64),
    ("news_probes_56.jsonl", 64), ("news_probes_57.jsonl", 64), ("news_probes_58.jsonl", 64),
    ("news_probes_59.jsonl", 52), ("news_probes_60.jsonl", 45), ("news_probes_61.jsonl", 64), ("news_probes_62.jsonl", 48),
    ("news_probes_63.jsonl", 64), ("news_probes_64.jsonl", 64), ("news_probes_65.jsonl", 45), ("news_probes_66.jsonl", 43),
    ("news_probes_67.jsonl", 64), ("news_probes_68.jsonl", 64), ("news_probes_69.jsonl", 64), ("news_probes_70.jsonl", 64),
    ("news_probes_71.jsonl", 64), ("news_probes_72.jsonl", 64), ("news_probes_73.jsonl", 64), ("news_probes_74.jsonl", 43),
    ("news_probes_75.jsonl", 44), ("news_probes_76.jsonl", 48), ("news_probes_77.jsonl", 64), ("news_probes_78.jsonl", 64),
    ("news_probes_79.jsonl", 64), ("news_probes_80.jsonl", 47), ("news_probes_81.jsonl", 64), ("news_probes_82.jsonl", 45),
    ("news_probes_83.jsonl", 64), ("news_probes_84.jsonl", 64), ("news_probes_85.jsonl", 52), ("news_probes_86.jsonl", 64),
    ("news_probes_87.jsonl", 64), ("news_probes_88.jsonl", 52), ("news_probes_89.jsonl", 64), ("news_probes_90.jsonl", 47),
    ("news_probes_91.jsonl", 64), ("news_probes_92.jsonl", 64), ("news_probes_93.jsonl", 64),
    ("news_probes_94.jsonl", 47), ("news_probes_95.jsonl", 42), ("news_probes_96.jsonl", 64), ("news_probes_97.jsonl", 64),
    ("news_probes_98.jsonl", 28), ("news_probes_99.jsonl", 48), ("news_probes_100.jsonl", 64), ("news_probes_101.jsonl", 64),
    ("news_probes_102.jsonl", 46), ("news_probes_103.jsonl", 64), ("news_probes_104.jsonl", 64), ("news_probes_105.jsonl", 48),
    ("news_probes_106.jsonl", 64), ("news_probes_107.jsonl", 64), ("news_probes_108.jsonl", 48), ("news_probes_109.jsonl", 64),
    ("news_probes_110.jsonl", 64), ("news_probes_111.jsonl", 51), ("news_probes_112.jsonl", 64), ("news_probes_113.jsonl", 64),
    ("news_probes_114.jsonl", 64), ("news_probes_115.jsonl", 64), ("news_probes_116.jsonl", 64), ("news_probes_117.jsonl", 64),
    ("news_probes_118.jsonl", 64), ("news_probes_119.jsonl", 64), ("news_probes_120.jsonl", 64), ("news_probes_121.jsonl", 64),
    ("news_probes_122.jsonl", 64), ("news_probes_123.jsonl", 64), ("news_probes_124.jsonl", 64), ("news_probes_125.jsonl", 48),
    ("news_probes_126.jsonl", 64), ("news_probes_127.jsonl", 64), ("news_probes_128.jsonl", 64), ("news_probes_129.jsonl", 48),
    ("news_probes_130.jsonl", 47), ("news_probes_131.jsonl", 64), ("news_probes_132.jsonl", 64), ("news_probes_133.jsonl", 48),
    ("news_probes_134.jsonl", 64), ("news_probes_135.jsonl", 64), ("news_probes_136.jsonl", 54), ("news_probes_137.jsonl", 54),
    ("news_probes_138.jsonl", 45), ("news_probes_139.jsonl", 43), ("news_probes_140.jsonl", 64),
    ("news_probes_141.jsonl", 64), ("news_probes_142.jsonl", 64), ("news_probes_143.jsonl", 34), ("news_probes_144.jsonl", 45),
    ("news_probes_145.jsonl", 64), ("news_probes_146.jsonl", 48), ("news_probes_147.jsonl", 64), ("news_probes_148.jsonl", 64),
    ("news_probes_149.jsonl", 64), ("news_probes_150.jsonl", 64), ("news_probes_151.jsonl", 64), ("news_probes_152.jsonl", 64),
    ("news_probes_153.jsonl", 50), ("news_probes_154.jsonl", 44), ("news_probes_155.jsonl", 64), ("news_probes_156.jsonl", 64),
    ("news_probes_157.jsonl", 38), ("news_probes_158.jsonl", 64), ("news_probes_159.jsonl", 48), ("news_probes_160.jsonl", 64),
    ("news_probes_161.jsonl", 64), ("news_probes_162.jsonl", 64), ("news_probes_163.jsonl", 64), ("news_probes_164.jsonl", 64),
    ("news_probes_165.jsonl", 64), ("news_probes_166.jsonl", 64), ("news_probes_167.jsonl", 64), ("news_probes_168.jsonl", 64),
    ("news_probes_169.jsonl", 64), ("news_probes_170.jsonl", 64), ("news_probes_171.jsonl", 64), ("news_probes_172.jsonl", 64),
    ("news_probes_173.jsonl", 64), ("news_probes_174.jsonl", 64), ("news_probes_175.jsonl", 64), ("news_probes_176.jsonl", 64),
])
def test_the_committed_news_probes_are_well_formed(name, count):
    """benchmarks/data/news_probes*.jsonl: each gold span is its text, inside its document, in order,
    never overlapping, with a TIMEX3 type; the benchmark's own loader reads it."""
    from benchmarks.tempeval import load_corpus

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / name
    documents = load_corpus(path)
    assert len(documents) == count and len({d.id for d in documents}) == count
    for document in documents:
        previous_end = 0
        for mention in sorted(document.gold, key=lambda m: m.start):
            assert document.text[mention.start:mention.end] == mention.text, (document.id, mention)
            assert mention.start >= previous_end and mention.type in ("DATE", "TIME", "DURATION", "SET"), (document.id, mention)
            previous_end = mention.end
