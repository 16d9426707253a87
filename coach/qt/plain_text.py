"""User data on screen is shown as the characters it holds, never as markup.

A QLabel's default text format is "auto": text that merely *looks* like HTML is rendered as
HTML, and a tooltip always is. A routine's name, description or how-to could then draw a large
local image over the countdown (``<img src=...>``, which Qt opens) or restyle the screen. Every
label fed user data goes through :func:`plain`, and every tooltip through :func:`plain_tip`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel

__all__ = ["plain", "plain_tip"]


def plain(*labels: QLabel) -> None:
    """Show these labels' text literally, whatever it looks like."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain_tip(text: str) -> str:
    """``text`` as a tooltip that shows it literally (and wraps long lines, as rich text does).

    Qt has no plain-text switch for tooltips, so the text is escaped into rich text.
    """
    return QtGui.convertFromPlainText(text) if text else ""
