"""The user's own routine files: save, import, export, delete to the trash, restore.

One module writes them, always through :mod:`coach.core.files.atomic`. Nothing a user made is
lost here: a bad file is never copied, an existing routine is never overwritten unless the
caller says so, and a deleted or replaced routine is kept in the trash folder first.

An export writes a regular file, or the regular file a symbolic link leads to; it never
replaces a link, a device, a pipe or a folder. Every error from the operating system comes out
as :class:`FileFailed`, naming the file the user knows (never a temporary one) and what was
being done, for the app layer to put in words (:mod:`coach.app.file_words`).

The trash keeps each copy as ``ID--YYYYMMDD-HHMMSS--N.toml``: the time is for people, N is the
order of deletion (one more than any copy in the trash), so the newest copy is found even
after the clock went back.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import stat
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from coach.core.files.atomic import write_atomic, write_new
from coach.core.files.bounded_read import read_bounded
from coach.core.model import Origin, Routine
from coach.core.plan.compiler import PlanSettings
from coach.core.routine_files.checker import check_routine, read_routine_text
from coach.core.routine_files.library import Library
from coach.core.routine_files.problems import Problem
from coach.core.routine_files.reader import MAX_FILE_BYTES
from coach.core.routine_files.writer import free_id, routine_toml

TRASH_STAMP = "%Y%m%d-%H%M%S"
STDOUT = Path("-")  # export to standard output (the command line's "-")


class FileAction(StrEnum):
    READ = "read"
    WRITE = "write"
    REMOVE = "remove"
    MAKE_FOLDER = "make-folder"


class FileFailed(Exception):
    """The operating system refused: ``path`` (the file the user knows) could not be read,
    written, removed or made, for ``error``'s reason. Nothing half-done is left."""

    def __init__(self, path: Path, action: FileAction, error: OSError) -> None:
        super().__init__(f"{action} {path}: {error}")
        self.path, self.action, self.error = path, action, error


@contextlib.contextmanager
def _doing(path: Path, action: FileAction) -> Iterator[None]:
    try:
        yield
    except OSError as error:
        raise FileFailed(path, action, error) from error


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
    deleted: datetime  # as the clock said then: for people to read, not to order by
    path: Path
    order: int = 0  # the order of deletion; 0 for copies from before it was kept


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
        built-in's id. See :meth:`export_routine` for what ``dest`` may be.
        """
        routine = self.exported(routine_id)
        self.export_routine(routine, dest, replace=replace)
        return routine

    def exported(self, routine_id: str) -> Routine:
        """The routine as an export writes it: a built-in under a free id of its own."""
        routine = self.library.get(routine_id)
        if routine.origin is Origin.BUILT_IN:
            routine = dataclasses.replace(routine, id=self.propose_id(f"{routine.id}-copy"))
        return routine

    def export_text(self, routine: Routine) -> str:
        """The file an export writes (for standard output, say)."""
        return routine_toml(routine, self.library.catalogue, embed_all=True)

    def export_routine(self, routine: Routine, dest: Path, *, replace: bool = False) -> Path:
        """Write ``routine`` (from the editor, saved or not) to ``dest``; returns the file
        written. ``dest`` may be a new name, a regular file (with ``replace``) or a symbolic
        link to one, which is followed (the link stays); a link to nothing is followed only
        with ``replace``. Anything else — a folder, a device, a pipe, a link to one — is
        refused."""
        target = _export_target(dest, replace=replace)
        text = self.export_text(routine)
        with _doing(dest, FileAction.WRITE):
            write_atomic(target, text)
        return target

    def delete(self, routine_id: str, now: datetime | None = None) -> Path:
        """Move a routine of yours to the trash; return where its copy is kept."""
        routine = self.library.get(routine_id)
        if routine.origin is not Origin.USER or routine.source is None:
            raise Refused([_builtin(routine_id)])
        return self._to_trash(routine.source, routine.id, now)

    def trashed(self) -> list[Trashed]:
        """What the trash holds, newest first: by the order of deletion, never by the clock
        (a copy deleted after the clock was put back is still the newest)."""
        found = [t for path in _toml_files(self.trash) if (t := _trashed(path)) is not None]
        return sorted(found, key=lambda t: (t.order, t.deleted, t.path.name), reverse=True)

    def restore(self, routine_id: str, settings: PlanSettings, *,
                replace: bool = False) -> Written:
        """Bring back the newest copy of ``routine_id`` from the trash."""
        copies = [t for t in self.trashed() if t.routine_id == routine_id]
        if not copies:
            known = sorted({t.routine_id for t in self.trashed()})
            hint = f"; the trash holds: {', '.join(known)}" if known else "; the trash is empty"
            raise Refused([Problem(self.trash, f"no routine {routine_id!r} in the trash{hint}")])
        written = self.import_file(copies[0].path, settings, replace=replace)
        with _doing(copies[0].path, FileAction.REMOVE):
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
        with _doing(self.folder, FileAction.MAKE_FOLDER):
            self.folder.mkdir(parents=True, exist_ok=True)
        with _doing(target, FileAction.WRITE):
            write_atomic(target, data)
        if old is not None and old.source is not None and old.source != target:
            with contextlib.suppress(FileNotFoundError), _doing(old.source, FileAction.REMOVE):
                old.source.unlink()
        saved = dataclasses.replace(routine, source=target, origin=Origin.USER)
        return Written(saved, target, trashed, tuple(warnings or ()))

    def _to_trash(self, source: Path, routine_id: str, now: datetime | None) -> Path:
        kept = self._copy_to_trash(source, routine_id, now)
        with _doing(source, FileAction.REMOVE):
            source.unlink()
        return kept

    def _copy_to_trash(self, source: Path, routine_id: str,
                       now: datetime | None = None) -> Path:
        stamp = (now or datetime.now()).strftime(TRASH_STAMP)
        with _doing(self.trash, FileAction.MAKE_FOLDER):
            self.trash.mkdir(parents=True, exist_ok=True)
        with _doing(source, FileAction.READ):
            data = source.read_bytes()
        order = 1 + max((parsed[2] for path in _toml_files(self.trash)
                         if (parsed := _trash_name(path)) is not None), default=0)
        while True:  # another process may take the same number: then the next one
            kept = self.trash / f"{routine_id}--{stamp}--{order}.toml"
            try:
                with _doing(kept, FileAction.WRITE):
                    write_new(kept, data)
            except FileFailed as failed:
                if not isinstance(failed.error, FileExistsError):
                    raise
                order += 1
                continue
            return kept


def _builtin(routine_id: str) -> Problem:
    return Problem(None, f"{routine_id!r} is a built-in routine; built-ins are read-only "
                         "(duplicate one to change it)")


def _trashed(path: Path) -> Trashed | None:
    parsed = _trash_name(path)
    return None if parsed is None else Trashed(parsed[0], _name_in(path), parsed[1], path,
                                               parsed[2])


def _trash_name(path: Path) -> tuple[str, datetime, int] | None:
    """A copy in the trash from its name, ``ID--STAMP--N`` (or ``ID--STAMP[-n]`` from before
    the order of deletion was kept: order 0): the id, the time, the order."""
    head, _, last = path.stem.rpartition("--")
    order = 0
    if last.isdigit() and "--" in head:
        order = int(last)
        head, _, last = head.rpartition("--")
    try:
        when = datetime.strptime(last[:15], TRASH_STAMP)
    except ValueError:
        return None
    return head, when, order


def _export_target(dest: Path, *, replace: bool) -> Path:
    """The regular file an export to ``dest`` writes; :class:`Refused` when it may not."""
    try:
        seen = os.lstat(dest)
    except FileNotFoundError:
        return dest  # a new file (a missing folder fails as it is written, and is said so)
    except OSError as error:
        raise FileFailed(dest, FileAction.WRITE, error) from error
    target = dest
    if stat.S_ISLNK(seen.st_mode):
        target = Path(os.path.realpath(dest))
        try:
            seen = os.stat(dest)
        except FileNotFoundError:
            if not replace:
                raise Refused([Problem(dest, f"it is a link to {target}, which does not exist; "
                                             "replace it to write the file there")]) from None
            return target
        except OSError as error:  # a loop of links, say
            raise FileFailed(dest, FileAction.WRITE, error) from error
    if not stat.S_ISREG(seen.st_mode):
        leads = f"it leads to {target}, which" if target != dest else "it"
        raise Refused([Problem(dest, f"{leads} is not a regular file (a folder, a device or "
                                     "a pipe); give the name of a file, or - for standard "
                                     "output")])
    if not replace:
        raise Refused([Problem(dest, "the file already exists; choose another name "
                                     "(or replace it)")])
    return target


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
