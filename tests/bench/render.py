"""First render of the longest built-in routine's phrases: cold (empty cache, the speech
worker started from nothing) and cached (a new speaker on the same cache), with the real
engine and the speaker's own checks, into a player that plays nothing."""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from coach.app.plan_settings import plan_settings
from coach.library import load_library
from coach.plan import compile_plan
from coach.speech import SpeechOptions, make_speaker
from coach.speech.player import NullPlayer
from coach.storage.prefs import Preferences

WAIT_LIMIT = 120.0


@dataclass(frozen=True)
class Render:
    routine: str
    phrases: int
    cold_ms: float
    cached_ms: float
    notices: tuple[str, ...]


def _prepare(phrases: list[str], cache: Path, notices: list[str]) -> float:
    started = time.monotonic()
    speaker = make_speaker(SpeechOptions(), notices.append, lambda _post: NullPlayer(),
                           cache_dir=cache)
    try:
        speaker.prepare(phrases)
        while (progress := speaker.progress())[0] < progress[1]:
            if time.monotonic() - started > WAIT_LIMIT:
                raise RuntimeError(f"render stuck at {progress}")
            time.sleep(0.001)
        return (time.monotonic() - started) * 1000
    finally:
        speaker.close()


def first_render() -> Render:
    settings = plan_settings(Preferences())
    plans = [compile_plan(r, settings) for r in load_library().routines]
    longest = max(plans, key=lambda plan: plan.total_seconds)
    phrases = longest.phrases()
    notices: list[str] = []
    with tempfile.TemporaryDirectory(prefix="limber-bench-") as tmp:
        cold = _prepare(phrases, Path(tmp), notices)
        cached = _prepare(phrases, Path(tmp), notices)
    return Render(longest.routine.id, len(phrases), cold, cached, tuple(notices))
