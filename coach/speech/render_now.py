"""One phrase, rendered and played now: ``limber say`` and the preferences' "Hear it" button.

The same voices, fallbacks, worker processes, verification and cache as a session's cues.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from coach.core.language.current_language import language
from coach.speech.clip import Clip
from coach.speech.clip_cache import ClipCache
from coach.speech.engine_fallback import Engines, Route, routes_for
from coach.speech.engines.engine_protocol import EngineUnavailable
from coach.speech.player import Channel, Player, PlayerFactory
from coach.speech.port import Notice
from coach.speech.verified_render import VerifiedRenderer
from coach.speech.worker_process import EngineDead

log = logging.getLogger(__name__)


class PhraseFailed(RuntimeError):
    """No voice could say the phrase clearly; the message says so in plain words."""


def render_phrase(text: str, voice_id: str, rate: int, *, post: Notice = lambda _: None,
                  cache: ClipCache | None = None, engines: Engines | None = None,
                  routes: Callable[[str, Engines], list[Route]] | None = None) -> Clip:
    """``text`` spoken by ``voice_id`` ("" = the clearest installed) at ``rate`` words a minute,
    verified (from the cache when it was made before).

    A voice that is missing or fails gives way to the next one, as in a session; ``post`` is
    told which."""
    own = engines is None
    engines = engines or Engines()
    cache = cache or ClipCache()
    try:
        # The active language's voices: never an English voice reading German words.
        tried = (routes or (lambda v, e: routes_for(v, e, language())))(voice_id, engines)
        for i, route in enumerate(tried):
            following = tried[i + 1].name if i + 1 < len(tried) else None
            try:
                if route.verify_voice and route.voice not in {v.id for v in
                                                               route.engine.voices()}:
                    if following is not None:
                        post(f"the voice {route.voice_id!r} is not installed; the {following} "
                             "speaks instead")
                    continue
                renderer = VerifiedRenderer(cache, route.engine, route.fingerprint,
                                            reproducible=route.reproducible)
                clip = (renderer.cached(text, route.voice, rate)
                        or renderer.render(text, route.voice, rate))
            except (EngineUnavailable, EngineDead) as exc:
                log.warning("%s failed: %s", route.name, exc)
                clip = None
            if clip is not None:
                return clip
            if following is not None:
                post(f"the {route.name} does not work on this computer; the {following} "
                     "speaks instead")
        raise PhraseFailed("the speech engine could not say that clearly, even on a second try")
    finally:
        if own:
            engines.close()


def play_now(clip: Clip, make_player: PlayerFactory | None) -> str | None:
    """Play ``clip`` and wait until it has gone to the sound card (blocks); the problem in one
    sentence when it could not be played, else None. What to do instead is the caller's to say
    (the command line offers --to FILE.wav, the preferences dialog does not)."""
    notices: list[str] = []
    if make_player is None:
        return "There is no sound output here."
    try:
        player: Player = make_player(notices.append)
    except ImportError as exc:
        return f"Sound cannot be played here ({exc})."
    try:
        player.play(Channel.VOICE, clip, 1.0)
        _wait_played(player, clip)
    finally:
        player.close()
    return notices[0] if notices else None


def _wait_played(player: Player, clip: Clip) -> None:
    """Until the clip has gone to the sound card (the output may take a second to start)."""
    busy = getattr(player, "busy", None)
    deadline = time.monotonic() + clip.seconds + 5.0
    if busy is None:
        time.sleep(clip.seconds + 0.3)
        return
    while busy(Channel.VOICE) and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.2)  # what the output still holds
