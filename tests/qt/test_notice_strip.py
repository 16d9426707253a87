"""Notices have a place of their own: a strip under every screen that never covers a control or
the exercise, moves nothing when a notice comes or goes, lets a notice leave by itself, and
keeps every notice in a list to read again."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from coach.app.notice_log import LONGEST_SECONDS, SHORTEST_SECONDS
from coach.qt.notice_strip import fit_lines
from coach.qt.window import MainWindow
from coach.storage.prefs_schema import Preferences
from tests.qt.helpers import warm_up

SIZES = [(1280, 800), (480, 640)]
LONG = ("The voice is still being prepared; a chime stands in for the cues that are not ready "
        "yet, and this notice is long enough to need more than one line anywhere.")
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
            QTextEdit, QPlainTextEdit)
LEFT_SIDE = 5 + 30 + 5 + 5


def _settle(window: MainWindow, width: int, height: int) -> None:
    window.setMinimumSize(0, 0)
    for _ in range(10):
        window.resize(width, height)
        QApplication.processEvents()
        if (window.width(), window.height()) == (width, height):
            break
    assert (window.width(), window.height()) == (width, height)
    QApplication.processEvents()


def _seen_rect(widget: QWidget, window: QWidget) -> QRect:
    """Where ``widget`` is drawn in the window, cut to every parent (a list scrolled away is
    not on screen)."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect


def _controls(window: MainWindow) -> dict[QWidget, QRect]:
    page = window.pages.currentWidget()
    return {w: _seen_rect(w, window) for w in page.findChildren(QWidget)
            if isinstance(w, CONTROLS) and w.isVisible() and not _seen_rect(w, window).isEmpty()}


def _screens(window: MainWindow, run_until) -> list[tuple[str, Callable[[], None]]]:
    def checkin() -> None:
        window.controller.change_prefs({"knee_check": True})
        window.request_start(warm_up())

    def session_at(seconds: float) -> Callable[[], None]:
        def go() -> None:
            window.begin(warm_up())
            run_until(window, seconds)
        return go

    def paused() -> None:
        session_at(LEFT_SIDE)()
        window.driver.pause()

    def stop_question() -> None:
        session_at(LEFT_SIDE)()
        window.request_stop()

    def finish() -> None:
        session_at(10_000)()

    return [
        ("home", window.show_home),
        ("checkin", checkin),
        ("session lead-in", session_at(2)),
        ("session left side", session_at(LEFT_SIDE)),
        ("session paused", paused),
        ("session stop question", stop_question),
        ("finish", finish),
        ("go run", lambda: window.show_page(window.go_run)),
        ("history", window.show_history),
        ("editor", lambda: window.open_editor(None)),
    ]


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_a_notice_never_covers_a_control_or_the_exercise_on_any_screen(make_window, run_until,
                                                                       width, height):
    window = make_window()
    _settle(window, width, height)
    strip = window.notice_strip
    for name, show in _screens(window, run_until):
        if window._driver is not None and window.driver.active:
            window.stop_now()
        show()
        QApplication.processEvents()
        before = _controls(window)
        assert before, name
        window.notices.post(LONG, needs_answer=True)
        QApplication.processEvents()
        place = _seen_rect(strip, window)
        assert strip.isVisible() and strip.shown is not None, name
        assert QRect(0, 0, width, height).contains(place), name
        assert _controls(window) == before, f"{name}: a control moved"
        for control, rect in before.items():
            assert not rect.intersects(place), f"{name}: the notice covers {control!r}"
        if window.pages.currentWidget() is window._session_view:
            view = window.session_view
            for part in (view.title, view.picture, view.side_word, view.countdown):
                assert not _seen_rect(part, window).intersects(place), f"{name}: {part!r}"
        window.notices.dismiss_all()
        QApplication.processEvents()
        assert _controls(window) == before, f"{name}: a control moved when it left"


@pytest.mark.parametrize(("width", "height", "scale"),
                         [(*size, 1.0) for size in SIZES] + [(480, 640, 2.0), (360, 480, 1.0)])
def test_the_stop_question_hides_nothing_essential(make_window, run_until, width, height,
                                                   scale):
    window = make_window(prefs=Preferences(knee_check=False, lead_in_seconds=5,
                                           text_scale=scale))
    _settle(window, width, height)
    window.begin(warm_up())
    run_until(window, LEFT_SIDE)
    window.request_stop()
    QApplication.processEvents()
    view = window.session_view
    assert view.asking_stop
    panel = _seen_rect(view.stop_bar, window)
    for part in (view.title, view.side_word, view.countdown):
        assert not _seen_rect(part, window).intersects(panel), part
    # centred, its buttons too
    assert abs(panel.center().x() - width / 2) <= 2
    buttons = view.keep_button.geometry().united(view.stop_button.geometry())
    holder = view.keep_button.parentWidget()
    assert abs(buttons.center().x() - holder.width() / 2) <= 2
    assert view.stop_bar.palette().color(view.stop_bar.backgroundRole()).name() != \
        view.background().name()  # a colour of its own, not the paused yellow


def test_a_notice_leaves_by_itself_and_can_be_read_again(window, clock):
    strip = window.notice_strip
    window.notices.post("Saved Hill warm-up.")
    assert strip.label.text() == "Saved Hill warm-up."
    assert strip.timer.isActive()  # armed for the moment it leaves
    clock.advance(SHORTEST_SECONDS)
    strip.expire()  # what the timer calls
    assert strip.shown is None and strip.label.text() == ""
    assert not strip.timer.isActive()
    strip.menu.aboutToShow.emit()
    assert [a.text() for a in strip.menu.actions()] == ["Saved Hill warm-up."]
    assert strip.list_button.isVisible()


def test_a_notice_that_needs_an_answer_stays_until_the_x(window, clock):
    strip = window.notice_strip
    window.notices.post("Your run day is not finished.", needs_answer=True)
    clock.advance(LONGEST_SECONDS * 10)
    strip.expire()
    assert strip.shown is not None and strip.dismiss_button.isVisible()
    strip.dismiss_button.click()
    assert strip.shown is None and not strip.dismiss_button.isVisible()


def test_the_list_shows_the_newest_first_and_every_one_whole(window):
    strip = window.notice_strip
    window.notices.post("First.")
    window.notices.post(LONG)
    strip.menu.aboutToShow.emit()
    actions = strip.menu.actions()
    assert actions[0].toolTip() == LONG and actions[1].text() == "First."


def test_a_hidden_window_keeps_no_timer_and_catches_up_when_shown(window, clock):
    strip = window.notice_strip
    window.notices.post("Saved Hill warm-up.")
    window.hide()
    assert not strip.timer.isActive()
    clock.advance(60)
    window.show()
    QApplication.processEvents()
    assert strip.shown is None


def test_the_strip_is_as_tall_with_or_without_a_notice(window):
    _settle(window, 480, 640)
    empty = window.notice_strip.height()
    window.notices.post(LONG)
    QApplication.processEvents()
    assert window.notice_strip.height() == empty
    assert "\n" in window.notice_strip.label.text()  # two lines in a narrow window


def test_fit_lines_cuts_the_last_line_only(qapp):
    metrics = QFontMetrics(QApplication.font())
    width = metrics.horizontalAdvance("m" * 20)
    text = fit_lines(LONG, metrics, width, 2)
    first, last = text.split("\n")
    assert LONG.startswith(first) and last.endswith("…")
    assert all(metrics.horizontalAdvance(line) <= width for line in (first, last))
    assert fit_lines("Saved.", metrics, width, 2) == "Saved."


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_a_long_notice_is_cut_before_the_buttons_never_under_them(make_window, width, height):
    window = make_window()
    _settle(window, width, height)
    window.notices.post(f"{LONG} {LONG}", needs_answer=True, action=("Do it", lambda: None))
    QApplication.processEvents()
    strip = window.notice_strip
    metrics = strip.label.fontMetrics()
    widest = max(metrics.horizontalAdvance(line) for line in strip.label.text().split("\n"))
    assert strip.label.text().endswith("…")
    assert widest <= strip.label.contentsRect().width()
    assert strip.label.geometry().right() < strip.action_button.geometry().left()
