"""The ``limber`` command's front door: with no arguments it opens the window straight away.

``coach.cli`` imports every command's machinery (the routine checker and its TOML reader, the
history, the speech engine probe, multiprocessing…), about as much CPU again as the window
needs to appear. Opening the window needs none of it, so the bare command goes straight to
:func:`coach.qt.app.run_app`; anything else (a command, ``--help``, the speech worker of a
frozen bundle, which is started with arguments) goes through :func:`coach.cli.main`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from coach.gui import open_window  # light: its imports wait until the window opens


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args:
        from coach.cli import main as command

        return command(args)
    return open_window()
