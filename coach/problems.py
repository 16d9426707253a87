"""A problem found in a data file, reported as ``FILE:LINE:COL: field: message``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Problem:
    path: Path | None
    message: str
    field: str = ""  # dotted path, e.g. "steps[3].seconds"
    line: int | None = None
    col: int | None = None

    def __str__(self) -> str:
        where = str(self.path) if self.path else "<text>"
        if self.line is not None:
            where += f":{self.line}:{self.col or 1}"
        what = f"{self.field}: {self.message}" if self.field else self.message
        return f"{where}: {what}"


class ProblemError(ValueError):
    """Raised where one problem makes going on pointless (e.g. asking for an unknown routine)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
