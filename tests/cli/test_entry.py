"""The bare ``limber`` command opens the window without loading the commands' machinery."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import coach.cli.entry as launch
from coach.cli.open_window import display_problem, no_display

ROOT = Path(__file__).resolve().parents[2]

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


def _no_display_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="there is always a display")
@pytest.mark.parametrize("argv", [[], ["run", "warmup-quick"]])
def test_with_no_display_limber_says_so_in_one_line_and_exits_non_zero(argv):
    # Qt itself would abort (exit -6) with advice about xcb-cursor, which is not the problem.
    out = subprocess.run([sys.executable, "-m", "coach", *argv], capture_output=True,
                         text=True, env=_no_display_env(), timeout=60, cwd=ROOT)
    assert out.returncode == 2, out.stderr
    assert out.stderr.count("\n") == 1 and out.stderr.startswith("limber: there is no display")
    assert "xcb" not in out.stderr and out.stdout == ""


def test_only_a_missing_display_stops_the_window():
    assert display_problem({}, "linux") == no_display()
    assert display_problem({"DISPLAY": " "}, "linux") == no_display()
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None and display_problem({}, "darwin") is None


def test_a_frozen_start_imports_multiprocessing_only_when_it_started_the_process():
    """The frozen bundle is started again by multiprocessing for the speech worker and its
    resource tracker; any other start leaves multiprocessing to the first render."""
    assert launch.started_by_multiprocessing(
        ["limber", "--multiprocessing-fork", "tracker_fd=5", "pipe_handle=7"])
    assert launch.started_by_multiprocessing(
        ["limber", "-B", "-s", "-c", "from multiprocessing.resource_tracker import main;main(5)"])
    assert not launch.started_by_multiprocessing(["limber"])
    assert not launch.started_by_multiprocessing(["limber", "run", "warmup-standard"])
    code = ("import sys; sys.frozen = True; import coach.cli.entry as l; "
            "l.open_window = lambda: 0; l.main([]); print('multiprocessing' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
