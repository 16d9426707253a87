"""Every built-in, at every speech rate: every count said, nothing over anything (estimates)."""

from __future__ import annotations

import pytest

from coach.core.model import MidCue, Sides, Step
from coach.core.plan.compiler import CueType, PlanSettings, SegmentKind, compile_plan
from coach.core.plan.measured import compile_measured
from coach.core.plan.phrase_time import estimate_speech_seconds
from coach.core.routine_files.library import Library, load_library
from tests.core.cue_checks import check_plan, counts
from tests.core.helpers import CALF, CIRCLES, MARCH, routine

RATES = (80, 100, 175, 300)
ROUTINES = ("warmup-standard", "warmup-quick", "warmup-gentle", "cooldown-standard",
            "cooldown-quick", "cooldown-gentle", "strength-leg")


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return load_library(user_dir=tmp_path_factory.mktemp("empty"))


@pytest.mark.parametrize("wpm", RATES)
@pytest.mark.parametrize("routine_id", ROUTINES)
def test_every_built_in_keeps_every_promise(library: Library, routine_id: str, wpm: int) -> None:
    plan = compile_plan(library.get(routine_id), PlanSettings(speech_wpm=wpm))
    check_plan(plan, lambda text: estimate_speech_seconds(text, wpm))
    assert plan.warnings == ()


@pytest.mark.parametrize("wpm", RATES)
@pytest.mark.parametrize("scale", [0.5, 2.0])
@pytest.mark.parametrize("routine_id", ROUTINES)
def test_holds_scaled_keep_every_promise(library: Library, routine_id: str, scale: float,
                                         wpm: int) -> None:
    plan = compile_plan(library.get(routine_id), PlanSettings(hold_scale=scale, speech_wpm=wpm))
    check_plan(plan, lambda text: estimate_speech_seconds(text, wpm))
    # Half-length holds at slow speech leave some tips out, and say so; nothing else gives.
    assert all("has no room" in w.message for w in plan.warnings)


def test_a_hold_too_short_for_its_opening_says_the_how_to_in_the_change_over() -> None:
    say = "Back leg straight, heel down, and lean in slowly."
    plan = compile_plan(routine(Step(MARCH, seconds=10), Step(CALF, seconds=8, say=say)),
                        PlanSettings(speech_wpm=100))
    gap = next(s for s in plan.segments if s.kind is SegmentKind.GAP)
    intro = next(c for c in plan.cues if c.type is CueType.NEXT)
    assert intro.segment == gap.index and intro.text == f"Next up, Calf stretch. {say}"
    assert intro.at + estimate_speech_seconds(intro.text, 100) <= gap.end
    opening = next(c for c in plan.cues if c.type is CueType.ANNOUNCE and c.segment > gap.index)
    assert opening.text == "Calf stretch."
    check_plan(plan, lambda text: estimate_speech_seconds(text, 100))
    assert plan.warnings == ()


def test_a_tip_with_no_room_in_a_short_hold_is_left_out_not_said_over_the_countdown() -> None:
    tip = "Breathe out slowly and let the stretch settle."
    plan = compile_plan(routine(Step(CALF, seconds=7, cues=(MidCue(tip, 2.0),))),
                        PlanSettings(speech_wpm=100, lead_in_seconds=0))
    assert not any(tip in c.text for c in plan.cues)
    assert [c.text for c in plan.cues if c.type is CueType.COUNTDOWN] == [
        "Three.", "Two.", "One."]
    (warning,) = plan.warnings
    assert "has no room" in warning.message and tip in warning.message


def test_a_tip_with_room_between_counts_is_said_there_and_counts_stay_on_their_beat() -> None:
    step = Step(CIRCLES, reps=6, rep_seconds=4.0, cues=(MidCue("Breathe."),))
    plan = compile_plan(routine(step), PlanSettings(lead_in_seconds=0))
    said = [(c.type, c.text) for c in plan.cues if c.text]
    assert said[3:5] == [(CueType.COUNT, "Three."), (CueType.MID, "Breathe.")]
    assert counts(plan) == (6, 6)


def test_a_tip_with_no_room_between_counts_moves_into_the_opening() -> None:
    tip = "Keep your knees soft and over your toes."
    step = Step(CIRCLES, reps=8, rep_seconds=1.5, cues=(MidCue(tip),))
    plan = compile_plan(routine(step), PlanSettings(lead_in_seconds=0))
    announce = next(c for c in plan.cues if c.type is CueType.ANNOUNCE)
    assert announce.text.endswith(tip)
    assert not [c for c in plan.cues if c.type is CueType.MID]
    first = next(c for c in plan.cues if c.type is CueType.COUNT)
    assert first.at >= announce.at + estimate_speech_seconds(announce.text, 175)
    assert counts(plan) == (8, 8)


def test_counts_too_fast_to_say_are_all_kept_and_warned_about() -> None:
    plan = compile_plan(routine(Step(CIRCLES, reps=12, rep_seconds=0.5)),
                        PlanSettings(speech_wpm=100))
    assert counts(plan) == (12, 12)
    (warning,) = plan.warnings
    assert warning.step == 0 and "rep_seconds at least" in warning.message
    assert "step 1 (Ankle circles)" in str(warning)


def test_a_long_opening_never_covers_the_countdown_and_is_warned_about() -> None:
    long_say = "Stand tall, relax your shoulders and breathe slowly through the nose."
    plan = compile_plan(routine(Step(MARCH, seconds=7, say=long_say)),
                        PlanSettings(lead_in_seconds=0))
    spoken = [c for c in plan.cues if c.text]
    announce = next(c for c in spoken if c.type is CueType.ANNOUNCE)
    end = announce.at + estimate_speech_seconds(announce.text, 175)
    assert all(c.at >= end for c in spoken if c.type is CueType.COUNTDOWN)
    # A second whose number is not said is ticked, unless the tick would meet a word.
    seconds = [c for c in plan.cues if c.type is CueType.COUNTDOWN]
    assert all(bool(c.text) != (c.tone == "tick") for c in seconds)
    assert all(c.at >= end + 0.05 for c in seconds if c.tone == "tick")
    assert len(seconds) < 3  # "Three." falls under the opening: neither said nor ticked
    assert any("fewer words" in w.message for w in plan.warnings)


def test_one_sided_exercise_without_a_side_part_is_warned_about() -> None:
    plan = compile_plan(routine(Step(CALF, seconds=20, sides=Sides.PER_SIDE)))
    assert any("side_part" in w.message for w in plan.warnings)
    announce = [c.text for c in plan.cues if c.type is CueType.ANNOUNCE]
    assert announce == ["Left side.", "Right side."]  # the lead-in said the name


def test_the_change_over_grows_to_say_the_safety_note_before_the_step() -> None:
    careful = CIRCLES.__class__(**{**{f: getattr(CIRCLES, f) for f in CIRCLES.__slots__},
                                   "safety": "Keep the circles smooth and pain-free."})
    plan = compile_plan(routine(Step(MARCH, seconds=20), Step(careful, reps=4)),
                        PlanSettings(speech_wpm=100))
    gap = next(s for s in plan.segments if s.step == 1)
    note = next(c for c in plan.cues if c.type is CueType.SAFETY)
    assert note.segment == gap.index and gap.seconds > 5
    assert note.at + estimate_speech_seconds(note.text, 100) <= gap.end


def test_measured_lengths_are_used_and_recompiled_until_the_phrases_settle() -> None:
    asked: list[list[str]] = []

    def measure(texts: list[str]) -> dict[str, float]:
        asked.append(list(texts))
        # Twice the estimate: a slow voice. Tips no longer fit between the counts.
        return {t: 2 * estimate_speech_seconds(t, 175) for t in texts}

    # No lead-in: the opening says the name, and a tip moved into it makes a new phrase.
    settings = PlanSettings(lead_in_seconds=0)
    step = Step(CIRCLES, reps=6, rep_seconds=2.0, cues=(MidCue("Breathe out slowly."),))
    assert any(c.type is CueType.MID for c in compile_plan(routine(step), settings).cues)
    plan = compile_measured(routine(step), settings, measure)
    assert len(asked) >= 2 and not set(asked[1]) & set(asked[0])
    assert set(plan.phrases()) <= {t for batch in asked for t in batch}
    assert not any(c.type is CueType.MID for c in plan.cues)  # moved into the opening
    check_plan(plan, lambda text: 2 * estimate_speech_seconds(text, 175))


def test_unknown_lengths_fall_back_to_the_estimate() -> None:
    plan = compile_measured(routine(Step(CIRCLES, reps=4)), PlanSettings(), lambda texts: {})
    assert plan == compile_plan(routine(Step(CIRCLES, reps=4)), PlanSettings())
