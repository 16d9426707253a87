"""The app controller: preferences, plans, the run day's knee flow and the speaker's life,
without a window."""

from __future__ import annotations

from datetime import UTC, datetime

from coach.app.controller import AppController, PrefsChange
from coach.core.model import RoutineKind
from coach.core.session_events import Summary
from coach.speech.port import RecordingSpeaker
from coach.storage.history import HistoryStore
from coach.storage.history_records import KneeContext
from coach.storage.prefs import LoadResult
from coach.storage.prefs_schema import Preferences
from tests.qt.helpers import FakeLibrary, RecordingPrefs, cool_down, warm_up

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)


def _summary(routine_id: str, kind: str) -> Summary:
    return Summary(routine_id, routine_id, kind, 60, 60.0, 1.0, (), False)


def run(controller: AppController, routine_id: str) -> None:
    """A whole session of one routine, as the window or the terminal runner drives it."""
    routine = controller.library.get(routine_id)
    plan = controller.prepare_session(routine)
    controller.session_started(plan)
    controller.session_ended(_summary(routine.id, str(routine.kind)))


def test_only_a_run_days_score_is_compared_after_its_cool_down():
    controller = AppController(FakeLibrary(), prefs=Preferences(knee_check=True))
    assert controller.wants_knee_check(warm_up())
    controller.knees_scored_before(2)  # an ordinary warm-up: no run day, so no known run
    run(controller, "test-warm")
    run(controller, "test-cool")
    assert controller.knees_before is None and not controller.ran

    controller.start_run_day()
    controller.knees_scored_before(3)
    run(controller, "test-warm")
    controller.back_from_run()
    run(controller, "test-cool")
    assert controller.knees_before == 3 and controller.ran
    controller.knees_scored_after(5)
    run(controller, "test-cool")  # an ordinary cool-down later that day
    assert controller.knees_before is None


def test_after_i_didnt_run_the_score_is_compared_with_before_the_warm_up_not_a_run():
    controller = AppController(FakeLibrary(), prefs=Preferences(knee_check=True))
    controller.start_run_day()
    controller.knees_scored_before(3)
    run(controller, "test-warm")
    assert controller.no_run() is not None
    run(controller, "test-cool")
    assert controller.knees_before == 3 and not controller.ran


def test_an_answer_for_a_warm_up_not_run_is_not_carried_to_the_next():
    controller = AppController(FakeLibrary(), prefs=Preferences(knee_check=True))
    controller.start_run_day()
    controller.knees_scored_before(7)
    controller.knee_check_declined()  # "Not today": no warm-up follows this answer
    controller.start_run_day()  # later started again, the check skipped
    run(controller, "test-warm")
    controller.back_from_run()
    run(controller, "test-cool")
    assert controller.knees_before is None


def test_no_check_for_a_cool_down_or_when_the_user_turned_it_off():
    assert not AppController(FakeLibrary()).wants_knee_check(cool_down())
    off = AppController(FakeLibrary(), prefs=Preferences(knee_check=False))
    assert not off.wants_knee_check(warm_up())


def test_knees_worse_after_the_run_is_recorded_and_advised(tmp_path):
    with HistoryStore(tmp_path / "h.sqlite3") as history:
        controller = AppController(FakeLibrary(), history=history, now=lambda: NOW,
                                   prefs=Preferences(knee_check=True))
        controller.wants_knee_check(warm_up())
        controller.knees_scored_before(2)
        run(controller, "test-warm")
        run(controller, "test-cool")
        # Not a run day: the finish makes no comparison, so the history's one is said.
        extra = controller.knees_scored_after(4)
        assert "worse after today's cool-down (4 out of 10)" in extra
        controller.start_run_day()
        controller.knees_scored_before(2)
        run(controller, "test-warm")
        controller.back_from_run()
        run(controller, "test-cool")
        # A run day's finish compares itself: the history's same comparison is not repeated.
        assert controller.knees_scored_after(4) == ""
        assert controller.advice() is not None
        assert [(k.score, k.context) for k in history.knee_scores()] == [
            (2, KneeContext.PRE_RUN), (4, KneeContext.POST_COOL_DOWN)]  # one clock reading
        assert [s.routine_id for s in history.recent_sessions()][:2] == ["test-cool", "test-warm"]


def test_preparing_a_session_remembers_it_and_uses_the_preferences():
    prefs_file = RecordingPrefs(Preferences(lead_in_seconds=7))
    controller = AppController(FakeLibrary(), prefs_file=prefs_file)
    plan = controller.prepare_session(controller.library.get("test-gentle"))
    assert plan.segments[0].seconds == 7
    assert controller.quick_start(RoutineKind.WARM_UP).id == "test-gentle"
    assert prefs_file.saved[-1].last_routines == {"warm-up": "test-gentle"}


def test_unsaved_preferences_are_one_notice():
    notices: list[str] = []

    class Refusing(RecordingPrefs):
        def update(self, changes: PrefsChange) -> LoadResult:
            raise OSError("read-only folder")

    controller = AppController(FakeLibrary(), prefs_file=Refusing(), notice=notices.append)
    controller.prepare_session(cool_down())
    assert controller.prefs.last_routines == {"cool-down": "test-cool"}
    assert notices == ["Your settings could not be saved (read-only folder)."]


def test_the_speaker_is_built_when_a_session_first_needs_it_and_rebuilt_after_a_voice_change():
    built: list[RecordingSpeaker] = []

    def factory(prefs: Preferences) -> RecordingSpeaker:
        built.append(RecordingSpeaker())
        return built[-1]

    controller = AppController(FakeLibrary(), speaker_factory=factory)
    first = controller.speaker
    assert built == []  # asking for it builds nothing (start-up stays quick and light)
    first.prepare(["March."])  # a session's first need does
    assert len(built) == 1 and built[0].prepared == ["March."]
    controller.change_prefs({"theme": "dark"})
    assert controller.renew_speaker(muted=False) is None  # not a speech preference
    controller.change_prefs({"speech_rate": 200})
    assert controller.speaker_stale
    second = controller.renew_speaker(muted=True)
    assert second is not None and controller.speaker is second
    assert built[0].calls[-1] == "close" and second.muted
    assert len(built) == 1  # the new voice, too, waits for its first need
    second.prepare(["Halfway."])
    assert len(built) == 2 and built[1].calls == ["muted:True", "prepare"]
    controller.close()
    assert built[1].calls[-1] == "close"
