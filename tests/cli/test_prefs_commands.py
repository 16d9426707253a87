from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from coach.cli import prefs_commands
from coach.storage import prefs
from coach.storage.prefs_schema import SCHEMA


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="limber")
    prefs_commands.register(top.add_subparsers(dest="command"))
    return top


def run(*argv: str) -> int:
    args = parser().parse_args(argv)
    code = args.func(args)
    assert isinstance(code, int)
    return code


def saved(config: Path) -> dict[str, object]:
    value = json.loads((config / "preferences.json").read_text(encoding="utf-8"))
    assert isinstance(value, dict)
    return value


def test_prefs_lists_every_key_and_the_file(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("prefs") == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    path = config / "preferences.json"
    assert lines[0] == f"Preferences file: {path} (not saved yet: these are the defaults)"
    assert [line.split(" = ")[0].strip() for line in lines[1:]] == [s.key for s in SCHEMA]
    assert "speech_rate        = 175" in lines
    assert "voice_volume       = 1.0" in lines
    assert 'voice_id           = ""' in lines
    assert "theme              = system" in lines
    assert err == ""
    assert not config.exists()  # showing changes nothing


def test_prefs_json(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run("prefs", "set", "text_scale", "1.5")
    capsys.readouterr()
    assert run("prefs", "--json") == 0
    document = json.loads(capsys.readouterr().out)
    assert document["path"] == str(config / "preferences.json")
    assert document["preferences"]["text_scale"] == 1.5
    assert set(document["preferences"]) == {s.key for s in SCHEMA}


@pytest.mark.parametrize(
    ("key", "value", "shown", "stored"),
    [
        ("speech_rate", "200", "speech_rate = 200", 200),
        ("changeover_seconds", "-1", "changeover_seconds = -1", -1),
        ("voice_enabled", "no", "voice_enabled = false", False),
        ("theme", "LIGHT", "theme = light", "light"),
        ("voice_volume", ".5", "voice_volume = 0.5", 0.5),
    ],
)
def test_prefs_set(
    config: Path, capsys: pytest.CaptureFixture[str], key: str, value: str, shown: str,
    stored: object,
) -> None:  # fmt: skip
    assert run("prefs", "set", key, value) == 0
    out, err = capsys.readouterr()
    assert out.strip() == shown
    assert err == ""
    assert saved(config)[key] == stored
    assert run("prefs") == 0
    assert shown in " ".join(capsys.readouterr().out.split())  # the listing agrees


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("speech_rate", "400"), "limber: invalid value '400' for speech_rate: expected a whole "
         "number from 80 to 300 words per minute\n"),
        (("hold_scale", "-0.5"), "limber: invalid value '-0.5' for hold_scale: expected a number "
         "from 0.5 to 2.0\n"),
        (("theme", "sepia"), "limber: invalid value 'sepia' for theme: expected one of system, "
         "light, dark\n"),
        (("knee_chek", "on"), "limber: unknown preference 'knee_chek'; did you mean knee_check "
         "or later_knee_check?\n"),
    ],
)  # fmt: skip
def test_prefs_set_rejects_bad_input(
    config: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, str], message: str
) -> None:
    assert run("prefs", "set", *argv) == 2
    out, err = capsys.readouterr()
    assert (out, err) == ("", message)
    assert not config.exists()


def test_prefs_set_repairs_a_damaged_file_and_says_so(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config.mkdir()
    (config / "preferences.json").write_text("{oops")
    assert run("prefs", "set", "theme", "dark") == 0
    out, err = capsys.readouterr()
    assert out == "theme = dark\n"
    assert err.startswith("limber: Your preferences file was damaged (it is not valid JSON")
    assert saved(config)["theme"] == "dark"
    (aside,) = [p for p in config.iterdir() if ".corrupt-" in p.name]
    assert aside.read_text() == "{oops"


def test_prefs_set_when_the_file_cannot_be_written(
    config: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path, data: bytes | str, *, backup: bool = False) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(prefs, "write_atomic", refuse)
    assert run("prefs", "set", "theme", "dark") == 2
    err = capsys.readouterr().err
    assert err == (
        f"limber: could not save preferences to {config / 'preferences.json'} (Permission denied)\n"
    )


def test_prefs_reset(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run("prefs", "set", "theme", "dark")
    run("prefs", "set", "speech_rate", "100")
    assert run("prefs", "reset", "theme") == 0
    assert capsys.readouterr().out.endswith("theme = system\n")
    assert saved(config)["speech_rate"] == 100
    assert run("prefs", "reset") == 0
    assert saved(config)["speech_rate"] == 175
    assert run("prefs", "reset", "thme") == 2
    assert "did you mean theme?" in capsys.readouterr().err


def test_folders_are_read_from_the_environment_each_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = parser().parse_args(["prefs", "set", "theme", "dark"])
    for name in ("one", "two"):
        monkeypatch.setenv("LIMBER_CONFIG_DIR", str(tmp_path / name))
        assert args.func(args) == 0
    assert (tmp_path / "one" / "preferences.json").exists()
    assert (tmp_path / "two" / "preferences.json").exists()
