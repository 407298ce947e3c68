"""The committed output/ is what `make output` builds from seeds/, and builds are reproducible."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import jsonschema
import pytest

from timeline.cli import main, timeline_schema

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "output"
STALE = "output/ is stale: run 'make output' and commit the result"


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """output/ rebuilt exactly as `make output` does, into a temporary folder."""
    out = tmp_path_factory.mktemp("output")
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("SOURCE_DATE_EPOCH", raising=False)
        patch.chdir(ROOT)
        assert main(["build", "seeds", "-o", str(out), "-q"]) == 0
    return out


@pytest.mark.parametrize("name", ["timeline.json", "timeline.md", "timeline.html"])
def test_committed_text_outputs_are_current(fresh, name):
    assert (COMMITTED / name).read_bytes() == (fresh / name).read_bytes(), STALE


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_committed_pdf_text_is_current(fresh):
    assert pdf_text(COMMITTED / "timeline.pdf") == pdf_text(fresh / "timeline.pdf"), STALE


def test_committed_json_validates_against_the_schema():
    jsonschema.validate(json.loads((COMMITTED / "timeline.json").read_text()), timeline_schema())


def test_second_build_is_byte_identical(fresh, tmp_path):
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("SOURCE_DATE_EPOCH", raising=False)
        patch.chdir(ROOT)
        assert main(["build", "seeds", "-o", str(tmp_path), "-q", "--format", "json,md,html"]) == 0
    for name in ("timeline.json", "timeline.md", "timeline.html"):
        assert (tmp_path / name).read_bytes() == (fresh / name).read_bytes(), name

