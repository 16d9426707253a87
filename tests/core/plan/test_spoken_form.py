"""Written words as the voice gets them: the pronunciation table, and symbols as words."""

from __future__ import annotations

import pytest

from coach.core.plan.spoken_form import merged, voice_form

TABLE = (("Sit-to-stand", "Sit down and stand up"), ("Ankle circles", "Circle your ankles"))


@pytest.mark.parametrize(("written", "said"), [
    ("Next up, Sit-to-stand.", "Next up, Sit down and stand up."),
    ("Next up, sit-to-stand.", "Next up, sit down and stand up."),  # the case it replaces
    ("First, Ankle circles. Then Sit-to-stand.",
     "First, Circle your ankles. Then Sit down and stand up."),
    ("Sit-to-stands.", "Sit-to-stands."),  # whole words only
    ("Half sit-to-stand-ups.", "Half sit-to-stand-ups."),
    ("Calf stretch.", "Calf stretch."),
])
def test_the_table_replaces_whole_words_in_any_case(written: str, said: str) -> None:
    assert voice_form(written, TABLE) == said
    assert voice_form(said, TABLE) == said  # said twice, said the same


@pytest.mark.parametrize(("written", "said"), [
    ("Hips & hamstrings", "Hips and hamstrings"),
    ("Breathe in/out slowly.", "Breathe in or out slowly."),
    ("Left / right.", "Left or right."),
    ("Ease off 10%.", "Ease off 10 percent."),
    ("Squat + hold.", "Squat plus hold."),
    ("Hips (gently) now.", "Hips, gently, now."),
    ("Bridges [easy].", "Bridges, easy."),
    ("(Optional) Walk.", "Optional, Walk."),
    ("Walk {slowly}", "Walk, slowly"),
])
def test_symbols_a_user_types_are_said_as_words(written: str, said: str) -> None:
    assert voice_form(written) == said


def test_tables_merge_a_later_entry_winning_in_place() -> None:
    mine = (("ankle circles", "Ankle rolls"), ("Q-angle", "queue angle"))
    assert merged(TABLE, mine) == (("Sit-to-stand", "Sit down and stand up"),
                                   ("Ankle circles", "Ankle rolls"), ("Q-angle", "queue angle"))
