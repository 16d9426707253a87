"""The speech layer's notices reach the runner in the language; English as the layer wrote it."""

from __future__ import annotations

import pytest

from coach.app.speech_words import in_language, speech_notice
from coach.core.language.current_language import set_language
from coach.speech.engines.system_engine import INSTALL_HINT
from coach.speech.notice_once import NOT_READY
from coach.speech.prerender import UNCLEAR
from coach.speech.pulse_output import LOST
from coach.speech.speaker_factory import NO_PLAYER

FIXED = [NOT_READY, UNCLEAR, LOST, NO_PLAYER,
         "Preparing the voice failed; Limber carries on with tones instead of the voice.",
         "The speech engine stopped working. Limber carries on with tones instead of the voice.",
         "The voice 'flite:kal' is not installed; the default espeak-ng voice speaks instead.",
         "The flite voice 'slt' does not work on this computer; the default espeak-ng voice "
         "speaks instead.",
         "No speech engine: espeak-ng is not installed. To hear the cues, "
         + INSTALL_HINT["linux"] + ". Until then a chime stands in for the spoken cues.",
         "A sound file of Limber's is missing or damaged (tick.wav); reinstall Limber."]
ENGLISH = {"the", "voice", "carries", "instead", "chime", "stands", "installed", "missing"}


@pytest.mark.parametrize("code", ["de", "es"])
@pytest.mark.parametrize("message", FIXED)
def test_every_notice_of_the_speech_layer_is_said_in_the_language(code, message):
    set_language(code)
    said = speech_notice(message)
    assert said != message
    assert not {w.strip(".,;()'").lower() for w in said.split()} & ENGLISH, said


@pytest.mark.parametrize("message", FIXED)
def test_english_is_as_the_speech_layer_wrote_it(message):
    assert speech_notice(message) == message


def test_a_notice_and_its_withdrawal_use_the_same_words():
    set_language("de")
    told: list[str] = []
    in_language(told.append)(NOT_READY)
    in_language(told.append)(NOT_READY)
    assert told[0] == told[1] != NOT_READY
    assert speech_notice("Something new went wrong.") == "Something new went wrong."
