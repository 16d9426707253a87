"""Text made larger than the widget's font, the way every screen sets its titles and numbers;
and the text size preference applied to every screen's reading text."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def enlarge(widget: W, factor: float, *, bold: bool = True) -> W:
    """Set ``widget``'s font to ``factor`` times its point size, bold or not; returns it."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)
    return widget


# Marks a widget as reading text whatever its kind (the notices' strip), and remembers the size
# a reading widget had before any scaling, so scaling again starts from it.
READING = "limber-reading"
_BASE_SIZE = "limber-reading-base-pt"
SIZE_RESOLVED = 0x0002  # QFont::SizeResolved: the font's size was set on purpose


def reading_text(widget: W) -> W:
    """Make ``widget`` follow the text size preference (a label that wraps, or a list, does
    without being marked)."""
    widget.setProperty(READING, True)
    return widget


def _is_reading(widget: QWidget) -> bool:
    if widget.property(_BASE_SIZE) is not None or widget.property(READING):
        return True
    if widget.font().resolveMask() & SIZE_RESOLVED:
        return False  # a title or a number sized on purpose: it keeps its size
    # Paragraphs (labels that wrap) and lists: what is read, not what is clicked (a label
    # inside a button is part of the button, which must keep its size).
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractButton):
            return False
        parent = parent.parentWidget()
    return (isinstance(widget, QLabel) and widget.wordWrap()) or \
        isinstance(widget, QAbstractItemView)


def scale_reading_text(root: QWidget, scale: float) -> None:
    """Set every reading widget in ``root`` (and its dialogs) to ``scale`` times the size it
    had unscaled. Titles, numbers, buttons and fields keep theirs, so no screen needs more room
    to show its controls; text that wraps just takes more lines."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not _is_reading(widget):
            continue
        base = widget.property(_BASE_SIZE)
        if base is None:
            base = widget.font().pointSizeF()
            if base <= 0:
                continue  # sized in pixels: its own business
            widget.setProperty(_BASE_SIZE, base)
        font = QFont(widget.font())
        font.setPointSizeF(float(base) * scale)
        if font != widget.font():
            widget.setFont(font)
