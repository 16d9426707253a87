"""Knee scores: the 0–10 scale, its bands, and when knees count as worse. One home for each.

The bands (0–3 go ahead, 4–5 take it easy, 6+ skip the run) are a product choice, not a
clinical guideline; they live here, in one table, so they are easy to find and to change. The
check-in screens (``coach.app.advice``) and the history's advice (``coach.storage.history``)
both read them from here.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

SCORES: Final = range(11)


class KneeBand(StrEnum):
    GO = "go"
    EASY = "easy"
    REST = "rest"


# The upper score of each band, in order.
BANDS: Final[tuple[tuple[int, KneeBand], ...]] = (
    (3, KneeBand.GO), (5, KneeBand.EASY), (10, KneeBand.REST),
)

# The lowest score of the "skip the run" band: two check-ins this high in a row mean the
# history shows the stop-and-seek-advice signs.
HIGH_KNEE_SCORE: Final = next(upper for upper, band in BANDS if band is KneeBand.EASY) + 1


def knee_band(score: int) -> KneeBand:
    if score not in SCORES:
        raise ValueError(f"a knee score is 0 to 10, not {score}")
    return next(band for upper, band in BANDS if score <= upper)


def knees_got_worse(before: int, after: int) -> bool:
    """After the run the knees hurt more than before it: go easier next time.

    Any rise counts (the scale is coarse and self-reported; a one-point rise is still what
    the runner said)."""
    return after > before
