"""The pre-run knee check: which band a 0–10 score falls in, and what Limber says about it.

The bands (0–3 go ahead, 4–5 take it easy, 6+ skip the run) are a product choice, not a
clinical guideline; they live here, in one table, so they are easy to find and to change.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

SCORES = range(11)


class KneeBand(StrEnum):
    GO = "go"
    EASY = "easy"
    REST = "rest"


@dataclass(frozen=True, slots=True)
class Advice:
    band: KneeBand
    title: str
    text: str


# The upper score of each band, in order.
BANDS: tuple[tuple[int, KneeBand], ...] = (
    (3, KneeBand.GO), (5, KneeBand.EASY), (10, KneeBand.REST),
)

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


def knee_band(score: int) -> KneeBand:
    if score not in SCORES:
        raise ValueError(f"a knee score is 0 to 10, not {score}")
    return next(band for upper, band in BANDS if score <= upper)


def knee_advice(score: int) -> Advice:
    return ADVICE[knee_band(score)]
