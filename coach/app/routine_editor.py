"""The routine editor's model: a draft as typed, its check, and undo and redo. No Qt.

A :class:`Draft` holds exactly what the user typed (numbers too, as text), so nothing is lost
when it is not valid yet. To check it, the draft is written out as routine-file text and read
back by the same code as ``limber check`` (:func:`coach.core.routine_files.checker.check_routine`):
the problems and the cue-fitting warnings are the command's, and each names the field at fault
(``steps[2].seconds``). :meth:`RoutineEditor.problems` places each beside the field it concerns,
in the window's words (:mod:`coach.app.problem_words`), and only once the user has touched that
field or tried to save: a new routine opens without a list of errors.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from coach.app.problem_words import plain_message
from coach.app.terminal_run import format_seconds
from coach.core.language.current_language import QT_TRANSLATE_NOOP, translate
from coach.core.language.local_format import decimal_mark
from coach.core.model import (
    Exercise,
    MidCue,
    Origin,
    Pronunciation,
    Routine,
    RoutineKind,
    Sides,
    Step,
    catalogue_pronounce,
)
from coach.core.plan.compiler import PlanSettings
from coach.core.plan.spoken_form import merged, voice_form
from coach.core.routine_files.checker import Checked, check_routine
from coach.core.routine_files.problems import Problem
from coach.core.routine_files.writer import free_id, slug, toml_number, toml_string

UNDO_LIMIT = 500


@dataclass(frozen=True, slots=True)
class ExerciseDraft:
    """An exercise the user makes in the editor (the catalogue's are used as they are)."""

    id: str
    name: str
    kind: str = "mobilise"
    focus: tuple[str, ...] = ("whole-body",)
    how: str = ""
    safety: str = ""
    side_part: str = ""


@dataclass(frozen=True, slots=True)
class Tip:
    text: str
    at: str = ""  # seconds into the step as typed; empty: halfway
    after_rep: str = ""  # as typed: said between this rep's count and the next, instead of at


@dataclass(frozen=True, slots=True)
class StepDraft:
    exercise: str  # its id
    counted: bool = False
    amount: str = "30"  # seconds, or reps when counted
    tempo: str = ""  # seconds a rep; empty: the routine's
    sides: str = "once"
    say: str = ""
    tips: tuple[Tip, ...] = ()
    # Kept from a duplicated routine, not edited here, so a copy runs like its original.
    halfway: bool = True
    changeover: str = ""
    switch: str = ""
    optional: bool = False  # may be left out when fitted to fewer minutes


@dataclass(frozen=True, slots=True)
class Draft:
    id: str = "my-routine"
    name: str = QT_TRANSLATE_NOOP("RoutineEditor", "My routine")
    kind: str = "warm-up"
    description: str = ""
    gentle: bool = False
    changeover: str = "5"
    switch: str = "3"
    hold: str = "30"
    tempo: str = "2"
    finish: str = ""
    steps: tuple[StepDraft, ...] = ()
    exercises: tuple[ExerciseDraft, ...] = ()
    # The routine file's own [pronounce] entries, kept from a duplicated routine, not edited.
    pronounce: Pronunciation = ()


def draft_of(routine: Routine, catalogue: Mapping[str, Exercise], new_id: str) -> Draft:
    """A draft of ``routine`` under ``new_id`` (duplicating, or editing one of yours)."""
    own: dict[str, ExerciseDraft] = {}
    steps = []
    for step in routine.steps:
        ex = step.exercise
        if catalogue.get(ex.id) != ex and ex.id not in own:
            own[ex.id] = ExerciseDraft(ex.id, ex.name, str(ex.kind),
                                       tuple(str(f) for f in ex.focus), ex.how,
                                       ex.safety or "", ex.side_part or "")
        steps.append(_step_draft(step, routine))
    d = routine.defaults
    return Draft(new_id, routine.name, str(routine.kind), routine.description, routine.gentle,
                 str(d.changeover_seconds), str(d.switch_seconds), str(d.hold_seconds),
                 _shown(d.rep_seconds), routine.finish or "", tuple(steps),
                 tuple(own.values()), _own_pronounce(routine, catalogue))


def _own_pronounce(routine: Routine, catalogue: Mapping[str, Exercise]) -> Pronunciation:
    shared = set(catalogue_pronounce(catalogue))
    return tuple(e for e in routine.pronounce if e not in shared)


def _step_draft(step: Step, routine: Routine) -> StepDraft:
    counted = step.reps is not None
    tempo = _shown(step.rep_seconds) \
        if counted and step.rep_seconds != routine.defaults.rep_seconds else ""
    return StepDraft(
        step.exercise.id, counted, str(step.reps if counted else step.seconds), tempo,
        str(step.sides), step.say or "",
        tuple(_tip(c) for c in step.cues),
        step.halfway, _opt(step.changeover_seconds), _opt(step.switch_seconds), step.optional)


def _tip(cue: MidCue) -> Tip:
    if cue.after_rep is not None:
        return Tip(cue.text, after_rep=str(cue.after_rep))
    return Tip(cue.text, "" if cue.at is None else _shown(cue.at))


def _opt(value: int | None) -> str:
    return "" if value is None else str(value)


# -- the draft as routine-file text -----------------------------------------------------------


def draft_toml(draft: Draft) -> str:
    """The draft as a routine file, values as typed: the reader judges them."""
    out = [f"id = {toml_string(draft.id.strip())}", f"name = {toml_string(draft.name)}",
           f"kind = {toml_string(draft.kind)}", f"description = {toml_string(draft.description)}"]
    if draft.gentle:
        out.append("gentle = true")
    if draft.finish.strip():
        out.append(f"finish = {toml_string(draft.finish)}")
    out.append("[defaults]")
    for key, value in (("changeover_seconds", draft.changeover), ("switch_seconds", draft.switch),
                       ("hold_seconds", draft.hold), ("rep_seconds", draft.tempo)):
        _typed(out, key, value)
    if draft.pronounce:
        out.append("[pronounce]")
        out += [f"{toml_string(written)} = {toml_string(said)}"
                for written, said in draft.pronounce]
    for ex in draft.exercises:
        out += [f"[exercises.{toml_string(ex.id)}]", f"name = {toml_string(ex.name)}",
                f"kind = {toml_string(ex.kind)}",
                f"focus = [{', '.join(toml_string(f) for f in ex.focus)}]",
                f"how = {toml_string(ex.how)}"]
        if ex.safety.strip():
            out.append(f"safety = {toml_string(ex.safety)}")
        if ex.side_part.strip():
            out.append(f"side_part = {toml_string(ex.side_part)}")
    if not draft.steps:
        out.insert(4, "steps = []")  # before any table: the reader says a routine needs steps
    for step in draft.steps:
        out += ["[[steps]]", f"exercise = {toml_string(step.exercise)}"]
        _typed(out, "reps" if step.counted else "seconds", step.amount, keep_empty=True)
        if step.counted:
            _typed(out, "rep_seconds", step.tempo)
        if step.sides != "once":
            out.append(f"sides = {toml_string(step.sides)}")
        if step.say.strip():
            out.append(f"say = {toml_string(step.say)}")
        if step.tips:
            cues = ", ".join(f"{{ {_when(t)}, say = {toml_string(t.text)} }}"
                             for t in step.tips)
            out.append(f"cues = [ {cues} ]")
        if not step.halfway:
            out.append("halfway = false")
        _typed(out, "changeover_seconds", step.changeover)
        _typed(out, "switch_seconds", step.switch)
        if step.optional:
            out.append("optional = true")
    return "\n".join(out) + "\n"


def _typed(out: list[str], key: str, value: str, *, keep_empty: bool = False) -> None:
    """``key = value`` with the value as a number when it reads as one, else as the text typed
    (so the check says what is wrong with it); nothing when left empty."""
    text = value.strip()
    if not text and not keep_empty:
        return
    out.append(f"{key} = {_as_number(text)}")


def _shown(number: float) -> str:
    """A number in the editor as the language writes it ("2,5" in German); read back by
    :func:`_as_number`."""
    return toml_number(number).replace(".", decimal_mark())


def _as_number(text: str) -> str:
    # "2,5" as typed in German is 2.5; anything else is kept as typed, for the checker to judge.
    written = text.replace(decimal_mark(), ".") if decimal_mark() != "." else text
    try:
        number = float(written)
    except ValueError:
        return toml_string(text)
    if number != number or number in (float("inf"), float("-inf")):
        return toml_string(text)
    return toml_number(number) if "." in written or "e" in written.lower() \
        else str(int(number))


def _when(tip: Tip) -> str:
    if tip.after_rep.strip():
        return f"after_rep = {_as_number(tip.after_rep.strip())}"
    return f"at = {_at(tip.at)}"


def _at(text: str) -> str:
    return '"half"' if not text.strip() else _as_number(text.strip())


# -- the editor -------------------------------------------------------------------------------


# Where a problem is shown: a routine field, or (with a step number) one of the step's fields.
ROUTINE_PLACES = ("name", "id", "kind", "description", "defaults", "finish", "steps", "routine")
STEP_PLACES = ("step", "amount", "tempo", "sides", "say", "tips")
_STEP_PLACE = {"seconds": "amount", "reps": "amount", "rep_seconds": "tempo", "sides": "sides",
               "say": "say", "cues": "tips", "exercise": "step"}
# What each edit touches (set(name) and set_step(i, name)): its problems show from then on.
_TOUCHES = {"changeover": "defaults", "switch": "defaults", "hold": "defaults",
            "tempo": "defaults", "gentle": "routine"}
_STEP_TOUCHES = {"amount": ("amount",), "counted": ("amount", "tempo"), "tempo": ("tempo",),
                 "sides": ("sides",), "say": ("say",), "tips": ("tips",)}


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """A problem (or a warning) as the editor shows it: beside ``place`` (of step ``step``,
    when it is a step's), in plain words."""

    place: str
    step: int | None
    text: str
    warning: bool


def place_of(field: str, message: str) -> tuple[str, int | None]:
    """Which field a checker problem concerns, as the editor lays them out."""
    if field.startswith("steps["):
        index_text, _, rest = field[len("steps["):].partition("]")
        index = int(index_text)
        key = rest.lstrip(".").split("[")[0].split(".")[0]
        if not key:  # the whole step: a fitting warning says which field to change
            key = "rep_seconds" if "rep_seconds" in message else \
                "cues" if "tip" in message else "say" if " say" in message else "exercise"
        return _STEP_PLACE.get(key, "step"), index
    if field.startswith("exercises."):
        return "routine", None  # an exercise of yours: said at the routine's level
    head = field.split(".")[0].split("[")[0]
    return (head if head in ROUTINE_PLACES else "routine"), None


@dataclass(frozen=True, slots=True)
class Shown:
    """What the editor shows for the current draft."""

    checked: Checked
    total: str  # "5:57", or "–" while the draft is not valid

    def at(self, prefix: str) -> list[str]:
        """The problems and warnings whose field is ``prefix`` or inside it, as messages."""
        return [_message(p) for p in [*self.checked.problems, *self.checked.warnings]
                if p.field == prefix or p.field.startswith((prefix + ".", prefix + "["))]


def _message(p: Problem) -> str:
    inner = p.field.rpartition("]")[2].lstrip(".") if "]" in p.field else p.field
    return f"{inner}: {p.message}" if inner and not p.message.startswith("warning") \
        else p.message


@dataclass
class RoutineEditor:
    """One routine being edited: its draft, its check, and every edit undoable."""

    catalogue: Mapping[str, Exercise]
    settings: PlanSettings
    taken: Mapping[str, Path | None]  # the built-ins' ids: never free
    draft: Draft = field(default_factory=Draft)
    editing: Routine | None = None  # the routine of yours this replaces when saved
    in_use: frozenset[str] = frozenset()  # every routine's id but this one's: a new id avoids them
    saved: Draft | None = None  # what is on disk (None: as opened); unsaved edits differ from it
    # Problems show for the fields the user has touched ("steps[2].amount"), or all ("*").
    touched: set[str] = field(default_factory=set)
    _id_typed: bool = False  # the user typed an id: it no longer follows the name
    _undo: list[tuple[Draft, str | None]] = field(default_factory=list)
    _redo: list[Draft] = field(default_factory=list)
    _merge_key: str | None = None
    _shown: Shown | None = None

    # -- undo and redo ---------------------------------------------------------------------

    def change(self, draft: Draft, merge_key: str | None = None) -> None:
        """Make ``draft`` current. Edits with the same ``merge_key`` in a row (typing in one
        field) are undone together; anything else is its own step."""
        if draft == self.draft:
            return
        if merge_key is None or merge_key != self._merge_key or not self._undo:
            self._undo.append((self.draft, merge_key))
            del self._undo[:-UNDO_LIMIT]
        self._merge_key = merge_key
        self._redo.clear()
        self._set(draft)

    def undo(self) -> bool:
        if not self._undo:
            return False
        previous, _ = self._undo.pop()
        self._redo.append(self.draft)
        self._merge_key = None
        self._set(previous)
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        self._undo.append((self.draft, None))
        self._merge_key = None
        self._set(self._redo.pop())
        return True

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def _set(self, draft: Draft) -> None:
        self.draft = draft
        self._shown = None

    def __post_init__(self) -> None:
        if self.saved is None:
            self.saved = self.draft

    # -- saving ----------------------------------------------------------------------------

    @property
    def unsaved(self) -> bool:
        """Whether there are edits that Back would lose."""
        return self.draft != self.saved

    def mark_saved(self, routine: Routine) -> None:
        """``routine`` was written: it is the one this edits now, and its id stays."""
        self.editing = routine
        self.saved = self.draft

    @property
    def id_follows_name(self) -> bool:
        """A routine never saved takes its id from its name, until the user types one."""
        return self.editing is None and not self._id_typed
    # -- edits -----------------------------------------------------------------------------

    def set(self, name: str, value: object) -> None:
        """Change one routine field (``name``, ``changeover``…); typing merges. While the id
        follows the name (:attr:`id_follows_name`), a new name brings a new id in the same
        undo step."""
        changes: dict[str, object] = {name: value}
        self.touched.add(_TOUCHES.get(name, name))
        if name == "id":
            self._id_typed = True
        elif name == "name" and isinstance(value, str) and self.id_follows_name:
            changes["id"] = free_id(slug(value) or "my-routine", self.in_use | set(self.taken))
            self.touched.add("id")
        self.change(dataclasses.replace(self.draft, **changes),  # type: ignore[arg-type]
                    name if isinstance(value, str) else None)

    def set_step(self, index: int, name: str, value: object) -> None:
        step = dataclasses.replace(self.draft.steps[index], **{name: value})  # type: ignore[arg-type]
        steps = (*self.draft.steps[:index], step, *self.draft.steps[index + 1:])
        merge = f"steps[{index}].{name}" if isinstance(value, str) else None
        self.touched.update(f"steps[{index}].{place}" for place in _STEP_TOUCHES.get(name, ()))
        self.change(dataclasses.replace(self.draft, steps=steps), merge)

    def reveal_all(self) -> None:
        """Show every problem (Save was pressed with some left)."""
        self.touched.add("*")
    def add_step(self, exercise_id: str, at: int | None = None) -> int:
        """Add a step for an exercise (the catalogue's or one of the draft's); its index."""
        ex = self.exercise(exercise_id)
        kind = ex.kind if ex is not None else ""
        counted = kind in ("mobilise", "dynamic", "strength")
        # An exercise that names the limb it works (a calf, a leg back) is done on each side.
        sides = "per-side" if ex is not None and (ex.side_part or "").strip() else "once"
        step = StepDraft(exercise_id, counted, "10" if counted else self.draft.hold or "30",
                         sides=sides)
        index = len(self.draft.steps) if at is None else at
        self.touched.add("steps")
        steps = (*self.draft.steps[:index], step, *self.draft.steps[index:])
        self.change(dataclasses.replace(self.draft, steps=steps))
        return index

    def add_exercise(self, exercise: ExerciseDraft) -> int:
        """Add a new exercise of the user's and a step for it, in one undoable edit."""
        steps = (*self.draft.steps, StepDraft(exercise.id))
        self.change(dataclasses.replace(self.draft, steps=steps,
                                        exercises=(*self.draft.exercises, exercise)))
        return len(steps) - 1

    def new_exercise_id(self, name: str) -> str:
        taken = {*self.catalogue, *(e.id for e in self.draft.exercises)}
        return free_id(name or "my-exercise", taken)

    def remove_step(self, index: int) -> None:
        self.touched.add("steps")
        steps = (*self.draft.steps[:index], *self.draft.steps[index + 1:])
        used = {s.exercise for s in steps}
        # An exercise of the user's that no step uses any more goes with its last step.
        own = tuple(e for e in self.draft.exercises if e.id in used)
        self.change(dataclasses.replace(self.draft, steps=steps, exercises=own))

    def move_step(self, index: int, to: int) -> bool:
        steps = list(self.draft.steps)
        if not (0 <= index < len(steps) and 0 <= to < len(steps)) or index == to:
            return False
        steps.insert(to, steps.pop(index))
        self.change(dataclasses.replace(self.draft, steps=tuple(steps)))
        return True

    # -- what it shows ---------------------------------------------------------------------

    def exercise(self, exercise_id: str) -> Exercise | ExerciseDraft | None:
        for ex in self.draft.exercises:
            if ex.id == exercise_id:
                return ex
        return self.catalogue.get(exercise_id)

    def shown(self) -> Shown:
        if self._shown is None:
            checked = check_routine(None, self.catalogue, self.settings,
                                    text=draft_toml(self.draft), taken=self.taken)
            checked = self._not_taken(checked)
            total = format_seconds(checked.plan.total_seconds) if checked.plan else "–"
            self._shown = Shown(checked, total)
        return self._shown

    def _not_taken(self, checked: Checked) -> Checked:
        """A built-in's id, said at once (the check only gets to it on an otherwise valid
        routine) and in the editor's words, with a free one to take."""
        if self.draft.id.strip() not in self.taken:
            return checked
        free = free_id(self.draft.id, self.taken)
        problem = Problem(None, translate("RoutineEditor", "a built-in routine has this id; try "
                                                           "{id}").format(id=repr(free)), "id")
        others = [p for p in checked.problems if not p.message.startswith("duplicate routine id")]
        return Checked(checked.routine, [problem, *others])

    @property
    def valid(self) -> bool:
        return self.shown().checked.valid

    def problems(self) -> list[FieldProblem]:
        """Every problem and warning to show now, each at its field, in plain words. A
        problem waits until its field has been touched (or Save was pressed); a warning
        (the routine is valid then) always shows."""
        checked = self.shown().checked
        found = []
        for problem, warning in [*((p, False) for p in checked.problems),
                                 *((p, True) for p in checked.warnings)]:
            place, step = place_of(problem.field, problem.message)
            key = place if step is None else f"steps[{step}].{place}"
            if warning or {"*", key} & self.touched or (step is not None and place == "step"
                                                        and "steps" in self.touched):
                found.append(FieldProblem(place, step, plain_message(problem.message), warning))
        return found

    def at(self, place: str, step: int | None = None) -> list[FieldProblem]:
        return [p for p in self.problems() if (p.place, p.step) == (place, step)]

    def routine(self) -> Routine:
        """The checked routine, ready to save; ValueError when the draft is not valid."""
        checked = self.shown().checked
        if not checked.valid or checked.routine is None:
            raise ValueError(translate("RoutineEditor", "the routine has problems; fix them first"))
        return dataclasses.replace(checked.routine, origin=Origin.USER)

    def voice(self, text: str) -> str:
        """``text`` as the session's voice would say it: the catalogue's pronunciations and
        the routine's own, symbols as words."""
        table = merged(catalogue_pronounce(self.catalogue), self.draft.pronounce)
        return voice_form(text, table)

    def spoken(self, index: int) -> list[str]:
        """What the voice says on this step that the user wrote: its name, say and tips."""
        step = self.draft.steps[index]
        ex = self.exercise(step.exercise)
        texts = [ex.name] if ex is not None else []
        texts += [step.say] if step.say.strip() else []
        return [*texts, *(t.text for t in step.tips if t.text.strip())]


def new_editor(catalogue: Mapping[str, Exercise], settings: PlanSettings,
               routines: Sequence[Routine], source: Routine | None = None, *,
               edit: bool = False) -> RoutineEditor:
    """An editor for a new routine, a copy of ``source``, or (``edit``) one of yours."""
    builtins = {r.id: r.source for r in routines if r.origin is Origin.BUILT_IN}
    taken_ids = {r.id for r in routines}
    if source is None:
        draft = Draft(id=free_id("my-routine", taken_ids),
                      name=translate("RoutineEditor", "My routine"))
        return RoutineEditor(catalogue, settings, builtins, draft, in_use=frozenset(taken_ids))
    # A routine that exists shows all it has to say at once (its warnings, say).
    if edit and source.origin is Origin.USER:
        return RoutineEditor(catalogue, settings, builtins,
                             draft_of(source, catalogue, source.id), editing=source,
                             in_use=frozenset(taken_ids - {source.id}), touched={"*"})
    copy = draft_of(source, catalogue, free_id(f"{slug(source.id)}-copy", taken_ids))
    copy = dataclasses.replace(copy, name=translate("RoutineEditor", "{routine}, my copy").format(
        routine=source.name))
    return RoutineEditor(catalogue, settings, builtins, copy, in_use=frozenset(taken_ids),
                         touched={"*"})


KINDS = tuple(str(k) for k in RoutineKind)
SIDES = tuple(str(s) for s in Sides)
