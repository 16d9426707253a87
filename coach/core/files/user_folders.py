"""The one locator for the user's folders: preferences (config), history and routines (data),
rendered speech (cache).

Each has the platform's proper place (platformdirs) and an environment variable that moves it
(``LIMBER_CONFIG_DIR``, ``LIMBER_DATA_DIR``, ``LIMBER_CACHE_DIR``: tests, portable installs,
power users). Read at call time, so a test or a launcher may set them late.

An override is normalised one way for every folder, so two readers never disagree: surrounding
whitespace is dropped (a stray space from a shell script or a ``.desktop`` file), ``~`` is
expanded, and a relative path is taken from the working directory at the moment it is read. A
value that is empty once stripped counts as unset.
"""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path

import platformdirs

APP_DIR_NAME = "limber"
ROUTINES_FOLDER = "routines"
TRASH_FOLDER = "trash"


class Folder(StrEnum):
    CONFIG = "config"
    DATA = "data"
    CACHE = "cache"

    @property
    def env(self) -> str:
        """The environment variable that moves this folder."""
        return f"LIMBER_{self.name}_DIR"


def _platform_dir(folder: Folder) -> str:
    if folder is Folder.CONFIG:
        return platformdirs.user_config_dir(APP_DIR_NAME)
    if folder is Folder.DATA:
        return platformdirs.user_data_dir(APP_DIR_NAME)
    return platformdirs.user_cache_dir(APP_DIR_NAME)


def normalise_override(value: str) -> Path | None:
    """The folder an override names, or None when it names none (unset or blank)."""
    value = value.strip()
    if not value:
        return None
    return Path(value).expanduser().absolute()


def user_dir(folder: Folder) -> Path:
    """Where ``folder`` is now: its override if set, else the platform's folder."""
    return normalise_override(os.environ.get(folder.env, "")) or Path(_platform_dir(folder))


def config_dir() -> Path:
    """Where ``preferences.json`` lives."""
    return user_dir(Folder.CONFIG)


def data_dir() -> Path:
    """Where the history and the user's own routines live."""
    return user_dir(Folder.DATA)


def cache_dir() -> Path:
    """Where rendered speech is kept (safe to delete)."""
    return user_dir(Folder.CACHE)


def user_routines_dir() -> Path:
    """Where the user's own routine files go."""
    return data_dir() / ROUTINES_FOLDER


def routines_trash_dir() -> Path:
    """Where a deleted (or replaced) routine of the user's is kept, to be restored."""
    return data_dir() / TRASH_FOLDER
