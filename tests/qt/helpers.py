"""Routines built in code and a tiny library, so GUI tests do not depend on the shipped content."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach.core.model import (
    Defaults,
    Exercise,
    ExerciseKind,
    Focus,
    Origin,
    Routine,
    RoutineKind,
    Sides,
    Step,
)
from coach.core.routine_files.problems import Problem
from coach.storage.prefs import LoadResult
from coach.storage.prefs_schema import Preferences

if TYPE_CHECKING:
    from coach.app.controller import LibraryLike, PrefsChange
    from coach.core.clock import Clock
    from coach.qt.theme import ThemeSwitcher
    from coach.qt.widgets.picture import Locator
    from coach.qt.window import MainWindow

MARCH = Exercise("march", "March", ExerciseKind.WALK, (Focus.WHOLE_BODY,),
                 "March on the spot, arms swinging.", picture="march")
CALF = Exercise("calf", "Calf stretch", ExerciseKind.STATIC_STRETCH, (Focus.CALF,),
                "Hands on the wall, back heel down.", picture="no-such-picture",
                safety="Ease off if it pinches.")
CIRCLES = Exercise("circles", "Ankle circles", ExerciseKind.MOBILISE, (Focus.ANKLE,),
                   "Draw slow circles with your toes.")

NO_GAPS = Defaults(changeover_seconds=5, switch_seconds=3)


def warm_up(routine_id: str = "test-warm", *, gentle: bool = False,
            name: str = "Test warm-up") -> Routine:
    """March 30 s; calf 20 s per side; ankle circles 5 reps of 2 s (with 5 s gaps, 3 s switch)."""
    return Routine(routine_id, name, RoutineKind.WARM_UP, "A warm-up for tests.", (
        Step(MARCH, seconds=30),
        Step(CALF, seconds=20, sides=Sides.PER_SIDE),
        Step(CIRCLES, reps=5, rep_seconds=2.0),
    ), gentle=gentle, defaults=NO_GAPS)


def cool_down(routine_id: str = "test-cool") -> Routine:
    """Calf 20 s per side, then march 20 s."""
    return Routine(routine_id, "Test cool-down", RoutineKind.COOL_DOWN, "A cool-down for tests.", (
        Step(CALF, seconds=20, sides=Sides.PER_SIDE),
        Step(MARCH, seconds=20),
    ), defaults=NO_GAPS)


def mine() -> Routine:
    return Routine("my-own", "My own stretch", RoutineKind.COOL_DOWN, "Mine.",
                   (Step(CALF, seconds=15),), origin=Origin.USER)


@dataclass
class FakeLibrary:
    routines: tuple[Routine, ...] = field(default_factory=lambda: (
        warm_up(), warm_up("test-gentle", gentle=True, name="Gentle test warm-up"), cool_down(),
    ))
    problems: tuple[Problem, ...] = ()

    def get(self, routine_id: str) -> Routine:
        return next(r for r in self.routines if r.id == routine_id)


class RecordingPrefs:
    """A preferences file in memory that keeps every state it was saved in (``saved``)."""

    def __init__(self, prefs: Preferences | None = None) -> None:
        self.prefs = prefs or Preferences()
        self.saved: list[Preferences] = []
        self.path = Path("/nonexistent/limber-test/preferences.json")

    def load(self) -> LoadResult:
        return LoadResult(self.prefs)

    def update(self, changes: PrefsChange) -> LoadResult:
        edit = changes if callable(changes) else (lambda p: p.replace(**changes))
        self.prefs = edit(self.prefs)
        self.saved.append(self.prefs)
        return LoadResult(self.prefs, (), self.path)


def window_for(library: LibraryLike | None = None, *, clock: Clock,
               theme: ThemeSwitcher | None = None, locate_picture: Locator | None = None,
               preview_after_paint: bool = False, **controller: Any) -> MainWindow:
    """A window handed a controller built from ``controller``'s arguments (as the app's is)."""
    from coach.app.controller import AppController
    from coach.qt.window import MainWindow

    return MainWindow(AppController(library or FakeLibrary(), **controller), clock=clock,
                      theme=theme, locate_picture=locate_picture,
                      preview_after_paint=preview_after_paint)
