"""Read routine and catalogue files into the model, with strict, helpful checking.

Every problem names its file, line and column (where the TOML parser or the key position can
tell) and the dotted field, and says what was expected. Checking goes on after a problem so a
user sees all of them at once.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from coach.core.files.bounded_read import FileTooLarge, read_bounded
from coach.core.model import (
    MAX_GAP_SECONDS,
    MAX_REP_SECONDS,
    MAX_REPS,
    MAX_SECONDS,
    MIN_REP_SECONDS,
    MIN_REPS,
    MIN_SECONDS,
    Catalogue,
    Defaults,
    Exercise,
    ExerciseKind,
    Focus,
    MidCue,
    Origin,
    Pronunciation,
    Routine,
    RoutineKind,
    Sides,
    Step,
    catalogue_pronounce,
)
from coach.core.plan.spoken_form import merged
from coach.core.routine_files.problems import Problem
from coach.core.routine_files.toml_guard import find_hazard, line_and_column
from coach.core.routine_files.toml_positions import KeyPositions, PathPart, dotted

MAX_FILE_BYTES = 1024 * 1024
# \Z, not $: "$" also matches before a final newline, so "evil\n" was an id.
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,63}\Z")
# Characters a voice reads out by name, or stumbles over, in a spoken text: the ones that have
# no sensible spoken form (& % + / and brackets do: coach.core.plan.spoken_form).
UNSPEAKABLE = re.compile(r"[\\*#@<>_~|^=\"]")
# Control characters (C0, DEL, C1) and the invisible marks that reorder text on screen.
_INVISIBLE = "\u200e\u200f\u202a-\u202e\u2066-\u2069"
CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_INVISIBLE}]")
ONE_LINE_CONTROL = re.compile(f"[\x00-\x1f\x7f-\x9f{_INVISIBLE}]")
# Characters that show as nothing, or as something else: format characters (zero-width
# spaces and joiners, tags, soft hyphens), private-use and surrogate code points, and the
# Unicode line and paragraph separators. A name holding one can look exactly like another's.
_HIDDEN_CATEGORIES = frozenset({"Cf", "Co", "Cs", "Zl", "Zp"})
_HIDDEN_KIND = {"Co": "a private-use character", "Cs": "a surrogate"}
CATALOGUE_FILE = "exercises.toml"

ROUTINE_KEYS = ("id", "name", "kind", "description", "gentle", "finish", "defaults", "exercises",
                "pronounce", "steps")
CATALOGUE_KEYS = ("exercises", "pronounce")
MAX_WRITTEN = 100  # characters of the written words a pronunciation entry replaces
EXERCISE_KEYS = ("name", "kind", "focus", "how", "picture", "safety", "side_part")
DEFAULT_KEYS = ("hold_seconds", "changeover_seconds", "switch_seconds", "rep_seconds")
STEP_KEYS = ("exercise", "seconds", "reps", "rep_seconds", "sides", "say", "cues", "halfway",
             "changeover_seconds", "switch_seconds", "optional")
CUE_KEYS = ("at", "after_rep", "say")

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")
_MISSING = object()


class _Reader:
    """Checks values at dotted paths and collects problems with their positions."""

    def __init__(self, path: Path | None, text: str) -> None:
        self.path = path
        self._text = text
        self._positions: KeyPositions | None = None
        self.problems: list[Problem] = []

    def problem(self, where: Sequence[PathPart], message: str) -> None:
        # Placing keys costs a scan of the whole text (a third of reading a good file): it is
        # done only once a problem needs a line and column.
        if self._positions is None:
            self._positions = KeyPositions(self._text)
        pos = self._positions.find(where)
        line, col = pos if pos else (None, None)
        self.problems.append(Problem(self.path, message, dotted(where), line, col))

    def table(self, value: Any, where: Sequence[PathPart], allowed: Sequence[str],
              required: Sequence[str] = ()) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.problem(where, f"expected a table, got {_describe(value)}")
            return None
        for key in value:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else \
                    f"; expected one of: {', '.join(allowed)}"
                self.problem((*where, key), f"unknown key {key!r}{hint}")
        for key in required:
            if key not in value:
                self.problem(where, f"missing required key {key!r}")
        return value

    def text(self, table: Mapping[str, Any], key: str, where: Sequence[PathPart], *,
             spoken: bool = False, required: bool = True) -> str | None:
        value = table.get(key, _MISSING)
        if value is _MISSING:
            return None
        at = (*where, key)
        if not isinstance(value, str):
            self.problem(at, f"expected text in quotes, got {_describe(value)}")
            return None
        value = value.strip()
        if required and not value:
            self.problem(at, "must not be empty")
            return None
        control = (ONE_LINE_CONTROL if spoken else CONTROL).search(value)
        if control:
            # Such a character would reach the terminal (an escape sequence can rewrite the
            # screen) and the screen reader; there is no honest way to show or say it.
            self.problem(at, f"holds the control character {control.group()!r}; "
                             + ("spoken text is one line of plain words" if spoken
                                else "only line breaks and tabs are allowed"))
            return None
        hidden = hidden_character(value)
        if hidden is not None:
            self.problem(at, f"holds the invisible character {character_name(hidden)}; delete "
                             "it (it shows as nothing, or makes the text look like other text)")
            return None
        if spoken and (bad := UNSPEAKABLE.search(value)):
            self.problem(at, f"{bad.group()!r} would be read out by the voice; say it in words")
        return value

    def ident(self, value: Any, where: Sequence[PathPart], what: str) -> str | None:
        if not isinstance(value, str) or not ID_PATTERN.match(value):
            self.problem(where, f"{what} must be lower-case letters, digits and hyphens "
                                f"(like 'ankle-circles'), got {_describe(value)}")
            return None
        return value

    def number(self, table: Mapping[str, Any], key: str, where: Sequence[PathPart], *,
               low: float, high: float, whole: bool, unit: str = "") -> float | None:
        value = table.get(key, _MISSING)
        if value is _MISSING:
            return None
        at = (*where, key)
        kind = "a whole number" if whole else "a number"
        if isinstance(value, bool) or not isinstance(value, int | float) or \
                (whole and isinstance(value, float) and not value.is_integer()):
            self.problem(at, f"expected {kind}{unit and ' of ' + unit}, got {_describe(value)}")
            return None
        if not low <= value <= high:
            self.problem(at, f"{_number(value)} is out of range; expected {_span(low, high)}"
                             f"{unit and ' ' + unit}")
            return None
        return value

    def flag(self, table: Mapping[str, Any], key: str, where: Sequence[PathPart]) -> bool | None:
        value = table.get(key, _MISSING)
        if value is _MISSING:
            return None
        if not isinstance(value, bool):
            self.problem((*where, key), f"expected true or false, got {_describe(value)}")
            return None
        return value

    def choice(self, value: Any, where: Sequence[PathPart], enum: type[E]) -> E | None:
        names = [str(e) for e in enum]
        if isinstance(value, str) and value in names:
            return enum(value)
        close = difflib.get_close_matches(str(value), names, n=1) if isinstance(value, str) else []
        hint = f"; did you mean {close[0]!r}?" if close else ""
        self.problem(where, f"expected one of {', '.join(names)}, got {_describe(value)}{hint}")
        return None


def hidden_character(text: str) -> str | None:
    """The first invisible character in ``text`` (a format or private-use character, a
    surrogate, a line or paragraph separator), or None. Plain ASCII has none of them, so the
    Unicode database (about 0.2 MiB resident, kept for the app's life) is loaded only for text
    that is not ASCII: the built-in routines are read without it."""
    if text.isascii():
        return None
    import unicodedata

    return next((c for c in text if unicodedata.category(c) in _HIDDEN_CATEGORIES), None)


def character_name(char: str) -> str:
    """``U+200B ZERO WIDTH SPACE``: a character named so a person can find it."""
    import unicodedata

    category = unicodedata.category(char)
    name = unicodedata.name(char, "") or _HIDDEN_KIND.get(category, "(no name)")
    return f"U+{ord(char):04X} {name}"


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, int | float):
        return _number(value)
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__


def _number(value: float) -> str:
    try:
        return f"{value:g}"
    except OverflowError:  # an int beyond any float: say so rather than print its digits
        return "a number far too large"


def _span(low: float, high: float) -> str:
    return f"{low:g} to {high:g}"


def _parse(path: Path | None, text: str | None) -> tuple[dict[str, Any] | None, str,
                                                       list[Problem]]:
    """The file's TOML document, or the one problem that stops it being read.

    Whatever the bytes, this returns: every failure of reading, decoding or parsing becomes a
    :class:`Problem` naming the file, never an exception.
    """
    if text is None:
        assert path is not None
        try:
            raw = read_bounded(path, MAX_FILE_BYTES)
        except FileTooLarge:
            return None, "", [Problem(path, f"the file is too big; routine files are limited "
                                            f"to {MAX_FILE_BYTES} bytes (1 MiB)")]
        except OSError as exc:
            return None, "", [Problem(path, f"cannot read: {exc.strerror or exc}")]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            return None, "", [_encoding_problem(path, raw, exc)]
    # A byte-order mark is how some Windows editors say "UTF-8"; it is not part of the TOML.
    text = text.removeprefix("\ufeff")
    if len(text) > MAX_FILE_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        return None, text, [Problem(path, "text is over 1 MiB; refused")]
    hazard = find_hazard(text)
    if hazard is not None:
        return None, text, [Problem(path, hazard.message, "", hazard.line, hazard.col)]
    try:
        return tomllib.loads(text), text, []
    except tomllib.TOMLDecodeError as exc:
        return None, text, [_syntax_problem(path, text, exc)]
    except (ValueError, OverflowError, RecursionError, MemoryError) as exc:
        # The scan above should have caught these; this keeps a missed case a problem report.
        return None, text, [Problem(path, f"cannot read: {type(exc).__name__}: {exc}")]


def _encoding_problem(path: Path, raw: bytes, exc: UnicodeDecodeError) -> Problem:
    """Invalid UTF-8, placed by line and column (in characters) rather than a byte offset."""
    line_start = raw.rfind(b"\n", 0, exc.start) + 1
    line = raw.count(b"\n", 0, exc.start) + 1
    col = len(raw[line_start:exc.start].decode("utf-8", "replace")) + 1
    bad = raw[exc.start:exc.end].hex(" ")
    return Problem(path, f"not UTF-8 text: byte {bad} cannot be read; save the file as UTF-8",
                   "", line, col)


_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_AT_END = re.compile(r"\s*\(at end of document\)\s*$")


def _syntax_problem(path: Path | None, text: str, exc: tomllib.TOMLDecodeError) -> Problem:
    message = str(exc)
    line = col = None
    if m := _AT.search(message):
        line, col, message = int(m.group(1)), int(m.group(2)), message[: m.start()]
    elif m := _AT_END.search(message):
        line, col = line_and_column(text, len(text))
        message = message[: m.start()]
    return Problem(path, f"TOML syntax error: {message[:1].lower()}{message[1:]}", "", line, col)


# -- exercises ------------------------------------------------------------------------------


def _exercises(reader: _Reader, doc: Mapping[str, Any], known: Mapping[str, Exercise],
               ) -> dict[str, Exercise]:
    value = doc.get("exercises", _MISSING)
    if value is _MISSING:
        return {}
    if not isinstance(value, dict):
        reader.problem(("exercises",), f"expected tables of exercises, got {_describe(value)}")
        return {}
    found: dict[str, Exercise] = {}
    for ex_id, body in value.items():
        where: tuple[PathPart, ...] = ("exercises", ex_id)
        if reader.ident(ex_id, where, "an exercise id") is None:
            continue
        if ex_id in known:
            # An exported routine carries the catalogue's exercises so it loads anywhere; one
            # the same as this catalogue's is fine, a different one under its id is not.
            quiet = _Reader(reader.path, "")
            if _exercise(quiet, ex_id, body, where) != known[ex_id]:
                reader.problem(where, f"duplicate exercise id {ex_id!r}: the catalogue already "
                                      "has it; choose another id")
            continue
        exercise = _exercise(reader, ex_id, body, where)
        if exercise:
            found[ex_id] = exercise
    return found


def _exercise(reader: _Reader, ex_id: str, body: Any, where: tuple[PathPart, ...],
              ) -> Exercise | None:
    table = reader.table(body, where, EXERCISE_KEYS, required=("name", "kind", "focus", "how"))
    if table is None:
        return None
    before = len(reader.problems)
    name = reader.text(table, "name", where, spoken=True)
    kind = reader.choice(table["kind"], (*where, "kind"), ExerciseKind) if "kind" in table else None
    focus = _focus(reader, table.get("focus", []), (*where, "focus"))
    how = reader.text(table, "how", where)
    picture = reader.text(table, "picture", where)
    if picture is not None:
        reader.ident(picture, (*where, "picture"), "a picture name")
    safety = reader.text(table, "safety", where, spoken=True)
    side_part = reader.text(table, "side_part", where, spoken=True)
    if len(reader.problems) > before or not (name and kind and focus and how):
        return None
    return Exercise(ex_id, name, kind, focus, how, picture, safety, side_part)


def _focus(reader: _Reader, value: Any, where: tuple[PathPart, ...]) -> tuple[Focus, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items:
        reader.problem(where, f"expected a list of body areas like [\"calf\"], got "
                              f"{_describe(value)}")
        return ()
    chosen = [reader.choice(v, (*where, i), Focus) for i, v in enumerate(items)]
    return tuple(f for f in chosen if f is not None)


def load_catalogue(path: Path, text: str | None = None,
                   ) -> tuple[Catalogue, list[Problem]]:
    doc, text, problems = _parse(path, text)
    if doc is None:
        return Catalogue(), problems
    reader = _Reader(path, text)
    reader.table(doc, (), CATALOGUE_KEYS, required=("exercises",))
    exercises = _exercises(reader, doc, {})
    return Catalogue(exercises, _pronounce(reader, doc)), reader.problems


def _pronounce(reader: _Reader, doc: Mapping[str, Any]) -> Pronunciation:
    """A ``[pronounce]`` table: "written words" = "what the voice says instead"."""
    value = doc.get("pronounce", _MISSING)
    if value is _MISSING:
        return ()
    where: tuple[PathPart, ...] = ("pronounce",)
    if not isinstance(value, dict):
        reader.problem(where, f'expected a table like "Sit-to-stand" = "Sit down and stand '
                              f'up", got {_describe(value)}')
        return ()
    entries = []
    for written in value:
        key = written.strip()
        if not key or len(key) > MAX_WRITTEN or ONE_LINE_CONTROL.search(key) or \
                hidden_character(key) is not None:
            reader.problem((*where, written), f"the written words must be one line of 1 to "
                                              f"{MAX_WRITTEN} visible characters")
            continue
        said = reader.text(value, written, where, spoken=True)
        if said:
            entries.append((key, said))
    return tuple(entries)


# -- routines -------------------------------------------------------------------------------


def load_routine(path: Path | None, catalogue: Mapping[str, Exercise], *, text: str | None = None,
                 origin: Origin = Origin.BUILT_IN) -> tuple[Routine | None, list[Problem]]:
    """A routine from a file (or ``text``), or None and every problem found in it."""
    doc, text, problems = _parse(path, text)
    if doc is None:
        return None, problems
    reader = _Reader(path, text)
    top = reader.table(doc, (), ROUTINE_KEYS,
                       required=("id", "name", "kind", "description", "steps"))
    if top is None:
        return None, reader.problems
    routine_id = reader.ident(top["id"], ("id",), "a routine id") if "id" in top else None
    name = reader.text(top, "name", (), spoken=True)
    kind = reader.choice(top["kind"], ("kind",), RoutineKind) if "kind" in top else None
    description = reader.text(top, "description", ())
    gentle = reader.flag(top, "gentle", ())
    finish = reader.text(top, "finish", (), spoken=True)
    defaults = _defaults(reader, top.get("defaults", {}))
    own = _exercises(reader, top, catalogue)
    exercises = {**catalogue, **own}
    steps = _steps(reader, top.get("steps", _MISSING), exercises, defaults)
    pronounce = merged(catalogue_pronounce(catalogue), _pronounce(reader, top))
    if reader.problems or not (routine_id and name and kind and description is not None):
        return None, reader.problems
    return Routine(routine_id, name, kind, description, tuple(steps), bool(gentle), defaults,
                   finish, path, origin, pronounce), []


def _defaults(reader: _Reader, value: Any) -> Defaults:
    where: tuple[PathPart, ...] = ("defaults",)
    table = reader.table(value, where, DEFAULT_KEYS)
    if table is None:
        return Defaults()
    base = Defaults()
    hold = reader.number(table, "hold_seconds", where, low=MIN_SECONDS, high=MAX_SECONDS,
                         whole=True, unit="seconds")
    change = reader.number(table, "changeover_seconds", where, low=0, high=MAX_GAP_SECONDS,
                           whole=True, unit="seconds")
    switch = reader.number(table, "switch_seconds", where, low=0, high=MAX_GAP_SECONDS,
                           whole=True, unit="seconds")
    tempo = reader.number(table, "rep_seconds", where, low=MIN_REP_SECONDS,
                          high=MAX_REP_SECONDS, whole=False, unit="seconds")
    return Defaults(
        hold_seconds=_or(hold, base.hold_seconds, int),
        changeover_seconds=_or(change, base.changeover_seconds, int),
        switch_seconds=_or(switch, base.switch_seconds, int),
        rep_seconds=_or(tempo, base.rep_seconds, float),
    )


def _or(value: float | None, default: T, cast: Callable[[float], T]) -> T:
    return default if value is None else cast(value)


def _steps(reader: _Reader, value: Any, exercises: Mapping[str, Exercise],
           defaults: Defaults) -> list[Step]:
    if value is _MISSING:
        return []
    if not isinstance(value, list):
        reader.problem(("steps",), f"expected [[steps]] tables, got {_describe(value)}")
        return []
    if not value:
        reader.problem(("steps",), "the routine has no steps; add at least one [[steps]]")
        return []
    steps = []
    for i, body in enumerate(value):
        step = _step(reader, body, ("steps", i), exercises, defaults)
        if step:
            steps.append(step)
    return steps


def _step(reader: _Reader, body: Any, where: tuple[PathPart, ...],
          exercises: Mapping[str, Exercise], defaults: Defaults) -> Step | None:
    table = reader.table(body, where, STEP_KEYS, required=("exercise",))
    if table is None:
        return None
    before = len(reader.problems)
    exercise = None
    if "exercise" in table:
        ex_id = table["exercise"]
        exercise = exercises.get(ex_id) if isinstance(ex_id, str) else None
        if exercise is None:
            close = difflib.get_close_matches(str(ex_id), list(exercises), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            reader.problem((*where, "exercise"), f"unknown exercise {_describe(ex_id)}{hint}")
    seconds = reader.number(table, "seconds", where, low=MIN_SECONDS, high=MAX_SECONDS,
                            whole=True, unit="seconds")
    reps = reader.number(table, "reps", where, low=MIN_REPS, high=MAX_REPS, whole=True)
    tempo = reader.number(table, "rep_seconds", where, low=MIN_REP_SECONDS, high=MAX_REP_SECONDS,
                          whole=False, unit="seconds")
    if "seconds" in table and "reps" in table:
        reader.problem((*where, "reps"), "a step is timed (seconds) or counted (reps), not both")
    if tempo is not None and "reps" not in table:
        reader.problem((*where, "rep_seconds"), "rep_seconds only applies to a step with reps")
    sides = reader.choice(table["sides"], (*where, "sides"), Sides) if "sides" in table \
        else Sides.ONCE
    say = reader.text(table, "say", where, spoken=True)
    halfway = reader.flag(table, "halfway", where)
    optional = reader.flag(table, "optional", where)
    change = reader.number(table, "changeover_seconds", where, low=0, high=MAX_GAP_SECONDS,
                           whole=True, unit="seconds")
    switch = reader.number(table, "switch_seconds", where, low=0, high=MAX_GAP_SECONDS,
                           whole=True, unit="seconds")
    if switch is not None and sides is not Sides.PER_SIDE:
        reader.problem((*where, "switch_seconds"), 'switch_seconds only applies to sides = '
                                                   '"per-side"')
    rep_seconds = tempo if tempo is not None else defaults.rep_seconds
    if reps is not None:
        length = reps * rep_seconds * (2 if sides is Sides.ALTERNATING else 1)
    else:
        length = seconds if seconds is not None else defaults.hold_seconds
    counted = None if reps is None else int(reps)
    cues = _cues(reader, table.get("cues", []), (*where, "cues"), length, counted)
    if len(reader.problems) > before or exercise is None or sides is None:
        return None
    if reps is None and seconds is None:
        seconds = defaults.hold_seconds
    return Step(
        exercise=exercise,
        seconds=None if seconds is None else int(seconds),
        reps=None if reps is None else int(reps),
        rep_seconds=float(rep_seconds),
        sides=sides,
        say=say,
        cues=tuple(cues),
        halfway=True if halfway is None else halfway,
        changeover_seconds=None if change is None else int(change),
        switch_seconds=None if switch is None else int(switch),
        optional=bool(optional),
    )


def _cues(reader: _Reader, value: Any, where: tuple[PathPart, ...], length: float,
          reps: int | None) -> list[MidCue]:
    if not isinstance(value, list):
        reader.problem(where, f"expected a list like [{{ at = \"half\", say = \"...\" }}], "
                              f"got {_describe(value)}")
        return []
    cues = []
    for i, body in enumerate(value):
        at_path = (*where, i)
        table = reader.table(body, at_path, CUE_KEYS, required=("say",))
        if table is None or "say" not in table:
            continue
        text = reader.text(table, "say", at_path, spoken=True)
        if "after_rep" in table:
            if "at" in table:
                reader.problem((*at_path, "after_rep"), "a cue is said at a time (at) or after "
                                                        "a rep (after_rep), not both")
            elif (after := _after_rep(reader, table, at_path, reps)) is not None and text:
                cues.append(MidCue(text, after_rep=after))
            continue
        if "at" not in table:
            reader.problem(at_path, "missing required key 'at'")
            continue
        at = table["at"]
        offset: float | None
        if at == "half":
            offset = None
        elif isinstance(at, int | float) and not isinstance(at, bool):
            # Compared before float(): an int too large for a float compares exactly.
            if not 0 < at < length:
                reader.problem((*at_path, "at"), f"{_number(at)} s is outside the step; expected "
                                                 f"more than 0 and less than {length:g} seconds")
                continue
            offset = float(at)
        else:
            reader.problem((*at_path, "at"), f'expected "half" or a number of seconds, got '
                                             f"{_describe(at)}")
            continue
        if text:
            cues.append(MidCue(text, offset))
    return cues


def _after_rep(reader: _Reader, table: Mapping[str, Any], where: tuple[PathPart, ...],
               reps: int | None) -> int | None:
    """The rep a cue follows: a count the step says, and not its last."""
    if reps is None:
        reader.problem((*where, "after_rep"), "after_rep only applies to a step with reps")
        return None
    if reps < 2:
        reader.problem((*where, "after_rep"), "after_rep needs a step of at least two reps")
        return None
    after = reader.number(table, "after_rep", where, low=1, high=reps - 1, whole=True)
    return None if after is None else int(after)
