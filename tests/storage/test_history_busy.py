"""A busy history never loses a session: it is kept, written later, and written once."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coach.app.journal import Journal
from coach.core.plan.compiler import compile_plan
from coach.core.session_events import Summary
from coach.storage.history import HistoryStore
from coach.storage.history_pending import LEGACY_SUFFIX, PENDING_SUFFIX
from coach.storage.history_records import KneeContext, SessionRecord
from tests.qt.helpers import cool_down

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
FAST = (0.02,)  # retry delays for tests: the retry thread still runs, just without waiting


@contextmanager
def write_lock(path: Path) -> Iterator[None]:
    """Another program holding the database's write lock for as long as the block runs."""
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def summary() -> Summary:
    return Summary("test-cool", "Test cool-down", "cool-down", 60, 55.0, 0.95, (1,), False)


def wait_until_written(store: HistoryStore, timeout: float = 10.0) -> None:
    deadline = threading.Event()
    for _ in range(int(timeout / 0.02)):
        if store.pending_count == 0:
            return
        deadline.wait(0.02)
    raise AssertionError(f"{store.pending_count} entries still kept after {timeout} s")


def test_a_session_under_a_lock_is_kept_and_written_once_the_lock_goes(tmp_path):
    path = tmp_path / "h.sqlite3"
    notices: list[str] = []
    with HistoryStore(path, retry_seconds=FAST) as store:
        journal = Journal(store, notices.append, now=lambda: NOW)
        with write_lock(path):
            journal.started(compile_plan(cool_down()))
            journal.underway()  # past the lead-in (the controller says so)
            journal.knee(4, KneeContext.POST_COOL_DOWN)
            journal.ended(summary())
            assert store.pending_count == 2  # the session (its last state) and the check-in
            assert (tmp_path / ("h.sqlite3" + PENDING_SUFFIX)).exists()
            assert len(notices) == 1 and "kept" in notices[0]
        wait_until_written(store)
        [record] = store.recent_sessions()
        assert record.routine_id == "test-cool" and record.ended_at is not None
        assert record.skipped_steps == (1,) and record.completed_fraction == 0.95
        assert [k.score for k in store.knee_scores()] == [4]
    assert not (tmp_path / ("h.sqlite3" + PENDING_SUFFIX)).exists()


def test_the_start_is_written_and_the_end_kept(tmp_path):
    path = tmp_path / "h.sqlite3"
    with HistoryStore(path, retry_seconds=FAST) as store:
        journal = Journal(store, lambda text: None, now=lambda: NOW)
        journal.started(compile_plan(cool_down()))
        journal.underway()  # past the lead-in (the controller says so)
        with write_lock(path):
            journal.ended(summary())
            assert store.pending_count == 1
        wait_until_written(store)
        [record] = store.recent_sessions()
        assert record.ended_at is not None


def test_what_is_still_kept_at_close_is_written_at_the_next_start(tmp_path):
    path = tmp_path / "h.sqlite3"
    HistoryStore(path).close()
    with write_lock(path):
        store = HistoryStore(path, retry_seconds=(60.0,))
        journal = Journal(store, lambda text: None, now=lambda: NOW)
        journal.started(compile_plan(cool_down()))
        journal.underway()  # past the lead-in (the controller says so)
        journal.ended(summary())
        store.close()  # still locked: the session stays in the pending file
    assert (tmp_path / ("h.sqlite3" + PENDING_SUFFIX)).exists()
    with HistoryStore(path) as again:
        assert again.pending_count == 0
        assert [r.routine_id for r in again.recent_sessions()] == ["test-cool"]
    assert not (tmp_path / ("h.sqlite3" + PENDING_SUFFIX)).exists()


def test_writing_a_kept_entry_twice_makes_one_row(tmp_path):
    """A crash after the database write and before the pending file's update."""
    path = tmp_path / "h.sqlite3"
    record = SessionRecord("r", "R", "warm-up", NOW, 300, ended_at=NOW + timedelta(minutes=5),
                           completed_fraction=1.0)
    with HistoryStore(path) as store:
        store.save_session(record)
        store.save_session(record)
        store.record_session(record)
        store.save_knee_score(3, NOW, "pre-run")
        store.record_knee_score(3, NOW, "pre-run")
        assert len(store.recent_sessions()) == 1
        assert len(store.knee_scores()) == 1


def test_the_window_thread_waits_a_quarter_second_at_most(tmp_path, monkeypatch):
    path = tmp_path / "h.sqlite3"
    with HistoryStore(path, retry_seconds=FAST) as store, write_lock(path):
        import time

        start = time.monotonic()
        assert store.save_session(SessionRecord("r", "R", "warm-up", NOW, 300)) is None
        # Generous: the point is "not the 5 s lock wait", not a precise figure.
        assert time.monotonic() - start < 3.0
        assert store.pending_reason


def test_a_damaged_pending_file_is_set_aside(tmp_path):
    path = tmp_path / "h.sqlite3"
    (tmp_path / ("h.sqlite3" + LEGACY_SUFFIX)).write_text("{not json")
    with HistoryStore(path) as store:
        assert any("could not be read" in p for p in store.problems)
        assert store.pending_count == 0
    assert list(tmp_path.glob("h.sqlite3.pending.json.corrupt-*"))


@pytest.mark.parametrize("fail", ["database or disk is full", "disk I/O error"])
def test_a_history_that_cannot_be_opened_leaves_no_empty_file(tmp_path, monkeypatch, fail):
    def refuse(self, conn):
        raise sqlite3.OperationalError(fail)

    monkeypatch.setattr(HistoryStore, "_prepare", refuse)
    path = tmp_path / "data" / "history.sqlite3"
    with HistoryStore(path) as store:
        assert store.in_memory
    assert sorted(p.name for p in path.parent.iterdir()) == []


def test_an_existing_history_is_never_removed_when_it_cannot_be_opened(tmp_path, monkeypatch):
    path = tmp_path / "h.sqlite3"
    HistoryStore(path).close()
    size = path.stat().st_size
    monkeypatch.setattr(HistoryStore, "_prepare",
                        lambda self, conn: (_ for _ in ()).throw(sqlite3.OperationalError("full")))
    with HistoryStore(path) as store:
        assert store.in_memory
    assert path.stat().st_size == size


def test_no_retry_thread_is_left_behind(tmp_path):
    path = tmp_path / "h.sqlite3"
    before = set(threading.enumerate())
    with HistoryStore(path, retry_seconds=FAST) as store:
        with write_lock(path):
            store.save_session(SessionRecord("r", "R", "warm-up", NOW, 300))
        wait_until_written(store)
    assert set(threading.enumerate()) <= before


def test_a_kept_entry_that_is_no_record_is_dropped_and_the_rest_are_written(tmp_path):
    path = tmp_path / "h.sqlite3"
    (tmp_path / ("h.sqlite3" + LEGACY_SUFFIX)).write_text(json.dumps({
        "version": 1,
        "sessions": [{"routine_id": "r", "started_at": "not a time"}],
        "knee_scores": [{"score": 3, "when": "2026-11-25T18:00:00+00:00", "context": "later"}],
    }))
    with HistoryStore(path) as store:
        assert [p for p in store.problems if "was dropped" in p]
        assert store.pending_count == 0
        assert [k.score for k in store.knee_scores()] == [3]
        assert store.recent_sessions() == []
    assert not (tmp_path / ("h.sqlite3" + PENDING_SUFFIX)).exists()


def test_a_start_kept_earlier_never_takes_an_ended_session_back(tmp_path):
    path = tmp_path / "h.sqlite3"
    start = SessionRecord("r", "R", "warm-up", NOW, 300)
    with HistoryStore(path, retry_seconds=(3600.0,)) as store:
        with write_lock(path):
            assert store.save_session(start) is None  # the start: kept
        ended = replace(start, ended_at=NOW + timedelta(minutes=5), completed_fraction=1.0)
        assert store.save_session(ended) is not None  # the end: straight in
        assert store.flush_pending() == 0  # the kept start, written in after it
        [record] = store.recent_sessions()
        assert record.ended_at is not None and record.completed_fraction == 1.0


def test_a_damaged_entry_is_set_aside_and_the_others_written(tmp_path):
    path = tmp_path / "h.sqlite3"
    store = HistoryStore(path, retry_seconds=(3600.0,))
    with write_lock(path):
        store.save_knee_score(3, NOW, "pre-run")
        store.save_knee_score(4, NOW + timedelta(hours=1), "later")
        store.close()  # still locked: both stay kept
    folder = tmp_path / ("h.sqlite3" + PENDING_SUFFIX)
    first = sorted(folder.glob("*.json"))[0]
    first.write_text("{not json")
    with HistoryStore(path) as again:
        assert any("could not be read" in p for p in again.problems)
        assert again.pending_count == 0 and len(again.knee_scores()) == 1
    assert list(folder.glob(f"{first.name}.corrupt-*"))
