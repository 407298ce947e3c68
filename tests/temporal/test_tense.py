"""Tense and modality of the clause around an expression."""

from __future__ import annotations

import pytest

from timeline.temporal.tense import clause_tense, sentence_bounds


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("Witkoff and Kushner met with Umerov on Sunday in Florida.", "Sunday", "past"),
        ("They will meet with Putin in Moscow on Tuesday.", "Tuesday", "future"),
        ("The envoys are now expected to meet Zelensky in Europe on Wednesday.", "Wednesday", "future"),
        ("The leaders meet separately Monday with the secretary.", "Monday", "present"),
        ("On Friday, the government planned to hold a vote.", "Friday", "past"),
        ("The team planned to leave Nairobi on Thursday for Dar es Salaam.", "Thursday", "future"),
        ("The dividend will be paid Dec. 14 to holders of record.", "Dec. 14", "future"),
        ("It had been due to expire Friday evening.", "Friday", "past"),
        ("The case is heard in May in the appeals court.", "May", "present"),
        ("Since Tuesday, the shares have gained nearly 4%.", "Tuesday", "past"),
        ("The aid, where the Aug. 7 blasts killed 257 people, will arrive.", "Aug. 7", "past"),
        ("NATO agreed to admit Poland, Hungary and the Czech Republic in March.", "March", "future"),
        ("Neither he nor his aides could be reached Wednesday.", "Wednesday", "past"),  # an attempt made
        ("The plan could be approved Wednesday.", "Wednesday", "present"),
        ("The ceasefire took hold at dawn on Sunday.", "Sunday", "past"),
        ("The House votes Friday on the measure.", "Friday", "present"),
        ("The Supreme Court hears arguments Monday.", "Monday", "present"),
        ("Officials were counting the votes Friday.", "Friday", "past"),
        ("The polls open at 7 a.m. Thursday.", "Thursday", "present"),
        ("The Patriots host the Jets on Sunday.", "Sunday", "present"),
        ("Markets rallied after the close of trading Friday.", "Friday", "past"),
        ("Friday.", "Friday", None),
    ],
)
def test_clause_tense(sentence: str, expression: str, expected) -> None:
    start = sentence.index(expression)
    assert clause_tense(sentence, start, start + len(expression)) == expected


@pytest.mark.parametrize(("text", "inside"), [
    ("The standoff began Oct. 1, when funding lapsed.", "funding"),  # "Oct." ends no sentence before a number
    ("Gen. Allen said Mr. Smith left.", "Smith"),
    ("It ended at 10 p.m. Tuesday, officials said.", "officials"),  # a day after "p.m." belongs to it
])
def test_abbreviations_end_no_sentence(text: str, inside: str) -> None:
    assert sentence_bounds(text, 0, 3) == (0, len(text))


def test_a_clock_time_can_end_a_sentence() -> None:
    text = "The vote came at 10 p.m. He was arrested later."
    start = text.index("10 p.m.")
    assert sentence_bounds(text, start, start + len("10 p.m.")) == (0, text.index("He") - 1)


def test_sentence_bounds_stop_at_sentence_ends() -> None:
    text = "He left on Monday. She arrived on Tuesday and stayed. Then it rained."
    start = text.index("Tuesday")
    s, e = sentence_bounds(text, start, start + 7)
    assert text[s:e].strip() == "She arrived on Tuesday and stayed."
