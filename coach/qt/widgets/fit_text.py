"""Text that grows with the space the layout gives it.

The session screen is read from 2–4 m away, so its text is sized from the window, not from the
desktop font: the layout hands out space by stretch factors, and each of these widgets fills its
share (up to the height, shrinking to fit the width). Its size hints are small on purpose, so the
text size never feeds back into the layout.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

_PROBE_PX = 100.0


def fitted_pixel_size(font: QFont, text: str, width: float, height: float, fill: float) -> float:
    """The largest pixel size at which ``text`` fits in ``width`` and ``fill`` of ``height``."""
    probe = QFont(font)
    probe.setPixelSize(int(_PROBE_PX))
    advance = QFontMetricsF(probe).horizontalAdvance(text) if text else 0.0
    by_height = height * fill
    by_width = width / advance * _PROBE_PX if advance > 0 else by_height
    return max(1.0, min(by_height, by_width))


class FitText(QWidget):
    """One line of text, as large as its rectangle allows."""

    def __init__(self, text: str = "", *, bold: bool = False, fill: float = 0.82,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
                 max_px: float | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self._bold = bold
        self._fill = fill
        self._align = align
        self._max_px = max_px
        self._role = QPalette.ColorRole.WindowText
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setAccessibleName(text)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.setAccessibleName(text)
            self.update()

    def pixel_size(self) -> float:
        """The pixel size the text is drawn at in the current geometry."""
        px = fitted_pixel_size(self._font(), self._text, self.width() * 0.98, self.height(),
                               self._fill)
        if self._max_px is not None:
            px = min(px, self._max_px)
        return px

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(self._bold)
        return font

    def sizeHint(self) -> QSize:
        return QSize(80, 20)

    def minimumSizeHint(self) -> QSize:
        return QSize(10, 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._text:
            return
        font = self._font()
        font.setPixelSize(max(1, round(self.pixel_size())))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(font)
        color = self.palette().color(
            QPalette.ColorGroup.Normal if self.isEnabled() else QPalette.ColorGroup.Disabled,
            self._role,
        )
        painter.setPen(color)
        painter.drawText(QRectF(self.rect()), int(self._align), self._text)
        painter.end()
