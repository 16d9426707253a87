"""What the session screen shows in each kind of segment (no widgets involved)."""

from __future__ import annotations

from coach.app.display import Badge, describe
from coach.clock import FakeClock
from coach.plan import PlanSettings, SegmentKind, Side, compile_plan
from coach.session import Session, drive
from tests.gui.helpers import warm_up


def _at(seconds: float):
    """The display ``seconds`` into the test warm-up (5 s lead-in)."""
    plan = compile_plan(warm_up(), PlanSettings(lead_in_seconds=5))
    clock = FakeClock(0.0)
    session = Session(plan, clock)
    session.start()
    drive(session, seconds, clock.set)
    return describe(session.snapshot(), plan), session.snapshot()


def test_lead_in_names_the_first_exercise_and_says_get_ready():
    d, snap = _at(1)
    assert snap.segment.kind is SegmentKind.LEAD_IN
    assert d.title == "March"
    assert d.badge is Badge.READY and d.badge_text == "GET READY"
    assert d.kicker == "First up"
    assert d.countdown == "4"
    assert d.next_up == "Then: Calf stretch, left side"
    assert d.active and not d.paused


def test_a_timed_step_counts_down_with_the_next_exercise():
    d, _ = _at(5 + 10)
    assert d.title == "March"
    assert d.badge is Badge.NONE
    assert d.countdown == "20"
    assert d.countdown_template == "88"
    assert d.reps == ""
    assert d.how.startswith("March on the spot")
    assert d.next_up == "Next: Calf stretch, left side"
    assert d.step == "Step 1 of 3"


def test_the_gap_before_a_per_side_step_says_left_first():
    d, snap = _at(5 + 30 + 1)
    assert snap.segment.kind is SegmentKind.GAP
    assert d.title == "Calf stretch"
    assert d.badge is Badge.NEXT
    assert d.kicker == "Left side first"


def test_left_and_right_differ_in_badge_and_text():
    left, snap = _at(5 + 30 + 5 + 2)
    assert snap.segment.side is Side.LEFT
    right, snap = _at(5 + 30 + 5 + 20 + 3 + 2)
    assert snap.segment.side is Side.RIGHT
    assert (left.badge, right.badge) == (Badge.LEFT, Badge.RIGHT)
    assert "LEFT" in left.badge_text and "RIGHT" not in left.badge_text
    assert "RIGHT" in right.badge_text and "LEFT" not in right.badge_text
    assert left.next_up == "Next: Calf stretch, right side"
    assert left.safety == "Ease off if it pinches."


def test_the_switch_points_to_the_right_side():
    d, snap = _at(5 + 30 + 5 + 20 + 1)
    assert snap.segment.kind is SegmentKind.SWITCH
    assert d.badge is Badge.RIGHT
    assert d.kicker == "Switch sides"


def test_a_counted_step_shows_the_rep():
    early, snap = _at(5 + 30 + 5 + 20 + 3 + 20 + 5 + 1)
    assert early.title == "Ankle circles"
    assert early.reps == f"Rep {snap.rep} of 5"
    assert early.next_up == "Last one"
    late, _ = _at(5 + 30 + 5 + 20 + 3 + 20 + 5 + 11)
    assert late.reps == "Rep 5 of 5"
    assert early.reps != late.reps


def test_minutes_show_as_minutes_and_seconds():
    plan = compile_plan(warm_up(), PlanSettings(lead_in_seconds=5, hold_scale=2.0))
    session = Session(plan, FakeClock(0.0))
    session.start()
    session.next()  # March, 60 s at double holds
    d = describe(session.snapshot(), plan)
    assert d.countdown == "1:00"
    assert d.countdown_template == "8:88"
    assert d.time_left.endswith("left")
