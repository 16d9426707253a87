"""Render the app's screenshots: every screen, light and dark, at two window sizes.

Runs offscreen on a fake clock with the built-in routines and a made-up month of history, so
the pictures are the same on every machine:

    python packaging/screenshots.py                  # into assets/screenshots/
    python packaging/screenshots.py --out /tmp/shots --theme dark --only session
    python packaging/screenshots.py --out /tmp/shots --size 360x480   # other window sizes
    python packaging/screenshots.py --out /tmp/shots --language de    # in German

Screens: home (with the plan preview; and with the length chooser at 8 minutes), the knee
check-in, the run day's "Go run" screen, the session (get ready, a minutes countdown, left,
right, switch, paused, a counted step, the last three seconds), the finish screen (after a
warm-up, after a cool-down, stopped early), history, each preferences tab, the routine problems
and the routine editor (a copy of a built-in, then with a problem typed in).
Each is grabbed with QWidget.grab() at 1280x800 (a laptop at full screen) and 480x640 (a small
window), or at the sizes given with --size; files are named ``SCREEN-WxH[-dark].png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a source checkout without installing
    sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from coach.app.controller import AppController  # noqa: E402
from coach.core.clock import FakeClock  # noqa: E402
from coach.core.language.current_language import set_language  # noqa: E402
from coach.core.plan.compiler import Plan, Segment, SegmentKind, Side  # noqa: E402
from coach.core.routine_files.library import Library, load_library  # noqa: E402
from coach.core.session import drive  # noqa: E402
from coach.qt.application import configure_application  # noqa: E402
from coach.qt.theme import ThemeSwitcher  # noqa: E402
from coach.qt.translators import install_translators  # noqa: E402
from coach.qt.window import MainWindow  # noqa: E402
from coach.speech.engines.engine_protocol import VoiceInfo  # noqa: E402
from coach.speech.port import SilentSpeaker  # noqa: E402
from coach.storage.history import HistoryStore  # noqa: E402
from coach.storage.history_records import KneeContext, SessionRecord  # noqa: E402
from coach.storage.prefs_schema import Preferences  # noqa: E402

SIZES = ((1280, 800), (480, 640))
RUN_DAY_MORNING = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
WARM_UP = "warmup-standard"
COOL_DOWN = "cooldown-standard"  # per-side stretches, refuel and knee check-in at the end
BROKEN_ROUTINE = """\
name = "My hill warm-up"
kind = "warm-up"
description = "Before the hills."

[[steps]]
exercise = "ankle-circles"
seconds = "forty"
"""


def _settle(app: QApplication) -> None:
    # Twice: height-for-width rows settle in the layout pass after the first.
    app.processEvents()
    app.processEvents()


def month_of_history(path: Path, now: datetime) -> HistoryStore:
    """A made-up month: most days a warm-up and a cool-down, some gaps, knee scores easing."""
    store = HistoryStore(path)
    for day in range(30, 0, -1):
        if day % 7 in (3, 4) or day in (12, 13, 14):
            continue  # rest days, and a few days away: gaps in the chart
        start = (now - timedelta(days=day)).replace(hour=7, minute=30)
        before = max(0, 5 - day // 8 + (day % 3 == 0))
        store.record_knee_score(before, start - timedelta(minutes=2), KneeContext.PRE_RUN)
        for routine_id, name, kind, offset, planned in (
                (WARM_UP, "Standard warm-up", "warm-up", 0, 480),
                (COOL_DOWN, "Standard cool-down", "cool-down", 55, 600)):
            began = start + timedelta(minutes=offset)
            stopped = day == 9 and kind == "cool-down"
            saved = store.record_session(SessionRecord(routine_id, name, kind, began, planned))
            assert saved.id is not None
            store.finish_session(saved.id, ended_at=began + timedelta(seconds=planned),
                                 completed_fraction=0.4 if stopped else 1.0, stopped=stopped)
        after = max(0, before - 1 + (day % 4 == 0))
        store.record_knee_score(after, start + timedelta(minutes=68),
                                KneeContext.POST_COOL_DOWN)
    return store


def _segment(plan: Plan, test: Callable[[Segment], bool]) -> Segment:
    return next(s for s in plan.segments if test(s))


def shoot(out: Path, themes: list[str], sizes: tuple[tuple[int, int], ...] = SIZES,
          only: str | None = None, language: str = "en") -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name in themes:
        for size in sizes:
            for screen, window in every_screen(language, name, size):
                if only and not screen.startswith(only):
                    continue
                written.append(_save(_app(), window, out, screen, size, name))
    return written


def _app() -> QApplication:
    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])


def every_screen(language: str, theme_name: str,
                 size: tuple[int, int]) -> Iterator[tuple[str, QWidget]]:
    """Each screen in ``language``, set up in a window on made-up data: (screen name, what to
    grab). Also read by tests/packaging/test_screens_in_every_language.py for the words."""
    app = _app()
    configure_application(app)
    install_translators(app, set_language(language))
    theme = ThemeSwitcher(app)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        with tempfile.TemporaryDirectory() as empty:  # built-in routines only
            library = load_library(user_dir=Path(empty))
        (folder / "routines").mkdir()
        (folder / "routines" / "hill-warm-up.toml").write_text(BROKEN_ROUTINE, encoding="utf-8")
        broken = load_library(user_dir=folder / "routines")
        history = month_of_history(folder / "history.sqlite3", datetime.now(UTC))
        # The editor reads the routines folder itself: never the user's own.
        data_dir = os.environ.get("LIMBER_DATA_DIR")
        os.environ["LIMBER_DATA_DIR"] = str(folder / "data")
        try:
            for screen, window in _screens(app, library, broken, history, theme, theme_name,
                                           size):
                _settle(app)
                yield screen, window
        finally:
            history.close()
            if data_dir is None:
                os.environ.pop("LIMBER_DATA_DIR", None)
            else:
                os.environ["LIMBER_DATA_DIR"] = data_dir


def _save(app: QApplication, widget: QWidget, out: Path, screen: str, size: tuple[int, int],
          theme: str) -> Path:
    _settle(app)
    suffix = "" if theme == "light" else f"-{theme}"
    path = out / f"{screen}-{size[0]}x{size[1]}{suffix}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def _screens(app: QApplication, library: Library, broken: Library, history: HistoryStore,
             theme: ThemeSwitcher, name: str,
             size: tuple[int, int]) -> Iterator[tuple[str, QWidget]]:
    """Each screen in turn, set up in a window: (screen name, what to grab)."""
    clock = FakeClock(0.0)

    def wall() -> datetime:  # the run day's wall clock moves with the fake one
        return RUN_DAY_MORNING + timedelta(seconds=clock.now())

    def window(lib: Library = library, store: HistoryStore | None = None) -> MainWindow:
        controller = AppController(
            lib, speaker=SilentSpeaker(), history=store, now=wall,
            prefs=Preferences(theme=name, knee_check=True, lead_in_seconds=10))
        win = MainWindow(controller, clock=clock, theme=theme)
        win.resize(*size)
        win.show()
        _settle(app)
        return win

    began = [0.0]

    def begin(win: MainWindow, routine_id: str) -> Plan:
        began[0] = clock.now()
        win.begin(library.get(routine_id))
        assert win.driver.plan is not None
        return win.driver.plan

    def at(win: MainWindow, seconds: float) -> None:
        """``seconds`` into the session begun last."""
        drive(win.driver, began[0] + seconds, clock.set)

    def done(win: MainWindow) -> None:
        win.close_without_asking()
        win.deleteLater()
        _settle(app)

    win = window()
    win.home.select(WARM_UP)
    yield "home", win
    win.request_start(library.get(WARM_UP))
    win.checkin.scores.buttons[5].click()
    yield "checkin", win
    done(win)

    # The run day: the length chooser at 8 minutes, then the warm-up, then "Go run".
    win = window()
    win.home.set_length(8)
    win.home.select(WARM_UP)
    yield "home-length", win
    win.home.run_day.click()
    win.checkin.scores.buttons[1].click()
    assert win.checkin.primary is not None
    win.checkin.primary.click()
    assert win.driver.plan is not None
    began[0] = clock.now()
    at(win, win.driver.plan.total_seconds + 60.0)
    clock.set(clock.now() + 23 * 60 + 41)
    win.go_run.refresh()
    yield "go-run", win
    done(win)

    win = window(store=history)
    # A few voices as espeak-ng names them, so the shot does not depend on this machine.
    win.list_voices = lambda: [VoiceInfo("gmw/en", "English (Great Britain)", ("en-gb",)),
                               VoiceInfo("gmw/en-us", "English (America)", ("en-us",)),
                               VoiceInfo("roa/fr", "French (France)", ("fr-fr",))]
    win.hear_voice = lambda _voice, _rate: None
    win.show_history()
    yield "history", win
    win.history_view.tables.setCurrentWidget(win.history_view.sessions)
    yield "history-sessions", win
    dialog = win.show_preferences()
    dialog.resize(min(size[0], max(dialog.width(), 560)), min(size[1], 560))
    _settle(app)  # the voice list arrives from its thread
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        label = dialog.tabs.tabText(index).lower().replace(" ", "-")
        yield f"prefs-{label}", dialog
    dialog.close()
    done(win)

    # The finish screen shows the streak; after the history shot, as it adds a session.
    win = window(store=history)
    plan = begin(win, COOL_DOWN)
    at(win, 3)
    yield "session-ready", win
    jog = _segment(plan, lambda s: s.is_exercise and s.seconds >= 90)
    at(win, jog.start + jog.seconds - 75)  # "1:15": a clock, the widest big number
    yield "session-minutes", win
    left = _segment(plan, lambda s: s.is_exercise and s.side is Side.LEFT and s.seconds >= 20)
    at(win, left.start + left.seconds * 0.4)
    yield "session-left", win
    win.driver.pause()
    yield "session-paused", win
    win.driver.resume()
    at(win, left.end - 2.5)
    yield "session-final", win
    switch = _segment(plan, lambda s: s.kind is SegmentKind.SWITCH and s.start >= left.end)
    at(win, switch.start + switch.seconds * 0.3)
    yield "session-switch", win
    right = _segment(plan, lambda s: s.is_exercise and s.side is Side.RIGHT
                     and s.start >= switch.end)
    at(win, right.start + right.seconds * 0.4)
    yield "session-right", win
    at(win, plan.total_seconds + 60.0)
    win.finish.knee_scores.buttons[2].click()
    win.finish.knee_save.click()
    yield "finish-cool-down", win
    done(win)

    win = window()
    plan = begin(win, WARM_UP)
    counted = _segment(plan, lambda s: s.is_exercise and s.reps is not None and s.reps >= 8)
    at(win, counted.start + counted.seconds * 0.6)
    yield "session-counted", win
    at(win, plan.total_seconds + 60.0)
    yield "finish-warm-up", win
    plan = begin(win, WARM_UP)
    at(win, plan.total_seconds * 0.3)
    win.request_stop()
    yield "session-stop-question", win
    win.stop_now()
    yield "finish-stopped", win
    done(win)

    win = window(lib=broken)
    yield "problems", win
    done(win)

    win = window()
    win.open_editor(library.get("warmup-quick"))  # a copy: built-ins are read-only
    view = win.routine_files.view
    view.steps.setCurrentRow(3)
    yield "editor", win
    view.amount.setText("0")  # as typed: the check's words appear beside the field
    view.amount.textEdited.emit("0")
    yield "editor-problem", win
    done(win)


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()):
        raise argparse.ArgumentTypeError(f"expected a size like 360x480, not {text!r}")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "assets" / "screenshots")
    parser.add_argument("--theme", action="append", choices=("light", "dark"),
                        help="light and/or dark (default: both)")
    parser.add_argument("--only", help="only the screens whose names start with this")
    parser.add_argument("--size", action="append", type=_size, metavar="WxH",
                        help="window size, like 360x480 (default: 1280x800 and 480x640)")
    parser.add_argument("--language", default="en", help="the words' language: en, de, es…")
    args = parser.parse_args(argv)
    sizes = tuple(args.size) if args.size else SIZES
    for path in shoot(args.out, args.theme or ["light", "dark"], sizes, only=args.only,
                      language=args.language):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
