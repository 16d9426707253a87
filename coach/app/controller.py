"""The application's decisions, shared by the window and ``limber run --text``.

One :class:`AppController` owns what outlives a screen: the preferences in memory (and every
change to them, written key by key through the store), the routine library, the history
journal, the session under way and its rules (:mod:`~coach.app.session_rules`), the run day's
knee flow, and the life of the speaker and of the music control (what the ``music`` setting
does to other apps' music, :mod:`~coach.app.music_listener`). The application builds it and
hands it to the window; the window turns clicks into calls here and shows what comes back;
``limber run --text`` makes the same calls, so both record the same history and give the same
advice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from coach.app.choices import Group, gentle_routine, group_routines, quick_start, remember
from coach.app.day_flow import DayFlow, DayState
from coach.app.journal import Journal, Notice, utc_now
from coach.app.music_on_demand import MusicOnDemand
from coach.app.music_port import MusicBackend, MusicMode
from coach.app.music_words import unavailable
from coach.app.plan_settings import plan_settings
from coach.app.preview_voice import ClipsFactory, PreviewVoice
from coach.app.routine_lengths import RoutineLengths
from coach.app.session_rules import After, SessionLife, stop_needs_asking
from coach.app.speaker_on_demand import SpeakerOnDemand
from coach.app.window_words import about_minutes
from coach.core.clock import Clock
from coach.core.files.user_folders import config_dir, data_dir
from coach.core.language.current_language import translate
from coach.core.model import Routine, RoutineKind
from coach.core.plan.compiler import Plan, PlanSettings, compile_plan
from coach.core.plan.fit_length import Fit, fit_routine
from coach.core.plan.phrase_time import phrase_seconds
from coach.core.routine_files.problems import Problem
from coach.speech.options import SPEECH_KEYS, SpeechOptions
from coach.speech.port import SilentSpeaker, Speaker
from coach.storage.prefs import LoadResult, PreferencesStore
from coach.storage.prefs_schema import Preferences

if TYPE_CHECKING:  # the history module (and sqlite3) loads when the history is opened
    from coach.app.knee_nudges import Nudge
    from coach.app.music_listener import MusicListener
    from coach.app.voice_fit import VoiceFit
    from coach.core.session_events import State, Summary
    from coach.speech.player import PlayerFactory
    from coach.storage.history import HistoryStore

# Fits remembered at most (a few lengths of every routine): then they are made again.
_FITS_KEPT = 200
SpeakerFactory = Callable[[Preferences], Speaker]
# The music control, given where notices go and the folder of its restore file.
MusicFactory = Callable[[Notice, Path], MusicBackend]
# A change to the preferences: the keys and their new values, or a function of the preferences
# as they are now (re-read under the store's lock) that changes only what it means to.
PrefsChange = Mapping[str, object] | Callable[[Preferences], Preferences]


class PrefsFile(Protocol):
    """Where the preferences live (:class:`~coach.storage.prefs.PreferencesStore`)."""

    @property
    def path(self) -> Path: ...

    def load(self) -> LoadResult: ...

    def update(self, changes: PrefsChange) -> LoadResult: ...


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
    from coach.app.speech_words import in_language
    from coach.speech import make_speaker  # the engine, worker and cache: only when needed

    # The speech layer's notices are English; the runner reads them in the language, and a
    # withdrawn one is taken back in the same words.
    return make_speaker(SpeechOptions.from_prefs(prefs), in_language(notice), player,
                        withdraw=None if withdraw is None else in_language(withdraw))


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


def _as_edit(change: PrefsChange) -> Callable[[Preferences], Preferences]:
    if callable(change):
        return change
    changes = dict(change)
    return lambda prefs: prefs.replace(**changes)


class AppController:
    def __init__(
        self,
        library: LibraryLike,
        *,
        prefs: Preferences | None = None,
        prefs_file: PrefsFile | None = None,
        history: HistoryStore | None = None,
        speaker: Speaker | None = None,
        speaker_factory: SpeakerFactory | None = None,
        notice: Notice | None = None,
        now: Callable[[], datetime] = utc_now,
        lengths_file: Path | None = None,
        music_factory: MusicFactory | None = None,
        preview_clips: ClipsFactory | None = None,
    ) -> None:
        """``prefs``: the preferences as loaded (else ``prefs_file``'s, else the defaults);
        ``prefs_file``: where changes are written (None: kept in memory only). ``notice``:
        where the controller's notices go until :meth:`deliver_notices_to` says otherwise.
        ``lengths_file``: where the routines' lengths are remembered between starts (see
        :mod:`~coach.app.routine_lengths`); None compiles them every time. ``music_factory``: the
        music control, built when a session first needs it (None: the music is never touched).
        ``preview_clips``: the voice's clips alone, to time home's preview with (None: the
        preview is estimated)."""
        self.library = library
        self._lengths = RoutineLengths(lengths_file, _total_seconds)
        self._prefs_file = prefs_file
        if prefs is None and prefs_file is not None:
            prefs = prefs_file.load().preferences
        self._prefs = prefs or Preferences()
        self._notice_to: Notice = notice or _ignore
        self.journal = Journal(history, self._notice, now)
        self.day = DayFlow(history, now, self._notice)
        # When the knee score after the current cool-down was first recorded: a second
        # answer replaces it (None: not answered since that cool-down began).
        self._after_at: datetime | None = None
        self._cool_down_in_day = False  # the last cool-down was a run day's
        self._running: Routine | None = None
        self._life = SessionLife()
        # The length the runner asked for ("I have N minutes"), in seconds; None: as written.
        self.fit_seconds: int | None = None
        self._fits: dict[tuple[Routine, int, PlanSettings], Fit] = {}
        self._speaker = speaker
        self._speaker_factory = speaker_factory
        self._speaker_stale = False  # speech preferences changed since the speaker was built
        self.preview_voice = PreviewVoice(preview_clips)
        self.music: MusicOnDemand | None = None
        if music_factory is not None:
            factory = music_factory
            self.music = MusicOnDemand(lambda: factory(self._notice, data_dir()))

    # -- notices ----------------------------------------------------------------------------

    def deliver_notices_to(self, notice: Notice) -> None:
        """Send the controller's notices (history busy, settings not saved…) to ``notice``."""
        self._notice_to = notice

    def _notice(self, text: str) -> None:
        self._notice_to(text)

    # -- preferences: the one copy in memory ------------------------------------------------

    @property
    def prefs(self) -> Preferences:
        return self._prefs

    @property
    def prefs_path(self) -> Path | None:
        """The preferences file (to watch for changes made elsewhere), if there is one."""
        return None if self._prefs_file is None else self._prefs_file.path

    def change_prefs(self, change: PrefsChange) -> bool:
        """Change the preferences ``change`` names, and only those: in memory at once, and in
        the file under its lock, over whatever another process saved meanwhile (which is
        kept, here too). Returns whether anything changed; a file that cannot be written is
        one notice, and the change is kept in memory."""
        edit = _as_edit(change)
        wanted = edit(self._prefs)
        if wanted == self._prefs:
            return False
        if self._prefs_file is not None:
            try:
                result = self._prefs_file.update(edit)
            except OSError as error:  # PreferencesNotSaved is one: keep going with them in memory
                self._notice(translate("Controller", "Your settings could not be saved ({error}).")
                             .format(error=error))
            else:
                if result.problems:
                    from coach.app.storage_words import storage_notice  # rare: no import before

                    for problem in result.problems:
                        self._notice(storage_notice(problem))
                wanted = result.preferences
        self._use(wanted)
        return True

    def reload_prefs(self) -> bool:
        """Read the preferences file again (another process may have changed it); returns
        whether anything changed. Nothing is written."""
        if self._prefs_file is None:
            return False
        loaded = self._prefs_file.load().preferences
        if loaded == self._prefs:
            return False
        self._use(loaded)
        return True

    def _use(self, prefs: Preferences) -> None:
        """A change of voice, speed or volume makes the speaker stale: it is rebuilt once no
        session runs (:meth:`renew_speaker`)."""
        if any(getattr(prefs, key) != getattr(self._prefs, key) for key in SPEECH_KEYS):
            self._speaker_stale = True
        self._prefs = prefs

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
        """Close the speaker, if one was built (the history belongs to whoever opened it), and
        give the music back as it was."""
        if self._speaker is not None:
            self._speaker.close()
        self.preview_voice.close()
        if self.music is not None:
            self.music.close()

    # -- other apps' music ------------------------------------------------------------------

    def music_mode(self) -> MusicMode:
        """The music setting as it applies here (``leave`` where the platform has no way)."""
        if self.music is None or unavailable() is not None:
            return MusicMode.LEAVE
        try:
            return MusicMode(self.prefs.music)
        except ValueError:
            return MusicMode.LOWER

    def music_listener(self, clock: Clock) -> MusicListener | None:
        """The session listener that lowers or pauses the music (None: no music control).
        ``clock`` must be the session's, and read as the music control's does."""
        if self.music is None:
            return None
        from coach.app.music_listener import MusicListener  # with the first session

        return MusicListener(self.music, clock, self.music_mode, self._phrase_seconds)

    def give_back_music(self) -> None:
        """At start-up: a Limber that died left music changed: give it back now (building
        the music control only then)."""
        from coach.storage.music_restore import RestoreFile

        if self.music is not None and RestoreFile(data_dir()).exists():
            self.music.build()

    def _phrase_seconds(self) -> Callable[[str], float]:
        return phrase_seconds(self.speaker.clip_seconds, self.prefs.speech_rate)

    # -- routines and plans -----------------------------------------------------------------

    def settings(self) -> PlanSettings:
        return plan_settings(self.prefs)

    def groups(self) -> list[Group]:
        return group_routines(self.library.routines)

    def lengths(self) -> dict[str, str]:
        """Each routine's length as the home screen shows it, at the current settings and
        fitted to the chosen length, if one is chosen (what would run, not what is written)."""
        if self.fit_seconds is not None:
            seconds = self.fit_seconds
            return {r.id: about_minutes(self.fit(r, seconds).seconds)
                    for r in self.library.routines}
        totals = self._lengths.totals(self.library.routines, self.settings())
        return {routine_id: about_minutes(total) for routine_id, total in totals.items()}

    def quick_start(self, kind: RoutineKind) -> Routine | None:
        return quick_start(self.library.routines, kind, self.prefs)

    def gentle(self, kind: RoutineKind) -> Routine | None:
        return gentle_routine(self.library.routines, kind)

    def prepare_session(self, routine: Routine, settings: PlanSettings | None = None, *,
                        remember_it: bool = True) -> Plan:
        """The plan a session of ``routine`` runs: the one place a session's plan is made.

        Remembers ``routine`` as the last of its kind (what the quick start runs next), unless
        ``remember_it`` is False (a preview). ``settings`` replaces the ones from the
        preferences (the terminal's --scale)."""
        if remember_it:
            self.change_prefs(lambda prefs: remember(prefs, routine))
        return compile_plan(*self.fitted(routine, settings))

    def fitted(self, routine: Routine, settings: PlanSettings | None = None,
               ) -> tuple[Routine, PlanSettings]:
        """``routine`` as it runs: fitted to the chosen length (``fit_seconds``; its shortest
        safe version when that is too short) or, with no length chosen, as written."""
        settings = settings or self.settings()
        if self.fit_seconds is None:
            return routine, settings
        fit = self.fit(routine, self.fit_seconds, settings)
        return fit.routine, fit.settings

    def fit(self, routine: Routine, seconds: int, settings: PlanSettings | None = None) -> Fit:
        """``routine`` fitted to ``seconds``. Remembered: home shows every routine's fitted
        length, the preview and the note beside the chooser ask again, and so does the start
        (a fit compiles the plan a few dozen times: about 50 ms a routine)."""
        key = (routine, seconds, settings or self.settings())
        fit = self._fits.get(key)
        if fit is None:
            if len(self._fits) > _FITS_KEPT:
                self._fits.clear()
            fit = self._fits[key] = fit_routine(*key)
        return fit

    def length_note(self, routine: Routine) -> str:
        """What the chosen length does to ``routine``, and why ("" with none chosen)."""
        from coach.app.length_words import length_note

        return length_note(None if self.fit_seconds is None
                           else self.fit(routine, self.fit_seconds))

    def preview_fit(self, plan: Plan) -> VoiceFit | None:
        """Fitting ``plan`` to the voice's clips for a preview (poll it); None: no voice."""
        return self.preview_voice.fit(plan, self.prefs)

    def voice_fit(self, plan: Plan) -> VoiceFit:
        """Start preparing ``plan``'s voice; poll the result for the plan fitted to it."""
        from coach.app.voice_fit import VoiceFit  # loads with the first session, not at start

        return VoiceFit(plan, self.speaker)

    def attach_history(self, history: HistoryStore) -> None:
        """Record into ``history`` from now on (the app opens it just after the first
        paint); a session already in its lead-in is recorded into it too."""
        self.journal.history = history
        self.day.attach_history(history)

    # -- a session's life (the rules: coach.app.session_rules) ------------------------------

    def session_started(self, plan: Plan, *, preview: bool = False) -> None:
        """A routine began (its lead-in). ``preview``: a run faster or slower than real time,
        which is no session: nothing is recorded and the run day stays as it is."""
        self._life.started(preview=preview)
        if preview:
            return
        self.journal.started(plan)
        routine = self._running = plan.routine
        joined = self.day.routine_started(routine.kind, routine.id)
        if routine.kind is RoutineKind.COOL_DOWN:
            self._after_at = None  # a new cool-down: a new question after it
            self._cool_down_in_day = joined

    def session_state(self, state: State) -> None:
        """The running session moved to ``state``: past the lead-in, it counts as a session."""
        if self._life.state_changed(state) and not self._life.preview:
            self.journal.underway()

    @property
    def session_counts(self) -> bool:
        """Whether the session under way is past its lead-in (stopping it now is recorded)."""
        return self._life.counted

    @staticmethod
    def stop_needs_asking(position: float) -> bool:
        """Whether stopping at ``position`` seconds in asks first."""
        return stop_needs_asking(position)

    def session_ended(self, summary: Summary) -> After:
        """A session finished or was stopped (the window closing, a signal, a closed pipe stop
        one too): record it if it counted, move the run day on, and say what comes next."""
        preview = self._life.preview
        counted = self._life.ended(stopped=summary.stopped)
        routine, self._running = self._running, None
        if preview:
            return After.FINISH if counted else After.HOME
        if counted:
            self.journal.underway()  # recorded already, unless it finished within its lead-in
        self.journal.ended(summary)  # the end of a recorded session; else nothing
        if routine is not None:
            from coach.storage.history_records import COMPLETED_FRACTION  # loaded: one ended

            # The day goes on when most of the routine was done, stopped at the end or not
            # (the finish screen's "Well done"); short of that, the runner says what next.
            completed = summary.completed_fraction >= COMPLETED_FRACTION
            moved = self.day.routine_ended(routine.kind, completed=completed,
                                           fraction=summary.completed_fraction)
            if moved and routine.kind is RoutineKind.WARM_UP and \
                    self.day.state is DayState.OUT_RUNNING:
                return After.GO_RUN  # the day's warm-up is done (stopped at the end or not)
        if not counted:
            return After.HOME
        return After.FINISH

    # -- the two-hour knee check ------------------------------------------------------------

    def later_check_wait(self) -> float | None:
        """Seconds until the two-hour knee check is due (0: now); None when there is none to
        ask (turned off, answered, no run day)."""
        if not self.prefs.later_knee_check:
            return None
        return self.day.seconds_to_later_check()

    def later_check_due(self) -> bool:
        """Whether to ask the two-hour knee check now."""
        return self.prefs.later_knee_check and self.day.later_check_due()

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
    def cool_down_in_day(self) -> bool:
        """The last cool-down was a run day's."""
        return self._cool_down_in_day

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
