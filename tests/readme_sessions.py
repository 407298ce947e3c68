"""The README's shell sessions, run for real: `make readme` refreshes them, tests check them.

A session is a ```text block in README.md whose first line is ``$ timeline ...``; the rest
of the block is what that command prints (stdout, then stderr), run from the repository root.
Like sqlite-utils' documented sessions, this keeps the README's examples true.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SESSION = re.compile(r"```text\n(\$ timeline [^\n]*)\n(.*?)```", re.DOTALL)


def run_session(command_line: str) -> str:
    """What ``$ timeline ...`` prints, as a reader would see it in a terminal."""
    argv = shlex.split(command_line[2:])
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    result = subprocess.run(
        [sys.executable, "-m", "timeline", *argv[1:]], cwd=ROOT, capture_output=True, text=True, env=env, check=False
    )
    out = result.stdout + result.stderr
    if result.returncode:
        out += f"(exit status {result.returncode})\n"
    return out


def sessions(text: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in SESSION.finditer(text)]


def refreshed(text: str) -> str:
    return SESSION.sub(lambda m: f"```text\n{m.group(1)}\n{run_session(m.group(1))}```", text)


if __name__ == "__main__":
    README.write_text(refreshed(README.read_text(encoding="utf-8")), encoding="utf-8")
