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
from coach.qt.translators import translate
from coach.qt.widgets.icons import icon


def _keys(*names: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    return [QKeySequence(n) for n in names]


class SessionActions(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.previous = self._make(
            "previous", translate("Actions", "Previous"),
            translate("Actions", "Back to the previous exercise, or restart this one"), ["Left"])
        self.pause = self._make("pause", translate(
            "Actions", "Pause"), translate("Actions", "Pause or resume"),
                                ["Space"])
        self._pause_icon, self._resume_icon = self.pause.icon(), icon("play")
        self._paused = False
        self.next = self._make("next", translate("Actions", "Skip"), translate(
            "Actions", "Skip to the next part"),
                               ["Right"])
        self.add_time = self._make(
            "plus", translate("Actions", "+{seconds} s").format(seconds=ADD_SECONDS),
            translate("Actions", "{seconds} more seconds for this "
                                 "part").format(seconds=ADD_SECONDS),
            ["+", "=", "Shift++"])
        self.mute = self._make("volume", translate("Actions", "Mute"),
                               translate("Actions", "Mute or unmute the "
                                                    "voice"), ["M"], checkable=True)
        self.fullscreen = self._make("fullscreen", translate("Actions", "Full screen"),
                                     translate("Actions", "Full screen on or off"), ["F", "F11"],
                                     checkable=True)
        self.on_top = self._make("pin", translate("Actions", "On top"),
                                 translate("Actions", "Keep the window above other windows"), ["T"],
                                 checkable=True)
        self.stop = self._make("stop", translate("Actions", "Stop"), translate(
            "Actions", "Stop this routine"),
                               ["Esc"])
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
        self.pause.setText(translate("Actions", "Resume") if paused
                           else translate("Actions", "Pause"))
        self.pause.setIcon(self._resume_icon if paused else self._pause_icon)

    def _muted_look(self, muted: bool) -> None:
        self.mute.setText(translate("Actions", "Unmute") if muted
                          else translate("Actions", "Mute"))
        self.mute.setIcon(icon("muted" if muted else "volume"))

    def _fullscreen_look(self, full: bool) -> None:
        self.fullscreen.setText(translate("Actions", "Leave full screen") if full
                                else translate("Actions", "Full screen"))
        self.fullscreen.setIcon(icon("exit-fullscreen" if full else "fullscreen"))
