"""The built-ins' words in other languages: read, applied, and checked for what is missing or
extra, by file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.core.files.shipped_data import routines_dir
from coach.core.model import Origin
from coach.core.routine_files.library import load_library
from coach.core.routine_files.translations import check_translation, translation_path
from tests.core.helpers import TINY_TOML

ENGLISH = load_library(user_dir=Path("/nonexistent"), language="en")


@pytest.mark.parametrize("code", ["de", "es"])
def test_the_shipped_translations_are_complete(code):
    path = translation_path(routines_dir(), code)
    assert [str(p) for p in check_translation(path, ENGLISH.catalogue, ENGLISH.routines)] == []


def test_a_missing_and_an_extra_translation_are_named_with_file_line_and_key(tmp_path):
    text = translation_path(routines_dir(), "de").read_text("utf-8")
    text = text.replace('say = "Acht Kreise in jede Richtung."\n', "", 1)
    text += '\n[routines.warmup-quick.steps.99]\nsay = "Zu viel."\n'
    text = text.replace('[exercises.march]\nname = "Marschieren auf der Stelle"\n',
                        '[exercises.march]\nname = "Marschieren auf der Stelle"\nhalfway = "x"\n')
    path = tmp_path / "de.toml"
    path.write_text(text, "utf-8")
    found = [str(p) for p in check_translation(path, ENGLISH.catalogue, ENGLISH.routines)]
    assert any(f"{path}:" in p and "missing translation: routines.warmup-standard.steps.2.say"
               in p for p in found), found
    assert any("routines.warmup-quick.steps.99.say: extra translation" in p for p in found), found
    assert any("exercises.march.halfway: unknown key" in p for p in found), found
    assert all(p.startswith(f"{path}:") for p in found), found
    line = next(p for p in found if "steps.99" in p).split(":")[1]
    assert text.splitlines()[int(line) - 1] == 'say = "Zu viel."'


def test_a_translated_library_says_the_builtins_in_the_language_and_yours_as_written(tmp_path):
    (tmp_path / "tiny.toml").write_text(TINY_TOML + '\n[[steps]]\nexercise = "calf-stretch"\n'
                                        'seconds = 6\nsides = "per-side"\nsay = "My words."\n')
    german = load_library(user_dir=tmp_path, language="de")
    assert german.problems == ()
    assert german.get("warmup-standard").name == "Normales Aufwärmen"
    assert german.catalogue["calf-stretch"].sides_said == ("linkes Bein hinten",
                                                         "rechtes Bein hinten")
    mine = german.get("tiny")
    assert mine.origin is Origin.USER and mine.name == "Tiny routine"
    assert mine.steps[-1].say == "My words."  # spoken as written
    assert mine.steps[-1].exercise.name == "Wadendehnung"  # the catalogue's, in German

