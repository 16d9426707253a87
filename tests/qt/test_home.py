"""The home screen: groups, quick starts that remember, Enter and double-click, problems."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from coach.core.routine_files.problems import Problem
from coach.qt.home import HEADER_ROLE, ROUTINE_ROLE, TIME_ROLE
from coach.storage.prefs_schema import Preferences
from tests.core.helpers import ColdVoice
from tests.qt.helpers import FakeLibrary, cool_down, mine, warm_up


def _rows(window):
    model = window.home.model
    return [model.index(r, 0) for r in range(model.rowCount())]


def test_routines_are_grouped_with_time_and_description(make_window):
    window = make_window(library=FakeLibrary(routines=(warm_up(), cool_down(), mine())))
    rows = _rows(window)
    headers = [i.data() for i in rows if i.data(HEADER_ROLE)]
    assert headers == ["Warm-up", "Cool-down", "Mine"]
    warm = next(i for i in rows if i.data(ROUTINE_ROLE) and i.data(ROUTINE_ROLE).id == "test-warm")
    assert warm.data(TIME_ROLE) == "2 min"  # 5 s lead-in + 30 + 5 + 20 + 3 + 20 + 5 + 10
    assert "A warm-up for tests." in warm.data(Qt.ItemDataRole.AccessibleTextRole)
    assert not rows[0].flags() & Qt.ItemFlag.ItemIsSelectable  # a heading cannot be started


def test_gentle_routines_are_marked(window):
    gentle = next(i for i in _rows(window) if i.data(ROUTINE_ROLE)
                  and i.data(ROUTINE_ROLE).gentle)
    assert "gentle" in gentle.data(Qt.ItemDataRole.AccessibleTextRole)


def test_enter_starts_the_selected_routine(window):
    assert window.home.select("test-cool")
    window.home.list.setFocus()
    QTest.keyClick(window.home.list, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.session_view
    assert window.driver.plan.routine.id == "test-cool"


def test_double_click_starts_a_routine(window):
    index = next(i for i in _rows(window) if i.data(ROUTINE_ROLE)
                 and i.data(ROUTINE_ROLE).id == "test-warm")
    rect = window.home.list.visualRect(index)
    QTest.mouseDClick(window.home.list.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, rect.center())
    assert window.driver.plan.routine.id == "test-warm"


def test_the_run_day_is_first_and_names_exactly_what_will_run(make_window, saved):
    window = make_window(prefs=Preferences(knee_check=True))
    card = window.home.run_day
    assert card.text() == "Start my run day"
    assert card.detail.text() == ("Knee check · Test warm-up, 2 min · your run · "
                                  "Test cool-down, 1 min")
    assert window.focusWidget() in (None, card)  # nothing is above it; Tab starts there
    window.begin(window.library.get("test-gentle"))  # the warm-up run last is the day's
    window.stop_now()
    assert saved[-1].last_routines["warm-up"] == "test-gentle"
    assert "Gentle test warm-up" in card.detail.text()
    card.click()
    assert window.pages.currentWidget() is window.checkin
    assert "Gentle test warm-up" in window.checkin.routine_label.text()


def test_home_has_one_start_for_a_single_routine(window):
    starts = [b for b in window.home.findChildren(QPushButton)
              if b.isVisible() and b.text().startswith("Start")]
    assert [b.text() for b in starts] == ["Start my run day", window.home.start_button.text()]


def test_a_run_day_with_nothing_to_run_says_so(make_window):
    window = make_window(library=FakeLibrary(routines=(warm_up(),)))
    assert "no cool-down found" in window.home.run_day.detail.text()


def test_bad_user_files_are_shown_quietly(make_window):
    problems = (Problem(Path("/u/a.toml"), "bad seconds", "steps[1].seconds", 3, 5),
                Problem(Path("/u/a.toml"), "unknown exercise", "steps[2].exercise", 7, 1),
                Problem(Path("/u/b.toml"), "not TOML", "", 1, 1))
    window = make_window(library=FakeLibrary(problems=problems))
    home = window.home
    assert home.problems.isVisible()  # in the window, not behind "Show Details"
    assert "2 routine files have problems" in home.problems_title.text()
    assert home.problems.text().splitlines() == [
        "a.toml, line 3: steps[1].seconds: bad seconds",
        "a.toml, line 7: steps[2].exercise: unknown exercise",
        "b.toml, line 1: not TOML",
    ]


def test_no_problems_no_panel(window):
    assert window.home.problems_panel.isHidden()


def test_selecting_a_routine_previews_its_steps(window):
    home = window.home
    home.select("test-warm")
    assert home.preview_title.text().startswith("Test warm-up · ")
    rows = [tuple(home.preview.topLevelItem(i).text(c) for c in range(3))
            for i in range(home.preview.topLevelItemCount())]
    assert rows == [("1. March", "30 s", ""),
                    ("2. Calf stretch", "20 s each side", "left, then right"),
                    ("3. Ankle circles", "5 reps", "")]
    home.select("test-cool")
    assert home.preview_title.text().startswith("Test cool-down")
    header = home.preview.headerItem()
    assert not home.preview.isHeaderHidden()
    assert [header.text(c) for c in range(3)] == ["Step", "Time", "Sides"]


def test_the_preview_gets_its_columns_with_its_first_plan(qtbot):
    """Before a plan is shown (the first frame) the preview box is empty, without a header;
    the columns come with the first plan."""
    from coach.qt.home import HomeView

    home = HomeView()
    qtbot.addWidget(home)
    assert home.preview.isHeaderHidden()
    home.show_preview("Test warm-up", [("1. March", "30 s", "")])
    assert not home.preview.isHeaderHidden()
    assert home.preview.columnCount() == 3
    assert home.preview.topLevelItem(0).text(1) == "30 s"


def test_the_routine_list_reloads_when_the_folder_changes(make_window, qtbot, tmp_path):
    folder = tmp_path / "routines"
    folder.mkdir()
    window = make_window()
    loads: list[int] = []

    def load() -> FakeLibrary:
        loads.append(1)
        return FakeLibrary(problems=(Problem(folder / "new.toml", "not TOML", "", 1, 1),))

    window.watch_routines(folder, load)
    assert window.routine_watcher.watching
    (folder / "new.toml").write_text("oops", encoding="utf-8")
    qtbot.waitUntil(lambda: bool(loads), timeout=5000)
    assert window.home.problems.text() == "new.toml, line 1: not TOML"


def test_the_menu_offers_preferences_and_history(window):
    texts = [a.text() for a in window.app_menu.actions()]
    assert "Preferences…" in texts and "History" in texts
    assert window.preferences_action.isVisible() and window.history_action.isVisible()
    assert window.home.menu_button.menu() is window.app_menu


def test_plan_times_follow_the_preferences(make_window):
    window = make_window(prefs=Preferences(knee_check=False, lead_in_seconds=5, hold_scale=2.0))
    warm = next(i for i in _rows(window) if i.data(ROUTINE_ROLE)
                and i.data(ROUTINE_ROLE).id == "test-warm")
    assert warm.data(TIME_ROLE) == "3 min"


def test_apply_prefs_refreshes_home_and_saves(window, saved):
    window.apply_prefs(window.prefs.replace(last_routines={"cool-down": "test-cool"},
                                            text_scale=1.5))
    assert saved[-1].text_scale == 1.5
    assert "Test cool-down" in window.home.run_day.detail.text()


def test_notices_show_quietly_until_dismissed(window):
    assert window.notice_strip.shown is None
    window.notices.post("Your settings could not be saved (disk full).", needs_answer=True)
    assert "disk full" in window.notice_strip.label.text()
    window.notice_strip.dismiss_button.click()
    assert window.notice_strip.shown is None and window.notice_strip.label.text() == ""


def test_prefs_that_cannot_be_saved_are_a_notice_not_a_crash(make_window, monkeypatch):
    def refuse(changes):
        raise OSError("read-only folder")

    window = make_window()
    monkeypatch.setattr(window.controller._prefs_file, "update", refuse)
    window.begin(window.library.get("test-cool"))
    assert any("read-only folder" in n for n in window.notices.texts())


def test_a_withdrawn_notice_goes_and_the_one_under_it_shows_again(window):
    from coach.qt.audio_output import NO_DEVICE
    from coach.speech.notice_once import NOT_READY

    window.notices.post(NO_DEVICE)
    window.notices.post(NOT_READY)  # the newest shows; no sound at all is still up under it
    assert window.notice_strip.shown.text == NOT_READY
    window.notices.dismiss(NOT_READY)  # the clips are ready
    assert window.notice_strip.shown.text == NO_DEVICE
    window.notices.dismiss(NO_DEVICE)
    assert window.notice_strip.shown is None
    assert window.notices.texts() == [NO_DEVICE, NOT_READY]  # both can be read again


def test_still_being_prepared_does_not_follow_the_user_home(window):
    from coach.speech.notice_once import NOT_READY

    window.notices.post("Your history could not be saved (disk full).")
    window.notices.post(NOT_READY)
    window.show_home()
    assert window.notice_strip.shown.text == "Your history could not be saved (disk full)."


def test_the_preview_is_timed_with_the_voice_as_the_session_will_run_it(qtbot, clock):
    from coach.app.voice_fit import VoiceFit
    from coach.app.window_words import about_minutes
    from coach.core.plan.compiler import compile_plan
    from tests.qt.helpers import window_for

    made: list[ColdVoice] = []  # ready after a few progress checks, clips twice the estimate
    window = window_for(clock=clock, prefs=Preferences(knee_check=False),
                        preview_clips=lambda prefs: made.append(ColdVoice(polls=3)) or made[-1])
    qtbot.addWidget(window)
    home = window.home
    home.select("test-warm")
    assert home.preview_title.text().endswith(" · estimated") and window.timing_preview
    qtbot.waitUntil(lambda: not window.timing_preview)
    assert home.preview_title.text().endswith(" · timed with your voice")
    # What the session will run: the same plan fitted to the same clips.
    fit = VoiceFit(compile_plan(warm_up()), made[0])
    while (plan := fit.poll()) is None:
        pass
    assert home.preview_title.text() == (f"Test warm-up · {about_minutes(plan.total_seconds)}"
                                         " · timed with your voice")
    assert plan.total_seconds > compile_plan(warm_up()).total_seconds
    assert len(made) == 1  # one voice for every preview, until its preferences change
    window.controller.change_prefs({"speech_rate": 200})
    home.select("test-cool")
    assert len(made) == 2 and made[0].closed
    qtbot.waitUntil(lambda: not window.timing_preview)
    window.controller.close()
    assert made[1].closed


def test_without_a_voice_the_preview_says_it_is_estimated(window):
    window.home.select("test-warm")
    assert window.home.preview_title.text().endswith(" · estimated")
    assert not window.timing_preview
