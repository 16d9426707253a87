"""Which routines the home screen lists and offers first.

No Qt here: these are decisions, tested without a window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coach.core.language.current_language import QT_TRANSLATE_NOOP, translate
from coach.core.model import Origin, Routine, RoutineKind
from coach.storage.prefs_schema import Preferences

# What the big buttons start before the user has chosen anything.
DEFAULT_QUICK = {
    RoutineKind.WARM_UP: "warmup-standard",
    RoutineKind.COOL_DOWN: "cooldown-standard",
}

# The groups' titles, marked here and translated when the groups are made.
GROUPS: tuple[tuple[str, RoutineKind], ...] = (
    (QT_TRANSLATE_NOOP("Choices", "Warm-up"), RoutineKind.WARM_UP),
    (QT_TRANSLATE_NOOP("Choices", "Cool-down"), RoutineKind.COOL_DOWN),
    (QT_TRANSLATE_NOOP("Choices", "Strength"), RoutineKind.STRENGTH),
    (QT_TRANSLATE_NOOP("Choices", "Other"), RoutineKind.OTHER),
)
MINE = QT_TRANSLATE_NOOP("Choices", "Mine")


@dataclass(frozen=True, slots=True)
class Group:
    title: str
    routines: tuple[Routine, ...]


def group_routines(routines: Sequence[Routine]) -> list[Group]:
    """Built-in routines by kind, then the user's own under "Mine"; empty groups left out."""
    groups = []
    for title, kind in GROUPS:
        found = tuple(r for r in routines if r.kind is kind and r.origin is Origin.BUILT_IN)
        if found:
            groups.append(Group(translate("Choices", title), found))
    mine = tuple(r for r in routines if r.origin is Origin.USER)
    if mine:
        groups.append(Group(translate("Choices", MINE), mine))
    return groups


def quick_start(routines: Sequence[Routine], kind: RoutineKind,
                prefs: Preferences) -> Routine | None:
    """The routine a quick-start button runs: the last one of that kind, else a sensible one."""
    of_kind = [r for r in routines if r.kind is kind]
    if not of_kind:
        return None
    last = prefs.last_routines.get(str(kind))
    for routine in of_kind:
        if routine.id == last:
            return routine
    if prefs.prefer_gentle and (gentle := gentle_routine(routines, kind)):
        return gentle
    default = DEFAULT_QUICK.get(kind)
    return next((r for r in of_kind if r.id == default), None) or \
        next((r for r in of_kind if not r.gentle), of_kind[0])


def gentle_routine(routines: Sequence[Routine], kind: RoutineKind) -> Routine | None:
    """The joint-friendly routine of a kind: a built-in one first, else one of the user's."""
    gentle = [r for r in routines if r.kind is kind and r.gentle]
    gentle.sort(key=lambda r: r.origin is not Origin.BUILT_IN)
    return gentle[0] if gentle else None


def remember(prefs: Preferences, routine: Routine) -> Preferences:
    """Prefs with ``routine`` as the last one of its kind (what the quick start runs next)."""
    last = dict(prefs.last_routines)
    last[str(routine.kind)] = routine.id
    return prefs.replace(last_routines=last)
