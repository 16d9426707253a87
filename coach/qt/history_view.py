"""The History screen: a headline (the streak, or the last thing done), a chart of knee scores,
the nudges, and two tables: the run days (the run's time, the knees, how the day ended) and the
recent sessions (their length is active time: pauses left out).

It reads a :class:`HistoryStore` each time it is refreshed (the window does so when it shows
the screen) and writes nothing. The chart is drawn with QPainter in the palette's colours;
its point positions are computed by :meth:`KneeChart.points`, which tests check.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from html import escape
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coach.app.history_words import (
    headline,
    length_words,
    named_now,
    run_day_row,
    session_seconds,
)
from coach.app.knee_chart import SERIES, Span, lines, ticks, time_span
from coach.app.knee_nudges import Nudge, NudgeKind, knee_nudges
from coach.core.language.current_language import QT_TRANSLATE_NOOP
from coach.core.language.local_format import when_text
from coach.core.model import Routine
from coach.qt.plain_text import plain, plain_tip
from coach.qt.translators import translate
from coach.qt.widgets.fonts import enlarge
from coach.storage.history import HistoryError, HistoryStore
from coach.storage.history_records import (
    KneeContext,
    KneeScore,
    RunDayRecord,
    SessionRecord,
    local,
)

# Blue and orange stay apart for the common kinds of colour blindness; each also has a shape.
# Each keeps 3:1 against both themes' backgrounds (tests/qt/test_contrast.py).
CONTEXT_COLOURS: dict[KneeContext, str] = {
    KneeContext.PRE_RUN: "#2f74e0",
    KneeContext.POST_COOL_DOWN: "#c2410c",
    KneeContext.LATER: "#8b5cf6",
}
CONTEXT_LABELS: dict[KneeContext, str] = {
    KneeContext.PRE_RUN: QT_TRANSLATE_NOOP("HistoryView", "before a run"),
    KneeContext.POST_COOL_DOWN: QT_TRANSLATE_NOOP("HistoryView", "after the cool-down"),
    KneeContext.LATER: QT_TRANSLATE_NOOP("HistoryView", "later"),
}
MAX_SCORES = 60


def context_label(context: KneeContext) -> str:
    return translate("HistoryView", CONTEXT_LABELS[context]) if context in CONTEXT_LABELS \
        else str(context)


def empty_chart() -> str:
    return translate("HistoryView", "No knee check-ins yet. Limber asks before a warm-up and "
                                    "after a cool-down.")


def describe_session(record: SessionRecord) -> str:
    """One line: routine, local date and time, length, how much was done, and how it ended."""
    when = when_text(local(record.started_at))
    parts = [f"{record.routine_name} — {when}", length_words(session_seconds(record)),
             translate("HistoryView", "{percent} % done").format(
                 percent=round(record.completed_fraction * 100))]
    if record.stopped:
        parts.append(translate("HistoryView", "stopped early"))
    elif record.ended_at is None:
        parts.append(translate("HistoryView", "end not recorded"))
    if record.skipped_steps:
        skipped = len(record.skipped_steps)
        parts.append(translate("HistoryView", "%n step(s) skipped", None, skipped))
    return " · ".join(parts)


COLUMNS = (QT_TRANSLATE_NOOP("HistoryView", "When"), QT_TRANSLATE_NOOP("HistoryView", "Routine"),
           QT_TRANSLATE_NOOP("HistoryView", "Length"), QT_TRANSLATE_NOOP("HistoryView", "Done"),
           QT_TRANSLATE_NOOP("HistoryView", "How it ended"))
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def _cell(text: str, key: object, tip: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setData(key, SORT_ROLE)
    item.setToolTip(tip)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _session_row(record: SessionRecord) -> list[QStandardItem]:
    """One table row: each cell shows text and sorts by the value behind it."""
    start = local(record.started_at)
    seconds = session_seconds(record)
    length = length_words(seconds)
    if record.stopped:
        ended = translate("HistoryView", "stopped early")
    elif record.ended_at is None:
        ended = translate("HistoryView", "end not recorded")
    else:
        ended = translate("HistoryView", "finished")
    if record.skipped_steps:
        skipped = len(record.skipped_steps)
        ended += ", " + translate("HistoryView", "%n step(s) skipped", None, skipped)
    tip = plain_tip(describe_session(record))
    return [_cell(when_text(start), start.timestamp(), tip),
            _cell(record.routine_name, record.routine_name.lower(), tip),
            _cell(length, seconds, tip),
            _cell(translate("HistoryView", "{percent} %").format(
                percent=round(record.completed_fraction * 100)), record.completed_fraction, tip),
            _cell(ended, ended, tip)]


DAY_COLUMNS = (QT_TRANSLATE_NOOP("HistoryView", "When"), QT_TRANSLATE_NOOP("HistoryView", "Run"),
               QT_TRANSLATE_NOOP("HistoryView", "Knees"),
               QT_TRANSLATE_NOOP("HistoryView", "How it ended"))


def _day_row(day: RunDayRecord) -> list[QStandardItem]:
    row = run_day_row(day)
    tip = plain_tip(translate("HistoryView", "{when} · run {run} · knees before → after: {knees} "
                                             "· {ended}").format(
        when=row.when, run=row.run, knees=row.knees, ended=row.ended))
    return [_cell(row.when, day.started_at.timestamp(), tip),
            _cell(row.run, row.run_seconds, tip),
            _cell(row.knees, row.knees, tip),
            _cell(row.ended, row.ended, tip)]


def _table(model: QStandardItemModel, name: str, stretch: int) -> QTableView:
    """A table the user can sort by any column (a date sorts as a date, a time as a number)."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(90)
    return table


def _fill(table: QTableView, model: QStandardItemModel, rows: list[list[QStandardItem]],
          empty: str) -> None:
    model.removeRows(0, model.rowCount())
    table.clearSpans()
    if rows:
        for row in rows:
            model.appendRow(row)
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        return
    item = QStandardItem(empty)
    item.setFlags(Qt.ItemFlag.NoItemFlags)  # a message, not a row
    model.appendRow(item)
    table.setSpan(0, 0, 1, model.columnCount())


class KneeChart(QWidget):
    """Knee scores over time: 0–10 up the side, oldest on the left, one dot per check-in."""

    MARGIN_LEFT = 34
    MARGIN = 14
    MARGIN_BOTTOM = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scores: list[KneeScore] = []
        self.setMinimumSize(240, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("HistoryView", "Knee scores over time"))

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def set_scores(self, scores: Sequence[KneeScore]) -> None:
        self.scores = list(scores)
        if self.scores:
            latest, count = self.scores[-1], len(self.scores)
            self.setAccessibleDescription(
                translate("HistoryView", "%n check-in(s); the latest is {score} out of 10, "
                                         "{when}.", None, count).format(
                    score=latest.score, when=context_label(latest.context)))
        else:
            self.setAccessibleDescription(empty_chart())
        self.update()

    def plot_area(self) -> QRectF:
        return QRectF(self.MARGIN_LEFT, self.MARGIN,
                      max(1, self.width() - self.MARGIN_LEFT - self.MARGIN),
                      max(1, self.height() - self.MARGIN - self.MARGIN_BOTTOM))

    def span(self) -> Span | None:
        return time_span(self.scores)

    def x_for(self, when: datetime) -> float:
        area = self.plot_area()
        span = self.span()
        return area.center().x() if span is None else area.left() + area.width() * span.share(when)

    def y_for(self, score: int) -> float:
        area = self.plot_area()
        return area.bottom() - area.height() * score / 10

    def points(self) -> list[tuple[QPointF, KneeContext]]:
        """Where each score is drawn, in time order: x by its date and time, score 0 at the
        bottom (a single score sits in the middle)."""
        if len(self.scores) == 1:
            only = self.scores[0]
            return [(QPointF(self.plot_area().center().x(), self.y_for(only.score)),
                     only.context)]
        return [(QPointF(self.x_for(s.when), self.y_for(s.score)), s.context)
                for s in sorted(self.scores, key=lambda s: s.when)]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlpha(50)
        area = self.plot_area()
        span = self.span()
        if not self.scores or span is None:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect().adjusted(8, 8, -8, -8),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             empty_chart())
            painter.end()
            return
        for value in (0, 5, 10):
            y = self.y_for(value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - 10, self.MARGIN_LEFT - 6, 20),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))
        painter.setPen(QPen(text, 1))
        painter.drawLine(area.bottomLeft(), area.topLeft())
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        # A real time axis: whole days (or, over a day or two, hours), labelled where they fall.
        metrics = painter.fontMetrics()
        last_right = -1e9
        for moment, label in ticks(span, max(2, int(area.width() // 90))):
            x = self.x_for(moment)
            if not area.left() - 1 <= x <= area.right() + 1:
                continue
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
            width = metrics.horizontalAdvance(label)
            left = min(max(x - width / 2, 0.0), self.width() - width)
            if left > last_right + 6:  # never two labels on top of each other
                painter.setPen(text)
                painter.drawText(QPointF(left, area.bottom() + 4 + metrics.ascent()), label)
                last_right = left + width
        # One line per series, broken where days went by without a check-in.
        for context in SERIES:
            colour = QColor(CONTEXT_COLOURS[context])
            painter.setPen(QPen(colour, 2.0))
            for run in lines(self.scores, context):
                for a, b in pairwise(run):
                    painter.drawLine(QPointF(self.x_for(a.when), self.y_for(a.score)),
                                     QPointF(self.x_for(b.when), self.y_for(b.score)))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1.5))
        for point, context in self.points():
            painter.setBrush(QColor(CONTEXT_COLOURS.get(context, "#475569")))
            if context is KneeContext.PRE_RUN:
                painter.drawEllipse(point, 5.5, 5.5)
            else:
                painter.drawRect(QRectF(point.x() - 5, point.y() - 5, 10, 10))
        painter.end()


def _legend() -> QLabel:
    marks = {KneeContext.PRE_RUN: "●", KneeContext.POST_COOL_DOWN: "■", KneeContext.LATER: "■"}
    parts = [f'<span style="color:{CONTEXT_COLOURS[context]}">{mark}</span> '
             f"{escape(context_label(context))}" for context, mark in marks.items()]
    label = QLabel("&nbsp;&nbsp;&nbsp;".join(parts))
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class HistoryView(QWidget):
    """The screen; ``back_requested`` and ``safety_requested`` are for the window to handle."""

    back_requested = Signal()
    safety_requested = Signal()

    def __init__(self, history: HistoryStore | None,
                 today: Callable[[], date] = date.today,
                 now: Callable[[], datetime] | None = None,
                 parent: QWidget | None = None,
                 routines: Callable[[], Sequence[Routine]] = tuple) -> None:
        super().__init__(parent)
        self.history = history
        self._routines = routines  # the library's now: built-ins named in the active language
        self._today = today
        self._now = now
        self.setAccessibleName(translate("HistoryView", "History"))

        self.back_button = QPushButton(translate("HistoryView", "← Back"))
        self.back_button.setToolTip(translate("HistoryView", "Back to the routines (Esc)"))
        self.back_button.setAccessibleName(translate("HistoryView", "Back"))
        self.back_button.clicked.connect(self.back_requested)
        back = QAction(translate("HistoryView", "Back"), self)
        back.setShortcut(Qt.Key.Key_Escape)
        back.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.triggered.connect(self.back_requested)
        self.addAction(back)
        title = enlarge(QLabel(translate("HistoryView", "History")), 1.6)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(title, 1)

        # The headline: the streak, or else the last run day or routine, or how to begin.
        self.streak_label = QLabel()
        self.streak_label.setWordWrap(True)
        enlarge(self.streak_label, 2.2)
        self.streak_label.setAccessibleName(translate("HistoryView", "Streak"))
        self.streak_note = QLabel()
        self.streak_note.setWordWrap(True)
        plain(self.streak_label, self.streak_note)

        self.nudge_label = QLabel()
        self.nudge_label.setWordWrap(True)
        self.nudge_label.setAccessibleName(translate("HistoryView", "Advice"))
        plain(self.nudge_label)
        self.safety_button = QPushButton(translate("HistoryView", "When to stop and get advice"))
        self.safety_button.clicked.connect(self.safety_requested)
        self.safety_button.hide()

        self.chart = KneeChart()
        # Two tables, one at a time: the run days first, then every session. They are the
        # one thing that scrolls: no scroll area around the screen, so there are never two
        # scroll bars one inside the other.
        self.day_model = QStandardItemModel(0, len(DAY_COLUMNS), self)
        self.day_model.setHorizontalHeaderLabels(
            [translate("HistoryView", c) for c in DAY_COLUMNS])
        self.day_model.setSortRole(SORT_ROLE)
        self.days = _table(self.day_model, translate("HistoryView", "Run days"), 2)
        self.empty_days = translate("HistoryView", "No run days yet. Start my run day, on home, "
                                                   "keeps the warm-up, your run and the cool-down "
                                                   "together.")
        self.session_model = QStandardItemModel(0, len(COLUMNS), self)
        self.session_model.setHorizontalHeaderLabels(
            [translate("HistoryView", c) for c in COLUMNS])
        self.session_model.setSortRole(SORT_ROLE)
        # The routine's name is never squeezed to "…": in a narrow window the last column,
        # how it ended, goes under the scroll bar instead.
        self.sessions = _table(self.session_model, translate("HistoryView", "Recent sessions"),
                               len(COLUMNS) - 1)
        self.empty_sessions = translate("HistoryView", "No sessions yet. They appear here once you "
                                                       "run a routine.")
        self.tables = QTabWidget()
        self.tables.addTab(self.days, translate("HistoryView", "Run days"))
        self.tables.addTab(self.sessions, translate("HistoryView", "Sessions"))
        self.tables.setDocumentMode(True)
        self.chart.setMinimumSize(200, 110)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addLayout(top)
        layout.addWidget(self.streak_label)
        layout.addWidget(self.streak_note)
        layout.addWidget(self.nudge_label)
        layout.addWidget(self.safety_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(_section(translate("HistoryView", "Knee check-ins (0 = no pain, 10 = "
                                                           "worst)")))
        layout.addWidget(self.chart, 2)
        self.legend = _legend()
        layout.addWidget(self.legend)
        layout.addWidget(self.tables, 3)

    def refresh(self) -> None:
        """Read the history again (call it each time the screen is shown)."""
        records: list[SessionRecord] = []
        days: list[RunDayRecord] = []
        scores: list[KneeScore] = []
        nudges: list[Nudge] = []
        streak = 0
        problem = ""
        now = self._now() if self._now else datetime.now(UTC)
        if self.history is not None:
            try:
                records = named_now(self.history.recent_sessions(30), self._routines())
                days = self.history.run_days(30)
                scores = self.history.knee_scores(limit=MAX_SCORES)
                streak = self.history.streak(self._today())
                nudges = knee_nudges(self.history, now)
            except HistoryError as error:
                problem = translate("HistoryView", "The history could not be read ({error})."
                                    ).format(error=error)
        shown = headline(streak, days[0] if days else None, records[0] if records else None,
                         self._today())
        self.streak_label.setText(shown.title)
        self.streak_note.setText(shown.note)
        _fill(self.days, self.day_model, [_day_row(d) for d in days], self.empty_days)
        _fill(self.sessions, self.session_model, [_session_row(r) for r in records],
              self.empty_sessions)
        self.tables.setCurrentWidget(self.days if days or not records else self.sessions)
        self.chart.set_scores(scores)
        self.legend.setVisible(bool(scores))
        messages = [n.message for n in nudges] + ([problem] if problem else [])
        self.nudge_label.setText("\n\n".join(messages))
        self.nudge_label.setVisible(bool(messages))
        self.safety_button.setVisible(any(n.kind is NudgeKind.SHOW_STOP_SIGNS for n in nudges))


def _section(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label
