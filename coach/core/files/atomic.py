"""Crash-safe file writes, and moving damaged files out of the way.

Every file Limber writes goes through :func:`write_atomic`, so a crash or a full disk leaves
either the old file or the new one on disk, never half of each. A file Limber cannot read is
never overwritten: :func:`set_aside` (or :func:`copy_aside`) keeps it under a dated name for the
user, or a bug report, to look at.
"""

from __future__ import annotations

import contextlib
import os
import stat
from datetime import datetime
from pathlib import Path

__all__ = ["BACKUP_SUFFIX", "backup_path", "copy_aside", "set_aside", "write_atomic",
           "write_new"]

BACKUP_SUFFIX = ".bak"

# Without it, Windows opens the descriptor in text mode and rewrites "\n" as "\r\n".
_O_BINARY: int = getattr(os, "O_BINARY", 0)


def backup_path(path: Path) -> Path:
    """Where ``write_atomic(path, ..., backup=True)`` keeps the previous file."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def write_atomic(path: Path, data: bytes | str, *, backup: bool = False,
                 durable: bool = True) -> None:
    """Replace ``path`` with ``data`` (text is written as UTF-8) in one step.

    The data goes to a temporary file in the same folder (``os.replace`` is only atomic within
    one file system), is flushed to the disk, and then renamed over ``path``. With ``backup``,
    the file being replaced is first kept as ``NAME.bak`` (itself replaced atomically); the
    caller decides whether the current file is good enough to be the backup. ``durable=False``
    skips the flushes to the disk (still one atomic rename): for a cache whose files are checked
    when read back and made again when damaged, where two fsyncs per file cost more than the
    work they would save (voice clips: ~6 ms each of a ~25 ms render).

    Raises ``OSError`` when the file cannot be written; ``path`` is then unchanged and no
    temporary file is left behind.
    """
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    temp = _write_temp(path.parent, payload, like=path, durable=durable)
    try:
        if backup:
            _keep_backup(path)
        os.replace(temp, path)
    except BaseException:
        _remove_quietly(temp)
        raise
    if durable:
        _fsync_folder(path.parent)


def write_new(path: Path, data: bytes | str) -> None:
    """Write ``data`` to ``path``, which must not exist yet, in one step (as
    :func:`write_atomic`); ``FileExistsError`` if it does, even when another process made it
    a moment ago, and nothing is replaced."""
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    temp = _write_temp(path.parent, payload, like=path)
    try:
        try:
            os.link(temp, path)  # fails if the name is taken: the test and the write are one
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links: the small race is the price
            if os.path.lexists(path):
                raise FileExistsError(f"{path} exists") from None
            os.replace(temp, path)
    finally:
        _remove_quietly(temp)
    _fsync_folder(path.parent)


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged file to ``NAME.corrupt-YYYYMMDD-HHMMSS`` and return its new path.

    ``now`` defaults to the local time, since the name is meant for the user to read. If that
    name is taken, ``-2``, ``-3``… is appended so no earlier set-aside file is lost.
    """
    path = Path(path)
    target = _aside_name(path, now)
    os.rename(path, target)
    _fsync_folder(path.parent)
    return target


def copy_aside(path: Path, now: datetime | None = None) -> Path:
    """Like :func:`set_aside`, but leaves ``path`` where it is and sets aside a copy of it."""
    path = Path(path)
    target = _aside_name(path, now)
    temp = _write_temp(path.parent, path.read_bytes(), like=path)
    try:
        os.replace(temp, target)
    except BaseException:
        _remove_quietly(temp)
        raise
    _fsync_folder(path.parent)
    return target


def _aside_name(path: Path, now: datetime | None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    base = f"{path.name}.corrupt-{stamp}"
    candidate = path.with_name(base)
    number = 2
    # lexists: a dangling symlink under the name still counts as taken.
    while os.path.lexists(candidate):
        candidate = path.with_name(f"{base}-{number}")
        number += 1
    return candidate


def _write_temp(folder: Path, payload: bytes, *, like: Path, durable: bool = True) -> Path:
    """Write ``payload`` to a new hidden file in ``folder`` (fsynced when ``durable``); return
    its path. The name is short and the same length whatever the file is called, so a file
    whose own name is as long as the file system allows can still be written."""
    while True:
        # os.urandom, as secrets.token_hex does, without secrets' import of hmac and OpenSSL
        # (3.5 MiB at start-up for a file name).
        temp = folder / f".limber-{os.urandom(6).hex()}.tmp"
        try:
            # os.open rather than tempfile.mkstemp: mkstemp forces mode 0600, and an exported
            # CSV should get the user's usual permissions (0666 less the umask).
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o666)
        except FileExistsError:
            continue
        break
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(payload)
            stream.flush()
            if durable:
                os.fsync(stream.fileno())
        _copy_mode(like, temp)
    except BaseException:
        _remove_quietly(temp)
        raise
    return temp


def _copy_mode(source: Path, target: Path) -> None:
    """Give the new file the permissions of the one it replaces (a private file stays private)."""
    try:
        mode = stat.S_IMODE(os.stat(source).st_mode)
    except OSError:
        return
    # Not worth failing a save over; the umask default is a fine fallback.
    with contextlib.suppress(OSError):
        os.chmod(target, mode)


def _keep_backup(path: Path) -> None:
    try:
        content = path.read_bytes()
    except FileNotFoundError:
        return  # first save: nothing to keep
    except IsADirectoryError:
        return  # the os.replace that follows fails with a clear error
    bak = backup_path(path)
    temp = _write_temp(path.parent, content, like=path)
    try:
        os.replace(temp, bak)
    except BaseException:
        _remove_quietly(temp)
        raise


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; Windows cannot open folders, and NTFS does not need it."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares, FUSE) refuse fsync on folders
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
