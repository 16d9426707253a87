"""The run day as one flow: knee check, warm-up, "Go run", cool-down, knee check again.

The day lives in the history (one ``run_days`` row, rewritten in one transaction at every
step), so leaving the app, even a restart, loses nothing: the next start finds the open day
and offers to finish it with the cool-down. Where the day stands is read from what it holds:

* warming up — started, the warm-up not yet finished;
* out running — the warm-up finished, not back yet (the "Go run" screen);
* cooling down — back, the cool-down not yet finished;
* done — the cool-down finished; the knee scores after it (and two hours later) join it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from coach.core.model import RoutineKind

if TYPE_CHECKING:  # the history module (and sqlite3) loads when the history is opened
    from coach.storage.history import HistoryStore
    from coach.storage.history_records import RunDayRecord

# A day whose warm-up ended longer ago than this is not offered again: that run is over.
OFFER_FINISH_FOR = timedelta(hours=12)
# The later knee check (after a run, pain worse than usual two hours on means do less next time).
LATER_CHECK_AFTER = timedelta(hours=2)
# Answered this long after it was due, the later check is no longer about that run.
LATER_CHECK_UNTIL = timedelta(hours=12)


class Stage(StrEnum):
    WARMING_UP = "warming-up"
    OUT_RUNNING = "out-running"
    COOLING_DOWN = "cooling-down"
    DONE = "done"


def stage_of(day: RunDayRecord) -> Stage:
    if day.warm_up_ended_at is None:
        return Stage.WARMING_UP
    if day.back_at is None:
        return Stage.OUT_RUNNING
    if day.finished_at is None:
        return Stage.COOLING_DOWN
    return Stage.DONE


class DayFlow:
    """The current run day, if any, kept in step with the history."""

    def __init__(self, history: HistoryStore | None, now: Callable[[], datetime],
                 notice: Callable[[str], None]) -> None:
        self._history = history
        self._now = now
        self._notice = notice
        self._asked = False  # "Start my run day" was pressed: the next warm-up opens a day
        self.day: RunDayRecord | None = None
        self._warned = False

    def attach_history(self, history: HistoryStore) -> None:
        """Keep the day in ``history`` from now on (the app opens it after the first paint)."""
        self._history = history
        if self.day is not None:
            self._save(self.day)  # a day begun before the history opened

    @property
    def stage(self) -> Stage | None:
        return None if self.day is None else stage_of(self.day)

    @property
    def active(self) -> bool:
        """A day is under way: its warm-up, run or cool-down is still to finish."""
        return self.stage not in (None, Stage.DONE)

    def ask(self) -> None:
        """The runner asked for a run day: the next warm-up that starts opens it."""
        self._asked = True

    def cancel_ask(self) -> None:
        self._asked = False

    def routine_started(self, kind: RoutineKind, routine_id: str,
                        knees_before: int | None) -> None:
        now = self._now()
        if kind is RoutineKind.WARM_UP and self._asked:
            from coach.storage.history_records import RunDayRecord

            self._asked = False
            self._save(RunDayRecord(started_at=now, warm_up_id=routine_id,
                                    knees_before=knees_before))
        elif kind is RoutineKind.COOL_DOWN and self.day is not None and \
                self.stage in (Stage.OUT_RUNNING, Stage.COOLING_DOWN):
            # Starting the cool-down is coming back, "I'm back" pressed or not.
            self._save(replace(self.day, back_at=self.day.back_at or now,
                               cool_down_id=routine_id))

    def routine_ended(self, kind: RoutineKind, *, completed: bool) -> None:
        day = self.day
        if day is None:
            return
        stage = self.stage
        if kind is RoutineKind.WARM_UP and stage is Stage.WARMING_UP:
            if completed:
                self._save(replace(day, warm_up_ended_at=self._now()))
            else:
                self.day = None  # stopped: no run day; the row stays, never offered again
        elif kind is RoutineKind.COOL_DOWN and stage is Stage.COOLING_DOWN and completed:
            self._save(replace(day, finished_at=self._now()))

    def back(self) -> None:
        """"I'm back": the run is over; the cool-down is next."""
        if self.day is not None and self.stage is Stage.OUT_RUNNING:
            self._save(replace(self.day, back_at=self._now()))

    def seconds_out(self) -> int:
        """Seconds since the warm-up ended (0 outside a run)."""
        if self.day is None or self.day.warm_up_ended_at is None:
            return 0
        end = self.day.back_at or self._now()
        return max(0, int((end - self.day.warm_up_ended_at).total_seconds()))

    def knees_after(self, score: int) -> None:
        if self.day is not None and self.stage is Stage.DONE and self.day.knees_after is None:
            self._save(replace(self.day, knees_after=score))

    def later_check_due(self) -> bool:
        """Two hours after the cool-down, the knees not yet asked about again."""
        day = self.day
        if day is None or day.finished_at is None or day.knees_later is not None:
            return False
        since = self._now() - day.finished_at
        return LATER_CHECK_AFTER <= since <= LATER_CHECK_UNTIL

    def seconds_to_later_check(self) -> float | None:
        day = self.day
        if day is None or day.finished_at is None or day.knees_later is not None:
            return None
        return max(0.0, (day.finished_at + LATER_CHECK_AFTER - self._now()).total_seconds())

    def knees_later(self, score: int) -> bool:
        """The later check's answer joins the day; False when there is no day to join."""
        if self.day is None or self.day.finished_at is None:
            return False
        self._save(replace(self.day, knees_later=score))
        return True

    def resume(self) -> None:
        """At start-up: take up the latest day, if it is one to finish (or to ask about later)."""
        if self._history is None:
            return
        from coach.storage.history import HistoryError

        try:
            latest = self._history.run_days(1)
        except HistoryError:
            return
        if not latest:
            return
        day = latest[0]
        now = self._now()
        if stage_of(day) in (Stage.OUT_RUNNING, Stage.COOLING_DOWN):
            assert day.warm_up_ended_at is not None
            if now - day.warm_up_ended_at <= OFFER_FINISH_FOR:
                self.day = day
        elif stage_of(day) is Stage.DONE and day.knees_later is None:
            assert day.finished_at is not None
            if now - day.finished_at <= LATER_CHECK_UNTIL:
                self.day = day

    def _save(self, day: RunDayRecord) -> None:
        self.day = day
        if self._history is None:
            return
        from coach.storage.history import HistoryError

        try:
            self.day = self._history.save_run_day(day)
        except HistoryError as error:
            if not self._warned:
                self._warned = True
                self._notice(f"Your run day could not be saved ({error}). "
                             "The routines themselves are not affected.")
