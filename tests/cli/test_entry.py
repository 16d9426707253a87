"""The bare ``limber`` command opens the window without loading the commands' machinery."""

from __future__ import annotations

import subprocess
import sys

import pytest

import coach.cli.entry as launch

# What coach.cli.parser imports for its commands and the window does not need.
COMMANDS_ONLY = ("coach.cli.parser", "multiprocessing", "tomllib",
                 "coach.core.routine_files.checker", "coach.cli.prefs_commands",
                 "coach.cli.speech_commands")


def test_the_bare_command_opens_the_window_without_the_commands(monkeypatch):
    opened: list[bool] = []
    monkeypatch.setattr(launch, "open_window", lambda: opened.append(True) or 0)
    code = ("import sys, coach.cli.entry as l; l.open_window = lambda: 0; l.main([]); "
            f"print([m for m in {COMMANDS_ONLY!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
    assert launch.main([]) == 0 and opened == [True]


def test_any_argument_goes_to_the_commands(monkeypatch, capsys):
    monkeypatch.setattr(launch, "open_window", lambda: pytest.fail("opened the window"))
    with pytest.raises(SystemExit) as exited:
        launch.main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith("limber ")
