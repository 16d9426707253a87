"""Pre-rendering: every phrase of a plan made into a clip in memory, in the background.

One thread in the app process does the bookkeeping: cached clips are loaded first (so a
routine used before is ready at once), then the missing phrases are rendered one by one by
the worker process, in the order the session will need them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from coach.speech.cache import ClipCache
from coach.speech.clip import Clip
from coach.speech.engine import EngineUnavailable, VoiceInfo
from coach.speech.measure import without_tail
from coach.speech.port import Notice
from coach.speech.process import EngineDead
from coach.speech.verified import VerifiedRenderer

log = logging.getLogger(__name__)

UNCLEAR = ("Some cues could not be made into clear speech, so a chime stands in for them. "
           "Limber will try them again next time.")


class RenderEngine(Protocol):
    def voices(self) -> list[VoiceInfo]: ...

    def render(self, text: str, voice: str, rate: int, raw: Path, out: Path) -> None: ...

    def restart(self) -> None:
        """Drop the engine process; the next call starts a fresh one."""
        ...

    def close(self) -> None: ...


class Prerenderer:
    def __init__(self, cache: ClipCache, engine: RenderEngine, *, voice: str, rate: int,
                 fingerprint: str, post: Notice) -> None:
        self._cache = cache
        self._engine = engine
        self._voice = voice
        self._voice_checked = not voice
        self._rate = rate
        self._verified = VerifiedRenderer(cache, engine, fingerprint)
        self._post = post
        self._cond = threading.Condition()
        self._phrases: list[str] = []
        self._generation = 0
        self._clips: dict[str, Clip] = {}
        self._failed: set[str] = set()
        self._given_up = False
        self._closed = False
        self._thread: threading.Thread | None = None

    # -- the app's side -----------------------------------------------------------------

    def prepare(self, phrases: Sequence[str]) -> None:
        with self._cond:
            self._phrases = list(dict.fromkeys(phrases))
            self._generation += 1
            self._cond.notify()
            if self._thread is None and not self._closed:
                self._thread = threading.Thread(target=self._run, name="limber-prerender",
                                                daemon=True)
                self._thread.start()

    def progress(self) -> tuple[int, int]:
        """(phrases dealt with: ready, or given up and left to a tone; phrases asked for)."""
        with self._cond:
            done = sum(1 for p in self._phrases if p in self._clips or self._settled(p))
            return done, len(self._phrases)

    def clip(self, text: str) -> Clip | None:
        with self._cond:
            return self._clips.get(text)

    def pending(self, text: str) -> bool:
        """Still to be rendered (as opposed to ready, or failed for good)."""
        with self._cond:
            return text not in self._clips and not self._settled(text)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify()
            thread = self._thread
        # The worker answers within its own timeouts, so this wait is bounded.
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=0.5)
        self._engine.close()

    # -- the thread's side --------------------------------------------------------------

    def _settled(self, text: str) -> bool:
        return self._given_up or text in self._failed

    def _run(self) -> None:
        seen = -1
        while True:
            with self._cond:
                while self._generation == seen and not self._closed:
                    self._cond.wait()
                if self._closed:
                    return
                seen, phrases = self._generation, list(self._phrases)
            try:
                self._work(seen, phrases)
            except Exception:  # a bug here must not leave progress stuck for ever
                log.exception("preparing the voice failed")
                with self._cond:
                    self._given_up = True
                self._post("Preparing the voice failed; Limber carries on with tones instead "
                           "of the voice.")
                return

    def _work(self, generation: int, phrases: list[str]) -> None:
        missing = [p for p in phrases if not self._load_cached(p)]
        for text in missing:
            with self._cond:
                if self._closed or self._generation != generation or self._given_up:
                    return
                if text in self._failed:
                    continue
            self._render(text)

    def _load_cached(self, text: str) -> bool:
        with self._cond:
            if text in self._clips:
                return True
        clip = self._verified.cached(text, self._voice, self._rate)
        if clip is None:
            return False
        clip = without_tail(clip)
        with self._cond:
            self._clips[text] = clip
        return True

    def _render(self, text: str) -> None:
        try:
            self._check_voice()
            if self._load_cached(text):  # the voice may have changed to one already cached
                return
            clip = self._verified.render(text, self._voice, self._rate)
            clip = None if clip is None else without_tail(clip)
        except (EngineUnavailable, EngineDead) as exc:
            log.warning("speech engine given up: %s", exc.__cause__ or exc)
            with self._cond:
                self._given_up = True
            plain = _first_sentence(exc) if isinstance(exc, EngineDead) else str(exc)
            self._post(f"{plain} Limber carries on with tones instead of the voice.")
            return
        except OSError as exc:  # the cache folder is not writable, the disk is full...
            log.warning("cannot write the clip cache in %s: %s", self._cache.folder, exc)
            with self._cond:
                self._given_up = True
            self._post(f"Cannot store the voice clips in {self._cache.folder} "
                       f"({exc.strerror or exc}); Limber carries on with tones instead of "
                       "the voice.")
            return
        with self._cond:
            first = clip is None and not self._failed
            if clip is None:
                self._failed.add(text)
            else:
                self._clips[text] = clip
        if first:  # one notice is enough; the log has each phrase's reason
            self._post(UNCLEAR)

    def _check_voice(self) -> None:
        """A voice chosen on another machine may not be installed here: use the default."""
        if self._voice_checked:
            return
        self._voice_checked = True
        if self._voice not in {v.id for v in self._engine.voices()}:
            self._post(f"The voice {self._voice!r} is not installed; using the default voice.")
            self._voice = ""


def _first_sentence(exc: Exception) -> str:
    """The plain part of an engine message: "The speech engine stopped working (no answer
    within 10 s)." becomes "The speech engine stopped working." (the rest goes to the log)."""
    text = str(exc)
    head, paren, _ = text.partition(" (")
    return f"{head}." if paren and not head.endswith(".") else text
