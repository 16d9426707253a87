"""The preferences dialog, generated from :data:`coach.storage.prefs.SCHEMA`.

One editor per setting shown in the dialog (``in_dialog``), one tab per group, labels and
tooltips from the schema. A new preference in the schema appears here with no change to this
module. OK applies through ``window.apply_prefs`` (which saves, or shows a notice when it
cannot); Cancel changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coach.storage.prefs import SCHEMA, Group, Preferences, Setting

# Listing voices starts the speech engine, which may block for seconds: the dialog does not.
VOICE_HINT = "Run 'limber voices' in a terminal to list the installed voices and their ids."


def dialog_settings() -> tuple[Setting, ...]:
    return tuple(s for s in SCHEMA if s.in_dialog)


def _decimals(step: float | None) -> int:
    if step is None:
        return 2
    text = f"{step:g}"
    return len(text.split(".")[1]) if "." in text else 0


def make_editor(setting: Setting) -> QWidget:
    """The widget that edits ``setting``, with its range, unit and tooltip."""
    editor: QWidget
    if setting.type is bool:
        editor = QCheckBox(setting.label)
    elif setting.choices:
        combo = QComboBox()
        for value, label in setting.choices:
            combo.addItem(label, value)
        editor = combo
    elif setting.type is int:
        spin = QSpinBox()
        low = int(setting.minimum if setting.minimum is not None else -(2**31))
        if setting.special is not None:
            low = min(low, setting.special[0])
            spin.setSpecialValueText(setting.special[1])
        spin.setRange(low, int(setting.maximum if setting.maximum is not None else 2**31 - 1))
        spin.setSingleStep(int(setting.step or 1))
        if setting.unit:
            spin.setSuffix(f" {setting.unit}")
        editor = spin
    elif setting.type is float:
        dspin = QDoubleSpinBox()
        dspin.setDecimals(_decimals(setting.step))
        dspin.setRange(setting.minimum if setting.minimum is not None else -1e9,
                       setting.maximum if setting.maximum is not None else 1e9)
        dspin.setSingleStep(setting.step or 0.1)
        if setting.unit:
            dspin.setSuffix(f" {setting.unit}")
        editor = dspin
    else:
        line = QLineEdit()
        if setting.key == "voice_id":
            line.setPlaceholderText("the system's default voice")
        editor = line
    tooltip = setting.tooltip
    if setting.key == "voice_id":
        tooltip = f"{tooltip} {VOICE_HINT}"
    editor.setToolTip(tooltip)
    editor.setAccessibleName(setting.label)
    editor.setAccessibleDescription(tooltip)
    editor.setObjectName(setting.key)
    return editor


def editor_value(setting: Setting, editor: QWidget) -> Any:
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, QDoubleSpinBox):
        # The spin box keeps more digits than it shows; store exactly what is shown.
        return round(editor.value(), editor.decimals())
    assert isinstance(editor, QLineEdit)
    return editor.text().strip()


def set_editor_value(setting: Setting, editor: QWidget, value: Any) -> None:
    if isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QComboBox):
        editor.setCurrentIndex(max(0, editor.findData(value)))
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value))
    elif isinstance(editor, QDoubleSpinBox):
        editor.setValue(float(value))
    elif isinstance(editor, QLineEdit):
        editor.setText(str(value))


class PreferencesDialog(QDialog):
    """Edits a copy of ``prefs``; :meth:`chosen` is the result, ``apply`` is called on OK."""

    def __init__(self, prefs: Preferences, apply: Callable[[Preferences], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self._prefs = prefs
        self._apply = apply
        self.editors: dict[str, QWidget] = {}
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Preference groups")
        for group in Group:
            settings = [s for s in dialog_settings() if s.group is group]
            if settings:
                self.tabs.addTab(self._page(settings), str(group))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setToolTip("Put every setting in this dialog back as it was when installed "
                           "(nothing is saved until OK)")
        restore.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.show_prefs(prefs)
        # Wide enough for every tab's title, so none hides behind scroll arrows.
        self.setMinimumWidth(max(420, self.tabs.tabBar().sizeHint().width() + 40))

    def _page(self, settings: list[Setting]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for setting in settings:
            editor = make_editor(setting)
            self.editors[setting.key] = editor
            if isinstance(editor, QCheckBox):
                form.addRow(editor)  # a check box carries its own label
            else:
                label = QLabel(setting.label + ":")
                label.setBuddy(editor)
                label.setToolTip(editor.toolTip())
                form.addRow(label, editor)
        return page

    def show_prefs(self, prefs: Preferences) -> None:
        for setting in dialog_settings():
            set_editor_value(setting, self.editors[setting.key], getattr(prefs, setting.key))

    def restore_defaults(self) -> None:
        self.show_prefs(Preferences())

    def chosen(self) -> Preferences:
        """The preferences as the dialog shows them (raises PreferenceError for a bad value)."""
        changes = {s.key: editor_value(s, self.editors[s.key]) for s in dialog_settings()}
        return self._prefs.replace(**changes)

    def accept(self) -> None:
        self._apply(self.chosen())
        super().accept()
