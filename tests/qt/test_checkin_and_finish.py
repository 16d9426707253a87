"""The knee check before a warm-up, and the finish screen after a routine."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QPushButton

from coach.core.model import RoutineKind
from coach.storage.history import HistoryStore
from coach.storage.history_records import KneeContext
from coach.storage.prefs_schema import Preferences
from tests.qt.helpers import cool_down, warm_up

CHECKING = Preferences(knee_check=True, lead_in_seconds=5)


@pytest.fixture
def checking(make_window):
    return make_window(prefs=CHECKING)


@pytest.fixture
def history(tmp_path):
    """The window's history; closed after the window, as the app closes it."""
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        yield store


def test_a_warm_up_asks_about_the_knees_first(checking):
    checking.request_start(warm_up())
    assert checking.pages.currentWidget() is checking.checkin
    assert checking.driver.session is None


def test_a_cool_down_does_not_ask_before(checking):
    checking.request_start(cool_down())
    assert checking.pages.currentWidget() is checking.session_view


def test_the_check_in_names_the_routine_about_to_start(checking):
    checking.request_start(warm_up())
    assert "Test warm-up" in checking.checkin.routine_label.text()


@pytest.mark.parametrize("score", [0, 3])
def test_low_scores_start_with_enter(checking, score):
    checking.request_start(warm_up())
    checking.checkin.scores.buttons[score].click()
    assert checking.pages.currentWidget() is checking.checkin  # selected, not yet kept
    assert checking.checkin.primary.text() == "Start the Test warm-up"
    QTest.keyClick(checking.checkin.scores.buttons[score], Qt.Key.Key_Return)
    assert checking.pages.currentWidget() is checking.session_view
    assert checking.driver.plan.routine.id == "test-warm"


@pytest.mark.parametrize(("keys", "score"), [("2", 2), ("7", 7), ("10", 10), ("0", 0)])
def test_digit_keys_pick_the_score_whatever_has_the_focus(checking, keys, score):
    checking.request_start(warm_up())
    scored: list[int] = []
    checking.checkin.scored.connect(scored.append)
    checking.checkin.back.setFocus()
    QTest.keyClicks(checking.checkin.back, keys)
    assert checking.checkin.picked == score and scored == []
    QTest.keyClick(checking.checkin, Qt.Key.Key_Return)
    assert scored == [score]


def test_a_score_before_the_warm_up_is_saved_once_when_confirmed(make_window, history):
    window = make_window(prefs=CHECKING, history=history)
    window.request_start(warm_up())
    for digit in "472":  # a change of mind, twice
        QTest.keyClicks(window.checkin, digit)
    assert history.knee_scores() == []
    QTest.keyClick(window.checkin, Qt.Key.Key_Return)
    assert [(k.score, k.context) for k in history.knee_scores()] == [(2, KneeContext.PRE_RUN)]


def test_back_from_the_check_keeps_no_score_and_rest_today_keeps_one(make_window, history):
    window = make_window(prefs=CHECKING, history=history)
    window.request_start(warm_up())
    window.checkin.scores.buttons[8].click()
    window.checkin.back.click()
    assert window.pages.currentWidget() is window.home and history.knee_scores() == []
    window.request_start(warm_up())
    window.checkin.scores.buttons[8].click()
    rest = next(b for b in window.checkin.offer_buttons if b.text() == "Rest today")
    rest.click()
    assert window.pages.currentWidget() is window.home and window.driver.session is None
    assert [k.score for k in history.knee_scores()] == [8]


def test_esc_and_the_one_back_button_go_home(checking):
    checking.request_start(warm_up())
    QTest.keyClick(checking.checkin.scores.buttons[0], Qt.Key.Key_Escape)
    assert checking.pages.currentWidget() is checking.home
    checking.request_start(warm_up())
    checking.checkin.scores.buttons[5].click()
    backs = [b for b in checking.checkin.findChildren(QPushButton)
             if b.isVisible() and b.text().startswith(("Back", "Not today"))]
    assert backs == [checking.checkin.back]
    checking.checkin.back.click()
    assert checking.pages.currentWidget() is checking.home


@pytest.mark.parametrize("score", [4, 5])
def test_middling_scores_are_offered_the_gentle_warm_up(checking, score):
    checking.request_start(warm_up())
    checking.checkin.scores.buttons[score].click()
    assert "walk" in checking.checkin.advice_text.text().lower()
    assert "Gentle test warm-up" in checking.checkin.primary.text()
    checking.checkin.primary.click()
    assert checking.driver.plan.routine.id == "test-gentle"


def test_middling_scores_may_keep_their_choice(checking):
    checking.request_start(warm_up())
    checking.checkin.scores.buttons[5].click()
    keep = next(b for b in checking.checkin.offer_buttons if b.text().startswith("Keep"))
    keep.click()
    assert checking.driver.plan.routine.id == "test-warm"


@pytest.mark.parametrize("score", [6, 10])
def test_high_scores_are_advised_to_skip_the_run(checking, score):
    checking.request_start(warm_up())
    checking.checkin.scores.buttons[score].click()
    assert "skip the run" in checking.checkin.advice_title.text().lower()
    assert checking.checkin.primary.text() == "Do the Gentle test warm-up instead"
    anyway = checking.checkin.offer_buttons[-1]
    assert anyway.text() == "Warm up anyway" and not anyway.isFlat()  # a real button
    checking.checkin.back.click()
    assert checking.pages.currentWidget() is checking.home
    assert checking.driver.session is None


def test_the_check_can_be_skipped(checking):
    checking.request_start(warm_up())
    checking.checkin.skip.click()
    assert checking.driver.plan.routine.id == "test-warm"


def test_a_cool_down_ends_with_refuel_and_a_knee_check_in(checking, run_until):
    checking.begin(cool_down())
    run_until(checking, 10_000)
    finish = checking.finish
    assert checking.pages.currentWidget() is finish
    assert finish.refuel.isVisible()
    assert "water" in finish.refuel_text.text().lower()
    assert "protein" in finish.refuel_text.text().lower()
    assert finish.knees.isVisible()
    finish.knee_scores.buttons[2].click()
    finish.knee_save.click()
    assert "2 out of 10" in finish.knee_reply.text()
    assert finish.cool_down_button.isHidden()


def test_the_score_after_a_cool_down_is_saved_once_and_a_change_replaces_it(
        make_window, run_until, history):
    window = make_window(prefs=CHECKING, history=history)
    window.begin(cool_down())
    run_until(window, 10_000)
    finish = window.finish
    for digit in "47":
        QTest.keyClicks(finish, digit)
    assert history.knee_scores() == [] and not finish.knee_reply.isVisible()
    QTest.keyClick(finish, Qt.Key.Key_Return)
    QTest.keyClicks(finish, "2")
    assert finish.knee_save.text() == "Change my answer to 2"
    QTest.keyClick(finish, Qt.Key.Key_Return)
    QTest.keyClick(finish, Qt.Key.Key_Return)  # Enter again: Home, nothing more saved
    assert [(k.score, k.context) for k in history.knee_scores()] == [
        (2, KneeContext.POST_COOL_DOWN)]
    assert window.pages.currentWidget() is window.home


def test_a_score_picked_and_not_saved_is_kept_when_leaving(make_window, run_until, history):
    window = make_window(prefs=CHECKING, history=history)
    window.begin(cool_down())
    run_until(window, 10_000)
    window.finish.knee_scores.buttons[3].click()
    window.finish.home_button.click()
    assert [k.score for k in history.knee_scores()] == [3]


def test_the_finish_screen_says_what_was_skipped(window, run_until):
    window.begin(cool_down())
    run_until(window, 6)
    window.driver.next()  # skip the left side…
    window.driver.next()
    window.driver.next()  # …and the right side
    run_until(window, 10_000)
    assert "Skipped: Calf stretch" in window.finish.done.text()


def test_the_safety_signs_are_one_click_away(window, run_until):
    window.begin(cool_down())
    run_until(window, 10_000)
    window.finish.safety_button.click()
    dialog = window.findChild(QDialog)
    assert dialog is not None and dialog.isVisible()
    assert "limp" in dialog.text.text()
    dialog.close()


def test_knee_scores_and_sessions_reach_the_history(make_window, run_until, history):
    window = make_window(prefs=CHECKING, history=history)
    window.request_start(warm_up())
    window.checkin.scores.buttons[2].click()
    window.checkin.primary.click()
    run_until(window, 10_000)
    window.finish.cool_down_button.click()
    assert window.driver.plan.routine.kind is RoutineKind.COOL_DOWN
    run_until(window, 10_000)
    window.finish.knee_scores.buttons[4].click()
    window.finish.knee_save.click()
    # Not a run day: nothing says there was a run to compare with.
    assert "before your run" not in window.finish.knee_reply.text()
    contexts = [(k.score, k.context) for k in history.knee_scores()]
    assert contexts == [(2, KneeContext.PRE_RUN), (4, KneeContext.POST_COOL_DOWN)]
    sessions = history.recent_sessions()
    assert [s.routine_id for s in sessions] == ["test-cool", "test-warm"]
    assert all(s.ended_at is not None and not s.stopped for s in sessions)
    assert sessions[0].started_at <= datetime.now(UTC)


def test_a_stopped_session_is_recorded_as_stopped(make_window, run_until, history):
    window = make_window(history=history)
    window.begin(cool_down())
    run_until(window, 12)
    window.request_stop()
    window.request_stop()  # asked, and Esc again
    assert history.recent_sessions()[0].stopped


def test_a_routine_stopped_in_its_lead_in_is_not_a_session(make_window, run_until, history):
    window = make_window(history=history)
    window.begin(cool_down())
    run_until(window, 3)
    window.request_stop()
    assert history.recent_sessions() == []


def test_the_finish_screen_is_honest_about_a_routine_skipped_through(window, run_until):
    window.begin(warm_up())
    run_until(window, 6)
    for _ in range(6):
        window.driver.next()
    run_until(window, 10_000)
    finish = window.finish
    assert finish.title.text().startswith("Skipped through: ")
    assert "Well done" not in finish.title.text()
    assert "warm up" in finish.next_hint.text().lower()  # still: the run, then the cool-down


def test_after_a_warm_up_the_finish_says_what_comes_next(window, run_until):
    window.begin(warm_up())
    run_until(window, 10_000)
    finish = window.finish
    assert finish.title.text() == "Well done"
    assert finish.next_hint.text() == ("Next: your run. Afterwards, come back for the "
                                       "Test cool-down.")
    # What the closing words said, to read again: the pain rule first.
    assert finish.rules.text().startswith("If pain doesn't go away, or makes you limp, stop")
    assert finish.rules.isVisibleTo(finish) and "drop to a fast walk" in finish.rules.text()


def test_after_a_cool_down_the_knee_score_takes_digit_keys(checking, run_until):
    checking.begin(cool_down())
    run_until(checking, 10_000)
    finish = checking.finish
    QTest.keyClicks(finish.home_button, "10")
    QTest.keyClick(finish.knee_save, Qt.Key.Key_Return)
    assert "You said 10 out of 10" in finish.knee_reply.text()


def test_the_streak_shows_on_the_finish_screen(make_window, run_until, history):
    window = make_window(history=history)
    window.begin(warm_up())
    run_until(window, 10_000)
    window.finish.cool_down_button.click()
    run_until(window, 10_000)
    assert window.finish.streak.text() == "1 day in a row"


def test_a_score_from_an_earlier_warm_up_is_not_compared_after_a_later_cool_down(
        checking, run_until):
    checking.request_start(warm_up())
    checking.checkin.scores.buttons[2].click()
    checking.checkin.primary.click()
    run_until(checking, 10_000)
    checking.finish.home_button.click()
    checking.request_start(warm_up())
    checking.checkin.skip.click()  # no check before this warm-up
    run_until(checking, 10_000)
    checking.finish.cool_down_button.click()
    run_until(checking, 10_000)
    checking.finish.knee_scores.buttons[4].click()
    checking.finish.knee_save.click()
    reply = checking.finish.knee_reply.text()
    assert "4 out of 10" in reply
    assert "before your run" not in reply.lower()
