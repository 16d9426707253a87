"""Small routines built in code, so core tests do not depend on the shipped content."""

from __future__ import annotations

from collections.abc import Sequence

from coach.core.model import (
    Exercise,
    ExerciseKind,
    Focus,
    MidCue,
    Routine,
    RoutineKind,
    Sides,
    Step,
)
from coach.core.plan.phrase_time import estimate_speech_seconds
from coach.speech.port import RecordingSpeaker

MARCH = Exercise("march", "March", ExerciseKind.WALK, (Focus.WHOLE_BODY,), "March on the spot.")
CALF = Exercise("calf", "Calf stretch", ExerciseKind.STATIC_STRETCH, (Focus.CALF,), "Lean in.")
CIRCLES = Exercise("circles", "Ankle circles", ExerciseKind.MOBILISE, (Focus.ANKLE,), "Circle.")

# A user's routine file as written on disk: one short walk, built-in exercises only.
TINY_TOML = """\
id = "tiny"
name = "Tiny routine"
kind = "other"
description = "Two short steps."

[[steps]]
exercise = "brisk-walk"
seconds = 8
"""


def routine(*steps: Step, name: str = "Test routine") -> Routine:
    return Routine("test", name, RoutineKind.WARM_UP, "A routine for tests.", steps)


def three_step() -> Routine:
    """March 30 s; calf 20 s per side; ankle circles 5 reps at 2 s."""
    return routine(
        Step(MARCH, seconds=30),
        Step(CALF, seconds=20, sides=Sides.PER_SIDE, cues=(MidCue("Breathe out.", 5.0),)),
        Step(CIRCLES, reps=5, rep_seconds=2.0),
    )


class ColdVoice(RecordingSpeaker):
    """A voice with nothing cached: after each prepare it is still rendering for ``polls``
    progress checks, then has clips ``slower`` times the estimated length."""

    def __init__(self, polls: int = 2, slower: float = 2.0) -> None:
        super().__init__(durations=lambda text: slower * estimate_speech_seconds(text, 175))
        self.polls_per_prepare = polls
        self.asks: list[list[str]] = []
        self._left = 0

    def prepare(self, phrases: Sequence[str]) -> None:
        super().prepare(phrases)
        self.asks.append(list(phrases))
        self._left = self.polls_per_prepare

    @property
    def asked(self) -> list[str]:
        """Every phrase asked for so far, by any prepare."""
        return [phrase for ask in self.asks for phrase in ask]

    @property
    def closed(self) -> bool:
        return "close" in self.calls

    def progress(self) -> tuple[int, int]:
        total = len(self.prepared)
        if self._left > 0:
            self._left -= 1
            return (total // 2, total)
        return (total, total)
