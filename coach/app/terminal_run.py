"""``limber run ID --text``: a routine in the terminal, in real time or faster.

Speech hears the session's events through the same listener as in the window, and so does the
music (:class:`~coach.app.music_listener.MusicListener`, given at real speed only); the caller
(the command line, through the app controller) owns the speaker and records the history, by
the same rules as the window (:mod:`coach.app.session_rules`): the runner reports each change of
state (``on_state``) and always returns a summary, however the run ends — finished, Ctrl-C, a
TERM or HUP (inside :func:`signals_end_the_run`), or the terminal's pipe closing.
"""

from __future__ import annotations

import errno
import math
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

from coach.app.music_listener import MusicListener
from coach.app.speech_listener import SpeechListener
from coach.core.clock import Clock, SystemClock
from coach.core.language.current_language import translate
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
# --speed: a preview may go a hundred times faster (a warm-up in seconds) or ten times slower;
# beyond that the clock's arithmetic, not the routine, decides what happens.
MIN_SPEED, MAX_SPEED = 0.1, 100.0
_ENDING_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")


def check_speed(speed: float) -> float:
    """``speed`` if it is one a run can go at; else ValueError saying the range."""
    if not (math.isfinite(speed) and MIN_SPEED <= speed <= MAX_SPEED):
        raise ValueError(translate("TerminalRun", "--speed must be from {low} to {high} (times "
                                                  "real time; 1 is a real session), not {speed}")
                         .format(low=f"{MIN_SPEED:g}", high=f"{MAX_SPEED:g}", speed=f"{speed:g}"))
    return speed


class RunEnded(KeyboardInterrupt):
    """Something other than the runner ended the run: a signal (its number), or the output
    closing (``signum`` is SIGPIPE's). A KeyboardInterrupt, so it ends it as Ctrl-C does."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextmanager
def signals_end_the_run() -> Iterator[None]:
    """While inside, Ctrl-C, TERM and HUP raise :class:`RunEnded` once; later ones are
    ignored, so the stop is recorded whole. Outside the main thread it does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    raised = False

    def end(signum: int, _frame: object) -> None:
        nonlocal raised
        if not raised:
            raised = True
            raise RunEnded(signum)

    previous = {}
    for name in _ENDING_SIGNALS:
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) is not signal.SIG_IGN:
            previous[number] = signal.signal(number, end)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


class ScaledClock:
    """A clock running ``speed`` times faster than another, for previews and tests."""

    def __init__(self, base: Clock, speed: float) -> None:
        check_speed(speed)
        self._base, self._speed = base, speed
        self._origin = base.now()

    def now(self) -> float:
        return self._origin + (self._base.now() - self._origin) * self._speed


C = "TerminalRun"


def format_seconds(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}"


def describe(segment: Segment) -> str:
    name = segment.exercise.name
    if segment.kind is SegmentKind.LEAD_IN:
        return translate("TerminalRun", "Get ready - first up: {exercise}").format(exercise=name)
    if segment.kind is SegmentKind.GAP:
        return translate("TerminalRun", "Next up: {exercise}").format(exercise=name)
    if segment.kind is SegmentKind.SWITCH:
        return translate("TerminalRun", "Switch sides: {exercise}").format(exercise=name)
    if segment.side is Side.LEFT:
        return translate("TerminalRun", "{exercise} - LEFT").format(exercise=name)
    if segment.side is Side.RIGHT:
        return translate("TerminalRun", "{exercise} - RIGHT").format(exercise=name)
    if segment.side is Side.BOTH:
        return translate("TerminalRun", "{exercise} - alternate sides").format(exercise=name)
    return name


class TextRunner:
    def __init__(self, plan: Plan, speaker: Speaker, out: TextIO, *, speed: float = 1.0,
                 clock: Clock | None = None, live: bool | None = None,
                 on_state: Callable[[State], None] | None = None,
                 music: Callable[[Clock], MusicListener | None] | None = None) -> None:
        """``on_state`` hears each change of the session's state (the controller's rule that
        a session past its lead-in counts). ``music`` makes, for the runner's clock, the
        listener that lowers or pauses other apps' music (at ``speed`` 1 only: the music
        control reads the real clock)."""
        self.clock = ScaledClock(clock or SystemClock(), speed)
        self.speed = speed
        # A sleep that overshoots by a few ms is a whole second at high speed: scale the
        # stall limit so only a real stall pauses the run.
        self.session = Session(plan, self.clock, stall_after=3.0 * max(1.0, speed))
        self.speaker = speaker
        self._speech = SpeechListener(speaker)
        self._music = music(self.clock) if music is not None and speed == 1.0 else None
        self.out = out
        self.live = out.isatty() if live is None else live
        self.out_closed = False  # the pipe the output went to closed: nothing more is written
        self.ended_by: int | None = None  # the signal that ended the run, if one did
        self._on_state = on_state
        self._state = self.session.state
        self._line = ""

    def run(self) -> Summary:
        """Run to the end, or until stopped; the summary either way."""
        self.speaker.prepare(self.session.plan.phrases())
        if self._music is not None:
            self._music.prepare(self.session.plan)
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
        except KeyboardInterrupt as interrupt:
            if isinstance(interrupt, RunEnded):
                self.ended_by = interrupt.signum
            self._tell_state()  # a step begun just before the stop counts
            self._show(self.session.stop())  # the stop cuts what is being said
        return self.session.summary()

    def _show(self, events: list[Event]) -> None:
        self._tell_state()
        for event in events:
            self._speech(event)
            if self._music is not None:
                self._music(event)
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
                dropped = event.dropped_cues
                self._print(translate("TerminalRun", "Paused: the clock jumped {seconds} s (was "
                                                     "the computer asleep?); %n late cue(s) "
                                                     "skipped.", None, dropped).format(
                    seconds=f"{event.late:.0f}"))
            elif isinstance(event, Paused) and self.session.state.value == "paused":
                self._print(translate("TerminalRun", "Paused. Press Ctrl-C to stop."))
            elif isinstance(event, Finished | Stopped):
                self._report(event.summary, stopped=isinstance(event, Stopped))

    def _tell_state(self) -> None:
        if self.session.state != self._state:
            self._state = self.session.state
            if self._on_state is not None:
                self._on_state(self._state)

    def _write(self, text: str) -> None:
        """Write and flush; a closed pipe (``limber run … | head``) or terminal ends the run,
        once."""
        if self.out_closed:
            return
        try:
            self.out.write(text)
            self.out.flush()
        except OSError as error:
            # EPIPE: the reader of the pipe left; EIO: the terminal itself went away.
            if error.errno not in (errno.EPIPE, errno.EIO):
                raise
            self.out_closed = True
            raise RunEnded(getattr(signal, "SIGPIPE", 13)) from None

    def _status(self) -> None:
        snap = self.session.snapshot()
        rep = translate("TerminalRun", " rep {rep}/{reps}").format(
            rep=snap.rep, reps=snap.segment.reps) if snap.rep else ""
        line = (f"[{snap.step_number}/{snap.step_count}] {describe(snap.segment)}{rep}  "
                + translate("TerminalRun", "{seconds} s   (total left {time})").format(
                    seconds=f"{snap.remaining:>3}", time=format_seconds(snap.total_remaining)))
        pad = max(0, len(self._line) - len(line))
        self._line = line
        self._write("\r" + line + " " * pad)

    def _print(self, text: str) -> None:
        if self.live and self._line:
            blank, self._line = len(self._line), ""
            self._write("\r" + " " * blank + "\r")
        self._write(text + "\n")
        if self.live and self.session.state.value in ("running", "lead-in"):
            self._status()

    def _report(self, summary: Summary, *, stopped: bool) -> None:
        done = round(summary.completed_fraction * 100)
        words = translate("TerminalRun", "Stopped: {routine}, {percent}% done "
                                         "in {time}.") if stopped else \
            translate("TerminalRun", "Finished: {routine}, {percent}% done in {time}.")
        self._print(words.format(routine=summary.routine_name, percent=done,
                                 time=format_seconds(summary.active_seconds)))
