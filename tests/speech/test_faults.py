"""When speech goes wrong: the session goes on, with tones, and the user is told once."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from coach.core.clock import FakeClock
from coach.core.plan.compiler import Cue, CueType
from coach.speech import SilentSpeaker, SpeechOptions, make_speaker
from coach.speech.clip_measure import KEEP_TAIL
from coach.speech.engines.engine_protocol import EngineUnavailable
from coach.speech.engines.system_engine import engine_problem
from coach.speech.player import Channel, RecordingPlayer
from coach.speech.prerender import UNCLEAR
from coach.speech.speaker import VoiceSpeaker
from coach.speech.worker_process import EngineDead, EngineProcess, RenderFailed
from tests.speech.fake_engines import MARKER_ENV, PAD, SPEC, speech_seconds
from tests.speech.helpers import wait_rendered

PHRASES = ["March.", "Switch sides.", "Halfway."]


def speaker_with(engine: str, notes: list[str], *, call_timeout: float = 10.0,
                 options: SpeechOptions | None = None) -> tuple[VoiceSpeaker, RecordingPlayer]:
    clock = FakeClock()
    player = RecordingPlayer(clock)
    speaker = make_speaker(options or SpeechOptions(), notes.append, lambda post: player,
                           clock=clock, engine=SPEC + engine, call_timeout=call_timeout,
                           find_problem=lambda: None)
    assert isinstance(speaker, VoiceSpeaker)
    return speaker, player


def say(speaker: VoiceSpeaker, text: str) -> None:
    speaker.play(Cue(0.0, text, CueType.ANNOUNCE, 0))


def test_a_good_engine_renders_every_phrase() -> None:
    notes: list[str] = []
    speaker, player = speaker_with("SineEngine", notes)
    speaker.prepare(PHRASES)
    wait_rendered(speaker)
    say(speaker, "March.")
    speaker.close()
    assert player.labels(Channel.VOICE) == ["March."]
    assert notes == []


@pytest.mark.parametrize(("engine", "reason"), [
    ("RaisingEngine", "synthesis exploded"),
    ("EmptyEngine", "no audio in it"),
    ("SilentEngine", "silence"),
    ("EmptyPhraseEngine", "no audio in it"),
    ("SilentPhraseEngine", "silence"),
    ("HalfEngine", "cut "),  # "cut off mid-speech" or "cut short", whichever shows first
    ("WrongRateEngine", "too long for its rate"),
])
def test_a_wrong_clip_is_rendered_again_never_cached_and_a_tone_stands_in(
        engine: str, reason: str, cache_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    notes: list[str] = []
    caplog.set_level(logging.WARNING, logger="coach.speech")
    speaker, player = speaker_with(engine, notes)
    speaker.prepare(PHRASES)
    wait_rendered(speaker)  # progress completes: failed phrases count as dealt with
    say(speaker, "March.")
    speaker.close()
    assert player.labels(Channel.VOICE) == []
    assert player.labels(Channel.TONE) == ["chime"]
    assert speaker.clip_seconds("March.") is None
    assert notes == [UNCLEAR]  # once, in plain words; the engine's words go to the log
    assert reason not in notes[0]
    for text in PHRASES:  # each phrase tried twice, the second time in a fresh process
        tries = [r.getMessage() for r in caplog.records
                 if r.name == "coach.speech.verified_render" and repr(text) in r.getMessage()]
        assert [m.split(" ")[1] for m in tries] == ["1", "2"] and reason in tries[0], tries
    assert not list((cache_dir / "voice").glob("*.wav"))  # no wrong clip is ever stored


def test_a_clip_wrong_in_one_process_is_right_in_a_fresh_one(
        cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MARKER_ENV, str(tmp_path / "first-process"))
    notes: list[str] = []
    speaker, _ = speaker_with("HalfOnceEngine", notes)
    speaker.prepare(["Next up, ankle circles, left side first."])
    wait_rendered(speaker)
    seconds = speaker.clip_seconds("Next up, ankle circles, left side first.")
    speaker.close()
    # The clip in memory keeps its lead-in padding and only KEEP_TAIL of the end padding.
    whole = speech_seconds("Next up, ankle circles, left side first.", 175) + PAD + KEEP_TAIL
    assert seconds == pytest.approx(whole, abs=0.015)
    assert len(list((cache_dir / "voice").glob("*.wav"))) == 1
    assert notes == []


def test_a_hanging_worker_is_killed_restarted_once_then_given_up() -> None:
    engine = EngineProcess(SPEC + "HangingEngine", call_timeout=0.5)
    started = time.monotonic()
    with pytest.raises(EngineDead, match=r"no answer within 0\.5 s"):
        engine.render("March.", "", 175, Path("raw"), Path("out.wav"))
    assert engine.failures == 2  # the first worker and its one replacement
    assert time.monotonic() - started < 10
    with pytest.raises(EngineDead):  # given up: no third worker, no more waiting
        engine.render("Halfway.", "", 175, Path("raw"), Path("out.wav"))
    engine.close()


def test_a_restarted_worker_carries_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MARKER_ENV, str(tmp_path / "hung-once"))
    engine = EngineProcess(SPEC + "HangOnceEngine", call_timeout=0.5)
    out = tmp_path / "out.wav"
    engine.render("March.", "", 175, tmp_path / "raw", out)
    assert engine.failures == 1 and out.stat().st_size > 1000
    engine.close()


def test_a_crashing_worker_counts_as_a_failure_too() -> None:
    engine = EngineProcess(SPEC + "CrashingEngine")
    with pytest.raises(EngineDead, match="crashed"):
        engine.render("March.", "", 175, Path("raw"), Path("out.wav"))
    engine.close()


def test_a_hung_engine_leaves_the_session_with_tones_and_one_notice() -> None:
    notes: list[str] = []
    speaker, player = speaker_with("HangingEngine", notes, call_timeout=0.3)
    speaker.prepare(PHRASES)
    say(speaker, "March.")  # not rendered yet: a chime, and "still being prepared"
    wait_rendered(speaker)
    say(speaker, "Switch sides.")
    speaker.close()
    assert player.labels(Channel.TONE) == ["chime", "chime"]
    assert player.labels(Channel.VOICE) == []
    assert len(notes) == 2
    assert "still being prepared" in notes[0]
    assert "stopped working" in notes[1] and "tones" in notes[1]


def test_an_engine_that_cannot_start_is_reported_with_what_to_install() -> None:
    notes: list[str] = []
    speaker, player = speaker_with("MissingEngine", notes)
    speaker.prepare(PHRASES)
    wait_rendered(speaker)
    say(speaker, "March.")
    speaker.close()
    assert player.labels(Channel.TONE) == ["chime"]
    assert any("sudo apt install espeak-ng" in n for n in notes)


def test_an_unavailable_engine_is_not_restarted() -> None:
    engine = EngineProcess(SPEC + "MissingEngine")
    with pytest.raises(EngineUnavailable):
        engine.voices()
    with pytest.raises(EngineUnavailable):
        engine.voices()
    assert engine.failures == 0
    engine.close()


def test_a_phrase_error_does_not_end_the_worker() -> None:
    engine = EngineProcess(SPEC + "RaisingEngine")
    for _ in range(3):
        with pytest.raises(RenderFailed, match="synthesis exploded"):
            engine.render("March.", "", 175, Path("raw"), Path("out.wav"))
    assert engine.failures == 0
    engine.close()


def test_missing_espeak_ng_is_found_without_starting_anything() -> None:
    def no_library() -> None:
        raise OSError("libespeak-ng.so.1: cannot open shared object file")

    problem = engine_problem(load_espeak=no_library)
    if problem is None:  # pragma: no cover - macOS and Windows have their own engines
        pytest.skip("this platform does not use espeak-ng")
    assert "espeak-ng is not installed" in problem
    assert "sudo apt install espeak-ng" in problem


def test_the_factory_says_what_is_missing_and_keeps_the_tones() -> None:
    notes: list[str] = []
    clock = FakeClock()
    player = RecordingPlayer(clock)
    speaker = make_speaker(SpeechOptions(), notes.append, lambda post: player, clock=clock,
                           find_problem=lambda: "No speech engine: espeak-ng is not installed.")
    speaker.play(Cue(0.0, "Three.", CueType.COUNTDOWN, 0))
    speaker.play(Cue(1.0, "March.", CueType.ANNOUNCE, 0))
    speaker.close()
    assert player.labels(Channel.TONE) == ["tick", "chime"]
    assert len(notes) == 1 and "espeak-ng is not installed" in notes[0]


def test_no_audio_output_means_a_silent_speaker_and_a_notice() -> None:
    notes: list[str] = []
    speaker = make_speaker(SpeechOptions(), notes.append, None)
    assert isinstance(speaker, SilentSpeaker)
    assert notes == ["No audio output is available, so Limber runs silently."]


def test_a_voice_that_is_not_installed_falls_back_to_the_default() -> None:
    notes: list[str] = []
    speaker, player = speaker_with("SineEngine", notes,
                                   options=SpeechOptions(voice_id="klingon"))
    speaker.prepare(PHRASES)
    wait_rendered(speaker)
    say(speaker, "March.")
    speaker.close()
    assert player.labels(Channel.VOICE) == ["March."]
    assert notes == ["The voice 'klingon' is not installed; the default espeak-ng voice speaks "
                     "instead."]


def test_a_new_voice_gets_a_fresh_engine_process(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """espeak-ng keeps some of one voice's settings when the next loads: never mix them."""
    log = tmp_path / "pids"
    monkeypatch.setenv(MARKER_ENV, str(log))
    engine = EngineProcess(SPEC + "PidEngine")
    for voice in ("sine", "sine", "low", "low", "sine"):
        engine.render("March.", voice, 175, tmp_path / "raw", tmp_path / "out.wav")
    engine.close()
    pids = [line.split()[0] for line in log.read_text().splitlines()]
    assert pids[0] == pids[1] and pids[2] == pids[3]  # same voice: the same process
    assert len({pids[0], pids[2], pids[4]}) == 3  # each change of voice: a fresh one
    assert engine.failures == 0 and engine.restarts == 0


def test_clip_lengths_for_a_preview_need_no_audio_output(tmp_path) -> None:
    from coach.speech.speaker_factory import make_clip_lengths
    from tests.speech.helpers import wait_for

    notes: list[str] = []
    lengths = make_clip_lengths(SpeechOptions(), notes.append, cache_dir=tmp_path,
                                engine=SPEC + "SineEngine", find_problem=lambda: None)
    assert lengths is not None
    try:
        lengths.prepare(PHRASES)
        wait_for(lambda: lengths.progress() == (3, 3))
        seconds = [lengths.clip_seconds(p) for p in PHRASES]
        assert all(s is not None and s > 0 for s in seconds) and notes == []
    finally:
        lengths.close()
    off = SpeechOptions(voice_enabled=False)
    assert make_clip_lengths(off, notes.append, find_problem=lambda: None) is None
    assert make_clip_lengths(SpeechOptions(), notes.append, find_problem=lambda: "none") is None
