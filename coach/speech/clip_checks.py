"""Checking a rendered clip before it is cached or played.

A clip passes when it holds sound (not silence), and its speech span is within a band of what
its text should take in this voice at this rate: a cut-off clip is too short, a clip at a much
slower or faster rate too long or too short. What "should take" is calibrated per engine,
voice and rate: a reference phrase is rendered (twice, and the two must agree; once for an
engine whose clips are reproducible, such as flite) and its span gives the seconds per
syllable-sized unit. That figure is stored beside the clips, so each voice and rate is
calibrated once. Nothing here knows which engine made the clip.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coach.core.files.atomic import write_atomic
from coach.core.files.digests import sha256_hex
from coach.core.language.current_language import QT_TRANSLATE_NOOP, translate
from coach.speech.clip import Clip
from coach.speech.clip_measure import Speech, measure, speech_units

# Rendered in the voice's language (the active one): a German voice is timed on German words.
REFERENCE = QT_TRANSLATE_NOOP(
    "ClipChecks", "Lift your knee, then lower it slowly. Breathe out, and switch sides.")


def reference() -> str:
    """The reference phrase in the active language."""
    return translate("ClipChecks", REFERENCE)

# Added to every phrase's units: the last syllable before a stop is drawn out, which weighs
# most in one-word cues ("Five."). Fitted on the built-in phrases (see the README's design).
UTTERANCE_UNITS = 0.5
# The built-in phrases, in three voices at 80, 175 and 300 wpm, measure 0.65 to 1.54 times
# their expected span; outside this band a clip is cut off, empty of speech or at another rate.
BAND = (0.5, 1.8)
MIN_PEAK = 0.02  # about -34 dBFS at the loudest moment: quieter is not speech
# Seconds per unit times words per minute: about 23 to 27 for espeak-ng's voices. A reference
# outside this wide range was itself rendered wrongly (cut off, or at another rate).
NOMINAL = 25.0
NOMINAL_RANGE = (10.0, 60.0)
REFERENCE_AGREEMENT = 0.05  # the two reference renders' spans agree within 5 %
# A voice that ends its reference phrase with silence ends every phrase so (espeak-ng: at
# least 0.45 of the reference's pause at every rate); a clip without it was cut off.
TAIL_SHARE = 0.3
MIN_PADDING = 0.04  # below this the engine does not pad, and the tail says nothing


class ClipRejected(ValueError):
    """A clip that must not be cached or played; the message is for the log, not the user."""


@dataclass(frozen=True, slots=True)
class Calibration:
    seconds_per_unit: float
    tail: float = 0.0  # the silence after the reference phrase
    measured: bool = True  # False: the nominal figure (the reference could not be rendered)

    @classmethod
    def nominal(cls, rate: int) -> Calibration:
        return cls(NOMINAL / rate, measured=False)

    @property
    def min_tail(self) -> float:
        return TAIL_SHARE * self.tail if self.tail >= MIN_PADDING else 0.0

    def expected(self, text: str) -> float:
        return self.seconds_per_unit * (speech_units(text) + UTTERANCE_UNITS)


def check(clip: Clip, text: str, calibration: Calibration) -> Speech:
    """The clip's speech measure if the clip is right for ``text``; else :class:`ClipRejected`."""
    speech = measure(clip)
    if speech.peak < MIN_PEAK or speech.voiced == 0:
        raise ClipRejected(f"{text!r}: silence (peak {speech.peak:.4f} of full scale)")
    expected = calibration.expected(text)
    ratio = speech.span / expected
    if ratio < BAND[0]:
        raise ClipRejected(f"{text!r}: cut short ({speech.span:.2f} s of speech, "
                           f"{expected:.2f} s expected)")
    if speech.tail < calibration.min_tail:
        raise ClipRejected(f"{text!r}: cut off mid-speech ({speech.tail:.3f} s of silence "
                           f"at the end, {calibration.min_tail:.3f} s expected)")
    if ratio > BAND[1]:
        raise ClipRejected(f"{text!r}: too long for its rate ({speech.span:.2f} s of speech, "
                           f"{expected:.2f} s expected)")
    return speech


def calibrate(render: Callable[[], Clip], rate: int, *, renders: int = 2) -> Calibration:
    """Render the reference twice; :class:`ClipRejected` unless both agree and are plausible.

    The second render catches an engine that did not take the rate at once (espeak-ng
    through pyttsx3 dropped a rate change). ``renders`` 1 is for an engine whose clip is a
    function of text, voice and rate alone (``Backend.reproducible``, flite): its second
    render is the first one again, sample for sample, and would cost a render for nothing."""
    if renders not in (1, 2):
        raise ValueError(f"the reference is rendered once or twice, not {renders} times")
    spans, tails = [], []
    for _ in range(renders):
        speech = measure(render())
        if speech.peak < MIN_PEAK:
            raise ClipRejected("reference phrase: silence")
        spans.append(speech.span)
        tails.append(speech.tail)
    if abs(spans[0] - spans[-1]) > REFERENCE_AGREEMENT * max(spans):
        raise ClipRejected(f"reference phrase: two renders differ ({spans[0]:.2f} s and "
                           f"{spans[-1]:.2f} s of speech)")
    per_unit = spans[-1] / (speech_units(reference()) + UTTERANCE_UNITS)
    if not NOMINAL_RANGE[0] <= per_unit * rate <= NOMINAL_RANGE[1]:
        raise ClipRejected(f"reference phrase: {spans[-1]:.2f} s of speech is implausible at "
                           f"{rate} words a minute")
    return Calibration(per_unit, tail=min(tails))


class CalibrationStore:
    """One small JSON file per (engine, voice, rate) in the clip cache folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, engine: str, voice: str, rate: int) -> Path:
        key = json.dumps(["calibration", reference(), engine, voice, rate], ensure_ascii=False)
        return self.folder / f"cal-{sha256_hex(key.encode())[:32]}.json"

    def load(self, engine: str, voice: str, rate: int) -> Calibration | None:
        try:
            data = json.loads(self._path(engine, voice, rate).read_text("utf-8"))
            value, tail = float(data["seconds_per_unit"]), float(data["tail"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if not NOMINAL_RANGE[0] <= value * rate <= NOMINAL_RANGE[1] or not 0 <= tail < 5:
            return None  # damaged or edited: calibrate again
        return Calibration(value, tail=tail)

    def save(self, engine: str, voice: str, rate: int, calibration: Calibration) -> None:
        if not calibration.measured:
            return  # a stand-in figure is not worth keeping: try again next time
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self._path(engine, voice, rate), json.dumps(
            {"seconds_per_unit": calibration.seconds_per_unit, "tail": calibration.tail}))
