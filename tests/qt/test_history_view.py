"""The History screen: what the history holds, shown; the chart's points computed, not pixels."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from coach.app.knee_nudges import NudgeKind, knee_nudges
from coach.qt.history_view import HistoryView, KneeChart, describe_session, empty_chart
from coach.qt.safety import SafetyDialog
from coach.storage.history import HistoryStore
from coach.storage.history_records import KneeContext, RunDayRecord, SessionRecord

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


@pytest.fixture
def history(folders: Path):
    store = HistoryStore(folders / "data" / "history.sqlite3", clock=lambda: NOW)
    yield store
    store.close()


def _session(history: HistoryStore, kind: str, start: datetime, *, fraction: float = 1.0,
             stopped: bool = False, name: str = "") -> SessionRecord:
    record = SessionRecord(f"test-{kind}", name or f"Test {kind}", kind, start, 300,
                           ended_at=start + timedelta(seconds=round(300 * fraction)),
                           completed_fraction=fraction, stopped=stopped)
    return history.record_session(record)


def _days(history: HistoryStore, count: int) -> None:
    """A warm-up and a cool-down on each of the last ``count`` days (local calendar)."""
    for back in range(count):
        day = NOW - timedelta(days=back)
        _session(history, "warm-up", day - timedelta(hours=1))
        _session(history, "cool-down", day)


def _rows(view: HistoryView) -> list[list[str]]:
    model = view.session_model
    return [[model.index(r, c).data() or "" for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _view(qtbot, history) -> HistoryView:
    view = HistoryView(history, today=lambda: NOW.astimezone().date(), now=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(640, 720)
    view.show()
    view.refresh()
    return view


def test_lists_the_recorded_sessions_newest_first(qtbot, history):
    _session(history, "warm-up", NOW - timedelta(hours=2), name="Morning warm-up")
    _session(history, "cool-down", NOW - timedelta(hours=1), fraction=0.4, stopped=True,
             name="Quick cool-down")
    view = _view(qtbot, history)
    rows = _rows(view)
    assert len(rows) == 2
    assert rows[0][1:] == ["Quick cool-down", "2 min 00 s", "40 %", "stopped early"]
    assert rows[1][1:] == ["Morning warm-up", "5 min 00 s", "100 %", "finished"]


def test_the_table_sorts_by_any_column(qtbot, history):
    _session(history, "warm-up", NOW - timedelta(days=2), fraction=0.5, name="B routine")
    _session(history, "warm-up", NOW - timedelta(days=1), fraction=1.0, name="A routine")
    _session(history, "warm-up", NOW - timedelta(days=3), fraction=0.2, name="C routine")
    view = _view(qtbot, history)
    assert [r[1] for r in _rows(view)] == ["A routine", "B routine", "C routine"]  # newest
    view.sessions.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # by how much was done
    assert [r[3] for r in _rows(view)] == ["20 %", "50 %", "100 %"]
    view.sessions.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by date, as a date
    assert [r[1] for r in _rows(view)] == ["C routine", "B routine", "A routine"]


def test_no_nested_scroll_bars_at_480(qtbot, history):
    from PySide6.QtWidgets import QAbstractScrollArea, QHeaderView

    _days(history, 20)
    view = _view(qtbot, history)
    view.resize(480, 640)
    QApplication.processEvents()
    areas = [a for a in view.findChildren(QAbstractScrollArea)
             if a.isVisible() and not isinstance(a, QHeaderView)]
    assert areas == [view.sessions]  # the table scrolls; nothing scrolls around it


def test_the_time_shown_is_local(history):
    record = _session(history, "warm-up", NOW)
    assert NOW.astimezone().strftime("%H:%M") in describe_session(record)


def test_shows_the_streak(qtbot, history):
    _days(history, 3)
    view = _view(qtbot, history)
    assert view.streak_label.text() == "3 days in a row"


def test_empty_history(qtbot, history):
    view = _view(qtbot, history)
    assert view.streak_label.text() == "Your run days will show here"
    assert "Start one on home" in view.streak_note.text() and view.legend.isHidden()
    assert _rows(view)[0][0] == view.empty_sessions and len(_rows(view)) == 1
    assert view.chart.points() == []
    assert view.chart.accessibleDescription() == empty_chart()
    assert view.nudge_label.isHidden() and view.safety_button.isHidden()


def test_no_history_at_all(qtbot):
    view = _view(qtbot, None)
    assert view.chart.points() == [] and len(_rows(view)) == 1


def test_chart_has_a_point_per_score_in_time_order(qtbot, history):
    scores = [(0, KneeContext.PRE_RUN), (10, KneeContext.POST_COOL_DOWN),
              (5, KneeContext.PRE_RUN)]
    for i, (score, context) in enumerate(scores):
        history.record_knee_score(score, NOW - timedelta(days=3 - i), context)
    view = _view(qtbot, history)
    chart = view.chart
    points = chart.points()
    assert [context for _, context in points] == [c for _, c in scores]
    area = chart.plot_area()
    (p0, _), (p1, _), (p2, _) = points
    assert p0.y() == pytest.approx(area.bottom())  # 0 at the bottom
    assert p1.y() == pytest.approx(area.top())  # 10 at the top
    assert p2.y() == pytest.approx(area.center().y())
    assert area.left() < p0.x() < p1.x() < p2.x() < area.right()
    # A real time axis: a day apart is the same distance wherever it falls.
    assert p1.x() - p0.x() == pytest.approx(p2.x() - p1.x())


def test_a_single_score_sits_in_the_middle(qtbot):
    chart = KneeChart()
    qtbot.addWidget(chart)
    chart.resize(300, 200)
    from coach.storage.history_records import KneeScore

    chart.set_scores([KneeScore(3, NOW, KneeContext.PRE_RUN)])
    (point, _), = chart.points()
    assert point.x() == pytest.approx(chart.plot_area().center().x())
    chart.grab()  # paints without error


def test_high_scores_show_the_stop_signs_button(qtbot, history):
    history.record_knee_score(8, NOW - timedelta(hours=3), KneeContext.PRE_RUN)
    history.record_knee_score(9, NOW - timedelta(hours=1), KneeContext.POST_COOL_DOWN)
    assert any(n.kind is NudgeKind.SHOW_STOP_SIGNS for n in knee_nudges(history, NOW))
    view = _view(qtbot, history)
    assert view.safety_button.isVisible()
    assert "8 and 9 out of 10" in view.nudge_label.text()
    with qtbot.waitSignal(view.safety_requested, timeout=1000):
        view.safety_button.click()


def test_low_scores_show_no_stop_signs_button(qtbot, history):
    history.record_knee_score(1, NOW - timedelta(hours=3), KneeContext.PRE_RUN)
    history.record_knee_score(2, NOW - timedelta(hours=1), KneeContext.POST_COOL_DOWN)
    view = _view(qtbot, history)
    assert view.safety_button.isHidden()


def test_the_window_shows_history_refreshed_and_back_goes_home(qtbot, make_window, history):
    window = make_window(history=history)
    window.history_action.trigger()
    assert window.pages.currentWidget() is window.history_view
    assert _rows(window.history_view)[0][0] == window.history_view.empty_sessions
    window.show_home()
    _session(history, "warm-up", NOW, name="Fresh warm-up")
    window.history_action.trigger()  # refreshed each time it is shown
    assert _rows(window.history_view)[0][1] == "Fresh warm-up"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.history_view.back_button.setFocus()
    QTest.keyClick(window.history_view.back_button, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.home
    window.history_action.trigger()
    window.history_view.back_button.click()
    assert window.pages.currentWidget() is window.home


def test_the_stop_signs_button_opens_the_safety_dialog(qtbot, make_window, history):
    history.record_knee_score(8, NOW - timedelta(hours=3), KneeContext.PRE_RUN)
    history.record_knee_score(8, NOW - timedelta(hours=1), KneeContext.POST_COOL_DOWN)
    window = make_window(history=history)
    window.history_action.trigger()
    window.history_view.safety_button.click()
    dialogs = [d for d in window.findChildren(SafetyDialog) if d.isVisible()]
    assert dialogs
    dialogs[0].reject()


def test_the_two_series_break_where_days_went_by(history):
    from coach.app.knee_chart import lines

    for back in (10, 9, 8, 2, 1):
        history.record_knee_score(3, NOW - timedelta(days=back), KneeContext.PRE_RUN)
    history.record_knee_score(2, NOW - timedelta(days=1), KneeContext.POST_COOL_DOWN)
    scores = history.knee_scores()
    assert [len(run) for run in lines(scores, KneeContext.PRE_RUN)] == [3, 2]  # a gap
    assert [len(run) for run in lines(scores, KneeContext.POST_COOL_DOWN)] == [1]


def test_without_a_streak_the_headline_says_what_was_done_last(qtbot, history):
    _session(history, "warm-up", NOW - timedelta(days=4), name="Standard warm-up")
    view = _view(qtbot, history)
    day = (NOW - timedelta(days=4)).astimezone().strftime("%a %d %b")
    assert view.streak_label.text() == f"Last routine: Standard warm-up, {day}"
    history.save_run_day(RunDayRecord(NOW - timedelta(days=3), "w"))
    view.refresh()
    assert view.streak_label.text().startswith("Last run day: ")
    assert "No streak" not in view.streak_label.text()


def test_the_length_is_active_time_not_paused_time(qtbot, history):
    record = SessionRecord("test-cool", "Test cool-down", "cool-down", NOW, 600,
                           ended_at=NOW + timedelta(minutes=25), completed_fraction=1.0,
                           active_seconds=612.4)  # 25 minutes on the clock, 13 of them paused
    history.record_session(record)
    view = _view(qtbot, history)
    view.tables.setCurrentWidget(view.sessions)
    assert _rows(view)[0][2] == "10 min 12 s"
    assert "10 min 12 s" in describe_session(history.recent_sessions()[0])


def test_run_days_are_listed_with_the_runs_time(qtbot, history):
    start = NOW - timedelta(days=1)
    history.save_run_day(RunDayRecord(start, "w", start + timedelta(minutes=10),
                                      start + timedelta(minutes=41, seconds=5), "c",
                                      start + timedelta(minutes=55), knees_before=2,
                                      knees_after=3, knees_later=2, ran=True))
    history.save_run_day(RunDayRecord(NOW - timedelta(days=2), "w", NOW - timedelta(days=2),
                                      NOW - timedelta(days=2), "c", NOW - timedelta(days=2),
                                      ran=False))
    history.save_run_day(RunDayRecord(NOW - timedelta(days=3), "w", NOW - timedelta(days=3),
                                      ended_at=NOW - timedelta(days=3)))
    view = _view(qtbot, history)
    assert view.tables.currentWidget() is view.days
    model = view.day_model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert [row[1:] for row in rows] == [["31:05", "2 → 3, later 2", "finished"],
                                         ["No run", "– → –", "finished"],
                                         ["–", "– → –", "ended early"]]


def test_one_days_scores_are_spread_over_their_hours(qtbot):
    from coach.app.knee_chart import ticks
    from coach.storage.history_records import KneeScore

    chart = KneeChart()
    qtbot.addWidget(chart)
    chart.resize(600, 220)
    morning = NOW.replace(hour=7)
    chart.set_scores([KneeScore(2, morning, KneeContext.PRE_RUN),
                      KneeScore(3, morning + timedelta(minutes=80), KneeContext.POST_COOL_DOWN),
                      KneeScore(4, morning + timedelta(hours=3), KneeContext.LATER)])
    (first, _), (second, _), (third, _) = chart.points()
    assert first.x() < second.x() < third.x()
    area = chart.plot_area()
    assert third.x() - first.x() > area.width() * 0.3  # spread out, not a spike
    span = chart.span()
    assert span is not None
    marks = ticks(span)
    # Every mark is an hour, labelled by the hour; the first carries the date.
    assert all(moment.minute == 0 for moment, _ in marks)
    assert marks[0][1] == marks[0][0].strftime("%d %b %H:%M")
    assert all(label == moment.strftime("%H:%M") for moment, label in marks[1:])
    # The label nearest each score is within two hours of it, never half a day away.
    for score in chart.scores:
        nearest = min(abs((moment - score.when).total_seconds()) for moment, _ in marks)
        assert nearest <= 2 * 3600
    chart.grab()


def test_the_routines_name_is_never_squeezed_at_480(qtbot, history):
    _session(history, "cool-down", NOW - timedelta(hours=1), name="Standard cool-down")
    view = _view(qtbot, history)
    view.tables.setCurrentWidget(view.sessions)
    view.resize(480, 640)
    QApplication.processEvents()
    table = view.sessions
    assert table.columnWidth(1) >= table.sizeHintForColumn(1)  # the whole name shows


def test_times_at_the_calendars_end_are_shown_not_raised(qtbot, folders, monkeypatch):
    # A clock that was wrong can leave a time whose local day would be past year 9999 (here,
    # at UTC+14): the window lists it as it is, as `limber history` does.
    import time

    monkeypatch.setenv("TZ", "Etc/GMT-14")
    time.tzset()
    try:
        end = datetime(9999, 12, 31, 23, 0, tzinfo=UTC)
        with HistoryStore(folders / "data" / "history.sqlite3", clock=lambda: end) as store:
            store.save_session(SessionRecord("r", "At the end", "warm-up", end, 300,
                                             ended_at=end, completed_fraction=1.0))
            view = HistoryView(store, today=lambda: end.date(), now=lambda: end)
            qtbot.addWidget(view)
            view.refresh()
            assert any("At the end" in row for row in _rows(view))
            assert "9999" in _rows(view)[0][0]
    finally:
        monkeypatch.undo()
        time.tzset()
