"""The preferences' and the history's notices reach the runner in the language: each problem
a damaged or odd file really gives, read in German and Spanish; English as storage wrote it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from coach.app.storage_words import storage_notice
from coach.core.language.current_language import set_language
from coach.storage.history import HistoryStore
from coach.storage.prefs import PreferencesStore

ENGLISH = {"the", "your", "is", "using", "could", "not", "was", "kept", "ignored", "valid",
           "default", "folder", "history", "read"}


def _problems(tmp_path: Path) -> list[str]:
    found: list[str] = []
    cases = {
        "damaged": ("{", None),
        "damaged-and-backup": ("{", "nope"),
        "odd-values": (json.dumps({"schema_version": "one", "speech_rate": 5, "speach": 1}),
                       None),
    }
    for name, (text, backup) in cases.items():
        folder = tmp_path / name
        folder.mkdir()
        (folder / "preferences.json").write_text(text, encoding="utf-8")
        if backup is not None:
            (folder / "preferences.json.bak").write_text(backup, encoding="utf-8")
        found += PreferencesStore(folder).load().problems
    in_the_way = tmp_path / "folder"
    (in_the_way / "preferences.json").mkdir(parents=True)
    found += PreferencesStore(in_the_way).load().problems
    history = tmp_path / "history.sqlite3"
    history.write_bytes(b"not a database at all, but long enough to look like one" * 200)
    with HistoryStore(history) as store:
        found += store.problems
    return found


@pytest.mark.parametrize("code", ["de", "es"])
def test_every_problem_of_a_damaged_file_is_said_in_the_language(tmp_path, code):
    problems = _problems(tmp_path)
    assert len(problems) >= 7
    set_language(code)
    for problem in problems:
        said = storage_notice(problem)
        assert said != problem
        # What went wrong, in brackets, is the system's own words (a JSON parser's, an OS error).
        plain = re.sub(r"\([^()]*(\([^()]*\)[^()]*)*\)", "", said)
        words = {w.strip(".,;:'\"").lower() for w in plain.split() if "/" not in w}
        assert not words & ENGLISH, said


def test_english_is_as_storage_wrote_it(tmp_path):
    for problem in _problems(tmp_path):
        assert storage_notice(problem) == problem
