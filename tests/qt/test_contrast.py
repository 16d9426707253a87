"""Every text role reads in both themes (WCAG AA), and the state colours work for colour-blind
eyes."""

from __future__ import annotations

from itertools import combinations

import pytest
from PySide6.QtGui import QColor, QPalette

from coach.app.state_colours import STOP_PANEL, TONE_COLOURS
from coach.qt.history_view import CONTEXT_COLOURS
from coach.qt.theme import GENTLE_COLOUR, dark_palette, light_palette
from tests.qt.colour_maths import (
    CVD_MATRICES,
    LARGE_TEXT,
    NORMAL_TEXT,
    colour_distance,
    contrast_ratio,
    parse_hex,
    simulate,
)

R = QPalette.ColorRole
# (text role, background role): every pairing the screens draw text with.
TEXT_ON = [
    (R.WindowText, R.Window), (R.Text, R.Base), (R.Text, R.AlternateBase),
    (R.ButtonText, R.Button), (R.HighlightedText, R.Highlight),
    (R.ToolTipText, R.ToolTipBase), (R.PlaceholderText, R.Base),
    (R.PlaceholderText, R.Window), (R.Link, R.Base), (R.Link, R.Window),
]
PALETTES = {"light": light_palette, "dark": dark_palette}


def _rgb(colour: QColor) -> tuple[float, float, float]:
    return (colour.redF(), colour.greenF(), colour.blueF())


@pytest.mark.parametrize("theme", PALETTES)
@pytest.mark.parametrize(("text", "background"), TEXT_ON, ids=lambda r: r.name)
def test_every_text_role_passes_aa(theme, text, background):
    palette = PALETTES[theme]()
    ratio = contrast_ratio(_rgb(palette.color(text)), _rgb(palette.color(background)))
    assert ratio >= NORMAL_TEXT, f"{theme}: {text.name} on {background.name} is {ratio:.2f}:1"


@pytest.mark.parametrize("theme", PALETTES)
def test_the_focus_ring_and_chart_marks_stand_out(theme):
    palette = PALETTES[theme]()
    for role in (R.Window, R.Base):
        background = _rgb(palette.color(role))
        assert contrast_ratio(_rgb(palette.color(R.Highlight)), background) >= LARGE_TEXT
        for code in CONTEXT_COLOURS.values():
            assert contrast_ratio(parse_hex(code), background) >= LARGE_TEXT, (theme, code)


def test_text_on_every_state_colour_passes_aa():
    for tone, colours in TONE_COLOURS.items():
        ratio = contrast_ratio(parse_hex(colours.text), parse_hex(colours.fill))
        assert ratio >= NORMAL_TEXT, f"{tone}: {ratio:.2f}:1"
    assert contrast_ratio(parse_hex("#ffffff"), parse_hex(GENTLE_COLOUR)) >= NORMAL_TEXT


@pytest.mark.parametrize("vision", [None, *CVD_MATRICES])
def test_state_colours_stay_apart_for_colour_blind_eyes(vision):
    def seen(code: str) -> tuple[float, float, float]:
        rgb = parse_hex(code)
        return simulate(rgb, vision) if vision else rgb

    for (a, ca), (b, cb) in combinations(TONE_COLOURS.items(), 2):
        distance = colour_distance(seen(ca.fill), seen(cb.fill))
        assert distance >= 20, f"{vision}: {a} and {b} only {distance:.1f} apart"
    # and each differs from both themes' own background (the "no side" state)
    for palette in (light_palette(), dark_palette()):
        window = palette.color(R.Window).name()
        for tone, colours in TONE_COLOURS.items():
            assert colour_distance(seen(colours.fill), seen(window)) >= 20, (vision, tone)


def test_the_simulation_is_not_the_identity():
    red, green = parse_hex("#d62728"), parse_hex("#2ca02c")
    assert colour_distance(red, green) > 60
    assert colour_distance(simulate(red, "deuteranopia"), simulate(green, "deuteranopia")) < 40


@pytest.mark.parametrize("vision", [None, *CVD_MATRICES])
def test_the_stop_question_has_a_colour_of_its_own(vision):
    def seen(code: str) -> tuple[float, float, float]:
        rgb = parse_hex(code)
        return simulate(rgb, vision) if vision else rgb

    assert contrast_ratio(parse_hex(STOP_PANEL.text), parse_hex(STOP_PANEL.fill)) >= NORMAL_TEXT
    # It shows on the paused screen, beside a side's band: apart from every state colour.
    for tone, colours in TONE_COLOURS.items():
        distance = colour_distance(seen(STOP_PANEL.fill), seen(colours.fill))
        assert distance >= 20, f"{vision}: the stop panel and {tone} only {distance:.1f} apart"


@pytest.mark.parametrize("theme", PALETTES)
def test_editor_problems_and_warnings_read_in_both_themes(theme):
    from coach.qt.theme import PROBLEM_FIELD, PROBLEM_TEXT, WARNING_TEXT

    palette = PALETTES[theme]()
    for code in (PROBLEM_TEXT[theme], WARNING_TEXT[theme]):
        for role in (R.Window, R.Base):
            ratio = contrast_ratio(parse_hex(code), _rgb(palette.color(role)))
            assert ratio >= NORMAL_TEXT, f"{theme}: {code} on {role.name} is {ratio:.2f}:1"
    # typing in a field marked as having a problem still reads
    field = parse_hex(PROBLEM_FIELD[theme])
    assert contrast_ratio(_rgb(palette.color(R.Text)), field) >= NORMAL_TEXT
    assert contrast_ratio(_rgb(palette.color(R.PlaceholderText)), field) >= NORMAL_TEXT
    # and the problem's colour is not the link colour (it was: errors looked like links)
    assert PROBLEM_TEXT[theme] != palette.color(R.Link).name()
