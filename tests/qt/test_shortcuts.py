"""Every session key does what it says, whichever control has the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from coach.app.state_colours import Tone
from coach.core.session_events import State
from tests.qt.helpers import warm_up

FOCUS = ["pause", "stop", "mute", "previous"]


@pytest.fixture
def running(window, run_until):
    window.begin(warm_up())
    run_until(window, 5 + 10)  # ten seconds into the march
    return window


def press(window, key, focus: str = "pause", text: str = ""):
    widget = window.session_view.buttons[focus]
    widget.setFocus()
    QTest.keyClick(widget, key, Qt.KeyboardModifier.NoModifier)


@pytest.mark.parametrize("focus", FOCUS)
def test_space_pauses_and_resumes(running, focus, clock):
    press(running, Qt.Key.Key_Space, focus)
    assert running.driver.snapshot().state is State.PAUSED
    assert running.session_actions.pause.text() == "Resume"
    shown = running.session_view.countdown.text()
    clock.advance(7)
    running.driver.wake()  # even if woken, a paused session does not count down
    assert running.session_view.countdown.text() == shown
    press(running, Qt.Key.Key_Space, focus)
    assert running.driver.snapshot().state is State.RUNNING
    assert running.session_actions.pause.text() == "Pause"


@pytest.mark.parametrize("focus", FOCUS)
def test_right_skips_to_the_next_part(running, focus):
    press(running, Qt.Key.Key_Right, focus)
    snap = running.driver.snapshot()
    assert snap.segment.kind.value == "gap"
    assert running.session_view.tone is Tone.READY
    assert running.session_view.title.text() == "Calf stretch"


def test_left_restarts_the_step_then_goes_back(running):
    press(running, Qt.Key.Key_Left)
    assert running.session_view.countdown.text() == "30"  # well under way: restart it
    press(running, Qt.Key.Key_Right)
    press(running, Qt.Key.Key_Right)  # now on the left side of the calf stretch
    assert running.session_view.tone is Tone.LEFT
    press(running, Qt.Key.Key_Left)
    assert running.session_view.title.text() == "March"


@pytest.mark.parametrize("key", [Qt.Key.Key_Plus, Qt.Key.Key_Equal])
def test_plus_adds_ten_seconds(running, key):
    before = int(running.session_view.countdown.text())
    press(running, key)
    assert int(running.session_view.countdown.text()) == before + 10


def test_m_mutes_and_unmutes(running, speaker):
    press(running, Qt.Key.Key_M, "stop")
    assert speaker.muted
    assert running.session_actions.mute.isChecked()
    assert running.session_actions.mute.text() == "Unmute"
    press(running, Qt.Key.Key_M, "stop")
    assert not speaker.muted


def test_f_toggles_full_screen(running, qtbot):
    press(running, Qt.Key.Key_F, "mute")
    qtbot.waitUntil(running.isFullScreen, timeout=2000)
    assert running.session_actions.fullscreen.isChecked()
    press(running, Qt.Key.Key_F, "mute")
    qtbot.waitUntil(lambda: not running.isFullScreen(), timeout=2000)
    assert not running.session_actions.fullscreen.isChecked()


def test_t_keeps_the_window_on_top_and_remembers_it(running, saved):
    press(running, Qt.Key.Key_T)
    assert running.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert saved[-1].always_on_top
    press(running, Qt.Key.Key_T)
    assert not running.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert not saved[-1].always_on_top


def test_escape_asks_then_stops(running):
    press(running, Qt.Key.Key_Escape, "mute")
    assert running.session_view.asking_stop
    assert running.driver.snapshot().state is State.PAUSED
    press(running, Qt.Key.Key_Escape, "mute")  # Esc again: stop
    assert running.pages.currentWidget() is running.finish  # stopped early, honestly


def test_space_while_asking_keeps_going(running):
    press(running, Qt.Key.Key_Escape)
    press(running, Qt.Key.Key_Space)
    assert not running.session_view.asking_stop
    assert running.driver.snapshot().state is State.RUNNING


def test_escape_in_the_first_seconds_stops_at_once(window, run_until):
    window.begin(warm_up())
    run_until(window, 2)
    press(window, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.home


def test_session_keys_are_off_on_the_home_screen(window):
    window.home.list.setFocus()
    QTest.keyClick(window.home.list, Qt.Key.Key_Space)
    QTest.keyClick(window.home.list, Qt.Key.Key_Right)
    assert window.driver.session is None
    assert window.pages.currentWidget() is window.home


def test_every_control_says_its_key_in_its_tooltip(window):
    for action in window.session_actions.all:
        assert action.toolTip().endswith(")")
        assert action.shortcut().toString()
