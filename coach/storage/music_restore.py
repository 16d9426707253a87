"""What Limber changed on the user's music players, on disk before the change is made.

``music-restore.json`` in the data folder lists each player Limber has lowered or paused and
how it was before. It is written atomically (:func:`~coach.core.files.atomic.write_atomic`: a
temporary file, fsync, rename) before every change, and an entry goes once its player is back
as it was; an empty list removes the file. A process that dies mid-session (a crash,
``kill -9``, a power cut) leaves the file behind, and the next Limber to take charge of the
music gives it back.

Who may write it: only the process that holds its lock (``music-restore.json.lock``,
:func:`~coach.core.files.file_lock.try_claim`). It is taken for a session and for giving back
leftovers, and the system drops it when its process dies, however it dies. So:

* two Limbers never lower the same music at once (the second would take the lowered volume for
  the original one and "restore" it); the one without the lock leaves the music alone;
* a file found by a process that gets the lock is always a dead process's leftovers: nobody
  alive is still changing those players.

This module is the file's one owner; nothing else reads or writes it. What went wrong is
returned as facts (:class:`Unreadable`); the app layer puts them in words.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any, Final

from coach.core.files.atomic import set_aside, write_atomic
from coach.core.files.bounded_read import FileTooLarge, read_bounded
from coach.core.files.file_lock import Claim, try_claim

FILE_NAME: Final = "music-restore.json"
VERSION: Final = 1
MAX_BYTES: Final = 256 * 1024  # a few players' worth is a few hundred bytes


@dataclass(slots=True)
class Changed:
    """One player Limber changed, and what puts it back."""

    service: str  # org.mpris.MediaPlayer2.NAME: finds the player again after a restart
    owner: str  # the bus connection (":1.42"): the very same process, on the same bus
    identity: str
    was: float | None = None  # its volume before Limber lowered it; None: not lowered
    low: float | None = None  # the volume Limber lowered it to
    paused: bool = False  # Limber paused it (it was playing)

    @property
    def empty(self) -> bool:
        return self.was is None and not self.paused


class Why(Enum):
    UNREADABLE = "unreadable"  # the system would not let it be read (``detail``: why)
    DAMAGED = "damaged"  # not a list this Limber wrote: set aside (``detail``: what was wrong)


@dataclass(frozen=True, slots=True)
class Unreadable:
    why: Why
    detail: str


@dataclass(frozen=True, slots=True)
class Leftovers:
    bus: str | None  # the bus the owners belong to
    players: tuple[Changed, ...]
    written: datetime | None = None  # when the list was last written (None: not known)
    problem: Unreadable | None = None


class RestoreFile:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._claim: Claim | None = None

    @property
    def path(self) -> Path:
        return self.folder / FILE_NAME

    @property
    def held(self) -> bool:
        return self._claim is not None

    def claim(self) -> bool:
        """Take charge of the music (never waits); False while another Limber has it (or the
        folder cannot be written: then nothing could be noted either)."""
        if self._claim is not None:
            return True
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._claim = try_claim(self.path)
        except OSError:
            return False
        return self._claim is not None

    def release(self) -> None:
        if self._claim is not None:
            self._claim.release()
            self._claim = None

    def exists(self) -> bool:
        return self.path.is_file()

    def load(self) -> Leftovers:
        """What the file lists; a file that cannot be understood is set aside, never trusted."""
        try:
            raw = read_bounded(self.path, MAX_BYTES)
        except FileNotFoundError:
            return Leftovers(None, ())
        except FileTooLarge:
            return self._set_aside("too large")
        except OSError as error:
            return Leftovers(None, (), problem=Unreadable(Why.UNREADABLE,
                                                          error.strerror or str(error)))
        try:
            return _parse(raw)
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            return self._set_aside(str(error) or type(error).__name__)

    def save(self, bus: str | None, players: list[Changed]) -> None:
        """Replace the list (an empty one removes the file). Raises OSError if it cannot be
        written: the caller must then not make the change."""
        assert self._claim is not None, "only the process in charge writes the file"
        kept = [p for p in players if not p.empty]
        if not kept:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.path)
            return
        data = {
            "version": VERSION,
            "bus": bus,
            "pid": os.getpid(),
            "written": datetime.now(UTC).isoformat(timespec="seconds"),
            "players": [asdict(p) for p in kept],
        }
        write_atomic(self.path, json.dumps(data, indent=1) + "\n")

    def _set_aside(self, what: str) -> Leftovers:
        with contextlib.suppress(OSError):
            set_aside(self.path)
        return Leftovers(None, (), problem=Unreadable(Why.DAMAGED, what))


def _parse(raw: bytes) -> Leftovers:
    data: Any = json.loads(raw.decode("utf-8"))
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise ValueError("not a restore list this Limber knows")
    players = []
    for item in data["players"]:
        was, low = item.get("was"), item.get("low")
        players.append(Changed(
            service=str(item["service"]), owner=str(item["owner"]),
            identity=str(item.get("identity", "")),
            was=None if was is None else float(was), low=None if low is None else float(low),
            paused=bool(item.get("paused", False)),
        ))
    bus = data.get("bus")
    written = None
    with contextlib.suppress(TypeError, ValueError):
        written = datetime.fromisoformat(str(data["written"]))
        if written.tzinfo is None:
            written = written.replace(tzinfo=UTC)
    return Leftovers(None if bus is None else str(bus), tuple(players), written)
