"""The shipped routines follow the coaching rules in the product's source."""

from __future__ import annotations

import re

import pytest

from coach.core.files.shipped_data import asset
from coach.core.model import RoutineKind, Sides
from coach.core.plan.compiler import compile_plan
from coach.core.plan.number_words import number_word
from coach.core.routine_files.library import Library, load_library
from tests.core.content_rules import (
    check_cool_down,
    check_gentle,
    check_strength,
    check_warm_up,
    holds,
    warm_down_seconds,
)

EXPECTED = {
    # id: (kind, gentle, minimum minutes, maximum minutes)
    "warmup-standard": (RoutineKind.WARM_UP, False, 6, 10),
    # CONTENT.md asks for 3-5 min, but also for its doses (a 90 s walk, eight ankle circles
    # each way, ten swings a leg, 2 s down and 2 s up): those alone are 4:44 of work, so with
    # the lead-in, switches and change-overs it runs about six. The doses win.
    "warmup-quick": (RoutineKind.WARM_UP, False, 3, 6),
    "warmup-gentle": (RoutineKind.WARM_UP, True, 4, 12),
    "cooldown-standard": (RoutineKind.COOL_DOWN, False, 12, 15),
    "cooldown-quick": (RoutineKind.COOL_DOWN, False, 5, 7),
    "cooldown-gentle": (RoutineKind.COOL_DOWN, True, 8, 18),
    "strength-leg": (RoutineKind.STRENGTH, False, 4, 12),
}


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Library:
    return load_library(user_dir=tmp_path_factory.mktemp("empty"))


def test_every_built_in_file_is_valid(library):
    assert [str(p) for p in library.problems] == []
    assert set(EXPECTED) <= {r.id for r in library.routines}


@pytest.mark.parametrize("routine_id", EXPECTED)
def test_kind_gentle_flag_and_length(library, routine_id):
    kind, gentle, low, high = EXPECTED[routine_id]
    routine = library.get(routine_id)
    assert routine.kind is kind and routine.gentle is gentle
    minutes = compile_plan(routine).total_seconds / 60
    assert low <= minutes <= high, f"{routine_id} lasts {minutes:.1f} min"


@pytest.mark.parametrize("routine_id", [r for r in EXPECTED if r.startswith("warmup")])
def test_warm_ups_walk_first_then_ankles_knees_hips_and_hold_no_static_stretch(library,
                                                                                 routine_id):
    check_warm_up(library.get(routine_id))


@pytest.mark.parametrize("routine_id", [r for r in EXPECTED if r.startswith("cooldown")])
def test_cool_downs_warm_down_before_stretching_the_lower_and_upper_body(library, routine_id):
    check_cool_down(library.get(routine_id))


@pytest.mark.parametrize(("routine_id", "low", "high"), [
    ("cooldown-standard", 20, 30), ("cooldown-quick", 20, 30), ("cooldown-gentle", 30, 45)])
def test_cool_down_holds(library, routine_id, low, high):
    found = holds(library.get(routine_id))
    assert found and all(h is not None and low <= h <= high for h in found), found


@pytest.mark.parametrize("routine_id", [r for r, v in EXPECTED.items() if v[1]])
def test_gentle_routines_keep_a_foot_on_the_ground(library, routine_id):
    check_gentle(library.get(routine_id))


def test_strength_works_the_whole_leg(library):
    check_strength(library.get("strength-leg"))


def test_every_picture_exists(library):
    missing = sorted({e.picture for e in library.catalogue.values()
                      if e.picture and not asset("pictures", f"{e.picture}.svg").is_file()})
    assert missing == []


@pytest.mark.parametrize("routine_id", EXPECTED)
def test_the_description_says_how_long_it_really_takes(library, routine_id):
    routine = library.get(routine_id)
    words = {number_word(n): n for n in range(1, 31)}
    said = re.match(r"About (\w+) minutes", routine.description)
    assert said, routine.description
    minutes = compile_plan(routine).total_seconds / 60
    assert abs(words[said.group(1).lower()] - minutes) <= 0.75, (routine.description, minutes)


@pytest.mark.parametrize(("routine_id", "exercise", "field", "low"), [
    ("warmup-quick", "brisk-walk", "seconds", 90),
    ("warmup-quick", "ankle-circles", "reps", 16),
    ("warmup-quick", "leg-swings-side", "reps", 10),
    ("warmup-quick", "leg-swings-front", "reps", 10),
    ("warmup-standard", "ankle-circles", "reps", 16),
    ("warmup-standard", "leg-swings-side", "reps", 10),
    ("warmup-quick", "knee-bends", "rep_seconds", 4),
    ("warmup-standard", "knee-bends", "rep_seconds", 4),
    ("warmup-gentle", "knee-bends", "rep_seconds", 4),
    ("cooldown-standard", "warm-down-jog", "seconds", 120),
])
def test_doses_follow_the_guide(library, routine_id, exercise, field, low):
    step = next(s for s in library.get(routine_id).steps if s.exercise.id == exercise)
    assert getattr(step, field) >= low


@pytest.mark.parametrize(("routine_id", "minutes"), [
    ("cooldown-standard", 5), ("cooldown-gentle", 5), ("cooldown-quick", 3)])
def test_cool_downs_warm_down_gradually_for_the_guide_time(library, routine_id, minutes):
    assert warm_down_seconds(library.get(routine_id)) == minutes * 60


def test_every_one_sided_exercise_names_its_limb(library):
    one_sided = {s.exercise for r in library.routines for s in r.steps
                 if s.sides is Sides.PER_SIDE}
    assert one_sided and all(e.side_part for e in one_sided), [
        e.id for e in one_sided if not e.side_part]


def test_safety_notes_are_short_enough_to_say(library):
    notes = [e.safety for e in library.catalogue.values() if e.safety]
    assert len(notes) == 16
    assert all(len(n.split()) <= 12 for n in notes), notes
