"""``limber run ID``: a routine in the app, or with ``--text`` in this terminal."""

from __future__ import annotations

import argparse
import math
import sys

from coach.app.controller import AppController, open_user_files, speaker_for
from coach.app.terminal_run import TextRunner
from coach.cli.open_window import open_window
from coach.cli.plan_options import add_plan_options, fitted, with_options
from coach.cli.terminal import EXIT_OK, error, notice
from coach.core.routine_files.library import load_library
from coach.speech.port import SilentSpeaker, Speaker
from coach.storage.prefs_schema import Preferences


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("run", help="run a routine (in the app, or --text in this terminal)")
    p.add_argument("id", help="routine id (see 'limber list')")
    p.add_argument("--text", action="store_true", help="run in the terminal instead of the app")
    p.add_argument("--speed", type=float, default=1.0, help="run X times faster (previews)")
    p.add_argument("--mute", action="store_true", help="do not speak")
    add_plan_options(p)
    p.set_defaults(func=cmd_run)


def cmd_run(args: argparse.Namespace) -> int:
    if not args.text:
        minutes = [] if args.minutes is None else ["--minutes", str(args.minutes)]
        return open_window(["--routine", args.id, *minutes], verbose=args.verbose)
    if not math.isfinite(args.speed) or args.speed <= 0:  # "nan" and "inf" parse as floats
        return error(f"--speed must be a number more than 0, not {args.speed}")
    files = open_user_files(notice)
    controller = AppController(
        load_library(), prefs=files.prefs, save_prefs=files.store.save, history=files.history,
        speaker_factory=lambda prefs: text_speaker(prefs, mute=args.mute), notice=notice,
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
    settings = with_options(controller.settings(), args)
    fit = fitted(routine, settings, args)
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


def text_speaker(prefs: Preferences, *, mute: bool) -> Speaker:
    """The same voice, clips and timing as the app; silent with --mute."""
    if mute:
        return SilentSpeaker()
    from coach.qt.audio_output_probe import qt_player_factory

    return speaker_for(prefs, notice, qt_player_factory())
