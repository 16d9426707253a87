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

from coach.speech.clip_checks import REFERENCE
from coach.speech.engines.engine_protocol import EngineUnavailable, VoiceInfo

MARKER_ENV = "LIMBER_TEST_MARKER"  # a file: its presence changes an engine's behaviour
SPEC = "tests.speech.fake_engines:"


SECONDS_PER_CHAR = 0.056  # at 175 words a minute: about what espeak-ng takes
PAD = 0.1  # silence before and after, as real engines leave


def speech_seconds(text: str, rate: int) -> float:
    """How long the fakes "speak" ``text``: by its letters (not by the checker's syllables)."""
    return SECONDS_PER_CHAR * len(text) * 175 / rate


def write_sine(path: Path, seconds: float, rate: int = 22050, *, pad: float = 0.0) -> None:
    silence = bytes(2 * round(pad * rate))
    frames = silence + b"".join(
        struct.pack("<h", round(8000 * math.sin(2 * math.pi * 440 * i / rate)))
        for i in range(round(seconds * rate))
    ) + silence
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(frames)


class SineEngine:
    """Well behaved and fast: a tone as long as the text would take to say at the rate."""

    def default_voice(self) -> str:
        return "sine"

    def voices(self) -> list[VoiceInfo]:
        return [VoiceInfo("sine", "Sine", ("en",)), VoiceInfo("low", "Low sine", ("en",))]

    def render(self, text: str, voice: str, rate: int, path: Path) -> None:
        write_sine(path, speech_seconds(text, rate), pad=PAD)


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


def cut_in_half(path: Path) -> None:
    """Keep the first half of a clip's audio, as a synthesis cancelled midway leaves it."""
    with wave.open(str(path), "rb") as w:
        params, frames = w.getparams(), w.readframes(w.getnframes())
    with wave.open(str(path), "wb") as w:
        w.setparams(params)
        w.writeframes(frames[: len(frames) // 4 * 2])


class HalfEngine(SineEngine):
    """Cuts every phrase off halfway (as pyttsx3 did when it cancelled a synthesis); the
    reference phrase comes out whole, so the voice calibrates and only the cues are wrong."""

    def render(self, text: str, voice: str, rate: int, path: Path) -> None:
        super().render(text, voice, rate, path)
        if text != REFERENCE:
            cut_in_half(path)


class WrongRateEngine(SineEngine):
    """Says every phrase at 80 words a minute whatever it is asked (the reference right)."""

    def render(self, text: str, voice: str, rate: int, path: Path) -> None:
        write_sine(path, speech_seconds(text, rate if text == REFERENCE else 80), pad=PAD)


class SilentPhraseEngine(SineEngine):
    """A valid file of the right length holding silence (the reference right)."""

    def render(self, text: str, voice: str, rate: int, path: Path) -> None:
        if text == REFERENCE:
            super().render(text, voice, rate, path)
        else:
            write_sine(path, 0.0, pad=speech_seconds(text, rate) / 2)


class EmptyPhraseEngine(SineEngine):
    """Writes a header and no audio for every phrase (the reference right)."""

    def render(self, text: str, voice: str, rate: int, path: Path) -> None:
        if text == REFERENCE:
            super().render(text, voice, rate, path)
        else:
            write_sine(path, 0.0)


class HalfOnceEngine(SineEngine):
    """Cuts phrases off in its first process only: the fresh process renders them whole."""

    def render(self, text: str, voice: str, rate: int, path: Path) -> None:
        marker = Path(os.environ[MARKER_ENV])
        first_process = not marker.exists() or marker.read_text() == str(os.getpid())
        marker.write_text(str(os.getpid()))
        super().render(text, voice, rate, path)
        if first_process and text != REFERENCE:
            cut_in_half(path)


class PidEngine(SineEngine):
    """Writes "pid voice" to the marker file for each render: which process spoke which voice."""

    def render(self, text: str, voice: str, rate: int, path: Path) -> None:
        with Path(os.environ[MARKER_ENV]).open("a") as f:
            f.write(f"{os.getpid()} {voice}\n")
        super().render(text, voice, rate, path)


class WorkerTextEngine(SineEngine):
    """Writes "pid text" to the marker file for every render: which worker made which clip."""

    def render(self, text: str, voice: str, rate: int, path: Path) -> None:
        with Path(os.environ[MARKER_ENV]).open("a") as f:
            f.write(f"{os.getpid()} {text}\n")
        super().render(text, voice, rate, path)
