"""Ids are whole (anchored at the end: "evil\\n" is no id) and names and texts hold no character
that shows as nothing, so no routine can look exactly like a built-in (issue 22)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.core.model import Origin
from coach.core.routine_files.reader import load_catalogue, load_routine
from tests.core.routine_files.test_reader import CATALOGUE, GOOD


def _problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "r.toml"
    path.write_text(text, encoding="utf-8")
    routine, problems = load_routine(path, CATALOGUE, origin=Origin.USER)
    assert (routine is None) == bool(problems)
    return [str(p) for p in problems]


@pytest.mark.parametrize("routine_id", ["evil\\n", "evil\\r\\n", "-evil", "Evil", "e vil"])
def test_an_id_is_checked_to_its_end(tmp_path, routine_id):
    [message] = _problems(tmp_path, GOOD.replace('id = "mine"', f'id = "{routine_id}"'))
    assert f"{tmp_path / 'r.toml'}:1:1: id: a routine id must be lower-case letters" in message


@pytest.mark.parametrize(("escaped", "named"), [
    ("\\u200b", "U+200B ZERO WIDTH SPACE"),
    ("\\u200d", "U+200D ZERO WIDTH JOINER"),
    ("\\u2060", "U+2060 WORD JOINER"),
    ("\\ufeff", "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
    ("\\u00ad", "U+00AD SOFT HYPHEN"),
    ("\\U000E0061", "U+E0061 TAG LATIN SMALL LETTER A"),
    ("\\uE000", "U+E000 a private-use character"),
    ("\\u2028", "U+2028 LINE SEPARATOR"),
    ("\\u2029", "U+2029 PARAGRAPH SEPARATOR"),
])
def test_an_invisible_character_in_a_name_is_refused_and_named(tmp_path, escaped, named):
    [message] = _problems(tmp_path, GOOD.replace('"My routine"', f'"Quick{escaped} warm-up"'))
    assert message.startswith(f"{tmp_path / 'r.toml'}:2:1: name: holds the invisible "
                              f"character {named}; delete it")


@pytest.mark.parametrize("field", ["description", "say", "finish"])
def test_an_invisible_character_in_any_text_is_refused(tmp_path, field):
    text = {"description": GOOD.replace('"For tests."', '"For\\u200b tests."'),
            "say": GOOD.replace('say = "Breathe out."', 'say = "Breathe\\u2028out."'),
            "finish": GOOD.replace('description = "For tests."',
                                   'description = "For tests."\nfinish = "Done\\u200c."')}[field]
    [message] = _problems(tmp_path, text)
    assert "holds the invisible character U+" in message
    assert f"{field}: holds" in message


def test_an_exercise_name_with_an_invisible_character_is_refused(tmp_path):
    path = tmp_path / "exercises.toml"
    path.write_text('[exercises.march]\nname = "Ma\\u200brch"\nkind = "walk"\n'
                    'focus = ["whole-body"]\nhow = "March."\n', encoding="utf-8")
    _, problems = load_catalogue(path)
    [message] = [str(p) for p in problems]
    assert "exercises.march.name: holds the invisible character U+200B ZERO WIDTH SPACE" \
        in message


def test_visible_words_in_any_script_still_load(tmp_path):
    assert _problems(tmp_path, GOOD.replace('"My routine"', '"Échauffement 準備運動 Разминка"')
                     .replace('"For tests."', '"Genou – douleur ≤ 3 · ça va."')) == []

