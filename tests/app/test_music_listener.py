"""The music listener on a real session and a fake clock: what it asks for, and when."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest

from coach.app.music_groups import LEAD, TAIL, pause_position
from coach.app.music_listener import MusicListener
from coach.app.music_port import MusicMode, Window
from coach.core.clock import FakeClock
from coach.core.plan.compiler import CueType, Plan, PlanSettings, compile_plan
from coach.core.routine_files.library import load_library
from coach.core.session import Session, drive
from coach.core.session_events import Event

START = 500.0


def words(_text: str) -> float:
    return 0.6


@dataclass
class RecordingControl:
    calls: list[tuple[str, object]] = field(default_factory=list)

    def begin(self, mode: MusicMode) -> None:
        self.calls.append(("begin", mode))

    def schedule(self, windows: Sequence[Window]) -> None:
        self.calls.append(("schedule", list(windows)))

    def pause_at(self, at: float | None) -> None:
        self.calls.append(("pause_at", at))

    def finish(self, at: float) -> None:
        self.calls.append(("finish", at))

    def last(self, kind: str) -> object:
        return next(value for name, value in reversed(self.calls) if name == kind)


class Run:
    def __init__(self, mode: MusicMode, routine: str = "warmup-quick") -> None:
        self.plan: Plan = compile_plan(load_library().get(routine), PlanSettings())
        self.clock = FakeClock(START)
        self.control = RecordingControl()
        self.listener = MusicListener(self.control, self.clock, lambda: mode, lambda: words)
        self.listener.prepare(self.plan)
        self.session = Session(self.plan, self.clock)

    def hear(self, events: list[Event]) -> None:
        for event in events:
            self.listener(event)

    def to(self, position: float) -> None:
        self.hear(drive(self.session, START + position, self.clock.set))
        if self.clock.now() < START + position:
            self.clock.set(START + position)


def test_start_schedules_every_group_in_advance_in_clock_readings() -> None:
    run = Run(MusicMode.LOWER)
    run.hear(run.session.start())
    assert run.control.calls[0] == ("begin", MusicMode.LOWER)
    windows = run.control.last("schedule")
    assert isinstance(windows, list) and windows
    first = next(c for c in run.plan.cues if c.text)
    assert windows[0] == Window(START + first.at - LEAD, pytest.approx(windows[0].up))
    for cue in (c for c in run.plan.cues if c.text):
        assert any(w.down + LEAD <= START + cue.at + 1e-9 and START + cue.at + 0.6 + TAIL
                   <= w.up + 1e-9 for w in windows)


def test_nothing_is_sent_between_anchors() -> None:
    run = Run(MusicMode.LOWER)
    run.hear(run.session.start())
    sent = len(run.control.calls)
    run.to(60)
    assert len(run.control.calls) == sent  # ticks and cues need no message to the music


def test_a_pause_brings_the_music_up_and_a_resume_shifts_the_windows() -> None:
    run = Run(MusicMode.LOWER)
    run.hear(run.session.start())
    before = run.control.last("schedule")
    run.to(30)
    run.hear(run.session.pause())
    assert run.control.last("schedule") == []
    run.clock.advance(100.0)
    run.hear(run.session.resume())
    after = run.control.last("schedule")
    assert isinstance(before, list) and isinstance(after, list)
    later = [w for w in before if w.up > START + 30]
    assert [t + 100 for w in later for t in w] == pytest.approx([t for w in after for t in w])


def test_a_jump_sends_the_windows_from_the_new_place() -> None:
    run = Run(MusicMode.LOWER)
    run.hear(run.session.start())
    run.to(5)
    run.hear(run.session.next())
    windows = run.control.last("schedule")
    seg = run.session.snapshot().segment
    assert isinstance(windows, list)
    opening = next(c for c in run.plan.cues if c.text and c.at >= seg.start)
    assert any(w.down <= run.clock.now() + opening.at - seg.start - LEAD + 1e-9 <= w.up
               for w in windows)


def test_added_time_moves_the_later_windows() -> None:
    run = Run(MusicMode.LOWER)
    run.hear(run.session.start())
    run.to(20)
    before = run.control.last("schedule")
    run.hear(run.session.add_time(10))
    after = run.control.last("schedule")
    assert isinstance(before, list) and isinstance(after, list)
    assert after[-1].up == pytest.approx(before[-1].up + 10)


def test_stop_brings_the_music_back_now() -> None:
    run = Run(MusicMode.LOWER)
    run.hear(run.session.start())
    run.to(20)
    run.hear(run.session.stop())
    assert run.control.calls[-2:] == [("schedule", []), ("finish", START + 20)]


def test_the_end_gives_the_music_back_after_the_finish_words() -> None:
    run = Run(MusicMode.LOWER)
    run.hear(run.session.start())
    run.to(run.plan.total_seconds + 1)
    end = START + run.plan.total_seconds
    finish = run.control.last("finish")
    finish_words = [c for c in run.plan.cues if c.type is CueType.FINISH]
    assert finish == pytest.approx(end + max(c.at for c in finish_words) + 0.6 + TAIL
                                   - run.plan.total_seconds)


def test_pause_mode_pauses_after_the_lead_in_words_and_only_once() -> None:
    run = Run(MusicMode.PAUSE)
    run.hear(run.session.start())
    due = START + pause_position(run.plan, words)
    assert run.control.last("pause_at") == pytest.approx(due)
    assert not any(name == "schedule" for name, _ in run.control.calls)
    run.to(0.5)
    run.hear(run.session.pause())  # paused before the pause: it does not happen
    assert run.control.last("pause_at") is None
    assert not any(name == "schedule" for name, _ in run.control.calls)
    run.clock.advance(20)
    run.hear(run.session.resume())
    assert run.control.last("pause_at") == pytest.approx(due + 20)
    run.to(60 + 20)
    run.hear(run.session.pause())
    run.hear(run.session.resume())
    # Past it: music played since is the user's; no second pause is asked for.
    assert run.control.last("pause_at") == pytest.approx(due + 20)


def test_leave_sends_nothing() -> None:
    run = Run(MusicMode.LEAVE)
    run.hear(run.session.start())
    run.to(run.plan.total_seconds + 1)
    assert run.control.calls == []
