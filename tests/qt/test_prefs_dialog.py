"""The preferences dialog: generated from the schema, and OK writes exactly what it shows."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QSpinBox,
)

from coach.app.controller import PrefsChange
from coach.app.preference_words import PREFERENCE_WORDS
from coach.core.clock import FakeClock
from coach.qt.prefs_dialog import PERCENT_KEYS, PreferencesDialog, dialog_settings
from coach.qt.window import MainWindow
from coach.speech.engines.engine_protocol import VoiceInfo
from coach.speech.options import SPEECH_KEYS
from coach.speech.port import RecordingSpeaker
from coach.storage.prefs import LoadResult, PreferencesNotSaved, PreferencesStore
from coach.storage.prefs_schema import SCHEMA, Preferences
from tests.qt.helpers import RecordingPrefs, window_for


@pytest.fixture
def store(folders: Path) -> PreferencesStore:
    store = PreferencesStore(folders / "config")
    store.load()
    return store


@pytest.fixture
def made(qtbot, store):
    """A window saving to ``store``, with a speaker factory that records what it built."""
    built: list[tuple[Preferences, RecordingSpeaker]] = []

    def factory(prefs: Preferences) -> RecordingSpeaker:
        speaker = RecordingSpeaker()
        built.append((prefs, speaker))
        return speaker

    window = window_for(clock=FakeClock(1000.0), speaker=RecordingSpeaker(), prefs_file=store,
                        speaker_factory=factory)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, built


def _dialog(qtbot, window: MainWindow) -> PreferencesDialog:
    dialog = window.show_preferences()
    qtbot.waitExposed(dialog)
    return dialog


def _press(dialog: PreferencesDialog, which: QDialogButtonBox.StandardButton) -> None:
    dialog.buttons.button(which).click()


def test_every_dialog_setting_has_an_editor_with_the_schemas_range(qtbot, made):
    window, _ = made
    dialog = _dialog(qtbot, window)
    shown = [s for s in SCHEMA if s.in_dialog]
    assert set(dialog.editors) == {s.key for s in shown}
    assert "window_geometry" not in dialog.editors and "last_routines" not in dialog.editors
    for setting in shown:
        editor = dialog.editors[setting.key]
        words = PREFERENCE_WORDS[setting.key]
        assert editor.toolTip().startswith(words.tooltip)
        assert editor.accessibleName() == words.label
        if setting.type is bool:
            assert isinstance(editor, QCheckBox) and editor.text() == words.label
        elif setting.choices:
            assert isinstance(editor, QComboBox)
            values = [editor.itemData(i) for i in range(editor.count())]
            assert values == list(setting.choices)
            assert [editor.itemText(i) for i in range(editor.count())] \
                == [words.choices[v] for v in setting.choices]
        elif setting.key == "voice_id":
            assert isinstance(editor, QComboBox)  # picked from a list, not typed
            assert editor.itemData(0) == ""  # the system's default voice first
        elif setting.key in PERCENT_KEYS:
            assert isinstance(editor, QSpinBox) and editor.suffix() == " %"
            assert (editor.minimum(), editor.maximum()) == (0, 100)
        elif setting.type is int:
            assert isinstance(editor, QSpinBox)
            low = setting.special if setting.special is not None else setting.minimum
            assert (editor.minimum(), editor.maximum()) == (low, setting.maximum)
            assert editor.singleStep() == setting.step
            if setting.unit:
                assert editor.suffix() == f" {setting.unit}"
        elif setting.type is float:
            assert isinstance(editor, QDoubleSpinBox)
            assert (editor.minimum(), editor.maximum()) == (setting.minimum, setting.maximum)
            assert editor.singleStep() == pytest.approx(setting.step)
            assert editor.prefix() == "× "  # units on every number
    # Grouped: one tab per group that has settings in the dialog.
    groups = list(dict.fromkeys(str(PREFERENCE_WORDS[s.key].group) for s in shown))
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert sorted(tabs) == sorted(groups)
    _press(dialog, QDialogButtonBox.StandardButton.Cancel)


def test_special_value_is_shown_in_words(qtbot, made):
    window, _ = made
    dialog = _dialog(qtbot, window)
    spin = dialog.editors["changeover_seconds"]
    assert isinstance(spin, QSpinBox)
    assert spin.value() == -1 and spin.text() == "the routine's default"
    _press(dialog, QDialogButtonBox.StandardButton.Cancel)


def test_ok_writes_exactly_what_the_dialog_shows(qtbot, made, store):
    window, built = made
    dialog = _dialog(qtbot, window)
    e = dialog.editors
    e["voice_enabled"].setChecked(False)  # type: ignore[attr-defined]
    dialog.voices_listed.emit([VoiceInfo("en-gb", "English (Great Britain)", ("en-gb",))])
    voices = e["voice_id"]
    assert isinstance(voices, QComboBox)
    voices.setCurrentIndex(voices.findData("en-gb"))
    e["speech_rate"].setValue(210)  # type: ignore[attr-defined]
    e["voice_volume"].setValue(40)  # type: ignore[attr-defined]
    e["hold_scale"].setValue(1.3)  # type: ignore[attr-defined]
    e["changeover_seconds"].setValue(7)  # type: ignore[attr-defined]
    theme = e["theme"]
    assert isinstance(theme, QComboBox)
    theme.setCurrentIndex(theme.findData("dark"))
    _press(dialog, QDialogButtonBox.StandardButton.Ok)

    reloaded = PreferencesStore(store.folder).load().preferences
    assert reloaded == window.prefs
    assert (reloaded.voice_enabled, reloaded.voice_id) == (False, "en-gb")
    assert reloaded.speech_rate == 210
    assert (reloaded.voice_volume, reloaded.hold_scale) == (0.4, 1.3)
    assert (reloaded.changeover_seconds, reloaded.theme) == (7, "dark")
    # Every editor agrees with what was saved.
    again = _dialog(qtbot, window)
    assert again.chosen() == reloaded
    _press(again, QDialogButtonBox.StandardButton.Cancel)
    # The voice changed and no session runs: the next session's speaker is made from the new
    # preferences (when that session first needs it).
    assert built == []
    window.begin(window.library.routines[0])
    assert len(built) == 1
    # Changes apply one by one: the speaker is built from the last speech change's preferences.
    assert all(getattr(built[0][0], key) == getattr(reloaded, key) for key in SPEECH_KEYS)
    assert built[0][1].prepared == window.driver.plan.phrases()


def test_every_change_applies_at_once_and_cancel_puts_it_back(qtbot, made, store):
    window, built = made
    before = window.prefs
    dialog = _dialog(qtbot, window)
    dialog.editors["lead_in_seconds"].setValue(42)  # type: ignore[attr-defined]
    assert window.prefs.lead_in_seconds == 42  # at once, before OK
    theme = dialog.editors["theme"]
    assert isinstance(theme, QComboBox)
    theme.setCurrentIndex(theme.findData("dark"))
    assert window.prefs.theme == "dark"
    dialog.editors["voice_enabled"].setChecked(False)  # type: ignore[attr-defined]
    _press(dialog, QDialogButtonBox.StandardButton.Cancel)
    assert window.prefs == before and built == []
    assert PreferencesStore(store.folder).load().preferences == before


def test_escape_cancels(qtbot, made, store):
    window, _ = made
    before = window.prefs
    dialog = _dialog(qtbot, window)
    dialog.editors["lead_in_seconds"].setValue(42)  # type: ignore[attr-defined]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.prefs == before


def test_the_voice_list_and_hear_it(qtbot, made):
    window, _ = made
    heard: list[tuple[str, int]] = []
    window.list_voices = lambda: [VoiceInfo("en-gb", "English (Great Britain)", ("en-gb",)),
                                  VoiceInfo("piqd", "Klingon", ("piqd",)),
                                  VoiceInfo("fr", "French", ("fr",))]
    window.hear_voice = lambda voice, rate: heard.append((voice, rate))
    dialog = _dialog(qtbot, window)
    voices = dialog.editors["voice_id"]
    assert isinstance(voices, QComboBox)
    # The cues are English: English voices only, the others behind "More voices".
    qtbot.waitUntil(lambda: voices.count() == 2, timeout=5000)
    assert voices.itemText(1) == "English (Great Britain) — en-gb"
    assert dialog.more_voices.isEnabled() and "2 for other languages" in dialog.more_voices.text()
    dialog.more_voices.setChecked(True)
    assert [voices.itemData(i) for i in range(voices.count())] == ["", "en-gb", "fr", "piqd"]
    voices.setCurrentIndex(voices.findData("fr"))
    assert window.prefs.voice_id == "fr"
    dialog.more_voices.setChecked(False)  # the chosen voice stays listed, and chosen
    assert voices.currentData() == "fr" and voices.findData("piqd") == -1
    assert window.prefs.voice_id == "fr"
    dialog.hear_button.click()
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    assert heard == [("fr", window.prefs.speech_rate)]
    qtbot.waitUntil(dialog.hear_button.isEnabled, timeout=5000)
    assert dialog.hear_problem.isHidden()  # heard: nothing to say
    _press(dialog, QDialogButtonBox.StandardButton.Ok)


def test_hear_it_with_no_sound_output_says_so_in_the_dialog(qtbot, made):
    window, _ = made
    window.list_voices = lambda: [VoiceInfo("en-gb", "English (Great Britain)", ("en-gb",))]
    window.hear_voice = lambda voice, rate: ("The sample cannot be heard. There is no sound "
                                             "output here.")
    dialog = _dialog(qtbot, window)
    dialog.hear_button.click()
    assert not dialog.hear_button.isEnabled()  # one sample at a time
    qtbot.waitUntil(lambda: dialog.hear_problem.isVisible(), timeout=5000)
    assert dialog.hear_problem.text() == ("The sample cannot be heard. There is no sound "
                                          "output here.")
    assert dialog.hear_button.isEnabled() and dialog.hear_button.text() == "Hear it"
    _press(dialog, QDialogButtonBox.StandardButton.Cancel)


def test_a_dialog_closed_before_its_voices_come_is_no_error(qtbot, made, monkeypatch):
    window, _ = made
    release = threading.Event()
    raised: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: raised.append(args.exc_value))

    def slow() -> list[VoiceInfo]:
        release.wait(5)
        return [VoiceInfo("en-gb", "English (Great Britain)", ("en-gb",))]

    window.list_voices = slow
    dialog = _dialog(qtbot, window)
    _press(dialog, QDialogButtonBox.StandardButton.Cancel)
    dialog.deleteLater()
    QApplication.processEvents()
    release.set()  # the thread now emits into a deleted dialog: swallowed, not raised
    for thread in threading.enumerate():
        if thread.name == "limber-voices":
            thread.join(5)
    assert raised == []


def test_restore_defaults_shows_and_applies_them(qtbot, made, store):
    store.save(Preferences(lead_in_seconds=30, theme="light", voice_volume=0.3,
                           last_routines={"warm-up": "test-warm"}))
    window, _ = made
    window.reload_prefs()  # changed elsewhere: the window reads it
    dialog = _dialog(qtbot, window)
    assert dialog.editors["lead_in_seconds"].value() == 30  # type: ignore[attr-defined]
    _press(dialog, QDialogButtonBox.StandardButton.RestoreDefaults)
    defaults = Preferences()
    for setting in dialog_settings():
        assert getattr(dialog.chosen(), setting.key) == setting.default, setting.key
    assert window.prefs.lead_in_seconds == defaults.lead_in_seconds  # at once
    _press(dialog, QDialogButtonBox.StandardButton.Ok)
    saved = store.load().preferences
    assert saved.lead_in_seconds == defaults.lead_in_seconds and saved.theme == "system"
    # What the app remembers by itself is not a setting in the dialog: it stays.
    assert saved.last_routines == {"warm-up": "test-warm"}


def test_a_save_that_fails_is_a_notice_and_the_preferences_still_apply(qtbot, folders):
    class CannotSave(RecordingPrefs):
        def update(self, changes: PrefsChange) -> LoadResult:
            raise PreferencesNotSaved("could not save preferences (read-only)")

    window = window_for(clock=FakeClock(1000.0), speaker=RecordingSpeaker(),
                        prefs_file=CannotSave())
    qtbot.addWidget(window)
    dialog = window.show_preferences()
    dialog.editors["lead_in_seconds"].setValue(3)  # type: ignore[attr-defined]
    _press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert window.prefs.lead_in_seconds == 3
    assert any("could not be saved" in notice for notice in window.notices.texts())


def test_speech_changes_wait_for_the_session_to_end(qtbot, made):
    window, built = made
    routine = window.library.routines[0]
    window.begin(routine)
    assert window.driver.active
    first = window.driver.speaker
    dialog = _dialog(qtbot, window)
    dialog.editors["speech_rate"].setValue(250)  # type: ignore[attr-defined]
    _press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert built == [] and window.driver.speaker is first  # not mid-session
    window.stop_now()
    assert isinstance(first, RecordingSpeaker) and first.calls[-1] == "close"
    assert window.driver.speaker is not first
    window.begin(routine)
    assert len(built) == 1 and built[0][0].speech_rate == 250
    assert built[0][1].prepared == window.driver.plan.phrases()


def test_non_speech_changes_keep_the_speaker(qtbot, made):
    window, built = made
    dialog = _dialog(qtbot, window)
    dialog.editors["lead_in_seconds"].setValue(20)  # type: ignore[attr-defined]
    _press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert built == []


def test_the_menu_opens_the_dialog(qtbot, made):
    window, _ = made
    window.preferences_action.trigger()
    dialogs = window.findChildren(PreferencesDialog)
    assert dialogs and dialogs[-1].isVisible()
    dialogs[-1].reject()


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_the_music_setting_says_plainly_where_it_does_nothing(qtbot, made, monkeypatch,
                                                              platform):
    from PySide6.QtWidgets import QLabel

    from coach.app import music_words
    from coach.qt import prefs_dialog

    reason = music_words.unavailable(platform)
    monkeypatch.setattr(prefs_dialog, "music_unavailable", lambda: reason)
    dialog = _dialog(qtbot, made[0])
    dialog.resize(480, 640)  # narrow: the reason wraps
    qtbot.waitUntil(lambda: dialog.width() == 480)
    editor = dialog.editors["music"]
    labels = [label for label in dialog.findChildren(QLabel, "unavailable")
              if label.isVisibleTo(dialog)]
    shown = [label.text() for label in labels]
    if reason is None:
        assert editor.isEnabled() and shown == []
    else:
        assert not editor.isEnabled() and shown == [reason]
        (label,) = labels
        assert label.height() >= label.heightForWidth(label.width())  # no line cut off
        assert reason.startswith("Not available on " + ("Windows" if platform == "win32"
                                                         else "macOS"))
