"""A routine file's problems in words for the window: what a field is called on screen, and the
checker's messages without the file's own vocabulary.

``limber check`` says ``steps[0].exercise: unknown exercise 'x'`` and "add at least one
[[steps]]": exact, and right for someone editing the file. The editor and the import dialog say
"Step 1, exercise: there is no exercise 'x'" and "Add at least one step" instead. The checker
stays the one judge; only the words change, here.
"""

from __future__ import annotations

import re

from coach.core.routine_files.problems import Problem

ROUTINE_FIELDS = {
    "id": "Id", "name": "Name", "kind": "Kind", "description": "Description",
    "gentle": "Gentle", "finish": "Said at the end", "steps": "Steps",
    "exercises": "Exercises", "defaults": "Defaults",
    "defaults.changeover_seconds": "Gap between steps",
    "defaults.switch_seconds": "Time to switch sides",
    "defaults.hold_seconds": "Hold time", "defaults.rep_seconds": "Seconds a rep",
}
STEP_FIELDS = {
    "exercise": "exercise", "seconds": "seconds", "reps": "reps",
    "rep_seconds": "seconds a rep", "sides": "sides", "say": "said first", "cues": "tips",
    "halfway": "halfway call", "changeover_seconds": "gap before it",
    "switch_seconds": "time to switch sides", "optional": "may be left out",
}
EXERCISE_FIELDS = {
    "name": "name", "kind": "kind", "focus": "body parts", "how": "how to do it",
    "picture": "picture", "safety": "safety note", "side_part": "side part",
}
# The file's key names as they appear inside messages, and what the window calls them.
KEY_WORDS = (("rep_seconds", "seconds a rep"), ("side_part", "side part"),
             ("(at) or after a rep (after_rep)", "or after a rep"),
             ("after_rep only applies", "A tip after a rep only applies"),
             ("after_rep needs", "A tip after a rep needs"),
             ("in say and cues", "in “Said first” and the tips"), ("in say", "in “Said first”"))

_STEP = re.compile(r"^steps\[(\d+)\](?:\.(\w+)(?:\[(\d+)\](?:\.(\w+))?)?)?$")
_EXERCISE = re.compile(r"^exercises\.([^.]+)(?:\.(\w+))?$")


def where(field: str) -> str:
    """"Step 2, seconds", "Step 1, tip 2", "Exercise 'band-walk', name", "Name"…"""
    step = _STEP.match(field)
    if step is not None:
        number, key, item, inner = step.groups()
        said = f"Step {int(number) + 1}"
        if key == "cues" and item is not None:
            return f"{said}, tip {int(item) + 1}" + (", its time" if inner == "at" else
                                                       ", its rep" if inner == "after_rep"
                                                       else "")
        return f"{said}, {STEP_FIELDS.get(key, key)}" if key else said
    exercise = _EXERCISE.match(field)
    if exercise is not None:
        ex_id, key = exercise.groups()
        said = f"Exercise {ex_id.strip(chr(34))!r}"
        return f"{said}, {EXERCISE_FIELDS.get(key, key)}" if key else said
    return ROUTINE_FIELDS.get(field, field)


# (pattern, replacement): the checker's phrasings that carry the file's grammar.
_REWORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), words) for pattern, words in (
        (r"^the routine has no steps; add at least one \[\[steps\]\]$",
         "The routine has no steps yet: add at least one."),
        (r"^must not be empty$", "This cannot be left empty."),
        (r"^expected (a whole number|a number)(?: of (\w+))?, got (.+)$",
         r"Type \1 (\2), not \3."),
        (r"^(\S+) is out of range; expected (.+)$", r"\1 is out of range: use \2."),
        (r"^(\S+) s is outside the step; expected (.+)$",
         r"\1 s falls outside the step: use \2."),
        (r"^expected text in quotes, got (.+)$", r"Write words here, not \1."),
        (r"^expected true or false, got (.+)$", r"Yes or no is wanted here, not \1."),
        (r"^expected one of (.+), got (.+?)(; did you mean .+)?$", r"Choose one of \1, not \2\3."),
        (r"^unknown exercise (.+?)(; did you mean .+)?$",
         r"There is no exercise \1 in the catalogue or the routine\2."),
        (r"^unknown key (.+?);.*$", r"Limber does not know \1 here."),
        (r"^missing required key '(.+)'$", r"“\1” is missing."),
        (r"^a routine id must be (.+?), got (.+)$", r"An id must be \1; \2 is not one."),
        (r"^TOML syntax error: (.+)$", r"The file is not written correctly here: \1."),
        (r"^expected \[\[steps\]\] tables, got (.+)$", r"The steps are not written as steps (\1)."),
        (r"^expected a table, got (.+)$", r"A section was expected here, not \1."),
        (r"^rep_seconds only applies to a step with reps$",
         "Seconds a rep only applies to a counted step."),
    ))
_WARNING = re.compile(r"^warning: [^:]+: ")


def plain_message(message: str) -> str:
    """The checker's ``message`` in the window's words, as a sentence."""
    text = _WARNING.sub("", message)
    for pattern, words in _REWORDS:
        if pattern.match(text):
            text = pattern.sub(words, text).replace(" ()", "")
            break
    for key, words in KEY_WORDS:
        text = text.replace(key, words)
    text = (text[:1].upper() + text[1:]).replace("?.", "?")
    return text if text.endswith((".", "?", "!")) else text + "."


def plain_problem(problem: Problem) -> str:
    """One problem of a file, for a person: "Line 7, step 1, exercise: There is no…"."""
    parts = []
    if problem.line is not None:
        parts.append(f"Line {problem.line}")
    if problem.field:
        named = where(problem.field)
        parts.append(named[:1].lower() + named[1:] if parts else named)
    said = plain_message(problem.message)
    return f"{', '.join(parts)}: {said}" if parts else said
