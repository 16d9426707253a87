"""The records of the history: sessions, knee check-ins and run days, as frozen values, and how
their times are written (ISO 8601 text in UTC, one fixed width, so text order is time order)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any, Final

COMPLETED_FRACTION: Final = 0.8  # a session this far through, not stopped, counts as done


class KneeContext(StrEnum):
    PRE_RUN = "pre-run"
    POST_COOL_DOWN = "post-cool-down"
    LATER = "later"  # the check-in a couple of hours after the run


POST_RUN: Final = (KneeContext.POST_COOL_DOWN, KneeContext.LATER)


@dataclass(frozen=True)
class SessionRecord:
    """One run of a routine. ``id`` is None until the store has saved it."""

    routine_id: str
    routine_name: str
    routine_kind: str  # a RoutineKind value: "warm-up", "cool-down", "strength", "other"
    started_at: datetime  # timezone-aware; stored in UTC
    planned_seconds: int
    ended_at: datetime | None = None  # None while running, or if the app never saw the end
    completed_fraction: float = 0.0  # 0..1 of the planned time
    skipped_steps: tuple[int, ...] = ()  # indexes of the routine's steps the user skipped
    stopped: bool = False  # the user ended it early
    # How long it ran, pauses left out (None: not kept, as in sessions before it was).
    active_seconds: float | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        check_aware("started_at", self.started_at)
        active = self.active_seconds
        if active is not None and (isinstance(active, bool) or not isinstance(active, int | float)
                                   or not 0 <= active < float("inf")):
            raise ValueError(f"active_seconds must be 0 or more, not {active!r}")
        if self.ended_at is not None:
            check_aware("ended_at", self.ended_at)
        if not 0.0 <= self.completed_fraction <= 1.0:  # also refuses NaN
            raise ValueError(
                f"completed_fraction must be from 0 to 1, not {self.completed_fraction}"
            )
        planned = self.planned_seconds
        if isinstance(planned, bool) or not isinstance(planned, int | float) or not planned >= 0:
            raise ValueError(f"planned_seconds must be 0 or more, not {planned!r}")
        object.__setattr__(self, "planned_seconds", round(planned))
        # Accept any sequence (a list from JSON, say) but keep the record immutable.
        steps = tuple(self.skipped_steps)
        if not all(isinstance(step, int) and not isinstance(step, bool) for step in steps):
            raise ValueError(f"skipped_steps must be step numbers, not {steps!r}")
        object.__setattr__(self, "skipped_steps", steps)

    @property
    def completed(self) -> bool:
        return self.completed_fraction >= COMPLETED_FRACTION and not self.stopped

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "routine_id": self.routine_id,
            "routine_name": self.routine_name,
            "routine_kind": self.routine_kind,
            "started_at": to_text(self.started_at),
            "ended_at": None if self.ended_at is None else to_text(self.ended_at),
            "planned_seconds": self.planned_seconds,
            "completed_fraction": self.completed_fraction,
            "skipped_steps": list(self.skipped_steps),
            "stopped": self.stopped,
            "active_seconds": self.active_seconds,
        }


@dataclass(frozen=True)
class KneeScore:
    score: int  # 0 (no pain) to 10
    when: datetime  # timezone-aware; stored in UTC
    context: KneeContext
    id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "score": self.score,
            "when": to_text(self.when),
            "context": str(self.context),
        }


@dataclass(frozen=True)
class RunDayRecord:
    """One run day: the warm-up, the run between (warm-up end to "I'm back"), the cool-down,
    and the knee scores before, after and a couple of hours later. Times are aware.
    ``ended_at``: the runner ended the day before its cool-down was done; ``ran``: False when
    the runner said they did not run (None: not said, as in days kept before it was asked)."""

    started_at: datetime
    warm_up_id: str | None = None
    warm_up_ended_at: datetime | None = None
    back_at: datetime | None = None
    cool_down_id: str | None = None
    finished_at: datetime | None = None
    knees_before: int | None = None
    knees_after: int | None = None
    knees_later: int | None = None
    ended_at: datetime | None = None
    ran: bool | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        for name in ("started_at", "warm_up_ended_at", "back_at", "finished_at", "ended_at"):
            moment = getattr(self, name)
            if moment is not None:
                check_aware(name, moment)
        for name in ("knees_before", "knees_after", "knees_later"):
            score = getattr(self, name)
            if score is not None and (isinstance(score, bool) or not isinstance(score, int)
                                      or not 0 <= score <= 10):
                raise ValueError(f"{name} must be a whole number from 0 to 10, not {score!r}")

    @property
    def seconds_out(self) -> int | None:
        """The time between the warm-up's end and "I'm back" (the run); None without one."""
        if self.warm_up_ended_at is None or self.back_at is None or self.ran is False:
            return None
        return max(0, round((self.back_at - self.warm_up_ended_at).total_seconds()))

    def to_json(self) -> dict[str, Any]:
        def when(moment: datetime | None) -> str | None:
            return None if moment is None else to_text(moment)

        return {"id": self.id, "started_at": when(self.started_at),
                "warm_up_id": self.warm_up_id, "warm_up_ended_at": when(self.warm_up_ended_at),
                "back_at": when(self.back_at), "seconds_out": self.seconds_out,
                "cool_down_id": self.cool_down_id, "finished_at": when(self.finished_at),
                "knees_before": self.knees_before, "knees_after": self.knees_after,
                "knees_later": self.knees_later, "ended_at": when(self.ended_at),
                "ran": self.ran}


def check_aware(name: str, moment: datetime) -> None:
    if not isinstance(moment, datetime) or moment.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, not {moment!r}")


def to_text(moment: datetime) -> str:
    # One fixed width, so text order is time order in SQL.
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_text(text: object) -> datetime | None:
    """A stored time, or None for what is not one (a time whose UTC would fall outside
    the calendar, year 1 or 10000, included)."""
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def local(moment: datetime, tz: tzinfo | None = None) -> datetime:
    """``moment`` in ``tz`` (default: local time); a moment at the calendar's very end, where
    that zone would run past year 9999 or before year 1, stays as it is. A clock that was
    wrong leaves times like that, and no time may stop Limber."""
    try:
        return moment.astimezone(tz)
    except (OverflowError, ValueError):
        return moment


def day_before(day: date) -> date:
    """The day before ``day`` (the first day there is has none: itself)."""
    return day - timedelta(days=1) if day > date.min else day


def parse_time(text: str) -> datetime:
    moment = from_text(text)
    if moment is None:
        raise ValueError(f"{text!r} is not a time")
    return moment


def session_from_json(values: dict[str, Any]) -> SessionRecord:
    """A session from its ``to_json`` form (a kept entry); ValueError if it is not one."""
    try:
        ended = values.get("ended_at")
        return SessionRecord(
            routine_id=str(values["routine_id"]),
            routine_name=str(values["routine_name"]),
            routine_kind=str(values["routine_kind"]),
            started_at=parse_time(str(values["started_at"])),
            planned_seconds=values["planned_seconds"],
            ended_at=None if ended is None else parse_time(str(ended)),
            completed_fraction=float(values.get("completed_fraction", 0.0)),
            skipped_steps=tuple(values.get("skipped_steps", ())),
            stopped=bool(values.get("stopped", False)),
            active_seconds=values.get("active_seconds"),
        )
    except (KeyError, TypeError) as error:
        raise ValueError(f"not a session: {error}") from None
