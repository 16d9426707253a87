"""The ``limber`` command's arguments: every command group adds its own, and one function runs
whichever was asked for."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from coach import __version__
from coach.app.problem_words import unknown_routine
from coach.cli import (
    history_commands,
    prefs_commands,
    routine_commands,
    routine_file_commands,
    run_command,
    selfcheck_command,
    speech_commands,
)
from coach.cli.argparse_words import VERSION_HELP, argparse_word, use_the_language
from coach.cli.open_window import open_window
from coach.cli.terminal import EXIT_OK, error, use_saved_language
from coach.core.language.current_language import translate
from coach.core.routine_files.library import UnknownRoutine
from coach.speech.problem_log import setup_logging


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="limber",
        description=translate("Parser", "Limber talks you through a warm-up before a run and a "
                                        "cool-down after it. With no command it opens the app."),
    )
    parser.add_argument("--version", action="version", version=f"limber {__version__}",
                        help=argparse_word(VERSION_HELP))
    parser.add_argument("--verbose", action="store_true",
                        help=translate("Parser", "show the details of speech and sound problems "
                                                 "(and Qt's own start-up messages) in the "
                                                 "terminal"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in (routine_commands, run_command, prefs_commands, history_commands,
                  routine_file_commands, speech_commands, selfcheck_command):
        group.register(sub)
    return parser


def dispatch(argv: Sequence[str]) -> int:
    use_saved_language()
    use_the_language()
    args = build_parser().parse_args(list(argv))
    setup_logging(verbose=args.verbose)
    if args.command is None:  # only options, such as --verbose
        return open_window(verbose=args.verbose)
    try:
        return int(args.func(args))
    except UnknownRoutine as exc:
        return error(unknown_routine(exc))
    except ValueError as exc:
        return error(str(exc))
    except BrokenPipeError:
        return EXIT_OK
