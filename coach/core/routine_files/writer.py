"""Write a routine back out as a readable TOML file that loads to the same routine.

The reader (:mod:`coach.core.routine_files.reader`) is the judge: whatever this writes, it reads
back equal (tested for every built-in). Catalogue exercises are referred to by id; an exercise the
catalogue lacks (one the user made) is written into the file under ``[exercises.ID]``, and so
is a pronunciation the catalogue's ``[pronounce]`` lacks. An exported file carries every
exercise and pronunciation it uses, so it loads on a machine whose catalogue differs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from coach.core.model import (
    Defaults,
    Exercise,
    MidCue,
    Pronunciation,
    Routine,
    Sides,
    Step,
    catalogue_pronounce,
)

ID_LIMIT = 64
_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def routine_toml(routine: Routine, catalogue: Mapping[str, Exercise], *,
                 embed_all: bool = False) -> str:
    """The routine as TOML text.

    With ``embed_all`` (export) every exercise the routine uses is written into the file, the
    catalogue's too; otherwise only those the catalogue lacks or holds differently.
    """
    out = [f"# {_comment(routine.name)}: a Limber routine.",
           "# Check it with  limber check FILE  and add it with  limber import FILE", ""]
    out.append(f"id = {toml_string(routine.id)}")
    out.append(f"name = {toml_string(routine.name)}")
    out.append(f"kind = {toml_string(str(routine.kind))}")
    out.append(f"description = {toml_string(routine.description)}")
    if routine.gentle:
        out.append("gentle = true")
    if routine.finish is not None:
        out.append(f"finish = {toml_string(routine.finish)}")
    out += ["", "[defaults]", *_defaults(routine.defaults)]
    if own := _own_pronounce(routine, catalogue, embed_all=embed_all):
        out += ["", "[pronounce]",
                *(f"{toml_string(written)} = {toml_string(said)}" for written, said in own)]
    for exercise in _own_exercises(routine, catalogue, embed_all=embed_all):
        out += ["", *_exercise(exercise)]
    for step in routine.steps:
        out += ["", "[[steps]]", *_step(step, routine.defaults)]
    return "\n".join(out) + "\n"


def _own_exercises(routine: Routine, catalogue: Mapping[str, Exercise], *,
                   embed_all: bool) -> list[Exercise]:
    seen: dict[str, Exercise] = {}
    for step in routine.steps:
        ex = step.exercise
        if ex.id in seen:
            continue
        if embed_all or catalogue.get(ex.id) != ex:
            seen[ex.id] = ex
    return list(seen.values())


def _own_pronounce(routine: Routine, catalogue: Mapping[str, Exercise], *,
                   embed_all: bool) -> Pronunciation:
    """The entries the catalogue does not hold as they are (all of them for an export)."""
    shared = set(catalogue_pronounce(catalogue))
    return tuple(e for e in routine.pronounce if embed_all or e not in shared)


def _defaults(d: Defaults) -> list[str]:
    return [f"hold_seconds = {d.hold_seconds}",
            f"changeover_seconds = {d.changeover_seconds}",
            f"switch_seconds = {d.switch_seconds}",
            f"rep_seconds = {toml_number(d.rep_seconds)}"]


def _exercise(ex: Exercise) -> list[str]:
    lines = [f"[exercises.{ex.id}]",
             f"name = {toml_string(ex.name)}",
             f"kind = {toml_string(str(ex.kind))}",
             f"focus = [{', '.join(toml_string(str(f)) for f in ex.focus)}]",
             f"how = {toml_string(ex.how)}"]
    for key, value in (("picture", ex.picture), ("safety", ex.safety),
                       ("side_part", ex.side_part)):
        if value is not None:
            lines.append(f"{key} = {toml_string(value)}")
    return lines


def _step(step: Step, defaults: Defaults) -> list[str]:
    lines = [f"exercise = {toml_string(step.exercise.id)}"]
    if step.reps is not None:
        lines.append(f"reps = {step.reps}")
        if step.rep_seconds != defaults.rep_seconds:
            lines.append(f"rep_seconds = {toml_number(step.rep_seconds)}")
    else:
        lines.append(f"seconds = {step.seconds}")
    if step.sides is not Sides.ONCE:
        lines.append(f"sides = {toml_string(str(step.sides))}")
    if step.say is not None:
        lines.append(f"say = {toml_string(step.say)}")
    if step.cues:
        lines.append(f"cues = [ {', '.join(_cue(c) for c in step.cues)} ]")
    if not step.halfway:
        lines.append("halfway = false")
    if step.changeover_seconds is not None:
        lines.append(f"changeover_seconds = {step.changeover_seconds}")
    if step.switch_seconds is not None:
        lines.append(f"switch_seconds = {step.switch_seconds}")
    if step.optional:
        lines.append("optional = true")
    return lines


def _cue(cue: MidCue) -> str:
    if cue.after_rep is not None:
        return f"{{ after_rep = {cue.after_rep}, say = {toml_string(cue.text)} }}"
    at = '"half"' if cue.at is None else toml_number(cue.at)
    return f"{{ at = {at}, say = {toml_string(cue.text)} }}"


def toml_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def toml_string(text: str) -> str:
    """A TOML basic string: every character the reader would take specially is escaped."""
    out = []
    for ch in text:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _comment(text: str) -> str:
    return " ".join(text.split())


def slug(text: str) -> str:
    """``text`` as an id: lower-case letters, digits and hyphens (may be empty)."""
    return _SLUG_DROP.sub("-", text.lower()).strip("-")[:ID_LIMIT].strip("-")


def free_id(wanted: str, taken: Iterable[str]) -> str:
    """An id like ``wanted`` (a name or an id) that no routine in ``taken`` has."""
    used = set(taken)
    base = slug(wanted) or "my-routine"
    if base not in used:
        return base
    for n in range(2, 10_000):
        suffix = f"-{n}"
        candidate = base[:ID_LIMIT - len(suffix)].rstrip("-") + suffix
        if candidate not in used:
            return candidate
    raise ValueError("no free id")  # ten thousand routines with one name: not a real case
