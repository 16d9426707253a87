"""The app's side of the render worker: start it, time every call, restart it once.

A call that gets no answer within its timeout, or a worker that dies, counts as a failure:
the worker is killed and started again once; after the next failure the engine is given up
for the life of this object and every call raises :class:`EngineDead` at once.

A worker left with nothing to do ends after ``IDLE_SECONDS``: a session's phrases are all
rendered before its clock starts, so through the session the worker would only hold its
memory (a Python process with the engine's voice loaded: 15 to 18 MiB of its own with
flite's). The next call starts a fresh one, as after :meth:`EngineProcess.restart`; that
is not a failure.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from coach.speech.engines.engine_protocol import EngineUnavailable, VoiceInfo
from coach.speech.engines.render_worker import DEFAULT_ENGINE, serve

if TYPE_CHECKING:  # multiprocessing (with pickle and sockets) loads with the first worker
    from multiprocessing.connection import Connection
    from multiprocessing.context import SpawnContext
    from multiprocessing.process import BaseProcess

START_TIMEOUT = 20.0  # a cold start on a slow laptop: spawn, import, load the voice data
CALL_TIMEOUT = 10.0  # a short phrase takes milliseconds; this only catches a hang
# Longer than the pause between a session's phrases being rendered and the plan fitted to
# them asking for the few phrases fitting changed; shorter than any session.
IDLE_SECONDS = 5.0


class RenderEngine(Protocol):
    """What renders clips in the app process: an engine's worker process (or several, side by
    side: :mod:`coach.speech.worker_lanes`)."""

    def voices(self) -> list[VoiceInfo]: ...

    def render(self, text: str, voice: str, rate: int, raw: Path, out: Path) -> None: ...

    def restart(self) -> None:
        """Drop the engine process; the next call starts a fresh one."""
        ...

    def close(self) -> None: ...


class Timer(Protocol):
    """What ``threading.Timer(seconds, function)`` makes (tests pass one they fire)."""

    daemon: bool

    def start(self) -> None: ...

    def cancel(self) -> None: ...


class EngineDead(RuntimeError):
    """The worker hung or crashed again after its restart."""


class RenderFailed(RuntimeError):
    """The engine could not render one phrase (it raised, or wrote nothing usable)."""


class _Broken(Exception):
    pass


class EngineProcess:
    def __init__(self, engine: str = DEFAULT_ENGINE, *, start_timeout: float = START_TIMEOUT,
                 call_timeout: float = CALL_TIMEOUT, restarts: int = 1,
                 idle_seconds: float | None = IDLE_SECONDS,
                 timer: Callable[[float, Callable[[], None]], Timer] = threading.Timer) -> None:
        self._engine = engine
        self._start_timeout = start_timeout
        self._call_timeout = call_timeout
        self._restarts = restarts
        self._ctx: SpawnContext | None = None  # made with the first worker
        self._proc: BaseProcess | None = None
        self._conn: Connection | None = None
        self._failures = 0
        self._restarted = 0
        self._voice: str | None = None  # the voice the running worker has spoken in
        self._unavailable: str | None = None
        self._dead: str | None = None
        self._default_voice = ""
        self._lock = threading.Lock()  # one request in flight at a time
        self._idle_seconds = idle_seconds  # None: the worker stays until closed
        self._make_timer = timer
        self._idle_timer: Timer | None = None

    @property
    def failures(self) -> int:
        return self._failures

    def default_voice(self) -> str:
        with self._lock:
            self._with_retry(lambda: None)
            self._arm_idle()
            return self._default_voice

    def voices(self) -> list[VoiceInfo]:
        reply = self._call(("voices",))
        voices: list[VoiceInfo] = reply[1]
        return voices

    def render(self, text: str, voice: str, rate: int, raw: Path, out: Path) -> None:
        """Render ``text`` into the WAV file ``out`` (``raw``: the engine's own scratch file).

        A new voice gets a fresh worker: espeak-ng keeps some of a voice's settings when the
        next one loads (gmw/en after gmw/en-gb-x-rp speaks 5 % slower for good), and an engine
        started for one voice cannot carry another's state. One speaker uses one voice, so
        this costs a start-up only when the voice changes."""
        with self._lock:
            if self._voice is not None and voice != self._voice:
                self._quit()
        reply = self._call(("render", text, voice, rate, str(raw), str(out)))
        with self._lock:
            self._voice = voice  # the running worker has now loaded it
        if reply[0] != "rendered":
            raise RenderFailed(str(reply[1]))

    def restart(self) -> None:
        """End the worker; the next call starts a fresh one (not counted as a failure).

        For a phrase that came out wrong: whatever state the engine kept cannot carry over."""
        with self._lock:
            self._quit()
            self._restarted += 1

    @property
    def restarts(self) -> int:
        return self._restarted

    def close(self) -> None:
        with self._lock:
            self._cancel_idle()
            self._quit()

    def _quit(self) -> None:
        if self._conn is not None and self._proc is not None and self._proc.is_alive():
            with contextlib.suppress(OSError):
                self._conn.send(("quit",))
            self._proc.join(1.0)
        self._stop()

    # -- inside -------------------------------------------------------------------------

    def _call(self, request: tuple[Any, ...]) -> tuple[Any, ...]:
        with self._lock:
            reply: tuple[Any, ...] = self._with_retry(lambda: self._exchange(request))
            self._arm_idle()
            return reply

    def _arm_idle(self) -> None:
        """(With the lock held, after a call.) End the worker if no call follows in time."""
        self._cancel_idle()
        if self._idle_seconds is None or self._proc is None:
            return
        timer = self._make_timer(self._idle_seconds, lambda: self._idle(timer))
        timer.daemon = True  # never keeps the app from exiting
        self._idle_timer = timer
        timer.start()

    def _cancel_idle(self) -> None:
        if self._idle_timer is not None:
            self._idle_timer.cancel()
            self._idle_timer = None

    def _idle(self, timer: Timer) -> None:
        """On the timer's thread: end the worker, unless a call came after this timer was set
        (a call in flight holds the lock, and sets a timer of its own when it is done)."""
        if not self._lock.acquire(blocking=False):
            return
        try:
            if self._idle_timer is timer:
                self._idle_timer = None
                self._quit()
        finally:
            self._lock.release()

    def _with_retry(self, action: Any) -> Any:
        while True:
            try:
                self._ensure_started()
                return action()
            except _Broken as exc:
                self._stop()
                self._failures += 1
                if self._failures > self._restarts:
                    self._dead = f"The speech engine stopped working ({exc})."
                    raise EngineDead(self._dead) from None

    def _exchange(self, request: tuple[Any, ...]) -> tuple[Any, ...]:
        assert self._conn is not None
        try:
            self._conn.send(request)
            if not self._conn.poll(self._call_timeout):
                raise _Broken(f"no answer within {self._call_timeout:g} s")
            reply: tuple[Any, ...] = self._conn.recv()
        except (EOFError, OSError) as exc:
            raise _Broken(self._crash_reason()) from exc
        return reply

    def _ensure_started(self) -> None:
        if self._unavailable is not None:
            raise EngineUnavailable(self._unavailable)
        if self._dead is not None:
            raise EngineDead(self._dead)
        if self._proc is not None and self._proc.is_alive():
            return
        self._stop()
        if self._ctx is None:
            import multiprocessing

            self._ctx = multiprocessing.get_context("spawn")  # fork would copy Qt's threads
        ours, theirs = self._ctx.Pipe()
        proc = self._ctx.Process(target=serve, args=(theirs, self._engine),
                                 name="limber-speech", daemon=True)
        try:
            proc.start()
        except (OSError, RuntimeError) as exc:  # e.g. an unguarded main module (see README)
            ours.close()
            theirs.close()
            raise _Broken(f"the worker could not start: {exc}") from exc
        theirs.close()
        self._proc, self._conn = proc, ours
        try:
            if not ours.poll(self._start_timeout):
                raise _Broken(f"it did not start within {self._start_timeout:g} s")
            reply = ours.recv()
        except (EOFError, OSError) as exc:
            raise _Broken(self._crash_reason()) from exc
        if reply[0] == "unavailable":
            self._unavailable = str(reply[1])
            self._stop()
            raise EngineUnavailable(self._unavailable)
        self._default_voice = str(reply[1])

    def _crash_reason(self) -> str:
        if self._proc is not None:
            self._proc.join(0.5)
            if self._proc.exitcode is not None:
                return f"it crashed, exit code {self._proc.exitcode}"
        return "it crashed"

    def _stop(self) -> None:
        self._voice = None
        if self._proc is not None:
            if self._proc.is_alive():
                self._proc.kill()
            self._proc.join(2.0)
            if self._proc.exitcode is not None:
                self._proc.close()
        if self._conn is not None:
            self._conn.close()
        self._proc = self._conn = None
