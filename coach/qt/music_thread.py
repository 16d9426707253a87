"""The music control for the window and for ``limber run --text``: the
:class:`~coach.app.music_fader.Fader` and the MPRIS port on a thread of their own.

Why a thread, in the window too: the terminal runner has no Qt event loop (it sleeps between
cues), and QtDBus needs one to deliver its answers and time the ramps. One thread serves both,
as the audio output does (:mod:`coach.qt.audio_output`), and it also keeps the restore file's fsyncs
and a slow player's timeouts away from the cues and the window. The alternatives were worse: a
blocking ``QDBusConnection.call`` per step from the runner's thread would stall it for a hung
player's whole timeout, and a D-Bus client of our own over asyncio would be a second D-Bus
implementation to keep right, beside the QtDBus the frozen app already carries.

Calls from the caller's thread go over as queued signals and return at once. Notices come back
on the caller's thread through the Qt event loop (the window), or straight from the music
thread when the caller says its ``notice`` may be called from any thread (the terminal, which
prints them).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot

from coach.app.music_fader import Fader, Then
from coach.app.music_port import MusicMode, Window
from coach.core.clock import Clock
from coach.qt.mpris_port import MprisPort, connect
from coach.qt.session_bus import sandbox_hides_players, session_bus_address
from coach.storage.music_restore import RestoreFile

CLOSE_WAIT: Final = 1.5  # seconds the process may wait, at its end, for the music to be back
THREAD_WAIT_MS: Final = 2000

_app: QCoreApplication | None = None  # made here only when nobody else made one (terminal)


def _ensure_core_app() -> None:
    """QtDBus wants an application object; the terminal runner has none of its own."""
    global _app
    if QCoreApplication.instance() is None \
            and threading.current_thread() is threading.main_thread():
        _app = QCoreApplication([])


class _QtTimer:
    """The fader's :class:`~coach.app.music_fader.Timer`: one precise single-shot QTimer."""

    def __init__(self, parent: QObject) -> None:
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        # A coarse timer may fire 5 % late: a 40 ms ramp step would wobble.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._fire)
        self._callback: Then | None = None

    def start(self, delay: float, callback: Then) -> None:
        self._callback = callback
        self._timer.start(max(0, math.ceil(delay * 1000.0 - 1e-6)))

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def _fire(self) -> None:
        if self._callback is not None:
            self._callback()


class _Worker(QObject):
    """Lives on the music thread; everything in it runs there."""

    told = Signal(str)

    def __init__(self, address: str | None, folder: Path, clock: Clock,
                 notice: Callable[[str], None] | None) -> None:
        super().__init__()
        self._address, self._folder, self._clock = address, folder, clock
        self._notice = notice  # None: through the ``told`` signal
        self.fader: Fader | None = None
        self.port: MprisPort | None = None
        self.timer: _QtTimer | None = None
        self.recovered = threading.Event()
        self.closed = threading.Event()

    @Slot()
    def start(self) -> None:
        self.port = MprisPort(connect(self._address), self,
                              hidden_by_sandbox=sandbox_hides_players())
        self.timer = _QtTimer(self)
        self.fader = Fader(self.port, self.timer, self._clock, RestoreFile(self._folder),
                           self._tell)
        self.fader.recover(self.recovered.set)

    def _tell(self, message: str) -> None:
        if self._notice is not None:
            self._notice(message)
        else:
            self.told.emit(message)

    @Slot(object)
    def command(self, request: tuple[Any, ...]) -> None:
        fader = self.fader
        assert fader is not None
        kind = request[0]
        if kind == "begin":
            fader.begin(request[1])
        elif kind == "schedule":
            fader.schedule(request[1])
        elif kind == "pause_at":
            fader.pause_at(request[1])
        elif kind == "finish":
            fader.finish(request[1])
        elif kind == "close":
            fader.close(self._closed)

    def _closed(self) -> None:
        self.shutdown()
        self.closed.set()

    @Slot()
    def shutdown(self) -> None:
        """Drop the bus connection (also run as the thread ends, if the players did not all
        answer in time and the close gave up waiting)."""
        if self.timer is not None:
            self.timer.stop()
        if self.port is not None:
            self.port.close()


class _Bridge(QObject):
    """Lives on the caller's thread: sends its commands over, and brings the notices back to
    be told there (a queued signal into an object of this thread: a plain function as the
    receiver would leave the thread it runs on to PySide's choosing)."""

    request = Signal(object)

    def __init__(self, notice: Callable[[str], None]) -> None:
        super().__init__()
        self._notice = notice

    @Slot(str)
    def tell(self, message: str) -> None:
        self._notice(message)


class QtMusic:
    """The :class:`~coach.app.music_port.MusicControl` for the app: every call returns at once.

    Making one gives back, at once, whatever a Limber that died left changed (see
    :mod:`coach.storage.music_restore`). ``address``: the bus (None: the session bus, if there is
    one). ``clock`` must be the session's: the windows are its readings. ``notice_any_thread``:
    ``notice`` may be called from the music thread (else it is called on this thread, by its
    Qt event loop)."""

    def __init__(self, notice: Callable[[str], None], folder: Path, clock: Clock, *,
                 address: str | None = None, notice_any_thread: bool = False) -> None:
        _ensure_core_app()
        self._thread = QThread()
        self._thread.setObjectName("limber-music")
        self._worker = _Worker(address if address is not None else session_bus_address(),
                               folder, clock, notice if notice_any_thread else None)
        self._bridge = _Bridge(notice)
        if not notice_any_thread:
            self._worker.told.connect(self._bridge.tell, Qt.ConnectionType.QueuedConnection)
        self._worker.moveToThread(self._thread)
        self._bridge.request.connect(self._worker.command, Qt.ConnectionType.QueuedConnection)
        self._thread.started.connect(self._worker.start)
        # Direct: runs on the music thread itself, the last thing it does.
        self._thread.finished.connect(self._worker.shutdown, Qt.ConnectionType.DirectConnection)
        self._closed = False
        self._thread.start()

    @property
    def worker(self) -> _Worker:
        """For tests: the fader and its port live here (read them on the music thread only)."""
        return self._worker

    def begin(self, mode: MusicMode) -> None:
        self._send("begin", mode)

    def schedule(self, windows: Sequence[Window]) -> None:
        self._send("schedule", tuple(windows))

    def pause_at(self, at: float | None) -> None:
        self._send("pause_at", at)

    def finish(self, at: float) -> None:
        self._send("finish", at)

    def close(self, wait: float = CLOSE_WAIT) -> bool:
        """Give everything back and end the thread; waits at most ``wait`` seconds for the
        players to answer. False when some did not (they stay noted for the next start)."""
        if self._closed:
            return True
        self._closed = True
        self._send("close")
        back = self._worker.closed.wait(wait)
        self._thread.quit()
        self._thread.wait(THREAD_WAIT_MS)
        return back

    def _send(self, *request: Any) -> None:
        if not self._closed or request[0] == "close":
            self._bridge.request.emit(request)
