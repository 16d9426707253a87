"""Before a session starts its plan is fitted to the measured lengths of its clips."""

from __future__ import annotations

from coach.app.voice_fit import VoiceFit
from coach.core.model import MidCue, Step
from coach.core.plan.compiler import CueType, PlanSettings, compile_plan
from coach.core.plan.phrase_time import estimate_speech_seconds
from coach.speech.port import RecordingSpeaker
from tests.core.cue_checks import check_plan
from tests.core.helpers import CIRCLES, ColdVoice, routine


def tip_routine():
    return routine(Step(CIRCLES, reps=6, rep_seconds=2.0, cues=(MidCue("Breathe out slowly."),)))


def test_nothing_starts_until_the_clips_are_ready_then_the_plan_fits_them() -> None:
    # No lead-in: the opening says the name, so the tip moved into it is a new phrase.
    estimate = compile_plan(tip_routine(), PlanSettings(lead_in_seconds=0))
    assert any(c.type is CueType.MID for c in estimate.cues)
    voice = ColdVoice()
    fit = VoiceFit(estimate, voice)
    assert voice.asks == [estimate.phrases()]
    polls = 0
    while (plan := fit.poll()) is None:
        polls += 1
        assert polls < 20
    # The slow voice leaves no room between counts: the tip moved into the opening, a new
    # phrase, which was rendered (and measured) before the plan was handed back.
    assert len(voice.asks) == 2 and voice.asks[-1] == plan.phrases()
    assert not any(c.type is CueType.MID for c in plan.cues)
    check_plan(plan, lambda text: 2 * estimate_speech_seconds(text, 175))
    assert fit.poll() is plan


def test_with_every_clip_ready_the_first_poll_has_the_plan() -> None:
    estimate = compile_plan(tip_routine(), PlanSettings())
    fit = VoiceFit(estimate, RecordingSpeaker(durations=lambda text: None))
    assert fit.poll() == estimate  # no clip at all: the estimate stands


def test_a_session_fits_its_plan_exactly_as_compile_measured_does() -> None:
    # Both drive the one Refit loop, so what the tests of compile_measured (and the
    # voice-timeline benchmark) show is what a session really plays.
    from coach.core.plan.measured import compile_measured

    def slow(text: str) -> float:
        return 2 * estimate_speech_seconds(text, 175)

    fit = VoiceFit(compile_plan(tip_routine(), PlanSettings()), ColdVoice())
    while (session_plan := fit.poll()) is None:
        pass
    measured = compile_measured(tip_routine(), PlanSettings(),
                                lambda texts: {t: slow(t) for t in texts})
    assert session_plan == measured
