"""Every file Limber writes goes through the one atomic writer, so every new file gets the same
permissions: what the user's umask gives an ordinary file (0644 under the usual 022), and a file
that replaces another keeps that one's mode (a private file stays private)."""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coach.core.files.atomic import write_atomic
from coach.speech.clip import Clip, write_wav_atomic
from coach.speech.clip_cache import ClipCache
from coach.storage.history import HistoryStore
from coach.storage.history_records import SessionRecord
from coach.storage.prefs import PreferencesStore
from coach.storage.prefs_schema import Preferences

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")

CLIP = Clip("hello", b"\x01\x00" * 2205, 22050, 1)


@pytest.fixture(params=[0o022, 0o027, 0o077])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_files_get_the_umask_mode_whoever_writes_them(tmp_path: Path, umask: int) -> None:
    expected = 0o666 & ~umask
    write_atomic(tmp_path / "plain.txt", "x")
    write_wav_atomic(tmp_path / "said.wav", CLIP)  # what `limber say --to` writes

    history = HistoryStore(tmp_path / "history.sqlite3")
    history.record_session(SessionRecord("w", "W", "warm-up", datetime.now(UTC), 60.0))
    history.export_csv(tmp_path / "export.csv")
    history.close()

    PreferencesStore(tmp_path / "config").save(Preferences())

    cache = ClipCache(tmp_path / "cache")
    kept = cache.path("hello", "", 175, "test")
    cache.store(kept, CLIP)

    for path in (tmp_path / "plain.txt", tmp_path / "said.wav", tmp_path / "export.csv",
                 tmp_path / "config" / "preferences.json", kept):
        assert mode(path) == expected, f"{path.name}: {oct(mode(path))} != {oct(expected)}"


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "said.wav"
    write_wav_atomic(target, CLIP)
    target.chmod(0o600)
    write_wav_atomic(target, CLIP)
    assert mode(target) == 0o600


# Places that touch files without the atomic writer, and why that is right for each.
NOT_WRITES = {
    ("coach/speech/clip_cache.py", "mkstemp("): "a scratch name the speech engine renders into",
    ("coach/storage/history.py", "os.replace("): "moving a damaged database's companions aside",
    ("coach/speech/engines/render_worker.py", "open(os.devnull, \"w\")"):
        "silencing the engine's chatter",
    ("coach/speech/clip.py", "open(target, \"wb\")"): "the WAV encoder: into memory for the "
                                                       "atomic writer, or a scratch file",
}
WRITE_CALL = re.compile(
    r"\.write_text\(|\.write_bytes\(|os\.replace\(|os\.rename\(|mkstemp\("
    r"|open\([^()]*[\"'][wax]b?\+?[\"']\)"
)


def test_no_module_writes_a_file_around_the_atomic_writer() -> None:
    """Every file Limber keeps goes through coach.core.files.atomic; the exceptions are listed
    above."""
    import coach

    root = Path(coach.__file__).parent
    found = set()
    for path in sorted(root.rglob("*.py")):
        name = path.relative_to(root.parent).as_posix()
        if name != "coach/core/files/atomic.py":
            found |= {(name, m.group()) for m in WRITE_CALL.finditer(path.read_text("utf-8"))}
    assert found == set(NOT_WRITES)
