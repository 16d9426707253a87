"""What the parts of the music feature say to each other (the setting's values, a player, the
platform's port, the app layer's commands).

:class:`MusicPort` is the platform's side, one call per player and never a wait: every answer
comes back through a callback, on the thread that made the call, and a player that does not
answer in time is answered for (``ok=False``, or left out of a listing). :class:`MusicControl`
is the app layer's side: a few commands in time, carried out elsewhere (a thread with an event
loop), so a cue never waits for a player.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple, Protocol


class MusicMode(StrEnum):
    """The ``music`` preference."""

    LOWER = "lower"  # down under the voice, back up between groups of cues
    PAUSE = "pause"  # paused for the session, played again after it
    LEAVE = "leave"  # never touched


class Status(StrEnum):
    """MPRIS PlaybackStatus."""

    PLAYING = "Playing"
    PAUSED = "Paused"
    STOPPED = "Stopped"


@dataclass(frozen=True, slots=True)
class PlayerState:
    """One player as last read."""

    service: str  # its well-known name: org.mpris.MediaPlayer2.vlc
    owner: str  # the bus connection behind the name (":1.42"): this very process
    identity: str  # the player's own name for itself, for notices
    status: Status
    volume: float | None  # None: no volume property, or one that cannot be read
    can_control: bool  # False: the player ignores every command (MPRIS CanControl)

    @property
    def playing(self) -> bool:
        return self.status is Status.PLAYING


FoundPlayer = Callable[[PlayerState], None]
Done = Callable[[bool], None]  # True: the player answered and did it


class MusicPort(Protocol):
    """A platform's media players. Every call returns at once."""

    @property
    def bus_id(self) -> str | None:
        """Which bus (login session) the players are on; None: no bus, nothing works."""
        ...

    def players(self, found: FoundPlayer, done: Callable[[Sequence[str]], None]) -> None:
        """Read every player: ``found`` for each as its answers arrive, then ``done`` with the
        owners of those that did not answer in time (left out, never waited for longer)."""
        ...

    def player(self, owner: str, found: Callable[[PlayerState | None], None]) -> None:
        """Read one player again; None when it is gone or does not answer."""
        ...

    def set_volume(self, owner: str, volume: float, done: Done | None = None) -> None: ...

    def pause(self, owner: str, done: Done | None = None) -> None: ...

    def play(self, owner: str, done: Done | None = None) -> None: ...

    @property
    def hidden_by_sandbox(self) -> bool:
        """The players may be there but hidden from Limber (a Flatpak without the permission
        to talk to them): a listing that finds none may not mean there are none."""
        ...

    def watch(self, changed: Callable[[str], None], gone: Callable[[str], None]) -> None:
        """From now on: ``changed(owner)`` when a player appears or says its state changed,
        ``gone(owner)`` when its process leaves the bus."""
        ...

    def close(self) -> None: ...


class Window(NamedTuple):
    """Music down from ``down`` to ``up``, in the session clock's seconds. The ramp down starts
    at ``down``; the ramp up starts at ``up``."""

    down: float
    up: float


class MusicControl(Protocol):
    """What the app layer asks; carried out later and elsewhere, never waited for."""

    def begin(self, mode: MusicMode) -> None:
        """A session starts: take charge of the music (if no other Limber has it)."""
        ...

    def schedule(self, windows: Sequence[Window]) -> None:
        """The windows still to come, replacing those given before. An empty schedule while
        the music is down brings it back up now (a pause, a jump, a stop)."""
        ...

    def pause_at(self, at: float | None) -> None:
        """Pause the players that are playing at ``at`` (None: not after all)."""
        ...

    def finish(self, at: float) -> None:
        """From ``at`` on, the session is over: everything back as it was, charge given up."""
        ...


class MusicBackend(MusicControl, Protocol):
    """A :class:`MusicControl` its owner closes when the process ends."""

    def close(self) -> object:
        """Give everything back now (waiting briefly for the players) and stop."""
        ...
