"""What the finish screen says: an honest headline, what was done, and what comes next.

"Well done" only when most of the routine was done (as much as counts in the history); a
routine stopped or skipped through says so with the steps that were done ("Stopped early: 2
of 7 steps"), or that none was. After a warm-up the next things are the run and then the
cool-down; after a warm-up with nothing done, that a warm-up is still to do; in a run day, the
day itself says what is next (:mod:`coach.app.go_run_words`). No Qt here: the words are decided
and tested here.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.app.window_words import duration_text
from coach.core.language.current_language import translate
from coach.core.model import Routine, RoutineKind
from coach.core.plan import plan_words
from coach.core.session_events import Summary
from coach.storage.history_records import COMPLETED_FRACTION


@dataclass(frozen=True, slots=True)
class FinishWords:
    title: str  # "Well done", "Stopped early: 2 of 7 steps"
    well_done: bool
    done: str  # what was done, and how long it took
    next_steps: str  # after a warm-up: the run, then the cool-down; else empty
    streak: str  # "3 days in a row" (empty before the first)
    # The closing words' rules, as the voice says them: the pain rule, and after a warm-up
    # what to do if a knee hurts on the run (a cool-down's refuel has a panel of its own).
    rules: str




def streak_words(days: int) -> str:
    if days <= 0:
        return ""
    return translate("FinishWords", "%n day(s) in a row", None, days)


def steps_words(count: int) -> str:
    return translate("FinishWords", "%n step(s)", None, count)


def finish_words(summary: Summary, routine: Routine, *, streak_days: int = 0,
                 cool_down: Routine | None = None, in_run_day: bool = False) -> FinishWords:
    """``cool_down``: the routine the finish screen's Cool down button would start;
    ``in_run_day``: the routine is a run day's (the day says what comes next)."""
    steps = routine.steps
    count = summary.step_count or len(steps)
    done_steps = min(summary.steps_done, count)
    well_done = summary.completed_fraction >= COMPLETED_FRACTION
    tally = translate("FinishWords", "{done} of %n step(s)", None, count).format(done=done_steps)
    if well_done:
        title = translate("FinishWords", "Well done")
    elif done_steps == 0:
        title = translate("FinishWords", "Stopped before the first step") if summary.stopped \
            else translate("FinishWords", "Skipped through")
    elif summary.stopped:
        title = translate("FinishWords", "Stopped early: {tally}").format(tally=tally)
    else:
        title = translate("FinishWords", "Skipped through: {tally}").format(tally=tally)
    took = duration_text(summary.active_seconds)
    skipped = [steps[i].exercise.name for i in summary.skipped_steps if 0 <= i < len(steps)]
    if done_steps == count and not skipped:
        done = translate("FinishWords", "All %n step(s) in {time}.", None, count).format(time=took)
    elif done_steps == 0:
        done = translate("FinishWords", "No step done ({time}).").format(time=took)
    else:
        done = translate("FinishWords", "{done} of %n step(s) done in {time}.", None, count).format(
            done=done_steps, time=took)
    if skipped and done_steps:
        done += " " + translate("FinishWords", "Skipped: {names}.").format(
            names=", ".join(dict.fromkeys(skipped)))
    next_steps = ""
    if routine.kind is RoutineKind.WARM_UP and not in_run_day:
        if well_done:
            next_steps = (translate("FinishWords", "Next: your run. Afterwards, come back for the "
                                                   "{routine}.")
                          .format(routine=cool_down.name) if cool_down else
                          translate("FinishWords", "Next: your run. Afterwards, come back for a "
                                                   "cool-down."))
        elif done_steps == 0:
            next_steps = translate("FinishWords", "Nothing is warmed up yet: warm up before you "
                                                  "run (Again starts it over).")
        else:
            next_steps = (translate("FinishWords", "Start your run gently, and give it a few easy "
                                                   "minutes to warm up. Afterwards, come back for "
                                                   "the {routine}.")
                          .format(routine=cool_down.name) if cool_down else
                          translate("FinishWords", "Start your run gently, and give it a few easy "
                                                   "minutes to warm up. Afterwards, come back for "
                                                   "a cool-down."))
    knee = plan_words.knee_flare() if routine.kind is RoutineKind.WARM_UP else None
    rules = plan_words.joined(plan_words.pain_rule(), knee)
    return FinishWords(title, well_done, done, next_steps, streak_words(streak_days), rules)
