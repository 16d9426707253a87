"""The preferences dialog, generated from :data:`coach.storage.prefs_schema.SCHEMA`.

One editor per setting shown in the dialog (``in_dialog``), one tab per group, labels and
tooltips from the schema. A new preference in the schema appears here with no change to this
module. OK applies through ``window.apply_prefs`` (which saves, or shows a notice when it
cannot); Cancel changes nothing.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coach.app.music_words import unavailable as music_unavailable
from coach.app.preference_words import PREFERENCE_WORDS, Group, unit_words
from coach.app.voice_choices import default_label, other_languages, voice_choices
from coach.qt.plain_text import plain
from coach.qt.translators import translate
from coach.speech.engines.engine_protocol import VoiceInfo
from coach.storage.prefs_schema import SCHEMA, PreferenceError, Preferences, Setting, find_setting


# Listing voices starts the speech engine, which may block for seconds: the dialog does not.
def voice_hint() -> str:
    return translate("PrefsDialog", "Listing the installed voices…")
# How numbers read in the dialog: a share of full volume as a percentage, a scale as "× 1.0".
PERCENT_KEYS = frozenset({"voice_volume", "tone_volume"})
TIMES_KEYS = frozenset({"hold_scale", "text_scale"})


def dialog_settings() -> tuple[Setting, ...]:
    return tuple(s for s in SCHEMA if s.in_dialog)


def _decimals(step: float | None) -> int:
    if step is None:
        return 2
    text = f"{step:g}"
    return len(text.split(".")[1]) if "." in text else 0


def make_editor(setting: Setting) -> QWidget:
    """The widget that edits ``setting``, with its range, unit and tooltip."""
    words = PREFERENCE_WORDS[setting.key]
    editor: QWidget
    if setting.type is bool:
        editor = QCheckBox(words.label)
    elif setting.choices:
        combo = QComboBox()
        for value in setting.choices:
            combo.addItem(words.choices[value], value)
        editor = combo
    elif setting.type is int:
        spin = QSpinBox()
        low = int(setting.minimum if setting.minimum is not None else -(2**31))
        if setting.special is not None:
            low = min(low, setting.special)
            spin.setSpecialValueText(words.special)
        spin.setRange(low, int(setting.maximum if setting.maximum is not None else 2**31 - 1))
        spin.setSingleStep(int(setting.step or 1))
        if setting.unit:
            spin.setSuffix(f" {unit_words(setting)}")
        editor = spin
    elif setting.type is float and setting.key in PERCENT_KEYS:
        percent = QSpinBox()
        percent.setRange(round((setting.minimum or 0.0) * 100),
                         round((setting.maximum if setting.maximum is not None else 1.0) * 100))
        percent.setSingleStep(round((setting.step or 0.05) * 100))
        percent.setSuffix(" %")
        percent.setProperty("percent", True)
        editor = percent
    elif setting.type is float:
        dspin = QDoubleSpinBox()
        if setting.key in TIMES_KEYS:
            dspin.setPrefix("× ")
        dspin.setDecimals(_decimals(setting.step))
        dspin.setRange(setting.minimum if setting.minimum is not None else -1e9,
                       setting.maximum if setting.maximum is not None else 1e9)
        dspin.setSingleStep(setting.step or 0.1)
        if setting.unit:
            dspin.setSuffix(f" {unit_words(setting)}")
        editor = dspin
    elif setting.key == "voice_id":
        voices = QComboBox()
        voices.addItem(default_label(), "")
        editor = voices
    else:
        editor = QLineEdit()
    tooltip = words.tooltip
    if setting.key == "voice_id":
        tooltip = f"{tooltip} {voice_hint()}"
    editor.setToolTip(tooltip)
    editor.setAccessibleName(words.label)
    editor.setAccessibleDescription(tooltip)
    editor.setObjectName(setting.key)
    return editor


def editor_value(setting: Setting, editor: QWidget) -> Any:
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QSpinBox):
        return editor.value() / 100 if editor.property("percent") else editor.value()
    if isinstance(editor, QDoubleSpinBox):
        # The spin box keeps more digits than it shows; store exactly what is shown.
        return round(editor.value(), editor.decimals())
    assert isinstance(editor, QLineEdit)
    return editor.text().strip()


def set_editor_value(setting: Setting, editor: QWidget, value: Any) -> None:
    if isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QComboBox):
        if editor.findData(value) < 0:  # a saved voice the list does not have (yet)
            editor.addItem(translate("PrefsDialog", "{value} (not installed)")
                .format(value=value) if value else default_label(), value)
        editor.setCurrentIndex(max(0, editor.findData(value)))
    elif isinstance(editor, QSpinBox):
        editor.setValue(round(float(value) * 100) if editor.property("percent")
                        else int(value))
    elif isinstance(editor, QDoubleSpinBox):
        editor.setValue(float(value))
    elif isinstance(editor, QLineEdit):
        editor.setText(str(value))


class PreferencesDialog(QDialog):
    """Edits ``prefs`` live: every change is applied at once (``apply``), theme included;
    OK keeps them, Cancel puts back what was there when the dialog opened.

    ``voices`` lists the installed voices (it may take a second: it runs in a thread);
    ``hear`` says a sample in a voice at a speed (also in a thread). Without them the voice
    list holds the saved voice only and there is no "Hear it" button.
    """

    voices_listed = Signal(object)  # list[VoiceInfo], from the lister's thread
    heard = Signal(object)  # what "Hear it" found wrong (str), or None, from its thread

    def __init__(self, prefs: Preferences, apply: Callable[[Preferences], None],
                 parent: QWidget | None = None, *,
                 voices: Callable[[], list[VoiceInfo]] | None = None,
                 hear: Callable[[str, int], object] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PrefsDialog", "Preferences"))
        self._prefs = prefs
        self._original = prefs
        self._apply = apply
        self._hear = hear
        self._voices: list[VoiceInfo] = []
        self._live = False  # off while the editors are being filled
        self.editors: dict[str, QWidget] = {}
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("PrefsDialog", "Preference groups"))
        for group in Group:
            settings = [s for s in dialog_settings() if PREFERENCE_WORDS[s.key].group is group]
            if settings:
                self.tabs.addTab(self._page(settings), group.label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setToolTip(translate("PrefsDialog", "Put every setting in this dialog back as it "
                                                    "was when installed (nothing is saved until "
                                                    "OK)"))
        restore.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.show_prefs(prefs)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.insertWidget(1, self.problem)
        for editor in self.editors.values():
            _changed_signal(editor).connect(self._changed)
        self._live = True
        self.voices_listed.connect(self._fill_voices)
        self.heard.connect(self._heard)
        if voices is not None:
            lister = voices
            threading.Thread(target=lambda: _emit(self.voices_listed, lister()), daemon=True,
                             name="limber-voices").start()
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
                label = QLabel(PREFERENCE_WORDS[setting.key].label + ":")
                label.setBuddy(editor)
                label.setToolTip(editor.toolTip())
                field = editor
                if setting.key == "voice_id":
                    field = self._with_hear(editor)
                elif setting.key == "music" and (reason := music_unavailable()) is not None:
                    field = _unavailable(editor, reason)
                form.addRow(label, field)
        return page

    def _with_hear(self, voices: QWidget) -> QWidget:
        # The voices for the cues' language; the rest only when asked for.
        self.more_voices = QCheckBox(translate("PrefsDialog", "More voices"))
        self.more_voices.setToolTip(translate(
            "PrefsDialog", "Also list the voices made for other languages (they would read your "
                           "language's cues with a foreign accent)"))
        self.more_voices.setEnabled(False)  # until the list has come
        self.more_voices.toggled.connect(lambda _on: self._fill_voices(self._voices))
        self.hear_problem = QLabel()
        self.hear_problem.setWordWrap(True)
        self.hear_problem.setAccessibleName(translate("PrefsDialog", "Why the sample cannot be "
                                                                     "heard"))
        plain(self.hear_problem)
        self.hear_problem.hide()
        row = QWidget()
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(voices, 1)
        if self._hear is not None:
            self.hear_button = QPushButton(translate("PrefsDialog", "Hear it"))
            self.hear_button.setToolTip(translate("PrefsDialog", "Say a sample in this voice, at "
                                                                 "this speed"))
            self.hear_button.clicked.connect(self.hear_sample)
            line.addWidget(self.hear_button)
        column.addLayout(line)
        column.addWidget(self.more_voices)
        column.addWidget(self.hear_problem)
        return row

    def hear_sample(self) -> None:
        hear = self._hear
        if hear is None:
            return
        voice = editor_value(find_setting("voice_id"), self.editors["voice_id"])
        rate = editor_value(find_setting("speech_rate"), self.editors["speech_rate"])
        self.hear_problem.hide()
        self.hear_button.setEnabled(False)  # one sample at a time
        self.hear_button.setText(translate("PrefsDialog", "Playing…"))
        threading.Thread(target=lambda: _emit(self.heard, hear(voice, rate)), daemon=True,
                         name="limber-hear").start()

    def _heard(self, problem: object) -> None:
        """Said in the dialog when the sample could not be heard (no sound output, say)."""
        self.hear_button.setEnabled(True)
        self.hear_button.setText(translate("PrefsDialog", "Hear it"))
        self.hear_problem.setText(problem if isinstance(problem, str) else "")
        self.hear_problem.setVisible(isinstance(problem, str) and bool(problem))

    def _fill_voices(self, voices: list[VoiceInfo]) -> None:
        combo = self.editors["voice_id"]
        assert isinstance(combo, QComboBox)
        self._voices = voices
        current = combo.currentData()
        self._live = False
        combo.clear()
        for label, voice_id in voice_choices(voices, str(current or ""),
                                             more=self.more_voices.isChecked()):
            combo.addItem(label, voice_id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        count = len(voices)
        combo.setToolTip(translate("PrefsDialog", "%n voice(s) installed", None, count)
                         if voices
                         else translate("PrefsDialog", "No speech engine found: install espeak-ng "
                                                       "for a voice"))
        others = other_languages(voices)
        self.more_voices.setText(translate("PrefsDialog", "More voices: %n for other languages",
                                           None, others) if others
                                 else translate("PrefsDialog", "More voices"))
        self.more_voices.setEnabled(others > 0)
        self._live = True

    def _changed(self) -> None:
        """Apply what the dialog shows now; a value the preferences refuse is said, not kept."""
        if not self._live:
            return
        try:
            prefs = self.chosen()
        except PreferenceError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return
        self.problem.hide()
        if prefs != self._prefs:
            self._prefs = prefs
            self._apply(prefs)

    def show_prefs(self, prefs: Preferences) -> None:
        for setting in dialog_settings():
            set_editor_value(setting, self.editors[setting.key], getattr(prefs, setting.key))

    def restore_defaults(self) -> None:
        self._live = False
        self.show_prefs(Preferences())
        self._live = True
        self._changed()

    def chosen(self) -> Preferences:
        """The preferences as the dialog shows them (raises PreferenceError for a bad value)."""
        changes = {s.key: editor_value(s, self.editors[s.key]) for s in dialog_settings()}
        return self._prefs.replace(**changes)

    def accept(self) -> None:
        self._changed()
        super().accept()

    def reject(self) -> None:
        if self._prefs != self._original:
            self._prefs = self._original
            self._apply(self._original)  # Cancel: everything as it was
        super().reject()


def _unavailable(editor: QWidget, reason: str) -> QWidget:
    """``editor`` greyed out, with why it does nothing here said beneath it, not hidden in a
    tooltip (the music setting on Windows and macOS)."""
    editor.setEnabled(False)
    why = QLabel(reason)
    why.setWordWrap(True)
    why.setObjectName("unavailable")
    plain(why)
    editor.setAccessibleDescription(f"{reason} {editor.accessibleDescription()}")
    row = QWidget()
    # The whole width of the form, so the reason wraps at it (and is measured at it); the
    # editor keeps its own width at the left.
    row.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    column = QVBoxLayout(row)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(editor, 0, Qt.AlignmentFlag.AlignLeft)
    column.addWidget(why)
    return row


def _changed_signal(editor: QWidget) -> SignalInstance:
    if isinstance(editor, QCheckBox):
        return editor.toggled
    if isinstance(editor, QComboBox):
        return editor.currentIndexChanged
    if isinstance(editor, QSpinBox | QDoubleSpinBox):
        return editor.valueChanged
    assert isinstance(editor, QLineEdit)
    return editor.editingFinished


def _emit(signal: SignalInstance, value: object) -> None:
    """From a worker thread: the dialog may have been closed (and deleted) meanwhile."""
    with contextlib.suppress(RuntimeError):  # "Signal source has been deleted": nobody waits
        signal.emit(value)
