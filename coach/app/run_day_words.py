"""What the run day says: home's run-day button, the Go run screen and its questions, the
finish screen's word on a day left short, the later knee check. Decided here, from the day's
state (:mod:`coach.app.day_flow`), so the window only shows it and the tests read it.

Every step names what comes next and offers a way on and a way out, and nothing ends a day
without the runner saying so.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coach.app.day_flow import DayState
from coach.core.plan.plan_words import KNEE_FLARE


class DayAction(StrEnum):
    """What a run-day button does; the window carries it out."""

    START = "start"  # "Start my run day": the knee check, then the warm-up
    GO = "go"  # after a short warm-up: go run all the same
    WARM_UP_AGAIN = "warm-up-again"
    BACK = "back"  # "I'm back": the cool-down
    NO_RUN = "no-run"  # "I didn't run": the cool-down all the same
    COOL_DOWN = "cool-down"  # the cool-down (again)
    END = "end"  # "End the run day"


@dataclass(frozen=True, slots=True)
class Offer:
    text: str
    action: DayAction


@dataclass(frozen=True, slots=True)
class Card:
    """Home's run-day button: what it does (``heading``, ``action``), what will run
    (``detail``), and the other ways on or out while a day is open (``others``)."""

    heading: str
    detail: str
    action: DayAction
    others: tuple[Offer, ...] = ()


@dataclass(frozen=True, slots=True)
class Named:
    """A routine as home names it: "Standard warm-up, 10 min"."""

    name: str
    time: str

    def __str__(self) -> str:
        return f"{self.name}, {self.time}" if self.time else self.name


RUN_DAY_START = "Start my run day"
RUN_DAY_BACK = "Back from your run? Cool down now"
RUN_DAY_COOL_DOWN = "Finish your run day: cool down"
RUN_DAY_SHORT = "Go on with your run day: go run"
END_DAY = "End the run day"
I_DIDNT_RUN = "I didn't run"
WARM_UP_AGAIN = "Warm up again"

UNFINISHED_DAY = (f"Your run day is not finished: \u201c{RUN_DAY_BACK}\u201d at the top of "
                  "home starts the cool-down.")


def percent(fraction: float) -> str:
    return f"{round(max(0.0, min(1.0, fraction)) * 100)} %"


def run_day_card(state: DayState, warm_up: Named | None, cool_down: Named | None, *,
                 knee_check: bool, short_fraction: float = 0.0) -> Card:
    """Home's run-day button for the day as it stands, naming exactly what will run."""
    cool = str(cool_down) if cool_down else "no cool-down found"
    end = Offer(END_DAY, DayAction.END)
    if state is DayState.OUT_RUNNING:
        return Card(RUN_DAY_BACK, f"Next: {cool}, then how your knees feel.", DayAction.BACK,
                    (Offer(I_DIDNT_RUN, DayAction.NO_RUN), end))
    if state is DayState.COOLING_DOWN:
        return Card(RUN_DAY_COOL_DOWN, f"Next: {cool}, then how your knees feel.",
                    DayAction.COOL_DOWN, (end,))
    if state is DayState.SHORT_WARM_UP:
        return Card(RUN_DAY_SHORT,
                    f"Your warm-up stopped at {percent(short_fraction)}. Go run now, then "
                    f"{cool}; or warm up again.", DayAction.GO,
                    (Offer(WARM_UP_AGAIN, DayAction.WARM_UP_AGAIN), end))
    steps = (["knee check"] if knee_check else []) + \
        [str(warm_up) if warm_up else "no warm-up found", "your run", cool]
    detail = " · ".join(steps)
    return Card(RUN_DAY_START, detail[0].upper() + detail[1:], DayAction.START)


# -- Go run ---------------------------------------------------------------------------------

GO_RUN_TITLE = "Go run"
SINCE_WARM_UP = "since your warm-up"
FLARE_UP = (f"{KNEE_FLARE} If it keeps hurting, walk home and give it a rest; "
            "press I'm back when you are, and cool down.")
GO_RUN_KEYS = "Enter: I'm back · Esc: end the run day"


@dataclass(frozen=True, slots=True)
class Question:
    """A question on the Go run screen: its words and its answers (the first is Enter's;
    Esc always keeps going, which is no answer at all)."""

    title: str
    text: str
    answers: tuple[Offer, ...]


END_QUESTION = Question(
    "End the run day?",
    "Your warm-up stays in your history; the run and the cool-down are not done today.",
    (Offer(END_DAY, DayAction.END),))
NO_RUN_QUESTION = Question(
    "No run today?",
    "The cool-down still does your legs good after the warm-up. Or end the day here.",
    (Offer("Cool down now", DayAction.NO_RUN), Offer(END_DAY, DayAction.END)))
KEEP_GOING = "Keep going"


def elapsed_text(seconds: int) -> str:
    """0:42, 31:05, 1:02:09."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def run_words(seconds: int | None) -> str:
    """The run as a finish screen or History says it ("Your run: 31:05")."""
    return "No run" if seconds is None else f"Your run: {elapsed_text(seconds)}"


# -- the finish screen, on a day left short ---------------------------------------------------

@dataclass(frozen=True, slots=True)
class Panel:
    text: str
    offers: tuple[Offer, ...]  # the first is the default


def finish_panel(state: DayState, fraction: float) -> Panel | None:
    """What the finish screen says when a run day's routine stopped short (None: it did
    not, or it is no run day's): what happened, and the ways on."""
    end = Offer(END_DAY, DayAction.END)
    if state is DayState.SHORT_WARM_UP:
        return Panel(f"Your warm-up stopped at {percent(fraction)}, so your run day is "
                     "waiting: go run now, warm up again, or end the day.",
                     (Offer("Go run now", DayAction.GO),
                      Offer(WARM_UP_AGAIN, DayAction.WARM_UP_AGAIN), end))
    if state is DayState.COOLING_DOWN:
        return Panel(f"Your cool-down stopped at {percent(fraction)}, so your run day is not "
                     "finished: cool down again, or end the day.",
                     (Offer("Cool down again", DayAction.COOL_DOWN), end))
    return None


# -- the later check ------------------------------------------------------------------------

LATER_TITLE = "How are your knees?"
LATER_QUESTION = ("It's two hours since your cool-down. How do your knees feel now, from 0 "
                  "(no pain) to 10? If they hurt more than before your run, take it easier "
                  "next time.")
