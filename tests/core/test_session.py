from __future__ import annotations

import pytest

from coach.core.clock import FakeClock
from coach.core.plan.compiler import CueType, SegmentKind, compile_plan
from coach.core.session import TRANSITIONS, Session, drive
from coach.core.session_events import (
    CueDue,
    Finished,
    Jumped,
    Paused,
    Resumed,
    SecondChanged,
    SegmentStarted,
    Stalled,
    Started,
    State,
    Stopped,
    TimeAdded,
)
from tests.core.helpers import three_step

START = 1000.0


@pytest.fixture
def clock():
    return FakeClock(START)


@pytest.fixture
def session(clock):
    return Session(compile_plan(three_step()), clock)


def run_to(session, clock, plan_seconds):
    """Wake exactly when the session asks, up to a plan position (no pauses assumed)."""
    return drive(session, START + plan_seconds, clock.set)


def cues(events):
    return [e.cue for e in events if isinstance(e, CueDue)]


def test_ready_then_start_enters_lead_in_with_first_events(session):
    assert session.state is State.READY
    assert session.next_wake() is None
    events = session.start()
    assert isinstance(events[0], Started)
    assert isinstance(events[1], SegmentStarted) and events[1].segment.kind is SegmentKind.LEAD_IN
    assert session.state is State.LEAD_IN
    assert cues(events)[0].type is CueType.LEAD_IN
    assert session.next_wake() == START + 1


def test_whole_run_plays_every_cue_once_in_order_on_time(session, clock):
    events = session.start() + run_to(session, clock, 500)
    played = cues(events)
    assert played == list(session.plan.cues)
    assert all(e.late == 0 for e in events if isinstance(e, CueDue))
    assert isinstance(events[-1], Finished)
    assert session.state is State.FINISHED
    assert session.next_wake() is None
    summary = events[-1].summary
    assert summary.completed_fraction == 1.0 and summary.skipped_steps == ()
    assert summary.active_seconds == pytest.approx(104)  # with 1 s for the last end tone


def test_lead_in_becomes_running(session, clock):
    session.start()
    run_to(session, clock, 10)
    assert session.state is State.RUNNING
    assert session.snapshot().segment.index == 1


def test_wakes_are_whole_seconds_and_cues_with_no_busy_polling(session, clock):
    session.start()
    wakes = []
    while (wake := session.next_wake()) is not None and wake < START + 50:
        wakes.append(wake - START)
        clock.set(wake)
        session.advance()
    assert wakes[:12] == [float(n) for n in range(1, 13)]
    assert len(wakes) == len(set(wakes))


def test_second_changed_only_when_display_changes(session, clock):
    session.start()
    clock.advance(0.4)
    assert [e for e in session.advance() if isinstance(e, SecondChanged)] == []
    clock.advance(0.6)
    changed = [e for e in session.advance() if isinstance(e, SecondChanged)]
    assert [e.remaining for e in changed] == [9]


def test_pause_freezes_time_and_resume_continues_without_drift(session, clock):
    session.start()
    run_to(session, clock, 12.5)
    clock.set(START + 12.5)
    events = session.pause()
    assert session.snapshot().remaining == 28
    assert isinstance(events[-1], Paused) and session.state is State.PAUSED
    assert session.next_wake() is None
    clock.advance(300)
    assert session.advance() == []
    assert session.snapshot().remaining == 28
    resumed = session.resume()
    assert isinstance(resumed[0], Resumed) and session.state is State.RUNNING
    assert session.next_wake() == pytest.approx(clock.now() + 0.5)
    drive(session, clock.now() + 27.5, clock.set)
    assert session.snapshot().segment.index == 2  # the gap after the march, exactly on time


def test_pause_in_lead_in_resumes_to_lead_in(session, clock):
    session.start()
    clock.advance(2)
    session.pause()
    assert session.resume() and session.state is State.LEAD_IN


def test_toggle_pause(session):
    session.start()
    session.toggle_pause()
    assert session.state is State.PAUSED
    session.toggle_pause()
    assert session.state is State.RUNNING or session.state is State.LEAD_IN


def test_next_goes_to_following_segment_and_cuts(session, clock):
    session.start()
    run_to(session, clock, 15)
    events = session.next()
    assert isinstance(events[0], Jumped) and events[0].to_segment == 2
    assert session.snapshot().segment.kind is SegmentKind.GAP
    # The block left behind ends with its tone; the new segment's words follow the tone.
    assert [c.type for c in cues(events)] == [CueType.END]
    assert [c.type for c in cues(run_to(session, clock, 15.6))] == [CueType.NEXT]
    events = session.next()
    assert session.snapshot().segment.index == 3
    assert cues(events)[0].type is CueType.ANNOUNCE
    # The march was skipped part-way.
    assert 0 in session.summary().skipped_steps


def test_a_step_cut_short_is_skipped_and_not_done_while_the_rest_run_out(session, clock):
    session.start()
    run_to(session, clock, 15)  # half the march
    session.next()
    events = run_to(session, clock, 500)
    summary = events[-1].summary
    assert summary.skipped_steps == (0,)
    assert (summary.steps_done, summary.step_count) == (2, 3)


def test_next_on_the_last_segment_finishes(session, clock):
    session.start()
    for _ in range(len(session.plan.segments) - 1):
        session.next()
    events = session.next()
    assert isinstance(events[-1], Finished)
    assert cues(events)[-1].type is CueType.FINISH
    assert session.state is State.FINISHED


def test_previous_restarts_a_step_well_under_way(session, clock):
    session.start()
    run_to(session, clock, 20)  # 10 s into the march
    events = session.previous()
    assert isinstance(events[0], Jumped) and events[0].to_segment == 1
    snap = session.snapshot()
    assert snap.segment.index == 1 and snap.remaining == 30


def test_previous_early_in_a_step_goes_to_the_one_before(session, clock):
    session.start()
    run_to(session, clock, 45 + 1)  # 1 s into the left calf stretch
    session.previous()
    assert session.snapshot().segment.index == 1
    session.next()
    session.next()
    session.previous()  # from the left calf straight back to the march, skipping the gap
    assert session.snapshot().segment.index == 1


def test_next_and_previous_while_paused_stay_paused(session, clock):
    session.start()
    run_to(session, clock, 12)
    session.pause()
    events = session.next()
    assert session.state is State.PAUSED
    assert cues(events) == []  # said on resume instead
    resumed = session.resume()
    assert [c.type for c in cues(resumed)] == [CueType.END]
    assert [c.type for c in cues(run_to(session, clock, 12.6))] == [CueType.NEXT]


def test_add_time_extends_segment_and_repeats_countdown(session, clock):
    session.start()
    run_to(session, clock, 38)  # "Three." at 37 already said
    events = session.add_time()
    assert any(isinstance(e, TimeAdded) and e.seconds == 10 for e in events)
    assert session.plan.total_seconds == 114
    assert session.snapshot().remaining == 12
    later = run_to(session, clock, 50)
    assert [c.text for c in cues(later) if c.type is CueType.COUNTDOWN] == [
        "Three.", "Two.", "One."]
    assert session.snapshot().segment.index == 2


def test_stop_from_any_active_state_and_terminal_states_ignore_commands(session, clock):
    session.start()
    run_to(session, clock, 20)
    events = session.stop()
    assert isinstance(events[-1], Stopped) and events[-1].summary.stopped
    assert session.state is State.STOPPED
    for command in ("start", "pause", "resume", "next", "previous", "add_time", "stop"):
        assert getattr(session, command)() == []
    assert session.next_wake() is None


def test_stop_before_start(session):
    events = session.stop()
    assert isinstance(events[0], Stopped) and session.state is State.STOPPED


def test_invalid_commands_are_no_ops(session):
    for command in ("pause", "resume", "next", "previous", "add_time"):
        assert getattr(session, command)() == []
    assert session.state is State.READY
    session.start()
    assert session.start() == [] and session.resume() == []


def test_transition_table_covers_every_command():
    assert set(TRANSITIONS) == {"start", "pause", "resume", "next", "previous", "add_time", "stop"}
    assert all(State.FINISHED not in states for states in TRANSITIONS.values())


def test_a_wake_far_past_its_deadline_pauses_and_drops_stale_cues(session, clock):
    session.start()
    run_to(session, clock, 12)
    deadline = session.next_wake()
    clock.set(deadline + 600)  # the laptop slept ten minutes
    events = session.advance()
    stalled = [e for e in events if isinstance(e, Stalled)]
    assert stalled and stalled[0].late == pytest.approx(600)
    assert cues(events) == []
    assert session.state is State.PAUSED
    assert session.snapshot().position == pytest.approx(13)  # where it should have woken
    session.resume()
    assert session.snapshot().remaining == 27


def test_slightly_late_wake_plays_cue_with_its_lateness(session, clock):
    session.start()
    run_to(session, clock, 24)
    clock.set(START + 25 + 0.2)  # halfway cue at 25 s, woken 200 ms late
    late = [e for e in session.advance() if isinstance(e, CueDue)]
    assert late and late[0].cue.type is CueType.HALFWAY
    assert late[0].late == pytest.approx(0.2)
    assert session.state is State.RUNNING


def test_snapshot_reports_rep_steps_and_next_up(session, clock):
    session.start()
    snap = session.snapshot()
    assert snap.step_number == 1 and snap.step_count == 3
    assert snap.next_exercise is not None and snap.next_exercise.index == 1
    run_to(session, clock, 93 + 4.5)  # 4.5 s into the 2-second reps (the name was said before)
    snap = session.snapshot()
    assert snap.segment.reps == 5 and snap.segment.count_from == 0 and snap.rep == 3
    assert snap.total_remaining == 7  # 6.5 s left, shown as whole seconds


def test_no_drift_over_a_long_run_with_jittery_wakes(clock):
    """Wakes land a little late or early at random; the schedule never drifts."""
    import random

    rnd = random.Random(7)
    session = Session(compile_plan(three_step()), clock)
    session.start()
    played = []
    while (wake := session.next_wake()) is not None:
        clock.set(max(clock.now(), wake + rnd.uniform(-0.01, 0.05)))
        played += session.advance()
    due = [e for e in played if isinstance(e, CueDue)]
    assert all(e.late < 0.06 for e in due)
    assert session.summary().active_seconds == pytest.approx(104, abs=0.1)


def test_the_rep_shown_holds_through_a_pause_for_words_between_two_counts(clock):
    from coach.core.model import MidCue, Step
    from coach.core.plan.compiler import PlanSettings
    from tests.core.helpers import CIRCLES, routine

    word = "Now turn the other way, slowly and smoothly."
    step = Step(CIRCLES, reps=6, rep_seconds=2.0, cues=(MidCue(word, after_rep=3),))
    plan = compile_plan(routine(step), PlanSettings(lead_in_seconds=0))
    seg = plan.segments[0]
    ((_, pause),) = seg.pauses
    origin = seg.count_from
    moments = (5.9, 6.0, 6 + pause - 0.1, 6 + pause, 8 + pause + 0.1, 12 + pause - 0.1)
    assert [seg.rep_at(origin + m) for m in moments] == [3, 3, 3, 4, 5, 6]
    session = Session(plan, clock)
    session.start()
    run_to(session, clock, origin + 6 + pause / 2)
    assert session.snapshot().position > origin + 6 and session.snapshot().rep == 3
