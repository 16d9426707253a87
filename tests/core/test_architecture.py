"""The core imports no Qt: it runs, and is tested, without a window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import coach

CORE_EXEMPT = {"qt"}  # the Qt adapter is the one place Qt belongs


def core_modules() -> list[str]:
    root = Path(coach.__file__).parent
    names = []
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        if parts[0] in CORE_EXEMPT or parts[-1] == "__main__":
            continue
        names.append(".".join(("coach", *parts)).removesuffix(".__init__"))
    return names


def test_core_modules_import_no_qt():
    modules = core_modules()
    assert "coach.session" in modules and "coach.plan" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "", f"Qt imported by the core: {result.stdout}"
