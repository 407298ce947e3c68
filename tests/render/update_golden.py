"""Regenerate the renderers' golden files from the fixture timelines.

    .venv/bin/python tests/render/update_golden.py

writes ``tests/render/golden/<fixture>.<ext>`` for every fixture timeline in
``fixture_timelines.FIXTURE_TIMELINES`` and every format in ``GOLDEN_FORMATS``, through the
public ``timeline.render.render``. ``test_golden.py`` compares the renderers' output with these
files byte for byte; review the diff (``git diff tests/render/golden``) before committing.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from fixture_timelines import FIXTURE_TIMELINES  # noqa: E402

from timeline.render import RenderOptions, render  # noqa: E402

GOLDEN_DIR = HERE / "golden"
# format -> file extension of its golden files
GOLDEN_FORMATS = {"md": "md", "html": "html", "timelinejs": "timelinejs.json"}
# The Markdown goldens include the optional Mermaid diagram, so that it is pinned too.
GOLDEN_OPTIONS = {"md": RenderOptions(mermaid=True)}
REGENERATE = ".venv/bin/python tests/render/update_golden.py"


def golden_path(fixture: str, fmt: str) -> Path:
    return GOLDEN_DIR / f"{fixture}.{GOLDEN_FORMATS[fmt]}"


def render_golden(fixture: str, fmt: str) -> bytes:
    return render(FIXTURE_TIMELINES[fixture](), fmt, GOLDEN_OPTIONS.get(fmt, RenderOptions()))


def main() -> int:
    GOLDEN_DIR.mkdir(exist_ok=True)
    failures = 0
    for fixture in FIXTURE_TIMELINES:
        for fmt in GOLDEN_FORMATS:
            path = golden_path(fixture, fmt)
            try:
                data = render_golden(fixture, fmt)
            except Exception as error:  # report every format that fails, then exit non-zero
                print(f"{path.name}: not written: {type(error).__name__}: {error}", file=sys.stderr)
                failures += 1
                continue
            old = path.read_bytes() if path.exists() else None
            path.write_bytes(data)
            state = "unchanged" if old == data else ("created" if old is None else "updated")
            print(f"{path.relative_to(HERE.parents[1])}: {state}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
