"""Entry point for the frozen bundle (PyInstaller)."""

import multiprocessing
import sys

# The launcher, like the `limber` script: no arguments open the window without importing every
# command's machinery first; any argument goes to coach.cli.
from coach.launch import main

if __name__ == "__main__":
    # The speech worker runs in a spawned process; a frozen executable must recognise that
    # it was started as one.
    multiprocessing.freeze_support()
    sys.exit(main())
