"""A speaker that is built the first time something needs it.

The real speaker loads the audio output (the PulseAudio client and its thread; Qt Multimedia
where that cannot be used, some 6 MiB more) and, once phrases are asked for, a speech worker
process. The home screen needs none of that, so the app hands the window this stand-in: the
window opens at once and stays light, and the speaker is built when a session first asks for
its phrases (or a cue), just before the session's clock starts, so its first cue is on time.

Until then it remembers what it was told that matters later (mute) and answers the rest as an
idle speaker would: nothing asked, nothing to cut, no clip lengths yet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from coach.core.plan.compiler import Cue
from coach.speech.port import Speaker


class SpeakerOnDemand:
    """The :class:`~coach.speech.port.Speaker` port around ``build``, called at most once."""

    def __init__(self, build: Callable[[], Speaker]) -> None:
        self._build = build
        self._speaker: Speaker | None = None
        self._muted = False
        self._closed = False

    @property
    def built(self) -> bool:
        return self._speaker is not None

    def speaker(self) -> Speaker:
        """The real speaker, built now if it is not yet."""
        if self._speaker is None:
            speaker = self._build()
            speaker.set_muted(self._muted)
            self._speaker = speaker
        return self._speaker

    def prepare(self, phrases: Sequence[str]) -> None:
        self.speaker().prepare(phrases)

    def progress(self) -> tuple[int, int]:
        return self._speaker.progress() if self._speaker is not None else (0, 0)

    def clip_seconds(self, text: str) -> float | None:
        return self._speaker.clip_seconds(text) if self._speaker is not None else None

    def play(self, cue: Cue) -> None:
        self.speaker().play(cue)

    def cut(self) -> None:
        if self._speaker is not None:
            self._speaker.cut()

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if self._speaker is not None:
            self._speaker.set_muted(muted)

    @property
    def muted(self) -> bool:
        return self._muted

    def close(self) -> None:
        if self._speaker is not None and not self._closed:
            self._closed = True
            self._speaker.close()
