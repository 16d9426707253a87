"""The window does it too: a session started in the window lowers the music under its first
words (real clock, real music control, a test player on a private bus), and closing the
window mid-session gives the music back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coach.app.controller import AppController
from coach.app.music_ramps import LOWER_TO
from coach.app.music_words import no_volume
from coach.core.clock import SystemClock
from coach.core.routine_files.library import load_library
from coach.qt.music_thread import QtMusic
from coach.qt.window import MainWindow
from coach.speech.port import RecordingSpeaker
from coach.storage.music_restore import FILE_NAME
from coach.storage.prefs_schema import Preferences
from tests.qt.music_bus import PlayerFactory


@pytest.mark.parametrize(("music", "lowered"), [("lower", True), ("leave", False)])
def test_the_window_lowers_the_music_and_closing_it_gives_it_back(
        qtbot: QtBot, bus_address: str, start_player: PlayerFactory, tmp_path: Path,
        music: str, lowered: bool) -> None:
    player = start_player("one", "--volume", "0.6")
    folder = tmp_path / "data"
    clock = SystemClock()
    controller = AppController(
        load_library(), speaker=RecordingSpeaker(),
        prefs=Preferences(knee_check=False, lead_in_seconds=5, music=music),
        music_factory=lambda tell, _folder: QtMusic(tell, folder, clock, address=bus_address))
    window = MainWindow(controller, clock=clock)
    qtbot.addWidget(window)
    window.show()
    window.begin(load_library().get("warmup-quick"))  # its lead-in words start at once
    if lowered:
        qtbot.waitUntil(lambda: player.volume == pytest.approx(0.6 * LOWER_TO), timeout=5000)
        assert (folder / FILE_NAME).exists()
    else:
        qtbot.wait(800)  # lowered within 0.3 s when it does
        assert player.changes() == [] and not window.controller.music.built  # type: ignore
    window.close_without_asking()  # as Ctrl-C or SIGTERM does: the session stops
    window.controller.close()  # as run_app does when the event loop ends
    assert player.volume == 0.6 and not (folder / FILE_NAME).exists()
    assert window.notices.texts() == []


def test_a_music_notice_reaches_the_windows_notice_strip(
        qtbot: QtBot, bus_address: str, start_player: PlayerFactory, tmp_path: Path) -> None:
    """Told on the music thread, shown by the window's own thread: a player Limber cannot
    lower says so once, in the notices."""
    start_player("bare", "--no-volume")
    clock = SystemClock()
    controller = AppController(
        load_library(), speaker=RecordingSpeaker(),
        prefs=Preferences(knee_check=False, lead_in_seconds=5),
        music_factory=lambda tell, _folder: QtMusic(tell, tmp_path, clock, address=bus_address))
    window = MainWindow(controller, clock=clock)
    qtbot.addWidget(window)
    window.show()
    window.begin(load_library().get("warmup-quick"))
    expected = no_volume("Test player bare")
    qtbot.waitUntil(lambda: window.notices.texts() == [expected], timeout=5000)
    assert window.notices.is_up(expected)
    window.close_without_asking()
    window.controller.close()
