"""Choosing the speaker at start-up, and saying plainly what is missing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from coach.clock import Clock, SystemClock
from coach.speech.cache import ClipCache
from coach.speech.engine import engine_problem, fingerprint
from coach.speech.notices import Notices
from coach.speech.options import SpeechOptions
from coach.speech.player import PlayerFactory
from coach.speech.port import Notice, SilentSpeaker, Speaker
from coach.speech.prerender import Prerenderer
from coach.speech.process import CALL_TIMEOUT, START_TIMEOUT, EngineProcess
from coach.speech.speaker import VoiceSpeaker
from coach.speech.tones import load_tones
from coach.speech.worker import DEFAULT_ENGINE

NO_PLAYER = "No audio output is available, so Limber runs silently."


def clip_key(engine: str = DEFAULT_ENGINE) -> str:
    """What names the engine in every cache key and calibration: which engine, which build."""
    return f"{engine}; {fingerprint()}"


def make_speaker(options: SpeechOptions, notice: Notice, player: PlayerFactory | None, *,
                 clock: Clock | None = None, cache_dir: Path | None = None,
                 engine: str = DEFAULT_ENGINE, start_timeout: float = START_TIMEOUT,
                 call_timeout: float = CALL_TIMEOUT,
                 find_problem: Callable[[], str | None] = engine_problem,
                 withdraw: Notice | None = None) -> Speaker:
    """The speaker for these options.

    ``player`` makes the audio output (``coach.qt.audio.QtPlayer`` in the app and the terminal
    runner); None when there is none: the speaker is then silent. ``notice`` receives each
    problem once, always on the thread that calls the speaker. ``clock`` measures how long a
    clip has been playing (real time: sound plays in real time even in a sped-up preview).
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
            process = EngineProcess(engine, start_timeout=start_timeout, call_timeout=call_timeout)
            renderer = Prerenderer(
                ClipCache(cache_dir), process,
                voice=options.voice_id, rate=options.speech_rate, fingerprint=clip_key(engine),
                post=notices.post,
            )
    speaker = VoiceSpeaker(options, player(notices.post), load_tones(notices.post),
                           renderer=renderer, clock=clock or SystemClock(), notices=notices)
    notices.flush()
    return speaker
