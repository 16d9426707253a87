"""coach.speech imports no Qt: the audio output is injected (coach/qt/audio_output.py is the Qt
one)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import coach.speech

SPEECH = Path(coach.speech.__file__).parent


def test_no_module_of_coach_speech_imports_qt() -> None:
    for path in SPEECH.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n.startswith(("PySide6", "coach.qt")) for n in names), path.name


def test_importing_and_making_a_speaker_loads_no_qt() -> None:
    code = ("import sys; from coach.speech import make_speaker, SpeechOptions;"
            "import coach.cli.speech_commands;"
            "make_speaker(SpeechOptions(voice_enabled=False), print, None);"
            "assert not [m for m in sys.modules if m.startswith('PySide6')]")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
