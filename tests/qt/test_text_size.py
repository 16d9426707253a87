"""The text size preference reaches the reading text of every screen, not only the session's,
and never makes a screen need a bigger window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from coach.storage.prefs_schema import Preferences
from tests.qt.helpers import warm_up

BASE = QApplication.font  # Limber never changes the application's font


def _size(widget) -> float:
    return widget.font().pointSizeF()


def test_the_text_size_scales_reading_text_on_home_and_the_other_screens(make_window, run_until):
    window = make_window(prefs=Preferences(knee_check=False, lead_in_seconds=5, text_scale=2.0))
    base = BASE().pointSizeF()
    assert _size(window.home.list) == 2 * base  # the routines and their descriptions
    window.show_history()
    paragraphs = [label for label in window.history_view.findChildren(QLabel)
                  if label.property("limber-reading-base-pt") is not None]
    assert paragraphs and all(_size(label) == 2 * base for label in paragraphs)
    window.begin(warm_up())
    run_until(window, 10_000)  # the finish screen, built now
    finish = [label for label in window.finish.findChildren(QLabel)
              if label.wordWrap() and label.property("limber-reading-base-pt") is not None]
    assert finish and all(_size(label) == 2 * base for label in finish)
    # Buttons and titles keep their sizes: the controls never need more room.
    assert all(_size(button) < 2 * base for button in window.finish.findChildren(QPushButton))


def test_changing_the_text_size_applies_at_once_to_screens_already_built(window):
    base = BASE().pointSizeF()
    window.open_editor(None)
    problem = next(label for label in window.routine_files.view.findChildren(QLabel)
                   if label.objectName() == "problem")
    assert _size(problem) == base
    window.apply_prefs(window.prefs.replace(text_scale=1.5))
    assert _size(problem) == 1.5 * base and _size(window.home.list) == 1.5 * base
    window.apply_prefs(window.prefs.replace(text_scale=0.75))
    assert _size(problem) == 0.75 * base  # from the unscaled size, not compounded


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_no_screen_needs_a_bigger_window_at_any_text_size(make_window, scale):
    window = make_window(prefs=Preferences(knee_check=True, lead_in_seconds=5, text_scale=scale))
    window.setMinimumSize(0, 0)
    window.request_start(warm_up())  # the knee check
    window.show_history()
    window.open_editor(None)
    window.show_page(window.go_run)
    window.show_home()
    for _ in range(5):
        window.resize(360, 480)
        QApplication.processEvents()
    assert (window.width(), window.height()) == (360, 480)
