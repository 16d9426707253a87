"""Tells the window when the preferences file changed on disk (``limber prefs set`` in a
terminal, another Limber window), so it uses the new values and never writes the old ones back.

A QFileSystemWatcher on the file's folder (the file is replaced by a rename, which is a change
of the folder) and on the file itself (written in place by another program). The window asks
the app controller to read it again; a change Limber itself wrote reads back as no change.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal


class PrefsFileWatcher(QObject):
    changed = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._changed)
        self._watcher.fileChanged.connect(self._changed)
        self._watch()

    @property
    def watching(self) -> bool:
        return bool(self._watcher.directories())

    def _watch(self) -> None:
        folder = self.path.parent
        watched = set(self._watcher.directories())
        if folder.is_dir():
            stale = [w for w in watched if w != str(folder)]
            if stale:  # the folder exists now: its parent was only watched for that
                self._watcher.removePaths(stale)
            if str(folder) not in watched:
                self._watcher.addPath(str(folder))
        elif folder.parent.is_dir() and str(folder.parent) not in watched:
            self._watcher.addPath(str(folder.parent))  # no folder yet: see it made
        # A file replaced by a rename is a new file: watched again after every change.
        if self.path.is_file() and str(self.path) not in self._watcher.files():
            self._watcher.addPath(str(self.path))

    def _changed(self, _path: str) -> None:
        self._watch()
        self.changed.emit()
