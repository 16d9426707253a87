"""The application's decisions, shared by the window and ``limber run --text``.

One :class:`AppController` owns what outlives a screen: the preferences (and saving them),
the routine library, the history journal, the run day's knee flow and the speaker's life. The
window turns clicks into calls here and shows what comes back; the terminal runner makes the
same calls, so both record the same history and give the same advice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from coach.app.choices import Group, gentle_routine, group_routines, quick_start, remember
from coach.app.day_flow import DayFlow, DayState
from coach.app.journal import Journal, Notice, utc_now
from coach.app.plan_settings import plan_settings
from coach.app.routine_lengths import RoutineLengths
from coach.app.speaker_on_demand import SpeakerOnDemand
from coach.app.window_words import about_minutes
from coach.core.files.user_folders import config_dir, data_dir
from coach.core.model import Routine, RoutineKind
from coach.core.plan.compiler import Plan, PlanSettings, compile_plan
from coach.core.plan.fit_length import Fit, fit_routine
from coach.core.routine_files.problems import Problem
from coach.speech.options import SPEECH_KEYS, SpeechOptions
from coach.speech.port import SilentSpeaker, Speaker
from coach.storage.prefs import PreferencesStore
from coach.storage.prefs_schema import Preferences

if TYPE_CHECKING:  # the history module (and sqlite3) loads when the history is opened
    from coach.app.knee_nudges import Nudge
    from coach.app.voice_fit import VoiceFit
    from coach.core.session_events import Summary
    from coach.speech.player import PlayerFactory
    from coach.storage.history import HistoryStore

SavePrefs = Callable[[Preferences], None]
SpeakerFactory = Callable[[Preferences], Speaker]


class LibraryLike(Protocol):
    """What the app reads from :class:`coach.core.routine_files.library.Library`."""

    @property
    def routines(self) -> tuple[Routine, ...]: ...

    @property
    def problems(self) -> tuple[Problem, ...]: ...

    def get(self, routine_id: str) -> Routine: ...


def speaker_for(prefs: Preferences, notice: Notice, player: PlayerFactory | None,
                withdraw: Notice | None = None) -> Speaker:
    """The real speaker for these preferences (silent, with a notice, without an output).
    ``withdraw`` takes back a notice that is no longer true (the voice is ready after all)."""
    from coach.speech import make_speaker  # the engine, worker and cache: only when needed

    return make_speaker(SpeechOptions.from_prefs(prefs), notice, player, withdraw=withdraw)


@dataclass
class UserFiles:
    """The user's preferences and history, opened from their folders."""

    store: PreferencesStore
    prefs: Preferences
    history: HistoryStore


def open_user_files(notice: Notice) -> UserFiles:
    """Open the preferences and the history where :mod:`coach.core.files.user_folders` says; every
    problem (a damaged file set aside, say) goes to ``notice``. The caller closes the history."""
    store, prefs = open_preferences(notice)
    return UserFiles(store, prefs, open_history(notice))


def open_preferences(notice: Notice) -> tuple[PreferencesStore, Preferences]:
    """The preferences' store and what it holds (see :func:`open_user_files`)."""
    store = PreferencesStore(config_dir())
    loaded = store.load()
    for problem in loaded.problems:
        notice(problem)
    return store, loaded.preferences


def open_history(notice: Notice) -> HistoryStore:
    """The history (see :func:`open_user_files`); the caller closes it."""
    from coach.storage.history import FILE_NAME, HistoryStore

    history = HistoryStore(data_dir() / FILE_NAME)
    for problem in history.problems:
        notice(problem)
    return history


def _total_seconds(routine: Routine, settings: PlanSettings) -> int:
    return compile_plan(routine, settings).total_seconds


def _ignore(_text: str) -> None:
    pass


class AppController:
    def __init__(
        self,
        library: LibraryLike,
        *,
        prefs: Preferences | None = None,
        save_prefs: SavePrefs | None = None,
        history: HistoryStore | None = None,
        speaker: Speaker | None = None,
        speaker_factory: SpeakerFactory | None = None,
        notice: Notice = _ignore,
        now: Callable[[], datetime] = utc_now,
        lengths_file: Path | None = None,
    ) -> None:
        """``lengths_file``: where the routines' lengths are remembered between starts (see
        :mod:`~coach.app.routine_lengths`); None compiles them every time."""
        self.library = library
        self._lengths = RoutineLengths(lengths_file, _total_seconds)
        self.prefs = prefs or Preferences()
        self._save_prefs = save_prefs
        self._notice = notice
        self.journal = Journal(history, notice, now)
        self.day = DayFlow(history, now, notice)
        # When the knee score after the current cool-down was first recorded: a second
        # answer replaces it (None: not answered since that cool-down began).
        self._after_at: datetime | None = None
        self._cool_down_in_day = False  # the last cool-down was a run day's
        self._running: Routine | None = None
        # The length the runner asked for ("I have N minutes"), in seconds; None: as written.
        self.fit_seconds: int | None = None
        self._speaker = speaker
        self._speaker_factory = speaker_factory
        self._speaker_stale = False  # speech preferences changed since the speaker was built

    # -- preferences ------------------------------------------------------------------------

    def apply_prefs(self, prefs: Preferences, *, save: bool = True) -> None:
        """Use ``prefs`` from now on. A change of voice, speed or volume makes the speaker
        stale: it is rebuilt once no session runs (:meth:`renew_speaker`)."""
        if any(getattr(prefs, key) != getattr(self.prefs, key) for key in SPEECH_KEYS):
            self._speaker_stale = True
        self.prefs = prefs
        if save:
            self._store_prefs()

    def update_prefs(self, prefs: Preferences) -> None:
        """Keep and save ``prefs`` if they differ (the last routine run, the window's place)."""
        if prefs != self.prefs:
            self.apply_prefs(prefs)

    def _store_prefs(self) -> None:
        if self._save_prefs is None:
            return
        try:
            self._save_prefs(self.prefs)
        except OSError as error:  # PreferencesNotSaved is one: keep going with them in memory
            self._notice(f"Your settings could not be saved ({error}).")

    # -- the speaker ------------------------------------------------------------------------

    @property
    def speaker(self) -> Speaker:
        """The speaker. The factory's one is built when a session first needs it (its
        phrases or a cue), not when the window asks for it: the audio output and the speech
        worker cost start-up time and memory the home screen has no use for."""
        if self._speaker is None:
            self._speaker = self._new_speaker()
            self._speaker_stale = False
        return self._speaker

    def _new_speaker(self) -> Speaker:
        factory, prefs = self._speaker_factory, self.prefs
        if factory is None:
            return SilentSpeaker()
        return SpeakerOnDemand(lambda: factory(prefs))

    @property
    def speaker_stale(self) -> bool:
        return self._speaker_stale

    def renew_speaker(self, *, muted: bool) -> Speaker | None:
        """Build the speaker again if the speech preferences changed; the caller makes sure
        no session runs. Returns the new speaker (the old one is closed), else None."""
        if not self._speaker_stale or self._speaker_factory is None or self._speaker is None:
            return None
        old = self._speaker
        self._speaker = None
        speaker = self.speaker
        speaker.set_muted(muted)
        old.close()
        return speaker

    def close(self) -> None:
        """Close the speaker, if one was built (the history belongs to whoever opened it)."""
        if self._speaker is not None:
            self._speaker.close()

    # -- routines and plans -----------------------------------------------------------------

    def settings(self) -> PlanSettings:
        return plan_settings(self.prefs)

    def groups(self) -> list[Group]:
        return group_routines(self.library.routines)

    def lengths(self) -> dict[str, str]:
        """Each routine's length as the home screen shows it, at the current settings."""
        totals = self._lengths.totals(self.library.routines, self.settings())
        return {routine_id: about_minutes(total) for routine_id, total in totals.items()}

    def quick_start(self, kind: RoutineKind) -> Routine | None:
        return quick_start(self.library.routines, kind, self.prefs)

    def gentle(self, kind: RoutineKind) -> Routine | None:
        return gentle_routine(self.library.routines, kind)

    def prepare_session(self, routine: Routine, settings: PlanSettings | None = None) -> Plan:
        """The plan a session of ``routine`` runs: the one place a session's plan is made.

        Remembers ``routine`` as the last of its kind (what the quick start runs next).
        ``settings`` replaces the ones from the preferences (the terminal's --scale)."""
        self.update_prefs(remember(self.prefs, routine))
        return compile_plan(*self.fitted(routine, settings))

    def fitted(self, routine: Routine, settings: PlanSettings | None = None,
               ) -> tuple[Routine, PlanSettings]:
        """``routine`` as it runs: fitted to the chosen length (``fit_seconds``; its shortest
        safe version when that is too short) or, with no length chosen, as written."""
        settings = settings or self.settings()
        if self.fit_seconds is None:
            return routine, settings
        fit = fit_routine(routine, self.fit_seconds, settings)
        return fit.routine, fit.settings

    def fit(self, routine: Routine, seconds: int) -> Fit:
        return fit_routine(routine, seconds, self.settings())

    def voice_fit(self, plan: Plan) -> VoiceFit:
        """Start preparing ``plan``'s voice; poll the result for the plan fitted to it."""
        from coach.app.voice_fit import VoiceFit  # loads with the first session, not at start

        return VoiceFit(plan, self.speaker)

    def attach_history(self, history: HistoryStore) -> None:
        """Record into ``history`` from now on (the app opens it just after the first
        paint); a session already in its lead-in is recorded into it too."""
        self.journal.history = history
        self.day.attach_history(history)

    # -- a session's life -------------------------------------------------------------------

    def session_started(self, plan: Plan) -> None:
        self.journal.started(plan)
        routine = self._running = plan.routine
        joined = self.day.routine_started(routine.kind, routine.id)
        if routine.kind is RoutineKind.COOL_DOWN:
            self._after_at = None  # a new cool-down: a new question after it
            self._cool_down_in_day = joined

    def session_ended(self, summary: Summary) -> None:
        """A session finished or was stopped (the window closing stops one too)."""
        self.journal.ended(summary)
        routine, self._running = self._running, None
        if routine is not None:
            from coach.storage.history_records import COMPLETED_FRACTION  # loaded: a session ended

            # The day goes on when most of the routine was done, stopped at the end or not
            # (the finish screen's "Well done"); short of that, the runner says what next.
            completed = summary.completed_fraction >= COMPLETED_FRACTION
            self.day.routine_ended(routine.kind, completed=completed,
                                   fraction=summary.completed_fraction)

    # -- the run day ------------------------------------------------------------------------

    def run_day_routines(self) -> tuple[Routine | None, Routine | None]:
        """The warm-up and the cool-down a run day runs (the quick starts'), for home to name."""
        return self.quick_start(RoutineKind.WARM_UP), self.quick_start(RoutineKind.COOL_DOWN)

    def start_run_day(self) -> Routine | None:
        """"Start my run day": the warm-up to run (the quick start's), which opens the day."""
        self.day.ask()
        return self.quick_start(RoutineKind.WARM_UP)

    def back_from_run(self) -> Routine | None:
        """"I'm back": the cool-down to run next."""
        self.day.back()
        return self.quick_start(RoutineKind.COOL_DOWN)

    def no_run(self) -> Routine | None:
        """"I didn't run": the cool-down all the same."""
        self.day.no_run()
        return self.quick_start(RoutineKind.COOL_DOWN)

    def go_anyway(self) -> bool:
        """After a short warm-up: go run all the same."""
        return self.day.go_anyway()

    def end_run_day(self) -> bool:
        """"End the run day": what is left of it is not done today."""
        return self.day.end()

    def resume_run_day(self) -> DayState:
        """At start-up: where an unfinished run day stands (NONE: nothing to take up)."""
        self.day.resume()
        return self.day.state

    def knees_scored_later(self, score: int) -> bool:
        """The two-hour check's answer; joins the run day it follows (False: no such day)."""
        from coach.storage.history_records import KneeContext

        self.journal.knee(score, KneeContext.LATER)
        return self.day.score_later(score)

    # -- the knee flow ----------------------------------------------------------------------

    def wants_knee_check(self, routine: Routine) -> bool:
        """Whether to ask about the knees before ``routine`` (a warm-up, if the user wants)."""
        return routine.kind is RoutineKind.WARM_UP and self.prefs.knee_check

    def knee_check_declined(self) -> None:
        """The runner went home from the knee check instead of warming up."""
        self.day.cancel()

    def knees_scored_before(self, score: int) -> None:
        """The knee check's confirmed score (asked once per check: the screen saves it once)."""
        from coach.storage.history_records import KneeContext

        self.day.score_before(score)
        self.journal.knee(score, KneeContext.PRE_RUN)

    @property
    def knees_before(self) -> int | None:
        """The score before this run day's warm-up, for the cool-down's finish to compare
        with; None outside a run day (an ordinary cool-down follows no known run)."""
        return self.day.knees_before if self._cool_down_in_day else None

    @property
    def ran(self) -> bool:
        """The last cool-down followed a run (a run day's, with "I'm back")."""
        return self._cool_down_in_day and self.day.ran

    def knees_scored_after(self, score: int) -> str:
        """Record the confirmed score after a cool-down (a second answer replaces the first).
        Returns what the history's advice adds to the finish screen's reply: "" when it adds
        nothing (the reply's own comparison with before the warm-up is not said twice)."""
        from coach.app.knee_nudges import NudgeKind
        from coach.storage.history_records import KneeContext

        self._after_at = self.journal.knee(score, KneeContext.POST_COOL_DOWN, self._after_at)
        if self._cool_down_in_day:
            self.day.score_after(score)
        nudge = self.advice()
        if nudge is None or (nudge.kind is NudgeKind.LOWER_IMPACT_NEXT
                             and self.knees_before is not None):
            return ""
        return nudge.message

    def advice(self) -> Nudge | None:
        """The most important piece of advice from the history now, if there is one."""
        nudges = self.journal.nudges()
        return nudges[0] if nudges else None
