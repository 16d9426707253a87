"""A problem found in a data file, reported as ``FILE:LINE:COL: field: message``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# Control characters and the invisible marks that reorder text: a file *name* can hold them
# even though a file's content is checked for them, and a terminal must never receive them.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``), safe to print."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


@dataclass(frozen=True, slots=True)
class Problem:
    path: Path | None
    message: str
    field: str = ""  # dotted path, e.g. "steps[3].seconds"
    line: int | None = None
    col: int | None = None

    def __str__(self) -> str:
        where = printable(str(self.path)) if self.path else "<text>"
        if self.line is not None:
            where += f":{self.line}:{self.col or 1}"
        what = f"{self.field}: {self.message}" if self.field else self.message
        return f"{where}: {printable(what)}"


