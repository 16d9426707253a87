"""One engine rendered by several worker processes side by side, for a first render.

A speech engine renders on one core (flite's rms voice: about 1.2 s of CPU for the longest
built-in routine), so a routine's phrases render in about half the time on two cores. The
extra workers live only while a batch of phrases is rendered (each costs tens of MiB); the
first one stays, as a single worker did before.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from coach.speech.engines.engine_protocol import VoiceInfo
from coach.speech.worker_process import EngineProcess

MAX_LANES = 2  # the render is worth splitting; a laptop's other cores are the user's


def default_lanes() -> int:
    """Workers for a first render: one per core this process may run on, at most two."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        cores = os.cpu_count() or 1
    return max(1, min(MAX_LANES, cores))


class EngineLanes:
    """The engine's first worker answers every call (voices, render, restart), as one worker
    did; :meth:`lanes` adds the others for a batch and :meth:`shrink` ends them."""

    def __init__(self, make: Callable[[], EngineProcess], count: int) -> None:
        self._make = make
        self._count = count
        self._lock = threading.Lock()
        self._lanes = [make()]

    @property
    def first(self) -> EngineProcess:
        return self._lanes[0]

    def voices(self) -> list[VoiceInfo]:
        return self.first.voices()

    def render(self, text: str, voice: str, rate: int, raw: Path, out: Path) -> None:
        self.first.render(text, voice, rate, raw, out)

    def restart(self) -> None:
        self.first.restart()

    def lanes(self) -> list[EngineProcess]:
        """Every lane's engine, the first one first; each starts its worker on first use."""
        with self._lock:
            while len(self._lanes) < self._count:
                self._lanes.append(self._make())
            return list(self._lanes)

    def shrink(self) -> None:
        """End every worker but the first (a batch is done: their memory goes back)."""
        with self._lock:
            extra, self._lanes = self._lanes[1:], self._lanes[:1]
        for engine in extra:
            engine.close()

    def close(self) -> None:
        with self._lock:
            lanes = list(self._lanes)
        for engine in lanes:
            engine.close()
