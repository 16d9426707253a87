"""The stop-and-seek-advice signs, one click from the finish and home screens."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coach.app.window_words import disclaimer, safety_plain_text, safety_sections, safety_title
from coach.qt.translators import translate


def safety_html() -> str:
    parts = []
    for number, (heading, items) in enumerate(safety_sections()):
        # No space above the first heading: the dialog starts with what matters.
        style = ' style="margin-top:0"' if number == 0 else ""
        parts.append(f"<h3{style}>{escape(heading)}:</h3><ul>")
        parts += [f"<li>{escape(item)}</li>" for item in items]
        parts.append("</ul>")
    parts.append(f"<p><i>{escape(disclaimer())}</i></p>")
    return "".join(parts)


class SafetyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(safety_title())
        self.text = QLabel(safety_html())
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        # From the top: a label centres its text, which left an empty band above it.
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setAccessibleName(safety_title())
        self.text.setAccessibleDescription(safety_plain_text())
        self.text.setContentsMargins(8, 0, 8, 0)
        scroll = QScrollArea()
        scroll.setWidget(self.text)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        copy = QPushButton(translate("Safety", "Copy"))
        copy.setToolTip(translate("Safety", "Copy these signs, to keep or to show someone"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(safety_plain_text()))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(520, 560)
