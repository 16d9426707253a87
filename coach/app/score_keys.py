"""Typing a 0–10 score: a digit selects it at once, and "1" then "0" makes ten.

No timer: a "0" straight after a "1" is ten (the only two-key score), any other key starts over.
A typed score is only selected; Enter (or the screen's button) confirms it, so "1" on the way
to ten is never kept as an answer of its own.
"""

from __future__ import annotations


class ScoreKeys:
    def __init__(self, highest: int = 10) -> None:
        self._highest = highest
        self._after_one = False

    def reset(self) -> None:
        self._after_one = False

    def feed(self, text: str) -> int | None:
        """The score ``text`` (one typed character) selects, or None when it is not a digit."""
        if len(text) != 1 or not text.isdigit():
            self._after_one = False
            return None
        digit = int(text)
        if digit == 0 and self._after_one and self._highest >= 10:
            self._after_one = False
            return 10
        self._after_one = digit == 1
        return digit
