"""A session's rules, decided once in the app layer: past the lead-in it counts, stopping asks
first once under way, what comes after, and a preview is no session."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from coach.app.controller import AppController
from coach.app.day_flow import DayState
from coach.app.session_rules import CONFIRM_STOP_AFTER, After, SessionLife
from coach.core.session_events import State, Summary
from coach.storage.history import HistoryStore
from coach.storage.prefs_schema import Preferences
from tests.qt.helpers import FakeLibrary, RecordingPrefs

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def _summary(routine_id: str, kind: str, *, stopped: bool, done: float = 1.0) -> Summary:
    return Summary(routine_id, routine_id, kind, 60, 60.0, done, (), stopped)


@pytest.fixture
def history(tmp_path):
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        yield store


def _controller(history: HistoryStore, prefs_file: RecordingPrefs | None = None,
                ) -> AppController:
    return AppController(FakeLibrary(), history=history, now=lambda: NOW,
                         prefs_file=prefs_file or RecordingPrefs(Preferences(knee_check=False)))


def _session(controller: AppController, routine_id: str, states: list[State], *,
             stopped: bool, preview: bool = False) -> After:
    routine = controller.library.get(routine_id)
    plan = controller.prepare_session(routine, remember_it=not preview)
    controller.session_started(plan, preview=preview)
    for state in states:
        controller.session_state(state)
    return controller.session_ended(_summary(routine.id, str(routine.kind), stopped=stopped,
                                             done=0.3 if stopped else 1.0))


def test_stopped_in_the_lead_in_is_no_session_and_goes_home(history):
    controller = _controller(history)
    after = _session(controller, "test-cool", [State.LEAD_IN, State.STOPPED], stopped=True)
    assert after is After.HOME
    assert history.recent_sessions() == []


def test_stopped_past_the_lead_in_is_recorded_as_stopped_and_shows_the_finish(history):
    controller = _controller(history)
    after = _session(controller, "test-cool", [State.LEAD_IN, State.RUNNING, State.PAUSED,
                                               State.STOPPED], stopped=True)
    assert after is After.FINISH
    (session,) = history.recent_sessions()
    assert session.routine_id == "test-cool" and session.stopped
    assert session.ended_at is not None and session.completed_fraction == 0.3


def test_finished_without_a_lead_in_counts(history):
    controller = _controller(history)
    assert _session(controller, "test-cool", [], stopped=False) is After.FINISH
    assert [s.stopped for s in history.recent_sessions()] == [False]


def test_a_preview_is_no_session_and_not_in_the_streak(history):
    prefs_file = RecordingPrefs(Preferences(knee_check=False))
    controller = _controller(history, prefs_file)
    for routine_id in ("test-warm", "test-cool"):
        after = _session(controller, routine_id, [State.LEAD_IN, State.RUNNING,
                                                  State.FINISHED], stopped=False, preview=True)
        assert after is After.FINISH  # the preview's own finish, shown as for a session
    assert history.recent_sessions() == []
    assert history.streak(date(2026, 12, 6)) == 0
    assert prefs_file.saved == []  # not even remembered as the last routine of its kind
    assert controller.day.state is DayState.NONE  # the run day has not moved on


def test_a_real_session_after_a_preview_is_recorded(history):
    controller = _controller(history)
    _session(controller, "test-cool", [State.RUNNING], stopped=False, preview=True)
    _session(controller, "test-cool", [State.RUNNING], stopped=False)
    assert len(history.recent_sessions()) == 1


def test_stopping_asks_first_only_once_under_way():
    controller = AppController(FakeLibrary())
    assert not controller.stop_needs_asking(CONFIRM_STOP_AFTER)
    assert controller.stop_needs_asking(CONFIRM_STOP_AFTER + 0.1)


def test_the_session_counts_once_and_only_while_it_runs():
    life = SessionLife()
    assert not life.state_changed(State.RUNNING)  # no session started: nothing counts
    life.started(preview=False)
    assert not life.state_changed(State.LEAD_IN)
    assert life.state_changed(State.RUNNING)
    assert not life.state_changed(State.RUNNING)  # once
    assert life.ended(stopped=True)
    assert not life.counted and not life.ended(stopped=False)  # nothing under way any more
