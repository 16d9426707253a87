"""festival: used where one of its voices is installed (Debian: ``festvox-*`` packages).

Driven through ``text2wave`` in the render worker, like flite. Festival itself without a voice
package says nothing (``text2wave`` then writes an empty file and exits 0), so only voices found
on disk are offered.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from coach.speech.engines.bounded_programs import Runner, run_bounded
from coach.speech.engines.engine_protocol import EngineUnavailable, VoiceInfo
from coach.speech.engines.leading_silence import trim_lead_in_place
from coach.speech.options import DEFAULT_RATE

COMMAND = "text2wave"
VOICE_FOLDERS = (Path("/usr/share/festival/voices"), Path("/usr/local/share/festival/voices"))
RENDER_TIMEOUT = 8.0  # below the worker's call timeout (see flite.py)
# Length at stretch 1.0 compared with espeak-ng at 175 words a minute, over the 127 built-in
# cues (2026-11-29): espeak-ng gmw/en 317.9 s voiced, festival cmu_us_slt_arctic_hts 333.0 s
# (HTS speed factor 1.0; it scales length as its inverse).
CALIBRATION = {"cmu_us_slt_arctic_hts": 317.9 / 333.0}
HTS_MARK = "_hts"


def installed_voices(folders: tuple[Path, ...] | None = None) -> list[str]:
    """Festival voices on disk: ``voices/<language>/<name>/festvox/<name>.scm``."""
    found: list[str] = []
    for folder in VOICE_FOLDERS if folders is None else folders:
        if folder.is_dir():
            found += sorted(p.parent.parent.name for p in folder.glob("*/*/festvox/*.scm")
                            if p.stem == p.parent.parent.name)
    return list(dict.fromkeys(found))


def festival_problem(which: Callable[[str], str | None] = shutil.which,
                     folders: tuple[Path, ...] | None = None) -> str | None:
    if which(COMMAND) is None:
        return "festival is not installed."
    if not installed_voices(folders):
        return "festival has no voice installed."
    return None


def festival_version(run: Runner = run_bounded) -> str:
    import subprocess

    command = shutil.which("festival")
    if command is None:
        return "festival ?"
    try:
        result = run([command, "--version"], 5.0)
    except (OSError, subprocess.SubprocessError):
        return "festival ?"
    # "/usr/bin/festival: Festival Speech Synthesis System: 2.5.0:release December 2017"
    return result.stdout.strip().split(": ", 1)[-1] or "festival ?"


def voice_name(voice: str) -> str:
    """e.g. cmu_us_slt_arctic_hts -> "US English (slt, HTS)"."""
    parts = voice.split("_")
    accent = {"us": "US English", "uk": "British English", "en": "English"}.get(
        parts[1] if len(parts) > 2 else "", "English")
    speaker = parts[2] if len(parts) > 2 else voice
    kind = "HTS" if voice.endswith(HTS_MARK) else "diphone" if "diphone" in voice else ""
    return f"{accent} ({speaker}{', ' + kind if kind else ''})"


def speed_forms(voice: str, rate: int) -> list[str]:
    """Scheme that picks the voice and sets its pace for ``rate`` words a minute.

    One form per ``-eval``: text2wave evaluates only the first form of each."""
    stretch = round(CALIBRATION.get(voice, 1.0) * DEFAULT_RATE / rate, 4)
    # Diphone and unit-selection voices follow Duration_Stretch; HTS voices ignore it and
    # take the HTS engine's speed factor instead (its inverse).
    return [f"(voice_{voice})", f"(Parameter.set 'Duration_Stretch {stretch})",
            f"(if hts_engine_params (set! hts_engine_params (append hts_engine_params "
            f"(list (list \"-r\" {round(1 / stretch, 4)})))))"]


class FestivalEngine:
    def __init__(self, run: Runner = run_bounded) -> None:
        command = shutil.which(COMMAND)
        if command is None:
            raise EngineUnavailable("festival is not installed.")
        self._voices = installed_voices()
        if not self._voices:
            raise EngineUnavailable("festival has no voice installed.")
        self._command = command
        self._run = run

    def default_voice(self) -> str:
        hts = [v for v in self._voices if v.endswith(HTS_MARK)]
        return (hts or self._voices)[0]

    def voices(self) -> list[VoiceInfo]:
        return [VoiceInfo(v, voice_name(v), ("en",)) for v in self._voices]

    def render(self, text: str, voice: str, rate: int, path: Path) -> None:
        voice = voice or self.default_voice()
        if voice not in self._voices:
            raise ValueError(f"there is no festival voice {voice!r} (see 'limber voices')")
        # The text goes in on standard input (text2wave reads it when given no file).
        evals = [arg for form in speed_forms(voice, rate) for arg in ("-eval", form)]
        result = self._run([self._command, "-o", str(path), *evals], RENDER_TIMEOUT,
                           text + "\n")
        if result.returncode != 0:
            detail = (result.stderr or "").strip().splitlines()[-1:] or ["no message"]
            raise RuntimeError(f"festival failed (exit status {result.returncode}: {detail[0]})")
        if path.exists():  # else the worker reports that nothing usable was written
            trim_lead_in_place(path)
