"""The terminal runner's Ctrl-C and stall paths, on a fake clock (no real waiting)."""

from __future__ import annotations

import io

import pytest

from coach.app import terminal_run
from coach.app.terminal_run import TextRunner
from coach.core.clock import FakeClock
from coach.core.plan.compiler import Plan, PlanSettings, compile_plan
from coach.core.routine_files.library import load_library
from coach.core.session_events import State
from coach.speech.port import SilentSpeaker


def _plan() -> Plan:
    return compile_plan(load_library().get("warmup-quick"), PlanSettings())


class _InterruptedOut(io.StringIO):
    """A terminal where Ctrl-C lands while the first line is being written."""

    def write(self, text: str) -> int:
        if not self.getvalue():
            super().write(text)
            raise KeyboardInterrupt
        return super().write(text)


def test_ctrl_c_while_the_first_lines_print_is_a_clean_stop() -> None:
    out = _InterruptedOut()
    summary = TextRunner(_plan(), SilentSpeaker(), out, clock=FakeClock(), live=False).run()
    assert summary.stopped
    assert "Stopped: Quick warm-up" in out.getvalue()


def test_a_stall_waits_for_ctrl_c_instead_of_ending_the_run(
        monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FakeClock()
    out = io.StringIO()
    runner = TextRunner(_plan(), SilentSpeaker(), out, clock=clock, live=False)
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if runner.session.state is State.PAUSED:
            if len(sleeps) > 8:  # it waited (more than once): now the runner presses Ctrl-C
                raise KeyboardInterrupt
            return
        clock.advance(seconds + (20.0 if len(sleeps) == 3 else 0.0))  # the laptop slept

    monkeypatch.setattr(terminal_run.time, "sleep", sleep)
    summary = runner.run()
    text = out.getvalue()
    assert "Paused: the clock jumped 20 s" in text
    assert "Paused. Press Ctrl-C to stop." in text
    assert sleeps[-1] == terminal_run.PAUSED_WAIT
    assert summary.stopped and summary.completed_fraction < 1.0
    assert text.rstrip().splitlines()[-1].startswith("Stopped: Quick warm-up")


class _Heard:
    """A music listener that records what it was given."""

    def __init__(self, clock: object) -> None:
        self.clock = clock
        self.prepared: list[Plan] = []
        self.events: list[object] = []

    def prepare(self, plan: Plan) -> None:
        self.prepared.append(plan)

    def __call__(self, event: object) -> None:
        self.events.append(event)


@pytest.mark.parametrize("speed", [1.0, 4.0])
def test_the_music_hears_every_event_at_real_speed_only(
        speed: float, monkeypatch: pytest.MonkeyPatch) -> None:
    from coach.core.session_events import Finished, Started

    made: list[_Heard] = []

    def music(clock: object) -> _Heard:
        made.append(_Heard(clock))
        return made[-1]

    clock = FakeClock()
    runner = TextRunner(_plan(), SilentSpeaker(), io.StringIO(), clock=clock, live=False,
                        speed=speed, music=music)  # type: ignore[arg-type]
    monkeypatch.setattr(terminal_run.time, "sleep", lambda seconds: clock.advance(seconds * speed))
    runner.run()
    if speed != 1.0:
        assert made == []  # a preview: the music is left alone
        return
    (heard,) = made
    assert heard.clock is runner.clock and heard.prepared == [runner.session.plan]
    assert isinstance(heard.events[0], Started) and isinstance(heard.events[-1], Finished)
