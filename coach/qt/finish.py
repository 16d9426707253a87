"""The finish screen: an honest headline, what was done and how long it took, the streak; after
a warm-up what comes next (the run, then the cool-down); after a cool-down, refuel and a knee
check-in that takes digit keys; the stop-and-seek-advice signs one click away; the disclaimer.

The words are decided in :mod:`coach.app.finish_words`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coach.app.advice import after_run_reply
from coach.app.finish_words import finish_words
from coach.app.run_day_words import DayAction, Panel, run_words
from coach.app.score_keys import ScoreKeys
from coach.app.window_words import disclaimer, refuel, refuel_title
from coach.core.model import Routine, RoutineKind
from coach.core.plan.compiler import Plan
from coach.core.session_events import Summary
from coach.qt.plain_text import plain
from coach.qt.translators import translate
from coach.qt.widgets.flow import choice_button, flow_widget, refill
from coach.qt.widgets.fonts import enlarge
from coach.qt.widgets.icons import icon
from coach.qt.widgets.score_row import ScoreRow


class FinishView(QWidget):
    home_requested = Signal()
    cool_down_requested = Signal()
    again_requested = Signal()
    safety_requested = Signal()
    knee_scored = Signal(int)
    day_action = Signal(object)  # DayAction: the run day's ways on after a routine left short

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finish")
        self.title = enlarge(QLabel(), 2.6)
        self.title.setWordWrap(True)
        self.title.setAccessibleName(translate("Finish", "How it went"))
        self.routine = enlarge(QLabel(), 1.4)
        self.routine.setWordWrap(True)
        self.done = enlarge(QLabel(), 1.25, bold=False)
        self.done.setWordWrap(True)
        self.done.setAccessibleName(translate("Finish", "What you did"))
        self.streak = enlarge(QLabel(), 1.25)
        self.streak.setAccessibleName(translate("Finish", "Streak"))
        self.run_time = enlarge(QLabel(), 1.25)
        self.run_time.setAccessibleName(translate("Finish", "Your run"))
        self.rules = enlarge(QLabel(), 1.25)
        self.rules.setWordWrap(True)
        self.rules.setAccessibleName(translate("Finish", "Take care"))
        plain(self.title, self.routine, self.done, self.streak, self.run_time, self.rules)

        # A run day's routine stopped short: what happened, and the ways on (never silence).
        self.day_panel = QFrame()
        self.day_panel.setObjectName("day-panel")
        self.day_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.day_text = enlarge(QLabel(), 1.15)
        self.day_text.setWordWrap(True)
        self.day_text.setAccessibleName(translate("Finish", "Your run day"))
        plain(self.day_text)
        self._day_offers = QVBoxLayout()
        day_layout = QVBoxLayout(self.day_panel)
        day_layout.addWidget(self.day_text)
        day_layout.addLayout(self._day_offers)
        self.day_buttons: list[QPushButton] = []
        self.day_panel.hide()
        self._keys = ScoreKeys()

        self.refuel = QFrame()
        self.refuel.setFrameShape(QFrame.Shape.StyledPanel)
        refuel_layout = QVBoxLayout(self.refuel)
        refuel_layout.addWidget(enlarge(QLabel(refuel_title()), 1.1))
        self.refuel_text = QLabel(refuel())
        self.refuel_text.setWordWrap(True)
        self.refuel_text.setAccessibleName(translate("Finish", "Refuel"))
        refuel_layout.addWidget(self.refuel_text)

        self.knees = QFrame()
        self.knees.setFrameShape(QFrame.Shape.StyledPanel)
        knees_layout = QVBoxLayout(self.knees)
        question = enlarge(QLabel(translate("Finish", "How do your knees feel now? Type or click "
                                                      "0–10, then Enter.")),
                           1.25)
        question.setWordWrap(True)
        knees_layout.addWidget(question)
        self.knee_scores = ScoreRow(large=True)
        self.knee_scores.picked.connect(self._picked)
        knees_layout.addWidget(self.knee_scores)
        self.knee_save = QPushButton(translate("Finish", "Save my score"))
        self.knee_save.setMinimumHeight(40)
        self.knee_save.setAutoDefault(True)
        self.knee_save.clicked.connect(self._save_score)
        self.knee_reply = QLabel()
        self.knee_reply.setWordWrap(True)
        self.knee_reply.setAccessibleName(translate("Finish", "About your knee score"))
        knees_layout.addWidget(flow_widget(self.knee_save, align_right=False))
        knees_layout.addWidget(self.knee_reply)
        self._before: int | None = None
        self._ran = False
        self._picked_score: int | None = None  # selected on screen
        self._saved: int | None = None  # the answer kept (replaced by a later one)

        self.next_hint = enlarge(QLabel(), 1.25)
        self.next_hint.setWordWrap(True)
        plain(self.knee_reply, self.next_hint)
        self.next_hint.setAccessibleName(translate("Finish", "What comes next"))

        self.safety_button = QPushButton(translate("Finish", "When to stop and get advice"))
        self.safety_button.setIcon(icon("info"))
        self.safety_button.clicked.connect(self.safety_requested)
        self.cool_down_button = QPushButton(translate("Finish", "Cool down"))
        self.cool_down_button.clicked.connect(lambda: self._leave(self.cool_down_requested))
        self.again_button = QPushButton(translate("Finish", "Again"))
        self.again_button.setIcon(icon("repeat"))
        self.again_button.setToolTip(translate("Finish", "Run the same routine again"))
        self.again_button.clicked.connect(lambda: self._leave(self.again_requested))
        self.home_button = QPushButton(translate("Finish", "Home"))
        self.home_button.setIcon(icon("home"))
        self.home_button.setDefault(True)
        self.home_button.setAutoDefault(True)
        self.home_button.setToolTip(translate("Finish", "Back to the routines (Enter)"))
        self.home_button.clicked.connect(lambda: self._leave(self.home_requested))
        for button in (self.safety_button, self.again_button, self.cool_down_button,
                       self.home_button):
            button.setMinimumHeight(44)
            font = QFont(button.font())
            font.setPointSizeF(font.pointSizeF() * 1.15)
            button.setFont(font)
        # "When to stop" sits with the buttons, outside the scrolling part: never cut off.
        buttons = flow_widget(self.safety_button, self.again_button, self.cool_down_button,
                              self.home_button, align_right=True)

        self.disclaimer = QLabel(disclaimer())
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setAccessibleName(translate("Finish", "Disclaimer"))
        self.disclaimer.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(20, 20, 20, 8)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        inner.addWidget(self.routine)
        inner.addWidget(self.done)
        inner.addWidget(self.streak)
        inner.addWidget(self.run_time)
        inner.addWidget(self.day_panel)
        inner.addWidget(self.next_hint)
        inner.addWidget(self.rules)
        inner.addWidget(self.refuel)
        inner.addWidget(self.knees)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(scroll, 1)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(20, 0, 20, 0)
        bottom.addWidget(buttons)
        bottom.addWidget(self.disclaimer)
        layout.addLayout(bottom)

    def show_summary(self, summary: Summary, plan: Plan, *, ask_knees: bool,
                     knees_before: int | None = None, ran: bool = False, streak_days: int = 0,
                     cool_down: Routine | None = None, day_panel: Panel | None = None,
                     run_seconds: int | None = None, in_run_day: bool = False) -> None:
        """``cool_down``: what the Cool down button starts (named in the next steps);
        ``knees_before`` and ``ran``: what the run day says to compare the knees with;
        ``day_panel``: a run day's routine stopped short, and the ways on; ``in_run_day``
        with ``run_seconds``: a run day's cool-down, and its run (None: no run)."""
        kind = plan.routine.kind
        words = finish_words(summary, plan.routine, streak_days=streak_days,
                             cool_down=cool_down, in_run_day=day_panel is not None)
        self.title.setText(words.title)
        self.routine.setText(plan.routine.name)
        self.done.setText(words.done)
        self.streak.setText(words.streak)
        self.streak.setVisible(bool(words.streak))
        after_cool_down = kind is RoutineKind.COOL_DOWN
        self.refuel.setVisible(after_cool_down)
        self.knees.setVisible(after_cool_down and ask_knees)
        self.knee_scores.clear()
        self._keys.reset()
        self._before, self._ran = knees_before, ran
        self._picked_score = self._saved = None
        self.knee_reply.setText("")
        self.knee_reply.hide()
        self.knee_save.hide()
        self.next_hint.setText(words.next_steps)
        self.next_hint.setVisible(bool(words.next_steps))
        self.rules.setText(words.rules)  # what the closing words said, to read again
        self.run_time.setText(run_words(run_seconds) if in_run_day else "")
        self.run_time.setVisible(in_run_day)
        self._show_day_panel(day_panel)
        # The panel offers the day's own ways on: no second Again or Cool down beside them.
        self.cool_down_button.setVisible(kind is RoutineKind.WARM_UP and day_panel is None)
        self.again_button.setVisible(day_panel is None)
        if self.day_buttons:
            self.day_buttons[0].setFocus()
        else:
            self.home_button.setFocus()

    def _show_day_panel(self, panel: Panel | None) -> None:
        self.day_buttons = []
        self.day_panel.setVisible(panel is not None)
        if panel is not None:
            self.day_text.setText(panel.text)
            for index, offer in enumerate(panel.offers):
                button = choice_button(offer.text, height=44, bold=index == 0)
                button.clicked.connect(lambda _=False, a=offer.action: self._day_chosen(a))
                self.day_buttons.append(button)
        refill(self._day_offers, *self.day_buttons, align_right=False)

    def _day_chosen(self, action: DayAction) -> None:
        self._save_score()  # a score picked and not saved is still the runner's answer
        self.day_action.emit(action)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Wherever the focus is: keep the score picked, or else go home (the default).
            if self._unsaved():
                self._save_score()
            else:
                self.home_button.click()
            return
        # After a cool-down, typing the knee score works whichever button has the focus.
        score = self._keys.feed(event.text()) if not self.knees.isHidden() else None
        if score is None:
            super().keyPressEvent(event)
            return
        self.knee_scores.pick(score)

    @property
    def saved_score(self) -> int | None:
        return self._saved

    def _unsaved(self) -> bool:
        return self._picked_score is not None and self._picked_score != self._saved \
            and not self.knees.isHidden()

    def _picked(self, score: int) -> None:
        self._picked_score = score
        unsaved = self._unsaved()
        self.knee_save.setVisible(unsaved)
        self.knee_save.setText(translate("Finish", "Save my score") if self._saved is None
                               else translate("Finish", "Change my answer to {score}")
                                   .format(score=score))
        self.knee_save.setDefault(unsaved)
        self.home_button.setDefault(not unsaved)
        if unsaved:
            self.knee_save.setFocus()

    def _save_score(self) -> None:
        if not self._unsaved():
            return
        score = self._saved = self._picked_score
        assert score is not None
        self.knee_save.hide()
        self.knee_save.setDefault(False)
        self.home_button.setDefault(True)
        self.knee_reply.setText(after_run_reply(score, self._before, ran=self._ran))
        self.knee_reply.show()
        self.knee_scored.emit(score)  # the window may add the history's advice: show_extra
        self.home_button.setFocus()

    def _leave(self, signal: SignalInstance) -> None:
        self._save_score()  # a score picked and not saved is still the runner's answer
        signal.emit()

    def show_extra(self, text: str) -> None:
        """The history's advice that the reply does not already say, said with it."""
        if text and self._saved is not None:
            self.knee_reply.setText(after_run_reply(self._saved, self._before, ran=self._ran,
                                                    extra=text))
