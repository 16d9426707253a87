"""The floor: a bare PySide6 program, one window with one label.

It writes ``time.monotonic()`` to the file named by LIMBER_BENCH_FIRST_PAINT after its first
paint, exactly as the app does (see ``coach.qt.first_paint``), so both are timed alike.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


class Stamp(QObject):
    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.write)
        return False

    def write(self) -> None:
        Path(self.path).write_text(f"{time.monotonic():.6f}\n")


def main() -> int:
    app = QApplication(sys.argv)
    label = QLabel("Limber")
    label.resize(1024, 720)
    stamp = Stamp(os.environ.get("LIMBER_BENCH_FIRST_PAINT", os.devnull))
    label.installEventFilter(stamp)
    label.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
