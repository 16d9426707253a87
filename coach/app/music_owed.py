"""What Limber owes the user's players: every change still to give back, kept in memory and in
the restore file (:mod:`coach.storage.music_restore`) in step, and the pass that gives it back.

A change is noted *before* it is made; if the note cannot be written, the change is not made.
Giving back reads every player once and puts back each one still as Limber left it
(:mod:`coach.app.music_putting_back`); a player that does not answer stays owed (the next start
tries again), a player that quit is forgiven.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from coach.app.music_port import MusicPort, PlayerState
from coach.app.music_putting_back import key_of, owed_from, put_back
from coach.app.music_words import not_noted, unreadable
from coach.storage.music_restore import Changed, RestoreFile

Then = Callable[[], None]


class Owed:
    """The changes to give back, by :func:`~coach.app.music_putting_back.key_of`."""

    def __init__(self, port: MusicPort, file: RestoreFile, tell: Callable[[str], None],
                 given_back: Callable[[str], None]) -> None:
        """``tell``: a notice (the disk said no); ``given_back(owner)``: a player was put back
        (what was last sent to it means nothing any more)."""
        self._port = port
        self.file = file
        self._tell = tell
        self._given_back = given_back
        self._changed: dict[str, Changed] = {}
        self._giving_back = False
        self._after: list[Then] = []  # what waits for the give-back under way

    def get(self, owner: str) -> Changed | None:
        return self._changed.get(owner)

    def __contains__(self, owner: str) -> bool:
        return owner in self._changed

    def lowered(self) -> list[tuple[str, Changed]]:
        """The players of this bus Limber holds lowered (or is lowering)."""
        return [(key, c) for key, c in self._changed.items()
                if c.was is not None and key == c.owner]

    @property
    def busy(self) -> bool:
        """A give-back is under way, or waits for one."""
        return self._giving_back or bool(self._after)

    # -- noting ------------------------------------------------------------------------------

    def note(self, changed: Changed) -> bool:
        """Keep ``changed`` (forgotten once empty) in memory and on disk; False when the disk
        said no: the change must then not be made."""
        key = key_of(changed)
        before = self._changed.get(key)
        if changed.empty:
            self._changed.pop(key, None)
        else:
            self._changed[key] = changed
        if self._write():
            return True
        if before is None:
            self._changed.pop(key, None)
        return False

    def save(self) -> None:
        if self.file.held:
            self._write()

    def _write(self) -> bool:
        """What is owed, to the file; False (and a notice) when the disk said no."""
        try:
            self.file.save(self._port.bus_id, list(self._changed.values()))
        except OSError as error:
            self._tell(not_noted(error.strerror or error))
            return False
        return True

    def forget(self, owner: str) -> None:
        """``owner`` left the bus: nothing can be given back to it."""
        if self._changed.pop(owner, None) is not None:
            self.save()

    def take_leftovers(self, now: datetime) -> bool:
        """Add what the file lists (a dead process's changes, as of ``now``) to what is owed;
        whether there is anything."""
        if not self.file.exists():
            return False
        leftovers = self.file.load()
        if leftovers.problem is not None:
            self._tell(unreadable(leftovers.problem))
        owed = owed_from(leftovers, self._port.bus_id, now)
        for changed in owed:
            self._changed.setdefault(key_of(changed), changed)
        if len(owed) != len(leftovers.players):
            self.save()  # a stale pause is forgiven on disk too
        return bool(owed)

    # -- giving back -------------------------------------------------------------------------

    def give_back(self, then: Then) -> None:
        """Put back every player owed that is still as Limber left it; ``then`` once every
        player has answered (or failed to)."""
        if self._giving_back:
            self._after.append(lambda: self.give_back(then))
            return
        self._giving_back = True
        found: dict[str, PlayerState] = {}
        self._port.players(lambda p: found.__setitem__(p.owner, p),
                           lambda silent: self._give_back_to(found, set(silent), then))

    def _give_back_to(self, found: dict[str, PlayerState], silent: set[str], then: Then) -> None:
        by_service = {p.service: p for p in found.values()}
        items = list(self._changed.items())
        waiting = [1]  # one for the loop itself: nothing ends before every player was asked

        def settled() -> None:
            waiting[0] -= 1
            if waiting[0] == 0:
                for key, changed in items:
                    if changed.empty and self._changed.get(key) is changed:
                        del self._changed[key]
                self.save()
                self._giving_back = False
                then()
                after, self._after = self._after, []
                for callback in after:
                    callback()

        def volume_back(changed: Changed, ok: bool) -> None:
            if ok:
                changed.was = changed.low = None
            settled()

        def played(changed: Changed, ok: bool) -> None:
            if ok:
                changed.paused = False
            settled()

        for _key, changed in items:
            if changed.owner in silent:
                continue  # hanging: kept for the next start
            player = found.get(changed.owner)
            same_process = player is not None
            player = player or by_service.get(changed.service)
            if player is None:
                changed.was = changed.low = None  # quit since: nothing to give back
                changed.paused = False
                continue
            back = put_back(changed, player, same_process=same_process)
            if back.volume is not None:
                waiting[0] += 1
                self._port.set_volume(player.owner, back.volume, partial(volume_back, changed))
            if back.play:
                waiting[0] += 1
                self._port.play(player.owner, partial(played, changed))
            self._given_back(player.owner)
        settled()
