"""One phrase, rendered now: ``limber say`` and the preferences' "hear it" button.

The same voices, fallbacks, worker processes, verification and cache as a session's cues.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from coach.speech.cache import ClipCache
from coach.speech.clip import Clip
from coach.speech.engine import EngineUnavailable
from coach.speech.port import Notice
from coach.speech.process import EngineDead
from coach.speech.routes import Engines, Route, routes_for
from coach.speech.verified import VerifiedRenderer

log = logging.getLogger(__name__)


class PhraseFailed(RuntimeError):
    """No voice could say the phrase clearly; the message says so in plain words."""


def render_phrase(text: str, voice_id: str, rate: int, *, post: Notice = lambda _: None,
                  cache: ClipCache | None = None, engines: Engines | None = None,
                  routes: Callable[[str, Engines], list[Route]] = routes_for) -> Clip:
    """``text`` spoken by ``voice_id`` ("" = the clearest installed) at ``rate`` words a minute,
    verified (from the cache when it was made before).

    A voice that is missing or fails gives way to the next one, as in a session; ``post`` is
    told which."""
    own = engines is None
    engines = engines or Engines()
    cache = cache or ClipCache()
    try:
        tried = routes(voice_id, engines)
        for i, route in enumerate(tried):
            following = tried[i + 1].name if i + 1 < len(tried) else None
            try:
                if route.verify_voice and route.voice not in {v.id for v in
                                                               route.engine.voices()}:
                    if following is not None:
                        post(f"the voice {route.voice_id!r} is not installed; the {following} "
                             "speaks instead")
                    continue
                renderer = VerifiedRenderer(cache, route.engine, route.fingerprint)
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
