"""The session screen: what a runner glances at from the floor, 2–4 m away.

It shows a :class:`~coach.app.display.Display` and holds no timing or session logic: the window
feeds it displays and wires its buttons (the shared :class:`SessionActions`) to the driver.

Sizes come from the window, not from the desktop font. The body is laid out by stretch factors
and its big texts fill their share, so the exercise name and the countdown grow with the window
(at full screen on a laptop the digits are over a fifth of the screen's height). The layout
turns from side-by-side to stacked when the window is taller than wide.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

import coach.qt.pyside_guard  # noqa: F401  (before any Qt call: see that module)
from coach.app.display import Display
from coach.plan import Plan
from coach.qt.actions import SessionActions
from coach.qt.theme import badge_colour
from coach.qt.widgets.badge import SideBadge
from coach.qt.widgets.buttons import FocusToolButton
from coach.qt.widgets.countdown import Countdown
from coach.qt.widgets.fit_text import FitText
from coach.qt.widgets.flow import flow_widget
from coach.qt.widgets.picture import ExercisePicture, Locator, picture_path

# Below this width the controls split into two rows (they lose their words when those do not
# fit, which depends on the font: see _words_fit).
TWO_ROWS_BELOW = 560
# The longest text each control can show, so words do not come and go as a label changes.
LONGEST_TEXT = {"pause": "Resume", "mute": "Unmute", "fullscreen": "Leave full screen"}

# Shares of the text column's height (stretch factors, out of their sum).
COLUMN_STRETCH = {"kicker": 7, "title": 14, "badge": 9, "countdown": 44, "reps": 7}


def _px(value: float, low: float, high: float) -> int:
    return int(max(low, min(high, value)))


class SessionView(QWidget):
    keep_going = Signal()
    stop_confirmed = Signal()

    def __init__(self, actions: SessionActions, locate: Locator = picture_path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session")
        self.session_actions = actions
        self._text_scale = 1.0

        # -- top bar: which routine, how far through, how long left ------------------------
        self.routine_label = QLabel()
        self.routine_label.setAccessibleName("Routine")
        self.voice_label = QLabel()
        self.voice_label.setAccessibleName("Voice preparation")
        self.voice_label.hide()
        self.step_label = QLabel()
        self.step_label.setAccessibleName("Step")
        self.time_left_label = QLabel()
        self.time_left_label.setAccessibleName("Time left in the routine")
        top = QHBoxLayout()
        top.addWidget(self.routine_label, 1)
        top.addWidget(self.voice_label)
        top.addSpacing(16)
        top.addWidget(self.step_label)
        top.addSpacing(16)
        top.addWidget(self.time_left_label)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName("Routine progress")

        # -- notices: paused by a sleep, and the stop question -----------------------------
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName("Notice")
        self.notice.hide()
        self.stop_bar = QFrame()
        self.stop_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.stop_question = QLabel()
        self.stop_button = QPushButton("Stop (Esc)")
        self.stop_button.setAccessibleName("Stop the routine")
        self.keep_button = QPushButton("Keep going (Space)")
        self.keep_button.setAccessibleName("Keep going")
        self.stop_button.clicked.connect(self.stop_confirmed)
        self.keep_button.clicked.connect(self.keep_going)
        self.stop_question.setWordWrap(True)
        bar = QHBoxLayout(self.stop_bar)
        bar.addWidget(self.stop_question, 1)
        bar.addWidget(flow_widget(self.keep_button, self.stop_button, align_right=True), 1)
        self.stop_bar.hide()

        # -- body: picture beside (or above) name, side, countdown, reps -------------------
        self.picture = ExercisePicture(locate)
        self.kicker = FitText(fill=0.78)
        self.kicker.setAccessibleDescription("What comes now")
        self.title = FitText(bold=True, fill=0.86)
        self.title.setAccessibleDescription("Exercise")
        self.badge = SideBadge()
        self.countdown = Countdown()
        self.reps = FitText(bold=True, fill=0.8)
        self.reps.setAccessibleDescription("Repetitions")
        column = QVBoxLayout()
        column.setSpacing(4)
        for name, widget in (("kicker", self.kicker), ("title", self.title),
                             ("badge", self.badge), ("countdown", self.countdown),
                             ("reps", self.reps)):
            column.addWidget(widget, COLUMN_STRETCH[name])
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addWidget(self.picture, 4)
        self.body.addLayout(column, 6)

        # -- how-to and next up ------------------------------------------------------------
        self.how = QLabel()
        self.how.setWordWrap(True)
        self.how.setAccessibleName("How to do it")
        self.how.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.safety = QLabel()
        self.safety.setWordWrap(True)
        self.safety.setAccessibleName("Take care")
        self.safety.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.next_up = QLabel()
        self.next_up.setAccessibleName("Next up")
        self.next_up.setWordWrap(True)
        self.next_up.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        # -- controls ----------------------------------------------------------------------
        self.buttons: dict[str, FocusToolButton] = {}
        self.controls = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        rows = (("previous", "pause", "next", "add_time"), ("mute", "fullscreen", "on_top", "stop"))
        for names in rows:
            row = QHBoxLayout()
            row.setSpacing(6)
            for name in names:
                button = FocusToolButton()
                button.setDefaultAction(getattr(actions, name))
                button.setAccessibleName(getattr(actions, name).toolTip().split(" (")[0])
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                self.buttons[name] = button
                row.addWidget(button)
            self.controls.addLayout(row)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 10, 16, 12)
        outer.setSpacing(8)
        outer.addLayout(top)
        outer.addWidget(self.progress)
        outer.addWidget(self.notice)
        outer.addWidget(self.stop_bar)
        outer.addLayout(self.body, 1)
        outer.addWidget(self.how)
        outer.addWidget(self.safety)
        outer.addWidget(self.next_up)
        outer.addLayout(self.controls)
        self._adapt(self.size())

    # -- what the window calls ------------------------------------------------------------

    def set_plan(self, plan: Plan) -> None:
        self.routine_label.setText(plan.routine.name)
        self.notice.hide()
        self.stop_bar.hide()

    def set_text_scale(self, scale: float) -> None:
        self._text_scale = scale
        self._adapt(self.size())

    def show_display(self, d: Display) -> None:
        self.kicker.setText(d.kicker)
        self.title.setText(d.title)
        self.badge.set_badge(d.badge, d.badge_text)
        self.countdown.set_time(d.countdown, d.countdown_template, d.segment_progress)
        self.countdown.set_accent(badge_colour(d.badge))
        self.countdown.set_dimmed(d.paused)
        self.reps.setText(d.reps)
        self.how.setText(d.how)
        self.safety.setText(f"Take care: {d.safety}" if d.safety else "")
        self.safety.setVisible(bool(d.safety))
        self.next_up.setText(d.next_up)
        self.picture.set_picture(d.picture, d.picture_label)
        self.step_label.setText(d.step)
        self.time_left_label.setText("Paused" if d.paused else d.time_left)
        self.progress.setValue(round(d.progress * 1000))
        self.session_actions.show_paused(d.paused)
        if d.active:
            self.stop_bar.hide()

    def set_voice_progress(self, ready: int, total: int) -> None:
        waiting = 0 <= ready < total
        self.voice_label.setText(f"Preparing the voice… {ready}/{total}" if waiting else "")
        self.voice_label.setVisible(waiting)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def ask_stop(self, routine_name: str) -> None:
        self.stop_question.setText(f"Stop the {routine_name}?")
        self.stop_bar.show()

    def hide_stop_question(self) -> None:
        self.stop_bar.hide()

    @property
    def asking_stop(self) -> bool:
        return not self.stop_bar.isHidden()

    # -- sizing ---------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._adapt(event.size())

    def _adapt(self, size: QSize) -> None:
        w, h = size.width(), size.height()
        s = self._text_scale
        portrait = h > w * 1.1
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                               else QBoxLayout.Direction.LeftToRight)
        # Stacked, the picture gets less room: the countdown matters more than the drawing.
        self.body.setStretch(0, 3 if portrait else 4)
        self.body.setStretch(1, 7 if portrait else 6)
        self._font(self.how, _px(min(h * 0.034, w * 0.03) * s, 12, 44))
        self._font(self.safety, _px(min(h * 0.026, w * 0.024) * s, 11, 32))
        self._font(self.next_up, _px(min(h * 0.034, w * 0.032) * s, 12, 44), bold=True)
        small = _px(min(h * 0.026, w * 0.024) * s, 11, 30)
        for label in (self.step_label, self.time_left_label, self.voice_label, self.notice,
                      self.stop_question, self.stop_button, self.keep_button):
            self._font(label, small)
        self._font(self.routine_label, small, bold=True)
        icon_px = _px(min(h * 0.045, w * 0.05), 20, 48)
        button_px = _px(min(h * 0.024, w * 0.02) * s, 11, 28)
        two_rows = w < TWO_ROWS_BELOW
        words = self._words_fit(w, icon_px, button_px, two_rows)
        for name, button in self.buttons.items():
            button.setIconSize(QSize(icon_px, icon_px))
            button.setMinimumHeight(icon_px + 10)  # a text-only button as tall as the others
            self._font(button, button_px)
            if words:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            elif name == "add_time":  # "+10 s" says more than any icon could
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            else:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.controls.setDirection(QBoxLayout.Direction.TopToBottom if two_rows
                                   else QBoxLayout.Direction.LeftToRight)

    def _words_fit(self, width: int, icon_px: int, font_px: int, two_rows: bool) -> bool:
        """Whether every control can show its longest words beside its icon in ``width``."""
        font = QFont(self.font())
        font.setPixelSize(font_px)
        metrics = QFontMetrics(font)
        needed = [metrics.horizontalAdvance(LONGEST_TEXT.get(name, b.defaultAction().text()))
                  + icon_px + 28 for name, b in self.buttons.items()]
        per_row = len(needed) // 2 if two_rows else len(needed)
        widest_row = max(sum(needed[:per_row]), sum(needed[per_row:])) if two_rows \
            else sum(needed)
        layout = self.layout()
        sides = 32 if layout is None else layout.contentsMargins().left() \
            + layout.contentsMargins().right()
        room = width - sides - 6 * (per_row - 1)
        return widest_row <= room

    @staticmethod
    def _font(widget: QWidget, px: int, *, bold: bool = False) -> None:
        font = QFont(widget.font())
        font.setPixelSize(px)
        font.setBold(bold)
        widget.setFont(font)
