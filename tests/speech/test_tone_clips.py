"""The shipped tones are what packaging/make_tones.py makes, and they are short and small."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from coach.core.files.shipped_data import asset
from coach.core.plan.tone_lengths import CHIME_SECONDS, END_TONE_SECONDS, TICK_SECONDS
from coach.speech.clip import read_wav, rms
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
        assert 0.05 < clip.seconds < 0.6 and rms(clip) > 0.1


def test_the_plan_knows_how_long_each_tone_sounds() -> None:
    tones = load_tones(lambda note: None)
    assert tones["end"].seconds == pytest.approx(END_TONE_SECONDS, abs=0.005)
    assert tones["tick"].seconds == pytest.approx(TICK_SECONDS, abs=0.005)
    assert tones["chime"].seconds == pytest.approx(CHIME_SECONDS, abs=0.005)
