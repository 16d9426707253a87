"""Preferences values made to break the store: loading never raises, setting says why."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from coach.cli.typed_values import parse_typed
from coach.storage.prefs import PreferencesStore
from coach.storage.prefs_schema import find_setting


def write(folder: Path, text: str) -> PreferencesStore:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "preferences.json").write_text(text, encoding="utf-8")
    return PreferencesStore(folder)


@pytest.mark.parametrize("value", ["9" * 400, "-" + "9" * 400, "1e400", "9" * 4000])
def test_a_huge_number_in_the_file_falls_back_to_the_default(tmp_path, value):
    result = write(tmp_path, f'{{"schema_version": 1, "hold_scale": {value}, '
                             f'"lead_in_seconds": {value}}}').load()
    assert result.preferences.hold_scale == 1.0 and result.preferences.lead_in_seconds == 10
    assert any("hold_scale" in p and "not valid" in p for p in result.problems)
    assert all(len(p) < 400 for p in result.problems)


def test_a_number_past_pythons_digit_limit_sets_the_file_aside(tmp_path):
    result = write(tmp_path, '{"hold_scale": ' + "9" * 5000 + "}").load()
    assert result.preferences.hold_scale == 1.0
    assert [p for p in result.problems if "damaged" in p]
    assert list(tmp_path.glob("preferences.json.corrupt-*"))


def test_deeply_nested_values_in_the_file(tmp_path):
    result = write(tmp_path, '{"last_routines": ' + "[" * 100_000 + "]" * 100_000 + "}").load()
    assert result.preferences.last_routines == {}
    assert result.problems




def test_a_whole_number_written_as_a_float_is_read_alike_by_the_file_and_by_set(tmp_path):
    from_file = write(tmp_path / "a", '{"schema_version": 1, "lead_in_seconds": 60.0}').load()
    assert from_file.preferences.lead_in_seconds == 60 and not from_file.problems
    assert parse_typed(find_setting("lead_in_seconds"), "60.0") == 60


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_in_place_of_the_file_does_not_hang(tmp_path):
    tmp_path.mkdir(exist_ok=True)
    os.mkfifo(tmp_path / "preferences.json")
    result = PreferencesStore(tmp_path).load()
    assert result.preferences.hold_scale == 1.0
    assert any("pipe" in p for p in result.problems)


def test_a_huge_file_is_set_aside(tmp_path):
    result = write(tmp_path, json.dumps({"voice_id": "x" * (2 * 1024 * 1024)})).load()
    assert result.preferences.voice_id == ""
    assert any("larger than 1 MiB" in p for p in result.problems)
