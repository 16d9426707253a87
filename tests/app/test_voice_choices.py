"""The voice list and `limber prefs set voice_id …` refusing a voice that is not installed."""

from __future__ import annotations

import argparse

import pytest

from coach.app.voice_choices import (
    check_voice_setting,
    default_label,
    hear,
    other_languages,
    speaks,
    voice_choices,
    voice_label,
)
from coach.cli import prefs_commands, terminal
from coach.speech.engines.engine_protocol import VoiceInfo

VOICES = [VoiceInfo("gmw/en", "English (Great Britain)", ("en-gb",)),
          VoiceInfo("roa/fr", "French (France)", ("fr-fr",))]


def test_the_list_names_each_voice_and_its_language():
    assert voice_label(VOICES[0]) == "English (Great Britain) — en-gb"
    assert voice_choices(VOICES, "", more=True) == [(default_label(), ""),
                                                    ("English (Great Britain) — en-gb", "gmw/en"),
                                                    ("French (France) — fr-fr", "roa/fr")]


MANY = [VoiceInfo("flite:rms", "US English, male", ("en-us",)),
        VoiceInfo("art/qya", "Quenya", ("qya",)),
        VoiceInfo("gmw/en-gb-x-rp", "English (Received Pronunciation)", ("en-gb-x-rp",)),
        VoiceInfo("art/piqd", "Klingon", ("piqd",)),
        VoiceInfo("gmw/en", "English (Great Britain)", ("en-gb", "en")),
        VoiceInfo("roa/eo", "Esperanto", ("eo",)),
        VoiceInfo("odd", "Enm", ("enm",))]


def test_voices_for_the_cues_language_come_first_and_the_others_wait():
    assert [v.id for v in MANY if speaks(v)] == ["flite:rms", "gmw/en-gb-x-rp", "gmw/en"]
    assert other_languages(MANY) == 4
    first = [voice_id for _, voice_id in voice_choices(MANY, "")]
    assert first == ["", "flite:rms", "gmw/en-gb-x-rp", "gmw/en"]  # clearest first, as given
    every = [voice_id for _, voice_id in voice_choices(MANY, "", more=True)]
    assert every[:4] == first and set(every[4:]) == {"art/qya", "art/piqd", "roa/eo", "odd"}
    assert every[4:] == ["odd", "roa/eo", "art/piqd", "art/qya"]  # then by name


def test_a_saved_voice_for_another_language_stays_listed_without_more_voices():
    ids = [voice_id for _, voice_id in voice_choices(MANY, "art/piqd")]
    assert ids == ["", "flite:rms", "gmw/en-gb-x-rp", "gmw/en", "art/piqd"]


def test_hear_says_what_went_wrong_in_words_for_the_dialog(monkeypatch):
    from coach.app import voice_choices as choices

    monkeypatch.setattr(choices, "speech_problem", lambda: None)
    monkeypatch.setattr(choices, "render_phrase", lambda *args: object())
    problem = hear("gmw/en", 175, None)
    assert problem == "The sample cannot be heard. There is no sound output here."
    assert "--to" not in problem  # command-line advice belongs to the command line
    monkeypatch.setattr(choices, "play_now", lambda clip, player: None)
    assert hear("gmw/en", 175, None) is None


def test_a_saved_voice_no_longer_installed_stays_listed():
    assert voice_choices(VOICES, "old/voice")[-1] == ("old/voice (not installed)", "old/voice")


def test_an_unknown_voice_is_refused_with_the_list():
    refused = check_voice_setting("voice_id", "nonsense", VOICES)
    assert refused is not None
    assert refused.startswith("there is no voice 'nonsense'")
    assert "gmw/en" in refused and "French (France)" in refused
    assert check_voice_setting("voice_id", "roa/fr", VOICES) is None
    assert check_voice_setting("voice_id", "", VOICES) is None  # the default
    assert check_voice_setting("theme", "dark", VOICES) is None


def test_prefs_set_uses_the_check(capsys: pytest.CaptureFixture[str]) -> None:
    # Every test has private config folders (the root conftest): nothing real is touched.
    parser = argparse.ArgumentParser(prog="limber")
    prefs_commands.register(parser.add_subparsers(dest="command"),
                      check=lambda key, value: check_voice_setting(key, value, VOICES))
    args = parser.parse_args(["prefs", "set", "voice_id", "nonsense"])
    assert args.func(args) == terminal.EXIT_USAGE
    assert "there is no voice 'nonsense'" in capsys.readouterr().err
    args = parser.parse_args(["prefs", "set", "voice_id", "gmw/en"])
    assert args.func(args) == terminal.EXIT_OK
