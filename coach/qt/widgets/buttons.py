"""A tool button whose keyboard focus shows plainly, in any palette and style.

Some styles draw a faint focus frame on tool buttons, or none; a runner tabbing to a control
from a step away needs to see where the focus is, so the ring is drawn here in the palette's
highlight colour.

Its minimum size is its icon's, whatever text it shows: the screen decides when words fit, and
a row of worded buttons must never stop the window from being made narrower.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QToolButton

RING = 2.5


class FocusToolButton(QToolButton):
    def minimumSizeHint(self) -> QSize:
        icon = self.iconSize()
        return QSize(icon.width() + 12, icon.height() + 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), RING)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = RING / 2 + 1
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 4, 4)
        painter.end()
