"""The side badge: a coloured band with words in it (LEFT SIDE, RIGHT SIDE, GET READY…).

Side is told twice, by colour and by text, so it reads for colour-blind runners and from a
distance where either alone might be missed.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

import coach.qt.pyside_guard  # noqa: F401  (before any Qt call: see that module)
from coach.app.display import Badge
from coach.qt.theme import badge_colour
from coach.qt.widgets.fit_text import fitted_pixel_size


class SideBadge(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._badge = Badge.NONE
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    @property
    def badge(self) -> Badge:
        return self._badge

    def text(self) -> str:
        return self._text

    def colour(self) -> QColor | None:
        return badge_colour(self._badge)

    def set_badge(self, badge: Badge, text: str) -> None:
        if (badge, text) != (self._badge, self._text):
            self._badge, self._text = badge, text
            self.setAccessibleName(text.replace("◀", "").replace("▶", "").strip())
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, 36)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, 16)

    def paintEvent(self, event: QPaintEvent) -> None:
        colour = self.colour()
        if colour is None or not self._text:
            return  # nothing to say about sides: the space stays, so the layout holds still
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setBold(True)
        h = float(self.height())
        px = fitted_pixel_size(font, self._text, self.width() * 0.9 - h * 0.8, h, 0.62)
        font.setPixelSize(max(1, round(px)))
        painter.setFont(font)
        text_w = painter.fontMetrics().horizontalAdvance(self._text)
        band_w = min(float(self.width()), text_w + h * 1.2)
        band = QRectF((self.width() - band_w) / 2, 0, band_w, h)
        path = QPainterPath()
        path.addRoundedRect(band, h * 0.22, h * 0.22)
        painter.fillPath(path, colour)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(band, int(Qt.AlignmentFlag.AlignCenter), self._text)
        painter.end()
