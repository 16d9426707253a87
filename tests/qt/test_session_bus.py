"""Where the session bus is, and what a Flatpak sandbox lets Limber see on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.qt.session_bus import (
    mpris_allowed,
    sandbox_hides_players,
    session_bus_address,
)

INFO = """[Application]
name=io.github.limber.Limber
runtime=runtime/org.kde.Platform/x86_64/6.7

[Context]
shared=ipc;
sockets=wayland;fallback-x11;pulseaudio;
"""


@pytest.mark.parametrize(("environ", "address"), [
    ({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}, "unix:path=/run/user/1000/bus"),
    ({"DBUS_SESSION_BUS_ADDRESS": "disabled:"}, None),  # GLib's "no session bus"
    ({}, None),
    ({"XDG_RUNTIME_DIR": "/nowhere/at/all"}, None),
])
def test_the_address_of_the_session_bus(environ: dict[str, str], address: str | None) -> None:
    assert session_bus_address(environ) == address


def test_systemds_user_bus_is_found_in_the_runtime_folder(tmp_path: Path) -> None:
    (tmp_path / "bus").touch()
    assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) == f"unix:path={tmp_path}/bus"


@pytest.mark.parametrize(("policy", "allowed"), [
    ("", False),  # no talk permission at all: the proxy hides every player
    ("[Session Bus Policy]\norg.freedesktop.Notifications=talk\n", False),
    ("[Session Bus Policy]\norg.mpris.MediaPlayer2.*=talk\n", True),  # the manifest's
    ("[Session Bus Policy]\norg.mpris.*=talk\n", True),
    ("[Session Bus Policy]\norg.mpris.MediaPlayer2.*=none\n", False),  # an override took it
    ("[Session Bus Policy]\norg.mpris.mediaplayer2.*=talk\n", False),  # names are exact
])
def test_what_the_sandbox_lets_limber_talk_to(policy: str, allowed: bool) -> None:
    assert mpris_allowed(INFO + "\n" + policy) is allowed


def test_the_whole_session_bus_lets_it_see_every_player() -> None:
    assert mpris_allowed(INFO.replace("pulseaudio;", "pulseaudio;session-bus;"))


def test_outside_a_sandbox_nothing_is_hidden(tmp_path: Path) -> None:
    assert not sandbox_hides_players(tmp_path / ".flatpak-info")
    info = tmp_path / "flatpak-info"
    info.write_text(INFO)
    assert sandbox_hides_players(info)
    info.write_text(INFO + "\n[Session Bus Policy]\norg.mpris.MediaPlayer2.*=talk\n")
    assert not sandbox_hides_players(info)

