"""Several writers of the preferences at once, in real processes: each change lands, none undoes
another's (issue 22: two ``prefs set`` at once lost one change in 13 of 20 rounds)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from coach.storage.prefs import FILE_NAME, PreferencesStore

# One key a writer, each to a value other than its default.
CHANGES = {"speech_rate": 211, "lead_in_seconds": 33, "hold_scale": 1.5, "text_scale": 1.25,
           "voice_volume": 0.4, "theme": "dark"}
ROUNDS = 3

# Each writer loads its store first (as the window and a command do), waits for the word, then
# changes its one key: every writer reads before any writes, the case that loses a change.
_WRITER = """
import sys
from pathlib import Path
from coach.storage.prefs import PreferencesStore
store = PreferencesStore(Path(sys.argv[1]))
store.load()
sys.stdout.write("ready\\n"); sys.stdout.flush()
sys.stdin.readline()
store.set_value(sys.argv[2], {value})
"""


def _writers(folder: Path) -> list[subprocess.Popen[str]]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    started = [subprocess.Popen(
        [sys.executable, "-c", _WRITER.format(value=repr(value)), str(folder), key],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        for key, value in CHANGES.items()]
    for writer in started:
        assert writer.stdout is not None and writer.stdout.readline() == "ready\n"
    return started


def test_writers_at_once_each_keep_their_change(tmp_path: Path) -> None:
    for round_number in range(ROUNDS):
        folder = tmp_path / f"round-{round_number}"
        writers = _writers(folder)
        for writer in writers:  # as near to at once as the parent can say it
            assert writer.stdin is not None
            writer.stdin.write("go\n")
            writer.stdin.flush()
        for writer in writers:
            assert writer.wait(timeout=60) == 0
        on_disk = json.loads((folder / FILE_NAME).read_text("utf-8"))
        assert {key: on_disk[key] for key in CHANGES} == CHANGES, f"round {round_number}"


def test_an_update_keeps_what_another_writer_saved_meanwhile(tmp_path: Path) -> None:
    window = PreferencesStore(tmp_path)  # loaded at start-up, then left open
    window.load()
    PreferencesStore(tmp_path).set_value("speech_rate", 200)  # a terminal, meanwhile
    after = window.update({"window_geometry": "AAAA"}).preferences
    assert after.speech_rate == 200 and after.window_geometry == "AAAA"
    assert PreferencesStore(tmp_path).load().preferences == after
