"""One launch of a program on its own X server: first paint, then memory, CPU and wake-ups.

The program is started with LIMBER_BENCH_FIRST_PAINT naming a file; it writes the monotonic
time of its first paint there. Start-up = that time minus the moment just before the launch.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.bench.procs import (
    descendants,
    end_launch,
    private_display,
    pss_mib,
    rss_mib,
    usage,
    watch,
)

PAINT_TIMEOUT = 60.0
APP = [sys.executable, "-m", "coach"]
BARE = [sys.executable, "-m", "tests.bench.bare"]
HOME_TYPES = [sys.executable, "-m", "tests.bench.home_types"]  # bare + the Qt classes home uses

# An installed app starts from compiled bytecode (pip and the frozen bundle compile it), so the
# programs here may write theirs: to a folder of their own, which the warm-up launch fills.
# Without this, PYTHONDONTWRITEBYTECODE (set on this machine) recompiles every module of the
# app from source on every launch, a cost the one-file bare program hardly pays.
_BYTECODE = Path(tempfile.gettempdir()) / f"limber-bench-bytecode-{os.getuid()}"


@dataclass(frozen=True)
class Launch:
    first_paint_ms: float
    cpu_to_paint_ms: float  # CPU time the program had used when it was first painted
    rss_mib: float  # the program's own process
    tree_rss_mib: float  # with the processes it started (the speech worker)
    cpu_percent: float
    wakeups_per_s: float
    peak_rss_mib: float = 0.0  # the program's highest RSS up to the end of the window
    tree_pss_mib: float = 0.0  # the program and its processes, shared pages counted once
    processes: int = 1  # the program and the processes it started
    tree_pss_end_mib: float = 0.0  # the same at the end of the window
    processes_end: int = 1


def launch(command: list[str], home: Path, *, settle: float, window: float,
           env_extra: dict[str, str] | None = None) -> Launch:
    """Run ``command`` on a private display; measure after it has been painted and then left
    alone for ``settle`` seconds, over ``window`` seconds."""
    with private_display() as display, tempfile.TemporaryDirectory() as tmp:
        stamp = Path(tmp) / "painted"
        env = dict(os.environ, PYTHONPYCACHEPREFIX=str(_BYTECODE), DISPLAY=display,
                   LIMBER_BENCH_FIRST_PAINT=str(stamp), QT_QPA_PLATFORM="xcb",
                   LIMBER_CONFIG_DIR=str(home / "config"),
                   LIMBER_DATA_DIR=str(home / "data"), LIMBER_CACHE_DIR=str(home / "cache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.update(env_extra or {})
        started = time.monotonic()
        child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            painted = _wait_for(stamp, child)
            cpu_to_paint = usage([child.pid]).cpu_ns / 1e6
            time.sleep(settle)
            tree = descendants(child.pid)
            rss = rss_mib(child.pid)
            tree_rss = sum(rss_mib(pid) for pid in tree)
            tree_pss = sum(pss_mib(pid) for pid in tree)
            figures = watch(child.pid, window)
            peak = rss_mib(child.pid, "VmHWM")
            tree_end = descendants(child.pid)
            tree_pss_end = sum(pss_mib(pid) for pid in tree_end)
        finally:
            end_launch(child)
    return Launch((painted - started) * 1000, cpu_to_paint, rss, tree_rss, figures.cpu_percent,
                  figures.wakeups_per_s, peak, tree_pss, len(tree), tree_pss_end, len(tree_end))


def _wait_for(stamp: Path, child: subprocess.Popen[bytes]) -> float:
    deadline = time.monotonic() + PAINT_TIMEOUT
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise RuntimeError(f"{child.args} ended ({child.returncode}) before painting")
        try:
            text = stamp.read_text()
        except FileNotFoundError:
            text = ""
        if text.endswith("\n"):
            return float(text)
        time.sleep(0.002)
    raise RuntimeError(f"{child.args} painted nothing in {PAINT_TIMEOUT:.0f} s")


