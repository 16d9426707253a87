"""Open the window, or say plainly why it cannot: for the bare ``limber`` command and for the
commands that open the app (``limber run ID``)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence

from coach.core.language.current_language import translate


def no_display() -> str:
    return translate("OpenWindow", "limber: there is no display to open the window on (neither "
                                   "DISPLAY nor WAYLAND_DISPLAY is set); start it from your "
                                   "desktop, or use 'limber run ID --text' to be coached in this "
                                   "terminal")


def display_problem(environ: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """Why the window cannot open here, in one line, or None. Without a display Qt's own
    answer is to abort with advice about a missing xcb-cursor library, which is not the
    problem; Windows and macOS always have a display, and QT_QPA_PLATFORM (offscreen, say)
    is the caller's own choice."""
    if platform in ("win32", "darwin") or environ.get("QT_QPA_PLATFORM", "").strip():
        return None
    if environ.get("DISPLAY", "").strip() or environ.get("WAYLAND_DISPLAY", "").strip():
        return None
    return no_display()


def open_window(app_args: Sequence[str] = (), *, verbose: bool = False) -> int:
    """Open the window (``app_args``: the window's own options, such as ``--routine ID``); a
    clear message instead of a traceback or an abort when it cannot."""
    if display_problem(os.environ) is not None:
        _say_it_in_the_saved_language()
        print(display_problem(os.environ), file=sys.stderr)
        return 2
    from coach.speech.problem_log import setup_logging

    setup_logging(verbose=verbose)
    try:
        import coach.qt.pyside_imports  # noqa: F401  (first: PySide6 then reads no sources)
        from coach.qt.application import run_app
    except ImportError as exc:  # a broken install: Qt's libraries missing, say
        _say_it_in_the_saved_language()
        print(translate("OpenWindow", "limber: the app cannot start: {error}; 'limber run ID "
                                      "--text' works without it").format(error=exc),
              file=sys.stderr)
        return 2
    code: int = run_app([*sys.argv[:1], *app_args])
    return code


def _say_it_in_the_saved_language() -> None:
    """Only when the window cannot open: reading the preferences costs start-up time the
    window's first paint does not wait for (it sets the language itself)."""
    from coach.cli.terminal import use_saved_language

    use_saved_language()
