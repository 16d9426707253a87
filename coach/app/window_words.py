"""Words the window shows, and how it writes times. Kept apart so they read as one voice.

No Qt here: the safety copy and the formats are checked by plain tests.
"""

from __future__ import annotations

import math

DISCLAIMER = (
    "Limber is a coach, not medical advice: if something hurts, stop, "
    "and ask a doctor or physiotherapist."
)

REFUEL_TITLE = "Refuel"
REFUEL = (
    "Drink some water now, and keep sipping through the day. "
    "Have something with protein soon: a meal or a shake (about 20 g is plenty for most people)."
)

CHECK_AGAIN = "Check again in about two hours."
GO_EASIER = "Go easier next time: shorter, slower or flatter."

SAFETY_TITLE = "When to stop and get advice"
# Grouped by how soon to act, so the urgent signs are not lost among the milder ones.
SAFETY_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Get help the same day if", (
        "you cannot put weight on the leg",
        "the joint is badly swollen",
        "the knee locks or gives way",
        "the joint is hot and red and you feel feverish",
    )),
    ("Stop, and see a doctor or physiotherapist if you have", (
        "sharp or stabbing pain",
        "a limp",
        "pain that lasts more than two hours, or is worse at night",
        "swelling that keeps growing, or a joint that is hot or red",
    )),
    ("Ease off next time if", (
        "the joint hurts more two hours after exercise than it did before: "
        "do less, or go gentler",
    )),
    ("For a sore joint", (
        "rest it for two or three days",
        "use ice wrapped in a cloth for about 15 minutes, every two to three hours",
        "if pain comes on during a run, drop to an easy jog or a brisk walk",
    )),
)


def clock_text(seconds: float) -> str:
    """A countdown as shown: ``45`` under a minute, ``1:30`` from a minute up."""
    whole = max(0, math.ceil(seconds - 1e-9))
    if whole < 60:
        return str(whole)
    minutes, secs = divmod(whole, 60)
    return f"{minutes}:{secs:02d}"


def duration_text(seconds: float) -> str:
    """A length for people: ``45 s``, ``6 min``, ``4 min 30 s``, ``1 h 5 min``."""
    whole = max(0, round(seconds))
    if whole < 60:
        return f"{whole} s"
    minutes, secs = divmod(whole, 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{minutes} min {secs} s" if secs else f"{minutes} min"


def about_minutes(seconds: float) -> str:
    """A routine's length on the home screen: ``about 6 min`` (or ``45 s`` when short)."""
    if seconds < 60:
        return duration_text(seconds)
    return f"{max(1, round(seconds / 60))} min"


def safety_plain_text() -> str:
    """The safety signs as plain text (for the clipboard and for screen readers)."""
    lines = []
    for heading, items in SAFETY_SECTIONS:
        lines.append(f"{heading}:")
        lines += [f"  - {item}" for item in items]
    lines.append("")
    lines.append(DISCLAIMER)
    return "\n".join(lines)
