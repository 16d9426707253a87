"""Text made larger than the widget's font, the way every screen sets its titles and numbers."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def enlarge(widget: W, factor: float, *, bold: bool = True) -> W:
    """Set ``widget``'s font to ``factor`` times its point size, bold or not; returns it."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)
    return widget
