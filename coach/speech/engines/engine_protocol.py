"""What every speech engine is to the render worker: its voices, and a phrase rendered to a file;
and the one error that says no engine can speak here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True, slots=True)
class VoiceInfo:
    id: str
    name: str
    languages: tuple[str, ...] = ()


class Engine(Protocol):
    def default_voice(self) -> str: ...

    def voices(self) -> list[VoiceInfo]: ...

    def render(self, text: str, voice: str, rate: int, path: Path) -> None:
        """Write ``text`` spoken to ``path`` (WAV, or AIFF on macOS). ``voice`` "" = default."""
        ...


class EngineUnavailable(RuntimeError):
    """No speech engine on this machine; the message says what to install."""
