"""A routine file's problems in words for the window: what a field is called on screen, and the
checker's messages without the file's own vocabulary.

``limber check`` says ``steps[0].exercise: unknown exercise 'x'`` and "add at least one
[[steps]]": exact, and right for someone editing the file. The editor and the import dialog say
"Step 1, exercise: there is no exercise 'x'" and "Add at least one step" instead. The checker
stays the one judge; only the words change, here.
"""

from __future__ import annotations

import re

from coach.core.language.current_language import ENGLISH, QT_TRANSLATE_NOOP, language, translate
from coach.core.routine_files.library import UnknownRoutine
from coach.core.routine_files.problems import Problem, printable

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


# (pattern, replacement): every phrasing of the checker (coach.core.routine_files.reader) and
# the cue fitter's warnings (coach.core.plan.compiler), whole, so a translation has all of it;
# \1, \2… are what the message names (a value, a number, an id), passed through _value.
# Compiled when first used (re keeps them), not at import: the window starts without them.
_REWORDS: tuple[tuple[str, str], ...] = (
    (r"^the routine has no steps; add at least one \[\[steps\]\]$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", "The routine has no steps yet: add at least one.")),
    (r"^must not be empty$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", "This cannot be left empty.")),
    (r"^expected a whole number of seconds, got (.+)$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"Type a whole number (seconds), not \1.")),
    (r"^expected a whole number, got (.+)$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"Type a whole number, not \1.")),
    (r"^expected a number of seconds, got (.+)$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"Type a number (seconds), not \1.")),
    (r"^expected a number, got (.+)$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"Type a number, not \1.")),
    (r"^(\S+) is out of range; expected (\S+) to (\S+) seconds$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"\1 is out of range: use \2 to \3 seconds.")),
    (r"^(\S+) is out of range; expected (\S+) to (\S+)$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"\1 is out of range: use \2 to \3.")),
    (r"^(\S+) s is outside the step; expected more than 0 and less than (\S+) seconds$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"\1 s falls outside the step: use more than 0 and less than \2 "
                         r"seconds.")),
    (r"^expected text in quotes, not empty$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", "Expected text in quotes, not empty.")),
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
    (r"^a routine id must be lower-case letters, digits and hyphens \(like 'ankle-circles'\), "
     r"got (.+)$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"An id must be lower-case letters, digits and hyphens (like "
                         r"'ankle-circles'); \1 is not one.")),
    (r"^an exercise id must be lower-case letters, digits and hyphens \(like "
     r"'ankle-circles'\), got (.+)$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"An exercise id must be lower-case letters, digits and hyphens "
                         r"(like 'ankle-circles'), got \1.")),
    (r"^a picture name must be lower-case letters, digits and hyphens \(like "
     r"'ankle-circles'\), got (.+)$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"A picture name must be lower-case letters, digits and hyphens "
                         r"(like 'ankle-circles'), got \1.")),
    (r"^TOML syntax error: (.+)$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"The file is not written correctly here: \1.")),
    (r"^expected \[\[steps\]\] tables, got (.+)$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"The steps are not written as steps (\1).")),
    (r"^expected a table, got (.+)$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"A section was expected here, not \1.")),
    (r"^expected tables of exercises, got (.+)$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"Expected tables of exercises, got \1.")),
    (r"^expected a list of body areas like \[\"calf\"\], got (.+)$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"Expected a list of body areas like [“calf”], got \1.")),
    (r"^expected a list like \[\{ at = \"half\", say = \"\.\.\.\" \}\], got (.+)$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"Expected a list of tips like [{ at = “half”, say = “...” }], "
                         r"got \1.")),
    (r"^rep_seconds only applies to a step with reps$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", "Seconds a rep only applies to a counted step.")),
    (r"^after_rep only applies to a step with reps$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", "A tip after a rep only applies to a step with reps.")),
    (r"^after_rep needs a step of at least two reps$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", "A tip after a rep needs a step of at least two reps.")),
    (r"^a cue is said at a time \(at\) or after a rep \(after_rep\), not both$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", "A cue is said at a time or after a rep, not both.")),
    (r"^a step is timed \(seconds\) or counted \(reps\), not both$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", "A step is timed (seconds) or counted (reps), not both.")),
    (r"^switch_seconds only applies to sides = \"per-side\"$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", "A time to switch sides only applies to a step done on each "
                         "side.")),
    (r"^duplicate exercise id (.+?): the catalogue already has it; choose another id$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"Duplicate exercise id \1: the catalogue already has it; choose "
                         r"another id.")),
    (r"^holds the control character (.+?); spoken text is one line of plain words$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"Holds the control character \1; spoken text is one line of "
                         r"plain words.")),
    (r"^holds the control character (.+?); only line breaks and tabs are allowed$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"Holds the control character \1; only line breaks and tabs are "
                         r"allowed.")),
    (r"^holds the invisible character (.+?); delete it \(it shows as nothing, or makes the "
     r"text look like other text\)$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"Holds the invisible character \1; delete it (it shows as "
                         r"nothing, or makes the text look like other text).")),
    (r"^(.+) would be read out by the voice; say it in words$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"\1 would be read out by the voice; say it in words.")),
    (r"^the written words must be one line of 1 to (\d+) visible characters$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"The written words must be one line of 1 to \1 visible "
                         r"characters.")),
    # The cue fitter's warnings.
    (r"^the voice can only say \"left side\" and \"right side\": give the exercise (.+?) a "
     r"side_part \(like \"calf\" or \"leg back\"\) so it says which limb$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"The voice can only say “left side” and “right side”: give the "
                         r"exercise \1 a side part (like “calf” or “leg back”) so it says "
                         r"which limb.")),
    (r"^the tip \"(.+)\" has no room at this speech rate and hold time, so it is left out: "
     r"use fewer words, or a longer hold$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"The tip “\1” has no room at this speech rate and hold time, so "
                         r"it is left out: use fewer words, or a longer hold.")),
    (r"^a count takes (\S+) s to say at (\d+) words a minute, but the counts come every "
     r"(\S+) s, so they run into each other: make rep_seconds at least (\S+) \(a slower "
     r"tempo\), or raise the speech rate$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"A count takes \1 s to say at \2 words a minute, but the counts "
                         r"come every \3 s, so they run into each other: make seconds a rep "
                         r"at least \4 (a slower tempo), or raise the speech rate.")),
    (r"^counting waits (\S+) s for the opening words to be said: use fewer words in say "
     r"and cues$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"Counting waits \1 s for the opening words to be said: use fewer "
                         r"words in “Said first” and the tips.")),
    (r"^the opening words run into the three-two-one of this (\S+) second step: use fewer "
     r"words in say, or make the step longer$",
     QT_TRANSLATE_NOOP(
         "ProblemWords", r"The opening words run into the three-two-one of this \1 second "
                         r"step: use fewer words in “Said first”, or make the step "
                         r"longer.")),
)
_WARNING = re.compile(r"^warning: [^:]+: ")
# What the checker names a value by (reader._describe), and its "did you mean" hint.
_VALUES = {"a table": QT_TRANSLATE_NOOP("ProblemWords", "a table"),
           "a list": QT_TRANSLATE_NOOP("ProblemWords", "a list"),
           "a number far too large": QT_TRANSLATE_NOOP("ProblemWords", "a number far too large")}
_HINT = re.compile(r"^; did you mean (.+)\?$")
_GROUP = re.compile(r"\\(\d)")


def _value(text: str | None) -> str:
    if not text:
        return ""
    if text in _VALUES:
        return translate("ProblemWords", _VALUES[text])
    hint = _HINT.match(text)
    if hint is not None:
        return translate("ProblemWords", "; did you mean {name}?").format(name=hint.group(1))
    return text


def _fill(words: str, values: list[str]) -> str:
    """``words`` with \\1, \\2… replaced by the values (as re's sub would, without reading a
    backslash in a value)."""
    return _GROUP.sub(lambda g: values[int(g.group(1)) - 1], words)


def plain_message(message: str) -> str:
    """The checker's ``message`` in the window's words, as a sentence, in the active language."""
    text = _WARNING.sub("", message)
    for pattern, words in _REWORDS:
        found = re.match(pattern, text)
        if found is not None:
            return _fill(translate("ProblemWords", words),
                         [_value(group) for group in found.groups()]).replace("?.", "?")
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


def checked_line(problem: Problem) -> str:
    """``limber check``'s line for a problem: where (file, line, column and the file's own key,
    which the file is written in), then what, in the active language; in English exactly as
    the checker wrote it."""
    if language() == ENGLISH or problem.message.startswith(("missing translation",
                                                            "extra translation")):
        return str(problem)  # a translator's report: the keys and the English it compares
    where = printable(str(problem.path)) if problem.path else "<text>"
    if problem.line is not None:
        where += f":{problem.line}:{problem.col or 1}"
    what = plain_message(problem.message)
    return f"{where}: {printable(problem.field)}: {what}" if problem.field else f"{where}: {what}"


def unknown_routine(error: UnknownRoutine) -> str:
    """No routine has the id asked for: which ids there are, and the likeliest."""
    hint = translate("ProblemWords", " Did you mean {id}?").format(id=repr(error.close)) \
        if error.close else ""
    return translate("ProblemWords", "no routine called {id}.{hint} Known routines: {known}"
                     ).format(id=repr(error.routine_id), hint=hint,
                              known=", ".join(sorted(error.known)))
