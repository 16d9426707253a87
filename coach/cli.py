"""The ``limber`` command. With no arguments it opens the app."""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from coach import __version__
from coach.app import routine_commands
from coach.app.controller import AppController, open_user_files, speaker_for
from coach.app.plan_settings import plan_settings
from coach.app.textrun import TextRunner, format_seconds
from coach.fit_length import Fit, fit_routine
from coach.folders import config_dir, user_routines_dir
from coach.library import Library, UnknownRoutine, load_library
from coach.model import Routine
from coach.plan import Cue, PlanSettings, compile_plan
from coach.problems import Problem
from coach.routine_check import check_routine
from coach.routine_file import CATALOGUE_FILE, load_catalogue
from coach.speech import commands as speech_commands
from coach.speech.log import setup_logging
from coach.speech.options import SpeechOptions
from coach.speech.player import Player
from coach.speech.port import Notice, SilentSpeaker, Speaker
from coach.storage import commands as storage_commands
from coach.storage.prefs import Preferences, PreferencesStore, find_setting

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
MINUTES_HELP = ("fit the routine into N minutes: holds and the warm-down within their safe "
                "ranges, optional steps left out; says the shortest safe version if it cannot")
MAX_LEAD_IN = int(find_setting("lead_in_seconds").maximum or 0)  # as the preference


def _error(message: str) -> int:
    print(f"limber: {message}", file=sys.stderr)
    return EXIT_USAGE


def _library() -> Library:
    return load_library()


def _report_problems(library: Library) -> None:
    for problem in library.problems:
        print(f"limber: skipped: {problem}", file=sys.stderr)


def cmd_list(args: argparse.Namespace) -> int:
    library = _library()
    settings = _settings(args)
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
        for r in rows:
            gentle = " (gentle)" if r["gentle"] else ""
            print(f"{r['id']:<{width}}  {format_seconds(r['total_seconds']):>6}  "
                  f"{r['kind']:<9}  {r['source']:<8}  {r['name']}{gentle}")
        print(f"\nYour own routines go in {user_routines_dir()}", file=sys.stderr)
    _report_problems(library)
    return EXIT_OK


def _preferences() -> Preferences:
    result = PreferencesStore(config_dir()).load()
    for problem in result.problems:
        _notice(problem)
    return result.preferences


def _settings(args: argparse.Namespace) -> PlanSettings:
    """The user's saved preferences, with this command's options on top."""
    return _with_options(plan_settings(_preferences()), args)


def _with_options(settings: PlanSettings, args: argparse.Namespace) -> PlanSettings:
    scale = getattr(args, "scale", None)
    lead_in = getattr(args, "lead_in", None)
    if scale is not None:
        settings = replace(settings, hold_scale=scale)
    if lead_in is not None:
        if not 0 <= lead_in <= MAX_LEAD_IN:
            raise ValueError(f"--lead-in must be from 0 to {MAX_LEAD_IN} seconds, not {lead_in}")
        settings = replace(settings, lead_in_seconds=lead_in)
    return settings


def _fitted(routine: Routine, settings: PlanSettings, args: argparse.Namespace) -> Fit | None:
    """The routine fitted to ``--minutes``, or None without it; ValueError when it is not a
    length, or is shorter than the routine's shortest safe version (the message says it)."""
    minutes = getattr(args, "minutes", None)
    if minutes is None:
        return None
    if not math.isfinite(minutes) or minutes <= 0:
        raise ValueError(f"--minutes must be a number more than 0, not {minutes}")
    if getattr(args, "scale", None) is not None:
        raise ValueError("--minutes picks the hold times itself; leave out --scale")
    fit = fit_routine(routine, round(minutes * 60), settings)
    if not fit.fits:
        raise ValueError(fit.message())
    return fit


def cmd_show(args: argparse.Namespace) -> int:
    settings = _settings(args)
    routine = _library().get(args.id)
    fit = _fitted(routine, settings, args)
    if fit is not None:
        routine, settings = fit.routine, fit.settings
        if not args.json:
            print(fit.message(), file=sys.stderr)
    plan = compile_plan(routine, settings)
    if args.json:
        data = plan.to_json()
        if fit is not None:
            data["fit"] = fit.to_json()
        print(json.dumps(data, indent=2))
        return EXIT_OK
    print(f"{plan.routine.name} ({plan.routine.id}), {format_seconds(plan.total_seconds)}")
    cues: dict[int, list[Cue]] = {}
    for cue in plan.cues:
        if cue.text:
            cues.setdefault(cue.segment, []).append(cue)
    for seg in plan.segments:
        reps = f" x{seg.reps}" if seg.reps else ""
        side = "" if seg.side.value == "none" else f" [{seg.side}]"
        print(f"{format_seconds(seg.start):>6}  {seg.seconds:>4} s  {seg.kind:<8} "
              f"{seg.exercise.name}{side}{reps}")
        for cue in cues.get(seg.index, []):
            print(f"{'':>16}{format_seconds(cue.at):>6}  \"{cue.text}\"")
    for warning in plan.warnings:
        print(f"limber: warning: {warning}", file=sys.stderr)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Problems make a file invalid (exit 1). Warnings (cues that cannot all be said as
    written, at the saved speech rate) are printed too, but a routine with only warnings
    still runs, so they do not change the exit status."""
    from coach.resources import routines_dir

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
        else:
            settings = settings or plan_settings(_preferences())
            checked = check_routine(path, catalogue, settings, taken=seen)
            found = checked.problems
            warnings += checked.warnings
            if checked.routine is not None and not found:
                seen.setdefault(checked.routine.id, path.resolve())
        problems += found
        valid += not found
    for problem in [*problems, *warnings]:
        print(problem)
    counted = f", {len(warnings)} warning(s)" if warnings else ""
    print(f"{valid} of {len(args.files)} file(s) valid{counted}", file=sys.stderr)
    return EXIT_OK if not problems else EXIT_INVALID


def cmd_run(args: argparse.Namespace) -> int:
    if not args.text:
        from coach.qt.app import run_app

        minutes = [] if args.minutes is None else ["--minutes", str(args.minutes)]
        opened: int = run_app([sys.argv[0], "--routine", args.id, *minutes])
        return opened
    if not math.isfinite(args.speed) or args.speed <= 0:  # "nan" and "inf" parse as floats
        return _error(f"--speed must be a number more than 0, not {args.speed}")
    files = open_user_files(_notice)
    controller = AppController(
        _library(), prefs=files.prefs, save_prefs=files.store.save, history=files.history,
        speaker_factory=lambda prefs: text_speaker(prefs, mute=args.mute), notice=_notice,
    )
    try:
        return _run_text(controller, args)
    finally:
        controller.close()
        files.history.close()


def _run_text(controller: AppController, args: argparse.Namespace) -> int:
    """The same steps as the window: prepare, record the start, run, record the end, advise."""
    from coach.app.voice_fit import fit_with_progress

    routine = controller.library.get(args.id)
    settings = _with_options(controller.settings(), args)
    fit = _fitted(routine, settings, args)
    if fit is not None:
        routine, settings = fit.routine, fit.settings
        print(fit.message(), file=sys.stderr)
    plan = controller.prepare_session(routine, settings)
    speaker = controller.speaker
    plan = fit_with_progress(controller.voice_fit(plan), sys.stderr)
    controller.session_started(plan)
    summary = TextRunner(plan, speaker, sys.stdout, speed=args.speed).run()
    controller.session_ended(summary)
    advice = controller.advice()
    if advice is not None:
        print(f"\n{advice.message}")
    return 130 if summary.stopped else EXIT_OK


def _notice(message: str) -> None:
    # On a terminal, clear a "Preparing the voice" line first, so the notice starts a line of
    # its own (the count is drawn again on its next tick).
    clear = "\r\033[K" if sys.stderr.isatty() else ""
    print(f"{clear}limber: {message}", file=sys.stderr)


def _check_voice(key: str, value: str) -> str | None:
    from coach.app.voices import check_voice_setting  # asks the speech engine: only if needed

    return check_voice_setting(key, value)


def text_speaker(prefs: Preferences, *, mute: bool) -> Speaker:
    """The same voice, clips and timing as the app; silent with --mute."""
    if mute:
        return SilentSpeaker()
    from coach.qt.output import qt_player_factory

    return speaker_for(prefs, _notice, qt_player_factory())


def qt_player(notice: Notice) -> Player:
    """Qt's audio output, imported only when a sound is played (the other commands start
    without Qt); ImportError when this install has no QtMultimedia."""
    from coach.qt.audio import QtPlayer

    player: Player = QtPlayer(notice)
    return player


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="limber",
        description="Limber talks you through a warm-up before a run and a cool-down after it. "
                    "With no command it opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"limber {__version__}")
    parser.add_argument("--verbose", action="store_true",
                        help="show the details of speech and sound problems (and Qt's own "
                             "start-up messages) in the terminal")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("list", help="list the routines")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help="show a routine's plan: its steps, times and cues")
    p.add_argument("id", help="routine id (see 'limber list')")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--scale", type=float, help="hold-time scale, 0.5 to 2.0")
    p.add_argument("--lead-in", type=int, help="seconds to get ready (default 10)")
    p.add_argument("--minutes", type=float, help=MINUTES_HELP)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("check", help="check routine files; exit 1 if any has a problem "
                                     "(warnings about cues that cannot fit do not count)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("run", help="run a routine (in the app, or --text in this terminal)")
    p.add_argument("id", help="routine id (see 'limber list')")
    p.add_argument("--text", action="store_true", help="run in the terminal instead of the app")
    p.add_argument("--speed", type=float, default=1.0, help="run X times faster (previews)")
    p.add_argument("--mute", action="store_true", help="do not speak")
    p.add_argument("--scale", type=float, help="hold-time scale, 0.5 to 2.0")
    p.add_argument("--lead-in", type=int, help="seconds to get ready (default 10)")
    p.add_argument("--minutes", type=float, help=MINUTES_HELP)
    p.set_defaults(func=cmd_run)

    storage_commands.register(sub, check=_check_voice)
    routine_commands.register(sub, settings=lambda: plan_settings(_preferences()))
    speech_commands.register(sub, player=qt_player,
                             saved=lambda: SpeechOptions.from_prefs(_preferences()))

    # Hidden: for packagers and CI (does this install have its data, Qt parts and voice?).
    p = sub.add_parser("selfcheck")
    p.add_argument("checks", nargs="*", metavar="CHECK",
                   help=f"only these ({', '.join(CHECK_NAMES)}); all by default")
    p.set_defaults(func=cmd_selfcheck)
    return parser


CHECK_NAMES = ("routines", "pictures", "sounds", "window", "speech")


def cmd_selfcheck(args: argparse.Namespace) -> int:
    unknown = sorted(set(args.checks) - set(CHECK_NAMES))
    if unknown:
        return _error(f"no check {', '.join(unknown)}; the checks: {', '.join(CHECK_NAMES)}")
    from coach.qt.selfcheck import run_selfcheck

    code: int = run_selfcheck(tuple(args.checks))
    return code


def main(argv: Sequence[str] | None = None) -> int:
    # The speech worker is a spawned process; a frozen executable must recognise one.
    multiprocessing.freeze_support()
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list)
    setup_logging(verbose=args.verbose)
    if args.command is None:
        return open_app(verbose=args.verbose)
    try:
        code = int(args.func(args))
    except UnknownRoutine as exc:
        return _error(str(exc))
    except ValueError as exc:
        return _error(str(exc))
    except BrokenPipeError:
        return EXIT_OK
    return code


def open_app(*, verbose: bool = False) -> int:
    from coach.gui import open_window  # the path the bare command takes too

    return open_window(verbose=verbose)


if __name__ == "__main__":
    sys.exit(main())
