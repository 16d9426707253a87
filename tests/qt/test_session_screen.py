"""Running a routine in the window: labels, side, countdown, finish, stop, close."""

from __future__ import annotations

from coach.app.state_colours import Tone
from coach.core.session_events import State
from tests.qt.helpers import warm_up


def test_starting_a_routine_shows_its_first_exercise(window):
    window.begin(warm_up())
    view = window.session_view
    assert window.pages.currentWidget() is view
    assert view.title.text() == "March"
    assert view.tone is Tone.READY and view.side_word.text() == "GET READY"
    assert view.countdown.text() == "5"
    assert view.routine_label.text() == "Test warm-up"
    assert view.step_label.text() == "Step 1 of 3"
    assert window.windowTitle().startswith("Test warm-up")
    assert window.driver.timer.isActive()


def test_the_fake_clock_moves_labels_side_and_countdown(window, run_until):
    window.begin(warm_up())
    view = window.session_view
    run_until(window, 5)  # the lead-in is over
    assert view.title.text() == "March"
    assert view.tone is Tone.WORKING and view.side_word.text() == ""
    assert view.background().name() == "#a17bc6"  # a plain timed step has a colour too
    assert view.countdown.text() == "30"
    assert view.how.text().startswith("March on the spot")
    assert view.next_up.text() == "Next: Calf stretch, left side"
    run_until(window, 12)
    assert view.countdown.text() == "18"
    run_until(window, 18 + 5 + 1)  # the march, the gap, one second into the left side
    assert view.title.text() == "Calf stretch"
    assert view.tone is Tone.LEFT
    assert "LEFT" in view.side_word.text()
    assert view.countdown.text() == "19"
    assert view.step_label.text() == "Step 2 of 3"
    assert view.safety.text() == "Take care: Ease off if it pinches."
    left = view.background()
    run_until(window, 19 + 3 + 1)  # the switch, then into the right side
    assert view.tone is Tone.RIGHT
    assert "RIGHT" in view.side_word.text() and "LEFT" not in view.side_word.text()
    assert view.background() != left  # colour AND word


def test_a_counted_step_shows_the_rep_big_and_the_seconds_small(window, run_until):
    window.begin(warm_up())
    run_until(window, 5 + 30 + 5 + 20 + 3 + 20 + 5 + 11)
    view = window.session_view
    assert view.title.text() == "Ankle circles"
    assert (view.countdown.text(), view.countdown.suffix()) == ("5", " of 5")
    assert view.countdown.small_text().endswith("s left")
    assert view.reps_text == "Rep 5 of 5"
    assert view.next_up.text() == "Last one"


def test_the_picture_or_a_placeholder(window, run_until):
    window.begin(warm_up())
    run_until(window, 6)
    assert window.session_view.picture.name == "march"
    assert window.session_view.picture.has_picture()
    run_until(window, 35)
    assert window.session_view.picture.name == "no-such-picture"
    assert not window.session_view.picture.has_picture()  # the placeholder, no crash


def test_the_finish_screen_appears_at_the_end(window, run_until, speaker):
    window.begin(warm_up())
    run_until(window, 10_000)
    assert window.pages.currentWidget() is window.finish
    assert window.finish.title.text() == "Well done"
    assert "All 3 steps" in window.finish.done.text()
    assert not window.driver.timer.isActive()
    assert window.finish.disclaimer.text().startswith("Limber is a coach, not medical advice")
    assert window.finish.cool_down_button.isVisible()  # after a warm-up, the cool-down is next
    assert window.finish.refuel.isHidden()


def test_stop_returns_home(window, run_until):
    window.begin(warm_up())
    run_until(window, 2)
    window.request_stop()  # within the first seconds: no question
    assert window.pages.currentWidget() is window.home
    assert not window.driver.active
    assert not window.driver.timer.isActive()


def test_stop_well_into_a_routine_asks_first_and_pauses_while_asking(window, run_until):
    window.begin(warm_up())
    run_until(window, 20)
    window.request_stop()
    assert window.session_view.asking_stop
    assert window.driver.snapshot().state is State.PAUSED
    window.session_view.keep_button.click()
    assert not window.session_view.asking_stop
    assert window.driver.snapshot().state is State.RUNNING
    window.request_stop()
    window.session_view.stop_button.click()
    assert window.pages.currentWidget() is window.finish  # what was done, honestly
    assert window.finish.title.text().startswith("Stopped")


def test_closing_mid_session_stops_cleanly(window, run_until, speaker):
    window.begin(warm_up())
    run_until(window, 8)
    window.close_without_asking()
    assert not window.driver.active
    assert not window.driver.timer.isActive()
    assert speaker.calls[-1] == "cut"


def test_a_stall_pauses_and_says_so(window, clock):
    window.begin(warm_up())
    clock.advance(90)  # the laptop slept
    window.driver.wake()
    assert window.driver.snapshot().state is State.PAUSED
    assert "asleep" in window.notice_strip.label.text()
    assert window.notices.current.needs_answer  # it stays until the runner carries on
    assert window.session_view.time_left_label.text() == "Paused"
    window.driver.resume()
    assert window.notice_strip.shown is None


def test_speech_preparation_progress_shows_until_ready(window):
    window.session_view.set_voice_progress(3, 20)
    assert window.session_view.voice_label.text() == "Preparing the voice… 3/20"
    window.session_view.set_voice_progress(20, 20)
    assert window.session_view.voice_label.isHidden()


def test_starting_while_a_session_runs_replaces_it(window, run_until):
    window.begin(warm_up())
    run_until(window, 8)
    window.begin(warm_up("other", name="Another warm-up"))
    assert window.pages.currentWidget() is window.session_view
    assert window.session_view.routine_label.text() == "Another warm-up"
    assert window.driver.active


def test_closing_the_window_well_into_a_session_asks_like_esc(window, run_until, speaker):
    window.begin(warm_up())
    run_until(window, 20)
    window.close()  # the title bar's close button, Alt+F4 and Ctrl+Q
    assert window.isVisible()
    assert window.session_view.asking_stop
    assert window.session_view.stop_question.text().startswith("Stop and close Limber?")
    assert window.driver.snapshot().state is State.PAUSED
    window.session_view.keep_button.click()  # keep going: the window stays, the session runs
    assert window.driver.snapshot().state is State.RUNNING
    window.close()
    window.session_view.stop_button.click()  # stop: the session ends and the window closes
    assert not window.driver.active
    assert not window.isVisible()


def test_closing_twice_closes(window, run_until):
    window.begin(warm_up())
    run_until(window, 20)
    window.close()
    window.close()
    assert not window.isVisible()
    assert not window.driver.active
