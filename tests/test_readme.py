"""README sessions show what the commands really print (refresh with `make readme`)."""

from __future__ import annotations

import pytest

from readme_sessions import README, run_session, sessions

SESSIONS = sessions(README.read_text(encoding="utf-8"))


def test_readme_has_sessions_for_build_tag_and_errors():
    commands = [command for command, _ in SESSIONS]
    assert any(c.startswith("$ timeline build") for c in commands)
    assert any(c.startswith("$ timeline tag") for c in commands)


@pytest.mark.parametrize(("command", "shown"), SESSIONS, ids=[c for c, _ in SESSIONS])
def test_session_output_is_what_the_command_prints(command, shown):
    assert run_session(command) == shown, "README session is out of date: run 'make readme'"
