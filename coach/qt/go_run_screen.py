"""The calm screen between the warm-up and the cool-down: "Go run".

The run's time (since the warm-up ended) is the big thing, a quarter of the window's height or
more, to read from across the room; then what to do if a knee flares up; one big "I'm back"
(Enter) and, beside it, "I didn't run". Esc asks "End the run day?" (Esc again, or "Keep
going", carries on). The time comes from the app layer (``seconds_out``): the screen's timer
only repaints it, once a second, while it is shown. The words are
:mod:`coach.app.run_day_words`'.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach.app.run_day_words import (
    DayAction,
    Question,
    elapsed_text,
    end_question,
    flare_up,
    go_run_keys,
    go_run_title,
    i_didnt_run,
    keep_going,
    no_run_question,
    since_warm_up,
)
from coach.qt.plain_text import plain
from coach.qt.translators import translate
from coach.qt.widgets.fit_text import FitText
from coach.qt.widgets.flow import choice_button, refill
from coach.qt.widgets.fonts import enlarge

# The clock's share of the screen's height, by layout stretch: at least a quarter of it.
CLOCK_STRETCH = 5
REST_STRETCH = 2


class GoRunView(QWidget):
    """``chose`` carries a :class:`DayAction`: BACK ("I'm back"), NO_RUN, or END."""

    chose = Signal(object)

    def __init__(self, seconds_out: Callable[[], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("go-run")
        self._seconds_out = seconds_out
        self.title = enlarge(QLabel(go_run_title()), 2.0)
        self.elapsed = FitText("0:00", bold=True, fill=0.95)
        self.elapsed.setAccessibleName(translate("GoRunScreen", "Your run so far"))
        self.elapsed.setMinimumHeight(60)
        self.since = enlarge(QLabel(since_warm_up()), 1.3, bold=False)
        self.advice = enlarge(QLabel(flare_up()), 1.2, bold=False)
        self.advice.setWordWrap(True)
        plain(self.title, self.since, self.advice)
        for label in (self.title, self.since, self.advice):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.question = QFrame()
        self.question.setObjectName("go-run-question")
        self.question.setFrameShape(QFrame.Shape.StyledPanel)
        self.question_title = enlarge(QLabel(), 1.5)
        self.question_text = QLabel()
        self.question_text.setWordWrap(True)
        plain(self.question_title, self.question_text)
        self.answers = QVBoxLayout()  # holds one flow of buttons, wrapping when narrow
        inner = QVBoxLayout(self.question)
        inner.addWidget(self.question_title)
        inner.addWidget(self.question_text)
        inner.addLayout(self.answers)
        self.answer_buttons: list[QPushButton] = []
        self.question.hide()

        self.back_button = QPushButton(translate("GoRunScreen", "I'm back"))
        self.back_button.setAccessibleName(
            translate("GoRunScreen", "I'm back: start the cool-down"))
        self.back_button.setToolTip(translate("GoRunScreen", "Start the cool-down (Enter)"))
        self.back_button.setDefault(True)
        self.back_button.clicked.connect(lambda: self.chose.emit(DayAction.BACK))
        self.back_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        enlarge(self.back_button, 1.8)
        self.back_button.setMinimumHeight(self.back_button.sizeHint().height() * 2)
        self.no_run_button = QPushButton(i_didnt_run())
        self.no_run_button.setToolTip(translate("GoRunScreen", "Cool down anyway, or end the run "
                                                               "day"))
        self.no_run_button.clicked.connect(lambda: self.ask(no_run_question()))
        enlarge(self.no_run_button, 1.2, bold=False)
        self.no_run_button.setMinimumHeight(self.back_button.minimumHeight())
        self.keys = QLabel(go_run_keys())
        self.keys.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keys.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        plain(self.keys)

        end = QAction(translate("GoRunScreen", "End the run day?"), self)
        end.setShortcut(Qt.Key.Key_Escape)
        end.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        end.triggered.connect(self._escape)
        self.addAction(end)

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.no_run_button, 1)
        buttons.addWidget(self.back_button, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.elapsed, CLOCK_STRETCH)
        layout.addWidget(self.since)
        layout.addSpacing(12)
        layout.addWidget(self.advice)
        layout.addStretch(REST_STRETCH)
        layout.addWidget(self.question)
        layout.addLayout(buttons)
        layout.addWidget(self.keys)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)

    @property
    def asking(self) -> bool:
        return not self.question.isHidden()

    def refresh(self) -> None:
        self.elapsed.setText(elapsed_text(self._seconds_out()))

    def ask(self, question: Question) -> None:
        """Show ``question`` with its answers and "Keep going" (Esc); Enter: the first."""
        self.question_title.setText(question.title)
        self.question_text.setText(question.text)
        self.answer_buttons = []
        for index, answer in enumerate(question.answers):
            button = choice_button(answer.text, height=40, bold=index == 0)
            button.clicked.connect(lambda _=False, a=answer.action: self._answer(a))
            self.answer_buttons.append(button)
        keep = choice_button(keep_going(), height=40)
        keep.clicked.connect(self.hide_question)
        self.answer_buttons.append(keep)
        refill(self.answers, *self.answer_buttons, align_right=True)
        self.question.show()
        self.back_button.setDefault(False)
        self.answer_buttons[0].setFocus()

    def hide_question(self) -> None:
        self.question.hide()
        self.back_button.setDefault(True)
        self.back_button.setFocus()

    def _answer(self, action: DayAction) -> None:
        self.hide_question()
        self.chose.emit(action)

    def _escape(self) -> None:
        if self.asking:
            self.hide_question()  # Esc again: no answer, the run goes on
        else:
            self.ask(end_question())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.asking:
                self.answer_buttons[0].click()
            else:
                self.chose.emit(DayAction.BACK)
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.question.hide()
        self.refresh()
        self._timer.start()
        self.back_button.setDefault(True)
        self.back_button.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)
