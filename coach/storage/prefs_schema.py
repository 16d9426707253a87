"""The preferences as data: one :class:`Setting` per preference (type, default, range or
choices) and the :class:`Preferences` value they describe.

A new preference is one :class:`Setting` here, one field on :class:`Preferences`, and its words
(label, tooltip, group) in :mod:`coach.app.preference_words`. The file that keeps them is
:mod:`coach.storage.prefs`.
"""

from __future__ import annotations

import binascii
import dataclasses
import difflib
import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Final

from coach.core.language.languages import SYSTEM, shipped_languages
from coach.core.plan.compiler import (
    DEFAULT_HOLD_SCALE,
    DEFAULT_LEAD_IN_SECONDS,
    HOLD_SCALE_RANGE,
)
from coach.core.speech_settings import (
    DEFAULT_RATE,
    DEFAULT_TONE_VOLUME,
    DEFAULT_VOICE_ENABLED,
    DEFAULT_VOICE_ID,
    DEFAULT_VOICE_VOLUME,
    MAX_RATE,
    MIN_RATE,
)


class PreferenceError(ValueError):
    """A value that does not fit its preference, or a key that is not a preference."""

    def __init__(self, message: str, *, key: str | None = None) -> None:
        super().__init__(message)
        self.key = key


@dataclass(frozen=True, slots=True)
class Setting:
    """One preference as data: its type, default and range, what it takes to check it."""

    key: str
    type: type[object]  # bool, int, float, str or dict (of str to str)
    minimum: float | None = None
    maximum: float | None = None
    # A value outside the range with a meaning of its own (its words: app.preference_words).
    special: int | None = None
    choices: tuple[str, ...] = ()  # the values stored
    unit: str = ""
    step: float | None = None
    # Kept by the app itself (window size, last routine), so the dialog leaves them out.
    in_dialog: bool = True
    # A further rule on the value: returns None when it is fine.
    rule: Callable[[Any], str | None] | None = None
    expected_text: str = ""  # how to describe a valid text value, when "text" is too vague

    @property
    def default(self) -> Any:
        """What a new install has: the field's default on :class:`Preferences`, its one home."""
        value = getattr(_DEFAULTS, self.key)
        return dict(value) if isinstance(value, dict) else value

    def expected(self, special_meaning: str = "") -> str:
        """What a valid value looks like, in words, for error messages and help; with what the
        special value means, when the caller knows the words for it."""
        unit = f" {self.unit}" if self.unit else ""
        if self.type is bool:
            return "true or false"
        if self.type is int:
            text = f"a whole number from {self.minimum:g} to {self.maximum:g}{unit}"
            if self.special is not None:
                meaning = f" ({special_meaning})" if special_meaning else ""
                text = f"{self.special}{meaning} or {text}"
            return text
        if self.type is float:
            return f"a number from {self.format(self.minimum)} to {self.format(self.maximum)}{unit}"
        if self.choices:
            return "one of " + ", ".join(self.choices)
        if self.type is dict:
            return 'a JSON object of names to names, such as {"warm-up": "warmup-standard"}'
        return self.expected_text or "text"

    def validate(self, value: object) -> Any:
        """Return ``value`` as this setting's type, or raise :class:`PreferenceError`."""
        checked = self._coerce(value)
        if checked is _INVALID or not self._in_range(checked):
            raise PreferenceError(
                f"invalid value {show_value(value)} for {self.key}: expected {self.expected()}",
                key=self.key,
            )
        return checked

    def format(self, value: object) -> str:
        """Show a value the way ``parse`` reads it back."""
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, float):
            return repr(value)  # the shortest exact form, and "1.0" still reads as a number
        if isinstance(value, int):
            return str(value)
        if isinstance(value, str) and not self.choices:
            return json.dumps(value, ensure_ascii=False)
        if isinstance(value, dict):
            return json.dumps(value, ensure_ascii=False, sort_keys=True)
        return str(value)

    def _coerce(self, value: object) -> object:
        if self.type is bool:
            return value if isinstance(value, bool) else _INVALID
        if isinstance(value, bool):
            return _INVALID  # True is an int to Python, but never a number to the user
        if self.type is int:
            if isinstance(value, int):
                return value
            if isinstance(value, float) and value.is_integer():
                return int(value)
            return _INVALID
        if self.type is float:
            if not isinstance(value, int | float):
                return _INVALID
            try:
                number = float(value)
            except OverflowError:  # an int of hundreds of digits is no float
                return _INVALID
            return number if math.isfinite(number) else _INVALID
        if self.type is dict:
            if isinstance(value, dict) and all(
                isinstance(k, str) and k and isinstance(v, str) for k, v in value.items()
            ):
                return dict(value)
            return _INVALID
        if not isinstance(value, str):
            return _INVALID
        if self.choices and value not in self.choices:
            return _INVALID
        if self.rule is not None and self.rule(value) is not None:
            return _INVALID
        return value

    def _in_range(self, value: object) -> bool:
        if not isinstance(value, int | float) or isinstance(value, bool):
            return True
        if self.special is not None and value == self.special:
            return True
        low = -math.inf if self.minimum is None else self.minimum
        high = math.inf if self.maximum is None else self.maximum
        return low <= value <= high


_INVALID: Final = object()


def cut_shown(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."


def show_value(value: object) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        # A value json cannot show is deeply nested or an int past Python's digit limit.
        text = f"a {type(value).__name__} too large to show"
    return cut_shown(text)


def _is_base64(value: str) -> str | None:
    try:
        binascii.a2b_base64(value.encode("ascii"), strict_mode=True)
    except (binascii.Error, UnicodeEncodeError):
        return "not base64"
    return None


SCHEMA: Final[tuple[Setting, ...]] = (
    Setting(key="language", type=str, choices=(SYSTEM, *shipped_languages())),
    Setting(key="voice_enabled", type=bool),
    Setting(
        key="voice_id", type=str,
        expected_text="a voice id (see limber voices), or empty for the clearest installed",
    ),
    Setting(
        key="speech_rate", type=int, minimum=MIN_RATE, maximum=MAX_RATE,
        step=5, unit="words per minute",
    ),
    Setting(key="voice_volume", type=float, minimum=0.0, maximum=1.0, step=0.05),
    Setting(key="tone_volume", type=float, minimum=0.0, maximum=1.0, step=0.05),
    Setting(key="music", type=str, choices=("lower", "pause", "leave")),
    Setting(key="lead_in_seconds", type=int, minimum=0, maximum=60, step=1, unit="seconds"),
    Setting(
        key="changeover_seconds", type=int, minimum=0, maximum=60, step=1,
        unit="seconds", special=-1,
    ),
    Setting(
        key="hold_scale", type=float, minimum=HOLD_SCALE_RANGE[0],
        maximum=HOLD_SCALE_RANGE[1], step=0.1,
    ),
    Setting(key="prefer_gentle", type=bool),
    Setting(key="knee_check", type=bool),
    Setting(key="later_knee_check", type=bool),
    Setting(key="theme", type=str, choices=("system", "light", "dark")),
    Setting(key="text_scale", type=float, minimum=0.75, maximum=2.0, step=0.05),
    Setting(key="reduce_motion", type=str, choices=("system", "on", "off")),
    Setting(key="start_fullscreen", type=bool),
    Setting(key="always_on_top", type=bool),
    Setting(key="last_routines", type=dict, in_dialog=False),
    Setting(
        key="window_geometry", type=str, in_dialog=False, rule=_is_base64,
        expected_text="base64 text, as saved by the app",
    ),
)  # fmt: skip

SETTINGS_BY_KEY: Final[Mapping[str, Setting]] = MappingProxyType({s.key: s for s in SCHEMA})


def find_setting(key: str) -> Setting:
    """The setting called ``key``; otherwise an error naming the closest keys."""
    try:
        return SETTINGS_BY_KEY[key]
    except KeyError:
        pass
    close = difflib.get_close_matches(key, list(SETTINGS_BY_KEY), n=3, cutoff=0.6)
    if close:
        hint = "did you mean " + " or ".join(close) + "?"
    else:
        hint = "the preferences are " + ", ".join(SETTINGS_BY_KEY)
    raise PreferenceError(f"unknown preference {key!r}; {hint}", key=key)


@dataclass(frozen=True)
class Preferences:
    """The user's preferences, checked against :data:`SCHEMA` (the field names are a contract)."""

    # The language of every word shown and said: "system" (the system's, else English) or a
    # code with a translation (coach.core.language.languages).
    language: str = SYSTEM
    voice_enabled: bool = DEFAULT_VOICE_ENABLED
    voice_id: str = DEFAULT_VOICE_ID  # empty: the clearest voice installed
    speech_rate: int = DEFAULT_RATE  # words per minute
    voice_volume: float = DEFAULT_VOICE_VOLUME
    tone_volume: float = DEFAULT_TONE_VOLUME
    music: str = "lower"  # other apps' music: "lower", "pause" or "leave" (app.music_port)
    lead_in_seconds: int = DEFAULT_LEAD_IN_SECONDS
    changeover_seconds: int = -1  # -1: the routine's own default
    hold_scale: float = DEFAULT_HOLD_SCALE
    prefer_gentle: bool = False
    knee_check: bool = True
    later_knee_check: bool = True
    theme: str = "system"
    text_scale: float = 1.0
    reduce_motion: str = "system"  # "system", "on" (one still picture) or "off"
    start_fullscreen: bool = False
    always_on_top: bool = False
    last_routines: dict[str, str] = field(default_factory=dict)
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()

    def replace(self, **changes: Any) -> Preferences:
        """A copy with ``changes``, each checked against the schema (raises PreferenceError)."""
        checked = {key: find_setting(key).validate(value) for key, value in changes.items()}
        return dataclasses.replace(self, **checked)

    def check(self) -> None:
        """Raise :class:`PreferenceError` if any field breaks the schema."""
        for setting in SCHEMA:
            setting.validate(getattr(self, setting.key))

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON-ready values (the file's content without ``schema_version``)."""
        values = {setting.key: getattr(self, setting.key) for setting in SCHEMA}
        values["last_routines"] = dict(self.last_routines)
        return values


_DEFAULTS: Final = Preferences()
