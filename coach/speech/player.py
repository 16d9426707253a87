"""The player port: what plays clips, injected so this package needs no Qt.

A player has two channels, voice and tone, each with its own volume, so a tick can sound
over a phrase and cutting the voice leaves a tone alone. ``play`` returns at once; the clip
starts as soon as the sound card takes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from coach.core.clock import Clock
from coach.speech.clip import Clip
from coach.speech.port import Notice


class Channel(StrEnum):
    VOICE = "voice"
    TONE = "tone"


class Player(Protocol):
    def play(self, channel: Channel, clip: Clip, volume: float, *, queue: bool = False) -> None:
        """Start ``clip`` on ``channel`` now, replacing what it plays; with ``queue``, right
        after what it is playing. ``volume`` is 0..1 as the user sees it."""
        ...

    def stop(self, channel: Channel | None = None) -> None:
        """Silence a channel (both when None) and forget what was queued on it."""
        ...

    def close(self) -> None: ...


# Makes a player; it reports problems (no audio output) through the notice it is given.
PlayerFactory = Callable[[Notice], Player]


class NullPlayer:
    """Plays nothing (no audio output)."""

    def play(self, channel: Channel, clip: Clip, volume: float, *, queue: bool = False) -> None:
        pass

    def stop(self, channel: Channel | None = None) -> None:
        pass

    def close(self) -> None:
        pass


@dataclass(frozen=True, slots=True)
class Played:
    called: float  # clock reading of the play call
    starts: float  # when it is heard: the call, or the end of what was before it in the queue
    channel: Channel
    label: str
    volume: float
    queued: bool


@dataclass
class RecordingPlayer:
    """Remembers what it was asked to play and when, modelling each channel's queue."""

    clock: Clock
    played: list[Played] = field(default_factory=list)
    stops: list[tuple[float, Channel | None]] = field(default_factory=list)
    closed: bool = False
    _ends: dict[Channel, float] = field(default_factory=dict)

    def play(self, channel: Channel, clip: Clip, volume: float, *, queue: bool = False) -> None:
        now = self.clock.now()
        starts = max(now, self._ends.get(channel, now)) if queue else now
        self._ends[channel] = starts + clip.seconds
        self.played.append(Played(now, starts, channel, clip.label, volume, queue))

    def stop(self, channel: Channel | None = None) -> None:
        now = self.clock.now()
        for ch in [channel] if channel else list(Channel):
            self._ends[ch] = now
        self.stops.append((now, channel))

    def close(self) -> None:
        self.closed = True

    def labels(self, channel: Channel) -> list[str]:
        return [p.label for p in self.played if p.channel is channel]
