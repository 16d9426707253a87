"""Open the window, or say plainly why it cannot: for the bare ``limber`` command and for the
commands that open the app (``limber run ID``)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def open_window(app_args: Sequence[str] = (), *, verbose: bool = False) -> int:
    """Open the window (``app_args``: the window's own options, such as ``--routine ID``); a
    clear message instead of a traceback when Qt cannot load."""
    from coach.speech.problem_log import setup_logging

    setup_logging(verbose=verbose)
    try:
        from coach.qt.application import run_app
    except ImportError as exc:  # a broken install: Qt's libraries missing, say
        print(f"limber: the app cannot start: {exc}; 'limber run ID --text' works without it",
              file=sys.stderr)
        return 2
    code: int = run_app([*sys.argv[:1], *app_args])
    return code
