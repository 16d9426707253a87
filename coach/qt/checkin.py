"""The optional knee check before a warm-up: a 0–10 score, then what Limber suggests.

The bands and words are in :mod:`coach.app.advice`; this screen shows them and offers the
choices that fit: go ahead, the gentle warm-up, or not running today.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.app.advice import Advice, KneeBand, knee_advice
from coach.model import Routine
from coach.qt.widgets.flow import flow_widget
from coach.qt.widgets.score_row import ScoreRow


class Choice(StrEnum):
    PLANNED = "planned"  # the routine the user picked
    GENTLE = "gentle"  # the gentle warm-up instead
    HOME = "home"  # not today


class CheckinView(QWidget):
    scored = Signal(int)
    chose = Signal(object)  # Choice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkin")
        self._planned: Routine | None = None
        self._gentle: Routine | None = None

        title = QLabel("How do your knees feel today?")
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        title.setFont(font)
        title.setWordWrap(True)
        scale = QLabel("0 is no pain at all; 10 is the worst pain you can imagine.")
        scale.setWordWrap(True)
        self.scores = ScoreRow()
        self.scores.chosen.connect(self._scored)

        self.advice = QFrame()
        self.advice.setFrameShape(QFrame.Shape.StyledPanel)
        self.advice_title = QLabel()
        heading = QFont(self.advice_title.font())
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.25)
        self.advice_title.setFont(heading)
        self.advice_text = QLabel()
        self.advice_text.setWordWrap(True)
        self.advice_text.setAccessibleName("Advice")
        self.primary = QPushButton()
        self.primary.setDefault(True)
        self.secondary = QPushButton()
        self.anyway = QPushButton()
        self.anyway.setFlat(True)
        self._choices: dict[str, Choice] = {"primary": Choice.PLANNED, "secondary": Choice.HOME}
        self.primary.clicked.connect(lambda: self.chose.emit(self._choices["primary"]))
        self.secondary.clicked.connect(lambda: self.chose.emit(self._choices["secondary"]))
        self.anyway.clicked.connect(lambda: self.chose.emit(Choice.PLANNED))
        inner = QVBoxLayout(self.advice)
        inner.addWidget(self.advice_title)
        inner.addWidget(self.advice_text)
        inner.addWidget(flow_widget(self.anyway, self.secondary, self.primary, align_right=True))
        self.advice.hide()

        self.skip = QPushButton("Skip the check")
        self.skip.setToolTip("Start without a knee score")
        self.skip.clicked.connect(lambda: self.chose.emit(Choice.PLANNED))
        self.back = QPushButton("Back")
        self.back.clicked.connect(lambda: self.chose.emit(Choice.HOME))
        bottom = QHBoxLayout()
        bottom.addWidget(self.back)
        bottom.addStretch(1)
        bottom.addWidget(self.skip)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(scale)
        layout.addWidget(self.scores)
        layout.addWidget(self.advice)
        layout.addStretch(1)
        layout.addLayout(bottom)

    def ask(self, planned: Routine, gentle: Routine | None) -> None:
        """Start over for ``planned``; ``gentle`` is the gentle warm-up to offer, if any."""
        self._planned, self._gentle = planned, gentle
        self.scores.clear()
        self.advice.hide()
        self.skip.show()
        self.scores.buttons[0].setFocus()

    def _scored(self, score: int) -> None:
        self.scored.emit(score)
        self._show(knee_advice(score))

    def _show(self, advice: Advice) -> None:
        planned = self._planned
        assert planned is not None
        gentle = self._gentle if self._gentle is not None and self._gentle.id != planned.id \
            else None
        self.advice_title.setText(advice.title)
        self.advice_text.setText(advice.text)
        self.anyway.hide()
        self.secondary.show()
        if advice.band is KneeBand.GO:
            self._set(self.primary, f"Start the {planned.name}", Choice.PLANNED)
            self._set(self.secondary, "Back", Choice.HOME)
        elif advice.band is KneeBand.EASY:
            if gentle:
                self._set(self.primary, f"Start the {gentle.name}", Choice.GENTLE)
                self._set(self.secondary, f"Keep the {planned.name}", Choice.PLANNED)
            else:
                self._set(self.primary, f"Start the {planned.name}", Choice.PLANNED)
                self._set(self.secondary, "Back", Choice.HOME)
        else:
            if gentle:
                self._set(self.primary, f"Do the {gentle.name} instead", Choice.GENTLE)
            else:
                self._set(self.primary, "Not today", Choice.HOME)
            self._set(self.secondary, "Not today", Choice.HOME)
            self.secondary.setVisible(gentle is not None)
            self.anyway.setText("Warm up anyway")
            self.anyway.show()
        self.skip.hide()
        self.advice.show()
        self.primary.setFocus()

    def _set(self, button: QPushButton, text: str, choice: Choice) -> None:
        button.setText(text)
        button.setAccessibleName(text)
        self._choices["primary" if button is self.primary else "secondary"] = choice

