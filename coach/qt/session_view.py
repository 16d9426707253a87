"""The session screen: what a runner glances at from the floor, 2–4 m away.

It shows a :class:`~coach.app.display.Display` and holds no timing or session logic: the window
feeds it displays and wires its buttons (the shared :class:`SessionActions`) to the driver.

- The whole screen takes the state's colour (:mod:`coach.app.state_colours`), and the side is also
said
  in a very large word, so it reads by colour and by word.
- The big things are sized from the window alone, as shares of its height: the side word and the
  big number hold their size at every text size. The text-size preference scales the reading
  text (how to do it, take care, next up), which gives way when the room runs out.
- Nothing jumps: the stop question floats, centred, in a colour of its own, over the reading
  text and the controls (never over the side word, the big number or the exercise), so nothing
  moves under the pointer when it comes or goes. Notices have the window's own strip.
- Stacked (taller than wide), the picture moves beside the exercise name and the side word and
  big number take the full width.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach.app.display import Display
from coach.app.state_colours import STOP_PANEL, Tone, tone_colours
from coach.core.plan.compiler import Plan
from coach.qt.actions import SessionActions
from coach.qt.plain_text import plain
from coach.qt.translators import translate
from coach.qt.widgets.buttons import FocusToolButton
from coach.qt.widgets.countdown import Countdown
from coach.qt.widgets.fit_text import FitText
from coach.qt.widgets.flow import flow_widget
from coach.qt.widgets.picture import ExercisePicture, Locator, picture_path
from coach.qt.widgets.reading import ReadingText
from coach.qt.widgets.side_word import SideWord

# Below this width the controls split into two rows (they lose their words when those do not
# fit, which depends on the font: see _words_fit).
TWO_ROWS_BELOW = 560
# The longest text each control can show, so words do not come and go as a label changes.
def longest_text() -> dict[str, str]:
    return {"pause": translate("Actions", "Resume"), "mute": translate("Actions", "Unmute"),
            "fullscreen": translate("Actions", "Leave full screen")}

# Shares of the window's height for the big things. The countdown's digits fill about 73 % of
# their widget and the side word's capitals 74 % of theirs, so the digits come to ≥ 25 % of the
# window and the side word to ≥ 8 %, whatever the text size.
HEIGHT_SHARE = {"kicker": 0.042, "title": 0.08, "side": 0.118, "countdown": 0.352}


def _px(value: float, low: float, high: float) -> int:
    return int(max(low, min(high, value)))


def _stop_palette(frame: QWidget) -> None:
    """The stop question's own colour; its buttons keep the theme's, so they look like the
    buttons they are."""
    app = QApplication.instance()
    palette = QPalette(app.palette()) if isinstance(app, QApplication) else QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(STOP_PANEL.fill))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(STOP_PANEL.text))
    frame.setPalette(palette)


class SessionView(QWidget):
    keep_going = Signal()
    stop_confirmed = Signal()

    def __init__(self, actions: SessionActions, locate: Locator = picture_path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session")
        self.setAutoFillBackground(True)  # the state colour fills the whole screen
        self.session_actions = actions
        self._text_scale = 1.0
        self._stop_px = self._stop_least_px = 14  # the stop question's text: set by _adapt
        self._tone = Tone.NEUTRAL
        self._portrait: bool | None = None
        self.reps_text = ""  # "Rep 3 of 8" on a counted step (shown big as "3 of 8")
        self._big_template = "88"

        # -- top bar: which routine, how far through, how long left ------------------------
        self.routine_label = QLabel()
        self.routine_label.setAccessibleName(translate("SessionView", "Routine"))
        self.routine_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.voice_label = QLabel()
        self.voice_label.setAccessibleName(translate("SessionView", "Voice preparation"))
        self.voice_label.hide()
        self.step_label = QLabel()
        self.step_label.setAccessibleName(translate("SessionView", "Step"))
        self.time_left_label = QLabel()
        self.time_left_label.setAccessibleName(translate("SessionView", "Time left in the routine"))
        plain(self.routine_label, self.voice_label, self.step_label, self.time_left_label)
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
        self.progress.setAccessibleName(translate("SessionView", "Routine progress"))

        # -- body: picture, then name, side word and the big number ------------------------
        self.picture = ExercisePicture(locate)
        self.kicker = FitText(fill=0.78)
        self.kicker.setAccessibleDescription(translate("SessionView", "What comes now"))
        self.title = FitText(bold=True, fill=0.86)
        self.title.setAccessibleDescription(translate("SessionView", "Exercise"))
        self.side_word = SideWord()
        self.countdown = Countdown()
        self.body = QGridLayout()
        self.body.setHorizontalSpacing(12)
        self.body.setVerticalSpacing(8)

        # -- reading text: how, take care, next up -----------------------------------------
        self.reading = ReadingText()
        self.how = self.reading.how
        self.safety = self.reading.safety
        self.next_up = self.reading.next_up

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
        outer.addLayout(self.body)
        outer.addWidget(self.reading, 1)
        outer.addLayout(self.controls)

        # -- overlays: they float over the body, so nothing under them moves ---------------
        self.stop_bar = QFrame(self)
        self.stop_bar.setObjectName("stop-question")
        self.stop_bar.setAutoFillBackground(True)
        self.stop_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.stop_question = QLabel()
        self.stop_question.setWordWrap(True)
        self.stop_question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        plain(self.stop_question)
        self.stop_button = QPushButton(translate("SessionView", "Stop (Esc)"))
        self.stop_button.setAccessibleName(translate("SessionView", "Stop the routine"))
        self.keep_button = QPushButton(translate("SessionView", "Keep going (Space)"))
        self.keep_button.setAccessibleName(translate("SessionView", "Keep going"))
        self.stop_button.clicked.connect(self.stop_confirmed)
        self.keep_button.clicked.connect(self.keep_going)
        bar = QVBoxLayout(self.stop_bar)
        bar.setContentsMargins(16, 10, 16, 12)
        bar.setSpacing(8)
        bar.addWidget(self.stop_question)
        bar.addWidget(flow_widget(self.keep_button, self.stop_button, centre=True, spacing=12))
        self.stop_bar.hide()
        self._adapt(self.size())

    # -- what the window calls ------------------------------------------------------------

    def set_plan(self, plan: Plan) -> None:
        self.routine_label.setText(plan.routine.name)
        self.stop_bar.hide()

    def set_text_scale(self, scale: float) -> None:
        self._text_scale = scale
        self.reading.set_scale(scale)
        self._adapt(self.size())

    @property
    def tone(self) -> Tone:
        return self._tone

    def background(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Window)

    def show_display(self, d: Display) -> None:
        self._set_tone(d.tone)
        self.kicker.setText(d.kicker)
        self.title.setText(d.title)
        self.side_word.set_word(d.side_word, d.side_pill)
        if d.big_template != self._big_template:
            self._big_template = d.big_template
            if self._portrait is False:
                self._set_landscape_columns()
        spoken = f"{d.big}{d.big_suffix}, {d.small}" if d.big_suffix else ""
        self.countdown.set_time(d.big, d.big_template, d.segment_progress, suffix=d.big_suffix,
                                small=d.small, spoken=spoken)
        self.reading.set_texts(d.how, translate("SessionView", "Take care: {note}").format(
            note=d.safety) if d.safety else "", d.next_up)
        self.picture.set_picture(d.picture, d.picture_label)
        self.step_label.setText(d.step)
        self.time_left_label.setText(translate("SessionView", "Paused") if d.paused
                                     else d.time_left)
        self.progress.setValue(round(d.progress * 1000))
        self.session_actions.show_paused(d.paused)
        self.reps_text = d.reps
        if d.active:
            self.stop_bar.hide()

    def _set_tone(self, tone: Tone) -> None:
        if tone is self._tone:
            return
        self._tone = tone
        colours = tone_colours(tone)
        palette = QPalette()  # nothing resolved: the theme's colours come through
        if colours is not None:
            palette.setColor(QPalette.ColorRole.Window, QColor(colours.fill))
            for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
                palette.setColor(role, QColor(colours.text))
        self.setPalette(palette)
        _stop_palette(self.stop_bar)

    def set_voice_progress(self, ready: int, total: int) -> None:
        waiting = 0 <= ready < total
        self.voice_label.setText(translate("SessionView", "Preparing the voice… {ready}/{total}")
            .format(ready=ready, total=total) if waiting else "")
        self.voice_label.setVisible(waiting)

    def ask_stop(self, question: str) -> None:
        """Float ``question`` ("Stop the warm-up?") with Keep going and Stop over the body."""
        self.stop_question.setText(question)
        _stop_palette(self.stop_bar)
        self.stop_bar.show()
        self._place_overlays()
        self.keep_button.setFocus()

    def hide_stop_question(self) -> None:
        self.stop_bar.hide()

    @property
    def asking_stop(self) -> bool:
        return not self.stop_bar.isHidden()

    # -- sizing ---------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._adapt(event.size())

    def _set_landscape_columns(self) -> None:
        # A clock ("1:30") is wider than seconds ("45"): the picture gives up some width so
        # the digits keep their height.
        wide = ":" in self._big_template
        self.body.setColumnStretch(0, 3 if wide else 4)
        self.body.setColumnStretch(1, 7 if wide else 6)

    def _arrange(self, portrait: bool) -> None:
        """Put the body's widgets in place: picture beside the column, or beside the name."""
        if portrait == self._portrait:
            return
        self._portrait = portrait
        parts: tuple[QWidget, ...] = (self.picture, self.kicker, self.title, self.side_word,
                                      self.countdown)
        for widget in parts:
            self.body.removeWidget(widget)
        for column in range(2):
            self.body.setColumnStretch(column, 0)
        if portrait:
            self.body.addWidget(self.picture, 0, 0, 2, 1)
            self.body.addWidget(self.kicker, 0, 1)
            self.body.addWidget(self.title, 1, 1)
            self.body.addWidget(self.side_word, 2, 0, 1, 2)
            self.body.addWidget(self.countdown, 3, 0, 1, 2)
            self.body.setColumnStretch(0, 3)
            self.body.setColumnStretch(1, 7)
        else:
            self.body.addWidget(self.picture, 0, 0, 4, 1)
            for row, widget in enumerate((self.kicker, self.title, self.side_word,
                                          self.countdown)):
                self.body.addWidget(widget, row, 1)
            self._set_landscape_columns()

    def _adapt(self, size: QSize) -> None:
        w, h = size.width(), size.height()
        self._arrange(h > w * 1.1)
        # Shares of the window's height (the notices' strip under this screen included), as the
        # promise to the runner is about the window.
        whole = max(h, self.window().height()) if self.window() is not self else h
        for name, widget in (("kicker", self.kicker), ("title", self.title),
                             ("side", self.side_word), ("countdown", self.countdown)):
            widget.setFixedHeight(max(12, round(whole * HEIGHT_SHARE[name])))
            # Fixed, not Ignored: an ignored height would count as 0 in the layout's hint.
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # The top bar and the controls follow the window only: they must fit at any text size.
        small = _px(min(h * 0.026, w * 0.024), 11, 30)
        for label in (self.step_label, self.time_left_label, self.voice_label):
            self._font(label, small)
        self._font(self.routine_label, small, bold=True)
        reading = _px(min(h * 0.032, w * 0.03), 12, 40)
        self.reading.set_base_px(reading)
        self._stop_px = _px(reading * self._text_scale, 12, 48)
        self._stop_least_px = _px(reading, 12, 48)
        self._size_stop_question(self._stop_px)
        icon_px = _px(min(h * 0.045, w * 0.05), 20, 48)
        button_px = _px(min(h * 0.024, w * 0.02), 11, 28)
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
        outer = self.layout()
        if outer is not None:
            outer.invalidate()
            outer.activate()  # place the new fixed heights now, not a frame later
        self._place_overlays()

    def _place_overlays(self) -> None:
        w, h = self.width(), self.height()
        margin = 16
        if not self.stop_bar.isHidden():
            self.stop_bar.setGeometry(self.stop_rect(w, h, margin))
            self.stop_bar.raise_()

    def _size_stop_question(self, px: int) -> None:
        for part in (self.stop_question, self.stop_button, self.keep_button):
            self._font(part, px)

    def stop_rect(self, w: int, h: int, margin: int) -> QRect:
        """Where the stop question goes: centred over the reading text and the controls, from
        the controls' bottom up, so the name, the side word and the big number stay in view.
        Large text steps down (to the size it has at text size 1.0) to stay in that room; it
        reaches higher only when the window is too short even then."""
        width = min(w - 2 * margin, max(480, int(w * 0.7)))
        layout = self.stop_bar.layout()
        bottom = h - margin // 2
        room = bottom - self.countdown.geometry().bottom() - 4
        px = self._stop_px
        while True:
            self._size_stop_question(px)
            if layout is not None:
                layout.invalidate()  # the new font's heights, not the cached ones
            height = layout.totalHeightForWidth(width) if layout is not None else 120
            if height <= room or px <= self._stop_least_px:
                break
            px = max(self._stop_least_px, px - 2)
        height = min(height, h - 2 * margin)
        top = bottom - height
        room_from = self.reading.geometry().top()  # under the countdown and its bar
        if top > room_from:
            top = (room_from + bottom - height) // 2  # centred in the room it has
        return QRect((w - width) // 2, max(margin // 2, top), width, height)

    def _words_fit(self, width: int, icon_px: int, font_px: int, two_rows: bool) -> bool:
        """Whether every control can show its longest words beside its icon in ``width``."""
        font = QFont(self.font())
        font.setPixelSize(font_px)
        metrics = QFontMetrics(font)
        longest = longest_text()
        needed = [metrics.horizontalAdvance(longest.get(name, b.defaultAction().text()))
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
