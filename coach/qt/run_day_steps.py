"""The run day in the window: which screen each step of the day shows, and each way on or out.

The day itself (its states, what each command may do, what is kept) is the app layer's
(:mod:`coach.app.day_flow`); its words are :mod:`coach.app.run_day_words`'. This module turns
the runner's choices (home's run-day buttons, Go run's "I'm back", "I didn't run" and "End the
run day?", the finish screen's word on a day left short) into the day's commands and the next
screen, and asks the knee question two hours after the cool-down (its timer armed through
:func:`~coach.qt.timer_bounds.start_within`, never beyond what a QTimer holds).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QStackedWidget, QWidget

from coach.app.controller import AppController
from coach.app.day_flow import DayFlow, DayState
from coach.app.run_day_words import (
    Card,
    DayAction,
    Named,
    Panel,
    finish_panel,
    later_question,
    later_title,
    run_day_card,
    unfinished_day,
)
from coach.core.model import Routine, RoutineKind
from coach.qt.timer_bounds import start_within
from coach.storage.prefs_schema import Preferences

if TYPE_CHECKING:
    from coach.app.notice_log import NoticeLog
    from coach.qt.go_run_screen import GoRunView
    from coach.qt.later_check import LaterCheckDialog


class Window(Protocol):
    """What the run day needs of the main window."""

    controller: AppController
    pages: QStackedWidget
    notices: NoticeLog

    @property
    def prefs(self) -> Preferences: ...

    def show_page(self, page: QWidget) -> None: ...
    def show_home(self) -> None: ...
    def begin(self, routine: Routine) -> None: ...
    def request_start(self, routine: Routine) -> None: ...
    def change_prefs(self, changes: Mapping[str, object]) -> None: ...
    def routine_time(self, routine: Routine) -> str: ...


class RunDaySteps(QObject):
    def __init__(self, window: Window, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = window
        self._parent = parent
        self._go_run: GoRunView | None = None
        # The knee check two hours after a run day's cool-down: armed for the moment it is due.
        self.later_timer = QTimer(self)
        self.later_timer.setSingleShot(True)
        self.later_timer.timeout.connect(self.ask_later_check)
        self.later_dialog: LaterCheckDialog | None = None
        self.notify: Callable[[QWidget, str, str], object] | None = None  # tests replace it
        # The notice about an unfinished day is true until the day moves on, whichever way.
        self._day.listeners.append(lambda _state: window.notices.dismiss(unfinished_day()))

    @property
    def _day(self) -> DayFlow:
        return self._window.controller.day

    @property
    def go_run(self) -> GoRunView:
        if self._go_run is None:
            from coach.qt.go_run_screen import GoRunView

            self._go_run = view = GoRunView(self._day.seconds_out)
            view.chose.connect(self.act)
            self._window.pages.addWidget(view)
        return self._go_run

    # -- what home shows --------------------------------------------------------------------

    def card(self) -> Card:
        """Home's run-day button for the day as it stands, naming the routines it runs."""
        controller = self._window.controller
        warm_up, cool_down = controller.run_day_routines()
        return run_day_card(self._day.state, self._named(warm_up), self._named(cool_down),
                            knee_check=self._window.prefs.knee_check,
                            short_fraction=self._day.short_fraction)

    def _named(self, routine: Routine | None) -> Named | None:
        return None if routine is None else Named(routine.name,
                                                  self._window.routine_time(routine))

    # -- the runner's choices ---------------------------------------------------------------

    def act(self, action: DayAction) -> None:
        """Carry out one of the run day's buttons, wherever it was pressed."""
        window, controller = self._window, self._window.controller
        if action is DayAction.START:
            warm_up = controller.start_run_day()
            if warm_up is not None:
                window.request_start(warm_up)
        elif action is DayAction.GO:
            if controller.go_anyway():
                window.show_page(self.go_run)
        elif action is DayAction.WARM_UP_AGAIN:
            self._begin(RoutineKind.WARM_UP)
        elif action is DayAction.BACK:
            self._begin_routine(controller.back_from_run())
        elif action is DayAction.NO_RUN:
            self._begin_routine(controller.no_run())
        elif action is DayAction.COOL_DOWN:
            self._begin(RoutineKind.COOL_DOWN)
        elif action is DayAction.END:
            controller.end_run_day()
            window.show_home()

    def _begin(self, kind: RoutineKind) -> None:
        self._begin_routine(self._window.controller.quick_start(kind))

    def _begin_routine(self, routine: Routine | None) -> None:
        if routine is not None:
            self._window.begin(routine)

    # -- after a routine --------------------------------------------------------------------

    def finish_panel(self, kind: RoutineKind, fraction: float) -> Panel | None:
        """What the finish screen says of the day after a run day's routine stopped short."""
        state = self._day.state
        if kind is RoutineKind.WARM_UP and state is DayState.SHORT_WARM_UP:
            return finish_panel(state, fraction)
        if kind is RoutineKind.COOL_DOWN and state is DayState.COOLING_DOWN and \
                self._window.controller.cool_down_in_day:
            return finish_panel(state, fraction)
        return None

    # -- start-up ---------------------------------------------------------------------------

    def offer_unfinished_day(self) -> None:
        """At start-up: a run day left open (the app closed during the run) is offered."""
        state = self._window.controller.resume_run_day()
        self.arm_later_check()
        if state in (DayState.OUT_RUNNING, DayState.COOLING_DOWN):
            self._window.notices.post(unfinished_day(), needs_answer=True)

    # -- the later knee check ---------------------------------------------------------------

    def arm_later_check(self) -> None:
        """Wake when the two-hour knee check is due (nothing to do if it is off or answered)."""
        wait = self._window.controller.later_check_wait()
        if wait is None:
            self.later_timer.stop()
            return
        # Just after, never just before; a wait beyond what a timer holds wakes early, and
        # waits again.
        start_within(self.later_timer, wait * 1000 + 500)

    def ask_later_check(self) -> None:
        """Two hours on: a desktop notification, and the question in a small window."""
        window = self._window
        if not window.controller.later_check_due():
            self.arm_later_check()  # woken early (or the clock moved back): wait again
            return
        from coach.qt.later_check import LaterCheckDialog, notify

        (self.notify or notify)(self._parent, later_title(), later_question())
        if self.later_dialog is None:
            self.later_dialog = dialog = LaterCheckDialog(self._parent)
            dialog.scored.connect(window.controller.knees_scored_later)
            dialog.never.connect(lambda: window.change_prefs({"later_knee_check": False}))
        self.later_dialog.ask()

    def stop(self) -> None:
        """The window closes: the two-hour check is asked only while the app is open."""
        self.later_timer.stop()
