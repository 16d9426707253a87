"""What a routine will do, step by step, before it starts: the home screen's plan preview (and
what its times are based on), and the lines that list the problems in the user's routine
files. No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from coach.app.window_words import about_minutes, duration_text
from coach.core.language.current_language import ENGLISH, QT_TRANSLATE_NOOP, language, translate
from coach.core.model import Routine, Sides
from coach.core.plan.compiler import Plan, PlanSettings, SegmentKind, compile_plan
from coach.core.routine_files.problems import Problem, printable

SIDE_WORDS = {
    Sides.ONCE: "",
    Sides.PER_SIDE: QT_TRANSLATE_NOOP("Preview", "left, then right"),
    Sides.ALTERNATING: QT_TRANSLATE_NOOP("Preview", "left and right in turn"),
}


class Timing(StrEnum):
    """What a plan's times come from (``limber show --json``'s ``timing``)."""

    VOICE = "voice"  # every phrase's clip: the plan a session runs
    ESTIMATE = "estimate"  # the words' estimate: a session fits it to the clips first


# What the preview and `limber show` say of their times.
TIMING_WORDS = {
    (Timing.VOICE, True): QT_TRANSLATE_NOOP(
        "Preview", "Times from your voice's clips, as the session runs it."),
    (Timing.ESTIMATE, True): QT_TRANSLATE_NOOP(
        "Preview", "Times estimated from the words; the session fits them to your voice first."),
    (Timing.ESTIMATE, False): QT_TRANSLATE_NOOP(
        "Preview", "Times estimated from the words: there is no voice to time them."),
}


# The same, short, after the preview's title.
TIMING_NOTE = {Timing.VOICE: QT_TRANSLATE_NOOP("Preview", "timed with your voice"),
               Timing.ESTIMATE: QT_TRANSLATE_NOOP("Preview", "estimated")}


def timing_words(timing: Timing, voice: bool) -> str:
    """``voice``: a voice is there (the estimate is only until its clips are ready)."""
    return translate("Preview", TIMING_WORDS[(timing, voice or timing is Timing.VOICE)])


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


def preview(plan: Plan, timing: Timing | None = None) -> Preview:
    """Each step of ``plan`` with its time and sides, at the settings it was compiled with;
    the title says what the times come from when ``timing`` is given."""
    seconds: dict[int, int] = {}
    for segment in plan.segments:
        if segment.is_exercise or segment.kind is SegmentKind.SWITCH:
            seconds[segment.step] = seconds.get(segment.step, 0) + segment.seconds
    steps = []
    for index, step in enumerate(plan.routine.steps):
        per_side = step.sides is Sides.PER_SIDE
        if step.reps is not None:
            reps = step.reps  # a plain name: lupdate reads nothing more as a plural's count
            dose = translate("Preview", "%n rep(s) each side", None, reps) if per_side \
                else translate("Preview", "%n rep(s)", None, reps)
        else:
            held = sum(s.seconds for s in plan.segments
                       if s.is_exercise and s.step == index) // (2 if per_side else 1)
            dose = translate("Preview", "{time} each side").format(time=duration_text(held)) \
                if per_side else duration_text(held)
        sides = translate("Preview", SIDE_WORDS[step.sides]) if SIDE_WORDS[step.sides] else ""
        steps.append(PreviewStep(index + 1, step.exercise.name, dose, sides,
                                 seconds.get(index, 0)))
    title = f"{plan.routine.name} · {about_minutes(plan.total_seconds)}"
    if timing is not None:
        title += " · " + translate("Preview", TIMING_NOTE[timing])
    return Preview(title, tuple(steps))


def estimated_plan(routine: Routine, settings: PlanSettings) -> Plan:
    """``routine``'s plan at ``settings`` with estimated phrase lengths: shown at once, then
    fitted to the voice's clips (:class:`~coach.app.voice_fit.VoiceFit`) as a session is."""
    return compile_plan(routine, settings)


def preview_routine(routine: Routine, settings: PlanSettings) -> Preview:
    """:func:`preview` of ``routine`` compiled at ``settings`` (the preferences' timings)."""
    return preview(estimated_plan(routine, settings))


def problem_lines(problems: Sequence[Problem]) -> list[str]:
    """One line per problem: the file's name (not its whole path), line, field and message."""
    lines = []
    for problem in problems:
        where = printable(problem.path.name) if problem.path is not None \
            else translate("Preview", "a routine")
        if problem.line is not None:
            where += translate("Preview", ", line {line}").format(line=problem.line)
        # English as the checker says it (limber check's words); other languages in theirs.
        message = problem.message if language() == ENGLISH else _in_language(problem.message)
        what = f"{problem.field}: {message}" if problem.field else message
        lines.append(f"{where}: {printable(what)}")
    return lines


def _in_language(message: str) -> str:
    from coach.app.problem_words import plain_message  # its phrasings: only when there are problems

    return plain_message(message)
