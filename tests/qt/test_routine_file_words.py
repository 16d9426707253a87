"""The window tells an error from the operating system about a routine file in the same one
sentence as the command line (issue 22: a traceback in the terminal, nothing in the window)."""

from __future__ import annotations

import errno
import os

import pytest

from coach.core.files import atomic
from coach.core.routine_files.library import load_library


@pytest.fixture
def files(window):
    rf = window.routine_files
    rf.told = []
    rf.tell = rf.told.append
    rf.ask = lambda question, yes: True
    return rf


def test_an_export_into_a_missing_folder_is_told_as_the_terminal_says_it(window, files,
                                                                          tmp_path):
    window.open_editor(load_library().get("warmup-quick"))
    dest = tmp_path / "no-such-folder" / "x.toml"
    files.save_path = lambda suggested: dest
    assert files.export_dialog() is None
    assert files.told == [f"cannot write {dest}: its folder does not exist; make the folder "
                          "first, or choose another place"]


def test_a_full_disk_while_importing_is_told_in_one_sentence(window, files, tmp_path,
                                                             monkeypatch):
    source = tmp_path / "mine.toml"
    source.write_text('id = "mine"\nname = "Mine"\nkind = "other"\ndescription = "x"\n'
                      '[[steps]]\nexercise = "brisk-walk"\nseconds = 30\n', "utf-8")

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic, "_write_temp", full)
    assert files.import_file(source) is None
    [said] = files.told
    assert said.startswith("cannot write ") and said.endswith(
        "the disk is full; free some space and try again")
