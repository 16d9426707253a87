"""The shipped tones are what packaging/make_tones.py makes, and they are short and small."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import pytest

from coach.core.files.shipped_data import asset
from coach.core.plan.tone_lengths import CHIME_SECONDS, END_TONE_SECONDS, TICK_SECONDS
from coach.core.speech_settings import DEFAULT_TONE_VOLUME, DEFAULT_VOICE_VOLUME
from coach.speech.clip import read_wav, rms, samples
from coach.speech.tone_clips import TONE_NAMES, load_tones

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "make_tones.py"


def test_the_committed_tones_match_the_generator(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_tones", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.make_all(tmp_path)
    for name in TONE_NAMES:
        made = (tmp_path / f"{name}.wav").read_bytes()
        assert made == asset("sounds", f"{name}.wav").read_bytes(), (
            f"{name}.wav is stale: run python packaging/make_tones.py")


def test_tones_are_short_audible_and_small() -> None:
    notes: list[str] = []
    tones = load_tones(notes.append)
    assert notes == [] and set(tones) == set(TONE_NAMES)
    assert tones["tick"].seconds < 0.15  # a tick must not blur into the next second
    for name in TONE_NAMES:
        path = asset("sounds", f"{name}.wav")
        assert path.stat().st_size < 40_000
        clip = read_wav(path)
        assert 0.05 < clip.seconds < 0.6 and rms(clip) > 0.03


# The voice's active level (flite rms at 175 wpm, median of eight built-in cues: -21.3 dBFS,
# /work/notes/words2/loudness.py; espeak-ng is within a dB or two of it).
VOICE_DBFS = -21.3


def _active_dbfs(clip_samples: list[int]) -> float:
    """RMS over the samples above -40 dBFS: the tone while it sounds, as a listener hears it."""
    loud = [v for v in clip_samples if abs(v) > 32768 * 10 ** (-40 / 20)]
    return 20 * math.log10(math.sqrt(sum(v * v for v in loud) / len(loud)) / 32768)


def test_the_tones_are_as_loud_as_the_voice_at_the_default_volumes_with_headroom() -> None:
    assert DEFAULT_TONE_VOLUME == DEFAULT_VOICE_VOLUME == 1.0  # the same gain for both
    for name, clip in load_tones(lambda note: None).items():
        values = samples(clip.pcm)
        assert abs(_active_dbfs(values) - VOICE_DBFS) < 3, name
        assert max(abs(v) for v in values) < 32768 * 10 ** (-6 / 20), name  # peak under -6 dBFS


def test_the_plan_knows_how_long_each_tone_sounds() -> None:
    tones = load_tones(lambda note: None)
    assert tones["end"].seconds == pytest.approx(END_TONE_SECONDS, abs=0.005)
    assert tones["tick"].seconds == pytest.approx(TICK_SECONDS, abs=0.005)
    assert tones["chime"].seconds == pytest.approx(CHIME_SECONDS, abs=0.005)
