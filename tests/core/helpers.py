"""Small routines built in code, so core tests do not depend on the shipped content."""

from __future__ import annotations

from coach.model import Exercise, ExerciseKind, Focus, MidCue, Routine, RoutineKind, Sides, Step

MARCH = Exercise("march", "March", ExerciseKind.WALK, (Focus.WHOLE_BODY,), "March on the spot.")
CALF = Exercise("calf", "Calf stretch", ExerciseKind.STATIC_STRETCH, (Focus.CALF,), "Lean in.")
CIRCLES = Exercise("circles", "Ankle circles", ExerciseKind.MOBILISE, (Focus.ANKLE,), "Circle.")


def routine(*steps: Step, name: str = "Test routine") -> Routine:
    return Routine("test", name, RoutineKind.WARM_UP, "A routine for tests.", steps)


def three_step() -> Routine:
    """March 30 s; calf 20 s per side; ankle circles 5 reps at 2 s."""
    return routine(
        Step(MARCH, seconds=30),
        Step(CALF, seconds=20, sides=Sides.PER_SIDE, cues=(MidCue("Breathe out.", 5.0),)),
        Step(CIRCLES, reps=5, rep_seconds=2.0),
    )
