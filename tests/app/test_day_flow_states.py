"""The run day's state machine, on a fake clock: every command in every state (allowed ones
move the day as the table says, the others change nothing), and times from the past or the
future in the history (a future-dated day never wins, no time ever raises, and the later
check's wait always fits a timer)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coach.app.day_flow import (
    CLOCK_SLACK,
    LATER_CHECK_AFTER,
    LATER_CHECK_UNTIL,
    TRANSITIONS,
    DayCommand,
    DayFlow,
    DayState,
)
from coach.core.model import RoutineKind
from coach.storage.history import HistoryStore
from coach.storage.history_records import RunDayRecord

START = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
WARM, COOL = RoutineKind.WARM_UP, RoutineKind.COOL_DOWN
S, C = DayState, DayCommand


class Clock:
    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def history(tmp_path: Path, clock: Clock):
    store = HistoryStore(tmp_path / "h.sqlite3", clock=clock)
    yield store
    store.close()


def flow_on(history: HistoryStore | None, clock: Clock) -> tuple[DayFlow, list[str]]:
    notices: list[str] = []
    return DayFlow(history, clock, notices.append), notices


# How to reach each state from a fresh flow, minutes passing between the steps.
def _reach(flow: DayFlow, clock: Clock, state: DayState) -> None:
    path: dict[DayState, list[Callable[[], object]]] = {
        S.NONE: [],
        S.ASKED: [flow.ask],
        S.WARMING_UP: [flow.ask, lambda: flow.routine_started(WARM, "w")],
        S.SHORT_WARM_UP: [flow.ask, lambda: flow.routine_started(WARM, "w"),
                          lambda: flow.routine_ended(WARM, completed=False, fraction=0.4)],
        S.OUT_RUNNING: [flow.ask, lambda: flow.routine_started(WARM, "w"),
                        lambda: flow.routine_ended(WARM, completed=True, fraction=1.0)],
        S.COOLING_DOWN: [flow.ask, lambda: flow.routine_started(WARM, "w"),
                         lambda: flow.routine_ended(WARM, completed=True, fraction=1.0),
                         flow.back],
        S.DONE: [flow.ask, lambda: flow.routine_started(WARM, "w"),
                 lambda: flow.routine_ended(WARM, completed=True, fraction=1.0), flow.back,
                 lambda: flow.routine_started(COOL, "c"),
                 lambda: flow.routine_ended(COOL, completed=True, fraction=1.0)],
        S.ENDED: [flow.ask, lambda: flow.routine_started(WARM, "w"),
                  lambda: flow.routine_ended(WARM, completed=True, fraction=1.0), flow.end],
    }
    for step in path[state]:
        clock.advance(minutes=7)
        assert step() is True
    assert flow.state is state


def _command(flow: DayFlow, command: DayCommand) -> bool:
    calls: dict[DayCommand, Callable[[], bool]] = {
        C.ASK: flow.ask,
        C.CANCEL: flow.cancel,
        C.SCORE_BEFORE: lambda: flow.score_before(4),
        C.WARM_UP_STARTED: lambda: flow.routine_started(WARM, "w2"),
        C.WARM_UP_ENDED: lambda: flow.routine_ended(WARM, completed=True, fraction=1.0),
        C.GO_ANYWAY: flow.go_anyway,
        C.BACK: flow.back,
        C.NO_RUN: flow.no_run,
        C.COOL_DOWN_STARTED: lambda: flow.routine_started(COOL, "c2"),
        C.COOL_DOWN_ENDED: lambda: flow.routine_ended(COOL, completed=True, fraction=1.0),
        C.END: flow.end,
        C.SCORE_AFTER: lambda: flow.score_after(5),
        C.SCORE_LATER: lambda: flow.score_later(6),
        C.RESUME: flow.resume,
    }
    return calls[command]()


# Where each allowed command takes the day (None: it stays where it is).
AFTER: dict[DayCommand, DayState | None] = {
    C.ASK: S.ASKED, C.CANCEL: S.NONE, C.SCORE_BEFORE: None, C.WARM_UP_STARTED: S.WARMING_UP,
    C.WARM_UP_ENDED: S.OUT_RUNNING, C.GO_ANYWAY: S.OUT_RUNNING, C.BACK: S.COOLING_DOWN,
    C.NO_RUN: S.COOLING_DOWN, C.COOL_DOWN_STARTED: S.COOLING_DOWN, C.COOL_DOWN_ENDED: S.DONE,
    C.END: S.ENDED, C.SCORE_AFTER: None, C.SCORE_LATER: None, C.RESUME: None,
}


def test_the_table_names_every_command_and_only_known_states():
    assert set(TRANSITIONS) == set(DayCommand) == set(AFTER)
    assert all(states <= set(DayState) for states in TRANSITIONS.values())


@pytest.mark.parametrize("state", list(DayState))
@pytest.mark.parametrize("command", list(DayCommand))
def test_every_command_in_every_state(state, command, history, clock):
    flow, notices = flow_on(history, clock)
    moves: list[DayState] = []
    _reach(flow, clock, state)
    flow.listeners.append(moves.append)
    before_day, before_rows = flow.day, history.run_days()
    clock.advance(minutes=3)
    allowed = state in TRANSITIONS[command]
    assert flow.can(command) is allowed
    done = _command(flow, command)
    if not allowed:  # a no-op: nothing moves, nothing is written, nothing raises
        assert done is False
        assert flow.state is state and flow.day == before_day and moves == []
        assert history.run_days() == before_rows
        return
    expected = AFTER[command]
    if command is C.END and state is S.ASKED:
        expected = S.NONE  # nothing was begun, so there is nothing to close
    if command is C.RESUME:
        assert done is False  # an empty history holds no day to take up
    else:
        assert done is True
    assert flow.state is (expected or state)
    assert moves == ([] if expected in (None, state) else [expected])
    stored = history.run_days()
    if flow.day is not None:  # what the flow holds is what the history holds
        assert stored[0] == flow.day
    assert notices == []


def test_the_record_at_each_step(history, clock):
    flow, _ = flow_on(history, clock)
    flow.ask()
    flow.score_before(3)
    assert history.run_days() == []  # only asked: nothing to keep yet
    flow.routine_started(WARM, "warm")
    [day] = history.run_days()
    assert (day.started_at, day.knees_before, day.warm_up_id) == (START, 3, "warm")
    clock.advance(minutes=10)
    flow.routine_ended(WARM, completed=True, fraction=1.0)
    clock.advance(minutes=25)
    assert flow.seconds_out() == 25 * 60
    flow.back()
    clock.advance(minutes=5)
    assert flow.seconds_out() == 25 * 60  # the run is over: its time stays
    flow.routine_started(COOL, "cool")
    clock.advance(minutes=12)
    flow.routine_ended(COOL, completed=True, fraction=1.0)
    flow.score_after(4)
    flow.score_after(2)  # a change of mind replaces the answer
    [day] = history.run_days()
    assert (day.seconds_out, day.ran, day.knees_after, day.cool_down_id) == (1500, True, 2, "cool")
    assert day.finished_at == START + timedelta(minutes=52)


def test_a_short_warm_up_waits_then_goes_on_with_the_same_day(history, clock):
    flow, _ = flow_on(history, clock)
    _reach(flow, clock, S.SHORT_WARM_UP)
    assert flow.short_fraction == 0.4
    assert flow.routine_started(WARM, "w")  # warm up again: the same day, not a second
    assert flow.routine_ended(WARM, completed=False, fraction=0.1)
    assert flow.go_anyway() and flow.state is S.OUT_RUNNING
    [day] = history.run_days()
    assert day.warm_up_ended_at == clock.now


def test_i_didnt_run_goes_to_the_cool_down_and_keeps_no_run_time(history, clock):
    flow, _ = flow_on(history, clock)
    _reach(flow, clock, S.OUT_RUNNING)
    clock.advance(minutes=20)
    assert flow.no_run() and flow.state is S.COOLING_DOWN
    assert flow.seconds_out() == 0 and not flow.ran
    [day] = history.run_days()
    assert day.ran is False and day.seconds_out is None and day.back_at == clock.now


def test_an_ended_day_is_kept_as_ended_and_never_offered_again(history, clock):
    flow, _ = flow_on(history, clock)
    _reach(flow, clock, S.OUT_RUNNING)
    assert flow.end()
    [day] = history.run_days()
    assert day.ended_at == clock.now and day.finished_at is None
    again, _ = flow_on(history, clock)
    assert not again.resume() and again.state is S.NONE


def test_an_ordinary_warm_up_or_cool_down_opens_no_day(history, clock):
    flow, _ = flow_on(history, clock)
    assert not flow.routine_started(WARM, "w")
    assert not flow.routine_started(COOL, "c")
    assert flow.state is S.NONE and history.run_days() == []


# -- times from the past and the future ------------------------------------------------------

def _finished_day(start: datetime, **changes: object) -> RunDayRecord:
    day = RunDayRecord(start, "w", start + timedelta(minutes=10), start + timedelta(minutes=40),
                       "c", start + timedelta(minutes=55), knees_before=2, knees_after=3)
    return RunDayRecord(**{**day.__dict__, **changes})  # type: ignore[arg-type]


def _out_day(start: datetime) -> RunDayRecord:
    return RunDayRecord(start, "w", start + timedelta(minutes=10), knees_before=2)


def test_a_future_dated_day_never_shadows_todays_after_a_restart(history, clock):
    today = _out_day(START)
    history.save_run_day(today)
    for years in (1, 30, 7000):  # a clock that was far ahead when these were kept
        history.save_run_day(_out_day(START + timedelta(days=365 * years)))
    history.save_run_day(_out_day(START + timedelta(hours=3)))
    clock.advance(minutes=30)
    flow, notices = flow_on(history, clock)
    assert flow.resume()
    assert flow.state is S.OUT_RUNNING and flow.day is not None
    assert flow.day.started_at == START and flow.seconds_out() == 20 * 60
    assert notices == []


def test_a_day_within_the_clocks_slack_is_still_todays(history, clock):
    history.save_run_day(_out_day(START + CLOCK_SLACK - timedelta(minutes=11)))
    flow, _ = flow_on(history, clock)
    assert flow.resume() and flow.state is S.OUT_RUNNING
    assert flow.seconds_out() == 0  # its warm-up "ended" a minute from now: never negative


def test_a_day_whose_later_times_are_in_the_future_is_not_taken_up(history, clock):
    history.save_run_day(_finished_day(START - timedelta(hours=1),
                                       finished_at=START + timedelta(days=40)))
    flow, _ = flow_on(history, clock)
    assert not flow.resume() and flow.state is S.NONE
    assert flow.seconds_to_later_check() is None and not flow.later_check_due()


@pytest.mark.parametrize("now", [datetime.min.replace(tzinfo=UTC) + timedelta(days=1),
                                 datetime.max.replace(tzinfo=UTC) - timedelta(seconds=1),
                                 START])
@pytest.mark.parametrize("kept", [datetime.min.replace(tzinfo=UTC),
                                  datetime.max.replace(tzinfo=UTC) - timedelta(hours=1),
                                  START])
def test_no_time_ever_raises(now, kept, history):
    history.save_run_day(_finished_day(kept, warm_up_ended_at=kept, back_at=kept,
                                       finished_at=kept))
    history.save_run_day(_out_day(kept))
    clock = Clock(now)
    flow, _ = flow_on(history, clock)
    flow.resume()
    wait = flow.seconds_to_later_check()
    assert wait is None or 0 <= wait <= LATER_CHECK_AFTER.total_seconds()
    flow.later_check_due()
    assert flow.seconds_out() >= 0
    for command in DayCommand:  # every command, wherever that left the day
        _command(flow, command)
    flow.seconds_to_later_check()


def test_the_later_check_waits_two_hours_then_its_window_closes(history, clock):
    flow, _ = flow_on(history, clock)
    _reach(flow, clock, S.DONE)
    assert flow.seconds_to_later_check() == LATER_CHECK_AFTER.total_seconds()
    clock.advance(hours=1, minutes=59)
    assert flow.seconds_to_later_check() == 60 and not flow.later_check_due()
    clock.advance(minutes=1)
    assert flow.seconds_to_later_check() == 0 and flow.later_check_due()
    clock.now += LATER_CHECK_UNTIL - LATER_CHECK_AFTER + timedelta(seconds=1)
    assert flow.seconds_to_later_check() is None and not flow.later_check_due()


def test_after_the_clock_goes_back_the_later_check_waits_no_longer_than_two_hours(history,
                                                                                   clock):
    flow, _ = flow_on(history, clock)
    _reach(flow, clock, S.DONE)
    clock.advance(days=-30)  # the clock corrected backwards after the cool-down
    assert flow.seconds_to_later_check() == LATER_CHECK_AFTER.total_seconds()
    assert not flow.later_check_due()


def test_a_day_that_cannot_be_saved_is_one_notice_and_goes_on_in_memory(clock):
    class Refusing:
        def save_run_day(self, day: RunDayRecord) -> RunDayRecord:
            from coach.storage.history import HistoryError

            raise HistoryError("disk full")

    notices: list[str] = []
    flow = DayFlow(Refusing(), clock, notices.append)  # type: ignore[arg-type]
    _reach(flow, clock, S.DONE)
    assert len(notices) == 1 and "disk full" in notices[0]
    assert flow.day is not None and flow.day.finished_at is not None
