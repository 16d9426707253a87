"""First render of the longest built-in routine's phrases: cold (empty cache, the speech
worker started from nothing) and cached (a new speaker on the same cache), with the real
engine and the speaker's own checks, into a player that plays nothing."""

from __future__ import annotations

import contextlib
import os
import resource
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from coach.app.plan_settings import plan_settings
from coach.core.files.user_folders import Folder
from coach.core.plan.compiler import compile_plan
from coach.core.routine_files.library import load_library
from coach.speech import SpeechOptions, make_speaker
from coach.speech.engines import flite
from coach.speech.player import NullPlayer
from coach.storage.prefs_schema import Preferences

WAIT_LIMIT = 120.0


@dataclass(frozen=True)
class Render:
    routine: str
    phrases: int
    cold_ms: float
    cached_ms: float
    notices: tuple[str, ...]
    # CPU time of this process and of the speech workers (and their programs), from making
    # the speaker to closing it: steadier than wall time on a busy machine, and the same
    # whether the render is split between workers or not.
    cold_cpu_ms: float = 0.0
    cached_cpu_ms: float = 0.0


def _cpu_ms() -> float:
    """CPU time so far of this process and of its children that have ended."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return 1000 * (own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime)


def _prepare(phrases: list[str], cache: Path, notices: list[str]) -> tuple[float, float]:
    """(wall ms until every phrase is ready, CPU ms until the speaker is closed)"""
    cpu = _cpu_ms()
    started = time.monotonic()
    speaker = make_speaker(SpeechOptions(), notices.append, lambda _post: NullPlayer(),
                           cache_dir=cache)
    try:
        speaker.prepare(phrases)
        while (progress := speaker.progress())[0] < progress[1]:
            if time.monotonic() - started > WAIT_LIMIT:
                raise RuntimeError(f"render stuck at {progress}")
            time.sleep(0.001)
        wall = (time.monotonic() - started) * 1000
    finally:
        speaker.close()  # ends (and reaps) the workers, so their CPU time is counted
    return wall, _cpu_ms() - cpu


@contextlib.contextmanager
def _cache_folder(folder: Path) -> Iterator[None]:
    """Everything Limber caches goes to ``folder`` (empty: cold means cold), workers too."""
    before = os.environ.get(Folder.CACHE.env)
    os.environ[Folder.CACHE.env] = str(folder)
    try:
        yield
    finally:
        if before is None:
            del os.environ[Folder.CACHE.env]
        else:
            os.environ[Folder.CACHE.env] = before


def first_render() -> Render:
    settings = plan_settings(Preferences())
    plans = [compile_plan(r, settings) for r in load_library().routines]
    longest = max(plans, key=lambda plan: plan.total_seconds)
    phrases = longest.phrases()
    notices: list[str] = []
    with tempfile.TemporaryDirectory(prefix="limber-bench-") as tmp, \
            _cache_folder(Path(tmp)):
        cold, cold_cpu = _prepare(phrases, Path(tmp), notices)
        # What this process learned of flite (its voices, its version) is forgotten, as in a
        # new start of the app: the cached figure includes finding it again.
        flite._ask_program.cache_clear()
        cached, cached_cpu = _prepare(phrases, Path(tmp), notices)
    return Render(longest.routine.id, len(phrases), cold, cached, tuple(notices), cold_cpu,
                  cached_cpu)
