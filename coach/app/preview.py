"""What a routine will do, step by step, before it starts: the home screen's plan preview, and
the lines that list the problems in the user's routine files. No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coach.app.window_words import about_minutes, duration_text
from coach.core.model import Routine, Sides
from coach.core.plan.compiler import Plan, PlanSettings, SegmentKind, compile_plan
from coach.core.routine_files.problems import Problem, printable

SIDE_WORDS = {
    Sides.ONCE: "",
    Sides.PER_SIDE: "left, then right",
    Sides.ALTERNATING: "left and right in turn",
}


@dataclass(frozen=True, slots=True)
class PreviewStep:
    number: int  # 1-based
    name: str
    dose: str  # "30 s", "10 reps", "10 reps each side"
    sides: str  # "left, then right", or empty
    seconds: int  # the step's time in this plan, both sides and any switch included


@dataclass(frozen=True, slots=True)
class Preview:
    title: str  # "Standard warm-up · 10 min"
    steps: tuple[PreviewStep, ...]


def preview(plan: Plan) -> Preview:
    """Each step of ``plan`` with its time and sides, at the settings it was compiled with."""
    seconds: dict[int, int] = {}
    for segment in plan.segments:
        if segment.is_exercise or segment.kind is SegmentKind.SWITCH:
            seconds[segment.step] = seconds.get(segment.step, 0) + segment.seconds
    steps = []
    for index, step in enumerate(plan.routine.steps):
        per_side = step.sides is Sides.PER_SIDE
        each = " each side" if per_side else ""
        if step.reps is not None:
            dose = f"{step.reps} reps{each}"
        else:
            held = sum(s.seconds for s in plan.segments
                       if s.is_exercise and s.step == index) // (2 if per_side else 1)
            dose = f"{duration_text(held)}{each}"
        steps.append(PreviewStep(index + 1, step.exercise.name, dose, SIDE_WORDS[step.sides],
                                 seconds.get(index, 0)))
    title = f"{plan.routine.name} · {about_minutes(plan.total_seconds)}"
    return Preview(title, tuple(steps))


def preview_routine(routine: Routine, settings: PlanSettings) -> Preview:
    """:func:`preview` of ``routine`` compiled at ``settings`` (the preferences' timings)."""
    return preview(compile_plan(routine, settings))


def problem_lines(problems: Sequence[Problem]) -> list[str]:
    """One line per problem: the file's name (not its whole path), line, field and message."""
    lines = []
    for problem in problems:
        where = printable(problem.path.name) if problem.path is not None else "a routine"
        if problem.line is not None:
            where += f", line {problem.line}"
        what = f"{problem.field}: {problem.message}" if problem.field else problem.message
        lines.append(f"{where}: {printable(what)}")
    return lines
