"""The TOML writer: every routine it writes reads back to the same routine."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from coach.core.model import (
    Exercise,
    ExerciseKind,
    Focus,
    MidCue,
    Origin,
    Routine,
    RoutineKind,
    Sides,
    Step,
)
from coach.core.routine_files.library import load_library
from coach.core.routine_files.reader import load_routine
from coach.core.routine_files.writer import free_id, routine_toml, slug

LIBRARY = load_library(user_dir=Path("/nonexistent"))
BUILTINS = [r for r in LIBRARY.routines if r.origin is Origin.BUILT_IN]


def _same(a: Routine, b: Routine) -> bool:
    return dataclasses.replace(a, source=None, origin=Origin.USER) == \
        dataclasses.replace(b, source=None, origin=Origin.USER)


@pytest.mark.parametrize("embed_all", [False, True], ids=["saved", "exported"])
@pytest.mark.parametrize("routine", BUILTINS, ids=lambda r: r.id)
def test_every_built_in_duplicated_and_written_loads_back_the_same(
        routine: Routine, embed_all: bool, tmp_path: Path) -> None:
    copy = dataclasses.replace(routine, id=f"{routine.id}-copy", origin=Origin.USER)
    path = tmp_path / "copy.toml"
    path.write_text(routine_toml(copy, LIBRARY.catalogue, embed_all=embed_all), "utf-8")
    loaded, problems = load_routine(path, LIBRARY.catalogue, origin=Origin.USER)
    assert problems == []
    assert loaded is not None and _same(loaded, copy)


def test_an_exported_file_carries_every_exercise_and_loads_with_no_catalogue() -> None:
    routine = LIBRARY.get("warmup-standard")
    text = routine_toml(routine, LIBRARY.catalogue, embed_all=True)
    loaded, problems = load_routine(None, {}, text=text)
    assert problems == [] and loaded is not None and _same(loaded, routine)


def test_an_exercise_of_your_own_and_awkward_text_survive_the_trip() -> None:
    mine = Exercise("wall-sit", "A wall sit", ExerciseKind.STRENGTH, (Focus.QUAD, Focus.GLUTE),
                    'Back to the "wall",\nslide down. C:\\ not a path\tok <b>x</b>',
                    safety="Stop if it hurts", side_part=None)
    step = Step(mine, seconds=40, say="Slide down slowly", halfway=False,
                cues=(MidCue("Keep going", 10.0), MidCue("Nearly there", None)),
                changeover_seconds=7)
    counted = Step(LIBRARY.catalogue["ankle-circles"], reps=12, rep_seconds=2.5,
                   sides=Sides.PER_SIDE, switch_seconds=4,
                   cues=(MidCue("Other way.", after_rep=6),))
    routine = Routine("mine", "Physio's list", RoutineKind.OTHER, "Line one.\nLine two \u00e9",
                      (step, counted), gentle=True, finish="Well done",
                      pronounce=LIBRARY.catalogue.pronounce)  # type: ignore[attr-defined]
    text = routine_toml(routine, LIBRARY.catalogue)
    assert "[exercises.wall-sit]" in text and "[exercises.ankle-circles]" not in text
    assert 'cues = [ { after_rep = 6, say = "Other way." } ]' in text
    loaded, problems = load_routine(None, LIBRARY.catalogue, text=text)
    assert problems == [] and loaded is not None and _same(loaded, routine)


def test_pronunciations_of_your_own_are_written_and_an_export_carries_them_all() -> None:
    base = LIBRARY.get("warmup-quick")
    shared = LIBRARY.catalogue.pronounce  # type: ignore[attr-defined]
    assert shared, "the catalogue has a [pronounce] table"
    routine = dataclasses.replace(base, pronounce=(*shared, ("Q-angle", "queue angle")))
    text = routine_toml(routine, LIBRARY.catalogue)
    assert '[pronounce]\n"Q-angle" = "queue angle"\n' in text and shared[0][1] not in text
    loaded, problems = load_routine(None, LIBRARY.catalogue, text=text)
    assert problems == [] and loaded is not None and loaded.pronounce == routine.pronounce
    exported = routine_toml(routine, LIBRARY.catalogue, embed_all=True)
    loaded, problems = load_routine(None, {}, text=exported)
    assert problems == [] and loaded is not None and loaded.pronounce == routine.pronounce


def test_a_catalogue_exercise_under_its_own_id_but_changed_is_still_refused() -> None:
    routine = LIBRARY.get("warmup-quick")
    changed = dataclasses.replace(routine.steps[0].exercise, how="Something else.")
    steps = (dataclasses.replace(routine.steps[0], exercise=changed), *routine.steps[1:])
    text = routine_toml(dataclasses.replace(routine, steps=steps), LIBRARY.catalogue)
    _, problems = load_routine(None, LIBRARY.catalogue, text=text)
    assert any("duplicate exercise id 'brisk-walk'" in p.message for p in problems)


def test_slug_and_free_id() -> None:
    assert slug("My Physio's  List!") == "my-physio-s-list"
    assert slug("<b>x</b>") == "b-x-b"
    assert slug("¡¿") == ""
    assert free_id("Warm up", {"warm-up"}) == "warm-up-2"
    assert free_id("warm-up", {"warm-up", "warm-up-2"}) == "warm-up-3"
    assert free_id("", set()) == "my-routine"
    long = "a" * 80
    proposed = free_id(long, {"a" * 64})
    assert len(proposed) <= 64 and proposed.endswith("-2")
