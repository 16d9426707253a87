"""Start-up stays light: the window opens without the speaker, the screens not on show, or
their modules; each is built the first time it is wanted, and the first session still speaks
on time. (How fast it all is lives in ``python -m tests.bench``, not here.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from coach.core.plan.compiler import Cue
from coach.core.session_events import CueDue, Event, Started
from coach.qt.window import MainWindow
from coach.speech.port import RecordingSpeaker, Speaker
from coach.storage.prefs_schema import Preferences
from tests.qt.helpers import FakeLibrary, warm_up, window_for

# Loaded only when a screen opens or a session first needs a voice.
NOT_AT_START = (
    "PySide6.QtMultimedia",  # the audio output
    "PySide6.QtSvg",  # exercise pictures
    "PySide6.QtDBus",  # the desktop's reduced-motion setting
    "coach.speech.speaker_factory",
    "coach.speech.engines.system_engine",  # the engine probe, with importlib.metadata and ctypes
    "importlib.metadata",
    "sqlite3",  # the history: opened just after the first paint
    "coach.storage.history",
    "hashlib",  # OpenSSL: 3.5 MiB
    "secrets",
    "coach.speech.worker_process",  # the speech worker
    "multiprocessing",
    "coach.qt.audio_output",
    "coach.qt.music_thread",  # the music control: with a session, or a dead Limber's leftovers
    "coach.qt.mpris_port",
    "coach.qt.session_bus",
    "coach.qt.music_control",
    "coach.app.music_listener",
    "coach.app.music_fader",
    "coach.speech.pulse_output",  # the PulseAudio output and its library
    "coach.speech.libpulse",
    "coach.qt.session_view",
    "coach.qt.checkin",
    "coach.qt.finish",
    "coach.qt.history_view",
    "coach.qt.prefs_dialog",
    "coach.qt.safety",
    "coach.qt.editor",  # the routine editor and its file handling
    "coach.qt.my_routine_actions",
    "coach.app.routine_editor",
    "coach.storage.my_routines",
    "coach.qt.driver",  # the session machinery: engine, events, speech listener, voice fit
    "coach.core.session",
    "coach.core.session_events",
    "coach.app.voice_fit",
    "coach.app.display",  # the session screen's words
    "coach.speech.player",  # clips and the audio port
    "coach.speech.clip",
    "wave",
    "socket",  # Ctrl+C wakes the loop through a pipe (POSIX)
    "logging.handlers",  # the speech problem log's file: made at its first problem
    "unicodedata",  # only text that is not ASCII is searched for invisible characters
)

_UNTIL_PAINT = """
import sys
import coach.qt.application as app
from coach.qt import first_paint
from PySide6.QtWidgets import QApplication
seen = []
def stamp(window):
    first_paint.after_first_paint(window, lambda: (seen.append(sorted(sys.modules)),
                                                   QApplication.instance().quit()))
app.bench_stamp = stamp
app.run_app(["limber"])
print(repr([m for m in seen[0] if m in NAMES]))
"""


def test_importing_the_app_leaves_the_rest_for_later():
    code = ("import sys, coach.qt.application; "
            f"print([m for m in {NOT_AT_START!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


class SlowBuild:
    """Builds a recording speaker, taking ``seconds`` of the (fake) clock to do it, as the
    real one takes real time to load the audio output."""

    def __init__(self, clock, seconds: float) -> None:
        self.clock = clock
        self.seconds = seconds
        self.made: list[RecordingSpeaker] = []
        self.built_at: float | None = None

    def __call__(self) -> Speaker:
        self.clock.advance(self.seconds)
        self.built_at = self.clock.now()
        self.made.append(RecordingSpeaker())
        return self.made[-1]


def make(qtbot, clock, build) -> MainWindow:
    window = window_for(FakeLibrary(), clock=clock,
                        prefs=Preferences(knee_check=False, lead_in_seconds=5),
                        speaker_factory=lambda _prefs: build())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_home_opens_with_only_home_built_and_no_speaker(qtbot, clock):
    build = SlowBuild(clock, 0.0)
    window = make(qtbot, clock, build)
    assert window.pages.count() == 1
    assert window.pages.currentWidget() is window.home
    window.session_actions.mute.setChecked(True)
    dialog = window.show_preferences()
    dialog.reject()
    assert build.made == []


def test_each_screen_is_built_once_when_first_wanted(qtbot, clock):
    window = make(qtbot, clock, SlowBuild(clock, 0.0))
    window.show_history()
    history = window.history_view
    assert window.pages.currentWidget() is history
    window.show_home()
    window.show_history()
    assert window.history_view is history
    assert window.pages.count() == 2


def test_the_first_session_builds_the_speaker_and_speaks_on_time(qtbot, clock, run_until):
    build = SlowBuild(clock, 0.4)  # a slow machine: the audio output takes 0.4 s to open
    window = make(qtbot, clock, build)
    window.session_actions.mute.setChecked(True)
    window.session_actions.mute.setChecked(False)  # what the user set before is kept
    events: list[Event] = []
    window.driver.session_event.connect(events.append)
    window.begin(warm_up())
    run_until(window, 12.0)
    assert len(build.made) == 1
    speaker = build.made[0]
    assert speaker.calls[:2] == ["muted:False", "prepare"]
    assert speaker.prepared == window.driver.plan.phrases()
    started = next(e for e in events if isinstance(e, Started))
    # The session's clock starts once the speaker is ready, so no cue is late for it.
    assert build.built_at is not None and started.at >= build.built_at
    due: list[Cue] = [e.cue for e in events if isinstance(e, CueDue)]
    assert due and speaker.played == due
    assert all(e.late == 0.0 for e in events if isinstance(e, CueDue))
    assert due[0].text  # the first cue is spoken, not a chime


def test_the_speaker_is_built_again_only_when_next_needed(qtbot, clock, run_until):
    build = SlowBuild(clock, 0.0)
    window = make(qtbot, clock, build)
    window.begin(warm_up())
    window.stop_now()
    window.apply_prefs(window.prefs.replace(speech_rate=window.prefs.speech_rate + 20))
    assert len(build.made) == 1
    assert build.made[0].calls[-1] == "close"
    window.begin(warm_up())
    assert len(build.made) == 2


def test_the_first_paint_is_noticed_once_even_under_a_screen_that_covers_the_window(qtbot):
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from coach.qt.first_paint import after_first_paint

    class Cover(QLabel):
        paints = 0

        def paintEvent(self, event: object) -> None:
            Cover.paints += 1
            super().paintEvent(event)

    window = QMainWindow()
    cover = Cover("covers it all")
    cover.setAutoFillBackground(True)
    window.setCentralWidget(cover)
    qtbot.addWidget(window)
    painted: list[int] = []
    after_first_paint(window, lambda: painted.append(Cover.paints))
    window.show()
    qtbot.waitUntil(lambda: len(painted) == 1)
    assert painted[0] >= 1  # the callback came after the covering screen was painted
    painted.clear()
    cover.repaint()
    window.hide()
    window.show()  # a second expose: still nothing more
    QApplication.processEvents()
    assert painted == []


def test_the_benchmark_hook_writes_the_moment_of_the_first_paint(qtbot, tmp_path, monkeypatch):
    import time

    from PySide6.QtWidgets import QLabel

    from coach.qt.first_paint import BENCH_ENV, bench_stamp

    stamp = tmp_path / "painted"
    monkeypatch.setenv(BENCH_ENV, str(stamp))
    window = QLabel("Limber")
    qtbot.addWidget(window)
    before = time.monotonic()
    bench_stamp(window)
    window.show()
    qtbot.waitUntil(lambda: stamp.exists() and stamp.read_text().endswith("\n"))
    assert before <= float(stamp.read_text()) <= time.monotonic()


def test_the_home_preview_can_wait_for_the_first_paint(qtbot, clock, monkeypatch):
    import coach.app.preview as preview_module

    compiled: list[str] = []
    real = preview_module.compile_plan

    def counting(routine, settings, *args, **kwargs):
        compiled.append(routine.id)
        return real(routine, settings, *args, **kwargs)

    monkeypatch.setattr(preview_module, "compile_plan", counting)
    window = window_for(FakeLibrary(), clock=clock, prefs=Preferences(knee_check=False),
                        preview_after_paint=True)
    qtbot.addWidget(window)
    assert compiled == [] and window.home.preview_title.text() == ""
    window.show()
    qtbot.waitUntil(lambda: window.home.preview_title.text() != "")
    assert compiled == [window.home.list.current_routine().id]  # once, for the one on show
    assert window.home.preview_title.text().startswith(window.home.list.current_routine().name)


def test_the_history_can_come_after_the_window_and_records_a_session_begun_before(
        qtbot, clock, tmp_path, run_until):
    from datetime import UTC, datetime, timedelta

    from coach.storage.history import HistoryStore
    from coach.storage.history_records import KneeContext

    history = HistoryStore(tmp_path / "history.sqlite3")
    now = datetime.now(UTC)
    history.record_knee_score(8, now - timedelta(hours=3), KneeContext.PRE_RUN)
    history.record_knee_score(9, now - timedelta(hours=1), KneeContext.POST_COOL_DOWN)
    window = make(qtbot, clock, SlowBuild(clock, 0.0))
    assert window.home.nudge.isHidden()  # no history yet: no advice
    window.begin(warm_up())  # in its lead-in when the history arrives
    window.attach_history(history)
    run_until(window, 8.0)  # past the 5 s lead-in: now it is a session
    window.stop_now()
    window.show_home()
    assert "8 and 9 out of 10" in window.home.nudge.text()
    try:
        assert [s.routine_id for s in history.recent_sessions()] == [warm_up().id]
    finally:
        history.close()


def test_callbacks_waiting_for_the_first_paint_run_last_registered_first(qtbot):
    from PySide6.QtWidgets import QLabel

    from coach.qt.first_paint import after_first_paint

    window = QLabel("Limber")
    qtbot.addWidget(window)
    order: list[str] = []
    for name in ("icon", "history", "stamp"):
        after_first_paint(window, lambda name=name: order.append(name))
    window.show()
    qtbot.waitUntil(lambda: len(order) == 3)
    assert order == ["stamp", "history", "icon"]


def test_waiting_for_the_first_paint_leaves_the_other_widgets_events_alone(qtbot):
    """No application-wide filter: it made every widget's events pass through Python while
    the window was built (and PySide6 create enum classes for every type it wrapped)."""
    from PySide6.QtWidgets import QApplication, QLabel

    from coach.qt.first_paint import after_first_paint

    window = QLabel("Limber")
    qtbot.addWidget(window)
    seen: list[object] = []
    app = QApplication.instance()
    real = app.installEventFilter

    def spy(obj: object) -> None:
        seen.append(obj)
        real(obj)

    app.installEventFilter = spy  # type: ignore[method-assign]
    try:
        after_first_paint(window, lambda: None)
    finally:
        del app.installEventFilter
    assert seen == []


def _last_line_of_the_real_app(code: str, folders: Path) -> str:
    """Run ``code`` (the real start-up, offscreen) in a fresh Python whose user folders are
    under ``folders``; the last line it printed."""
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               LIMBER_CONFIG_DIR=str(folders / "config"), LIMBER_DATA_DIR=str(folders / "data"),
               LIMBER_CACHE_DIR=str(folders / "cache"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True, timeout=60)
    return out.stdout.strip().splitlines()[-1]


def test_the_real_start_up_paints_home_before_loading_the_rest(tmp_path):
    import ast

    code = _UNTIL_PAINT.replace("NAMES", repr(NOT_AT_START))
    assert ast.literal_eval(_last_line_of_the_real_app(code, tmp_path)) == []


_SETTLED_AT_HOME = """
import linecache
import coach.qt.application as app
from coach.qt import first_paint
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
def stamp(window):
    # Settled: the preview timed with the voice (its worker started and done), or no voice.
    poll = QTimer(window)
    poll.timeout.connect(lambda: None if window.timing_preview else QApplication.quit())
    first_paint.after_first_paint(window, lambda: poll.start(100))
    first_paint.after_first_paint(window, lambda: QTimer.singleShot(15000, QApplication.quit))
app.bench_stamp = stamp
app.run_app(["limber"])
print(len(linecache.cache))
"""


def test_home_keeps_no_module_sources_once_settled(tmp_path):
    """PySide6's import hook reads the source of every module imported after it, into
    linecache; the app empties it after everything the first paint set going."""
    assert _last_line_of_the_real_app(_SETTLED_AT_HOME, tmp_path) == "0"


def test_a_callback_registered_after_the_first_paint_still_runs(qtbot):
    from PySide6.QtWidgets import QLabel

    from coach.qt.first_paint import after_first_paint

    window = QLabel("Limber")
    qtbot.addWidget(window)
    first: list[int] = []
    after_first_paint(window, lambda: first.append(1))
    window.show()
    qtbot.waitUntil(lambda: first == [1])
    late: list[int] = []
    after_first_paint(window, lambda: late.append(1))
    qtbot.waitUntil(lambda: late == [1])
