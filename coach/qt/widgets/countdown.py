"""The big countdown: digits as large as the space allows, and a bar that empties.

Digits are sized against a template of the same shape ("88", "8:88") so they hold still while
they count. The bar is thick and rounded, in the colour of the side being worked, so the time
left reads at a glance even when the digits cannot be read.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

import coach.qt.pyside_guard  # noqa: F401  (before any Qt call: see that module)
from coach.qt.widgets.fit_text import fitted_pixel_size

BAR_SHARE = 0.075  # of the widget's height
BAR_MIN_PX = 6.0


class Countdown(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._template = "88"
        self._progress = 0.0  # 0..1 of the segment done; the bar shows what is left
        self._accent: QColor | None = None
        self._dim = False
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setAccessibleName("Time left in this step")

    def set_time(self, text: str, template: str, progress: float) -> None:
        self._text, self._template = text, template
        self._progress = min(1.0, max(0.0, progress))
        self.setAccessibleDescription(f"{text} seconds" if ":" not in text else text)
        self.update()

    def text(self) -> str:
        return self._text

    def set_accent(self, color: QColor | None) -> None:
        self._accent = color
        self.update()

    def set_dimmed(self, dimmed: bool) -> None:
        """Paused: the digits fade so a glance tells that time is not running."""
        if dimmed != self._dim:
            self._dim = dimmed
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(160, 120)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, 40)

    # -- geometry ---------------------------------------------------------------------------

    def _bar_height(self) -> float:
        return max(BAR_MIN_PX, self.height() * BAR_SHARE)

    def _digits_rect(self) -> QRectF:
        gap = self._bar_height() * 0.8
        return QRectF(0, 0, self.width(), max(1.0, self.height() - self._bar_height() - gap))

    def digits_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        area = self._digits_rect()
        # Digits have no descenders: let them use more of the height than ordinary text.
        px = fitted_pixel_size(font, self._template, area.width() * 0.96, area.height(), 1.18)
        font.setPixelSize(max(1, round(px)))
        return font

    def digit_height(self) -> float:
        """Height in pixels of a drawn digit (what a reader across the room actually sees)."""
        return QFontMetricsF(self.digits_font()).tightBoundingRect("8").height()

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        if self._dim:
            text_colour = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        font = self.digits_font()
        painter.setFont(font)
        painter.setPen(text_colour)
        area = self._digits_rect()
        # Centre on the digits' ink, not the font's line box, so they sit in the middle.
        ink = QFontMetricsF(font).tightBoundingRect(self._template or "8")
        baseline = area.center().y() + ink.height() / 2
        text_width = QFontMetricsF(font).horizontalAdvance(self._text)
        painter.drawText(int(area.center().x() - text_width / 2), round(baseline),
                         self._text)
        self._paint_bar(painter, palette)
        painter.end()

    def _paint_bar(self, painter: QPainter, palette: QPalette) -> None:
        bar_h = self._bar_height()
        width = min(self.width() * 0.9, max(self._digits_width() * 1.15, self.width() * 0.6))
        track = QRectF((self.width() - width) / 2, self.height() - bar_h, width, bar_h)
        radius = bar_h / 2
        path = QPainterPath()
        path.addRoundedRect(track, radius, radius)
        painter.fillPath(path, palette.color(QPalette.ColorRole.Mid))
        left = 1.0 - self._progress
        if left > 0:
            filled = QRectF(track.x(), track.y(), max(bar_h, track.width() * left), bar_h)
            path = QPainterPath()
            path.addRoundedRect(filled, radius, radius)
            accent = self._accent or palette.color(QPalette.ColorRole.Highlight)
            if self._dim:
                accent = QColor(accent)
                accent.setAlphaF(0.45)
            painter.fillPath(path, accent)

    def _digits_width(self) -> float:
        return QFontMetricsF(self.digits_font()).horizontalAdvance(self._template or "88")

