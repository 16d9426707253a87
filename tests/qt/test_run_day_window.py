"""The run day in the window, on a fake clock: Start my run day, knee check, warm-up, Go run,
I'm back (button or Enter), cool-down, knees again; a restart in the middle; the length
chooser."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from coach.app.go_run_words import RUN_DAY_RUNNING, RUN_DAY_START, UNFINISHED_DAY
from coach.qt.window import MainWindow
from coach.storage.history import HistoryStore
from coach.storage.prefs_schema import Preferences
from tests.qt.helpers import FakeLibrary, window_for

START = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
PREFS = Preferences(knee_check=True, lead_in_seconds=5)


@pytest.fixture
def open_window(qtbot, clock, speaker, pictures, tmp_path):
    """A window whose wall clock moves with the fake clock, on a history file in tmp_path."""
    stores: list[HistoryStore] = []

    def wall() -> datetime:
        return START + timedelta(seconds=clock.now())

    def make() -> MainWindow:
        history = HistoryStore(tmp_path / "history.sqlite3", clock=wall)
        stores.append(history)
        window = window_for(FakeLibrary(), clock=clock, speaker=speaker, prefs=PREFS,
                            history=history, now=wall,
                            locate_picture=lambda name: pictures / f"{name}.svg")
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for store in stores:
        store.close()


def warm_up_and_go(window: MainWindow, run_until) -> None:
    assert window.home.run_day.text() == RUN_DAY_START
    window.home.run_day.click()
    assert window.pages.currentWidget() is window.checkin
    window.checkin.scores.buttons[2].click()
    window.checkin.primary.click()
    assert window.pages.currentWidget() is window.session_view
    run_until(window, 10_000)
    assert window.pages.currentWidget() is window.go_run


def test_the_whole_day_in_one_flow(open_window, run_until, clock):
    window = open_window()
    warm_up_and_go(window, run_until)
    go = window.go_run
    clock.set(clock.now() + 30 * 60 + 5)
    go.refresh()
    assert go.elapsed.text() == "30:05"
    assert "fast walk" in go.advice.text()
    QTest.keyClick(go, Qt.Key.Key_Return)  # Enter: I'm back
    assert window.pages.currentWidget() is window.session_view
    assert window.driver.plan.routine.id == "test-cool"
    run_until(window, 10_000)
    assert window.pages.currentWidget() is window.finish
    window.finish.knee_scored.emit(3)
    [day] = window.controller.journal.history.run_days()
    assert (day.knees_before, day.knees_after, day.seconds_out) == (2, 3, 30 * 60 + 5)
    assert (day.warm_up_id, day.cool_down_id) == ("test-warm", "test-cool")
    assert window.controller.journal.streak(window.controller.day.day.started_at.date()) == 1


def test_after_a_restart_home_offers_to_finish_the_day(open_window, run_until, clock):
    window = open_window()
    warm_up_and_go(window, run_until)
    window.close_without_asking()  # the app closed while the runner was out
    clock.set(clock.now() + 40 * 60)

    again = open_window()
    again.offer_unfinished_day()
    assert again.home.run_day.text() == RUN_DAY_RUNNING
    assert again.notices.is_up(UNFINISHED_DAY)
    again.home.run_day.click()  # one click: back, and straight to the cool-down
    assert again.pages.currentWidget() is again.session_view
    assert again.driver.plan.routine.id == "test-cool"
    assert not again.notices.is_up(UNFINISHED_DAY)
    run_until(again, 10_000)
    [day] = again.controller.journal.history.run_days()
    assert day.seconds_out == 40 * 60 and day.finished_at is not None


def test_the_length_chooser_fits_what_starts(open_window):
    window = open_window()
    chooser = window.home.length
    chooser.setCurrentIndex(chooser.findData(4))
    assert window.controller.fit_seconds == 240
    window.home.select("test-cool")
    window.home.start_button.click()
    plan = window.driver.plan
    expected = window.controller.fit(window.library.get("test-cool"), 240)
    assert plan is not None and plan.routine == expected.routine
    assert plan.total_seconds == expected.seconds
    chooser.setCurrentIndex(0)
    assert window.controller.fit_seconds is None


def finish_day(window: MainWindow, run_until, clock) -> None:
    warm_up_and_go(window, run_until)
    clock.set(clock.now() + 20 * 60)
    window.go_run.back_button.click()
    run_until(window, 10_000)
    window.finish.knee_scored.emit(3)


def test_two_hours_after_the_cool_down_a_notification_asks_about_the_knees(
        open_window, run_until, clock):
    window = open_window()
    told: list[tuple[str, str]] = []
    window.notify = lambda _parent, title, text: told.append((title, text))
    finish_day(window, run_until, clock)
    timer = window._later_timer
    assert timer.isActive() and abs(timer.remainingTime() - 7_200_500) < 5_000
    clock.set(clock.now() + 3600)
    window.ask_later_check()  # woken early: nothing asked, armed again for the hour left
    assert told == [] and window.later_dialog is None
    assert abs(timer.remainingTime() - 3_600_500) < 5_000
    clock.set(clock.now() + 3600)
    window.ask_later_check()
    assert told and "two hours" in told[0][1]
    assert window.later_dialog is not None and window.later_dialog.isVisible()
    window.later_dialog.scores.buttons[6].click()
    window.later_dialog.save.click()
    [day] = window.controller.journal.history.run_days()
    assert (day.knees_before, day.knees_after, day.knees_later) == (2, 3, 6)
    assert not window.later_dialog.isVisible()
    window.arm_later_check()
    assert not timer.isActive()  # answered: never asked again


def test_dont_ask_again_turns_the_later_check_off(open_window, run_until, clock):
    window = open_window()
    window.notify = lambda *_args: None
    finish_day(window, run_until, clock)
    clock.set(clock.now() + 2 * 3600)
    window.ask_later_check()
    assert window.later_dialog is not None
    window.later_dialog.never_button.click()
    assert window.prefs.later_knee_check is False
    window.arm_later_check()
    assert not window._later_timer.isActive()


def test_the_later_check_is_asked_after_a_restart_too(open_window, run_until, clock):
    window = open_window()
    finish_day(window, run_until, clock)
    window.close_without_asking()
    clock.set(clock.now() + 2 * 3600 + 60)
    again = open_window()
    told: list[str] = []
    again.notify = lambda _parent, _title, text: told.append(text)
    again.offer_unfinished_day()
    assert again._later_timer.isActive()
    again.ask_later_check()
    assert told and again.later_dialog is not None


def test_without_a_tray_the_notification_degrades_to_the_window_alone(qtbot):
    from PySide6.QtWidgets import QWidget

    from coach.qt.later_check import notify

    parent = QWidget()
    qtbot.addWidget(parent)
    assert notify(parent, "title", "text") is None  # offscreen: no system tray


def test_the_history_opened_after_the_first_paint_brings_the_offer(
        open_window, run_until, clock, qtbot, speaker, pictures, tmp_path):
    window = open_window()
    warm_up_and_go(window, run_until)
    window.close_without_asking()
    clock.set(clock.now() + 10 * 60)
    # As the app starts: no history at first, attached just after the first paint.
    later = window_for(FakeLibrary(), clock=clock, speaker=speaker, prefs=PREFS,
                       now=lambda: START + timedelta(seconds=clock.now()),
                       locate_picture=lambda name: pictures / f"{name}.svg")
    qtbot.addWidget(later)
    later.show()
    assert later.home.run_day.text() == RUN_DAY_START
    history = HistoryStore(tmp_path / "history.sqlite3")
    try:
        later.attach_history(history)
        assert later.home.run_day.text() == RUN_DAY_RUNNING
        assert later.controller.day.seconds_out() == 10 * 60
    finally:
        later.close_without_asking()
        history.close()


def test_the_later_check_notification_leaves_no_tray_icons_behind(qtbot, monkeypatch):
    from PySide6.QtWidgets import QSystemTrayIcon, QWidget

    from coach.qt import later_check

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    parent = QWidget()
    qtbot.addWidget(parent)
    first = later_check.notify(parent, "Knees", "How are they?", shown_for_ms=50)
    second = later_check.notify(parent, "Knees", "How are they?", shown_for_ms=50)
    assert first is second and len(parent.findChildren(QSystemTrayIcon)) == 1
    assert first is not None and first.isVisible()
    qtbot.waitUntil(lambda: not first.isVisible(), timeout=2000)


def test_a_future_dated_day_in_the_history_neither_raises_nor_shadows_todays(
        open_window, run_until, clock, tmp_path):
    from coach.storage.history_records import RunDayRecord

    window = open_window()
    warm_up_and_go(window, run_until)
    window.close_without_asking()
    # A day kept while the clock read 40 years ahead, finished, its later check not asked:
    # its two hours would be far beyond what a QTimer can hold.
    ahead = START + timedelta(days=365 * 40)
    with HistoryStore(tmp_path / "history.sqlite3") as history:
        history.save_run_day(RunDayRecord(ahead, "test-warm", ahead, ahead, "test-cool", ahead,
                                          knees_before=1, knees_after=1))
    clock.set(clock.now() + 15 * 60)
    again = open_window()
    again.offer_unfinished_day()  # no OverflowError
    assert again.home.run_day.text() == RUN_DAY_RUNNING  # today's day, not the future one
    assert again.controller.day.seconds_out() == 15 * 60
    assert not again._later_timer.isActive()


def test_a_wait_longer_than_a_timer_holds_is_clamped_and_armed_again(
        open_window, run_until, clock, monkeypatch):
    from coach.qt.timer_bounds import MAX_TIMER_MS

    window = open_window()
    finish_day(window, run_until, clock)
    day = window.controller.day
    monkeypatch.setattr(day, "seconds_to_later_check", lambda: 90 * 24 * 3600.0)
    window.arm_later_check()  # 90 days: more than 2^31 ms
    assert window._later_timer.isActive() and window._later_timer.interval() == MAX_TIMER_MS
    window.ask_later_check()  # woken at the limit, not due: armed again, nothing asked
    assert window.later_dialog is None and window._later_timer.interval() == MAX_TIMER_MS
