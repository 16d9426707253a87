"""Speech and sound: one small port, with real, silent and recording implementations.

``make_speaker`` picks one at start-up. Nothing in this package imports Qt: the audio output
is injected (``coach.qt.audio_output`` has the Qt one).

Every name here is imported on first use (PEP 562): the speaker's machinery (the engine
probe, the worker process, the clip cache) is only loaded when a speaker is made, so a
module that needs just the port (the session driver, say) does not pay for it at start-up,
and the render worker, which imports only the engine modules, pays for neither.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coach.speech.options import SpeechOptions
    from coach.speech.port import Notice, RecordingSpeaker, SilentSpeaker, Speaker
    from coach.speech.speaker_factory import make_speaker

# Every name on first use: the render worker imports modules of this package too, and needs
# none of these (the port alone brings the plan and the routine model: ~30 ms a worker start).
__all__ = [
    "Notice",
    "RecordingSpeaker",
    "SilentSpeaker",
    "Speaker",
    "SpeechOptions",
    "make_speaker",
]
_PORT = ("Notice", "RecordingSpeaker", "SilentSpeaker", "Speaker")


def __getattr__(name: str) -> Any:
    if name == "make_speaker":
        from coach.speech.speaker_factory import make_speaker

        return make_speaker
    if name == "SpeechOptions":
        from coach.speech.options import SpeechOptions

        return SpeechOptions
    if name in _PORT:
        from coach.speech import port

        return getattr(port, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
