"""Render the app's screenshots: home, a session mid-stretch (right side) and the finish screen.

Runs offscreen on a fake clock with the built-in routines, so the pictures are the same on
every machine and take a second to make:

    python packaging/screenshots.py            # into assets/screenshots/
    python packaging/screenshots.py --out /tmp/shots --theme dark

Each screen is grabbed with QWidget.grab() at 1280x800 (a laptop at full screen) and 480x640
(a small window), in the light theme and, for the session screen, the dark one too.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a source checkout without installing
    sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from coach.clock import FakeClock  # noqa: E402
from coach.library import Library, load_library  # noqa: E402
from coach.model import ExerciseKind  # noqa: E402
from coach.plan import Side  # noqa: E402
from coach.qt.app import configure_application  # noqa: E402
from coach.qt.driver import drive  # noqa: E402
from coach.qt.theme import ThemeSwitcher  # noqa: E402
from coach.qt.window import MainWindow  # noqa: E402
from coach.speech.port import SilentSpeaker  # noqa: E402
from coach.storage.prefs import Preferences  # noqa: E402

SIZES = ((1280, 800), (480, 640))
SESSION_ROUTINE = "cooldown-standard"  # per-side stretches, refuel and knee check-in at the end
SHARE_INTO_STRETCH = 0.4  # how far into the right side the session shot is taken




def _settle(app: QApplication) -> None:
    # Twice: height-for-width rows settle in the layout pass after the first.
    app.processEvents()
    app.processEvents()


def _window(library: Library, clock: FakeClock, theme: ThemeSwitcher, name: str,
            size: tuple[int, int]) -> MainWindow:
    window = MainWindow(library, clock=clock, speaker=SilentSpeaker(), theme=theme,
                        prefs=Preferences(theme=name, knee_check=True))
    window.resize(*size)
    window.show()
    return window


def shoot(out: Path, themes: list[str], sizes: tuple[tuple[int, int], ...] = SIZES) -> list[Path]:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    configure_application(app)
    theme = ThemeSwitcher(app)
    with tempfile.TemporaryDirectory() as empty:  # built-in routines only, never the user's
        library = load_library(user_dir=Path(empty))
    routine = library.get(SESSION_ROUTINE)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(window: MainWindow, screen: str, size: tuple[int, int], name: str) -> None:
        _settle(app)
        suffix = "" if name == "light" else f"-{name}"
        path = out / f"{screen}-{size[0]}x{size[1]}{suffix}.png"
        if not window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)

    for name in themes:
        for size in sizes:
            clock = FakeClock(0.0)
            window = _window(library, clock, theme, name, size)
            if name == "light":
                save(window, "home", size, name)
            window.begin(routine)
            plan = window.driver.plan
            assert plan is not None
            stretch = next(s for s in plan.segments if s.is_exercise and s.side is Side.RIGHT
                           and s.exercise.kind is ExerciseKind.STATIC_STRETCH)
            drive(window.driver, stretch.start + stretch.seconds * SHARE_INTO_STRETCH, clock.set)
            save(window, "session", size, name)
            if name == "light":
                drive(window.driver, plan.total_seconds + 60.0, clock.set)
                save(window, "finish", size, name)
            window.close()
            window.deleteLater()
            _settle(app)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "assets" / "screenshots")
    parser.add_argument("--theme", action="append", choices=("light", "dark"),
                        help="light and/or dark (default: both)")
    args = parser.parse_args(argv)
    for path in shoot(args.out, args.theme or ["light", "dark"]):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
