"""Open the window, or say plainly why it cannot: the one way in for the bare ``limber`` command
(``coach.launch``) and for the commands that open the app (``coach.cli``)."""

from __future__ import annotations

import sys


def open_window(*, verbose: bool = False) -> int:
    """Open the window; a clear message instead of a traceback when Qt cannot load."""
    from coach.speech.log import setup_logging

    setup_logging(verbose=verbose)
    try:
        from coach.qt.app import run_app
    except ImportError as exc:  # a broken install: Qt's libraries missing, say
        print(f"limber: the app cannot start: {exc}; 'limber run ID --text' works without it",
              file=sys.stderr)
        return 2
    code: int = run_app(sys.argv[:1])
    return code
