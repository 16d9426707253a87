"""The nudges drawn from the knee check-ins in the history."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from coach.app.knee_nudges import NudgeKind, knee_nudges
from coach.storage.history import HistoryStore

TODAY = date(2024, 5, 10)
NOW = datetime(2024, 5, 10, 18, 0, tzinfo=UTC)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore(tmp_path / "history.sqlite3", clock=lambda: NOW) as s:
        yield s


def test_no_nudges_without_check_ins(store: HistoryStore) -> None:
    assert knee_nudges(store, NOW, UTC) == []


def test_worse_after_the_run_suggests_a_lower_impact_day(store: HistoryStore) -> None:
    store.record_knee_score(2, at(TODAY, 7), "pre-run")
    store.record_knee_score(2, at(TODAY, 9), "post-cool-down")
    assert knee_nudges(store, NOW, UTC) == []
    store.record_knee_score(4, at(TODAY, 11), "later")
    (nudge,) = knee_nudges(store, NOW, UTC)
    assert nudge.kind is NudgeKind.LOWER_IMPACT_NEXT
    assert "later today (4 out of 10) than before the warm-up (2)" in nudge.message
    assert "run (" not in nudge.message  # the scores do not say there was a run
    assert "lower-impact" in nudge.message


def test_worse_yesterday_still_counts_until_a_newer_run(store: HistoryStore) -> None:
    store.record_knee_score(1, at(days_ago(1), 7), "pre-run")
    store.record_knee_score(3, at(days_ago(1), 9), "post-cool-down")
    (nudge,) = knee_nudges(store, NOW, UTC)
    assert "after yesterday's cool-down (3 out of 10)" in nudge.message
    store.record_knee_score(1, at(TODAY, 7), "pre-run")
    store.record_knee_score(1, at(TODAY, 9), "post-cool-down")
    assert knee_nudges(store, NOW, UTC) == []  # today's run went fine


def test_an_old_bad_run_is_not_mentioned(store: HistoryStore) -> None:
    store.record_knee_score(1, at(days_ago(3), 7), "pre-run")
    store.record_knee_score(5, at(days_ago(3), 9), "post-cool-down")
    assert knee_nudges(store, NOW, UTC) == []


def test_two_high_scores_in_a_row_show_the_stop_signs(store: HistoryStore) -> None:
    store.record_knee_score(6, at(days_ago(1), 7), "pre-run")
    store.record_knee_score(5, at(days_ago(1), 9), "post-cool-down")
    assert knee_nudges(store, NOW, UTC) == []
    store.record_knee_score(7, at(TODAY, 7), "pre-run")
    assert knee_nudges(store, NOW, UTC) == []  # 5 then 7: not two high ones in a row
    store.record_knee_score(6, at(TODAY, 9), "post-cool-down")
    (nudge,) = knee_nudges(store, NOW, UTC)
    assert nudge.kind is NudgeKind.SHOW_STOP_SIGNS
    assert "last two knee check-ins were 7 and 6 out of 10" in nudge.message


def test_both_nudges_most_important_first(store: HistoryStore) -> None:
    store.record_knee_score(6, at(TODAY, 7), "pre-run")
    store.record_knee_score(8, at(TODAY, 9), "post-cool-down")
    kinds = [n.kind for n in knee_nudges(store, NOW, UTC)]
    assert kinds == [NudgeKind.SHOW_STOP_SIGNS, NudgeKind.LOWER_IMPACT_NEXT]


def test_a_later_check_in_counts_as_after_the_run(store: HistoryStore) -> None:
    store.record_knee_score(1, NOW - timedelta(hours=3), "pre-run")
    store.record_knee_score(3, NOW - timedelta(hours=1), "later")
    assert [n.kind for n in knee_nudges(store, NOW, UTC)] == [NudgeKind.LOWER_IMPACT_NEXT]
