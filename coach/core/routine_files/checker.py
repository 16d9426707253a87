"""One check for a routine, whoever asks: ``limber check``, ``limber import`` and the editor.

Problems make a routine invalid; warnings (cues that cannot all be said as written, at the
speech rate in use) are worth fixing but the routine still runs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from coach.core.files.bounded_read import read_bounded
from coach.core.model import Exercise, Origin, Routine
from coach.core.plan.compiler import Plan, PlanSettings, compile_plan
from coach.core.routine_files.library import duplicate_id
from coach.core.routine_files.problems import Problem
from coach.core.routine_files.reader import MAX_FILE_BYTES, load_routine
from coach.core.routine_files.toml_positions import KeyPositions


@dataclass(frozen=True, slots=True)
class Checked:
    routine: Routine | None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    plan: Plan | None = None

    @property
    def valid(self) -> bool:
        return self.routine is not None and not self.problems


def check_routine(path: Path | None, catalogue: Mapping[str, Exercise],
                  settings: PlanSettings, *, text: str | None = None,
                  taken: Mapping[str, Path | None] | None = None,
                  itself_ok: bool = True) -> Checked:
    """Read a routine from ``path`` (or ``text``), then fit its cues.

    ``taken`` maps the ids other routines already have (the built-ins, say) to their files: a
    routine with one of them is a problem, since Limber would skip it; with ``itself_ok`` not
    when it is that very file (``limber check routines/warmup-quick.toml``).
    """
    if text is None and path is not None:
        # Read once: the same text is loaded and then points the warnings at their lines.
        text = read_routine_text(path)
    routine, problems = load_routine(path, catalogue, text=text, origin=Origin.USER)
    if routine is None:
        return Checked(None, problems)
    first = (taken or {}).get(routine.id, _FREE)
    if first is not _FREE and not (itself_ok and _same(first, path)):
        return Checked(routine, [duplicate_id(path, routine.id, first)])
    plan = compile_plan(routine, settings)
    return Checked(routine, [], fit_warnings(path, text, plan), plan)


def read_routine_text(path: Path) -> str | None:
    """A routine file's text, or None when it cannot be read as one: then the loader reads
    it itself and says why (too big, not a plain file, not UTF-8…)."""
    try:
        return read_bounded(path, MAX_FILE_BYTES).decode("utf-8")
    except (OSError, ValueError):  # FileTooLarge and UnicodeDecodeError are ValueErrors
        return None


_FREE = Path("\0 not taken")


def _same(first: Path | None, path: Path | None) -> bool:
    return first is not None and path is not None and first.resolve() == path.resolve()


def fit_warnings(path: Path | None, text: str | None, plan: Plan) -> list[Problem]:
    """The plan's fitting warnings, each pointing at its step (in the file, when there is one)."""
    positions = KeyPositions(text) if text is not None else None
    found = []
    for w in plan.warnings:
        where = positions.find(("steps", w.step)) if positions else None
        line, col = where if where else (None, None)
        found.append(Problem(path, f"warning: {w.exercise}: {w.message}", f"steps[{w.step}]",
                             line, col))
    return found
