"""Gentle advice from the recent knee check-ins: what the history screen, ``limber history``
and the home screen say when knees were high twice running, or worse after a cool-down than
before the warm-up."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import TYPE_CHECKING

from coach.core.knee_scale import HIGH_KNEE_SCORE, knees_got_worse
from coach.core.language.current_language import translate
from coach.storage.history_records import POST_RUN, KneeContext, KneeScore, day_before, local

if TYPE_CHECKING:
    from coach.storage.history import HistoryStore


class NudgeKind(StrEnum):
    LOWER_IMPACT_NEXT = "lower-impact-next"
    # The GUI shows its stop-and-seek-advice screen for this kind.
    SHOW_STOP_SIGNS = "show-stop-signs"


@dataclass(frozen=True)
class Nudge:
    kind: NudgeKind
    message: str

    def to_json(self) -> dict[str, str]:
        return {"kind": str(self.kind), "message": self.message}


def knee_nudges(history: HistoryStore, now: datetime, tz: tzinfo | None = None) -> list[Nudge]:
    """Gentle advice drawn from the recent check-ins (most important first)."""
    found: list[Nudge] = []

    last_two = history.knee_scores(limit=2)
    if len(last_two) == 2 and all(s.score >= HIGH_KNEE_SCORE for s in last_two):
        first, second = (s.score for s in last_two)
        found.append(
            Nudge(
                NudgeKind.SHOW_STOP_SIGNS,
                translate("KneeNudges", "Your last two knee check-ins were {first} and {second} "
                                        "out of 10. Please read the signs that mean stop and "
                                        "get advice (such as sharp pain, a limp, swelling, or "
                                        "pain that lasts more than two hours), and give your "
                                        "knees an easy day: a walk or gentle mobility instead "
                                        "of a run.").format(first=first, second=second),
            )
        )

    today = local(now, tz).date()
    try:
        since: datetime | None = now - timedelta(days=3)
    except OverflowError:  # a clock at the calendar's very start: everything is recent
        since = None
    recent = history.knee_scores(since=since)
    for day in (today, day_before(today)):
        comparison = before_and_after(recent, day, tz)
        if comparison is None:
            continue
        before, after = comparison
        if knees_got_worse(before.score, after.score):
            # The scores say before the warm-up and after the cool-down (or later); whether
            # there was a run between, they do not say.
            cooled = after.context is KneeContext.POST_COOL_DOWN
            if day == today:
                then = translate("KneeNudges", "after today's cool-down") if cooled \
                    else translate("KneeNudges", "later today")
            else:
                then = translate("KneeNudges", "after yesterday's cool-down") if cooled \
                    else translate("KneeNudges", "later yesterday")
            found.append(
                Nudge(
                    NudgeKind.LOWER_IMPACT_NEXT,
                    translate("KneeNudges", "Your knees felt worse {then} ({after} out of 10) "
                                            "than before the warm-up ({before}). Make your "
                                            "next day a lower-impact one: a brisk walk, a "
                                            "walk-jog or the gentle routine, and go a little "
                                            "easier next run.").format(
                        then=then, after=after.score, before=before.score),
                )
            )
        break  # only the latest run day with both check-ins counts
    return found


def before_and_after(
    scores: Sequence[KneeScore], day: date, tz: tzinfo | None
) -> tuple[KneeScore, KneeScore] | None:
    """The day's last pre-run score and the latest post-run score after it, if both exist."""
    that_day = [s for s in scores if local(s.when, tz).date() == day]
    before = [s for s in that_day if s.context is KneeContext.PRE_RUN]
    if not before:
        return None
    pre = before[-1]
    after = [s for s in that_day if s.context in POST_RUN and s.when >= pre.when]
    if not after:
        return None
    return pre, after[-1]
