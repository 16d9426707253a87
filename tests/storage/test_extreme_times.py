"""No time stops Limber: records dated at either end of the calendar (a clock that was wrong,
a hand-edited file) read, count and advise without an exception, in any time zone (issue 22)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from coach.app.knee_nudges import knee_nudges
from coach.storage.history import HistoryStore
from coach.storage.history_records import SessionRecord, from_text

EDGES = [datetime(1, 1, 1, tzinfo=UTC), datetime(1970, 1, 1, tzinfo=UTC),
         datetime(2038, 1, 19, 3, 14, 8, tzinfo=UTC), datetime(9999, 12, 31, 23, 59, tzinfo=UTC)]
ZONES = [timezone(timedelta(hours=14)), timezone(timedelta(hours=-11)), UTC]


@pytest.mark.parametrize("moment", EDGES, ids=lambda m: str(m.year))
@pytest.mark.parametrize("zone", ZONES, ids=str)
def test_records_at_the_ends_of_the_calendar_never_raise(tmp_path, moment, zone):
    with HistoryStore(tmp_path / "h.sqlite3", clock=lambda: moment) as history:
        for kind in ("warm-up", "cool-down"):
            history.save_session(SessionRecord(f"r-{kind}", "R", kind, moment, 300,
                                               ended_at=moment, completed_fraction=1.0))
        history.save_knee_score(3, moment, "pre-run")
        history.save_knee_score(7, moment, "post-cool-down")
        assert len(history.recent_sessions()) == 2
        for today in (date.min, moment.date(), date.max):
            assert history.streak(today, zone) >= 0
        for now in EDGES:
            assert isinstance(knee_nudges(history, now, zone), list)
        history.export_csv(tmp_path / "h.csv")


@pytest.mark.parametrize("text", ["9999-12-31T23:00:00-05:00", "0001-01-01T01:00:00+05:00",
                                  "not a time", "", "9999-99-99"])
def test_a_stored_time_beyond_the_calendar_is_no_time(text):
    assert from_text(text) is None
