"""The floor under the home screen: the bare program, plus only the import of the PySide6
classes the app's start-up modules use (no line of Limber runs, no widget but the label).

PySide6 makes each class's enums into Python ``enum`` classes when the class is first
imported (the ``Qt`` namespace alone has 95), and that is most of what separates a window
built from list views, combo boxes and menus from one label. ``python -m tests.bench`` times
this beside the bare program and the app, so the table shows how much of the gap is the
toolkit's and how much is the app's.
"""

from __future__ import annotations

import ast
import importlib
import json
import os
import sys
from pathlib import Path

from tests.bench import bare

# The coach.qt modules imported before the home window's first paint
# (tests/qt/test_startup.py checks the app loads none of the other screens' modules).
START_UP_MODULES = ("application", "window", "home", "actions", "audio_output_probe",
                    "first_paint", "notice_strip", "plain_text", "prefs_watch", "routine_watch",
                    "run_day_steps", "theme", "timer_bounds", "widgets/icons", "widgets/fonts")
QT = Path(__file__).resolve().parents[2] / "coach" / "qt"
# The names, read by the benchmark before the launch: parsing the modules here would count
# ast's work (tens of ms) as the toolkit's.
NAMES_ENV = "LIMBER_BENCH_QT_NAMES"


def qt_names() -> dict[str, list[str]]:
    """{"PySide6.QtWidgets": ["QComboBox", …], …} from the modules' import statements."""
    names: dict[str, set[str]] = {}
    for module in START_UP_MODULES:
        tree = ast.parse((QT / f"{module}.py").read_text(encoding="utf-8"))
        for node in tree.body:  # top level only: what importing the module does
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                names.setdefault(node.module or "", set()).update(a.name for a in node.names)
    return {module: sorted(found) for module, found in names.items()}


def main() -> int:
    given = os.environ.get(NAMES_ENV)
    names: dict[str, list[str]] = json.loads(given) if given else qt_names()
    for module, found in names.items():
        loaded = importlib.import_module(module)
        for name in found:
            getattr(loaded, name)
    return bare.main()


if __name__ == "__main__":
    sys.exit(main())
