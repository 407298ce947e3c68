"""Shared fixtures of the renderer tests: the fixture timelines as pytest fixtures.

The timelines themselves are built by plain functions in ``fixture_timelines.py`` (the golden
script uses them outside pytest). This folder goes on ``sys.path`` so that test modules,
imported by pytest's importlib mode without a package, can import those helpers by name.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixture_timelines import empty_timeline, hostile_timeline, small_timeline  # noqa: E402

from timeline.models import Timeline  # noqa: E402


@pytest.fixture
def small() -> Timeline:
    return small_timeline()


@pytest.fixture
def hostile() -> Timeline:
    return hostile_timeline()


@pytest.fixture
def empty() -> Timeline:
    return empty_timeline()
