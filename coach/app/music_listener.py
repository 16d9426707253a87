"""Music as a listener of session events: the one place that decides when the music goes down,
is paused and comes back, for the window's driver and the terminal runner alike.

It hears the same events as :class:`~coach.app.speech_listener.SpeechListener` and knows the
plan, so it tells the music control *in advance* when each group of cues starts and ends, in
clock readings: the ramp down then starts before the first word, without any wake-up of its
own. Whenever the session's place against the clock changes (a start, a resume, a jump, added
time) it sends the schedule again; a pause, a stall or a stop brings the music back up at once,
and the end of the session gives everything back.
"""

from __future__ import annotations

from collections.abc import Callable

from coach.app.music_groups import (
    Group,
    Seconds,
    finish_position,
    music_spans,
    pause_position,
    spoken_groups,
)
from coach.app.music_port import MusicControl, MusicMode, Window
from coach.core.clock import Clock
from coach.core.plan.compiler import Plan
from coach.core.session_events import (
    Event,
    Finished,
    Jumped,
    Paused,
    Resumed,
    SegmentStarted,
    Stalled,
    Started,
    Stopped,
    TimeAdded,
)


class MusicListener:
    """``mode`` and ``seconds`` are asked at each :meth:`prepare`: the music setting, and how
    long each phrase speaks (the speaker's measured clips, else the estimate), as they are
    when the session starts."""

    def __init__(self, control: MusicControl, clock: Clock, mode: Callable[[], MusicMode],
                 seconds: Callable[[], Seconds]) -> None:
        self.control = control
        self._clock = clock
        self._mode_of, self._seconds_of = mode, seconds
        self._plan: Plan | None = None
        self._mode = MusicMode.LEAVE
        self._seconds: Seconds = lambda _text: 0.0
        self._groups: list[Group] = []
        self._anchor: tuple[float, float] | None = None  # (clock reading, plan position)
        self._jumped = False
        self._paused_music = False  # the pause setting's pause is behind us
        self._pause_clock: float | None = None  # when it was asked for

    def prepare(self, plan: Plan) -> None:
        """The next session's plan (before its first event)."""
        self._plan, self._mode, self._seconds = plan, self._mode_of(), self._seconds_of()
        self._groups = spoken_groups(plan.cues, self._seconds)
        self._anchor, self._jumped, self._paused_music = None, False, False
        self._pause_clock = None

    def __call__(self, event: Event) -> None:
        if self._plan is None or self._mode is MusicMode.LEAVE:
            return
        if self._pause_clock is not None and self._clock.now() >= self._pause_clock:
            self._paused_music = True  # done: music started after it is the user's choice
        if isinstance(event, Started):
            self.control.begin(self._mode)
            self._place(event.at, 0.0)
        elif isinstance(event, Jumped):
            self._jumped = True  # placed by the SegmentStarted that follows
        elif isinstance(event, SegmentStarted) and self._jumped:
            self._jumped = False
            self._place(self._clock.now(), float(event.segment.start))
        elif isinstance(event, Resumed):
            self._place(self._clock.now(), event.position)
        elif isinstance(event, TimeAdded):
            self._plan = self._plan.extended(event.segment, event.seconds)
            self._groups = spoken_groups(self._plan.cues, self._seconds)
            if self._anchor is not None:
                self._send(*self._anchor)
        elif isinstance(event, Paused | Stalled):
            self._anchor = None
            if self._mode is MusicMode.LOWER:
                self.control.schedule([])
            elif not self._paused_music:
                self._pause_clock = None
                self.control.pause_at(None)
        elif isinstance(event, Stopped):
            self._end(self._clock.now(), None)
        elif isinstance(event, Finished):
            self._end(self._clock.now(), float(self._plan.total_seconds))

    def _place(self, now: float, position: float) -> None:
        self._anchor = (now, position)
        self._send(now, position)

    def _send(self, now: float, position: float) -> None:
        def clock(at: float) -> float:
            return now + (at - position)

        if self._mode is MusicMode.LOWER:
            spans = music_spans(self._groups, position)
            self.control.schedule([Window(clock(s.down), clock(s.up)) for s in spans])
        elif self._mode is MusicMode.PAUSE and not self._paused_music:
            assert self._plan is not None
            self._pause_clock = max(now, clock(pause_position(self._plan, self._seconds)))
            self.control.pause_at(self._pause_clock)

    def _end(self, now: float, position: float | None) -> None:
        """``position`` None: stopped, the words are cut, the music comes back now."""
        self._anchor = None
        if position is None:
            if self._mode is MusicMode.LOWER:
                self.control.schedule([])
            self.control.finish(now)
            return
        self.control.finish(now + finish_position(self._groups, position) - position)
