"""Choosing the speaker at start-up, and saying plainly what is missing."""

from __future__ import annotations

from collections.abc import Callable
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

__all__ = ["NO_PLAYER", "clip_key", "make_speaker"]


def make_speaker(options: SpeechOptions, notice: Notice, player: PlayerFactory | None, *,
                 clock: Clock | None = None, cache_dir: Path | None = None,
                 engine: str | None = None, start_timeout: float = START_TIMEOUT,
                 call_timeout: float = CALL_TIMEOUT,
                 find_problem: Callable[[], str | None] = speech_problem,
                 engines: Engines | None = None, withdraw: Notice | None = None) -> Speaker:
    """The speaker for these options.

    ``player`` makes the audio output (``coach.qt.audio_output.QtPlayer`` in the app and the
    terminal runner); None when there is none: the speaker is then silent. ``notice`` receives each
    problem once, always on the thread that calls the speaker. ``clock`` measures how long a
    clip has been playing (real time: sound plays in real time even in a sped-up preview).
    The voice is ``options.voice_id`` ("" = the clearest installed) with fallbacks (see
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
            if engine is not None:
                process = EngineProcess(engine, start_timeout=start_timeout,
                                        call_timeout=call_timeout)
                find_routes = _one_engine(process, clip_key(engine), options.voice_id)
                close = process.close
            else:
                chosen = engines or Engines(start_timeout=start_timeout,
                                            call_timeout=call_timeout, lanes=default_lanes())
                find_routes, close = (lambda: routes_for(options.voice_id, chosen)), chosen.close
            renderer = Prerenderer(ClipCache(cache_dir), find_routes, rate=options.speech_rate,
                                   post=notices.post, close=close)
    speaker = VoiceSpeaker(options, player(notices.post), load_tones(notices.post),
                           renderer=renderer, clock=clock or SystemClock(), notices=notices)
    notices.flush()
    return speaker


def _one_engine(process: EngineProcess, key: str, voice: str) -> Callable[[], list[Route]]:
    """The chosen voice of one engine, then its default voice."""
    def routes() -> list[Route]:
        chosen = [Route(voice, process, voice, key, verify_voice=True)] if voice else []
        return [*chosen, Route("", process, "", key)]
    return routes
