"""Which audio output this install has, asked without importing Qt before it is needed.

No Qt import at the top: the command line calls this only when it is about to speak.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.speech.player import PlayerFactory


def qt_player_factory() -> PlayerFactory | None:
    """Qt's audio output (``QtPlayer``), or None when this install has no QtMultimedia."""
    try:
        from coach.qt.audio_output import QtPlayer
    except ImportError:
        return None
    return QtPlayer
