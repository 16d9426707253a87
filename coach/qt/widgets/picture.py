"""The exercise picture: an SVG pictogram drawn in the palette's text colour.

It shows one frame of the picture (``NAME.svg`` or ``NAME-end.svg``, see
:mod:`coach.app.picture_frames`), mirrored for the left side when asked. A picture without an end
frame (a user's own, say) keeps showing its start.

The pictures are drawn with ``currentColor``; Qt's SVG renderer has no CSS context to resolve
it from, so the colour is written into the SVG text before rendering. That makes one set of
pictures work on light and dark palettes. A missing or broken picture shows a quiet placeholder
figure instead (the content is still being drawn, and users may name pictures that do not exist).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.app.picture_frames import Frame, frame_name
from coach.core.files.shipped_data import DataNotFound, asset

Locator = Callable[[str], Path]


def picture_path(name: str) -> Path:
    return asset("pictures", f"{name}.svg")


class ExercisePicture(QWidget):
    def __init__(self, locate: Locator = picture_path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locate = locate
        self._name: str | None = None
        self._frame = Frame.START
        self._mirrored = False
        self._svg_text: dict[str, str | None] = {}  # file contents by file stem
        self._renderer: QSvgRenderer | None = None
        self._rendered_for: tuple[str | None, str] = (None, "")
        # The current picture's frames as drawn, by (file, colour, size, pixel ratio, mirrored):
        # a session moves between two frames every second or so, and drawing a pixmap costs a
        # fraction of parsing and rendering the SVG again (most of a session's CPU time).
        self._drawn: dict[tuple[str, str, int, float, bool], QPixmap] = {}
        self._renderers: dict[tuple[str, str], QSvgRenderer | None] = {}  # the same picture's
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    @property
    def name(self) -> str | None:
        return self._name

    def has_picture(self) -> bool:
        """True when a real picture (not the placeholder) is shown."""
        return self._current_renderer() is not None

    def set_picture(self, name: str | None, label: str) -> None:
        self.setAccessibleName(label)
        if name != self._name:
            self._name = name
            self._drawn.clear()  # another exercise: its frames are drawn when shown
            self._renderers.clear()
            self.update()

    @property
    def frame(self) -> Frame:
        return self._frame

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    def set_frame(self, frame: Frame, *, mirrored: bool = False) -> None:
        if (frame, mirrored) != (self._frame, self._mirrored):
            self._frame, self._mirrored = frame, mirrored
            self.update()

    def shown_file(self) -> str | None:
        """The file stem drawn now: the frame asked for, or the start when it has no such frame."""
        if self._name is None:
            return None
        wanted = frame_name(self._name, self._frame)
        return wanted if self._read(wanted) is not None else self._name

    def sizeHint(self) -> QSize:
        return QSize(200, 200)

    def minimumSizeHint(self) -> QSize:
        return QSize(32, 32)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._rendered_for = (None, "")  # recolour on the next paint
            self._drawn.clear()
            self._renderers.clear()
        super().changeEvent(event)

    def _read(self, name: str) -> str | None:
        if name not in self._svg_text:
            try:
                self._svg_text[name] = self._locate(name).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError, DataNotFound):
                self._svg_text[name] = None
        return self._svg_text[name]

    def _current_renderer(self) -> QSvgRenderer | None:
        colour = self.palette().color(QPalette.ColorRole.WindowText).name()
        shown = self.shown_file()
        if self._rendered_for == (shown, colour):
            return self._renderer
        self._rendered_for = (shown, colour)
        self._renderer = None
        if shown and (shown, colour) in self._renderers:
            self._renderer = self._renderers[(shown, colour)]  # the other frame, parsed before
            return self._renderer
        text = self._read(shown) if shown else None
        if text:
            renderer = QSvgRenderer(QByteArray(text.replace("currentColor", colour).encode()))
            if renderer.isValid():
                renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
                self._renderer = renderer
        if shown:
            self._renderers[(shown, colour)] = self._renderer
        return self._renderer

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) * 0.96
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        renderer = self._current_renderer()
        if renderer is not None:
            # Whole pixels, centred exactly (the same margin either side), so a frame and its
            # mirror image are drawn pixel for pixel alike.
            whole = int(side) - (self.width() - int(side)) % 2
            box = QRectF((self.width() - whole) // 2, (self.height() - whole) // 2, whole, whole)
            painter.drawPixmap(box.topLeft(), self._frame_pixmap(renderer, box.size()))
        else:
            self._paint_placeholder(painter, box)
        painter.end()

    def _frame_pixmap(self, renderer: QSvgRenderer, size: QSizeF) -> QPixmap:
        """The frame shown now at ``size``, drawn once (mirrored about its vertical centre
        line for the left side of the body)."""
        ratio = self.devicePixelRatioF()
        colour = self._rendered_for[1]
        key = (self._rendered_for[0] or "", colour, round(size.width()), ratio, self._mirrored)
        found = self._drawn.get(key)
        if found is None:
            # Frames drawn at another size are not shown again at this one: let them go, or
            # a window dragged wider would keep a pixmap for every width it passed through.
            for other in [k for k in self._drawn if k[2:4] != key[2:4]]:
                del self._drawn[other]
            pixels = QSize(round(size.width() * ratio), round(size.height() * ratio))
            found = QPixmap(pixels)
            found.setDevicePixelRatio(ratio)
            found.fill(Qt.GlobalColor.transparent)
            drawing = QPainter(found)
            drawing.setRenderHint(QPainter.RenderHint.Antialiasing)
            if self._mirrored:
                drawing.translate(size.width(), 0)
                drawing.scale(-1, 1)
            renderer.render(drawing, QRectF(0, 0, size.width(), size.height()))
            drawing.end()
            self._drawn[key] = found
        return found

    def _paint_placeholder(self, painter: QPainter, box: QRectF) -> None:
        # The text colour, faded: it reads on the theme and on every state colour.
        colour = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        colour.setAlphaF(0.55)
        pen = QPen(colour, max(1.5, box.width() * 0.012), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(box.adjusted(2, 2, -2, -2), box.width() * 0.06, box.width() * 0.06)
        # A plain standing figure, so the space reads as "a picture goes here".
        u = box.width() / 10
        cx, top = box.center().x(), box.top() + box.height() * 0.18
        stroke = QPen(colour, u * 0.55, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                      Qt.PenJoinStyle.RoundJoin)
        painter.setPen(stroke)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(cx, top + u * 0.7), u * 0.7, u * 0.7)
        body = QPainterPath(QPointF(cx, top + u * 1.6))
        body.lineTo(QPointF(cx, top + u * 4.4))
        body.moveTo(QPointF(cx - u * 1.7, top + u * 3.2))
        body.lineTo(QPointF(cx, top + u * 2.2))
        body.lineTo(QPointF(cx + u * 1.7, top + u * 3.2))
        body.moveTo(QPointF(cx - u * 1.3, top + u * 7.0))
        body.lineTo(QPointF(cx, top + u * 4.4))
        body.lineTo(QPointF(cx + u * 1.3, top + u * 7.0))
        painter.drawPath(body)
