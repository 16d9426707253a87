"""The knee check-in's decisions: typed scores, and the buttons each band offers."""

from __future__ import annotations

import pytest

from coach.app.advice import STARTS_AT_ONCE, Choice, KneeBand, checkin_offers
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


def test_good_to_go_starts_at_once():
    assert KneeBand.GO in STARTS_AT_ONCE
    assert KneeBand.EASY not in STARTS_AT_ONCE and KneeBand.REST not in STARTS_AT_ONCE


def test_no_band_offers_a_second_way_back():
    for band in KneeBand:
        for gentle in (None, "Gentle warm-up"):
            offers = checkin_offers(band, "Standard warm-up", gentle)
            assert all(o.choice is not Choice.HOME for o in offers)
            assert sum(o.primary for o in offers) <= 1


def test_sore_knees_are_offered_the_gentle_warm_up_first():
    offers = checkin_offers(KneeBand.REST, "Standard warm-up", "Gentle warm-up")
    assert [(o.text, o.choice, o.primary) for o in offers] == [
        ("Do the Gentle warm-up instead", Choice.GENTLE, True),
        ("Warm up anyway", Choice.PLANNED, False),
    ]
