"""What the runner has done: sessions and knee check-ins, in one SQLite file.

A session row is written when the session starts and updated when it ends (or as it goes), so a
crash or a power cut still leaves a trace of the start. Times are stored as ISO 8601 text in UTC;
"days" (streaks) are the user's local calendar days.

Opening never raises for a bad file: a file that is not a database, is damaged, or holds someone
else's tables is set aside (``history.sqlite3.corrupt-…``) and a new database started; a file
that cannot be opened at all (a folder in its place, a read-only disk) leaves the store working
in memory for this run. Either way :attr:`HistoryStore.problems` says what happened, for the
caller to show once. Later failures (a full disk, say) raise :class:`HistoryError`.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import replace
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any, Final

from coach.core.files.atomic import set_aside, write_atomic
from coach.core.model import RoutineKind
from coach.storage.history_pending import Entry, PendingEntries, PendingKnee, PendingSession
from coach.storage.history_records import (
    COMPLETED_FRACTION,
    KneeContext,
    KneeScore,
    RunDayRecord,
    SessionRecord,
    check_aware,
    day_before,
    from_text,
    local,
    parse_time,
    session_from_json,
    to_text,
)
from coach.storage.history_schema import (
    CURRENT_SCHEMA_VERSION,
    RUN_DAY_COLUMNS,
    SESSION_COLUMNS,
    knee_from_row,
    migrate,
    missing_columns,
    run_day_from_row,
    run_day_value,
    session_from_row,
    user_tables,
)

__all__ = ["FILE_NAME", "HistoryError", "HistoryStore"]

FILE_NAME: Final = "history.sqlite3"

_SQLITE_MAGIC: Final = b"SQLite format 3\x00"
# SQLITE_ERROR (a statement that does not fit the tables), SQLITE_CORRUPT, SQLITE_NOTADB: the
# file's fault. Others (busy, locked, read-only, disk full) are the moment's, not the file's.
_SCHEMA_OR_DAMAGE: Final = frozenset({1, 11, 26})
_COMPANIONS: Final = ("-wal", "-shm", "-journal")
_WAIT_MS: Final = 5000  # how long a plain read or write waits for another program's lock
# How long a session's write waits on the caller's thread before it is kept for later: short,
# because the caller is the window, and a session must start on time.
_QUICK_WAIT_MS: Final = 250
_RETRY_SECONDS: Final = (1.0, 2.0, 5.0, 10.0, 30.0)  # then every 30 s until it is written


class HistoryError(Exception):
    """Reading or writing the history failed after it was opened (disk full, file locked…)."""
















# --- schema -----------------------------------------------------------------------------------


class _Damaged(Exception):
    """The file is not a usable Limber history; the message says why, for the user."""


class _CannotUse(Exception):
    """The file is fine but cannot be used by this run (newer and incompatible, locked…)."""


# --- the store --------------------------------------------------------------------------------


class HistoryStore:
    """The history database at ``path``; check :attr:`problems` once after opening."""

    def __init__(self, path: Path, *, clock: Callable[[], datetime] | None = None,
                 retry_seconds: Sequence[float] = _RETRY_SECONDS) -> None:
        self.path = Path(path)
        self._clock = clock or (lambda: datetime.now(UTC))
        self.problems: list[str] = []
        self.in_memory = False  # True when the file could not be used: nothing will be kept
        # One connection, used from the caller's thread and the retry thread, one at a time.
        self._lock = threading.RLock()
        self._conn = self._open()
        self._pending = PendingEntries.beside(self.path)
        # Entries that could not even be kept on disk (a full disk): held here, retried.
        self._unsaved: list[Entry] = []
        self._retry_seconds = tuple(retry_seconds) or _RETRY_SECONDS
        self._stop = threading.Event()
        self._retrier: threading.Thread | None = None
        self.pending_reason = ""  # why the last kept entry could not be written at once
        if not self.in_memory:
            problem = self._pending.take_legacy(local(self._clock()))
            if problem:
                self.problems.append(problem)
            if len(self._pending) and self.flush_pending():
                self._retry_later()

    def close(self) -> None:
        """Stop retrying, try once more, and close; what is still not written stays kept."""
        self._stop.set()
        retrier = self._retrier
        if retrier is not None:
            retrier.join()
        with self._lock:
            if self._unsaved or len(self._pending):
                self.flush_pending()
            self._conn.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- writing ---

    def record_session(self, record: SessionRecord, *, wait_ms: int = _WAIT_MS) -> SessionRecord:
        """Insert a new session (``id`` None) or update an existing one; returns it with its id.

        Call it when the session starts, and again (or :meth:`finish_session`) as it ends. A
        record without an id that matches a stored session (same routine, same start) updates
        it. Raises :class:`HistoryError`; :meth:`save_session` keeps the record instead.
        """
        values = (
            record.routine_id,
            record.routine_name,
            str(record.routine_kind),
            to_text(record.started_at),
            None if record.ended_at is None else to_text(record.ended_at),
            record.planned_seconds,
            record.completed_fraction,
            json.dumps(list(record.skipped_steps)),
            int(record.stopped),
            record.active_seconds,
        )
        with self._transaction("save the session", wait_ms) as conn:
            if record.id is None:
                # A session is its routine and its start time to the microsecond: writing the
                # same one again (from the kept entries, say) updates it, never adds a copy.
                row = conn.execute(
                    "SELECT id FROM sessions WHERE routine_id = ? AND started_at = ? "
                    "ORDER BY id LIMIT 1", (values[0], values[3])).fetchone()
                if row is None:
                    cursor = conn.execute(
                        "INSERT INTO sessions (routine_id, routine_name, routine_kind, "
                        "started_at, ended_at, planned_seconds, completed_fraction, "
                        "skipped_steps, stopped, active_seconds) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        values,
                    )
                    assert cursor.lastrowid is not None
                    return replace(record, id=cursor.lastrowid)
                record = replace(record, id=row[0])
            conn.execute(
                "INSERT INTO sessions (id, routine_id, routine_name, routine_kind, started_at, "
                "ended_at, planned_seconds, completed_fraction, skipped_steps, stopped, "
                "active_seconds) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "routine_id = excluded.routine_id, routine_name = excluded.routine_name, "
                "routine_kind = excluded.routine_kind, started_at = excluded.started_at, "
                "ended_at = excluded.ended_at, planned_seconds = excluded.planned_seconds, "
                "completed_fraction = excluded.completed_fraction, "
                "skipped_steps = excluded.skipped_steps, stopped = excluded.stopped, "
                "active_seconds = excluded.active_seconds "
                # A state kept earlier (its start) written in after the end was saved never
                # takes an ended session back to running.
                "WHERE sessions.ended_at IS NULL OR excluded.ended_at IS NOT NULL",
                (record.id, *values),
            )
            return record

    def finish_session(
        self,
        session_id: int,
        *,
        ended_at: datetime,
        completed_fraction: float,
        skipped_steps: Sequence[int] = (),
        stopped: bool = False,
        active_seconds: float | None = None,
    ) -> SessionRecord:
        """Record how a started session ended (``active_seconds``: how long it ran, pauses
        left out); returns the updated record."""
        with self._transaction("save the end of the session") as conn:
            row = conn.execute(
                f"SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
            if row is None:
                raise HistoryError(f"there is no session {session_id} to finish")
            record = replace(
                session_from_row(row),
                ended_at=ended_at,
                completed_fraction=completed_fraction,
                skipped_steps=tuple(skipped_steps),
                stopped=stopped,
                active_seconds=active_seconds,
            )
            assert record.ended_at is not None
            conn.execute(
                "UPDATE sessions SET ended_at = ?, completed_fraction = ?, skipped_steps = ?, "
                "stopped = ?, active_seconds = ? WHERE id = ?",
                (
                    to_text(record.ended_at),
                    record.completed_fraction,
                    json.dumps(list(record.skipped_steps)),
                    int(record.stopped),
                    record.active_seconds,
                    session_id,
                ),
            )
            return record

    def record_knee_score(
        self, score: int, when: datetime, context: KneeContext | str, *, wait_ms: int = _WAIT_MS,
        replacing: bool = False,
    ) -> KneeScore:
        """Store a 0-10 knee check-in; ``context`` is "pre-run", "post-cool-down" or "later".
        ``replacing``: the runner changed their mind; this score takes the place of the one
        stored for the same moment and context (never a second check-in)."""
        if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 10:
            raise ValueError(f"a knee score is a whole number from 0 to 10, not {score!r}")
        check_aware("when", when)
        try:
            kind = KneeContext(context)
        except ValueError:
            choices = ", ".join(str(c) for c in KneeContext)
            raise ValueError(f"unknown check-in context {context!r}; expected {choices}") from None
        key = (score, to_text(when), str(kind))
        with self._transaction("save the knee score", wait_ms) as conn:
            if replacing:
                conn.execute("DELETE FROM knee_scores WHERE recorded_at = ? AND context = ?",
                             key[1:])
            # Idempotent like sessions: one check-in is its time, context and score.
            row = conn.execute("SELECT id FROM knee_scores WHERE score = ? AND recorded_at = ? "
                               "AND context = ? ORDER BY id LIMIT 1", key).fetchone()
            if row is not None:
                return KneeScore(score, when.astimezone(UTC), kind, row[0])
            cursor = conn.execute(
                "INSERT INTO knee_scores (score, recorded_at, context) VALUES (?, ?, ?)", key)
            assert cursor.lastrowid is not None
            return KneeScore(score, when.astimezone(UTC), kind, cursor.lastrowid)

    def save_run_day(self, day: RunDayRecord) -> RunDayRecord:
        """Insert a new run day (``id`` None) or replace a stored one, in one transaction;
        returns it with its id. Raises :class:`HistoryError`."""
        values = tuple(run_day_value(getattr(day, name)) for name in RUN_DAY_COLUMNS)
        with self._transaction("save the run day") as conn:
            if day.id is None:
                cursor = conn.execute(
                    f"INSERT INTO run_days ({', '.join(RUN_DAY_COLUMNS)}) "
                    f"VALUES ({', '.join('?' * len(values))})", values)
                assert cursor.lastrowid is not None
                return replace(day, id=cursor.lastrowid)
            conn.execute(
                f"UPDATE run_days SET {', '.join(f'{c} = ?' for c in RUN_DAY_COLUMNS)} "
                "WHERE id = ?", (*values, day.id))
            return day

    def run_days(self, limit: int = 20, *, not_after: datetime | None = None,
                 ) -> list[RunDayRecord]:
        """The latest run days, newest first; ``not_after``: only days begun by then."""
        where, params = "", []
        if not_after is not None:
            check_aware("not_after", not_after)
            where, params = "WHERE started_at <= ?", [to_text(not_after)]
        rows = self._query(
            f"SELECT id, {', '.join(RUN_DAY_COLUMNS)} FROM run_days {where} "
            "ORDER BY started_at DESC, id DESC LIMIT ?", (*params, max(0, limit)))
        return [day for day in map(run_day_from_row, rows) if day is not None]

    # --- writing that never loses anything ---

    def save_session(self, record: SessionRecord) -> SessionRecord | None:
        """Like :meth:`record_session`, but never raises for a busy, locked or full database.

        The write waits a quarter of a second at most. If it cannot be made, the record is kept
        in the pending folder (see :mod:`coach.storage.history_pending`) and written in the
        background as soon as the database takes it; None is returned and
        :attr:`pending_reason` says why.
        Save the same session again as it ends: the later state replaces the kept one.
        """
        try:
            return self.record_session(record, wait_ms=_QUICK_WAIT_MS)
        except HistoryError as error:
            self._keep(PendingSession({**record.to_json(), "id": None}), error)
            return None

    def save_knee_score(self, score: int, when: datetime, context: KneeContext | str,
                        *, replacing: bool = False) -> KneeScore | None:
        """Like :meth:`record_knee_score`, keeping the check-in when it cannot be written."""
        try:
            return self.record_knee_score(score, when, context, wait_ms=_QUICK_WAIT_MS,
                                          replacing=replacing)
        except HistoryError as error:
            self._keep(PendingKnee(score, to_text(when), str(KneeContext(context))), error)
            return None

    @property
    def pending_count(self) -> int:
        """Sessions and check-ins kept (by this process or another), not yet in the database."""
        with self._lock:
            return len(self._unsaved) + len(self._pending)

    def flush_pending(self) -> int:
        """Write what is kept, in order, until the database refuses; returns how many are left.

        Each entry is written in and removed under the pending folder's lock, as read again
        under it: another process keeping a later state of a session, or writing the same
        entry in, waits, so nothing kept is ever removed unwritten and nothing is written
        twice as two rows."""
        with self._lock:
            for entry in list(self._unsaved):  # the disk was full: try the database, then it
                try:
                    self._write_kept(entry)
                except HistoryError as error:
                    self.pending_reason = str(error)
                    with suppress(OSError):
                        self._pending.keep(entry)
                        self._unsaved.remove(entry)
                    continue
                except ValueError as error:
                    self.problems.append(f"A kept history entry was dropped ({error}).")
                self._unsaved.remove(entry)
            kept, problems = self._pending.kept(local(self._clock()))
            self.problems.extend(problems)
            for item in kept:
                try:
                    with self._pending.locked():
                        now_kept = self._pending.reread(item)
                        if now_kept is not None:
                            self._write_kept(now_kept)
                        self._pending.remove(item)
                except HistoryError as error:
                    self.pending_reason = str(error)
                    break
                except (ValueError, TypeError, KeyError) as error:  # hand-edited: never writable
                    self.problems.append(f"A kept history entry was dropped ({error}).")
                    with suppress(OSError), self._pending.locked():
                        self._pending.remove(item)
                except OSError as error:  # the lock or the folder: try again later
                    self.pending_reason = _describe(error)
                    break
            return len(self._unsaved) + len(self._pending)

    def _write_kept(self, entry: Entry) -> None:
        if isinstance(entry, PendingKnee):
            self.record_knee_score(entry.score, parse_time(entry.when), entry.context,
                                   wait_ms=_QUICK_WAIT_MS)
            return
        self.record_session(session_from_json(entry.values), wait_ms=_QUICK_WAIT_MS)

    def _keep(self, entry: Entry, error: HistoryError) -> None:
        with self._lock:
            self.pending_reason = str(error)
            try:
                self._pending.keep(entry)
            except OSError as write_error:  # a full disk: held in memory and retried
                self._unsaved = [e for e in self._unsaved if _key(e) != _key(entry)]
                self._unsaved.append(entry)
                self.pending_reason = f"{error}; and it could not be kept on disk " \
                                      f"({_describe(write_error)})"
        self._retry_later()

    def _retry_later(self) -> None:
        with self._lock:
            if self._stop.is_set() or (self._retrier is not None and self._retrier.is_alive()):
                return
            self._retrier = threading.Thread(target=self._retry, name="limber-history-retry",
                                             daemon=True)
            self._retrier.start()

    def _retry(self) -> None:
        for attempt in itertools.count():
            delay = self._retry_seconds[min(attempt, len(self._retry_seconds) - 1)]
            if self._stop.wait(delay):
                return
            with self._lock:
                if self._stop.is_set() or not self.flush_pending():
                    self._retrier = None
                    return

    # --- reading ---

    def recent_sessions(self, limit: int = 20) -> list[SessionRecord]:
        """The latest sessions, newest first."""
        rows = self._query(
            f"SELECT {SESSION_COLUMNS} FROM sessions ORDER BY started_at DESC, id DESC LIMIT ?",
            (max(0, limit),),
        )
        return [session_from_row(row) for row in rows]

    def knee_scores(
        self, since: datetime | None = None, *, limit: int | None = None
    ) -> list[KneeScore]:
        """Check-ins in time order, oldest first; ``since`` and ``limit`` keep the latest ones."""
        where, params = "", []
        if since is not None:
            check_aware("since", since)
            where, params = "WHERE recorded_at >= ?", [to_text(since)]
        rows = self._query(
            f"SELECT id, score, recorded_at, context FROM knee_scores {where} "
            "ORDER BY recorded_at DESC, id DESC LIMIT ?",
            (*params, -1 if limit is None else max(0, limit)),
        )
        scores = [s for s in (knee_from_row(row) for row in rows) if s is not None]
        scores.reverse()
        return scores

    def streak(self, today: date, tz: tzinfo | None = None) -> int:
        """Days in a row, ending today (or yesterday, if nothing is done yet today), on which a
        warm-up and a cool-down were both completed. ``tz``: whose calendar (default: local).
        """
        rows = self._query(
            "SELECT routine_kind, started_at FROM sessions "
            "WHERE completed_fraction >= ? AND stopped = 0 AND routine_kind IN (?, ?)",
            (COMPLETED_FRACTION, str(RoutineKind.WARM_UP), str(RoutineKind.COOL_DOWN)),
        )
        kinds_by_day: dict[date, set[str]] = {}
        for kind, started in rows:
            moment = from_text(started)
            if moment is not None:
                kinds_by_day.setdefault(local(moment, tz).date(), set()).add(kind)
        full_days = {day for day, kinds in kinds_by_day.items() if len(kinds) == 2}
        # A run day finished with its cool-down counts, on the day it began.
        for (started,) in self._query(
                "SELECT started_at FROM run_days WHERE finished_at IS NOT NULL", ()):
            moment = from_text(started)
            if moment is not None:
                full_days.add(local(moment, tz).date())
        day = today if today in full_days else day_before(today)
        count = 0
        while day in full_days:
            count += 1
            if day == date.min:
                break
            day = day_before(day)
        return count

    def export_csv(self, path: Path) -> int:
        """Write every session and knee check-in to a CSV file (atomically); returns the rows."""
        import csv  # an export's alone: home opens the history without it (and its C module)

        sessions = self._query(f"SELECT {SESSION_COLUMNS} FROM sessions", ())
        knees = self._query("SELECT id, score, recorded_at, context FROM knee_scores", ())
        rows: list[dict[str, object]] = []
        for row in sessions:
            s = session_from_row(row)
            rows.append(
                {
                    "record": "session",
                    "time_utc": to_text(s.started_at),
                    "ended_utc": "" if s.ended_at is None else to_text(s.ended_at),
                    "routine_id": s.routine_id,
                    "routine_name": s.routine_name,
                    "routine_kind": s.routine_kind,
                    "planned_seconds": s.planned_seconds,
                    "completed_fraction": f"{s.completed_fraction:.3f}",
                    "skipped_steps": " ".join(map(str, s.skipped_steps)),
                    "stopped": "yes" if s.stopped else "no",
                    "active_seconds": "" if s.active_seconds is None
                    else f"{s.active_seconds:.1f}",
                }
            )
        for row in knees:
            k = knee_from_row(row)
            if k is not None:
                rows.append(
                    {
                        "record": "knee-score",
                        "time_utc": to_text(k.when),
                        "knee_score": k.score,
                        "context": str(k.context),
                    }
                )
        rows.sort(key=lambda values: str(values["time_utc"]))
        buffer = io.StringIO(newline="")
        writer = csv.DictWriter(buffer, fieldnames=_CSV_HEADER, restval="")
        writer.writeheader()
        writer.writerows(rows)
        try:
            write_atomic(Path(path), buffer.getvalue())
        except OSError as error:
            raise HistoryError(f"could not write {path}: {error.strerror or error}") from error
        return len(rows)

    # --- opening ---

    def _open(self) -> sqlite3.Connection:
        path = self.path
        existed = os.path.lexists(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.is_dir():
                raise _CannotUse(f"{path} is a folder, not a history file")
            return self._open_file()
        except _Damaged as damage:
            return self._start_again(str(damage))
        except _CannotUse as reason:
            return self._in_memory(str(reason))
        except (OSError, sqlite3.Error) as error:
            if not existed:
                _remove_new_empty(path)
            return self._in_memory(f"{path} could not be opened ({_describe(error)})")

    def _open_file(self) -> sqlite3.Connection:
        try:
            with self.path.open("rb") as stream:
                header = stream.read(len(_SQLITE_MAGIC))
        except FileNotFoundError:
            header = b""
        # An empty file is a valid empty database to SQLite; anything else must say so.
        if header and header != _SQLITE_MAGIC:
            raise _Damaged("it is not a database")
        conn = _connect(self.path)
        try:
            self._prepare(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _prepare(self, conn: sqlite3.Connection) -> None:
        try:
            check = conn.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise _Damaged(f"it is damaged ({check[0][0] if check else 'no answer'})")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.OperationalError:
            raise  # locked, read-only, I/O error: not the file's fault
        except sqlite3.DatabaseError as error:
            raise _Damaged(f"it is damaged ({error})") from None

        if version > CURRENT_SCHEMA_VERSION:
            if missing_columns(conn):
                raise _CannotUse(
                    f"{self.path.name} was written by a newer version of Limber and this "
                    "version cannot read it; it is left as it is"
                )
            # Otherwise the newer version only added to what this one needs: use it as it is.
        elif version == 0 and user_tables(conn):
            raise _Damaged("it holds tables that are not Limber's history")
        elif version == CURRENT_SCHEMA_VERSION:
            missing = missing_columns(conn)
            if missing:
                raise _Damaged("its tables are not as expected: missing " + ", ".join(missing))
        # Only now that the file looks like ours is it changed at all.
        conn.execute("PRAGMA journal_mode = WAL")
        for step in range(version, CURRENT_SCHEMA_VERSION):
            try:
                migrate(conn, step)  # one transaction each: a failure changes nothing
            except sqlite3.Error as error:
                if _sqlite_code(error) not in _SCHEMA_OR_DAMAGE:
                    raise
                raise _Damaged(f"it could not be updated from version {step} ({error})") from None
        missing = missing_columns(conn)
        if missing:
            raise _Damaged("its tables are not as expected: missing " + ", ".join(missing))

    def _start_again(self, reason: str) -> sqlite3.Connection:
        try:
            aside = _set_aside_with_companions(self.path, local(self._clock()))
        except OSError as error:
            return self._in_memory(
                f"{self.path} is damaged ({reason}) and could not be moved aside "
                f"({_describe(error)}); it is left as it is"
            )
        try:
            conn = self._open_file()
        except (OSError, sqlite3.Error, _Damaged, _CannotUse) as error:
            return self._in_memory(f"a new history could not be started ({_describe(error)})")
        self.problems.append(
            f"Your history file was damaged ({reason}). It has been kept as {aside.name}, and a "
            "new history has been started."
        )
        return conn

    def _in_memory(self, reason: str) -> sqlite3.Connection:
        self.in_memory = True
        self.problems.append(
            f"The history cannot be used: {reason}. Sessions and check-ins from this run will "
            "not be kept."
        )
        conn = _connect(":memory:")
        for step in range(CURRENT_SCHEMA_VERSION):
            migrate(conn, step)
        return conn

    # --- helpers ---

    @contextmanager
    def _transaction(self, action: str, wait_ms: int = _WAIT_MS,
                     ) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        with self._lock:
            try:
                # PRAGMA takes no parameters; the number is ours, not user input.
                conn.execute(f"PRAGMA busy_timeout = {int(wait_ms):d}")
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
            except sqlite3.Error as error:
                with suppress(sqlite3.Error):  # the connection may be gone altogether
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                raise HistoryError(f"could not {action}: {error}") from error
            finally:
                with suppress(sqlite3.Error):
                    conn.execute(f"PRAGMA busy_timeout = {_WAIT_MS:d}")

    def _query(self, sql: str, params: Sequence[object]) -> list[Any]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as error:
                raise HistoryError(f"could not read the history: {error}") from error


_CSV_HEADER: Final = (
    "record", "time_utc", "ended_utc", "routine_id", "routine_name", "routine_kind",
    "planned_seconds", "completed_fraction", "skipped_steps", "stopped", "knee_score", "context",
    "active_seconds",
)  # fmt: skip


def _connect(target: Path | str) -> sqlite3.Connection:
    # isolation_level=None: no implicit transactions; every write opens a short one itself.
    # check_same_thread=False: the retry thread shares the connection, under the store's lock.
    return sqlite3.connect(target, timeout=_WAIT_MS / 1000, isolation_level=None,
                           check_same_thread=False)


def _set_aside_with_companions(path: Path, now: datetime) -> Path:
    """Move the database and its journal files together, so a stale WAL never meets a new file."""
    aside = set_aside(path, now) if path.exists() else path
    for suffix in _COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
    return aside


def _remove_new_empty(path: Path) -> None:
    """Undo what a failed first open created (SQLite makes the file before it can fail on a
    full disk), so the next start does not meet an empty file it never wrote."""
    for candidate in (path, *(path.with_name(path.name + s) for s in _COMPANIONS)):
        with suppress(OSError):
            if candidate.is_file() and candidate.stat().st_size == 0:
                candidate.unlink()


def _key(entry: Entry) -> tuple[object, ...]:
    return (type(entry).__name__, *entry.key)


def _sqlite_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


def _describe(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)
