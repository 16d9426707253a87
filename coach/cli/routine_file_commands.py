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
    p = sub.add_parser("import", help="check a routine file and add it to your routines")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--replace", action="store_true",
                   help="replace your routine with the same id (the old one goes to the trash)")
    p.set_defaults(func=lambda a: cmd_import(a, settings))

    p = sub.add_parser("export", help="write a routine to a file that imports anywhere")
    p.add_argument("id", help="routine id (see 'limber list')")
    p.add_argument("file", metavar="FILE", help="the file to write, or - for standard output")
    p.add_argument("--replace", action="store_true",
                   help="overwrite FILE if it exists (a link is followed, never replaced)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("delete", help="move one of your routines to the trash")
    p.add_argument("id", help="routine id (see 'limber list')")
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("trash", help="list the routines in the trash")
    p.set_defaults(func=cmd_trash)

    p = sub.add_parser("restore", help="bring a routine back from the trash")
    p.add_argument("id", help="routine id (see 'limber trash')")
    p.add_argument("--replace", action="store_true",
                   help="replace your routine with the same id (the old one goes to the trash)")
    p.set_defaults(func=lambda a: cmd_restore(a, settings))


def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    try:
        written = my_routines().import_file(Path(args.file), settings(), replace=args.replace)
    except Refused as refused:
        return _refused(refused, "nothing imported")
    except FileFailed as failed:
        return _failed(failed)
    _report(written, "imported")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    mine = my_routines()
    try:
        routine = mine.exported(args.id)
        if Path(args.file) == STDOUT:
            sys.stdout.write(mine.export_text(routine))
            sys.stdout.flush()
            if routine.id != args.id:
                print(f"limber: exported as {routine.id!r} (a built-in's id is its own)",
                      file=sys.stderr)
            return EXIT_OK
        mine.export_routine(routine, Path(args.file), replace=args.replace)
    except Refused as refused:
        return _refused(refused, "nothing written")
    except FileFailed as failed:
        return _failed(failed)
    renamed = f" (as {routine.id!r}: a built-in's id is its own)" if routine.id != args.id else ""
    print(f"exported {args.id!r} to {args.file}{renamed}")
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    try:
        kept = my_routines().delete(args.id)
    except Refused as refused:
        return _refused(refused, "nothing deleted")
    except FileFailed as failed:
        return _failed(failed)
    print(f"deleted {args.id!r}; a copy is kept in {kept}\n"
          f"bring it back with: limber restore {args.id}")
    return EXIT_OK


def cmd_trash(args: argparse.Namespace) -> int:
    found = my_routines().trashed()
    for t in found:
        print(f"{t.routine_id}  {t.deleted:%Y-%m-%d %H:%M}  {t.name}")
    print(f"{len(found)} routine(s) in {routines_trash_dir()}", file=sys.stderr)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, settings: Settings) -> int:
    try:
        written = my_routines().restore(args.id, settings(), replace=args.replace)
    except Refused as refused:
        return _refused(refused, "nothing restored")
    except FileFailed as failed:
        return _failed(failed)
    _report(written, "restored")
    return EXIT_OK


def _report(written: Written, done: str) -> None:
    for warning in written.warnings:
        print(warning)
    print(f"{done} {written.routine.id!r} ({written.routine.name}) into {written.path}")
    if written.trashed:
        print(f"the routine it replaced is kept in {written.trashed}")


def _failed(failed: FileFailed) -> int:
    print(f"limber: {file_failed(failed)}", file=sys.stderr)
    return EXIT_REFUSED


def _refused(refused: Refused, what: str) -> int:
    for problem in refused.problems:
        print(problem)
    hint = "; add --replace to replace it" if refused.exists is not None else ""
    print(f"limber: {what}{hint}", file=sys.stderr)
    return EXIT_REFUSED
