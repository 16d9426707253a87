"""The routine library remembered between starts, so that start-up reads no TOML when no
routine file changed.

Reading and checking every routine file (the built-in ones and the user's) is most of the work
start-up does beyond Qt's own. The loaded library is kept in the cache folder under a key made
of every ``.toml`` file in both folders (name, size, modification time) and the loader's own
source, so an edited, added or removed file, or a new Limber, means reading the files again.
A missing, damaged or foreign cache file means the same; it is then rewritten atomically.

Reading it back accepts only the library's own classes (:class:`_Reader`): the cache folder is
the user's, but it is no place to run code from.
"""

from __future__ import annotations

import io
import os
import pickle
from pathlib import Path
from typing import Any

from coach.app.source_stamp import source_stamp
from coach.core.files.atomic import write_atomic
from coach.core.files.digests import blake2b
from coach.core.files.shipped_data import routines_dir
from coach.core.files.user_folders import user_routines_dir
from coach.core.routine_files.library import Library, load_library

FILE_NAME = "routine-library.pickle"
# The modules whose code decides what a routine file loads as: a change is a new key.
_LOADER_MODULES = ("library", "routine_file", "model", "problems", "toml_guard",
                   "toml_positions", "bounded_read")
# What a library is made of, and nothing else.
_ALLOWED = {"coach.core.routine_files.library": {"Library"},
            "coach.core.routine_files.problems": {"Problem"},
            "pathlib": {"Path", "PosixPath", "WindowsPath", "PurePosixPath",
                        "PureWindowsPath"}}
_MODEL = "coach.core.model"


def library_key(folders: tuple[Path, ...]) -> str:
    """Every routine file in ``folders`` as it is now (name, size, time), and the loader."""
    digest = blake2b(source_stamp(_LOADER_MODULES), digest_size=32)
    for folder in folders:
        digest.update(f"\0{folder}\0".encode())
        try:
            with os.scandir(folder) as entries:
                found = sorted(
                    (e.name, e.stat().st_size, e.stat().st_mtime_ns)
                    for e in entries if e.name.endswith(".toml"))
        except OSError:
            found = []  # no folder (yet): the loader finds no files there either
        digest.update(repr(found).encode())
    return digest.hexdigest()


class _Reader(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if name in _ALLOWED.get(module, ()) or (module == _MODEL and name[:1].isupper()):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a library")


def cached_library(path: Path | None, user_dir: Path | None = None,
                   builtin_dir: Path | None = None) -> Library:
    """:func:`~coach.core.routine_files.library.load_library`, read from ``path`` when no file has
    changed since it was written there (``path`` None: always from the files)."""
    if path is None:
        return load_library(user_dir, builtin_dir)
    folders = (builtin_dir or routines_dir(), user_routines_dir() if user_dir is None
               else user_dir)
    key = library_key(folders)
    try:
        stored_key, library = _Reader(io.BytesIO(path.read_bytes())).load()
        if stored_key == key and isinstance(library, Library):
            return library
    except Exception:  # any damage at all only means reading the files
        pass
    library = load_library(user_dir, builtin_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, pickle.dumps((key, library), protocol=pickle.HIGHEST_PROTOCOL))
    except (OSError, pickle.PicklingError):
        pass  # only a cache: the next start reads the files again
    return library
