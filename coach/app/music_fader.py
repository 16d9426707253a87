"""Carries out the music commands (:class:`~coach.app.music_port.MusicControl`) on a
:class:`~coach.app.music_port.MusicPort`: when to lower, raise, fade and pause.

It lives on one thread with an event loop (the port's answers and the :class:`Timer` come back
there) and never waits: a player is asked, and whatever it answers, or its silence once the
port's timeout has passed, moves things on. The parts it uses: the ramps
(:mod:`coach.app.music_ramps`) and what is owed to each player, noted on disk before every
change (:mod:`coach.app.music_owed`).

Rules it keeps:

* Only players that are playing are touched, each noted *before* it is changed.
* Lowered music comes back to the volume it had, and paused music is played again, unless the
  user changed it meanwhile (:mod:`coach.app.music_putting_back`).
* A player without a volume (or that takes no commands) is left alone when lowering, with one
  notice: pausing and playing it around every group of cues would chop the music up far more
  than a voice over it does. The ``pause`` setting pauses it for the session instead.
* ``pause`` fades the music out (:data:`~coach.app.music_ramps.FADE_OUT`), pauses it, and puts
  its volume back while it is paused, so it plays again at its own level.
* A player that does not answer is not asked again during the session (its queue would only
  grow) and stays owed for the next start; a player that quits is forgotten.
* At most one notice per session (and the sandbox's, once per process).

The one timer is armed for the next ramp step only while a ramp runs, otherwise for the next
window's edge (or pause, or end), otherwise not at all: nothing ticks between groups of cues.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import partial
from typing import Protocol

from coach.app.music_owed import Owed
from coach.app.music_port import MusicMode, MusicPort, PlayerState, Window
from coach.app.music_putting_back import user_moved
from coach.app.music_ramps import FADE_OUT, LOWER_TO, RAMP_DOWN, RAMP_UP, STEP, Ramps
from coach.app.music_words import (
    no_bus,
    no_volume,
    other_limber,
    sandboxed,
    silent,
)
from coach.core.clock import Clock
from coach.storage.music_restore import Changed, RestoreFile

Then = Callable[[], None]


class Timer(Protocol):
    """One single-shot timer on the fader's thread."""

    def start(self, delay: float, callback: Then) -> None:
        """Call ``callback`` in ``delay`` seconds, forgetting any earlier start."""
        ...

    def stop(self) -> None: ...


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Fader:
    """The :class:`~coach.app.music_port.MusicControl` that does the work, on the port's
    thread. ``wall``: the date and time (how old a dead Limber's note is)."""

    def __init__(self, port: MusicPort, timer: Timer, clock: Clock, restore: RestoreFile,
                 notice: Callable[[str], None],
                 wall: Callable[[], datetime] = _utc_now) -> None:
        self._port = port
        self._timer = timer
        self._clock = clock
        self._wall = wall
        self._notice = notice
        self._owed = Owed(port, restore, self._tell, self._given_back)
        self._ramps = Ramps(self._send_volume)
        self._mode: MusicMode | None = None  # None: not in charge of the music
        self._windows: list[Window] = []
        self._low = False  # inside a window: the music should be down
        self._pause_due: float | None = None
        self._finish_due: float | None = None
        self._asking = 0  # players asked for their state before they are raised
        self._silent: set[str] = set()  # owners that did not answer: not asked again
        self._told = False
        self._told_sandbox = False
        self._closing = False
        self._session = 0  # counts begins: a late end of one session never ends the next
        port.watch(self._player_changed, self._player_gone)

    # -- reading ----------------------------------------------------------------------------

    @property
    def in_charge(self) -> bool:
        return self._mode is not None

    @property
    def idle(self) -> bool:
        """Nothing left to do or to wait for (tests wait for it)."""
        return not (self._ramps.running or self._owed.busy or self._asking or self._windows
                    or self._pause_due is not None or self._finish_due is not None)

    # -- MusicControl ----------------------------------------------------------------------

    def begin(self, mode: MusicMode) -> None:
        self._session += 1
        self._told = False
        self._silent.clear()
        self._windows, self._low = [], False
        self._pause_due = self._finish_due = None
        if mode is MusicMode.LEAVE:
            return
        if self._port.bus_id is None:
            self._tell(no_bus())
            return
        if not self._owed.file.claim():
            self._tell(other_limber())
            return
        self._mode = mode
        if self._owed.take_leftovers(self._wall()):  # a dead Limber's changes: given back first
            self._owed.give_back(then=lambda: None)

    def schedule(self, windows: Sequence[Window]) -> None:
        if self._mode is MusicMode.LOWER:
            now = self._clock.now()
            self._windows = sorted(w for w in windows if w.up > now)
            self._tick()

    def pause_at(self, at: float | None) -> None:
        if self._mode is MusicMode.PAUSE:
            self._pause_due = at
            self._tick()

    def finish(self, at: float) -> None:
        if self._mode is not None:
            self._finish_due = at
            self._tick()

    # -- outside a session -----------------------------------------------------------------

    def recover(self, then: Then | None = None) -> None:
        """At start-up: give back what a dead Limber left changed, unless a live one is in
        charge of the music (it gave them back when it took charge)."""
        done = then or (lambda: None)
        file = self._owed.file
        if self._mode is not None or self._port.bus_id is None or not file.exists() \
                or not file.claim():
            done()
            return
        self._owed.take_leftovers(self._wall())
        session = self._session

        def recovered() -> None:
            self._let_go(session)
            done()

        self._owed.give_back(then=recovered)

    def close(self, then: Then) -> None:
        """The process is ending: everything back now, without ramps; ``then`` once it is (the
        caller waits for that only so long)."""
        self._closing = True
        self._windows, self._low = [], False
        self._pause_due = self._finish_due = None
        self._ramps.stop_all()
        self._timer.stop()
        if not self._owed.file.held:
            then()
            return
        session = self._session

        def closed() -> None:
            self._let_go(session)
            then()

        self._owed.give_back(then=closed)

    # -- the clock ---------------------------------------------------------------------------

    def _tick(self) -> None:
        if self._closing:
            return
        now = self._clock.now()
        if self._finish_due is not None and now >= self._finish_due:
            self._windows = []
            self._pause_due = None
            if self._mode is MusicMode.PAUSE:
                self._ramps.stop_all()  # a fade cut short: given back below, never paused
        while self._windows and self._windows[0].up <= now:
            self._windows.pop(0)
        low = bool(self._windows) and self._windows[0].down <= now
        if low != self._low:
            self._low = low
            if low:
                self._lower_all()
            else:
                self._raise_all()
        self._ramps.step(now)
        if self._pause_due is not None and now >= self._pause_due:
            self._pause_due = None
            self._list(self._fade_one)
        if (self._finish_due is not None and now >= self._finish_due and not self._low
                and not self._ramps.running and not self._asking):
            self._finish_due = None
            session = self._session
            self._owed.give_back(then=lambda: self._let_go(session))
        self._arm(now)

    def _arm(self, now: float) -> None:
        moments = []
        if self._ramps.running:
            moments.append(now + STEP)
        if self._windows:
            first = self._windows[0]
            moments.append(first.down if first.down > now else first.up)
        if self._pause_due is not None:
            moments.append(self._pause_due)
        if self._finish_due is not None:
            # Past due, it waits for the ramps and answers it is owed: they re-arm as they
            # come, and this is only a backstop.
            moments.append(self._finish_due if self._finish_due > now else now + 10 * STEP)
        if moments:
            self._timer.start(max(0.0, min(moments) - now), self._tick)
        else:
            self._timer.stop()

    def _list(self, found: Callable[[PlayerState], None]) -> None:
        """Read every player, ``found`` for each; a listing that finds none where a sandbox may
        hide them says so (once per process)."""
        count = [0]

        def one(player: PlayerState) -> None:
            count[0] += 1
            found(player)

        def done(silent: Sequence[str]) -> None:
            self._note_silent(silent)
            if not count[0] and not silent and self._port.hidden_by_sandbox \
                    and not self._told_sandbox:
                self._told_sandbox = True
                self._tell(sandboxed())

        self._port.players(one, done)

    # -- lowering and raising ----------------------------------------------------------------

    def _lower_all(self) -> None:
        self._ramps.stop_all()  # on their way up: each turns round from where it got to
        self._list(self._lower_one)

    def _lower_one(self, player: PlayerState) -> None:
        if not self._low or self._mode is not MusicMode.LOWER or player.owner in self._silent \
                or not player.playing:
            return
        if player.volume is None or not player.can_control:
            self._tell(no_volume(player.identity or player.service))
            return
        changed = self._owed.get(player.owner)
        if changed is None or changed.was is None:
            if player.volume <= 0.0:
                return  # silent already: nothing to lower
            changed = changed or Changed(player.service, player.owner, player.identity)
            changed.was, changed.low = player.volume, player.volume * LOWER_TO
            if not self._owed.note(changed):
                return
        assert changed.low is not None
        self._ramp(player.owner, player.volume, changed.low, RAMP_DOWN)

    def _raise_all(self) -> None:
        self._ramps.stop_all()  # still on the way down: overtaken by the way up
        for owner, _changed in self._owed.lowered():
            if owner not in self._silent:
                self._asking += 1
                self._port.player(owner, partial(self._raise_one, owner))

    def _raise_one(self, owner: str, player: PlayerState | None) -> None:
        self._asking -= 1
        changed = self._owed.get(owner)
        if not self._low and changed is not None and changed.was is not None:
            if player is None:
                self._went_silent(owner, changed.identity)
            elif user_moved(player.volume, self._sent(owner, changed)):
                changed.was = changed.low = None  # the user set it while it was down
                self._owed.note(changed)
            else:
                assert player.volume is not None
                self._ramp(owner, player.volume, changed.was, RAMP_UP, self._back)
        self._tick()

    def _back(self, owner: str) -> None:
        """A ramp up reached the volume the player had: nothing to give back any more."""
        changed = self._owed.get(owner)
        if changed is not None and changed.was is not None:
            changed.was = changed.low = None
            self._owed.note(changed)

    def _sent(self, owner: str, changed: Changed) -> float:
        sent = self._ramps.sent(owner)
        return sent if sent is not None else (changed.low or 0.0)

    def _ramp(self, owner: str, start: float, target: float, seconds: float,
              then: Callable[[str], None] | None = None) -> None:
        if self._closing:
            return
        self._ramps.start(owner, start, target, seconds, self._clock.now(), then)
        self._tick()

    def _send_volume(self, owner: str, volume: float) -> None:
        self._port.set_volume(owner, volume, partial(self._was_set, owner))

    def _was_set(self, owner: str, ok: bool) -> None:
        changed = self._owed.get(owner)
        if not ok and changed is not None:
            self._went_silent(owner, changed.identity)

    # -- pausing -----------------------------------------------------------------------------

    def _fade_one(self, player: PlayerState) -> None:
        """The ``pause`` setting, for one player: noted, faded out, paused, its volume back."""
        if self._mode is not MusicMode.PAUSE or not player.playing or not player.can_control \
                or player.owner in self._silent:
            return
        changed = self._owed.get(player.owner) or Changed(player.service, player.owner,
                                                          player.identity)
        changed.paused = True
        fade = player.volume is not None and player.volume > 0.0
        if fade:
            changed.was, changed.low = player.volume, 0.0
        if not self._owed.note(changed):
            return
        if fade:
            assert player.volume is not None
            self._ramp(player.owner, player.volume, 0.0, FADE_OUT, self._pause_one)
        else:
            self._port.pause(player.owner)

    def _pause_one(self, owner: str) -> None:
        """Faded out: pause it, then give it its volume back (it plays at its own level when
        played again, by Limber or by the user)."""
        changed = self._owed.get(owner)
        if changed is None or self._mode is not MusicMode.PAUSE:
            return

        def paused(ok: bool) -> None:
            if ok and changed.was is not None:
                self._port.set_volume(owner, changed.was, volume_back)
            elif not ok:
                self._went_silent(owner, changed.identity)

        def volume_back(ok: bool) -> None:
            if ok and self._owed.get(owner) is changed:
                changed.was = changed.low = None
                self._ramps.forget(owner)
                self._owed.note(changed)

        self._port.pause(owner, paused)

    # -- giving back ---------------------------------------------------------------------------

    def _given_back(self, owner: str) -> None:
        self._ramps.forget(owner)

    def _let_go(self, session: int) -> None:
        if session != self._session:
            return  # a session began since: it is in charge now
        self._mode = None
        self._windows, self._low = [], False
        if not self._owed.busy:
            self._owed.file.release()

    # -- the players' news -------------------------------------------------------------------

    def _player_changed(self, owner: str) -> None:
        # A player Limber holds follows the windows; any other may have just started playing,
        # or just appeared: it is lowered with the rest while the music is down.
        if self._mode is MusicMode.LOWER and self._low and owner not in self._owed \
                and owner not in self._silent:
            self._port.player(owner, lambda state: self._lower_one(state) if state else None)

    def _player_gone(self, owner: str) -> None:
        self._ramps.forget(owner)
        self._silent.discard(owner)
        if self._owed.file.held:
            self._owed.forget(owner)

    def _note_silent(self, silent: Sequence[str]) -> None:
        for owner in silent:
            changed = self._owed.get(owner)
            self._went_silent(owner, changed.identity if changed else "")

    def _went_silent(self, owner: str, name: str) -> None:
        self._ramps.stop(owner)
        if owner not in self._silent:
            self._silent.add(owner)
            self._tell(silent(name))

    def _tell(self, message: str) -> None:
        if not self._told:
            self._told = True
            self._notice(message)

