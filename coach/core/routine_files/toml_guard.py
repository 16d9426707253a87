"""What ``tomllib`` cannot be handed safely, found in one linear pass before it parses.

``tomllib`` parses nested arrays and inline tables by recursion, so a file nested a few hundred
deep ends in ``RecursionError``; and it turns every digit run into an ``int``, so 5000 digits
raise ``ValueError`` (CPython's integer-string limit) and 400 digits make an ``int`` too large for
any ``float``. No routine needs either. This scanner skips strings and comments the way TOML
defines them and reports the first bracket too deep or the first number too long, with its
line and column. It never decides whether the text *is* TOML: on anything it cannot follow
(an unterminated string, say) it stops and leaves the verdict to the parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["MAX_DIGITS", "MAX_NESTING", "Hazard", "find_hazard", "line_and_column", "string_end"]

MAX_NESTING = 16  # a routine needs 2 (a list of inline cue tables)
MAX_DIGITS = 32  # the longest number a routine needs has 4 digits
MAX_KEY_PARTS = 16  # "exercises.calf-stretch.name" has 3; tomllib is quadratic in the count

# A number starts where a bare key could not go on (so "step-2-name" holds no number) and runs
# over digits, letters (hex, exponents, "inf") and underscores.
_NEXT = re.compile(r"""["'#\[\]{}.,=\n]|(?<![A-Za-z0-9_-])[0-9][0-9A-Za-z_]*""")


@dataclass(frozen=True, slots=True)
class Hazard:
    message: str
    line: int
    col: int


def line_and_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``text[index]``; lines end at ``\\n`` only."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def find_hazard(text: str) -> Hazard | None:
    """The first place ``text`` nests too deep or holds too long a number, if there is one."""
    depth = 0
    dots = 0  # in the key being read: only a dotted key puts dots between these separators
    pos = 0
    while (match := _NEXT.search(text, pos)) is not None:
        token, start = match.group(), match.start()
        pos = match.end()
        if token == ".":
            dots += 1
            if dots >= MAX_KEY_PARTS:
                return _hazard(text, start, f"a dotted key of more than {MAX_KEY_PARTS} parts; "
                                            "a routine needs three at most")
            continue
        if token in ",=\n[]{}":
            dots = 0
        if token in ",=\n":
            continue
        if token[0].isdigit():
            if len(token) > MAX_DIGITS:
                return _hazard(text, start, f"a number {len(token)} characters long; numbers in "
                                            f"Limber's files have at most {MAX_DIGITS} digits")
        elif token in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return _hazard(text, start, f"lists or tables are nested more than {MAX_NESTING} "
                                            "deep; a routine needs two or three levels")
        elif token in "]}":
            depth = max(0, depth - 1)
        elif token == "#":
            end = text.find("\n", pos)
            if end < 0:
                return None
            pos = end + 1
        else:
            end = string_end(text, start)
            if end < 0:
                return None  # unterminated: the parser says so, with its own position
            pos = end
    return None


def string_end(text: str, start: int) -> int:
    """Index just past the string opening at ``start``, or -1 if it never closes properly."""
    quote = text[start]
    if text.startswith(quote * 3, start):
        end = _close(text, start + 3, quote * 3, escapes=quote == '"', one_line=False)
        if end < 0:
            return -1
        # A multi-line string may end with one or two quotes of its own before the closing three.
        extra = 0
        while extra < 2 and text.startswith(quote, end):
            end += 1
            extra += 1
        return end
    return _close(text, start + 1, quote, escapes=quote == '"', one_line=True)


def _close(text: str, pos: int, quote: str, *, escapes: bool, one_line: bool) -> int:
    while True:
        found = text.find(quote, pos)
        # A line break only up to the quote found: looking to the end of the line for each
        # string of a long line would read that line once per string.
        if found < 0 or (one_line and text.find("\n", pos, found) >= 0):
            return -1
        if escapes:
            back = found
            while back > pos and text[back - 1] == "\\":
                back -= 1
            if (found - back) % 2 == 1:  # an escaped quote belongs to the string
                pos = found + 1
                continue
        return found + len(quote)


def _hazard(text: str, index: int, message: str) -> Hazard:
    line, col = line_and_column(text, index)
    return Hazard(message, line, col)
