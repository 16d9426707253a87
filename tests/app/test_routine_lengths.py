"""Routine lengths remembered between starts: right, refreshed by any change, never a failure."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from coach.app.routine_lengths import FILE_NAME, RoutineLengths
from coach.core.model import Routine
from coach.core.plan.compiler import PlanSettings, compile_plan
from tests.core.helpers import three_step


class Counting:
    def __init__(self) -> None:
        self.compiled: list[str] = []

    def __call__(self, routine: Routine, settings: PlanSettings) -> int:
        self.compiled.append(routine.id)
        return compile_plan(routine, settings).total_seconds


def routines() -> list[Routine]:
    first = three_step()
    return [first, replace(first, id="other", name="Other")]


def test_a_second_start_reads_the_lengths_instead_of_compiling(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    first, second = Counting(), Counting()
    settings = PlanSettings()
    totals = RoutineLengths(path, first).totals(routines(), settings)
    assert first.compiled == [r.id for r in routines()]
    assert totals == {r.id: compile_plan(r, settings).total_seconds for r in routines()}
    assert RoutineLengths(path, second).totals(routines(), settings) == totals
    assert second.compiled == []


def test_an_edited_routine_or_other_settings_are_compiled_again(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    RoutineLengths(path, Counting()).totals(routines(), PlanSettings())
    edited = [routines()[0], replace(routines()[1], steps=routines()[1].steps[:1])]
    counting = Counting()
    lengths = RoutineLengths(path, counting)
    lengths.totals(edited, PlanSettings())
    assert counting.compiled == ["other"]
    lengths.totals(edited, PlanSettings(hold_scale=1.5))
    assert counting.compiled == ["other", routines()[0].id, "other"]
    assert len(json.loads(path.read_text())) == 2  # only what is current is kept


def test_a_damaged_file_is_only_a_reason_to_compile(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    for damage in ("{not json", "[1, 2]", json.dumps({"k": "600", "j": -5, "i": True})):
        path.write_text(damage)
        counting = Counting()
        totals = RoutineLengths(path, counting).totals(routines(), PlanSettings())
        assert len(counting.compiled) == 2
        assert sorted(json.loads(path.read_text()).values()) == sorted(totals.values())


def test_a_folder_that_cannot_be_written_still_gives_the_lengths(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    totals = RoutineLengths(blocked / FILE_NAME, Counting()).totals(routines(), PlanSettings())
    assert set(totals) == {r.id for r in routines()}


def test_the_controller_shows_the_same_lengths_from_the_file(tmp_path: Path) -> None:
    from coach.app.controller import AppController
    from tests.qt.helpers import FakeLibrary

    plain = AppController(FakeLibrary()).lengths()
    remembered = AppController(FakeLibrary(), lengths_file=tmp_path / FILE_NAME)
    assert remembered.lengths() == plain
    assert AppController(FakeLibrary(), lengths_file=tmp_path / FILE_NAME).lengths() == plain
