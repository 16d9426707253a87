"""The ``limber prefs`` and ``limber history`` commands.

``register`` adds them to the main parser; each sets ``func`` to a callable that takes the
parsed arguments and returns the exit code. Errors are one line, ``limber: <message>``, on
stderr with exit code 2. The folders come from ``LIMBER_CONFIG_DIR`` / ``LIMBER_DATA_DIR`` when
set, read each time a command runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coach.folders import config_dir, data_dir
from coach.storage.history import FILE_NAME as HISTORY_FILE
from coach.storage.history import (
    HistoryError,
    HistoryStore,
    KneeScore,
    SessionRecord,
)
from coach.storage.prefs import (
    SCHEMA,
    PreferenceError,
    Preferences,
    PreferencesNotSaved,
    PreferencesStore,
    find_setting,
)

__all__ = ["EXIT_ERROR", "EXIT_OK", "register"]

EXIT_OK = 0
EXIT_ERROR = 2


# Checks a value beyond its type and range (a voice that is installed, say): returns why it is
# refused, or None. The command line passes one in; storage knows nothing of speech engines.
ValueCheck = Callable[[str, str], str | None]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             check: ValueCheck | None = None) -> None:
    """Add ``prefs`` and ``history`` to the ``limber`` command's subcommands."""
    prefs = subparsers.add_parser(
        "prefs",
        help="show or change the preferences",
        description="Show every preference with its current value, or change one.",
        epilog="Keys and the values they take:\n" + _keys_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    prefs.add_argument("--json", action="store_true", help="print JSON")
    prefs.set_defaults(func=cmd_prefs)
    actions = prefs.add_subparsers(dest="prefs_action", metavar="ACTION")

    change = actions.add_parser(
        "set",
        help="change one preference",
        description="Change one preference; the value is checked before anything is saved.",
        epilog="Keys and the values they take:\n" + _keys_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    change.add_argument("key", metavar="KEY")
    change.add_argument("value", metavar="VALUE")
    change.set_defaults(func=cmd_prefs_set, check=check)

    reset = actions.add_parser(
        "reset",
        help="put one preference, or all of them, back to the default",
        description="Put KEY back to its default, or every preference when no KEY is given.",
    )
    reset.add_argument("key", metavar="KEY", nargs="?")
    reset.set_defaults(func=cmd_prefs_reset)

    history = subparsers.add_parser(
        "history",
        help="show recent sessions, the streak, knee check-ins and advice",
        description="Show recent sessions, the streak, knee check-ins and advice, or export "
        "everything to a CSV file.",
    )
    output = history.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON")
    output.add_argument("--csv", metavar="FILE", type=Path, help="write everything to FILE")
    history.add_argument(
        "--limit", type=int, default=10, metavar="N", help="show the latest N (default 10)"
    )
    history.set_defaults(func=cmd_history)


# --- prefs ------------------------------------------------------------------------------------


def cmd_prefs(args: argparse.Namespace) -> int:
    store = PreferencesStore(config_dir())
    result = store.load()
    _warn(result.problems)
    prefs = result.preferences
    if getattr(args, "json", False):
        document = {"path": str(store.path), "preferences": prefs.to_dict()}
        print(json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False))
        return EXIT_OK
    note = "" if result.source is not None else " (not saved yet: these are the defaults)"
    if result.source is not None and result.source != store.path:
        note = f" (read from {result.source.name})"
    print(f"Preferences file: {store.path}{note}")
    print(_format_prefs(prefs))
    return EXIT_OK


def cmd_prefs_set(args: argparse.Namespace) -> int:
    store = PreferencesStore(config_dir())
    try:
        # Check the input first: a typo should not trigger the repairs a load may do.
        find_setting(args.key).parse(args.value)
        check: ValueCheck | None = getattr(args, "check", None)
        refused = check(args.key, args.value) if check is not None else None
        if refused:
            return _error(refused)
        _warn(store.load().problems)
        prefs = store.set_value(args.key, args.value)
    except (PreferenceError, PreferencesNotSaved) as error:
        return _error(str(error))
    print(f"{args.key} = {find_setting(args.key).format(getattr(prefs, args.key))}")
    return EXIT_OK


def cmd_prefs_reset(args: argparse.Namespace) -> int:
    store = PreferencesStore(config_dir())
    try:
        if args.key is not None:
            find_setting(args.key)
        _warn(store.load().problems)
        prefs = store.reset(args.key)
    except (PreferenceError, PreferencesNotSaved) as error:
        return _error(str(error))
    if args.key is None:
        print(f"All preferences are back to their defaults in {store.path}")
    else:
        print(f"{args.key} = {find_setting(args.key).format(getattr(prefs, args.key))}")
    return EXIT_OK


def _format_prefs(prefs: Preferences) -> str:
    width = max(len(s.key) for s in SCHEMA)
    return "\n".join(f"{s.key:<{width}} = {s.format(getattr(prefs, s.key))}" for s in SCHEMA)


def _keys_help() -> str:
    return "\n".join(f"  {s.key}: {s.expected()}" for s in SCHEMA)


# --- history ----------------------------------------------------------------------------------


def cmd_history(args: argparse.Namespace) -> int:
    if args.limit < 0:
        return _error(f"--limit must be 0 or more, not {args.limit}")
    path = data_dir() / HISTORY_FILE
    store = HistoryStore(path, clock=_now)
    try:
        _warn(store.problems)
        if args.csv is not None:
            rows = store.export_csv(args.csv)
            print(f"Wrote {rows} row(s) to {args.csv}")
            return EXIT_OK
        now = _now()
        sessions = store.recent_sessions(args.limit)
        knees = store.knee_scores(limit=args.limit)
        streak = store.streak(now.astimezone().date())
        nudges = store.nudges(now)
    except HistoryError as error:
        return _error(str(error))
    finally:
        store.close()

    if args.json:
        document: dict[str, Any] = {
            "path": str(path),
            "streak": streak,
            "sessions": [s.to_json() for s in sessions],
            "knee_scores": [k.to_json() for k in knees],
            "nudges": [n.to_json() for n in nudges],
        }
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return EXIT_OK

    print(f"History file: {path}")
    days = "day" if streak == 1 else "days"
    print(f"Streak: {streak} {days} in a row with both a warm-up and a cool-down")
    print()
    print("Recent sessions, newest first:" if sessions else "No sessions yet.")
    for line in _session_lines(sessions):
        print(f"  {line}")
    print()
    print("Knee check-ins, oldest first:" if knees else "No knee check-ins yet.")
    for line in _knee_lines(knees):
        print(f"  {line}")
    if nudges:
        print()
        print("Advice:")
        for nudge in nudges:
            print(f"  - {nudge.message}")
    return EXIT_OK


def _session_lines(sessions: Iterable[SessionRecord]) -> list[str]:
    lines = []
    for s in sessions:
        minutes = round(s.planned_seconds / 60)
        if s.ended_at is None and s.completed_fraction == 0:
            outcome = "started, no end recorded"
        else:
            outcome = f"{s.completed_fraction:.0%} done"
            if s.stopped:
                outcome += ", stopped early"
            if s.skipped_steps:
                outcome += f", {len(s.skipped_steps)} step(s) skipped"
        lines.append(
            f"{_local(s.started_at)}  {s.routine_kind:<9}  {s.routine_name} "
            f"({minutes} min): {outcome}"
        )
    return lines


def _knee_lines(scores: Iterable[KneeScore]) -> list[str]:
    return [f"{_local(k.when)}  {k.score:>2}/10  {k.context}" for k in scores]


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%a %Y-%m-%d %H:%M")


def _now() -> datetime:
    return datetime.now(UTC)


# --- shared -----------------------------------------------------------------------------------


def _warn(problems: Iterable[str]) -> None:
    for problem in problems:
        print(f"limber: {problem}", file=sys.stderr)


def _error(message: str) -> int:
    print(f"limber: {message}", file=sys.stderr)
    return EXIT_ERROR
