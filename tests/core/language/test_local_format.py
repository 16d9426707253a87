"""Numbers and dates in the language's own style, with no Qt."""

from __future__ import annotations

from datetime import datetime

from coach.core.language.current_language import set_language
from coach.core.language.local_format import day_text, number_text, short_day_text, when_text

MOMENT = datetime(2026, 12, 6, 7, 5)  # a Sunday


def test_english_is_as_it_always_was():
    assert when_text(MOMENT) == MOMENT.strftime("%a %d %b %Y, %H:%M")
    assert day_text(MOMENT) == MOMENT.strftime("%a %d %b")
    assert short_day_text(MOMENT) == MOMENT.strftime("%d %b")
    assert number_text(0.5) == "0.5"


def test_german_and_spanish():
    set_language("de")
    assert (when_text(MOMENT), number_text(1.25, 2)) == ("So., 6. Dez. 2026, 07:05", "1,25")
    set_language("es")
    assert (when_text(MOMENT), day_text(MOMENT)) == ("dom 6 dic 2026, 7:05", "dom 6 dic")
