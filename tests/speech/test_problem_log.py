"""The speech problem log: nothing loaded or written until a problem is logged."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.speech import problem_log


@pytest.fixture
def coach_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(problem_log, "log_path", lambda: tmp_path / "limber.log")
    yield tmp_path / "limber.log"
    root = logging.getLogger("coach")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()


def test_a_problem_is_written_to_the_file_in_full(coach_log: Path) -> None:
    problem_log.setup_logging(verbose=False)
    logging.getLogger("coach.speech").info("not a problem")
    assert not coach_log.exists()  # nothing goes wrong, no file
    logging.getLogger("coach.speech").warning("flite said: %s", "neither WAV nor AIFF")
    for handler in logging.getLogger("coach").handlers:
        handler.flush()
    text = coach_log.read_text(encoding="utf-8")
    assert "WARNING coach.speech: flite said: neither WAV nor AIFF" in text


def test_the_file_rotates_at_its_limit(coach_log: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(problem_log, "MAX_BYTES", 200)
    problem_log.setup_logging(verbose=False)
    for n in range(10):
        logging.getLogger("coach").warning("problem %d %s", n, "x" * 40)
    assert coach_log.exists() and Path(f"{coach_log}.1").exists()
    assert coach_log.stat().st_size <= 200


def test_setting_it_up_loads_no_logging_handlers() -> None:
    """The window's start sets the log up; the rotating handler's module (and the socket and
    pickle modules it brings) waits for the first problem."""
    code = ("import sys; from coach.speech.problem_log import setup_logging; "
            "setup_logging(verbose=False); print('logging.handlers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
