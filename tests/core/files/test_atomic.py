from __future__ import annotations

import os
import stat
import sys
from datetime import datetime
from pathlib import Path

import pytest

from coach.core.files import atomic
from coach.core.files.atomic import backup_path, copy_aside, set_aside, write_atomic

WHEN = datetime(2024, 5, 1, 7, 30, 15)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_write_creates_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    write_atomic(target, "first")
    write_atomic(target, b"second\n")
    assert target.read_bytes() == b"second\n"
    assert names(tmp_path) == ["a.json"]


def test_text_is_utf8_without_newline_translation(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    write_atomic(target, "café\nline")
    assert target.read_bytes() == "café\nline".encode()


def test_backup_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    write_atomic(target, "one", backup=True)
    assert not backup_path(target).exists()  # nothing to back up on the first write
    write_atomic(target, "two", backup=True)
    write_atomic(target, "three", backup=True)
    assert target.read_text() == "three"
    assert backup_path(target).read_text() == "two"
    assert names(tmp_path) == ["a.json", "a.json.bak"]


def test_crash_before_replace_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.json"
    write_atomic(target, "good")

    def crash(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", crash)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, "new")
    assert target.read_text() == "good"
    assert names(tmp_path) == ["a.json"]


def test_crash_while_keeping_backup_leaves_everything_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.json"
    write_atomic(target, "old")
    write_atomic(target, "current", backup=True)
    real_replace = os.replace
    calls: list[str] = []

    def crash_second(src: str, dst: str) -> None:
        calls.append(str(dst))
        if len(calls) == 2:
            raise KeyboardInterrupt  # even a non-OSError interruption cleans up
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", crash_second)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new", backup=True)
    assert target.read_text() == "current"
    assert backup_path(target).read_text() == "current"  # the first replace made the backup
    assert names(tmp_path) == ["a.json", "a.json.bak"]


def test_failed_write_of_data_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.json"

    def no_fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(atomic.os, "fsync", no_fsync)
    with pytest.raises(OSError, match="Input/output"):
        write_atomic(target, "x")
    assert names(tmp_path) == []


def test_unwritable_folder_raises_permission_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def refuse(path: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        if flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, mode)

    monkeypatch.setattr(atomic.os, "open", refuse)
    with pytest.raises(PermissionError):
        write_atomic(tmp_path / "a.json", "x")
    assert names(tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_replacement_keeps_the_files_permissions(tmp_path: Path) -> None:
    target = tmp_path / "private.json"
    target.write_text("secret")
    target.chmod(0o600)
    write_atomic(target, "still secret")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_set_aside_renames_with_a_timestamp(tmp_path: Path) -> None:
    target = tmp_path / "preferences.json"
    target.write_text("{broken")
    moved = set_aside(target, WHEN)
    assert moved == tmp_path / "preferences.json.corrupt-20240501-073015"
    assert moved.read_text() == "{broken"
    assert not target.exists()


def test_set_aside_never_overwrites_an_earlier_one(tmp_path: Path) -> None:
    target = tmp_path / "preferences.json"
    moved = []
    for content in ("one", "two", "three"):
        target.write_text(content)
        moved.append(set_aside(target, WHEN))
    assert [p.name for p in moved] == [
        "preferences.json.corrupt-20240501-073015",
        "preferences.json.corrupt-20240501-073015-2",
        "preferences.json.corrupt-20240501-073015-3",
    ]
    assert [p.read_text() for p in moved] == ["one", "two", "three"]


def test_set_aside_defaults_to_now(tmp_path: Path) -> None:
    target = tmp_path / "x"
    target.write_text("x")
    moved = set_aside(target)
    assert moved.name.startswith("x.corrupt-" + datetime.now().strftime("%Y%m%d"))


def test_copy_aside_keeps_the_original(tmp_path: Path) -> None:
    target = tmp_path / "preferences.json"
    target.write_text('{"speech_rate": 9000}')
    copy = copy_aside(target, WHEN)
    assert copy.name == "preferences.json.corrupt-20240501-073015"
    assert copy.read_text() == target.read_text() == '{"speech_rate": 9000}'
    assert names(tmp_path) == ["preferences.json", "preferences.json.corrupt-20240501-073015"]


def test_a_cache_file_is_replaced_atomically_without_flushing_to_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flushed: list[int] = []
    real_fsync = os.fsync

    def counting(fd: int) -> None:
        flushed.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", counting)
    target = tmp_path / "clip.wav"
    write_atomic(target, b"old", durable=False)
    write_atomic(target, b"new", durable=False)
    assert flushed == []
    assert target.read_bytes() == b"new" and names(tmp_path) == ["clip.wav"]
    write_atomic(target, b"kept")
    assert len(flushed) == 2  # the data, then the folder's entry
