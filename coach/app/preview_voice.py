"""The voice's clips for the home preview, so it shows the plan a session will run.

Built the first time a preview wants them (never for a home screen with nothing to preview),
with no audio output: the clips only, rendered into the same cache a session then loads at
once. Rebuilt when the voice, its rate or the voice itself being on changes; closed with the
app.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from coach.core.plan.compiler import Plan
from coach.storage.prefs_schema import Preferences

if TYPE_CHECKING:
    from coach.app.voice_fit import VoiceFit

VOICE_KEYS = ("voice_enabled", "voice_id", "speech_rate")


class ClosableClips(Protocol):
    def prepare(self, phrases: Sequence[str]) -> None: ...

    def progress(self) -> tuple[int, int]: ...

    def clip_seconds(self, text: str) -> float | None: ...

    def close(self) -> None: ...


ClipsFactory = Callable[[Preferences], "ClosableClips | None"]  # None: no voice here


class PreviewVoice:
    def __init__(self, factory: ClipsFactory | None) -> None:
        self._factory = factory
        self._clips: ClosableClips | None = None
        self._for: tuple[object, ...] | None = None

    def fit(self, plan: Plan, prefs: Preferences) -> VoiceFit | None:
        """Fitting ``plan`` to the voice's clips (poll it), or None when there is no voice."""
        if self._factory is None:
            return None
        from coach.app.voice_fit import VoiceFit  # with the first preview, not at start

        wanted = tuple(getattr(prefs, key) for key in VOICE_KEYS)
        if wanted != self._for:
            self.close()
            self._clips, self._for = self._factory(prefs), wanted
        return None if self._clips is None else VoiceFit(plan, self._clips)

    def close(self) -> None:
        if self._clips is not None:
            self._clips.close()
        self._clips, self._for = None, None
