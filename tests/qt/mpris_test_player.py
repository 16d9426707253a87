"""A small MPRIS player for the tests, over QtDBus: run it as a program in a child process.

    python -m tests.qt.mpris_test_player --bus ADDRESS --name NAME [--status Playing]
        [--volume 0.8 | --no-volume] [--log FILE]

It owns ``org.mpris.MediaPlayer2.NAME`` and answers what Limber asks of a player: the
``org.mpris.MediaPlayer2`` and ``org.mpris.MediaPlayer2.Player`` properties (PlaybackStatus,
Volume, CanControl, CanPlay, CanPause, Identity), Play, Pause, PlayPause and Stop, and sends
PropertiesChanged when any of them changes, like a real player. Every change is appended to
``--log`` as a JSON line with the time (CLOCK_MONOTONIC), so a test reads back what was done to
the player and when. A test makes it hang with SIGSTOP (no answer at all, as a wedged player)
and quit with SIGKILL.

Why a virtual object and not ``registerObject``: PySide6 cannot read a D-Bus map (``a{sv}``)
back, and a virtual object sees every message raw, so one handler answers both interfaces and
``org.freedesktop.DBus.Properties`` exactly as the MPRIS specification lays them out.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QSocketNotifier
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusVariant,
    QDBusVirtualObject,
)

PATH = "/org/mpris/MediaPlayer2"
ROOT = "org.mpris.MediaPlayer2"
PLAYER = "org.mpris.MediaPlayer2.Player"
PROPS = "org.freedesktop.DBus.Properties"
INTROSPECTABLE = "org.freedesktop.DBus.Introspectable"

INTROSPECTION = f"""<node>
 <interface name="{ROOT}">
  <method name="Raise"/><method name="Quit"/>
  <property name="Identity" type="s" access="read"/>
  <property name="CanQuit" type="b" access="read"/>
  <property name="CanRaise" type="b" access="read"/>
 </interface>
 <interface name="{PLAYER}">
  <method name="Play"/><method name="Pause"/><method name="PlayPause"/><method name="Stop"/>
  <property name="PlaybackStatus" type="s" access="read"/>
  <property name="Volume" type="d" access="readwrite"/>
  <property name="CanControl" type="b" access="read"/>
  <property name="CanPlay" type="b" access="read"/>
  <property name="CanPause" type="b" access="read"/>
 </interface>
</node>"""


class Player(QDBusVirtualObject):
    def __init__(self, bus: QDBusConnection, name: str, status: str, volume: float | None,
                 log: str | None) -> None:
        super().__init__()
        self.bus = bus
        self.name = name
        self.status = status
        self.volume = volume  # None: the player has no Volume property
        self.log_path = log
        self.record("start", status=status, volume=volume)

    # -- what the player holds ---------------------------------------------------------------

    def root_props(self) -> dict[str, Any]:
        return {"Identity": f"Test player {self.name}", "CanQuit": False, "CanRaise": False}

    def player_props(self) -> dict[str, Any]:
        props: dict[str, Any] = {"PlaybackStatus": self.status, "CanControl": True,
                                 "CanPlay": True, "CanPause": True}
        if self.volume is not None:
            props["Volume"] = self.volume
        return props

    def record(self, what: str, **values: Any) -> None:
        if self.log_path is None:
            return
        line = json.dumps({"t": time.monotonic(), "what": what, **values})
        with open(self.log_path, "a", encoding="utf-8") as log:
            log.write(line + "\n")

    # -- QDBusVirtualObject ------------------------------------------------------------------

    def introspect(self, path: str) -> str:
        inner = INTROSPECTION.removeprefix("<node>").removesuffix("</node>")
        return inner

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        iface, member, args = message.interface(), message.member(), message.arguments()
        if iface == PROPS:
            return self.properties(message, member, args)
        if iface in (PLAYER, "") and member in ("Play", "Pause", "PlayPause", "Stop"):
            before = self.status
            if member == "Play":
                self.status = "Playing"
            elif member == "Pause":
                self.status = "Paused" if self.status == "Playing" else self.status
            elif member == "PlayPause":
                self.status = "Paused" if self.status == "Playing" else "Playing"
            else:
                self.status = "Stopped"
            self.record(member, status=self.status, sender=message.service())
            self.reply(message, [])
            if self.status != before:
                self.changed({"PlaybackStatus": self.status})
            return True
        if iface in (ROOT, "") and member in ("Raise", "Quit"):
            self.reply(message, [])
            return True
        return False  # Qt answers UnknownMethod

    def properties(self, message: QDBusMessage, member: str, args: list[Any]) -> bool:
        props = {ROOT: self.root_props(), PLAYER: self.player_props()}
        if member == "GetAll":
            values = props.get(str(args[0]), {})
            self.reply(message, [values])
            return True
        if member == "Get":
            value = props.get(str(args[0]), {}).get(str(args[1]))
            if value is None:
                self.error(message, "org.freedesktop.DBus.Error.UnknownProperty", str(args[1]))
            else:
                self.reply(message, [QDBusVariant(value)])
            return True
        if member == "Set":
            if str(args[0]) == PLAYER and str(args[1]) == "Volume" and self.volume is not None:
                raw = args[2].variant() if isinstance(args[2], QDBusVariant) else args[2]
                self.volume = max(0.0, float(raw))
                self.record("Volume", volume=self.volume, sender=message.service())
                self.reply(message, [])
                self.changed({"Volume": self.volume})
            else:
                self.error(message, "org.freedesktop.DBus.Error.PropertyReadOnly", str(args[1]))
            return True
        return False

    def reply(self, message: QDBusMessage, values: list[Any]) -> None:
        # setArguments, not createReply(values): that overload sends the list as one array.
        answer = message.createReply()
        answer.setArguments(values)
        self.bus.send(answer)

    def error(self, message: QDBusMessage, name: str, text: str) -> None:
        self.bus.send(message.createErrorReply(name, text))

    def changed(self, values: dict[str, Any]) -> None:
        signal_ = QDBusMessage.createSignal(PATH, PROPS, "PropertiesChanged")
        signal_.setArguments([PLAYER, values, []])
        self.bus.send(signal_)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bus", required=True)
    parser.add_argument("--name", required=True)
    parser.add_argument("--status", default="Playing", choices=["Playing", "Paused", "Stopped"])
    parser.add_argument("--volume", type=float, default=0.8)
    parser.add_argument("--no-volume", action="store_true")
    parser.add_argument("--log")
    args = parser.parse_args(argv)
    app = QCoreApplication([])
    # The test holds our stdin: when it goes (even killed), so do we.
    orphan = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    orphan.activated.connect(lambda: None if sys.stdin.buffer.read1(64) else app.quit())
    bus = QDBusConnection.connectToBus(args.bus, f"player-{args.name}")
    if not bus.isConnected():
        print("no bus", file=sys.stderr)
        return 1
    player = Player(bus, args.name, args.status, None if args.no_volume else args.volume,
                    args.log)
    if not bus.registerVirtualObject(PATH, player):
        print("cannot register the object", file=sys.stderr)
        return 1
    if not bus.registerService(f"{ROOT}.{args.name}"):
        print("name taken", file=sys.stderr)
        return 1
    print("ready", flush=True)  # the test waits for this line
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
