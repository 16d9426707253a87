"""The platform's own speech engine: espeak-ng on Linux (driven directly by ``espeak.py``),
SAPI5 on Windows and NSSpeech on macOS through pyttsx3, rendering to files.

Only the render worker process creates an engine (see ``render_worker.py``); the app process
merely asks :func:`engine_problem` and :func:`fingerprint`, which look at what is installed
without starting any synthesis.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

from coach.speech.engines.engine_protocol import EngineUnavailable, VoiceInfo

EMPTY_RETRIES = 2
INSTALL_HINT = {
    "linux": "install espeak-ng (on Debian or Ubuntu: sudo apt install espeak-ng)",
    "darwin": "check System Settings > Accessibility > Spoken Content",
    "win32": "check Settings > Time & language > Speech",
}


def driver_name() -> str:
    return {"darwin": "nsss", "win32": "sapi5"}.get(sys.platform, "espeak")


def _espeak_library() -> Any:
    """libespeak-ng, loaded the way pyttsx3 loads it; OSError when it is not installed."""
    import ctypes  # with the engine, not with the catalogue that names it
    import ctypes.util

    # The usual names first: find_library runs a program (ldconfig) and is slow.
    for name in ("libespeak-ng.so.1", "libespeak-ng.1.dylib", "libespeak-ng.dll"):
        try:
            return ctypes.CDLL(name)
        except OSError:
            continue
    found = ctypes.util.find_library("espeak-ng")
    if found:
        return ctypes.CDLL(found)
    raise OSError("libespeak-ng not found")


def engine_problem(load_espeak: Any = _espeak_library) -> str | None:
    """What is missing for speech on this machine, in words for the user; None if nothing."""
    # Found, not imported, and without reading every installed package's metadata
    # (importlib.metadata: about 10 ms before every session).
    if importlib.util.find_spec("pyttsx3") is None:
        return "No speech engine: the pyttsx3 package is missing (pip install pyttsx3)."
    if driver_name() == "espeak":
        try:
            load_espeak()
        except OSError:
            return ("No speech engine: espeak-ng is not installed. To hear the cues, "
                    + INSTALL_HINT["linux"] + ".")
    return None


def fingerprint(load_espeak: Any = _espeak_library) -> str:
    """Names the engine build: part of every cache key, so an upgrade re-renders the clips."""
    import ctypes
    import importlib.metadata
    import platform

    try:
        version = importlib.metadata.version("pyttsx3")
    except importlib.metadata.PackageNotFoundError:
        version = "?"
    driver = driver_name()
    native = platform.platform(terse=True)
    if driver == "espeak":
        try:
            info = load_espeak().espeak_Info
            info.restype = ctypes.c_char_p
            native = "espeak-ng " + (info(None) or b"?").decode("utf-8", "replace")
        except (OSError, AttributeError):
            native = "espeak-ng ?"
    return f"pyttsx3 {version}; {driver}; {native}"


class Pyttsx3Engine:
    """pyttsx3 in file mode. ``say()`` is unreliable on Linux; ``save_to_file`` is solid."""

    def __init__(self) -> None:
        try:
            import pyttsx3
        except ImportError as exc:
            raise EngineUnavailable(engine_problem() or f"pyttsx3 cannot load: {exc}") from exc
        try:
            self._engine = pyttsx3.init()
        except Exception as exc:  # each driver fails its own way when its engine is missing
            problem = engine_problem()
            hint = INSTALL_HINT.get(sys.platform, "install a speech engine")
            raise EngineUnavailable(problem or f"No speech engine ({exc}); {hint}.") from exc
        self._default = str(self._engine.getProperty("voice") or "")
        self._voice = self._default

    def default_voice(self) -> str:
        return self._default

    def voices(self) -> list[VoiceInfo]:
        return [
            VoiceInfo(str(v.id), str(v.name or v.id), tuple(_text(x) for x in v.languages or ()))
            for v in self._engine.getProperty("voices")
        ]

    def render(self, text: str, voice: str, rate: int, path: Path) -> None:
        wanted = voice or self._default
        if wanted != self._voice:
            if wanted not in {v.id for v in self.voices()}:
                raise ValueError(f"there is no voice {voice!r} (see 'limber voices')")
            self._engine.setProperty("voice", wanted)
            self._voice = wanted
        self._engine.setProperty("rate", rate)
        # pyttsx3 2.99's espeak driver now and then (a few in a hundred when the process is
        # otherwise busy) writes an empty file: espeak reports the message finished before
        # any audio. Nothing was half-written then, so asking again is safe.
        for _ in range(EMPTY_RETRIES + 1):
            self._engine.save_to_file(text, str(path))
            self._engine.runAndWait()
            if not _empty_wav(path):
                return


def _empty_wav(path: Path) -> bool:
    """A WAV file with a header and no audio (an AIFF or anything else counts as not empty)."""
    import wave

    try:
        with wave.open(str(path), "rb") as w:
            return w.getnframes() == 0
    except (OSError, EOFError, wave.Error):
        return False


def _text(value: object) -> str:
    if isinstance(value, bytes):  # some drivers hand back raw language codes
        return value.decode("utf-8", "replace").lstrip("\x05")
    return str(value)
