"""Telling the user about a problem once, on the thread that uses the speaker.

Rendering and playback run on threads of their own; a GUI may only touch its widgets on its
own thread. So problems found elsewhere are queued here and handed to the app's callback the
next time the app calls the speaker (every cue, every progress poll).
"""

from __future__ import annotations

import threading

from coach.speech.port import Notice

# Said while a session waits for clips; withdrawn as soon as they are ready, and never left
# standing once the session is over (a screen showing it goes home without it).
NOT_READY = ("The voice is still being prepared; a chime stands in for the cues "
             "that are not ready yet.")
SESSION_ONLY = (NOT_READY,)


class Notices:
    """``notice`` shows a message; ``withdraw`` (optional) takes one back that is no longer
    true. Both are called on the app's thread, from :meth:`flush`."""

    def __init__(self, notice: Notice, withdraw: Notice | None = None) -> None:
        self._notice = notice
        self._withdraw = withdraw
        self._lock = threading.Lock()
        self._seen: set[str] = set()
        self._queued: list[tuple[Notice, str]] = []

    def post(self, message: str) -> None:
        """Queue ``message`` (from any thread); a message already told is not told again."""
        with self._lock:
            if message not in self._seen:
                self._seen.add(message)
                self._queued.append((self._notice, message))

    def withdraw(self, message: str) -> None:
        """Take back ``message`` if it was told (it may then be told again later)."""
        with self._lock:
            if message in self._seen:
                self._seen.discard(message)
                if self._withdraw is not None:
                    self._queued.append((self._withdraw, message))

    def told(self, message: str) -> bool:
        with self._lock:
            return message in self._seen

    def flush(self) -> None:
        """Hand the queued messages to the app's callbacks (call on the app's thread)."""
        with self._lock:
            queued, self._queued = self._queued, []
        for deliver, message in queued:
            deliver(message)
