"""The negative corpus (negative.txt): quantities, counts, names and words that only look like
dates must not be tagged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.temporal import tag

CORPUS = Path(__file__).with_name("negative.txt")
CASES = [line for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("text", CASES)
def test_nothing_tagged(text: str) -> None:
    found = tag(text, dt.date(2025, 12, 3))
    assert [(t.text, t.value, t.rule) for t in found] == []
