"""The history database's tables: the migrations that make them, the columns this version needs,
and rows read back into records (tolerant of hand edits)."""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Final

from coach.storage.history_records import (
    KneeContext,
    KneeScore,
    RunDayRecord,
    SessionRecord,
    from_text,
    to_text,
)

CURRENT_SCHEMA_VERSION: Final = 4


# MIGRATIONS[n] takes a version-n database to version n + 1. Add to the end; never edit.
MIGRATIONS: Final[dict[int, tuple[str, ...]]] = {
    0: (
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            routine_id TEXT NOT NULL,
            routine_name TEXT NOT NULL,
            routine_kind TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            planned_seconds INTEGER NOT NULL,
            completed_fraction REAL NOT NULL DEFAULT 0,
            skipped_steps TEXT NOT NULL DEFAULT '[]',
            stopped INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX sessions_by_start ON sessions (started_at)",
        """CREATE TABLE knee_scores (
            id INTEGER PRIMARY KEY,
            score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
            recorded_at TEXT NOT NULL,
            context TEXT NOT NULL
        )""",
        "CREATE INDEX knee_scores_by_time ON knee_scores (recorded_at)",
    ),
    # Version 2: a run day ties the warm-up, the run and the cool-down together.
    1: (
        """CREATE TABLE run_days (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            warm_up_id TEXT,
            warm_up_ended_at TEXT,
            back_at TEXT,
            cool_down_id TEXT,
            finished_at TEXT,
            knees_before INTEGER CHECK (knees_before BETWEEN 0 AND 10),
            knees_after INTEGER CHECK (knees_after BETWEEN 0 AND 10),
            knees_later INTEGER CHECK (knees_later BETWEEN 0 AND 10)
        )""",
        "CREATE INDEX run_days_by_start ON run_days (started_at)",
    ),
    # Version 3: a run day ended before its cool-down, and a day with no run between.
    2: (
        "ALTER TABLE run_days ADD COLUMN ended_at TEXT",
        "ALTER TABLE run_days ADD COLUMN ran INTEGER",
    ),
    # Version 4: how long a session ran, pauses left out (History's "Length").
    3: ("ALTER TABLE sessions ADD COLUMN active_seconds REAL",),
}


RUN_DAY_COLUMNS: Final = ("started_at", "warm_up_id", "warm_up_ended_at", "back_at",
                           "cool_down_id", "finished_at", "knees_before", "knees_after",
                           "knees_later", "ended_at", "ran")


# What this version reads and writes; a newer database with at least these columns is usable.
REQUIRED_COLUMNS: Final[dict[str, frozenset[str]]] = {
    "sessions": frozenset(
        {
            "id",
            "routine_id",
            "routine_name",
            "routine_kind",
            "started_at",
            "ended_at",
            "planned_seconds",
            "completed_fraction",
            "skipped_steps",
            "stopped",
            "active_seconds",
        }
    ),
    "knee_scores": frozenset({"id", "score", "recorded_at", "context"}),
    "run_days": frozenset({"id", *RUN_DAY_COLUMNS}),
}


SESSION_COLUMNS: Final = (
    "id, routine_id, routine_name, routine_kind, started_at, ended_at, planned_seconds, "
    "completed_fraction, skipped_steps, stopped, active_seconds"
)


def migrate(conn: sqlite3.Connection, step: int) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in MIGRATIONS[step]:
            conn.execute(statement)
        # PRAGMA takes no parameters; the number is ours, not user input.
        conn.execute(f"PRAGMA user_version = {step + 1:d}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def user_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return [name for (name,) in rows]


def missing_columns(conn: sqlite3.Connection) -> list[str]:
    """What this version needs and the file lacks: whole tables, or columns of a table."""
    missing = []
    for table, columns in REQUIRED_COLUMNS.items():
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if not present:
            missing.append(f"table {table}")
        else:
            missing += sorted(f"{table}.{column}" for column in columns - present)
    return missing


def session_from_row(row: Sequence[Any]) -> SessionRecord:
    """Tolerant of hand edits: odd values become neutral ones rather than errors."""
    sid, routine_id, name, kind, started, ended, planned, fraction, skipped, stopped, active = row
    try:
        steps = tuple(s for s in json.loads(skipped) if isinstance(s, int))
    except (TypeError, ValueError):
        steps = ()
    try:
        fraction = float(fraction)
    except (TypeError, ValueError):
        fraction = 0.0
    fraction = min(1.0, max(0.0, fraction)) if math.isfinite(fraction) else 0.0
    return SessionRecord(
        id=sid,
        routine_id=str(routine_id),
        routine_name=str(name),
        routine_kind=str(kind),
        started_at=from_text(started) or datetime.fromtimestamp(0, UTC),
        ended_at=from_text(ended),
        planned_seconds=whole_seconds(planned),
        completed_fraction=fraction,
        skipped_steps=steps,
        stopped=bool(stopped),
        active_seconds=active if isinstance(active, float | int) and not isinstance(active, bool)
        and math.isfinite(active) and active >= 0 else None,
    )


def whole_seconds(value: object) -> int:
    if isinstance(value, int | float) and math.isfinite(value) and value > 0:
        return round(value)
    return 0


def run_day_value(value: object) -> object:
    if isinstance(value, bool):
        return int(value)
    return to_text(value) if isinstance(value, datetime) else value


def run_day_from_row(row: Sequence[Any]) -> RunDayRecord | None:
    """A stored run day, or None when a hand-edited row no longer makes one."""
    started = from_text(row[1])
    if started is None:
        return None

    def score(value: object) -> int | None:
        return value if isinstance(value, int) and 0 <= value <= 10 else None

    return RunDayRecord(
        started_at=started, warm_up_id=row[2] if isinstance(row[2], str) else None,
        warm_up_ended_at=from_text(row[3]), back_at=from_text(row[4]),
        cool_down_id=row[5] if isinstance(row[5], str) else None, finished_at=from_text(row[6]),
        knees_before=score(row[7]), knees_after=score(row[8]), knees_later=score(row[9]),
        ended_at=from_text(row[10]), ran=None if row[11] is None else bool(row[11]), id=row[0])


def knee_from_row(row: Sequence[Any]) -> KneeScore | None:
    kid, score, recorded, context = row
    when = from_text(recorded)
    try:
        kind = KneeContext(context)
    except ValueError:
        return None
    if when is None or not isinstance(score, int):
        return None
    return KneeScore(score, when, kind, kid)
