"""The restore file: written whole or not at all, read back or set aside, and one owner at a
time across processes, with the lock dropped by a process that is killed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from coach.storage.music_restore import FILE_NAME, Changed, RestoreFile, Why

ROOT = Path(__file__).resolve().parents[2]


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    restore = RestoreFile(tmp_path)
    assert restore.claim()
    players = [Changed("org.mpris.MediaPlayer2.mpv", ":1.5", "mpv", was=0.8, low=0.24),
               Changed("org.mpris.MediaPlayer2.vlc", ":1.6", "VLC", paused=True)]
    restore.save("bus-1", players)
    data = json.loads((tmp_path / FILE_NAME).read_text())
    assert data["version"] == 1 and data["pid"] == os.getpid() and data["bus"] == "bus-1"
    loaded = restore.load()
    assert loaded.bus == "bus-1" and list(loaded.players) == players and not loaded.problem
    assert loaded.written is not None
    assert abs(loaded.written - datetime.now(UTC)) < timedelta(minutes=1)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_nothing_to_give_back_removes_the_file(tmp_path: Path) -> None:
    restore = RestoreFile(tmp_path)
    assert restore.claim()
    restore.save("bus-1", [Changed("s", ":1.5", "mpv", was=0.8, low=0.24)])
    restore.save("bus-1", [Changed("s", ":1.5", "mpv")])  # an empty entry is nothing owed
    assert not restore.exists()


def test_a_damaged_file_is_set_aside_not_trusted(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text('{"version": 1, "players": [{"service": ')
    loaded = RestoreFile(tmp_path).load()
    assert loaded.players == () and loaded.problem and loaded.problem.why is Why.DAMAGED
    assert not (tmp_path / FILE_NAME).exists()
    assert any(p.name.startswith(FILE_NAME + ".corrupt-") for p in tmp_path.iterdir())


def test_one_owner_at_a_time_and_a_killed_owner_lets_go(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path;"
         "from coach.storage.music_restore import RestoreFile;"
         "r = RestoreFile(Path(sys.argv[1])); print(r.claim(), flush=True); time.sleep(60)",
         str(tmp_path)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
        assert not RestoreFile(tmp_path).claim()
    finally:
        holder.kill()  # SIGKILL: no clean-up of its own
        holder.wait(5)
        if holder.stdout is not None:
            holder.stdout.close()
    mine = RestoreFile(tmp_path)
    assert mine.claim()
    mine.release()
    assert RestoreFile(tmp_path).claim()


def test_a_file_that_is_not_one_is_never_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / FILE_NAME)  # would block a plain read for ever
    loaded = RestoreFile(tmp_path).load()
    assert loaded.players == () and loaded.problem is not None
    assert loaded.problem.why is Why.UNREADABLE
