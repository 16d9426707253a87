"""Preferences changed outside the window (``limber prefs set`` in a terminal) while it is open:
the window notices them and never writes its old values back (issue 22: closing the window
undid a ``prefs set`` made meanwhile)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from coach.core.clock import FakeClock
from coach.qt.window import MainWindow
from coach.speech.port import RecordingSpeaker
from coach.storage.prefs import PreferencesStore
from tests.qt.helpers import window_for


@pytest.fixture
def config(folders: Path) -> Path:
    return folders / "config"


@pytest.fixture
def window(qtbot, config: Path) -> MainWindow:
    store = PreferencesStore(config)
    store.set_value("knee_check", False)  # the file exists, as after any earlier start
    window = window_for(clock=FakeClock(1000.0), speaker=RecordingSpeaker(), prefs_file=store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _terminal(config: Path, key: str, value: object) -> None:
    """``limber prefs set KEY VALUE`` from another process: a store of its own."""
    PreferencesStore(config).set_value(key, value)


def test_closing_the_window_keeps_a_change_made_meanwhile_in_a_terminal(window, config):
    _terminal(config, "speech_rate", 222)
    window.close()
    on_disk = PreferencesStore(config).load().preferences
    assert on_disk.speech_rate == 222  # not undone by the window's old copy
    assert on_disk.window_geometry  # and the window's own change is there too


def test_the_window_notices_a_change_made_elsewhere(window, config, qtbot):
    _terminal(config, "theme", "dark")
    qtbot.waitUntil(lambda: window.prefs.theme == "dark", timeout=5000)
    _terminal(config, "lead_in_seconds", 42)  # the file was replaced: still watched
    qtbot.waitUntil(lambda: window.prefs.lead_in_seconds == 42, timeout=5000)


def test_the_window_changes_only_what_it_means_to(window, config):
    _terminal(config, "speech_rate", 222)
    window.session_actions.on_top.trigger()  # T: always on top, remembered
    on_disk = PreferencesStore(config).load().preferences
    assert on_disk.always_on_top and on_disk.speech_rate == 222
    assert window.prefs.speech_rate == 222  # and the window now knows it


def test_the_dialog_open_meanwhile_does_not_revert_the_change(window, config, qtbot):
    dialog = window.show_preferences()
    qtbot.waitExposed(dialog)
    _terminal(config, "theme", "dark")
    window.reload_prefs()  # as the file watcher does
    dialog.editors["lead_in_seconds"].setValue(17)  # type: ignore[attr-defined]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    on_disk = PreferencesStore(config).load().preferences
    assert on_disk.theme == "dark" and on_disk.lead_in_seconds == 17
    assert window.prefs.theme == "dark"
