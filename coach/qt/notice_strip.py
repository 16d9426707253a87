"""The notices' own place: a strip along the bottom of the window, reserved on every screen.

It draws the app's :class:`~coach.app.notice_log.NoticeLog` and owns nothing: the newest
notice on show, a × to dismiss it, and "Notices", a menu listing every notice so far, to read
one again. Its height follows the window's width and the font only, never whether a notice is
up, so nothing moves when one comes or goes, and it sits in the layout under the screens, so
it never covers a control or the exercise. A notice too long for the strip is cut with "…";
its whole text is in the tooltip and in the menu.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QHideEvent, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from coach.app.notice_log import Change, Notice, NoticeLog
from coach.qt.plain_text import plain, plain_tip
from coach.qt.translators import translate

# Narrower than this, a notice gets two lines (a phone-sized window fits about 50 characters
# on one), if the window is at least TWO_LINES_FROM_HEIGHT tall: the smallest windows keep their
# room for the session's big countdown, and a long notice is cut there (the menu has it whole).
TWO_LINES_BELOW = 760
TWO_LINES_FROM_HEIGHT = 600
# Characters of a notice shown in the menu before "…" (menus do not wrap).
MENU_CHARS = 90


def fit_lines(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """``text`` wrapped into at most ``lines`` lines of ``width`` pixels, the last one cut
    with "…" when the rest does not fit."""
    words = text.split()
    out: list[str] = []
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        out.append(line)
    if words:
        out.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return "\n".join(out)


class NoticeStrip(QFrame):
    def __init__(self, log: NoticeLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notices")
        self.log = log
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.label = QLabel()
        self.label.setAccessibleName(translate("NoticeStrip", "Notice"))
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        plain(self.label)
        self.action_button = QToolButton()
        self.action_button.setAccessibleName(translate("NoticeStrip", "Do what the notice offers"))
        self.action_button.clicked.connect(self.answer_current)
        self.dismiss_button = QToolButton()
        self.dismiss_button.setText("×")
        self.dismiss_button.setToolTip(translate("NoticeStrip", "Dismiss this notice"))
        self.dismiss_button.setAccessibleName(translate("NoticeStrip", "Dismiss the notice"))
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.dismiss_button.setAutoRaise(True)
        self.menu = QMenu(translate("NoticeStrip", "Notices"), self)
        self.menu.setToolTipsVisible(True)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.list_button = QToolButton()
        self.list_button.setText(translate("NoticeStrip", "Notices"))
        self.list_button.setToolTip(translate("NoticeStrip", "Every notice so far, newest first"))
        self.list_button.setAccessibleName(translate("NoticeStrip", "Notices so far"))
        self.list_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.list_button.setMenu(self.menu)
        self.list_button.setAutoRaise(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 2, 6, 2)
        row.setSpacing(6)
        row.addWidget(self.label, 1)
        row.addWidget(self.action_button)
        row.addWidget(self.dismiss_button)
        row.addWidget(self.list_button)
        # When the next notice leaves: one shot, armed only while a notice is up.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.expire)
        self._lines = 1
        log.subscribe(self._changed)
        self._show(log.current)

    # -- what the window and the user do -----------------------------------------------------

    @property
    def shown(self) -> Notice | None:
        """The notice on show in the strip now."""
        return self.log.current

    def dismiss_current(self) -> None:
        if self.log.current is not None:
            self.log.dismiss(self.log.current)

    def answer_current(self) -> None:
        if self.log.current is not None:
            self.log.answer(self.log.current)

    def expire(self) -> None:
        """The timer's slot: the notices whose time is up leave."""
        self.log.expire()
        self._arm()

    # -- drawing ---------------------------------------------------------------------------

    def _changed(self, _change: Change, _notice: Notice) -> None:
        self._show(self.log.current)

    def _show(self, notice: Notice | None) -> None:
        self.setProperty("notice", notice is not None)
        self.label.setToolTip(plain_tip(notice.text) if notice is not None else "")
        self.dismiss_button.setVisible(notice is not None)
        self.action_button.setText(notice.action if notice is not None else "")
        self.action_button.setVisible(notice is not None and bool(notice.action))
        self.list_button.setVisible(bool(self.log.all))
        self._fit_text()
        # A quiet band while a notice is up, so the eye finds it without alarm; a role, not a
        # colour, so it follows the theme when that changes.
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase if notice is not None
                               else QPalette.ColorRole.Window)
        self._arm()

    def _fit_text(self) -> None:
        notice = self.log.current
        if notice is None:
            self.label.setText("")
            return
        # The room the label will have: the strip less its buttons, margins and spacing (the
        # layout has not placed them yet when a notice has just come).
        shown = [b for b in (self.action_button, self.dismiss_button, self.list_button)
                 if not b.isHidden()]
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        spacing = layout.spacing() if layout is not None else 6
        sides = margins.left() + margins.right() if margins is not None else 20
        width = max(40, self.width() - sides - sum(b.sizeHint().width() + spacing
                                                   for b in shown) - 4)
        self.label.setText(fit_lines(notice.text, self.label.fontMetrics(), width,
                                     self._lines))

    def _arm(self) -> None:
        leaves = self.log.next_expiry()
        if leaves is None or not self.isVisible():
            self.timer.stop()  # a hidden window keeps no timer; showing it again re-arms
            return
        # The log's clock decides; the timer only wakes us near the moment (never early
        # enough to matter: expire() lets go only what is due).
        wait = max(0.0, leaves - self.log.now())
        self.timer.start(int(wait * 1000) + 50)

    def _fill_menu(self) -> None:
        self.menu.clear()
        for notice in reversed(self.log.all):
            text = notice.text if len(notice.text) <= MENU_CHARS \
                else notice.text[:MENU_CHARS - 1] + "…"
            action = self.menu.addAction(text)
            action.setToolTip(notice.text)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setHeight(self._height())
        return hint

    def _height(self) -> int:
        metrics = self.label.fontMetrics()
        text = self._lines * metrics.lineSpacing()
        buttons = max(self.dismiss_button.sizeHint().height(),
                      self.list_button.sizeHint().height())
        return max(text, buttons) + 4

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_window()

    def fit_window(self) -> None:
        """One line or two, from the window's size alone (never from what is on show)."""
        window = self.window()
        lines = 2 if (self.width() < TWO_LINES_BELOW
                      and window.height() >= TWO_LINES_FROM_HEIGHT) else 1
        if lines != self._lines:
            self._lines = lines
            self.setFixedHeight(self._height())
        self._fit_text()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFixedHeight(self._height())
        self.expire()  # what came due while the window was hidden leaves now

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()
