"""The user's own routine files: save, import, export, delete to the trash, restore.

One module writes them, always through :func:`coach.core.files.atomic.write_atomic`. Nothing a user
made is lost here: a bad file is never copied, an existing routine is never overwritten unless the
caller says so, and a deleted or replaced routine is kept in the trash folder first.
"""

from __future__ import annotations

import contextlib
import dataclasses
import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from coach.core.files.atomic import write_atomic
from coach.core.files.bounded_read import read_bounded
from coach.core.model import Origin, Routine
from coach.core.plan.compiler import PlanSettings
from coach.core.routine_files.checker import check_routine, read_routine_text
from coach.core.routine_files.library import Library
from coach.core.routine_files.problems import Problem
from coach.core.routine_files.reader import MAX_FILE_BYTES
from coach.core.routine_files.writer import free_id, routine_toml

TRASH_STAMP = "%Y%m%d-%H%M%S"


class Refused(Exception):
    """The file or routine was not written; ``problems`` say why (as ``limber check`` would)."""

    def __init__(self, problems: list[Problem], *, exists: Routine | None = None) -> None:
        self.problems = problems
        self.exists = exists  # set when the only objection is a routine already there
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True, slots=True)
class Written:
    routine: Routine
    path: Path
    trashed: Path | None = None  # where the routine it replaced was kept
    warnings: tuple[Problem, ...] = ()


@dataclass(frozen=True, slots=True)
class Trashed:
    routine_id: str
    name: str
    deleted: datetime
    path: Path


@dataclass(frozen=True, slots=True)
class MyRoutines:
    """The routines folder and its trash, seen through a loaded :class:`Library`."""

    library: Library
    folder: Path
    trash: Path

    def builtin_ids(self) -> dict[str, Path | None]:
        return {r.id: r.source for r in self.library.routines if r.origin is Origin.BUILT_IN}

    def all_ids(self) -> set[str]:
        return {r.id for r in self.library.routines}

    def propose_id(self, wanted: str) -> str:
        """A free id like ``wanted``: no routine (built-in or yours) has it."""
        return free_id(wanted, self.all_ids())

    def import_file(self, path: Path, settings: PlanSettings, *,
                    replace: bool = False) -> Written:
        """Check the file as ``limber check`` does, then copy in the very text checked."""
        text = read_routine_text(path)  # None: the check reads it and says why it cannot
        checked = check_routine(path, self.library.catalogue, settings, text=text,
                                taken=self.builtin_ids(), itself_ok=False)
        if text is None or not checked.valid or checked.routine is None:
            raise Refused(checked.problems)
        # The file as the user wrote it, comments and all (UTF-8 decodes and encodes back to
        # the same bytes); an exported one already carries every exercise it uses.
        return self._write(checked.routine, text.encode("utf-8"), replace=replace,
                           warnings=checked.warnings)

    def save(self, routine: Routine, *, replace: bool = False,
             keep_old: bool = True) -> Written:
        """Write a routine made or changed in the editor (the catalogue's exercises by id).

        ``keep_old=False``: the routine replaced is the one being edited, so saving again is
        not a deletion and leaves nothing in the trash.
        """
        if routine.id in self.builtin_ids():
            raise Refused([_builtin(routine.id)])
        text = routine_toml(routine, self.library.catalogue)
        return self._write(routine, text.encode("utf-8"), replace=replace, keep_old=keep_old)

    def export(self, routine_id: str, dest: Path, *, replace: bool = False) -> Routine:
        """Write a routine to ``dest`` with every exercise it uses, so it imports anywhere.

        A built-in goes out under a free id of its own, since no routine may take a
        built-in's id.
        """
        routine = self.library.get(routine_id)
        if dest.exists() and not replace:
            raise Refused([Problem(dest, "the file already exists; choose another name "
                                         "(or replace it)")])
        if routine.origin is Origin.BUILT_IN:
            routine = dataclasses.replace(routine, id=self.propose_id(f"{routine.id}-copy"))
        write_atomic(dest, routine_toml(routine, self.library.catalogue, embed_all=True))
        return routine

    def delete(self, routine_id: str, now: datetime | None = None) -> Path:
        """Move a routine of yours to the trash; return where its copy is kept."""
        routine = self.library.get(routine_id)
        if routine.origin is not Origin.USER or routine.source is None:
            raise Refused([_builtin(routine_id)])
        return self._to_trash(routine.source, routine.id, now)

    def trashed(self) -> list[Trashed]:
        """What the trash holds, newest first."""
        found = []
        for path in _toml_files(self.trash):
            routine_id, _, stamp = path.stem.rpartition("--")
            try:
                when = datetime.strptime(stamp[:15], TRASH_STAMP)
            except ValueError:
                continue
            found.append(Trashed(routine_id, _name_in(path), when, path))
        return sorted(found, key=lambda t: (t.deleted, t.path.name), reverse=True)

    def restore(self, routine_id: str, settings: PlanSettings, *,
                replace: bool = False) -> Written:
        """Bring back the newest copy of ``routine_id`` from the trash."""
        copies = [t for t in self.trashed() if t.routine_id == routine_id]
        if not copies:
            known = sorted({t.routine_id for t in self.trashed()})
            hint = f"; the trash holds: {', '.join(known)}" if known else "; the trash is empty"
            raise Refused([Problem(self.trash, f"no routine {routine_id!r} in the trash{hint}")])
        written = self.import_file(copies[0].path, settings, replace=replace)
        copies[0].path.unlink()
        return written

    # -- the one place a routine file is written ----------------------------------------------

    def _write(self, routine: Routine, data: bytes, *, replace: bool,
               warnings: list[Problem] | None = None, keep_old: bool = True) -> Written:
        mine = {r.id: r for r in self.library.mine()}
        target = self.folder / f"{routine.id}.toml"
        old = mine.get(routine.id)
        in_the_way = target.exists() and (old is None or old.source != target)
        if (old is not None or in_the_way) and not replace:
            where = old.source if old is not None else target
            raise Refused([Problem(where, f"a routine with the id {routine.id!r} is already "
                                          "there; replace it, or give this one another id "
                                          f"(free: {self.propose_id(routine.id)!r})", "id")],
                          exists=old)
        trashed = None
        if keep_old and old is not None and old.source is not None and old.source.exists():
            trashed = self._copy_to_trash(old.source, routine.id)
        if in_the_way:
            self._copy_to_trash(target, target.stem)
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data)
        if old is not None and old.source is not None and old.source != target:
            with contextlib.suppress(FileNotFoundError):
                old.source.unlink()
        saved = dataclasses.replace(routine, source=target, origin=Origin.USER)
        return Written(saved, target, trashed, tuple(warnings or ()))

    def _to_trash(self, source: Path, routine_id: str, now: datetime | None) -> Path:
        kept = self._copy_to_trash(source, routine_id, now)
        source.unlink()
        return kept

    def _copy_to_trash(self, source: Path, routine_id: str,
                       now: datetime | None = None) -> Path:
        stamp = (now or datetime.now()).strftime(TRASH_STAMP)
        self.trash.mkdir(parents=True, exist_ok=True)
        kept = self.trash / f"{routine_id}--{stamp}.toml"
        n = 2
        while kept.exists():
            kept = self.trash / f"{routine_id}--{stamp}-{n}.toml"
            n += 1
        write_atomic(kept, source.read_bytes())
        return kept


def _builtin(routine_id: str) -> Problem:
    return Problem(None, f"{routine_id!r} is a built-in routine; built-ins are read-only "
                         "(duplicate one to change it)")


def _toml_files(folder: Path) -> list[Path]:
    try:
        return sorted(folder.glob("*.toml"))
    except OSError:
        return []


def _name_in(path: Path) -> str:
    try:
        name = tomllib.loads(read_bounded(path, MAX_FILE_BYTES).decode("utf-8")).get("name")
    except (OSError, ValueError):
        return ""
    return name if isinstance(name, str) else ""
