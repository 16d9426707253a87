"""The session picture moves between its frames on a fake clock, and keeps still when asked."""

from __future__ import annotations

import pytest

from coach.app.picture_frames import Frame
from coach.storage.prefs_schema import Preferences
from tests.qt.conftest import SVG
from tests.qt.helpers import warm_up


@pytest.fixture
def pictures(pictures):
    """March has both frames; the calf stretch still has no picture at all."""
    (pictures / "march-end.svg").write_text(SVG.replace('r="4"', 'r="2"'), encoding="utf-8")
    return pictures


def _fire_at(window, clock, seconds: float) -> None:
    """Set the clock ``seconds`` after the start (1000) and fire the picture's timer as the event
    loop would (``run_until`` leaves the clock at the driver's last deadline)."""
    clock.set(1000.0 + seconds)
    window.picture_motion.timer.timeout.emit()


def _prefs(motion: str) -> Preferences:
    return Preferences(knee_check=False, lead_in_seconds=5, reduce_motion=motion)


@pytest.fixture
def marching(make_window, clock, run_until):
    """A window with moving pictures, 1.5 s into the march (the end frame showing)."""
    window = make_window(_prefs("off"))
    window.begin(warm_up())
    run_until(window, 6.5)
    _fire_at(window, clock, 6.5)
    assert window.session_view.picture.frame is Frame.END
    return window


def test_a_timed_move_alternates_its_frames_each_second(make_window, clock, run_until):
    window = make_window(_prefs("off"))
    picture = window.session_view.picture
    window.begin(warm_up())
    assert picture.frame is Frame.START  # the lead-in shows the start position
    assert not window.picture_motion.timer.isActive()  # nothing to change before the march
    run_until(window, 5.5)  # half a second into the march
    assert picture.frame is Frame.START and picture.shown_file() == "march"
    timer = window.picture_motion.timer
    # Armed when the march began (the last snapshot), for one second later.
    assert timer.isActive() and timer.interval() == 1000
    _fire_at(window, clock, 6.0)
    assert picture.frame is Frame.END and picture.shown_file() == "march-end"
    assert timer.isActive() and timer.interval() == 1000
    _fire_at(window, clock, 7.0)
    assert picture.frame is Frame.START


def test_pausing_holds_the_frame_and_stops_the_timer(marching, clock):
    window, picture = marching, marching.session_view.picture
    window.driver.pause()
    assert not window.picture_motion.timer.isActive()
    _fire_at(window, clock, 9.5)
    assert picture.frame is Frame.END


def test_reduced_motion_keeps_one_frame(make_window, clock, run_until):
    window = make_window(_prefs("on"))
    picture = window.session_view.picture
    window.begin(warm_up())
    run_until(window, 5.5)
    for second in range(6, 10):
        assert picture.frame is Frame.START
        assert not window.picture_motion.timer.isActive()
        _fire_at(window, clock, second)


def test_turning_reduced_motion_on_mid_session_stills_the_picture(marching):
    window, picture = marching, marching.session_view.picture
    window.change_prefs({"reduce_motion": "on"})
    assert picture.frame is Frame.START
    assert not window.picture_motion.timer.isActive()


def test_the_system_setting_decides_by_default(make_window, monkeypatch, run_until):
    monkeypatch.setattr("coach.qt.picture_motion.platform_reduces_motion", lambda: True)
    window = make_window(_prefs("system"))
    window.begin(warm_up())
    run_until(window, 5.5)
    assert not window.picture_motion.timer.isActive()
