"""A guard against a PySide6 reference-count bug that crashes the app on Python 3.11.

Seen with PySide6 6.12.0 on CPython 3.11: every call of a Qt method that returns nothing
(``QLabel.setText``, ``QPainter.setPen``, ``QWidget.update``…) drops one reference to ``None``
that it never took, and every ``Signal.emit`` does the same to ``True``. From Python 3.12 these
singletons are immortal and nothing happens; on 3.11 their counts (a few thousand at start-up)
reach zero after seconds of painting and the interpreter aborts ("Fatal Python error:
none_dealloc" or "bool_dealloc"). PySide6 6.11.3 does not do this.

The guard measures instead of trusting version numbers: it makes a few void calls and emits,
and only if a singleton lost references does it give ``None``, ``True`` and ``False`` so many
that no count can reach zero in any run (which is what 3.12's immortality does anyway).
Pinning PySide6 away from the broken release makes this a no-op.

Importing this module applies the guard, so every module of ``coach.qt`` that uses Qt imports
it before PySide6: whichever of them is imported first, the guard is in place before the first
Qt call.
"""

from __future__ import annotations

import ctypes
import sys

PROBES = 8
# 2**60 references: at a million leaking calls a second, tens of thousands of years.
RESERVE = 1 << 60
SINGLETONS = (None, True, False)


def leaks_singletons() -> bool:
    """True when PySide6 drops references to None or True it never took (the bug)."""
    if sys.version_info >= (3, 12):
        return False  # immortal singletons: the bug, if present, is harmless
    from PySide6.QtCore import QByteArray, QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe, emitter = QByteArray(b"x"), _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(PROBES):
        probe.clear()
        emitter.ping.emit()
    lost_none = none_before - sys.getrefcount(None)
    lost_true = true_before - sys.getrefcount(True)
    return lost_none >= PROBES or lost_true >= PROBES


def guard_none_refcount() -> bool:
    """Apply the guard if needed; True when it was applied. Safe to call more than once."""
    if sys.getrefcount(None) >= RESERVE:
        return True  # already applied
    if not leaks_singletons():
        return False
    for singleton in SINGLETONS:
        if sys.getrefcount(singleton) < RESERVE:
            # ob_refcnt is the first field of every object, at its address (CPython < 3.12).
            ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE
    return True


guard_none_refcount()
