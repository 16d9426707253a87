"""``limber selfcheck``: for packagers and CI, does this install have its data, its Qt parts and
a voice? (hidden from ``--help``)"""

from __future__ import annotations

import argparse

from coach.cli.terminal import error
from coach.core.language.current_language import translate

CHECK_NAMES = ("routines", "pictures", "sounds", "window", "speech")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("selfcheck")
    p.add_argument("checks", nargs="*", metavar="CHECK",
                   help=translate("SelfcheckCommand", "only these ({checks}); all by default"
                                  ).format(checks=", ".join(CHECK_NAMES)))
    p.set_defaults(func=cmd_selfcheck)


def cmd_selfcheck(args: argparse.Namespace) -> int:
    unknown = sorted(set(args.checks) - set(CHECK_NAMES))
    if unknown:
        return error(translate("SelfcheckCommand", "no check {unknown}; the checks: {checks}"
                               ).format(unknown=", ".join(unknown), checks=", ".join(CHECK_NAMES)))
    from coach.qt.selfcheck import run_selfcheck

    code: int = run_selfcheck(tuple(args.checks))
    return code
