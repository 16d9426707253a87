"""flite in the render worker through libflite: the program's audio, sample for sample, with
the real flite (CI installs it, libflite1 with it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.speech.clip import Clip
from coach.speech.clip_checks import reference
from coach.speech.clip_measure import measure
from coach.speech.engines import flite
from coach.speech.engines.libflite import LibFlite
from coach.speech.engines.render_worker import _clip

pytestmark = pytest.mark.usefixtures("flite")

TEXT = "Seated figure four, left ankle up. Breathe out, and lean forward only a little."


@pytest.fixture(scope="module")
def engines() -> tuple[flite.FliteEngine, flite.FliteEngine]:
    """(through the library, through the program)."""
    return flite.FliteEngine(), flite.program_engine()


def in_memory(engine: flite.FliteEngine, text: str, voice: str, rate: int) -> Clip:
    clip = engine.synthesize(text, voice, rate)
    assert clip is not None, "libflite did not load: the worker would run a program per phrase"
    return clip


def from_program(engine: flite.FliteEngine, text: str, voice: str, rate: int,
                 tmp_path: Path) -> Clip:
    assert engine.synthesize(text, voice, rate) is None  # the program path, really
    return _clip(engine, text, voice, rate, tmp_path / "raw.wav")


def listed_voices() -> list[str]:
    """flite's voices; never none, or the tests that go through each would prove nothing."""
    voices = flite.installed_voices()
    assert voices, "flite lists no voice"
    return voices


def test_the_library_and_its_voices_load() -> None:
    library = LibFlite()
    for voice in listed_voices():
        assert library.has_voice(voice), voice
    assert not library.has_voice("nobody")


@pytest.mark.parametrize("rate", [100, 175, 300])
def test_every_voice_sounds_exactly_as_the_program_makes_it(
        engines: tuple[flite.FliteEngine, flite.FliteEngine], tmp_path: Path,
        rate: int) -> None:
    library, program = engines
    for voice in listed_voices():
        ours = in_memory(library, TEXT, voice, rate)
        theirs = from_program(program, TEXT, voice, rate, tmp_path)
        assert (ours.rate, ours.channels) == (theirs.rate, theirs.channels), voice
        assert ours.pcm == theirs.pcm, (voice, rate)


def test_a_clip_does_not_depend_on_what_was_said_before(
        engines: tuple[flite.FliteEngine, flite.FliteEngine]) -> None:
    library, _ = engines
    first = in_memory(library, "Five.", "rms", 175)
    in_memory(library, TEXT, "rms", 100)  # another phrase, another stretch in between
    assert in_memory(library, "Five.", "rms", 175).pcm == first.pcm



def test_every_voice_says_the_reference_phrase_the_same_each_time(
        engines: tuple[flite.FliteEngine, flite.FliteEngine]) -> None:
    """Why flite's calibration renders the reference phrase once (``Backend.reproducible``):
    a second render, even after another rate, is the same samples."""
    library, _ = engines
    for voice in listed_voices():
        first = in_memory(library, reference(), voice, 175)
        in_memory(library, reference(), voice, 260)
        assert in_memory(library, reference(), voice, 175).pcm == first.pcm, voice

def test_the_library_follows_the_speech_rate(
        engines: tuple[flite.FliteEngine, flite.FliteEngine]) -> None:
    library, _ = engines
    slow = measure(in_memory(library, TEXT, "rms", 120)).span
    fast = measure(in_memory(library, TEXT, "rms", 260)).span
    assert slow > 1.8 * fast  # 260 / 120 = 2.2


def test_the_library_refuses_a_voice_flite_does_not_list(
        engines: tuple[flite.FliteEngine, flite.FliteEngine]) -> None:
    with pytest.raises(ValueError, match="no flite voice 'zz'"):
        engines[0].synthesize("Five.", "zz", 175)


def test_without_its_libraries_flite_runs_as_a_program(tmp_path: Path) -> None:
    def missing() -> LibFlite:
        raise OSError("libflite.so.1: cannot open shared object file")

    engine = flite.FliteEngine(library=missing)
    assert engine.synthesize("Five.", "rms", 175) is None
    clip = _clip(engine, "Five.", "rms", 175, tmp_path / "raw.wav")
    assert measure(clip).span > 0.2
