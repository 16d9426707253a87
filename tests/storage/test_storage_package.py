"""The storage layer stays pure Python: the CLI and the tests use it without Qt."""

from __future__ import annotations

import subprocess
import sys


def test_storage_imports_no_qt() -> None:
    code = (
        "import sys, coach.storage.prefs, coach.storage.history, coach.cli.prefs_commands;"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
