"""Readable from across a room, usable from 360 x 480 up, every control named and reachable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from coach.storage.prefs_schema import Preferences
from tests.qt.helpers import warm_up

FULL_SCREENS = [(1280, 800), (1366, 768), (1920, 1080), (3840, 2160)]


def _settle(window, qtbot, width, height):
    # Text sizes follow the window, and minimum sizes follow the text: like a user's drag, a
    # resize may need a second step once the layout has caught up.
    for _ in range(10):
        window.resize(width, height)
        QApplication.processEvents()
        if window.size().width() == width and window.size().height() == height:
            break
    assert (window.width(), window.height()) == (width, height)
    QApplication.processEvents()


@pytest.mark.parametrize(("width", "height"), FULL_SCREENS)
def test_countdown_digits_are_over_a_fifth_of_the_screen_height(window, qtbot, run_until,
                                                                  width, height):
    window.begin(warm_up())
    run_until(window, 6)
    _settle(window, qtbot, width, height)
    countdown = window.session_view.countdown
    assert countdown.digit_height() >= 0.20 * height
    # the exercise name is large too: at least ~1.2 cm capitals on a 13-inch screen
    assert window.session_view.title.pixel_size() >= 0.055 * height


def test_minute_countdowns_keep_large_digits(make_window, qtbot, run_until):
    window = make_window(prefs=Preferences(knee_check=False, lead_in_seconds=5, hold_scale=2.0))
    window.begin(warm_up())
    run_until(window, 5)  # the march, 60 s at double holds, has just begun
    assert window.session_view.countdown.text() == "1:00"
    _settle(window, qtbot, 1280, 800)
    assert window.session_view.countdown.digit_height() >= 0.20 * 800


def _inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize(("width", "height"), [(360, 480), (480, 640), (1280, 800)])
def test_session_controls_fit_small_windows(window, qtbot, run_until, width, height):
    window.setMinimumSize(0, 0)
    window.begin(warm_up())
    run_until(window, 6)
    _settle(window, qtbot, width, height)
    view = window.session_view
    for name, button in view.buttons.items():
        assert button.isVisible(), name
        assert button.width() >= 24 and button.height() >= 24, name
        assert _inside(button, window), name
    for widget in (view.title, view.side_word, view.countdown, view.picture):
        assert widget.height() > 10 and _inside(widget, window)
    assert view.countdown.digit_height() >= 0.12 * height


def test_home_fits_the_smallest_window(window, qtbot):
    window.setMinimumSize(0, 0)
    _settle(window, qtbot, 360, 480)
    home = window.home
    for widget in (home.run_day, home.list, home.start_button, home.menu_button):
        assert widget.isVisible() and _inside(widget, window)
    assert home.list.height() > 100


def test_the_window_accepts_360_by_480(window):
    assert window.minimumWidth() <= 360 and window.minimumHeight() <= 480
    hint = window.minimumSizeHint()
    assert hint.width() <= 360 and hint.height() <= 480


def _buttons(page: QWidget) -> list[QAbstractButton]:
    return [b for b in page.findChildren(QAbstractButton) if b.isVisible()]


@pytest.mark.parametrize("page", ["home", "session", "finish"])
def test_every_control_has_an_accessible_name(window, run_until, page):
    if page == "session":
        window.begin(warm_up())
        run_until(window, 6)
    elif page == "finish":
        window.begin(warm_up())
        run_until(window, 10_000)
    current = window.pages.currentWidget()
    buttons = _buttons(current)
    assert buttons
    for button in buttons:
        assert button.accessibleName() or button.text(), button


def test_tab_reaches_every_session_control(window, run_until):
    window.begin(warm_up())
    run_until(window, 6)
    start = window.session_view.buttons["pause"]
    start.setFocus()
    reached = set()
    widget = start
    for _ in range(40):
        widget.focusNextChild()
        widget = QApplication.focusWidget() or widget
        reached.add(widget)
    for name, button in window.session_view.buttons.items():
        assert button in reached, name
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_focus_is_visible_on_the_routine_list(window, qtbot):
    # The delegate draws its own focus ring (checked by eye in the screenshots); here: the
    # list takes focus and has a current routine for Enter to start.
    window.home.list.setFocus()
    qtbot.waitUntil(window.home.list.hasFocus)
    assert window.home.list.current_routine() is not None


def test_dark_and_light_palettes_differ_and_text_stays_readable():
    from coach.qt.theme import dark_palette, is_dark, light_palette

    dark, light = dark_palette(), light_palette()
    assert is_dark(dark) and not is_dark(light)
    for palette in (dark, light):
        window = palette.color(palette.ColorRole.Window)
        text = palette.color(palette.ColorRole.WindowText)
        assert abs(window.lightness() - text.lightness()) > 150


def test_the_stop_question_fits_the_smallest_window(window, qtbot, run_until):
    window.setMinimumSize(0, 0)
    window.begin(warm_up())
    run_until(window, 20)
    window.request_stop()
    _settle(window, qtbot, 360, 480)
    view = window.session_view
    for widget in (view.stop_question, view.keep_button, view.stop_button):
        assert widget.isVisible() and _inside(widget, window)
    assert window.minimumSizeHint().width() <= 360
