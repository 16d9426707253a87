"""``limber run ID --text``: a routine in the terminal, in real time or faster.

Speech hears the session's events through the same listener as in the window; the caller
(the command line, through the app controller) owns the speaker and records the history.
"""

from __future__ import annotations

import time
from typing import TextIO

from coach.app.speech_listener import SpeechListener
from coach.core.clock import Clock, SystemClock
from coach.core.plan.compiler import Plan, Segment, SegmentKind, Side
from coach.core.session import Session
from coach.core.session_events import (
    CueDue,
    Event,
    Finished,
    Paused,
    SecondChanged,
    SegmentStarted,
    Stalled,
    State,
    Stopped,
    Summary,
)
from coach.speech.port import Speaker

PAUSED_WAIT = 3600.0  # seconds per sleep while paused; Ctrl-C ends it at once


class ScaledClock:
    """A clock running ``speed`` times faster than another, for previews and tests."""

    def __init__(self, base: Clock, speed: float) -> None:
        if speed <= 0:
            raise ValueError("speed must be more than 0")
        self._base, self._speed = base, speed
        self._origin = base.now()

    def now(self) -> float:
        return self._origin + (self._base.now() - self._origin) * self._speed


def format_seconds(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}"


def describe(segment: Segment) -> str:
    if segment.kind is SegmentKind.LEAD_IN:
        return f"Get ready - first up: {segment.exercise.name}"
    if segment.kind is SegmentKind.GAP:
        return f"Next up: {segment.exercise.name}"
    if segment.kind is SegmentKind.SWITCH:
        return f"Switch sides: {segment.exercise.name}"
    side = {Side.LEFT: " - LEFT", Side.RIGHT: " - RIGHT", Side.BOTH: " - alternate sides"}
    return segment.exercise.name + side.get(segment.side, "")


class TextRunner:
    def __init__(self, plan: Plan, speaker: Speaker, out: TextIO, *, speed: float = 1.0,
                 clock: Clock | None = None, live: bool | None = None) -> None:
        self.clock = ScaledClock(clock or SystemClock(), speed)
        self.speed = speed
        # A sleep that overshoots by a few ms is a whole second at high speed: scale the
        # stall limit so only a real stall pauses the run.
        self.session = Session(plan, self.clock, stall_after=3.0 * max(1.0, speed))
        self.speaker = speaker
        self._speech = SpeechListener(speaker)
        self.out = out
        self.live = out.isatty() if live is None else live
        self._line = ""

    def run(self) -> Summary:
        self.speaker.prepare(self.session.plan.phrases())
        try:
            # Inside the try: Ctrl-C while the first lines print is a clean stop too.
            self._show(self.session.start())
            while (wake := self.session.next_wake()) is not None:
                delay = (wake - self.clock.now()) / self.speed
                if delay > 0:
                    time.sleep(delay)
                self._show(self.session.advance())
            while self.session.state is State.PAUSED:
                # A stall (the computer slept) pauses the run, and a terminal has no resume
                # key: wait for the Ctrl-C we asked for rather than end as if it had finished.
                time.sleep(PAUSED_WAIT)
        except KeyboardInterrupt:
            self._show(self.session.stop())  # the stop cuts what is being said
        return self.session.summary()

    def _show(self, events: list[Event]) -> None:
        for event in events:
            self._speech(event)
            if isinstance(event, CueDue):
                if event.cue.text:  # a tone alone has nothing to print
                    self._print(f"  \N{SPEAKER} {event.cue.text}")
            elif isinstance(event, SegmentStarted):
                if not self.live:
                    self._print(f"[{event.step_number}/{event.step_count}] "
                                f"{describe(event.segment)} ({event.segment.seconds} s)")
            elif isinstance(event, SecondChanged):
                if self.live:
                    self._status()
            elif isinstance(event, Stalled):
                self._print(f"Paused: the clock jumped {event.late:.0f} s (was the computer "
                            f"asleep?); {event.dropped_cues} late cues skipped.")
            elif isinstance(event, Paused) and self.session.state.value == "paused":
                self._print("Paused. Press Ctrl-C to stop.")
            elif isinstance(event, Finished | Stopped):
                self._report(event.summary, stopped=isinstance(event, Stopped))

    def _status(self) -> None:
        snap = self.session.snapshot()
        rep = f" rep {snap.rep}/{snap.segment.reps}" if snap.rep else ""
        line = (f"[{snap.step_number}/{snap.step_count}] {describe(snap.segment)}{rep}  "
                f"{snap.remaining:>3} s   (total left {format_seconds(snap.total_remaining)})")
        pad = max(0, len(self._line) - len(line))
        self.out.write("\r" + line + " " * pad)
        self.out.flush()
        self._line = line

    def _print(self, text: str) -> None:
        if self.live and self._line:
            self.out.write("\r" + " " * len(self._line) + "\r")
            self._line = ""
        self.out.write(text + "\n")
        self.out.flush()
        if self.live and self.session.state.value in ("running", "lead-in"):
            self._status()

    def _report(self, summary: Summary, *, stopped: bool) -> None:
        verb = "Stopped" if stopped else "Finished"
        done = round(summary.completed_fraction * 100)
        self._print(f"{verb}: {summary.routine_name}, {done}% done in "
                    f"{format_seconds(summary.active_seconds)}.")
