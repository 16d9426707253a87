"""One locator for the data folders (``routines/`` and ``assets/``).

They sit at the top of the source tree, inside the package in a wheel (see pyproject's
force-include), and beside the executable in a frozen bundle. Nothing else in the code works
out data paths by itself.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

DATA_FOLDERS = ("routines", "assets")


class DataNotFound(RuntimeError):
    pass


def _candidates(name: str) -> list[Path]:
    package = Path(__file__).resolve().parents[2]  # coach/, two folders up from core/files/
    found = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller
        found += [Path(bundle) / name, Path(bundle) / "coach" / name]
    found.append(package / name)  # a wheel install
    found.append(package.parent / name)  # a source checkout or an editable install
    return found


def bundled_file(name: str) -> Path | None:
    """A file carried inside a frozen bundle (PyInstaller: in its data folder, or beside the
    executable), e.g. the flite program and its libraries; None when not frozen or not there."""
    if not getattr(sys, "frozen", False):
        return None
    for folder in (getattr(sys, "_MEIPASS", None), Path(sys.executable).parent):
        if folder is not None and (Path(folder) / name).is_file():
            return Path(folder) / name
    return None


@cache
def data_dir(name: str) -> Path:
    if name not in DATA_FOLDERS:
        raise ValueError(f"unknown data folder {name!r}; known: {', '.join(DATA_FOLDERS)}")
    for path in _candidates(name):
        if path.is_dir():
            return path
    tried = ", ".join(str(p) for p in _candidates(name))
    raise DataNotFound(f"Limber's {name} folder is missing (looked in {tried}); reinstall Limber")


def routines_dir() -> Path:
    return data_dir("routines")


def assets_dir() -> Path:
    return data_dir("assets")


def asset(*parts: str) -> Path:
    """A file under assets/, e.g. ``asset("sounds", "tick.wav")``; it may not exist."""
    return assets_dir().joinpath(*parts)
