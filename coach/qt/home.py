"""The home screen: the run day first, large, naming what it will run; then every routine
grouped by kind, with one Start for the one selected.

The runner is usually at the laptop here (this is the only screen they touch), so it is a normal
desktop list: arrows to move, Enter or a double-click to start. What each button runs and how
long each routine takes are worked out by the window and the app layer; this screen only shows
them. While a run day is open, its button says how to go on and the ways out sit beside it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.app.choices import Group
from coach.app.length_words import LENGTH_CHOICES, length_label
from coach.app.run_day_words import Card, DayAction
from coach.core.model import Origin, Routine
from coach.qt.plain_text import plain, plain_tip
from coach.qt.theme import GENTLE_COLOUR
from coach.qt.translators import translate
from coach.qt.widgets.fonts import enlarge
from coach.qt.widgets.icons import icon

# Narrow, the plan preview shows under the list only from this window height: below it the
# routines keep the room to themselves (the run day's button above them takes its share).
NARROW_PREVIEW_FROM = 720

ROUTINE_ROLE = Qt.ItemDataRole.UserRole + 1
TIME_ROLE = Qt.ItemDataRole.UserRole + 2
HEADER_ROLE = Qt.ItemDataRole.UserRole + 3
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT_BOTTOM = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom


class RoutineDelegate(QStyledItemDelegate):
    """Two lines per routine (name, gentle badge and time; then the description) and plain
    group headings."""

    PAD = 8

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        name = QFont(option.font)
        name.setBold(True)
        name.setPointSizeF(option.font.pointSizeF() * 1.1)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.92)
        header = QFont(option.font)
        header.setBold(True)
        header.setPointSizeF(option.font.pointSizeF() * 0.9)
        header.setCapitalization(QFont.Capitalization.AllUppercase)
        header.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        return name, small, header

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        name, small, header = self._fonts(option)
        if index.data(HEADER_ROLE):
            return QSize(200, int(QFontMetrics(header).height() * 2.2))
        height = QFontMetrics(name).height() + QFontMetrics(small).height() + self.PAD * 3
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        name_font, small, header = self._fonts(option)
        palette = option.palette
        rect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if index.data(HEADER_ROLE):
            painter.setFont(header)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            text_rect = rect.adjusted(self.PAD, 0, -self.PAD, -4)
            painter.drawText(text_rect, int(_LEFT_BOTTOM),
                             str(index.data(Qt.ItemDataRole.DisplayRole)))
            painter.restore()
            return

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        card = rect.adjusted(2, 2, -2, -2)
        if selected:
            path = QPainterPath()
            path.addRoundedRect(card, 6, 6)
            painter.fillPath(path, palette.color(QPalette.ColorRole.Highlight))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            path = QPainterPath()
            path.addRoundedRect(card, 6, 6)
            painter.fillPath(path, palette.color(QPalette.ColorRole.AlternateBase))
        if focused:
            # Keyboard focus must show even on a selected row: a ring inside the card.
            pen_colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                                       else QPalette.ColorRole.Highlight)
            painter.setPen(pen_colour)
            painter.drawRoundedRect(card.adjusted(2, 2, -2, -2), 5, 5)
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        soft_colour = QColor(text_colour)
        soft_colour.setAlphaF(0.78)

        inner = rect.adjusted(self.PAD * 2, self.PAD, -self.PAD * 2, -self.PAD)
        name_fm = QFontMetrics(name_font)
        small_fm = QFontMetrics(small)
        time_text = str(index.data(TIME_ROLE) or "")
        time_w = small_fm.horizontalAdvance(time_text)
        painter.setFont(small)
        painter.setPen(soft_colour)
        first_line = QRect(inner.x(), inner.y(), inner.width(), name_fm.height())
        painter.drawText(first_line, int(_RIGHT),
                         time_text)

        routine: Routine = index.data(ROUTINE_ROLE)
        badge_text = translate("Home", "gentle") if routine.gentle else ""
        badge_w = small_fm.horizontalAdvance(badge_text) + 14 if badge_text else 0
        room = inner.width() - time_w - badge_w - 16
        name = name_fm.elidedText(routine.name, Qt.TextElideMode.ElideRight, max(20, room))
        painter.setFont(name_font)
        painter.setPen(text_colour)
        painter.drawText(first_line, int(_LEFT),
                         name)
        if badge_text:
            x = inner.x() + name_fm.horizontalAdvance(name) + 8
            h = small_fm.height() + 2
            pill = QRect(x, first_line.center().y() - h // 2, badge_w, h)
            path = QPainterPath()
            path.addRoundedRect(pill, h / 2, h / 2)
            painter.fillPath(path, QColor(GENTLE_COLOUR))
            painter.setFont(small)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), badge_text)

        painter.setFont(small)
        painter.setPen(soft_colour)
        second = QRect(inner.x(), first_line.bottom() + self.PAD // 2, inner.width(),
                       small_fm.height())
        description = small_fm.elidedText(str(index.data(DESCRIPTION_ROLE) or ""),
                                          Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(second, int(_LEFT),
                         description)
        painter.restore()


class RoutineList(QListView):
    """Enter or a double-click starts the routine under the cursor."""

    chosen = Signal(object)  # Routine

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)  # hover highlight
        self.setAccessibleName(translate("Home", "Routines"))

    def current_routine(self) -> Routine | None:
        index = self.currentIndex()
        routine = index.data(ROUTINE_ROLE) if index.isValid() else None
        return routine if isinstance(routine, Routine) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            routine = self.current_routine()
            if routine is not None:
                self.chosen.emit(routine)
                return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        routine = self.indexAt(event.position().toPoint()).data(ROUTINE_ROLE)
        if isinstance(routine, Routine):
            self.chosen.emit(routine)
            return
        super().mouseDoubleClickEvent(event)


class RunDayCard(QPushButton):
    """The run day's big button: what it does on one line, what will run on the next, drawn
    flat in the palette's highlight colours (so it follows a theme switched later)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("run-day")
        self.heading = enlarge(QLabel(), 1.8)
        self.detail = enlarge(QLabel(), 1.1, bold=False)
        plain(self.heading, self.detail)
        for label in (self.heading, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setWordWrap(True)
            label.setForegroundRole(QPalette.ColorRole.HighlightedText)
        self.heading.setAccessibleName(translate("Home", "Run day"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.detail)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        fill = QColor(palette.color(QPalette.ColorRole.Highlight))
        if self.isDown():
            fill = fill.darker(115)
        elif self.underMouse():
            fill = fill.lighter(108)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        painter.fillPath(path, fill)
        if self.hasFocus():  # keyboard focus must show on the fill: a ring inside it
            pen = QPen(palette.color(QPalette.ColorRole.HighlightedText), 2)
            painter.setPen(pen)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(4, 4, -4, -4), 6, 6)
        painter.end()

    def set_card(self, card: Card) -> None:
        self.heading.setText(card.heading)
        self.detail.setText(card.detail)
        self.setAccessibleName(f"{card.heading}: {card.detail}")
        self.setToolTip(plain_tip(card.detail))
        self.updateGeometry()

    def text(self) -> str:
        """What the button says it does (its heading; the button's own text is empty)."""
        return self.heading.text()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else 90

    def sizeHint(self) -> QSize:
        layout = self.layout()
        hint = layout.sizeHint() if layout is not None else QSize(300, 90)
        return QSize(max(300, hint.width()), max(84, hint.height()))


class HomeView(QWidget):
    start_requested = Signal(object)  # Routine
    day_action = Signal(object)  # DayAction: the run day's buttons
    safety_requested = Signal()
    routine_selected = Signal(object)  # Routine: show its plan preview
    new_requested = Signal()  # open the editor on a new routine
    edit_requested = Signal(object)  # Routine: yours to change, or a built-in to copy
    length_chosen = Signal(object)  # int minutes, or None: as written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        title = enlarge(QLabel("Limber"), 1.9)
        title.setAccessibleName("Limber")
        tagline = QLabel(translate("Home", "Warm up before your run, cool down after it."))
        tagline.setWordWrap(True)
        self.menu_button = QToolButton()
        self.menu_button.setIcon(icon("menu"))
        self.menu_button.setIconSize(QSize(24, 24))
        self.menu_button.setToolTip(translate("Home", "Menu"))
        self.menu_button.setAccessibleName(translate("Home", "Menu"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(title)
        heading.addWidget(tagline)
        header = QHBoxLayout()
        header.addLayout(heading, 1)
        header.addWidget(self.menu_button, 0, Qt.AlignmentFlag.AlignTop)

        # The whole day in one flow: knee check, warm-up, "Go run", cool-down, knees again.
        self._day_action = DayAction.START
        self.run_day = RunDayCard()
        self.run_day.clicked.connect(lambda: self.day_action.emit(self._day_action))
        self.day_others = QHBoxLayout()  # the other ways on or out of an open day
        self.day_others.addStretch(1)
        self.day_buttons: list[QPushButton] = []
        self.single_title = QLabel(translate("Home", "Or one routine"))
        self.single_title.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.nudge = QLabel()
        self.nudge.setWordWrap(True)
        self.nudge.setAccessibleName(translate("Home", "Advice from your check-ins"))
        self.nudge.setTextFormat(Qt.TextFormat.RichText)
        self.nudge.linkActivated.connect(lambda _link: self.safety_requested.emit())
        self.nudge.hide()

        self.model = QStandardItemModel(self)
        self.list = RoutineList()
        self.list.setModel(self.model)
        self.list.setItemDelegate(RoutineDelegate(self.list))
        self.list.chosen.connect(self.start_requested)
        self.list.selectionModel().currentChanged.connect(self._current_changed)

        self.start_button = QPushButton(translate("Home", "Start"))
        self.start_button.setIcon(icon("play"))
        self.start_button.setToolTip(translate("Home", "Start the selected routine (Enter)"))
        self.start_button.setAccessibleName(translate("Home", "Start the selected routine"))
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self._start_current)
        # Problems in the user's routine files, listed in full (file, line, message): a
        # routine that silently does not appear is the worst way to learn of a typo.
        self.problems_panel = QFrame()
        self.problems_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.problems_title = QLabel()
        bold = QFont(self.problems_title.font())
        bold.setBold(True)
        self.problems_title.setFont(bold)
        self.problems = QLabel()
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.setAccessibleName(translate("Home", "Routine file problems"))
        self.problems_hint = QLabel(translate("Home", "Fix the file and save it: the list updates "
                                                      "by itself. The other routines work as "
                                                      "usual."))
        self.problems_hint.setWordWrap(True)
        self.problems_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        panel = QVBoxLayout(self.problems_panel)
        panel.setContentsMargins(10, 8, 10, 8)
        panel.addWidget(self.problems_title)
        panel.addWidget(self.problems)
        panel.addWidget(self.problems_hint)
        self.problems_panel.hide()

        self.preview_title = QLabel()
        self.preview_title.setFont(bold)
        self.preview_title.setWordWrap(True)
        plain(self.preview_title, self.problems_title)
        self.preview = QTreeWidget()
        self.preview.setAccessibleName(translate("Home", "Plan preview"))
        self.preview.setRootIsDecorated(False)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setUniformRowHeights(True)
        # Its columns and their header come with the first plan shown (just after the first
        # paint): setting them up is about 6 ms the first frame can do without, and until then
        # the box is empty either way.
        self.preview.setHeaderHidden(True)
        self.preview_box = preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview_title)
        preview_layout.addWidget(self.preview, 1)
        self.lists = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.lists.setSpacing(12)
        self.lists.addWidget(self.list, 3)
        self.lists.addWidget(preview_box, 2)
        self.new_button = QPushButton(translate("Home", "New routine"))
        self.new_button.setToolTip(translate("Home", "Make your own routine, from scratch"))
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button = QPushButton(translate("Home", "Edit a copy"))
        self.edit_button.setToolTip(translate("Home", "Built-in routines are read-only: change a "
                                                      "copy of one"))
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self._edit_current)
        # Beside the menu, not beside Start: the footer must still fit a 360-pixel window.
        header.insertWidget(1, self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        header.insertWidget(2, self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        # "I have N minutes": every routine started from here is fitted to this length.
        self.length = QComboBox()
        self.length.setAccessibleName(translate("Home", "Length"))
        self.length.setToolTip(translate("Home", "Fit the routine to the time you have: holds and "
                                                 "the warm-down within their safe ranges, "
                                                 "optional steps left out"))
        self.length.addItem(length_label(None), None)
        for minutes in LENGTH_CHOICES:
            self.length.addItem(length_label(minutes), minutes)
        self.length.currentIndexChanged.connect(
            lambda _i: self.length_chosen.emit(self.length.currentData()))
        length_label_widget = QLabel(translate("Home", "&Length"))
        length_label_widget.setBuddy(self.length)
        # What the length did to the selected routine, and why (a routine too long to fit
        # runs in its shortest safe version, and says so here).
        self.length_note = QLabel()
        self.length_note.setWordWrap(True)
        self.length_note.setAccessibleName(translate("Home", "What the length does"))
        plain(self.length_note)
        self.length_note.hide()
        length_row = QHBoxLayout()
        length_row.addWidget(length_label_widget)
        length_row.addWidget(self.length)
        length_row.addWidget(self.length_note, 3)
        length_row.addStretch(1)
        # One row when wide; narrow, Start gets a row of its own under Length. It may shrink
        # below its text while the window narrows: the narrow layout (set in resizeEvent) then
        # gives Start the whole width.
        self.start_button.setMinimumWidth(72)
        self.footer = footer = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        footer.addLayout(length_row, 1)
        footer.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.run_day)
        layout.addLayout(self.day_others)
        layout.addWidget(self.nudge)
        layout.addWidget(self.problems_panel)
        layout.addWidget(self.single_title)
        layout.addLayout(self.lists, 1)
        layout.addLayout(footer)
        self.setTabOrder(self.run_day, self.list)
        self.setTabOrder(self.list, self.length)
        self.setTabOrder(self.length, self.start_button)

    # -- filling ---------------------------------------------------------------------------

    def set_groups(self, groups: Sequence[Group], times: dict[str, str]) -> None:
        """``times``: each routine's length as shown ("8 min"), by routine id."""
        self.model.clear()
        for group in groups:
            header = QStandardItem(group.title)
            header.setData(True, HEADER_ROLE)
            header.setFlags(Qt.ItemFlag.NoItemFlags)  # arrows skip it; it cannot be started
            header.setData(translate("Home", "{group} routines").format(group=group.title),
                           Qt.ItemDataRole.AccessibleTextRole)
            self.model.appendRow(header)
            for routine in group.routines:
                self.model.appendRow(self._item(routine, times.get(routine.id, "")))
        first = next((self.model.index(r, 0) for r in range(self.model.rowCount())
                      if self.model.index(r, 0).data(ROUTINE_ROLE) is not None), None)
        if first is not None:
            self.list.setCurrentIndex(first)

    def set_times(self, times: dict[str, str]) -> None:
        """Each routine's length as it would run now, by routine id (the list stays put)."""
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            routine = item.data(ROUTINE_ROLE) if item is not None else None
            if item is not None and isinstance(routine, Routine):
                self._describe(item, routine, times.get(routine.id, ""))

    @staticmethod
    def _describe(item: QStandardItem, routine: Routine, time: str) -> None:
        item.setData(time, TIME_ROLE)
        said = translate("Home", "{routine}, {time}, gentle. {description}") if routine.gentle \
            else translate("Home", "{routine}, {time}. {description}")
        item.setData(said.format(routine=routine.name, time=time, description=routine.description),
                     Qt.ItemDataRole.AccessibleTextRole)

    @staticmethod
    def _item(routine: Routine, time: str) -> QStandardItem:
        item = QStandardItem(routine.name)
        item.setData(routine, ROUTINE_ROLE)
        item.setData(routine.description, DESCRIPTION_ROLE)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        HomeView._describe(item, routine, time)
        tip = routine.description
        if routine.origin is Origin.USER and routine.source is not None:
            tip += "\n\n" + translate("Home", "Your routine: {file}").format(file=routine.source)
        item.setToolTip(plain_tip(tip))
        return item

    def select(self, routine_id: str) -> bool:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            routine = index.data(ROUTINE_ROLE)
            if isinstance(routine, Routine) and routine.id == routine_id:
                self.list.setCurrentIndex(index)
                return True
        return False

    def set_run_day(self, card: Card) -> None:
        """The run day as it stands: the big button, and while a day is open the other ways
        on or out beside it ("I didn't run", "End the run day")."""
        self._day_action = card.action
        self.run_day.set_card(card)
        for button in self.day_buttons:
            self.day_others.removeWidget(button)
            button.hide()  # gone now, not when the event loop next deletes it
            button.deleteLater()
        self.day_buttons = []
        previous: QWidget = self.run_day
        for offer in card.others:
            button = QPushButton(offer.text)
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _=False, a=offer.action: self.day_action.emit(a))
            self.day_others.addWidget(button)
            self.day_buttons.append(button)
            self.setTabOrder(previous, button)
            previous = button
        self.setTabOrder(previous, self.list)

    def set_length_note(self, text: str) -> None:
        """What the chosen length did to the selected routine, and why ("" hides it)."""
        self.length_note.setText(text)
        self.length_note.setVisible(bool(text))

    def set_length(self, minutes: int | None) -> None:
        index = self.length.findData(minutes)
        if index < 0 and minutes is not None:
            self.length.addItem(length_label(minutes), minutes)
            index = self.length.count() - 1
        self.length.setCurrentIndex(max(0, index))

    def set_problems(self, files: int, lines: Sequence[str]) -> None:
        """``lines``: one per problem ("hill.toml, line 7: steps[0].seconds: …")."""
        if not lines:
            self.problems_panel.hide()
            return
        self.problems_title.setText(translate(
            "Home", "%n routine file(s) with problems, so not listed:", None, files))
        self.problems.setText("\n".join(lines))
        self.problems_panel.show()

    def show_preview(self, title: str, rows: Sequence[tuple[str, str, str]]) -> None:
        """The selected routine's steps: (step, time, sides) per row."""
        self.preview_title.setText(title)
        if self.preview.isHeaderHidden():
            self._preview_columns()
        self.preview.clear()
        for step, time, sides in rows:
            item = QTreeWidgetItem([step, time, sides])
            item.setToolTip(0, step)
            self.preview.addTopLevelItem(item)

    def _preview_columns(self) -> None:
        self.preview.setColumnCount(3)
        self.preview.setHeaderLabels([translate("Home", "Step"), translate("Home", "Time"),
                                      translate("Home", "Sides")])
        header = self.preview.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.preview.setHeaderHidden(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Side by side when there is room; the preview under the list when narrow.
        # Small and narrow, the routines keep the room to themselves (NARROW_PREVIEW_FROM).
        narrow = event.size().width() < 760
        self.lists.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                                else QBoxLayout.Direction.LeftToRight)
        self.footer.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                                 else QBoxLayout.Direction.LeftToRight)
        self.preview_box.setVisible(not narrow or event.size().height() >= NARROW_PREVIEW_FROM)

    def set_nudge(self, text: str, show_signs_link: bool) -> None:
        link = " <a href='safety'>{}</a>".format(
            _escape(translate("Home", "When to stop and get advice"))) if show_signs_link else ""
        self.nudge.setText(f"{_escape(text)}{link}" if text else "")
        self.nudge.setVisible(bool(text))

    # -- inside ----------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        routine = current.data(ROUTINE_ROLE) if current.isValid() else None
        self.start_button.setEnabled(isinstance(routine, Routine))
        self.edit_button.setEnabled(isinstance(routine, Routine))
        if isinstance(routine, Routine):
            self.start_button.setText(translate("Home", "Start {routine}").format(
                routine=routine.name))
            self.edit_button.setText(translate("Home", "Edit") if routine.origin is Origin.USER
                                     else translate("Home", "Edit a copy"))
            self.routine_selected.emit(routine)

    def _edit_current(self) -> None:
        routine = self.list.current_routine()
        if routine is not None:
            self.edit_requested.emit(routine)

    def _start_current(self) -> None:
        routine = self.list.current_routine()
        if routine is not None:
            self.start_requested.emit(routine)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
