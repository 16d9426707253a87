"""Test doubles for the music fader: an event loop on a fake clock, its timer, and a port whose
players answer after a latency (or, hung, never: the port then answers for them at its
timeout, as QtDBus does)."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from coach.app.music_port import Done, FoundPlayer, PlayerState, Status
from coach.core.clock import FakeClock
from coach.storage.music_restore import RestoreFile

LATENCY = 0.002
TIMEOUT = 0.5


class Loop:
    """Calls things at fake-clock times, in order, when the test runs it."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self._queue: list[tuple[float, int, Callable[[], None]]] = []
        self._order = itertools.count()

    def call_later(self, delay: float, fn: Callable[[], None]) -> None:
        heapq.heappush(self._queue, (self.clock.now() + max(0.0, delay), next(self._order), fn))

    def run_until(self, when: float) -> None:
        while self._queue and self._queue[0][0] <= when:
            at, _, fn = heapq.heappop(self._queue)
            if at > self.clock.now():
                self.clock.set(at)
            fn()
        if when > self.clock.now():
            self.clock.set(when)

    def run(self, seconds: float) -> None:
        self.run_until(self.clock.now() + seconds)


class LoopTimer:
    """The fader's timer on the loop; counts how often it fired."""

    def __init__(self, loop: Loop) -> None:
        self._loop = loop
        self._armed = 0  # a start cancels the previous one: only the latest may fire
        self.fired = 0
        self.active = False

    def start(self, delay: float, callback: Callable[[], None]) -> None:
        self._armed += 1
        armed = self._armed
        self.active = True

        def fire() -> None:
            if armed == self._armed and self.active:
                self.active = False
                self.fired += 1
                callback()

        self._loop.call_later(delay, fire)

    def stop(self) -> None:
        self._armed += 1
        self.active = False


@dataclass
class FakePlayer:
    name: str
    owner: str
    status: Status = Status.PLAYING
    volume: float | None = 0.8
    can_control: bool = True
    hung: bool = False
    # (clock, what, value): every command the player carried out
    history: list[tuple[float, str, object]] = field(default_factory=list)

    @property
    def service(self) -> str:
        return "org.mpris.MediaPlayer2." + self.name

    def state(self) -> PlayerState:
        return PlayerState(self.service, self.owner, self.name.title(), self.status,
                           self.volume, self.can_control)


class FakePort:
    """A bus with players. ``restore`` (optional): the file is read at every change a player
    receives, to prove it was written first (``noted_before``)."""

    def __init__(self, loop: Loop, *players: FakePlayer, bus_id: str | None = "bus-1",
                 restore: RestoreFile | None = None, hidden_by_sandbox: bool = False) -> None:
        self.loop = loop
        self.bus_id = bus_id
        self.hidden_by_sandbox = hidden_by_sandbox
        self.by_owner = {p.owner: p for p in players}
        self.restore = restore
        self.noted_before: list[bool] = []
        self.calls: list[str] = []
        self._changed: Callable[[str], None] | None = None
        self._gone: Callable[[str], None] | None = None

    # -- MusicPort ---------------------------------------------------------------------------

    def players(self, found: FoundPlayer, done: Callable[[Sequence[str]], None]) -> None:
        self.calls.append("players")
        listed = list(self.by_owner.values())
        answering = [p for p in listed if not p.hung]
        silent = [p.owner for p in listed if p.hung]
        for player in answering:
            self.loop.call_later(LATENCY, lambda p=player: found(p.state()))
        self.loop.call_later(TIMEOUT if silent else 2 * LATENCY, lambda: done(silent))

    def player(self, owner: str, found: Callable[[PlayerState | None], None]) -> None:
        self.calls.append(f"player {owner}")
        player = self.by_owner.get(owner)
        if player is None or player.hung:
            self.loop.call_later(TIMEOUT if player else LATENCY, lambda: found(None))
        else:
            self.loop.call_later(LATENCY, lambda: found(player.state()))

    def set_volume(self, owner: str, volume: float, done: Done | None = None) -> None:
        self._command(owner, "volume", volume, done)

    def pause(self, owner: str, done: Done | None = None) -> None:
        self._command(owner, "pause", None, done)

    def play(self, owner: str, done: Done | None = None) -> None:
        self._command(owner, "play", None, done)

    def watch(self, changed: Callable[[str], None], gone: Callable[[str], None]) -> None:
        self._changed, self._gone = changed, gone

    def close(self) -> None:
        pass

    def _command(self, owner: str, what: str, value: float | None, done: Done | None) -> None:
        self.calls.append(f"{what} {owner}")
        player = self.by_owner.get(owner)
        if player is not None and not player.hung and self.restore is not None:
            noted = {p.owner for p in self.restore.load().players}
            self.noted_before.append(owner in noted)

        def answer() -> None:
            if player is None or player.hung or owner not in self.by_owner:
                if done is not None:
                    self.loop.call_later(TIMEOUT - LATENCY if player else 0.0,
                                         lambda: done(False))
                return
            if what == "volume":
                assert value is not None
                player.volume = value
            elif what == "pause" and player.status is Status.PLAYING:
                player.status = Status.PAUSED
            elif what == "play":
                player.status = Status.PLAYING
            player.history.append((self.loop.clock.now(), what, value))
            if done is not None:
                done(True)
            if self._changed is not None:
                self._changed(owner)  # players echo every change

        self.loop.call_later(LATENCY, answer)

    # -- what the user and the system do ---------------------------------------------------

    def user_sets(self, owner: str, *, volume: float | None = None,
                  status: Status | None = None) -> None:
        player = self.by_owner[owner]
        if volume is not None:
            player.volume = volume
        if status is not None:
            player.status = status
        if self._changed is not None:
            self._changed(owner)

    def quit(self, owner: str) -> None:
        del self.by_owner[owner]
        if self._gone is not None:
            self._gone(owner)

    def appear(self, player: FakePlayer) -> None:
        self.by_owner[player.owner] = player
        if self._changed is not None:
            self._changed(player.owner)


def volumes(player: FakePlayer) -> list[tuple[float, float]]:
    return [(t, float(v)) for t, what, v in player.history if what == "volume"
            and isinstance(v, float)]
