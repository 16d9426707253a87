"""The 0-10 score row: picking selects (nothing is kept until the screen confirms), and the
buttons follow the theme when it is switched."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from coach.qt.theme import ThemeSwitcher
from coach.qt.widgets.score_row import ScoreRow


def test_picking_selects_and_says_so(qtbot):
    row = ScoreRow()
    qtbot.addWidget(row)
    picked: list[int] = []
    row.picked.connect(picked.append)
    row.buttons[4].click()
    row.pick(7)
    assert picked == [4, 7] and row.score() == 7
    row.clear()
    assert row.score() is None


def test_the_buttons_follow_a_theme_switched_after_they_were_built(qtbot):
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme = ThemeSwitcher(app)
    theme.apply("light")
    try:
        row = ScoreRow(large=True)
        qtbot.addWidget(row)
        row.resize(700, 60)
        row.show()
        qtbot.waitExposed(row)
        light = row.grab().toImage().pixelColor(20, 20).lightness()
        theme.apply("dark")
        app.processEvents()  # the palette change reaches the widgets as an event
        dark = row.grab().toImage().pixelColor(20, 20).lightness()
        assert light > 200 and dark < 100, (light, dark)
    finally:
        theme.apply("system")
