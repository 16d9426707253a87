"""Sessions and knee scores reach the history; a failing history never stops a workout."""

from __future__ import annotations

from datetime import UTC, datetime

from coach.app.journal import Journal
from coach.core.plan.compiler import compile_plan
from coach.core.session_events import Summary
from coach.storage.history import HistoryError, HistoryStore
from coach.storage.history_records import KneeContext
from tests.qt.helpers import cool_down

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)


def _summary(stopped: bool = False) -> Summary:
    return Summary("test-cool", "Test cool-down", "cool-down", 60, 55.0, 0.95, (1,), stopped)


def test_a_session_is_recorded_once_underway_and_finished_at_the_end(tmp_path):
    with HistoryStore(tmp_path / "h.sqlite3") as history:
        journal = Journal(history, notice=lambda text: None, now=lambda: NOW)
        journal.started(compile_plan(cool_down()))
        assert history.recent_sessions() == []  # still in the lead-in
        journal.underway()
        assert history.recent_sessions()[0].ended_at is None
        journal.ended(_summary())
        record = history.recent_sessions()[0]
        assert record.routine_id == "test-cool"
        assert record.ended_at is not None
        assert record.skipped_steps == (1,)
        journal.knee(3, KneeContext.POST_COOL_DOWN)
        assert [k.score for k in history.knee_scores()] == [3]


def test_without_a_history_nothing_is_recorded():
    journal = Journal(None, notice=lambda text: None)
    journal.started(compile_plan(cool_down()))
    journal.ended(_summary())
    journal.knee(2, KneeContext.PRE_RUN)
    assert journal.nudges() == []


class _BrokenHistory:
    pending_count = 0

    def save_session(self, record):
        raise HistoryError("disk full")

    def save_knee_score(self, score, when, context, *, replacing=False):
        raise HistoryError("disk full")


def test_a_failing_history_is_one_notice_not_a_crash():
    notices: list[str] = []
    journal = Journal(_BrokenHistory(), notice=notices.append)  # type: ignore[arg-type]
    journal.started(compile_plan(cool_down()))
    journal.knee(4, KneeContext.PRE_RUN)
    journal.ended(_summary())
    assert len(notices) == 1
    assert "disk full" in notices[0]


def test_stopped_in_the_lead_in_is_not_a_session(tmp_path):
    with HistoryStore(tmp_path / "h.sqlite3") as history:
        journal = Journal(history, notice=lambda text: None, now=lambda: NOW)
        journal.started(compile_plan(cool_down()))
        journal.ended(_summary(stopped=True))
        assert history.recent_sessions() == []
