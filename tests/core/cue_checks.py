"""What every compiled plan must promise a runner who cannot see the screen.

Shared by the fitting tests with estimated lengths and the speech tests with real clips.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from coach.core.model import RoutineKind, Sides
from coach.core.plan import plan_words
from coach.core.plan.compiler import EPSILON, SPEECH_GAP, CueType, Plan, SegmentKind, Side
from coach.core.plan.number_words import number_word


def spans(plan: Plan, seconds: Callable[[str], float]) -> list[tuple[float, float, str]]:
    return sorted((c.at, c.at + seconds(c.text), c.text) for c in plan.cues if c.text)


def tightest_gap(plan: Plan, seconds: Callable[[str], float]) -> float:
    said = spans(plan, seconds)
    return min(b[0] - a[1] for a, b in itertools.pairwise(said))


def counts(plan: Plan) -> tuple[int, int]:
    """(counts said in their place, counts planned) over the whole plan."""
    said = planned = 0
    for seg in plan.segments:
        if not seg.is_exercise or seg.reps is None or seg.rep_seconds is None:
            continue
        per = 2 if seg.side is Side.BOTH else 1
        planned += seg.reps
        expected = [(seg.start + seg.count_from + (per * n - 0.5) * seg.rep_seconds,
                     f"{number_word(n).capitalize()}.") for n in range(1, seg.reps + 1)]
        got = [(c.at, c.text) for c in plan.cues
               if c.segment == seg.index and c.type is CueType.COUNT]
        said += sum(1 for (at, text), (g_at, g_text) in zip(expected, got, strict=False)
                    if abs(at - g_at) < EPSILON and text == g_text)
    return said, planned


def check_plan(plan: Plan, seconds: Callable[[str], float]) -> None:
    routine = plan.routine
    said, planned = counts(plan)
    assert said == planned, f"{said} of {planned} counts said in their place"
    # Nothing talks over anything.
    for (_, end, text), (start, _, after) in itertools.pairwise(spans(plan, seconds)):
        assert start >= end + SPEECH_GAP - EPSILON, f"{text!r} runs into {after!r}"
    # Every cue is said inside the plan (a cue after the end is never played).
    assert all(c.at <= plan.total_seconds for c in plan.cues)
    # The 3-2-1 of every timed step long enough to have one is said in full.
    for seg in plan.segments:
        if seg.is_exercise and seg.reps is None and seg.seconds >= 6:
            numbers = [c.text for c in plan.cues
                       if c.segment == seg.index and c.type is CueType.COUNTDOWN]
            assert numbers == ["Three.", "Two.", "One."], (seg, numbers)
    # Every step introduced, by name, and each side says which limb.
    for i, step in enumerate(routine.steps):
        segs = [s for s in plan.segments if s.step == i]
        intro = [c for c in plan.cues if c.segment == segs[0].index and
                 c.type in (CueType.NEXT, CueType.LEAD_IN)]
        if segs[0].kind in (SegmentKind.GAP, SegmentKind.LEAD_IN):
            assert intro and step.exercise.name in intro[0].text, (i, intro)
        blocks = [s for s in segs if s.is_exercise]
        openings = [next(c.text for c in plan.cues
                         if c.segment == b.index and c.type is CueType.ANNOUNCE) for b in blocks]
        assert openings[0].startswith(step.exercise.name), openings[0]
        if step.sides is Sides.PER_SIDE:
            part = step.exercise.side_part
            assert f"left {part}" in openings[0] and f"Right {part}" in openings[1], openings
    # Each safety note said once, in the routine it belongs to.
    texts = [c.text for c in plan.cues if c.text]
    for note in {s.exercise.safety for s in routine.steps if s.exercise.safety}:
        assert sum(note in t for t in texts) == 1, note
    # The last words: the pain rule first, in its own sentence, then what the kind needs.
    finish = next(c for c in plan.cues if c.type is CueType.FINISH)
    assert finish.at == plan.total_seconds
    assert all(c.at < finish.at or not c.text for c in plan.cues if c is not finish)
    assert finish.text.startswith(plan_words.PAIN_RULE)
    if routine.kind is RoutineKind.WARM_UP:
        assert plan_words.KNEE_FLARE in finish.text
    if routine.kind is RoutineKind.COOL_DOWN:
        assert "water" in finish.text and "protein" in finish.text
