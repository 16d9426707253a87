"""What speech needs from the preferences, as a value of its own.

The field names match the stored preferences (:mod:`coach.storage.prefs_schema`) so the app can
copy them across, but speech does not depend on storage; the defaults of both are
:mod:`coach.core.speech_settings`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from coach.core.language.current_language import ENGLISH, language
from coach.core.speech_settings import (
    DEFAULT_RATE,
    DEFAULT_TONE_VOLUME,
    DEFAULT_VOICE_ENABLED,
    DEFAULT_VOICE_ID,
    DEFAULT_VOICE_VOLUME,
    MAX_RATE,
    MIN_RATE,
)

__all__ = ["DEFAULT_RATE", "MAX_RATE", "MIN_RATE", "SPEECH_KEYS", "SpeechOptions"]


@dataclass(frozen=True, slots=True)
class SpeechOptions:
    voice_enabled: bool = DEFAULT_VOICE_ENABLED
    voice_id: str = DEFAULT_VOICE_ID  # "" = the clearest voice installed
    speech_rate: int = DEFAULT_RATE  # words per minute
    voice_volume: float = DEFAULT_VOICE_VOLUME  # 0..1
    tone_volume: float = DEFAULT_TONE_VOLUME  # 0..1
    # The language the cues are in (the active one, coach.core.language): it picks the voice.
    language: str = ENGLISH

    @classmethod
    def from_prefs(cls, prefs: object) -> SpeechOptions:
        """From anything with the preference fields (``coach.storage.prefs.Preferences``)."""
        default = cls()
        rate = int(getattr(prefs, "speech_rate", default.speech_rate))
        return cls(
            voice_enabled=bool(getattr(prefs, "voice_enabled", default.voice_enabled)),
            voice_id=str(getattr(prefs, "voice_id", default.voice_id)),
            speech_rate=min(MAX_RATE, max(MIN_RATE, rate)),
            voice_volume=_unit(getattr(prefs, "voice_volume", default.voice_volume)),
            tone_volume=_unit(getattr(prefs, "tone_volume", default.tone_volume)),
            language=language(),
        )

    def __post_init__(self) -> None:
        if not MIN_RATE <= self.speech_rate <= MAX_RATE:
            raise ValueError(
                f"speech rate must be {MIN_RATE} to {MAX_RATE} words a minute, "
                f"not {self.speech_rate}"
            )
        for name in ("voice_volume", "tone_volume"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, not {value}")


# The preferences a speaker is built from: changing one means a new speaker (clips re-render).
SPEECH_KEYS: tuple[str, ...] = tuple(f.name for f in fields(SpeechOptions))


def _unit(value: object) -> float:
    return min(1.0, max(0.0, float(value)))  # type: ignore[arg-type]
