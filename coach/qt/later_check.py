"""The knee check two hours after a run day's cool-down.

A desktop notification says it is time (the system tray's balloon, where there is a tray);
the question itself is a small window with the 0-10 scores (a click or a digit selects, Enter
or "Save" keeps it), "Not now", and "Don't ask again" (which turns the preference off). Where
there is no tray (offscreen, some desktops) the window alone asks, without the balloon.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from coach.app.run_day_words import later_question, later_title
from coach.app.score_keys import ScoreKeys
from coach.qt.appicon import app_icon
from coach.qt.plain_text import plain
from coach.qt.translators import translate
from coach.qt.widgets.score_row import ScoreRow

MESSAGE_MS = 30_000  # how long the balloon stays up


def notify(parent: QWidget, title: str, text: str,
           shown_for_ms: int = MESSAGE_MS) -> QSystemTrayIcon | None:
    """Show a desktop notification; None where the system has no tray to show it.

    The tray icon exists only to carry the message: one per window, reused, and taken out of
    the tray again once the message has had its time (else one more stayed for every check).
    """
    if not QSystemTrayIcon.isSystemTrayAvailable() or not QSystemTrayIcon.supportsMessages():
        return None
    icon = app_icon()
    tray = parent.findChild(QSystemTrayIcon)
    if tray is None:
        tray = QSystemTrayIcon(icon, parent)
        tray.messageClicked.connect(tray.hide)
    tray.show()
    tray.showMessage(title, text, icon, shown_for_ms)
    QTimer.singleShot(shown_for_ms, tray, tray.hide)
    return tray


class LaterCheckDialog(QDialog):
    scored = Signal(int)
    never = Signal()  # "Don't ask again"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(later_title())
        self.question = QLabel(later_question())
        self.question.setWordWrap(True)
        plain(self.question)
        self.scores = ScoreRow()
        self.scores.picked.connect(self._picked)
        self._keys = ScoreKeys()
        self.save = QPushButton(translate("LaterCheck", "Save"))
        self.save.setEnabled(False)
        self.save.clicked.connect(self._save)
        self.not_now = QPushButton(translate("LaterCheck", "Not now"))
        self.not_now.clicked.connect(self.reject)
        self.never_button = QPushButton(translate("LaterCheck", "Don't ask again"))
        self.never_button.setToolTip(translate("LaterCheck", "Turn off this check (also in "
                                                             "Preferences)"))
        self.never_button.clicked.connect(self._never)
        buttons = QHBoxLayout()
        buttons.addWidget(self.never_button)
        buttons.addStretch(1)
        buttons.addWidget(self.not_now)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.scores)
        layout.addLayout(buttons)
        self.setWindowModality(Qt.WindowModality.NonModal)

    def ask(self) -> None:
        """Show the question afresh: nothing picked."""
        self.scores.clear()
        self._keys.reset()
        self.save.setEnabled(False)
        self.show()
        self.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        score = self._keys.feed(event.text())
        if score is None:
            super().keyPressEvent(event)  # Enter: the default button, Save once a score is in
            return
        self.scores.pick(score)

    def _picked(self, _score: int) -> None:
        self.save.setEnabled(True)
        self.save.setDefault(True)
        self.save.setFocus()

    def _save(self) -> None:
        score = self.scores.score()
        if score is not None:
            self.scored.emit(score)
            self.accept()

    def _never(self) -> None:
        self.never.emit()
        self.reject()
