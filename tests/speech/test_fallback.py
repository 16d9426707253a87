"""When the chosen engine is missing, broken or too slow, the next voice speaks instead.

First with engines in this process (the Prerenderer's decisions), then end to end: a fake
``flite`` program on PATH, run by the real flite engine in the real worker process, falling
back to a fake stand-in for the system engine (so these need neither flite nor espeak-ng).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coach.core.clock import FakeClock
from coach.core.plan.compiler import Cue, CueType
from coach.speech import SpeechOptions, make_speaker
from coach.speech.clip_cache import ClipCache
from coach.speech.clip_checks import REFERENCE
from coach.speech.engine_fallback import Engines, Route
from coach.speech.engines.engine_protocol import EngineUnavailable, VoiceInfo
from coach.speech.player import Channel, RecordingPlayer
from coach.speech.prerender import UNCLEAR, Prerenderer
from coach.speech.render_now import PhraseFailed, render_phrase
from coach.speech.voice_catalogue import BACKENDS, FLITE
from coach.speech.worker_process import EngineDead, RenderFailed
from tests.speech.fake_engines import PAD, SPEC, speech_seconds, write_sine
from tests.speech.helpers import wait_rendered

PHRASES = ["March.", "Switch sides.", "Halfway."]


class InProcess:
    """A render engine in this process: ``fail`` maps a phrase (or "*") to what it raises."""

    def __init__(self, fail: dict[str, Exception] | None = None) -> None:
        self.fail = fail or {}
        self.rendered: list[str] = []
        self.closed = False

    def voices(self) -> list[VoiceInfo]:
        return [VoiceInfo("v", "V")]

    def render(self, text: str, voice: str, rate: int, raw: Path, out: Path) -> None:
        problem = self.fail.get(text) or self.fail.get("*")
        if problem is not None:
            raise problem
        write_sine(out, speech_seconds(text, rate), pad=PAD)
        if text != REFERENCE:  # the calibration's phrase, rendered first for each voice
            self.rendered.append(text)

    def restart(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True


def prerender(routes: list[Route], tmp_path: Path, phrases: list[str] = PHRASES,
              ) -> tuple[Prerenderer, list[str]]:
    """``phrases`` prepared along ``routes`` until every one is dealt with; the notices."""
    notes: list[str] = []
    renderer = Prerenderer(ClipCache(tmp_path), lambda: routes, rate=175, post=notes.append)
    renderer.prepare(phrases)
    wait_rendered(renderer)
    renderer.close()
    return renderer, notes


def route(voice_id: str, engine: InProcess) -> Route:
    return Route(voice_id, engine, voice_id.partition(":")[2], f"{voice_id} 1.0")


@pytest.mark.parametrize("failure", [
    EngineUnavailable("flite is not installed."),
    EngineDead("The speech engine stopped working (no answer within 10 s)."),
    RenderFailed("flite failed (exit status 1: Segmentation fault)"),
])
def test_a_voice_that_never_worked_gives_way_to_the_next(tmp_path: Path,
                                                        failure: Exception) -> None:
    broken, spare = InProcess({"*": failure}), InProcess()
    renderer, notes = prerender([route("flite:slt", broken), route("", spare)], tmp_path)
    assert spare.rendered == PHRASES
    assert all(renderer.clip(p) is not None for p in PHRASES)
    assert notes == ["The flite voice 'slt' does not work on this computer; the default "
                     "espeak-ng voice speaks instead."]
    cache = ClipCache(tmp_path)
    assert all(cache.path(p, "", 175, " 1.0").exists() for p in PHRASES)  # under espeak's key
    assert not any(cache.path(p, "slt", 175, "flite:slt 1.0").exists() for p in PHRASES)


def test_a_voice_that_works_keeps_its_place_when_one_phrase_fails(tmp_path: Path) -> None:
    flaky, spare = InProcess({"Switch sides.": RenderFailed("odd phrase")}), InProcess()
    renderer, notes = prerender([route("flite:slt", flaky), route("", spare)], tmp_path)
    assert flaky.rendered == ["March.", "Halfway."] and spare.rendered == []
    assert renderer.clip("Switch sides.") is None and not renderer.pending("Switch sides.")
    assert notes == [UNCLEAR]


def test_when_every_voice_fails_tones_stand_in_and_progress_completes(tmp_path: Path) -> None:
    dead = [InProcess({"*": EngineDead("gone")}), InProcess({"*": EngineDead("gone too")})]
    renderer, notes = prerender([route("flite:slt", dead[0]), route("", dead[1])], tmp_path)
    assert renderer.progress() == (3, 3) and renderer.clip("March.") is None
    assert notes[-1] == "gone too Limber carries on with tones instead of the voice."
    assert len(notes) == 2  # the first voice's failure named the second


def test_closing_the_renderer_closes_the_engines(tmp_path: Path) -> None:
    closed: list[str] = []
    renderer = Prerenderer(ClipCache(tmp_path), list, rate=175, post=print,
                           close=lambda: closed.append("engines"))
    renderer.prepare(PHRASES)
    wait_rendered(renderer)
    renderer.close()
    assert closed == ["engines"] and renderer.progress() == (3, 3)  # no route: given up


# -- end to end: fake flite programs on PATH -----------------------------------------------

FAKE_FLITE = """#!/bin/sh
case "$*" in *-lv*) echo "Voices available: kal slt"; exit 0;; esac
{render}
"""


def fake_flite(folder: Path, render: str) -> None:
    folder.mkdir(exist_ok=True)
    script = folder / "flite"
    script.write_text(FAKE_FLITE.format(render=render))
    script.chmod(0o755)


def speaker_with_fake_flite(monkeypatch: pytest.MonkeyPatch, bin_dir: Path, notes: list[str],
                            *, call_timeout: float = 10.0):
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    clock = FakeClock()
    player = RecordingPlayer(clock)
    # The program, not libflite: the fake flite on PATH is what these tests break.
    engines = Engines(specs={FLITE: "coach.speech.engines.flite:program_engine",
                             "system": SPEC + "SineEngine"},
                      call_timeout=call_timeout,
                      installed=lambda v: v in {"flite:slt", ""})  # festival: not here
    speaker = make_speaker(SpeechOptions(), notes.append, lambda post: player, clock=clock,
                           find_problem=lambda: None, engines=engines)
    return speaker, player


@pytest.mark.parametrize(("render", "reason"), [
    ("echo 'cannot open voice data' >&2; exit 1", "cannot open voice data"),
    ("exit 0", "no usable audio"),  # says it worked, writes nothing
])
def test_a_broken_flite_falls_back_to_the_system_voice(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
        render: str, reason: str) -> None:
    fake_flite(tmp_path / "bin", render)
    notes: list[str] = []
    speaker, player = speaker_with_fake_flite(monkeypatch, tmp_path / "bin", notes)
    speaker.prepare(PHRASES)
    wait_rendered(speaker)
    speaker.play(Cue(0.0, "March.", CueType.ANNOUNCE, 0))
    speaker.close()
    assert player.labels(Channel.VOICE) == ["March."]
    assert notes == ["The flite voice 'slt' does not work on this computer; the default "
                     "espeak-ng voice speaks instead."]
    assert reason in caplog.text  # the details go to the log


def test_a_flite_too_slow_to_answer_falls_back_to_the_system_voice(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    fake_flite(tmp_path / "bin", "exec sleep 30")
    notes: list[str] = []
    speaker, player = speaker_with_fake_flite(monkeypatch, tmp_path / "bin", notes,
                                              call_timeout=0.5)
    speaker.prepare(PHRASES)
    wait_rendered(speaker)
    speaker.play(Cue(0.0, "Halfway.", CueType.HALFWAY, 0))
    speaker.close()
    assert player.labels(Channel.VOICE) == ["Halfway."]
    assert len(notes) == 1 and "flite voice 'slt' does not work" in notes[0]


def test_a_working_fake_flite_is_used_and_keyed_as_flite(tmp_path: Path, cache_dir: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    sine = tmp_path / "sine.wav"
    write_sine(sine, 0.4, rate=16000)
    # Copy a real clip to the file named after -o, wherever it is in the arguments.
    fake_flite(tmp_path / "bin", f'while [ $# -gt 0 ]; do [ "$1" = -o ] && cp {sine} "$2"; '
                                 'shift; done; exit 0')
    notes: list[str] = []
    speaker, _player = speaker_with_fake_flite(monkeypatch, tmp_path / "bin", notes)
    speaker.prepare(PHRASES)
    wait_rendered(speaker)
    speaker.close()
    assert notes == []
    fingerprint = BACKENDS[FLITE].fingerprint()  # the fake answers --version with nothing
    assert fingerprint == "flite; flite ?"
    assert all(ClipCache(cache_dir).path(p, "slt", 175, fingerprint).exists() for p in PHRASES)


def test_one_phrase_falls_back_too_and_fails_plainly_when_nothing_works() -> None:
    notes: list[str] = []
    clip = render_phrase("Hi.", "", 175, post=notes.append,
                         routes=lambda v, e: [route("flite:slt", InProcess({"*": EngineDead("x")})),
                                              route("", InProcess())])
    assert clip.seconds > 0.2 and len(notes) == 1
    with pytest.raises(PhraseFailed, match="could not say that clearly"):
        render_phrase("Bye.", "", 175,
                      routes=lambda v, e: [route("", InProcess({"*": EngineDead("gone")}))])
