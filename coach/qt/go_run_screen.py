"""The calm screen between the warm-up and the cool-down: "Go run".

The time since the warm-up ended, large enough to read from across the room; what to do if a
knee flares up; one big "I'm back" button (Enter too). The time comes from the app layer
(``seconds_out``): the screen's timer only repaints it, once a second, while it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from coach.app.go_run_words import FLARE_UP, elapsed_text
from coach.qt.plain_text import plain
from coach.qt.widgets.fonts import enlarge


class GoRunView(QWidget):
    back = Signal()

    def __init__(self, seconds_out: Callable[[], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("go-run")
        self._seconds_out = seconds_out
        self.title = QLabel("Go run")
        self.since = QLabel("since your warm-up")
        self.elapsed = QLabel("0:00")
        self.elapsed.setAccessibleName("Time since your warm-up")
        self.advice = QLabel(FLARE_UP)
        self.advice.setWordWrap(True)
        self.back_button = QPushButton("I'm back")
        self.back_button.setAccessibleName("I'm back: start the cool-down")
        self.back_button.setToolTip("Start the cool-down (Enter)")
        self.back_button.setDefault(True)
        self.back_button.clicked.connect(self.back)
        self.back_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        plain(self.title, self.since, self.elapsed, self.advice)
        for label in (self.title, self.since, self.elapsed, self.advice):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        enlarge(self.title, 2.0)
        enlarge(self.elapsed, 6.0)
        enlarge(self.back_button, 1.8)
        enlarge(self.advice, 1.3, bold=False)
        enlarge(self.since, 1.2, bold=False)

        self.back_button.setMinimumHeight(self.back_button.sizeHint().height() * 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.elapsed)
        layout.addWidget(self.since)
        layout.addSpacing(24)
        layout.addWidget(self.advice)
        layout.addStretch(1)
        layout.addWidget(self.back_button)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)

    def refresh(self) -> None:
        self.elapsed.setText(elapsed_text(self._seconds_out()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.back.emit()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self._timer.start()
        self.back_button.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)
