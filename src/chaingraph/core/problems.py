"""Errors that say what was wrong, where, and what would fix it.

A check never stops at the first mistake: it collects every `Problem` of a run and raises them
together as one `InputError`, so a curator fixes a file in one pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int | None
    field: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        text = f"{where}: {self.field}: {self.message}"
        return f"{text} (fix: {self.hint})" if self.hint else text


class InputError(Exception):
    """One or more problems in the inputs; the build wrote nothing."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems), key=lambda p: (p.file, p.line or 0, p.field, p.message))
        super().__init__("\n".join(str(p) for p in self.problems))


def display_path(path: Path | str) -> str:
    """A path relative to the working directory when possible, so messages stay short."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


class UsageError(Exception):
    """Wrong arguments or an unknown name given on the command line."""
