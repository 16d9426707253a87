"""The run day as one flow, on a fake clock, restarts included: knee check, warm-up, the run,
cool-down, knee check again, and the check two hours later, all in one history row."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coach.app.controller import AppController
from coach.app.day_flow import DayState
from coach.core.model import RoutineKind
from coach.core.session_events import Summary
from coach.storage.history import HistoryStore
from coach.storage.history_records import RunDayRecord
from coach.storage.prefs_schema import Preferences
from tests.qt.helpers import FakeLibrary

START = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


def open_app(path: Path, clock: Clock) -> tuple[AppController, HistoryStore]:
    history = HistoryStore(path, clock=clock)
    controller = AppController(FakeLibrary(), prefs=Preferences(knee_check=True),
                               history=history, now=clock)
    return controller, history


def run(controller: AppController, routine_id: str | None, clock: Clock, minutes: float,
        *, stopped: bool = False) -> None:
    assert routine_id is not None
    routine = controller.library.get(routine_id)
    plan = controller.prepare_session(routine)
    controller.session_started(plan)
    clock.advance(minutes=minutes)
    fraction = 0.3 if stopped else 1.0
    controller.session_ended(Summary(routine.id, routine.name, str(routine.kind),
                                     plan.total_seconds, 60.0, fraction, (), stopped))


def warm_up_and_go(controller: AppController, clock: Clock) -> None:
    warm = controller.start_run_day()
    assert warm is not None and warm.kind is RoutineKind.WARM_UP
    assert controller.wants_knee_check(warm)
    controller.knees_scored_before(2)
    run(controller, warm.id, clock, 6)


def test_one_whole_day_is_one_record_with_the_time_between_and_both_scores(tmp_path, clock):
    controller, history = open_app(tmp_path / "h.sqlite3", clock)
    warm_up_and_go(controller, clock)
    assert controller.day.state is DayState.OUT_RUNNING
    clock.advance(minutes=31, seconds=20)
    assert controller.day.seconds_out() == 31 * 60 + 20
    cool = controller.back_from_run()
    assert cool is not None and cool.kind is RoutineKind.COOL_DOWN
    assert controller.day.state is DayState.COOLING_DOWN
    run(controller, cool.id, clock, 12)
    assert controller.day.state is DayState.DONE
    controller.knees_scored_after(4)
    [day] = history.run_days()
    assert (day.warm_up_id, day.cool_down_id) == ("test-warm", "test-cool")
    assert day.seconds_out == 31 * 60 + 20
    assert (day.knees_before, day.knees_after, day.knees_later) == (2, 4, None)
    assert day.started_at == START and day.finished_at == clock.now
    assert history.streak(clock.now.date(), UTC) == 1
    history.close()


def test_after_a_restart_the_day_is_offered_and_finished_with_the_cool_down(tmp_path, clock):
    path = tmp_path / "h.sqlite3"
    controller, history = open_app(path, clock)
    warm_up_and_go(controller, clock)
    history.close()  # the app is closed while the runner is out

    clock.advance(minutes=50)
    controller, history = open_app(path, clock)
    assert controller.resume_run_day() is DayState.OUT_RUNNING
    assert controller.day.seconds_out() == 50 * 60
    run(controller, controller.back_from_run() and "test-cool", clock, 12)
    controller.knees_scored_after(3)
    [day] = history.run_days()
    assert day.seconds_out == 50 * 60 and day.knees_after == 3 and day.finished_at is not None
    history.close()


def test_a_restart_during_the_cool_down_still_finishes_the_same_day(tmp_path, clock):
    path = tmp_path / "h.sqlite3"
    controller, history = open_app(path, clock)
    warm_up_and_go(controller, clock)
    clock.advance(minutes=20)
    controller.back_from_run()
    history.close()  # closed before the cool-down ran
    clock.advance(minutes=5)
    controller, history = open_app(path, clock)
    assert controller.resume_run_day() is DayState.COOLING_DOWN
    run(controller, "test-cool", clock, 12)
    assert controller.day.state is DayState.DONE
    assert len(history.run_days()) == 1 and history.run_days()[0].seconds_out == 20 * 60
    history.close()


def test_starting_the_cool_down_from_home_counts_as_coming_back(tmp_path, clock):
    controller, history = open_app(tmp_path / "h.sqlite3", clock)
    warm_up_and_go(controller, clock)
    clock.advance(minutes=25)
    run(controller, "test-cool", clock, 12)
    [day] = history.run_days()
    assert day.seconds_out == 25 * 60 and day.finished_at is not None
    history.close()


def test_a_day_left_too_long_is_not_offered(tmp_path, clock):
    path = tmp_path / "h.sqlite3"
    controller, history = open_app(path, clock)
    warm_up_and_go(controller, clock)
    history.close()
    clock.advance(hours=13)
    controller, history = open_app(path, clock)
    assert controller.resume_run_day() is DayState.NONE
    history.close()


def test_a_stopped_warm_up_waits_for_the_runner_and_an_ordinary_warm_up_opens_no_day(
        tmp_path, clock):
    path = tmp_path / "h.sqlite3"
    controller, history = open_app(path, clock)
    run(controller, controller.start_run_day() and "test-warm", clock, 2, stopped=True)
    assert controller.day.state is DayState.SHORT_WARM_UP  # never ended silently
    assert controller.day.short_fraction == 0.3
    assert controller.end_run_day()
    assert controller.day.state is DayState.ENDED
    run(controller, "test-warm", clock, 6)  # not from "Start my run day"
    assert controller.day.state is DayState.ENDED
    [day] = history.run_days()
    assert day.ended_at == clock.now - timedelta(minutes=6) and day.finished_at is None
    history.close()
    controller, history = open_app(path, clock)
    assert controller.resume_run_day() is DayState.NONE
    history.close()


def test_going_home_from_the_knee_check_cancels_the_day(tmp_path, clock):
    controller, history = open_app(tmp_path / "h.sqlite3", clock)
    warm = controller.start_run_day()
    assert warm is not None and controller.wants_knee_check(warm)
    controller.knee_check_declined()
    run(controller, "test-warm", clock, 6)
    assert controller.day.state is DayState.NONE and history.run_days() == []
    history.close()


def test_the_knee_check_two_hours_later_joins_the_day_even_after_a_restart(tmp_path, clock):
    path = tmp_path / "h.sqlite3"
    controller, history = open_app(path, clock)
    warm_up_and_go(controller, clock)
    clock.advance(minutes=30)
    run(controller, controller.back_from_run() and "test-cool", clock, 12)
    controller.knees_scored_after(3)
    assert not controller.day.later_check_due()
    assert controller.day.seconds_to_later_check() == 2 * 3600
    history.close()
    clock.advance(hours=1, minutes=59)
    controller, history = open_app(path, clock)
    assert controller.resume_run_day() is DayState.DONE
    assert not controller.day.later_check_due()
    clock.advance(minutes=1)
    assert controller.day.later_check_due()
    assert controller.knees_scored_later(5)
    assert not controller.day.later_check_due()
    [day] = history.run_days()
    assert (day.knees_before, day.knees_after, day.knees_later) == (2, 3, 5)
    assert [k.context for k in history.knee_scores()][-1] == "later"
    history.close()


def test_the_streak_counts_run_days(tmp_path, clock):
    history = HistoryStore(tmp_path / "h.sqlite3", clock=clock)
    for days_ago in (0, 1, 2):
        start = START - timedelta(days=days_ago)
        history.save_run_day(RunDayRecord(start, "w", start, start, "c",
                                          start + timedelta(hours=1)))
    unfinished = START - timedelta(days=3)
    history.save_run_day(RunDayRecord(unfinished, "w", unfinished))
    assert history.streak(START.date(), UTC) == 3
    history.close()


def test_after_a_restart_the_cool_down_compares_with_the_score_before_the_warm_up(tmp_path, clock):
    # The in-memory knee pair dies with the app; the run day kept the score in the history,
    # so the finish screen after the cool-down still has the before-run score to compare.
    path = tmp_path / "h.sqlite3"
    controller, history = open_app(path, clock)
    warm_up_and_go(controller, clock)  # knees 2 before the warm-up
    history.close()
    clock.advance(minutes=40)
    controller, history = open_app(path, clock)
    assert controller.resume_run_day() is DayState.OUT_RUNNING
    run(controller, controller.back_from_run() and "test-cool", clock, 12)
    assert controller.knees_before == 2
    history.close()
