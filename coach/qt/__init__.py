"""The desktop app: a Qt adapter around the pure session (``driver``) and the screens.

Some modules here are pure Python (``display``, ``choices``, ``advice``, ``text``, ``journal``)
and the command line imports them, so this package itself imports no Qt. Every module that does
import PySide6 imports :mod:`coach.qt.pyside_guard` first (see there why).
"""
