"""A channel's sample stream: what a sound card pulls, clip after clip, silence in between.

Kept apart from Qt so it can be tested without a sound card. The audio output pulls from it
on its own thread while the app pushes clips, hence the lock.
"""

from __future__ import annotations

import threading
from collections import deque


class ChannelStream:
    def __init__(self, *, frame_bytes: int = 2) -> None:
        self._frame = frame_bytes
        self._lock = threading.Lock()
        self._queue: deque[bytes] = deque()
        self._offset = 0  # bytes of the first clip already handed out
        self.pulled_clips = 0  # clips that have started to be pulled (for tests and timing)

    def push(self, pcm: bytes, *, queue: bool = False) -> None:
        """Play ``pcm`` from the next pull on (replacing what plays), or after it (``queue``)."""
        with self._lock:
            if not queue:
                self._queue.clear()
                self._offset = 0
            self._queue.append(pcm)

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
            self._offset = 0

    @property
    def busy(self) -> bool:
        with self._lock:
            return bool(self._queue)

    def read(self, size: int) -> bytes:
        """Exactly ``size`` bytes (whole frames): clip data, then silence when nothing is left.

        Silence rather than nothing keeps the output running, so a clip starts at the next pull
        instead of waiting for a stopped output to start again.
        """
        size -= size % self._frame
        out = bytearray()
        with self._lock:
            while len(out) < size and self._queue:
                clip = self._queue[0]
                if self._offset == 0:
                    self.pulled_clips += 1
                take = clip[self._offset : self._offset + size - len(out)]
                out += take
                self._offset += len(take)
                if self._offset >= len(clip):
                    self._queue.popleft()
                    self._offset = 0
        out += bytes(size - len(out))
        return bytes(out)
