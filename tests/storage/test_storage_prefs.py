from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs
import pytest

from coach.core.files import atomic
from coach.core.files.user_folders import config_dir as default_config_dir
from coach.storage import prefs
from coach.storage.prefs import (
    CURRENT_SCHEMA_VERSION,
    MIGRATIONS,
    PreferencesNotSaved,
    PreferencesStore,
)
from coach.storage.prefs_schema import SCHEMA, PreferenceError, Preferences, find_setting

WHEN = datetime(2024, 5, 1, 7, 30, 15)
ASIDE = "preferences.json.corrupt-20240501-073015"

# A value for every field that differs from its default.
CHANGED: dict[str, Any] = {
    "language": "de",
    "voice_enabled": False,
    "voice_id": "english-rp",
    "speech_rate": 210,
    "voice_volume": 0.35,
    "tone_volume": 0.0,
    "music": "pause",
    "lead_in_seconds": 60,
    "changeover_seconds": 0,
    "hold_scale": 1.5,
    "prefer_gentle": True,
    "knee_check": False,
    "later_knee_check": False,
    "theme": "dark",
    "text_scale": 1.25,
    "reduce_motion": "on",
    "start_fullscreen": True,
    "always_on_top": True,
    "last_routines": {"warm-up": "warmup-quick", "cool-down": "cooldown-gentle"},
    "window_geometry": "AdnQywADAAAAAAAAAAAAAA==",
}


def store(folder: Path) -> PreferencesStore:
    return PreferencesStore(folder, clock=lambda: WHEN)


def write(folder: Path, content: str | bytes, name: str = "preferences.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def write_json(folder: Path, data: object, name: str = "preferences.json") -> Path:
    return write(folder, json.dumps(data), name)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def on_disk(folder: Path) -> dict[str, Any]:
    data = json.loads((folder / "preferences.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


# --- the schema -------------------------------------------------------------------------------


def test_schema_and_dataclass_agree() -> None:
    fields = dataclasses.fields(Preferences)
    assert [s.key for s in SCHEMA] == [f.name for f in fields]
    defaults = Preferences()
    for setting in SCHEMA:
        assert getattr(defaults, setting.key) == setting.default, setting.key
        setting.validate(getattr(defaults, setting.key))
    assert set(CHANGED) == {s.key for s in SCHEMA}


def test_contract_defaults() -> None:
    p = Preferences()
    assert (p.speech_rate, p.voice_volume, p.tone_volume, p.lead_in_seconds) == (175, 1.0, 1.0, 10)
    assert (p.changeover_seconds, p.hold_scale, p.theme, p.text_scale) == (-1, 1.0, "system", 1.0)
    assert p.voice_enabled and p.knee_check and not p.prefer_gentle
    assert p.last_routines == {} and p.voice_id == "" and p.window_geometry == ""
    assert Preferences().last_routines is not Preferences().last_routines


def test_ranges_and_choices_are_declared() -> None:
    assert (find_setting("speech_rate").minimum, find_setting("speech_rate").maximum) == (80, 300)
    assert find_setting("theme").choices == ("system", "light", "dark")
    assert find_setting("changeover_seconds").special == -1
    hidden = {s.key for s in SCHEMA if not s.in_dialog}
    assert hidden == {"last_routines", "window_geometry"}


def test_migrations_form_an_unbroken_chain() -> None:
    assert sorted(MIGRATIONS) == list(range(CURRENT_SCHEMA_VERSION))


def test_default_config_dir_reads_the_environment_at_call_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LIMBER_CONFIG_DIR", str(tmp_path / "elsewhere"))
    assert default_config_dir() == tmp_path / "elsewhere"
    monkeypatch.delenv("LIMBER_CONFIG_DIR")
    assert default_config_dir() == Path(platformdirs.user_config_dir("limber"))


# --- round trip -------------------------------------------------------------------------------


def test_missing_file_gives_defaults_quietly(tmp_path: Path) -> None:
    result = store(tmp_path / "config").load()
    assert result.preferences == Preferences()
    assert result.problems == ()
    assert result.source is None
    assert not (tmp_path / "config").exists()  # loading creates nothing


def test_every_field_round_trips(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    changed = Preferences(**CHANGED)
    store(folder).save(changed)
    result = store(folder).load()
    assert result.problems == ()
    assert result.source == folder / "preferences.json"
    assert result.preferences == changed
    for key, value in CHANGED.items():
        assert getattr(result.preferences, key) == value, key


def test_file_format(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    store(folder).save(Preferences(speech_rate=200))
    text = (folder / "preferences.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["schema_version"] == 1
    assert data["speech_rate"] == 200
    assert list(data) == sorted(data)
    assert text.startswith('{\n  "always_on_top": false,\n')
    assert text.endswith("}\n")


def test_save_keeps_the_previous_file_as_backup(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    s = store(folder)
    s.save(Preferences(speech_rate=100))
    s.save(Preferences(speech_rate=120))
    assert names(folder) == ["preferences.json", "preferences.json.bak"]
    assert json.loads((folder / "preferences.json.bak").read_text())["speech_rate"] == 100
    assert on_disk(folder)["speech_rate"] == 120


def test_save_refuses_values_outside_the_schema(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    bad = dataclasses.replace(Preferences(), speech_rate=1000)
    with pytest.raises(PreferenceError, match="speech_rate"):
        store(folder).save(bad)
    assert not (folder / "preferences.json").exists()


def test_replace_checks_values() -> None:
    assert Preferences().replace(theme="light").theme == "light"
    with pytest.raises(PreferenceError, match=r"invalid value 3\.0 for text_scale"):
        Preferences().replace(text_scale=3.0)
    with pytest.raises(PreferenceError, match="unknown preference 'them'"):
        Preferences().replace(them="light")


# --- damaged files ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{\n  "speech_rate": 200,\n  "theme": "da', "not valid JSON"),
        ("speech_rate = 200\n", "not valid JSON"),
        ("[1, 2, 3]", "JSON list, not an object"),
        ('"dark"', "JSON string, not an object"),
        ("", "empty"),
        (b"\xff\xfe\x00garbage", "not text"),
    ],
    ids=["truncated", "not-json", "list", "string", "empty", "binary"],
)
def test_unparsable_file_is_set_aside_and_defaults_used(
    tmp_path: Path, content: str | bytes, reason: str
) -> None:
    folder = tmp_path / "config"
    original = write(folder, content).read_bytes()
    result = store(folder).load()
    assert result.preferences == Preferences()
    assert result.source is None
    assert any(reason in p and ASIDE in p for p in result.problems), result.problems
    assert any("default preferences" in p for p in result.problems)
    assert names(folder) == [ASIDE]
    assert (folder / ASIDE).read_bytes() == original


def test_damaged_file_falls_back_to_a_good_backup(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    s = store(folder)
    s.save(Preferences(speech_rate=111))
    s.save(Preferences(speech_rate=222))
    write(folder, '{"speech_rate": 2')  # a crash mid-write by something else
    result = store(folder).load()
    assert result.preferences.speech_rate == 111
    assert result.source == folder / "preferences.json.bak"
    assert any("backup" in p for p in result.problems)
    assert (folder / ASIDE).read_text() == '{"speech_rate": 2'


def test_damaged_file_and_damaged_backup_give_defaults(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    write(folder, "{")
    write(folder, "nope", "preferences.json.bak")
    result = store(folder).load()
    assert result.preferences == Preferences()
    assert any("preferences.json.bak could not be used" in p for p in result.problems)


def test_save_after_damage_never_overwrites_the_set_aside_file(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    write(folder, "{garbage")
    s = store(folder)
    s.load()
    s.save(Preferences(theme="light"))
    assert (folder / ASIDE).read_text() == "{garbage"
    assert on_disk(folder)["theme"] == "light"


def test_damaged_file_that_cannot_be_moved_is_never_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "config"
    write(folder, "{garbage")

    def refuse(path: Path, now: datetime | None = None) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(prefs, "set_aside", refuse)
    s = store(folder)
    result = s.load()
    assert result.preferences == Preferences()
    assert any("will not be overwritten" in p for p in result.problems)
    with pytest.raises(PreferencesNotSaved, match="left as it is"):
        s.save(Preferences(theme="dark"))
    assert (folder / "preferences.json").read_text() == "{garbage"


def test_save_without_load_still_protects_a_damaged_file(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    write(folder, "[]")
    store(folder).save(Preferences(theme="dark"))
    assert (folder / ASIDE).read_text() == "[]"
    assert on_disk(folder)["theme"] == "dark"


def test_bad_values_fall_back_one_by_one(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    write_json(
        folder,
        {
            "schema_version": 1,
            "speech_rate": "fast",  # wrong type
            "voice_enabled": 1,  # a number is not a switch
            "voice_volume": 1.5,  # out of range
            "lead_in_seconds": 12.0,  # a whole number written as a float is fine
            "theme": "purple",  # not a choice
            "last_routines": {"warm-up": 7},
            "window_geometry": "not base64!",
            "hold_scale": 0.5,
            "text_scale": 2,
        },
    )
    result = store(folder).load()
    p = result.preferences
    assert (p.speech_rate, p.voice_enabled, p.voice_volume, p.theme) == (175, True, 1.0, "system")
    assert p.last_routines == {} and p.window_geometry == ""
    assert (p.lead_in_seconds, p.hold_scale, p.text_scale) == (12, 0.5, 2.0)
    assert isinstance(p.text_scale, float)
    text = "\n".join(result.problems)
    for key in ("speech_rate", "voice_enabled", "voice_volume", "theme", "last_routines"):
        assert key in text
    assert 'speech_rate = "fast" is not valid (expected a whole number from 80 to 300' in text
    assert "voice_volume = 1.5 is not valid" in text
    assert "hold_scale" not in text and "lead_in_seconds" not in text
    assert len(result.problems) == 6


def test_file_with_bad_values_is_copied_aside_before_the_next_save(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    s = store(folder)
    s.save(Preferences(speech_rate=150))
    s.save(Preferences(speech_rate=160))  # the backup now holds 150; 160 is overwritten below
    original = json.dumps({"schema_version": 1, "speech_rate": 999, "theme": "dark"})
    write(folder, original)

    s = store(folder)
    result = s.load()
    assert (result.preferences.speech_rate, result.preferences.theme) == (175, "dark")
    assert names(folder) == ["preferences.json", "preferences.json.bak"]  # load leaves it be

    s.save(result.preferences.replace(text_scale=1.5))
    assert (folder / ASIDE).read_text() == original
    assert on_disk(folder)["speech_rate"] == 175
    assert on_disk(folder)["text_scale"] == 1.5
    # The file with the bad value did not become the backup; the last good one stays.
    assert json.loads((folder / "preferences.json.bak").read_text())["speech_rate"] == 150
    s.save(result.preferences)  # from now on the file is good: no further copies
    assert names(folder) == ["preferences.json", "preferences.json.bak", ASIDE]


def test_unknown_keys_of_the_current_version_are_reported_and_dropped(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    write_json(folder, {"schema_version": 1, "speach_rate": 200, "speech_rate": 190})
    s = store(folder)
    result = s.load()
    assert result.preferences.speech_rate == 190
    assert result.problems == ("preferences.json: ignored unknown setting(s) speach_rate.",)
    s.save(result.preferences)
    assert "speach_rate" not in on_disk(folder)
    assert "speach_rate" in (folder / ASIDE).read_text()


def test_invalid_schema_version_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    write_json(folder, {"schema_version": "one", "theme": "light"})
    result = store(folder).load()
    assert result.preferences.theme == "light"
    assert any('schema_version "one" is not valid' in p for p in result.problems)


def test_a_folder_where_the_file_should_be(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    (folder / "preferences.json").mkdir(parents=True)
    (folder / "preferences.json" / "keep-me.txt").write_text("mine")
    s = store(folder)
    result = s.load()
    assert result.preferences == Preferences()
    assert any("is a folder" in p for p in result.problems)
    with pytest.raises(PreferencesNotSaved, match="a folder is in its place"):
        s.save(Preferences(theme="dark"))
    assert (folder / "preferences.json" / "keep-me.txt").read_text() == "mine"
    assert names(folder) == ["preferences.json"]


def test_config_path_is_a_file_not_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    folder.write_text("I am a file")
    s = store(folder)
    result = s.load()
    assert result.preferences == Preferences()
    assert result.problems  # "Not a directory", reported rather than raised
    with pytest.raises(PreferencesNotSaved, match="could not save preferences"):
        s.save(Preferences())
    assert folder.read_text() == "I am a file"


def test_unreadable_file_gives_defaults_and_is_moved_aside_before_saving(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "config"
    write_json(folder, {"schema_version": 1, "theme": "dark"})
    real_read = prefs._read_limited

    def locked(path: Path) -> bytes:
        if path.name == "preferences.json":
            raise PermissionError(13, "Permission denied", str(path))
        return real_read(path)

    monkeypatch.setattr(prefs, "_read_limited", locked)
    s = store(folder)
    result = s.load()
    assert result.preferences == Preferences()
    assert (
        result.problems[0] == f"Could not read {folder / 'preferences.json'} (Permission denied)."
    )
    s.save(Preferences(theme="light"))
    assert json.loads((folder / ASIDE).read_text())["theme"] == "dark"
    assert on_disk(folder)["theme"] == "light"


def test_unwritable_folder_raises_preferences_not_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "config"
    s = store(folder)
    s.save(Preferences(theme="dark"))

    def refuse(path: Path, data: bytes | str, *, backup: bool = False) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(prefs, "write_atomic", refuse)
    with pytest.raises(PreferencesNotSaved) as caught:
        s.save(Preferences(theme="light"))
    assert str(caught.value) == (
        f"could not save preferences to {folder / 'preferences.json'} (Permission denied)"
    )
    assert isinstance(caught.value, OSError)
    assert on_disk(folder)["theme"] == "dark"
    assert s.current.theme == "dark"  # the store still holds what is really on disk


def test_folder_that_cannot_be_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    s = store(tmp_path / "config")
    assert s.load().problems == ()
    with pytest.raises(PreferencesNotSaved, match="Permission denied"):
        s.save(Preferences())


def test_crash_during_save_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "config"
    s = store(folder)
    s.save(Preferences(theme="dark"))
    before = (folder / "preferences.json").read_bytes()

    def crash(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", crash)
    with pytest.raises(PreferencesNotSaved, match="No space left"):
        s.save(Preferences(theme="light"))
    assert (folder / "preferences.json").read_bytes() == before
    assert names(folder) == ["preferences.json"]


# --- versions ---------------------------------------------------------------------------------


def test_version_0_file_is_migrated(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    v0 = {
        "voice": False,
        "rate": 150,
        "volume": 0.5,
        "dark_mode": True,
        "last_warmup": "warmup-gentle",
        "last_cooldown": "cooldown-quick",
        "hold_scale": 1.2,
    }
    write_json(folder, v0)
    s = store(folder)
    result = s.load()
    assert result.problems == ()
    p = result.preferences
    assert (p.voice_enabled, p.speech_rate, p.voice_volume, p.theme) == (False, 150, 0.5, "dark")
    assert p.last_routines == {"warm-up": "warmup-gentle", "cool-down": "cooldown-quick"}
    assert p.hold_scale == 1.2
    s.save(p)
    data = on_disk(folder)
    assert data["schema_version"] == 1
    assert "rate" not in data and "dark_mode" not in data
    assert json.loads((folder / "preferences.json.bak").read_text()) == v0


def test_newer_version_is_read_field_by_field_and_its_keys_are_kept(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    newer = {
        "schema_version": 3,
        "speech_rate": 200,
        "theme": "high-contrast",  # a choice this version does not know
        "text_scale": 3.0,  # a range this version does not allow
        "metronome": {"bpm": 170},
        "coach_name": "Sam",
    }
    write_json(folder, newer)
    s = store(folder)
    result = s.load()
    assert result.preferences.speech_rate == 200
    assert result.preferences.theme == "system"
    assert any("theme" in p for p in result.problems)
    assert not any("metronome" in p for p in result.problems)

    s.save(result.preferences.replace(speech_rate=180, text_scale=1.5))
    data = on_disk(folder)
    assert data["schema_version"] == 3
    assert data["metronome"] == {"bpm": 170}
    assert data["coach_name"] == "Sam"
    assert data["speech_rate"] == 180
    assert data["theme"] == "high-contrast"  # unchanged here, so the newer value is kept
    assert data["text_scale"] == 1.5  # changed here: the user's new choice wins
    assert not any("corrupt" in n for n in names(folder))

    again = store(folder).load()
    assert again.preferences.speech_rate == 180
    assert again.preferences.text_scale == 1.5


# --- set_value and reset ----------------------------------------------------------------------


def test_reset_one_key_or_all(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    s = store(folder)
    s.save(Preferences(**CHANGED))
    after_one = s.reset("speech_rate")
    assert after_one.speech_rate == 175 and after_one.theme == "dark"
    assert on_disk(folder)["speech_rate"] == 175
    assert s.reset() == Preferences()
    assert on_disk(folder)["theme"] == "system"


def test_set_value_checks_and_saves(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    result = store(folder).set_value("speech_rate", 240)
    assert result.speech_rate == 240 and on_disk(folder)["speech_rate"] == 240
    with pytest.raises(PreferenceError, match="expected a whole number from 80 to 300"):
        store(folder).set_value("speech_rate", 400)
    assert on_disk(folder)["speech_rate"] == 240
