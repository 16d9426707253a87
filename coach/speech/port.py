"""The speech port the session's listeners talk to.

Every method returns at once: rendering and playback happen elsewhere, so a cue is never late
because a voice is slow, and a window never freezes on it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from coach.core.plan.compiler import Cue
from coach.core.plan.phrase_time import Durations

Notice = Callable[[str], None]


class Speaker(Protocol):
    def prepare(self, phrases: Sequence[str]) -> None:
        """Get these phrases ready to play (render, cache, preload) in the background."""
        ...

    def progress(self) -> tuple[int, int]:
        """(phrases dealt with, phrases asked for) since the last :meth:`prepare`.

        Dealt with: ready, or given up on (a tone stands in, and a notice said why), so the
        count always reaches the total and a progress bar never hangs."""
        ...

    def clip_seconds(self, text: str) -> float | None:
        """How long the verified clip for ``text`` plays, in seconds, once it is ready.

        None while it is being prepared, when it could not be made (a tone stands in), and
        when there is no voice at all. The plan uses it to fit cues to the real speech."""
        ...

    def play(self, cue: Cue) -> None:
        """Say/sound a cue now. Called at the cue's due moment."""
        ...

    def cut(self) -> None:
        """Silence whatever is sounding and forget anything queued (after next/previous/stop)."""
        ...

    def set_muted(self, muted: bool) -> None: ...

    @property
    def muted(self) -> bool: ...

    def close(self) -> None: ...


class SilentSpeaker:
    """Says nothing: for --mute, for machines with no speech, and for most tests."""

    def __init__(self) -> None:
        self._muted = False
        self._asked = 0

    def prepare(self, phrases: Sequence[str]) -> None:
        self._asked = len(phrases)

    def progress(self) -> tuple[int, int]:
        return (self._asked, self._asked)

    def clip_seconds(self, text: str) -> float | None:
        return None

    def play(self, cue: Cue) -> None:
        pass

    def cut(self) -> None:
        pass

    def set_muted(self, muted: bool) -> None:
        self._muted = muted

    @property
    def muted(self) -> bool:
        return self._muted

    def close(self) -> None:
        pass


@dataclass
class RecordingSpeaker:
    """Remembers every call, for tests: ``played`` holds the cues it was asked to sound.

    ``durations`` feeds :meth:`clip_seconds` measured lengths; without it no clip is ever
    ready."""

    played: list[Cue] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    prepared: list[str] = field(default_factory=list)
    durations: Durations | None = None
    _muted: bool = False

    def prepare(self, phrases: Sequence[str]) -> None:
        self.prepared = list(phrases)
        self.calls.append("prepare")

    def progress(self) -> tuple[int, int]:
        return (len(self.prepared), len(self.prepared))

    def clip_seconds(self, text: str) -> float | None:
        return None if self.durations is None else self.durations(text)

    def play(self, cue: Cue) -> None:
        self.calls.append(f"play:{cue.text or cue.tone}")
        if not self._muted:
            self.played.append(cue)

    def cut(self) -> None:
        self.calls.append("cut")

    def set_muted(self, muted: bool) -> None:
        self.calls.append(f"muted:{muted}")
        self._muted = muted

    @property
    def muted(self) -> bool:
        return self._muted

    def close(self) -> None:
        self.calls.append("close")
