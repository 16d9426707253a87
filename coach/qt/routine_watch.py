"""Reloads the routine list when a file in the user's routines folder changes.

A QFileSystemWatcher on the folder (a file added, removed or renamed, which is how most editors
save) and on each routine file in it (written in place). Editors touch a file several times per
save, so changes are gathered for a moment and then reported once; no timer runs in between.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SETTLE_MS = 300  # changes closer together than this are one save


class RoutineFolderWatcher(QObject):
    changed = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._report)
        self._watcher.directoryChanged.connect(lambda _path: self._settle.start())
        self._watcher.fileChanged.connect(lambda _path: self._settle.start())
        self._watch()

    @property
    def watching(self) -> bool:
        return bool(self._watcher.directories())

    def _watch(self) -> None:
        if not self.folder.is_dir():
            return  # no folder, no routines of one's own yet: nothing to watch
        if str(self.folder) not in self._watcher.directories():
            self._watcher.addPath(str(self.folder))
        files = [str(p) for p in sorted(self.folder.glob("*.toml"))]
        known = set(self._watcher.files())
        new = [f for f in files if f not in known]
        if new:
            self._watcher.addPaths(new)

    def _report(self) -> None:
        self._watch()  # a file saved by rename is a new file to watch
        self.changed.emit()
