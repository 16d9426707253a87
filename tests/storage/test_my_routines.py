"""Your own routine files: import, export, delete to the trash and restore, from the command."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from coach.cli.entry import main
from coach.core.files.user_folders import routines_trash_dir, user_routines_dir
from coach.core.model import Origin
from coach.core.routine_files.library import load_library
from coach.storage import my_routines
from tests.core.helpers import TINY_TOML

TINY = "# my physio's list\n" + TINY_TOML


def _mine() -> dict[str, Path | None]:
    return {r.id: r.source for r in load_library().mine()}


def _write(tmp_path: Path, text: str, name: str = "in.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def test_import_copies_the_file_as_written_and_lists_it(tmp_path: Path, capsys) -> None:
    source = _write(tmp_path, TINY)
    assert main(["import", str(source)]) == 0
    target = user_routines_dir() / "tiny.toml"
    assert target.read_text("utf-8") == TINY  # comments and all
    assert _mine() == {"tiny": target}
    assert "imported 'tiny' (Tiny routine)" in capsys.readouterr().out


def test_import_of_a_bad_file_prints_what_check_prints_and_copies_nothing(
        tmp_path: Path, capsys) -> None:
    source = _write(tmp_path, TINY.replace("seconds = 8", "seconds = 0"))
    assert main(["check", str(source)]) == 1
    checked = capsys.readouterr().out
    assert main(["import", str(source)]) == 1
    out = capsys.readouterr()
    assert out.out == checked and "steps[0].seconds: 0 is out of range" in out.out
    assert "nothing imported" in out.err
    assert not user_routines_dir().exists() or not list(user_routines_dir().iterdir())


def test_import_copies_the_text_it_checked_even_if_the_file_changes_after(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = _write(tmp_path, TINY)
    check = my_routines.check_routine

    def check_then_spoil(*args: Any, **kwargs: Any) -> Any:
        checked = check(*args, **kwargs)
        # Another program saves the file between the check and the copy: now invalid.
        source.write_text(TINY.replace("seconds = 8", "seconds = 0"), "utf-8")
        return checked

    monkeypatch.setattr(my_routines, "check_routine", check_then_spoil)
    assert main(["import", str(source)]) == 0
    assert (user_routines_dir() / "tiny.toml").read_text("utf-8") == TINY


def test_import_never_overwrites_without_replace_and_keeps_the_old_one(
        tmp_path: Path, capsys) -> None:
    assert main(["import", str(_write(tmp_path, TINY))]) == 0
    newer = TINY.replace("Two short steps.", "Newer.")
    capsys.readouterr()
    assert main(["import", str(_write(tmp_path, newer, "newer.toml"))]) == 1
    out = capsys.readouterr()
    assert "a routine with the id 'tiny' is already there" in out.out
    assert "free: 'tiny-2'" in out.out and "--replace" in out.err
    assert "Two short steps." in (user_routines_dir() / "tiny.toml").read_text("utf-8")
    assert main(["import", str(tmp_path / "newer.toml"), "--replace"]) == 0
    assert "Newer." in (user_routines_dir() / "tiny.toml").read_text("utf-8")
    [kept] = routines_trash_dir().glob("tiny--*.toml")
    assert kept.read_text("utf-8") == TINY
    assert "kept in" in capsys.readouterr().out


def test_a_routine_under_another_file_name_is_replaced_not_doubled(tmp_path: Path) -> None:
    user_routines_dir().mkdir(parents=True)
    (user_routines_dir() / "odd-name.toml").write_text(TINY, "utf-8")
    assert main(["import", str(_write(tmp_path, TINY)), "--replace"]) == 0
    assert _mine() == {"tiny": user_routines_dir() / "tiny.toml"}
    assert not (user_routines_dir() / "odd-name.toml").exists()
    assert len(list(routines_trash_dir().glob("tiny--*.toml"))) == 1


def test_an_import_cannot_take_a_built_in_id(tmp_path: Path, capsys) -> None:
    source = _write(tmp_path, TINY.replace('"tiny"', '"warmup-quick"'))
    assert main(["import", str(source), "--replace"]) == 1
    assert "duplicate routine id 'warmup-quick'" in capsys.readouterr().out
    assert main(["import", "routines/warmup-quick.toml"]) == 1  # the built-in's own file too
    assert _mine() == {}


def test_export_then_import_on_a_fresh_profile(tmp_path: Path, monkeypatch,
                                               capsys) -> None:
    # A routine with an exercise of its own, exported from one profile...
    own = TINY + '\n[exercises.wall-sit]\nname = "Wall sit"\nkind = "strength"\n' \
                 'focus = ["quad"]\nhow = "Back to the wall."\n\n[[steps]]\n' \
                 'exercise = "wall-sit"\nseconds = 30\n\n[[steps]]\nexercise = "calf-stretch"\n' \
                 'seconds = 20\nsides = "per-side"\n'
    assert main(["import", str(_write(tmp_path, own))]) == 0
    exported = tmp_path / "shared.toml"
    assert main(["export", "tiny", str(exported)]) == 0
    text = exported.read_text("utf-8")
    assert "[exercises.calf-stretch]" in text and "[exercises.wall-sit]" in text
    before = load_library().get("tiny")
    assert main(["export", "tiny", str(exported)]) == 1  # no overwrite unless asked
    # ...imports into another, empty one.
    monkeypatch.setenv("LIMBER_DATA_DIR", str(tmp_path / "other-machine"))
    assert _mine() == {}
    assert main(["import", str(exported)]) == 0
    after = load_library().get("tiny")
    assert after.origin is Origin.USER and after.steps == before.steps
    assert (after.name, after.description, after.defaults) == \
        (before.name, before.description, before.defaults)


def test_exporting_a_built_in_gives_it_a_free_id_so_it_imports(tmp_path: Path, capsys) -> None:
    exported = tmp_path / "wq.toml"
    assert main(["export", "warmup-quick", str(exported)]) == 0
    assert "as 'warmup-quick-copy'" in capsys.readouterr().out
    assert main(["import", str(exported)]) == 0
    copy = load_library().get("warmup-quick-copy")
    assert copy.steps == load_library().get("warmup-quick").steps


def test_delete_keeps_a_copy_that_restore_brings_back(tmp_path: Path, capsys) -> None:
    assert main(["import", str(_write(tmp_path, TINY))]) == 0
    assert main(["delete", "tiny"]) == 0
    assert _mine() == {}
    assert "limber restore tiny" in capsys.readouterr().out
    assert main(["trash"]) == 0
    assert capsys.readouterr().out.startswith("tiny  ")
    assert main(["restore", "tiny"]) == 0
    assert (user_routines_dir() / "tiny.toml").read_text("utf-8") == TINY
    assert list(routines_trash_dir().iterdir()) == []
    assert main(["restore", "tiny"]) == 1
    assert "no routine 'tiny' in the trash; the trash is empty" in capsys.readouterr().out


def test_restore_does_not_overwrite_a_newer_routine_without_replace(
        tmp_path: Path, capsys) -> None:
    assert main(["import", str(_write(tmp_path, TINY))]) == 0
    assert main(["delete", "tiny"]) == 0
    newer = TINY.replace("Two short steps.", "Newer.")
    assert main(["import", str(_write(tmp_path, newer, "n.toml"))]) == 0
    assert main(["restore", "tiny"]) == 1
    assert "Newer." in (user_routines_dir() / "tiny.toml").read_text("utf-8")
    assert main(["restore", "tiny", "--replace"]) == 0
    assert "Two short steps." in (user_routines_dir() / "tiny.toml").read_text("utf-8")
    # the newer one went to the trash in its turn
    assert any("Newer." in p.read_text("utf-8") for p in routines_trash_dir().iterdir())


@pytest.mark.parametrize("routine_id", ["warmup-quick", "no-such-routine"])
def test_a_built_in_or_unknown_routine_cannot_be_deleted(routine_id: str, capsys) -> None:
    assert main(["delete", routine_id]) != 0
    assert load_library().get("warmup-quick").origin is Origin.BUILT_IN
