"""``limber list``, ``show`` and ``check``: the routines, their plans, and routine files checked."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from coach.app.catalogue_words import origin_word, routine_kind_word
from coach.app.plan_settings import plan_settings
from coach.app.preview import Timing, timing_words
from coach.app.problem_words import checked_line
from coach.app.terminal_run import format_seconds
from coach.cli.plan_options import add_plan_options, fitted, with_options
from coach.cli.terminal import (
    EXIT_INVALID,
    EXIT_OK,
    notice,
    saved_plan_settings,
    saved_preferences,
)
from coach.core.files.user_folders import user_routines_dir
from coach.core.language.current_language import ENGLISH, QT_TRANSLATE_NOOP, translate
from coach.core.plan.compiler import Cue, Plan, PlanSettings, SegmentKind, Side, compile_plan
from coach.core.routine_files.checker import check_routine
from coach.core.routine_files.library import Library, load_library
from coach.core.routine_files.problems import Problem
from coach.core.routine_files.reader import CATALOGUE_FILE, load_catalogue
from coach.core.routine_files.translations import I18N_FOLDER, check_translation
from coach.speech.options import SpeechOptions
from coach.storage.prefs_schema import Preferences

if TYPE_CHECKING:
    from coach.speech.speaker_factory import ClipLengths

# The plan's own terms as `limber show` prints them; --json keeps the terms themselves.
_SEGMENT_WORDS: Final = {
    SegmentKind.LEAD_IN: QT_TRANSLATE_NOOP("ShowWords", "lead-in"),
    SegmentKind.EXERCISE: QT_TRANSLATE_NOOP("ShowWords", "exercise"),
    SegmentKind.SWITCH: QT_TRANSLATE_NOOP("ShowWords", "switch"),
    SegmentKind.GAP: QT_TRANSLATE_NOOP("ShowWords", "gap"),
}
_SIDE_WORDS: Final = {
    Side.LEFT: QT_TRANSLATE_NOOP("ShowWords", "left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("ShowWords", "right"),
    Side.BOTH: QT_TRANSLATE_NOOP("ShowWords", "both"),
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("list", help=translate("RoutineCommands", "list the routines"))
    p.add_argument("--json", action="store_true", help=translate(
        "RoutineCommands", "print JSON"))
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help=translate("RoutineCommands", "show a routine's plan: its "
                                                                 "steps, times and cues, timed "
                                                                 "with your voice's clips as a "
                                                                 "session runs it"))
    p.add_argument("id", help=translate("RoutineCommands", "routine id (see 'limber list')"))
    p.add_argument("--json", action="store_true", help=translate(
        "RoutineCommands", "print JSON"))
    p.add_argument("--estimate", action="store_true",
                   help=translate("RoutineCommands", "estimate the times from the words instead "
                                                     "of the voice's clips"))
    add_plan_options(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("check", help=translate("RoutineCommands", "check routine files (and a "
                                                                  "language's words for the "
                                                                  "built-ins, "
                                                                  "routines/i18n/XX.toml); exit 1 "
                                                                  "if any has a problem (warnings "
                                                                  "about cues that cannot fit do "
                                                                  "not count)"))
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_check)


def report_skipped(library: Library) -> None:
    for problem in library.problems:
        print(translate("RoutineCommands", "limber: skipped: {problem}")
            .format(problem=problem), file=sys.stderr)


def cmd_list(args: argparse.Namespace) -> int:
    library = load_library()
    settings = saved_plan_settings()
    rows: list[dict[str, Any]] = []
    for routine in library.routines:
        plan = compile_plan(routine, settings)
        rows.append({
            "id": routine.id,
            "name": routine.name,
            "kind": str(routine.kind),
            "gentle": routine.gentle,
            "total_seconds": plan.total_seconds,
            "source": str(routine.origin),
            "description": routine.description,
        })
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        width = max((len(r["id"]) for r in rows), default=2)
        kinds = {r["kind"]: routine_kind_word(r["kind"]) for r in rows}
        sources = {r["source"]: origin_word(r["source"]) for r in rows}
        kind_width = max((len(k) for k in kinds.values()), default=9)
        source_width = max((len(s) for s in sources.values()), default=8)
        for r in rows:
            gentle = translate("RoutineCommands", " (gentle)") if r["gentle"] else ""
            print(f"{r['id']:<{width}}  {format_seconds(r['total_seconds']):>6}  "
                  f"{kinds[r['kind']]:<{kind_width}}  {sources[r['source']]:<{source_width}}  "
                  f"{r['name']}{gentle}")
        print(translate("RoutineCommands", "\nYour own routines go in {user_routines_dir}")
            .format(user_routines_dir=user_routines_dir()), file=sys.stderr)
    report_skipped(library)
    return EXIT_OK


def voice_clips(prefs: Preferences) -> ClipLengths | None:
    """The saved voice's clips, to time a plan with; None when there is no voice."""
    from coach.speech.speaker_factory import make_clip_lengths

    return make_clip_lengths(SpeechOptions.from_prefs(prefs), notice)


def as_run(plan: Plan, prefs: Preferences, *, estimate: bool) -> tuple[Plan, Timing, bool]:
    """The plan a session runs: fitted to the voice's clips (rendering those not cached yet,
    progress on stderr), unless ``estimate``; then what its times come from, and whether
    there is a voice at all."""
    from coach.app.voice_fit import VoiceFit, fit_with_progress

    clips = None if estimate else voice_clips(prefs)
    if clips is None:
        return plan, Timing.ESTIMATE, estimate
    try:
        fit = VoiceFit(plan, clips)
        fitted_plan = fit_with_progress(fit, sys.stderr)
        return fitted_plan, Timing.VOICE if fit.timed else Timing.ESTIMATE, True
    finally:
        clips.close()


def cmd_show(args: argparse.Namespace) -> int:
    prefs = saved_preferences()
    settings = with_options(plan_settings(prefs), args)
    routine = load_library().get(args.id)
    fit = fitted(routine, settings, args)
    if fit is not None:
        routine, settings = fit.routine, fit.settings
        if not args.json:
            print(fit.message(), file=sys.stderr)
    plan, timing, voice = as_run(compile_plan(routine, settings), prefs,
                                 estimate=args.estimate)
    if args.json:
        data = plan.to_json()
        data["timing"] = str(timing)
        if fit is not None:
            data["fit"] = fit.to_json()
        print(json.dumps(data, indent=2))
        return EXIT_OK
    print(f"{plan.routine.name} ({plan.routine.id}), {format_seconds(plan.total_seconds)}")
    print(timing_words(timing, voice))
    cues: dict[int, list[Cue]] = {}
    for cue in plan.cues:
        if cue.text:
            cues.setdefault(cue.segment, []).append(cue)
    kinds = {kind: translate("ShowWords", word) for kind, word in _SEGMENT_WORDS.items()}
    width = max(map(len, kinds.values()))
    for seg in plan.segments:
        reps = f" x{seg.reps}" if seg.reps else ""
        side = ("" if seg.side is Side.NONE
                else f" [{translate('ShowWords', _SIDE_WORDS[seg.side])}]")
        print(f"{format_seconds(seg.start):>6}  {seg.seconds:>4} s  {kinds[seg.kind]:<{width}} "
              f"{seg.exercise.name}{side}{reps}")
        for cue in cues.get(seg.index, []):
            print(f"{'':>16}{format_seconds(cue.at):>6}  \"{cue.text}\"")
    for warning in plan.warnings:
        print(translate("RoutineCommands", "limber: warning: {warning}")
            .format(warning=warning), file=sys.stderr)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Problems make a file invalid (exit 1). Warnings (cues that cannot all be said as
    written, at the saved speech rate) are printed too, but a routine with only warnings
    still runs, so they do not change the exit status."""
    from coach.core.files.shipped_data import routines_dir

    catalogue, problems = load_catalogue(routines_dir() / CATALOGUE_FILE)
    # An id a built-in routine (or an earlier file here) already has would be skipped by
    # 'list' and the app, so check says so too.
    seen: dict[str, Path | None] = {r.id: r.source for r in
                                    load_library(user_dir=Path(os.devnull)).routines}
    settings: PlanSettings | None = None
    valid = 0
    warnings: list[Problem] = []
    for name in args.files:
        path = Path(name)
        if path.name == CATALOGUE_FILE:
            _, found = load_catalogue(path)
        elif path.parent.name == I18N_FOLDER:  # a language's words for the built-ins
            english = load_library(user_dir=Path(os.devnull), language=ENGLISH)
            found = check_translation(path, english.catalogue, english.routines)
        else:
            settings = settings or saved_plan_settings()
            checked = check_routine(path, catalogue, settings, taken=seen)
            found = checked.problems
            warnings += checked.warnings
            if checked.routine is not None and not found:
                seen.setdefault(checked.routine.id, path.resolve())
        problems += found
        valid += not found
    for problem in [*problems, *warnings]:
        print(checked_line(problem))
    told, files = len(warnings), len(args.files)
    counted = translate("RoutineCommands", ", %n warning(s)", None, told) if warnings else ""
    print(translate("RoutineCommands", "{valid} of %n file(s) valid{counted}", None,
                    files).format(valid=valid, counted=counted), file=sys.stderr)
    return EXIT_OK if not problems else EXIT_INVALID
