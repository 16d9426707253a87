""""I have N minutes": a fitted routine keeps every coaching rule and every cue promise."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.core.files.shipped_data import routines_dir
from coach.core.model import ExerciseKind, Routine, RoutineKind
from coach.core.plan.compiler import PlanSettings, compile_plan
from coach.core.plan.fit_length import GENTLE_STRETCH_HOLD, STRETCH_HOLD, WARM_DOWN, fit_routine
from coach.core.plan.phrase_time import estimate_speech_seconds
from coach.core.routine_files.library import load_library
from coach.core.routine_files.reader import load_catalogue, load_routine
from coach.core.routine_files.writer import routine_toml
from tests.core.content_rules import check_kind, holds, warm_down_seconds
from tests.core.cue_checks import check_plan

LIBRARY = load_library(user_dir=Path("/nonexistent/limber-test"))
BUILT_INS = sorted(r.id for r in LIBRARY.routines)


def _default(routine: Routine) -> int:
    return compile_plan(routine).total_seconds


def check_fitted(original: Routine, asked: int) -> None:
    fit = fit_routine(original, asked)
    fitted = fit.routine
    assert fit.fits and fit.shortest <= asked
    assert fit.seconds == compile_plan(fitted, fit.settings).total_seconds
    assert fit.seconds <= asked or asked > fit.longest
    check_kind(fitted)
    # Steps keep their order; only optional ones are left out, and counted ones keep their dose.
    kept = iter(original.steps)
    for step in fitted.steps:
        before = next(kept)
        while before.exercise.id != step.exercise.id:
            assert before.optional, f"{before.exercise.id} left out but not optional"
            before = next(kept)
        assert (step.reps, step.rep_seconds, step.sides) == (before.reps, before.rep_seconds,
                                                              before.sides)
        if step.seconds is not None and before.seconds is not None and \
                step.exercise.kind not in (ExerciseKind.WALK, ExerciseKind.DYNAMIC,
                                           ExerciseKind.STATIC_STRETCH):
            assert step.seconds >= before.seconds
    assert all(s.optional for s in kept), "a step after the last kept one was not optional"
    low, high = GENTLE_STRETCH_HOLD if original.gentle else STRETCH_HOLD
    assert all(h is not None and low <= h <= high for h in holds(fitted)), holds(fitted)
    if original.kind is RoutineKind.COOL_DOWN:
        assert WARM_DOWN[0] <= warm_down_seconds(fitted) <= WARM_DOWN[1]
    check_plan(compile_plan(fitted, fit.settings), lambda text: estimate_speech_seconds(text, 175))


@pytest.mark.parametrize("routine_id", BUILT_INS)
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_length_from_the_shortest_to_twice_the_default_keeps_every_rule(routine_id, data):
    routine = LIBRARY.get(routine_id)
    shortest = fit_routine(routine, 0).shortest
    asked = data.draw(st.integers(shortest, 2 * _default(routine)), label="seconds")
    check_fitted(routine, asked)


@pytest.mark.parametrize("routine_id", BUILT_INS)
def test_the_ends_of_the_range_keep_every_rule(routine_id):
    routine = LIBRARY.get(routine_id)
    shortest = fit_routine(routine, 0).shortest
    for asked in (shortest, shortest + 1, _default(routine) - 1, 2 * _default(routine)):
        if asked >= shortest:
            check_fitted(routine, asked)


@pytest.mark.parametrize("routine_id", BUILT_INS)
def test_the_default_length_gives_the_routine_as_written(routine_id):
    routine = LIBRARY.get(routine_id)
    fit = fit_routine(routine, _default(routine))
    assert fit.routine == routine and fit.left_out == ()


@pytest.mark.parametrize("routine_id", BUILT_INS)
def test_too_short_says_what_the_shortest_safe_version_takes(routine_id):
    routine = LIBRARY.get(routine_id)
    fit = fit_routine(routine, 60)
    assert not fit.fits
    minutes, seconds = divmod(fit.shortest, 60)
    assert f"the shortest safe version takes {minutes}:{seconds:02d}" in fit.message()
    check_kind(fit.routine)  # what it offers instead is safe too
    assert fit.seconds == fit.shortest > 60


def test_a_longer_length_never_gives_a_shorter_routine():
    routine = LIBRARY.get("cooldown-standard")
    totals = [fit_routine(routine, m * 30).seconds for m in range(12, 32)]
    assert totals == sorted(totals)


def test_holds_shrink_before_a_step_is_left_out():
    routine = LIBRARY.get("cooldown-standard")
    fit = fit_routine(routine, _default(routine) - 60)
    assert fit.left_out == ()
    assert min(h or 0 for h in holds(fit.routine)) < 30


def test_the_hold_preference_does_not_stretch_a_fitted_routine():
    routine = LIBRARY.get("cooldown-quick")
    fit = fit_routine(routine, 420, PlanSettings(hold_scale=2.0))
    assert fit.settings.hold_scale == 1.0 and fit.seconds <= 420


USER = """\
id = "mine"
name = "My cool-down"
kind = "cool-down"
description = "Mine."

[[steps]]
exercise = "walk"
seconds = 240

[[steps]]
exercise = "calf-stretch"
seconds = 25
sides = "per-side"
optional = true

[[steps]]
exercise = "hamstring-stretch"
seconds = 25
sides = "per-side"

[[steps]]
exercise = "hip-flexor-stretch"
seconds = 25
sides = "per-side"
optional = true

[[steps]]
exercise = "chest-opener"
seconds = 25
optional = true
"""


def _load(text: str) -> Routine:
    catalogue, _ = load_catalogue(routines_dir() / "exercises.toml")
    routine, problems = load_routine(None, catalogue, text=text)
    assert routine is not None, problems
    return routine


def _user_routine() -> Routine:
    return _load(USER)


def test_a_user_routine_marks_optional_steps_and_the_file_keeps_them():
    routine = _user_routine()
    assert [s.optional for s in routine.steps] == [False, True, False, True, True]
    catalogue, _ = load_catalogue(routines_dir() / "exercises.toml")
    again = _load(routine_toml(routine, catalogue))
    assert [s.optional for s in again.steps] == [False, True, False, True, True]


def test_an_optional_step_that_is_the_only_one_of_what_the_kind_needs_stays():
    routine = _user_routine()
    fit = fit_routine(routine, 0)
    # Calf, hip and upper body each have one stretch only: none can go, optional or not.
    assert fit.left_out == ()
    assert not fit.fits and warm_down_seconds(fit.routine) == WARM_DOWN[0]


@settings(max_examples=15, deadline=None)
@given(asked=st.integers(0, 1800))
def test_a_user_routine_fits_or_says_why(asked):
    routine = _user_routine()
    fit = fit_routine(routine, asked)
    if fit.fits:
        check_fitted(routine, asked)
    else:
        assert fit.seconds == fit.shortest > asked
