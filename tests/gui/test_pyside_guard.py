"""The guard against PySide6 6.12.0's reference-count bug on Python 3.11."""

from __future__ import annotations

import sys

import coach.qt.pyside_guard  # noqa: F401 - importing it applies the guard
from coach.qt.pyside_guard import RESERVE, guard_none_refcount, leaks_singletons


def test_singletons_cannot_run_out_of_references():
    if not leaks_singletons():
        return  # a fixed PySide6 or Python 3.12+: nothing to guard
    assert all(sys.getrefcount(s) > RESERVE // 2 for s in (None, True, False))


def test_the_guard_is_applied_once_only():
    before = sys.getrefcount(None)
    guard_none_refcount()
    assert sys.getrefcount(None) - before < RESERVE // 2
