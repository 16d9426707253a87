"""``limber import``, ``export``, ``delete``, ``trash`` and ``restore``: your own routines.

Each command loads the library afresh, works through :class:`MyRoutines` (the one writer of
routine files) and prints what it did. A refusal prints the problems the way ``limber check``
does and exits 1; nothing is written then. So does an error from the operating system (a
missing folder, a full disk…): one line naming the file and what to do, as the window says it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from coach.app.file_words import file_failed
from coach.cli.terminal import saved_plan_settings
from coach.core.files.user_folders import routines_trash_dir, user_routines_dir
from coach.core.language.current_language import translate
from coach.core.plan.compiler import PlanSettings
from coach.core.routine_files.library import load_library
from coach.storage.my_routines import STDOUT, FileFailed, MyRoutines, Refused, Written

EXIT_OK, EXIT_REFUSED = 0, 1

Settings = Callable[[], PlanSettings]


def my_routines() -> MyRoutines:
    return MyRoutines(load_library(), user_routines_dir(), routines_trash_dir())


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             settings: Settings = saved_plan_settings) -> None:
    """Add the commands; ``settings`` gives the plan settings the cues are fitted at."""
    p = sub.add_parser("import", help=translate("RoutineFileCommands", "check a routine file and "
                                                                       "add it to your routines"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--replace", action="store_true",
                   help=translate("RoutineFileCommands", "replace your routine with the same id "
                                                         "(the old one goes to the trash)"))
    p.set_defaults(func=lambda a: cmd_import(a, settings))

    p = sub.add_parser("export", help=translate("RoutineFileCommands", "write a routine to a file "
                                                                       "that imports anywhere"))
    p.add_argument("id", help=translate("RoutineFileCommands", "routine id (see 'limber list')"))
    p.add_argument("file", metavar="FILE", help=translate(
        "RoutineFileCommands", "the file to write, or - for standard output"))
    p.add_argument("--replace", action="store_true",
                   help=translate("RoutineFileCommands", "overwrite FILE if it exists (a link is "
                                                         "followed, never replaced)"))
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("delete", help=translate("RoutineFileCommands", "move one of your routines "
                                                                       "to the trash"))
    p.add_argument("id", help=translate("RoutineFileCommands", "routine id (see 'limber list')"))
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("trash", help=translate("RoutineFileCommands", "list the routines in the "
                                                                      "trash"))
    p.set_defaults(func=cmd_trash)

    p = sub.add_parser("restore", help=translate("RoutineFileCommands", "bring a routine back "
                                                                        "from the trash"))
    p.add_argument("id", help=translate("RoutineFileCommands", "routine id (see 'limber trash')"))
    p.add_argument("--replace", action="store_true",
                   help=translate("RoutineFileCommands", "replace your routine with the same id "
                                                         "(the old one goes to the trash)"))
    p.set_defaults(func=lambda a: cmd_restore(a, settings))


def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    try:
        written = my_routines().import_file(Path(args.file), settings(), replace=args.replace)
    except Refused as refused:
        return _refused(refused, translate("RoutineFileCommands", "nothing imported"))
    except FileFailed as failed:
        return _failed(failed)
    _report(written, translate("RoutineFileCommands", "imported {id} ({name}) into {path}"))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    mine = my_routines()
    try:
        routine = mine.exported(args.id)
        if Path(args.file) == STDOUT:
            sys.stdout.write(mine.export_text(routine))
            sys.stdout.flush()
            if routine.id != args.id:
                print(translate("RoutineFileCommands", "limber: exported as {id!r} (a built-in's "
                                                       "id is its own)").format(id=routine.id),
                      file=sys.stderr)
            return EXIT_OK
        mine.export_routine(routine, Path(args.file), replace=args.replace)
    except Refused as refused:
        return _refused(refused, translate("RoutineFileCommands", "nothing written"))
    except FileFailed as failed:
        return _failed(failed)
    renamed = translate("RoutineFileCommands", " (as {id!r}: a built-in's id is its own)"
                        ).format(id=routine.id) if routine.id != args.id else ""
    print(translate("RoutineFileCommands", "exported {id!r} to {file}{renamed}").format(
        id=args.id, file=args.file, renamed=renamed))
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    try:
        kept = my_routines().delete(args.id)
    except Refused as refused:
        return _refused(refused, translate("RoutineFileCommands", "nothing deleted"))
    except FileFailed as failed:
        return _failed(failed)
    print(translate("RoutineFileCommands", "deleted {id!r}; a copy is kept in {kept}\nbring it "
                                           "back with: limber restore {id}").format(
        id=args.id, kept=kept))
    return EXIT_OK


def cmd_trash(args: argparse.Namespace) -> int:
    found = my_routines().trashed()
    for t in found:
        print(f"{t.routine_id}  {t.deleted:%Y-%m-%d %H:%M}  {t.name}")
    count = len(found)
    print(translate("RoutineFileCommands", "%n routine(s) in {folder}", None, count).format(
        folder=routines_trash_dir()), file=sys.stderr)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, settings: Settings) -> int:
    try:
        written = my_routines().restore(args.id, settings(), replace=args.replace)
    except Refused as refused:
        return _refused(refused, translate("RoutineFileCommands", "nothing restored"))
    except FileFailed as failed:
        return _failed(failed)
    _report(written, translate("RoutineFileCommands", "restored {id} ({name}) into {path}"))
    return EXIT_OK


def _report(written: Written, done: str) -> None:
    for warning in written.warnings:
        print(warning)
    print(done.format(id=repr(written.routine.id), name=written.routine.name,
                      path=written.path))
    if written.trashed:
        print(translate("RoutineFileCommands", "the routine it replaced is kept in {trashed}")
            .format(trashed=written.trashed))


def _failed(failed: FileFailed) -> int:
    print(f"limber: {file_failed(failed)}", file=sys.stderr)
    return EXIT_REFUSED


def _refused(refused: Refused, what: str) -> int:
    for problem in refused.problems:
        print(problem)
    hint = translate("RoutineFileCommands", "; add --replace to "
                                            "replace it") if refused.exists is not None else ""
    print(f"limber: {what}{hint}", file=sys.stderr)
    return EXIT_REFUSED
