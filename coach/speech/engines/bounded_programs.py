"""Running a speech program (flite, text2wave) from the render worker, always with a bound.

The worker itself may be killed by the app when it stops answering (``process.py``); on Linux
the program is then killed too (parent-death signal), so no synthesiser is left running.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # loaded when a program is run (the engines' modules are imported sooner)
    import subprocess

Runner = Callable[..., "subprocess.CompletedProcess[str]"]  # run_bounded's signature

_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux, or no prctl: the timeout still bounds it
        pass


def run_bounded(args: Sequence[str], timeout: float,
                text: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``args`` with ``text`` on its standard input and return what it did;
    :class:`subprocess.TimeoutExpired` after ``timeout`` seconds (the program is killed
    first). Output is captured, never shown."""
    # preexec_fn is only safe in a process with one thread: the render worker, not the app
    # (which also lists voices this way, from a background thread).
    import subprocess

    single = sys.platform == "linux" and threading.active_count() == 1
    return subprocess.run(
        list(args), input=text if text is not None else "", capture_output=True, text=True,
        errors="replace",
        timeout=timeout, check=False, preexec_fn=_die_with_parent if single else None,
    )
