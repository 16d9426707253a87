"""A session's rules, decided here once for the window and ``limber run --text``.

* **Past the lead-in it counts.** A routine stopped during its "get ready" lead-in was never
  done: it is not recorded and goes straight home. Once the first step begins it is a session,
  recorded as it starts and again however it ends (Esc, closing the window, Ctrl-C, a TERM or
  HUP, a closed terminal pipe). A routine that finishes without a lead-in counts too.
* **Stopping asks first once under way**: more than :data:`CONFIRM_STOP_AFTER` seconds in, Esc,
  Ctrl+Q or closing the window pause and ask; before that they stop at once.
* **What comes after**: home (nothing was done), the finish screen (what was done, honestly),
  or, when a run day's warm-up has finished, straight out for the run.
* **A preview is not a session.** A run at any speed but real time (``--speed 50``) is for
  looking, not exercising: it is not recorded, not counted in the streak and does not move
  the run day on.

:class:`SessionLife` holds the one session under way; the
:class:`~coach.app.controller.AppController` owns it and asks it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the session's events load with the first session, not at start-up
    from coach.core.session_events import State

# Esc stops at once this early in a session; later it asks first (and pauses while asking).
CONFIRM_STOP_AFTER = 5.0


class After(StrEnum):
    """Where a session that ended leads."""

    HOME = "home"  # stopped in its lead-in: nothing was done
    FINISH = "finish"  # the finish screen: what was done ("Well done", "Stopped early: …")
    GO_RUN = "go-run"  # a run day's warm-up finished: out for the run, no finish screen


def stop_needs_asking(position: float) -> bool:
    """Whether stopping (Esc, Ctrl+Q, closing) asks first at ``position`` seconds in."""
    return position > CONFIRM_STOP_AFTER


class SessionLife:
    """The session under way: whether it counts yet, and whether it is only a preview."""

    def __init__(self) -> None:
        self.running = False
        self.preview = False
        self.counted = False

    def started(self, *, preview: bool) -> None:
        self.running, self.preview, self.counted = True, preview, False

    def state_changed(self, state: State) -> bool:
        """The session moved to ``state``; True the moment it comes to count (past the
        lead-in), once per session."""
        from coach.core.session_events import State

        if self.running and not self.counted and state is State.RUNNING:
            self.counted = True
            return True
        return False

    def ended(self, *, stopped: bool) -> bool:
        """The session ended; whether it counted. One finished within its lead-in (a routine
        with none) counts: it was done."""
        counted = self.counted or (self.running and not stopped)
        self.running = self.counted = False
        return counted
