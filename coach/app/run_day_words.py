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
from coach.core.language.current_language import translate
from coach.core.plan.plan_words import knee_flare


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




def run_day_start() -> str:
    return translate("RunDayWords", "Start my run day")


def run_day_back() -> str:
    return translate("RunDayWords", "Back from your run? Cool down now")


def run_day_cool_down() -> str:
    return translate("RunDayWords", "Finish your run day: cool down")


def run_day_short() -> str:
    return translate("RunDayWords", "Go on with your run day: go run")


def end_day() -> str:
    return translate("RunDayWords", "End the run day")


def i_didnt_run() -> str:
    return translate("RunDayWords", "I didn't run")


def warm_up_again() -> str:
    return translate("RunDayWords", "Warm up again")


def unfinished_day() -> str:
    return translate("RunDayWords", "Your run day is not finished: “{button}” at the top of home "
                                    "starts the cool-down.").format(button=run_day_back())


def percent(fraction: float) -> str:
    return translate("RunDayWords", "{n} %", "a percentage").format(
        n=round(max(0.0, min(1.0, fraction)) * 100))


def run_day_card(state: DayState, warm_up: Named | None, cool_down: Named | None, *,
                 knee_check: bool, short_fraction: float = 0.0) -> Card:
    """Home's run-day button for the day as it stands, naming exactly what will run."""
    cool = str(cool_down) if cool_down else translate("RunDayWords", "no cool-down found")
    end = Offer(end_day(), DayAction.END)
    next_cool = translate("RunDayWords", "Next: {cool_down}, then how your knees feel.").format(
        cool_down=cool)
    if state is DayState.OUT_RUNNING:
        return Card(run_day_back(), next_cool, DayAction.BACK,
                    (Offer(i_didnt_run(), DayAction.NO_RUN), end))
    if state is DayState.COOLING_DOWN:
        return Card(run_day_cool_down(), next_cool, DayAction.COOL_DOWN, (end,))
    if state is DayState.SHORT_WARM_UP:
        return Card(run_day_short(),
                    translate("RunDayWords", "Your warm-up stopped at {percent}. Go run now, then "
                                 "{cool_down}; or warm up again.").format(
                        percent=percent(short_fraction), cool_down=cool), DayAction.GO,
                    (Offer(warm_up_again(), DayAction.WARM_UP_AGAIN), end))
    steps = ([translate("RunDayWords", "knee check")] if knee_check else []) + \
        [str(warm_up) if warm_up else translate("RunDayWords", "no warm-up found"), translate(
            "RunDayWords", "your run"),
         cool]
    detail = " · ".join(steps)
    return Card(run_day_start(), detail[0].upper() + detail[1:], DayAction.START)


# -- Go run ---------------------------------------------------------------------------------

def go_run_title() -> str:
    return translate("RunDayWords", "Go run")


def since_warm_up() -> str:
    return translate("RunDayWords", "since your warm-up")


def flare_up() -> str:
    return knee_flare() + " " + translate("RunDayWords", "If it keeps hurting, walk home and give "
                                                         "it a rest; press I'm back when you are, "
                                                         "and cool down.")


def go_run_keys() -> str:
    return translate("RunDayWords", "Enter: I'm back · Esc: end the run day")


@dataclass(frozen=True, slots=True)
class Question:
    """A question on the Go run screen: its words and its answers (the first is Enter's;
    Esc always keeps going, which is no answer at all)."""

    title: str
    text: str
    answers: tuple[Offer, ...]


def end_question() -> Question:
    return Question(
        translate("RunDayWords", "End the run day?"),
        translate("RunDayWords", "Your warm-up stays in your history; the run and the cool-down "
                                 "are not done today."),
        (Offer(end_day(), DayAction.END),))


def no_run_question() -> Question:
    return Question(
        translate("RunDayWords", "No run today?"),
        translate("RunDayWords", "The cool-down still does your legs good after the warm-up. Or "
                                 "end the day here."),
        (Offer(translate("RunDayWords", "Cool down now"), DayAction.NO_RUN),
         Offer(end_day(), DayAction.END)))


def keep_going() -> str:
    return translate("RunDayWords", "Keep going")


def elapsed_text(seconds: int) -> str:
    """0:42, 31:05, 1:02:09."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def run_words(seconds: int | None) -> str:
    """The run as a finish screen or History says it ("Your run: 31:05")."""
    return translate("RunDayWords", "No run") if seconds is None else \
        translate("RunDayWords", "Your run: {time}").format(time=elapsed_text(seconds))


# -- the finish screen, on a day left short ---------------------------------------------------

@dataclass(frozen=True, slots=True)
class Panel:
    text: str
    offers: tuple[Offer, ...]  # the first is the default


def finish_panel(state: DayState, fraction: float) -> Panel | None:
    """What the finish screen says when a run day's routine stopped short (None: it did
    not, or it is no run day's): what happened, and the ways on."""
    end = Offer(end_day(), DayAction.END)
    if state is DayState.SHORT_WARM_UP:
        return Panel(translate("RunDayWords", "Your warm-up stopped at {percent}, so your run day "
                                              "is waiting: go run now, warm up again, or end the "
                                              "day.").format(
                         percent=percent(fraction)),
                     (Offer(translate("RunDayWords", "Go run now"), DayAction.GO),
                      Offer(warm_up_again(), DayAction.WARM_UP_AGAIN), end))
    if state is DayState.COOLING_DOWN:
        return Panel(translate("RunDayWords", "Your cool-down stopped at {percent}, so your run "
                                              "day is not finished: cool down again, or end the "
                                              "day.").format(
                         percent=percent(fraction)),
                     (Offer(translate("RunDayWords", "Cool down again"), DayAction.COOL_DOWN), end))
    return None


# -- the later check ------------------------------------------------------------------------

def later_title() -> str:
    return translate("RunDayWords", "How are your knees?")


def later_question() -> str:
    return translate("RunDayWords", "It's two hours since your cool-down. How do your knees feel "
                                    "now, from 0 (no pain) to 10? If they hurt more than before "
                                    "your run, take it easier next time.")
