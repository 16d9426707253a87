"""Every built-in fitted to real espeak-ng clips at 100, 175 and 300 words a minute."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.library import load_library
from coach.plan import PlanSettings
from coach.plan_measured import compile_measured
from tests.core.cue_checks import check_plan
from tests.core.test_cue_fitting import ROUTINES
from tests.speech.real_voice import Voice

pytestmark = [pytest.mark.speech, pytest.mark.usefixtures("espeak")]


@pytest.fixture(scope="module", params=[100, 175, 300])
def voice(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[Voice]:
    made = Voice(request.param, tmp_path_factory.mktemp("clips"))
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
