"""The routine library remembered between starts: read back only while no routine file
changed, never trusted when damaged or foreign."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

import coach.app.library_cache as library_cache
from coach.app.library_cache import cached_library
from coach.core.routine_files.library import load_library
from tests.core.helpers import TINY_TOML as TINY


@pytest.fixture
def loads(monkeypatch) -> list[Path | None]:
    """Each time the routine files are really read."""
    calls: list[Path | None] = []

    def counting(user_dir=None, builtin_dir=None):
        calls.append(user_dir)
        return load_library(user_dir, builtin_dir)

    monkeypatch.setattr(library_cache, "load_library", counting)
    return calls


def test_the_second_start_reads_no_routine_file(tmp_path: Path, loads) -> None:
    cache, mine = tmp_path / "cache" / "library", tmp_path / "mine"
    mine.mkdir()
    (mine / "tiny.toml").write_text(TINY, "utf-8")
    first = cached_library(cache, mine)
    again = cached_library(cache, mine)
    assert len(loads) == 1
    assert again == first == load_library(mine)
    assert "tiny" in [r.id for r in again.mine()]


@pytest.mark.parametrize("change", ["edit", "add", "remove", "touch"])
def test_any_change_to_a_routine_file_means_reading_them_again(tmp_path: Path, loads,
                                                               change: str) -> None:
    cache, mine = tmp_path / "library", tmp_path / "mine"
    mine.mkdir()
    tiny = mine / "tiny.toml"
    tiny.write_text(TINY, "utf-8")
    cached_library(cache, mine)
    if change == "edit":
        tiny.write_text(TINY.replace("Tiny routine", "Tiny routine, renamed"), "utf-8")
    elif change == "add":
        (mine / "other.toml").write_text(TINY.replace('"tiny"', '"other"'), "utf-8")
    elif change == "remove":
        tiny.unlink()
    else:  # same size, same text, a newer time: read again (cheap, and never stale)
        stat = tiny.stat()
        os.utime(tiny, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    library = cached_library(cache, mine)
    assert len(loads) == 2
    assert library == load_library(mine)


@pytest.mark.parametrize("stored", [b"", b"not a pickle", pickle.dumps(("key", "not a library")),
                                    pickle.dumps((0, 1, 2))])
def test_a_damaged_cache_is_read_past_and_written_again(tmp_path: Path, loads,
                                                        stored: bytes) -> None:
    cache = tmp_path / "library"
    cache.write_bytes(stored)
    library = cached_library(cache, tmp_path / "none")
    assert library == load_library(tmp_path / "none")
    assert cache.read_bytes() != stored
    cached_library(cache, tmp_path / "none")
    assert len(loads) == 1  # the files once, past the damage; then the rewritten cache


class _Foreign:
    def __reduce__(self):
        return (os.mkdir, (str(_Foreign.target),))

    target = Path()


def test_a_foreign_pickle_runs_nothing(tmp_path: Path, loads) -> None:
    cache = tmp_path / "library"
    _Foreign.target = tmp_path / "was-run"
    key = library_cache.library_key((tmp_path / "a", tmp_path / "b"))
    cache.write_bytes(pickle.dumps((key, _Foreign())))
    library = cached_library(cache, tmp_path / "b", tmp_path / "a")
    assert not _Foreign.target.exists()
    assert len(loads) == 1 and library.routines == ()


def test_without_a_file_it_always_reads_the_routines(loads, tmp_path: Path) -> None:
    cached_library(None, tmp_path)
    cached_library(None, tmp_path)
    assert len(loads) == 2
