from __future__ import annotations

import itertools

import pytest

from coach.core.model import Sides, Step
from coach.core.plan.compiler import CueType, PlanSettings, SegmentKind, Side, compile_plan
from coach.core.plan.phrase_time import estimate_speech_seconds
from tests.core.helpers import CALF, CIRCLES, MARCH, routine, three_step


def test_timeline_is_contiguous_and_total_known_before_start():
    plan = compile_plan(three_step())
    starts = [s.start for s in plan.segments]
    assert starts[0] == 0
    for before, after in zip(plan.segments, plan.segments[1:], strict=False):
        assert after.start == before.end
    # 10 lead-in + 30 + 5 gap + 20 + 3 switch + 20 + 5 gap + 5 reps of 2 s (the change-over
    # said the name: counting starts at once) + 1 s for the last end tone before the closing
    assert plan.total_seconds == 104 and plan.tail_seconds == 1
    assert plan.segments[-1].end == 103
    assert [s.kind for s in plan.segments] == [
        SegmentKind.LEAD_IN, SegmentKind.EXERCISE, SegmentKind.GAP, SegmentKind.EXERCISE,
        SegmentKind.SWITCH, SegmentKind.EXERCISE, SegmentKind.GAP, SegmentKind.EXERCISE,
    ]


def test_per_side_steps_are_equal_left_first_with_a_switch_gap():
    plan = compile_plan(three_step())
    calf = [s for s in plan.segments if s.exercise is CALF and s.is_exercise]
    assert [s.side for s in calf] == [Side.LEFT, Side.RIGHT]
    assert calf[0].seconds == calf[1].seconds == 20
    switch = plan.segments[calf[0].index + 1]
    assert switch.kind is SegmentKind.SWITCH and switch.seconds == 3
    # "Switch sides." waits for the left side's end tone (0.5 s) and a breath after it.
    tone = next(c for c in plan.cues if c.tone == "end" and c.segment == calf[0].index)
    said = next(c for c in plan.cues if c.type is CueType.SWITCH)
    assert tone.at == switch.start and said.at == pytest.approx(switch.start + 0.55)


def test_per_side_mid_cue_is_said_on_both_sides():
    plan = compile_plan(three_step())
    mids = [c for c in plan.cues if c.type is CueType.MID]
    assert [c.at for c in mids] == [50.0, 73.0]


def test_hold_scale_stretches_timed_steps_but_not_counted_ones():
    base = compile_plan(three_step())
    doubled = compile_plan(three_step(), PlanSettings(hold_scale=2.0))
    halved = compile_plan(three_step(), PlanSettings(hold_scale=0.5))
    def lengths(plan):
        return [s.seconds for s in plan.segments if s.is_exercise]
    assert lengths(base) == [30, 20, 20, 10]
    assert lengths(doubled) == [60, 40, 40, 10]
    assert lengths(halved) == [15, 10, 10, 10]
    with pytest.raises(ValueError, match="hold_scale"):
        PlanSettings(hold_scale=2.5)


def test_settings_override_gaps_and_lead_in():
    plan = compile_plan(three_step(), PlanSettings(lead_in_seconds=0, changeover_seconds=0,
                                                   switch_seconds=0))
    assert plan.segments[0].kind is SegmentKind.EXERCISE
    assert all(s.is_exercise for s in plan.segments)
    # Each step's first words wait for the end tone before it: counting starts a second later.
    assert plan.total_seconds == 30 + 20 + 20 + 12 + 1
    right = next(s for s in plan.segments if s.side is Side.RIGHT)
    announce = [c for c in plan.cues if c.segment == right.index and c.type is CueType.ANNOUNCE]
    assert announce[0].at == pytest.approx(right.start + 0.55)
    assert announce[0].text.startswith("Switch sides.")


def test_cues_announce_next_up_countdown_counts_and_finish():
    plan = compile_plan(three_step())
    types = {c.type for c in plan.cues}
    assert {CueType.LEAD_IN, CueType.ANNOUNCE, CueType.NEXT, CueType.SWITCH, CueType.COUNTDOWN,
            CueType.COUNT, CueType.HALFWAY, CueType.MID, CueType.END, CueType.FINISH} <= types
    march = plan.segments[1]
    countdown = [c for c in plan.cues if c.type is CueType.COUNTDOWN and c.segment == 1]
    assert [(c.at, c.text) for c in countdown] == [
        (march.end - 3, "Three."), (march.end - 2, "Two."), (march.end - 1, "One.")]
    assert plan.cues[-1].at == plan.total_seconds
    last_tone = max(c.at for c in plan.cues if c.tone == "end")
    assert last_tone == plan.segments[-1].end == plan.total_seconds - 1
    assert any(c.type is CueType.FINISH for c in plan.cues if c.at == plan.total_seconds)
    counts = [c.text for c in plan.cues if c.type is CueType.COUNT]
    assert counts[-1] == "Five."
    assert [c.at for c in plan.cues] == sorted(c.at for c in plan.cues)


def test_overlapping_cues_resolved_by_priority_at_build_time():
    # A 7-second step with a long opening: the countdown would talk over the name.
    long_say = "Stand tall, relax your shoulders and breathe slowly through the nose."
    plan = compile_plan(routine(Step(MARCH, seconds=7, say=long_say)),
                        PlanSettings(lead_in_seconds=0))
    spoken = [c for c in plan.cues if c.text]
    announce = [c for c in spoken if c.type is CueType.ANNOUNCE]
    assert announce, "the exercise name must survive"
    end_of_announce = announce[0].at + estimate_speech_seconds(announce[0].text, 175)
    assert all(c.at >= end_of_announce for c in spoken if c.type is CueType.COUNTDOWN)
    # No two kept spoken cues overlap.
    spans = sorted((c.at, c.at + estimate_speech_seconds(c.text, 175)) for c in spoken)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert start >= end


def test_alternating_counted_step_counts_pairs():
    plan = compile_plan(routine(Step(CIRCLES, reps=3, rep_seconds=2.0, sides=Sides.ALTERNATING)),
                        PlanSettings(lead_in_seconds=0))
    seg = plan.segments[0]
    assert seg.side is Side.BOTH and seg.seconds == seg.count_from + 12
    counts = [c.text for c in plan.cues if c.type is CueType.COUNT]
    assert counts[-1] == "Three."


def test_counting_waits_for_each_sides_opening_and_both_sides_do_the_same_reps():
    plan = compile_plan(routine(Step(CIRCLES, reps=4, rep_seconds=2.0, sides=Sides.PER_SIDE,
                                     say="Slow circles, as big as feels easy.")))
    left, right = [s for s in plan.segments if s.is_exercise]
    assert left.seconds - left.count_from == right.seconds - right.count_from == 8
    assert left.reps == right.reps and left.rep_seconds == right.rep_seconds
    # Only the left side says the how-to: the right side does not wait in silence for it.
    assert left.count_from >= 3 > right.count_from
    announce = next(c for c in plan.cues if c.type is CueType.ANNOUNCE)
    counts = [c for c in plan.cues if c.type is CueType.COUNT and c.segment == left.index]
    assert [c.text for c in counts] == ["One.", "Two.", "Three.", "Four."]
    assert counts[0].at >= announce.at + estimate_speech_seconds(announce.text, 175)


def test_extended_moves_end_anchored_cues_and_later_segments():
    plan = compile_plan(three_step())
    longer = plan.extended(1, 10)
    assert longer.total_seconds == plan.total_seconds + 10
    assert longer.segments[1].seconds == 40
    assert longer.segments[2].start == plan.segments[2].start + 10
    halfway = [c.at for c in longer.cues if c.segment == 1 and c.type is CueType.HALFWAY]
    assert halfway == [25.0]  # anchored to the start: stays
    countdown = [c.at for c in longer.cues if c.segment == 1 and c.type is CueType.COUNTDOWN]
    assert countdown == [47.0, 48.0, 49.0]
    # Time added to the last step moves its end tone and the closing words after it alike.
    last = plan.segments[-1].index
    later = plan.extended(last, 10)
    finish = next(c for c in later.cues if c.type is CueType.FINISH)
    assert finish.at == later.total_seconds == plan.total_seconds + 10
    assert max(c.at for c in later.cues if c.tone == "end") == later.segments[-1].end


def test_a_said_countdown_number_has_no_tick_under_it():
    plan = compile_plan(three_step())
    said = [c for c in plan.cues if c.type is CueType.COUNTDOWN]
    assert said and all(c.text and c.tone is None for c in said)


def test_phrases_are_distinct_and_in_first_use_order():
    phrases = compile_plan(three_step()).phrases()
    assert len(phrases) == len(set(phrases))
    assert phrases[0].startswith("Test routine. Get ready.")
    assert "" not in phrases


def test_json_shape():
    data = compile_plan(three_step()).to_json()
    assert set(data) >= {"id", "name", "kind", "total_seconds", "segments", "cues"}
    seg = data["segments"][3]
    assert set(seg) >= {"index", "exercise", "name", "kind", "focus", "side", "start", "seconds",
                        "reps"}
    assert seg["side"] == "left" and seg["exercise"] == "calf"
    assert set(data["cues"][0]) >= {"at", "text", "type"}


def test_empty_routine_is_refused():
    with pytest.raises(ValueError, match="no steps"):
        compile_plan(routine())


def test_the_voice_gets_the_spoken_form_and_the_plan_is_fitted_to_it() -> None:
    from dataclasses import replace

    from coach.core.model import Exercise, ExerciseKind, Focus

    named = Exercise("hips", "Hips & hamstrings", ExerciseKind.MOBILISE, (Focus.HIP,), "Easy.")
    said = "Circle your hips, then reach for your toes, slowly and gently"
    plain = routine(Step(MARCH, seconds=20), Step(named, seconds=20))
    spoken = replace(plain, pronounce=(("hips & hamstrings", said),))
    plan = compile_plan(spoken)
    intro = next(c for c in plan.cues if c.type is CueType.NEXT)
    assert intro.text == "Next up, Hips & hamstrings."  # the screen and limber show
    assert intro.spoken == f"Next up, {said[0].upper()}{said[1:]}."  # the voice
    assert intro.spoken in plan.phrases() and intro.text not in plan.phrases()
    assert plan.to_json()["cues"][0]["spoken"] == plan.cues[0].spoken
    # Without the table the symbol is still said as a word, never read out.
    bare = next(c for c in compile_plan(plain).cues if c.type is CueType.NEXT)
    assert bare.spoken == "Next up, Hips and hamstrings."
    # The longer spoken form is what the change-over is fitted to.
    gap = next(s for s in plan.segments if s.kind is SegmentKind.GAP)
    assert gap.seconds > 5
    assert intro.at + estimate_speech_seconds(intro.spoken, 175) <= gap.end
