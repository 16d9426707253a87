"""The user's preferences: one schema declared as data, and a JSON file that survives damage.

:data:`SCHEMA` is the single description of every preference (type, default, range or choices,
label, tooltip, group). The preferences dialog is generated from it and ``limber prefs set``
validates with it, so a new preference is one :class:`Setting` here plus one field on
:class:`Preferences`.

The file is ``preferences.json`` in the config folder, written atomically, with the previous
good file kept as ``preferences.json.bak``. Rules the store follows:

* ``load()`` never raises. A file that cannot be parsed is set aside
  (``preferences.json.corrupt-…``), the backup is used if it is good, otherwise the defaults, and
  the problems are returned for the caller to show once.
* A readable file with some bad values keeps the good ones; the bad ones fall back to their
  defaults. Before the next save overwrites it, a copy of the user's file is set aside.
* A file written by a newer Limber (higher ``schema_version``) is read field by field. Keys this
  version does not know, and values it cannot understand but the user did not change, are
  written back untouched with the newer version number, so going back to the newer Limber loses
  nothing. This relies on a rule for future versions: migrations only add keys or rename them;
  a key never changes meaning while keeping its name.
* ``save()`` raises :class:`PreferencesNotSaved` when the file cannot be written (read-only
  folder, a folder in the file's place…). Callers keep running with the preferences they hold
  in memory and tell the user that changes will not be kept.
"""

from __future__ import annotations

import binascii
import dataclasses
import difflib
import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from coach.core.files.atomic import backup_path, copy_aside, set_aside, write_atomic
from coach.core.files.bounded_read import FileTooLarge, read_bounded
from coach.core.plan.compiler import HOLD_SCALE_RANGE
from coach.core.speech_rate import DEFAULT_RATE, MAX_RATE, MIN_RATE

__all__ = [
    "CURRENT_SCHEMA_VERSION",
    "FILE_NAME",
    "MIGRATIONS",
    "SCHEMA",
    "SETTINGS_BY_KEY",
    "LoadResult",
    "PreferenceError",
    "Preferences",
    "PreferencesNotSaved",
    "PreferencesStore",
    "Setting",
    "find_setting",
]

FILE_NAME: Final = "preferences.json"
CURRENT_SCHEMA_VERSION: Final = 1
VERSION_KEY: Final = "schema_version"

# A preferences file is a few hundred bytes; anything this large is not one of ours.
MAX_FILE_BYTES: Final = 1024 * 1024



class PreferenceError(ValueError):
    """A value that does not fit its preference, or a key that is not a preference."""

    def __init__(self, message: str, *, key: str | None = None) -> None:
        super().__init__(message)
        self.key = key


class PreferencesNotSaved(OSError):
    """The preferences file could not be written; the in-memory preferences are still valid."""


class Group(StrEnum):
    VOICE = "Voice and sound"
    TIMING = "Timing"
    ROUTINES = "Routines"
    DISPLAY = "Display"
    REMEMBERED = "Remembered by the app"


@dataclass(frozen=True, slots=True)
class Setting:
    """One preference as data: everything needed to store, check, edit and explain it."""

    key: str
    type: type[object]  # bool, int, float, str or dict (of str to str)
    default: object
    label: str
    tooltip: str
    group: Group
    minimum: float | None = None
    maximum: float | None = None
    # A value outside the range with a meaning of its own, and the text that explains it
    # (a spin box can show it with setSpecialValueText).
    special: tuple[int, str] | None = None
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, label shown)
    unit: str = ""
    step: float | None = None
    # Kept by the app itself (window size, last routine), so the dialog leaves them out.
    in_dialog: bool = True
    # A further rule on the value: returns None when it is fine.
    rule: Callable[[Any], str | None] | None = None
    expected_text: str = ""  # how to describe a valid text value, when "text" is too vague

    @property
    def choice_values(self) -> tuple[str, ...]:
        return tuple(value for value, _label in self.choices)

    def expected(self) -> str:
        """What a valid value looks like, in words, for error messages and help."""
        unit = f" {self.unit}" if self.unit else ""
        if self.type is bool:
            return "true or false"
        if self.type is int:
            text = f"a whole number from {self.minimum:g} to {self.maximum:g}{unit}"
            if self.special is not None:
                text = f"{self.special[0]} ({self.special[1]}) or {text}"
            return text
        if self.type is float:
            return f"a number from {self.format(self.minimum)} to {self.format(self.maximum)}{unit}"
        if self.choices:
            return "one of " + ", ".join(self.choice_values)
        if self.type is dict:
            return 'a JSON object of names to names, such as {"warm-up": "warmup-standard"}'
        return self.expected_text or "text"

    def validate(self, value: object) -> Any:
        """Return ``value`` as this setting's type, or raise :class:`PreferenceError`."""
        checked = self._coerce(value)
        if checked is _INVALID or not self._in_range(checked):
            raise PreferenceError(
                f"invalid value {_show(value)} for {self.key}: expected {self.expected()}",
                key=self.key,
            )
        return checked

    def parse(self, text: str) -> Any:
        """Turn what the user typed (``limber prefs set KEY VALUE``) into a checked value."""
        stripped = text.strip()
        value: object = stripped
        if self.type is bool:
            value = _BOOL_WORDS.get(stripped.lower(), text)
        elif self.type is int:
            try:
                value = int(stripped)
            except ValueError:
                # "60.0" is read as the file reads 60.0: a whole number written as a float.
                value = _float_or(stripped, text)
        elif self.type is float:
            value = _float_or(stripped, text)
        elif self.type is dict:
            try:
                value = json.loads(stripped) if stripped else {}
            except (ValueError, RecursionError):  # RecursionError: "[[[[…" 100,000 deep
                value = text
        elif self.choices:
            value = stripped.lower()
        else:
            value = _unquote(text)
        try:
            return self.validate(value)
        except PreferenceError:
            # Show what the user typed, not what it was turned into.
            raise PreferenceError(
                f"invalid value {_typed(text)} for {self.key}: expected {self.expected()}",
                key=self.key,
            ) from None

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
        if self.choices and value not in self.choice_values:
            return _INVALID
        if self.rule is not None and self.rule(value) is not None:
            return _INVALID
        return value

    def _in_range(self, value: object) -> bool:
        if not isinstance(value, int | float) or isinstance(value, bool):
            return True
        if self.special is not None and value == self.special[0]:
            return True
        low = -math.inf if self.minimum is None else self.minimum
        high = math.inf if self.maximum is None else self.maximum
        return low <= value <= high


_INVALID: Final = object()

_BOOL_WORDS: Final[Mapping[str, bool]] = MappingProxyType(
    {
        "true": True, "yes": True, "on": True, "1": True,
        "false": False, "no": False, "off": False, "0": False,
    }
)  # fmt: skip


def _typed(text: str) -> str:
    """What the user typed, quoted, and cut short: it may be 100,000 characters."""
    return _cut(repr(text))


def _cut(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."


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


def _show(value: object) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        # A value json cannot show is deeply nested or an int past Python's digit limit.
        text = f"a {type(value).__name__} too large to show"
    return _cut(text)


def _is_base64(value: str) -> str | None:
    try:
        binascii.a2b_base64(value.encode("ascii"), strict_mode=True)
    except (binascii.Error, UnicodeEncodeError):
        return "not base64"
    return None


SCHEMA: Final[tuple[Setting, ...]] = (
    Setting(
        key="voice_enabled", type=bool, default=True, group=Group.VOICE,
        label="Speak the cues",
        tooltip="Read exercise names, counts and cues aloud. When off, tones and the screen "
        "still guide you.",
    ),
    Setting(
        key="voice_id", type=str, default="", group=Group.VOICE,
        expected_text="a voice id (see limber voices), or empty for the clearest installed",
        label="Voice",
        tooltip="Which installed voice reads the cues. Empty means the clearest one installed.",
    ),
    Setting(
        key="speech_rate", type=int, default=DEFAULT_RATE, group=Group.VOICE,
        minimum=MIN_RATE, maximum=MAX_RATE, step=5, unit="words per minute",
        label="Speaking speed",
        tooltip="How fast the voice speaks, in words per minute.",
    ),
    Setting(
        key="voice_volume", type=float, default=1.0, group=Group.VOICE,
        minimum=0.0, maximum=1.0, step=0.05,
        label="Voice volume",
        tooltip="Loudness of the voice, from silent (0) to full (1).",
    ),
    Setting(
        key="tone_volume", type=float, default=0.6, group=Group.VOICE,
        minimum=0.0, maximum=1.0, step=0.05,
        label="Tone volume",
        tooltip="Loudness of the tones that mark the start and end of each step.",
    ),
    Setting(
        key="lead_in_seconds", type=int, default=10, group=Group.TIMING,
        minimum=0, maximum=60, step=1, unit="seconds",
        label="Time to get ready",
        tooltip="Seconds between pressing Start and the first step.",
    ),
    Setting(
        key="changeover_seconds", type=int, default=-1, group=Group.TIMING,
        minimum=0, maximum=60, step=1, unit="seconds", special=(-1, "the routine's default"),
        label="Pause between steps",
        tooltip="Seconds to move into the next exercise. -1 uses each routine's own pause.",
    ),
    Setting(
        key="hold_scale", type=float, default=1.0, group=Group.TIMING,
        minimum=HOLD_SCALE_RANGE[0], maximum=HOLD_SCALE_RANGE[1], step=0.1,
        label="Hold length",
        tooltip="Makes timed holds and stretches shorter or longer: 0.5 halves them, "
        "2 doubles them.",
    ),
    Setting(
        key="prefer_gentle", type=bool, default=False, group=Group.ROUTINES,
        label="Prefer the gentle routines",
        tooltip="Offer the gentle, joint-friendly warm-up and cool-down first.",
    ),
    Setting(
        key="knee_check", type=bool, default=True, group=Group.ROUTINES,
        label="Ask how my knees feel",
        tooltip="Ask for a 0 to 10 knee score before a run and again after the cool-down.",
    ),
    Setting(
        key="later_knee_check", type=bool, default=True, group=Group.ROUTINES,
        label="Ask about my knees two hours after a run",
        tooltip="Two hours after a run day's cool-down, if Limber is still open, a desktop "
                "notification asks how your knees feel (pain worse than usual then means "
                "take it easier next time).",
    ),
    Setting(
        key="theme", type=str, default="system", group=Group.DISPLAY,
        choices=(("system", "Same as the system"), ("light", "Light"), ("dark", "Dark")),
        label="Theme",
        tooltip="Light or dark colours, or follow the system setting.",
    ),
    Setting(
        key="text_scale", type=float, default=1.0, group=Group.DISPLAY,
        minimum=0.75, maximum=2.0, step=0.05,
        label="Text size",
        tooltip="Makes all text smaller or larger, to read from across the room.",
    ),
    Setting(
        key="reduce_motion", type=str, default="system", group=Group.DISPLAY,
        choices=(("system", "Same as the system"), ("on", "On: one still picture"),
                 ("off", "Off: pictures move")),
        label="Reduce motion",
        tooltip="Exercise pictures show their moves by switching between two positions. "
        "With reduced motion each shows one still picture. \"Same as the system\" follows "
        "the desktop's reduced-motion or animation setting.",
    ),
    Setting(
        key="start_fullscreen", type=bool, default=False, group=Group.DISPLAY,
        label="Start full screen",
        tooltip="Open the coach full screen.",
    ),
    Setting(
        key="always_on_top", type=bool, default=False, group=Group.DISPLAY,
        label="Keep the window on top",
        tooltip="Keep the coach above other windows.",
    ),
    Setting(
        key="last_routines", type=dict, default=MappingProxyType({}), group=Group.REMEMBERED,
        in_dialog=False,
        label="Last routines",
        tooltip="The routine last chosen for each kind (warm-up, cool-down, strength).",
    ),
    Setting(
        key="window_geometry", type=str, default="", group=Group.REMEMBERED,
        in_dialog=False, rule=_is_base64, expected_text="base64 text, as saved by the app",
        label="Window position and size",
        tooltip="Where the window was last; empty lets the system decide.",
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

    voice_enabled: bool = True
    voice_id: str = ""  # empty: the clearest voice installed (coach.speech.voice_catalogue)
    speech_rate: int = DEFAULT_RATE  # words per minute
    voice_volume: float = 1.0
    tone_volume: float = 0.6
    lead_in_seconds: int = 10
    changeover_seconds: int = -1  # -1: the routine's own default
    hold_scale: float = 1.0
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


# --- migrations -------------------------------------------------------------------------------


def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Files from before ``schema_version`` existed (the 0.0 development builds).

    Those builds used shorter names, a ``dark_mode`` switch instead of ``theme``, and one key per
    routine kind for the last routine chosen.
    """
    renamed = {"voice": "voice_enabled", "rate": "speech_rate", "volume": "voice_volume",
               "lead_in": "lead_in_seconds", "fullscreen": "start_fullscreen"}  # fmt: skip
    result = {renamed.get(key, key): value for key, value in data.items()}
    if "dark_mode" in result:
        dark = result.pop("dark_mode")
        if isinstance(dark, bool):
            result.setdefault("theme", "dark" if dark else "light")
    last = {}
    for old_key, kind in (("last_warmup", "warm-up"), ("last_cooldown", "cool-down")):
        routine = result.pop(old_key, None)
        if isinstance(routine, str) and routine:
            last[kind] = routine
    if last and "last_routines" not in result:
        result["last_routines"] = last
    return result


# MIGRATIONS[n] turns a version-n dict into a version-(n + 1) dict. Add to the end; never edit.
MIGRATIONS: Final[Mapping[int, Callable[[dict[str, Any]], dict[str, Any]]]] = MappingProxyType(
    {0: _v0_to_v1}
)


# --- the store --------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadResult:
    preferences: Preferences
    problems: tuple[str, ...] = ()  # plain sentences for the user, to show once
    source: Path | None = None  # the file read: the main file, its backup, or None (defaults)


class _Status(StrEnum):
    MISSING = "missing"  # no file yet
    GOOD = "good"  # read as is; fit to become the backup
    BAD_FIELDS = "bad-fields"  # readable, some values unusable: copy it aside before saving
    DAMAGED = "damaged"  # unreadable content: moved aside (or must be, before saving)
    UNREADABLE = "unreadable"  # could not be opened: move it aside before saving over it
    FOLDER = "folder"  # a folder sits where the file should be


@dataclass
class _DiskState:
    status: _Status
    version: int = CURRENT_SCHEMA_VERSION
    # From a newer schema: keys this version does not know, and values it cannot read.
    extras: dict[str, Any] = field(default_factory=dict)
    kept_values: dict[str, Any] = field(default_factory=dict)


class _Unusable(Exception):
    """The file's content is not a preferences object at all."""


@dataclass
class _Parsed:
    preferences: Preferences
    problems: list[str]
    version: int
    extras: dict[str, Any]
    kept_values: dict[str, Any]
    clean: bool


class PreferencesStore:
    """Reads and writes ``preferences.json`` in ``folder`` (see the module notes for the rules).

    Call :meth:`load` first; :meth:`save` and :meth:`set_value` do so themselves if you have not,
    so that nothing on disk is overwritten unseen.
    """

    def __init__(self, folder: Path, *, clock: Callable[[], datetime] | None = None) -> None:
        self.folder = Path(folder)
        self._clock = clock or datetime.now
        self._state: _DiskState | None = None
        self._current = Preferences()

    @property
    def path(self) -> Path:
        return self.folder / FILE_NAME

    @property
    def backup_path(self) -> Path:
        return backup_path(self.path)

    @property
    def current(self) -> Preferences:
        """The preferences last loaded or saved (the defaults before that)."""
        return self._current

    def load(self) -> LoadResult:
        """Read the preferences; never raises for a missing, damaged or unreadable file."""
        problems: list[str] = []
        name = self.path.name
        try:
            parsed = _parse(_read_limited(self.path), name)
        except FileNotFoundError:
            return self._loaded(_DiskState(_Status.MISSING), Preferences(), problems, None)
        except OSError as error:
            # Windows reports reading a folder as "permission denied", hence the second test.
            if isinstance(error, IsADirectoryError) or _is_dir(self.path):
                problems.append(
                    f"{self.path} is a folder, not a preferences file; Limber "
                    "cannot save preferences until it is moved or removed."
                )
                return self._fall_back(_DiskState(_Status.FOLDER), problems)
            problems.append(f"Could not read {self.path} ({_reason(error)}).")
            return self._fall_back(_DiskState(_Status.UNREADABLE), problems)
        except _Unusable as error:
            try:
                aside = set_aside(self.path, self._clock())
            except OSError as move_error:
                problems.append(
                    f"Your preferences file {name} is damaged ({error}) and could "
                    f"not be moved aside ({_reason(move_error)}); it will not be "
                    "overwritten."
                )
            else:
                problems.append(
                    f"Your preferences file was damaged ({error}); it has been kept "
                    f"as {aside.name}."
                )
            return self._fall_back(_DiskState(_Status.DAMAGED), problems)

        problems.extend(parsed.problems)
        status = _Status.GOOD if parsed.clean else _Status.BAD_FIELDS
        state = _DiskState(status, parsed.version, parsed.extras, parsed.kept_values)
        return self._loaded(state, parsed.preferences, problems, self.path)

    def save(self, prefs: Preferences) -> None:
        """Write ``prefs`` atomically, keeping the previous good file as the backup.

        Raises :class:`PreferenceError` if ``prefs`` breaks the schema (nothing is written) and
        :class:`PreferencesNotSaved` if the file cannot be written.
        """
        prefs.check()
        if self._state is None:
            self.load()
        assert self._state is not None
        state = self._state
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise self._not_saved(error) from error

        backup = state.status is _Status.GOOD
        if state.status in (_Status.DAMAGED, _Status.UNREADABLE) and _exists(self.path):
            try:
                set_aside(self.path, self._clock())
            except OSError as error:
                raise PreferencesNotSaved(
                    f"could not save preferences: {self.path} could not be read and could not "
                    f"be moved aside ({_reason(error)}), so it was left as it is"
                ) from error
        elif state.status is _Status.BAD_FIELDS and _exists(self.path):
            try:
                copy_aside(self.path, self._clock())
            except OSError as error:
                raise self._not_saved(error) from error

        content = dict(state.extras)
        content.update(prefs.to_dict())
        for key, value in state.kept_values.items():
            if getattr(prefs, key) == SETTINGS_BY_KEY[key].default:
                content[key] = value
        content[VERSION_KEY] = max(state.version, CURRENT_SCHEMA_VERSION)
        text = json.dumps(content, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False)
        try:
            write_atomic(self.path, text + "\n", backup=backup)
        except OSError as error:
            raise self._not_saved(error) from error
        self._state = _DiskState(_Status.GOOD, state.version, state.extras, state.kept_values)
        self._current = prefs

    def set_value(self, key: str, text: str) -> Preferences:
        """Parse ``text`` for preference ``key``, save, and return the new preferences.

        Raises :class:`PreferenceError` (unknown key, bad value; nothing saved) or
        :class:`PreferencesNotSaved`.
        """
        setting = find_setting(key)
        value = setting.parse(text)
        if self._state is None:
            self.load()
        prefs = dataclasses.replace(self._current, **{key: value})
        self.save(prefs)
        return prefs

    def reset(self, key: str | None = None) -> Preferences:
        """Put one preference, or all of them, back to the default and save."""
        if self._state is None:
            self.load()
        if key is None:
            prefs = Preferences()
        else:
            setting = find_setting(key)
            prefs = dataclasses.replace(self._current, **{key: _fresh_default(setting)})
        self.save(prefs)
        return prefs

    def _fall_back(self, state: _DiskState, problems: list[str]) -> LoadResult:
        """The main file is unusable: use the backup if it reads, else the defaults."""
        bak = self.backup_path
        try:
            raw = _read_limited(bak)
            parsed = _parse(raw, bak.name)
        except FileNotFoundError:
            problems.append("Limber is using the default preferences.")
            return self._loaded(state, Preferences(), problems, None)
        except (OSError, _Unusable) as error:
            reason = _reason(error) if isinstance(error, OSError) else str(error)
            problems.append(
                f"The backup {bak.name} could not be used either ({reason}); "
                "Limber is using the default preferences."
            )
            return self._loaded(state, Preferences(), problems, None)
        problems.extend(parsed.problems)
        problems.append(f"Limber is using your preferences from the backup, {bak.name}.")
        # The backup's newer-version keys are worth keeping too; the main file was unusable.
        state.version, state.extras, state.kept_values = (
            parsed.version,
            parsed.extras,
            parsed.kept_values,
        )
        return self._loaded(state, parsed.preferences, problems, bak)

    def _loaded(
        self, state: _DiskState, prefs: Preferences, problems: list[str], source: Path | None
    ) -> LoadResult:
        self._state = state
        self._current = prefs
        return LoadResult(prefs, tuple(problems), source)

    def _not_saved(self, error: OSError) -> PreferencesNotSaved:
        if isinstance(error, IsADirectoryError) or _is_dir(self.path):
            reason = "a folder is in its place"
        else:
            reason = _reason(error)
        return PreferencesNotSaved(f"could not save preferences to {self.path} ({reason})")


def _fresh_default(setting: Setting) -> Any:
    default = setting.default
    return dict(default) if isinstance(default, Mapping) else default


def _read_limited(path: Path) -> bytes:
    try:
        return read_bounded(path, MAX_FILE_BYTES)
    except FileTooLarge as error:
        raise _Unusable(str(error)) from None


def _parse(raw: bytes, name: str) -> _Parsed:
    """Read a file's bytes into preferences; :class:`_Unusable` if it is not an object."""
    if not raw.strip():
        raise _Unusable("it is empty")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise _Unusable("it is not text") from None
    except RecursionError:
        raise _Unusable("it is nested too deeply") from None
    except ValueError as error:
        raise _Unusable(f"it is not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise _Unusable(f"it holds a JSON {_json_kind(data)}, not an object")

    problems: list[str] = []
    clean = True
    version = data.pop(VERSION_KEY, 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        problems.append(
            f"{name}: {VERSION_KEY} {_show(version)} is not valid; read it as "
            f"version {CURRENT_SCHEMA_VERSION}."
        )
        version, clean = CURRENT_SCHEMA_VERSION, False
    for step in range(version, CURRENT_SCHEMA_VERSION):
        try:
            data = MIGRATIONS[step](data)
        except Exception as error:  # a migration bug must not stop the app from starting
            raise _Unusable(f"it could not be updated from version {step}: {error}") from None

    newer = version > CURRENT_SCHEMA_VERSION
    values: dict[str, Any] = {}
    kept_values: dict[str, Any] = {}
    for setting in SCHEMA:
        if setting.key not in data:
            continue
        raw_value = data.pop(setting.key)
        try:
            values[setting.key] = setting.validate(raw_value)
        except PreferenceError:
            problems.append(
                f"{name}: {setting.key} = {_show(raw_value)} is not valid (expected "
                f"{setting.expected()}); using the default, {setting.format(setting.default)}."
            )
            if newer:
                kept_values[setting.key] = raw_value
            else:
                clean = False
    extras: dict[str, Any] = {}
    if newer:
        extras = data  # a newer Limber's settings: not ours to judge, kept for it
    elif data:
        problems.append(f"{name}: ignored unknown setting(s) " + ", ".join(sorted(data)) + ".")
        clean = False
    return _Parsed(Preferences(**values), problems, version, extras, kept_values, clean)


def _json_kind(value: object) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "true/false value"
    if isinstance(value, int | float):
        return "number"
    return "null"


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _exists(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return True  # cannot tell: assume there is something worth protecting
