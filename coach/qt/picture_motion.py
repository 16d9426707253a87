"""Moves the session picture between its two frames, on a timer armed for the next change only.

:func:`coach.app.picture_frames.picture_frame` decides which frame shows when; this adapter
follows the session's snapshots, arms one single-shot timer for the next change (nothing ticks
while the frame stays the same or the session is paused) and asks the platform whether the user
wants reduced motion.
"""

from __future__ import annotations

import ctypes
import subprocess
import sys
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QObject, Qt, QTimer

from coach.app.picture_frames import picture_frame
from coach.core.session_events import Snapshot, State
from coach.qt.timer_bounds import start_within
from coach.qt.widgets.picture import ExercisePicture

MOVING_STATES = frozenset({State.LEAD_IN, State.RUNNING})


class PictureMotion(QObject):
    def __init__(self, picture: ExercisePicture, now: Callable[[], float],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._picture = picture
        self._now = now
        self._still = False
        self._snap: Snapshot | None = None
        self._seen_at = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._update)

    @property
    def timer(self) -> QTimer:
        return self._timer

    def set_still(self, still: bool) -> None:
        if still != self._still:
            self._still = still
            self._update()

    def follow(self, snap: Snapshot) -> None:
        """A new snapshot from the session (its position is the plan's position now)."""
        self._snap, self._seen_at = snap, self._now()
        self._update()

    def stop(self) -> None:
        self._snap = None
        self._timer.stop()

    def _update(self) -> None:
        snap = self._snap
        self._timer.stop()
        if snap is None:
            return
        moving = snap.state in MOVING_STATES
        position = snap.position + (self._now() - self._seen_at if moving else 0.0)
        shown = picture_frame(snap.segment, position, still=self._still)
        self._picture.set_frame(shown.frame, mirrored=shown.mirrored)
        if moving and shown.changes_at is not None:
            # Round up: waking a hair early would find the same frame and re-arm for ~0 ms.
            start_within(self._timer, max(1.0, (shown.changes_at - position) * 1000.0))


@cache  # asked once, when first needed: a desktop setting seldom changes mid-run
def platform_reduces_motion() -> bool:
    """Whether the desktop asks applications for less motion; False when it cannot say."""
    platform: str = sys.platform  # a plain str: mypy would drop the other platforms' branches
    try:
        if platform.startswith("linux"):
            return _portal_reduced_motion()
        if platform == "win32":
            return _windows_animations_off()
        if platform == "darwin":
            return _macos_reduce_motion()
    except (OSError, ValueError, subprocess.SubprocessError):
        pass
    return False


def _portal_reduced_motion() -> bool:
    """The freedesktop Settings portal's ``org.freedesktop.appearance reduced-motion`` (1 = reduce),
    which GNOME, KDE and the sandboxes of Flatpak all answer; no portal means no preference."""
    from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

    from coach.qt.dbus_lock import DBUS_SETUP

    # Blocking QtDBus calls hold the GIL while the music thread may be subscribing to signals:
    # without the lock the two deadlock the whole process (see coach.qt.dbus_lock).
    with DBUS_SETUP:
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        portal = QDBusInterface("org.freedesktop.portal.Desktop",
                                "/org/freedesktop/portal/desktop",
                                "org.freedesktop.portal.Settings", bus)
        if not portal.isValid():
            return False
        portal.setTimeout(500)  # a wedged portal must not hold up the window
        reply = portal.call("ReadOne", "org.freedesktop.appearance", "reduced-motion")
    if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        return False
    value = reply.arguments()[0]
    return bool(value == 1)


def _windows_animations_off() -> bool:
    """Windows' "Show animations" switch (SPI_GETCLIENTAREAANIMATION): off asks for less motion."""
    spi_getclientareaanimation = 0x1042
    enabled = ctypes.c_int(1)
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return False
    ok = windll.user32.SystemParametersInfoW(spi_getclientareaanimation, 0,
                                             ctypes.byref(enabled), 0)
    return bool(ok) and not enabled.value


def _macos_reduce_motion() -> bool:
    """macOS's Accessibility > Display > Reduce motion, read with ``defaults`` (no PyObjC)."""
    result = subprocess.run(["defaults", "read", "com.apple.universalaccess", "reduceMotion"],
                            capture_output=True, text=True, timeout=2, check=False)
    return result.returncode == 0 and result.stdout.strip() == "1"
