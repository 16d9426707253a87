"""The preferences' and the history's notices in the active language.

Storage says what it found in English (its words are for the log as much as for the runner,
and storage holds no words a user reads); the app passes each problem it reports through here
on its way to the window or the terminal. What a notice names (a file, an error from the
system) stays as the system says it. A notice not listed is shown as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from coach.core.language.current_language import ENGLISH, QT_TRANSLATE_NOOP, language, translate

_GROUP = re.compile(r"\\(\d)")
# Compiled when first used (re keeps them): only a damaged file ever needs them.
_NOTICES: tuple[tuple[str, str], ...] = (
    (r"^(.+) is a folder, not a preferences file; Limber cannot save preferences until it is "
     r"moved or removed\.$",
     QT_TRANSLATE_NOOP("StorageWords", r"\1 is a folder, not a preferences file; Limber "
                                       r"cannot save preferences until it is moved or "
                                       r"removed.")),
    (r"^Could not read (.+) \((.+)\)\.$",
     QT_TRANSLATE_NOOP("StorageWords", r"Could not read \1 (\2).")),
    (r"^Your preferences file (.+) is damaged \((.+)\) and could not be moved aside \((.+)\); "
     r"it will not be overwritten\.$",
     QT_TRANSLATE_NOOP("StorageWords", r"Your preferences file \1 is damaged (\2) and could "
                                       r"not be moved aside (\3); it will not be "
                                       r"overwritten.")),
    (r"^Your preferences file was damaged \((.+)\); it has been kept as (.+)\.$",
     QT_TRANSLATE_NOOP("StorageWords", r"Your preferences file was damaged (\1); it has been "
                                       r"kept as \2.")),
    (r"^Limber is using the default preferences\.$",
     QT_TRANSLATE_NOOP("StorageWords", "Limber is using the default preferences.")),
    (r"^The backup (.+) could not be used either \((.+)\); Limber is using the default "
     r"preferences\.$",
     QT_TRANSLATE_NOOP("StorageWords", r"The backup \1 could not be used either (\2); Limber "
                                       r"is using the default preferences.")),
    (r"^Limber is using your preferences from the backup, (.+)\.$",
     QT_TRANSLATE_NOOP("StorageWords", r"Limber is using your preferences from the backup, "
                                       r"\1.")),
    (r"^(.+): (\w+) = (.+) is not valid \(expected .+\); using the default, (.+)\.$",
     QT_TRANSLATE_NOOP("StorageWords", r"\1: \2 = \3 is not valid; using the default, \4.")),
    (r"^(.+): schema_version (.+) is not valid; read it as version (\d+)\.$",
     QT_TRANSLATE_NOOP("StorageWords", r"\1: schema_version \2 is not valid; read it as "
                                       r"version \3.")),
    (r"^(.+): ignored unknown setting\(s\) (.+)\.$",
     QT_TRANSLATE_NOOP("StorageWords", r"\1: ignored these unknown settings: \2.")),
    (r"^A kept history entry was dropped \((.+)\)\.$",
     QT_TRANSLATE_NOOP("StorageWords", r"A kept history entry was dropped (\1).")),
    (r"^Your history file was damaged \((.+)\)\. It has been kept as (.+), and a new history "
     r"has been started\.$",
     QT_TRANSLATE_NOOP("StorageWords", r"Your history file was damaged (\1). It has been kept "
                                       r"as \2, and a new history has been started.")),
    (r"^The history cannot be used: (.+)\. Sessions and check-ins from this run will not be "
     r"kept\.$",
     QT_TRANSLATE_NOOP("StorageWords", r"The history cannot be used: \1. Sessions and "
                                       r"check-ins from this run will not be kept.")),
    (r"^A history entry waiting in (.+) could not be read \((.+)\); the file is left as it "
     r"is\.$",
     QT_TRANSLATE_NOOP("StorageWords", r"A history entry waiting in \1 could not be read "
                                       r"(\2); the file is left as it is.")),
    (r"^A history entry waiting in (.+) could not be read \((.+)\); the file is kept as "
     r"(.+)\.$",
     QT_TRANSLATE_NOOP("StorageWords", r"A history entry waiting in \1 could not be read "
                                       r"(\2); the file is kept as \3.")),
)


def _fill(words: str, values: list[str]) -> str:
    """``words`` with \\\\1, \\\\2… replaced by what the English notice named."""
    return _GROUP.sub(lambda g: values[int(g.group(1)) - 1], words)


def storage_notice(message: str) -> str:
    """A notice of the preferences or the history in the active language (as written in
    English, or when unknown)."""
    if language() == ENGLISH:
        return message
    for pattern, words in _NOTICES:
        found = re.match(pattern, message, re.DOTALL)
        if found is not None:
            return _fill(translate("StorageWords", words), list(found.groups()))
    return message


def in_language(notice: Callable[[str], None]) -> Callable[[str], None]:
    """``notice``, given each message in the active language."""
    return lambda message: notice(storage_notice(message))
