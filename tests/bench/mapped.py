"""``python -m tests.bench.mapped``: a check independent of the app's own first-paint hook.

Each launch gets a private Xvfb; an X client of this program's own (libX11 through ctypes)
watches the root window and notes the moment the program's first top-level window is mapped
(its ``MapNotify``); the program's resident memory is read from ``/proc`` 5 s after its launch.
The app and a bare one-label PySide6 window (``tests/bench/bare.py``) take turns, A B A B,
after one warm-up launch each, and each pair gives a ratio. Nothing here reads what the app
says about itself, so it also times builds the hook does not reach:

    python -m tests.bench.mapped                       # the app from this tree against bare.py
    python -m tests.bench.mapped --runs 9
    python -m tests.bench.mapped --app build/frozen/dist/limber/limber \\
        --bare build/frozen-bare/dist/limber-bare/limber-bare    # the frozen bundles
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import select
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.bench.procs import end_launch, private_display, rss_mib
from tests.bench.window import _BYTECODE

MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
MAP_TIMEOUT = 60.0
RSS_AT = 5.0


class _MapEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong),
                ("send_event", ctypes.c_int), ("display", ctypes.c_void_p),
                ("event", ctypes.c_ulong), ("window", ctypes.c_ulong),
                ("override_redirect", ctypes.c_int)]


class _Event(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("map", _MapEvent), ("pad", ctypes.c_long * 24)]


def _xlib() -> ctypes.CDLL:
    name = ctypes.util.find_library("X11")
    if name is None:
        raise SystemExit("libX11 is needed (apt-get install libx11-6)")
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    lib.XConnectionNumber.argtypes = [ctypes.c_void_p]
    lib.XPending.argtypes = [ctypes.c_void_p]
    lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_Event)]
    lib.XFlush.argtypes = [ctypes.c_void_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return lib


@dataclass(frozen=True)
class Mapped:
    mapped_ms: float
    rss_mib: float


def launch(command: list[str], home: Path, env_extra: dict[str, str]) -> Mapped:
    xlib = _xlib()
    with private_display() as display_name:
        display = xlib.XOpenDisplay(display_name.encode())
        if not display:
            raise RuntimeError(f"cannot open {display_name}")
        try:
            xlib.XSelectInput(display, xlib.XDefaultRootWindow(display),
                              SUBSTRUCTURE_NOTIFY_MASK)
            xlib.XFlush(display)
            env = dict(os.environ, DISPLAY=display_name, QT_QPA_PLATFORM="xcb",
                       PYTHONPYCACHEPREFIX=str(_BYTECODE), LIMBER_CONFIG_DIR=str(home / "config"),
                       LIMBER_DATA_DIR=str(home / "data"), LIMBER_CACHE_DIR=str(home / "cache"),
                       **env_extra)
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env.pop("LIMBER_BENCH_FIRST_PAINT", None)
            started = time.monotonic()
            child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, start_new_session=True)
            try:
                mapped = _wait_for_map(xlib, display, child) - started
                time.sleep(max(0.0, started + RSS_AT - time.monotonic()))
                rss = rss_mib(child.pid)
            finally:
                end_launch(child)
        finally:
            xlib.XCloseDisplay(display)
    return Mapped(mapped * 1000, rss)


def _wait_for_map(xlib: ctypes.CDLL, display: int, child: subprocess.Popen[bytes]) -> float:
    """The moment the first top-level window that is not override-redirect (a tooltip, a
    menu) is mapped."""
    fd = xlib.XConnectionNumber(display)
    event = _Event()
    deadline = time.monotonic() + MAP_TIMEOUT
    while time.monotonic() < deadline:
        while xlib.XPending(display):
            xlib.XNextEvent(display, ctypes.byref(event))
            if event.type == MAP_NOTIFY and not event.map.override_redirect:
                return time.monotonic()
        if child.poll() is not None:
            raise RuntimeError(f"{child.args} ended ({child.returncode}) before mapping")
        select.select([fd], [], [], 0.05)
    raise RuntimeError(f"{child.args} mapped no window in {MAP_TIMEOUT:.0f} s")


def _row(label: str, unit: str, a: list[float], b: list[float]) -> str:
    ratios = [x / y for x, y in zip(a, b, strict=True) if y]
    return (f"| {label} | {unit} | {statistics.median(a):.1f} ({min(a):.1f}–{max(a):.1f}) | "
            f"{statistics.median(b):.1f} ({min(b):.1f}–{max(b):.1f}) | "
            f"{statistics.median(ratios):.2f}× ({min(ratios):.2f}–{max(ratios):.2f}) |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.mapped",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="counted launches of each")
    parser.add_argument("--app", default=f"{sys.executable} -m coach",
                        help="the program to time (a shell-like command line)")
    parser.add_argument("--bare", default=f"{sys.executable} -m tests.bench.bare",
                        help="the yardstick (a shell-like command line)")
    args = parser.parse_args(argv)
    app, bare = shlex.split(args.app), shlex.split(args.bare)
    mapped: dict[str, list[float]] = {"app": [], "bare": []}
    rss: dict[str, list[float]] = {"app": [], "bare": []}
    with tempfile.TemporaryDirectory(prefix="limber-bench-mapped-") as tmp:
        for turn in range(args.runs + 1):
            for name, command in (("app", app), ("bare", bare)):
                result = launch(command, Path(tmp), {})
                print(f"  {turn or 'warm-up'} {name}: mapped {result.mapped_ms:.0f} ms, "
                      f"{result.rss_mib:.1f} MiB", file=sys.stderr)
                if turn:
                    mapped[name].append(result.mapped_ms)
                    rss[name].append(result.rss_mib)
    print("| figure | unit | program median (min–max) | bare median (min–max) | "
          "ratio, pair by pair: median (min–max) |")
    print("|---|---|---|---|---|")
    print(_row("window mapped", "ms", mapped["app"], mapped["bare"]))
    print(_row(f"memory {RSS_AT:.0f} s after launch (RSS)", "MiB", rss["app"], rss["bare"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
