"""Whether a player is still as Limber left it, and what puts it back: the rules alone.

Limber gives back only its own change. A player the user touched since (a volume set by hand,
music stopped or started) stays as the user left it, even if that means Limber's change is
never undone: the user's later word wins over Limber's earlier one.

After a crash, a pause is given back (the music played again) only when the note is younger
than :data:`PAUSE_KEPT_FOR` and the player is the very process Limber paused: music starting
by itself the next day, or in a player started since, would be a surprise, not a repair. A
volume is given back whatever the note's age: it only undoes Limber's lowering.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final, NamedTuple

from coach.app.music_port import PlayerState, Status
from coach.storage.music_restore import Changed, Leftovers

SAME: Final = 0.02  # volumes this close are the same one (players round what they are given)
PAUSE_KEPT_FOR: Final = timedelta(hours=12)


class PutBack(NamedTuple):
    volume: float | None  # set the player to this volume (None: leave the volume)
    play: bool  # press play (Limber paused it, and it is still paused)


def user_moved(volume: float | None, sent: float) -> bool:
    """During a session: the player's volume is not the one Limber last set."""
    return volume is None or abs(volume - sent) > SAME


def key_of(changed: Changed) -> str:
    """How Limber finds a change again: its player's bus owner, or for a player of a bus that
    is gone (a new login) its name."""
    return changed.owner or "~" + changed.service


def owed_from(leftovers: Leftovers, bus_id: str | None, now: datetime) -> list[Changed]:
    """What a dead Limber's note still asks to give back, as of ``now``: owners only on the
    bus they belong to, and pauses only while the note is fresh."""
    same_bus = leftovers.bus is not None and leftovers.bus == bus_id
    fresh = leftovers.written is not None and abs(now - leftovers.written) < PAUSE_KEPT_FOR
    owed = []
    for changed in leftovers.players:
        if not same_bus:
            changed.owner = ""
        if not fresh:
            changed.paused = False
        if not changed.empty:
            owed.append(changed)
    return owed


def put_back(changed: Changed, player: PlayerState, *, same_process: bool) -> PutBack:
    """What puts ``player`` back, from what ``changed`` says Limber did to it. Whatever needs
    nothing (already back, or the user's since) is cleared from ``changed``.

    ``same_process``: the player is the very process Limber changed (same bus, same owner);
    otherwise it is the same player started again (same name), whose volume only may still be
    Limber's (players that keep their volume across a restart)."""
    volume = None
    was, low = changed.was, changed.low
    # Anywhere from the lowered level to the original one is Limber's doing: it may have
    # stopped in the middle of a ramp. Already at the original one: nothing to set.
    if was is not None and low is not None and player.volume is not None \
            and min(was, low) - SAME <= player.volume <= max(was, low) + SAME \
            and abs(player.volume - was) > SAME / 4:
        volume = was
    if volume is None:
        changed.was = changed.low = None
    play = changed.paused and same_process and player.status is Status.PAUSED
    if not play:
        changed.paused = False
    return PutBack(volume, play)
