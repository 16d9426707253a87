"""The real engines: espeak-ng and flite. CI installs both: these run there."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from coach.core.clock import FakeClock
from coach.core.plan.compiler import Cue, CueType
from coach.speech import SpeechOptions, make_speaker
from coach.speech.clip import read_wav, rms
from coach.speech.clip_cache import ClipCache
from coach.speech.clip_measure import measure
from coach.speech.engine_fallback import Engines
from coach.speech.engines.flite import flite_version
from coach.speech.player import Channel, RecordingPlayer
from coach.speech.speaker import VoiceSpeaker
from coach.speech.voice_catalogue import BACKENDS, FLITE, default_voice
from coach.speech.worker_process import EngineProcess
from tests.speech.helpers import wait_rendered

pytestmark = [pytest.mark.speech, pytest.mark.usefixtures("espeak")]

PHRASES = ["Switch sides.", "Three.", "Halfway.", "Next up, Ankle circles, left side first."]
ESPEAK_VOICE = "gmw/en"  # espeak-ng's British English


@pytest.fixture(params=["flite:slt", ESPEAK_VOICE], ids=["flite", "espeak-ng"])
def voice(request: pytest.FixtureRequest) -> str:
    """Each of these tests runs once per engine (both are installed in CI)."""
    if request.param.startswith("flite:"):
        request.getfixturevalue("flite")
    return str(request.param)


def real_speaker(cache_dir: Path, voice: str) -> tuple[VoiceSpeaker, RecordingPlayer, list[str]]:
    notes: list[str] = []
    clock = FakeClock()
    player = RecordingPlayer(clock)
    speaker = make_speaker(SpeechOptions(voice_id=voice), notes.append, lambda post: player,
                           clock=clock, cache_dir=cache_dir)
    assert isinstance(speaker, VoiceSpeaker), notes
    return speaker, player, notes


def test_rendering_makes_valid_audible_clips_of_plausible_length(cache_dir: Path,
                                                                  voice: str) -> None:
    speaker, _, notes = real_speaker(cache_dir, voice)
    speaker.prepare(PHRASES)
    wait_rendered(speaker)
    speaker.close()
    assert notes == []
    files = sorted((cache_dir / "voice").glob("*.wav"))
    assert len(files) == len(PHRASES)
    cache = ClipCache(cache_dir)
    engines = Engines()
    route = engines.route(voice)
    engines.close()
    for text in PHRASES:
        clip = read_wav(cache.path(text, route.voice, 175, route.fingerprint), text)
        assert 0.3 <= clip.seconds <= 4.0, (text, clip.seconds)
        assert rms(clip) > 0.02, (text, rms(clip))  # speech, not near-silence
        assert clip.channels == 1


def test_a_second_run_hits_the_cache_and_renders_nothing(cache_dir: Path, voice: str) -> None:
    first, _, _ = real_speaker(cache_dir, voice)
    first.prepare(PHRASES)
    wait_rendered(first)
    first.close()
    stamps = {p: p.stat().st_mtime_ns for p in (cache_dir / "voice").glob("*.wav")}

    second, _, notes = real_speaker(cache_dir, voice)
    started = time.perf_counter()
    second.prepare(PHRASES)
    wait_rendered(second)
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0
    assert {p: p.stat().st_mtime_ns for p in (cache_dir / "voice").glob("*.wav")} == stamps
    second.close()
    assert notes == []


def test_a_damaged_clip_in_the_cache_is_deleted_and_rendered_again(cache_dir: Path,
                                                                   voice: str) -> None:
    first, _, _ = real_speaker(cache_dir, voice)
    first.prepare(["Switch sides."])
    wait_rendered(first)
    first.close()
    (path,) = (cache_dir / "voice").glob("*.wav")
    data, seconds = path.read_bytes(), read_wav(path).seconds
    path.write_bytes(data[: len(data) // 2])  # truncated, as by a crash mid-copy

    second, player, notes = real_speaker(cache_dir, voice)
    second.prepare(["Switch sides."])
    wait_rendered(second)
    second.play(Cue(0.0, "Switch sides.", CueType.SWITCH, 0))
    second.close()
    assert player.labels(Channel.VOICE) == ["Switch sides."]
    # Rendered again and checked (espeak-ng's output can differ by a few samples per run).
    assert read_wav(path).seconds == pytest.approx(seconds, rel=0.02)
    assert notes == []


def test_the_voice_list_is_not_empty_and_has_the_default() -> None:
    engine = EngineProcess()
    voices, default = engine.voices(), engine.default_voice()
    engine.close()
    assert len(voices) > 0
    assert default in {v.id for v in voices}
    assert all(v.id and v.name for v in voices)


def test_a_chosen_voice_and_rate_render_differently(tmp_path: Path) -> None:
    """Once a known bug (pyttsx3 2.99 cancelled the new rate now and then): every change of
    rate in one engine process takes effect, in every voice, every time."""
    engine = EngineProcess()
    lengths: dict[tuple[str, int], list[float]] = {}
    for i in range(24):  # the voice changes every 8 renders (a fresh worker), the rate every one
        voice = ("gmw/en-us", "gmw/en", "gmw/en-gb-x-rp")[i // 8]
        rate = (120, 260)[i % 2]
        out = tmp_path / f"{i}.wav"
        engine.render("Breathe out slowly.", voice, rate, tmp_path / f"{i}.raw", out)
        lengths.setdefault((voice, rate), []).append(read_wav(out).seconds)
    engine.close()
    for voice in ("gmw/en-us", "gmw/en", "gmw/en-gb-x-rp"):
        slow, fast = lengths[(voice, 120)], lengths[(voice, 260)]
        assert min(slow) > 1.5 * max(fast), (voice, slow, fast)
        assert max(slow) - min(slow) < 0.02 * max(slow), (voice, slow)
        assert max(fast) - min(fast) < 0.02 * max(fast), (voice, fast)


def voiced_seconds(path: Path) -> float:
    """The speech without the pauses each engine puts at the ends (its measured span)."""
    return measure(read_wav(path)).span


@pytest.mark.usefixtures("flite")
def test_flite_names_its_version_for_the_cache_key() -> None:
    assert re.fullmatch(r"flite-\d+\.\d+\S*.*", flite_version())  # e.g. flite-2.2-current Sep 2018


@pytest.mark.usefixtures("flite")
def test_flite_follows_the_speech_rate(tmp_path: Path) -> None:
    engine = EngineProcess(BACKENDS[FLITE].spec)
    slow, fast = tmp_path / "slow.wav", tmp_path / "fast.wav"
    engine.render("Breathe out slowly.", "slt", 120, tmp_path / "r1", slow)
    engine.render("Breathe out slowly.", "slt", 260, tmp_path / "r2", fast)
    engine.close()
    assert voiced_seconds(slow) > 1.8 * voiced_seconds(fast)  # 260 / 120 = 2.2


@pytest.mark.usefixtures("flite")
@pytest.mark.parametrize("rate", [120, 175, 260])
def test_flite_and_espeak_ng_speak_at_the_same_pace(tmp_path: Path, rate: int) -> None:
    """The rate mapping: N words a minute lasts as long in flite as in espeak-ng."""
    text = ("Calf wall stretch, left side. Back leg straight, heel down. "
            "A short step is fine. Breathe out and relax into it.")
    engines = Engines()
    lengths = []
    for voice in ("flite:slt", ESPEAK_VOICE):
        route = engines.route(voice)
        out = tmp_path / f"{voice.replace('/', '-')}.wav"
        route.engine.render(text, route.voice, rate, tmp_path / "raw", out)
        lengths.append(voiced_seconds(out))
    engines.close()
    assert lengths[0] == pytest.approx(lengths[1], rel=0.15), lengths


@pytest.mark.usefixtures("flite")
def test_with_flite_installed_the_default_voice_is_flite(cache_dir: Path) -> None:
    speaker, _player, notes = real_speaker(cache_dir, "")
    speaker.prepare(["Switch sides."])
    wait_rendered(speaker)
    speaker.close()
    assert notes == []
    assert default_voice() == "flite:rms"  # the clearest of flite's voices
    engines = Engines()
    route = engines.route("flite:rms")
    engines.close()
    assert ClipCache(cache_dir).path("Switch sides.", "rms", 175, route.fingerprint).exists()
