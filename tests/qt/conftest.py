"""A main window on a fake clock, a recording speaker and routines built in code."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from coach.core.clock import FakeClock
from coach.core.session import drive
from coach.qt.window import MainWindow
from coach.speech.port import RecordingSpeaker
from coach.storage.prefs_schema import Preferences
from tests.qt.helpers import FakeLibrary, RecordingPrefs, window_for
from tests.qt.music_bus import (  # noqa: F401 - the music tests' fixtures: a bus, players, mpv
    bus_address,
    mpv,
    pulse,
    reader,
    start_player,
    user,
)


@pytest.fixture(autouse=True)
def _english_translator(qapp: QApplication) -> None:
    """The window's English words as the app shows them: Limber installs its English .qm at
    start (coach.qt.application), for the plural forms ("1 routine file has a problem")."""
    from coach.qt.translators import install_translators

    install_translators(qapp, "en")


SVG = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
       '<circle cx="5" cy="5" r="4" fill="currentColor"/></svg>')


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1000.0)


@pytest.fixture
def speaker() -> RecordingSpeaker:
    return RecordingSpeaker()


@pytest.fixture
def pictures(tmp_path: Path) -> Path:
    """Only "march" has a picture: the calf stretch shows the placeholder."""
    folder = tmp_path / "pictures"
    folder.mkdir()
    (folder / "march.svg").write_text(SVG, encoding="utf-8")
    return folder


@pytest.fixture
def saved() -> list[Preferences]:
    return []


@pytest.fixture
def make_window(qtbot, clock, speaker, pictures, saved):
    def make(prefs: Preferences | None = None, library: FakeLibrary | None = None,
             history=None) -> MainWindow:
        prefs_file = RecordingPrefs(prefs or Preferences(knee_check=False, lead_in_seconds=5))
        prefs_file.saved = saved
        window = window_for(
            library, clock=clock, speaker=speaker, prefs_file=prefs_file, history=history,
            locate_picture=lambda name: pictures / f"{name}.svg",
        )
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        # Active once the request is handled: shortcuts (Esc) need an active window, and
        # without this a test relied on an earlier one having activated a window.
        QApplication.processEvents()
        return window

    return make


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


@pytest.fixture
def run_until(clock):
    """Move the fake clock ``seconds`` on, waking the window's driver at every deadline."""
    def run(window: MainWindow, seconds: float) -> None:
        drive(window.driver, clock.now() + seconds, clock.set)

    return run
