"""The PySide6 QtDBus deadlock, reduced to the package's own two QtDBus users: run as a program.

    python -m tests.qt.dbus_lock_child SECONDS [--portal-unlocked]

On a thread of its own (as the music thread), a music port is made, subscribes to the bus's
signals and is closed, again and again; meanwhile the main thread asks the desktop portal for
the reduced-motion setting (as the window does when a session starts), again and again. Both
take :data:`coach.qt.dbus_lock.DBUS_SETUP`; ``--portal-unlocked`` takes it away from the portal
query only. Prints the rounds done and "ok" after SECONDS; a deadlock prints nothing more (the
test kills it). The bus is ``DBUS_SESSION_BUS_ADDRESS`` (a private one: the test's).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading

from PySide6.QtCore import QCoreApplication, QObject, QThread, Slot

from coach.qt import dbus_lock, picture_motion
from coach.qt.mpris_port import MprisPort, connect


class Churn(QObject):
    """Connects, subscribes and closes a music port until told to stop."""

    def __init__(self, address: str, stop: threading.Event) -> None:
        super().__init__()
        self._address, self._stop = address, stop
        self.rounds = 0

    @Slot()
    def run(self) -> None:
        while not self._stop.is_set():
            port = MprisPort(connect(self._address))
            port.watch(lambda _owner: None, lambda _owner: None)
            port.close()
            self.rounds += 1
        self.thread().quit()


def main() -> int:
    seconds = float(sys.argv[1])
    address = os.environ["DBUS_SESSION_BUS_ADDRESS"]
    app = QCoreApplication([])
    if "--portal-unlocked" in sys.argv:
        # mpris_port took the real lock when it was imported; the portal query looks it up
        # each time it runs, so only the portal query goes without it.
        dbus_lock.DBUS_SETUP = contextlib.nullcontext()  # type: ignore[assignment]
    stop = threading.Event()
    thread = QThread()
    churn = Churn(address, stop)
    churn.moveToThread(thread)
    thread.started.connect(churn.run)
    thread.start()
    asked = 0
    timer = threading.Timer(seconds, stop.set)
    timer.start()
    while not stop.is_set():
        picture_motion._portal_reduced_motion()
        asked += 1
    thread.wait()
    print(f"{churn.rounds} ports, {asked} portal queries", flush=True)
    print("ok", flush=True)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
