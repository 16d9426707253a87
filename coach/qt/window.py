"""The main window: five screens in a stack, and the wiring between them and the driver.

It is handed its :class:`~coach.app.controller.AppController` (built by
:mod:`coach.qt.application`, or by a test with a FakeClock and a RecordingSpeaker, never
waiting) and a clock. It decides which screen shows; the app's decisions (preferences, plans,
history, a session's rules, the knee flow, the speaker's life) are the controller's, the same
one ``limber run --text`` drives, and what each screen shows is decided in the pure modules
(:mod:`~coach.app.display`, :mod:`~coach.app.choices`, :mod:`~coach.app.advice`).

The app menu opens the preferences dialog (:mod:`~coach.qt.prefs_dialog`) and the History
screen (:mod:`~coach.qt.history_view`). Preferences changed here, in the dialog or in another
process (the file is watched) are the controller's; :meth:`MainWindow.change_prefs` changes
only the keys it names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach import APP_NAME, __version__
from coach.app.advice import Choice
from coach.app.controller import AppController, LibraryLike
from coach.app.journal import Journal
from coach.app.notice_log import Notice, NoticeLog
from coach.app.picture_frames import motion_reduced
from coach.app.preview import Timing, estimated_plan, preview, problem_lines
from coach.app.session_rules import After
from coach.app.window_words import disclaimer
from coach.core.clock import Clock
from coach.core.model import Routine, RoutineKind
from coach.core.plan.compiler import Plan
from coach.qt.actions import SessionActions
from coach.qt.first_paint import after_first_paint
from coach.qt.home import HomeView
from coach.qt.notice_strip import NoticeStrip
from coach.qt.theme import ThemeSwitcher
from coach.qt.translators import translate
from coach.qt.widgets.fonts import scale_reading_text
from coach.speech.notice_once import SESSION_ONLY
from coach.storage.prefs_schema import Preferences

if TYPE_CHECKING:  # the screens not on show at start-up are imported when first opened
    from coach.app.voice_fit import VoiceFit
    from coach.core.session_events import Snapshot, Stalled, State, Summary
    from coach.qt.checkin import CheckinView
    from coach.qt.driver import SessionDriver
    from coach.qt.finish import FinishView
    from coach.qt.go_run_screen import GoRunView
    from coach.qt.history_view import HistoryView
    from coach.qt.my_routine_actions import RoutineFiles
    from coach.qt.picture_motion import PictureMotion
    from coach.qt.prefs_dialog import PreferencesDialog
    from coach.qt.run_day_steps import RunDaySteps
    from coach.qt.safety import SafetyDialog
    from coach.qt.session_view import SessionView
    from coach.qt.widgets.picture import Locator
    from coach.speech.engines.engine_protocol import VoiceInfo
    from coach.storage.history import HistoryStore

PREVIEW_POLL_MS = 50  # how often the preview asks whether the voice's clips are ready


class MainWindow(QMainWindow):
    # Home's preview is fitted to the voice's clips (what that loaded, rendered or spawned
    # is done).
    preview_timed = Signal()

    def __init__(
        self,
        controller: AppController,
        *,
        clock: Clock,
        theme: ThemeSwitcher | None = None,
        locate_picture: Locator | None = None,
        preview_after_paint: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``preview_after_paint``: compile the selected routine's plan for the home preview
        just after the window's first paint, not before it (the app does; tests see it at
        once). The window's icon is the application's (:mod:`coach.qt.appicon`). The
        controller's notices are shown here from now on."""
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        # Every notice goes through this log (post, dismiss, the list); the strip at the
        # bottom of the window draws it.
        self.notices = NoticeLog(clock.now)
        self.controller = controller
        controller.deliver_notices_to(self._tell)
        self._theme = theme
        self._closing = False
        self._close_after_stop = False  # the stop question came from closing the window
        self._close_asked = False  # closing needs no more questions
        self._shown_once = False
        self._pending: Routine | None = None  # waiting for the knee check
        self._last: Routine | None = None
        self._text_scale = 1.0
        self._stall_notice: Notice | None = None  # "the computer was asleep", until resumed
        self._times: dict[str, str] = {}
        # The preferences' voice list and "Hear it" (the app sets them; tests need no engine).
        self.list_voices: Callable[[], list[VoiceInfo]] | None = None
        self.hear_voice: Callable[[str, int], object] | None = None
        # The routine waiting for its preview until the first paint (None: nothing waits).
        self._preview_held = preview_after_paint
        self._preview_waiting: Routine | None = None
        if preview_after_paint:
            after_first_paint(self, self._show_held_preview)
        # The preview being fitted to the voice's clips, polled as a session's is.
        self._preview_fit: VoiceFit | None = None
        self._preview_poll = QTimer(self)
        self._preview_poll.setInterval(PREVIEW_POLL_MS)
        self._preview_poll.timeout.connect(self._poll_preview)

        # The session machinery (engine, events, speech listener) loads with the first
        # session: home needs none of it (see the driver property).
        self._driver: SessionDriver | None = None
        self.session_actions = SessionActions(self)

        # Only home is built now: the other screens are built (and their modules imported)
        # the first time they are wanted, so the window shows sooner and weighs less.
        self.home = HomeView()
        self._clock = clock
        self._locate_picture = locate_picture
        self._checkin: CheckinView | None = None
        self._session_view: SessionView | None = None
        self._picture_motion: PictureMotion | None = None
        self._finish: FinishView | None = None
        self._history_view: HistoryView | None = None
        self._routine_files: RoutineFiles | None = None
        self._run_day: RunDaySteps | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.home)
        # The notices' own strip under every screen: in the layout, so it covers nothing.
        self.notice_strip = NoticeStrip(self.notices)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.pages, 1)
        column.addWidget(self.notice_strip)
        self.setCentralWidget(central)
        self._build_menu()
        self._wire()
        self.setMinimumSize(360, 480)
        self.setAcceptDrops(True)  # a routine file dropped on the window is imported
        self._prefs_changed()
        self._watch_prefs()
        self._restore_geometry()
        self.show_home()

    # -- screens built when first wanted ---------------------------------------------------

    @property
    def checkin(self) -> CheckinView:
        if self._checkin is None:
            from coach.qt.checkin import CheckinView

            self._checkin = view = CheckinView()
            view.scored.connect(self._knees_scored_before)
            view.chose.connect(self._checkin_chose)
            self.pages.addWidget(view)
        return self._checkin

    @property
    def session_view(self) -> SessionView:
        if self._session_view is None:
            from coach.qt.picture_motion import PictureMotion
            from coach.qt.session_view import SessionView
            from coach.qt.widgets.picture import picture_path

            self._session_view = view = SessionView(self.session_actions,
                                                    self._locate_picture or picture_path)
            self._picture_motion = PictureMotion(view.picture, self._clock.now, self)
            self._apply_session_prefs()
            view.stop_confirmed.connect(self.stop_now)
            view.keep_going.connect(self._keep_going)
            self.driver.speech_progress.connect(view.set_voice_progress)
            self.pages.addWidget(view)
        return self._session_view

    @property
    def picture_motion(self) -> PictureMotion:
        self.session_view  # noqa: B018  (the motion is built with its screen)
        assert self._picture_motion is not None
        return self._picture_motion

    @property
    def finish(self) -> FinishView:
        if self._finish is None:
            from coach.qt.finish import FinishView

            self._finish = view = FinishView()
            view.home_requested.connect(self.show_home)
            view.cool_down_requested.connect(lambda: self._quick_start(RoutineKind.COOL_DOWN))
            view.day_action.connect(self.run_day.act)
            view.again_requested.connect(self._again)
            view.safety_requested.connect(self.show_safety)
            view.knee_scored.connect(self._knees_scored_after)
            self.pages.addWidget(view)
        return self._finish

    @property
    def run_day(self) -> RunDaySteps:
        """The run day's screens and choices (:mod:`coach.qt.run_day_steps`)."""
        if self._run_day is None:
            from coach.qt.run_day_steps import RunDaySteps

            self._run_day = RunDaySteps(self, self)
        return self._run_day

    @property
    def go_run(self) -> GoRunView:
        return self.run_day.go_run

    @property
    def history_view(self) -> HistoryView:
        if self._history_view is None:
            from coach.qt.history_view import HistoryView

            self._history_view = view = HistoryView(
                self.controller.journal.history,
                routines=lambda: self.controller.library.routines)
            view.back_requested.connect(self.show_home)
            view.safety_requested.connect(self.show_safety)
            self.pages.addWidget(view)
        return self._history_view

    @property
    def routine_files(self) -> RoutineFiles:
        """The editor and import/export/delete: built (and imported) when first wanted."""
        if self._routine_files is None:
            from coach.qt.my_routine_actions import RoutineFiles
            from coach.qt.widgets.picture import picture_path

            self._routine_files = RoutineFiles(
                self, self._locate_picture or picture_path, lambda: self.controller.speaker,
                self.controller.settings)
        return self._routine_files

    def open_editor(self, source: Routine | None = None) -> None:
        """A new routine (None), a copy of a built-in, or one of yours to change."""
        self.routine_files.open(source)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_routine(event.mimeData()) is not None and not self._session_active():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_routine(event.mimeData())
        if path is not None and not self._session_active():
            event.acceptProposedAction()
            self.routine_files.import_file(path)

    @staticmethod
    def _dropped_routine(mime: QMimeData) -> Path | None:
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        return files[0] if len(files) == 1 and files[0].suffix.lower() == ".toml" else None

    # -- hooks for other screens -----------------------------------------------------------

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self._page_shown()

    @property
    def library(self) -> LibraryLike:
        return self.controller.library

    @property
    def prefs(self) -> Preferences:
        return self.controller.prefs

    @property
    def journal(self) -> Journal:
        return self.controller.journal

    def change_prefs(self, changes: Mapping[str, object]) -> None:
        """Change the preferences ``changes`` names (and only those: a change made meanwhile in
        a terminal stays) and apply them at once; a running session keeps its plan, the next
        one uses the new timings."""
        if self.controller.change_prefs(changes):
            self._prefs_changed()

    def apply_prefs(self, prefs: Preferences) -> None:
        """Make the preferences ``prefs``: the keys where it differs are changed."""
        self.change_prefs(_differences(self.prefs, prefs))

    def _watch_prefs(self) -> None:
        path = self.controller.prefs_path
        if path is None:
            return
        from coach.qt.prefs_watch import PrefsFileWatcher

        self.prefs_watcher = PrefsFileWatcher(path, self)
        self.prefs_watcher.changed.connect(self.reload_prefs)

    def reload_prefs(self) -> None:
        """The preferences file changed (``limber prefs set`` in a terminal, say): use what it
        holds now. Nothing is written, so the change is never undone."""
        if self.controller.reload_prefs():
            self._prefs_changed()

    def _prefs_changed(self) -> None:
        self._renew_speaker()
        prefs = self.prefs
        if self._theme is not None and self._theme.theme != prefs.theme:
            self._theme.apply(prefs.theme)
        self._apply_text_scale(prefs.text_scale)
        self._apply_session_prefs()
        self._set_on_top(prefs.always_on_top)
        self._fill_home()

    def _apply_text_scale(self, scale: float) -> None:
        """The text size preference, for the reading text of every screen and dialog (the
        session screen sizes its own from the window: SessionView.set_text_scale)."""
        self._text_scale = scale
        scale_reading_text(self, scale)

    def _apply_session_prefs(self) -> None:
        if self._session_view is None or self._picture_motion is None:
            return  # not built yet: it reads the preferences when it is
        from coach.qt.picture_motion import platform_reduces_motion

        self._session_view.set_text_scale(self.prefs.text_scale)
        # Asked with the session screen, not at start-up: on Linux it is a D-Bus call.
        self._picture_motion.set_still(motion_reduced(self.prefs.reduce_motion,
                                                      platform_reduces_motion))

    def show_preferences(self) -> PreferencesDialog:
        from coach.qt.prefs_dialog import PreferencesDialog

        # The dialog hands over all it shows; only what changed in it since it last did is a
        # change (a key changed elsewhere while it is open keeps the other process's value).
        shown = [self.prefs]

        def apply(prefs: Preferences) -> None:
            changes = _differences(shown[0], prefs)
            shown[0] = prefs
            self.change_prefs(changes)

        dialog = PreferencesDialog(self.prefs, apply, self,
                                   voices=self.list_voices, hear=self.hear_voice)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_history(self) -> None:
        self.history_view.refresh()
        self.show_page(self.history_view)
        self.history_view.back_button.setFocus()

    def _renew_speaker(self) -> None:
        """Build the speaker again if the speech preferences changed, once no session runs."""
        if self._closing or self._session_active():
            return
        speaker = self.controller.renew_speaker(muted=self.session_actions.mute.isChecked())
        if speaker is not None and self._driver is not None:
            self._driver.set_speaker(speaker)  # a driver built later takes it from the controller

    # -- screens ---------------------------------------------------------------------------

    def show_home(self) -> None:
        for text in SESSION_ONLY:  # about the session just left: not true at home
            self.notices.dismiss(text)
        # The last routine run may have changed what the run day runs, or the day moved on.
        self.home.set_run_day(self.run_day.card())
        if self._last is not None:
            self.home.select(self._last.id)
        self.pages.setCurrentWidget(self.home)
        self._show_advice()
        self._page_shown()
        self.home.run_day.setFocus()  # the first thing home offers

    def _show_advice(self) -> None:
        advice = self.controller.advice()
        if advice is None:
            self.home.set_nudge("", False)
            return
        from coach.app.knee_nudges import NudgeKind  # loaded: there is a history

        self.home.set_nudge(advice.message, advice.kind is NudgeKind.SHOW_STOP_SIGNS)

    def attach_history(self, history: HistoryStore) -> None:
        """Use ``history`` from now on (the app opens it just after the first paint, so home
        shows its advice a moment after the rest)."""
        self.controller.attach_history(history)
        if self.pages.currentWidget() is self.home:
            self._show_advice()
            self.run_day.offer_unfinished_day()  # left during a run: finish it with the cool-down
            self.home.set_run_day(self.run_day.card())

    def routine_time(self, routine: Routine) -> str:
        """``routine``'s length as home shows it ("8 min")."""
        return self._times.get(routine.id, "")

    def _length_chosen(self, minutes: int | None) -> None:
        self.controller.fit_seconds = None if minutes is None else minutes * 60
        # Every length shown is the one that would run: the list, the run day, the check-in.
        self._times = self.controller.lengths()
        self.home.set_times(self._times)
        self.home.set_run_day(self.run_day.card())
        selected = self.home.list.current_routine()
        if selected is not None:
            self._show_preview(selected)  # the preview shows the routine at the chosen length

    def request_start(self, routine: Routine) -> None:
        """Start ``routine``, after the knee check when it is a warm-up and the user wants one."""
        if self.controller.wants_knee_check(routine):
            self._pending = routine
            self.checkin.ask(routine, self.controller.gentle(RoutineKind.WARM_UP),
                             self._times.get(routine.id, ""))
            self.pages.setCurrentWidget(self.checkin)
            self._page_shown()
            return
        self.begin(routine)

    def begin(self, routine: Routine) -> None:
        """Start ``routine`` now, on the session screen."""
        self._last = routine
        plan = self.controller.prepare_session(routine)
        self.session_view.set_plan(plan)
        # Start before switching screens: stopping a session still running shows home. The
        # lead-in waits for the voice (at once when its clips are cached) so that the plan
        # can be fitted to the clips' real lengths.
        self.driver.start(plan, self.controller.voice_fit(plan))
        self.pages.setCurrentWidget(self.session_view)
        self._page_shown()
        self.session_view.buttons["pause"].setFocus()

    def request_stop(self) -> None:
        """Esc: stop at once near the start; later, pause and ask (Esc again stops)."""
        if self._driver is None:  # no session yet
            return
        if self.driver.preparing:  # still waiting for the voice: nothing to lose
            self.driver.cancel()
            self.show_home()
            return
        snap = self.driver.snapshot()
        if not self.driver.active or snap is None:
            return
        if self.session_view.asking_stop or not self.controller.stop_needs_asking(snap.position):
            self.stop_now()
            return
        self._ask_stop(closing=False)

    def _ask_stop(self, *, closing: bool) -> None:
        self._close_after_stop = closing
        self.driver.pause()
        snap = self.driver.snapshot()
        plan = self.driver.plan
        if snap is not None and plan is not None:
            from coach.app.display import stop_question

            self.session_view.ask_stop(stop_question(plan, snap, closing=closing))

    def stop_now(self) -> None:
        self.session_view.hide_stop_question()
        self.driver.stop()
        if self._close_after_stop:
            self.close_without_asking()

    def show_safety(self) -> SafetyDialog:
        from coach.qt.safety import SafetyDialog

        dialog = SafetyDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _tell(self, text: str) -> None:
        """The controller's notices (settings not saved, history busy…): into the log."""
        self.notices.post(text)

    # -- building --------------------------------------------------------------------------

    def _build_menu(self) -> None:
        self.app_menu = QMenu(translate("Window", "Menu"), self)
        self.preferences_action = QAction(translate("Window", "Preferences…"), self)
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.history_action = QAction(translate("Window", "History"), self)
        self.preferences_action.triggered.connect(self.show_preferences)
        self.history_action.triggered.connect(self.show_history)
        self.addAction(self.preferences_action)  # the shortcut works without opening the menu
        self.app_menu.addAction(self.preferences_action)
        self.app_menu.addAction(self.history_action)
        self.app_menu.addAction(translate("Window", "New routine…")).triggered.connect(
            lambda: self.open_editor())
        self.app_menu.addAction(translate("Window", "Import a routine…")).triggered.connect(
            lambda: self.routine_files.import_dialog())
        self.app_menu.addSeparator()
        safety = self.app_menu.addAction(translate("Window", "When to stop and get advice"))
        safety.triggered.connect(self.show_safety)
        about = self.app_menu.addAction(translate("Window", "About {APP_NAME}")
            .format(APP_NAME=APP_NAME))
        about.triggered.connect(self._about)
        self.app_menu.addSeparator()
        quit_action = self.app_menu.addAction(translate("Window", "Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)  # so Ctrl+Q works without opening the menu
        self.home.menu_button.setMenu(self.app_menu)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.notice_strip.fit_window()  # two lines or one follows the window's height too

    @property
    def driver(self) -> SessionDriver:
        """Runs sessions on Qt's timer; built, with its module, when first wanted."""
        if self._driver is None:
            from coach.qt.driver import SessionDriver

            self._driver = d = SessionDriver(self._clock, self.controller.speaker, self)
            d.music = self.controller.music_listener(self._clock)
            d.started.connect(self.controller.session_started)
            d.updated.connect(self._show_snapshot)
            d.stalled.connect(self._stalled)
            d.state_changed.connect(self._state_changed)
            d.finished.connect(self._ended)
            d.stopped.connect(self._ended)
        return self._driver

    def _session_active(self) -> bool:
        return self._driver is not None and self._driver.active

    def _wire(self) -> None:
        a = self.session_actions
        a.pause.triggered.connect(self._toggle_pause)
        a.next.triggered.connect(lambda: self.driver.next())
        a.previous.triggered.connect(lambda: self.driver.previous())
        a.add_time.triggered.connect(lambda: self.driver.add_time())
        a.stop.triggered.connect(self.request_stop)
        # Before the first session the controller's speaker is the one the driver will take.
        a.mute.toggled.connect(lambda muted: (self._driver.speaker if self._driver else
                                              self.controller.speaker).set_muted(muted))
        a.fullscreen.triggered.connect(self._set_fullscreen)
        a.on_top.triggered.connect(self._on_top_chosen)

        h = self.home
        h.start_requested.connect(self.request_start)
        h.routine_selected.connect(self._show_preview)
        h.safety_requested.connect(self.show_safety)
        h.new_requested.connect(lambda: self.open_editor())
        h.edit_requested.connect(self.open_editor)
        h.day_action.connect(self.run_day.act)
        h.length_chosen.connect(self._length_chosen)


    # -- reacting --------------------------------------------------------------------------

    def _fill_home(self) -> None:
        self._times = self.controller.lengths()
        self.home.set_groups(self.controller.groups(), self._times)
        # Selected: the routine run last, else the run day's warm-up (what Start names).
        selected = self._last or self.controller.quick_start(RoutineKind.WARM_UP)
        if selected is not None:
            self.home.select(selected.id)
        self.home.set_run_day(self.run_day.card())
        problems = self.library.problems
        self.home.set_problems(len({str(p.path) for p in problems}), problem_lines(problems))

    def _quick_start(self, kind: RoutineKind) -> None:
        routine = self.controller.quick_start(kind)
        if routine is not None:
            self.request_start(routine)

    def _show_snapshot(self, snap: Snapshot) -> None:
        plan = self.driver.plan
        if plan is not None:
            from coach.app.display import describe  # imported once, with the first session

            self.session_view.show_display(describe(snap, plan))
            self.picture_motion.follow(snap)

    def _toggle_pause(self) -> None:
        if self.session_view.asking_stop:
            self._keep_going()
        else:
            self.driver.toggle_pause()

    def _keep_going(self) -> None:
        self._close_after_stop = False
        self.session_view.hide_stop_question()
        self.driver.resume()

    def _stalled(self, stall: Stalled) -> None:
        self._stall_notice = self.notices.post(
            translate("Window", "Paused: the computer was asleep or busy for {seconds} s. Press "
                                "Space to carry on.").format(seconds=round(stall.late)),
            needs_answer=True)

    def _state_changed(self, state: State) -> None:
        from coach.core.session_events import State

        self.controller.session_state(state)  # past the lead-in: now it counts as a session
        if state in (State.LEAD_IN, State.RUNNING) and self._stall_notice is not None:
            self.notices.dismiss(self._stall_notice)  # carried on: no longer true
            self._stall_notice = None

    def _ended(self, summary: Summary) -> None:
        """Finished or stopped: the controller records it and says what comes next."""
        after = self.controller.session_ended(summary)
        self.run_day.arm_later_check()
        self._renew_speaker()
        plan = self.driver.plan
        if self._closing:
            return
        if after is After.GO_RUN:
            self.show_page(self.go_run)  # the run day goes on: no finish screen between
        elif after is After.FINISH and plan is not None:
            self._show_finish(summary, plan)  # what was done, honestly: "Stopped early: …"
        else:
            self.show_home()  # stopped in the lead-in: nothing was done

    def _show_finish(self, summary: Summary, plan: Plan) -> None:
        controller = self.controller
        kind = plan.routine.kind
        day = controller.day.day
        self.finish.show_summary(
            summary, plan, ask_knees=self.prefs.knee_check,
            knees_before=controller.knees_before, ran=controller.ran,
            streak_days=controller.journal.streak(date.today()),
            cool_down=controller.quick_start(RoutineKind.COOL_DOWN),
            day_panel=self.run_day.finish_panel(kind, summary.completed_fraction),
            run_seconds=day.seconds_out if controller.cool_down_in_day and day else None,
            in_run_day=controller.cool_down_in_day and kind is RoutineKind.COOL_DOWN)
        self.pages.setCurrentWidget(self.finish)
        self._page_shown()
        self.finish.home_button.setFocus()

    def _again(self) -> None:
        if self._last is not None:
            self.begin(self._last)

    def _knees_scored_before(self, score: int) -> None:
        self.controller.knees_scored_before(score)

    def _knees_scored_after(self, score: int) -> None:
        self.finish.show_extra(self.controller.knees_scored_after(score))

    def _checkin_chose(self, choice: Choice) -> None:
        planned, self._pending = self._pending, None
        if choice is Choice.HOME or planned is None:
            self.controller.knee_check_declined()
            self.show_home()
            return
        if choice is Choice.GENTLE:
            planned = self.controller.gentle(RoutineKind.WARM_UP) or planned
        self.begin(planned)

    def _show_preview(self, routine: Routine) -> None:
        if self._preview_held:
            self._preview_waiting = routine
            return
        plan = estimated_plan(*self.controller.fitted(routine))
        self.home.set_length_note(self.controller.length_note(routine))
        # The estimate at once; then, with a voice, the plan fitted to its clips (at once too
        # when they are cached), as the session will run it.
        self._preview_fit = self.controller.preview_fit(plan)
        self._show_plan(plan, Timing.ESTIMATE)
        if self._preview_fit is None:
            self._preview_poll.stop()
        else:
            self._poll_preview()

    @property
    def timing_preview(self) -> bool:
        """Home's preview is being fitted to the voice's clips."""
        return self._preview_fit is not None

    def _poll_preview(self) -> None:
        fit = self._preview_fit
        plan = fit.poll() if fit is not None else None
        if fit is None or plan is None:
            if fit is not None and not self._preview_poll.isActive():
                self._preview_poll.start()
            return
        self._preview_poll.stop()
        self._preview_fit = None
        self._show_plan(plan, Timing.VOICE if fit.timed else Timing.ESTIMATE)
        self.preview_timed.emit()

    def _show_plan(self, plan: Plan, timing: Timing) -> None:
        shown = preview(plan, timing)
        self.home.show_preview(shown.title, [
            (f"{step.number}. {step.name}", step.dose, step.sides) for step in shown.steps])

    def _show_held_preview(self) -> None:
        self._preview_held = False
        if self._preview_waiting is not None:
            routine, self._preview_waiting = self._preview_waiting, None
            self._show_preview(routine)

    def watch_routines(self, folder: Path, load: Callable[[], LibraryLike]) -> None:
        """Reload the routines with ``load`` whenever a file in ``folder`` changes."""
        from coach.qt.routine_watch import RoutineFolderWatcher

        self.routine_watcher = RoutineFolderWatcher(folder, self)
        self.routine_watcher.changed.connect(lambda: self.reload_library(load()))

    def reload_library(self, library: LibraryLike) -> None:
        """Use ``library`` from now on (the routines folder changed); a running session keeps
        its plan."""
        self.controller.library = library
        self._fill_home()

    def _about(self) -> None:
        from coach.qt.appicon import app_icon  # drawn when first wanted (QtSvg with it)

        box = QMessageBox(self)
        box.setWindowTitle(translate("Window", "About {APP_NAME}").format(APP_NAME=APP_NAME))
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(f"<b>{APP_NAME}</b> {__version__}")
        box.setInformativeText(translate("Window", "An offline coach that talks you through a "
                                                   "warm-up before a run and a cool-down after "
                                                   "it.").format() + "\n\n" + disclaimer())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- window state ----------------------------------------------------------------------

    def _page_shown(self) -> None:
        on_session = self._session_view is not None and \
            self.pages.currentWidget() is self._session_view
        routine = self.driver.plan.routine.name if on_session and self.driver.plan else ""
        # Qt adds " — Limber" (the application display name) to the title bar itself.
        self.setWindowTitle(routine or APP_NAME)
        # A screen built just now has not had the text size yet (a no-op for the others).
        scale_reading_text(self.pages.currentWidget() or self, self._text_scale)

    def _set_fullscreen(self, full: bool) -> None:
        if full:
            self.showFullScreen()
        else:
            self.showNormal()

    def _on_top_chosen(self, on: bool) -> None:
        self.controller.change_prefs({"always_on_top": on})
        self._set_on_top(on)

    def _set_on_top(self, on: bool) -> None:
        self.session_actions.on_top.setChecked(on)
        if bool(self.windowFlags() & Qt.WindowType.WindowStaysOnTopHint) == on:
            return
        visible = self.isVisible()
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
        if visible:  # changing a window flag hides the window
            self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self.session_actions.fullscreen.setChecked(self.isFullScreen())
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.prefs.start_fullscreen and not self._shown_once:
            self._shown_once = True
            self.showFullScreen()

    def _restore_geometry(self) -> None:
        if self.prefs.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.prefs.window_geometry.encode()))
        else:
            self.resize(1024, 720)

    def close_without_asking(self) -> None:
        """Close now, even mid-session (Ctrl+C in the terminal, a TERM from the system)."""
        self._close_asked = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Alt+F4, the title bar's close button or Ctrl+Q well into a session ask first, like
        # Esc; asked again, they close. Closing mid-session stops it cleanly: speech cut,
        # history written, timer idle.
        snap = self.driver.snapshot() if self._session_active() else None
        if (not self._close_asked and snap is not None and not self.session_view.asking_stop
                and self.controller.stop_needs_asking(snap.position)
                and self.pages.currentWidget() is self.session_view):
            event.ignore()
            self._ask_stop(closing=True)
            return
        self._closing = True
        if self._driver is not None:
            self._driver.shutdown()
        if self._run_day is not None:
            self._run_day.stop()  # the two-hour check is asked only while the app is open
        # The window's place, and nothing else: a preference changed in a terminal meanwhile
        # stays as it was set there.
        self.controller.change_prefs(
            {"window_geometry": bytes(self.saveGeometry().toBase64().data()).decode()})
        super().closeEvent(event)


def _differences(old: Preferences, new: Preferences) -> dict[str, object]:
    """The preferences ``new`` sets to another value than ``old``."""
    before, after = old.to_dict(), new.to_dict()
    return {key: getattr(new, key) for key, value in after.items() if before.get(key) != value}
