"""What Limber says about a knee score: before a run (by band) and after one.

The bands themselves, and when knees count as worse, are in :mod:`coach.core.knee_scale`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coach.app.window_words import CHECK_AGAIN, KNEE_LATER
from coach.core.knee_scale import SCORES, KneeBand, knee_band, knees_got_worse

__all__ = ["ADVICE", "SCORES", "STARTS_AT_ONCE", "Advice", "Choice", "KneeBand", "Offer",
           "after_run_reply", "checkin_offers", "knee_advice", "knee_band"]


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


def after_run_reply(score: int, before: int | None, advice: str = "") -> str:
    """What the finish screen says to the knee score after a cool-down, given the score
    before this run (None when there was no check before it) and the history's ``advice``
    for it, if any. Each piece of advice is said once: knees worse than before get "go
    easier" in one sentence, not in the comparison, the general reminder and the advice."""
    said = f"You said {score} out of 10."
    if before is not None and knees_got_worse(before, score):
        easier = advice or "Take it easier next time: shorter, slower or flatter."
        return f"{said} That is more than before your run ({before}). {easier} {CHECK_AGAIN}"
    comparison = f" Before your run it was {before}." if before is not None else ""
    extra = f" {advice}" if advice else ""
    return f"{said}{comparison} {KNEE_LATER}{extra}"


class Choice(StrEnum):
    PLANNED = "planned"  # the routine the user picked
    GENTLE = "gentle"  # the gentle warm-up instead
    HOME = "home"  # not today


@dataclass(frozen=True, slots=True)
class Offer:
    text: str  # the button's words
    choice: Choice
    primary: bool  # the default button (Enter)


# Scores in this band start the routine at once: there is nothing to weigh up.
STARTS_AT_ONCE = frozenset({KneeBand.GO})


def checkin_offers(band: KneeBand, planned: str, gentle: str | None) -> tuple[Offer, ...]:
    """The buttons under the advice, for the routine ``planned`` and the ``gentle`` warm-up
    (None when there is none, or it is the one planned). Going back is the screen's own Back,
    never a second button here."""
    if band is KneeBand.GO:
        return (Offer(f"Start the {planned}", Choice.PLANNED, True),)
    if band is KneeBand.EASY:
        if gentle:
            return (Offer(f"Start the {gentle}", Choice.GENTLE, True),
                    Offer(f"Keep the {planned}", Choice.PLANNED, False))
        return (Offer(f"Start the {planned}", Choice.PLANNED, True),)
    if gentle:
        return (Offer(f"Do the {gentle} instead", Choice.GENTLE, True),
                Offer("Warm up anyway", Choice.PLANNED, False))
    return (Offer("Warm up anyway", Choice.PLANNED, False),)
