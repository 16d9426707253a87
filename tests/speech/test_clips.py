"""Clip files: checking, converting, caching (no speech engine needed)."""

from __future__ import annotations

import math
import struct
import wave
from array import array
from pathlib import Path

import pytest

from coach.core.clock import FakeClock
from coach.core.files.user_folders import cache_dir as default_cache_dir
from coach.speech import SpeechOptions, make_speaker
from coach.speech.clip import BadClip, Clip, read_wav, rms, write_wav_atomic
from coach.speech.clip_cache import ClipCache
from coach.speech.clip_checks import REFERENCE
from coach.speech.clip_measure import KEEP_TAIL, measure, trim_tail
from coach.speech.engines.clip_convert import load_any
from coach.speech.player import RecordingPlayer
from tests.speech.fake_engines import MARKER_ENV, SPEC, write_sine
from tests.speech.helpers import wait_rendered


def test_a_clip_survives_the_round_trip(tmp_path: Path) -> None:
    clip = Clip("x", struct.pack("<4h", 0, 1000, -1000, 32767), 16000)
    write_wav_atomic(tmp_path / "x.wav", clip)
    assert read_wav(tmp_path / "x.wav", "x") == clip
    assert list(tmp_path.iterdir()) == [tmp_path / "x.wav"]  # no temporary file left


@pytest.mark.parametrize("damage", [
    lambda data: data[: len(data) - 100],  # the header promises more than is there
    lambda data: data[:30],
    lambda data: b"",
    lambda data: b"RIFF" + b"\0" * 100,
    lambda data: data[:44],  # a header and no audio
])
def test_damaged_files_are_refused(tmp_path: Path, damage) -> None:
    path = tmp_path / "c.wav"
    write_sine(path, 0.5)
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(BadClip):
        read_wav(path)


def test_the_cache_deletes_a_damaged_entry(tmp_path: Path) -> None:
    cache = ClipCache(tmp_path)
    path = cache.path("Hi.", "", 175, "engine 1")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"RIFF....WAVEfmt garbage")
    assert cache.load(path, "Hi.") is None
    assert not path.exists()


def test_cache_keys_change_with_text_voice_rate_and_engine(tmp_path: Path) -> None:
    cache = ClipCache(tmp_path)
    base = cache.path("Hi.", "", 175, "espeak-ng 1.51")
    assert len({base, cache.path("Hi!", "", 175, "espeak-ng 1.51"),
                cache.path("Hi.", "gmw/en-us", 175, "espeak-ng 1.51"),
                cache.path("Hi.", "", 180, "espeak-ng 1.51"),
                cache.path("Hi.", "", 175, "espeak-ng 1.52")}) == 5
    assert base == cache.path("Hi.", "", 175, "espeak-ng 1.51")


def test_the_cache_folder_can_be_moved_by_environment(cache_dir: Path) -> None:
    assert default_cache_dir() == cache_dir


def test_a_routine_renders_once_then_comes_from_the_cache(
        cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "renders.txt"
    monkeypatch.setenv(MARKER_ENV, str(log))
    phrases = ["March.", "Halfway.", "March."]
    for _ in range(2):
        clock = FakeClock()
        speaker = make_speaker(SpeechOptions(), print, lambda post, c=clock: RecordingPlayer(c),
                               clock=clock, engine=SPEC + "CountingEngine",
                               find_problem=lambda: None)
        speaker.prepare(phrases)
        wait_rendered(speaker)
        speaker.close()
    renders = log.read_text().splitlines()
    # Each phrase once; the reference phrase twice (the voice's calibration, stored too),
    # asked for when the first clip is checked.
    assert renders == ["March.", REFERENCE, REFERENCE, "Halfway."]
    assert not list((cache_dir / "voice").glob(".render-*"))  # no scratch files left


def aiff(frames: list[int], rate: int, *, compression: bytes | None = None) -> bytes:
    """A minimal AIFF (or AIFF-C) file, as NSSpeechSynthesizer writes on macOS."""
    little = compression == b"sowt"
    data = b"".join(struct.pack("<h" if little else ">h", f) for f in frames)
    exponent, mantissa = 16383 + rate.bit_length() - 1, rate << (64 - rate.bit_length())
    comm = struct.pack(">hIh", 1, len(frames), 16) + struct.pack(">HQ", exponent, mantissa)
    if compression is not None:
        comm += compression + b"\x00"
    ssnd = struct.pack(">II", 0, 0) + data
    form = b"AIFC" if compression is not None else b"AIFF"
    body = form + b"COMM" + struct.pack(">I", len(comm)) + comm
    body += b"\x00" * (len(comm) & 1)
    body += b"SSND" + struct.pack(">I", len(ssnd)) + ssnd
    return b"FORM" + struct.pack(">I", len(body)) + body


@pytest.mark.parametrize("compression", [None, b"NONE", b"sowt"])
def test_aiff_from_macos_becomes_a_clip(tmp_path: Path, compression: bytes | None) -> None:
    path = tmp_path / "say.aiff"
    path.write_bytes(aiff([0, 1000, -1000, 32767], 22050, compression=compression))
    clip = load_any(path, "say")
    assert (clip.rate, clip.channels) == (22050, 1)
    assert clip.pcm == struct.pack("<4h", 0, 1000, -1000, 32767)


def test_other_sample_sizes_and_stereo_become_16_bit(tmp_path: Path) -> None:
    path = tmp_path / "wide.wav"
    with wave.open(str(path), "wb") as w:  # 24-bit, 3 channels
        w.setnchannels(3)
        w.setsampwidth(3)
        w.setframerate(16000)
        w.writeframes(b"".join((v << 8).to_bytes(3, "little", signed=True)
                               for v in (300, 600, 900, -300, -600, -900)))
    clip = load_any(path)
    assert (clip.rate, clip.channels) == (16000, 1)
    assert clip.pcm == struct.pack("<2h", 600, -600)


def test_rms_tells_speech_from_silence() -> None:
    assert rms(Clip("s", bytes(1000))) == 0.0
    assert rms(Clip("f", struct.pack("<2h", 32767, -32767))) > 0.99


def _tone_then_silence(tone: float, silence: float, rate: int = 22050) -> Clip:
    loud = [round(8000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(int(tone * rate))]
    values = array("h", loud + [0] * int(silence * rate))
    return Clip("t", values.tobytes(), rate)


def without_tail(clip: Clip) -> Clip:
    return trim_tail(clip, measure(clip).tail)


def test_a_clip_in_memory_loses_the_silence_padded_at_its_end() -> None:
    padded = _tone_then_silence(0.5, 0.9)
    trimmed = without_tail(padded)
    assert trimmed.seconds == pytest.approx(0.5 + KEEP_TAIL, abs=0.011)
    assert trimmed.pcm == padded.pcm[: len(trimmed.pcm)]  # only silence went
    assert without_tail(trimmed) == trimmed
    cut_off = _tone_then_silence(0.5, 0.0)
    assert without_tail(cut_off) == cut_off
