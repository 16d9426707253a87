"""History writes that could not be made yet, kept in a small file until they can.

When another program holds the history database's write lock, or the disk is full, a session
or a check-in is not dropped: it goes to ``history.sqlite3.pending.json`` beside the database,
written atomically, and :class:`~coach.storage.history.HistoryStore` writes it into the database
as soon as it can (in the background, and again at the next start). Each entry has a natural key
— a session is its routine and its start time to the microsecond, a check-in its time, context
and score — and the database writes are upserts on that key, so an entry written twice (a crash
between the database commit and this file's update) is still one row.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from coach.core.files.atomic import set_aside, write_atomic
from coach.core.files.bounded_read import FileTooLarge, read_bounded

__all__ = ["PENDING_SUFFIX", "PendingFile", "PendingKnee", "PendingSession"]

PENDING_SUFFIX: Final = ".pending.json"
_MAX_BYTES: Final = 4 * 1024 * 1024  # thousands of sessions; far more than a lock ever keeps
_VERSION: Final = 1


@dataclass(frozen=True)
class PendingSession:
    """A session's latest known state (its JSON form, as ``SessionRecord.to_json`` gives)."""

    values: dict[str, Any]

    @property
    def key(self) -> tuple[str, str]:
        return str(self.values["routine_id"]), str(self.values["started_at"])


@dataclass(frozen=True)
class PendingKnee:
    score: int
    when: str  # ISO 8601, UTC
    context: str

    @property
    def key(self) -> tuple[str, str, int]:
        return self.when, self.context, self.score


@dataclass
class PendingFile:
    """The entries not yet in the database, and the file that keeps them."""

    path: Path
    sessions: dict[tuple[str, str], PendingSession] = field(default_factory=dict)
    knees: dict[tuple[str, str, int], PendingKnee] = field(default_factory=dict)

    @classmethod
    def beside(cls, database: Path) -> PendingFile:
        return cls(database.with_name(database.name + PENDING_SUFFIX))

    def __len__(self) -> int:
        return len(self.sessions) + len(self.knees)

    def entries(self) -> Iterator[PendingSession | PendingKnee]:
        """Sessions before check-ins, each in the order it was kept."""
        yield from list(self.sessions.values())
        yield from list(self.knees.values())

    def keep(self, entry: PendingSession | PendingKnee) -> None:
        """Add ``entry`` (a later state of the same session replaces the earlier) and save.

        Raises ``OSError`` if the file cannot be written; the entry is still held in memory.
        """
        if isinstance(entry, PendingSession):
            self.sessions[entry.key] = entry
        else:
            self.knees[entry.key] = entry
        self.save()

    def forget(self, entry: PendingSession | PendingKnee) -> None:
        """Drop ``entry`` once the database has it (unless a later state replaced it)."""
        if isinstance(entry, PendingSession):
            if self.sessions.get(entry.key) == entry:
                del self.sessions[entry.key]
        else:
            self.knees.pop(entry.key, None)

    def save(self) -> None:
        """Write the file atomically, or remove it when nothing is pending."""
        if not len(self):
            self.path.unlink(missing_ok=True)
            return
        content = {
            "version": _VERSION,
            "sessions": [s.values for s in self.sessions.values()],
            "knee_scores": [{"score": k.score, "when": k.when, "context": k.context}
                            for k in self.knees.values()],
        }
        write_atomic(self.path, json.dumps(content, indent=1, ensure_ascii=False) + "\n")

    def load(self, now: datetime) -> str | None:
        """Read the file if there is one; returns a problem for the user, or None.

        A file that cannot be understood is set aside (never deleted), and nothing is read.
        """
        try:
            raw = read_bounded(self.path, _MAX_BYTES)
        except FileNotFoundError:
            return None
        except (OSError, FileTooLarge) as error:
            return self._set_aside(now, str(error))
        try:
            data = json.loads(raw.decode("utf-8"))
            sessions = [PendingSession(dict(v)) for v in data["sessions"]]
            knees = [PendingKnee(int(k["score"]), str(k["when"]), str(k["context"]))
                     for k in data["knee_scores"]]
            for session in sessions:
                session.key  # noqa: B018  (checks both key fields are there)
        except (ValueError, TypeError, KeyError, RecursionError) as error:
            return self._set_aside(now, f"it is not readable: {error}")
        self.sessions = {s.key: s for s in sessions}
        self.knees = {k.key: k for k in knees}
        return None

    def _set_aside(self, now: datetime, reason: str) -> str:
        try:
            aside = set_aside(self.path, now)
        except OSError:
            return (f"History entries waiting in {self.path.name} could not be read ({reason}); "
                    "the file is left as it is.")
        return (f"History entries waiting in {self.path.name} could not be read ({reason}); "
                f"the file is kept as {aside.name}.")
