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
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

RING = 2.5
_EVERY_ROLE = (1 << 64) - 1  # a resolve mask with every colour role set explicitly


class FocusToolButton(QToolButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hold_palette()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # A widget with its own palette hears of no theme change: follow the app's.
            app.paletteChanged.connect(self._hold_palette)

    def _hold_palette(self, *_changed: object) -> None:
        """Keep the application's palette, whatever the parent's.

        The session screen takes a new palette at every state change (its state colour).
        Inherited, each one made the style draw and cache these buttons afresh, and Qt kept
        about 20 KB per session: 300 sessions in one window grew by 14 MB. A palette with
        every role set is not re-inherited, so the buttons keep one palette (the buttons
        draw in the button colours, which the state colour never changed).
        """
        app = QApplication.instance()
        palette = QPalette(app.palette()) if isinstance(app, QApplication) else QPalette()
        palette.setResolveMask(_EVERY_ROLE)
        self.setPalette(palette)

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
