"""The words as the voice gets them: written text through the pronunciation table, and the
symbols a user types said as words.

The screen and ``limber show`` keep the written text ("Sit-to-stand", "Hips & hamstrings");
only where text becomes audio (the plan's spoken form of each cue, which is what is rendered,
cached, measured and estimated; ``limber say``; the editor's Hear it) does it become what a
coach would say: "Sit down and stand up", "Hips and hamstrings". The table is data: the
catalogue's ``[pronounce]`` table, to which a routine file's own adds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from coach.core.model import Pronunciation

# Said as words wherever they stand.
_WORDS = (("&", " and "), ("+", " plus "), ("%", " percent "))
_SLASH = re.compile(r"\s*/\s*")  # "in/out", "left / right": a choice
_OPEN = re.compile(r"\s*[(\[{]\s*")  # a bracket is a pause: "Hips (gently)" -> "Hips, gently,"
_CLOSE = re.compile(r"\s*[)\]}]")
_SPACES = re.compile(r"\s+")
_BEFORE_MARK = re.compile(r"\s+([,.!?;:])")
_COMMA_BEFORE_MARK = re.compile(r",+(?=[,.!?;:])")
# What voice_form turns into words; the reader refuses the symbols it does not.
SPOKEN_SYMBOLS = "&+%/()[]{}"


def merged(*tables: Iterable[tuple[str, str]]) -> Pronunciation:
    """Tables joined, a later entry for the same written words (any case) winning in place."""
    out: dict[str, tuple[str, str]] = {}
    for table in tables:
        for written, said in table:
            out[written.casefold()] = (out.get(written.casefold(), (written, said))[0], said)
    return tuple(out.values())


def voice_form(text: str, table: Pronunciation = ()) -> str:
    """``text`` as the voice should get it. Table entries match whole words, in any case; the
    spoken form takes the capital of the words it replaces. Idempotent on its own output for
    a table whose spoken forms hold none of its written ones."""
    if table:
        by_key = {written.casefold(): said for written, said in table}
        keys = sorted(by_key, key=len, reverse=True)
        pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(k) for k in keys)
                             + r")(?![\w-])", re.IGNORECASE)

        def spoken(match: re.Match[str]) -> str:
            said = by_key[match.group(0).casefold()]
            first = said[:1].upper() if match.group(0)[:1].isupper() else said[:1].lower()
            return first + said[1:]

        text = pattern.sub(spoken, text)
    if not any(ch in text for ch in SPOKEN_SYMBOLS):
        return text
    for symbol, words in _WORDS:
        text = text.replace(symbol, words)
    text = _SLASH.sub(" or ", text)
    text = _OPEN.sub(", ", text)
    text = _CLOSE.sub(",", text)
    text = _SPACES.sub(" ", text).strip()
    text = _BEFORE_MARK.sub(r"\1", text)
    text = _COMMA_BEFORE_MARK.sub("", text)
    return text.lstrip(", ").rstrip(",")
