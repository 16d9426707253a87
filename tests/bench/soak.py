"""``python -m tests.bench.soak [SESSIONS]``: many sessions in one window, on a fake clock.

A long-lived window must not slow down or grow: a runner may leave Limber open for weeks. This
runs SESSIONS (default 300) short routines back to back in one MainWindow — start, every
display update, every cue, the finish screen, back home — with a real history database, and
reports the time per session and the process's memory at the start and at the end, and what is
left running afterwards (active timers, threads, child processes, open file descriptors).

Goals (from tracker issue 11): no slowdown beyond noise (last 25 sessions within 1.5x of the
first 25), memory growth under 5 MB, nothing left behind. ``tests/qt/test_soak.py`` runs a
short version of the same loop in the suite, checking only what is left behind (no timings).
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from coach.core.clock import FakeClock
from coach.core.session import drive
from coach.qt.window import MainWindow
from coach.speech.port import SilentSpeaker
from coach.storage.history import HistoryStore
from coach.storage.prefs_schema import Preferences
from tests.qt.helpers import FakeLibrary, cool_down, warm_up, window_for

MB = 1024 * 1024


@dataclass(frozen=True)
class Leftovers:
    """What is running or open; compared before and after."""

    active_timers: int
    python_threads: int
    native_threads: int | None
    children: int | None
    open_fds: int | None


@dataclass(frozen=True)
class SoakResult:
    seconds: list[float]  # CPU time of each session (wall time on a shared machine is noise)
    rss_start: int | None  # bytes, after the first session (imports and caches warmed)
    rss_end: int | None
    before: Leftovers  # after the first session
    after: Leftovers  # after the last
    sessions_recorded: int
    rss_marks: list[tuple[int, int | None]]  # (sessions done, bytes) every 25 sessions


def rss_bytes() -> int | None:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


def _count(path: str) -> int | None:
    try:
        return len(os.listdir(path))
    except OSError:
        return None


def _children() -> int | None:
    try:
        tasks = os.listdir("/proc/self/task")
        return sum(len(Path(f"/proc/self/task/{t}/children").read_text().split()) for t in tasks)
    except OSError:
        return None


def leftovers(window: MainWindow) -> Leftovers:
    timers = [t for t in window.findChildren(QTimer) if t.isActive()]
    return Leftovers(len(timers), threading.active_count(), _count("/proc/self/task"),
                     _children(), _count("/proc/self/fd"))


def soak(sessions: int, folder: Path) -> SoakResult:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    clock = FakeClock(1000.0)
    routines = (warm_up(), cool_down())
    with HistoryStore(folder / "history.sqlite3") as history:
        window = window_for(
            FakeLibrary(routines=routines), clock=clock, speaker=SilentSpeaker(),
            prefs=Preferences(knee_check=False, lead_in_seconds=5),
            history=history, locate_picture=lambda name: folder / f"{name}.svg")
        window.resize(1024, 700)
        window.show()
        app.processEvents()
        before = None
        seconds: list[float] = []
        rss_start = None
        marks: list[tuple[int, int | None]] = []
        for number in range(sessions):
            start = time.process_time()
            window.begin(routines[number % 2])
            drive(window.driver, clock.now() + 100_000, clock.set)
            app.processEvents()
            window.show_home()
            app.processEvents()
            seconds.append(time.process_time() - start)
            if number == 0:
                # Measured after one session: what the first one starts once (Qt's own helper
                # threads, caches) is not a leak; what every session adds is.
                gc.collect()
                rss_start = rss_bytes()
                before = leftovers(window)
            if (number + 1) % 25 == 0:
                marks.append((number + 1, rss_bytes()))
        gc.collect()
        rss_end = rss_bytes()
        recorded = len(history.recent_sessions(limit=sessions + 10))
        after = leftovers(window)
        assert before is not None
        window.close()
        window.deleteLater()
        app.processEvents()
    return SoakResult(seconds, rss_start, rss_end, before, after, recorded, marks)


def main(argv: list[str]) -> int:
    sessions = int(argv[0]) if argv else 300
    with tempfile.TemporaryDirectory() as folder:
        result = soak(sessions, Path(folder))
    window = min(25, max(1, sessions // 4))
    first = statistics.mean(result.seconds[1:window + 1])  # the first pays for warm-up
    last = statistics.mean(result.seconds[-window:])
    print(f"sessions: {sessions} (recorded in the history: {result.sessions_recorded})")
    print(f"time per session: first {window}: {first * 1000:.1f} ms, last {window}: "
          f"{last * 1000:.1f} ms (ratio {last / first:.2f}; goal under 1.5)")
    if result.rss_start is not None and result.rss_end is not None:
        growth = (result.rss_end - result.rss_start) / MB
        print(f"memory (RSS): after session 1: {result.rss_start / MB:.1f} MB, at the end: "
              f"{result.rss_end / MB:.1f} MB (growth {growth:+.1f} MB; goal under 5 MB)")
    print("memory every 25 sessions (MB): " + ", ".join(
        f"{n}: {b / MB:.1f}" for n, b in result.rss_marks if b is not None))
    print(f"left running, before -> after: {result.before} -> {result.after}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
