"""Every built-in, at every speech rate: every count said, nothing over anything (estimates)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from coach.core.language.current_language import set_language
from coach.core.model import MidCue, Sides, Step
from coach.core.plan import plan_words
from coach.core.plan.compiler import CueType, PlanSettings, SegmentKind, compile_plan
from coach.core.plan.measured import compile_measured
from coach.core.plan.number_words import number_word
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


# At 80 wpm a one-word count's estimate is over its beat in Spanish ("Uno.": two syllables
# estimated at 1.03 s; espeak-ng says it in 0.61 s): plans there are fitted to the clips,
# checked at 100 to 300 wpm in tests/speech/test_real_cue_fitting.py.
@pytest.mark.parametrize("wpm", RATES[1:])
@pytest.mark.parametrize("code", ["de", "es"])
@pytest.mark.parametrize("routine_id", ROUTINES)
def test_every_built_in_keeps_every_promise_in_every_language(routine_id: str, code: str,
                                                             wpm: int) -> None:
    set_language(code)
    routine = load_library(user_dir=Path("/nonexistent")).get(routine_id)
    plan = compile_plan(routine, PlanSettings(speech_wpm=wpm))
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


def _between(plan, word: str, step: int | None = None) -> list[tuple[str, str, float]]:
    """(count before, count after, pause) around each ``word`` said in a block (of step)."""
    found = []
    for seg in plan.segments:
        if step is not None and seg.step != step:
            continue
        said = [c for c in plan.cues if c.segment == seg.index and c.text]
        for i, c in enumerate(said):
            if c.text == word and c.type is CueType.MID:
                counts_before = [x.text for x in said[:i] if x.type is CueType.COUNT]
                counts_after = [x.text for x in said[i + 1:] if x.type is CueType.COUNT]
                found.append((counts_before[-1], counts_after[0], sum(p for _, p in seg.pauses)))
    return found


@pytest.mark.parametrize("wpm", [80, 100, 175, 300])
def test_a_word_after_a_rep_is_said_between_that_count_and_the_next(wpm: int) -> None:
    step = Step(replace(CIRCLES, side_part="foot"), reps=16, sides=Sides.PER_SIDE,
                say="Eight circles each way.",
                cues=(MidCue("Other way.", after_rep=8),))
    plan = compile_plan(routine(Step(MARCH, seconds=20), step), PlanSettings(speech_wpm=wpm))
    assert [(a, b) for a, b, _ in _between(plan, "Other way.")] == [("Eight.", "Nine.")] * 2
    assert not any("Other way" in c.text for c in plan.cues if c.type is CueType.ANNOUNCE)
    check_plan(plan, lambda text: estimate_speech_seconds(text, wpm))
    assert plan.warnings == ()


def test_a_word_too_long_for_the_gap_widens_that_gap_only() -> None:
    word = "Now turn the other way, slowly and smoothly."
    step = Step(CIRCLES, reps=6, rep_seconds=2.0, cues=(MidCue(word, after_rep=3),))
    plain = compile_plan(routine(Step(CIRCLES, reps=6, rep_seconds=2.0)),
                         PlanSettings(lead_in_seconds=0))
    plan = compile_plan(routine(step), PlanSettings(lead_in_seconds=0))
    (seg,) = [s for s in plan.segments if s.is_exercise]
    ((rep, pause),) = seg.pauses
    assert rep == 3 and pause > 1 and pause * 4 == int(pause * 4)  # in quarter seconds
    counts = [c.at for c in plan.cues if c.type is CueType.COUNT]
    before = [c.at for c in plain.cues if c.type is CueType.COUNT]
    shifted = [round(a - b, 6) for a, b in zip(counts, before, strict=True)]
    assert shifted == [0, 0, 0, pause, pause, pause]
    assert seg.seconds >= plain.segments[0].seconds + pause
    (said,) = [c for c in plan.cues if c.text == word]
    # A breath after "Three." and before "Four.": heard as words of their own.
    assert said.at >= counts[2] + estimate_speech_seconds("Three.", 175) + 0.3 - 1e-6
    assert said.at + estimate_speech_seconds(word, 175) <= counts[3] - 0.3 + 1e-6
    check_plan(plan, lambda text: estimate_speech_seconds(text, 175))
    assert plan.to_json()["segments"][0]["pauses"] == [{"after_rep": 3, "seconds": pause}]


def test_an_alternating_step_says_the_word_between_two_pairs() -> None:
    step = Step(CIRCLES, reps=4, rep_seconds=1.0, sides=Sides.ALTERNATING,
                cues=(MidCue("Other way.", after_rep=2),))
    plan = compile_plan(routine(step), PlanSettings(lead_in_seconds=0, speech_wpm=80))
    assert [(a, b) for a, b, _ in _between(plan, "Other way.")] == [("Two.", "Three.")]
    check_plan(plan, lambda text: estimate_speech_seconds(text, 80))


@pytest.mark.parametrize("wpm", RATES)
def test_the_built_ins_say_every_change_of_direction_between_its_two_counts(
        library: Library, wpm: int) -> None:
    changes = 0
    for routine_id in ROUTINES:
        built_in = library.get(routine_id)
        plan = compile_plan(built_in, PlanSettings(speech_wpm=wpm))
        for i, step in enumerate(built_in.steps):
            for cue in step.cues:
                if cue.after_rep is None:
                    continue
                n = cue.after_rep
                expected = (f"{plan_words.capitalised(number_word(n))}.",
                            f"{plan_words.capitalised(number_word(n + 1))}.")
                found = _between(plan, cue.text, i)
                assert found and all((a, b) == expected for a, b, _ in found), (step, found)
                changes += 1
    assert changes == 10  # the steps whose words announce a change of direction
