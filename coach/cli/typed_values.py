"""What a user types after ``limber prefs set KEY``, turned into a preference's value.

"yes", "on" and "1" are true; "60.0" is sixty, as the file reads it; a text may be typed bare
or JSON-quoted, as ``limber prefs`` prints it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

from coach.app.preference_words import expected_words
from coach.core.language.current_language import translate
from coach.storage.prefs_schema import PreferenceError, Setting, cut_shown

_BOOL_WORDS: Final[Mapping[str, bool]] = MappingProxyType(
    {
        "true": True, "yes": True, "on": True, "1": True,
        "false": False, "no": False, "off": False, "0": False,
    }
)  # fmt: skip


def parse_typed(setting: Setting, text: str) -> Any:
    """Turn what the user typed into a checked value for ``setting``; PreferenceError (naming
    what was typed, not what it was turned into) when it does not fit."""
    stripped = text.strip()
    value: object = stripped
    if setting.type is bool:
        value = _BOOL_WORDS.get(stripped.lower(), text)
    elif setting.type is int:
        try:
            value = int(stripped)
        except ValueError:
            # "60.0" is read as the file reads 60.0: a whole number written as a float.
            value = _float_or(stripped, text)
    elif setting.type is float:
        value = _float_or(stripped, text)
    elif setting.type is dict:
        try:
            value = json.loads(stripped) if stripped else {}
        except (ValueError, RecursionError):  # RecursionError: "[[[[…" 100,000 deep
            value = text
    elif setting.choices:
        value = stripped.lower()
    else:
        value = _unquote(text)
    try:
        return setting.validate(value)
    except PreferenceError:
        raise PreferenceError(
            translate("TypedValues", "invalid value {value} for {key}: expected {expected}").format(
                value=cut_shown(repr(text)), key=setting.key, expected=expected(setting)),
            key=setting.key,
        ) from None


def expected(setting: Setting) -> str:
    """What a valid value looks like, with what its special value means."""
    return expected_words(setting)


def _float_or(text: str, fallback: str) -> object:
    try:
        return float(text)
    except ValueError:
        return fallback


def _unquote(text: str) -> str:
    """Accept a string as ``prefs`` prints it (JSON-quoted) as well as bare."""
    if len(text) >= 2 and text[0] == text[-1] == '"':
        try:
            value = json.loads(text)
        except ValueError:
            return text
        if isinstance(value, str):
            return value
    return text
