"""What the finish screen says: an honest headline, what was done, and what comes next.

"Well done" only when most of the routine was done; a routine stopped or skipped through says
so with the steps that were done ("Stopped early: 2 of 7 steps"). After a warm-up the next
things are the run and then the cool-down. No Qt here: the words are decided and tested here.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.app.window_words import duration_text
from coach.core.model import Routine, RoutineKind
from coach.core.session_events import Summary

# "Most of the routine": this share of the exercise time done.
MOSTLY_DONE = 0.7


@dataclass(frozen=True, slots=True)
class FinishWords:
    title: str  # "Well done", "Stopped early: 2 of 7 steps"
    well_done: bool
    done: str  # what was done, and how long it took
    next_steps: str  # after a warm-up: the run, then the cool-down; else empty
    streak: str  # "3 days in a row" (empty before the first)


def streak_words(days: int) -> str:
    if days <= 0:
        return ""
    return f"{days} day{'s' if days != 1 else ''} in a row"


def finish_words(summary: Summary, routine: Routine, *, streak_days: int = 0,
                 cool_down: Routine | None = None) -> FinishWords:
    """``cool_down``: the routine the finish screen's Cool down button would start."""
    steps = routine.steps
    count = summary.step_count or len(steps)
    done_steps = min(summary.steps_done, count)
    well_done = summary.completed_fraction >= MOSTLY_DONE
    tally = f"{done_steps} of {count} steps"
    if well_done:
        title = "Well done"
    elif summary.stopped:
        title = f"Stopped early: {tally}"
    else:
        title = f"Skipped through: {tally}"
    took = duration_text(summary.active_seconds)
    skipped = [steps[i].exercise.name for i in summary.skipped_steps if 0 <= i < len(steps)]
    if done_steps == count and not skipped:
        done = f"All {count} steps in {took}."
    else:
        done = f"{tally.capitalize()} done in {took}."
    if skipped:
        done += " Skipped: " + ", ".join(dict.fromkeys(skipped)) + "."
    next_steps = ""
    if routine.kind is RoutineKind.WARM_UP:
        later = f"the {cool_down.name}" if cool_down else "a cool-down"
        if well_done:
            next_steps = f"Next: your run. Afterwards, come back for {later}."
        else:
            next_steps = ("Start your run gently, and give it a few easy minutes to warm up. "
                          f"Afterwards, come back for {later}.")
    return FinishWords(title, well_done, done, next_steps, streak_words(streak_days))
