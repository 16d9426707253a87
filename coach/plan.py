"""Compile a routine into a plan: a timeline of segments and the cues spoken along it.

Everything the session needs is decided here, before the first second runs: segment offsets,
the total length, and which cue wins when two would talk over each other. The session then only
walks the timeline.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from coach.model import (
    MAX_SECONDS,
    MIN_SECONDS,
    Exercise,
    ExerciseKind,
    Routine,
    Sides,
    Step,
)
from coach.speech_rate import DEFAULT_RATE

HOLD_SCALE_RANGE = (0.5, 2.0)
COUNTDOWN_FROM = 3
MIN_SECONDS_FOR_COUNTDOWN = 6
MIN_SECONDS_FOR_HALFWAY = 20
MIN_GAP_FOR_COUNTDOWN = 8
MAX_COUNT_WAIT = 6


class SegmentKind(StrEnum):
    LEAD_IN = "lead-in"
    EXERCISE = "exercise"
    SWITCH = "switch"  # between the left and the right side of one step
    GAP = "gap"  # the change-over before the next step


class Side(StrEnum):
    NONE = "none"
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


class CueType(StrEnum):
    LEAD_IN = "lead-in"
    ANNOUNCE = "announce"
    NEXT = "next"
    SWITCH = "switch"
    MID = "mid"
    HALFWAY = "halfway"
    COUNT = "count"
    COUNTDOWN = "countdown"
    END = "end"  # a tone only: the end of an exercise block
    FINISH = "finish"


# Higher wins when two spoken cues would overlap. A countdown never talks over an exercise name.
PRIORITY: dict[CueType, int] = {
    CueType.FINISH: 100,
    CueType.LEAD_IN: 95,
    CueType.ANNOUNCE: 90,
    CueType.SWITCH: 80,
    CueType.NEXT: 70,
    CueType.MID: 60,
    CueType.HALFWAY: 50,
    CueType.COUNTDOWN: 40,
    CueType.COUNT: 30,
    CueType.END: 0,
}

NUMBER_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
)
TENS_WORDS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty",
              70: "seventy", 80: "eighty", 90: "ninety"}


def number_word(n: int) -> str:
    """Spell 0-100 so every voice says a count the same way."""
    if n <= 20:
        return NUMBER_WORDS[n]
    if n == 100:
        return "one hundred"
    tens, ones = divmod(n, 10)
    word = TENS_WORDS[tens * 10]
    return word if ones == 0 else f"{word} {NUMBER_WORDS[ones]}"


@dataclass(frozen=True, slots=True)
class PlanSettings:
    hold_scale: float = 1.0  # stretches every timed step; counted steps keep count and tempo
    lead_in_seconds: int = 10
    changeover_seconds: int | None = None  # None: each routine's (and step's) own gap
    switch_seconds: int | None = None
    speech_wpm: int = DEFAULT_RATE  # to estimate how long a cue takes to say

    def __post_init__(self) -> None:
        low, high = HOLD_SCALE_RANGE
        if not low <= self.hold_scale <= high:
            raise ValueError(f"hold_scale must be between {low} and {high}, not {self.hold_scale}")
        if self.lead_in_seconds < 0:
            raise ValueError("lead_in_seconds must not be negative")


@dataclass(frozen=True, slots=True)
class Segment:
    index: int
    kind: SegmentKind
    step: int  # index of the routine step it belongs to (a gap belongs to the step it leads to)
    exercise: Exercise
    side: Side
    start: int
    seconds: int
    reps: int | None = None
    rep_seconds: float | None = None
    count_from: int = 0  # seconds into the segment when counted reps begin, after the opening cue

    @property
    def end(self) -> int:
        return self.start + self.seconds

    @property
    def is_exercise(self) -> bool:
        return self.kind is SegmentKind.EXERCISE


@dataclass(frozen=True, slots=True)
class Cue:
    at: float  # seconds from the start of the plan
    text: str  # empty for a tone-only cue
    type: CueType
    segment: int
    tone: str | None = None  # "tick" for the last seconds, "end" for the end of a block
    from_end: bool = False  # anchored to its segment's end: moves when time is added

    @property
    def priority(self) -> int:
        return PRIORITY[self.type]


@dataclass(frozen=True, slots=True)
class Plan:
    routine: Routine
    settings: PlanSettings
    segments: tuple[Segment, ...]
    cues: tuple[Cue, ...]
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(s.start for s in self.segments))

    @property
    def total_seconds(self) -> int:
        return self.segments[-1].end if self.segments else 0

    @property
    def step_count(self) -> int:
        return len(self.routine.steps)

    def segment_index_at(self, position: float) -> int:
        """The segment running at ``position``; the last one at or after the end."""
        i = bisect.bisect_right(self._starts, position) - 1
        return max(0, min(i, len(self.segments) - 1))

    def next_exercise(self, index: int) -> Segment | None:
        return next((s for s in self.segments[index + 1 :] if s.is_exercise), None)

    def phrases(self) -> list[str]:
        """Every distinct spoken text, in first-use order (what speech pre-renders)."""
        return list(dict.fromkeys(c.text for c in self.cues if c.text))

    def extended(self, index: int, seconds: int) -> Plan:
        """The same plan with ``seconds`` more in segment ``index``; later moments shift."""
        segments = [
            replace(s, seconds=s.seconds + seconds) if s.index == index
            else replace(s, start=s.start + seconds) if s.index > index
            else s
            for s in self.segments
        ]
        cues = [
            replace(c, at=c.at + seconds)
            if c.segment > index or (c.segment == index and c.from_end)
            else c
            for c in self.cues
        ]
        ordered = tuple(sorted(cues, key=_cue_order))
        return Plan(self.routine, self.settings, tuple(segments), ordered)

    def to_json(self) -> dict[str, Any]:
        r = self.routine
        return {
            "id": r.id,
            "name": r.name,
            "kind": str(r.kind),
            "gentle": r.gentle,
            "origin": str(r.origin),
            "total_seconds": self.total_seconds,
            "segments": [
                {
                    "index": s.index,
                    "step": s.step,
                    "exercise": s.exercise.id,
                    "name": s.exercise.name,
                    "kind": str(s.kind),
                    "exercise_kind": str(s.exercise.kind),
                    "focus": [str(f) for f in s.exercise.focus],
                    "side": str(s.side),
                    "start": s.start,
                    "seconds": s.seconds,
                    "reps": s.reps,
                    "count_from": s.count_from,
                }
                for s in self.segments
            ],
            "cues": [
                {"at": round(c.at, 3), "text": c.text, "type": str(c.type), "tone": c.tone}
                for c in self.cues
            ],
        }


def _cue_order(c: Cue) -> tuple[float, int]:
    return (c.at, -c.priority)


def estimate_speech_seconds(text: str, wpm: int) -> float:
    """Rough length of a spoken phrase; generous, so cues are kept apart rather than clipped."""
    words = max(1, len(text.split()))
    pauses = sum(text.count(p) for p in ".,;:!?")
    return words * 60.0 / wpm + 0.25 * pauses + 0.3


def compile_plan(routine: Routine, settings: PlanSettings | None = None) -> Plan:
    return _Compiler(routine, settings or PlanSettings()).build()


class _Compiler:
    def __init__(self, routine: Routine, settings: PlanSettings) -> None:
        self.routine = routine
        self.settings = settings
        self.segments: list[Segment] = []
        self.cues: list[Cue] = []
        self.clock = 0

    def build(self) -> Plan:
        steps = self.routine.steps
        if not steps:
            raise ValueError(f"routine {self.routine.id!r} has no steps")
        if self.settings.lead_in_seconds > 0:
            self._lead_in(steps[0])
        for i, step in enumerate(steps):
            if i > 0:
                self._gap(i, step)
            self._step(i, step)
        self._cue(float(self.clock), self._finish_text(), CueType.FINISH, len(self.segments) - 1)
        return Plan(self.routine, self.settings, tuple(self.segments), self._resolved_cues())

    # -- segments -------------------------------------------------------------------------

    def _add(self, kind: SegmentKind, step: int, exercise: Exercise, side: Side, seconds: int,
             reps: int | None = None, rep_seconds: float | None = None,
             count_from: int = 0) -> Segment:
        seg = Segment(len(self.segments), kind, step, exercise, side, self.clock, seconds,
                      reps, rep_seconds, count_from)
        self.segments.append(seg)
        self.clock += seconds
        return seg

    def _lead_in(self, first: Step) -> None:
        seg = self._add(SegmentKind.LEAD_IN, 0, first.exercise, Side.NONE,
                        self.settings.lead_in_seconds)
        text = f"Get ready for the {self.routine.name}. First up, {_spoken_name(first)}."
        self._cue(seg.start, text, CueType.LEAD_IN, seg.index)
        self._countdown(seg)

    def _gap(self, i: int, step: Step) -> None:
        seconds = _first_set(self.settings.changeover_seconds, step.changeover_seconds,
                             self.routine.defaults.changeover_seconds)
        if seconds <= 0:
            return
        seg = self._add(SegmentKind.GAP, i, step.exercise, Side.NONE, seconds)
        self._cue(seg.start, f"Next up, {_spoken_name(step)}.", CueType.NEXT, seg.index)
        if seconds >= MIN_GAP_FOR_COUNTDOWN:
            self._countdown(seg)

    def _step(self, i: int, step: Step) -> None:
        if step.sides is Sides.PER_SIDE:
            left = self._opening(step, f"{step.exercise.name}, left side.")
            # Both sides wait as long as the longer opening, so they last the same.
            wait = self._count_wait(step, left)
            self._block(i, step, Side.LEFT, left, wait)
            switch = _first_set(self.settings.switch_seconds, step.switch_seconds,
                                self.routine.defaults.switch_seconds)
            if switch > 0:
                gap = self._add(SegmentKind.SWITCH, i, step.exercise, Side.RIGHT, switch)
                self._cue(gap.start, "Switch sides.", CueType.SWITCH, gap.index)
                self._block(i, step, Side.RIGHT, "Right side.", wait)
            else:
                self._block(i, step, Side.RIGHT, "Switch sides. Right side.", wait)
        else:
            side = Side.BOTH if step.sides is Sides.ALTERNATING else Side.NONE
            opening = self._opening(step, f"{step.exercise.name}.")
            self._block(i, step, side, opening, self._count_wait(step, opening))

    @staticmethod
    def _opening(step: Step, opening: str) -> str:
        return f"{opening} {step.say}" if step.say else opening

    def _count_wait(self, step: Step, opening: str) -> int:
        """Counting waits for the opening cue to be said, so "one" is never talked over."""
        if not step.counted:
            return 0
        return min(MAX_COUNT_WAIT, math.ceil(estimate_speech_seconds(opening,
                                                                     self.settings.speech_wpm)))

    def _block(self, i: int, step: Step, side: Side, text: str, count_from: int) -> None:
        seconds = self._block_seconds(step) + count_from
        seg = self._add(SegmentKind.EXERCISE, i, step.exercise, side, seconds, step.reps,
                        step.rep_seconds if step.counted else None, count_from)
        self._cue(seg.start, text, CueType.ANNOUNCE, seg.index)
        if step.counted:
            self._counts(seg, step)
        else:
            if step.halfway and seconds >= MIN_SECONDS_FOR_HALFWAY:
                self._cue(seg.start + seconds / 2, "Halfway.", CueType.HALFWAY, seg.index)
            if seconds >= MIN_SECONDS_FOR_COUNTDOWN:
                self._countdown(seg)
        for mid in step.cues:
            active = seconds - count_from
            offset = count_from + (active / 2 if mid.at is None else mid.at)
            if 0 < offset < seconds:
                self._cue(seg.start + offset, mid.text, CueType.MID, seg.index)
        self.cues.append(Cue(float(seg.end), "", CueType.END, seg.index, tone="end", from_end=True))

    def _block_seconds(self, step: Step) -> int:
        if step.counted:
            return max(MIN_SECONDS, math.ceil(step.side_seconds))
        scaled = round(step.side_seconds * self.settings.hold_scale)
        return max(MIN_SECONDS, min(MAX_SECONDS, scaled))

    # -- cues -----------------------------------------------------------------------------

    def _cue(self, at: float, text: str, type_: CueType, segment: int, *,
             tone: str | None = None, from_end: bool = False) -> None:
        self.cues.append(Cue(float(at), text, type_, segment, tone, from_end))

    def _countdown(self, seg: Segment) -> None:
        for n in range(COUNTDOWN_FROM, 0, -1):
            self._cue(seg.end - n, f"{NUMBER_WORDS[n].capitalize()}.", CueType.COUNTDOWN,
                      seg.index, tone="tick", from_end=True)

    def _counts(self, seg: Segment, step: Step) -> None:
        assert step.reps is not None
        beats = step.reps * (2 if step.sides is Sides.ALTERNATING else 1)
        for beat in range(1, beats + 1):
            # Alternating steps count each pair once, on the second side.
            if step.sides is Sides.ALTERNATING and beat % 2:
                continue
            n = beat // 2 if step.sides is Sides.ALTERNATING else beat
            # Said in the middle of each rep, like a coach counting along.
            at = seg.start + seg.count_from + (beat - 0.5) * step.rep_seconds
            self._cue(at, number_word(n).capitalize() + ".", CueType.COUNT, seg.index)

    def _finish_text(self) -> str:
        if self.routine.finish:
            return self.routine.finish
        return f"Well done. That is the {self.routine.name} finished."

    def _resolved_cues(self) -> tuple[Cue, ...]:
        """Keep the cues that matter most where two would be spoken over each other."""
        wpm = self.settings.speech_wpm
        kept: list[Cue] = [c for c in self.cues if not c.text]
        taken = _Spans()
        spoken = sorted((c for c in self.cues if c.text), key=lambda c: (-c.priority, c.at))
        for cue in spoken:
            start, end = cue.at, cue.at + estimate_speech_seconds(cue.text, wpm)
            if taken.overlaps(start, end):
                continue
            taken.add(start, end)
            kept.append(cue)
        return tuple(sorted(kept, key=_cue_order))


class _Spans:
    """Time spans that never overlap, indexed by the whole seconds they touch.

    Checking a new span against every kept one made compiling quadratic (a 1 MiB routine took
    half a minute); kept spans are disjoint, so each second holds only a few of them.
    """

    def __init__(self) -> None:
        self._by_second: dict[int, list[tuple[float, float]]] = {}

    def overlaps(self, start: float, end: float) -> bool:
        for second in range(math.floor(start), math.floor(end) + 1):
            for s, e in self._by_second.get(second, ()):
                if start < e and s < end:
                    return True
        return False

    def add(self, start: float, end: float) -> None:
        for second in range(math.floor(start), math.floor(end) + 1):
            self._by_second.setdefault(second, []).append((start, end))


def _first_set(*values: int | None) -> int:
    return next(v for v in values if v is not None)


def _spoken_name(step: Step) -> str:
    if step.sides is Sides.PER_SIDE:
        return f"{step.exercise.name}, left side first"
    return step.exercise.name


def static_holds(plan: Plan) -> list[Segment]:
    return [s for s in plan.segments
            if s.is_exercise and s.exercise.kind is ExerciseKind.STATIC_STRETCH]
