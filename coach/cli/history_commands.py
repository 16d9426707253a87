"""``limber history``: recent sessions and run days, the streak, knee check-ins and advice, or
all of it as CSV."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coach.app.history_words import named_now, run_day_row
from coach.app.knee_nudges import knee_nudges
from coach.cli.terminal import EXIT_OK, error, notices
from coach.core.files.user_folders import data_dir
from coach.core.language.current_language import translate
from coach.core.language.local_format import WEEKDAYS
from coach.storage.history import FILE_NAME as HISTORY_FILE
from coach.storage.history import HistoryError, HistoryStore
from coach.storage.history_records import KneeScore, RunDayRecord, SessionRecord, local


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    history = subparsers.add_parser(
        "history",
        help=translate("HistoryCommands", "show recent sessions, the streak, knee check-ins and "
                                          "advice"),
        description=translate("HistoryCommands", "Show recent sessions, the streak, knee "
                                                 "check-ins and advice, or export everything to a "
                                                 "CSV file."),
    )
    output = history.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help=translate(
        "HistoryCommands", "print JSON"))
    output.add_argument("--csv", metavar="FILE", type=Path,
                        help=translate("HistoryCommands", "write everything to FILE"))
    history.add_argument("--limit", type=int, default=10, metavar="N",
                         help=translate("HistoryCommands", "show the latest N (default 10)"))
    history.set_defaults(func=cmd_history)


def cmd_history(args: argparse.Namespace) -> int:
    if args.limit < 0:
        return error(translate("HistoryCommands", "--limit must be 0 or "
                                                  "more, not {n}").format(n=args.limit))
    path = data_dir() / HISTORY_FILE
    store = HistoryStore(path, clock=_now)
    try:
        notices(store.problems)
        if args.csv is not None:
            rows = store.export_csv(args.csv)
            print(translate("HistoryCommands", "Wrote %n row(s) to "
                                               "{file}", None, rows).format(file=args.csv))
            return EXIT_OK
        now = _now()
        sessions = store.recent_sessions(args.limit)
        days = store.run_days(args.limit)
        knees = store.knee_scores(limit=args.limit)
        streak = store.streak(now.astimezone().date())
        nudges = knee_nudges(store, now)
    except HistoryError as exc:
        return error(str(exc))
    finally:
        store.close()

    if args.json:
        document: dict[str, Any] = {
            "path": str(path),
            "streak": streak,
            "sessions": [s.to_json() for s in sessions],
            "run_days": [d.to_json() for d in days],
            "knee_scores": [k.to_json() for k in knees],
            "nudges": [n.to_json() for n in nudges],
        }
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return EXIT_OK
    from coach.core.routine_files.library import load_library  # the TOML reader: only here

    sessions = named_now(sessions, load_library().routines)

    print(translate("HistoryCommands", "History file: {path}").format(path=path))
    print(translate("HistoryCommands", "Streak: %n day(s) in a row with a run day, or a warm-up "
                                       "and a cool-down, done", None, streak))
    print()
    print(translate("HistoryCommands", "Recent sessions, newest first:") if sessions
          else translate("HistoryCommands", "No sessions yet."))
    for line in _session_lines(sessions):
        print(f"  {line}")
    if days:
        print()
        print(translate("HistoryCommands", "Run days, newest first:"))
        for line in _day_lines(days):
            print(f"  {line}")
    print()
    print(translate("HistoryCommands", "Knee check-ins, oldest first:") if knees
          else translate("HistoryCommands", "No knee check-ins yet."))
    for line in _knee_lines(knees):
        print(f"  {line}")
    if nudges:
        print()
        print(translate("HistoryCommands", "Advice:"))
        for nudge in nudges:
            print(f"  - {nudge.message}")
    return EXIT_OK


def _session_lines(sessions: Iterable[SessionRecord]) -> list[str]:
    lines = []
    for s in sessions:
        minutes = round(s.planned_seconds / 60)
        if s.ended_at is None and s.completed_fraction == 0:
            outcome = translate("HistoryCommands", "started, no end recorded")
        else:
            outcome = translate("HistoryCommands", "{percent} done").format(
                percent=f"{s.completed_fraction:.0%}")
            if s.stopped:
                outcome += translate("HistoryCommands", ", stopped early")
            if s.skipped_steps:
                skipped = len(s.skipped_steps)
                outcome += translate("HistoryCommands", ", %n step(s) skipped", None, skipped)
        lines.append(
            f"{_local(s.started_at)}  {s.routine_kind:<9}  "
            + translate("HistoryCommands", "{routine} ({minutes} min): {outcome}").format(
                routine=s.routine_name, minutes=minutes, outcome=outcome)
        )
    return lines


def _day_lines(days: Iterable[RunDayRecord]) -> list[str]:
    lines = []
    for day in days:
        row = run_day_row(day)
        parts = []
        if day.seconds_out is not None:
            parts.append(translate("HistoryCommands", "run {time}").format(time=row.run))
        elif day.ran is False:
            parts.append(row.run)  # "No run", as History's table says it
        parts += [translate("HistoryCommands", "knees {knees}").format(knees=row.knees), row.ended]
        lines.append(f"{_local(day.started_at)}  {', '.join(parts)}")
    return lines


def _knee_lines(scores: Iterable[KneeScore]) -> list[str]:
    return [f"{_local(k.when)}  {k.score:>2}/10  {k.context}" for k in scores]


def _local(moment: datetime) -> str:
    here = local(moment)  # a time at the calendar's end stays as it is, as in the store
    return f"{translate('Weekdays', WEEKDAYS[here.weekday()])} {here:%Y-%m-%d %H:%M}"


def _now() -> datetime:
    return datetime.now(UTC)
