"""A routine file's problems in words for the window: what a field is called on screen, and the
checker's messages without the file's own vocabulary.

``limber check`` says ``steps[0].exercise: unknown exercise 'x'`` and "add at least one
[[steps]]": exact, and right for someone editing the file. The editor and the import dialog say
"Step 1, exercise: there is no exercise 'x'" and "Add at least one step" instead. The checker
stays the one judge; only the words change, here.
"""

from __future__ import annotations

import re

from coach.core.language.current_language import QT_TRANSLATE_NOOP, translate
from coach.core.routine_files.problems import Problem

ROUTINE_FIELDS = {
    "id": QT_TRANSLATE_NOOP("ProblemWords", "Id"),
    "name": QT_TRANSLATE_NOOP("ProblemWords", "Name"),
    "kind": QT_TRANSLATE_NOOP("ProblemWords", "Kind"),
    "description": QT_TRANSLATE_NOOP("ProblemWords", "Description"),
    "gentle": QT_TRANSLATE_NOOP("ProblemWords", "Gentle"),
    "finish": QT_TRANSLATE_NOOP("ProblemWords", "Said at the end"),
    "steps": QT_TRANSLATE_NOOP("ProblemWords", "Steps"),
    "exercises": QT_TRANSLATE_NOOP("ProblemWords", "Exercises"),
    "defaults": QT_TRANSLATE_NOOP("ProblemWords", "Defaults"),
    "defaults.changeover_seconds": QT_TRANSLATE_NOOP("ProblemWords", "Gap between steps"),
    "defaults.switch_seconds": QT_TRANSLATE_NOOP("ProblemWords", "Time to switch sides"),
    "defaults.hold_seconds": QT_TRANSLATE_NOOP("ProblemWords", "Hold time"),
    "defaults.rep_seconds": QT_TRANSLATE_NOOP("ProblemWords", "Seconds a rep"),
}
STEP_FIELDS = {
    "exercise": QT_TRANSLATE_NOOP("ProblemWords", "exercise"),
    "seconds": QT_TRANSLATE_NOOP("ProblemWords", "seconds"),
    "reps": QT_TRANSLATE_NOOP("ProblemWords", "reps"),
    "rep_seconds": QT_TRANSLATE_NOOP("ProblemWords", "seconds a rep"),
    "sides": QT_TRANSLATE_NOOP("ProblemWords", "sides"),
    "say": QT_TRANSLATE_NOOP("ProblemWords", "said first"),
    "cues": QT_TRANSLATE_NOOP("ProblemWords", "tips"),
    "halfway": QT_TRANSLATE_NOOP("ProblemWords", "halfway call"),
    "changeover_seconds": QT_TRANSLATE_NOOP("ProblemWords", "gap before it"),
    "switch_seconds": QT_TRANSLATE_NOOP("ProblemWords", "time to switch sides"),
    "optional": QT_TRANSLATE_NOOP("ProblemWords", "may be left out"),
}
EXERCISE_FIELDS = {
    "name": QT_TRANSLATE_NOOP("ProblemWords", "name"),
    "kind": QT_TRANSLATE_NOOP("ProblemWords", "kind"),
    "focus": QT_TRANSLATE_NOOP("ProblemWords", "body parts"),
    "how": QT_TRANSLATE_NOOP("ProblemWords", "how to do it"),
    "picture": QT_TRANSLATE_NOOP("ProblemWords", "picture"),
    "safety": QT_TRANSLATE_NOOP("ProblemWords", "safety note"),
    "side_part": QT_TRANSLATE_NOOP("ProblemWords", "side part"),
}
# The file's key names as they appear inside messages, and what the window calls them.
KEY_WORDS = (
    ("rep_seconds", QT_TRANSLATE_NOOP("ProblemWords", "seconds a rep")),
    ("side_part", QT_TRANSLATE_NOOP("ProblemWords", "side part")),
    ("(at) or after a rep (after_rep)", QT_TRANSLATE_NOOP("ProblemWords", "or after a rep")),
    ("after_rep only applies",
     QT_TRANSLATE_NOOP("ProblemWords", "A tip after a rep only applies")),
    ("after_rep needs", QT_TRANSLATE_NOOP("ProblemWords", "A tip after a rep needs")),
    ("in say and cues", QT_TRANSLATE_NOOP("ProblemWords", "in “Said first” and the tips")),
    ("in say", QT_TRANSLATE_NOOP("ProblemWords", "in “Said first”")),
)

_STEP = re.compile(r"^steps\[(\d+)\](?:\.(\w+)(?:\[(\d+)\](?:\.(\w+))?)?)?$")
_EXERCISE = re.compile(r"^exercises\.([^.]+)(?:\.(\w+))?$")


def where(field: str) -> str:
    """"Step 2, seconds", "Step 1, tip 2", "Exercise 'band-walk', name", "Name"…"""
    step = _STEP.match(field)
    if step is not None:
        number, key, item, inner = step.groups()
        said = translate("ProblemWords", "Step {number}").format(number=int(number) + 1)
        if key == "cues" and item is not None:
            tip = translate("ProblemWords", "{step}, tip {number}").format(
                step=said, number=int(item) + 1)
            if inner == "at":
                return translate("ProblemWords", "{tip}, its time").format(tip=tip)
            if inner == "after_rep":
                return translate("ProblemWords", "{tip}, its rep").format(tip=tip)
            return tip
        return f"{said}, {_field(STEP_FIELDS, key)}" if key else said
    exercise = _EXERCISE.match(field)
    if exercise is not None:
        ex_id, key = exercise.groups()
        said = translate("ProblemWords", "Exercise {id}").format(id=repr(ex_id.strip(chr(34))))
        return f"{said}, {_field(EXERCISE_FIELDS, key)}" if key else said
    return _field(ROUTINE_FIELDS, field)


def _field(names: dict[str, str], key: str) -> str:
    return translate("ProblemWords", names[key]) if key in names else key


# (pattern, replacement): the checker's phrasings that carry the file's grammar.
_REWORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), words) for pattern, words in (
        (r"^the routine has no steps; add at least one \[\[steps\]\]$",
         QT_TRANSLATE_NOOP(
             "ProblemWords", "The routine has no steps yet: add at least one.")),
        (r"^must not be empty$",
         QT_TRANSLATE_NOOP(
             "ProblemWords", "This cannot be left empty.")),
        (r"^expected (a whole number|a number)(?: of (\w+))?, got (.+)$",
         QT_TRANSLATE_NOOP(
             "ProblemWords", r"Type \1 (\2), not \3.")),
        (r"^(\S+) is out of range; expected (.+)$",
         QT_TRANSLATE_NOOP(
             "ProblemWords", r"\1 is out of range: use \2.")),
        (r"^(\S+) s is outside the step; expected (.+)$",
         QT_TRANSLATE_NOOP(
             "ProblemWords", r"\1 s falls outside the step: use \2.")),
        (r"^expected text in quotes, got (.+)$",
         QT_TRANSLATE_NOOP(
             "ProblemWords", r"Write words here, not \1.")),
        (r"^expected true or false, got (.+)$",
         QT_TRANSLATE_NOOP(
             "ProblemWords", r"Yes or no is wanted here, not \1.")),
        (r"^expected one of (.+), got (.+?)(; did you mean .+)?$",
         QT_TRANSLATE_NOOP(
             "ProblemWords", r"Choose one of \1, not \2\3.")),
        (r"^unknown exercise (.+?)(; did you mean .+)?$",
         QT_TRANSLATE_NOOP(
             "ProblemWords", r"There is no exercise \1 in the catalogue or the routine\2.")),
        (r"^unknown key (.+?);.*$",
         QT_TRANSLATE_NOOP(
             "ProblemWords", r"Limber does not know \1 here.")),
        (r"^missing required key '(.+)'$",
         QT_TRANSLATE_NOOP(
             "ProblemWords", r"“\1” is missing.")),
        (r"^a routine id must be (.+?), got (.+)$",
         QT_TRANSLATE_NOOP(
             "ProblemWords", r"An id must be \1; \2 is not one.")),
        (r"^TOML syntax error: (.+)$",
         QT_TRANSLATE_NOOP(
             "ProblemWords", r"The file is not written correctly here: \1.")),
        (r"^expected \[\[steps\]\] tables, got (.+)$",
         QT_TRANSLATE_NOOP(
             "ProblemWords", r"The steps are not written as steps (\1).")),
        (r"^expected a table, got (.+)$",
         QT_TRANSLATE_NOOP(
             "ProblemWords", r"A section was expected here, not \1.")),
        (r"^rep_seconds only applies to a step with reps$",
         QT_TRANSLATE_NOOP(
             "ProblemWords", "Seconds a rep only applies to a counted step.")),
    ))
_WARNING = re.compile(r"^warning: [^:]+: ")


def plain_message(message: str) -> str:
    """The checker's ``message`` in the window's words, as a sentence."""
    text = _WARNING.sub("", message)
    for pattern, words in _REWORDS:
        if pattern.match(text):
            text = pattern.sub(translate("ProblemWords", words), text).replace(" ()", "")
            break
    for key, words in KEY_WORDS:
        text = text.replace(key, translate("ProblemWords", words))
    text = (text[:1].upper() + text[1:]).replace("?.", "?")
    return text if text.endswith((".", "?", "!")) else text + "."


def plain_problem(problem: Problem) -> str:
    """One problem of a file, for a person: "Line 7, step 1, exercise: There is no…"."""
    parts = []
    if problem.line is not None:
        parts.append(translate("ProblemWords", "Line {line}").format(line=problem.line))
    if problem.field:
        named = where(problem.field)
        parts.append(named[:1].lower() + named[1:] if parts else named)
    said = plain_message(problem.message)
    return f"{', '.join(parts)}: {said}" if parts else said
