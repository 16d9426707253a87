"""What the session screen shows in each kind of segment (no widgets involved)."""

from __future__ import annotations

from dataclasses import replace

from coach.app.display import describe, stop_question
from coach.app.state_colours import Tone
from coach.core.clock import FakeClock
from coach.core.model import Routine
from coach.core.plan.compiler import CueType, PlanSettings, SegmentKind, Side, compile_plan
from coach.core.session import Session, drive
from coach.core.session_events import State
from tests.qt.helpers import CALF, warm_up


def _at(seconds: float, routine: Routine | None = None):
    """The display ``seconds`` into the test warm-up (5 s lead-in)."""
    plan = compile_plan(routine or warm_up(), PlanSettings(lead_in_seconds=5))
    clock = FakeClock(0.0)
    session = Session(plan, clock)
    session.start()
    drive(session, seconds, clock.set)
    return describe(session.snapshot(), plan), session.snapshot()


def test_lead_in_names_the_first_exercise_and_says_get_ready():
    d, snap = _at(1)
    assert snap.segment.kind is SegmentKind.LEAD_IN
    assert d.title == "March"
    assert d.tone is Tone.READY and d.side_word == "GET READY"
    assert d.kicker == "First up"
    assert d.countdown == "4"
    assert d.next_up == "Then: Calf stretch, left side"
    assert d.active and not d.paused


def test_a_timed_step_counts_down_with_the_next_exercise():
    d, _ = _at(5 + 10)
    assert d.title == "March"
    assert d.tone is Tone.WORKING and d.side_word == ""  # no side, but a colour of its own
    assert d.countdown == d.big == "20"
    assert d.big_template == "88"
    assert d.reps == "" and d.big_suffix == "" and d.small == ""
    assert d.how.startswith("March on the spot")
    assert d.next_up == "Next: Calf stretch, left side"
    assert d.step == "Step 1 of 3"


def test_the_gap_before_a_per_side_step_says_left_first():
    d, snap = _at(5 + 30 + 1)
    assert snap.segment.kind is SegmentKind.GAP
    assert d.title == "Calf stretch"
    assert d.tone is Tone.READY and d.side_word == "GET READY"
    assert d.kicker == "Left side first"


def test_left_and_right_differ_in_badge_and_text():
    left, snap = _at(5 + 30 + 5 + 2)
    assert snap.segment.side is Side.LEFT
    right, snap = _at(5 + 30 + 5 + 20 + 3 + 2)
    assert snap.segment.side is Side.RIGHT
    assert (left.tone, right.tone) == (Tone.LEFT, Tone.RIGHT)
    assert "LEFT" in left.side_word and "RIGHT" not in left.side_word
    assert "RIGHT" in right.side_word and "LEFT" not in right.side_word
    assert "◀" in left.side_word and "▶" in right.side_word  # an arrow too
    assert left.next_up == "Next: Calf stretch, right side"
    assert left.safety == "Ease off if it pinches."


def test_next_up_names_the_limb_as_the_voice_does():
    base = warm_up()
    steps = tuple(replace(step, exercise=replace(CALF, side_part="leg back"))
                  if step.exercise is CALF else step for step in base.steps)
    routine = replace(base, steps=steps)
    march, _ = _at(5 + 10, routine)
    left, snap = _at(5 + 30 + 5 + 2, routine)
    assert snap.segment.side is Side.LEFT
    assert march.next_up == "Next: Calf stretch, left leg back"
    assert left.next_up == "Next: Calf stretch, right leg back"
    # The same words the voice says when each side begins.
    plan = compile_plan(routine, PlanSettings(lead_in_seconds=5))
    said = " ".join(c.text for c in plan.cues if c.type is CueType.ANNOUNCE)
    assert "Left leg back" in said and "Right leg back" in said


def test_the_switch_points_to_the_right_side():
    d, snap = _at(5 + 30 + 5 + 20 + 1)
    assert snap.segment.kind is SegmentKind.SWITCH
    assert d.tone is Tone.SWITCH and d.side_word.startswith("SWITCH")
    assert d.kicker == "Switch to the right side"


def test_a_counted_step_makes_the_rep_the_big_number():
    early, snap = _at(5 + 30 + 5 + 20 + 3 + 20 + 5 + 1)
    assert early.title == "Ankle circles"
    assert early.reps == f"Rep {snap.rep} of 5"
    assert (early.big, early.big_suffix) == (str(snap.rep), " of 5")
    assert early.small == f"{early.countdown} s left"  # the seconds, small
    assert early.next_up == "Last one"
    late, _ = _at(5 + 30 + 5 + 20 + 3 + 20 + 5 + 11)
    assert late.reps == "Rep 5 of 5" and late.big == "5"
    assert early.reps != late.reps


def test_the_last_three_seconds_of_a_side_change_colour_but_keep_the_side():
    before, _ = _at(5 + 30 + 5 + 16)  # 4 s left on the left side
    assert before.tone is Tone.LEFT
    last, snap = _at(5 + 30 + 5 + 17.5)
    assert snap.remaining == 3
    assert last.tone is Tone.FINAL
    assert last.side_word == "◀ LEFT" and last.side_pill is Tone.LEFT


def test_the_lead_in_never_turns_final():
    d, snap = _at(4.5)
    assert snap.remaining == 1 and d.tone is Tone.READY


def test_paused_keeps_the_side_word_on_its_own_colour_and_says_paused_above_it():
    plan = compile_plan(warm_up(), PlanSettings(lead_in_seconds=5))
    clock = FakeClock(0.0)
    session = Session(plan, clock)
    session.start()
    drive(session, 5 + 30 + 5 + 2, clock.set)
    session.pause()
    snap = session.snapshot()
    assert snap.state is State.PAUSED
    d = describe(snap, plan)
    assert d.tone is Tone.PAUSED and d.paused
    assert d.side_word == "◀ LEFT" and d.side_pill is Tone.LEFT  # which side, still
    assert d.kicker == "Paused"
    assert d.small == "Press Space to carry on"
    assert d.big == d.countdown  # the time left still shows, at full contrast


def test_the_stop_question_names_the_routine_in_plain_words():
    plan = compile_plan(warm_up(), PlanSettings(lead_in_seconds=5))
    session = Session(plan, FakeClock(0.0))
    session.start()
    session.next()
    text = stop_question(plan, session.snapshot())
    assert text == "Stop here? You are on step 1 of 3 of Test warm-up."
    assert stop_question(plan, session.snapshot(), closing=True).startswith("Stop and close")


def test_minutes_show_as_minutes_and_seconds():
    plan = compile_plan(warm_up(), PlanSettings(lead_in_seconds=5, hold_scale=2.0))
    session = Session(plan, FakeClock(0.0))
    session.start()
    session.next()  # March, 60 s at double holds
    d = describe(session.snapshot(), plan)
    assert d.countdown == "1:00"
    assert d.big_template == "8:88"
    assert d.time_left.endswith("left")


def _paused_at(seconds: float):
    plan = compile_plan(warm_up(), PlanSettings(lead_in_seconds=5))
    clock = FakeClock(0.0)
    session = Session(plan, clock)
    session.start()
    drive(session, seconds, clock.set)
    session.pause()
    return describe(session.snapshot(), plan)


def test_paused_where_there_is_no_side_the_side_word_says_paused():
    d = _paused_at(5 + 10)  # March: no side to keep
    assert d.side_word == "PAUSED" and d.side_pill is Tone.NEUTRAL and d.tone is Tone.PAUSED
    assert d.kicker == ""


def test_paused_in_the_last_seconds_keeps_the_side_not_the_red():
    d = _paused_at(5 + 30 + 5 + 18)  # 2 s left on the left side
    assert d.side_word == "◀ LEFT" and d.side_pill is Tone.LEFT


def test_paused_while_getting_ready_keeps_get_ready_on_its_green():
    d = _paused_at(2)
    assert d.side_word == "GET READY" and d.side_pill is Tone.READY and d.kicker == "Paused"
