"""Speech engines that misbehave on purpose, loaded by the worker process by name.

They live in a module of their own because a spawned worker imports its engine by
``module:name``; the tests pass e.g. ``"tests.speech.fake_engines:HangingEngine"``.
"""

from __future__ import annotations

import math
import os
import struct
import time
import wave
from pathlib import Path

from coach.speech.engine import EngineUnavailable, VoiceInfo

MARKER_ENV = "LIMBER_TEST_MARKER"  # a file: its presence changes an engine's behaviour
SPEC = "tests.speech.fake_engines:"


def write_sine(path: Path, seconds: float, rate: int = 22050) -> None:
    frames = b"".join(
        struct.pack("<h", round(8000 * math.sin(2 * math.pi * 440 * i / rate)))
        for i in range(round(seconds * rate))
    )
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(frames)


class SineEngine:
    """Well behaved and fast: a tone whose length grows with the text."""

    def default_voice(self) -> str:
        return "sine"

    def voices(self) -> list[VoiceInfo]:
        return [VoiceInfo("sine", "Sine", ("en",)), VoiceInfo("low", "Low sine", ("en",))]

    def render(self, text: str, voice: str, rate: int, path: Path) -> None:
        write_sine(path, 0.2 + 0.02 * len(text))


class RaisingEngine(SineEngine):
    def render(self, text: str, voice: str, rate: int, path: Path) -> None:
        raise RuntimeError("synthesis exploded")


class HangingEngine(SineEngine):
    def render(self, text: str, voice: str, rate: int, path: Path) -> None:
        time.sleep(3600)


class HangOnceEngine(SineEngine):
    """Hangs in the first worker only: the restarted worker renders fine."""

    def render(self, text: str, voice: str, rate: int, path: Path) -> None:
        marker = Path(os.environ[MARKER_ENV])
        if not marker.exists():
            marker.touch()
            time.sleep(3600)
        super().render(text, voice, rate, path)


class CrashingEngine(SineEngine):
    def render(self, text: str, voice: str, rate: int, path: Path) -> None:
        os._exit(3)  # as a segfaulting native engine would: no exception, no reply


class EmptyEngine(SineEngine):
    """Writes a valid WAV header with no audio (what pyttsx3 sometimes does)."""

    def render(self, text: str, voice: str, rate: int, path: Path) -> None:
        write_sine(path, 0.0)


class SilentEngine(SineEngine):
    def render(self, text: str, voice: str, rate: int, path: Path) -> None:
        with wave.open(str(path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(22050)
            w.writeframes(bytes(2 * 22050))


class MissingEngine:
    """No espeak-ng: the engine cannot even start."""

    def __init__(self) -> None:
        raise EngineUnavailable("No speech engine: espeak-ng is not installed. To hear the "
                                "cues, install espeak-ng (on Debian or Ubuntu: sudo apt "
                                "install espeak-ng).")


class CountingEngine(SineEngine):
    """Counts renders in the marker file, to prove a cache hit renders nothing."""

    def render(self, text: str, voice: str, rate: int, path: Path) -> None:
        with Path(os.environ[MARKER_ENV]).open("a") as f:
            f.write(text + "\n")
        super().render(text, voice, rate, path)
