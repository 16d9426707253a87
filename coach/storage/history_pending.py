"""History writes that could not be made yet, kept on disk until they can.

When another program holds the history database's write lock, or the disk is full, a session
or a check-in is not dropped: it is kept in ``history.sqlite3.pending/`` beside the database,
one small JSON file per entry, and :class:`~coach.storage.history.HistoryStore` writes it into
the database as soon as it can (in the background, and again at the next start).

Several Limber processes (the window, ``limber run --text``) may keep entries at once, and any
of them may write in any kept entry. So no process ever writes the folder from its own memory:
each entry is a file of its own, named by its natural key, and every change to the folder —
keeping an entry, writing one in and removing it — is made under the lock beside it
(:mod:`coach.core.files.file_lock`), so an entry is never removed unless the state written in
is the one on disk. A session is its routine and its start time to the microsecond, a
check-in its time, context and score; the database writes are upserts on that key, so an entry
written twice (a crash between the database commit and the file's removal) is still one row.

``history.sqlite3.pending.json``, the single file earlier versions kept, is taken apart into
entries when the history opens.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from coach.core.files.atomic import set_aside, write_atomic
from coach.core.files.bounded_read import FileTooLarge, read_bounded
from coach.core.files.digests import blake2b
from coach.core.files.file_lock import held

__all__ = ["LEGACY_SUFFIX", "PENDING_SUFFIX", "KeptEntry", "PendingEntries", "PendingKnee",
           "PendingSession"]

PENDING_SUFFIX: Final = ".pending"  # a folder beside the database, one file per entry
LEGACY_SUFFIX: Final = ".pending.json"  # one file for all of them (before issue 22)
_ENTRY_BYTES: Final = 64 * 1024  # one entry is a few hundred bytes
_LEGACY_BYTES: Final = 4 * 1024 * 1024
_VERSION: Final = 1


@dataclass(frozen=True)
class PendingSession:
    """A session's latest known state (its JSON form, as ``SessionRecord.to_json`` gives)."""

    values: dict[str, Any]

    @property
    def key(self) -> tuple[str, str]:
        return str(self.values["routine_id"]), str(self.values["started_at"])

    @property
    def file_name(self) -> str:
        return f"session-{_digest(self.key)}.json"

    def to_json(self) -> dict[str, Any]:
        return {"version": _VERSION, "session": self.values}


@dataclass(frozen=True)
class PendingKnee:
    score: int
    when: str  # ISO 8601, UTC
    context: str

    @property
    def key(self) -> tuple[str, str, int]:
        return self.when, self.context, self.score

    @property
    def file_name(self) -> str:
        return f"knee-{_digest(self.key)}.json"

    def to_json(self) -> dict[str, Any]:
        return {"version": _VERSION,
                "knee_score": {"score": self.score, "when": self.when, "context": self.context}}


Entry = PendingSession | PendingKnee


@dataclass(frozen=True)
class KeptEntry:
    """An entry as read from its file (``name``), to be written in and then removed."""

    name: str
    entry: Entry


class PendingEntries:
    """The folder of kept entries beside a database, and the lock that guards it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def beside(cls, database: Path) -> PendingEntries:
        return cls(database.with_name(database.name + PENDING_SUFFIX))

    @property
    def legacy_path(self) -> Path:
        return self.folder.with_name(self.folder.name.removesuffix(PENDING_SUFFIX)
                                     + LEGACY_SUFFIX)

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the lock every change to the folder is made under (``OSError`` if it cannot
        be taken: the data folder is read-only, or another process is stuck holding it)."""
        self.folder.parent.mkdir(parents=True, exist_ok=True)
        with held(self.folder):
            yield

    def __len__(self) -> int:
        return len(self._names())

    def keep(self, entry: Entry) -> None:
        """Keep ``entry`` (a later state of the same session replaces the earlier), under the
        lock. Raises ``OSError`` if it cannot be written."""
        with self.locked():
            self.folder.mkdir(exist_ok=True)
            write_atomic(self.folder / entry.file_name,
                         json.dumps(entry.to_json(), ensure_ascii=False) + "\n")

    def kept(self, now: datetime) -> tuple[list[KeptEntry], list[str]]:
        """Every entry on disk now, sessions first, each in time order; and a sentence for
        each file that could not be read (set aside, never deleted)."""
        found: list[KeptEntry] = []
        problems: list[str] = []
        for name in self._names():
            try:
                found.append(KeptEntry(name, self._read(name)))
            except FileNotFoundError:
                continue  # written in by another process meanwhile
            except (OSError, FileTooLarge, ValueError, TypeError, KeyError,
                    RecursionError) as error:
                problems.append(self._set_aside(self.folder / name, now, str(error)))
        found.sort(key=_order)
        return found, problems

    def reread(self, kept: KeptEntry) -> Entry | None:
        """``kept`` as its file holds it now (call under :meth:`locked`): a later state of
        the same session, or None when another process has written it in and removed it."""
        try:
            return self._read(kept.name)
        except FileNotFoundError:
            return None

    def remove(self, kept: KeptEntry) -> None:
        """Remove an entry written in (call under :meth:`locked`); the folder goes with the
        last one."""
        with suppress(FileNotFoundError):
            (self.folder / kept.name).unlink()
        if not self._names():
            with suppress(OSError):  # a file being written by another process: it stays
                self.folder.rmdir()

    def take_legacy(self, now: datetime) -> str | None:
        """Take the single pending file earlier versions kept apart into entries; returns a
        problem for the user, or None. A file that cannot be understood is set aside."""
        path = self.legacy_path
        try:
            raw = read_bounded(path, _LEGACY_BYTES)
        except FileNotFoundError:
            return None
        except (OSError, FileTooLarge) as error:
            return self._set_aside(path, now, str(error))
        try:
            data = json.loads(raw.decode("utf-8"))
            entries: list[Entry] = [PendingSession(dict(v)) for v in data["sessions"]]
            entries += [PendingKnee(int(k["score"]), str(k["when"]), str(k["context"]))
                        for k in data["knee_scores"]]
            for entry in entries:
                entry.key  # noqa: B018  (checks the key fields are there)
        except (ValueError, TypeError, KeyError, RecursionError) as error:
            return self._set_aside(path, now, f"it is not readable: {error}")
        try:
            for entry in entries:
                self.keep(entry)
            path.unlink()
        except OSError as error:
            return (f"History entries waiting in {path.name} could not be taken up "
                    f"({error.strerror or error}); they stay there for the next start.")
        return None

    def _names(self) -> list[str]:
        try:
            return sorted(n for n in os.listdir(self.folder)
                          if n.endswith(".json") and not n.startswith("."))
        except OSError:  # no folder: nothing kept
            return []

    def _read(self, name: str) -> Entry:
        data = json.loads(read_bounded(self.folder / name, _ENTRY_BYTES).decode("utf-8"))
        entry: Entry
        if "session" in data:
            entry = PendingSession(dict(data["session"]))
        else:
            knee = data["knee_score"]
            entry = PendingKnee(int(knee["score"]), str(knee["when"]), str(knee["context"]))
        entry.key  # noqa: B018  (checks the key fields are there)
        return entry

    def _set_aside(self, path: Path, now: datetime, reason: str) -> str:
        try:
            aside = set_aside(path, now)
        except OSError:
            return (f"A history entry waiting in {path.name} could not be read ({reason}); "
                    "the file is left as it is.")
        return (f"A history entry waiting in {path.name} could not be read ({reason}); "
                f"the file is kept as {aside.name}.")


def _digest(key: tuple[object, ...]) -> str:
    return blake2b(json.dumps(key).encode("utf-8"), digest_size=12).hexdigest()


def _order(kept: KeptEntry) -> tuple[int, str]:
    entry = kept.entry
    if isinstance(entry, PendingSession):
        return 0, str(entry.values.get("started_at", ""))
    return 1, entry.when
