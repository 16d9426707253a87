"""The application icon: the drawn one from assets/icons, or a plain stand-in until it exists."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPixmap

from coach.resources import DataNotFound, asset

BRAND = "#15803d"


def _stand_in(size: int) -> QPixmap:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addRoundedRect(QRectF(size * 0.06, size * 0.06, size * 0.88, size * 0.88),
                        size * 0.2, size * 0.2)
    p.fillPath(path, QColor(BRAND))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.6))
    p.setFont(font)
    p.setPen(QColor("#ffffff"))
    p.drawText(QRectF(0, 0, size, size), int(Qt.AlignmentFlag.AlignCenter), "L")
    p.end()
    return pm


def app_icon() -> QIcon:
    try:
        path = asset("icons", "limber.svg")
    except DataNotFound:
        path = None
    if path is not None and path.is_file():
        found = QIcon(str(path))
        if not found.isNull():
            return found
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addPixmap(_stand_in(size))
    return icon
