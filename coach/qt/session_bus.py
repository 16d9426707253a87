"""Where the session D-Bus is, and whether a Flatpak sandbox hides the music players on it (no Qt
here: the music control is chosen by :mod:`coach.qt.music_control`).

The address: ``DBUS_SESSION_BUS_ADDRESS``, else systemd's per-user bus in
``$XDG_RUNTIME_DIR/bus``; ``disabled:`` (GLib's way of saying "no session bus", which the
tests use) is none. Nothing here ever starts a bus: libdbus would otherwise try to "autolaunch"
one through X11.

The sandbox: inside a Flatpak, ``/.flatpak-info`` holds the app's effective permissions (the
manifest's and the user's overrides). Without a talk permission for
``org.mpris.MediaPlayer2.*`` (or the whole session bus) the D-Bus proxy hides every player, and
Limber cannot tell that from "no player is running" by listing the bus alone.
"""

from __future__ import annotations

import configparser
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Final

from coach.core.files.bounded_read import read_bounded

FLATPAK_INFO: Final = Path("/.flatpak-info")
MPRIS_NAME: Final = "org.mpris.MediaPlayer2.player"  # any player's name, for the policy's test
_INFO_LIMIT: Final = 1024 * 1024


def session_bus_address(environ: Mapping[str, str] | None = None) -> str | None:
    """The session bus's address, or None when there is none to reach."""
    env = os.environ if environ is None else environ
    address = env.get("DBUS_SESSION_BUS_ADDRESS", "").strip()
    if address:
        return None if address.startswith("disabled:") else address
    runtime = env.get("XDG_RUNTIME_DIR", "").strip()
    if runtime and (Path(runtime) / "bus").exists():
        return f"unix:path={Path(runtime) / 'bus'}"
    return None


def sandbox_hides_players(info: Path = FLATPAK_INFO) -> bool:
    """Inside a Flatpak that may not talk to the MPRIS players (False outside one)."""
    try:
        text = read_bounded(info, _INFO_LIMIT).decode("utf-8", "replace")
    except (OSError, ValueError):
        return False  # no sandbox (or none that says what it allows)
    return not mpris_allowed(text)


def mpris_allowed(flatpak_info: str) -> bool:
    """Whether the permissions in ``flatpak_info`` let the app talk to MPRIS players."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # names are case-sensitive
    try:
        parser.read_string(flatpak_info)
    except configparser.Error:
        return False
    sockets = parser.get("Context", "sockets", fallback="").split(";")
    if "session-bus" in sockets:
        return True
    if not parser.has_section("Session Bus Policy"):
        return False
    for name, access in parser.items("Session Bus Policy"):
        if access.strip() not in ("talk", "own"):
            continue
        if name == MPRIS_NAME or (name.endswith(".*") and MPRIS_NAME.startswith(name[:-1])):
            return True
    return False

