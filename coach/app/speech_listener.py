"""Speech as a listener of session events: the one place that decides what is said and when
it is cut, for the window's driver and the terminal runner alike.

A cue due is played; a jump, a pause or a stop cuts whatever is being said, because it has
just become stale. The speaker can be swapped between sessions (the preferences changed the
voice) without the listener being re-subscribed.
"""

from __future__ import annotations

from coach.core.session_events import CueDue, Event, Jumped, Paused, Stopped
from coach.speech.port import Speaker


class SpeechListener:
    def __init__(self, speaker: Speaker) -> None:
        self.speaker = speaker

    def __call__(self, event: Event) -> None:
        if isinstance(event, CueDue):
            self.speaker.play(event.cue)
        elif isinstance(event, Jumped | Paused | Stopped):
            self.speaker.cut()
