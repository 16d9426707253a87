"""The verified clip path: render, check, render again in a fresh engine, and only then store.

Every engine goes through here (espeak-ng directly, pyttsx3, or any other behind the worker),
so no clip reaches the cache or the speaker without being checked. The cache key and the
calibration carry the engine's fingerprint, so engines and their versions never mix.

A clip is checked once, before it is stored, and stored as it is played (without the
engine's end padding): reading it back checks only its header and size, so a routine used
before is ready in milliseconds and starts no engine.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from coach.speech.clip import BadClip, Clip, read_wav
from coach.speech.clip_cache import ClipCache
from coach.speech.clip_checks import (
    Calibration,
    CalibrationStore,
    ClipRejected,
    calibrate,
    check,
    reference,
)
from coach.speech.clip_measure import trim_tail
from coach.speech.worker_process import RenderEngine, RenderFailed

log = logging.getLogger(__name__)
ATTEMPTS = 2  # the second in a fresh engine process


class VerifiedRenderer:
    def __init__(self, cache: ClipCache, engine: RenderEngine, fingerprint: str, *,
                 reproducible: bool = False) -> None:
        """``reproducible``: the engine gives the same clip for the same request (flite), so
        its calibration renders the reference phrase once (see ``clip_checks.calibrate``)."""
        self.cache = cache
        self._engine = engine
        self._fingerprint = fingerprint
        self._reproducible = reproducible
        self._calibrations = CalibrationStore(cache.folder)
        self._known: dict[tuple[str, int], Calibration] = {}
        # Shared with siblings: one of them calibrates, the others wait for its figure.
        self._calibrating = threading.Lock()

    def sibling(self, engine: RenderEngine) -> VerifiedRenderer:
        """The same voice rendered by another worker of the same engine (``lanes.py``):
        same cache key, same calibration (measured once, by whichever asks first)."""
        twin = VerifiedRenderer(self.cache, engine, self._fingerprint,
                                reproducible=self._reproducible)
        twin._known, twin._calibrating = self._known, self._calibrating
        return twin

    def path(self, text: str, voice: str, rate: int) -> Path:
        return self.cache.path(text, voice, rate, self._fingerprint)

    def cached(self, text: str, voice: str, rate: int) -> Clip | None:
        return self.cache.load(self.path(text, voice, rate), text)

    def render(self, text: str, voice: str, rate: int) -> Clip | None:
        """The checked clip, now in the cache; None if it came out wrong twice (the log says
        how). Engine-level failures (:class:`EngineDead`, ...) and OSError pass through."""
        for attempt in range(1, ATTEMPTS + 1):
            if attempt > 1:
                self._engine.restart()  # no state of the engine's can carry over
            try:
                clip, scratch = self._render_once(text, voice, rate)
            except (RenderFailed, BadClip) as exc:
                log.warning("render %d of %r (voice %r, %d wpm) failed: %s",
                            attempt, text, voice, rate, exc)
                continue
            try:
                # Asked after the first render, not before: a sibling's worker starts and
                # renders while this one calibrates.
                speech = check(clip, text, self.calibration(voice, rate))
                clip = trim_tail(clip, speech.tail)
                self.cache.store(self.path(text, voice, rate), clip)
            except ClipRejected as exc:
                log.warning("render %d (voice %r, %d wpm) rejected: %s", attempt, voice, rate,
                            exc)
                continue
            finally:
                scratch.unlink(missing_ok=True)
            return clip
        return None

    def calibration(self, voice: str, rate: int) -> Calibration:
        """Seconds per syllable for this engine, voice and rate: stored, or measured now."""
        with self._calibrating:
            return self._calibration(voice, rate)

    def _calibration(self, voice: str, rate: int) -> Calibration:
        known = self._known.get((voice, rate))
        if known is not None:
            return known
        found = self._calibrations.load(self._fingerprint, voice, rate)
        if found is None:
            found = self._measure(voice, rate)
            self._calibrations.save(self._fingerprint, voice, rate, found)
        self._known[(voice, rate)] = found
        return found

    def _measure(self, voice: str, rate: int) -> Calibration:
        for attempt in range(1, ATTEMPTS + 1):
            if attempt > 1:
                self._engine.restart()
            try:
                return calibrate(lambda: self._reference(voice, rate), rate,
                                 renders=1 if self._reproducible else 2)
            except (RenderFailed, BadClip, ClipRejected) as exc:
                log.warning("calibration %d for voice %r at %d wpm failed: %s",
                            attempt, voice, rate, exc)
        return Calibration.nominal(rate)  # clips are still checked, against this figure

    def _reference(self, voice: str, rate: int) -> Clip:
        clip, scratch = self._render_once(reference(), voice, rate)
        scratch.unlink(missing_ok=True)
        return clip

    def _render_once(self, text: str, voice: str, rate: int) -> tuple[Clip, Path]:
        """One render into a scratch file in the cache folder (the caller deletes it)."""
        out = self.cache.scratch(".wav")
        # Named, not made: only an engine that runs a program writes it (the worker deletes it).
        raw = out.with_suffix(".raw")
        try:
            self._engine.render(text, voice, rate, raw, out)
            return read_wav(out, text), out
        except BaseException:
            out.unlink(missing_ok=True)
            raise
        finally:
            raw.unlink(missing_ok=True)
