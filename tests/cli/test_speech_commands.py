"""``limber voices`` and ``limber say``: messages and exit codes, never a traceback."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from coach.cli import speech_commands
from coach.core.clock import FakeClock
from coach.speech.clip import read_wav
from coach.speech.options import SpeechOptions
from coach.speech.player import Channel, RecordingPlayer
from coach.speech.voice_catalogue import Voice


def run(argv: list[str], player=None) -> int:
    parser = argparse.ArgumentParser(prog="limber")
    speech_commands.register(parser.add_subparsers(dest="command"), player)
    args = parser.parse_args(argv)
    result: int = args.func(args)
    return result


def test_the_voice_list_names_engine_id_name_language_quality_and_marks_the_default() -> None:
    text = speech_commands.format_voices(
        [Voice("flite", "flite:slt", "US English, female", ("en-us",), "clearest"),
         Voice("espeak-ng", "gmw/en", "English (Great Britain)", ("en-gb", "en"), "robotic")],
        "flite:slt")
    lines = text.splitlines()
    assert lines[0].split() == ["ENGINE", "ID", "NAME", "LANGUAGE", "QUALITY"]
    assert lines[1] == "*  flite      flite:slt  US English, female       en-us      clearest"
    assert lines[2] == "   espeak-ng  gmw/en     English (Great Britain)  en-gb, en  robotic"
    assert "2 voices" in lines[3]


@pytest.mark.parametrize(("argv", "message"), [
    (["say", "   "], "nothing to say"),
    (["say", "Hi", "--rate", "5"], "--rate must be 80 to 300"),
    (["say", "Hi", "--to", "/no/such/folder/x.wav"], "no folder"),
])
def test_say_refuses_bad_input_with_exit_2(argv: list[str], message: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert run(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("limber: ") and message in err


def test_without_any_engine_both_commands_say_what_to_install(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(speech_commands, "speech_problem",
                        lambda: "No speech engine: espeak-ng is not installed. To hear the "
                                "cues, install espeak-ng (sudo apt install espeak-ng).")
    assert run(["voices"]) == 2
    assert run(["say", "Hi", "--to", "x.wav"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and all("sudo apt install espeak-ng" in line for line in err)


@pytest.mark.speech
@pytest.mark.usefixtures("espeak")
def test_say_to_a_file_and_through_a_player(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cue.wav"
    assert run(["say", "Switch sides.", "--rate", "160", "--to", str(out)]) == 0
    assert 0.3 < read_wav(out).seconds < 4
    players: list[RecordingPlayer] = []

    def player(post):
        players.append(RecordingPlayer(FakeClock()))
        return players[0]

    assert run(["say", "Switch sides."], player) == 0
    assert players[0].labels(Channel.VOICE) == ["Switch sides."] and players[0].closed
    # Said as a session says it: the catalogue's pronunciations, symbols as words.
    players.clear()
    assert run(["say", "Next up, Sit-to-stand & stretch."], player) == 0
    assert players[0].labels(Channel.VOICE) == ["Next up, Sit down and stand up and stretch."]
    assert run(["say", "Hi", "--voice", "no-such-voice"]) == 2
    assert "there is no voice 'no-such-voice'" in capsys.readouterr().err
    # No sound output: the command line offers its own way out.
    assert run(["say", "Switch sides."], None) == 2
    assert capsys.readouterr().err.strip() == ("limber: There is no sound output here. Use --to "
                                               "FILE.wav to save the phrase instead.")


@pytest.mark.speech
@pytest.mark.usefixtures("espeak")
def test_voices_lists_the_installed_voices(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["voices"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert sum(line.startswith("*") for line in out) == 1 and len(out) > 2


def run_saved(argv: list[str], saved: SpeechOptions) -> int:
    parser = argparse.ArgumentParser(prog="limber")
    speech_commands.register(parser.add_subparsers(dest="command"), saved=lambda: saved)
    args = parser.parse_args(argv)
    result: int = args.func(args)
    return result


@pytest.mark.speech
@pytest.mark.usefixtures("espeak")
def test_say_uses_the_saved_voice_and_rate_unless_told_otherwise(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    slow = SpeechOptions(voice_id="gmw/en-us", speech_rate=100)
    phrase = "Next up, ankle circles, left side first."
    saved, told = tmp_path / "saved.wav", tmp_path / "told.wav"
    assert run_saved(["say", phrase, "--to", str(saved)], slow) == 0
    assert run_saved(["say", phrase, "--rate", "250", "--to", str(told)], slow) == 0
    assert read_wav(saved).seconds > 2 * read_wav(told).seconds
    missing = SpeechOptions(voice_id="klingon", speech_rate=100)
    assert run_saved(["say", phrase, "--to", str(told)], missing) == 0
    assert "the voice 'klingon' is not installed" in capsys.readouterr().err
    assert read_wav(told).seconds == pytest.approx(read_wav(saved).seconds, rel=0.15)
