"""Showing the first render's progress in a terminal (``limber run --text``)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TextIO

from coach.speech.port import Speaker


def prepare_with_progress(speaker: Speaker, phrases: Sequence[str], out: TextIO, *,
                          wait: float = 5.0, sleep: Callable[[float], None] = time.sleep,
                          now: Callable[[], float] = time.monotonic) -> None:
    """Start preparing and show the count until ready, or for ``wait`` seconds at most:
    the session may start before rendering ends (a chime stands in meanwhile)."""
    speaker.prepare(phrases)
    deadline = now() + wait
    shown = False
    while True:
        done, total = speaker.progress()
        if done >= total:
            break
        if now() >= deadline:
            out.write("\nStarting; the rest of the voice is prepared as the routine runs.\n")
            out.flush()
            return
        out.write(f"\rPreparing the voice: {done}/{total} phrases")
        out.flush()
        shown = True
        sleep(0.05)
    if shown:
        out.write(f"\rPreparing the voice: {total}/{total} phrases, ready.\n")
        out.flush()
