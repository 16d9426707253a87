"""The routine model: exercises, steps and routines as immutable values.

Everything here is plain data. Files become these objects in :mod:`coach.core.routine_files.reader`;
:mod:`coach.core.plan.compiler` turns a routine into a timeline.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class ExerciseKind(StrEnum):
    WALK = "walk"
    MOBILISE = "mobilise"
    DYNAMIC = "dynamic"
    STATIC_STRETCH = "static-stretch"
    STRENGTH = "strength"
    PROMPT = "prompt"


class Focus(StrEnum):
    ANKLE = "ankle"
    KNEE = "knee"
    HIP = "hip"
    CALF = "calf"
    HAMSTRING = "hamstring"
    QUAD = "quad"
    GLUTE = "glute"
    ADDUCTOR = "adductor"
    UPPER_BODY = "upper-body"
    WHOLE_BODY = "whole-body"


class RoutineKind(StrEnum):
    WARM_UP = "warm-up"
    COOL_DOWN = "cool-down"
    STRENGTH = "strength"
    OTHER = "other"


class Sides(StrEnum):
    """How a step treats the two sides of the body."""

    ONCE = "once"  # both sides together, or no sides at all
    PER_SIDE = "per-side"  # left, a switch gap, then right for the same time
    ALTERNATING = "alternating"  # left and right in turn within one block


class Origin(StrEnum):
    BUILT_IN = "built-in"
    USER = "user"


# Limits the validator enforces; shared with the plan so both agree.
MIN_SECONDS = 1
MAX_SECONDS = 30 * 60
MIN_REPS = 1
MAX_REPS = 100
MIN_REP_SECONDS = 0.5
MAX_REP_SECONDS = 30.0
MAX_GAP_SECONDS = 120


# (written, said): words as the screen shows them, and as the voice should get them
# (coach.core.plan.spoken_form).
Pronunciation = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Exercise:
    id: str
    name: str
    kind: ExerciseKind
    focus: tuple[Focus, ...]
    how: str
    picture: str | None = None
    safety: str | None = None
    # What "left" and "right" name on a per-side step, said after the side: "calf" gives
    # "left calf", "leg back" gives "left leg back". None: just "left side".
    side_part: str | None = None
    # A translation's words for each side whole ("linke Wade", "rechte Wade"), where a
    # language cannot put a side word before the part (coach.core.routine_files.translations).
    sides_said: tuple[str, str] | None = None


@dataclass(frozen=True, slots=True)
class MidCue:
    """A cue spoken part-way through a step: at a given second, or halfway (``at=None``), or,
    on a counted step, between count ``after_rep`` and the next (a change of direction or of
    phrase: "Eight. Reverse. Nine."), where the plan always makes room for it."""

    text: str
    at: float | None = None
    after_rep: int | None = None


@dataclass(frozen=True, slots=True)
class Defaults:
    hold_seconds: int = 30
    changeover_seconds: int = 5
    switch_seconds: int = 3
    rep_seconds: float = 2.0


@dataclass(frozen=True, slots=True)
class Step:
    exercise: Exercise
    seconds: int | None = None  # timed step: seconds per side
    reps: int | None = None  # counted step: reps per side
    rep_seconds: float = 2.0
    sides: Sides = Sides.ONCE
    say: str | None = None  # spoken with the exercise name when the step starts
    cues: tuple[MidCue, ...] = ()
    halfway: bool = True
    changeover_seconds: int | None = None  # overrides the routine default for the gap before it
    switch_seconds: int | None = None
    # May be left out when the routine is fitted to a shorter length (coach.core.plan.fit_length).
    optional: bool = False

    @property
    def counted(self) -> bool:
        return self.reps is not None

    @property
    def side_seconds(self) -> float:
        """Unscaled length of one side (or of the whole block when not per side)."""
        if self.reps is not None:
            per_block = self.reps * (2 if self.sides is Sides.ALTERNATING else 1)
            return per_block * self.rep_seconds
        assert self.seconds is not None
        return float(self.seconds)


@dataclass(frozen=True, slots=True)
class Routine:
    id: str
    name: str
    kind: RoutineKind
    description: str
    steps: tuple[Step, ...]
    gentle: bool = False
    defaults: Defaults = field(default_factory=Defaults)
    finish: str | None = None  # spoken when the routine ends
    source: Path | None = None
    origin: Origin = Origin.BUILT_IN
    # The pronunciation table its words are said with: the catalogue's, then the file's own
    # (which win for the same written words).
    pronounce: Pronunciation = ()


class Catalogue(dict[str, Exercise]):
    """The exercises by id, and the catalogue's pronunciation table every routine starts from.

    A mapping like any other, so everything that only looks exercises up takes a plain dict.
    """

    pronounce: Pronunciation

    def __init__(self, exercises: Mapping[str, Exercise] | None = None,
                 pronounce: Pronunciation = ()) -> None:
        super().__init__(exercises or {})
        self.pronounce = pronounce


def catalogue_pronounce(catalogue: Mapping[str, Exercise]) -> Pronunciation:
    """The catalogue's table (none for a plain mapping of exercises)."""
    return catalogue.pronounce if isinstance(catalogue, Catalogue) else ()
