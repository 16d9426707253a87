"""Which picture frame shows when: the tempo of counted steps, timed moves, held stretches."""

from __future__ import annotations

import pytest

from coach.app.picture_frames import (
    TIMED_MOVE_FRAME_SECONDS,
    Frame,
    PictureFrame,
    frame_name,
    motion_reduced,
    picture_frame,
)
from coach.core.plan.compiler import PlanSettings, Segment, SegmentKind, Side, compile_plan
from tests.qt.helpers import warm_up

PLAN = compile_plan(warm_up(), PlanSettings(lead_in_seconds=5))


def _segment(kind: SegmentKind, exercise: str, side: Side | None = None) -> Segment:
    return next(s for s in PLAN.segments if s.kind is kind and s.exercise.id == exercise
                and (side is None or s.side is side))


def _frames(segment: Segment, step: float, *, still: bool = False) -> list[Frame]:
    count = int(segment.seconds / step)
    return [picture_frame(segment, segment.start + i * step + step / 2, still=still).frame
            for i in range(count)]


def test_a_counted_step_alternates_at_its_tempo_after_the_opening_cue():
    seg = _segment(SegmentKind.EXERCISE, "circles")
    assert seg.reps == 5 and seg.rep_seconds == 2.0
    first_count = seg.start + seg.count_from
    before = picture_frame(seg, first_count - 0.01, still=False)
    assert before == PictureFrame(Frame.START, False, first_count)
    # Start for the first half of each rep, end for the second: a change every second.
    expected = [Frame.START, Frame.END] * 5
    got = [picture_frame(seg, first_count + 0.5 + i, still=False).frame for i in range(10)]
    assert got == expected
    mid_rep = picture_frame(seg, first_count + 1.25, still=False)
    assert mid_rep.changes_at == pytest.approx(first_count + 2.0)


def test_the_last_change_of_a_segment_is_not_scheduled_past_its_end():
    seg = _segment(SegmentKind.EXERCISE, "circles")
    last = picture_frame(seg, seg.end - 0.1, still=False)
    assert last.changes_at is None


def test_a_change_lands_exactly_on_its_moment_despite_float_noise():
    seg = _segment(SegmentKind.EXERCISE, "circles")
    at = seg.start + seg.count_from + 1.0
    assert picture_frame(seg, at - 1e-9, still=False).frame is Frame.END


def test_a_timed_move_alternates_once_a_second():
    seg = _segment(SegmentKind.EXERCISE, "march")
    frames = _frames(seg, TIMED_MOVE_FRAME_SECONDS)
    assert frames[:4] == [Frame.START, Frame.END, Frame.START, Frame.END]
    assert len(set(frames)) == 2


def test_a_stretch_shows_the_held_position_throughout():
    left = _segment(SegmentKind.EXERCISE, "calf", Side.LEFT)
    assert set(_frames(left, 0.5)) == {Frame.END}
    assert picture_frame(left, left.start + 1, still=False).changes_at is None


def test_the_change_over_before_a_stretch_shows_the_way_in_once():
    gap = _segment(SegmentKind.GAP, "calf")
    halfway = gap.start + gap.seconds / 2
    assert picture_frame(gap, gap.start + 0.1, still=False) == PictureFrame(
        Frame.START, False, halfway)
    assert picture_frame(gap, halfway + 0.1, still=False).frame is Frame.END


def test_the_lead_in_before_a_move_shows_its_start_still():
    lead = PLAN.segments[0]
    assert lead.kind is SegmentKind.LEAD_IN and lead.exercise.id == "march"
    assert set(_frames(lead, 0.5)) == {Frame.START}


def test_the_left_side_is_mirrored_and_the_right_is_not():
    left = _segment(SegmentKind.EXERCISE, "calf", Side.LEFT)
    right = _segment(SegmentKind.EXERCISE, "calf", Side.RIGHT)
    assert picture_frame(left, left.start + 1, still=False).mirrored
    assert not picture_frame(right, right.start + 1, still=False).mirrored


@pytest.mark.parametrize(("exercise", "frame"), [("circles", Frame.START), ("march", Frame.START),
                                                 ("calf", Frame.END)])
def test_reduced_motion_keeps_one_frame(exercise, frame):
    seg = _segment(SegmentKind.EXERCISE, exercise)
    assert set(_frames(seg, 0.25, still=True)) == {frame}
    assert picture_frame(seg, seg.start + 3, still=True).changes_at is None


def test_frame_files_are_named_from_the_picture():
    assert frame_name("calf-raises", Frame.START) == "calf-raises"
    assert frame_name("calf-raises", Frame.END) == "calf-raises-end"


def test_reduced_motion_follows_the_platform_only_when_asked_to():
    asked: list[bool] = []

    def platform(answer: bool):
        def ask() -> bool:
            asked.append(answer)
            return answer
        return ask

    assert motion_reduced("on", platform(False)) is True
    assert motion_reduced("off", platform(True)) is False
    assert asked == []
    assert motion_reduced("system", platform(True)) is True
    assert motion_reduced("system", platform(False)) is False
    assert asked == [True, False]


def test_a_pause_for_words_between_two_counts_holds_the_start_frame():
    from coach.core.model import MidCue, Step
    from tests.core.helpers import CIRCLES, routine

    word = "Now turn the other way, slowly and smoothly."
    step = Step(CIRCLES, reps=6, rep_seconds=2.0, cues=(MidCue(word, after_rep=3),))
    seg = compile_plan(routine(step), PlanSettings(lead_in_seconds=0)).segments[0]
    ((_, pause),) = seg.pauses
    origin = seg.start + seg.count_from
    assert picture_frame(seg, origin + 5.5, still=False).frame is Frame.END  # rep 3, second half
    held = picture_frame(seg, origin + 6 + pause / 2, still=False)
    assert held == PictureFrame(Frame.START, False, pytest.approx(origin + 7 + pause))
    assert picture_frame(seg, origin + 7.5 + pause, still=False).frame is Frame.END  # rep 4
