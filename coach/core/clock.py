"""Clocks the session reads time from. The engine never sleeps and never counts ticks."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds on a monotonic scale; only differences matter."""
        ...


class SystemClock:
    """The real clock.

    On Linux CLOCK_BOOTTIME keeps counting while the laptop sleeps, so a session notices a
    suspend as a long stall (and pauses) instead of silently losing that time.
    """

    def __init__(self) -> None:
        boottime = getattr(time, "CLOCK_BOOTTIME", None)
        self._id = boottime

    def now(self) -> float:
        if self._id is not None:
            return time.clock_gettime(self._id)
        return time.monotonic()


class FakeClock:
    """A clock the tests move by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("a monotonic clock does not go back")
        self._now += seconds
        return self._now

    def set(self, value: float) -> None:
        if value < self._now:
            raise ValueError("a monotonic clock does not go back")
        self._now = value
