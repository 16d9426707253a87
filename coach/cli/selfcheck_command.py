"""``limber selfcheck``: for packagers and CI, does this install have its data, its Qt parts and
a voice? (hidden from ``--help``)"""

from __future__ import annotations

import argparse

from coach.cli.terminal import error

CHECK_NAMES = ("routines", "pictures", "sounds", "window", "speech")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("selfcheck")
    p.add_argument("checks", nargs="*", metavar="CHECK",
                   help=f"only these ({', '.join(CHECK_NAMES)}); all by default")
    p.set_defaults(func=cmd_selfcheck)


def cmd_selfcheck(args: argparse.Namespace) -> int:
    unknown = sorted(set(args.checks) - set(CHECK_NAMES))
    if unknown:
        return error(f"no check {', '.join(unknown)}; the checks: {', '.join(CHECK_NAMES)}")
    from coach.qt.selfcheck import run_selfcheck

    code: int = run_selfcheck(tuple(args.checks))
    return code
