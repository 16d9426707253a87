"""``limber selfcheck``: what CI runs against the frozen bundle, run here against the source."""

from __future__ import annotations

import subprocess
import sys

import pytest

import coach.qt.selfcheck as selfcheck
from coach.cli.entry import main


def test_the_checks_without_speech_pass_in_process(capsys):
    assert main(["selfcheck", "routines", "pictures", "sounds", "window"]) == 0
    out = capsys.readouterr().out
    assert out.count("ok    ") == 4 and out.rstrip().endswith("selfcheck passed")
    assert "pictures, both frames" in out and "window on offscreen" in out


def test_a_failing_check_is_reported_and_fails_the_run(monkeypatch, capsys):
    def broken() -> str:
        raise selfcheck.CheckFailed("no routines here")

    monkeypatch.setattr(selfcheck, "CHECKS", (("routines", broken),
                                              *selfcheck.CHECKS[1:2]))
    assert selfcheck.run_selfcheck() == 1
    out = capsys.readouterr().out
    assert "FAIL  routines: CheckFailed: no routines here" in out
    assert "ok    " in out  # the other check still ran
    assert "1 check(s) failed" in out


def test_an_unknown_check_is_a_clear_error(capsys):
    assert main(["selfcheck", "nope"]) == 2
    assert "no check nope" in capsys.readouterr().err


def test_selfcheck_is_hidden_from_the_help():
    result = subprocess.run([sys.executable, "-m", "coach", "--help"], capture_output=True,
                            text=True, check=True)
    assert "selfcheck" not in result.stdout


@pytest.mark.speech
def test_the_whole_selfcheck_passes_with_the_real_voice():
    result = subprocess.run([sys.executable, "-m", "coach", "selfcheck"], capture_output=True,
                            text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok    speech:" in result.stdout
