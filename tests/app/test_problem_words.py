"""A routine file's problems in the window's words: no field paths, no file grammar."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.app.problem_words import plain_message, plain_problem, where
from coach.core.plan.compiler import PlanSettings
from coach.core.routine_files.checker import check_routine
from coach.core.routine_files.library import load_library
from coach.core.routine_files.problems import Problem

LIBRARY = load_library(user_dir=Path("/nonexistent"))
BROKEN = [
    'id = "Bad Id"\nname = ""\nkind = "warmup"\ndescription = ""\nsteps = []\n',
    'id = "x"\nname = "X"\nkind = "warm-up"\ndescription = "d"\n[defaults]\n'
    'hold_seconds = "abc"\n[[steps]]\nexercise = "ankle-circle"\nseconds = 0\n[[steps]]\n'
    'exercise = "march"\nseconds = "ten"\nsides = "each"\ncues = [ { at = 999, say = "x" } ]\n',
    'id = "x"\nname = "X"\nkind = "warm-up"\ndescription = "d"\nbogus = 1\n[[steps]]\n'
    'exercise = "march"\nseconds = 10\nreps = 3\n',
    'id = "x"\nname = "X"\nkind = "warm-up"\ndescription = "d"\n[[steps]\n',
    'id = "x"\nname = "X"\nkind = "warm-up"\ndescription = "d"\n[[steps]]\n'
    'exercise = "calf-raises"\nreps = 10\nrep_seconds = 0.5\n',
    'id = "x"\nname = "X"\nkind = "warm-up"\ndescription = "d"\n[[steps]]\n'
    'exercise = "march"\nseconds = 10\ncues = [ { after_rep = 2, say = "x" } ]\n[[steps]]\n'
    'exercise = "calf-raises"\nreps = 1\ncues = [ { after_rep = 2, say = "x" } ]\n[[steps]]\n'
    'exercise = "calf-raises"\nreps = 4\ncues = [ { after_rep = 2, at = 1, say = "x" }, '
    '{ after_rep = 4, say = "x" } ]\n',
]


@pytest.mark.parametrize("text", BROKEN)
def test_no_problem_is_said_in_code_notation(text):
    checked = check_routine(None, LIBRARY.catalogue, PlanSettings(), text=text, taken={})
    said = [plain_problem(p) for p in [*checked.problems, *checked.warnings]]
    assert said
    for line in said:
        assert "[" not in line and "_seconds" not in line and "rep_seconds" not in line, line
        assert line.rstrip()[-1] in ".?!", line
        assert "TOML" not in line and "key " not in line, line


def test_the_import_words_for_an_unknown_exercise():
    problem = Problem(Path("bad.toml"), "unknown exercise 'ankle-circle'; did you mean "
                      "'ankle-circles'?", "steps[0].exercise", 8, 1)
    assert plain_problem(problem) == ("Line 8, step 1, exercise: There is no exercise "
                                      "'ankle-circle' in the catalogue or the routine; did "
                                      "you mean 'ankle-circles'?")


@pytest.mark.parametrize(("field", "said"), [
    ("name", "Name"), ("defaults.hold_seconds", "Hold time"), ("steps", "Steps"),
    ("steps[2]", "Step 3"), ("steps[0].rep_seconds", "Step 1, seconds a rep"),
    ("steps[1].cues[0]", "Step 2, tip 1"), ("steps[1].cues[2].at", "Step 2, tip 3, its time"),
    ("steps[0].cues[1].after_rep", "Step 1, tip 2, its rep"),
    ("exercises.wall-sit.how", "Exercise 'wall-sit', how to do it"),
])
def test_where_names_the_field_as_the_window_does(field, said):
    assert where(field) == said


def test_messages_read_as_sentences():
    assert plain_message("the routine has no steps; add at least one [[steps]]") == \
        "The routine has no steps yet: add at least one."
    assert plain_message("expected a whole number of seconds, got 'ten'") == \
        "Type a whole number (seconds), not 'ten'."
    assert plain_message("a step is timed (seconds) or counted (reps), not both") == \
        "A step is timed (seconds) or counted (reps), not both."
