"""The desktop app: a Qt adapter around the pure session (``driver``) and the screens.

Importing this package first checks for a PySide6 bug that would crash the app (see
:mod:`coach.qt.pyside_guard`); it has to run before the first Qt call, hence here.
"""

from coach.qt.pyside_guard import guard_none_refcount

guard_none_refcount()
