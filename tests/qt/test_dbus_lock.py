"""The QtDBus deadlock PySide6 walks into (see coach.qt.dbus_lock), reduced to the package's own
two QtDBus users on a private bus, in a child process that a deadlock cannot take the tests
down with: with the lock they run side by side; without it on the portal query alone, the
process hangs (within a second here, every time)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.qt.music_bus import ROOT

CHURN_SECONDS = 1.5
REPORTS_WITHIN = 20.0  # the child reports in ~2.5 s, unless it is deadlocked (or very slow)
HANGS_WITHIN = 4.0  # without the lock: deadlocked in well under a second of churning


def churn(bus_address: str, *args: str, timeout: float = REPORTS_WITHIN) -> str | None:
    """The child's report; None when it hung (and was killed)."""
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus_address, "PYTHONPATH": str(ROOT),
           "QT_QPA_PLATFORM": "offscreen"}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tests.qt.dbus_lock_child", str(CHURN_SECONDS), *args],
            capture_output=True, text=True, env=env, cwd=ROOT, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_music_port_and_the_portal_query_never_deadlock(bus_address: str) -> None:
    report = churn(bus_address)
    assert report is not None, "deadlocked: a QtDBus call is made without DBUS_SETUP"
    assert report.splitlines()[-1] == "ok"
    ports, queries = (int(word) for word in report.split() if word.isdigit())
    assert ports > 20 and queries > 20  # they did run side by side, many times


def test_without_the_lock_the_portal_query_deadlocks_the_process(bus_address: str) -> None:
    """The reduction: proof that the test above would catch a QtDBus call made without the
    lock. Should a PySide6 release no longer hang here, the lock may no longer be needed."""
    if churn(bus_address, "--portal-unlocked", timeout=HANGS_WITHIN) is not None:
        pytest.fail("no deadlock without the lock: has PySide6 stopped holding the GIL in "
                    "blocking QtDBus calls? Then coach.qt.dbus_lock may go.")
