"""The knee chart's shape: a real time axis, a line per kind of check-in, gaps left as gaps.

Before-run and after-cool-down scores are two series. A line joins a series' scores only when
they are close in time; a gap of more than :data:`GAP_DAYS` (a week away, say) is left empty, so
the chart does not draw a trend over days nobody measured. Scores within a day or two are laid
out over the hours they were given in, labelled by the hour (a day's scores an hour apart drawn
on a days-wide axis were a vertical spike, the date's label hours off to one side). No Qt here:
the widget maps these to pixels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from coach.core.language.local_format import short_day_text, short_when_text, time_text
from coach.storage.history_records import KneeContext, KneeScore, local

SERIES = (KneeContext.PRE_RUN, KneeContext.POST_COOL_DOWN)
GAP_DAYS = 3.0  # further apart than this, two scores are not joined
MAX_TICKS = 6
# Scores closer together than this are shown over their hours, not over days.
SHORT_SPAN = timedelta(days=2)
SHORTEST_SPAN = timedelta(hours=6)


@dataclass(frozen=True, slots=True)
class Span:
    start: datetime
    end: datetime

    def share(self, when: datetime) -> float:
        """Where ``when`` falls, 0 at the start and 1 at the end."""
        total = (self.end - self.start).total_seconds()
        return 0.5 if total <= 0 else (when - self.start).total_seconds() / total


def time_span(scores: Sequence[KneeScore]) -> Span | None:
    """From the first score to the last, a little padded so no point sits on an edge: by
    whole hours (six at least) when they are close, else by half a day or more."""
    if not scores:
        return None
    first = min(s.when for s in scores)
    last = max(s.when for s in scores)
    if last - first < SHORT_SPAN:
        start = _whole_hour(first) - timedelta(hours=1)
        end = _whole_hour(last) + timedelta(hours=2)
        short = SHORTEST_SPAN - (end - start)
        if short > timedelta(0):
            start, end = start - short / 2, end + short / 2
        return Span(start, end)
    pad = max(timedelta(hours=12), (last - first) * 0.03)
    return Span(first - pad, last + pad)


def _whole_hour(moment: datetime) -> datetime:
    """The hour ``moment`` falls in, on the local clock."""
    return local(moment).replace(minute=0, second=0, microsecond=0)


def ticks(span: Span, max_ticks: int = MAX_TICKS) -> list[tuple[datetime, str]]:
    """Where to mark the time axis, and what to write there: hours ("07:00", the first with
    its date) over a short span; else whole days ("06 Dec") at their middle."""
    if span.end - span.start < SHORT_SPAN + timedelta(hours=12):
        hours = (span.end - span.start).total_seconds() / 3600
        step = next((h for h in (1, 2, 3, 6, 12, 24) if hours / h + 1 <= max_ticks), 24)
        moment = _whole_hour(span.start)
        while moment < span.start or moment.hour % step:
            moment += timedelta(hours=1)
        marks: list[tuple[datetime, str]] = []
        while moment <= span.end:
            label = time_text(moment) if marks else short_when_text(moment)
            marks.append((moment, label))
            moment += timedelta(hours=step)
        return marks
    return [(local_midday(day, span.start), short_day_text(day))
            for day in date_ticks(span, max_ticks)]


def lines(scores: Sequence[KneeScore], context: KneeContext) -> list[list[KneeScore]]:
    """The runs of ``context``'s scores, in time order, split where the gap is too long."""
    runs: list[list[KneeScore]] = []
    for score in sorted((s for s in scores if s.context is context), key=lambda s: s.when):
        if runs and (score.when - runs[-1][-1].when) <= timedelta(days=GAP_DAYS):
            runs[-1].append(score)
        else:
            runs.append([score])
    return runs


def date_ticks(span: Span, max_ticks: int = MAX_TICKS) -> list[date]:
    """Whole days to label along the axis: every day, every few days or every week or so."""
    first = local(span.start).date() + timedelta(days=1)
    last = local(span.end).date()
    days = (last - first).days
    if days < 0:
        return [local(span.start).date()]
    for step in (1, 2, 3, 7, 14, 30, 61, 91, 182, 365):
        if days // step + 1 <= max_ticks:
            break
    return [first + timedelta(days=n) for n in range(0, days + 1, step)]


def local_midday(day: date, like: datetime) -> datetime:
    """Noon of ``day`` in the local time zone (a tick sits mid-day), aware like ``like``."""
    return datetime.combine(day, datetime.min.time()).replace(hour=12).astimezone(like.tzinfo)
