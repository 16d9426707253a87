"""The music control for this machine: over the session bus on a thread of its own, or, with no
bus, a stand-in that says so. Qt is loaded only when there is a bus to reach."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from coach.app.music_on_demand import NoMusicBus
from coach.app.music_port import MusicBackend
from coach.core.clock import Clock
from coach.qt.session_bus import session_bus_address


def music_backend(notice: Callable[[str], None], folder: Path, clock: Clock, *,
                  notice_any_thread: bool = False) -> MusicBackend:
    """The music control: :class:`~coach.qt.music_thread.QtMusic` where there is a session bus,
    else :class:`~coach.app.music_on_demand.NoMusicBus`."""
    address = session_bus_address()
    if address is None:
        return NoMusicBus(notice)
    from coach.qt.music_thread import QtMusic

    return QtMusic(notice, folder, clock, address=address, notice_any_thread=notice_any_thread)
