"""The application icon: the drawn one from assets/icons, or a plain stand-in until it exists."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPixmap

from coach.core.files.shipped_data import DataNotFound, asset

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


# The window's icon in the sizes window managers ask for, drawn from limber.svg by
# packaging/make_icons.py. Reading PNGs keeps QtSvg and its icon engine (about 1.8 MiB) out of
# the home screen; the SVG is the fallback for a checkout whose PNGs were not made.
WINDOW_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _drawn_icon() -> QIcon | None:
    try:
        pngs = [asset("icons", f"limber-{size}.png") for size in WINDOW_SIZES]
        svg = asset("icons", "limber.svg")
    except DataNotFound:
        return None
    icon = QIcon()
    if all(png.is_file() for png in pngs):
        for size, png in zip(WINDOW_SIZES, pngs, strict=True):
            icon.addFile(str(png), QSize(size, size))
    elif svg.is_file():
        icon = QIcon(str(svg))
    return None if icon.isNull() else icon


def app_icon() -> QIcon:
    found = _drawn_icon()
    if found is not None:
        return found
    icon = QIcon()
    for size in WINDOW_SIZES:
        icon.addPixmap(_stand_in(size))
    return icon
