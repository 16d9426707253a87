"""A 0–10 score picked with one click: eleven buttons in a row (two rows when narrow).

Buttons rather than a slider: a score is one deliberate choice, a slider invites fiddling, and
each button is reachable with Tab and says its own number to a screen reader. Picking only
selects (``picked``): the screen around it saves the score once, when the runner confirms it,
so a change of mind (4, then 7) is one answer, not two.

The row places its buttons itself and tells its parent layout, through height-for-width, how
tall it will be at a given width, so the switch to two rows happens in the same layout pass and
never forces a minimum width. (With a child layout Qt would ask that layout instead, and a grid
knows nothing of height-for-width.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QPushButton, QSizePolicy, QWidget

from coach.app.advice import SCORES
from coach.qt.translators import translate
from coach.qt.widgets.fonts import enlarge

BUTTON = QSize(34, 38)
LARGE_BUTTON = QSize(52, 56)  # the check-in's: hit from a step away, read at a glance
GAP = 4
PER_ROW_WHEN_TWO = 6


def _width(buttons: int, button: QSize = BUTTON) -> int:
    return buttons * button.width() + (buttons - 1) * GAP


class ScoreRow(QWidget):
    picked = Signal(int)  # a score was selected (not yet confirmed)

    def __init__(self, parent: QWidget | None = None, *, large: bool = False) -> None:
        super().__init__(parent)
        self._button = LARGE_BUTTON if large else BUTTON
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        for score in SCORES:
            button = QPushButton(str(score))
            button.setCheckable(True)
            button.setAccessibleName(translate("ScoreRow", "{score} out of 10").format(score=score))
            button.setToolTip(translate("ScoreRow", "{score} out of 10").format(score=score))
            button.setMinimumSize(self._button)
            if large:
                enlarge(button, 1.5)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.group.addButton(button, score)
            self.buttons.append(button)
            button.setParent(self)
        self.group.idClicked.connect(self.picked)
        self._style_checked()
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _style_checked(self) -> None:
        # The chosen score must show plainly: the styles' own "checked" look is faint.
        self.setStyleSheet("QPushButton:checked { background: palette(highlight); "
                           "color: palette(highlighted-text); border: 1px solid "
                           "palette(highlight); border-radius: 3px; }")

    def event(self, event: QEvent) -> bool:
        # A style sheet keeps the palette it was given, so a theme switched later would leave
        # the buttons in the old one (light buttons on a dark screen); set again, it takes the
        # new one. (This event never reaches changeEvent.)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._restyle()
        return super().event(event)

    def _restyle(self) -> None:
        self.setStyleSheet("")
        self._style_checked()

    def pick(self, score: int) -> None:
        """Select ``score`` as a click would (a typed digit)."""
        self.buttons[score].setChecked(True)
        self.picked.emit(score)

    def score(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def clear(self) -> None:
        self.group.setExclusive(False)  # an exclusive group cannot uncheck its last button
        for button in self.buttons:
            button.setChecked(False)
        self.group.setExclusive(True)

    def rows_for(self, width: int) -> int:
        return 1 if width >= _width(len(SCORES), self._button) else 2

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = self.rows_for(width)
        return rows * self._button.height() + (rows - 1) * GAP

    def sizeHint(self) -> QSize:
        return QSize(_width(len(SCORES), self._button), self._button.height())

    def minimumSizeHint(self) -> QSize:
        # Six to a row at most when narrow; narrower still, the buttons just get slimmer.
        return QSize(min(_width(PER_ROW_WHEN_TWO, self._button), 300), self._button.height())

    # Digit keys are the screen's to handle (coach.app.score_keys: "1" then "0" is ten), so they
    # work whichever control has the focus.

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
            button.setGeometry(QRect(col * (button_w + GAP),
                                     row * (self._button.height() + GAP),
                                     button_w, self._button.height()))
