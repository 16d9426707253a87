"""Pre-rendering: every phrase of a plan made into a clip in memory, in the background.

One thread in the app process does the bookkeeping: cached clips are loaded first (so a
routine used before is ready at once), then the missing phrases are rendered one by one by
the worker process, in the order the session will need them; or, for a first render, by two
workers side by side (``lanes.py``), longest phrases first.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from coach.speech.clip import Clip
from coach.speech.clip_cache import ClipCache
from coach.speech.engines.engine_protocol import EngineUnavailable
from coach.speech.port import Notice
from coach.speech.verified_render import VerifiedRenderer
from coach.speech.worker_process import EngineDead

if TYPE_CHECKING:
    from coach.speech.engine_fallback import Route
    from coach.speech.worker_process import RenderEngine

log = logging.getLogger(__name__)

# Fewer missing phrases than this are rendered by one worker: starting another costs about
# as much as rendering two phrases.
SHARED_FROM = 4
LINGER = 2.0

UNCLEAR = ("Some cues could not be made into clear speech, so a chime stands in for them. "
           "Limber will try them again next time.")



class Prerenderer:
    def __init__(self, cache: ClipCache, routes: Callable[[], Sequence[Route]], *, rate: int,
                 post: Notice, close: Callable[[], None] = lambda: None,
                 linger: float = LINGER, keep_sound: bool = True) -> None:
        """``routes``: the voices to try, best first (see ``routes.py``), worked out on the
        background thread because that may run programs; ``close`` ends their engines.
        ``linger``: seconds an engine's extra workers (``lanes.py``) wait for more phrases
        after a batch (fitting the plan to the clips often asks for a few) before ending.
        ``keep_sound`` False: only each clip's length is kept (a plan timed before any
        session, :class:`coach.speech.speaker_factory.ClipLengths`), not its sound."""
        self._cache = cache
        self._find_routes = routes
        self._routes: list[Route] | None = None
        # The current route's, one per lane (worker) rendering it; reset when the route changes.
        self._verified: dict[int, VerifiedRenderer] = {}
        self._route_lock = threading.RLock()  # the route and its renderers, across lanes
        self._route_ok = False  # the current route has rendered a good clip in this run
        self._voice_checked = False  # the current route's voice is known to be installed
        self._rate = rate
        self._linger = linger
        self._widened: RenderEngine | None = None  # an engine with extra workers running
        self._post = post
        self._close_engines = close
        self._cond = threading.Condition()
        self._phrases: list[str] = []
        self._generation = 0
        self._keep_sound = keep_sound
        self._clips: dict[str, Clip] = {}  # with keep_sound
        self._seconds: dict[str, float] = {}  # every phrase ready
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
            done = sum(1 for p in self._phrases if p in self._seconds or self._settled(p))
            return done, len(self._phrases)

    def clip(self, text: str) -> Clip | None:
        with self._cond:
            return self._clips.get(text)

    def seconds(self, text: str) -> float | None:
        """How long the phrase's clip plays, once it is ready."""
        with self._cond:
            return self._seconds.get(text)

    def pending(self, text: str) -> bool:
        """Still to be rendered (as opposed to ready, or failed for good)."""
        with self._cond:
            return text not in self._seconds and not self._settled(text)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify()
            thread = self._thread
        # The worker answers within its own timeouts, so this wait is bounded.
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=0.5)
        self._close_engines()

    # -- the thread's side --------------------------------------------------------------

    def _settled(self, text: str) -> bool:
        return self._given_up or text in self._failed

    def _run(self) -> None:
        seen = -1
        while True:
            idle: RenderEngine | None = None
            with self._cond:
                while self._generation == seen and not self._closed:
                    if self._widened is None:
                        self._cond.wait()
                    elif not self._cond.wait(self._linger):
                        idle, self._widened = self._widened, None
                        break
                if self._closed:
                    return
                if idle is None:
                    seen, phrases = self._generation, list(self._phrases)
            if idle is not None:
                _shrink(idle)  # no new phrases came: the extra workers' memory goes back
                continue
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
        route = self._route()
        if route is None:
            return
        missing = [p for p in phrases if not self._load_cached(p)]
        with self._cond:
            widened = self._widened is route.engine  # its extra workers are still there
        lanes = len(_lanes(route.engine)) \
            if len(missing) >= SHARED_FROM or (widened and len(missing) > 1) else 1
        if lanes > 1:
            # A session starts once every phrase is ready (coach/app/voice_fit.py), so only
            # the last lane's finish counts: the longest phrases first, the short ones fill
            # in at the end (in the session's order, the longest phrase, said last, kept
            # one worker busy alone for up to 0.2 s).
            missing.sort(key=len, reverse=True)
        todo = iter(missing)  # shared: each lane takes the next phrase when it is free
        helpers = [threading.Thread(target=self._lane, args=(generation, todo, lane),
                                    name=f"limber-prerender-{lane}", daemon=True)
                   for lane in range(1, lanes)]
        for helper in helpers:
            helper.start()
        try:
            self._lane(generation, todo, 0)
        finally:
            for helper in helpers:  # each finishes its phrase, bounded by the worker's timeouts
                helper.join()
            if lanes > 1:
                with self._cond:  # ended once no new phrases come for a while (see _run)
                    self._widened = route.engine

    def _lane(self, generation: int, todo: Iterator[str], lane: int) -> None:
        while True:
            with self._cond:
                if self._closed or self._generation != generation or self._given_up:
                    return
                text = next(todo, None)
            if text is None:
                return
            with self._cond:
                if text in self._failed:
                    continue
            if not self._render(text, lane):
                return  # the voice in use now has fewer lanes: the others carry on

    def _route(self) -> Route | None:
        """The voice in use; None when there is none at all (then tones stand in)."""
        with self._route_lock:
            if self._routes is None:
                self._routes = list(self._find_routes())
            if not self._routes:
                with self._cond:
                    self._given_up = True
                return None
            return self._routes[0]

    def _renderer(self, lane: int) -> tuple[Route, VerifiedRenderer, bool] | None:
        """The voice in use and its verified renderer on ``lane``, taken together (another
        lane may change the voice at any moment). The flag is False when that voice has no
        such lane: the renderer is then its first lane's. None: no voice at all."""
        with self._route_lock:
            route = self._route()
            if route is None:
                return None
            engines = _lanes(route.engine)
            own = lane < len(engines)
            lane = lane if own else 0
            found = self._verified.get(lane)
            if found is None:
                first = self._verified.get(0)
                if first is None:
                    self._verified[0] = first = VerifiedRenderer(
                        self._cache, engines[0], route.fingerprint,
                        reproducible=route.reproducible)
                found = self._verified[lane] = first if lane == 0 else first.sibling(
                    engines[lane])
            return route, found, own

    def _load_cached(self, text: str) -> bool:
        with self._cond:
            if text in self._seconds:
                return True
        current = self._renderer(0)
        assert current is not None
        route, verified, _ = current
        # Stored checked and trimmed: nothing is measured here, and no engine is started.
        clip = verified.cached(text, route.voice, self._rate)
        if clip is None:
            return False
        with self._cond:
            self._keep(text, clip)
        return True

    def _render(self, text: str, lane: int = 0) -> bool:
        """Render ``text`` on ``lane``. False when the voice in use (a fallback, say) has no
        such lane: ``text`` is then rendered on its first, and this lane should stop."""
        own = True
        while (current := self._renderer(lane)) is not None:
            route, verified, own_lane = current
            own = own and own_lane
            try:
                if route.verify_voice and not self._voice_checked:
                    if route.voice not in {v.id for v in route.engine.voices()}:
                        if self._next_route(route, None):
                            continue
                        raise EngineUnavailable(f"The voice {route.voice_id!r} is not installed.")
                    self._voice_checked = True
                if self._load_cached(text):  # the voice may have changed to one already cached
                    return own
                clip = verified.render(text, route.voice, self._rate)  # checked, trimmed
            except (EngineUnavailable, EngineDead) as exc:
                log.warning("speech engine given up: %s", exc.__cause__ or exc)
                if self._next_route(route, exc):
                    continue
                plain = _first_sentence(exc) if isinstance(exc, EngineDead) else str(exc)
                self._give_up(f"{plain} Limber carries on with tones instead of the voice.")
                return own
            except OSError as exc:  # the cache folder is not writable, the disk is full...
                log.warning("cannot write the clip cache in %s: %s", self._cache.folder, exc)
                self._give_up(f"Cannot store the voice clips in {self._cache.folder} "
                              f"({exc.strerror or exc}); Limber carries on with tones instead "
                              "of the voice.")
                return own
            if clip is None and not self._route_ok and self._next_route(route, "no clear clip"):
                continue  # a voice that never worked here is broken, not stuck on one phrase
            self._route_ok = self._route_ok or clip is not None
            with self._cond:
                first = clip is None and not self._failed
                if clip is None:
                    self._failed.add(text)
                else:
                    self._keep(text, clip)
            if first:  # one notice is enough; the log has each phrase's reason
                self._post(UNCLEAR)
            return own
        return own

    def _keep(self, text: str, clip: Clip) -> None:
        """(The lock held.)"""
        self._seconds[text] = clip.seconds
        if self._keep_sound:
            self._clips[text] = clip

    def _give_up(self, message: str) -> None:
        """Tones from now on; told once, whichever lane got there first."""
        with self._cond:
            already, self._given_up = self._given_up, True
        if not already:
            self._post(message)

    def _next_route(self, failed: Route, reason: Exception | str | None) -> bool:
        """Leave a voice that is missing or does not work for the next one (False: none left).

        ``reason`` None: the voice is not installed. Details go to the log, plain words to
        the user. True at once when another lane has already left ``failed``."""
        with self._route_lock:
            assert self._routes
            if self._routes[0] is not failed:
                return True
            if len(self._routes) < 2:
                return False
            self._routes.pop(0)
            self._verified = {}
            self._route_ok = self._voice_checked = False
            following = self._routes[0]
        if reason is None:
            self._post(f"The voice {failed.voice_id!r} is not installed; the {following.name} "
                       "speaks instead.")
        else:
            log.warning("%s gave way to %s: %s", failed.name, following.name, reason)
            self._post(f"The {failed.name} does not work on this computer; the "
                       f"{following.name} speaks instead.")
        return True


def _shrink(engine: RenderEngine) -> None:
    shrink = getattr(engine, "shrink", None)
    if callable(shrink):
        shrink()


def _lanes(engine: RenderEngine) -> list[RenderEngine]:
    """The workers that can render for ``engine`` side by side (``lanes.py``); one engine
    that has no lanes is its own only lane."""
    lanes = getattr(engine, "lanes", None)
    return list(lanes()) if callable(lanes) else [engine]


def _first_sentence(exc: Exception) -> str:
    """The plain part of an engine message: "The speech engine stopped working (no answer
    within 10 s)." becomes "The speech engine stopped working." (the rest goes to the log)."""
    text = str(exc)
    head, paren, _ = text.partition(" (")
    return f"{head}." if paren and not head.endswith(".") else text
