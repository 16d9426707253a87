"""``limber show ID --json`` in every language: the cues hold no English, and every count is
said in the language. The content rules (counts on their beat, no overlaps, the pain rule) are
checked per language on estimates in tests/core/test_builtin_content.py and on real clips in
tests/speech/test_real_cue_fitting.py."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from coach.cli.entry import main
from coach.core.language.current_language import set_language
from coach.core.plan import plan_words
from coach.core.plan.compiler import compile_plan
from coach.core.plan.number_words import NUMBER_WORDS, number_word
from coach.core.routine_files.library import load_library
from tests.core.test_builtin_content import EXPECTED

LANGUAGES = ("de", "es")
# Words written alike in English and the language, which are the language's own where they
# stand: German "Hand", "Arm", "in" (in jede Richtung) and "leg" (leg den Fuß: put your foot);
# Spanish "a" (a paso ligero), "no", "flexor" and "control" (con control).
SHARED: dict[str, set[str]] = {"de": {"hand", "arm", "in", "leg"},
                               "es": {"a", "no", "flexor", "control"}}
_WORD = re.compile(r"[^\W\d_]+")


def _show(routine_id: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert main(["show", routine_id, "--json", "--estimate"]) == 0
    shown: dict[str, Any] = json.loads(capsys.readouterr().out)
    return shown


def _words(plan: dict[str, Any]) -> set[str]:
    texts = [c["text"] for c in plan["cues"]] + [plan["name"]] + \
        [s["name"] for s in plan["segments"]]
    return {w.lower() for t in texts for w in _WORD.findall(t)}


@cache
def english_words() -> frozenset[str]:
    """Every word the English built-ins say or show, and every English count."""
    set_language("en")
    words: set[str] = {w for n in NUMBER_WORDS for w in n.split()}
    for routine in load_library(user_dir=Path("/nonexistent"), language="en").routines:
        plan = compile_plan(routine)
        texts = [c.text for c in plan.cues] + [routine.name] + \
            [s.exercise.name for s in routine.steps]
        words |= {w.lower() for t in texts for w in _WORD.findall(t)}
    return frozenset(words)


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("routine_id", EXPECTED)
def test_no_english_is_left_and_every_count_is_in_the_language(code, routine_id, capsys):
    english = english_words()
    assert main(["prefs", "set", "language", code]) == 0
    capsys.readouterr()
    plan = _show(routine_id, capsys)
    left = (_words(plan) & english) - SHARED[code]
    assert left == set(), f"English left in {routine_id} ({code}): {sorted(left)}"
    set_language(code)
    for cue in plan["cues"]:
        if cue["type"] in ("count", "countdown"):
            text = cue["text"].rstrip(".")
            assert text in {plan_words.capitalised(number_word(n)) for n in range(101)}, cue
            assert text.lower() not in english, cue


def test_check_names_a_missing_translation_by_file_line_and_key(tmp_path, capsys):
    from coach.core.files.shipped_data import routines_dir

    shipped = routines_dir() / "i18n" / "es.toml"
    assert main(["check", str(shipped)]) == 0
    broken = tmp_path / "i18n" / "es.toml"
    broken.parent.mkdir()
    broken.write_text(shipped.read_text("utf-8").replace(
        'name = "Círculos de cadera"\n', ""), "utf-8")
    capsys.readouterr()
    assert main(["check", str(broken)]) == 1
    out = capsys.readouterr().out
    assert f"{broken}:" in out and "missing translation: exercises.hip-circles.name" in out


@pytest.mark.parametrize(("code", "kinds", "side"), [
    ("de", ("Vorlauf", "Übung", "Wechsel"), "[links]"),
    ("es", ("entrada", "ejercicio", "cambio"), "[izquierda]"),
])
def test_shows_plain_text_names_the_steps_and_sides_in_the_language(code, kinds, side, capsys):
    assert main(["prefs", "set", "language", code]) == 0
    capsys.readouterr()
    assert main(["show", "cooldown-quick", "--estimate"]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()
            if re.match(r"\s+\d+:\d\d\s+\d+ s ", line)]
    shown = {row[3] for row in rows}
    assert set(kinds) <= shown
    assert not shown & {"lead-in", "exercise", "switch", "gap"}
    assert any(side in " ".join(row) for row in rows)
