"""The big number: seconds left, or the rep on a counted step, as large as the space allows.

Digits are sized by their ink against a template of the same shape ("88", "8:88"), so they hold
still while they count. Their height is a share of the window's; when that is wider than the
widget (a clock, "1:30", in a window taller than wide), the digits are narrowed horizontally, the
way condensed clock faces are drawn, down to ``MIN_STRETCH`` of their width, and only past that
does their height give way. A suffix (" of 10" after a rep) is drawn smaller on the same baseline
when it fits beside the number without shrinking it, else on the small line underneath. The small
line (the seconds on a counted step, "Press Space to carry on" when paused) and a thick bar that
empties with the segment sit below, all in the screen's text colour, so they read on any of the
state colours.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
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

from coach.qt.translators import translate
from coach.qt.widgets.side_word import cap_ratio

BAR_SHARE = 0.05  # of the widget's height
BAR_MIN_PX = 6.0
SMALL_SHARE = 0.13  # the small line's share of the widget's height
SUFFIX_SCALE = 0.42  # " of 10" beside the rep, relative to the rep's size
# The narrowest the digits are drawn, as a share of their natural width. Bold digits narrowed
# further start to look like a different face, and their counters close up across a room.
MIN_STRETCH = 0.6
FILL_WIDTH = 0.96  # of the widget's width the digits (and a suffix beside them) may take
_PROBE_PX = 100.0


def _read_out(text: str) -> str:
    """The time shown, as a screen reader says it: "7 seconds"; "1:30" as it is."""
    if not text.isdigit():
        return text
    seconds = int(text)  # a variable: lupdate skips a call whose count is a call
    return translate("Countdown", "%n second(s)", None, seconds)


class Countdown(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._template = "88"
        self._suffix = ""
        self._small = ""
        self._progress = 0.0  # 0..1 of the segment done; the bar shows what is left
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setAccessibleName(translate("Countdown", "Time left in this step"))

    def set_time(self, text: str, template: str, progress: float, *, suffix: str = "",
                 small: str = "", spoken: str = "") -> None:
        """``spoken``: what a screen reader says ("7 of 10, 12 s left"); defaults to the text."""
        self._text, self._template, self._suffix, self._small = text, template, suffix, small
        self._progress = min(1.0, max(0.0, progress))
        self.setAccessibleDescription(spoken or _read_out(text))
        self.update()

    def text(self) -> str:
        return self._text

    def suffix(self) -> str:
        return self._suffix

    def small_text(self) -> str:
        return self._small

    def sizeHint(self) -> QSize:
        return QSize(160, 120)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, 40)

    # -- geometry ---------------------------------------------------------------------------

    def _bar_height(self) -> float:
        return max(BAR_MIN_PX, self.height() * BAR_SHARE)

    def _small_height(self) -> float:
        return self.height() * SMALL_SHARE

    def _digits_rect(self) -> QRectF:
        below = self._bar_height() * 1.6 + self._small_height()
        return QRectF(0, 0, self.width(), max(1.0, self.height() - below))

    def _advance(self, font: QFont, text: str) -> float:
        probe = QFont(font)
        probe.setPixelSize(int(_PROBE_PX))
        return QFontMetricsF(probe).horizontalAdvance(text) / _PROBE_PX

    def _layout(self) -> tuple[QFont, float, bool]:
        """The digits' font, how far they are narrowed (1.0: not at all), and whether the
        suffix goes beside them (else underneath)."""
        font = QFont(self.font())
        font.setBold(True)
        area = self._digits_rect()
        room = area.width() * FILL_WIDTH
        # Digits have no descenders: their ink may use nearly all of the height.
        by_height = area.height() * 0.92 / cap_ratio(font)
        per_px = self._advance(font, self._template or "8")
        stretch = 1.0
        px = by_height
        if per_px and by_height * per_px > room:
            # Too wide at full height: narrow the glyphs first; shrink only past the floor.
            stretch = max(MIN_STRETCH, room / (by_height * per_px))
            px = min(by_height, room / (per_px * stretch))
        # The suffix goes beside only when the number keeps its full size and shape with it.
        inline = bool(self._suffix) and stretch == 1.0 and by_height * (
            per_px + SUFFIX_SCALE * self._advance(font, self._suffix)) <= room
        font.setPixelSize(max(1, int(px)))
        return font, stretch, inline

    def digits_font(self) -> QFont:
        return self._layout()[0]

    def digit_stretch(self) -> float:
        """How far the digits are narrowed horizontally: 1.0 is their natural width."""
        return self._layout()[1]

    def digits_width(self) -> float:
        """Width in pixels of the drawn number, narrowing included (without a suffix)."""
        font, stretch, _ = self._layout()
        return QFontMetricsF(font).horizontalAdvance(self._text) * stretch

    def digit_height(self) -> float:
        """Height in pixels of a drawn digit (what a reader across the room actually sees)."""
        return QFontMetricsF(self.digits_font()).tightBoundingRect("8").height()

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(QPalette.ColorRole.WindowText)
        font, stretch, inline = self._layout()
        metrics = QFontMetricsF(font)
        area = self._digits_rect()
        baseline = area.center().y() + metrics.capHeight() / 2
        suffix_font = QFont(font)
        suffix_font.setPixelSize(max(1, round(font.pixelSize() * SUFFIX_SCALE)))
        text_w = metrics.horizontalAdvance(self._text) * stretch
        suffix_w = QFontMetricsF(suffix_font).horizontalAdvance(self._suffix) if inline else 0.0
        left = area.center().x() - (text_w + suffix_w) / 2
        painter.setPen(colour)
        painter.setFont(font)
        painter.save()
        painter.translate(left, baseline)
        painter.scale(stretch, 1.0)  # narrowed, never shortened: the height is what reads
        painter.drawText(QPointF(0.0, 0.0), self._text)
        painter.restore()
        if inline:
            painter.setFont(suffix_font)
            painter.drawText(QPointF(left + text_w, baseline), self._suffix)
        small = self._small
        if self._suffix and not inline:
            small = f"{self._suffix.strip()} · {small}" if small else self._suffix.strip()
        if small:
            small_font = QFont(self.font())
            small_font.setBold(True)
            small_rect = QRectF(0, area.bottom(), self.width(), self._small_height())
            px = min(small_rect.height() * 0.7,
                     self.width() * 0.94 / max(0.01, self._advance(small_font, small)))
            small_font.setPixelSize(max(1, int(px)))
            painter.setFont(small_font)
            painter.drawText(small_rect, int(Qt.AlignmentFlag.AlignCenter), small)
        self._paint_bar(painter, colour,
                        metrics.horizontalAdvance(self._template or "88") * stretch)
        painter.end()

    def _paint_bar(self, painter: QPainter, colour: QColor, digits_width: float) -> None:
        bar_h = self._bar_height()
        width = min(self.width() * 0.9, max(digits_width * 1.15, self.width() * 0.6))
        track = QRectF((self.width() - width) / 2, self.height() - bar_h, width, bar_h)
        radius = bar_h / 2
        path = QPainterPath()
        path.addRoundedRect(track, radius, radius)
        faint = QColor(colour)
        faint.setAlphaF(0.25)
        painter.fillPath(path, faint)
        left = 1.0 - self._progress
        if left > 0:
            filled = QRectF(track.x(), track.y(), max(bar_h, track.width() * left), bar_h)
            path = QPainterPath()
            path.addRoundedRect(filled, radius, radius)
            painter.fillPath(path, colour)
