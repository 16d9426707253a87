"""Control icons drawn as vector paths at whatever size and pixel ratio is asked for.

QStyle's standard media icons are small bitmaps that blur on large buttons and at high DPI, and
they keep their colour in a dark palette. These are painted at paint time in the palette's
button-text colour, so they stay crisp and follow light and dark themes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

# Each drawer paints on a 24 x 24 grid; the engine scales it to the requested size.
Drawer = Callable[[QPainter, QColor], None]
GRID = 24.0


def _pen(color: QColor, width: float = 2.2) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _fill(p: QPainter, color: QColor, *points: tuple[float, float]) -> None:
    path = QPainterPath(QPointF(*points[0]))
    for pt in points[1:]:
        path.lineTo(QPointF(*pt))
    path.closeSubpath()
    p.fillPath(path, color)


def _play(p: QPainter, c: QColor) -> None:
    _fill(p, c, (7, 4.5), (19.5, 12), (7, 19.5))


def _pause(p: QPainter, c: QColor) -> None:
    p.fillRect(QRectF(6, 5, 4.2, 14), c)
    p.fillRect(QRectF(13.8, 5, 4.2, 14), c)


def _next(p: QPainter, c: QColor) -> None:
    _fill(p, c, (5, 5), (15, 12), (5, 19))
    p.fillRect(QRectF(16, 5, 3, 14), c)


def _previous(p: QPainter, c: QColor) -> None:
    _fill(p, c, (19, 5), (9, 12), (19, 19))
    p.fillRect(QRectF(5, 5, 3, 14), c)


def _stop(p: QPainter, c: QColor) -> None:
    path = QPainterPath()
    path.addRoundedRect(QRectF(5.5, 5.5, 13, 13), 2, 2)
    p.fillPath(path, c)


def _plus(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c, 2.6))
    p.drawLine(QPointF(12, 5), QPointF(12, 19))
    p.drawLine(QPointF(5, 12), QPointF(19, 12))


def _speaker_body(p: QPainter, c: QColor) -> None:
    _fill(p, c, (3.5, 9), (7.5, 9), (12.5, 4.5), (12.5, 19.5), (7.5, 15), (3.5, 15))


def _volume(p: QPainter, c: QColor) -> None:
    _speaker_body(p, c)
    p.setPen(_pen(c, 1.8))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(10.5, 8.5, 6, 7), -60 * 16, 120 * 16)
    p.drawArc(QRectF(10, 5.5, 10, 13), -60 * 16, 120 * 16)


def _muted(p: QPainter, c: QColor) -> None:
    _speaker_body(p, c)
    p.setPen(_pen(c, 2.0))
    p.drawLine(QPointF(15, 9), QPointF(21, 15))
    p.drawLine(QPointF(21, 9), QPointF(15, 15))


def _corners(p: QPainter, c: QColor, inward: bool) -> None:
    p.setPen(_pen(c, 2.2))
    p.setBrush(Qt.BrushStyle.NoBrush)
    for sx, sy in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
        # The corner point: out at the frame, or pulled in for "leave full screen".
        reach = 5.0 if inward else 7.0
        cx, cy = 12.0 - sx * reach, 12.0 - sy * reach
        if inward:
            p.drawLine(QPointF(cx, cy), QPointF(cx - sx * 4.5, cy))
            p.drawLine(QPointF(cx, cy), QPointF(cx, cy - sy * 4.5))
        else:
            p.drawLine(QPointF(cx, cy), QPointF(cx + sx * 4.5, cy))
            p.drawLine(QPointF(cx, cy), QPointF(cx, cy + sy * 4.5))


def _fullscreen(p: QPainter, c: QColor) -> None:
    _corners(p, c, inward=False)


def _exit_fullscreen(p: QPainter, c: QColor) -> None:
    _corners(p, c, inward=True)


def _pin(p: QPainter, c: QColor) -> None:
    # A push-pin: head, collar and point.
    _fill(p, c, (8, 3.5), (16, 3.5), (15, 5.5), (15, 11), (18.5, 14.5), (5.5, 14.5),
          (9, 11), (9, 5.5))
    p.setPen(_pen(c, 2.0))
    p.drawLine(QPointF(12, 14.5), QPointF(12, 21))


def _menu(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c, 2.2))
    for y in (7, 12, 17):
        p.drawLine(QPointF(5, y), QPointF(19, y))


def _home(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c, 2.0))
    p.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(4, 11.5))
    for x, y in ((12.0, 4.5), (20.0, 11.5)):
        path.lineTo(QPointF(x, y))
    p.drawPath(path)
    body = QPainterPath(QPointF(6.5, 10))
    for x, y in ((6.5, 19.5), (17.5, 19.5), (17.5, 10.0)):
        body.lineTo(QPointF(x, y))
    p.drawPath(body)


def _repeat(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c, 2.0))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(5, 5, 14, 14), 100 * 16, 290 * 16)
    _fill(p, c, (9.5, 2.5), (13.5, 5.5), (9.5, 8.5))


def _info(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c, 1.8))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QRectF(3.5, 3.5, 17, 17))
    p.setPen(_pen(c, 2.2))
    p.drawLine(QPointF(12, 11), QPointF(12, 16.5))
    p.drawPoint(QPointF(12, 7.8))


DRAWERS: dict[str, Drawer] = {
    "play": _play,
    "pause": _pause,
    "next": _next,
    "previous": _previous,
    "stop": _stop,
    "plus": _plus,
    "volume": _volume,
    "muted": _muted,
    "fullscreen": _fullscreen,
    "exit-fullscreen": _exit_fullscreen,
    "pin": _pin,
    "menu": _menu,
    "home": _home,
    "repeat": _repeat,
    "info": _info,
}


class _VectorEngine(QIconEngine):
    def __init__(self, name: str, color: QColor | None = None) -> None:
        super().__init__()
        self._name = name
        self._color = color

    def _colour(self, mode: QIcon.Mode) -> QColor:
        if self._color is not None:
            return QColor(self._color)
        palette = QGuiApplication.palette()
        group = QPalette.ColorGroup.Disabled if mode is QIcon.Mode.Disabled \
            else QPalette.ColorGroup.Normal
        return palette.color(group, QPalette.ColorRole.ButtonText)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(rect.width(), rect.height())
        painter.translate(rect.x() + (rect.width() - side) / 2,
                          rect.y() + (rect.height() - side) / 2)
        painter.scale(side / GRID, side / GRID)
        painter.setPen(Qt.PenStyle.NoPen)
        DRAWERS[self._name](painter, self._colour(mode))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        # Render at device pixels so the edges stay sharp on a high-DPI screen.
        pm = QPixmap(size * scale)
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        self.paint(painter, QRect(0, 0, pm.width(), pm.height()), mode, state)
        painter.end()
        pm.setDevicePixelRatio(scale)
        return pm

    def clone(self) -> QIconEngine:
        return _VectorEngine(self._name, self._color)

    def key(self) -> str:
        return "limber-vector"


def icon(name: str, color: QColor | None = None) -> QIcon:
    """A drawn icon by name (see :data:`DRAWERS`); ``color`` fixes its colour."""
    if name not in DRAWERS:
        raise KeyError(f"no icon {name!r}; known: {', '.join(sorted(DRAWERS))}")
    return QIcon(_VectorEngine(name, color))
