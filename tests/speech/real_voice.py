"""The project's own renderer at one speech rate, for measuring real clips (tests, bench)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from coach.speech.clip import Clip
from coach.speech.clip_cache import ClipCache
from coach.speech.clip_measure import FRAME_SECONDS, measure
from coach.speech.engine_fallback import Engines
from coach.speech.prerender import Prerenderer
from tests.speech.helpers import wait_for


class Voice:
    """The project's renderer at one rate, and what its clips hold."""

    def __init__(self, rate: int, cache: Path, voice: str = "") -> None:
        """``voice``: a voice id ("flite:slt"), or "" for the system engine's default voice."""
        self.notes: list[str] = []
        self._engines = Engines()
        route = self._engines.route(voice)
        self.renderer = Prerenderer(ClipCache(cache), lambda: [route], rate=rate,
                                    post=self.notes.append, close=self._engines.close)
        self.rate = rate
        self.measured: dict[str, float] = {}
        self._spans: dict[str, tuple[float, float]] = {}

    def measure(self, texts: Sequence[str]) -> dict[str, float]:
        """Render (or load) ``texts`` and return their clips' lengths: compile_measured's
        measure."""
        self.renderer.prepare(texts)
        wait_for(lambda: self.renderer.progress()[0] >= self.renderer.progress()[1], 300)
        lengths = {t: c.seconds for t in texts if (c := self.renderer.clip(t)) is not None}
        self.measured.update(lengths)
        return lengths

    def clip(self, text: str) -> Clip:
        clip = self.renderer.clip(text)
        assert clip is not None, text
        return clip

    def speech_span(self, text: str) -> tuple[float, float]:
        """Seconds into the clip where its speech starts and ends."""
        if text not in self._spans:
            clip = self.clip(text)
            speech = measure(clip)
            end = clip.seconds - speech.tail
            self._spans[text] = (max(0.0, end - speech.span - FRAME_SECONDS), end)
        return self._spans[text]
