"""What the "Go run" screen says, decided here so the window only shows it."""

from __future__ import annotations

from coach.app.day_flow import DayState
from coach.core.plan.plan_words import KNEE_FLARE

FLARE_UP = (f"{KNEE_FLARE} If it keeps hurting, walk home and give it a rest; "
            "press I'm back when you are, and cool down.")

RUN_DAY_START = "Start my run day"
RUN_DAY_RUNNING = "Back from your run? Cool down now"
RUN_DAY_COOL_DOWN = "Finish your run day: cool down"
RUN_DAY_SHORT = "Go on with your run day"

UNFINISHED_DAY = ("Your run day is not finished: \u201cBack from your run?\u201d on home "
                  "starts the cool-down.")


def run_day_label(state: DayState) -> str:
    """What the home screen's run-day button does now."""
    if state is DayState.OUT_RUNNING:
        return RUN_DAY_RUNNING
    if state is DayState.COOLING_DOWN:
        return RUN_DAY_COOL_DOWN
    if state is DayState.SHORT_WARM_UP:
        return RUN_DAY_SHORT
    return RUN_DAY_START


LATER_TITLE = "How are your knees?"
LATER_QUESTION = ("It is two hours since your cool-down. How do your knees feel now, from 0 "
                  "(no pain) to 10? If they hurt more than before your run, take it easier "
                  "next time.")


# The length chooser: "as written", then these minutes.
LENGTH_CHOICES = (4, 6, 8, 10, 12, 15, 20)


def elapsed_text(seconds: int) -> str:
    """0:42, 31:05, 1:02:09."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def length_label(minutes: int | None) -> str:
    return "As written" if minutes is None else f"{minutes} min"
