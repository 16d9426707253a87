"""A layout that wraps its widgets onto more lines when the width runs out (Qt's flow layout
example, cut down).

Rows of buttons (the 0–10 scores, the finish screen's choices) then need no minimum width of
their own, so a screen stays usable at 360 pixels wide without a two-pass "switch to two rows
on resize" that the layout cannot see coming.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLayout, QLayoutItem, QPushButton, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6,
                 align_right: bool = False, stretch: bool = False, centre: bool = False) -> None:
        """``stretch``: widen the items of each line to fill it (a row of equal buttons);
        ``centre``: each line in the middle of the width."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._right = align_right
        self._stretch = stretch
        self._centre = centre
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        # Everything on one line, if there is room for it.
        hints = [i.sizeHint() for i in self._visible()]
        width = sum(h.width() for h in hints) + self._spacing * max(0, len(hints) - 1)
        height = max((h.height() for h in hints), default=0)
        return QSize(width, height) + self._margin_size()

    def minimumSize(self) -> QSize:
        # One item per line at worst: as narrow as the widest item.
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size + self._margin_size()

    def _margin_size(self) -> QSize:
        m = self.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            w = item.sizeHint().width()
            if lines[-1] and used + self._spacing + w > width:
                lines.append([])
                used = 0
            used += (self._spacing if lines[-1] else 0) + w
            lines[-1].append(item)
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = area.y()
        lines = self._lines(area.width())
        for line in lines:
            hints = [item.sizeHint() for item in line]
            height = max(h.height() for h in hints)
            natural = sum(h.width() for h in hints) + self._spacing * (len(line) - 1)
            extra = max(0, area.width() - natural)
            grow = extra // len(line) if self._stretch else 0
            shift = 0 if self._stretch else extra if self._right else \
                extra // 2 if self._centre else 0
            x = area.x() + shift
            for item, hint in zip(line, hints, strict=True):
                width = min(hint.width() + grow, area.width())
                if apply:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + self._spacing
            y += height + self._spacing
        return (y - self._spacing - area.y() if lines else 0) + m.top() + m.bottom()


def flow_widget(*widgets: QWidget, align_right: bool = False, stretch: bool = False,
                centre: bool = False, spacing: int = 6) -> QWidget:
    """A plain widget holding ``widgets`` in a :class:`FlowLayout`."""
    holder = QWidget()
    layout = FlowLayout(holder, spacing=spacing, align_right=align_right, stretch=stretch,
                        centre=centre)
    for widget in widgets:
        layout.addWidget(widget)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    holder.setSizePolicy(policy)
    return holder


def choice_button(text: str, *, height: int, bold: bool = False) -> QPushButton:
    """One of a row of answers (Enter presses the focused one); ``bold``: the way forward."""
    button = QPushButton(text)
    button.setMinimumHeight(height)
    button.setAutoDefault(True)
    if bold:
        font = QFont(button.font())
        font.setBold(True)
        button.setFont(font)
    return button


def refill(layout: QLayout, *widgets: QWidget, align_right: bool) -> None:
    """Put ``widgets`` in ``layout`` as one flow, in place of whatever it held.

    With no ``widgets`` it is left empty.
    """
    while layout.count():
        item = layout.takeAt(0)
        holder = item.widget() if item is not None else None
        if holder is not None:
            holder.hide()  # gone now, not when the event loop next deletes it
            holder.deleteLater()
    if widgets:
        layout.addWidget(flow_widget(*widgets, align_right=align_right))
