"""A music control that is built the first time a session needs it, and the stand-in for a
machine with no session bus to reach the players on.

The real control (``coach.qt.music_thread.QtMusic``) starts a thread and a D-Bus connection; a
window that never runs a session with the music setting on has no use for them. Built at
once, though, when a dead Limber left music changed (:meth:`MusicOnDemand.build`): the next
start gives it back without waiting for a session.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from coach.app.music_port import MusicBackend, MusicMode, Window
from coach.app.music_words import no_bus


class MusicOnDemand:
    """The :class:`~coach.app.music_port.MusicControl` around ``build``, called at most once."""

    def __init__(self, build: Callable[[], MusicBackend]) -> None:
        self._build = build
        self._control: MusicBackend | None = None

    @property
    def built(self) -> bool:
        return self._control is not None

    def build(self) -> MusicBackend:
        if self._control is None:
            self._control = self._build()
        return self._control

    def begin(self, mode: MusicMode) -> None:
        if mode is not MusicMode.LEAVE:
            self.build().begin(mode)

    # Nothing to do before a session began: nothing was lowered or paused.
    def schedule(self, windows: Sequence[Window]) -> None:
        if self._control is not None:
            self._control.schedule(windows)

    def pause_at(self, at: float | None) -> None:
        if self._control is not None:
            self._control.pause_at(at)

    def finish(self, at: float) -> None:
        if self._control is not None:
            self._control.finish(at)

    def close(self) -> None:
        if self._control is not None:
            self._control.close()


class NoMusicBus:
    """The music control where there is no session bus at all: nothing to lower or pause, and
    one notice a session saying so (nothing is built: no thread, no connection)."""

    def __init__(self, notice: Callable[[str], None]) -> None:
        self._notice = notice

    def begin(self, mode: MusicMode) -> None:
        if mode is not MusicMode.LEAVE:
            self._notice(no_bus())

    def schedule(self, windows: Sequence[Window]) -> None:
        pass

    def pause_at(self, at: float | None) -> None:
        pass

    def finish(self, at: float) -> None:
        pass

    def close(self) -> None:
        pass
