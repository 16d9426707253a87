"""The music feature's words: the notices (at most one a session) and what the preference says
where the platform cannot do it.

Where it works: Linux (and the BSDs), through MPRIS over the session D-Bus, which every
mainstream player and browser speaks. Windows: maintained libraries exist
(``winrt-Windows.Media.Control`` to pause and play, ``pycaw`` for each program's volume) but no
port is written yet. macOS: there is no public API for another app's playback; the private
MediaRemote framework is closed to third-party apps since macOS 15.4.
"""

from __future__ import annotations

import sys

from coach import APP_ID
from coach.core.language.current_language import translate
from coach.storage.music_restore import Unreadable, Why


def not_on_windows() -> str:
    return translate("MusicWords", "Not available on Windows yet: Limber speaks over your music "
                                   "there, at the music's own volume.")


def not_on_macos() -> str:
    return translate("MusicWords", "Not available on macOS: macOS gives apps no way to lower or "
                                   "pause another app's music, so Limber speaks over it.")


def not_here() -> str:
    return translate("MusicWords", "Not available on this system: Limber speaks over your music, "
                                   "as it plays.")


def no_bus() -> str:
    return translate("MusicWords", "Limber cannot reach your music players (no D-Bus session), so "
                                   "it speaks over the music.")


def sandboxed() -> str:
    return translate("MusicWords", "Limber cannot see your music players from its Flatpak "
                                   "sandbox, so it speaks over the music. To let it, run: "
                                   "{command}").format(
        command=f"flatpak override --user --talk-name=org.mpris.MediaPlayer2.* {APP_ID}")


def other_limber() -> str:
    return translate("MusicWords", "Another Limber session is looking after your music, so this "
                                   "one leaves it alone.")


def not_noted(error: object) -> str:
    return translate("MusicWords", "Limber could not note what it changes on your music "
                                   "({error}), so it leaves the music alone.").format(error=error)


def silent(name: str) -> str:
    return translate("MusicWords", "{name} is not answering, so Limber leaves it as it is.").format(
        name=name or translate("MusicWords", "Your music player"))


def no_volume(name: str) -> str:
    return translate("MusicWords", "{name} has no volume Limber can lower, so "
                                   "it plays on as it is (set \"Your music\" "
                                   "to pause it for the session instead).").format(name=name)


def unavailable(platform: str | None = None) -> str | None:
    """Why the music setting does nothing on ``platform`` (default: this one); None where it
    works."""
    name = sys.platform if platform is None else platform
    if name.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    if name == "win32":
        return not_on_windows()
    if name == "darwin":
        return not_on_macos()
    return not_here()


def unreadable(problem: Unreadable) -> str:
    """The restore file could not be read: what was changed cannot be given back."""
    if problem.why is Why.DAMAGED:
        return translate("MusicWords", "Limber's note of what it changed on your music was damaged "
                            "({detail}) and was set aside, so it cannot put that music back as "
                            "it was.").format(detail=problem.detail)
    return translate("MusicWords", "Limber could not read its note of what it changed on "
                                   "your music ({detail}), so it cannot put that music "
                                   "back as it was.").format(
        detail=problem.detail)
