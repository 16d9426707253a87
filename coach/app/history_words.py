"""What the History screen says: a headline that tells the runner something useful, each run
day in a row of its own (the run's time, the knee scores, how the day ended), and how long a
session took (its active time: pauses are not exercise).

No Qt here; the screen (:mod:`coach.qt.history_view`) shows these words.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from coach.app.run_day_words import elapsed_text
from coach.core.language.current_language import translate
from coach.core.language.local_format import day_text, when_text
from coach.core.model import Origin, Routine
from coach.storage.history_records import RunDayRecord, SessionRecord, local


def named_now(records: Iterable[SessionRecord],
              routines: Sequence[Routine]) -> list[SessionRecord]:
    """The records with each built-in routine under its name now, in the active language: the
    history keeps the name a routine ran under (in that day's language); your own routines
    keep theirs, as written."""
    names = {r.id: r.name for r in routines if r.origin is Origin.BUILT_IN}
    return [dataclasses.replace(r, routine_name=names.get(r.routine_id, r.routine_name))
            for r in records]


@dataclass(frozen=True, slots=True)
class Headline:
    title: str  # large: the streak, or the last thing done
    note: str  # under it: what the title means, or what to do next


def headline(streak: int, last_day: RunDayRecord | None, last_session: SessionRecord | None,
             today: date) -> Headline:
    """The screen's headline: the streak when there is one, else the last run day or routine
    (never just "no streak"), else how to begin."""
    if streak > 0:
        return Headline(translate("HistoryWords", "%n day(s) in a row", None, streak),
                        translate("HistoryWords", "Days in a row with a run day, or a warm-up and "
                                                  "a cool-down, done: one today starts or extends "
                                                  "it."))
    if last_day is not None:
        return Headline(translate("HistoryWords", "Last run day: {day}").format(
                            day=_day(last_day.started_at, today)),
                        translate("HistoryWords", "A run day today starts a new streak: Start my "
                                                  "run day, on home."))
    if last_session is not None:
        return Headline(translate("HistoryWords", "Last routine: {routine}, {day}").format(
                            routine=last_session.routine_name,
                            day=_day(last_session.started_at, today)),
                        translate("HistoryWords", "A run day (or a warm-up and a cool-down) today "
                                                  "starts a streak."))
    return Headline(translate("HistoryWords", "Your run days will show here"),
                    translate("HistoryWords", "Start one on home: knee check, warm-up, your run, "
                                              "cool-down, and your knees again."))


def _day(moment: datetime, today: date) -> str:
    here = local(moment)
    days = (today - here.date()).days
    if days == 0:
        return translate("HistoryWords", "today")
    if days == 1:
        return translate("HistoryWords", "yesterday")
    return day_text(here)


def session_seconds(record: SessionRecord) -> int:
    """How long a session took: its active time (pauses left out) where it was kept; else the
    time from its start to its end; else the planned time."""
    if record.active_seconds is not None:
        return round(record.active_seconds)
    if record.ended_at is not None:
        return max(0, round((record.ended_at - record.started_at).total_seconds()))
    return record.planned_seconds


def length_words(seconds: int) -> str:
    minutes, secs = divmod(max(0, seconds), 60)
    if minutes:
        return translate("HistoryWords", "{min} min {ss} s").format(min=minutes, ss=f"{secs:02d}")
    return translate("HistoryWords", "{s} s", "seconds").format(s=secs)


@dataclass(frozen=True, slots=True)
class DayRow:
    when: str
    run: str  # "31:05", "No run", or "–" (no run reached)
    knees: str  # "2 → 3, later 4"
    ended: str  # "finished", "ended early", "not finished"
    run_seconds: int  # for sorting (-1: none)


def run_day_row(day: RunDayRecord) -> DayRow:
    """One run day as History lists it."""
    when = when_text(local(day.started_at))
    seconds = day.seconds_out
    if seconds is not None:
        run = elapsed_text(seconds)
    elif day.ran is False:
        run = translate("HistoryWords", "No run")
    else:
        run = "–"
    knees = " → ".join("–" if s is None else str(s) for s in (day.knees_before, day.knees_after))
    if day.knees_later is not None:
        knees += translate("HistoryWords", ", later {score}").format(score=day.knees_later)
    if day.finished_at is not None:
        ended = translate("HistoryWords", "finished")
    elif day.ended_at is not None:
        ended = translate("HistoryWords", "ended early")
    else:
        ended = translate("HistoryWords", "not finished")
    return DayRow(when, run, knees, ended, -1 if seconds is None else seconds)
