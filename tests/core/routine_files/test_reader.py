"""One test per kind of problem the checker reports, and the shape of its messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.core.model import Catalogue, Origin, Sides
from coach.core.routine_files.library import load_library
from coach.core.routine_files.reader import load_catalogue, load_routine
from tests.core.helpers import CALF, CIRCLES, MARCH

CATALOGUE = {e.id: e for e in (MARCH, CALF, CIRCLES)}
GOOD = """\
id = "mine"
name = "My routine"
kind = "warm-up"
description = "For tests."

[defaults]
hold_seconds = 25

[[steps]]
exercise = "march"
seconds = 60

[[steps]]
exercise = "calf"
sides = "per-side"
cues = [ { at = "half", say = "Breathe out." } ]
"""


def problems_of(text: str, tmp_path: Path, name: str = "r.toml") -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    routine, problems = load_routine(path, CATALOGUE, origin=Origin.USER)
    assert (routine is None) == bool(problems)
    return [str(p) for p in problems]


def test_good_file_loads(tmp_path):
    path = tmp_path / "r.toml"
    path.write_text(GOOD)
    routine, problems = load_routine(path, CATALOGUE)
    assert problems == []
    assert routine is not None and routine.id == "mine" and len(routine.steps) == 2
    calf = routine.steps[1]
    assert calf.seconds == 25 and calf.sides is Sides.PER_SIDE  # from defaults.hold_seconds
    assert calf.cues[0].at is None and calf.cues[0].text == "Breathe out."


def test_syntax_error_has_line_and_column(tmp_path):
    bad = GOOD.replace('seconds = 60', 'seconds = = 60')
    [message] = problems_of(bad, tmp_path)
    assert message.startswith(f"{tmp_path / 'r.toml'}:11:")
    assert "TOML syntax error" in message


def test_unterminated_file_points_at_the_end(tmp_path):
    [message] = problems_of(GOOD + 'say = "never closed\n', tmp_path)
    assert ":17:20:" in message and "TOML syntax error" in message


def test_unknown_key_suggests_the_right_one(tmp_path):
    [message] = problems_of(GOOD.replace("seconds = 60", "secs = 60"), tmp_path)
    assert message == f"{tmp_path / 'r.toml'}:11:1: steps[0].secs: unknown key 'secs'; " \
                      "did you mean 'seconds'?"


def test_wrong_type(tmp_path):
    [message] = problems_of(GOOD.replace("seconds = 60", 'seconds = "sixty"'), tmp_path)
    assert "11:1: steps[0].seconds: expected a whole number of seconds, got 'sixty'" in message


def test_bool_is_not_a_number(tmp_path):
    [message] = problems_of(GOOD.replace("seconds = 60", "seconds = true"), tmp_path)
    assert "expected a whole number" in message


@pytest.mark.parametrize(("line", "expected"), [
    ("seconds = 0", "steps[0].seconds: 0 is out of range; expected 1 to 1800 seconds"),
    ("seconds = 1801", "steps[0].seconds: 1801 is out of range"),
    ("reps = 101", "steps[0].reps: 101 is out of range; expected 1 to 100"),
    ("changeover_seconds = 500\nseconds = 5", "steps[0].changeover_seconds: 500 is out of range"),
])
def test_out_of_range(tmp_path, line, expected):
    messages = problems_of(GOOD.replace("seconds = 60", line), tmp_path)
    assert any(expected in m for m in messages), messages


def test_unknown_exercise_id_suggests_a_close_one(tmp_path):
    [message] = problems_of(GOOD.replace('"march"', '"marhc"'), tmp_path)
    assert "10:1: steps[0].exercise: unknown exercise 'marhc'; did you mean 'march'?" in message


def test_unknown_choice(tmp_path):
    [message] = problems_of(GOOD.replace('"per-side"', '"each-side"'), tmp_path)
    assert "steps[1].sides: expected one of once, per-side, alternating, got 'each-side'" in message


def test_duplicate_exercise_id_with_catalogue(tmp_path):
    text = GOOD + '\n[exercises.march]\nname = "Marching"\nkind = "walk"\nfocus = ["hip"]\n' \
                  'how = "March."\n'
    [message] = problems_of(text, tmp_path)
    assert "exercises.march: duplicate exercise id 'march'" in message
    assert ":18:1:" in message


def test_duplicate_key_in_toml_is_a_syntax_error(tmp_path):
    [message] = problems_of(GOOD.replace("seconds = 60", "seconds = 60\nseconds = 61"), tmp_path)
    assert ":12:" in message


def test_empty_routine(tmp_path):
    text = GOOD.split("[defaults]")[0] + "steps = []\n"
    [message] = problems_of(text, tmp_path)
    assert "steps: the routine has no steps" in message


def test_missing_required_keys(tmp_path):
    messages = problems_of('id = "x"\n', tmp_path)
    assert any("missing required key 'name'" in m for m in messages)
    assert any("missing required key 'steps'" in m for m in messages)


def test_timed_and_counted_at_once(tmp_path):
    [message] = problems_of(GOOD.replace("seconds = 60", "seconds = 60\nreps = 5"), tmp_path)
    assert "steps[0].reps: a step is timed (seconds) or counted (reps), not both" in message


def test_cue_outside_the_step(tmp_path):
    [message] = problems_of(GOOD.replace('at = "half"', "at = 40"), tmp_path)
    assert "steps[1].cues[0].at: 40 s is outside the step" in message


COUNTED = GOOD + """
[[steps]]
exercise = "circles"
reps = 16
cues = [ { after_rep = 8, say = "Other way." } ]
"""


def test_a_cue_after_a_rep(tmp_path):
    path = tmp_path / "r.toml"
    path.write_text(COUNTED)
    routine, problems = load_routine(path, CATALOGUE)
    assert problems == [] and routine is not None
    (cue,) = routine.steps[2].cues
    assert cue.after_rep == 8 and cue.at is None and cue.text == "Other way."


@pytest.mark.parametrize(("change", "message"), [
    ("after_rep = 16", "steps[2].cues[0].after_rep: 16 is out of range; expected 1 to 15"),
    ("after_rep = 0", "steps[2].cues[0].after_rep: 0 is out of range; expected 1 to 15"),
    ("after_rep = 2.5", "steps[2].cues[0].after_rep: expected a whole number, got 2.5"),
    ("after_rep = 8, at = 3", "steps[2].cues[0].after_rep: a cue is said at a time (at) or "
                              "after a rep (after_rep), not both"),
    ("atfer_rep = 8", "steps[2].cues[0].atfer_rep: unknown key 'atfer_rep'; did you mean "
                      "'after_rep'?"),
])
def test_a_cue_after_a_rep_that_is_not_a_count_of_the_step(tmp_path, change, message):
    messages = problems_of(COUNTED.replace("after_rep = 8", change), tmp_path)
    assert any(message in m for m in messages), messages


def test_a_cue_after_a_rep_of_a_timed_step(tmp_path):
    text = GOOD.replace('at = "half"', "after_rep = 2")
    [message] = problems_of(text, tmp_path)
    assert "steps[1].cues[0].after_rep: after_rep only applies to a step with reps" in message


def test_spoken_text_with_symbols(tmp_path):
    [message] = problems_of(GOOD.replace("Breathe out.", "Breathe #out"), tmp_path)
    assert "steps[1].cues[0].say: '#' would be read out by the voice" in message


def test_symbols_with_a_spoken_form_are_kept_as_written(tmp_path):
    text = GOOD.replace('name = "My routine"', 'name = "Hips & hamstrings (easy)"').replace(
        "Breathe out.", "Breathe in/out, 10% slower + relax.")
    path = tmp_path / "r.toml"
    path.write_text(text)
    routine, problems = load_routine(path, CATALOGUE)
    assert problems == [] and routine is not None
    assert routine.name == "Hips & hamstrings (easy)"  # the screen shows what was typed
    assert routine.steps[1].cues[0].text == "Breathe in/out, 10% slower + relax."


PRONOUNCED = GOOD.replace("[defaults]", '''[pronounce]
"Calf stretch" = "Stretch your calf"
"in/out" = "in and out"

[defaults]''')


def test_a_routine_adds_to_the_catalogues_pronunciations(tmp_path):
    catalogue = Catalogue(CATALOGUE, (("March", "March on the spot"),
                                      ("Calf stretch", "Calf stretch at the wall")))
    path = tmp_path / "r.toml"
    path.write_text(PRONOUNCED)
    routine, problems = load_routine(path, catalogue)
    assert problems == [] and routine is not None
    assert routine.pronounce == (("March", "March on the spot"),
                                 ("Calf stretch", "Stretch your calf"), ("in/out", "in and out"))


@pytest.mark.parametrize(("entry", "message"), [
    ('"Calf" = "Stretch #1"', "pronounce.Calf: '#' would be read out by the voice"),
    ('"Calf" = ""', "pronounce.Calf: must not be empty"),
    ('"Calf" = 3', "pronounce.Calf: expected text in quotes, got 3"),
    ('" " = "x"', "the written words must be one line of 1 to 100 visible characters"),
])
def test_a_bad_pronunciation(tmp_path, entry, message):
    text = GOOD.replace("[defaults]", f"[pronounce]\n{entry}\n\n[defaults]")
    messages = problems_of(text, tmp_path)
    assert any(message in m for m in messages), messages


def test_the_catalogues_pronunciations(tmp_path):
    path = tmp_path / "exercises.toml"
    path.write_text('[pronounce]\n"Sit-to-stand" = "Sit down and stand up"\n\n'
                    '[exercises.sit]\nname = "Sit-to-stand"\nkind = "strength"\n'
                    'focus = ["quad"]\nhow = "Sit, stand."\n')
    catalogue, problems = load_catalogue(path)
    assert problems == [] and list(catalogue) == ["sit"]
    assert catalogue.pronounce == (("Sit-to-stand", "Sit down and stand up"),)


def test_bad_id(tmp_path):
    [message] = problems_of(GOOD.replace('id = "mine"', 'id = "My Routine"'), tmp_path)
    assert "1:1: id: a routine id must be lower-case letters" in message


def test_too_big_file_is_refused(tmp_path):
    [message] = problems_of(GOOD + "#" * (1024 * 1024), tmp_path)
    assert "limited to 1048576 bytes (1 MiB)" in message


def test_not_utf8(tmp_path):
    path = tmp_path / "r.toml"
    path.write_bytes(b"id = \"\xff\"\n")
    _, problems = load_routine(path, CATALOGUE)
    assert "not UTF-8" in str(problems[0])


def test_catalogue_problems(tmp_path):
    path = tmp_path / "exercises.toml"
    path.write_text('[exercises.a]\nname = "A"\nkind = "stretchy"\nfocus = ["calf", "toes"]\n'
                    'how = "x"\ncolour = "red"\n')
    exercises, problems = load_catalogue(path)
    text = [str(p) for p in problems]
    assert exercises == {}
    assert any("3:1: exercises.a.kind: expected one of" in t for t in text)
    assert any("exercises.a.focus[1]: expected one of" in t for t in text)
    assert any("6:1: exercises.a.colour: unknown key 'colour'" in t for t in text)


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "good.toml").write_text(GOOD.replace('"march"', '"brisk-walk"')
                                    .replace('"calf"', '"calf-stretch"'))
    (mine / "bad.toml").write_text("this is not toml")
    (mine / "dup.toml").write_text(GOOD.replace('id = "mine"', 'id = "warmup-quick"')
                                   .replace('"march"', '"brisk-walk"')
                                   .replace('"calf"', '"calf-stretch"'))
    library = load_library(user_dir=mine)
    ids = [r.id for r in library.routines]
    assert "mine" in ids and "warmup-quick" in ids
    assert [r.id for r in library.mine()] == ["mine"]
    problems = [str(p) for p in library.problems]
    assert any("bad.toml:1:" in p for p in problems)
    assert any("dup.toml" in p and "duplicate routine id 'warmup-quick'" in p for p in problems)
