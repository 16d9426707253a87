"""``limber run --text`` records a stopped run exactly as the window does, whatever ends it:
Ctrl-C, TERM, HUP or the pipe of its output closing (issue 22: none was recorded). A preview
at another speed is no session; a speed out of range is one clear line."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from coach.app import terminal_run
from coach.cli.entry import main
from coach.core.clock import FakeClock
from tests.core.helpers import TINY_TOML

# A warm-up with no lead-in (--lead-in 0): its first step begins at once, so it counts.
COUNTED = ["run", "tiny", "--text", "--mute", "--lead-in", "0"]


@pytest.fixture(autouse=True)
def tiny(data: Path, config: Path) -> Path:
    folder = data / "routines"
    folder.mkdir(parents=True)
    (folder / "tiny.toml").write_text(TINY_TOML, "utf-8")
    return folder


def _sessions(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["history", "--json"]) == 0
    sessions: list[dict[str, object]] = json.loads(capsys.readouterr().out)["sessions"]
    return sessions


def _signal_after(clock: FakeClock, monkeypatch: pytest.MonkeyPatch, signum: int) -> None:
    """The fake clock's sleeps: two seconds into the walk, ``signum`` reaches the process."""
    def sleep(seconds: float) -> None:
        clock.advance(seconds)
        if clock.now() >= 1002.0:
            os.kill(os.getpid(), signum)

    monkeypatch.setattr(terminal_run.time, "sleep", sleep)


@pytest.mark.parametrize("name", ["SIGINT", "SIGTERM", "SIGHUP"])
def test_a_signal_stops_the_run_and_it_is_recorded(name, instant_runs, monkeypatch, capsys):
    signum = getattr(signal, name, None)
    if signum is None:
        pytest.skip(f"no {name} here")
    _signal_after(instant_runs, monkeypatch, signum)
    assert main(COUNTED) == 128 + signum
    assert "Stopped: Tiny routine" in capsys.readouterr().out
    (session,) = _sessions(capsys)
    assert session["routine_id"] == "tiny" and session["stopped"] is True
    assert session["ended_at"] is not None
    assert 0 < float(session["completed_fraction"]) < 1  # type: ignore[arg-type]


def test_a_signal_in_the_lead_in_records_nothing(instant_runs, monkeypatch, capsys):
    _signal_after(instant_runs, monkeypatch, signal.SIGTERM)
    assert main(["run", "tiny", "--text", "--mute", "--lead-in", "5"]) == 128 + signal.SIGTERM
    assert _sessions(capsys) == []


class _ClosingPipe(io.StringIO):
    """Standard output piped into ``head -3``: the fourth line finds the pipe closed."""

    def write(self, text: str) -> int:
        if self.getvalue().count("\n") >= 3:
            raise BrokenPipeError(32, "Broken pipe")
        return super().write(text)


def test_a_closed_output_pipe_stops_the_run_and_it_is_recorded(instant_runs, monkeypatch,
                                                               capsys):
    pipe, terminal = _ClosingPipe(), sys.stdout
    monkeypatch.setattr(sys, "stdout", pipe)
    assert main(COUNTED) == 128 + getattr(signal, "SIGPIPE", 13)
    assert pipe.getvalue().count("\n") == 3  # nothing more was written, and nothing raised
    monkeypatch.setattr(sys, "stdout", terminal)
    (session,) = _sessions(capsys)
    assert session["stopped"] is True


def test_a_term_from_outside_stops_a_real_run_and_it_is_recorded(data, config, tmp_path):
    env = {**os.environ, "LIMBER_DATA_DIR": str(data), "LIMBER_CONFIG_DIR": str(config),
           "PYTHONUNBUFFERED": "1", "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, "-m", "coach", *COUNTED], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    assert proc.stdout.readline().startswith("[1/1] Brisk walk")  # under way: it counts
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert "Stopped: Tiny routine" in out and "Traceback" not in err
    listed = subprocess.run([sys.executable, "-m", "coach", "history", "--json"], env=env,
                            capture_output=True, text=True, check=True, timeout=60)
    (session,) = json.loads(listed.stdout)["sessions"]
    assert session["stopped"] is True


def test_a_preview_is_not_recorded(instant_runs, capsys):
    assert main(["run", "tiny", "--text", "--mute", "--speed", "50"]) == 0
    assert "not recorded" in capsys.readouterr().err
    assert _sessions(capsys) == []


@pytest.mark.parametrize("speed", ["1e-300", "1e300", "0", "-1", "nan", "inf", "0.09", "101"])
def test_a_speed_out_of_range_is_one_clear_line(speed, capsys):
    assert main(["run", "tiny", "--text", "--mute", "--speed", speed]) == 2
    err = capsys.readouterr().err
    assert err.startswith("limber: --speed must be from 0.1 to 100") and len(
        err.splitlines()) == 1
    assert _sessions(capsys) == []


@pytest.mark.parametrize("speed", ["0.1", "100"])
def test_the_ends_of_the_range_run(speed, instant_runs, capsys):
    assert main(["run", "tiny", "--text", "--mute", "--speed", speed]) == 0
    assert "Finished: Tiny routine" in capsys.readouterr().out
