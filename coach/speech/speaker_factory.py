"""Choosing the speaker at start-up, and saying plainly what is missing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from coach.core.clock import Clock, SystemClock
from coach.speech.clip_cache import ClipCache
from coach.speech.engine_fallback import Engines, Route, routes_for
from coach.speech.notice_once import Notices
from coach.speech.options import SpeechOptions
from coach.speech.player import PlayerFactory
from coach.speech.port import Notice, SilentSpeaker, Speaker
from coach.speech.prerender import Prerenderer
from coach.speech.speaker import VoiceSpeaker
from coach.speech.tone_clips import load_tones
from coach.speech.voice_catalogue import clip_key, speech_problem
from coach.speech.worker_lanes import default_lanes
from coach.speech.worker_process import CALL_TIMEOUT, START_TIMEOUT, EngineProcess

NO_PLAYER = "No audio output is available, so Limber runs silently."

__all__ = ["NO_PLAYER", "ClipLengths", "clip_key", "make_clip_lengths", "make_speaker"]


def make_speaker(options: SpeechOptions, notice: Notice, player: PlayerFactory | None, *,
                 clock: Clock | None = None, cache_dir: Path | None = None,
                 engine: str | None = None, start_timeout: float = START_TIMEOUT,
                 call_timeout: float = CALL_TIMEOUT,
                 find_problem: Callable[[], str | None] = speech_problem,
                 engines: Engines | None = None, withdraw: Notice | None = None) -> Speaker:
    """The speaker for these options.

    ``player`` makes the audio output (``coach.qt.audio_output_probe.make_player`` in the app
    and the terminal runner); None when there is none: the speaker is then silent. ``notice``
    receives each problem once, always on the thread that calls the speaker. ``clock`` measures
    how long a clip has been playing (real time: sound plays in real time even in a sped-up
    preview). The voice is ``options.voice_id`` ("" = the clearest installed) with fallbacks (see
    ``routes.py``); ``engine`` instead renders with that one engine spec only (tests, bench).
    ``withdraw`` takes back a notice that stopped being true ("still being prepared").
    """
    notices = Notices(notice, withdraw)
    if player is None:
        notices.post(NO_PLAYER)
        notices.flush()
        return SilentSpeaker()
    renderer = None
    if options.voice_enabled:
        problem = find_problem()
        if problem:
            notices.post(f"{problem} Until then a chime stands in for the spoken cues.")
        else:
            renderer = _renderer(options, notices.post, cache_dir, engine, engines,
                                 start_timeout, call_timeout)
    speaker = VoiceSpeaker(options, player(notices.post), load_tones(notices.post),
                           renderer=renderer, clock=clock or SystemClock(), notices=notices)
    notices.flush()
    return speaker


def _renderer(options: SpeechOptions, post: Notice, cache_dir: Path | None, engine: str | None,
              engines: Engines | None, start_timeout: float, call_timeout: float, *,
              keep_sound: bool = True) -> Prerenderer:
    if engine is not None:
        process = EngineProcess(engine, start_timeout=start_timeout, call_timeout=call_timeout)
        find_routes = _one_engine(process, clip_key(engine), options.voice_id)
        close = process.close
    else:
        chosen = engines or Engines(start_timeout=start_timeout, call_timeout=call_timeout,
                                    lanes=default_lanes())
        find_routes, close = (lambda: routes_for(options.voice_id, chosen, options.language)), \
            chosen.close
    return Prerenderer(ClipCache(cache_dir), find_routes, rate=options.speech_rate, post=post,
                       close=close, keep_sound=keep_sound)


class ClipLengths:
    """The voice's clips with no audio output: how long each phrase plays, to time a plan
    before any session (``limber show``, home's preview). Rendering fills the cache a session
    then loads at once."""

    def __init__(self, renderer: Prerenderer, notices: Notices) -> None:
        self._renderer = renderer
        self._notices = notices  # the renderer's, told on the caller's thread

    def prepare(self, phrases: Sequence[str]) -> None:
        self._renderer.prepare(phrases)

    def progress(self) -> tuple[int, int]:
        self._notices.flush()
        return self._renderer.progress()

    def clip_seconds(self, text: str) -> float | None:
        return self._renderer.seconds(text)

    def close(self) -> None:
        self._renderer.close()


def make_clip_lengths(options: SpeechOptions, notice: Notice, *, cache_dir: Path | None = None,
                      engine: str | None = None,
                      find_problem: Callable[[], str | None] = speech_problem,
                      ) -> ClipLengths | None:
    """The voice's clip lengths for these options; None when the voice is off or no engine
    can speak here (a plan is then only estimated). Problems rendering go to ``notice``."""
    if not options.voice_enabled or find_problem():
        return None
    notices = Notices(notice)
    # Lengths only: home's preview keeps its clips for as long as the app runs, and no
    # session plays from them (a routine's sound is some 3 MiB; a session loads its own).
    return ClipLengths(_renderer(options, notices.post, cache_dir, engine, None, START_TIMEOUT,
                                 CALL_TIMEOUT, keep_sound=False), notices)


def _one_engine(process: EngineProcess, key: str, voice: str) -> Callable[[], list[Route]]:
    """The chosen voice of one engine, then its default voice."""
    def routes() -> list[Route]:
        chosen = [Route(voice, process, voice, key, verify_voice=True)] if voice else []
        return [*chosen, Route("", process, "", key)]
    return routes
