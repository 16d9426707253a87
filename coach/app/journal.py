"""Writing sessions and knee check-ins to the history, without letting it stop a workout.

A history that cannot be written (a full disk, a locked file) is worth one notice, never a
crash in the middle of a stretch. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from coach.events import Summary
from coach.plan import Plan
from coach.storage.history import HistoryError, HistoryStore, KneeContext, Nudge, SessionRecord

Notice = Callable[[str], None]
_T = TypeVar("_T")


def utc_now() -> datetime:
    return datetime.now(UTC)


class Journal:
    """Records into an optional :class:`HistoryStore`; with None it records nothing."""

    def __init__(self, history: HistoryStore | None, notice: Notice,
                 now: Callable[[], datetime] = utc_now) -> None:
        self.history = history
        self._notice = notice
        self._now = now
        self._session_id: int | None = None
        self._warned = False

    def started(self, plan: Plan) -> None:
        self._session_id = None
        if self.history is None:
            return
        r = plan.routine
        record = SessionRecord(r.id, r.name, str(r.kind), self._now(), plan.total_seconds)
        history = self.history
        saved = self._guard(lambda: history.record_session(record))
        self._session_id = saved.id if saved else None

    def ended(self, summary: Summary) -> None:
        if self.history is None or self._session_id is None:
            return
        session_id, self._session_id = self._session_id, None
        history = self.history
        self._guard(lambda: history.finish_session(
            session_id, ended_at=self._now(),
            completed_fraction=min(1.0, max(0.0, summary.completed_fraction)),
            skipped_steps=summary.skipped_steps, stopped=summary.stopped,
        ))

    def knee(self, score: int, context: KneeContext) -> None:
        history = self.history
        if history is not None:
            self._guard(lambda: history.record_knee_score(score, self._now(), context))

    def nudges(self) -> list[Nudge]:
        history = self.history
        if history is None:
            return []
        return self._guard(lambda: history.nudges(self._now())) or []

    def _guard(self, action: Callable[[], _T]) -> _T | None:
        try:
            return action()
        except HistoryError as error:
            if not self._warned:  # once is enough: the next failure has the same cause
                self._warned = True
                self._notice(f"Your history could not be saved ({error}). "
                             "The routine itself is not affected.")
            return None
