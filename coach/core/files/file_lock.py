"""One process at a time: an exclusive lock on a small file beside the state it guards.

Limber's files are shared by every Limber process of the user (the window, ``limber prefs set``
in a terminal, ``limber run --text``). A writer that reads a file, changes part of it and writes
it back must hold :func:`held` for the whole read-modify-write, or two writers each keep only
their own change. The lock is the operating system's (``flock`` on POSIX, ``msvcrt.locking``
on Windows), so a process that dies holding it releases it at once; the lock file itself stays
(empty, harmless) so that no process ever locks a file another has just deleted.

:func:`held` waits a little and is for a read-modify-write; :func:`try_claim` never waits and
keeps the lock until :meth:`Claim.release` (or the process's end), for a process that is in
charge of something for a while (the music during a session).
"""

from __future__ import annotations

import errno
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["LOCK_SUFFIX", "Claim", "LockBusy", "held", "lock_path", "try_claim"]

LOCK_SUFFIX = ".lock"
# A holder does one small read and one atomic write (milliseconds); a lock held this long
# belongs to a process that is stuck (stopped in a debugger, say), not one at work.
WAIT_SECONDS = 5.0
_POLL_SECONDS = 0.005

_O_BINARY: int = getattr(os, "O_BINARY", 0)


class LockBusy(OSError):
    """Another process held the lock for longer than a writer ever needs."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EBUSY, "another Limber is writing it", str(path))


def lock_path(path: Path) -> Path:
    """The lock file that guards ``path``."""
    return path.with_name(path.name + LOCK_SUFFIX)


@contextmanager
def held(path: Path, *, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the lock guarding ``path`` (the folder must exist). Raises ``OSError`` when the lock
    file cannot be opened (a read-only folder) and :class:`LockBusy` after ``wait`` seconds."""
    fd = os.open(lock_path(path), os.O_RDWR | os.O_CREAT | _O_BINARY, 0o666)
    try:
        _acquire(fd, path, wait)
        try:
            yield
        finally:
            _release(fd)
    finally:
        os.close(fd)


class Claim:
    """The lock guarding a path, held from :func:`try_claim` until :meth:`release`."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                _release(fd)
            finally:
                os.close(fd)  # closing drops the lock in any case


def try_claim(path: Path) -> Claim | None:
    """The lock guarding ``path`` if no other process holds it, at once; else None. Raises
    ``OSError`` when the lock file cannot be opened (the folder must exist)."""
    fd = os.open(lock_path(path), os.O_RDWR | os.O_CREAT | _O_BINARY, 0o666)
    if not _try(fd):
        os.close(fd)
        return None
    return Claim(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _release(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _release(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _acquire(fd: int, path: Path, wait: float) -> None:
    # Polled rather than a blocking call: a blocking flock cannot be bounded, and a stuck
    # holder must end in an error the user is told about, never a frozen window.
    deadline = time.monotonic() + wait
    while not _try(fd):
        if time.monotonic() >= deadline:
            raise LockBusy(path)
        time.sleep(_POLL_SECONDS)
