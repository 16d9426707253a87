"""A speech worker with nothing left to render ends (a session holds no idle worker), and the
next call brings a fresh one, as if nothing had happened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from coach.speech.worker_process import EngineProcess
from tests.speech.fake_engines import MARKER_ENV, SPEC


class FakeTimer:
    """threading.Timer's shape; the test fires it."""

    def __init__(self, made: list[FakeTimer], seconds: float,
                 function: Callable[[], None]) -> None:
        self.seconds = seconds
        self.function = function
        self.daemon = False
        self.started = self.cancelled = False
        made.append(self)

    def start(self) -> None:
        self.started = True

    def cancel(self) -> None:
        self.cancelled = True

    def fire(self) -> None:
        assert self.started
        self.function()  # as threading.Timer: a cancel that came too late does not stop it


def engine_with_timers(seconds: float | None = 15.0) -> tuple[EngineProcess, list[FakeTimer]]:
    made: list[FakeTimer] = []
    engine = EngineProcess(SPEC + "PidEngine", idle_seconds=seconds,
                           timer=lambda s, f: FakeTimer(made, s, f))
    return engine, made


def pids(log: Path) -> list[str]:
    return [line.split()[0] for line in log.read_text().splitlines()]


@pytest.fixture
def log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "pids"
    monkeypatch.setenv(MARKER_ENV, str(path))
    return path


def test_an_idle_worker_ends_and_the_next_call_starts_a_fresh_one(tmp_path: Path,
                                                                  log: Path) -> None:
    engine, timers = engine_with_timers()
    engine.render("March.", "sine", 175, tmp_path / "raw", tmp_path / "out.wav")
    assert timers[-1].seconds == 15.0 and timers[-1].daemon
    worker = engine._proc
    assert worker is not None and worker.is_alive()
    timers[-1].fire()
    assert engine._proc is None  # ended, and waited for
    engine.render("Halfway.", "sine", 175, tmp_path / "raw", tmp_path / "out.wav")
    engine.close()
    first, second = pids(log)
    assert first != second
    assert engine.failures == 0 and engine.restarts == 0


def test_each_call_puts_the_end_off(tmp_path: Path, log: Path) -> None:
    engine, timers = engine_with_timers()
    for text in ("March.", "Halfway.", "Switch sides."):
        engine.render(text, "sine", 175, tmp_path / "raw", tmp_path / "out.wav")
    assert [t.cancelled for t in timers] == [True, True, False]
    timers[0].fire()  # a timer set before a later call: it ends nothing
    engine.render("Rest.", "sine", 175, tmp_path / "raw", tmp_path / "out.wav")
    engine.close()
    assert len(set(pids(log))) == 1
    assert timers[-1].cancelled  # closing stops the last one


def test_without_an_idle_time_the_worker_stays(tmp_path: Path, log: Path) -> None:
    engine, timers = engine_with_timers(None)
    engine.render("March.", "sine", 175, tmp_path / "raw", tmp_path / "out.wav")
    engine.close()
    assert timers == []
