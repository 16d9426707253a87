"""Measuring speech in a clip and checking a clip against its text (no engine needed)."""

from __future__ import annotations

import math
import struct
from pathlib import Path

import pytest

from coach.speech.clip import Clip
from coach.speech.clip_checks import (
    REFERENCE,
    Calibration,
    CalibrationStore,
    ClipRejected,
    calibrate,
    check,
)
from coach.speech.clip_measure import measure, speech_units, syllables

RATE = 22050


def tone(seconds: float, *, lead: float = 0.1, tail: float = 0.1, level: float = 0.25) -> Clip:
    body = b"".join(struct.pack("<h", round(level * 32767 * math.sin(2 * math.pi * 300 * i
                                                                      / RATE)))
                    for i in range(round(seconds * RATE)))
    return Clip("t", bytes(2 * round(lead * RATE)) + body + bytes(2 * round(tail * RATE)), RATE)


def test_the_span_runs_from_the_first_to_the_last_sound() -> None:
    speech = measure(tone(1.0, lead=0.3, tail=0.5))
    assert speech.span == pytest.approx(1.0, abs=0.02)
    assert speech.tail == pytest.approx(0.5, abs=0.02)
    assert speech.peak == pytest.approx(0.25 / math.sqrt(2), abs=0.01)  # a sine's loudness


def test_a_quiet_hiss_is_not_speech_but_a_quiet_voice_is() -> None:
    assert measure(tone(1.0, level=0.002)).voiced == 0
    assert measure(tone(1.0, level=0.05)).span == pytest.approx(1.0, abs=0.02)
    assert measure(Clip("empty", b"", RATE)).span == 0


@pytest.mark.parametrize(("word", "count"), [
    ("March", 1), ("knee", 1), ("slowly", 2), ("breathe", 1), ("eleven", 3), ("little", 2),
    ("10", 2), ("forward", 2), ("sides", 1), ("switches", 2), ("stretched", 1),
    ("lifted", 2),
])
def test_syllables_are_counted_roughly_right(word: str, count: int) -> None:
    assert syllables(word) == count


def test_pauses_and_consonants_count_but_not_the_pause_at_the_end() -> None:
    assert speech_units("Now rest.") == speech_units("Now rest") == 2 + 0.3 * 5
    assert speech_units("Now, rest.") == speech_units("Now rest.") + 1
    assert speech_units("Now. Rest.") == speech_units("Now rest.") + 1


CAL = Calibration(0.1, tail=0.1)
SAID = CAL.expected("Switch sides.")  # 0.49 s


def test_a_clip_of_the_expected_length_passes() -> None:
    assert check(tone(SAID), "Switch sides.", CAL).span == pytest.approx(SAID, abs=0.02)


@pytest.mark.parametrize(("clip", "reason"), [
    (tone(0.0, lead=0.3, tail=0.3), "silence"),
    (tone(SAID, level=0.004), "silence"),
    (tone(SAID * 0.4), "cut short"),
    (tone(SAID, tail=0.0), "cut off mid-speech"),
    (tone(SAID * 2.2), "too long for its rate"),
])
def test_wrong_clips_are_rejected_with_the_reason(clip: Clip, reason: str) -> None:
    with pytest.raises(ClipRejected, match=reason):
        check(clip, "Switch sides.", CAL)


def test_an_engine_that_never_pads_is_not_held_to_a_tail() -> None:
    assert check(tone(SAID, tail=0.0), "Switch sides.", Calibration(0.1, tail=0.0))


def test_calibration_needs_two_agreeing_plausible_renders() -> None:
    units = speech_units(REFERENCE) + 0.5
    good = iter([tone(0.14 * units), tone(0.14 * units)])
    found = calibrate(lambda: next(good), 175)
    assert found.seconds_per_unit == pytest.approx(0.14, rel=0.02) and found.measured
    assert found.tail == pytest.approx(0.1, abs=0.02)
    differing = iter([tone(0.14 * units), tone(0.08 * units)])  # the second at another rate
    with pytest.raises(ClipRejected, match="differ"):
        calibrate(lambda: next(differing), 175)
    with pytest.raises(ClipRejected, match="implausible"):
        calibrate(lambda: tone(0.3), 175)  # far too short for the reference
    with pytest.raises(ClipRejected, match="silence"):
        calibrate(lambda: tone(0.0), 175)



def test_a_reproducible_engine_is_calibrated_from_one_plausible_render() -> None:
    units = speech_units(REFERENCE) + 0.5
    made: list[Clip] = []

    def render(seconds: float) -> Clip:
        made.append(tone(seconds))
        return made[-1]

    found = calibrate(lambda: render(0.14 * units), 175, renders=1)
    assert len(made) == 1
    assert found.seconds_per_unit == pytest.approx(0.14, rel=0.02) and found.measured
    with pytest.raises(ClipRejected, match="implausible"):
        calibrate(lambda: tone(0.3), 175, renders=1)
    with pytest.raises(ClipRejected, match="silence"):
        calibrate(lambda: tone(0.0), 175, renders=1)
    with pytest.raises(ValueError):
        calibrate(lambda: tone(0.3), 175, renders=3)

def test_calibrations_are_stored_per_engine_voice_and_rate(tmp_path: Path) -> None:
    store = CalibrationStore(tmp_path)
    store.save("espeak-ng 1.51", "gmw/en", 175, Calibration(0.21, tail=0.3))
    assert store.load("espeak-ng 1.51", "gmw/en", 175) == Calibration(0.21, tail=0.3)
    assert store.load("espeak-ng 1.51", "gmw/en", 176) is None
    assert store.load("flite 2.2", "gmw/en", 175) is None
    store.save("x", "v", 175, Calibration.nominal(175))  # a stand-in is never stored
    assert store.load("x", "v", 175) is None
    (only,) = tmp_path.glob("cal-*.json")
    only.write_text("{damaged")
    assert store.load("espeak-ng 1.51", "gmw/en", 175) is None
