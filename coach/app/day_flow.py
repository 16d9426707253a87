"""The run day as one state machine: knee check, warm-up, "Go run", cool-down, knees again.

The day lives in the history (one ``run_days`` row, rewritten in one transaction at every
step), so leaving the app, even a restart, loses nothing: the next start finds the open day
and offers to finish it. Like the session engine (:mod:`coach.core.session`), the flow has a
table of which command may run in which state; any other command is a no-op that returns
False, never an error:

* ``NONE`` — no day: "Start my run day" (``ask``) opens one;
* ``ASKED`` — the knee check before the warm-up; its score waits for the warm-up;
* ``WARMING_UP`` — the warm-up runs (the day's row exists from its start);
* ``SHORT_WARM_UP`` — the warm-up stopped short of done: go run anyway, warm up again, or end;
* ``OUT_RUNNING`` — the "Go run" screen: "I'm back", "I didn't run", or end the day;
* ``COOLING_DOWN`` — back (or no run): the cool-down is next, or runs;
* ``DONE`` — the cool-down finished; the knee scores after it (and two hours later) join it;
* ``ENDED`` — the runner ended the day before its cool-down was done.

Times are the wall clock's, which may be wrong, or wrong then and right now. So a stored day
dated after now is never taken up again (it would shadow today's real one), every time span
is a difference (which cannot overflow, where adding to a date near its limits can), and the
later check's wait is never negative, never beyond its window, and None once it has passed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from coach.core.language.current_language import translate
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
# A stored time up to this far ahead of now is a clock a little off, not a day from the future.
CLOCK_SLACK = timedelta(minutes=10)
# The newest days looked at when taking up a day after a restart.
RESUME_LOOK_BACK = 20


class DayState(StrEnum):
    NONE = "none"
    ASKED = "asked"
    WARMING_UP = "warming-up"
    SHORT_WARM_UP = "short-warm-up"
    OUT_RUNNING = "out-running"
    COOLING_DOWN = "cooling-down"
    DONE = "done"
    ENDED = "ended"


class DayCommand(StrEnum):
    ASK = "ask"  # "Start my run day"
    CANCEL = "cancel"  # home from the knee check: no day after all
    SCORE_BEFORE = "score-before"  # the knee check's confirmed score
    WARM_UP_STARTED = "warm-up-started"
    WARM_UP_ENDED = "warm-up-ended"
    GO_ANYWAY = "go-anyway"  # after a short warm-up: go run all the same
    BACK = "back"  # "I'm back"
    NO_RUN = "no-run"  # "I didn't run": the cool-down all the same
    COOL_DOWN_STARTED = "cool-down-started"
    COOL_DOWN_ENDED = "cool-down-ended"
    END = "end"  # "End the run day"
    SCORE_AFTER = "score-after"
    SCORE_LATER = "score-later"
    RESUME = "resume"  # at start-up: take up the latest day


S = DayState
OPEN = frozenset({S.WARMING_UP, S.SHORT_WARM_UP, S.OUT_RUNNING, S.COOLING_DOWN})
CLOSED = frozenset({S.NONE, S.DONE, S.ENDED})

# Which command may run in which state; anything else is a no-op.
TRANSITIONS: dict[DayCommand, frozenset[DayState]] = {
    DayCommand.ASK: CLOSED,
    DayCommand.CANCEL: frozenset({S.ASKED}),
    DayCommand.SCORE_BEFORE: frozenset({S.ASKED}),
    DayCommand.WARM_UP_STARTED: frozenset({S.ASKED, S.SHORT_WARM_UP}),
    DayCommand.WARM_UP_ENDED: frozenset({S.WARMING_UP}),
    DayCommand.GO_ANYWAY: frozenset({S.SHORT_WARM_UP}),
    DayCommand.BACK: frozenset({S.OUT_RUNNING}),
    DayCommand.NO_RUN: frozenset({S.OUT_RUNNING}),
    # Starting a cool-down while out (from anywhere) is coming back, "I'm back" pressed or not.
    DayCommand.COOL_DOWN_STARTED: frozenset({S.OUT_RUNNING, S.COOLING_DOWN}),
    DayCommand.COOL_DOWN_ENDED: frozenset({S.COOLING_DOWN}),
    DayCommand.END: frozenset({S.ASKED, *OPEN}),
    DayCommand.SCORE_AFTER: frozenset({S.COOLING_DOWN, S.DONE, S.ENDED}),
    DayCommand.SCORE_LATER: frozenset({S.DONE}),
    DayCommand.RESUME: frozenset({S.NONE}),
}


def state_of(day: RunDayRecord) -> DayState:
    """Where a stored day stands, read from what it holds."""
    if day.finished_at is not None:
        return S.DONE
    if day.ended_at is not None:
        return S.ENDED
    if day.warm_up_ended_at is None:
        return S.WARMING_UP
    if day.back_at is None:
        return S.OUT_RUNNING
    return S.COOLING_DOWN


def moments(day: RunDayRecord) -> list[datetime]:
    return [m for m in (day.started_at, day.warm_up_ended_at, day.back_at, day.finished_at,
                        day.ended_at) if m is not None]


def seconds_between(earlier: datetime, later: datetime) -> float:
    """``later - earlier`` in seconds. Subtracting two aware times cannot overflow."""
    return (later - earlier).total_seconds()


def from_the_future(day: RunDayRecord, now: datetime) -> bool:
    """Any of the day's times lies ahead of now (beyond a clock's ordinary slack)."""
    return any(seconds_between(now, m) > CLOCK_SLACK.total_seconds() for m in moments(day))


def _aware(moment: datetime) -> datetime:
    return moment if moment.utcoffset() is not None else moment.replace(tzinfo=UTC)


def _latest_bound(now: datetime) -> datetime:
    """Now plus the slack, or the last moment there is when the clock reads near it."""
    try:
        return now + CLOCK_SLACK
    except OverflowError:
        return datetime.max.replace(tzinfo=UTC)


class DayFlow:
    """The current run day, if any, kept in step with the history.

    ``changed`` hears every change of state (the window takes down the notice about an
    unfinished day when the day moves on)."""

    def __init__(self, history: HistoryStore | None, now: Callable[[], datetime],
                 notice: Callable[[str], None]) -> None:
        self._history = history
        self._clock = now
        self._notice = notice
        self._state = S.NONE
        self._checked: int | None = None  # the knee check's score, waiting for the warm-up
        self.short_fraction = 0.0  # how much of a short warm-up was done
        self.day: RunDayRecord | None = None
        self.listeners: list[Callable[[DayState], None]] = []
        self._warned = False

    def attach_history(self, history: HistoryStore) -> None:
        """Keep the day in ``history`` from now on (the app opens it after the first paint)."""
        self._history = history
        if self.day is not None:
            self._save(self.day)  # a day begun before the history opened

    # -- reading ----------------------------------------------------------------------------

    @property
    def state(self) -> DayState:
        return self._state

    def can(self, command: DayCommand) -> bool:
        return self._state in TRANSITIONS[command]

    @property
    def active(self) -> bool:
        """A day is under way: its warm-up, run or cool-down is still to finish."""
        return self._state in OPEN

    @property
    def knees_before(self) -> int | None:
        """The score before this day's warm-up (None: no day, or no score)."""
        if self._state is S.ASKED:
            return self._checked
        return None if self.day is None else self.day.knees_before

    @property
    def ran(self) -> bool:
        """The runner went out between the warm-up and the cool-down ("I didn't run": no)."""
        return self.day is not None and self.day.back_at is not None and self.day.ran is not False

    def seconds_out(self) -> int:
        """Seconds since the warm-up ended (0 outside a run, or when the clock went back)."""
        day = self.day
        if day is None or day.warm_up_ended_at is None or day.ran is False:
            return 0
        end = day.back_at or self._now()
        return max(0, int(seconds_between(day.warm_up_ended_at, end)))

    def later_check_due(self) -> bool:
        """Two hours after the cool-down, the knees not yet asked about again."""
        since = self._since_finished()
        return since is not None and \
            LATER_CHECK_AFTER.total_seconds() <= since <= LATER_CHECK_UNTIL.total_seconds()

    def seconds_to_later_check(self) -> float | None:
        """How long until the later check is due: 0 when it is, None when there is none to ask
        (no finished day, answered, or its window has passed). Never more than the two hours,
        even when the clock went back after the cool-down: it is asked again then."""
        since = self._since_finished()
        if since is None or since > LATER_CHECK_UNTIL.total_seconds():
            return None
        after = LATER_CHECK_AFTER.total_seconds()
        return min(after, max(0.0, after - since))

    def _since_finished(self) -> float | None:
        day = self.day
        if self._state is not S.DONE or day is None or day.finished_at is None \
                or day.knees_later is not None:
            return None
        return seconds_between(day.finished_at, self._now())

    # -- commands ---------------------------------------------------------------------------

    def ask(self) -> bool:
        """"Start my run day": the knee check (if any) and the warm-up come next."""
        if not self.can(DayCommand.ASK):
            return False
        self.day, self._checked = None, None
        self._move(S.ASKED)
        return True

    def cancel(self) -> bool:
        """Home from the knee check: no day was begun."""
        if not self.can(DayCommand.CANCEL):
            return False
        self._checked = None
        self._move(S.NONE)
        return True

    def score_before(self, score: int) -> bool:
        if not self.can(DayCommand.SCORE_BEFORE):
            return False
        self._checked = score
        return True

    def routine_started(self, kind: RoutineKind, routine_id: str) -> bool:
        """A routine began; a warm-up or a cool-down moves the day on when the day expects it."""
        now = self._now()
        if kind is RoutineKind.WARM_UP and self.can(DayCommand.WARM_UP_STARTED):
            if self._state is S.ASKED or self.day is None:
                from coach.storage.history_records import RunDayRecord

                self._save(RunDayRecord(started_at=now, warm_up_id=routine_id,
                                        knees_before=self._checked))
            else:  # warming up again after a short warm-up: the same day
                self._save(replace(self.day, warm_up_id=routine_id))
            self._checked = None
            self._move(S.WARMING_UP)
            return True
        if kind is RoutineKind.COOL_DOWN and self.can(DayCommand.COOL_DOWN_STARTED):
            assert self.day is not None
            self._save(replace(self.day, back_at=self.day.back_at or now,
                               cool_down_id=routine_id))
            self._move(S.COOLING_DOWN)
            return True
        return False

    def routine_ended(self, kind: RoutineKind, *, completed: bool, fraction: float) -> bool:
        """A routine finished or stopped. A warm-up short of ``completed`` waits for the
        runner's word (never ends the day by itself); a short cool-down leaves the day open."""
        day = self.day
        if day is None:
            return False
        if kind is RoutineKind.WARM_UP and self.can(DayCommand.WARM_UP_ENDED):
            if completed:
                self._save(replace(day, warm_up_ended_at=self._now()))
                self._move(S.OUT_RUNNING)
            else:
                self.short_fraction = max(0.0, min(1.0, fraction))
                self._move(S.SHORT_WARM_UP)
            return True
        if kind is RoutineKind.COOL_DOWN and self.can(DayCommand.COOL_DOWN_ENDED) and completed:
            self._save(replace(day, finished_at=self._now()))
            self._move(S.DONE)
            return True
        return False

    def go_anyway(self) -> bool:
        """After a short warm-up: go run all the same (the run is timed from now)."""
        if not self.can(DayCommand.GO_ANYWAY) or self.day is None:
            return False
        self._save(replace(self.day, warm_up_ended_at=self._now()))
        self._move(S.OUT_RUNNING)
        return True

    def back(self) -> bool:
        """"I'm back": the run is over; the cool-down is next."""
        if not self.can(DayCommand.BACK) or self.day is None:
            return False
        self._save(replace(self.day, back_at=self._now(), ran=True))
        self._move(S.COOLING_DOWN)
        return True

    def no_run(self) -> bool:
        """"I didn't run": the cool-down is next all the same, and the day says no run."""
        if not self.can(DayCommand.NO_RUN) or self.day is None:
            return False
        now = self._now()
        self._save(replace(self.day, warm_up_ended_at=self.day.warm_up_ended_at or now,
                           back_at=now, ran=False))
        self._move(S.COOLING_DOWN)
        return True

    def end(self) -> bool:
        """"End the run day": whatever is left of it is not done today."""
        if not self.can(DayCommand.END):
            return False
        if self.day is None:  # only asked: there is no row to close
            self._checked = None
            self._move(S.NONE)
            return True
        self._save(replace(self.day, ended_at=self._now()))
        self._move(S.ENDED)
        return True

    def score_after(self, score: int) -> bool:
        """The knee score after the cool-down; a second one replaces the first."""
        if not self.can(DayCommand.SCORE_AFTER) or self.day is None:
            return False
        self._save(replace(self.day, knees_after=score))
        return True

    def score_later(self, score: int) -> bool:
        """The later check's answer joins the day; False when there is no day to join."""
        if not self.can(DayCommand.SCORE_LATER) or self.day is None:
            return False
        self._save(replace(self.day, knees_later=score))
        return True

    def resume(self) -> bool:
        """At start-up: take up the latest day, if it is one to finish (or to ask about later).
        A day dated after now is passed over, so it never shadows today's."""
        if not self.can(DayCommand.RESUME) or self._history is None:
            return False
        from coach.storage.history import HistoryError

        now = self._now()
        try:
            latest = self._history.run_days(RESUME_LOOK_BACK, not_after=_latest_bound(now))
        except HistoryError:
            return False
        day = next((d for d in latest if not from_the_future(d, now)), None)
        if day is None:
            return False
        state = state_of(day)
        if state in (S.OUT_RUNNING, S.COOLING_DOWN):
            assert day.warm_up_ended_at is not None
            if seconds_between(day.warm_up_ended_at, now) > OFFER_FINISH_FOR.total_seconds():
                return False
        elif state is S.DONE and day.knees_later is None:
            assert day.finished_at is not None
            if seconds_between(day.finished_at, now) > LATER_CHECK_UNTIL.total_seconds():
                return False
        else:  # a warm-up the app closed during, an ended day, or one fully answered
            return False
        self.day = day
        self._move(state)
        return True

    # -- inside -----------------------------------------------------------------------------

    def _now(self) -> datetime:
        return _aware(self._clock())

    def _move(self, state: DayState) -> None:
        if state is self._state:
            return
        self._state = state
        for listener in list(self.listeners):
            listener(state)

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
                self._notice(translate("DayFlow", "Your run day could not be saved ({error}). "
                                                  "The routines themselves are not affected.")
                             .format(error=error))
