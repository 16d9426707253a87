"""Entry point for the frozen bundle (PyInstaller)."""

import multiprocessing
import sys

from coach.cli import main

if __name__ == "__main__":
    # The speech worker runs in a spawned process; a frozen executable must recognise that
    # it was started as one.
    multiprocessing.freeze_support()
    sys.exit(main())
