"""Errors a user can act on: each names the file, the line or field, what was wrong and the fix."""

from __future__ import annotations


class TimelineError(Exception):
    """Base of every error this package raises on purpose."""


class InputError(TimelineError):
    """One bad input file (or path), reported as a single line: ``path:line: problem; fix``."""

    def __init__(self, path: str, problem: str, fix: str, *, line: int | None = None, field: str | None = None):
        self.path = path
        self.problem = problem
        self.fix = fix
        self.line = line
        self.field = field
        super().__init__(self.one_line())

    def where(self) -> str:
        """``path:line``, or the path alone when no line is known."""
        return self.path if self.line is None else f"{self.path}:{self.line}"

    def reason(self) -> str:
        """What was wrong and the fix, without the place: ``problem; fix``."""
        return f"{self.problem}; {self.fix}"

    def one_line(self) -> str:
        return f"{self.where()}: {self.reason()}"


class InputErrors(TimelineError):
    """Every bad input of one run, so the user can fix them all at once."""

    def __init__(self, errors: list[InputError]):
        self.errors = errors
        super().__init__("\n".join(e.one_line() for e in errors))


class UsageError(TimelineError):
    """The command line asks for something impossible (exit status 2)."""
