"""The knee-check bands and the words of the safety screens."""

from __future__ import annotations

import pytest

from coach.app.advice import KneeBand, knee_advice, knee_band
from coach.app.window_words import (
    about_minutes,
    clock_text,
    disclaimer,
    duration_text,
    safety_plain_text,
    safety_sections,
)


@pytest.mark.parametrize(("score", "band"), [
    (0, KneeBand.GO), (3, KneeBand.GO), (4, KneeBand.EASY), (5, KneeBand.EASY),
    (6, KneeBand.REST), (10, KneeBand.REST),
])
def test_bands(score, band):
    assert knee_band(score) is band


def test_scores_outside_0_to_10_are_refused():
    for score in (-1, 11):
        with pytest.raises(ValueError):
            knee_band(score)


def test_the_middle_band_offers_the_gentle_warm_up_and_a_walk_jog():
    text = knee_advice(4).text.lower()
    assert "gentle warm-up" in text and "walk" in text


def test_the_high_band_advises_skipping_the_run():
    advice = knee_advice(7)
    assert "skip the run" in advice.title.lower()
    assert "walk" in advice.text.lower()


def test_the_safety_signs_cover_the_urgent_ones():
    text = safety_plain_text().lower()
    for sign in ("weight", "swollen", "locks or gives way", "sharp", "limp", "two hours",
                 "hot", "fever"):
        assert sign in text
    assert disclaimer() in safety_plain_text()
    assert safety_sections()[0][0].startswith("Get help the same day")


def test_disclaimer_is_one_plain_line():
    assert "\n" not in disclaimer()
    assert disclaimer().startswith("Limber is a coach, not medical advice")


def test_time_formats():
    assert [clock_text(s) for s in (0, 5, 59, 60, 90, 600)] == ["0", "5", "59", "1:00", "1:30",
                                                                  "10:00"]
    assert [duration_text(s) for s in (45, 60, 270, 3900)] == ["45 s", "1 min", "4 min 30 s",
                                                                "1 h 5 min"]
    assert about_minutes(370) == "6 min"
    assert about_minutes(40) == "40 s"
