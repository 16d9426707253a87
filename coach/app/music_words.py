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
from typing import Final

from coach import APP_ID
from coach.storage.music_restore import Unreadable, Why

NOT_ON_WINDOWS: Final = ("Not available on Windows yet: Limber speaks over your music there, "
                         "at the music's own volume.")
NOT_ON_MACOS: Final = ("Not available on macOS: macOS gives apps no way to lower or pause "
                       "another app's music, so Limber speaks over it.")
NOT_HERE: Final = "Not available on this system: Limber speaks over your music, as it plays."

NO_BUS: Final = ("Limber cannot reach your music players (no D-Bus session), so it speaks over "
                 "the music.")
SANDBOXED: Final = ("Limber cannot see your music players from its Flatpak sandbox, so it "
                    "speaks over the music. To let it, run: flatpak override --user "
                    f"--talk-name=org.mpris.MediaPlayer2.* {APP_ID}")
OTHER_LIMBER: Final = ("Another Limber session is looking after your music, so this one leaves "
                       "it alone.")
NOT_NOTED: Final = ("Limber could not note what it changes on your music ({error}), so it "
                    "leaves the music alone.")
SILENT: Final = "{name} is not answering, so Limber leaves it as it is."
SILENT_NAME: Final = "Your music player"
NO_VOLUME: Final = ("{name} has no volume Limber can lower, so it plays on as it is (set "
                    "\"Your music\" to pause it for the session instead).")


def unavailable(platform: str | None = None) -> str | None:
    """Why the music setting does nothing on ``platform`` (default: this one); None where it
    works."""
    name = sys.platform if platform is None else platform
    if name.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    if name == "win32":
        return NOT_ON_WINDOWS
    if name == "darwin":
        return NOT_ON_MACOS
    return NOT_HERE


def unreadable(problem: Unreadable) -> str:
    """The restore file could not be read: what was changed cannot be given back."""
    if problem.why is Why.DAMAGED:
        return (f"Limber's note of what it changed on your music was damaged ({problem.detail}) "
                "and was set aside, so it cannot put that music back as it was.")
    return (f"Limber could not read its note of what it changed on your music "
            f"({problem.detail}), so it cannot put that music back as it was.")
