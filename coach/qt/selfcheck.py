"""``limber selfcheck``: does this install have everything it needs? (hidden from --help)

Written for the frozen bundle, where a module or a data file left out only shows when a user
reaches it: CI runs the built program with this. It checks, without touching the user's
preferences or history, that

* the built-in routines load, with no problems;
* every catalogue picture has both frames and Qt's SVG renderer draws them;
* the tones load and QtMultimedia (the sound output) imports;
* the main window starts (offscreen when there is no display), runs a routine for a few
  seconds on a fake clock and shows a picture;
* the speech engine, in its own spawned process as in the app, renders a phrase that is
  long enough and not silent.

Each check prints one line; the exit status is 0 only when all pass.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

PHRASE = "Calf raises. One. Two. Three."
MIN_PHRASE_SECONDS = 1.0


class CheckFailed(RuntimeError):
    pass


def _routines() -> str:
    from coach.core.routine_files.library import load_library

    with tempfile.TemporaryDirectory(prefix="limber-selfcheck-") as empty:
        library = load_library(user_dir=Path(empty))
    if library.problems:
        raise CheckFailed("; ".join(str(p) for p in library.problems))
    if not library.routines:
        raise CheckFailed("no built-in routines")
    return f"{len(library.routines)} routines: " + ", ".join(r.id for r in library.routines)


def _pictures() -> str:
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    from coach.app.picture_frames import Frame, frame_name
    from coach.core.routine_files.library import load_library
    from coach.qt.widgets.picture import picture_path

    with tempfile.TemporaryDirectory(prefix="limber-selfcheck-") as empty:
        catalogue = load_library(user_dir=Path(empty)).catalogue
    names = sorted({e.picture for e in catalogue.values() if e.picture})
    for name in names:
        for frame in Frame:
            path = picture_path(frame_name(name, frame))
            text = path.read_text(encoding="utf-8").replace("currentColor", "#000000")
            if not QSvgRenderer(QByteArray(text.encode())).isValid():
                raise CheckFailed(f"{path}: Qt cannot draw it")
    return f"{len(names)} pictures, both frames, in {picture_path('x').parent}"


def _sounds() -> str:
    import PySide6.QtMultimedia  # noqa: F401  (the sound output: it must be in the bundle)

    from coach.speech.tone_clips import TONE_NAMES, load_tones

    problems: list[str] = []
    tones = load_tones(problems.append)
    if problems or set(tones) != set(TONE_NAMES):
        raise CheckFailed("; ".join(problems) or "tones missing")
    return "tones " + ", ".join(f"{n} {c.seconds:.2f} s" for n, c in sorted(tones.items())) \
        + "; QtMultimedia imports"


def _window() -> str:
    from PySide6.QtWidgets import QApplication

    from coach.app.controller import AppController
    from coach.core.clock import FakeClock
    from coach.core.routine_files.library import load_library
    from coach.core.session import drive
    from coach.qt.application import configure_application
    from coach.qt.window import MainWindow
    from coach.speech.port import SilentSpeaker
    from coach.storage.prefs_schema import Preferences

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    configure_application(app)
    with tempfile.TemporaryDirectory(prefix="limber-selfcheck-") as empty:
        library = load_library(user_dir=Path(empty))
    clock = FakeClock()
    controller = AppController(library, speaker=SilentSpeaker(),
                               prefs=Preferences(knee_check=False, lead_in_seconds=2))
    window = MainWindow(controller, clock=clock)
    window.resize(800, 600)
    window.show()
    routine = library.routines[0]
    window.begin(routine)
    drive(window.driver, clock.now() + 5, clock.set)
    app.processEvents()
    image = window.grab().toImage()
    shown = window.session_view.picture
    title = window.session_view.title.text()
    ok = shown.has_picture() and not image.isNull()
    window.driver.stop()
    window.close()
    if not ok:
        raise CheckFailed(f"the session screen shows no picture for {title!r}")
    return (f"window on {app.platformName()}: {routine.id} runs, "
            f"{title!r} shows {shown.shown_file()}")


def _speech() -> str:
    from coach.core.speech_settings import DEFAULT_RATE
    from coach.speech.clip_cache import ClipCache
    from coach.speech.engines.system_engine import engine_problem
    from coach.speech.speaker_factory import clip_key
    from coach.speech.verified_render import VerifiedRenderer
    from coach.speech.worker_process import EngineProcess

    problem = engine_problem()
    if problem:
        raise CheckFailed(problem)
    engine = EngineProcess()
    # The app's own path (render, then verify against a calibration), into a cache of its own.
    with tempfile.TemporaryDirectory(prefix="limber-selfcheck-") as tmp:
        try:
            clip = VerifiedRenderer(ClipCache(Path(tmp)), engine, clip_key()).render(
                PHRASE, "", DEFAULT_RATE)
        finally:
            engine.close()
    if clip is None:
        raise CheckFailed("the speech engine's clip did not pass verification")
    if clip.seconds < MIN_PHRASE_SECONDS:
        raise CheckFailed(f"the phrase came back {clip.seconds:.2f} s long")
    return f"speech: {PHRASE!r} rendered and verified, {clip.seconds:.2f} s"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("routines", _routines), ("pictures", _pictures), ("sounds", _sounds),
    ("window", _window), ("speech", _speech),
)


def run_selfcheck(only: tuple[str, ...] = ()) -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failed = 0
    for name, check in CHECKS:
        if only and name not in only:
            continue
        try:
            print(f"ok    {check()}", flush=True)
        except Exception as exc:  # every failure is reported, then the exit status
            failed += 1
            print(f"FAIL  {name}: {type(exc).__name__}: {exc}", flush=True)
    print("selfcheck passed" if not failed else f"selfcheck: {failed} check(s) failed")
    return 0 if not failed else 1
