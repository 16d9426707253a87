"""A speech program's answers about itself, remembered between starts until it changes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coach.speech.engines import flite, remembered_probes
from coach.speech.engines.remembered_probes import FILE, answer


class Program:
    """A stand-in program file and how often it was asked."""

    def __init__(self, folder: Path, says: str | None = "Voices available: rms slt\n") -> None:
        self.path = folder / "flite"
        self.path.write_text("#!/bin/sh\n")
        self.says = says
        self.asked = 0

    def ask(self) -> str | None:
        self.asked += 1
        return self.says


@pytest.fixture
def folder_a(tmp_path: Path) -> Path:
    (tmp_path / "a").mkdir()
    return tmp_path / "a"


def test_an_answer_is_asked_once_then_remembered(tmp_path: Path) -> None:
    program = Program(tmp_path)
    for _ in range(3):  # three starts of the app
        assert answer(str(program.path), "-lv", program.ask, folder=tmp_path / "cache") == \
            "Voices available: rms slt\n"
    assert program.asked == 1
    assert (tmp_path / "cache" / FILE).exists()


def test_a_changed_program_is_asked_again(tmp_path: Path) -> None:
    program = Program(tmp_path)
    answer(str(program.path), "--version", program.ask, folder=tmp_path)
    program.path.write_text("#!/bin/sh\n# a newer build\n")  # another size
    os.utime(program.path, ns=(1, 1))  # and another time
    program.says = "flite-2.3"
    assert answer(str(program.path), "--version", program.ask, folder=tmp_path) == "flite-2.3"
    assert program.asked == 2


def test_each_option_and_program_has_its_own_answer(tmp_path: Path, folder_a: Path) -> None:
    one = Program(folder_a)
    (tmp_path / "b").mkdir()
    other = Program(tmp_path / "b", says="festival 2.5")
    assert answer(str(one.path), "-lv", one.ask, folder=tmp_path) == one.says
    assert answer(str(one.path), "--version", lambda: "flite-2.2", folder=tmp_path) == "flite-2.2"
    assert answer(str(other.path), "-lv", other.ask, folder=tmp_path) == "festival 2.5"


def test_no_answer_is_not_remembered_and_a_damaged_file_is_asked_past(
        tmp_path: Path, folder_a: Path) -> None:
    program = Program(folder_a, says=None)
    assert answer(str(program.path), "-lv", program.ask, folder=tmp_path) is None
    assert answer(str(program.path), "-lv", program.ask, folder=tmp_path) is None
    assert program.asked == 2  # a program that said nothing is asked again next time
    (tmp_path / FILE).write_text("{not json")
    program.says = "Voices available: rms\n"
    assert answer(str(program.path), "-lv", program.ask, folder=tmp_path) == program.says


def test_a_missing_program_has_no_answer(tmp_path: Path) -> None:
    assert answer(str(tmp_path / "gone"), "-lv", lambda: "never", folder=tmp_path) is None


def test_a_read_only_cache_folder_still_answers(tmp_path: Path, folder_a: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kw: object) -> None:
        raise PermissionError("read-only")

    monkeypatch.setattr(remembered_probes, "write_atomic", refuse)
    program = Program(folder_a)
    assert answer(str(program.path), "-lv", program.ask, folder=tmp_path) == program.says


@pytest.mark.usefixtures("flite")
def test_a_new_app_process_asks_flite_nothing_it_was_told_before(cache_dir: Path,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 ) -> None:
    flite._ask_program.cache_clear()
    voices, version = flite.installed_voices(), flite.flite_version()
    flite._ask_program.cache_clear()  # as in a new process
    runs: list[str] = []
    monkeypatch.setattr(flite, "_run_program", lambda command, option: runs.append(option))
    assert flite.installed_voices() == voices and flite.flite_version() == version
    assert runs == []
    flite._ask_program.cache_clear()
