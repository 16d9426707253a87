"""The run day in the window, on a fake clock: from home's "Start my run day" through the knee
check, the warm-up, Go run, the cool-down and the knees again to the check two hours later, and
each way out on the way (Back from the check, a short warm-up, Esc and "I didn't run" on Go
run, a short cool-down); a restart in the middle; times from the future; the length chooser."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from coach.app.day_flow import DayState
from coach.app.run_day_words import (
    end_question,
    run_day_back,
    run_day_cool_down,
    run_day_short,
    run_day_start,
    unfinished_day,
)
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
        window.activateWindow()  # Esc and the other shortcuts are the active window's
        QApplication.processEvents()
        return window

    yield make
    for store in stores:
        store.close()


def history_of(window: MainWindow) -> HistoryStore:
    history = window.controller.journal.history
    assert history is not None
    return history


def start_and_check(window: MainWindow, score: int = 2) -> None:
    assert window.home.run_day.text() == run_day_start()
    window.home.run_day.click()
    assert window.pages.currentWidget() is window.checkin
    QTest.keyClicks(window.checkin, str(score))
    QTest.keyClick(window.checkin, Qt.Key.Key_Return)  # the score is kept, the warm-up starts
    assert window.pages.currentWidget() is window.session_view


def warm_up_and_go(window: MainWindow, run_until) -> None:
    start_and_check(window)
    run_until(window, 10_000)
    assert window.pages.currentWidget() is window.go_run


def stop_short(window: MainWindow, run_until, seconds: float = 20) -> None:
    """Esc well into the routine, and Esc again: stopped short of done."""
    run_until(window, seconds)
    window.request_stop()
    window.request_stop()


def test_the_whole_day_from_home_to_the_later_knee_check(open_window, run_until, clock):
    window = open_window()
    told: list[tuple[str, str]] = []
    window.run_day.notify = lambda _parent, title, text: told.append((title, text))
    warm_up_and_go(window, run_until)
    go = window.go_run
    clock.set(clock.now() + 30 * 60 + 5)
    go.refresh()
    assert go.elapsed.text() == "30:05"
    assert "fast walk" in go.advice.text()
    # The run's time is the big thing: at least a quarter of the window's height.
    assert go.elapsed.height() >= window.height() * 0.25
    QTest.keyClick(go, Qt.Key.Key_Return)  # Enter: I'm back
    assert window.pages.currentWidget() is window.session_view
    assert window.driver.plan.routine.id == "test-cool"
    run_until(window, 10_000)
    finish = window.finish
    assert window.pages.currentWidget() is finish
    assert finish.run_time.text() == "Your run: 30:05"
    QTest.keyClicks(finish, "2")
    QTest.keyClick(finish, Qt.Key.Key_Return)
    assert "Before your run it was 2." in finish.knee_reply.text()
    history = history_of(window)
    [day] = history.run_days()
    assert (day.knees_before, day.knees_after, day.seconds_out) == (2, 2, 30 * 60 + 5)
    assert (day.warm_up_id, day.cool_down_id, day.ran) == ("test-warm", "test-cool", True)
    assert window.controller.journal.streak(day.started_at.date()) == 1
    finish.home_button.click()
    assert window.home.run_day.text() == run_day_start()  # the day is done

    timer = window.run_day.later_timer
    assert timer.isActive() and abs(timer.remainingTime() - 7_200_500) < 5_000
    clock.set(clock.now() + 3600)
    window.run_day.ask_later_check()  # woken early: nothing asked, armed again
    assert told == [] and window.run_day.later_dialog is None
    assert abs(timer.remainingTime() - 3_600_500) < 5_000
    clock.set(clock.now() + 3600)
    window.run_day.ask_later_check()
    dialog = window.run_day.later_dialog
    assert told and "two hours" in told[0][1]
    assert dialog is not None and dialog.isVisible()
    QTest.keyClicks(dialog, "6")
    assert not dialog.save.isHidden() and dialog.save.isEnabled()
    dialog.save.click()
    [day] = history.run_days()
    assert (day.knees_before, day.knees_after, day.knees_later) == (2, 2, 6)
    assert [k.score for k in history.knee_scores()] == [2, 2, 6]  # each saved once
    assert not dialog.isVisible()
    window.run_day.arm_later_check()
    assert not timer.isActive()  # answered: never asked again


def test_back_from_the_knee_check_opens_no_day(open_window):
    window = open_window()
    window.home.run_day.click()
    QTest.keyClick(window.checkin.back, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.home
    assert window.controller.day.state is DayState.NONE
    assert history_of(window).run_days() == []


def test_a_short_warm_up_says_so_and_offers_to_go_on(open_window, run_until):
    window = open_window()
    start_and_check(window)
    stop_short(window, run_until)  # the first walk skipped is enough to be short
    finish = window.finish
    assert window.pages.currentWidget() is finish  # never home without a word
    assert finish.day_panel.isVisible()
    assert "Your warm-up stopped at" in finish.day_text.text()
    assert [b.text() for b in finish.day_buttons] == ["Go run now", "Warm up again",
                                                      "End the run day"]
    assert finish.again_button.isHidden() and finish.cool_down_button.isHidden()
    finish.day_buttons[0].click()
    assert window.pages.currentWidget() is window.go_run
    assert window.controller.day.state is DayState.OUT_RUNNING


def test_a_short_warm_up_may_be_warmed_up_again_or_ended(open_window, run_until):
    window = open_window()
    start_and_check(window)
    stop_short(window, run_until)
    window.finish.day_buttons[1].click()  # Warm up again: the same day
    assert window.driver.plan.routine.id == "test-warm"
    run_until(window, 10_000)
    assert window.pages.currentWidget() is window.go_run
    assert len(history_of(window).run_days()) == 1

    window.go_run.ask(end_question())
    window.go_run.answer_buttons[0].click()
    assert window.pages.currentWidget() is window.home


def test_a_short_warm_up_left_for_home_waits_there(open_window, run_until):
    window = open_window()
    start_and_check(window)
    stop_short(window, run_until)
    window.finish.home_button.click()
    home = window.home
    assert home.run_day.text() == run_day_short()
    assert [b.text() for b in home.day_buttons] == ["Warm up again", "End the run day"]
    home.day_buttons[1].click()
    assert window.controller.day.state is DayState.ENDED
    assert home.run_day.text() == run_day_start() and home.day_buttons == []
    [day] = history_of(window).run_days()
    assert day.ended_at is not None and day.warm_up_ended_at is None


def test_esc_on_go_run_asks_to_end_the_day(open_window, run_until):
    window = open_window()
    warm_up_and_go(window, run_until)
    go = window.go_run
    QTest.keyClick(go.back_button, Qt.Key.Key_Escape)
    assert go.asking and go.question_title.text() == "End the run day?"
    QTest.keyClick(go.answer_buttons[0], Qt.Key.Key_Escape)  # again: no answer, run on
    assert not go.asking and window.pages.currentWidget() is go
    QTest.keyClick(go.back_button, Qt.Key.Key_Escape)
    QTest.keyClick(go, Qt.Key.Key_Return)  # Enter: the question's first answer
    assert window.pages.currentWidget() is window.home
    assert window.controller.day.state is DayState.ENDED
    [day] = history_of(window).run_days()
    assert day.ended_at is not None and day.back_at is None


def test_i_didnt_run_goes_to_the_cool_down_or_ends_the_day(open_window, run_until, clock):
    window = open_window()
    warm_up_and_go(window, run_until)
    go = window.go_run
    go.no_run_button.click()
    assert go.asking and [b.text() for b in go.answer_buttons] == [
        "Cool down now", "End the run day", "Keep going"]
    go.answer_buttons[0].click()
    assert window.driver.plan.routine.id == "test-cool"
    run_until(window, 10_000)
    finish = window.finish
    assert finish.run_time.text() == "No run"
    finish.knee_scores.buttons[5].click()
    finish.knee_save.click()
    reply = finish.knee_reply.text()
    assert "before your warm-up (2)" in reply and "run" not in reply.replace("warm-up", "")
    [day] = history_of(window).run_days()
    assert day.ran is False and day.finished_at is not None and day.seconds_out is None


def test_a_short_cool_down_leaves_the_day_open_and_says_so(open_window, run_until):
    window = open_window()
    warm_up_and_go(window, run_until)
    window.go_run.back_button.click()
    stop_short(window, run_until)
    finish = window.finish
    assert "Your cool-down stopped at" in finish.day_text.text()
    assert [b.text() for b in finish.day_buttons] == ["Cool down again", "End the run day"]
    finish.home_button.click()
    assert window.home.run_day.text() == run_day_cool_down()
    window.home.run_day.click()
    assert window.driver.plan.routine.id == "test-cool"
    run_until(window, 10_000)
    assert window.controller.day.state is DayState.DONE


def test_after_a_restart_back_from_your_run_starts_the_cool_down(open_window, run_until, clock):
    window = open_window()
    warm_up_and_go(window, run_until)
    window.close_without_asking()  # the app closed while the runner was out
    clock.set(clock.now() + 40 * 60)

    again = open_window()
    again.run_day.offer_unfinished_day()
    again.show_home()
    assert again.home.run_day.text() == run_day_back()
    assert [b.text() for b in again.home.day_buttons] == ["I didn't run", "End the run day"]
    assert again.notices.is_up(unfinished_day())
    again.home.run_day.click()  # one click: back, and straight to the cool-down
    assert again.pages.currentWidget() is again.session_view
    assert again.driver.plan.routine.id == "test-cool"
    assert not again.notices.is_up(unfinished_day())  # the day moved on
    run_until(again, 10_000)
    assert not again.notices.is_up(unfinished_day())  # not over "Well done"
    [day] = history_of(again).run_days()
    assert day.seconds_out == 40 * 60 and day.finished_at is not None


def test_the_unfinished_notice_goes_when_the_day_is_ended_from_home(open_window, run_until,
                                                                    clock):
    window = open_window()
    warm_up_and_go(window, run_until)
    window.close_without_asking()
    again = open_window()
    again.run_day.offer_unfinished_day()
    again.show_home()
    assert again.notices.is_up(unfinished_day())
    again.home.day_buttons[-1].click()  # End the run day
    assert not again.notices.is_up(unfinished_day())
    assert again.home.run_day.text() == run_day_start()


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


def test_the_length_chooser_says_what_it_did_and_every_length_shown_is_the_fitted_one(
        open_window):
    from coach.qt.home import ROUTINE_ROLE, TIME_ROLE

    window = open_window()
    home = window.home
    assert not home.length_note.isVisible()

    def shown(routine_id: str) -> str:
        for row in range(home.model.rowCount()):
            index = home.model.index(row, 0)
            routine = index.data(ROUTINE_ROLE)
            if routine is not None and routine.id == routine_id:
                return str(index.data(TIME_ROLE))
        raise AssertionError(routine_id)

    written = shown("test-warm")
    home.length.setCurrentIndex(home.length.findData(20))  # longer than it can be
    home.select("test-warm")
    fit = window.controller.fit(window.library.get("test-warm"), 20 * 60)
    assert not fit.fits or fit.asked > fit.longest
    fitted = shown("test-warm")
    assert fitted != written or fit.seconds == fit.longest
    assert home.length_note.isVisible()
    assert home.length_note.text().startswith("Test warm-up takes")
    assert f"Test warm-up, {fitted}" in home.run_day.detail.text()
    home.run_day.click()
    assert window.checkin.routine_label.text().endswith(f"· {fitted}")


def test_a_length_too_short_says_why_a_longer_routine_runs(open_window):
    from coach.app.length_words import length_note
    from coach.app.window_words import about_minutes

    window = open_window()
    routine = window.library.get("test-cool")
    fit = window.controller.fit(routine, 60)
    assert not fit.fits
    note = length_note(fit)
    assert note == (f"Test cool-down takes {about_minutes(fit.seconds)} at the least: 1 min is "
                    "too short to do it safely, so its shortest safe version runs.")


def finish_day(window: MainWindow, run_until, clock) -> None:
    warm_up_and_go(window, run_until)
    clock.set(clock.now() + 20 * 60)
    window.go_run.back_button.click()
    run_until(window, 10_000)
    window.finish.knee_scores.buttons[3].click()
    window.finish.knee_save.click()


def test_dont_ask_again_turns_the_later_check_off(open_window, run_until, clock):
    window = open_window()
    window.run_day.notify = lambda *_args: None
    finish_day(window, run_until, clock)
    clock.set(clock.now() + 2 * 3600)
    window.run_day.ask_later_check()
    dialog = window.run_day.later_dialog
    assert dialog is not None
    dialog.never_button.click()
    assert window.prefs.later_knee_check is False
    window.run_day.arm_later_check()
    assert not window.run_day.later_timer.isActive()


def test_the_later_check_is_asked_after_a_restart_too(open_window, run_until, clock):
    window = open_window()
    finish_day(window, run_until, clock)
    window.close_without_asking()
    clock.set(clock.now() + 2 * 3600 + 60)
    again = open_window()
    told: list[str] = []
    again.run_day.notify = lambda _parent, _title, text: told.append(text)
    again.run_day.offer_unfinished_day()
    assert again.run_day.later_timer.isActive()
    again.run_day.ask_later_check()
    assert told and again.run_day.later_dialog is not None


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
    assert later.home.run_day.text() == run_day_start()
    history = HistoryStore(tmp_path / "history.sqlite3")
    try:
        later.attach_history(history)
        assert later.home.run_day.text() == run_day_back()
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
    again.run_day.offer_unfinished_day()  # no OverflowError
    again.show_home()
    assert again.home.run_day.text() == run_day_back()  # today's day, not the future one
    assert again.controller.day.seconds_out() == 15 * 60
    assert not again.run_day.later_timer.isActive()


def test_a_wait_longer_than_a_timer_holds_is_clamped_and_armed_again(
        open_window, run_until, clock, monkeypatch):
    from coach.qt.timer_bounds import MAX_TIMER_MS

    window = open_window()
    finish_day(window, run_until, clock)
    day = window.controller.day
    monkeypatch.setattr(day, "seconds_to_later_check", lambda: 90 * 24 * 3600.0)
    steps = window.run_day
    steps.arm_later_check()  # 90 days: more than 2^31 ms
    assert steps.later_timer.isActive() and steps.later_timer.interval() == MAX_TIMER_MS
    steps.ask_later_check()  # woken at the limit, not due: armed again, nothing asked
    assert steps.later_dialog is None and steps.later_timer.interval() == MAX_TIMER_MS


def test_a_second_question_on_go_run_shows_only_its_own_answers(open_window, run_until):
    from PySide6.QtWidgets import QPushButton

    window = open_window()
    warm_up_and_go(window, run_until)
    go = window.go_run
    QTest.keyClick(go.back_button, Qt.Key.Key_Escape)  # End the run day?
    QTest.keyClick(go.answer_buttons[0], Qt.Key.Key_Escape)  # no: carry on
    go.no_run_button.click()
    shown = [b.text() for b in go.question.findChildren(QPushButton) if b.isVisible()]
    assert shown == ["Cool down now", "End the run day", "Keep going"]
