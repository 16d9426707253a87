"""The knee scores of one run day: the check before a warm-up, compared after the cool-down.

Its state belongs to one warm-up and cool-down pair, never to the app's whole life. Every
warm-up that starts opens a new pair, holding the score of the check asked just before it, or
none when the check was skipped or not asked; the score after the cool-down closes the pair.
So a score given before one warm-up is never compared after a later one's cool-down.
"""

from __future__ import annotations


class RunDay:
    def __init__(self) -> None:
        self._checked: int | None = None  # the check just answered, waiting for its warm-up
        self._before: int | None = None  # the pre-run score of the open pair

    @property
    def knees_before(self) -> int | None:
        """The score before this run, for the cool-down to compare with (None: not asked)."""
        return self._before

    def forget_check(self) -> None:
        """The check is about to be asked again, or the runner went home after it: an answer
        given so far belongs to no warm-up."""
        self._checked = None

    def resumed(self, before: int | None) -> None:
        """A run day left open by an earlier start goes on: its pre-run score is this pair's."""
        self._before, self._checked = before, None

    def scored_before(self, score: int) -> None:
        self._checked = score

    def warm_up_started(self) -> None:
        """A warm-up opens a new pair, with the score of the check just before it (if any)."""
        self._before, self._checked = self._checked, None

    def scored_after(self) -> None:
        """The score after the cool-down closes the pair."""
        self._before = None
