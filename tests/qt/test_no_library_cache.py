"""Start-up reads the routine files themselves, and nothing in the cache folder can run code or
stand in for them (issue 22: a 90-byte planted pickle ran a shell command at start, and an
edit that kept a file's size and time was never seen)."""

from __future__ import annotations

import os
from pathlib import Path

from tests.core.helpers import TINY_TOML
from tests.qt.test_startup import _last_line_of_the_real_app

_NAMES_AT_PAINT = """
import coach.qt.application as app
from coach.qt import first_paint
from PySide6.QtWidgets import QApplication
names = []
def stamp(window):
    first_paint.after_first_paint(window, lambda: (
        names.extend(r.name for r in window.library.routines), QApplication.instance().quit()))
app.bench_stamp = stamp
app.run_app(["limber"])
print(repr(names))
"""


def _pickle_calling(command: str) -> bytes:
    """Protocol 4 lets a global's name be dotted: ``Routine.__init__.__builtins__.get`` starts
    with a capital letter, as the old cache's filter asked, and reaches ``eval``."""
    def text(value: str) -> bytes:
        data = value.encode()
        return b"\x8c" + bytes([len(data)]) + data

    return (b"\x80\x04" + text("coach.core.model") + text("Routine.__init__.__builtins__.get")
            + b"\x93" + text("eval") + b"\x85R" + text(command) + b"\x85R.")


def test_a_planted_cache_runs_nothing_and_an_edit_keeping_size_and_time_is_seen(tmp_path):
    marker = tmp_path / "was-run"
    cache = tmp_path / "cache"
    cache.mkdir()
    payload = _pickle_calling(f"open({str(marker)!r}, 'w').close()")
    (cache / "routine-library.pickle").write_bytes(payload)
    mine = tmp_path / "data" / "routines"
    mine.mkdir(parents=True)
    tiny = mine / "tiny.toml"
    tiny.write_text(TINY_TOML, "utf-8")

    first = _last_line_of_the_real_app(_NAMES_AT_PAINT, tmp_path)
    assert not marker.exists()
    assert "Tiny routine" in first

    before = tiny.stat()
    tiny.write_text(TINY_TOML.replace("Tiny routine", "Tiny rootine"), "utf-8")  # same size
    os.utime(tiny, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same time
    (cache / "routine-library.pickle").write_bytes(payload)
    second = _last_line_of_the_real_app(_NAMES_AT_PAINT, tmp_path)
    assert "Tiny rootine" in second and "Tiny routine" not in second
    assert not marker.exists()
    assert not any(path.suffix == ".pickle" for path in Path(cache).iterdir()
                   if path.name != "routine-library.pickle")
