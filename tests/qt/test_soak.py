"""A short soak: many sessions in one window leave nothing running and record every one.

The long version, with time per session and memory, is ``python -m tests.bench.soak``; this
one asserts no timings (the machine's load would make them flaky), only what is left behind.
"""

from __future__ import annotations

from tests.bench.soak import soak


def test_sessions_in_one_window_leave_nothing_behind(qapp, tmp_path):
    result = soak(12, tmp_path)
    assert result.sessions_recorded == 12
    assert result.after.active_timers == 0
    assert result.after.python_threads == result.before.python_threads
    assert result.after.native_threads == result.before.native_threads
    assert result.after.children == result.before.children
    assert result.after.open_fds == result.before.open_fds


def test_display_updates_do_not_build_new_pause_icons(qapp):
    """A new QIcon per display update slowed a long-lived window down to a crawl."""
    from coach.qt.actions import SessionActions

    actions = SessionActions()
    running = actions.pause.icon().cacheKey()
    for _ in range(100):
        actions.show_paused(False)
    assert actions.pause.icon().cacheKey() == running
    actions.show_paused(True)
    paused = actions.pause.icon().cacheKey()
    assert paused != running and actions.pause.text() == "Resume"
    for _ in range(100):
        actions.show_paused(True)
    actions.show_paused(False)
    actions.show_paused(True)
    assert actions.pause.icon().cacheKey() == paused


def test_control_buttons_keep_the_application_palette(qapp):
    """The session screen's state colour is not inherited by its buttons (each inherited
    palette left Qt memory behind), yet a theme change still reaches them."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QWidget

    from coach.qt.widgets.buttons import FocusToolButton

    screen = QWidget()
    button = FocusToolButton(screen)
    state = QPalette()
    state.setColor(QPalette.ColorRole.Window, QColor("#2e7d32"))
    state.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
    screen.setPalette(state)
    assert button.palette().color(QPalette.ColorRole.Window) == \
        qapp.palette().color(QPalette.ColorRole.Window)
    original = QPalette(qapp.palette())
    themed = QPalette(original)
    themed.setColor(QPalette.ColorRole.ButtonText, QColor("#123456"))
    try:
        qapp.setPalette(themed)
        assert button.palette().color(QPalette.ColorRole.ButtonText) == QColor("#123456")
    finally:
        qapp.setPalette(original)
    screen.deleteLater()
