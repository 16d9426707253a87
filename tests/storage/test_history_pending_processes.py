"""Sessions kept while the history is locked arrive exactly once, whatever the number of
processes keeping them and writing them in (issue 22: each process wrote the whole pending file
from its own memory, and 1 session of 2 arrived)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from coach.storage.history import HistoryStore

WRITERS = 6

# One Limber process: it keeps its session (start and end) and a check-in while another program
# holds the database and says so. An odd one then closes at once, the database still locked:
# what it kept is only on disk now. An even one waits for the word, then writes in what is kept
# (anyone's) and closes.
_PROCESS = """
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from coach.storage.history import HistoryStore
from coach.storage.history_records import SessionRecord
number = int(sys.argv[2])
start = datetime(2026, 12, 6, 7, 0, tzinfo=UTC) + timedelta(minutes=number)
store = HistoryStore(Path(sys.argv[1]), retry_seconds=(3600.0,))
record = SessionRecord(f"routine-{number}", f"Routine {number}", "warm-up", start, 300)
assert store.save_session(record) is None
assert store.save_session(SessionRecord(
    record.routine_id, record.routine_name, "warm-up", start, 300,
    ended_at=start + timedelta(minutes=5), completed_fraction=1.0)) is None
assert store.save_knee_score(number % 11, start, "pre-run") is None
sys.stdout.write("kept\\n"); sys.stdout.flush()
if number % 2:
    store.close()
    sys.exit()
sys.stdin.readline()
store.flush_pending()
store.close()
"""


def test_every_kept_session_arrives_once_from_processes_at_once(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore(path).close()
    holder = sqlite3.connect(path, isolation_level=None, timeout=0)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    processes = [subprocess.Popen([sys.executable, "-c", _PROCESS, str(path), str(n)],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                  env=env) for n in range(WRITERS)]
    try:
        for process in processes:
            assert process.stdout is not None and process.stdout.readline() == "kept\n"
        for process in processes[1::2]:
            assert process.wait(timeout=120) == 0  # closed with the database still locked
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    for process in processes[::2]:  # the lock is gone: the others write in at once
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    for process in processes:
        assert process.wait(timeout=120) == 0
    with HistoryStore(path) as store:
        assert store.pending_count == 0
        sessions = store.recent_sessions(limit=100)
        assert sorted(s.routine_id for s in sessions) == [f"routine-{n}" for n in range(WRITERS)]
        assert all(s.ended_at is not None and s.completed_fraction == 1.0 for s in sessions)
        assert sorted(k.score for k in store.knee_scores()) == sorted(
            n % 11 for n in range(WRITERS))
