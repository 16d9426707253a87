"""The coaching rules a routine of each kind keeps, as checks on one routine.

Shared by the tests of the shipped routines and of the same routines fitted to a length.
"""

from __future__ import annotations

from coach.core.model import ExerciseKind, Focus, Routine, RoutineKind

# Moves with both feet off the ground, or kneeling: not in gentle routines.
NOT_GENTLE = ("jog", "flick", "hop", "skip", "jump", "kneel", "bound")
WARM_DOWN_KINDS = (ExerciseKind.WALK, ExerciseKind.DYNAMIC)


def first_index(routine: Routine, focus: Focus) -> int:
    return next(i for i, s in enumerate(routine.steps)
                if focus in s.exercise.focus and s.exercise.kind is ExerciseKind.MOBILISE)


def check_warm_up(routine: Routine) -> None:
    """Walk first, then ankles, knees, hips, then dynamic moves; no static stretch."""
    assert routine.steps[0].exercise.kind is ExerciseKind.WALK
    assert all(s.exercise.kind is not ExerciseKind.STATIC_STRETCH for s in routine.steps)
    ankle, knee, hip = (first_index(routine, f) for f in (Focus.ANKLE, Focus.KNEE, Focus.HIP))
    assert ankle < knee < hip
    dynamic = [i for i, s in enumerate(routine.steps) if s.exercise.kind is ExerciseKind.DYNAMIC]
    assert dynamic and min(dynamic) > hip


def check_cool_down(routine: Routine) -> None:
    """Warm down first, then stretch the calves, hamstrings, hips and upper body."""
    kinds = [s.exercise.kind for s in routine.steps]
    first_stretch = kinds.index(ExerciseKind.STATIC_STRETCH)
    assert first_stretch > 0
    assert all(k in WARM_DOWN_KINDS for k in kinds[:first_stretch])
    stretched = {f for s in routine.steps if s.exercise.kind is ExerciseKind.STATIC_STRETCH
                 for f in s.exercise.focus}
    assert {Focus.CALF, Focus.HAMSTRING, Focus.HIP, Focus.UPPER_BODY} <= stretched


def warm_down_seconds(routine: Routine) -> int:
    return sum(s.seconds or 0 for s in routine.steps if s.exercise.kind in WARM_DOWN_KINDS)


def holds(routine: Routine) -> list[int | None]:
    return [s.seconds for s in routine.steps if s.exercise.kind is ExerciseKind.STATIC_STRETCH]


def check_gentle(routine: Routine) -> None:
    for step in routine.steps:
        assert not any(word in step.exercise.id for word in NOT_GENTLE), step.exercise.id


def check_strength(routine: Routine) -> None:
    focus = {f for s in routine.steps for f in s.exercise.focus}
    assert {Focus.CALF, Focus.HAMSTRING, Focus.GLUTE} <= focus


def check_kind(routine: Routine) -> None:
    """Every rule of the routine's kind (and of gentle routines)."""
    if routine.kind is RoutineKind.WARM_UP:
        check_warm_up(routine)
    elif routine.kind is RoutineKind.COOL_DOWN:
        check_cool_down(routine)
    elif routine.kind is RoutineKind.STRENGTH:
        check_strength(routine)
    if routine.gentle:
        check_gentle(routine)
