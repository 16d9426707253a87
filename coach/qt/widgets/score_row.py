"""A 0–10 score picked with one click: eleven buttons in a row (two rows when narrow).

Buttons rather than a slider: a score is one deliberate choice, a slider invites fiddling, and
each button is reachable with Tab and says its own number to a screen reader.

The row places its buttons itself and tells its parent layout, through height-for-width, how
tall it will be at a given width, so the switch to two rows happens in the same layout pass and
never forces a minimum width. (With a child layout Qt would ask that layout instead, and a grid
knows nothing of height-for-width.)
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QPushButton, QSizePolicy, QWidget

from coach.app.advice import SCORES

BUTTON = QSize(34, 38)
GAP = 4
PER_ROW_WHEN_TWO = 6


def _width(buttons: int) -> int:
    return buttons * BUTTON.width() + (buttons - 1) * GAP


ONE_ROW_WIDTH = _width(len(SCORES))


class ScoreRow(QWidget):
    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        for score in SCORES:
            button = QPushButton(str(score))
            button.setCheckable(True)
            button.setAccessibleName(f"{score} out of 10")
            button.setToolTip(f"{score} out of 10")
            button.setMinimumSize(BUTTON)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.group.addButton(button, score)
            self.buttons.append(button)
            button.setParent(self)
        self.group.idClicked.connect(self.chosen)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def score(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def clear(self) -> None:
        self.group.setExclusive(False)  # an exclusive group cannot uncheck its last button
        for button in self.buttons:
            button.setChecked(False)
        self.group.setExclusive(True)

    @staticmethod
    def rows_for(width: int) -> int:
        return 1 if width >= ONE_ROW_WIDTH else 2

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = self.rows_for(width)
        return rows * BUTTON.height() + (rows - 1) * GAP

    def sizeHint(self) -> QSize:
        return QSize(ONE_ROW_WIDTH, BUTTON.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(_width(PER_ROW_WHEN_TWO), BUTTON.height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Typing a digit picks it (0–9; 10 is a click or Tab away).
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.buttons[int(text)].click()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(event.size().width())

    def _place(self, width: int) -> None:
        rows = self.rows_for(width)
        per_row = PER_ROW_WHEN_TWO if rows == 2 else len(self.buttons)
        # Equal widths that fill the row; the last row keeps the same button width.
        button_w = max(1, (width - (per_row - 1) * GAP) // per_row)
        for score, button in enumerate(self.buttons):
            row, col = divmod(score, per_row)
            button.setGeometry(QRect(col * (button_w + GAP), row * (BUTTON.height() + GAP),
                                     button_w, BUTTON.height()))
