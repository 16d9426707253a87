"""Which audio output plays the clips, chosen without importing Qt before it is needed.

On Linux, PulseAudio's client library when a sound server answers (``PulseOutput``: a clip is
one write, nothing runs between clips; PipeWire serves the same protocol). Otherwise, and
wherever that cannot be used, Qt's output (``QtPlayer``, QAudioSink on a thread of its own).
``LIMBER_AUDIO=qt`` picks Qt's output on Linux too (to compare them, or should the other
misbehave on some machine).

No Qt import at the top: the command line calls this only when it is about to speak.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.speech.player import Player, PlayerFactory
    from coach.speech.port import Notice


def player_factory() -> PlayerFactory | None:
    """What makes this install's audio output; None when it has none at all (no PulseAudio
    client on Linux and no QtMultimedia)."""
    if _pulse_wanted():
        return make_player
    return _qt_player()


def make_player(notice: Notice) -> Player:
    """PulseAudio's output where a sound server answers, else Qt's; Qt's reports "no audio
    output" itself through ``notice``, and so does this when there is not even Qt's."""
    if _pulse_wanted():
        from coach.speech.pulse_output import PulseOutput, PulseUnavailable

        try:
            return PulseOutput(notice)
        except PulseUnavailable:
            pass
    qt = _qt_player()
    if qt is None:
        from coach.speech.player import NullPlayer
        from coach.speech.speaker_factory import NO_PLAYER

        notice(NO_PLAYER)
        return NullPlayer()
    return qt(notice)


def _pulse_wanted() -> bool:
    return sys.platform.startswith("linux") and os.environ.get("LIMBER_AUDIO", "") != "qt"


def _qt_player() -> PlayerFactory | None:
    """Qt's audio output (``QtPlayer``), or None when this install has no QtMultimedia."""
    try:
        from coach.qt.audio_output import QtPlayer
    except ImportError:
        return None
    return QtPlayer
