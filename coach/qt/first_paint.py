"""The moment a window is first on screen: when start-up work that can wait may begin.

:func:`after_first_paint` calls back once, just after the window's first paint has been
handed to the screen (the paint event's own handling, children included, is over by then).

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
from PySide6.QtWidgets import QApplication, QWidget

from coach.atomic import write_atomic

BENCH_ENV = "LIMBER_BENCH_FIRST_PAINT"


class _Watcher(QObject):
    """Watches every paint until one lands in ``window``: a screen that covers the whole
    window (the session screen, say) may leave the window itself nothing to paint."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback = callback
        self._app = QApplication.instance()
        if self._app is not None:
            self._app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.window() is self._window and self._app is not None):
            self._app.removeEventFilter(self)
            self._app = None
            # Queued: runs once this paint (and the flush that follows it) is done.
            QTimer.singleShot(0, self._callback)
        return False


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, on the event loop, after ``window`` is first painted."""
    _Watcher(window, callback)


def bench_stamp(window: QWidget) -> None:
    """When the benchmark asks for it, note the time of the window's first paint."""
    path = os.environ.get(BENCH_ENV)
    if path:
        def stamp() -> None:
            write_atomic(Path(path), f"{time.monotonic():.6f}\n")  # never read half-written

        after_first_paint(window, stamp)
