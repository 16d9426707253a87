"""Every screen, read in each language: no English left in German or Spanish, and no plural
left unresolved ("1 step(s)") in any language.

The screens are packaging/screenshots.py's (the same windows the README's pictures show); every
visible widget's text, tooltip, accessible name, list and table is read. English is found by
words a German or Spanish screen never has ("the", "your", "seconds", "warm-up"…); the
static check of the code (tests/test_words_marked.py) finds unmarked literals, this finds what
reaches the screen by any other way (a key shown as a label, a name from the history).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from coach.core.language.languages import shipped_languages
from tests import packaging_scripts

screenshots = packaging_scripts.load("screenshots")

_ENGLISH_WORDS = """
the and your you with this that there here what which when before after will would should
could not yes stop step steps time sides side gentle warm-up cool-down strength seconds second
reps minutes left right back next open close save cancel hear play done skip knee knees
run walk other mine today yesterday ago preferences settings voice sound music about quit edit
copy delete sure how went streak check days day week weeks routines exercise exercises tips
tip said say amount description kind none empty chosen choose length written whole body pain
hurts words per
"""
ENGLISH = frozenset(_ENGLISH_WORDS.split())
# What the made-up data holds as the user wrote it (a user's routine is shown as written),
# and a file's own keys ("steps[0].seconds"), which a routine file is written in.
AS_WRITTEN = re.compile(r"My hill warm-up|Before the hills\.|\b[a-z_]+(\[\d+\])+(\.[a-z_]+)*")
UNRESOLVED_PLURAL = re.compile(r"\w\(s\)")


def visible_texts(root: QWidget) -> Iterator[str]:
    yield root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        yield from (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription())
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        if isinstance(widget, QGroupBox):
            yield widget.title()
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            yield widget.placeholderText()
        if isinstance(widget, QAbstractSpinBox):
            yield widget.text()
        if isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabBar):
            yield from (widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _model_texts(widget)


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column, its count not public
        columns = 1
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleTextRole):
                value = model.index(row, column).data(role)
                if isinstance(value, str):
                    yield value


def english_words(text: str) -> set[str]:
    text = AS_WRITTEN.sub(" ", re.sub(r"<[^>]*>|&\w+;", " ", text))
    return {w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text) if w.lower() in ENGLISH}


@pytest.mark.parametrize("language", shipped_languages())
def test_every_screen_is_in_the_language(qapp, language: str) -> None:
    found: dict[str, set[str]] = {}
    screens = set()
    for screen, window in screenshots.every_screen(language, "light", (480, 640)):
        screens.add(screen)
        for text in visible_texts(window):
            if UNRESOLVED_PLURAL.search(text):
                found[f"{screen}: {text[:90]!r}"] = {"(s)"}
            if language != "en" and (english := english_words(text)):
                found[f"{screen}: {text[:90]!r}"] = english
    assert {"home", "history", "editor", "problems", "session-counted"} <= screens
    assert found == {}


def test_the_check_finds_english() -> None:
    assert english_words("Schritt 1 · 10 seconds") == {"seconds"}
    assert english_words("Mein Hügel: My hill warm-up, steps[0].seconds") == set()
