"""All the routines a user can run: the built-in ones and the user's own.

One bad file never stops the others from loading; its problems are kept to show.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coach.core.files.shipped_data import routines_dir
from coach.core.files.user_folders import user_routines_dir
from coach.core.language import current_language
from coach.core.model import Exercise, Origin, Routine
from coach.core.routine_files.problems import Problem

if TYPE_CHECKING:
    from coach.core.routine_files.translations import Translation


class UnknownRoutine(KeyError):
    def __init__(self, routine_id: str, known: list[str]) -> None:
        close = difflib.get_close_matches(routine_id, known, n=1)
        # Kept apart for the words a runner reads (coach.app.problem_words.unknown_routine).
        self.routine_id, self.close, self.known = routine_id, close[0] if close else None, known
        hint = f" Did you mean {close[0]!r}?" if close else ""
        self.message = (f"no routine called {routine_id!r}.{hint} "
                        f"Known routines: {', '.join(sorted(known))}")
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True, slots=True)
class Library:
    routines: tuple[Routine, ...]
    problems: tuple[Problem, ...]
    catalogue: dict[str, Exercise]

    def get(self, routine_id: str) -> Routine:
        for routine in self.routines:
            if routine.id == routine_id:
                return routine
        raise UnknownRoutine(routine_id, [r.id for r in self.routines])

    def mine(self) -> list[Routine]:
        return [r for r in self.routines if r.origin is Origin.USER]


def _routine_files(folder: Path) -> list[Path]:
    from coach.core.routine_files.reader import CATALOGUE_FILE

    try:
        return sorted(p for p in folder.glob("*.toml") if p.name != CATALOGUE_FILE)
    except OSError:
        return []


def duplicate_id(path: Path | None, routine_id: str, first: Path | None) -> Problem:
    """The problem of a routine whose id another file (loaded first) already uses."""
    return Problem(path, f"duplicate routine id {routine_id!r}: already used by {first}; "
                         "Limber loads that one and skips this file, so give it another id",
                   "id")


def load_library(user_dir: Path | None = None, builtin_dir: Path | None = None,
                 language: str | None = None) -> Library:
    """Every routine, in ``language`` (the active one when None): the built-ins and the
    catalogue in its words where ``routines/i18n`` has them, your own as written."""
    # The reader (tomllib and its checks) loads with the first library, not with the model.
    from coach.core.routine_files.reader import CATALOGUE_FILE, load_catalogue, load_routine

    builtin = builtin_dir or routines_dir()
    catalogue, problems = load_catalogue(builtin / CATALOGUE_FILE)
    routines: list[Routine] = []
    seen: dict[str, Path | None] = {}
    folder = user_routines_dir() if user_dir is None else user_dir
    sources = [(p, Origin.BUILT_IN) for p in _routine_files(builtin)]
    if folder.is_dir():
        sources += [(p, Origin.USER) for p in _routine_files(folder)]
    for path, origin in sources:
        routine, found = load_routine(path, catalogue, origin=origin)
        problems += found
        if routine is None:
            continue
        if routine.id in seen:
            problems.append(duplicate_id(path, routine.id, seen[routine.id]))
            continue
        seen[routine.id] = path
        routines.append(routine)
    translation, found = _translation(builtin, language)
    problems += found
    if translation is None:
        return Library(tuple(routines), tuple(problems), catalogue)
    from coach.core.routine_files.translations import translate_catalogue, translate_routine

    words = translate_catalogue(catalogue, translation)
    return Library(tuple(translate_routine(r, translation, catalogue, words) for r in routines),
                   tuple(problems), words)


def _translation(builtin: Path, language: str | None) -> tuple[Translation | None, list[Problem]]:
    code = current_language.language() if language is None else language
    if code == current_language.ENGLISH:
        return None, []  # the files' own words (and no import of the translations' reader)
    from coach.core.routine_files.translations import read_translation, translation_path

    path = translation_path(builtin, code)
    if not path.is_file():
        return None, []  # a language with screens but no routine words yet: said as written
    return read_translation(path)
