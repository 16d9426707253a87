"""How every command talks to the terminal: one-line errors and notices, the exit codes, and
the saved preferences a command starts from."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from coach.app.plan_settings import plan_settings
from coach.app.storage_words import storage_notice
from coach.core.files.user_folders import config_dir
from coach.core.language.current_language import set_language
from coach.core.language.languages import resolve
from coach.core.plan.compiler import PlanSettings
from coach.storage.prefs import PreferencesStore
from coach.storage.prefs_schema import Preferences

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def error(message: str) -> int:
    """Say what went wrong in one line, and return the exit code for it."""
    print(f"limber: {message}", file=sys.stderr)
    return EXIT_USAGE


def notice(message: str) -> None:
    # On a terminal, clear a "Preparing the voice" line first, so the notice starts a line of
    # its own (the count is drawn again on its next tick).
    clear = "\r\033[K" if sys.stderr.isatty() else ""
    print(f"{clear}limber: {message}", file=sys.stderr)


def notices(messages: Iterable[str]) -> None:
    """The preferences' or the history's problems, in the language."""
    for message in messages:
        notice(storage_notice(message))


def use_saved_language() -> str:
    """Speak and print in the saved ``language`` preference (quietly: a problem with the file
    is said by the command that reads the rest of it)."""
    return set_language(resolve(PreferencesStore(config_dir()).load().preferences.language))


def saved_preferences() -> Preferences:
    """The user's preferences; any problem with the file is said once, on stderr."""
    result = PreferencesStore(config_dir()).load()
    notices(result.problems)
    return result.preferences


def saved_plan_settings() -> PlanSettings:
    return plan_settings(saved_preferences())
