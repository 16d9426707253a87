"""The session screen's state colours, and the arithmetic that keeps every text readable.

The whole session screen takes the colour of what is happening (get ready, left side, right
side, switch, paused, the last three seconds), so a runner on the floor reads the state from the
corner of an eye. These are decisions, not widget details, so they live here without Qt and
are checked by plain tests (``tests/qt/colour_maths.py``): every text on every fill passes
WCAG contrast, and the two sides stay apart for the three common kinds of colour blindness.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Tone(StrEnum):
    """What the session screen's background says."""

    NEUTRAL = "neutral"  # the theme's own colours (before a session, and "no band")
    WORKING = "working"  # an exercise with no one side: a walk, a jog, both legs at once
    READY = "ready"  # the lead-in and the gaps: get into position
    LEFT = "left"
    RIGHT = "right"
    SWITCH = "switch"
    PAUSED = "paused"
    FINAL = "final"  # the last three seconds of a segment


@dataclass(frozen=True, slots=True)
class ToneColours:
    fill: str  # the window's background, "#rrggbb"
    text: str  # every text drawn on it


WHITE = "#ffffff"
INK = "#111827"

# Blue and orange are the pair that stays apart for red-green and blue-yellow colour blindness;
# the others differ from both in lightness as well as hue (a slate switch, a yellow pause, a dark
# red for the last seconds, a light lavender for a step with no side, chosen as the colour
# furthest from all the others and from both themes' backgrounds for every kind of vision).
# tests/qt/test_contrast.py holds every pair at least 20 CIE76 apart as seen with each kind of
# colour blindness.
TONE_COLOURS: dict[Tone, ToneColours] = {
    Tone.READY: ToneColours("#047857", WHITE),
    Tone.LEFT: ToneColours("#1d4ed8", WHITE),
    Tone.RIGHT: ToneColours("#c2410c", WHITE),
    Tone.SWITCH: ToneColours("#374151", WHITE),
    Tone.PAUSED: ToneColours("#fcd34d", INK),
    Tone.FINAL: ToneColours("#7f1d1d", WHITE),
    Tone.WORKING: ToneColours("#a17bc6", INK),
}

# The stop question's panel: a colour of its own, dark on the yellow of a paused screen, so the
# question is never read as part of the session's state (and stands apart from the side's band
# beside it; the same test holds it 20 apart from every fill).
STOP_PANEL = ToneColours("#581c87", WHITE)


def tone_colours(tone: Tone) -> ToneColours | None:
    """The fill and text colour for ``tone``; None keeps the theme's palette."""
    return TONE_COLOURS.get(tone)
