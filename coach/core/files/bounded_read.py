"""The one way Limber reads a file it did not write itself in this run: bounded, never blocking.

A routine, the catalogue, the preferences and their backup all come through
:func:`read_bounded`. It refuses anything but a regular file before reading a byte: a FIFO
named ``x.toml`` would block ``read()`` for ever, a symlink to ``/dev/zero`` would read until
memory runs out, and ``stat`` on the path cannot be trusted because the file may be swapped
between ``stat`` and ``open``. So the file is opened without blocking, the *opened* descriptor
is checked, and the read itself stops one byte past the limit whatever the size said.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

__all__ = ["FileTooLarge", "NotARegularFile", "read_bounded"]

# O_NONBLOCK: opening a FIFO for reading waits for a writer without it. O_NOCTTY: a terminal
# device opened by mistake never becomes our controlling terminal. Neither exists on Windows,
# where opening a pipe or a device by a file name is not a hazard of this kind.
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_BINARY", 0))
_CHUNK = 64 * 1024


class NotARegularFile(OSError):
    """A FIFO, a device, a socket or a folder where a data file was expected."""


class FileTooLarge(ValueError):
    """The file holds more than the reader's limit; nothing of it was kept."""

    def __init__(self, path: Path, limit: int) -> None:
        self.path, self.limit = path, limit
        super().__init__(f"it is larger than {_size(limit)}; Limber's files are never that big")


def read_bounded(path: Path, limit: int) -> bytes:
    """All of ``path``'s bytes, if it is a regular file of at most ``limit`` bytes.

    Raises ``FileNotFoundError`` and the other ``OSError`` of opening as usual,
    ``IsADirectoryError`` for a folder, :class:`NotARegularFile` for anything else that is not a
    plain file, and :class:`FileTooLarge` past ``limit``. Never blocks on a pipe or a device.
    """
    fd = os.open(path, _OPEN_FLAGS)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "it is a folder, not a file", str(path))
        if not stat.S_ISREG(mode):
            raise NotARegularFile(errno.EINVAL, f"it is {_kind(mode)}, not a plain file",
                                  str(path))
        chunks: list[bytes] = []
        got = 0
        # Read to one byte past the limit: a file that grows after fstat is still caught.
        while got <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        if got > limit:
            raise FileTooLarge(Path(path), limit)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _size(limit: int) -> str:
    if limit >= 1024 * 1024 and limit % (1024 * 1024) == 0:
        return f"{limit // (1024 * 1024)} MiB"
    if limit >= 1024 and limit % 1024 == 0:
        return f"{limit // 1024} KiB"
    return f"{limit} bytes"
