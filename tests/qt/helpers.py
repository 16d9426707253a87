"""Routines built in code and a tiny library, so GUI tests do not depend on the shipped content."""

from __future__ import annotations

from dataclasses import dataclass, field

from coach.core.model import (
    Defaults,
    Exercise,
    ExerciseKind,
    Focus,
    Origin,
    Routine,
    RoutineKind,
    Sides,
    Step,
)
from coach.core.routine_files.problems import Problem

MARCH = Exercise("march", "March", ExerciseKind.WALK, (Focus.WHOLE_BODY,),
                 "March on the spot, arms swinging.", picture="march")
CALF = Exercise("calf", "Calf stretch", ExerciseKind.STATIC_STRETCH, (Focus.CALF,),
                "Hands on the wall, back heel down.", picture="no-such-picture",
                safety="Ease off if it pinches.")
CIRCLES = Exercise("circles", "Ankle circles", ExerciseKind.MOBILISE, (Focus.ANKLE,),
                   "Draw slow circles with your toes.")

NO_GAPS = Defaults(changeover_seconds=5, switch_seconds=3)


def warm_up(routine_id: str = "test-warm", *, gentle: bool = False,
            name: str = "Test warm-up") -> Routine:
    """March 30 s; calf 20 s per side; ankle circles 5 reps of 2 s (with 5 s gaps, 3 s switch)."""
    return Routine(routine_id, name, RoutineKind.WARM_UP, "A warm-up for tests.", (
        Step(MARCH, seconds=30),
        Step(CALF, seconds=20, sides=Sides.PER_SIDE),
        Step(CIRCLES, reps=5, rep_seconds=2.0),
    ), gentle=gentle, defaults=NO_GAPS)


def cool_down(routine_id: str = "test-cool") -> Routine:
    """Calf 20 s per side, then march 20 s."""
    return Routine(routine_id, "Test cool-down", RoutineKind.COOL_DOWN, "A cool-down for tests.", (
        Step(CALF, seconds=20, sides=Sides.PER_SIDE),
        Step(MARCH, seconds=20),
    ), defaults=NO_GAPS)


def mine() -> Routine:
    return Routine("my-own", "My own stretch", RoutineKind.COOL_DOWN, "Mine.",
                   (Step(CALF, seconds=15),), origin=Origin.USER)


@dataclass
class FakeLibrary:
    routines: tuple[Routine, ...] = field(default_factory=lambda: (
        warm_up(), warm_up("test-gentle", gentle=True, name="Gentle test warm-up"), cool_down(),
    ))
    problems: tuple[Problem, ...] = ()

    def get(self, routine_id: str) -> Routine:
        return next(r for r in self.routines if r.id == routine_id)
