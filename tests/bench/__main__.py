"""``python -m tests.bench``: Limber against the floor a bare PySide6 program sets, on this
machine, in one run. ``--json`` prints the raw figures instead of the table.

Start-up, memory and idle cost: the app, a one-label PySide6 window and that window with the
Qt classes of the app's home screen imported (``tests/bench/home_types.py``) take turns,
each launch on a private Xvfb, after one warm-up launch of each that is not counted. Session
cost: the app launched straight into a routine; the first such launch renders the clips (its
speech worker is reported with it), the counted ones take turns with the bare program. Cue
timing: the real session engine on the Qt timer, in real time. Speech: the longest built-in
routine's phrases rendered cold, then cached. Each goal is stated next to its figure; nothing
here fails a build.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from tests.bench.home_types import NAMES_ENV, qt_names
from tests.bench.procs import private_sound
from tests.bench.report import Row, table
from tests.bench.window import APP, BARE, HOME_TYPES, Launch, launch

HOME_SETTLE, HOME_WINDOW = 1.5, 3.0
SESSION_ROUTINE = "warmup-standard"
SESSION_SETTLE, SESSION_WINDOW = 6.0, 6.0



def _home(runs: int, home: Path,
          log: bool) -> tuple[list[Launch], list[Launch], list[Launch]]:
    app: list[Launch] = []
    bare: list[Launch] = []
    types: list[Launch] = []
    names = {NAMES_ENV: json.dumps(qt_names())}
    for turn in range(runs + 1):
        for command, into in ((APP, app), (BARE, bare), (HOME_TYPES, types)):
            result = launch(command, home, settle=HOME_SETTLE, window=HOME_WINDOW,
                            env_extra=names if command is HOME_TYPES else None)
            if turn:  # the first turn warms the disk cache and the user folders
                into.append(result)
            if log:
                print(f"  {turn or 'warm-up'} {command[-1]}: "
                      f"{result.first_paint_ms:.0f} ms", file=sys.stderr)
    return app, bare, types


def _session(runs: int, home: Path, log: bool) -> tuple[Launch, list[Launch], list[Launch]]:
    """The first session renders its clips into the empty cache (the speech worker runs);
    the counted ones, with their clips cached as for a routine used before, take turns with
    the bare program (A B A B), so the goal's floor comes from the same minutes."""
    command = [*APP, "run", SESSION_ROUTINE]
    first = launch(command, home, settle=SESSION_SETTLE, window=SESSION_WINDOW)
    if log:
        print(f"  first session: {first.rss_mib:.0f} MiB, with its {first.processes - 1} "
              f"other processes {first.tree_pss_mib:.0f} MiB (PSS)", file=sys.stderr)
    app: list[Launch] = []
    bare: list[Launch] = []
    for turn in range(runs):
        app.append(launch(command, home, settle=SESSION_SETTLE, window=SESSION_WINDOW))
        bare.append(launch(BARE, home, settle=SESSION_SETTLE, window=HOME_WINDOW))
        if log:
            print(f"  session {turn + 1}: {app[-1].rss_mib:.0f} MiB, "
                  f"bare {bare[-1].rss_mib:.0f} MiB", file=sys.stderr)
    return first, app, bare


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__.split(
        "\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="counted launches of each program")
    parser.add_argument("--session-runs", type=int, default=3)
    parser.add_argument("--skip", action="append", default=[],
                        choices=["home", "session", "timing", "render"])
    parser.add_argument("--json", action="store_true", help="print the raw figures as JSON")
    args = parser.parse_args(argv)
    log = not args.json
    raw: dict[str, object] = {}
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="limber-bench-home-") as tmp:
        home = Path(tmp)
        if "home" not in args.skip:
            if log:
                print("home window, A B A B …", file=sys.stderr)
            app, bare, types = _home(args.runs, home, log)
            raw["home"] = {"limber": [asdict(r) for r in app], "bare": [asdict(r) for r in bare],
                           "home_types": [asdict(r) for r in types]}
            rows += [
                Row.pair("first paint", "ms", [r.first_paint_ms for r in app],
                         [r.first_paint_ms for r in bare], "≤ 1.3× bare", ratio_goal=1.3),
                Row.pair("CPU time to first paint", "ms", [r.cpu_to_paint_ms for r in app],
                         [r.cpu_to_paint_ms for r in bare], "(steadier on a busy machine)"),
                Row.pair("  floor: bare + home's Qt classes", "ms",
                         [r.cpu_to_paint_ms for r in types], [r.cpu_to_paint_ms for r in bare],
                         "(CPU to paint; no app code)"),
                Row.pair("memory at home", "MiB", [r.rss_mib for r in app],
                         [r.rss_mib for r in bare], "≤ 1.3× bare", ratio_goal=1.3),
                Row.pair("  floor: bare + home's Qt classes", "MiB",
                         [r.rss_mib for r in types], [r.rss_mib for r in bare], "(no app code)"),
                Row.pair("CPU at home", "% core", [r.cpu_percent for r in app],
                         [r.cpu_percent for r in bare], "0", limit=0.0),
                Row.pair("wake-ups at home", "/s", [r.wakeups_per_s for r in app],
                         [r.wakeups_per_s for r in bare], "0", limit=0.0),
            ]
        if "session" not in args.skip:
            if log:
                print(f"session ({SESSION_ROUTINE})", file=sys.stderr)
            with private_sound() as pulse:
                if log:
                    print("  sound: " + ("through a PulseAudio null sink of its own" if pulse
                                         else "no pulseaudio here: this machine's own output, "
                                         "if it has one"), file=sys.stderr)
                saved = os.environ.get("PULSE_SERVER")
                if pulse:
                    os.environ["PULSE_SERVER"] = pulse
                try:
                    first, session, bare_then = _session(args.session_runs, home, log)
                finally:
                    if pulse:
                        os.environ.pop("PULSE_SERVER")
                        if saved is not None:
                            os.environ["PULSE_SERVER"] = saved
            raw["session"] = {"first": asdict(first), "limber": [asdict(r) for r in session],
                              "bare": [asdict(r) for r in bare_then]}
            limit = statistics.median(r.rss_mib for r in bare_then) + 40
            rows += [
                Row.pair("memory in a session", "MiB", [r.rss_mib for r in session],
                         [r.rss_mib for r in bare_then], f"≤ bare + 40 ({limit:.0f})",
                         limit=limit),
                Row.single("  highest so far (VmHWM)", "MiB", [r.peak_rss_mib for r in session],
                           ""),
                Row.single("first session (renders its clips)", "MiB", [first.rss_mib],
                           f"≤ bare + 40 ({limit:.0f})", limit=limit),
                Row.single(f"  with its {first.processes - 1} other processes (PSS)", "MiB",
                           [first.tree_pss_mib], "(speech workers)"),
                Row.single(f"  {SESSION_WINDOW:.0f} s later, {first.processes_end - 1} other "
                           "processes", "MiB", [first.tree_pss_end_mib], ""),
                Row.single("CPU in a session (with sound)", "% core",
                           [r.cpu_percent for r in session], "< 0.5", limit=0.5),
                Row.single("wake-ups in a session", "/s", [r.wakeups_per_s for r in session], ""),
            ]
    if "timing" not in args.skip:
        from tests.bench.timing import real_time_run

        if log:
            print("cue timing (real time, about a minute)", file=sys.stderr)
        timing = real_time_run()
        raw["timing"] = asdict(timing)
        label = f"cue lateness ({timing.cues} cues, {timing.segments} segments)"
        rows += [
            Row.single(f"{label} p50", "ms", [timing.p50_ms], ""),
            Row.single("cue lateness p99", "ms", [timing.p99_ms], "< 5", limit=5.0),
            Row.single("cue lateness max", "ms", [timing.max_ms], "< 50", limit=50.0),
            Row.single("end drift", "ms", [timing.end_drift_ms], "< 20", limit=20.0),
        ]
    if "render" not in args.skip:
        from tests.bench.render import first_render

        if log:
            print("first render of the longest routine", file=sys.stderr)
        render = first_render()
        raw["render"] = asdict(render)
        rows += [
            Row.single(f"render {render.routine} ({render.phrases} phrases) cold", "ms",
                       [render.cold_ms], "< 1000", limit=1000.0),
            Row.single("render, cached", "ms", [render.cached_ms], "≈ 0", limit=50.0),
            Row.single("  CPU time cold (app + workers)", "ms", [render.cold_cpu_ms], ""),
            Row.single("  CPU time cached", "ms", [render.cached_cpu_ms], ""),
        ]
        for notice in render.notices:
            print(f"notice: {notice}", file=sys.stderr)
    if args.json:
        print(json.dumps({"figures": [asdict(r) for r in rows], "raw": raw}, indent=2))
    else:
        print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
