"""``limber run ID``: a routine in the app, or with ``--text`` in this terminal."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from coach.app.controller import AppController, open_user_files, speaker_for
from coach.app.music_port import MusicBackend
from coach.app.terminal_run import (
    MAX_SPEED,
    MIN_SPEED,
    RunEnded,
    TextRunner,
    check_speed,
    signals_end_the_run,
)
from coach.cli.open_window import open_window
from coach.cli.plan_options import add_plan_options, fitted, with_options
from coach.cli.terminal import EXIT_OK, error, notice
from coach.core.clock import SystemClock
from coach.core.language.current_language import translate
from coach.core.routine_files.library import load_library
from coach.speech.port import SilentSpeaker, Speaker
from coach.storage.prefs_schema import Preferences

EXIT_STOPPED = 130  # as a shell reports a program Ctrl-C ended


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("run", help=translate("RunCommand", "run a routine (in the app, or --text "
                                                           "in this terminal)"))
    p.add_argument("id", help=translate("RunCommand", "routine id (see 'limber list')"))
    p.add_argument("--text", action="store_true",
                   help=translate("RunCommand", "run in the terminal instead of the app"))
    p.add_argument("--speed", type=float, default=1.0,
                   help=translate("RunCommand", "run X times faster, from {low} to {high}: a "
                                                "preview, not recorded as a session").format(
                       low=f"{MIN_SPEED:g}", high=f"{MAX_SPEED:g}"))
    p.add_argument("--mute", action="store_true", help=translate("RunCommand", "do not speak"))
    add_plan_options(p)
    p.set_defaults(func=cmd_run)


def cmd_run(args: argparse.Namespace) -> int:
    if not args.text:
        minutes = [] if args.minutes is None else ["--minutes", str(args.minutes)]
        return open_window(["--routine", args.id, *minutes], verbose=args.verbose)
    try:
        check_speed(args.speed)
    except ValueError as problem:
        return error(str(problem))
    files = open_user_files(notice)
    controller = AppController(
        load_library(), prefs=files.prefs, prefs_file=files.store, history=files.history,
        speaker_factory=lambda prefs: text_speaker(prefs, mute=args.mute), notice=notice,
        music_factory=text_music,
    )
    try:
        with signals_end_the_run():
            controller.give_back_music()  # what a Limber that died left lowered or paused
            return _run_text(controller, args)
    finally:
        controller.close()
        files.history.close()


def _run_text(controller: AppController, args: argparse.Namespace) -> int:
    """The same steps and rules as the window: prepare, record the start, run, record the end
    (past the lead-in, however it ended), advise. A run at another speed is a preview."""
    from coach.app.voice_fit import fit_with_progress

    preview = args.speed != 1.0
    routine = controller.library.get(args.id)
    settings = with_options(controller.settings(), args)
    fit = fitted(routine, settings, args)
    if fit is not None:
        routine, settings = fit.routine, fit.settings
        print(fit.message(), file=sys.stderr)
    try:
        plan = controller.prepare_session(routine, settings, remember_it=not preview)
        speaker = controller.speaker
        plan = fit_with_progress(controller.voice_fit(plan), sys.stderr)
    except KeyboardInterrupt as interrupt:  # before the lead-in: nothing was done
        return _exit_status(interrupt)
    controller.session_started(plan, preview=preview)
    runner = TextRunner(plan, speaker, sys.stdout, speed=args.speed,
                        on_state=controller.session_state, music=controller.music_listener)
    summary = runner.run()
    controller.session_ended(summary)
    if runner.out_closed:
        _quiet_stdout()
    else:
        if preview:
            print(translate("RunCommand", "(A preview: not recorded in your history.)"),
                  file=sys.stderr)
        advice = controller.advice()
        if advice is not None:
            print(f"\n{advice.message}")
    if runner.ended_by is not None:
        return 128 + runner.ended_by
    return EXIT_STOPPED if summary.stopped else EXIT_OK


def _exit_status(interrupt: KeyboardInterrupt) -> int:
    return 128 + interrupt.signum if isinstance(interrupt, RunEnded) else EXIT_STOPPED


def _quiet_stdout() -> None:
    """The reader of standard output left: point it at nothing, so that the interpreter's
    last flush at exit does not fail on the closed pipe."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):  # not a real file (a test's capture): nothing to flush
        pass


def text_music(tell: Callable[[str], None], folder: Path) -> MusicBackend:
    """The music control for the terminal: its notices are printed from its own thread."""
    from coach.qt.music_control import music_backend

    return music_backend(tell, folder, SystemClock(), notice_any_thread=True)


def text_speaker(prefs: Preferences, *, mute: bool) -> Speaker:
    """The same voice, clips and timing as the app; silent with --mute."""
    if mute:
        return SilentSpeaker()
    from coach.qt.audio_output_probe import player_factory

    return speaker_for(prefs, notice, player_factory())
