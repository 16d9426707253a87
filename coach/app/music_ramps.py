"""Volume ramps: how far and how fast the music goes down and back up, and the ramps under way.

A ramp is a volume step every :data:`STEP` seconds, cosine-eased, each step one call to the
player that is never waited for. :class:`Ramps` holds the ramps under way (one per player at
most) and the volume last sent to each player, which tells, when the music is to come back,
whether the user has moved the volume meanwhile.

How low: :data:`LOWER_TO` times the player's volume. MPRIS does not say how its Volume maps to
loudness. Most players (VLC, Spotify, browsers, Rhythmbox) apply it as a linear gain, where 0.3
is -10.5 dB: about half as loud to the ear, the usual rule being that -10 dB sounds half as
loud. mpv applies its volume on a cubic curve, so there 0.3 is -31 dB (measured -30.3 dB):
much quieter than half, the voice all the clearer. 0.5 would be -6 dB on a linear player,
about two thirds as loud, which is too loud under a voice.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

RAMP_DOWN: Final = 0.3  # seconds from the music's level down to the lowered one
RAMP_UP: Final = 0.8  # back up: slower, so the music swells back rather than jumps
FADE_OUT: Final = RAMP_UP  # the ``pause`` setting's fade before it pauses the music
STEP: Final = 0.04  # seconds between two volume steps of a ramp
LOWER_TO: Final = 0.3  # the lowered volume, as a fraction of the player's own

SetVolume = Callable[[str, float], None]
Finished = Callable[[str], None]


def eased(fraction: float) -> float:
    """Cosine ease: no sudden step at either end of a ramp."""
    return 0.5 - 0.5 * math.cos(math.pi * min(1.0, max(0.0, fraction)))


@dataclass(slots=True)
class _Ramp:
    start: float
    target: float
    at: float  # clock reading when it began
    seconds: float
    then: Finished | None  # called with the owner when the ramp has reached its target


class Ramps:
    """The ramps under way, by player (its bus owner), sent through ``set_volume``."""

    def __init__(self, set_volume: SetVolume) -> None:
        self._set_volume = set_volume
        self._ramps: dict[str, _Ramp] = {}
        self._sent: dict[str, float] = {}

    @property
    def running(self) -> bool:
        return bool(self._ramps)

    def sent(self, owner: str) -> float | None:
        """The volume last sent to ``owner`` (None: none since it was forgotten)."""
        return self._sent.get(owner)

    def start(self, owner: str, start: float, target: float, seconds: float, now: float,
              then: Finished | None = None) -> None:
        """Ramp ``owner`` from ``start`` (where it is now) to ``target``; any ramp of its own
        under way is replaced. The first step goes at the next :meth:`step`."""
        self._ramps[owner] = _Ramp(start, target, now, seconds, then)
        self._sent[owner] = start  # where the player is: the first step need not say it

    def step(self, now: float) -> None:
        """Send every ramp's volume for ``now``; a ramp at its end sends its target exactly,
        is over, and calls its ``then``."""
        done: list[tuple[str, Finished]] = []
        for owner, ramp in list(self._ramps.items()):
            fraction = (now - ramp.at) / ramp.seconds
            value = ramp.start + (ramp.target - ramp.start) * eased(fraction)
            if fraction >= 1.0:
                value = ramp.target
                del self._ramps[owner]
                if ramp.then is not None:
                    done.append((owner, ramp.then))
            last = self._sent.get(owner)
            if last is None or abs(value - last) > 1e-4 or (fraction >= 1.0 and value != last):
                self._sent[owner] = value
                self._set_volume(owner, value)
        for owner, then in done:
            then(owner)

    def stop(self, owner: str) -> None:
        """``owner``'s ramp goes no further (the volume stays where the last step put it)."""
        self._ramps.pop(owner, None)

    def stop_all(self) -> None:
        self._ramps.clear()

    def forget(self, owner: str) -> None:
        """``owner`` is gone, or given back: no ramp, and nothing known of what was sent."""
        self._ramps.pop(owner, None)
        self._sent.pop(owner, None)
