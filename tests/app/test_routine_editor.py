"""The editor's model: drafts as typed, the same check as `limber check`, undo and redo."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from coach.app.routine_editor import ExerciseDraft, Tip, draft_toml, new_editor
from coach.core.model import Origin
from coach.core.plan.compiler import PlanSettings
from coach.core.routine_files.library import load_library
from coach.core.routine_files.reader import load_routine

LIBRARY = load_library(user_dir=Path("/nonexistent"))


def editor(source_id: str | None = None, *, edit: bool = False):
    source = LIBRARY.get(source_id) if source_id else None
    return new_editor(LIBRARY.catalogue, PlanSettings(), LIBRARY.routines, source, edit=edit)


@pytest.mark.parametrize("routine", [r for r in LIBRARY.routines], ids=lambda r: r.id)
def test_a_duplicated_built_in_is_valid_and_the_same_routine_under_a_free_id(routine) -> None:
    ed = editor(routine.id)
    assert ed.draft.id == f"{routine.id}-copy" and ed.valid, ed.shown().checked.problems
    copy = ed.routine()
    assert copy.steps == routine.steps and copy.defaults == routine.defaults
    assert copy.origin is Origin.USER


def test_a_routine_built_step_by_step() -> None:
    ed = editor()
    assert not ed.valid
    assert ed.shown().at("steps") == ["steps: the routine has no steps; add at least one [[steps]]"]
    assert ed.problems() == []  # the window shows none of it before anything is typed
    ed.set("name", "Physio list")
    ed.set("description", "From my physio.")
    ed.add_step("brisk-walk")
    ed.set_step(0, "amount", "60")
    i = ed.add_step("ankle-circles")
    ed.set_step(i, "sides", "per-side")
    ed.set_step(i, "tips", (Tip("Slowly now"),))
    ed.add_exercise(ExerciseDraft(ed.new_exercise_id("Wall sit"), "Wall sit", "strength",
                                  ("quad",), "Back to the wall, slide down."))
    assert ed.valid, ed.shown().checked.problems
    routine = ed.routine()
    assert [s.exercise.id for s in routine.steps] == ["brisk-walk", "ankle-circles", "wall-sit"]
    assert ed.shown().total == "2:52" or ed.shown().total.count(":") == 1
    # the draft as text is a routine file the reader accepts as it is
    loaded, problems = load_routine(None, LIBRARY.catalogue, text=draft_toml(ed.draft))
    assert problems == [] and loaded is not None


def test_the_total_follows_the_typing() -> None:
    ed = editor("warmup-quick")
    before = ed.shown().total
    ed.set_step(0, "amount", "190")
    assert ed.shown().total != before
    ed.set_step(0, "amount", "19x")
    assert ed.shown().total == "–"
    assert ed.draft.steps[0].amount == "19x"  # nothing typed is lost


def test_problems_are_the_checks_words_next_to_their_field() -> None:
    ed = editor("warmup-quick")
    ed.set_step(0, "amount", "0")
    assert ed.shown().at("steps[0]") == ["seconds: 0 is out of range; expected 1 to 1800 seconds"]
    assert ed.shown().at("steps[1]") == []
    ed.set_step(0, "amount", "abc")
    assert ed.shown().at("steps[0]") == \
        ["seconds: expected a whole number of seconds, got 'abc'"]
    ed.set("name", "Mine & yours")  # said "Mine and yours"
    assert ed.shown().at("name") == []
    ed.set("name", "Mine #1")
    assert ed.shown().at("name") == ["name: '#' would be read out by the voice; say it in words"]
    ed.set("changeover", "500")
    assert "out of range" in ed.shown().at("defaults")[0]
    ed.set("id", "warmup-quick")
    assert ed.shown().at("id")[0].startswith("id: a built-in routine has this id; try")
    with pytest.raises(ValueError):
        ed.routine()


def test_cue_fitting_warnings_come_from_the_same_check() -> None:
    ed = editor("warmup-quick")
    counted = next(i for i, s in enumerate(ed.draft.steps) if s.counted)
    ed.set_step(counted, "tempo", "0.5")
    warnings = ed.shown().at(f"steps[{counted}]")
    assert warnings and warnings[0].startswith("warning:")
    assert ed.valid  # a warning does not stop it being saved


def test_undo_and_redo_every_edit_with_typing_merged() -> None:
    ed = editor("warmup-quick")
    original = ed.draft
    for text in ("Q", "Qu", "Qui"):
        ed.set("name", text)
    ed.move_step(0, 2)
    ed.remove_step(0)
    ed.set("gentle", True)
    states = 4
    for _ in range(states):
        assert ed.undo()
    assert ed.draft == original and not ed.can_undo
    for _ in range(states):
        assert ed.redo()
    assert ed.draft.name == "Qui" and ed.draft.gentle and not ed.can_redo
    ed.undo()
    ed.set("finish", "x")  # a new edit forgets what could be redone
    assert not ed.can_redo


def test_reorder_and_remove() -> None:
    ed = editor("warmup-quick")
    ids = [s.exercise for s in ed.draft.steps]
    assert ed.move_step(1, 0)
    assert [s.exercise for s in ed.draft.steps] == [ids[1], ids[0], *ids[2:]]
    assert not ed.move_step(0, -1) and not ed.move_step(0, len(ids))
    ed.remove_step(0)
    assert [s.exercise for s in ed.draft.steps] == [ids[0], *ids[2:]]


def test_an_exercise_of_yours_goes_with_its_last_step() -> None:
    ed = editor()
    ed.add_exercise(ExerciseDraft("wall-sit", "Wall sit", "strength", ("quad",), "Slide."))
    ed.remove_step(0)
    assert ed.draft.exercises == ()


def test_editing_your_own_keeps_its_id_and_spoken_lists_what_you_wrote() -> None:
    mine = dataclasses.replace(LIBRARY.get("warmup-quick"), id="mine", origin=Origin.USER)
    ed = new_editor(LIBRARY.catalogue, PlanSettings(), (*LIBRARY.routines, mine), mine,
                    edit=True)
    assert ed.draft.id == "mine" and ed.editing is mine
    assert ed.spoken(0)[0] == mine.steps[0].exercise.name
    assert mine.steps[0].say in ed.spoken(0)


# -- what the window shows: problems placed, in plain words, once touched ------------------------


def test_a_new_routine_shows_no_problem_until_its_field_is_touched() -> None:
    ed = editor()
    assert not ed.valid and ed.problems() == []
    ed.set("description", "x")
    ed.set("description", "")
    assert [(p.place, p.text) for p in ed.problems()] == [
        ("description", "This cannot be left empty.")]
    ed.reveal_all()  # Save was pressed
    assert ("steps", "The routine has no steps yet: add at least one.") in \
        [(p.place, p.text) for p in ed.problems()]


def test_every_problem_has_a_place_and_no_file_words() -> None:
    ed = editor("warmup-quick")
    ed.set_step(0, "amount", "0")
    ed.set_step(1, "tempo", "fast")
    ed.set("changeover", "-4")
    found = {(p.place, p.step) for p in ed.problems()}
    assert {("amount", 0), ("defaults", None)} <= found
    assert all("[" not in p.text and "_" not in p.text for p in ed.problems())
    assert ed.at("amount", 0)[0].text == "0 is out of range: use 1 to 1800 seconds."


@pytest.mark.parametrize(("field", "message", "place"), [
    ("steps[2].seconds", "", ("amount", 2)), ("steps[0].reps", "", ("amount", 0)),
    ("steps[1].rep_seconds", "", ("tempo", 1)), ("steps[1].cues[0].at", "", ("tips", 1)),
    ("steps[3].exercise", "", ("step", 3)), ("steps[4].say", "", ("say", 4)),
    ("steps[0]", "warning: X: a count takes 1 s … make rep_seconds at least 1", ("tempo", 0)),
    ("steps[0]", "warning: X: counting waits 4 s …: use fewer words in say and cues",
     ("say", 0)),
    ("steps[0]", 'warning: X: the tip "Go" has no room …', ("tips", 0)),
    ("defaults.hold_seconds", "", ("defaults", None)), ("steps", "", ("steps", None)),
    ("exercises.wall-sit.how", "", ("routine", None)), ("", "TOML…", ("routine", None)),
])
def test_each_problem_goes_beside_the_field_it_concerns(field, message, place) -> None:
    from coach.app.routine_editor import place_of

    assert place_of(field, message) == place


def test_the_id_follows_the_name_until_typed_or_saved() -> None:
    ed = editor()
    ed.set("name", "Hill warm-up")
    assert ed.draft.id == "hill-warm-up"
    ed.undo()
    assert (ed.draft.name, ed.draft.id) == ("My routine", "my-routine")  # one undo step
    ed.redo()
    ed.set("name", "Warmup standard")  # a built-in's id is never taken
    assert ed.draft.id == "warmup-standard-2" and "warmup-standard" in ed.taken
    ed.set("id", "hills")
    ed.set("name", "Hill warm-up, long")
    assert ed.draft.id == "hills"  # typed: it stays
    saved = editor()
    saved.set("name", "Track day")
    saved.mark_saved(dataclasses.replace(LIBRARY.get("warmup-quick"), id="track-day"))
    saved.set("name", "Track day, easy")
    assert saved.draft.id == "track-day" and saved.unsaved


def test_a_copy_follows_its_new_name_and_editing_yours_keeps_its_id() -> None:
    copy = editor("warmup-quick")
    copy.set("name", "My quick one")
    assert copy.draft.id == "my-quick-one"
    mine = dataclasses.replace(LIBRARY.get("warmup-quick"), id="quick-mine",
                               origin=Origin.USER)
    ed = new_editor(LIBRARY.catalogue, PlanSettings(), LIBRARY.routines, mine, edit=True)
    ed.set("name", "Renamed")
    assert ed.draft.id == "quick-mine"


def test_one_sided_exercises_start_on_each_side() -> None:
    ed = editor()
    one_sided = next(e.id for e in LIBRARY.catalogue.values() if e.side_part)
    both = next(e.id for e in LIBRARY.catalogue.values() if not e.side_part)
    first = ed.add_step(one_sided)
    second = ed.add_step(both)
    assert [ed.draft.steps[i].sides for i in (first, second)] == ["per-side", "once"]


def test_unsaved_is_what_back_would_lose() -> None:
    ed = editor()
    assert not ed.unsaved
    ed.set("description", "Hills.")
    assert ed.unsaved
    ed.undo()
    assert not ed.unsaved  # back to what was opened


def test_a_tip_after_a_rep_is_typed_kept_and_checked() -> None:
    ed = editor()
    ed.set("description", "Circles.")
    i = ed.add_step("ankle-circles")
    ed.set_step(i, "counted", True)
    ed.set_step(i, "amount", "8")
    ed.set_step(i, "tips", (Tip("Other way.", after_rep="4"),))
    assert ed.valid, ed.shown().checked.problems
    (cue,) = ed.routine().steps[0].cues
    assert cue.after_rep == 4 and cue.text == "Other way."
    ed.set_step(i, "tips", (Tip("Other way.", after_rep="8"),))
    assert ed.shown().at("steps[0]") == [
        "after_rep: 8 is out of range; expected 1 to 7"]


def test_a_copy_keeps_its_own_pronunciations_and_hear_it_says_them() -> None:
    own = (("Q-angle", "queue angle"),)
    base = LIBRARY.get("warmup-quick")
    mine = dataclasses.replace(base, pronounce=(*LIBRARY.catalogue.pronounce, *own))
    ed = new_editor(LIBRARY.catalogue, PlanSettings(), LIBRARY.routines, mine)
    assert ed.draft.pronounce == own  # the catalogue's are not copied into the file
    assert ed.valid and ed.routine().pronounce == mine.pronounce
    assert ed.voice("Mind the Q-angle & the Sit-to-stand.") == \
        "Mind the Queue angle and the Sit down and stand up."


def test_a_decimal_is_shown_and_typed_with_the_language_s_mark() -> None:
    """German writes 2,5: the editor shows a built-in's 2.5 s a rep so, and reads it back."""
    from coach.core.language.current_language import set_language

    set_language("de")
    routine = next(r for r in LIBRARY.routines
                   if any(s.rep_seconds is not None and s.rep_seconds % 1 for s in r.steps))
    ed = editor(routine.id)
    tempos = [s.tempo for s in ed.draft.steps if s.tempo and not s.tempo.isdigit()]
    assert tempos and all("," in t and "." not in t for t in tempos), tempos
    assert ed.valid, ed.shown().checked.problems
    assert ed.routine().steps == routine.steps
