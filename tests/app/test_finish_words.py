"""The finish screen's words: honest about how much was done, and what comes next."""

from __future__ import annotations

from coach.app.finish_words import finish_words, streak_words
from coach.core.session_events import Summary
from tests.qt.helpers import cool_down, warm_up


def _summary(fraction: float, steps_done: int, *, stopped: bool = False,
             skipped: tuple[int, ...] = ()) -> Summary:
    return Summary("test-warm", "Test warm-up", "warm-up", 100, 75.0, fraction, skipped,
                   stopped, steps_done=steps_done, step_count=3)


def test_well_done_only_when_most_was_done():
    words = finish_words(_summary(1.0, 3), warm_up())
    assert words.title == "Well done" and words.well_done
    assert words.done == "All 3 steps in 1 min 15 s."


def test_a_routine_stopped_early_says_so_with_the_steps():
    words = finish_words(_summary(0.3, 1, stopped=True), warm_up())
    assert words.title == "Stopped early: 1 of 3 steps"
    assert not words.well_done
    assert words.done.startswith("1 of 3 steps done in")


def test_a_routine_skipped_through_is_not_well_done():
    words = finish_words(_summary(0.2, 1, skipped=(1, 2)), warm_up())
    assert words.title == "Skipped through: 1 of 3 steps"
    assert "Skipped: Calf stretch, Ankle circles." in words.done


def test_stopped_near_the_end_is_still_well_done():
    assert finish_words(_summary(0.9, 2, stopped=True), warm_up()).title == "Well done"


def test_after_a_warm_up_the_run_then_the_cool_down():
    words = finish_words(_summary(1.0, 3), warm_up(), cool_down=cool_down())
    assert words.next_steps == "Next: your run. Afterwards, come back for the Test cool-down."
    cut_short = finish_words(_summary(0.3, 1, stopped=True), warm_up())
    assert "gently" in cut_short.next_steps and "a cool-down" in cut_short.next_steps
    assert finish_words(_summary(1.0, 2), cool_down()).next_steps == ""
    in_day = finish_words(_summary(0.3, 1, stopped=True), warm_up(), in_run_day=True)
    assert in_day.next_steps == ""  # the run day says what comes next


def test_nothing_done_is_not_a_warm_up_to_run_on():
    words = finish_words(_summary(0.0, 0, stopped=True), warm_up())
    assert words.title == "Stopped before the first step"
    assert words.done == "No step done (1 min 15 s)."
    assert "gently" not in words.next_steps and "warm up before you run" in words.next_steps


def test_one_step_is_said_as_one():
    one = Summary("x", "X", "cool-down", 15, 15.0, 1.0, (), False, steps_done=1, step_count=1)
    assert finish_words(one, cool_down()).done == "Its one step, in 15 s."
    none = Summary("x", "X", "cool-down", 15, 15.0, 0.0, (), True, steps_done=0, step_count=1)
    assert "All" not in finish_words(none, cool_down()).done


def test_the_streak_in_words():
    assert streak_words(0) == ""
    assert streak_words(1) == "1 day in a row"
    assert streak_words(4) == "4 days in a row"


def test_the_knee_reply_gives_each_piece_of_advice_once():
    from coach.app.advice import after_run_reply

    worse = after_run_reply(4, 2, ran=True)
    assert worse.count("easier") == 1 and worse.count("before your run") == 1
    assert "more than before your run (2)" in worse and "two hours" in worse
    alarm = "Your last two knee check-ins were 7 and 8 out of 10."
    with_alarm = after_run_reply(8, 7, ran=True, extra=alarm)
    assert with_alarm.count(alarm) == 1 and with_alarm.count("easier") == 1
    same = after_run_reply(2, 2, ran=True)
    assert same.startswith("You said 2 out of 10. Before your run it was 2.")
    assert same.count("easier") == 1  # the reminder for the later check, once


def test_the_knee_reply_says_only_what_the_day_supports():
    from coach.app.advice import after_run_reply

    no_day = after_run_reply(4, None, ran=False)
    assert no_day == "You said 4 out of 10. Check again in about two hours."
    no_run = after_run_reply(5, 2, ran=False)
    assert "run" not in no_run.replace("warm-up", "")
    assert "more than before your warm-up (2)" in no_run


def test_the_closing_words_rules_are_shown_as_they_were_said():
    from coach.core.plan import plan_words

    warm = finish_words(_summary(1.0, 3), warm_up()).rules
    assert warm == f"{plan_words.pain_rule()} {plan_words.knee_flare()}"
    cool = finish_words(_summary(1.0, 3), cool_down()).rules
    assert cool == plan_words.pain_rule()  # refuel has its own panel on the finish screen
