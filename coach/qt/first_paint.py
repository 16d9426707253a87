"""The moment a window is first on screen: when start-up work that can wait may begin.

:func:`after_first_paint` calls back once, just after the window's first paint has been
handed to the screen (the paint event's own handling, children included, is over by then).

It watches the window's own platform window (its ``QWindow``) for the first *expose*: Qt
paints every widget of the window and flushes the result while it handles that event, so a
call queued from there runs after the paint, whatever covers the window (a screen that fills
it may leave the window itself nothing to paint). An application-wide event filter would see
the same moment, but it makes every event of every widget pass through Python while the
window is built, and wrapping each of those objects for Python made PySide6 create a hundred
and more enum classes of its widget types: about 20 ms of start-up.

``LIMBER_BENCH_FIRST_PAINT=PATH`` makes the app write ``time.monotonic()`` to PATH at that
moment; ``python -m tests.bench`` reads it to time start-up against a bare PySide6 window. It
is a system-wide clock on Linux, so the benchmark compares it with its own start time.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget

from coach.core.files.atomic import write_atomic

BENCH_ENV = "LIMBER_BENCH_FIRST_PAINT"


class _Watcher(QObject):
    """One per window: the widget until it has a platform window, then that window's
    expose. Callbacks run last-registered first, each queued on its own."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.callbacks: list[Callable[[], None]] = []
        self._handle: QWindow | None = None
        window.installEventFilter(self)
        self._watch_handle()

    def _watch_handle(self) -> None:
        handle = self._window.windowHandle()
        if handle is not None and self._handle is None:
            self._handle = handle
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window and kind == QEvent.Type.Show:
            self._watch_handle()  # the platform window exists from the first show
        elif (watched is self._handle and kind == QEvent.Type.Expose
              and self._handle is not None and self._handle.isExposed()):
            self._done()
        return False

    def _done(self) -> None:
        self._window.removeEventFilter(self)
        if self._handle is not None:
            self._handle.removeEventFilter(self)
        del self._window._first_paint_watcher  # type: ignore[attr-defined]
        # Queued: each runs once the paint (and the flush that follows it) is done.
        for callback in reversed(self.callbacks):
            QTimer.singleShot(0, callback)


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, on the event loop, after ``window`` is first painted. When
    several wait, the one registered last runs first (the bench's stamp is registered last)."""
    watcher: _Watcher | None = getattr(window, "_first_paint_watcher", None)
    if watcher is None:
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            QTimer.singleShot(0, callback)  # painted already: its expose has been handled
            return
        watcher = window._first_paint_watcher = _Watcher(window)  # type: ignore[attr-defined]
    watcher.callbacks.append(callback)


def bench_stamp(window: QWidget) -> None:
    """When the benchmark asks for it, note the time of the window's first paint."""
    path = os.environ.get(BENCH_ENV)
    if path:
        def stamp() -> None:
            write_atomic(Path(path), f"{time.monotonic():.6f}\n")  # never read half-written

        after_first_paint(window, stamp)
