"""The words for the routine files' own terms, where a runner reads them: an exercise's kind
and the body parts it works (the editor), a routine's kind and where it comes from (the editor,
``limber list``). The files keep the terms themselves ("static-stretch", "calf", "warm-up")."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from coach.core.language.current_language import QT_TRANSLATE_NOOP, translate
from coach.core.model import ExerciseKind, Focus, Origin, RoutineKind

_KINDS: Final[Mapping[str, str]] = MappingProxyType({
    ExerciseKind.WALK: QT_TRANSLATE_NOOP("CatalogueWords", "walk"),
    ExerciseKind.MOBILISE: QT_TRANSLATE_NOOP("CatalogueWords", "mobilise"),
    ExerciseKind.DYNAMIC: QT_TRANSLATE_NOOP("CatalogueWords", "dynamic"),
    ExerciseKind.STATIC_STRETCH: QT_TRANSLATE_NOOP("CatalogueWords", "static stretch"),
    ExerciseKind.STRENGTH: QT_TRANSLATE_NOOP("CatalogueWords", "strength"),
    ExerciseKind.PROMPT: QT_TRANSLATE_NOOP("CatalogueWords", "prompt"),
})
_FOCUS: Final[Mapping[str, str]] = MappingProxyType({
    Focus.ANKLE: QT_TRANSLATE_NOOP("CatalogueWords", "ankle"),
    Focus.KNEE: QT_TRANSLATE_NOOP("CatalogueWords", "knee"),
    Focus.HIP: QT_TRANSLATE_NOOP("CatalogueWords", "hip"),
    Focus.CALF: QT_TRANSLATE_NOOP("CatalogueWords", "calf"),
    Focus.HAMSTRING: QT_TRANSLATE_NOOP("CatalogueWords", "hamstring"),
    Focus.QUAD: QT_TRANSLATE_NOOP("CatalogueWords", "quad"),
    Focus.GLUTE: QT_TRANSLATE_NOOP("CatalogueWords", "glute"),
    Focus.ADDUCTOR: QT_TRANSLATE_NOOP("CatalogueWords", "adductor"),
    Focus.UPPER_BODY: QT_TRANSLATE_NOOP("CatalogueWords", "upper body"),
    Focus.WHOLE_BODY: QT_TRANSLATE_NOOP("CatalogueWords", "whole body"),
})

_ROUTINE_KINDS: Final[Mapping[str, str]] = MappingProxyType({
    RoutineKind.WARM_UP: QT_TRANSLATE_NOOP("CatalogueWords", "warm-up"),
    RoutineKind.COOL_DOWN: QT_TRANSLATE_NOOP("CatalogueWords", "cool-down"),
    RoutineKind.STRENGTH: QT_TRANSLATE_NOOP("CatalogueWords", "strength"),
    RoutineKind.OTHER: QT_TRANSLATE_NOOP("CatalogueWords", "other"),
})
_ORIGINS: Final[Mapping[str, str]] = MappingProxyType({
    Origin.BUILT_IN: QT_TRANSLATE_NOOP("CatalogueWords", "built-in"),
    Origin.USER: QT_TRANSLATE_NOOP("CatalogueWords", "user"),
})


def routine_kind_word(kind: str) -> str:
    """A routine's kind in the active language; an unknown one as written."""
    return translate("CatalogueWords", _ROUTINE_KINDS[kind]) if kind in _ROUTINE_KINDS else kind


def origin_word(origin: str) -> str:
    """Where a routine comes from (built in, or the user's), in the active language."""
    return translate("CatalogueWords", _ORIGINS[origin]) if origin in _ORIGINS else origin


def kind_word(kind: str) -> str:
    """An exercise kind in the active language; an unknown one as written."""
    return translate("CatalogueWords", _KINDS[kind]) if kind in _KINDS else kind


def focus_word(focus: str) -> str:
    """A body part in the active language; an unknown one as written."""
    return translate("CatalogueWords", _FOCUS[focus]) if focus in _FOCUS else focus
