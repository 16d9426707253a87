"""Readable from across the room at every text size and window size, and nothing jumps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from coach.app.state_colours import Tone
from coach.qt.widgets.countdown import BAR_MIN_PX, BAR_SHARE, MIN_STRETCH
from coach.storage.prefs_schema import Preferences
from tests.qt.helpers import warm_up

WINDOWS = [(1280, 800), (1920, 1080), (800, 600), (480, 640), (360, 480)]
TEXT_SIZES = [0.75, 1.0, 1.5, 2.0]
LEFT_SIDE = 5 + 30 + 5 + 5  # five seconds into the calf stretch's left side
COUNTED = 5 + 30 + 5 + 20 + 3 + 20 + 5 + 3  # into the ankle circles (5 reps)


def _settle(window, width: int, height: int) -> None:
    window.setMinimumSize(0, 0)
    for _ in range(10):
        window.resize(width, height)
        QApplication.processEvents()
        if (window.width(), window.height()) == (width, height):
            break
    assert (window.width(), window.height()) == (width, height)
    QApplication.processEvents()


@pytest.fixture
def at_size(make_window, run_until):
    def make(width: int, height: int, scale: float, seconds: float):
        window = make_window(prefs=Preferences(knee_check=False, lead_in_seconds=5,
                                               text_scale=scale))
        window.begin(warm_up())
        run_until(window, seconds)
        _settle(window, width, height)
        return window

    return make


@pytest.mark.parametrize("scale", TEXT_SIZES)
@pytest.mark.parametrize(("width", "height"), WINDOWS)
def test_countdown_and_side_word_hold_their_size(at_size, width, height, scale):
    window = at_size(width, height, scale, LEFT_SIDE)
    view = window.session_view
    assert view.tone is Tone.LEFT
    assert view.countdown.digit_height() >= 0.25 * height
    assert view.side_word.ink_height() >= 0.08 * height
    # the header and the controls stay inside the window (nothing clipped at 2.0)
    for widget in (view.routine_label, view.step_label, view.time_left_label,
                   *view.buttons.values()):
        top_left = widget.mapTo(window, QPoint(0, 0))
        assert top_left.y() >= 0 and top_left.y() + widget.height() <= height, widget
        assert top_left.x() + widget.width() <= width, widget


@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.parametrize(("width", "height"), WINDOWS)
def test_on_a_counted_step_the_rep_is_the_big_number(at_size, width, height, scale):
    window = at_size(width, height, scale, COUNTED)
    countdown = window.session_view.countdown
    assert countdown.suffix() == " of 5"
    assert countdown.digit_height() >= 0.25 * height


def test_the_text_size_scales_the_reading_text_only(at_size):
    small = at_size(1280, 800, 1.0, LEFT_SIDE).session_view
    large = at_size(1280, 800, 2.0, LEFT_SIDE).session_view
    assert large.reading.pixel_size() > small.reading.pixel_size() * 1.5
    assert large.countdown.digit_height() == small.countdown.digit_height()
    assert large.side_word.ink_height() == small.side_word.ink_height()


def test_reading_text_steps_down_rather_than_spill(at_size):
    view = at_size(480, 640, 2.0, LEFT_SIDE).session_view
    reading = view.reading
    assert reading.pixel_size() < reading.wanted_px()  # it had to give way
    bottom = max(label.geometry().bottom() for label in reading.labels() if label.isVisible())
    assert bottom <= reading.height()


def _controls(window: QWidget) -> dict[QAbstractButton, tuple[int, int, int, int]]:
    page = window.pages.currentWidget()
    return {b: (*b.mapTo(window, QPoint(0, 0)).toTuple(), b.width(), b.height())
            for b in page.findChildren(QAbstractButton) if b.isVisible()}


def test_no_control_moves_when_a_window_notice_comes_or_goes(window, run_until):
    for page in ("home", "session"):
        if page == "session":
            window.begin(warm_up())
            run_until(window, 12)
        QApplication.processEvents()
        before = _controls(window)
        window.notices.post("Your settings could not be saved (disk full).")
        QApplication.processEvents()
        assert window.notice_strip.shown is not None
        assert _controls(window) == before
        window.notices.dismiss_all()
        QApplication.processEvents()
        assert _controls(window) == before


def test_no_control_moves_when_the_asleep_notice_or_stop_question_shows(window, run_until,
                                                                         clock):
    window.begin(warm_up())
    run_until(window, 12)
    QApplication.processEvents()
    view = window.session_view
    before = {n: b.geometry() for n, b in view.buttons.items()}
    countdown = view.countdown.geometry()
    clock.advance(90)  # the laptop slept: the session pauses and says so
    window.driver.wake()
    QApplication.processEvents()
    assert any("asleep" in n.text and n.needs_answer for n in window.notices.up)
    assert {n: b.geometry() for n, b in view.buttons.items()} == before
    window.driver.resume()
    QApplication.processEvents()
    assert not any("asleep" in n.text for n in window.notices.up)  # no longer true
    window.request_stop()
    QApplication.processEvents()
    assert view.asking_stop
    assert {n: b.geometry() for n, b in view.buttons.items()} == before
    assert view.countdown.geometry() == countdown
    view.keep_button.click()
    QApplication.processEvents()
    assert {n: b.geometry() for n, b in view.buttons.items()} == before


def test_paused_fills_the_screen_and_keeps_the_side(window, run_until):
    window.begin(warm_up())
    run_until(window, LEFT_SIDE)
    window.driver.pause()
    view = window.session_view
    assert view.tone is Tone.PAUSED
    assert view.background().name() == "#fcd34d"
    # which side is still there, on the side's own colour; "Paused" says the rest
    assert view.side_word.text() == "◀ LEFT" and view.side_word.pill is Tone.LEFT
    assert view.kicker.text() == "Paused"


@pytest.mark.parametrize("scale", [0.75, 2.0])
@pytest.mark.parametrize(("width", "height"), WINDOWS)
def test_minute_countdowns_hold_their_size(make_window, run_until, width, height, scale):
    """A clock ("1:00") is a quarter of the height too: in a window taller than wide it is
    narrowed to fit the width rather than drawn smaller."""
    window = make_window(prefs=Preferences(knee_check=False, lead_in_seconds=5, hold_scale=2.0,
                                           text_scale=scale))
    window.begin(warm_up())
    run_until(window, 5)  # the march, 60 s at double holds, has just begun
    _settle(window, width, height)
    countdown = window.session_view.countdown
    assert countdown.text() == "1:00"
    assert countdown.digit_height() >= 0.25 * height
    assert MIN_STRETCH <= countdown.digit_stretch() <= 1.0
    assert countdown.digits_width() <= countdown.width()


def _ink_box(image: QImage, colour: QColor, bottom: int) -> QRect:
    """The bounding box of the pixels in ``colour`` above row ``bottom`` (the digits' ink)."""
    box = QRect()
    target = colour.rgb()
    for y in range(min(bottom, image.height())):
        for x in range(image.width()):
            if image.pixel(x, y) == target:
                box = box.united(QRect(x, y, 1, 1))
    return box


@pytest.mark.parametrize(("width", "height"), [(480, 640), (360, 480)])
def test_a_minute_countdown_is_painted_narrowed_and_whole(make_window, run_until, width,
                                                          height):
    """What is painted, not just what is reported: the digits' ink is a quarter of the
    window's height and none of it is cut off at the sides."""
    window = make_window(prefs=Preferences(knee_check=False, lead_in_seconds=5, hold_scale=2.0))
    window.begin(warm_up())
    run_until(window, 5)
    _settle(window, width, height)
    countdown = window.session_view.countdown
    image = countdown.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    colour = countdown.palette().color(QPalette.ColorRole.WindowText)
    bar_top = countdown.height() - max(BAR_MIN_PX, countdown.height() * BAR_SHARE)
    ink = _ink_box(image, colour, int(bar_top) - 1)  # the bar below is in the same colour
    assert ink.height() >= 0.25 * height
    assert ink.left() > 0 and ink.right() < image.width() - 1
    assert countdown.digit_stretch() < 1.0  # the case this test is for: narrowed to fit
