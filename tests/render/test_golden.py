"""Rendered output of the fixture timelines, compared byte for byte with committed golden files.

After an intended change, regenerate them with ``.venv/bin/python tests/render/update_golden.py``
and review ``git diff tests/render/golden``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fixture_timelines import FIXTURE_TIMELINES
from update_golden import GOLDEN_FORMATS, REGENERATE, golden_path, render_golden


def first_difference(expected: bytes, actual: bytes) -> str:
    old, new = expected.decode("utf-8").splitlines(), actual.decode("utf-8").splitlines()
    for number, (a, b) in enumerate(zip(old, new), start=1):
        if a != b:
            return f"line {number}:\n  golden:   {a[:200]!r}\n  rendered: {b[:200]!r}"
    return f"the golden file has {len(old)} lines, the rendering {len(new)}"


@pytest.mark.parametrize("fmt", list(GOLDEN_FORMATS))
@pytest.mark.parametrize("fixture", list(FIXTURE_TIMELINES))
def test_rendering_matches_golden_file(fixture, fmt):
    path = golden_path(fixture, fmt)
    if not path.exists():
        pytest.fail(f"{path} is missing; create it with `{REGENERATE}`", pytrace=False)
    expected = path.read_bytes()
    actual = render_golden(fixture, fmt)
    if actual != expected:
        pytest.fail(
            f"{fmt} rendering of the {fixture!r} fixture differs from {path.name} at "
            f"{first_difference(expected, actual)}\n"
            f"If the change is intended, regenerate the golden files with `{REGENERATE}` "
            f"and review `git diff tests/render/golden`.",
            pytrace=False,
        )


RENDER_IN_SUBPROCESS = """
import hashlib, sys
sys.path.insert(0, "tests/render")
from fixture_timelines import FIXTURE_TIMELINES
from timeline.render import RenderOptions, render
for name, build in FIXTURE_TIMELINES.items():
    for fmt in ("json", "md", "html", "timelinejs"):
        print(name, fmt, hashlib.sha256(render(build(), fmt, RenderOptions(mermaid=True))).hexdigest())
"""


def test_rendering_is_the_same_in_every_process():
    """Nothing in the output may depend on hash seeds, set order or the clock."""
    root = Path(__file__).resolve().parents[2]
    runs = [
        subprocess.run([sys.executable, "-c", RENDER_IN_SUBPROCESS], cwd=root, capture_output=True, text=True,
                       check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2")
    ]
    assert runs[0] == runs[1]
    assert len(runs[0].splitlines()) == len(FIXTURE_TIMELINES) * 4
