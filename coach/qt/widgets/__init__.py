"""Small display widgets: they show what they are given and hold no session logic."""

import coach.qt.pyside_guard  # noqa: F401  (before any Qt call: see that module)
