"""Writing sessions and knee check-ins to the history, without letting it stop a workout.

A history that cannot be written at once (another program holds its lock, the disk is full)
keeps what it could not write and writes it later (:meth:`HistoryStore.save_session`); that is
worth one notice, never a wait or a crash in the middle of a stretch. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, TypeVar

from coach.core.language.current_language import translate

if TYPE_CHECKING:  # the history module (and sqlite3) loads with the history itself
    from coach.app.knee_nudges import Nudge
    from coach.core.plan.compiler import Plan
    from coach.core.session_events import Summary
    from coach.storage.history import HistoryStore
    from coach.storage.history_records import KneeContext, SessionRecord

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
        self._session: SessionRecord | None = None
        self._pending: SessionRecord | None = None  # started, still in its lead-in
        self._warned = False

    def started(self, plan: Plan) -> None:
        """A routine began its lead-in: it becomes a session once it is :meth:`underway`."""
        from coach.storage.history_records import SessionRecord

        self._session = None
        r = plan.routine
        self._pending = SessionRecord(r.id, r.name, str(r.kind), self._now(), plan.total_seconds)

    def underway(self) -> None:
        """The lead-in is over: record the session (stopped during the lead-in, it is none)."""
        record, self._pending = self._pending, None
        if self.history is None or record is None:
            return
        history = self.history
        # Kept even when it is not written yet: the end is saved as the same session.
        self._session = self._guard(lambda: history.save_session(record)) or record

    def ended(self, summary: Summary) -> None:
        """Record how the session ended; one that never became a session (stopped in its
        lead-in: :mod:`coach.app.session_rules` decides) is forgotten."""
        self._pending = None
        if self.history is None or self._session is None:
            return
        record = replace(
            self._session, ended_at=self._now(),
            completed_fraction=min(1.0, max(0.0, summary.completed_fraction)),
            skipped_steps=summary.skipped_steps, stopped=summary.stopped,
            active_seconds=max(0.0, summary.active_seconds),
        )
        self._session = None
        history = self.history
        self._guard(lambda: history.save_session(record))

    def knee(self, score: int, context: KneeContext, replacing: datetime | None = None,
             ) -> datetime:
        """Record a confirmed knee score; returns its time. ``replacing``: the time an earlier
        answer to the same question was recorded at, which this one replaces."""
        when = replacing or self._now()
        history = self.history
        if history is not None:
            self._guard(lambda: history.save_knee_score(score, when, context,
                                                        replacing=replacing is not None))
        return when

    def streak(self, today: date) -> int:
        """Days in a row with a warm-up and a cool-down both completed (0 without a history)."""
        history = self.history
        if history is None:
            return 0
        return self._guard(lambda: history.streak(today)) or 0

    def nudges(self) -> list[Nudge]:
        history = self.history
        if history is None:
            return []
        from coach.app.knee_nudges import knee_nudges  # loaded: there is a history

        return self._guard(lambda: knee_nudges(history, self._now())) or []

    def _guard(self, action: Callable[[], _T | None]) -> _T | None:
        from coach.storage.history import HistoryError  # loaded: there is a history

        try:
            result = action()
        except HistoryError as error:
            self._warn(translate("Journal", "Your history could not be saved ({error}). The "
                                            "routine itself is not affected.").format(error=error))
            return None
        if result is None and self.history is not None and self.history.pending_count:
            self._warn(translate("Journal", "Your history is busy (another program is using it, "
                                            "or the disk is full). This session is kept and will "
                                            "be saved as soon as it can be."))
        return result

    def _warn(self, text: str) -> None:
        if not self._warned:  # once is enough: the next failure has the same cause
            self._warned = True
            self._notice(text)
