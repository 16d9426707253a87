"""The editor's two dialogs: pick an exercise from the catalogue, or make a new one."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coach.app.catalogue_words import focus_word, kind_word
from coach.app.routine_editor import ExerciseDraft
from coach.core.model import Exercise, ExerciseKind, Focus
from coach.qt.plain_text import plain, plain_tip
from coach.qt.translators import translate

Locator = Callable[[str], Path]


def matches(exercise: Exercise, query: str) -> bool:
    """Found by any word of its name, or by a body part ("calf", "upper body")."""
    words = query.lower().replace("-", " ").split()
    haystack = " ".join([exercise.name.lower(), exercise.id.replace("-", " "),
                         *(str(f).replace("-", " ") for f in exercise.focus), str(exercise.kind),
                         *(focus_word(f).lower() for f in exercise.focus),
                         kind_word(exercise.kind).lower()])
    return all(w in haystack for w in words)


class CatalogueDialog(QDialog):
    """The catalogue, searchable by name and body part, each exercise with its picture."""

    def __init__(self, catalogue: Mapping[str, Exercise], locate: Locator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("EditorPickers", "Add an exercise"))
        self.catalogue = catalogue
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("EditorPickers", "Search by name or body part "
                                                                  "(calf, hip, knee…)"))
        self.search.setAccessibleName(translate("EditorPickers", "Search the exercises"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setIconSize(QSize(56, 56))
        self.list.setAccessibleName(translate("EditorPickers", "Exercises"))
        for ex in catalogue.values():
            focus = ", ".join(focus_word(f) for f in ex.focus)
            item = QListWidgetItem(f"{ex.name}\n{focus} · {kind_word(ex.kind)}")
            item.setData(Qt.ItemDataRole.UserRole, ex.id)
            item.setToolTip(plain_tip(ex.how))
            if ex.picture:
                path = locate(ex.picture)
                if path.exists():
                    item.setIcon(QIcon(str(path)))
            self.list.addItem(item)
        self.how = QLabel()
        self.how.setWordWrap(True)
        plain(self.how)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("EditorPickers", "Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.how)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self.filter)
        self.list.currentItemChanged.connect(self._current)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.resize(520, 560)
        self.list.setCurrentRow(0)

    def filter(self, query: str) -> None:
        first: QListWidgetItem | None = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            shown = matches(self.catalogue[item.data(Qt.ItemDataRole.UserRole)], query)
            item.setHidden(not shown)
            if shown and first is None:
                first = item
        if first is not None:
            self.list.setCurrentItem(first)
        else:
            self.list.setCurrentRow(-1)

    def _current(self, item: QListWidgetItem | None) -> None:
        self.ok.setEnabled(item is not None)
        self.how.setText(self.catalogue[item.data(Qt.ItemDataRole.UserRole)].how if item else "")

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else str(
            item.data(Qt.ItemDataRole.UserRole))


class NewExerciseDialog(QDialog):
    """A new exercise of the user's: name, kind, focus, how-to and a safety note."""

    def __init__(self, make_id: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("EditorPickers", "New exercise"))
        self._make_id = make_id
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("EditorPickers", "Said aloud: plain words, like "
                                                                "“Wall sit”"))
        self.kind = QComboBox()
        for kind in ExerciseKind:
            self.kind.addItem(kind_word(kind), str(kind))
        self.focus = QListWidget()
        self.focus.setAccessibleName(translate("EditorPickers", "Body parts it works"))
        for f in Focus:
            item = QListWidgetItem(focus_word(f))
            item.setData(Qt.ItemDataRole.UserRole, str(f))
            item.setCheckState(Qt.CheckState.Unchecked)
            self.focus.addItem(item)
        self.focus.setMaximumHeight(130)
        self.how = QPlainTextEdit()
        self.how.setPlaceholderText(translate("EditorPickers", "One or two short sentences, shown "
                                                               "while it runs"))
        self.how.setMaximumHeight(80)
        self.safety = QLineEdit()
        self.safety.setPlaceholderText(translate("EditorPickers", "Optional: a short caution, "
                                                                  "said once"))
        form = QFormLayout()
        form.addRow(translate("EditorPickers", "Name"), self.name)
        form.addRow(translate("EditorPickers", "Kind"), self.kind)
        form.addRow(translate("EditorPickers", "Works"), self.focus)
        form.addRow(translate("EditorPickers", "How to do it"), self.how)
        form.addRow(translate("EditorPickers", "Safety note"), self.safety)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        hint = QLabel(translate("EditorPickers", "The routine's check tells you if anything here "
                                                 "needs changing."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def exercise(self) -> ExerciseDraft:
        focus = tuple(str(self.focus.item(r).data(Qt.ItemDataRole.UserRole))
                      for r in range(self.focus.count())
                      if self.focus.item(r).checkState() is Qt.CheckState.Checked)
        name = self.name.text().strip()
        return ExerciseDraft(self._make_id(name), name, str(self.kind.currentData()),
                             focus or ("whole-body",), self.how.toPlainText().strip(),
                             self.safety.text().strip())
