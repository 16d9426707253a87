"""A Limber that lowers (or pauses) the music and then dies, for the crash tests.

    python -m tests.qt.music_child --bus ADDRESS --folder DIR --mode lower|pause

It starts the music control as the terminal runner does (no Qt event loop on its main thread),
begins a session, lowers or pauses the music for an hour from now, prints "begun", and waits:
the test kills it with SIGKILL, so nothing it could run at exit ever runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coach.app.music_port import MusicMode, Window
from coach.core.clock import SystemClock
from coach.qt.music_thread import QtMusic


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bus", required=True)
    parser.add_argument("--folder", required=True, type=Path)
    parser.add_argument("--mode", default="lower", choices=["lower", "pause"])
    args = parser.parse_args()
    clock = SystemClock()
    music = QtMusic(lambda text: print("notice:", text, file=sys.stderr, flush=True),
                    args.folder, clock, address=args.bus, notice_any_thread=True)
    music.begin(MusicMode(args.mode))
    now = clock.now()
    if args.mode == "lower":
        music.schedule([Window(now, now + 3600)])
    else:
        music.pause_at(now)
    print("begun", flush=True)
    sys.stdin.read()  # until the test closes it, or dies: never outlives it
    return 0


if __name__ == "__main__":
    sys.exit(main())
