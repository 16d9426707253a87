from __future__ import annotations

import csv
import dataclasses
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from coach.core.files import atomic
from coach.core.files.user_folders import data_dir as default_data_dir
from coach.storage import history
from coach.storage.history import HistoryError, HistoryStore
from coach.storage.history_records import KneeContext, RunDayRecord, SessionRecord
from coach.storage.history_schema import CURRENT_SCHEMA_VERSION

PLUS_TWO = timezone(timedelta(hours=2))
TODAY = date(2024, 5, 10)
NOW = datetime(2024, 5, 10, 18, 0, tzinfo=UTC)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def execute(path: Path, *statements: str) -> None:
    """Change the database file behind the store's back, as another program or version would."""
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore(db_path, clock=lambda: NOW) as s:
        yield s


def session(kind: str = "warm-up", started: datetime = NOW, **changes: object) -> SessionRecord:
    values: dict[str, object] = {
        "routine_id": f"{kind}-standard",
        "routine_name": f"Standard {kind}",
        "routine_kind": kind,
        "started_at": started,
        "planned_seconds": 480,
    }
    values.update(changes)
    return SessionRecord(**values)  # type: ignore[arg-type]


def done(store: HistoryStore, kind: str, day: date, fraction: float = 1.0, **kw: object) -> None:
    started = at(day, 7 if kind == "warm-up" else 8)
    rec = store.record_session(session(kind, started))
    assert rec.id is not None
    store.finish_session(
        rec.id, ended_at=started + timedelta(minutes=8), completed_fraction=fraction, **kw
    )  # type: ignore[arg-type]


def both(store: HistoryStore, *days: date) -> None:
    for day in days:
        done(store, "warm-up", day)
        done(store, "cool-down", day)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- basics -----------------------------------------------------------------------------------


def test_default_data_dir_reads_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LIMBER_DATA_DIR", str(tmp_path / "d"))
    assert default_data_dir() == tmp_path / "d"


def test_new_database_is_wal_and_versioned(store: HistoryStore, db_path: Path) -> None:
    assert store.problems == [] and not store.in_memory
    store.close()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_SCHEMA_VERSION
    conn.close()


def test_empty_file_is_migrated_from_version_0(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")
    with HistoryStore(db_path) as s:
        assert s.problems == []
        assert s.record_session(session()).id == 1


def test_session_is_stored_at_start_and_updated_at_the_end(
    store: HistoryStore, db_path: Path
) -> None:
    start = datetime(2024, 5, 10, 9, 15, 30, 123456, tzinfo=PLUS_TWO)
    started = store.record_session(session("cool-down", start, planned_seconds=720))
    assert started.id is not None

    # A crash now still leaves the start on disk.
    with HistoryStore(db_path) as other:
        (seen,) = other.recent_sessions(5)
    assert seen.id == started.id
    assert seen.ended_at is None and seen.completed_fraction == 0.0 and not seen.stopped
    assert seen.started_at == start and seen.started_at.tzinfo == UTC

    end = start + timedelta(minutes=11)
    finished = store.finish_session(
        started.id, ended_at=end, completed_fraction=0.75, skipped_steps=[2, 5], stopped=True
    )
    (row,) = store.recent_sessions(5)
    assert row == finished
    assert (row.routine_id, row.routine_name, row.routine_kind) == (
        "cool-down-standard",
        "Standard cool-down",
        "cool-down",
    )
    assert row.started_at == start and row.ended_at == end
    assert row.planned_seconds == 720
    assert row.completed_fraction == 0.75
    assert row.skipped_steps == (2, 5)
    assert row.stopped is True and row.completed is False


def test_planned_seconds_are_whole_seconds() -> None:
    assert session(planned_seconds=299.6).planned_seconds == 300


def test_record_session_with_an_id_updates_it(store: HistoryStore) -> None:
    rec = store.record_session(session())
    store.record_session(dataclasses.replace(rec, completed_fraction=0.5))
    (row,) = store.recent_sessions()
    assert row.completed_fraction == 0.5 and row.id == rec.id


def test_finishing_an_unknown_session_is_an_error(store: HistoryStore) -> None:
    with pytest.raises(HistoryError, match="no session 42"):
        store.finish_session(42, ended_at=NOW, completed_fraction=1.0)


def test_recent_sessions_newest_first_and_limited(store: HistoryStore) -> None:
    for hour in (6, 9, 7):
        store.record_session(session(started=at(TODAY, hour)))
    assert [s.started_at.hour for s in store.recent_sessions(2)] == [9, 7]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"started_at": datetime(2024, 5, 1, 7)}, "timezone-aware"),
        ({"completed_fraction": 1.5}, "from 0 to 1"),
        ({"completed_fraction": float("nan")}, "from 0 to 1"),
        ({"planned_seconds": -1}, "0 or more"),
        ({"planned_seconds": float("nan")}, "0 or more"),
        ({"skipped_steps": ["two"]}, "step numbers"),
    ],
)
def test_session_values_are_checked(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        session(**changes)


def test_knee_scores_round_trip_in_time_order(store: HistoryStore) -> None:
    store.record_knee_score(4, at(TODAY, 12), "post-cool-down")
    store.record_knee_score(2, datetime(2024, 5, 10, 9, tzinfo=PLUS_TWO), KneeContext.PRE_RUN)
    store.record_knee_score(3, at(TODAY, 15), "later")
    scores = store.knee_scores()
    assert [(s.score, s.context, s.when) for s in scores] == [
        (2, KneeContext.PRE_RUN, at(TODAY, 7)),
        (4, KneeContext.POST_COOL_DOWN, at(TODAY, 12)),
        (3, KneeContext.LATER, at(TODAY, 15)),
    ]
    assert [s.score for s in store.knee_scores(since=at(TODAY, 12))] == [4, 3]
    assert [s.score for s in store.knee_scores(limit=2)] == [4, 3]


@pytest.mark.parametrize(
    ("score", "when", "context", "message"),
    [
        (11, NOW, "pre-run", "from 0 to 10"),
        (-1, NOW, "pre-run", "from 0 to 10"),
        (True, NOW, "pre-run", "from 0 to 10"),
        (5, datetime(2024, 5, 1), "pre-run", "timezone-aware"),
        (5, NOW, "mid-run", "unknown check-in context 'mid-run'"),
    ],
)
def test_knee_score_values_are_checked(
    store: HistoryStore, score: int, when: datetime, context: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        store.record_knee_score(score, when, context)
    assert store.knee_scores() == []


# --- streak -----------------------------------------------------------------------------------


def test_streak_counts_days_with_both_routines(store: HistoryStore) -> None:
    assert store.streak(TODAY, UTC) == 0
    both(store, days_ago(2), days_ago(1), TODAY)
    assert store.streak(TODAY, UTC) == 3


def test_streak_may_end_yesterday_but_not_earlier(store: HistoryStore) -> None:
    both(store, days_ago(3), days_ago(2), days_ago(1))
    assert store.streak(TODAY, UTC) == 3
    assert store.streak(TODAY + timedelta(days=1), UTC) == 0


def test_streak_is_broken_by_a_gap_or_a_missing_cool_down(store: HistoryStore) -> None:
    both(store, days_ago(5), days_ago(4), days_ago(2), TODAY)
    done(store, "warm-up", days_ago(1))  # no cool-down yesterday
    assert store.streak(TODAY, UTC) == 1
    done(store, "cool-down", days_ago(1))
    assert store.streak(TODAY, UTC) == 3  # the gap at days_ago(3) still breaks it


def test_streak_ignores_stopped_unfinished_and_other_kinds(store: HistoryStore) -> None:
    done(store, "warm-up", TODAY)
    done(store, "cool-down", TODAY, fraction=0.79)
    done(store, "strength", TODAY)
    assert store.streak(TODAY, UTC) == 0
    done(store, "cool-down", TODAY, fraction=0.9, stopped=True)
    assert store.streak(TODAY, UTC) == 0
    done(store, "cool-down", TODAY, fraction=0.8)
    assert store.streak(TODAY, UTC) == 1


def test_streak_uses_the_users_calendar(store: HistoryStore) -> None:
    # 23:30 UTC on the 9th is 01:30 on the 10th two hours east.
    store.record_session(session("warm-up", at(days_ago(1), 23, 30), completed_fraction=1.0))
    store.record_session(session("cool-down", at(TODAY, 6), completed_fraction=1.0))
    assert store.streak(TODAY, UTC) == 0
    assert store.streak(TODAY, PLUS_TWO) == 1


# --- CSV --------------------------------------------------------------------------------------


def test_export_csv(store: HistoryStore, tmp_path: Path) -> None:
    done(store, "warm-up", TODAY, skipped_steps=[1, 3])
    store.record_knee_score(3, at(TODAY, 6), "pre-run")
    store.record_session(session("cool-down", at(TODAY, 9), routine_name='Cool, "easy"'))
    target = tmp_path / "out.csv"
    assert store.export_csv(target) == 3
    raw = target.read_bytes()
    assert raw.startswith(b"record,time_utc,ended_utc,routine_id,")
    assert b"\r\n" in raw
    rows = list(csv.DictReader(raw.decode("utf-8").splitlines()))
    assert [r["record"] for r in rows] == ["knee-score", "session", "session"]
    knee, warm, cool = rows
    assert (knee["knee_score"], knee["context"], knee["routine_id"]) == ("3", "pre-run", "")
    assert knee["time_utc"] == "2024-05-10T06:00:00.000000+00:00"
    assert warm["routine_kind"] == "warm-up"
    assert warm["skipped_steps"] == "1 3"
    assert warm["completed_fraction"] == "1.000"
    assert warm["stopped"] == "no"
    assert warm["ended_utc"] == "2024-05-10T07:08:00.000000+00:00"
    assert cool["routine_name"] == 'Cool, "easy"'
    assert cool["ended_utc"] == ""


def test_export_csv_is_atomic(
    store: HistoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "history.csv"
    target.parent.mkdir()
    target.write_text("previous export")

    def crash(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", crash)
    store.record_knee_score(3, NOW, "pre-run")
    with pytest.raises(HistoryError, match="No space left on device"):
        store.export_csv(target)
    assert target.read_text() == "previous export"
    assert names(target.parent) == ["history.csv"]


def test_export_csv_to_a_missing_folder_is_a_clear_error(
    store: HistoryStore, tmp_path: Path
) -> None:
    with pytest.raises(HistoryError, match="could not write"):
        store.export_csv(tmp_path / "nowhere" / "h.csv")


# --- damaged databases ------------------------------------------------------------------------


def make_corrupt_name(db_path: Path) -> list[str]:
    return [n for n in names(db_path.parent) if ".corrupt-" in n]


def assert_fresh_and_working(db_path: Path) -> None:
    with HistoryStore(db_path) as again:
        assert again.problems == []
        again.record_session(session())
        again.record_knee_score(2, NOW, "pre-run")
        assert len(again.recent_sessions()) == 1 and len(again.knee_scores()) == 1


def test_a_file_that_is_not_a_database_is_set_aside(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_text("these are my running notes")
    (db_path.parent / "preferences.json").write_text("{}")
    with HistoryStore(db_path) as s:
        assert not s.in_memory
        (problem,) = s.problems
        assert "not a database" in problem and "new history has been started" in problem
        s.record_session(session())
    (aside,) = make_corrupt_name(db_path)
    assert aside in problem
    assert (db_path.parent / aside).read_text() == "these are my running notes"
    assert (db_path.parent / "preferences.json").read_text() == "{}"
    with HistoryStore(db_path) as again:
        assert again.problems == [] and len(again.recent_sessions()) == 1


def test_a_truncated_database_is_set_aside(db_path: Path) -> None:
    with HistoryStore(db_path) as s:
        for i in range(300):
            s.record_session(session(routine_name="x" * 200 + str(i)))
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = db_path.read_bytes()
    assert len(data) > 8192
    db_path.write_bytes(data[: len(data) // 2])
    with HistoryStore(db_path) as s:
        assert not s.in_memory
        (problem,) = s.problems
        assert "damaged" in problem
        assert s.recent_sessions() == []
    (aside,) = make_corrupt_name(db_path)
    assert (db_path.parent / aside).read_bytes() == data[: len(data) // 2]
    assert_fresh_and_working(db_path)


def test_a_database_of_something_else_is_set_aside(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    execute(db_path, "CREATE TABLE recipes (name TEXT)", "INSERT INTO recipes VALUES ('flapjack')")
    with HistoryStore(db_path) as s:
        assert "not Limber's history" in s.problems[0]
    (aside,) = make_corrupt_name(db_path)
    with sqlite3.connect(db_path.parent / aside) as kept:
        assert kept.execute("SELECT name FROM recipes").fetchall() == [("flapjack",)]
    kept.close()
    assert_fresh_and_working(db_path)


def test_a_current_version_with_the_wrong_tables_is_set_aside(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    execute(db_path, "CREATE TABLE sessions (id INTEGER PRIMARY KEY, routine_id TEXT)",
            "PRAGMA user_version = 1")
    with HistoryStore(db_path) as s:
        assert "tables are not as expected: missing sessions.completed_fraction" in s.problems[0]
        assert "table knee_scores" in s.problems[0]
        assert "sessions.stopped" in s.problems[0]
        assert "sessions.routine_id" not in s.problems[0]
    assert len(make_corrupt_name(db_path)) == 1
    assert_fresh_and_working(db_path)


def test_a_stale_journal_moves_with_the_damaged_file(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"\x00" * 100)
    wal = db_path.with_name(db_path.name + "-wal")
    wal.write_bytes(b"old frames")
    with HistoryStore(db_path):
        pass
    (aside, aside_wal) = make_corrupt_name(db_path)
    assert aside_wal == aside + "-wal"
    assert (db_path.parent / aside_wal).read_bytes() == b"old frames"
    assert_fresh_and_working(db_path)


def test_a_version_1_history_gains_run_days_and_keeps_its_check_ins(db_path: Path) -> None:
    with HistoryStore(db_path) as s:
        s.record_knee_score(4, NOW, "pre-run")
    # As version 1 was: no run days, and sessions without their active time.
    execute(db_path, "DROP TABLE run_days", "ALTER TABLE sessions DROP COLUMN active_seconds",
            "PRAGMA user_version = 1")
    with HistoryStore(db_path) as s:
        assert s.problems == []
        assert [k.score for k in s.knee_scores()] == [4]
        saved = s.save_run_day(RunDayRecord(NOW, "w"))
        assert s.run_days() == [saved]


def test_a_newer_compatible_database_is_used_as_it_is(db_path: Path) -> None:
    with HistoryStore(db_path) as s:
        s.record_knee_score(3, NOW, "pre-run")
    execute(db_path, "ALTER TABLE sessions ADD COLUMN weather TEXT", "PRAGMA user_version = 9")
    with HistoryStore(db_path) as s:
        assert s.problems == [] and not s.in_memory
        assert [k.score for k in s.knee_scores()] == [3]
        s.record_session(session())
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 9
    conn.close()


def test_a_newer_incompatible_database_is_left_alone(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    execute(db_path, "CREATE TABLE runs (id INTEGER PRIMARY KEY)", "PRAGMA user_version = 9")
    before = db_path.read_bytes()
    with HistoryStore(db_path) as s:
        assert s.in_memory
        assert "newer version of Limber" in s.problems[0]
        s.record_session(session())  # still works, in memory
        assert len(s.recent_sessions()) == 1
    assert db_path.read_bytes() == before
    assert make_corrupt_name(db_path) == []


def test_a_folder_in_place_of_the_database(db_path: Path) -> None:
    db_path.mkdir(parents=True)
    (db_path / "keep.txt").write_text("mine")
    with HistoryStore(db_path) as s:
        assert s.in_memory
        assert "is a folder" in s.problems[0]
        s.record_knee_score(1, NOW, "later")
        assert len(s.knee_scores()) == 1
    assert (db_path / "keep.txt").read_text() == "mine"


def test_an_unwritable_data_folder(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    with HistoryStore(db_path) as s:
        assert s.in_memory
        assert "Permission denied" in s.problems[0]
        assert "will not be kept" in s.problems[0]


def test_a_damaged_file_that_cannot_be_moved_is_left_alone(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_text("not a database")

    def refuse(path: Path, now: datetime | None = None) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(history, "set_aside", refuse)
    with HistoryStore(db_path) as s:
        assert s.in_memory
        assert "could not be moved aside (Permission denied)" in s.problems[0]
    assert db_path.read_text() == "not a database"


def test_write_failures_after_opening_raise_history_error(store: HistoryStore) -> None:
    store.close()
    with pytest.raises(HistoryError, match="could not save the knee score"):
        store.record_knee_score(1, NOW, "pre-run")
    with pytest.raises(HistoryError, match="could not read the history"):
        store.recent_sessions()


def test_a_session_keeps_its_active_time_and_an_older_history_gains_the_column(
        db_path: Path) -> None:
    with HistoryStore(db_path) as s:
        saved = s.record_session(session())
        assert saved.id is not None
        s.finish_session(saved.id, ended_at=NOW + timedelta(minutes=30), completed_fraction=1.0,
                         active_seconds=421.5)
        assert s.recent_sessions()[0].active_seconds == 421.5
    execute(db_path, "ALTER TABLE sessions DROP COLUMN active_seconds",
            "PRAGMA user_version = 3")
    with HistoryStore(db_path) as s:
        assert s.problems == []
        [old] = s.recent_sessions()
        assert old.active_seconds is None  # not kept then: History falls back to the clock


def test_opening_the_history_leaves_the_csv_module_to_an_export(tmp_path):
    """Home opens the history just after its first paint; only an export writes CSV."""
    import subprocess
    import sys

    code = ("import sys; from pathlib import Path; from coach.storage.history import HistoryStore; "
            f"store = HistoryStore(Path({str(tmp_path / 'h.sqlite3')!r})); "
            "store.close(); print('csv' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
