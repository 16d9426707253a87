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
from coach.core.plan.tone_lengths import CHIME_SECONDS, END_TONE_SECONDS, TICK_SECONDS

TONE_SECONDS = {"end": END_TONE_SECONDS, "tick": TICK_SECONDS}


def spans(plan: Plan, seconds: Callable[[str], float]) -> list[tuple[float, float, str]]:
    """Each spoken cue's span: its spoken form, or the chime that stands in when its clip is
    not ready, whichever is longer."""
    return sorted((c.at, c.at + max(seconds(c.spoken), CHIME_SECONDS), c.text)
                  for c in plan.cues if c.text)


def tone_spans(plan: Plan) -> list[tuple[float, float, str]]:
    return sorted((c.at, c.at + TONE_SECONDS[c.tone], c.tone) for c in plan.cues if c.tone)


def tone_overlaps(plan: Plan, seconds: Callable[[str], float]) -> list[tuple[str, float, str]]:
    """(tone, when, words) for every spoken cue that meets a tone, or comes closer to it than
    the quiet kept between two cues: the tone would cover a syllable."""
    return [(tone, t0, text) for t0, t1, tone in tone_spans(plan)
            for s0, s1, text in spans(plan, seconds)
            if s0 < t1 + SPEECH_GAP - EPSILON and s1 + SPEECH_GAP > t0 + EPSILON]


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
        # Each count in the middle of its rep, later by the pauses for words before it.
        expected = [(seg.start + seg.count_from + (per * n - 0.5) * seg.rep_seconds
                     + sum(pause for rep, pause in seg.pauses if rep < n),
                     f"{plan_words.capitalised(number_word(n))}.") for n in range(1, seg.reps + 1)]
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
    # No word meets a tone: a tone over the first syllable hides it.
    assert tone_overlaps(plan, seconds) == []
    # Every cue is said inside the plan (a cue after the end is never played).
    assert all(c.at <= plan.total_seconds for c in plan.cues)
    # The 3-2-1 of every timed step long enough to have one is said in full.
    for seg in plan.segments:
        if seg.is_exercise and seg.reps is None and seg.seconds >= 6:
            numbers = [c.text for c in plan.cues
                       if c.segment == seg.index and c.type is CueType.COUNTDOWN]
            assert numbers == [f"{plan_words.capitalised(number_word(n))}." for n in (3, 2, 1)], \
                (seg, numbers)
    # Every step introduced by name, once: by its change-over (or the lead-in) when it has
    # one, else by its opening. Each side says which limb.
    for i, step in enumerate(routine.steps):
        name = step.exercise.name
        segs = [s for s in plan.segments if s.step == i]
        intro = [c for c in plan.cues if c.segment == segs[0].index and
                 c.type in (CueType.NEXT, CueType.LEAD_IN)]
        blocks = [s for s in segs if s.is_exercise]
        openings = [next((c.text for c in plan.cues
                          if c.segment == b.index and c.type is CueType.ANNOUNCE), "")
                    for b in blocks]
        if segs[0].kind in (SegmentKind.GAP, SegmentKind.LEAD_IN):
            assert intro and name in intro[0].text, (i, intro)
            # Said again only as the one word that starts a timed block with nothing else.
            assert name not in openings[0] or openings[0] == f"{name}.", openings[0]
        else:
            assert openings[0].startswith(name), openings[0]
        if step.sides is Sides.PER_SIDE:
            left = plan_words.side_words(step.exercise, "left")
            right = plan_words.capitalised(plan_words.side_words(step.exercise, "right"))
            assert left in openings[0] or plan_words.capitalised(left) in openings[0], openings
            assert right in openings[1], openings
    # Each safety note said once, in the routine it belongs to.
    texts = [c.text for c in plan.cues if c.text]
    for note in {s.exercise.safety for s in routine.steps if s.exercise.safety}:
        assert sum(note in t for t in texts) == 1, note
    # The last words: the pain rule first, in its own sentence, then what the kind needs.
    finish = next(c for c in plan.cues if c.type is CueType.FINISH)
    assert finish.at == plan.total_seconds
    assert all(c.at < finish.at or not c.text for c in plan.cues if c is not finish)
    assert finish.text.startswith(plan_words.pain_rule())
    if routine.kind is RoutineKind.WARM_UP:
        assert plan_words.knee_flare() in finish.text
    if routine.kind is RoutineKind.COOL_DOWN:
        assert plan_words.refuel() in finish.text
