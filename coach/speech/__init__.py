"""Speech and sound: one small port, with real, silent and recording implementations.

``make_speaker`` picks one at start-up. Nothing in this package imports Qt: the audio output
is injected (``coach.qt.audio`` has the Qt one).
"""

from coach.speech.factory import make_speaker
from coach.speech.options import SpeechOptions
from coach.speech.port import Notice, RecordingSpeaker, SilentSpeaker, Speaker

__all__ = [
    "Notice",
    "RecordingSpeaker",
    "SilentSpeaker",
    "Speaker",
    "SpeechOptions",
    "make_speaker",
]
