"""One lock for every QtDBus set-up call in the process (connecting, subscribing to signals).

PySide6 (6.11) holds the GIL in its blocking QtDBus calls (``connectToBus``, ``sessionBus()``
on first use, ``call`` with ``QDBus.Block``, ``QDBusInterface.call``) while they wait for
QtDBus's own thread; and that thread needs the GIL whenever a signal is connected to, or
disconnected from, a Python object (it asks the object's Python wrapper for a
``connectNotify`` override), including when a connection with such a receiver is torn down.
One thread connecting a signal while another makes a blocking call therefore deadlocks the
whole process (seen with gdb; ``tests/qt/test_dbus_lock.py`` holds the reduction). So every
blocking QtDBus call and every signal set-up or teardown, on any thread, takes this lock (the
music thread, the reduced-motion portal query); asynchronous calls, their replies and incoming
signals need it not. A receiver is deleted before its
connection is dropped (:meth:`coach.qt.mpris_port.MprisPort.close`), so the teardown QtDBus does
later on its own thread never needs the GIL.
"""

from __future__ import annotations

import threading

DBUS_SETUP = threading.Lock()
