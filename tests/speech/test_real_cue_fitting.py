"""Every built-in fitted to real clips at 100, 175 and 300 words a minute, from espeak-ng and
from flite (the default voice where it is installed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.core.language.current_language import set_language
from coach.core.plan.compiler import PlanSettings
from coach.core.plan.measured import compile_measured
from coach.core.routine_files.library import load_library
from tests.core.cue_checks import check_plan
from tests.core.plan.test_cue_fitting import ROUTINES
from tests.speech.real_voice import Voice

pytestmark = [pytest.mark.speech, pytest.mark.usefixtures("espeak")]


@pytest.fixture(scope="module", params=[(rate, voice) for voice in ("", "flite:slt")
                                        for rate in (100, 175, 300)],
                ids=lambda p: f"{p[0]}-{p[1] or 'espeak-ng'}")
def voice(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[Voice]:
    rate, voice_id = request.param
    if voice_id:
        request.getfixturevalue("flite")
    made = Voice(rate, tmp_path_factory.mktemp("clips"), voice_id)
    yield made
    made.renderer.close()


@pytest.mark.parametrize("routine_id", ROUTINES)
def test_every_built_in_keeps_every_promise_with_real_clips(voice: Voice,
                                                            routine_id: str) -> None:
    routine = load_library(user_dir=Path("/nonexistent")).get(routine_id)
    plan = compile_measured(routine, PlanSettings(speech_wpm=voice.rate), voice.measure)
    assert voice.notes == []
    assert set(plan.phrases()) <= set(voice.measured)  # fitted to real clips, not estimates
    check_plan(plan, lambda text: voice.clip(text).seconds)
    assert plan.warnings == ()


@pytest.fixture(scope="module", params=[(code, voice, rate) for code, voice in
                                        (("de", "gmw/de"), ("es", "roa/es"))
                                        for rate in (100, 175, 300)],
                ids=lambda p: f"{p[0]}-{p[2]}")
def language_voice(request: pytest.FixtureRequest,
                   tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Voice]]:
    """espeak-ng's voice for each language Limber speaks besides English: the voice a session
    in that language speaks with (``voice_catalogue.LANGUAGE_VOICES``)."""
    code, voice_id, rate = request.param
    set_language(code)
    made = Voice(rate, tmp_path_factory.mktemp(f"clips-{code}"), voice_id)
    yield code, made
    made.renderer.close()


@pytest.mark.parametrize("routine_id", ROUTINES)
def test_every_built_in_keeps_every_promise_in_every_language(
        language_voice: tuple[str, Voice], routine_id: str) -> None:
    code, voice = language_voice
    set_language(code)
    routine = load_library(user_dir=Path("/nonexistent")).get(routine_id)
    plan = compile_measured(routine, PlanSettings(speech_wpm=voice.rate), voice.measure)
    assert voice.notes == []
    assert set(plan.phrases()) <= set(voice.measured)
    check_plan(plan, lambda text: voice.clip(text).seconds)
    assert plan.warnings == ()
