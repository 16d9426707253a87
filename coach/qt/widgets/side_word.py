"""The side word: LEFT, RIGHT, SWITCH, GET READY or PAUSED, in capitals big enough to read from
the floor across a room.

It is sized by the ink of its capitals, not by the font's line box, so "at least 8 % of the
window height" means what a reader sees. When the screen has another colour (the last seconds of
a side), the side's own colour stays behind the word as a band, so the side is never told by
colour alone nor lost with it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize
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

from coach.app.state_colours import Tone, tone_colours

_PROBE_PX = 100.0
INK_SHARE = 0.74  # of the widget's height, for the capitals' ink


def cap_ratio(font: QFont) -> float:
    """Capital height per pixel of font size (about 0.73 for most sans fonts)."""
    probe = QFont(font)
    probe.setPixelSize(int(_PROBE_PX))
    return max(0.3, QFontMetricsF(probe).capHeight() / _PROBE_PX)


class SideWord(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._pill = Tone.NEUTRAL
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def text(self) -> str:
        return self._text

    @property
    def pill(self) -> Tone:
        return self._pill

    def set_word(self, text: str, pill: Tone = Tone.NEUTRAL) -> None:
        if (text, pill) != (self._text, self._pill):
            self._text, self._pill = text, pill
            self.setAccessibleName(text.replace("◀", "").replace("▶", "").strip())
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, 60)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, 16)

    def word_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        if not self._text:
            return font
        ratio = cap_ratio(font)
        by_height = self.height() * INK_SHARE / ratio
        probe = QFont(font)
        probe.setPixelSize(int(_PROBE_PX))
        advance = QFontMetricsF(probe).horizontalAdvance(self._text)
        room = self.width() * 0.96 - (self.height() * 0.6 if self._pill is not Tone.NEUTRAL
                                      else 0)
        by_width = room / advance * _PROBE_PX if advance > 0 else by_height
        font.setPixelSize(max(1, int(min(by_height, by_width))))
        return font

    def ink_height(self) -> float:
        """Height in pixels of the drawn capitals."""
        if not self._text:
            return 0.0
        return QFontMetricsF(self.word_font()).capHeight()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._text:
            return  # the space stays, so the layout holds still
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self.word_font()
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        pill = tone_colours(self._pill)
        width = metrics.horizontalAdvance(self._text)
        if pill is not None:
            h = float(self.height())
            band_w = min(float(self.width()), width + h * 0.6)
            band = QRectF((self.width() - band_w) / 2, 0, band_w, h)
            path = QPainterPath()
            path.addRoundedRect(band, h * 0.18, h * 0.18)
            painter.fillPath(path, QColor(pill.fill))
            text_colour = QColor(pill.text)
        painter.setPen(text_colour)
        # Centre the capitals' ink, not the line box.
        baseline = self.height() / 2 + metrics.capHeight() / 2
        painter.drawText(QPointF(self.width() / 2 - width / 2, baseline), self._text)
        painter.end()
