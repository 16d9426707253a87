"""Speech and sound: one small port, with real, silent and recording implementations.

``make_speaker`` picks one at start-up. Nothing in this package imports Qt: the audio output
is injected (``coach.qt.audio`` has the Qt one).

``make_speaker`` is imported on first use (PEP 562): the speaker's machinery (the engine
probe, the worker process, the clip cache) is only loaded when a speaker is made, so a
module that needs just the port (the session driver, say) does not pay for it at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coach.speech.options import SpeechOptions
from coach.speech.port import Notice, RecordingSpeaker, SilentSpeaker, Speaker

if TYPE_CHECKING:
    from coach.speech.factory import make_speaker

__all__ = [
    "Notice",
    "RecordingSpeaker",
    "SilentSpeaker",
    "Speaker",
    "SpeechOptions",
    "make_speaker",
]


def __getattr__(name: str) -> Any:
    if name == "make_speaker":
        from coach.speech.factory import make_speaker

        return make_speaker
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
