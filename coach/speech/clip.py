"""Sound clips in memory, and the one WAV format they are stored in.

Every clip is signed 16-bit little-endian PCM (mono or stereo) at the rate its source had:
what a sound card takes as it is, so playing one is a copy, never a conversion.
"""

from __future__ import annotations

import io
import math
import sys
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from coach.core.files.atomic import write_atomic

SAMPLE_WIDTH = 2  # bytes: 16-bit
RATE_RANGE = (8000, 96000)
MAX_SECONDS = 60.0  # no cue is this long: a longer file is garbage


class BadClip(ValueError):
    """A file that is not a usable clip: missing, truncated, empty or in another format."""


@dataclass(frozen=True, slots=True)
class Clip:
    label: str  # the phrase or the tone name: for logs and tests
    pcm: bytes = b""
    rate: int = 22050
    channels: int = 1

    @property
    def frames(self) -> int:
        return len(self.pcm) // (SAMPLE_WIDTH * self.channels)

    @property
    def seconds(self) -> float:
        return self.frames / self.rate


def samples(pcm: bytes) -> array[int]:
    values = array("h")
    values.frombytes(pcm[: len(pcm) - len(pcm) % SAMPLE_WIDTH])
    if sys.byteorder == "big":
        values.byteswap()
    return values


def to_bytes(values: array[int]) -> bytes:
    if sys.byteorder == "big":
        values = array("h", values)
        values.byteswap()
    return values.tobytes()


def rms(clip: Clip) -> float:
    """Loudness as a share of full scale (0 silent, about 0.7 for a full-scale sine)."""
    values = samples(clip.pcm)
    if not values:
        return 0.0
    return math.sqrt(sum(v * v for v in values) / len(values)) / 32768.0


def read_wav(path: Path, label: str = "") -> Clip:
    """Load and check a WAV file; :class:`BadClip` says what is wrong with it."""
    try:
        with wave.open(str(path), "rb") as w:
            channels, width, rate, frames = (
                w.getnchannels(), w.getsampwidth(), w.getframerate(), w.getnframes()
            )
            pcm = w.readframes(frames)
    except (OSError, EOFError, wave.Error) as exc:
        raise BadClip(f"{path.name}: {exc}") from exc
    if channels not in (1, 2) or width != SAMPLE_WIDTH:
        raise BadClip(f"{path.name}: {channels} channel(s) of {8 * width}-bit audio, "
                      "expected 16-bit mono or stereo")
    if not RATE_RANGE[0] <= rate <= RATE_RANGE[1]:
        raise BadClip(f"{path.name}: sample rate {rate} Hz")
    if frames == 0:
        raise BadClip(f"{path.name}: no audio in it")
    if len(pcm) != frames * channels * SAMPLE_WIDTH:  # the header promises more than is there
        raise BadClip(f"{path.name}: truncated ({len(pcm)} of "
                      f"{frames * channels * SAMPLE_WIDTH} bytes)")
    if frames / rate > MAX_SECONDS:
        raise BadClip(f"{path.name}: {frames / rate:.0f} s long")
    return Clip(label or path.stem, pcm, rate, channels)


def _write_wav_to(target: str | BinaryIO, clip: Clip) -> None:
    with wave.open(target, "wb") as w:
        w.setnchannels(clip.channels)
        w.setsampwidth(SAMPLE_WIDTH)
        w.setframerate(clip.rate)
        w.writeframes(clip.pcm)


def write_wav(path: Path, clip: Clip) -> None:
    """Write a scratch file in place (the speech worker's output, renamed or read later)."""
    _write_wav_to(str(path), clip)


def wav_bytes(clip: Clip) -> bytes:
    buffer = io.BytesIO()
    _write_wav_to(buffer, clip)
    return buffer.getvalue()


def write_wav_atomic(path: Path, clip: Clip) -> None:
    """Save a clip the user or the cache keeps, through the one atomic writer (so it gets the
    same permissions as every other file Limber writes)."""
    write_atomic(path, wav_bytes(clip))
