"""The Linux :class:`~coach.app.music_port.MusicPort`: MPRIS media players over the session D-Bus,
through QtDBus.

Every call is asynchronous with a short timeout (:data:`TIMEOUT_MS`) and answers through a
callback on the thread that owns the port, which must run an event loop
(:mod:`coach.qt.music_thread` gives it one). A player that hangs costs one timeout, once: the
fader stops asking it.

Why one ``Get`` per property and not ``GetAll``: PySide6 cannot read a D-Bus map (``a{sv}``)
back, neither from ``GetAll`` nor from ``PropertiesChanged``. So a ``PropertiesChanged`` only
says *which* player changed, and the port reads that player again.

Why a connection of its own (``connectToBus`` with a name) and an explicit address: a wedged
music call then never shares a queue with the rest of the app, the tests point it at a private
bus, and with no session bus at all nothing is started (libdbus would otherwise try to
"autolaunch" one through X11).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, Final

import shiboken6
from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import (
    QDBus,
    QDBusConnection,
    QDBusMessage,
    QDBusPendingCallWatcher,
    QDBusVariant,
)

from coach.app.music_port import Done, FoundPlayer, PlayerState, Status
from coach.qt.dbus_lock import DBUS_SETUP

TIMEOUT_MS: Final = 500  # a player on this machine answers in ~1 ms; this is a hung one
PREFIX: Final = "org.mpris.MediaPlayer2."
PATH: Final = "/org/mpris/MediaPlayer2"
ROOT: Final = "org.mpris.MediaPlayer2"
PLAYER: Final = "org.mpris.MediaPlayer2.Player"
PROPERTIES: Final = "org.freedesktop.DBus.Properties"
DBUS: Final = "org.freedesktop.DBus"
NO_REPLY: Final = ("org.freedesktop.DBus.Error.NoReply", "org.freedesktop.DBus.Error.Timeout",
                   "org.freedesktop.DBus.Error.TimedOut")
CONNECTION_PREFIX: Final = "limber-music-"
_numbers = itertools.count(1)

Reply = Callable[[QDBusMessage], None]


def connect(address: str | None) -> QDBusConnection | None:
    """A connection of the music's own to ``address`` (blocking: call it on the music thread).

    Each call makes a new one, so two never share one (as two test sessions in one process
    would). Under :data:`~coach.qt.dbus_lock.DBUS_SETUP`, like every set-up call here."""
    if address is None:
        return None
    name = f"{CONNECTION_PREFIX}{next(_numbers)}"
    with DBUS_SETUP:
        bus = QDBusConnection.connectToBus(address, name)
        if not bus.isConnected():
            QDBusConnection.disconnectFromBus(name)
            return None
    return bus


def _value(message: QDBusMessage) -> Any:
    """The value of a Properties.Get reply, or None for an error."""
    if message.type() != QDBusMessage.MessageType.ReplyMessage or not message.arguments():
        return None
    value = message.arguments()[0]
    return value.variant() if isinstance(value, QDBusVariant) else value


def _no_reply(message: QDBusMessage) -> bool:
    return message.type() == QDBusMessage.MessageType.ErrorMessage \
        and message.errorName() in NO_REPLY


class _News(QObject):
    """Receives the bus's signals for the port. An object of its own so that it can be deleted
    before the connection is dropped: QtDBus's thread, tearing a connection down, would
    otherwise call into this Python object's wrapper and wait for the GIL (see
    :mod:`coach.qt.dbus_lock`)."""

    def __init__(self, port: MprisPort) -> None:
        super().__init__(port)
        self._port = port

    @Slot(QDBusMessage)
    def properties_changed(self, message: QDBusMessage) -> None:
        self._port.properties_changed(message.service())

    @Slot(str, str, str)
    def owner_changed(self, name: str, old: str, new: str) -> None:
        self._port.owner_changed(name, old, new)


class MprisPort(QObject):
    """Lives on the thread that calls it; :meth:`close` it there, before it is deleted.
    ``hidden_by_sandbox``: see :func:`coach.qt.session_bus.sandbox_hides_players`."""

    def __init__(self, bus: QDBusConnection | None, parent: QObject | None = None, *,
                 hidden_by_sandbox: bool = False) -> None:
        super().__init__(parent)
        self._bus = bus
        self._hidden = hidden_by_sandbox
        self._bus_id: str | None = None
        self._services: dict[str, str] = {}  # owner -> well-known name
        self._changed: Callable[[str], None] | None = None
        self._gone: Callable[[str], None] | None = None
        self._news: _News | None = None
        if bus is not None:
            with DBUS_SETUP:
                reply = bus.call(QDBusMessage.createMethodCall(
                    DBUS, "/org/freedesktop/DBus", DBUS, "GetId"), QDBus.CallMode.Block,
                    TIMEOUT_MS)
            self._bus_id = str(_value(reply)) if _value(reply) else None

    @property
    def bus_id(self) -> str | None:
        return self._bus_id

    @property
    def hidden_by_sandbox(self) -> bool:
        return self._hidden

    # -- reading -----------------------------------------------------------------------------

    def players(self, found: FoundPlayer, done: Callable[[Sequence[str]], None]) -> None:
        if self._bus is None:
            done(())
            return
        silent: list[str] = []
        waiting = [1]

        def one_done() -> None:
            waiting[0] -= 1
            if waiting[0] == 0:
                done(tuple(silent))

        def named(reply: QDBusMessage) -> None:
            names = _value(reply) or []
            for name in (str(n) for n in names if str(n).startswith(PREFIX)):
                waiting[0] += 1
                self._owner_of(name, partial(owned, name))
            one_done()

        def owned(name: str, owner: str | None) -> None:
            if owner is None:
                one_done()  # quit between the two answers
                return
            self._services[owner] = name
            self._read(owner, name, partial(read, owner))

        def read(owner: str, state: PlayerState | bool) -> None:
            if isinstance(state, PlayerState):
                found(state)
            elif state:
                silent.append(owner)
            one_done()

        self._call(DBUS, "/org/freedesktop/DBus", DBUS, "ListNames", [], named)

    def player(self, owner: str, found: Callable[[PlayerState | None], None]) -> None:
        service = self._services.get(owner)
        if self._bus is None or service is None:
            found(None)
            return
        self._read(owner, service,
                   lambda state: found(state if isinstance(state, PlayerState) else None))

    def _owner_of(self, name: str, answer: Callable[[str | None], None]) -> None:
        self._call(DBUS, "/org/freedesktop/DBus", DBUS, "GetNameOwner", [name],
                   lambda reply: answer(str(_value(reply)) if _value(reply) else None))

    def _read(self, owner: str, service: str,
              answer: Callable[[PlayerState | bool], None]) -> None:
        """Read one player: its state, or True when it did not answer, False when it is no
        (working) MPRIS player."""
        wanted = (("status", PLAYER, "PlaybackStatus"), ("volume", PLAYER, "Volume"),
                  ("control", PLAYER, "CanControl"), ("identity", ROOT, "Identity"))
        replies: dict[str, QDBusMessage] = {}

        def got(key: str, reply: QDBusMessage) -> None:
            replies[key] = reply
            if len(replies) < len(wanted):
                return
            status = replies["status"]
            if _no_reply(status):
                answer(True)
                return
            try:
                playback = Status(str(_value(status)))
            except ValueError:
                answer(False)
                return
            volume, control = _value(replies["volume"]), _value(replies["control"])
            answer(PlayerState(
                service=service, owner=owner,
                identity=str(_value(replies["identity"]) or service.removeprefix(PREFIX)),
                status=playback,
                volume=float(volume) if isinstance(volume, int | float) else None,
                can_control=control is not False,  # required by MPRIS, yet some leave it out
            ))

        for key, interface, name in wanted:
            self._call(owner, PATH, PROPERTIES, "Get", [interface, name], partial(got, key))

    # -- commands ----------------------------------------------------------------------------

    def set_volume(self, owner: str, volume: float, done: Done | None = None) -> None:
        self._command(owner, PROPERTIES, "Set", [PLAYER, "Volume", QDBusVariant(float(volume))],
                      done)

    def pause(self, owner: str, done: Done | None = None) -> None:
        self._command(owner, PLAYER, "Pause", [], done)

    def play(self, owner: str, done: Done | None = None) -> None:
        self._command(owner, PLAYER, "Play", [], done)

    def _command(self, owner: str, interface: str, member: str, args: list[Any],
                 done: Done | None) -> None:
        if self._bus is None:
            if done is not None:
                done(False)
            return
        self._call(owner, PATH, interface, member, args,
                   lambda reply: done(reply.type() == QDBusMessage.MessageType.ReplyMessage)
                   if done is not None else None)

    # -- news --------------------------------------------------------------------------------

    def watch(self, changed: Callable[[str], None], gone: Callable[[str], None]) -> None:
        self._changed, self._gone = changed, gone
        if self._bus is None or self._news is not None:
            return
        self._news = _News(self)
        with DBUS_SETUP:
            # PySide6's stubs ask for bytes here; the binding takes only the str SLOT() makes.
            self._bus.connect(  # type: ignore[call-overload]
                "", PATH, PROPERTIES, "PropertiesChanged", self._news,
                SLOT("properties_changed(QDBusMessage)"))
            self._bus.connect(  # type: ignore[call-overload]
                DBUS, "/org/freedesktop/DBus", DBUS, "NameOwnerChanged", self._news,
                SLOT("owner_changed(QString,QString,QString)"))

    def properties_changed(self, sender: str) -> None:
        if self._changed is not None and sender in self._services:
            self._changed(sender)

    def owner_changed(self, name: str, old: str, new: str) -> None:
        if not name.startswith(PREFIX):
            return
        if old:
            self._services.pop(old, None)
            if self._gone is not None:
                self._gone(old)
        if new:
            self._services[new] = name
            if self._changed is not None:
                self._changed(new)

    def close(self) -> None:
        """Drop the connection: the signals' receiver first, then the connection itself."""
        if self._bus is None:
            return
        name = self._bus.name()
        self._bus = None
        with DBUS_SETUP:
            if self._news is not None:
                shiboken6.delete(self._news)
                self._news = None
            QDBusConnection.disconnectFromBus(name)

    # -- the calls ---------------------------------------------------------------------------

    def _call(self, service: str, path: str, interface: str, member: str, args: list[Any],
              answer: Reply) -> None:
        assert self._bus is not None
        message = QDBusMessage.createMethodCall(service, path, interface, member)
        if args:
            message.setArguments(args)
        watcher = QDBusPendingCallWatcher(self._bus.asyncCall(message, TIMEOUT_MS), self)

        def finished(done: QDBusPendingCallWatcher) -> None:
            done.deleteLater()
            answer(done.reply())

        watcher.finished.connect(finished)
