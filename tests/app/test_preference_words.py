"""Every preference has its words (label, tooltip, group), and every choice and special value."""

from __future__ import annotations

from coach.app.preference_words import PREFERENCE_WORDS
from coach.storage.prefs_schema import SCHEMA


def test_every_preference_and_only_a_preference_has_words():
    assert list(PREFERENCE_WORDS) == [setting.key for setting in SCHEMA]
    for setting in SCHEMA:
        words = PREFERENCE_WORDS[setting.key]
        assert words.label and words.tooltip and words.group, setting.key
        assert set(words.choices) == set(setting.choices), setting.key
        assert bool(words.special) == (setting.special is not None), setting.key
