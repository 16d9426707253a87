"""The knee check-in's decisions: typed scores, and the buttons each band offers."""

from __future__ import annotations

import pytest

from coach.app.advice import Choice, KneeBand, checkin_offers
from coach.app.score_keys import ScoreKeys


@pytest.mark.parametrize(("typed", "scores"), [
    ("3", [3]), ("1", [1]), ("10", [1, 10]), ("100", [1, 10, 0]), ("110", [1, 1, 10]),
    ("x0", [0]), ("01", [0, 1]),
])
def test_typing_scores(typed, scores):
    keys = ScoreKeys()
    picked = [s for s in (keys.feed(ch) for ch in typed) if s is not None]
    assert picked == scores


def test_a_non_digit_breaks_one_then_zero():
    keys = ScoreKeys()
    assert keys.feed("1") == 1
    assert keys.feed("a") is None
    assert keys.feed("0") == 0


def test_every_band_has_one_way_on_for_enter():
    for band in KneeBand:
        for gentle in (None, "Gentle warm-up"):
            offers = checkin_offers(band, "Standard warm-up", gentle)
            assert sum(o.primary for o in offers) == 1, (band, gentle)


def test_only_the_rest_band_offers_home_and_that_keeps_the_score():
    # Back (Esc) goes home without the score; "Rest today" is a confirmed answer.
    for band in KneeBand:
        homes = [o for o in checkin_offers(band, "Standard warm-up", None)
                 if o.choice is Choice.HOME]
        assert [o.text for o in homes] == (["Rest today"] if band is KneeBand.REST else [])


def test_sore_knees_are_offered_the_gentle_warm_up_first():
    offers = checkin_offers(KneeBand.REST, "Standard warm-up", "Gentle warm-up")
    assert [(o.text, o.choice, o.primary) for o in offers] == [
        ("Do the Gentle warm-up instead", Choice.GENTLE, True),
        ("Rest today", Choice.HOME, False),
        ("Warm up anyway", Choice.PLANNED, False),
    ]
    alone = checkin_offers(KneeBand.REST, "Standard warm-up", None)
    assert [(o.text, o.primary) for o in alone] == [("Rest today", True),
                                                    ("Warm up anyway", False)]
