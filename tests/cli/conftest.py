"""Command tests: the preferences and history folders start out missing, as on a new machine."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.app import terminal_run
from coach.core.clock import FakeClock
from tests.qt.music_bus import bus_address, start_player  # noqa: F401 - for the music runs


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LIMBER_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path / "config"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LIMBER_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def instant_runs(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """``limber run --text`` on a fake clock: each sleep moves it on at once, so a run at any
    speed, real time included, takes no real time."""
    clock = FakeClock(1000.0)
    monkeypatch.setattr(terminal_run, "SystemClock", lambda: clock)
    monkeypatch.setattr(terminal_run.time, "sleep", clock.advance)
    return clock
