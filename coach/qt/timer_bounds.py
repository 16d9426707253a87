"""Arming a QTimer with any wait at all, never an ``OverflowError``.

A QTimer's interval is a C ``int`` of milliseconds: more than 2^31 - 1 (about 24.8 days) raises
``OverflowError`` in PySide6, and a wait worked out from a clock that was wrong (a date years
ahead, a suspend, an infinite or NaN difference) can be anything. Every timer Limber arms with
a computed wait goes through :func:`start_within`: the wait is clamped to what a timer holds,
so a far-off moment wakes early, and the one woken looks again and waits again.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QTimer

MAX_TIMER_MS = 2**31 - 1


def timer_ms(milliseconds: float) -> int:
    """``milliseconds`` as a QTimer interval: rounded up, at least 0, at most
    :data:`MAX_TIMER_MS`; NaN is 0 (wake now and look again)."""
    if math.isnan(milliseconds) or milliseconds <= 0:
        return 0
    if milliseconds >= MAX_TIMER_MS:
        return MAX_TIMER_MS
    return math.ceil(milliseconds)


def start_within(timer: QTimer, milliseconds: float) -> None:
    """Start ``timer`` to fire in ``milliseconds`` (clamped by :func:`timer_ms`)."""
    timer.start(timer_ms(milliseconds))
