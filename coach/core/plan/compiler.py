"""Compile a routine into a plan: a timeline of segments and the cues spoken along it.

Everything the session needs is decided here, before the first second runs: segment offsets,
the total length, and where each cue is said. Cues are fitted to how long each phrase takes to
say (measured from its clip, else estimated): counts and the 3-2-1 are pinned to their beats,
and everything else goes where the voice is free, so no two cues are ever spoken at once. The
session then only walks the timeline.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from coach.core.model import (
    MAX_SECONDS,
    MIN_SECONDS,
    Exercise,
    Routine,
    Sides,
    Step,
)
from coach.core.plan import plan_words
from coach.core.plan.number_words import number_word
from coach.core.plan.phrase_time import Durations, phrase_seconds
from coach.core.plan.spoken_form import voice_form
from coach.core.plan.tone_lengths import CHIME_SECONDS, END_TONE_SECONDS, TICK_SECONDS
from coach.core.speech_settings import DEFAULT_RATE

HOLD_SCALE_RANGE = (0.5, 2.0)
DEFAULT_HOLD_SCALE = 1.0  # every hold as the routine writes it
DEFAULT_LEAD_IN_SECONDS = 10
ADD_SECONDS = 10  # what "+10 s" adds to the part under way (Session.add_time)
COUNTDOWN_FROM = 3
MIN_SECONDS_FOR_COUNTDOWN = 6
MIN_SECONDS_FOR_HALFWAY = 20
MIN_GAP_FOR_COUNTDOWN = 8
SPEECH_GAP = 0.05  # seconds of quiet kept between two spoken cues, and around a tone
# Words after an end tone start this long after it starts: the tone covers no syllable.
AFTER_END_TONE = END_TONE_SECONDS + SPEECH_GAP
HALFWAY_SLIP = 1.0  # "Halfway." may come this much late, or not at all
# Quiet kept either side of words between two counts ("Eight. Other way. Nine."): a breath,
# so they are heard as words of their own, not run into the count.
REP_WORDS_GAP = 0.3
LONG_COUNT_WAIT = 12  # counting that waits longer (at 175 wpm) for its opening gets a warning
EPSILON = 1e-6  # two moments on a timeline this close are the same moment


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
    SAFETY = "safety"  # an exercise's safety note, the first time it is introduced
    MID = "mid"
    HALFWAY = "halfway"
    COUNT = "count"
    COUNTDOWN = "countdown"
    END = "end"  # a tone only: the end of an exercise block
    FINISH = "finish"


# The plan never puts two spoken cues at once; the speaker still uses this order when speech
# runs late (a clip longer than the plan allowed for): higher wins.
PRIORITY: dict[CueType, int] = {
    CueType.FINISH: 100,
    CueType.LEAD_IN: 95,
    CueType.ANNOUNCE: 90,
    CueType.SWITCH: 80,
    CueType.NEXT: 70,
    CueType.SAFETY: 65,
    CueType.MID: 60,
    CueType.HALFWAY: 50,
    CueType.COUNTDOWN: 40,
    CueType.COUNT: 30,
    CueType.END: 0,
}

@dataclass(frozen=True, slots=True)
class PlanSettings:
    hold_scale: float = DEFAULT_HOLD_SCALE  # stretches timed steps; counted ones keep their tempo
    lead_in_seconds: int = DEFAULT_LEAD_IN_SECONDS
    changeover_seconds: int | None = None  # None: each routine's (and step's) own gap
    switch_seconds: int | None = None
    speech_wpm: int = DEFAULT_RATE  # to estimate how long a cue takes to say when it has no clip

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
    # (rep, seconds): counting stops this long after that rep for a word between two counts
    # ("Eight. Reverse. Nine."); in rep order.
    pauses: tuple[tuple[int, float], ...] = ()

    @property
    def end(self) -> int:
        return self.start + self.seconds

    @property
    def _beat(self) -> float:
        """Seconds a counted rep takes (both sides of an alternating rep)."""
        assert self.rep_seconds is not None
        return self.rep_seconds * (2 if self.side is Side.BOTH else 1)

    def counting_moment(self, counted: float) -> float:
        """Seconds into the segment when ``counted`` seconds of counting are done: a pause
        sits at the end of its rep, so the moment a pause begins is before it."""
        into = self.count_from + counted
        for rep, pause in self.pauses:
            if counted > rep * self._beat + EPSILON:
                into += pause
        return into

    def counted_at(self, into: float) -> float:
        """Seconds of counting done ``into`` seconds into the segment (pauses left out, the
        time before counting starts too)."""
        counting = into - self.count_from
        for rep, pause in self.pauses:
            boundary = rep * self._beat
            if counting <= boundary:
                break
            counting = max(boundary, counting - pause)
        return max(0.0, counting)

    def rep_at(self, into: float) -> int | None:
        """The rep under way ``into`` seconds into the segment (during a pause, the rep it
        follows), or None for a timed segment."""
        if self.reps is None or not self.rep_seconds:
            return None
        counting = into - self.count_from
        for rep, pause in self.pauses:
            boundary = rep * self._beat
            if counting < boundary - EPSILON:
                break
            if counting < boundary + pause - EPSILON:
                return rep  # from the moment its pause starts
            counting -= pause
        return min(self.reps, int((max(0.0, counting) + EPSILON) // self._beat) + 1)

    @property
    def is_exercise(self) -> bool:
        return self.kind is SegmentKind.EXERCISE


@dataclass(frozen=True, slots=True)
class Cue:
    at: float  # seconds from the start of the plan
    text: str  # empty for a tone-only cue
    type: CueType
    segment: int
    # "end" at the end of a block; "tick" for a second of a 3-2-1 whose number is not said
    # (the speaker also ticks for a number it cannot say). No word is planned over a tone.
    tone: str | None = None
    from_end: bool = False  # anchored to its segment's end: moves when time is added
    # The words as the voice gets them (the routine's pronunciation table, symbols as words),
    # when they differ from ``text``, which the screen and ``limber show`` keep.
    spoken_as: str = ""

    @property
    def priority(self) -> int:
        return PRIORITY[self.type]

    @property
    def spoken(self) -> str:
        """What is rendered, cached, measured and played for this cue."""
        return self.spoken_as or self.text


@dataclass(frozen=True, slots=True)
class FitWarning:
    """A step whose cues cannot all be said as written, and what to change."""

    step: int  # index in the routine's steps
    exercise: str  # the exercise's name
    message: str

    def __str__(self) -> str:
        return f"step {self.step + 1} ({self.exercise}): {self.message}"


@dataclass(frozen=True, slots=True)
class Plan:
    routine: Routine
    settings: PlanSettings
    segments: tuple[Segment, ...]
    cues: tuple[Cue, ...]
    warnings: tuple[FitWarning, ...] = ()
    # Seconds after the last segment: its end tone sounds, then the closing words begin.
    tail_seconds: int = 0

    @property
    def total_seconds(self) -> int:
        return self.segments[-1].end + self.tail_seconds if self.segments else 0

    @property
    def step_count(self) -> int:
        return len(self.routine.steps)

    def next_exercise(self, index: int) -> Segment | None:
        return next((s for s in self.segments[index + 1 :] if s.is_exercise), None)

    def phrases(self) -> list[str]:
        """Every distinct spoken form, in first-use order (what speech pre-renders)."""
        return list(dict.fromkeys(c.spoken for c in self.cues if c.text))

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
        return Plan(self.routine, self.settings, tuple(segments), ordered, self.warnings,
                    self.tail_seconds)

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
                    "pauses": [{"after_rep": r, "seconds": p} for r, p in s.pauses],
                }
                for s in self.segments
            ],
            "cues": [
                {"at": round(c.at, 3), "text": c.text, "spoken": c.spoken, "type": str(c.type),
                 "tone": c.tone}
                for c in self.cues
            ],
            "warnings": [
                {"step": w.step, "exercise": w.exercise, "message": w.message}
                for w in self.warnings
            ],
        }


def _cue_order(c: Cue) -> tuple[float, int]:
    return (c.at, -c.priority)


def compile_plan(routine: Routine, settings: PlanSettings | None = None,
                 durations: Durations | None = None) -> Plan:
    """The routine's timeline, with every cue fitted to how long it takes to say.

    ``durations`` gives a phrase's measured length in seconds (from its rendered clip), or
    None when it has none; those phrases fall back to the words-per-minute estimate.
    """
    return _Compiler(routine, settings or PlanSettings(), durations).build()


class _Voice:
    """The spoken spans around one step: a handful, so a plain list is quickest.

    Every step starts a fresh one that only remembers when the speech before it ends, which
    keeps compiling linear in the number of steps.
    """

    def __init__(self, busy_until: float) -> None:
        self.spans: list[tuple[float, float]] = [(-math.inf, busy_until)]

    def add(self, start: float, end: float) -> None:
        self.spans.append((start, end))

    def end(self) -> float:
        return max(end for _, end in self.spans)

    def free(self, start: float, end: float) -> bool:
        return all(e + SPEECH_GAP <= start + EPSILON or end + SPEECH_GAP <= s + EPSILON
                   for s, e in self.spans)

    def earliest(self, desired: float, seconds: float, limit: float) -> float | None:
        """The first start at or after ``desired`` where ``seconds`` of speech fit, ending by
        ``limit``; None if there is none."""
        starts = sorted({desired, *(e + SPEECH_GAP for _, e in self.spans
                                    if e + SPEECH_GAP > desired)})
        for start in starts:
            if start + seconds > limit + EPSILON:
                return None
            if self.free(start, start + seconds):
                return start
        return None

    def after(self, desired: float) -> float:
        """Where the voice is next free to start, at ``desired`` or later."""
        return max(desired, self.end() + SPEECH_GAP)


@dataclass
class _Attempt:
    """One step laid out: committed when no cue of it had to move into an announcement."""

    segments: list[Segment] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    warnings: list[FitWarning] = field(default_factory=list)
    moved: dict[Side, list[str]] = field(default_factory=dict)
    safety_said: bool = False


class _Compiler:
    def __init__(self, routine: Routine, settings: PlanSettings,
                 durations: Durations | None) -> None:
        self.routine = routine
        self.settings = settings
        said = phrase_seconds(durations, settings.speech_wpm)

        def spoken(text: str) -> str:
            return voice_form(text, routine.pronounce)

        def seconds(text: str) -> float:
            # As long as its spoken form takes; a phrase whose clip is not ready sounds as
            # the chime: at least that long.
            return max(CHIME_SECONDS, said(spoken(text)))

        self.spoken = spoken
        self.seconds = seconds
        self.segments: list[Segment] = []
        self.cues: list[Cue] = []
        self.warnings: list[FitWarning] = []
        self.clock = 0
        self.voice_end = -SPEECH_GAP  # nothing said yet: the lead-in starts at 0
        self.safety_said: set[str] = set()  # the safety notes already said

    def build(self) -> Plan:
        steps = self.routine.steps
        if not steps:
            raise ValueError(f"routine {self.routine.id!r} has no steps")
        for i, step in enumerate(steps):
            merged: dict[Side, list[str]] = {}
            # Each round moves at least one tip into an announcement, for good: this ends.
            while True:
                attempt = _StepLayout(self, i, step, merged).run()
                if not attempt.moved:
                    break
                for side, texts in attempt.moved.items():
                    merged.setdefault(side, []).extend(texts)
            self._commit(attempt, step)
        tail = self._finish()
        cues = tuple(sorted(self.cues, key=_cue_order))
        return Plan(self.routine, self.settings, tuple(self.segments), cues,
                    tuple(self.warnings), tail)

    def _commit(self, attempt: _Attempt, step: Step) -> None:
        self.segments += attempt.segments
        self.cues += attempt.cues
        self.warnings += attempt.warnings
        if attempt.segments:
            self.clock = attempt.segments[-1].end
        spoken = [c.at + self.seconds(c.text) for c in attempt.cues if c.text]
        self.voice_end = max([self.voice_end, *spoken])
        if attempt.safety_said and step.exercise.safety:
            self.safety_said.add(step.exercise.safety)

    def _finish(self) -> int:
        """The closing words, at the very end: the last segment waits for any speech left, its
        end tone sounds, then the closing begins, on the whole second after the tone (the
        plan's tail, returned)."""
        late = math.ceil(self.voice_end + SPEECH_GAP - self.clock - EPSILON)
        if late > 0:
            last = self.segments[-1]
            self.segments[-1] = replace(last, seconds=last.seconds + late)
            self.cues = [replace(c, at=c.at + late) if c.segment == last.index and c.from_end
                         else c for c in self.cues]
            self.clock += late
        tail = math.ceil(AFTER_END_TONE - EPSILON)
        closing = plan_words.closing(self.routine)
        spoken = self.spoken(closing)
        self.cues.append(Cue(float(self.clock + tail), closing, CueType.FINISH,
                             len(self.segments) - 1, from_end=True,
                             spoken_as="" if spoken == closing else spoken))
        return tail


class _StepLayout:
    """Lays out one step: its change-over (or the lead-in), its blocks, and their cues."""

    def __init__(self, compiler: _Compiler, i: int, step: Step,
                 merged: dict[Side, list[str]]) -> None:
        self.c = compiler
        self.i = i
        self.step = step
        self.merged = merged
        self.settings = compiler.settings
        self.routine = compiler.routine
        self.seconds = compiler.seconds
        self.clock = compiler.clock
        self.index = len(compiler.segments)
        self.voice = _Voice(compiler.voice_end)
        if compiler.segments:  # the step before ended with its end tone, now
            self.voice.add(compiler.clock, compiler.clock + END_TONE_SECONDS)
        self.out = _Attempt()
        exercise = step.exercise
        # Once per routine: two swings sharing "never kick" hear it once.
        self.say_early = False
        self.safety = exercise.safety if exercise.safety and \
            exercise.safety not in compiler.safety_said else None

    # -- the step -------------------------------------------------------------------------

    def run(self) -> _Attempt:
        step = self.step
        self.say_early = self._say_early()
        self._intro()
        if step.sides is Sides.PER_SIDE:
            self._per_side()
        else:
            side = Side.BOTH if step.sides is Sides.ALTERNATING else Side.NONE
            text = self._opening(side, self._spill(), self._name(), self._step_say(),
                                 self._pending_safety())
            if not text and not step.counted:
                # A timed block starts on a word: its name, when it has nothing else to say.
                text = plan_words.sentence(step.exercise.name)
            wait = self._count_wait(self._spill(), text)
            self._block(side, text, wait)
        if self.step.exercise.side_part is None and step.sides is Sides.PER_SIDE:
            self._warn(f"the voice can only say \"left side\" and \"right side\": give the "
                       f"exercise {step.exercise.id!r} a side_part (like \"calf\" or "
                       "\"leg back\") so it says which limb")
        return self.out

    def _named(self) -> bool:
        """Whether the lead-in or the change-over says the step's name: then the step's own
        words do not say it again a few seconds later."""
        if self.i == 0:
            return self.settings.lead_in_seconds > 0
        return self._changeover() > 0

    def _name(self) -> str | None:
        return None if self._named() else self.step.exercise.name

    def _left_words(self) -> str:
        """ "Left calf", or "Ankle circles, left foot" when nothing said the name yet."""
        words = plan_words.side_words(self.step.exercise, "left")
        name = self._name()
        return f"{name}, {words}" if name else plan_words.capitalised(words)

    def _per_side(self) -> None:
        step, ex = self.step, self.step.exercise
        left = self._opening(Side.LEFT, self._spill(), self._left_words(), self._step_say(),
                             self._pending_safety())
        switch = _first_set(self.settings.switch_seconds, step.switch_seconds,
                            self.routine.defaults.switch_seconds)
        right_words = plan_words.capitalised(plan_words.side_words(ex, "right"))
        # "Switch sides." waits for the left block's end tone.
        if switch > 0:
            right_spill = max(0.0, AFTER_END_TONE + self.seconds(plan_words.switch())
                              + SPEECH_GAP - switch)
            right = self._opening(Side.RIGHT, right_spill, right_words)
        else:
            right_spill = AFTER_END_TONE
            right = self._opening(Side.RIGHT, right_spill, plan_words.switch(), right_words)
        # Each side's counting waits for its own opening: the same reps at the same tempo,
        # without a silent wait on the right for words only the left side has.
        self._block(Side.LEFT, left, self._count_wait(self._spill(), left))
        if switch > 0:
            gap = self._add(SegmentKind.SWITCH, Side.RIGHT, switch)
            self._say(self.voice.after(gap.start), plan_words.switch(), CueType.SWITCH, gap)
        self._block(Side.RIGHT, right, self._count_wait(right_spill, right))

    def _say_early(self) -> bool:
        """A timed step too short to say its opening before its 3-2-1 (slow speech, short
        holds) gives its ``say`` to the change-over, which grows to fit it."""
        step = self.step
        if step.counted or not step.say or self.i == 0 or self._changeover() <= 0:
            return False
        side = self._left_words() if step.sides is Sides.PER_SIDE else None
        return self.seconds(plan_words.joined(side, step.say)) > self._room(0.0)

    def _step_say(self) -> str | None:
        """The step's own ``say``, unless the change-over says it."""
        return None if self.say_early else self.step.say

    def _room(self, spill: float) -> float:
        """Seconds of a timed block's opening that fit before its 3-2-1 (or its end)."""
        seconds = self._block_seconds(0)
        if seconds >= MIN_SECONDS_FOR_COUNTDOWN:
            seconds -= COUNTDOWN_FROM
        return seconds - spill - SPEECH_GAP

    def _opening(self, side: Side, spill: float, *parts: str | None) -> str:
        """A block's first words, then the tips that found no room later in it. In a timed
        block a tip that would push the opening into the 3-2-1 is left out: the countdown
        is a promise, a tip is not."""
        text = plan_words.joined(*parts)
        for tip in self.merged.get(side, []):
            longer = plan_words.joined(text, tip)
            if self.step.counted or self.seconds(longer) <= self._room(spill):
                text = longer
            elif side is not Side.RIGHT:
                self._warn(f"the tip \"{tip}\" has no room at this speech rate and hold "
                           "time, so it is left out: use fewer words, or a longer hold")
        return text

    def _changeover(self) -> int:
        step = self.step
        return _first_set(self.settings.changeover_seconds, step.changeover_seconds,
                          self.routine.defaults.changeover_seconds)

    def _intro(self) -> None:
        """The lead-in before the first step, or the change-over before any other."""
        step = self.step
        if self.i == 0:
            if self.settings.lead_in_seconds <= 0:
                return
            seg = self._add(SegmentKind.LEAD_IN, Side.NONE, self.settings.lead_in_seconds)
            text, type_ = plan_words.lead_in(self.routine, step), CueType.LEAD_IN
            countdown = seg.seconds >= COUNTDOWN_FROM + 1
        else:
            seconds = self._changeover()
            if seconds <= 0:
                return
            text, type_ = plan_words.next_up(step), CueType.NEXT
            if self.say_early:
                text = plan_words.joined(text, step.say)
            countdown = seconds >= MIN_GAP_FOR_COUNTDOWN
            # A change-over is long enough to introduce the step and say its safety note
            # before it starts (and before its 3-2-1), so the note never crowds the step.
            said = self.voice.after(float(self.clock)) - self.clock + self.seconds(text)
            if self.safety:
                said += SPEECH_GAP + self.seconds(self.safety)
            needed = math.ceil(said + SPEECH_GAP - EPSILON) + (COUNTDOWN_FROM if countdown else 0)
            seg = self._add(SegmentKind.GAP, Side.NONE, max(seconds, needed))
        start = self.voice.after(seg.start)
        self._say(start, text, type_, seg)
        said = start + self.seconds(text) + SPEECH_GAP  # the note follows at once
        limit = float(seg.end)
        if countdown and self._countdown(seg):
            limit = float(seg.end - COUNTDOWN_FROM)
        if self.safety:
            at = self.voice.earliest(said, self.seconds(self.safety), limit - SPEECH_GAP)
            if at is not None:
                self._say(at, self.safety, CueType.SAFETY, seg)
                self._safety_done()

    def _pending_safety(self) -> str | None:
        """A safety note not yet said goes into the opening of the step's first block."""
        if self.safety and not self.out.safety_said:
            self._safety_done()
            return self.safety
        return None

    def _safety_done(self) -> None:
        self.out.safety_said = True

    # -- blocks ---------------------------------------------------------------------------

    def _spill(self) -> float:
        """How far the speech before the next block runs into it."""
        return max(0.0, self.voice.end() + SPEECH_GAP - self.clock)

    def _count_wait(self, spill: float, opening: str) -> int:
        """Counting waits for the opening to be said, so "one" is never talked over."""
        if not self.step.counted:
            return 0
        said = self.seconds(opening) + SPEECH_GAP if opening else 0.0
        return math.ceil(spill + said - EPSILON)

    def _block(self, side: Side, text: str, wait: int) -> None:
        step = self.step
        pauses = self._pauses()
        seconds = self._block_seconds(wait, pauses)
        seg = self._add(SegmentKind.EXERCISE, side, seconds, step.reps,
                        step.rep_seconds if step.counted else None, wait, pauses)
        if text:
            self._say(self.voice.after(seg.start), text, CueType.ANNOUNCE, seg)
        # Everything else in the block ends before its end tone (the opening is only ever
        # placed after the speech before it, so the tone joins the voice after it).
        self.voice.add(float(seg.end), seg.end + END_TONE_SECONDS)
        limit = float(seg.end)
        if step.counted:
            self._counts(seg)
            self._rep_words(seg)
        elif seconds >= MIN_SECONDS_FOR_COUNTDOWN and self._countdown(seg, timed=True):
            limit = float(seg.end - COUNTDOWN_FROM)
        self._tips(seg, side, limit)
        if not step.counted and step.halfway and seconds >= MIN_SECONDS_FOR_HALFWAY:
            middle = seg.start + seconds / 2
            length = self.seconds(plan_words.halfway())
            at = self.voice.earliest(middle, length,
                                     min(limit - SPEECH_GAP, middle + HALFWAY_SLIP + length))
            if at is not None:
                self._say(at, plan_words.halfway(), CueType.HALFWAY, seg)
        self.out.cues.append(Cue(float(seg.end), "", CueType.END, seg.index, tone="end",
                                 from_end=True))

    def _block_seconds(self, wait: int, pauses: tuple[tuple[int, float], ...] = ()) -> int:
        step = self.step
        if not step.counted:
            scaled = round(step.side_seconds * self.settings.hold_scale)
            return max(MIN_SECONDS, min(MAX_SECONDS, scaled))
        beats = self._beats()
        last = self._count_text(beats)
        paused = sum(p for _, p in pauses)
        # The last count is said to its end inside the block, never over what follows.
        said = wait + (beats - 0.5) * step.rep_seconds + paused + self.seconds(last) + SPEECH_GAP
        return max(MIN_SECONDS, wait + math.ceil(step.side_seconds + paused - EPSILON),
                   math.ceil(said - EPSILON))

    def _rep_cues(self) -> list[tuple[int, str]]:
        """(rep, words) said between count ``rep`` and the next, in rep order."""
        step = self.step
        if step.reps is None:
            return []
        return sorted((c.after_rep, c.text) for c in step.cues
                      if c.after_rep is not None and 1 <= c.after_rep < step.reps)

    def _rep_timing(self, rep: int) -> tuple[float, float, float]:
        """For the words after ``rep``, in seconds of counting: when that rep's count ends,
        when the rep ends, and when the next count is said (before any pause)."""
        per = 2 if self.step.sides is Sides.ALTERNATING else 1
        beat = self.step.rep_seconds
        said = (rep * per - 0.5) * beat + self.seconds(self._count_text(rep * per))
        return said, rep * per * beat, (rep * per + per - 0.5) * beat

    def _rep_slack(self, rep: int, text: str) -> tuple[float, float]:
        """For the words after ``rep``, in seconds of counting: the earliest they may start
        (a breath after that rep's count), and the room left around them before the next
        count (negative: that much is missing)."""
        count_ends, _, next_count = self._rep_timing(rep)
        earliest = count_ends + REP_WORDS_GAP
        return earliest, next_count - REP_WORDS_GAP - earliest - self.seconds(text)

    def _pauses(self) -> tuple[tuple[int, float], ...]:
        """How long counting stops after each rep with words after it: none when the words
        fit between the two counts with a breath either side, else just enough (in quarter
        seconds)."""
        pauses = []
        for rep, text in self._rep_cues():
            _, slack = self._rep_slack(rep, text)
            if slack < -EPSILON:
                pauses.append((rep, math.ceil(-slack * 4 - EPSILON) / 4))
        return tuple(pauses)

    def _rep_words(self, seg: Segment) -> None:
        """The words between two counts, in the middle of the quiet between them (counting
        stops at the rep's end for as long as they need)."""
        for rep, text in self._rep_cues():
            earliest, slack = self._rep_slack(rep, text)
            start = earliest + max(0.0, slack) / 2
            _, rep_ends, _ = self._rep_timing(rep)
            at = seg.start + seg.counting_moment(min(start, rep_ends)) + max(0.0, start - rep_ends)
            self._say(at, text, CueType.MID, seg)

    def _beats(self) -> int:
        assert self.step.reps is not None
        return self.step.reps * (2 if self.step.sides is Sides.ALTERNATING else 1)

    def _count_text(self, beat: int) -> str:
        n = beat // 2 if self.step.sides is Sides.ALTERNATING else beat
        return plan_words.capitalised(number_word(n)) + "."

    def _counts(self, seg: Segment) -> None:
        step = self.step
        alternating = step.sides is Sides.ALTERNATING
        spacing = step.rep_seconds * (2 if alternating else 1)
        longest = 0.0
        for beat in range(1, self._beats() + 1):
            # Alternating steps count each pair once, on the second side.
            if alternating and beat % 2:
                continue
            # Said in the middle of each rep, like a coach counting along.
            at = seg.start + seg.counting_moment((beat - 0.5) * step.rep_seconds)
            text = self._count_text(beat)
            longest = max(longest, self.seconds(text))
            self._say(at, text, CueType.COUNT, seg)
        if longest + SPEECH_GAP > spacing + EPSILON and seg.side is not Side.RIGHT:
            wpm = self.settings.speech_wpm
            self._warn(f"a count takes {longest:.1f} s to say at {wpm} words a minute, but "
                       f"the counts come every {spacing:g} s, so they run into each other: "
                       f"make rep_seconds at least {_up(longest + SPEECH_GAP, alternating)} "
                       "(a slower tempo), or raise the speech rate")
        # Slower speech takes longer to say the same words: the limit is in words, not seconds.
        if seg.count_from > LONG_COUNT_WAIT * DEFAULT_RATE / self.settings.speech_wpm \
                and seg.side is not Side.RIGHT:
            self._warn(f"counting waits {seg.count_from} s for the opening words to be said: "
                       "use fewer words in say and cues")

    def _countdown(self, seg: Segment, *, timed: bool = False) -> bool:
        """The last three seconds, each number said on its second. A number the speech before
        it would talk over is only ticked, where the tick meets no word. True when all three
        are said."""
        all_said = True
        for n in range(COUNTDOWN_FROM, 0, -1):
            at = float(seg.end - n)
            text = f"{plan_words.capitalised(number_word(n))}."
            if self.voice.free(at, at + self.seconds(text)):
                self._say(at, text, CueType.COUNTDOWN, seg, from_end=True)
                continue
            all_said = False
            if self.voice.free(at, at + TICK_SECONDS):
                self.voice.add(at, at + TICK_SECONDS)
                self.out.cues.append(Cue(at, "", CueType.COUNTDOWN, seg.index, tone="tick",
                                         from_end=True))
        if timed and not all_said:
            self._warn(f"the opening words run into the three-two-one of this {seg.seconds} "
                       "second step: use fewer words in say, or make the step longer")
        return all_said

    def _tips(self, seg: Segment, side: Side, limit: float) -> None:
        """Mid-step cues go where they fit without touching a count or the countdown;
        one that fits nowhere moves into this block's opening (the next round)."""
        step = self.step
        active = step.side_seconds if step.counted else float(seg.seconds)
        scale = 1.0 if step.counted or not step.seconds else seg.seconds / step.seconds
        wanted = sorted(((active / 2 if mid.at is None else mid.at * scale), mid.text)
                        for mid in step.cues if mid.after_rep is None
                        and mid.text not in self.merged.get(side, []))
        for offset, text in wanted:
            desired = seg.start + seg.count_from + offset
            at = self.voice.earliest(desired, self.seconds(text), limit - SPEECH_GAP)
            if at is None:
                self.out.moved.setdefault(side, []).append(text)
            else:
                self._say(at, text, CueType.MID, seg)

    # -- helpers --------------------------------------------------------------------------

    def _add(self, kind: SegmentKind, side: Side, seconds: int, reps: int | None = None,
             rep_seconds: float | None = None, count_from: int = 0,
             pauses: tuple[tuple[int, float], ...] = ()) -> Segment:
        seg = Segment(self.index, kind, self.i, self.step.exercise, side, self.clock, seconds,
                      reps, rep_seconds, count_from, pauses)
        self.out.segments.append(seg)
        self.index += 1
        self.clock += seconds
        return seg

    def _say(self, at: float, text: str, type_: CueType, seg: Segment, *,
             tone: str | None = None, from_end: bool = False) -> None:
        self.voice.add(at, at + self.seconds(text))
        spoken = self.c.spoken(text)
        self.out.cues.append(Cue(float(at), text, type_, seg.index, tone, from_end,
                                 "" if spoken == text else spoken))

    def _warn(self, message: str) -> None:
        if not any(w.message == message for w in self.out.warnings):
            self.out.warnings.append(FitWarning(self.i, self.step.exercise.name, message))


def _up(seconds: float, alternating: bool) -> str:
    """A rep length (per side for alternating steps) that gives a count this long, rounded up."""
    per_rep = seconds / (2 if alternating else 1)
    return f"{math.ceil(per_rep * 4) / 4:g}"


def _first_set(*values: int | None) -> int:
    return next(v for v in values if v is not None)

