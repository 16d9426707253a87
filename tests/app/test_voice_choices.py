"""The voice list and `limber prefs set voice_id …` refusing a voice that is not installed."""

from __future__ import annotations

import argparse

import pytest

from coach.app.voice_choices import DEFAULT_LABEL, check_voice_setting, voice_choices, voice_label
from coach.cli import prefs_commands, terminal
from coach.speech.engines.engine_protocol import VoiceInfo

VOICES = [VoiceInfo("gmw/en", "English (Great Britain)", ("en-gb",)),
          VoiceInfo("roa/fr", "French (France)", ("fr-fr",))]


def test_the_list_names_each_voice_and_its_language():
    assert voice_label(VOICES[0]) == "English (Great Britain) — en-gb"
    assert voice_choices(VOICES, "") == [(DEFAULT_LABEL, ""),
                                         ("English (Great Britain) — en-gb", "gmw/en"),
                                         ("French (France) — fr-fr", "roa/fr")]


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
