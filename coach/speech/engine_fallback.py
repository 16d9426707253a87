"""Which engine renders the cues, and what to fall back to when it fails.

A route is one voice of one engine, rendered in that engine's own worker process. The voice
the user chose (or the clearest installed, for "") comes first, the system engine's default
voice last: flite missing, broken or too slow never leaves the user with less than the system
engine alone gave.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from coach.speech.voice_catalogue import BACKENDS, SYSTEM, fallbacks, installed, split_voice
from coach.speech.worker_lanes import EngineLanes
from coach.speech.worker_process import CALL_TIMEOUT, START_TIMEOUT, EngineProcess, RenderEngine


@dataclass(frozen=True)
class Route:
    voice_id: str  # as the preferences say it: "flite:slt", "gmw/en-us", "" (system default)
    engine: RenderEngine
    voice: str  # the engine's own id ("" = its default)
    # Engine id and version, for the cache key; or how to find them, asked when first needed:
    # a fallback that is never used never runs its engine's --version.
    key: str | Callable[[], str]
    verify_voice: bool = False  # ask the engine whether it has ``voice`` before using it
    reproducible: bool = False  # the same request gives the same clip (``Backend.reproducible``)

    @functools.cached_property
    def fingerprint(self) -> str:
        return self.key if isinstance(self.key, str) else self.key()

    @property
    def name(self) -> str:
        backend = BACKENDS[split_voice(self.voice_id)[0]]
        if not self.voice:
            return f"default {backend.label} voice"
        return f"{backend.label} voice {self.voice!r}"


class Engines:
    """One worker per engine, made when a route first needs it; closed together.

    ``lanes`` > 1: an engine's first render of a batch is shared by that many workers
    (``lanes.py``)."""

    def __init__(self, *, start_timeout: float = START_TIMEOUT,
                 call_timeout: float = CALL_TIMEOUT,
                 specs: Mapping[str, str] | None = None,
                 fingerprints: Mapping[str, Callable[[], str]] | None = None,
                 installed: Callable[[str], bool] = installed, lanes: int = 1) -> None:
        self._start_timeout = start_timeout
        self._call_timeout = call_timeout
        self._lanes = lanes
        self._specs = dict(specs or {b.id: b.spec for b in BACKENDS.values()})
        self._fingerprints = dict(fingerprints or
                                  {b.id: b.fingerprint for b in BACKENDS.values()})
        self._made: dict[str, EngineProcess | EngineLanes] = {}
        self.installed = installed  # whether a voice is there (tests replace it)

    def route(self, voice_id: str) -> Route:
        engine_id, own = split_voice(voice_id)
        if engine_id not in self._made:
            spec = self._specs[engine_id]

            def make() -> EngineProcess:
                return EngineProcess(spec, start_timeout=self._start_timeout,
                                     call_timeout=self._call_timeout)

            self._made[engine_id] = EngineLanes(make, self._lanes) if self._lanes > 1 \
                else make()
        return Route(voice_id, self._made[engine_id], own, self._fingerprints[engine_id],
                     verify_voice=engine_id == SYSTEM and bool(own),
                     reproducible=BACKENDS[engine_id].reproducible)

    def close(self) -> None:
        for process in self._made.values():
            process.close()


def routes_for(voice_id: str, engines: Engines, language: str = "en") -> list[Route]:
    """The routes to try for the preference ``voice_id`` in ``language``, best first."""
    return [engines.route(v) for v in fallbacks(voice_id, engines.installed, language)]
