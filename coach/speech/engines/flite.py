"""flite: CMU's small offline synthesiser, much clearer than espeak-ng (tests/bench/README.md).

Driven in the render worker through its library (``libflite.py``: the voice loaded once per
worker, no program started per phrase), or, where the libraries cannot be loaded, through its
command (``flite -voice NAME -t TEXT -o FILE``). Both give the same audio, sample for sample.
The program's list of voices decides which voices exist either way.
"""

from __future__ import annotations

import functools
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from coach.core.files.shipped_data import bundled_file
from coach.speech.clip import Clip
from coach.speech.engines import remembered_probes
from coach.speech.engines.bounded_programs import Runner, run_bounded
from coach.speech.engines.engine_protocol import EngineUnavailable, VoiceInfo
from coach.speech.engines.leading_silence import trim_lead_in_place, without_lead
from coach.speech.options import DEFAULT_RATE

if TYPE_CHECKING:
    from coach.speech.engines.libflite import LibFlite

COMMAND = "flite"
INSTALL_HINT = "install flite (on Debian or Ubuntu: sudo apt install flite)"
# Below the worker's call timeout (process.CALL_TIMEOUT), so a stuck flite is killed here and
# the phrase fails cleanly instead of the whole worker being killed and restarted.
RENDER_TIMEOUT = 8.0
LIST_TIMEOUT = 5.0

# flite's built-in voices that read any text (``awb_time`` only says the time of day).
# Name, language, and how long it speaks at duration_stretch 1.0 compared with espeak-ng at
# 175 words a minute: total voiced length of the 127 built-in cues, espeak-ng gmw/en 317.9 s;
# flite slt 318.2 s, rms 354.3 s, awb 339.0 s, kal16 316.3 s, kal 325.7 s (2026-11-29,
# flite 2.2; stretch scales length linearly: 0.7 -> 222.9 s, 1.4 -> 445.5 s for slt).
VOICES: dict[str, tuple[str, str, float]] = {
    "slt": ("US English, female", "en-us", 317.9 / 318.2),
    "rms": ("US English, male", "en-us", 317.9 / 354.3),
    "awb": ("Scottish English, male", "en-gb-scotland", 317.9 / 339.0),
    "kal16": ("US English, male (diphone)", "en-us", 317.9 / 316.3),
    "kal": ("US English, male (diphone, 8 kHz)", "en-us", 317.9 / 325.7),
}
DEFAULT_VOICE = "rms"  # the clearest (see voice_catalogue.CLEAREST)


def duration_stretch(voice: str, rate: int) -> float:
    """flite's length factor for ``rate`` words a minute, matched to espeak-ng's pace."""
    calibration = VOICES.get(voice, ("", "", 1.0))[2]
    return round(calibration * DEFAULT_RATE / rate, 4)


def parse_voice_list(output: str) -> list[str]:
    """The voice names in ``flite -lv``'s answer ("Voices available: kal awb rms slt ")."""
    _, _, names = output.partition(":")
    return [n for n in names.split() if n in VOICES]


def find_command(which: Callable[[str], str | None] = shutil.which) -> str | None:
    """A flite carried inside a frozen bundle first (PyInstaller: in its data folder, or
    beside the executable), then PATH's."""
    bundled = bundled_file(COMMAND)
    return which(COMMAND) if bundled is None else str(bundled)


def flite_problem(which: Callable[[str], str | None] = shutil.which) -> str | None:
    """Why flite cannot be used here, in words for the user; None when it can."""
    if find_command(which) is None:
        return f"flite is not installed; {INSTALL_HINT}."
    return None


def flite_version() -> str:
    """e.g. "flite-2.2-current Sep 2018": part of every flite clip's cache key."""
    answer = _ask("--version")
    for line in answer.splitlines() if answer else []:
        if "version:" in line:
            return line.split("version:", 1)[1].split("(")[0].strip()
    return "flite ?"


def installed_voices() -> list[str]:
    """flite's usable voices, asked once per flite program (the app process asks this before
    every session, so it must be quick)."""
    return parse_voice_list(_ask("-lv") or "")


def voice_infos(names: list[str]) -> list[VoiceInfo]:
    return [VoiceInfo(v, VOICES[v][0], (VOICES[v][1],)) for v in names]


def _ask(option: str) -> str | None:
    command = find_command()
    if command is None:
        return None
    try:
        stamp = os.stat(command).st_mtime_ns  # a new flite is asked again
    except OSError:
        return None
    return _ask_program(command, option, stamp)


@functools.lru_cache(maxsize=8)
def _ask_program(command: str, option: str, stamp: int) -> str | None:
    """Asked once per process, and remembered between starts (``remembered_probes.py``)."""
    return remembered_probes.answer(command, option, lambda: _run_program(command, option))


def _run_program(command: str, option: str) -> str | None:
    import subprocess

    try:
        result = run_bounded([command, option], LIST_TIMEOUT)
    except (OSError, subprocess.SubprocessError):
        return None
    # flite 2.2 answers --version with exit status 1: its words count, not its status.
    return result.stdout or None


def _libflite() -> LibFlite:
    """libflite, loaded in the render worker (ctypes and the library stay out of the app,
    which names this engine and asks its version, but never speaks with it)."""
    from coach.speech.engines.libflite import LibFlite

    return LibFlite()


class FliteEngine:
    """The :class:`coach.speech.engines.system_engine.Engine` for flite; lives in the render
    worker."""

    def __init__(self, run: Runner = run_bounded,
                 library: Callable[[], LibFlite] | None = _libflite) -> None:
        """``library``: how to load libflite (None: always run the program)."""
        import subprocess

        command = find_command()
        if command is None:
            raise EngineUnavailable(f"No flite voice: {INSTALL_HINT}.")
        self._command = command
        self._run = run
        try:
            listed = run([command, "-lv"], LIST_TIMEOUT)
        except (OSError, subprocess.SubprocessError) as exc:
            raise EngineUnavailable(f"flite does not start ({exc}).") from exc
        self._voices = parse_voice_list(listed.stdout)
        if listed.returncode != 0 or not self._voices:
            raise EngineUnavailable("flite lists no usable voice.")
        self._library: LibFlite | None = None
        if library is not None:
            try:
                self._library = library()
            except (OSError, AttributeError):  # not installed, or not the flite 2 we know
                self._library = None

    def default_voice(self) -> str:
        return DEFAULT_VOICE if DEFAULT_VOICE in self._voices else self._voices[0]

    def voices(self) -> list[VoiceInfo]:
        return voice_infos(self._voices)

    def synthesize(self, text: str, voice: str, rate: int) -> Clip | None:
        """The clip made in this process by libflite; None when the library cannot speak
        in this voice (then :meth:`render` runs the program)."""
        voice = self._known(voice)
        if self._library is None or not self._library.has_voice(voice):
            return None
        pcm, sample_rate, channels = self._library.synthesize(
            text, voice, duration_stretch(voice, rate))
        return without_lead(Clip(text, pcm, sample_rate, channels))

    def render(self, text: str, voice: str, rate: int, path: Path) -> None:
        """Run the flite program into the file ``path``."""
        voice = self._known(voice)
        # ``-t`` takes the next argument verbatim, so a phrase starting with "-" is still text.
        args = [self._command, "-voice", voice,
                "--setf", f"duration_stretch={duration_stretch(voice, rate)}",
                "-o", str(path), "-t", text]
        result = self._run(args, RENDER_TIMEOUT)
        if result.returncode != 0:
            detail = (result.stderr or "").strip().splitlines()[-1:] or ["no message"]
            raise RuntimeError(f"flite failed (exit status {result.returncode}: {detail[0]})")
        if path.exists():  # else the worker reports that nothing usable was written
            trim_lead_in_place(path)

    def _known(self, voice: str) -> str:
        voice = voice or self.default_voice()
        if voice not in self._voices:
            raise ValueError(f"there is no flite voice {voice!r} (see 'limber voices')")
        return voice


def program_engine() -> FliteEngine:
    """flite through its program only (the worker's spec
    ``coach.speech.engines.flite:program_engine``; tests put a fake ``flite`` on PATH this way)."""
    return FliteEngine(library=None)
