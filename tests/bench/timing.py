"""Cue dispatch lateness: the real session engine on the system clock, woken by the app's own
Qt timer (:class:`coach.qt.driver.SessionDriver`), over a generated routine of one-second steps.

Lateness = the moment the speaker is asked to play a cue minus the moment it is due (the
session's start plus the cue's place in the plan). End drift = when the session reports its
end minus when the plan says it ends.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from coach.core.clock import SystemClock
from coach.core.model import Exercise, ExerciseKind, Focus, Routine, RoutineKind, Step
from coach.core.plan.compiler import Cue, Plan, PlanSettings, compile_plan
from coach.core.session_events import Event, Started, Summary
from coach.speech.port import SilentSpeaker

SEGMENTS = 60


def short_steps(count: int = SEGMENTS) -> Routine:
    """``count`` one-second steps, two exercises taking turns, no gaps between them."""
    names = (Exercise("march", "March", ExerciseKind.WALK, (Focus.WHOLE_BODY,), "March."),
             Exercise("circles", "Ankle circles", ExerciseKind.MOBILISE, (Focus.ANKLE,),
                      "Circle."))
    steps = tuple(Step(names[i % 2], seconds=1, changeover_seconds=0) for i in range(count))
    return Routine("bench", "Bench", RoutineKind.WARM_UP, "Short steps.", steps)


class StampingSpeaker(SilentSpeaker):
    """Says nothing, but notes when each cue is handed to it."""

    def __init__(self) -> None:
        super().__init__()
        self.played: list[tuple[float, Cue]] = []

    def play(self, cue: Cue) -> None:
        self.played.append((time.monotonic(), cue))


@dataclass(frozen=True)
class Timing:
    segments: int
    cues: int
    p50_ms: float
    p99_ms: float
    max_ms: float
    end_drift_ms: float


def real_time_run() -> Timing:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from coach.qt.driver import SessionDriver

    app = QCoreApplication.instance() or QCoreApplication([])
    plan: Plan = compile_plan(short_steps(), PlanSettings(lead_in_seconds=3))
    speaker = StampingSpeaker()
    driver = SessionDriver(SystemClock(), speaker)
    origin: list[float] = []
    ended: list[float] = []

    def seen(event: Event) -> None:
        if isinstance(event, Started):
            origin.append(event.at)

    def done(_summary: Summary) -> None:
        ended.append(time.monotonic())
        app.quit()

    driver.session_event.connect(seen)
    driver.finished.connect(done)
    driver.start(plan)
    app.exec()
    start = origin[0]
    # A cue placed before the session's start (a count fitted into the lead-in) is due at the
    # start itself: that is when the engine can first play it.
    late = sorted((at - (start + max(0.0, cue.at))) * 1000 for at, cue in speaker.played)
    return Timing(
        segments=len(plan.segments), cues=len(late), p50_ms=_quantile(late, 0.5),
        p99_ms=_quantile(late, 0.99), max_ms=late[-1],
        end_drift_ms=(ended[0] - (start + plan.total_seconds)) * 1000)


def _quantile(ordered: list[float], q: float) -> float:
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]
