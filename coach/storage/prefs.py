"""The user's preferences on disk: a JSON file, checked against
:data:`~coach.storage.prefs_schema.SCHEMA`, that survives damage.

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
* Every writer changes only the keys it means to: :meth:`~PreferencesStore.update` takes the
  lock beside the file (:mod:`coach.core.files.file_lock`), reads the file again, applies just
  those keys and writes atomically, so the window closing never undoes a ``limber prefs set``
  made meanwhile, and two ``prefs set`` at once both land. ``save()`` writes every key (tests,
  and a file being repaired); the app and the commands never call it.
* ``update()`` and ``save()`` raise :class:`PreferencesNotSaved` when the file cannot be written
  (read-only folder, a folder in the file's place…). Callers keep running with the preferences
  they hold in memory and tell the user that changes will not be kept.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from coach.core.files.atomic import backup_path, copy_aside, set_aside, write_atomic
from coach.core.files.bounded_read import FileTooLarge, read_bounded
from coach.core.files.file_lock import held
from coach.storage.prefs_schema import (
    SCHEMA,
    SETTINGS_BY_KEY,
    PreferenceError,
    Preferences,
    Setting,
    find_setting,
    show_value,
)

__all__ = ["CURRENT_SCHEMA_VERSION", "FILE_NAME", "MIGRATIONS", "LoadResult",
           "PreferencesNotSaved", "PreferencesStore"]

FILE_NAME: Final = "preferences.json"
CURRENT_SCHEMA_VERSION: Final = 1
VERSION_KEY: Final = "schema_version"

# A preferences file is a few hundred bytes; anything this large is not one of ours.
MAX_FILE_BYTES: Final = 1024 * 1024


class PreferencesNotSaved(OSError):
    """The preferences file could not be written; the in-memory preferences are still valid."""


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

    :meth:`update` (and :meth:`set_value`, :meth:`reset`) read the file again under the lock
    before writing; :meth:`save` writes what it is given, after a :meth:`load` if none was made,
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

    def update(self, changes: Mapping[str, object] | Callable[[Preferences], Preferences],
               ) -> LoadResult:
        """Change only the preferences named in ``changes``: under the lock, read the file as it
        is now (another process may have changed it), apply ``changes``, write atomically.
        ``changes`` may be a function of the preferences as read that changes only what it
        means to (one kind's last routine, say).

        Returns the preferences now on disk (every other key as another writer left it) and
        any problem the re-read found. Raises :class:`PreferenceError` (unknown key, bad value;
        nothing saved) or :class:`PreferencesNotSaved`.
        """
        if callable(changes):
            edit = changes
        else:
            checked: dict[str, Any] = {key: find_setting(key).validate(value)
                                       for key, value in changes.items()}

            def edit(prefs: Preferences) -> Preferences:
                return dataclasses.replace(prefs, **checked)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with held(self.path):
                loaded = self.load()
                prefs = edit(loaded.preferences)
                if prefs != loaded.preferences or loaded.source != self.path:
                    self.save(prefs)
        except PreferencesNotSaved:
            raise
        except OSError as error:  # the lock: a read-only folder, or a writer stuck holding it
            raise self._not_saved(error) from error
        return LoadResult(prefs, loaded.problems, self.path)

    def set_value(self, key: str, value: object) -> Preferences:
        """Check ``value`` for preference ``key``, save it alone (see :meth:`update`), and
        return the new preferences.

        Raises :class:`PreferenceError` (unknown key, bad value; nothing saved) or
        :class:`PreferencesNotSaved`.
        """
        return self.update({key: value}).preferences

    def reset(self, key: str | None = None) -> Preferences:
        """Put one preference, or all of them, back to the default and save."""
        settings = SCHEMA if key is None else (find_setting(key),)
        return self.update({s.key: _fresh_default(s) for s in settings}).preferences

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
            f"{name}: {VERSION_KEY} {show_value(version)} is not valid; read it as "
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
                f"{name}: {setting.key} = {show_value(raw_value)} is not valid (expected "
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
