"""Every notice the user is told, in one place: the window shows it, the terminal prints it.

A notice is one plain sentence ("Saved Hill warm-up.", "No audio output found."). The log is
its only owner: what is on show now, when each one leaves, and the list of every notice so far
(the window's "Notices" menu, so one that left can be read again). Front ends subscribe and
draw; none of them keeps notices of its own.

- ``post(text)``: on show now; it leaves by itself after a few seconds (longer for more
  words). ``post(text, needs_answer=True)``: it stays until someone dismisses it (the user's
  ×, or the code that posted it once it stops being true).
- ``post(text, action=("Restore", restore))``: the notice offers one thing to do about it
  (a button beside it); ``answer(notice)`` does it and takes the notice down.
- ``dismiss(notice_or_text)``: take it down now (it stays in the list).
- ``expire()``: let the ones whose time is up leave; the front end calls it at
  ``next_expiry()`` (the window on a single-shot timer), so nothing ticks while nothing is up.

No Qt here; time comes from the clock the log is given.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TextIO

# How long a notice that needs no answer stays: time to read it at an unhurried pace, within
# bounds (a runner may be a few steps from the screen when it comes).
SHORTEST_SECONDS = 5.0
LONGEST_SECONDS = 12.0
SECONDS_PER_WORD = 0.35
# The list the user can read again keeps this many (oldest dropped first).
KEPT = 50


class Change(enum.Enum):
    POSTED = "posted"
    GONE = "gone"


@dataclass(frozen=True)
class Notice:
    """One notice. ``number`` tells two with the same words apart; ``posted`` is the clock's
    reading when it came; ``leaves`` when it goes by itself (inf: it needs an answer)."""

    number: int
    text: str
    needs_answer: bool
    posted: float
    leaves: float = field(compare=False)
    action: str = ""  # the label of what the notice offers to do ("Restore"), if anything


Listener = Callable[[Change, Notice], None]


def seconds_up(text: str) -> float:
    """How long a notice that needs no answer stays on show."""
    words = len(text.split())
    return max(SHORTEST_SECONDS, min(LONGEST_SECONDS, 2.0 + SECONDS_PER_WORD * words))


class NoticeLog:
    def __init__(self, now: Callable[[], float]) -> None:
        self._now = now
        self._up: list[Notice] = []
        self._all: list[Notice] = []
        self._listeners: list[Listener] = []
        self._actions: dict[int, Callable[[], object]] = {}
        self._numbers = 0

    # -- the API ---------------------------------------------------------------------------

    def post(self, text: str, needs_answer: bool = False, *,
             action: tuple[str, Callable[[], object]] | None = None) -> Notice:
        """Show ``text``. The same words already on show are not shown twice: that notice
        stays (its time starts again; it now needs an answer if either did). ``action``: a
        label and what to do when the user takes it (see :meth:`answer`)."""
        now = self._now()
        for index, shown in enumerate(self._up):
            if shown.text == text:
                again = replace(shown, needs_answer=shown.needs_answer or needs_answer,
                                leaves=self._leaves(text, now, shown.needs_answer
                                                    or needs_answer))
                self._up[index] = again
                self._all = [again if n.number == again.number else n for n in self._all]
                self._tell(Change.POSTED, again)
                return again
        self._numbers += 1
        notice = Notice(self._numbers, text, needs_answer, now,
                        self._leaves(text, now, needs_answer), action[0] if action else "")
        if action is not None:
            self._actions[notice.number] = action[1]
        self._up.append(notice)
        self._all = [*self._all, notice][-KEPT:]
        self._tell(Change.POSTED, notice)
        return notice

    def dismiss(self, which: Notice | str) -> None:
        """Take a notice down (by the notice, or every one on show with those words); it stays
        in the list. Nothing happens if it is not on show."""
        gone = [n for n in self._up
                if (n.number == which.number if isinstance(which, Notice) else n.text == which)]
        for notice in gone:
            self._up.remove(notice)
            self._actions.pop(notice.number, None)  # a notice gone can no longer be acted on
            self._tell(Change.GONE, notice)

    def answer(self, notice: Notice) -> None:
        """Do what ``notice`` offers (its action), then take it down."""
        act = self._actions.get(notice.number)
        self.dismiss(notice)
        if act is not None:
            act()

    def dismiss_all(self) -> None:
        for notice in list(self._up):
            self.dismiss(notice)

    @property
    def up(self) -> tuple[Notice, ...]:
        """On show now, oldest first."""
        return tuple(self._up)

    @property
    def current(self) -> Notice | None:
        """The one to show when there is room for one: the newest on show."""
        return self._up[-1] if self._up else None

    @property
    def all(self) -> tuple[Notice, ...]:
        """Every notice so far (the last :data:`KEPT`), oldest first: the list to read again."""
        return tuple(self._all)

    def texts(self) -> list[str]:
        return [n.text for n in self._all]

    def is_up(self, text: str) -> bool:
        return any(n.text == text for n in self._up)

    def now(self) -> float:
        """The log's clock, for a front end that wakes when the next notice leaves."""
        return self._now()

    def subscribe(self, listener: Listener) -> None:
        """``listener(change, notice)`` after every change, in the order they subscribed."""
        self._listeners.append(listener)

    # -- time ------------------------------------------------------------------------------

    def expire(self) -> None:
        """Let every notice whose time is up leave."""
        now = self._now()
        for notice in [n for n in self._up if n.leaves <= now]:
            self.dismiss(notice)

    def next_expiry(self) -> float | None:
        """When the next notice leaves by itself (the clock's time), or None."""
        times = [n.leaves for n in self._up if math.isfinite(n.leaves)]
        return min(times) if times else None

    # -- inside ----------------------------------------------------------------------------

    @staticmethod
    def _leaves(text: str, now: float, needs_answer: bool) -> float:
        return math.inf if needs_answer else now + seconds_up(text)

    def _tell(self, change: Change, notice: Notice) -> None:
        for listener in list(self._listeners):
            listener(change, notice)


def print_posted(stream: TextIO) -> Listener:
    """A listener that prints each notice as it is posted, as every ``limber`` command prints
    its notices ("limber: Saved Hill warm-up."), for the terminal the window was started from."""

    def listener(change: Change, notice: Notice) -> None:
        if change is Change.POSTED:
            print(f"limber: {notice.text}", file=stream, flush=True)

    return listener
