"""Where a key sits in a TOML text, so a problem can name its line and column.

``tomllib`` gives values but no positions. This scanner reads the layout a person writes —
table headers, arrays of tables and ``key = value`` lines — which is all Limber's files use.
A path it cannot place falls back to its nearest placed parent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.core.routine_files.toml_guard import line_and_column, string_end

PathPart = str | int
_NAME = r"""(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')"""
_KEY = re.compile(rf"^(\s*)({_NAME}(?:\s*\.\s*{_NAME})*)\s*=")
_NAME_AT = re.compile(rf"{_NAME}(?:[ \t]*\.[ \t]*{_NAME})*")


def _split_dotted(text: str) -> list[str]:
    parts = re.findall(r"""[A-Za-z0-9_-]+|"[^"]*"|'[^']*'""", text)
    return [p[1:-1] if p[:1] in "\"'" else p for p in parts]


def _header(line: str) -> tuple[str, str] | None:
    """``("[" or "[[", what is inside)`` for a table header line, else None.

    Done by hand, not by one regular expression: the obvious pattern backtracks cubically on
    a line of "[" and thousands of spaces, which is valid inside a multi-line array.
    """
    stripped = line.strip()
    if not stripped.startswith("["):
        return None
    brackets = "[[" if stripped.startswith("[[") else "["
    close = stripped.find("]", len(brackets))
    if close < 0:
        return None
    inside = stripped[len(brackets):close].strip()
    rest = stripped[close + 1:]
    rest = rest.removeprefix("]").lstrip()
    if not inside or (rest and not rest.startswith("#")):
        return None
    return brackets, inside


class KeyPositions:
    def __init__(self, text: str) -> None:
        self._where: dict[tuple[PathPart, ...], tuple[int, int]] = {}
        self._scan(text)

    def _scan(self, text: str) -> None:
        table: tuple[PathPart, ...] = ()
        counts: dict[tuple[str, ...], int] = {}
        in_string: str | None = None
        offset = 0  # of the line in text
        skip_until = 0  # the end of an array already placed element by element
        # TOML ends lines at "\n" only (splitlines would also split at form feeds and U+2028).
        for number, line in enumerate(text.split("\n"), start=1):
            start, offset = offset, offset + len(line) + 1
            if start < skip_until:
                continue
            if in_string:
                if line.count(in_string) % 2 == 1:
                    in_string = None
                continue
            header = _header(line)
            if header:
                brackets, inside = header
                names = tuple(_split_dotted(inside))
                if brackets == "[[":
                    index = counts.get(names, 0)
                    counts[names] = index + 1
                    table = (*names, index)
                else:
                    table = names
                self._where.setdefault(table, (number, line.index("[") + 1))
                continue
            key = _KEY.match(line)
            if key:
                path = (*table, *_split_dotted(key.group(2)))
                self._where.setdefault(path, (number, len(key.group(1)) + 1))
                rest = line[key.end():]
                if rest.lstrip().startswith("["):
                    opening = start + key.end() + len(rest) - len(rest.lstrip())
                    skip_until = self._array(text, opening, path, _Lines(text, number, start))
                    continue
                for quote in ('"""', "'''"):
                    if rest.count(quote) % 2 == 1:
                        in_string = quote

    def _array(self, text: str, opening: int, path: tuple[PathPart, ...],
               lines: _Lines) -> int:
        """Place each element of the array opening at ``text[opening]``, and the keys of the
        inline tables in it (``cues = [ { at = 10, say = "..." }, ... ]``), so a problem in
        the second cue points at the second cue. Returns where the array ends; the caller
        skips those lines, so every character is read once."""
        depth, index, pos = 0, -1, opening
        element_next = key_next = False
        while pos < len(text):
            char = text[pos]
            if char in " \t\r\n":
                pos += 1
                continue
            if char == "#":
                end = text.find("\n", pos)
                pos = len(text) if end < 0 else end + 1
                continue
            if depth == 1 and element_next and char != "]":
                index += 1
                self._where.setdefault((*path, index), lines.at(pos))
                element_next = False
            if depth == 2 and key_next and char != "}":
                name = _NAME_AT.match(text, pos)
                if name:
                    where = (*path, index, *_split_dotted(name.group()))
                    self._where.setdefault(where, lines.at(pos))
                key_next = False
            if char in "\"'":
                end = string_end(text, pos)
                if end < 0:
                    return len(text)
                pos = end
                continue
            if char in "[{":
                depth += 1
                element_next = depth == 1
                key_next = depth == 2 and char == "{"
            elif char in "]}":
                depth -= 1
                if depth == 0:
                    return pos + 1
            elif char == ",":
                element_next = depth == 1
                key_next = depth == 2
            pos += 1
        return len(text)

    def find(self, path: Sequence[PathPart]) -> tuple[int, int] | None:
        parts = tuple(path)
        while parts:
            if parts in self._where:
                return self._where[parts]
            parts = parts[:-1]
        return None


class _Lines:
    """Line and column of positions met in order, counting only the lines in between (from
    the top of the file for each, a long array would make placing its elements quadratic)."""

    def __init__(self, text: str, line: int, line_start: int) -> None:
        self._text = text
        self._line, self._line_start, self._pos = line, line_start, line_start

    def at(self, pos: int) -> tuple[int, int]:
        if pos < self._pos:  # not met in order after all: count from the top
            return line_and_column(self._text, pos)
        breaks = self._text.count("\n", self._pos, pos)
        if breaks:
            self._line += breaks
            self._line_start = self._text.rfind("\n", self._pos, pos) + 1
        self._pos = pos
        return self._line, pos - self._line_start + 1


def dotted(path: Sequence[PathPart]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out
