"""The one way in: the ``limber`` script, ``python -m coach`` and the frozen bundle all start at
:func:`main`. With no arguments it opens the window straight away.

The commands' machinery (the routine checker and its TOML reader, the history, the speech
engine probe…) costs about as much CPU again as the window needs to appear, and opening the
window needs none of it, so it is imported only when a command is given.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from coach.cli.open_window import open_window  # light: its imports wait until the window opens


def started_by_multiprocessing(argv: Sequence[str]) -> bool:
    """Whether this (frozen) executable was started again by multiprocessing: a spawned
    speech worker (``--multiprocessing-fork``) or its resource tracker (``-c`` and the
    tracker's code). The app's own arguments never hold either."""
    return "--multiprocessing-fork" in argv[1:] or "-c" in argv[1:]


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False) and started_by_multiprocessing(sys.argv):
        # The speech worker runs in a spawned process; a frozen executable must recognise that
        # it was started as one. Only then: multiprocessing is 3 MiB and 17 ms of every start
        # of the window, which needs it only with the first render (and imports it then).
        import multiprocessing

        multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        return open_window()
    from coach.cli.parser import dispatch

    return dispatch(args)
