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
    cut_short = finish_words(_summary(0.2, 0, stopped=True), warm_up())
    assert "gently" in cut_short.next_steps and "a cool-down" in cut_short.next_steps
    assert finish_words(_summary(1.0, 2), cool_down()).next_steps == ""


def test_the_streak_in_words():
    assert streak_words(0) == ""
    assert streak_words(1) == "1 day in a row"
    assert streak_words(4) == "4 days in a row"


def test_the_knee_reply_gives_each_piece_of_advice_once():
    from coach.app.advice import after_run_reply

    advice = ("Your knees felt worse after today's run (4 out of 10) than before it (2). Make "
              "your next day a lower-impact one, and go a little easier next run.")
    worse = after_run_reply(4, 2, advice)
    assert worse.count("easier") == 1 and worse.count(advice) == 1
    assert "more than before your run (2)" in worse and "two hours" in worse
    alone = after_run_reply(4, 2)
    assert alone.count("easier") == 1
    same = after_run_reply(2, 2)
    assert same.startswith("You said 2 out of 10. Before your run it was 2.")
