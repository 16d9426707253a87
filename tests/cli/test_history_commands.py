from __future__ import annotations

import argparse
import csv
import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coach.cli import history_commands
from coach.storage.history import HistoryStore
from coach.storage.history_records import RunDayRecord, SessionRecord

NOW = datetime(2024, 5, 10, 18, 0, tzinfo=UTC)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="limber")
    history_commands.register(top.add_subparsers(dest="command"))
    return top


def run(*argv: str) -> int:
    args = parser().parse_args(argv)
    code = args.func(args)
    assert isinstance(code, int)
    return code


@pytest.fixture(autouse=True)
def fixed_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(history_commands, "_now", lambda: NOW)



def fill(data: Path) -> None:
    with HistoryStore(data / "history.sqlite3") as store:
        for kind, hour in (("warm-up", 7), ("cool-down", 8)):
            start = NOW.replace(hour=hour)
            rec = store.record_session(
                SessionRecord(f"{kind}-quick", f"Quick {kind}", kind, start, 300)
            )
            assert rec.id is not None
            store.finish_session(rec.id, ended_at=start + timedelta(minutes=5),
                                 completed_fraction=1.0, skipped_steps=[3])  # fmt: skip
        store.record_knee_score(2, NOW.replace(hour=6), "pre-run")
        store.record_knee_score(4, NOW.replace(hour=10), "later")


def test_history_when_empty(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("history") == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f"History file: {data / 'history.sqlite3'}",
        "Streak: 0 days in a row with a run day, or a warm-up and a cool-down, done",
        "",
        "No sessions yet.",
        "",
        "No knee check-ins yet.",
    ]
    assert err == ""


def test_history_listing(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill(data)
    assert run("history") == 0
    out = capsys.readouterr().out
    assert "Streak: 1 day in a row" in out
    assert "cool-down  Quick cool-down (5 min): 100% done, 1 step skipped" in out
    assert out.index("Quick cool-down") < out.index("Quick warm-up")  # newest first
    assert " 2/10  pre-run" in out and " 4/10  later" in out
    assert "Advice:\n  - Your knees felt worse later today (4 out of 10)" in out


def test_history_json(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill(data)
    assert run("history", "--json", "--limit", "1") == 0
    document = json.loads(capsys.readouterr().out)
    assert document["streak"] == 1
    assert [s["routine_id"] for s in document["sessions"]] == ["cool-down-quick"]
    assert document["sessions"][0]["skipped_steps"] == [3]
    assert document["sessions"][0]["started_at"] == "2024-05-10T08:00:00.000000+00:00"
    assert [k["score"] for k in document["knee_scores"]] == [4]
    assert [n["kind"] for n in document["nudges"]] == ["lower-impact-next"]


def test_history_csv(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill(data)
    target = tmp_path / "export.csv"
    assert run("history", "--csv", str(target)) == 0
    assert capsys.readouterr().out == f"Wrote 4 row(s) to {target}\n"
    rows = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    assert [r["record"] for r in rows] == ["knee-score", "session", "session", "knee-score"]


def test_history_csv_error_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("history", "--csv", str(tmp_path / "missing" / "x.csv")) == 2
    err = capsys.readouterr().err
    assert err.startswith("limber: could not write ")
    assert err.count("\n") == 1


def test_history_with_a_damaged_file_warns_and_carries_on(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data.mkdir()
    (data / "history.sqlite3").write_text("garbage")
    assert run("history") == 0
    out, err = capsys.readouterr()
    assert err.startswith("limber: Your history file was damaged (it is not a database)")
    assert "No sessions yet." in out


def test_history_rejects_a_negative_limit(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("history", "--limit", "-1") == 2
    assert capsys.readouterr().err == "limber: --limit must be 0 or more, not -1\n"


def fill_run_days(data: Path) -> None:
    with HistoryStore(data / "history.sqlite3") as store:
        start = NOW.replace(hour=7)
        store.save_run_day(RunDayRecord(
            start, warm_up_id="warmup-standard", warm_up_ended_at=start + timedelta(minutes=10),
            back_at=start + timedelta(minutes=41, seconds=5), cool_down_id="cooldown-standard",
            finished_at=start + timedelta(minutes=56), knees_before=2, knees_after=3))
        yesterday = start - timedelta(days=1)
        store.save_run_day(RunDayRecord(
            yesterday, warm_up_id="warmup-standard",
            warm_up_ended_at=yesterday + timedelta(minutes=10), ran=False, knees_before=4,
            ended_at=yesterday + timedelta(minutes=12)))


def test_history_lists_run_days_with_the_runs_time(data: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    fill_run_days(data)
    assert run("history") == 0
    out = capsys.readouterr().out
    assert "Run days, newest first:" in out
    days = out[out.index("Run days, newest first:"):].splitlines()[1:3]
    assert days[0].endswith("07:00  run 31:05, knees 2 → 3, finished"), days
    assert days[1].endswith("07:00  No run, knees 4 → –, ended early"), days


def test_history_without_run_days_says_nothing_of_them(data: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    fill(data)
    assert run("history") == 0
    assert "Run days" not in capsys.readouterr().out


def test_history_json_has_the_run_days(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill_run_days(data)
    assert run("history", "--json", "--limit", "1") == 0
    days = json.loads(capsys.readouterr().out)["run_days"]
    assert len(days) == 1
    assert days[0]["seconds_out"] == 31 * 60 + 5 and days[0]["knees_after"] == 3


@pytest.mark.parametrize(("code", "heading", "first"), [
    ("de", "Lauftage, neueste zuerst:", "Lauf 31:05, Knie 2 → 3"),
    ("es", "Días de carrera, los más recientes primero:", "carrera 31:05, rodillas 2 → 3"),
])
def test_run_days_in_the_language(data: Path, capsys: pytest.CaptureFixture[str], code: str,
                                  heading: str, first: str) -> None:
    from coach.core.language.current_language import set_language

    fill_run_days(data)
    set_language(code)
    assert run("history") == 0
    out = capsys.readouterr().out
    assert heading in out and first in out
    assert "Run days" not in out


@pytest.fixture
def far_east(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UTC+14, the furthest ahead there is."""
    monkeypatch.setenv("TZ", "Etc/GMT-14")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_history_lists_times_at_the_calendars_end(data: Path, far_east: None,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    # A clock that was wrong can leave a time whose local day would be past year 9999: the
    # store keeps it (history_records.local), and the listing shows it as it is, never a crash.
    end = datetime(9999, 12, 31, 23, 0, tzinfo=UTC)
    with HistoryStore(data / "history.sqlite3", clock=lambda: end) as store:
        store.save_session(SessionRecord("r", "At the end", "warm-up", end, 300, ended_at=end,
                                         completed_fraction=1.0))
        store.save_run_day(RunDayRecord(end, warm_up_id="warmup-standard", ended_at=end))
    assert run("history") == 0
    out = capsys.readouterr().out
    assert "9999-12-31 23:00  warm-up    At the end" in out
    days = out[out.index("Run days, newest first:"):].splitlines()[1]
    assert "9999-12-31 23:00" in days, days
