"""Telling the user about a problem once, on the thread that uses the speaker.

Rendering and playback run on threads of their own; a GUI may only touch its widgets on its
own thread. So problems found elsewhere are queued here and handed to the app's callback the
next time the app calls the speaker (every cue, every progress poll).
"""

from __future__ import annotations

import threading

from coach.speech.port import Notice


class Notices:
    def __init__(self, notice: Notice) -> None:
        self._notice = notice
        self._lock = threading.Lock()
        self._seen: set[str] = set()
        self._queued: list[str] = []

    def post(self, message: str) -> None:
        """Queue ``message`` (from any thread); a message already told is not told again."""
        with self._lock:
            if message not in self._seen:
                self._seen.add(message)
                self._queued.append(message)

    def flush(self) -> None:
        """Hand the queued messages to the app's callback (call on the app's thread)."""
        with self._lock:
            queued, self._queued = self._queued, []
        for message in queued:
            self._notice(message)
