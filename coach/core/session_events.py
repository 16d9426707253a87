"""What a session tells its listeners: small frozen values, safe to pass between threads."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coach.core.plan.compiler import Cue, Segment


class State(StrEnum):
    READY = "ready"
    LEAD_IN = "lead-in"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class Summary:
    """How a session went, for the finish screen and the history."""

    routine_id: str
    routine_name: str
    routine_kind: str
    planned_seconds: int
    active_seconds: float  # time actually spent running (pauses excluded)
    completed_fraction: float  # share of the exercise time that was done, 0..1
    skipped_steps: tuple[int, ...]
    stopped: bool
    steps_done: int = 0  # routine steps whose every block was (almost) all done
    step_count: int = 0


@dataclass(frozen=True, slots=True)
class Started:
    at: float


@dataclass(frozen=True, slots=True)
class SegmentStarted:
    segment: Segment
    step_number: int  # 1-based
    step_count: int


@dataclass(frozen=True, slots=True)
class CueDue:
    cue: Cue
    late: float  # seconds after its due moment; small unless the caller woke late


@dataclass(frozen=True, slots=True)
class SecondChanged:
    remaining: int  # whole seconds left in the segment, as shown
    total_remaining: int


@dataclass(frozen=True, slots=True)
class Jumped:
    """The user moved with next/previous: anything still being said is now stale."""

    from_segment: int
    to_segment: int


@dataclass(frozen=True, slots=True)
class TimeAdded:
    segment: int
    seconds: int


@dataclass(frozen=True, slots=True)
class Paused:
    position: float


@dataclass(frozen=True, slots=True)
class Resumed:
    position: float


@dataclass(frozen=True, slots=True)
class Stalled:
    """The caller woke far past its deadline (a laptop sleep, a stall): the session paused."""

    late: float
    dropped_cues: int


@dataclass(frozen=True, slots=True)
class Finished:
    summary: Summary


@dataclass(frozen=True, slots=True)
class Stopped:
    summary: Summary


Event = (
    Started | SegmentStarted | CueDue | SecondChanged | Jumped | TimeAdded | Paused | Resumed
    | Stalled | Finished | Stopped
)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything a display needs at one moment."""

    state: State
    segment: Segment
    position: float  # seconds into the plan
    remaining: int  # whole seconds left in the segment (what a countdown shows)
    segment_progress: float  # 0..1 through the segment
    total_seconds: int
    total_remaining: int
    progress: float  # 0..1 through the plan
    step_number: int  # 1-based
    step_count: int
    rep: int | None  # current rep (1-based) in a counted segment
    next_exercise: Segment | None
