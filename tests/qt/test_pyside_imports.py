"""PySide6's import hook answered from module names: no source read for it (about 15 ms and
megabytes of text at start-up, see coach/qt/pyside_imports.py)."""

from __future__ import annotations

import subprocess
import sys
import types

from coach.qt.pyside_imports import uses_pyside

_IMPORT_AFTER_PYSIDE = """
import linecache, sys
if sys.argv[1] == "limber":
    import coach.qt.pyside_imports
else:
    import PySide6.QtCore
linecache.clearcache()
import difflib, coach.core.model  # modules PySide6's hook sees imported after it
print(sorted(name for name in linecache.cache if name.endswith(("difflib.py", "model.py"))))
"""


def _sources_read(how: str) -> str:
    out = subprocess.run([sys.executable, "-c", _IMPORT_AFTER_PYSIDE, how], capture_output=True,
                         text=True, check=True, timeout=60)
    return out.stdout.strip()


def test_modules_imported_after_pyside_are_not_read() -> None:
    assert _sources_read("pyside") != "[]"  # PySide6's own answer reads each whole source
    assert _sources_read("limber") == "[]"


def test_the_answer_is_pysides_for_limbers_modules() -> None:
    for name, uses in (("coach.qt.window", True), ("PySide6.QtCore", True),
                       ("coach.core.model", False), ("coach.app.controller", False),
                       ("json", False), ("coach.qtish", False)):
        assert uses_pyside(types.ModuleType(name)) is uses, name
