"""A first render shared by two workers of the same engine (coach/speech/worker_lanes.py), and what
keeps that render and the cached path light: fingerprints asked for only when used, a worker
that imports only the engine's modules."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from coach.core.clock import FakeClock
from coach.speech import SpeechOptions, make_speaker
from coach.speech.clip_cache import ClipCache
from coach.speech.clip_checks import REFERENCE
from coach.speech.engine_fallback import Engines, Route, routes_for
from coach.speech.player import RecordingPlayer
from coach.speech.prerender import Prerenderer
from coach.speech.worker_lanes import MAX_LANES, EngineLanes, default_lanes
from coach.speech.worker_process import EngineDead
from tests.speech.fake_engines import MARKER_ENV, SPEC
from tests.speech.helpers import wait_for, wait_rendered
from tests.speech.test_fallback import InProcess, prerender

PHRASES = ["March.", "Switch sides.", "Halfway.", "Three.", "Two.", "One.", "Well done."]


class Lane(InProcess):
    """An in-process lane; with ``together``, its first render waits until every lane is in
    one: the lanes provably render at the same time."""

    def __init__(self, together: threading.Barrier | None = None, **kw: object) -> None:
        super().__init__(**kw)  # type: ignore[arg-type]
        self.together = together
        self.references = 0

    def render(self, text: str, voice: str, rate: int, raw: Path, out: Path) -> None:
        if self.together is not None:
            together, self.together = self.together, None
            together.wait(timeout=10)
        super().render(text, voice, rate, raw, out)
        self.references += text == REFERENCE


class Laned:
    """An engine with lanes, as routes.Engines makes with ``lanes=2``."""

    def __init__(self, lanes: list[Lane]) -> None:
        self._lanes = lanes
        self.shrunk = 0

    def lanes(self) -> list[Lane]:
        return list(self._lanes)

    def shrink(self) -> None:
        self.shrunk += 1

    def voices(self) -> list[object]:
        return self._lanes[0].voices()

    def render(self, text: str, voice: str, rate: int, raw: Path, out: Path) -> None:
        self._lanes[0].render(text, voice, rate, raw, out)

    def restart(self) -> None:
        pass

    def close(self) -> None:
        for lane in self._lanes:
            lane.close()


def prepare(routes: list[Route], tmp_path: Path, phrases: list[str] = PHRASES,
            ) -> tuple[Prerenderer, list[str]]:
    return prerender(routes, tmp_path, phrases)  # this file's phrases by default


def test_two_lanes_render_at_once_and_share_the_phrases(tmp_path: Path) -> None:
    both = threading.Barrier(2)
    lanes = [Lane(both), Lane(both)]
    engine = Laned(lanes)
    notes: list[str] = []
    renderer = Prerenderer(ClipCache(tmp_path),
                           lambda: [Route("flite:rms", engine, "rms", "flite 2.2")],
                           rate=175, post=notes.append, linger=0.05)
    renderer.prepare(PHRASES)
    wait_rendered(renderer)
    assert notes == []
    assert all(renderer.clip(p) is not None for p in PHRASES)  # each checked and kept
    rendered = lanes[0].rendered + lanes[1].rendered
    assert sorted(rendered) == sorted(PHRASES)  # each phrase once, by one lane or the other
    # Longest first: the two longest went to the two lanes at once.
    assert {lanes[0].rendered[0], lanes[1].rendered[0]} == set(
        sorted(PHRASES, key=len)[-2:])
    assert lanes[0].references + lanes[1].references == 2  # calibrated once, for both
    wait_for(lambda: engine.shrunk == 1)  # the extra worker ends when no more phrases come
    renderer.close()


def test_more_phrases_soon_after_a_batch_find_the_extra_worker_still_there(
        tmp_path: Path) -> None:
    engine = Laned([Lane(), Lane()])
    renderer = Prerenderer(ClipCache(tmp_path),
                           lambda: [Route("flite:rms", engine, "rms", "flite 2.2")],
                           rate=175, post=print, linger=30)
    renderer.prepare(PHRASES)
    wait_rendered(renderer)
    renderer.prepare([*PHRASES, "Rest.", "Breathe."])  # what fitting the plan may ask for
    wait_rendered(renderer)
    assert engine.shrunk == 0 and renderer.clip("Breathe.") is not None
    renderer.close()


def test_a_few_phrases_are_rendered_by_one_worker_in_the_sessions_order(
        tmp_path: Path) -> None:
    lanes = [Lane(), Lane()]
    prepare([Route("flite:rms", Laned(lanes), "rms", "flite 2.2")], tmp_path, PHRASES[:3])
    assert lanes[0].rendered == PHRASES[:3] and lanes[1].rendered == []


def test_a_cached_routine_starts_no_lane(tmp_path: Path) -> None:
    first = Laned([Lane(), Lane()])
    prepare([Route("flite:rms", first, "rms", "flite 2.2")], tmp_path)
    again = Laned([Lane(), Lane()])
    renderer, _ = prepare([Route("flite:rms", again, "rms", "flite 2.2")], tmp_path)
    assert all(renderer.clip(p) is not None for p in PHRASES)
    assert again._lanes[0].rendered == again._lanes[1].rendered == []


def test_an_engine_dead_on_both_lanes_gives_way_once(tmp_path: Path) -> None:
    dead = EngineDead("The speech engine stopped working (it crashed).")
    both = threading.Barrier(2)
    broken = Laned([Lane(both, fail={"*": dead}), Lane(both, fail={"*": dead})])
    spare = InProcess()
    renderer, notes = prepare([Route("flite:rms", broken, "rms", "flite 2.2"),
                               Route("", spare, "", "espeak-ng 1.51")], tmp_path)
    assert notes == ["The flite voice 'rms' does not work on this computer; the default "
                     "espeak-ng voice speaks instead."]
    assert sorted(spare.rendered) == sorted(PHRASES)  # one lane: the spare has no others
    assert all(renderer.clip(p) is not None for p in PHRASES)


def test_when_the_last_voice_dies_on_both_lanes_tones_are_announced_once(
        tmp_path: Path) -> None:
    dead = EngineDead("The speech engine stopped working (it crashed).")
    both = threading.Barrier(2)
    broken = Laned([Lane(both, fail={"*": dead}), Lane(both, fail={"*": dead})])
    renderer, notes = prepare([Route("", broken, "", "espeak-ng 1.51")], tmp_path)
    assert notes == ["The speech engine stopped working. Limber carries on with tones "
                     "instead of the voice."]
    assert renderer.progress() == (len(PHRASES), len(PHRASES))


class FakeProcess:
    def __init__(self, made: list[FakeProcess]) -> None:
        made.append(self)
        self.closed = False

    def close(self) -> None:
        self.closed = True


def test_engine_lanes_add_workers_for_a_batch_only() -> None:
    made: list[FakeProcess] = []
    lanes = EngineLanes(lambda: FakeProcess(made), 2)  # type: ignore[arg-type, return-value]
    assert len(made) == 1  # the first worker, as one engine had
    assert lanes.lanes() == made and len(made) == 2
    assert lanes.lanes() == made  # asked again: no more
    lanes.shrink()
    assert made[1].closed and not made[0].closed
    lanes.close()
    assert made[0].closed


def test_at_most_two_lanes_and_never_none() -> None:
    assert 1 <= default_lanes() <= MAX_LANES == 2


def test_real_workers_share_a_first_render_and_the_extra_one_ends(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "renders.txt"
    monkeypatch.setenv(MARKER_ENV, str(log))
    engines = Engines(specs={"system": SPEC + "WorkerTextEngine"}, installed=lambda v: v == "",
                      fingerprints={"system": lambda: "pid 1.0"}, lanes=2)
    clock = FakeClock()
    speaker = make_speaker(SpeechOptions(), print, lambda post: RecordingPlayer(clock),
                           clock=clock, find_problem=lambda: None, engines=engines)
    speaker.prepare(PHRASES)
    wait_rendered(speaker)
    workers = {line.split(" ", 1)[0] for line in log.read_text().splitlines()}
    phrases = [line.split(" ", 1)[1] for line in log.read_text().splitlines()]
    assert sorted(p for p in phrases if p != REFERENCE) == sorted(PHRASES)
    assert phrases.count(REFERENCE) == 2
    assert len(workers) == 2  # both workers rendered
    wait_for(lambda: len([p for p in multiprocessing.active_children()
                          if p.name == "limber-speech"]) == 1)  # the second one has ended
    speaker.close()


def test_only_the_voice_in_use_asks_its_engine_for_its_version() -> None:
    asked: list[str] = []

    def version(engine: str) -> str:
        asked.append(engine)
        return f"{engine} 1.0"

    engines = Engines(specs={}, installed=lambda v: True, fingerprints={
        e: (lambda e=e: version(e)) for e in ("flite", "festival", "system")})
    routes = routes_for("", engines)
    assert len(routes) == 7 and asked == []
    assert routes[0].fingerprint == "flite 1.0" and routes[0].fingerprint == "flite 1.0"
    assert asked == ["flite"]  # once, and festival's --version never ran


def test_the_render_worker_imports_only_what_an_engine_needs() -> None:
    code = ("import sys, coach.speech.engines.render_worker, coach.speech.engines.flite, "
            "coach.speech.engines.espeak;"
            "heavy = [m for m in ('coach.core.plan.compiler', 'coach.speech.port', "
            "'importlib.metadata')"
            " if m in sys.modules]; assert not heavy, heavy")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_a_reproducible_voice_is_calibrated_with_one_render_of_the_reference(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """flite gives the same samples for the same request (engines/test_libflite.py), so a
    second render of the reference phrase could never disagree with the first: it is not
    made. The clips are still each checked against the calibration, as before."""
    log = tmp_path / "renders.txt"
    monkeypatch.setenv(MARKER_ENV, str(log))
    engines = Engines(specs={"flite": SPEC + "WorkerTextEngine", "system": SPEC + "SineEngine"},
                      installed=lambda v: v == "flite:rms",
                      fingerprints={"flite": lambda: "flite 2.2", "system": lambda: "sine"},
                      lanes=2)
    clock = FakeClock()
    speaker = make_speaker(SpeechOptions(), print, lambda post: RecordingPlayer(clock),
                           clock=clock, find_problem=lambda: None, engines=engines,
                           cache_dir=tmp_path / "cache")
    speaker.prepare(PHRASES)
    wait_rendered(speaker)
    phrases = [line.split(" ", 1)[1] for line in log.read_text().splitlines()]
    assert phrases.count(REFERENCE) == 1
    assert sorted(p for p in phrases if p != REFERENCE) == sorted(PHRASES)
    speaker.close()


def test_only_flite_is_taken_as_reproducible() -> None:
    engines = Engines(specs={}, installed=lambda v: True,
                      fingerprints={e: (lambda: "x 1.0") for e in ("flite", "festival", "system")})
    routes = {route.voice_id.partition(":")[0]: route.reproducible
              for route in routes_for("", engines)}
    assert routes == {"flite": True, "festival": False, "": False}
