"""What Limber says about a knee score: before a run (by band) and after one.

The bands themselves, and when knees count as worse, are in :mod:`coach.core.knee_scale`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coach.app.window_words import CHECK_AGAIN, GO_EASIER
from coach.core.knee_scale import SCORES, KneeBand, knee_band, knees_got_worse

__all__ = ["ADVICE", "SCORES", "Advice", "Choice", "KneeBand", "Offer", "after_run_reply",
           "checkin_offers", "knee_advice", "knee_band"]


@dataclass(frozen=True, slots=True)
class Advice:
    band: KneeBand
    title: str
    text: str


ADVICE: dict[KneeBand, Advice] = {
    KneeBand.GO: Advice(
        KneeBand.GO, "Good to go",
        "Warm up as planned and enjoy the run.",
    ),
    KneeBand.EASY: Advice(
        KneeBand.EASY, "Take it easy today",
        "Try the gentle warm-up, then a walk–jog: run a minute, walk a minute, "
        "and keep to flat, soft ground. Stop if the pain builds.",
    ),
    KneeBand.REST: Advice(
        KneeBand.REST, "Best to skip the run today",
        "Give your knees a rest from running. Gentle mobility or an easy walk keeps them "
        "moving without the pounding. If the pain stays, get it checked.",
    ),
}


def knee_advice(score: int) -> Advice:
    return ADVICE[knee_band(score)]


def after_run_reply(score: int, before: int | None, *, ran: bool, extra: str = "") -> str:
    """What the finish screen says to the knee score after a cool-down. ``before``: the
    score before this run day's warm-up (None when there was none: an ordinary cool-down
    follows no known run); ``ran``: the runner went out between ("I didn't run": no);
    ``extra``: the history's own advice, if it says something this reply does not.

    Each thing is said once, and only what the day supports: a comparison names the run
    only when there was one, and "go easier" comes once, from the comparison or the reminder.
    """
    said = [f"You said {score} out of 10."]
    since = "your run" if ran else "your warm-up"
    worse = before is not None and knees_got_worse(before, score)
    if before is not None:
        said.append(f"That is more than before {since} ({before}). {GO_EASIER}" if worse
                    else f"Before {since} it was {before}.")
    if extra:
        said.append(extra)
    said.append(CHECK_AGAIN)
    if ran and not worse:
        said.append(f"If your knees hurt more then than before the run, {GO_EASIER[0].lower()}"
                    f"{GO_EASIER[1:]}")
    return " ".join(said)


class Choice(StrEnum):
    PLANNED = "planned"  # the routine the user picked
    GENTLE = "gentle"  # the gentle warm-up instead
    HOME = "home"  # not today


@dataclass(frozen=True, slots=True)
class Offer:
    text: str  # the button's words
    choice: Choice
    primary: bool  # the default button (Enter)


def checkin_offers(band: KneeBand, planned: str, gentle: str | None) -> tuple[Offer, ...]:
    """The buttons under the advice, for the routine ``planned`` and the ``gentle`` warm-up
    (None when there is none, or it is the one planned). Each one keeps the score: "Rest
    today" goes home with it, where the screen's own Back goes home without it."""
    if band is KneeBand.GO:
        return (Offer(f"Start the {planned}", Choice.PLANNED, True),)
    if band is KneeBand.EASY:
        if gentle:
            return (Offer(f"Start the {gentle}", Choice.GENTLE, True),
                    Offer(f"Keep the {planned}", Choice.PLANNED, False))
        return (Offer(f"Start the {planned}", Choice.PLANNED, True),)
    rest = Offer("Rest today", Choice.HOME, not gentle)
    if gentle:
        return (Offer(f"Do the {gentle} instead", Choice.GENTLE, True), rest,
                Offer("Warm up anyway", Choice.PLANNED, False))
    return (rest, Offer("Warm up anyway", Choice.PLANNED, False))
