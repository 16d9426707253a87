"""What a user types after ``limber prefs set KEY``, read as the value it means."""

from __future__ import annotations

import pytest

from coach.cli.typed_values import parse_typed
from coach.storage.prefs_schema import SCHEMA, PreferenceError, Preferences, find_setting
from tests.storage.test_storage_prefs import CHANGED


@pytest.mark.parametrize(
    ("key", "text", "value"),
    [
        ("voice_enabled", "off", False),
        ("voice_enabled", "Yes", True),
        ("speech_rate", " 240 ", 240),
        ("voice_volume", "0.25", 0.25),
        ("tone_volume", "0", 0.0),
        ("changeover_seconds", "-1", -1),
        ("changeover_seconds", "45", 45),
        ("theme", "Dark", "dark"),
        ("voice_id", "en-gb", "en-gb"),
        ("voice_id", '""', ""),
        ("voice_id", "", ""),
        ("last_routines", '{"strength": "strength-legs"}', {"strength": "strength-legs"}),
        ("window_geometry", "AAAA", "AAAA"),
    ],
)
def test_typed_text_is_read_as_the_value_it_means(key: str, text: str, value: object) -> None:
    assert parse_typed(find_setting(key), text) == value


@pytest.mark.parametrize(
    ("key", "text", "message"),
    [
        ("speech_rate", "400", "invalid value '400' for speech_rate: expected a whole number "
         "from 80 to 300 words per minute"),
        ("speech_rate", "fast", "invalid value 'fast' for speech_rate"),
        ("speech_rate", "175.5", "invalid value '175.5' for speech_rate"),
        ("changeover_seconds", "-2", "expected -1 (the routine's default) or a whole number "
         "from 0 to 60 seconds"),
        ("voice_volume", "nan", "invalid value 'nan' for voice_volume: expected a number from 0.0 "
         "to 1.0"),
        ("hold_scale", "0.4", "invalid value '0.4' for hold_scale: expected a number from 0.5 "
         "to 2.0"),
        ("voice_enabled", "maybe", "invalid value 'maybe' for voice_enabled: expected true or "
         "false"),
        ("theme", "Purple", "invalid value 'Purple' for theme: expected one of system, light, "
         "dark"),
        ("last_routines", "warm-up=x", "invalid value 'warm-up=x' for last_routines: expected a "
         "JSON object"),
        ("window_geometry", "@@", "expected base64 text"),
        ("speach_rate", "200", "unknown preference 'speach_rate'; did you mean speech_rate?"),
        ("colour", "red",
         "unknown preference 'colour'; the preferences are language, voice_enabled, "),
    ],
)  # fmt: skip
def test_bad_input_is_explained(key: str, text: str, message: str) -> None:
    with pytest.raises(PreferenceError) as caught:
        parse_typed(find_setting(key), text)
    assert message in str(caught.value)


def test_every_printed_value_reads_back() -> None:
    changed = Preferences(**CHANGED)
    for setting in SCHEMA:
        value = getattr(changed, setting.key)
        assert parse_typed(setting, setting.format(value)) == value, setting.key


@pytest.mark.parametrize("key, text", [
    ("last_routines", "[" * 100_000), ("last_routines", "[" * 500 + "]" * 500),
    ("hold_scale", "9" * 400), ("hold_scale", "nan"), ("hold_scale", "inf"),
    ("lead_in_seconds", "9" * 5000), ("lead_in_seconds", "1e400"), ("lead_in_seconds", "60.5"),
])
def test_hostile_input_is_refused_with_a_short_message(key, text):
    with pytest.raises(PreferenceError) as caught:
        parse_typed(find_setting(key), text)
    assert len(str(caught.value)) < 250
