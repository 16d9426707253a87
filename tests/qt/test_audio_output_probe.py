"""Which audio output the app and the terminal use: PulseAudio's client where a server answers
(Linux), else Qt's; LIMBER_AUDIO=qt picks Qt's."""

from __future__ import annotations

import sys
from typing import Any

import pytest

import coach.qt.audio_output_probe as probe
import coach.speech.pulse_output as pulse_output
from coach.speech.player import NullPlayer
from coach.speech.speaker_factory import NO_PLAYER

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PulseAudio: Linux")


class Made:
    def __init__(self, notice: Any) -> None:
        self.notice = notice


class Refused:
    def __init__(self, notice: Any) -> None:
        raise pulse_output.PulseUnavailable("no sound server answered")


@linux
def test_pulseaudio_first_where_a_server_answers(monkeypatch):
    monkeypatch.delenv("LIMBER_AUDIO", raising=False)
    monkeypatch.setattr(pulse_output, "PulseOutput", Made)
    assert probe.player_factory() is probe.make_player
    assert isinstance(probe.make_player(print), Made)


@linux
def test_qt_output_when_no_server_answers(monkeypatch):
    monkeypatch.delenv("LIMBER_AUDIO", raising=False)
    monkeypatch.setattr(pulse_output, "PulseOutput", Refused)
    monkeypatch.setattr(probe, "_qt_player", lambda: Made)
    assert isinstance(probe.make_player(print), Made)


@linux
def test_no_output_at_all_is_said_and_silent(monkeypatch):
    monkeypatch.delenv("LIMBER_AUDIO", raising=False)
    monkeypatch.setattr(pulse_output, "PulseOutput", Refused)
    monkeypatch.setattr(probe, "_qt_player", lambda: None)
    said: list[str] = []
    assert isinstance(probe.make_player(said.append), NullPlayer)
    assert said == [NO_PLAYER]


def test_limber_audio_qt_picks_qts_output(monkeypatch):
    monkeypatch.setenv("LIMBER_AUDIO", "qt")
    monkeypatch.setattr(pulse_output, "PulseOutput", Made)
    monkeypatch.setattr(probe, "_qt_player", lambda: Refused)
    assert probe.player_factory() is Refused
    with pytest.raises(pulse_output.PulseUnavailable):  # Qt's, never PulseAudio's
        probe.make_player(print)
