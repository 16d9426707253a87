"""Which routines the home screen offers, and the plan settings taken from the preferences."""

from __future__ import annotations

from coach.app.choices import group_routines, quick_start, remember
from coach.app.plan_settings import plan_settings
from coach.core.model import RoutineKind
from coach.storage.prefs_schema import Preferences
from tests.qt.helpers import FakeLibrary, cool_down, mine, warm_up


def test_groups_by_kind_with_the_users_own_last():
    routines = (*FakeLibrary().routines, mine())
    groups = group_routines(routines)
    assert [g.title for g in groups] == ["Warm-up", "Cool-down", "Mine"]
    assert [r.id for r in groups[-1].routines] == ["my-own"]
    assert all(r.id != "my-own" for g in groups[:-1] for r in g.routines)


def test_quick_start_remembers_the_last_routine_of_each_kind():
    routines = FakeLibrary().routines
    prefs = Preferences()
    assert quick_start(routines, RoutineKind.WARM_UP, prefs).id == "test-warm"
    prefs = remember(prefs, routines[1])
    assert prefs.last_routines == {"warm-up": "test-gentle"}
    assert quick_start(routines, RoutineKind.WARM_UP, prefs).id == "test-gentle"
    assert quick_start(routines, RoutineKind.COOL_DOWN, prefs).id == "test-cool"


def test_quick_start_prefers_gentle_when_asked_and_ignores_vanished_routines():
    routines = FakeLibrary().routines
    prefs = Preferences(prefer_gentle=True, last_routines={"warm-up": "deleted-one"})
    assert quick_start(routines, RoutineKind.WARM_UP, prefs).id == "test-gentle"


def test_quick_start_without_a_routine_of_that_kind():
    assert quick_start((warm_up(),), RoutineKind.COOL_DOWN, Preferences()) is None
    assert quick_start((cool_down(),), RoutineKind.COOL_DOWN, Preferences()).id == "test-cool"


def test_plan_settings_follow_the_preferences():
    settings = plan_settings(Preferences(hold_scale=1.5, lead_in_seconds=3,
                                         changeover_seconds=-1, speech_rate=150))
    assert (settings.hold_scale, settings.lead_in_seconds) == (1.5, 3)
    assert settings.changeover_seconds is None  # -1: each routine's own
    assert settings.speech_wpm == 150
    assert plan_settings(Preferences(changeover_seconds=8)).changeover_seconds == 8
