"""Files you name: ``export ID -`` writes to standard output; export follows a link to a regular
file or refuses, never replacing a link or what is not a regular file; any name the file system
allows works; and every routine command answers an error from the operating system with one
line naming the file and what to do (issue 22: each was a traceback, and as root ``export
--replace`` replaced /dev/null)."""

from __future__ import annotations

import errno
import os
import stat
import sys
import tomllib
from pathlib import Path

import pytest

from coach.cli.entry import main
from coach.core.files import atomic
from tests.core.helpers import TINY_TOML

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="links and FIFOs as on POSIX")


@pytest.fixture(autouse=True)
def mine(data: Path, config: Path) -> Path:
    folder = data / "routines"
    folder.mkdir(parents=True)
    (folder / "tiny.toml").write_text(TINY_TOML, "utf-8")
    return folder


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_export_to_standard_output(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["export", "tiny", "-"]) == 0
    out = capsys.readouterr().out
    assert tomllib.loads(out)["id"] == "tiny"
    assert not (tmp_path / "-").exists()


def test_a_built_in_to_standard_output_says_its_new_id_on_stderr(capsys):
    assert main(["export", "warmup-quick", "-"]) == 0
    captured = capsys.readouterr()
    assert tomllib.loads(captured.out)["id"] == "warmup-quick-copy"
    assert "warmup-quick-copy" in captured.err


@posix_only
def test_a_link_to_a_file_is_followed_and_stays_a_link(tmp_path, capsys):
    real = tmp_path / "real.toml"
    real.write_text("old", "utf-8")
    link = tmp_path / "link.toml"
    link.symlink_to(real)
    assert main(["export", "tiny", str(link)]) == 1  # it exists: not without --replace
    assert real.read_text("utf-8") == "old"
    assert main(["export", "tiny", str(link), "--replace"]) == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert tomllib.loads(real.read_text("utf-8"))["id"] == "tiny"


@posix_only
def test_a_dangling_link_is_followed_only_with_replace(tmp_path, capsys):
    link = tmp_path / "link.toml"
    link.symlink_to(tmp_path / "nowhere.toml")
    assert main(["export", "tiny", str(link)]) == 1
    assert "does not exist" in capsys.readouterr().out
    assert link.is_symlink() and not (tmp_path / "nowhere.toml").exists()
    assert main(["export", "tiny", str(link), "--replace"]) == 0
    assert link.is_symlink()
    assert tomllib.loads((tmp_path / "nowhere.toml").read_text("utf-8"))["id"] == "tiny"


@posix_only
@pytest.mark.parametrize("through_a_link", [False, True])
def test_what_is_not_a_regular_file_is_never_replaced(tmp_path, capsys, through_a_link):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)  # stands for a device: /dev/null was replaced as root
    dest = pipe
    if through_a_link:
        dest = tmp_path / "link"
        dest.symlink_to(pipe)
    assert main(["export", "tiny", str(dest), "--replace"]) == 1
    out = capsys.readouterr().out
    assert "not a regular file" in out and "- for standard output" in out
    assert stat.S_ISFIFO(os.stat(pipe).st_mode) and dest.is_symlink() == through_a_link


def test_a_folder_is_never_replaced(tmp_path, capsys):
    folder = tmp_path / "folder"
    folder.mkdir()
    assert main(["export", "tiny", str(folder), "--replace"]) == 1
    assert "not a regular file" in capsys.readouterr().out
    assert folder.is_dir()


@pytest.mark.parametrize("length", [245, 255])
def test_any_name_the_file_system_allows(tmp_path, capsys, length):
    name = "a" * (length - len(".toml")) + ".toml"
    out = tmp_path / "out"
    out.mkdir()
    assert main(["export", "tiny", str(out / name)]) == 0
    assert tomllib.loads((out / name).read_text("utf-8"))["id"] == "tiny"
    assert [p.name for p in out.iterdir()] == [name]  # no temporary file left


def test_a_missing_folder_is_one_line(tmp_path, capsys):
    dest = tmp_path / "no-such-folder" / "x.toml"
    assert main(["export", "tiny", str(dest)]) == 1
    line = _one_line(capsys)
    assert line == (f"limber: cannot write {dest}: its folder does not exist; make the "
                    "folder first, or choose another place")


def test_a_name_too_long_is_one_line(tmp_path, capsys):
    dest = tmp_path / ("a" * 300 + ".toml")
    assert main(["export", "tiny", str(dest)]) == 1
    assert _one_line(capsys).endswith("the name is too long for this file system; choose a "
                                      "shorter one")


@pytest.mark.parametrize(("code", "says"), [
    (errno.ENOSPC, "the disk is full; free some space and try again"),
    (errno.EROFS, "the disk or folder is read-only; choose a folder you can write to"),
    (errno.EACCES, "permission denied; choose a folder you can write to"),
])
@pytest.mark.parametrize("command", ["export", "import", "delete", "restore"])
def test_every_routine_command_answers_an_os_error_in_one_line(
        tmp_path, capsys, monkeypatch, mine, code, says, command):
    source = tmp_path / "other.toml"
    source.write_text(TINY_TOML.replace('"tiny"', '"other"'), "utf-8")
    if command == "restore":
        assert main(["delete", "tiny"]) == 0
        capsys.readouterr()

    def refuse(*args: object, **kwargs: object) -> Path:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic, "_write_temp", refuse)  # every write's first step
    args = {"export": ["export", "tiny", str(tmp_path / "out.toml")],
            "import": ["import", str(source)], "delete": ["delete", "tiny"],
            "restore": ["restore", "tiny"]}[command]
    assert main(args) == 1
    line = _one_line(capsys)
    assert line.startswith("limber: cannot write ") and line.endswith(says)
    assert str(tmp_path) in line  # the file the user knows, never a temporary one
    assert ".tmp" not in line
    if command == "delete":
        assert (mine / "tiny.toml").exists()  # nothing half-done: still there


def test_restore_takes_the_copy_deleted_last_even_after_the_clock_went_back(mine, capsys):
    from datetime import datetime

    from coach.cli.routine_file_commands import my_routines

    my_routines().delete("tiny", now=datetime(2026, 12, 6, 9, 0))
    (mine / "tiny.toml").write_text(TINY_TOML.replace("Tiny routine", "Tiny, later"), "utf-8")
    my_routines().delete("tiny", now=datetime(2026, 12, 5, 9, 0))  # the clock was put back
    trashed = my_routines().trashed()
    assert [t.name for t in trashed] == ["Tiny, later", "Tiny routine"]
    assert main(["restore", "tiny"]) == 0
    assert "Tiny, later" in (mine / "tiny.toml").read_text("utf-8")
