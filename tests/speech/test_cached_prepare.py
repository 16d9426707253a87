"""A routine used before is ready at once: its clips are read back, not checked or rendered
again, and no engine process is started for them."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

import coach.speech.clip_checks
import coach.speech.clip_measure
from coach.speech.clip import Clip, read_wav
from coach.speech.clip_cache import ClipCache
from coach.speech.clip_checks import REFERENCE
from coach.speech.clip_measure import KEEP_TAIL, Speech, measure
from coach.speech.engine_fallback import Route
from coach.speech.engines.engine_protocol import VoiceInfo
from coach.speech.prerender import Prerenderer
from tests.speech.fake_engines import PAD, SineEngine, speech_seconds
from tests.speech.helpers import wait_rendered
from tests.speech.test_faults import speaker_with

PHRASES = ["March.", "Switch sides.", "Next up, ankle circles, left side first."]


class CountingEngine:
    """The sine engine in this process, noting every call a prerenderer makes of it."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self._sine = SineEngine()

    def voices(self) -> list[VoiceInfo]:
        self.calls.append("voices")
        return self._sine.voices()

    def render(self, text: str, voice: str, rate: int, raw: Path, out: Path) -> None:
        self.calls.append(f"render {text}")
        self._sine.render(text, voice, rate, out)

    def restart(self) -> None:
        self.calls.append("restart")

    def close(self) -> None:
        pass


def prepared(cache: Path, engine: CountingEngine) -> dict[str, Clip]:
    renderer = Prerenderer(ClipCache(cache), lambda: [Route("", engine, "", "test")], rate=175,
                           post=lambda text: pytest.fail(text))
    renderer.prepare(PHRASES)
    wait_rendered(renderer)
    clips = {text: clip for text in PHRASES if (clip := renderer.clip(text)) is not None}
    renderer.close()
    return clips


@pytest.fixture
def measured(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every clip measured (the check, the calibration, the tail trim), by label."""
    seen: list[str] = []

    def counting(clip: Clip) -> Speech:
        seen.append(clip.label)
        return measure(clip)

    monkeypatch.setattr(coach.speech.clip_checks, "measure", counting)
    monkeypatch.setattr(coach.speech.clip_measure, "measure", counting)
    return seen


def test_a_cached_prepare_renders_and_checks_nothing_again(
        tmp_path: Path, measured: list[str]) -> None:
    first = CountingEngine()
    rendered = prepared(tmp_path, first)
    assert any(call.startswith("render ") for call in first.calls)
    assert set(rendered) == set(PHRASES)
    assert {text for text in PHRASES if text in measured} == set(PHRASES)  # checked once

    measured.clear()
    again = CountingEngine()
    cached = prepared(tmp_path, again)
    assert again.calls == []  # no engine asked: no worker process would start
    assert measured == []  # nothing measured, checked or calibrated again
    assert cached == rendered


def test_a_clip_is_stored_as_it_is_played_without_the_end_padding(tmp_path: Path) -> None:
    text = PHRASES[2]
    clip = prepared(tmp_path, CountingEngine())[text]
    # The fake pads with PAD seconds of silence at each end; only KEEP_TAIL of the end stays.
    assert clip.seconds == pytest.approx(speech_seconds(text, 175) + PAD + KEEP_TAIL, abs=0.015)
    stored = [read_wav(p, text) for p in (tmp_path / "voice").glob("*.wav")
              if read_wav(p).seconds == clip.seconds]
    assert [s.pcm for s in stored] == [clip.pcm]


def test_a_cached_speaker_starts_no_worker_process(cache_dir: Path) -> None:
    notes: list[str] = []
    speaker, _ = speaker_with("SineEngine", notes)
    speaker.prepare(PHRASES)
    wait_rendered(speaker)
    speaker.close()
    assert multiprocessing.active_children() == []

    speaker, _ = speaker_with("SineEngine", notes)
    speaker.prepare(PHRASES)
    wait_rendered(speaker)
    assert multiprocessing.active_children() == []  # every clip came from the cache
    assert all(speaker.clip_seconds(text) for text in PHRASES)
    speaker.close()
    assert notes == []


def test_a_stored_calibration_is_used_as_it_is_not_measured_or_written_again(
        tmp_path: Path) -> None:
    prepared(tmp_path, CountingEngine())
    (calibration,) = (tmp_path / "voice").glob("cal-*.json")
    stored = calibration.stat()
    for clip in (tmp_path / "voice").glob("*.wav"):
        clip.unlink()  # the phrases render again; the voice's figure is known
    again = CountingEngine()
    assert set(prepared(tmp_path, again)) == set(PHRASES)
    assert f"render {REFERENCE}" not in again.calls
    now = calibration.stat()
    assert (now.st_ino, now.st_mtime_ns) == (stored.st_ino, stored.st_mtime_ns)  # not rewritten


def test_lengths_only_keep_no_sound(tmp_path: Path) -> None:
    # Home's preview times its plan with the clips' lengths, for as long as the app runs.
    prepared(tmp_path, CountingEngine())  # rendered into the cache
    for cached in (True, False):
        cache = tmp_path if cached else tmp_path / "empty"
        renderer = Prerenderer(ClipCache(cache), lambda: [Route("", CountingEngine(), "", "test")],
                               rate=175, post=lambda text: pytest.fail(text), keep_sound=False)
        renderer.prepare(PHRASES)
        wait_rendered(renderer)
        assert renderer.progress() == (3, 3)
        assert all(renderer.clip(text) is None for text in PHRASES)
        seconds = [renderer.seconds(text) for text in PHRASES]
        assert all(s is not None and s > 0 for s in seconds)
        assert not any(renderer.pending(text) for text in PHRASES)
        renderer.close()


_SPEECH_STACK = """
import sys
import coach.speech.speaker_factory, coach.speech.engine_fallback, coach.speech.voice_catalogue
from coach.speech.engines import flite, festival, system_engine
heavy = ("multiprocessing", "subprocess", "ctypes", "pickle", "socket", "platform")
print(sorted(name for name in heavy if name in sys.modules))
"""


def test_the_speech_machinery_loads_a_worker_s_modules_with_the_first_worker() -> None:
    # Home's preview times its plan from cached clips through this machinery: multiprocessing
    # (with pickle and sockets), programs and native libraries wait for a render (2 MiB).
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _SPEECH_STACK], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == "[]"
