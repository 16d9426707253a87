"""What Limber says when the operating system refuses a routine file: one line that names the
file and says what to do, the same in the terminal and in the window."""

from __future__ import annotations

import errno

from coach.core.language.current_language import QT_TRANSLATE_NOOP, translate
from coach.core.routine_files.problems import printable
from coach.storage.my_routines import FileAction, FileFailed

_DOING = {FileAction.READ: QT_TRANSLATE_NOOP("FileWords", "cannot read {path}: {why}"),
          FileAction.WRITE: QT_TRANSLATE_NOOP("FileWords", "cannot write {path}: {why}"),
          FileAction.REMOVE: QT_TRANSLATE_NOOP("FileWords", "cannot remove {path}: {why}"),
          FileAction.MAKE_FOLDER: QT_TRANSLATE_NOOP("FileWords",
                                                    "cannot make the folder {path}: {why}")}

_WHY = {
    errno.ENOENT: QT_TRANSLATE_NOOP("FileWords", "its folder does not exist; make the folder "
                                                 "first, or choose another place"),
    errno.EISDIR: QT_TRANSLATE_NOOP("FileWords", "it is a folder; give the name of a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("FileWords", "a part of the path is a file, not a folder; "
                                                  "choose another place"),
    errno.EEXIST: QT_TRANSLATE_NOOP("FileWords", "a file is in the way; move it, or choose "
                                                 "another place"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("FileWords", "the disk is full; free some space and try "
                                                 "again"),
    errno.EROFS: QT_TRANSLATE_NOOP("FileWords", "the disk or folder is read-only; choose a "
                                                "folder you can write to"),
    errno.EACCES: QT_TRANSLATE_NOOP("FileWords", "permission denied; choose a folder you can "
                                                 "write to"),
    errno.EPERM: QT_TRANSLATE_NOOP("FileWords", "permission denied; choose a folder you can "
                                                "write to"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("FileWords", "the name is too long for this file "
                                                       "system; choose a shorter one"),
    errno.ELOOP: QT_TRANSLATE_NOOP("FileWords", "it is a loop of links; choose another name"),
}
if hasattr(errno, "EDQUOT"):
    _WHY[errno.EDQUOT] = QT_TRANSLATE_NOOP("FileWords", "your disk quota is used up; free some "
                                                        "space and try again")


def file_failed(failed: FileFailed) -> str:
    """``cannot write /x/y.toml: the disk is full; free some space and try again``."""
    error = failed.error
    known = _WHY.get(error.errno or 0)
    why = translate("FileWords", known) if known else (error.strerror or str(error))
    if failed.action is FileAction.READ and error.errno == errno.ENOENT:
        why = translate("FileWords", "there is no such file")
    return printable(translate("FileWords", _DOING[failed.action]).format(path=failed.path,
                                                                          why=why))
