"""The session screen's reading text: how to do it, take care, and what comes next.

This is the text the text-size preference scales. It lives in whatever height the big things
leave, and when that room runs out the text steps down in size until it fits rather than pushing
the countdown or the controls aside (or being cut off mid-line).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from coach.qt.plain_text import plain
from coach.qt.translators import translate

MIN_PX = 10
SPACING = 4
# Relative sizes: the safety line a little smaller, "next up" bold.
SHARES = {"how": 1.0, "safety": 0.82, "next_up": 1.0}


class ReadingText(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = 1.0
        self._base_px = 16
        self.how = QLabel()
        self.how.setAccessibleName(translate("Reading", "How to do it"))
        self.safety = QLabel()
        self.safety.setAccessibleName(translate("Reading", "Take care"))
        self.next_up = QLabel()
        self.next_up.setAccessibleName(translate("Reading", "Next up"))
        plain(self.how, self.safety, self.next_up)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        for label in self.labels():
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(label)
        layout.addStretch(1)
        # The layout gives this whatever the big things leave; its own wishes count for nothing.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(0)

    def sizeHint(self) -> QSize:
        return QSize(100, 60)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)  # the text steps down to fit; it never claims room

    def hasHeightForWidth(self) -> bool:
        # Else the wrapped labels' height-for-width would become this widget's minimum and
        # squeeze the countdown: here the text fits the height, not the height the text.
        return False

    def labels(self) -> tuple[QLabel, QLabel, QLabel]:
        return self.how, self.safety, self.next_up

    def set_scale(self, scale: float) -> None:
        self._scale = scale
        self._fit()

    def set_base_px(self, px: int) -> None:
        if px != self._base_px:
            self._base_px = px
            self._fit()

    def set_texts(self, how: str, safety: str, next_up: str) -> None:
        if (how, safety, next_up) == tuple(label.text() for label in self.labels()):
            return
        self.how.setText(how)
        self.safety.setText(safety)
        self.safety.setVisible(bool(safety))
        self.next_up.setText(next_up)
        self._fit()

    def wanted_px(self) -> int:
        """The size the text-size preference asks for, before any stepping down."""
        return max(MIN_PX, round(self._base_px * self._scale))

    def pixel_size(self) -> int:
        return self.how.font().pixelSize()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _height_at(self, px: int, width: int) -> int:
        total = 0
        shown = [label for label in self.labels() if label.text() and not label.isHidden()]
        for label in shown:
            metrics = QFontMetrics(self._font_for(label, px))
            box = metrics.boundingRect(QRect(0, 0, width, 100_000),
                                       int(Qt.TextFlag.TextWordWrap), label.text())
            total += box.height()
        return total + SPACING * max(0, len(shown) - 1)

    def _font_for(self, label: QLabel, px: int) -> QFont:
        font = QFont(label.font())
        share = SHARES["safety"] if label is self.safety else 1.0
        font.setPixelSize(max(MIN_PX, round(px * share)))
        font.setBold(label is self.next_up)
        return font

    def _fit(self) -> None:
        width, height = self.width(), self.height()
        px = self.wanted_px()
        if width > 0 and height > 0:
            while px > MIN_PX and self._height_at(px, width) > height:
                px = max(MIN_PX, int(px * 0.9))
        for label in self.labels():
            label.setFont(self._font_for(label, px))
