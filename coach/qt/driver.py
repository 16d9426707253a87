"""The Qt adapter around the pure :class:`coach.core.session.Session`.

The session decides everything; this only wakes it on time and passes its events on. There is
ONE single-shot precise timer, armed for ``session.next_wake()`` and re-armed after every
advance or command, so nothing ticks while no session runs and late or merged wake-ups cannot
drift (the session works from absolute deadlines, not from counting ticks).

Speech is a listener like any widget (:class:`coach.app.speech_listener.SpeechListener`, the
same one the terminal runner uses), fed every event before the widgets hear of it; so is the
music (:class:`coach.app.music_listener.MusicListener`), right after speech.

A session can wait for its voice first (:class:`coach.app.voice_fit.VoiceFit`): its phrases are
rendered and its plan fitted to their measured lengths before the lead-in starts. Meanwhile a
second timer polls the fit, the screen shows the first step and "Preparing the voice", and
stopping cancels the wait. With every clip cached the session starts at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from coach.app.music_listener import MusicListener
from coach.app.speech_listener import SpeechListener
from coach.app.voice_fit import VoiceFit
from coach.core.clock import Clock
from coach.core.plan.compiler import Plan
from coach.core.session import Session
from coach.core.session_events import Event, Finished, Snapshot, Stalled, State, Stopped
from coach.qt.timer_bounds import start_within
from coach.speech.port import Speaker

FIT_POLL_MS = 50  # how often the voice's progress is looked at while a session waits for it


class SessionDriver(QObject):
    """Runs one session at a time on an injected clock and speaker.

    Listeners connect to the signals; they never own timing. Tests drive a FakeClock and call
    :meth:`wake` themselves instead of waiting.
    """

    started = Signal(object)  # Plan
    session_event = Signal(object)  # every Event, in order (QObject already has an "event")
    updated = Signal(object)  # Snapshot, once after each batch of events
    state_changed = Signal(object)  # State
    stalled = Signal(object)  # Stalled: the computer slept, the session paused itself
    finished = Signal(object)  # Summary: the routine ran to its end
    stopped = Signal(object)  # Summary: the user stopped early (or closed the window)
    speech_progress = Signal(int, int)  # phrases ready, phrases asked for

    def __init__(self, clock: Clock, speaker: Speaker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._speech_listener = SpeechListener(speaker)
        # Lowers or pauses other apps' music (set by the window; its clock is this one).
        self.music: MusicListener | None = None
        self._session: Session | None = None
        self._state: State | None = None
        self._speech: tuple[int, int] = (0, 0)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Coarse timers may fire up to 5 % late; a countdown second visibly stutters then.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.wake)
        self._fit: VoiceFit | None = None
        self._fit_timer = QTimer(self)
        self._fit_timer.setInterval(FIT_POLL_MS)
        self._fit_timer.timeout.connect(self._poll_fit)

    # -- reading --------------------------------------------------------------------------

    @property
    def timer(self) -> QTimer:
        """The one wake-up timer (tests check it is idle when nothing runs)."""
        return self._timer

    @property
    def speaker(self) -> Speaker:
        return self._speech_listener.speaker

    def set_speaker(self, speaker: Speaker) -> None:
        """Use ``speaker`` from the next session on (the preferences changed the voice)."""
        assert not self.active, "the speaker cannot change during a session"
        self._speech_listener.speaker = speaker

    @property
    def session(self) -> Session | None:
        return self._session

    @property
    def plan(self) -> Plan | None:
        return self._session.plan if self._session else None

    def snapshot(self) -> Snapshot | None:
        return self._session.snapshot() if self._session else None

    @property
    def active(self) -> bool:
        """A session is under way (counting down or paused), not yet finished or stopped."""
        return self._session is not None and self._session.state in (
            State.LEAD_IN, State.RUNNING, State.PAUSED,
        )

    @property
    def preparing(self) -> bool:
        """A session is waiting for its voice to be prepared before it starts."""
        return self._fit is not None

    @property
    def fit_timer(self) -> QTimer:
        """Polls the voice while a session waits for it (tests check it is idle after)."""
        return self._fit_timer

    def can(self, command: str) -> bool:
        return self._session is not None and self._session.can(command)

    # -- commands -------------------------------------------------------------------------

    def start(self, plan: Plan, fit: VoiceFit | None = None) -> None:
        """Stop whatever runs, then start ``plan`` from its lead-in; with ``fit``, start the
        plan fitted to the voice once its phrases are ready (at once when all are cached)."""
        if self.active:
            self.stop()
        self.cancel()
        if fit is not None:
            fitted = fit.poll()
            if fitted is None:
                self._fit = fit
                self._session = Session(fit.plan, self._clock)  # ready: shows the first step
                self._state = None
                self._speech = (-1, -1)
                self._report_progress(fit.progress())
                self.updated.emit(self._session.snapshot())
                self._fit_timer.start()
                return
            self._begin(fitted, prepared=True)
            return
        self._begin(plan)

    def cancel(self) -> None:
        """Give up waiting for the voice: the session never starts."""
        if self._fit is None:
            return
        self._fit = None
        self._fit_timer.stop()
        self._session = None
        self._report_progress((0, 0))

    def _poll_fit(self) -> None:
        fit = self._fit
        if fit is None:
            return
        plan = fit.poll()
        self._report_progress(fit.progress())
        if plan is not None:
            self._fit = None
            self._fit_timer.stop()
            self._begin(plan, prepared=True)

    def _begin(self, plan: Plan, *, prepared: bool = False) -> None:
        """``prepared``: the voice fit already prepared exactly these phrases."""
        self._session = Session(plan, self._clock)
        self._state = None
        if not prepared:
            self.speaker.prepare(plan.phrases())
        if self.music is not None:
            self.music.prepare(plan)
        self._speech = (-1, -1)
        self.started.emit(plan)
        self._report_speech()
        self._run(self._session.start())

    def toggle_pause(self) -> None:
        if self._session:
            self._run(self._session.toggle_pause())

    def pause(self) -> None:
        if self._session:
            self._run(self._session.pause())

    def resume(self) -> None:
        if self._session:
            self._run(self._session.resume())

    def next(self) -> None:
        if self._session:
            self._run(self._session.next())

    def previous(self) -> None:
        if self._session:
            self._run(self._session.previous())

    def add_time(self, seconds: int | None = None) -> None:
        if self._session:
            if seconds is None:
                self._run(self._session.add_time())
            else:
                self._run(self._session.add_time(seconds))

    def stop(self) -> None:
        if self._fit is not None:
            self.cancel()
        elif self._session:
            self._run(self._session.stop())

    def wake(self) -> None:
        """The timer's handler: bring the session up to the clock, then re-arm."""
        self.advance()

    def next_wake(self) -> float | None:
        """The clock reading the timer is armed for (None: no session, or nothing to wait for)."""
        return self._session.next_wake() if self._session else None

    def advance(self) -> list[Event]:
        """Bring the session up to the clock, tell every listener, re-arm; the events."""
        if not self._session:
            return []
        events = self._session.advance()
        self._run(events)
        self._report_speech()
        return events

    def shutdown(self) -> None:
        """Stop any session and the timers (the window is closing)."""
        self.cancel()
        self.stop()
        self._timer.stop()

    # -- inside ---------------------------------------------------------------------------

    def _run(self, events: list[Event]) -> None:
        session = self._session
        assert session is not None
        for ev in events:
            self._speech_listener(ev)
            if self.music is not None:
                self.music(ev)
            self.session_event.emit(ev)
            if isinstance(ev, Stalled):
                self.stalled.emit(ev)
        self._arm()
        if events:
            self.updated.emit(session.snapshot())
        if session.state != self._state:
            self._state = session.state
            self.state_changed.emit(session.state)
        # Emitted last, once the display is up to date, so a listener may switch screens.
        for ev in events:
            if isinstance(ev, Finished):
                self.finished.emit(ev.summary)
            elif isinstance(ev, Stopped):
                self.stopped.emit(ev.summary)

    def _arm(self) -> None:
        wake = self._session.next_wake() if self._session else None
        if wake is None:
            self._timer.stop()
            return
        # Rounded up (past float noise): waking a hair early would only find nothing due.
        # Clamped to what a timer holds: a clock that jumped wakes early and arms again.
        start_within(self._timer, (wake - self._clock.now()) * 1000.0 - 1e-6)

    def _report_speech(self) -> None:
        self._report_progress(self.speaker.progress())

    def _report_progress(self, progress: tuple[int, int]) -> None:
        if progress != self._speech:
            self._speech = progress
            self.speech_progress.emit(*progress)
