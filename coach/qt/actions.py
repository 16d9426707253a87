"""The session controls as QActions: one place for each command's text, icon, tooltip and keys.

A QAction's shortcut lives in the window's shortcut map, so with ``Qt.WindowShortcut`` it works
whichever widget has focus; and because the actions sit on the session screen's buttons, the
keys are live only while that screen is shown (Space and the arrows do their usual jobs on the
home screen).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from coach.core.plan.compiler import ADD_SECONDS
from coach.qt.widgets.icons import icon


def _keys(*names: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    return [QKeySequence(n) for n in names]


class SessionActions(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.previous = self._make(
            "previous", "Previous", "Back to the previous exercise, or restart this one",
            ["Left"])
        self.pause = self._make("pause", "Pause", "Pause or resume", ["Space"])
        self._pause_icon, self._resume_icon = self.pause.icon(), icon("play")
        self._paused = False
        self.next = self._make("next", "Skip", "Skip to the next part", ["Right"])
        self.add_time = self._make(
            "plus", f"+{ADD_SECONDS} s", f"{ADD_SECONDS} more seconds for this part",
            ["+", "=", "Shift++"])
        self.mute = self._make("volume", "Mute", "Mute or unmute the voice", ["M"],
                               checkable=True)
        self.fullscreen = self._make("fullscreen", "Full screen", "Full screen on or off",
                                     ["F", "F11"], checkable=True)
        self.on_top = self._make("pin", "On top", "Keep the window above other windows",
                                 ["T"], checkable=True)
        self.stop = self._make("stop", "Stop", "Stop this routine", ["Esc"])
        self.mute.toggled.connect(self._muted_look)
        self.fullscreen.toggled.connect(self._fullscreen_look)

    @property
    def all(self) -> list[QAction]:
        return [self.previous, self.pause, self.next, self.add_time, self.mute, self.fullscreen,
                self.on_top, self.stop]

    def _make(self, icon_name: str, text: str, tip: str, keys: list[str], *,
              checkable: bool = False) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setShortcuts(_keys(*keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(checkable)
        # The first key is the one to learn; the rest are what a keyboard layout may send.
        key = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({key})")
        action.setAutoRepeat(False)  # holding Right must not skip the whole routine
        return action

    def show_paused(self, paused: bool) -> None:
        # Called on every display update (several a second, for hours in one window): only a
        # change touches the action, and the two icons are built once. A new QIcon each time
        # made every later update slower (a soak of 200 sessions went from 28 s to 136 s).
        if paused == self._paused:
            return
        self._paused = paused
        self.pause.setText("Resume" if paused else "Pause")
        self.pause.setIcon(self._resume_icon if paused else self._pause_icon)

    def _muted_look(self, muted: bool) -> None:
        self.mute.setText("Unmute" if muted else "Mute")
        self.mute.setIcon(icon("muted" if muted else "volume"))

    def _fullscreen_look(self, full: bool) -> None:
        self.fullscreen.setText("Leave full screen" if full else "Full screen")
        self.fullscreen.setIcon(icon("exit-fullscreen" if full else "fullscreen"))
