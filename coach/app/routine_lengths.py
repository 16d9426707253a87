"""How long each routine runs, remembered between starts so the home screen need not compile
every routine's plan before it can show itself.

Fitting the cues of a plan is the slowest thing the home screen would otherwise do at start-up
(several routines, hundreds of phrases timed). The totals are kept in a small JSON file in the
cache folder, each under a key made of everything the total depends on: the routine itself (its
every field, so an edited file is a new key), the plan settings and the plan compiler's own
source. A key not found is compiled and the file rewritten (atomically); a damaged or unreadable
file only means compiling again. Only the current keys are kept, so the file never grows.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from coach.app.source_stamp import source_stamp
from coach.core.files.atomic import write_atomic
from coach.core.files.digests import blake2b
from coach.core.model import Routine
from coach.core.plan.compiler import PlanSettings

FILE_NAME = "routine-lengths.json"
# The modules whose code decides a plan's length: a change to any of them is a new key.
_COMPILER_MODULES = ("plan", "phrase_time", "spoken", "model")

Compile = Callable[[Routine, PlanSettings], int]


def length_key(routine: Routine, settings: PlanSettings) -> str:
    text = repr((routine, settings, source_stamp(_COMPILER_MODULES)))
    return blake2b(text.encode(), digest_size=32).hexdigest()


class RoutineLengths:
    """Routine totals (seconds) by routine id; ``path`` None keeps nothing between runs."""

    def __init__(self, path: Path | None, compile_total: Compile) -> None:
        self._path = path
        self._compile = compile_total
        self._known: dict[str, int] | None = None

    def totals(self, routines: Iterable[Routine], settings: PlanSettings) -> dict[str, int]:
        known = self._load()
        found: dict[str, int] = {}
        keys: dict[str, int] = {}
        for routine in routines:
            key = length_key(routine, settings)
            total = known.get(key)
            if total is None:
                total = self._compile(routine, settings)
            found[routine.id] = keys[key] = total
        if keys != known:
            self._known = keys
            self._save(keys)
        return found

    def _load(self) -> dict[str, int]:
        if self._known is None:
            self._known = {}
            if self._path is not None:
                try:
                    data = json.loads(self._path.read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    data = {}
                if isinstance(data, dict):
                    self._known = {k: v for k, v in data.items()
                                   if isinstance(k, str) and type(v) is int and v >= 0}
        return self._known

    def _save(self, keys: dict[str, int]) -> None:
        if self._path is None:
            return
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self._path, json.dumps(keys, sort_keys=True))
        except OSError:
            pass  # only a cache: the next start compiles again
