"""The built-in routines' and the catalogue's words in another language: data beside them.

``routines/i18n/de.toml`` holds every German word the built-ins speak or show, keyed by
what it translates, so a translator edits one file and no code::

    [pronounce]                              # the language's own "written" = "said" table
    [exercises.calf-stretch]                 # name, how, safety, and side_part, or the
    sides = ["linke Wade", "rechte Wade"]    #   words for each side whole where the side
                                             #   word must agree with the part
    [routines.warmup-standard]               # name, description, finish
    [routines.warmup-standard.steps.2]       # step 2 (from 1): say, cues (in the file's order)

:func:`check_translation` finds what is missing (a word the English has and the file does not)
and what is extra (a key the English has no word for), naming the file, line and key;
``limber check`` runs it on every shipped language. A routine the file does not name (your
own) is spoken as written; its catalogue exercises still take the language's words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from coach.core.model import Catalogue, Exercise, MidCue, Origin, Pronunciation, Routine, Step
from coach.core.plan.spoken_form import merged
from coach.core.routine_files.problems import Problem

I18N_FOLDER = "i18n"
EXERCISE_FIELDS = ("name", "how", "safety", "side_part", "sides")
ROUTINE_FIELDS = ("name", "description", "finish", "steps")
STEP_FIELDS = ("say", "cues")
SPOKEN = frozenset({"name", "safety", "side_part", "sides", "finish", "say", "cues"})


def translation_path(builtin_dir: Path, code: str) -> Path:
    return builtin_dir / I18N_FOLDER / f"{code}.toml"


@dataclass(frozen=True)
class Translation:
    """One language's words for the built-ins, as read (unchecked against the English)."""

    path: Path
    exercises: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    routines: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    pronounce: Pronunciation = ()


def read_translation(path: Path) -> tuple[Translation | None, list[Problem]]:
    """The file's words, or None and why it cannot be read; wrong shapes are problems and
    are left out (their words stay English)."""
    from coach.core.routine_files.reader import _parse, _pronounce, _Reader

    doc, text, problems = _parse(path, None)
    if doc is None:
        return None, problems
    reader = _Reader(path, text)
    reader.table(doc, (), ("pronounce", "exercises", "routines"))
    exercises = _tables(reader, doc, "exercises", EXERCISE_FIELDS)
    routines = _tables(reader, doc, "routines", ROUTINE_FIELDS)
    for routine_id, body in routines.items():
        steps = body.get("steps", {})
        if not isinstance(steps, dict):
            reader.problem(("routines", routine_id, "steps"), "expected tables [routines."
                           f"{routine_id}.steps.N], one per step numbered from 1")
            continue
        for number, step in steps.items():
            reader.table(step, ("routines", routine_id, "steps", number), STEP_FIELDS)
    return Translation(path, exercises, routines, _pronounce(reader, doc)), reader.problems


def _tables(reader: Any, doc: Mapping[str, Any], key: str,
            fields: tuple[str, ...]) -> dict[str, Mapping[str, Any]]:
    value = doc.get(key, {})
    if not isinstance(value, dict):
        reader.problem((key,), "expected tables, one per id")
        return {}
    found = {}
    for ident, body in value.items():
        table = reader.table(body, (key, ident), fields)
        if table is not None:
            found[ident] = table
    return found


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _texts(value: Any, count: int) -> tuple[str, ...] | None:
    if not isinstance(value, list) or len(value) != count or \
            not all(isinstance(v, str) and v.strip() for v in value):
        return None
    return tuple(v.strip() for v in value)


def translate_exercise(exercise: Exercise, words: Mapping[str, Any]) -> Exercise:
    sides = _texts(words.get("sides"), 2)
    return replace(
        exercise,
        name=_text(words.get("name")) or exercise.name,
        how=_text(words.get("how")) or exercise.how,
        safety=(_text(words.get("safety")) or exercise.safety) if exercise.safety else None,
        side_part=_text(words.get("side_part")) or exercise.side_part,
        sides_said=(sides[0], sides[1]) if sides else exercise.sides_said,
    )


def translate_catalogue(catalogue: Catalogue, translation: Translation) -> Catalogue:
    exercises = {ex_id: translate_exercise(ex, translation.exercises[ex_id])
                 if ex_id in translation.exercises else ex for ex_id, ex in catalogue.items()}
    return Catalogue(exercises, merged(catalogue.pronounce, translation.pronounce))


def translate_routine(routine: Routine, translation: Translation,
                      english: Mapping[str, Exercise], translated: Mapping[str, Exercise],
                      ) -> Routine:
    """A built-in in the translation's words; another routine (yours) keeps its own words,
    its catalogue exercises (those the same as the English catalogue's) in the language, and
    the language's pronunciation table added."""
    pronounce = merged(routine.pronounce, translation.pronounce)
    words = translation.routines.get(routine.id)
    steps = tuple(replace(s, exercise=translated[s.exercise.id])
                  if english.get(s.exercise.id) == s.exercise and s.exercise.id in translated
                  else s for s in routine.steps)
    if words is None or routine.origin is not Origin.BUILT_IN:
        return replace(routine, steps=steps, pronounce=pronounce)
    step_words = words.get("steps", {})
    if not isinstance(step_words, dict):
        step_words = {}
    return replace(
        routine,
        name=_text(words.get("name")) or routine.name,
        description=_text(words.get("description")) or routine.description,
        finish=(_text(words.get("finish")) or routine.finish) if routine.finish else None,
        steps=tuple(_step(s, step_words.get(str(i))) for i, s in enumerate(steps, 1)),
        pronounce=pronounce,
    )


def _step(step: Step, words: Any) -> Step:
    if not isinstance(words, dict):
        return step
    cues = _texts(words.get("cues"), len(step.cues))
    return replace(
        step,
        say=(_text(words.get("say")) or step.say) if step.say else None,
        cues=tuple(MidCue(text, c.at, c.after_rep) for c, text in zip(step.cues, cues, strict=True))
        if cues else step.cues,
    )


# -- the check ------------------------------------------------------------------------------


def _english_exercise(exercise: Exercise) -> dict[str, Any]:
    words: dict[str, Any] = {"name": exercise.name, "how": exercise.how}
    if exercise.safety:
        words["safety"] = exercise.safety
    if exercise.side_part:
        words["side_part"] = exercise.side_part
    return words


def _english_routine(routine: Routine) -> dict[tuple[str, ...], Any]:
    words: dict[tuple[str, ...], Any] = {("name",): routine.name,
                                         ("description",): routine.description}
    if routine.finish:
        words[("finish",)] = routine.finish
    for i, step in enumerate(routine.steps, 1):
        if step.say:
            words[("steps", str(i), "say")] = step.say
        if step.cues:
            words[("steps", str(i), "cues")] = [c.text for c in step.cues]
    return words


def check_translation(path: Path, catalogue: Mapping[str, Exercise],
                      routines: Iterable[Routine]) -> list[Problem]:
    """Every word the English built-ins have that ``path`` does not (missing), and every key
    in ``path`` with no English word to translate (extra), with its line."""
    from coach.core.routine_files.reader import _parse, _Reader

    translation, problems = read_translation(path)
    if translation is None:
        return problems
    _, text, _ = _parse(path, None)
    reader = _Reader(path, text)
    for ex_id, exercise in catalogue.items():
        english = _english_exercise(exercise)
        ours = translation.exercises.get(ex_id)
        if ours is None:
            reader.problem(("exercises",), f"missing translation: exercises.{ex_id} "
                                           f"({', '.join(english)})")
            continue
        where = ("exercises", ex_id)
        for key in ("name", "how", "safety"):
            _compare(reader, where, key, english.get(key), ours.get(key))
        if "side_part" in english and "side_part" not in ours and "sides" not in ours:
            reader.problem(where, "missing translation: side_part (or sides = [left, right])")
        if "side_part" not in english:
            for key in ("side_part", "sides"):
                if key in ours:
                    reader.problem((*where, key), f"extra translation: {key} (the exercise is "
                                                  "not done one side at a time)")
        if "sides" in ours and _texts(ours["sides"], 2) is None:
            reader.problem((*where, "sides"), "expected two texts: the left side's words, then "
                                              "the right side's")
    for ex_id in translation.exercises:
        if ex_id not in catalogue:
            reader.problem(("exercises", ex_id), f"extra translation: no exercise {ex_id!r} in "
                                                 "the catalogue")
    builtins = {r.id: r for r in routines if r.origin is Origin.BUILT_IN}
    for routine_id, routine in builtins.items():
        ours_routine = translation.routines.get(routine_id)
        if ours_routine is None:
            reader.problem(("routines",), f"missing translation: routines.{routine_id}")
            continue
        where = ("routines", routine_id)
        english_words = _english_routine(routine)
        ours_flat = _flatten(ours_routine)
        for keys, english in english_words.items():
            _compare(reader, (*where, *keys[:-1]), keys[-1], english, ours_flat.get(keys))
        for keys in ours_flat:
            if keys not in english_words:
                reader.problem((*where, *keys), f"extra translation: {'.'.join(keys)} (the "
                                                "English routine has no such words)")
    for routine_id in translation.routines:
        if routine_id not in builtins:
            reader.problem(("routines", routine_id), f"extra translation: no built-in routine "
                                                     f"{routine_id!r}")
    return problems + reader.problems


def _flatten(words: Mapping[str, Any]) -> dict[tuple[str, ...], Any]:
    flat: dict[tuple[str, ...], Any] = {}
    for key, value in words.items():
        if key == "steps" and isinstance(value, dict):
            for number, step in value.items():
                if isinstance(step, dict):
                    for field_name, text in step.items():
                        flat[("steps", str(number), field_name)] = text
                else:
                    flat[("steps", str(number))] = step
        else:
            flat[(key,)] = value
    return flat


def _compare(reader: Any, where: tuple[str, ...], key: str, english: Any, ours: Any) -> None:
    if english is None:
        if ours is not None:
            reader.problem((*where, key), f"extra translation: {key} (the English has none)")
        return
    if ours is None:
        reader.problem(where, f"missing translation: {'.'.join((*where, key))}")
        return
    if isinstance(english, list):
        if _texts(ours, len(english)) is None:
            reader.problem((*where, key), f"expected {len(english)} text(s), one for each of "
                                          "the English cues, in their order")
        else:
            for item in ours:
                reader.text({key: item}, key, where, spoken=True)
        return
    if _text(ours) is None:
        reader.problem((*where, key), "expected text in quotes, not empty")
        return
    reader.text({key: ours}, key, where, spoken=key in SPOKEN)
