"""PySide6's import hook, answered without reading every module's source.

Importing PySide6 replaces Python's ``__import__`` with a hook that, after every import in the
process, asks whether the new module uses PySide6 (for its opt-in ``from __feature__ import
snake_case``): it reads the module's whole source through ``inspect.getsource`` and looks for
"PySide6" in it. At Limber's start that is some 130 modules read and split into lines, about
15 ms of CPU before the first paint, and every source left in ``linecache`` (megabytes).

Limber uses none of those features, and which of its modules use PySide6 is known by their
names (the ``coach.qt`` layer, tests/test_architecture.py keeps it so), so this answers from the
name and reads nothing: the same answer for every module Limber imports. Import this module
before the rest of the Qt layer; on a PySide6 without that hook it changes nothing.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the hook this module answers for)

_USES_PYSIDE = ("PySide6", "shiboken6", "coach.qt")  # the packages, and what is in them


def uses_pyside(module: ModuleType) -> bool:
    """PySide's question, answered from the module's name."""
    name = str(getattr(module, "__name__", ""))
    return any(name == package or name.startswith(f"{package}.") for package in _USES_PYSIDE)


def answer_from_names() -> bool:
    """Put :func:`uses_pyside` in the hook's place; whether there was a hook to answer."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True


answer_from_names()
