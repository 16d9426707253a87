"""What Limber says when the operating system refuses a routine file: one line that names the
file and says what to do, the same in the terminal and in the window."""

from __future__ import annotations

import errno

from coach.core.routine_files.problems import printable
from coach.storage.my_routines import FileAction, FileFailed

_DOING = {FileAction.READ: "read", FileAction.WRITE: "write", FileAction.REMOVE: "remove",
          FileAction.MAKE_FOLDER: "make the folder"}

_WHY = {
    errno.ENOENT: "its folder does not exist; make the folder first, or choose another place",
    errno.EISDIR: "it is a folder; give the name of a file",
    errno.ENOTDIR: "a part of the path is a file, not a folder; choose another place",
    errno.EEXIST: "a file is in the way; move it, or choose another place",
    errno.ENOSPC: "the disk is full; free some space and try again",
    errno.EROFS: "the disk or folder is read-only; choose a folder you can write to",
    errno.EACCES: "permission denied; choose a folder you can write to",
    errno.EPERM: "permission denied; choose a folder you can write to",
    errno.ENAMETOOLONG: "the name is too long for this file system; choose a shorter one",
    errno.ELOOP: "it is a loop of links; choose another name",
}
if hasattr(errno, "EDQUOT"):
    _WHY[errno.EDQUOT] = "your disk quota is used up; free some space and try again"


def file_failed(failed: FileFailed) -> str:
    """``cannot write /x/y.toml: the disk is full; free some space and try again``."""
    error = failed.error
    why = _WHY.get(error.errno or 0) or (error.strerror or str(error))
    if failed.action is FileAction.READ and error.errno == errno.ENOENT:
        why = "there is no such file"
    return printable(f"cannot {_DOING[failed.action]} {failed.path}: {why}")
