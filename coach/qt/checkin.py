"""The optional knee check before a warm-up: a 0–10 score, then what Limber suggests.

The bands, words and buttons are decided in :mod:`coach.app.advice`; this screen shows them.
It names the routine about to start and takes a digit key for the score ("1" then "0" for
ten). A score picked only selects it and shows the advice; the button chosen under the advice
(Enter: the first) keeps the score, once, and goes on. Picking again changes the answer, never
adds one. Esc or the one Back button goes home without keeping anything.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.app.advice import Choice, Offer, checkin_offers, knee_advice
from coach.app.score_keys import ScoreKeys
from coach.core.model import Routine
from coach.qt.plain_text import plain
from coach.qt.translators import translate
from coach.qt.widgets.flow import choice_button, refill
from coach.qt.widgets.fonts import enlarge
from coach.qt.widgets.score_row import ScoreRow

__all__ = ["CheckinView", "Choice"]


def _scaled(label: QLabel, scale: float) -> QLabel:
    label.setWordWrap(True)
    return enlarge(label, scale)


class CheckinView(QWidget):
    scored = Signal(int)  # the confirmed score: once per check, just before ``chose``
    chose = Signal(object)  # Choice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkin")
        self._planned: Routine | None = None
        self._gentle: Routine | None = None
        self._keys = ScoreKeys()
        self._score: int | None = None  # picked, not yet kept
        self.offer_buttons: list[QPushButton] = []

        self.routine_label = _scaled(QLabel(), 1.15)
        self.routine_label.setAccessibleName(translate("Checkin", "Routine about to start"))
        plain(self.routine_label)
        title = _scaled(QLabel(translate("Checkin", "How do your knees feel today?")), 1.8)
        scale = QLabel(translate("Checkin", "0 is no pain at all; 10 is the worst pain you can "
                                            "imagine. Type a number or click one, then Enter."))
        scale.setWordWrap(True)
        self.scores = ScoreRow(large=True)
        self.scores.picked.connect(self._picked)

        self.advice = QFrame()
        self.advice.setFrameShape(QFrame.Shape.StyledPanel)
        self.advice_title = _scaled(QLabel(), 1.4)
        self.advice_text = QLabel()
        self.advice_text.setWordWrap(True)
        self.advice_text.setAccessibleName(translate("Checkin", "Advice"))
        self._offers = QVBoxLayout()
        inner = QVBoxLayout(self.advice)
        inner.addWidget(self.advice_title)
        inner.addWidget(self.advice_text)
        inner.addLayout(self._offers)
        self.advice.hide()

        self.skip = QPushButton(translate("Checkin", "Start without a score"))
        self.skip.setToolTip(translate("Checkin", "Skip the knee check this time"))
        self.skip.clicked.connect(lambda: self.chose.emit(Choice.PLANNED))
        self.back = QPushButton(translate("Checkin", "Back (Esc)"))
        self.back.setAccessibleName(translate("Checkin", "Back"))
        self.back.setToolTip(translate("Checkin", "Back to the routines"))
        self.back.clicked.connect(lambda: self.chose.emit(Choice.HOME))
        back = QAction(translate("Checkin", "Back"), self)
        back.setShortcut(Qt.Key.Key_Escape)
        back.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.triggered.connect(lambda: self.chose.emit(Choice.HOME))
        self.addAction(back)
        for button in (self.skip, self.back):
            button.setMinimumHeight(40)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back)
        bottom.addStretch(1)
        bottom.addWidget(self.skip)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        layout.addWidget(self.routine_label)
        layout.addWidget(title)
        layout.addWidget(scale)
        layout.addWidget(self.scores)
        layout.addWidget(self.advice)
        layout.addStretch(1)
        layout.addLayout(bottom)

    @property
    def primary(self) -> QPushButton | None:
        return next((b for b in self.offer_buttons if b.isDefault()), None)

    def ask(self, planned: Routine, gentle: Routine | None, minutes: str = "") -> None:
        """Start over for ``planned`` (``minutes``: its length as shown, "8 min"); ``gentle``
        is the gentle warm-up to offer, if any."""
        self._planned, self._gentle = planned, gentle
        self._keys.reset()
        self._score = None
        before = translate("Checkin", "Before the {routine}").format(routine=planned.name)
        self.routine_label.setText(f"{before} · {minutes}" if minutes else before)
        self.scores.clear()
        self.advice.hide()
        self.skip.show()
        self.scores.buttons[0].setFocus()

    @property
    def picked(self) -> int | None:
        """The score selected and not yet kept (None: none picked)."""
        return self._score

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.primary is not None \
                and not self.advice.isHidden():
            self.primary.click()  # Enter confirms, wherever the focus is
            return
        score = self._keys.feed(event.text())
        if score is None:
            super().keyPressEvent(event)
            return
        self.scores.pick(score)

    def _picked(self, score: int) -> None:
        """A score selected: the advice for it, and the ways on (nothing kept yet)."""
        self._score = score
        advice = knee_advice(score)
        planned = self._planned
        assert planned is not None
        gentle = self._gentle if self._gentle is not None and self._gentle.id != planned.id \
            else None
        self.advice_title.setText(advice.title)
        self.advice_text.setText(advice.text)
        self._show_offers(checkin_offers(advice.band, planned.name,
                                         gentle.name if gentle else None))
        self.skip.hide()
        self.advice.show()

    def _confirm(self, choice: Choice) -> None:
        score, self._score = self._score, None
        if score is not None:
            self.scored.emit(score)
        self.chose.emit(choice)

    def _show_offers(self, offers: tuple[Offer, ...]) -> None:
        self.offer_buttons = []
        for offer in offers:
            button = choice_button(offer.text, height=44, bold=offer.primary)
            button.setAccessibleName(offer.text)
            button.setDefault(offer.primary)
            button.clicked.connect(lambda _=False, c=offer.choice: self._confirm(c))
            self.offer_buttons.append(button)
        refill(self._offers, *self.offer_buttons, align_right=True)
        first = self.primary or (self.offer_buttons[0] if self.offer_buttons else None)
        if first is not None:
            first.setFocus()
