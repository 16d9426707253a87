"""Shared pieces for the speech tests."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Protocol

from coach.speech.clip import Clip


def clip(label: str, seconds: float, rate: int = 22050) -> Clip:
    return Clip(label, bytes(2 * round(seconds * rate)), rate)


class FakeClips:
    """A clip source with clips of chosen lengths (the rest are 'not ready yet')."""

    def __init__(self, lengths: dict[str, float | None] | None = None, *,
                 default: float | None = 0.5,
                 failed: Sequence[str] = ()) -> None:
        self.lengths = lengths or {}
        self.default = default
        self.failed = set(failed)
        self.prepared: list[str] = []
        self.closed = False

    def prepare(self, phrases: Sequence[str]) -> None:
        self.prepared = list(phrases)

    def progress(self) -> tuple[int, int]:
        return (sum(not self.pending(p) for p in self.prepared), len(self.prepared))

    def clip(self, text: str) -> Clip | None:
        if text in self.failed:
            return None
        seconds = self.lengths.get(text, self.default)
        return None if seconds is None else clip(text, seconds)

    def pending(self, text: str) -> bool:
        return text not in self.failed and self.clip(text) is None

    def close(self) -> None:
        self.closed = True


def wait_for(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Poll a background job (a real render) until done; fails after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.005)


class Preparing(Protocol):
    """A speaker, or the prerenderer behind one."""

    def progress(self) -> tuple[int, int]: ...


def wait_rendered(speaker: Preparing, timeout: float = 30.0) -> None:
    wait_for(lambda: speaker.progress()[0] >= speaker.progress()[1], timeout)
