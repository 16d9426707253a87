"""One locator for the user's folders: every reader agrees on where they are."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
import pytest

from coach.cli.entry import main
from coach.core.files.user_folders import Folder, cache_dir, config_dir, data_dir, user_routines_dir
from coach.core.routine_files.library import load_library


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))  # what expanduser reads on Windows
    return tmp_path


def test_a_padded_tilde_override_sends_routines_and_history_to_one_folder(
        home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LIMBER_DATA_DIR", "~/x ")
    assert data_dir() == home / "x"
    assert user_routines_dir() == home / "x" / "routines"

    assert main(["list"]) == 0
    assert f"Your own routines go in {home / 'x' / 'routines'}" in capsys.readouterr().err
    assert main(["history", "--json"]) == 0
    assert (home / "x" / "history.sqlite3").is_file()
    assert not any(p.name.startswith("x ") for p in home.iterdir())


def test_every_folder_is_normalised_the_same_way(home: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    for folder, read in ((Folder.CONFIG, config_dir), (Folder.DATA, data_dir),
                         (Folder.CACHE, cache_dir)):
        monkeypatch.setenv(folder.env, f"  ~/{folder}\t")
        assert read() == home / str(folder)
        monkeypatch.chdir(home)
        monkeypatch.setenv(folder.env, "relative/here")
        assert read() == home / "relative" / "here"  # from the working directory, made absolute


def test_a_blank_override_means_the_platform_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIMBER_CONFIG_DIR", "   ")
    monkeypatch.setenv("LIMBER_DATA_DIR", "")
    monkeypatch.delenv("LIMBER_CACHE_DIR")
    assert config_dir() == Path(platformdirs.user_config_dir("limber"))
    assert data_dir() == Path(platformdirs.user_data_dir("limber"))
    assert cache_dir() == Path(platformdirs.user_cache_dir("limber"))


def test_the_library_reads_the_user_routines_where_the_locator_says(
        home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIMBER_DATA_DIR", " ~/y")
    mine = home / "y" / "routines"
    mine.mkdir(parents=True)
    (mine / "broken.toml").write_text("not = [valid")
    problems = load_library().problems
    assert [p.path for p in problems] == [mine / "broken.toml"]
    assert os.environ["LIMBER_DATA_DIR"] == " ~/y"  # read, never rewritten
