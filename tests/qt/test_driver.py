"""The Qt adapter: one precise single-shot timer, events re-emitted, speech as a listener."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from coach.app.voice_fit import VoiceFit
from coach.core.clock import FakeClock
from coach.core.plan.compiler import PlanSettings, Side, compile_plan
from coach.core.session import drive
from coach.core.session_events import CueDue, Finished, SegmentStarted, State
from coach.qt.driver import SessionDriver
from coach.speech.port import RecordingSpeaker
from tests.core.helpers import ColdVoice
from tests.qt.helpers import warm_up


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1000.0)


@pytest.fixture
def speaker() -> RecordingSpeaker:
    return RecordingSpeaker()


@pytest.fixture
def driver(qtbot, clock, speaker):
    d = SessionDriver(clock, speaker)
    yield d
    d.shutdown()


def plan(lead_in: int = 5):
    return compile_plan(warm_up(), PlanSettings(lead_in_seconds=lead_in))


def test_nothing_ticks_before_a_session(driver):
    assert not driver.timer.isActive()
    assert driver.snapshot() is None
    assert not driver.active


def test_start_arms_one_precise_single_shot_timer_for_the_next_wake(driver, clock):
    driver.start(plan())
    timer = driver.timer
    assert timer.isActive()
    assert timer.isSingleShot()
    assert timer.timerType() is Qt.TimerType.PreciseTimer
    wake = driver.session.next_wake()
    assert timer.interval() == round((wake - clock.now()) * 1000)
    clock.advance(0.4)
    driver.wake()  # woken early (nothing due): re-armed for what is left
    assert timer.interval() == 600


def test_start_prepares_the_phrases_and_plays_the_lead_in(driver, speaker):
    p = plan()
    driver.start(p)
    assert speaker.prepared == p.phrases()
    assert speaker.played[0].text.startswith("Test warm-up. Get ready.")


def test_waking_on_the_clock_advances_the_snapshot(driver, clock):
    snapshots = []
    driver.updated.connect(snapshots.append)
    driver.start(plan(lead_in=5))
    assert driver.snapshot().state is State.LEAD_IN
    assert snapshots[-1].remaining == 5
    drive(driver, clock.now() + 2, clock.set)
    assert snapshots[-1].remaining == 3
    drive(driver, clock.now() + 3, clock.set)
    snap = snapshots[-1]
    assert snap.state is State.RUNNING
    assert snap.segment.exercise.name == "March"
    assert snap.remaining == 30


def test_events_are_reemitted_in_order(driver, clock):
    seen = []
    driver.session_event.connect(seen.append)
    driver.start(plan(lead_in=5))
    drive(driver, clock.now() + 5, clock.set)
    started = [e for e in seen if isinstance(e, SegmentStarted)]
    assert [e.segment.kind.value for e in started] == ["lead-in", "exercise"]
    assert any(isinstance(e, CueDue) for e in seen)


def test_pause_stops_the_timer_and_cuts_speech(driver, clock, speaker):
    driver.start(plan())
    driver.pause()
    assert driver.snapshot().state is State.PAUSED
    assert not driver.timer.isActive()
    assert speaker.calls[-1] == "cut"
    before = driver.snapshot().remaining
    clock.advance(30)
    driver.wake()
    assert driver.snapshot().remaining == before
    driver.resume()
    assert driver.timer.isActive()


def test_next_and_previous_cut_what_is_being_said(driver, clock, speaker):
    driver.start(plan())
    driver.next()
    assert "cut" in speaker.calls
    assert driver.snapshot().segment.exercise.name == "March"
    speaker.calls.clear()
    driver.previous()
    assert "cut" in speaker.calls


def test_add_time_extends_the_current_segment(driver):
    driver.start(plan())
    before = driver.snapshot().remaining
    driver.add_time(10)
    assert driver.snapshot().remaining == before + 10


def test_runs_to_the_end_and_goes_idle(driver, clock, speaker):
    finished = []
    driver.finished.connect(finished.append)
    driver.start(plan())
    drive(driver, clock.now() + 10_000, clock.set)
    assert len(finished) == 1
    assert not finished[0].stopped
    assert driver.snapshot().state is State.FINISHED
    assert not driver.timer.isActive()
    assert not driver.active
    assert "finish" in [c.type.value for c in speaker.played[-2:]]


def test_the_side_changes_from_left_to_right(driver, clock):
    sides = []
    driver.updated.connect(lambda s: sides.append(s.segment.side))
    driver.start(plan())
    drive(driver, clock.now() + 10_000, clock.set)
    assert Side.LEFT in sides and Side.RIGHT in sides
    assert sides.index(Side.LEFT) < sides.index(Side.RIGHT)


def test_shutdown_mid_session_stops_cleanly(driver, speaker):
    stopped = []
    driver.stopped.connect(stopped.append)
    driver.start(plan())
    driver.shutdown()
    assert stopped and stopped[0].stopped
    assert not driver.timer.isActive()
    assert speaker.calls[-1] == "cut"


def test_a_long_stall_pauses_instead_of_rushing_through(driver, clock):
    stalls = []
    driver.stalled.connect(stalls.append)
    driver.start(plan())
    clock.advance(120)  # the laptop slept
    driver.wake()
    assert stalls
    assert driver.snapshot().state is State.PAUSED
    assert not driver.timer.isActive()


def test_starting_again_stops_the_running_session(driver):
    stopped = []
    driver.stopped.connect(stopped.append)
    driver.start(plan())
    driver.start(plan())
    assert len(stopped) == 1
    assert driver.snapshot().state is State.LEAD_IN


def test_finished_is_emitted_after_the_last_update(driver, clock):
    order = []
    driver.updated.connect(lambda s: order.append("updated"))
    driver.finished.connect(lambda s: order.append("finished"))
    driver.session_event.connect(lambda e: isinstance(e, Finished) and order.append("event"))
    driver.start(plan())
    drive(driver, clock.now() + 10_000, clock.set)
    assert order[-3:] == ["event", "updated", "finished"]


def test_a_session_waits_for_its_voice_then_runs_the_plan_fitted_to_the_clips(qtbot, clock):
    voice = ColdVoice(polls=3)
    d = SessionDriver(clock, voice)
    progress: list[tuple[int, int]] = []
    d.speech_progress.connect(lambda done, total: progress.append((done, total)))
    estimate = plan()
    d.start(estimate, VoiceFit(estimate, voice))
    assert d.preparing and not d.active and d.fit_timer.isActive()
    assert d.session is not None and d.session.state is State.READY  # shows the first step
    assert not d.timer.isActive() and voice.played == []
    while d.preparing:
        d.fit_timer.timeout.emit()
    assert not d.fit_timer.isActive() and d.active
    fitted = d.plan
    assert fitted is not None and fitted != estimate
    assert fitted == compile_plan(estimate.routine, estimate.settings, voice.clip_seconds)
    assert progress[0][0] < progress[0][1] and progress[-1][0] == progress[-1][1]
    assert voice.played[0].text.startswith("Test warm-up. Get ready.")
    d.shutdown()


def test_stopping_while_the_voice_is_prepared_cancels_the_start(qtbot, clock):
    voice = ColdVoice(polls=100)
    d = SessionDriver(clock, voice)
    stopped: list[object] = []
    d.stopped.connect(stopped.append)
    estimate = plan()
    d.start(estimate, VoiceFit(estimate, voice))
    d.stop()
    assert not d.preparing and not d.fit_timer.isActive() and d.session is None
    assert stopped == [] and voice.played == []  # it never started: nothing to record


def test_with_the_clips_cached_the_session_starts_at_once(driver, speaker):
    estimate = plan()
    driver.start(estimate, VoiceFit(estimate, speaker))
    assert driver.active and not driver.preparing and not driver.fit_timer.isActive()
