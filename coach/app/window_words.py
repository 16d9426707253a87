"""Words the window shows, and how it writes times. Kept apart so they read as one voice.

No Qt here: the safety copy and the formats are checked by plain tests.
"""

from __future__ import annotations

import math

from coach.core.language.current_language import QT_TRANSLATE_NOOP, translate


def disclaimer() -> str:
    return translate("WindowWords", "Limber is a coach, not medical advice: if something hurts, "
                                    "stop, and ask a doctor or physiotherapist.")


def refuel_title() -> str:
    return translate("WindowWords", "Refuel")


def refuel() -> str:
    return translate("WindowWords", "Drink some water now, and keep sipping through the day. Have "
                                    "something with protein soon: a meal or a shake (about 20 g "
                                    "is plenty for most people).")


def check_again() -> str:
    return translate("WindowWords", "Check again in about two hours.")


def go_easier() -> str:
    return translate("WindowWords", "Go easier next time: shorter, slower or flatter.")


def safety_title() -> str:
    return translate("WindowWords", "When to stop and get advice")


# Grouped by how soon to act, so the urgent signs are not lost among the milder ones.
SAFETY_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("WindowWords", "Get help the same day if"), (
        QT_TRANSLATE_NOOP("WindowWords", "you cannot put weight on the leg"),
        QT_TRANSLATE_NOOP("WindowWords", "the joint is badly swollen"),
        QT_TRANSLATE_NOOP("WindowWords", "the knee locks or gives way"),
        QT_TRANSLATE_NOOP("WindowWords", "the joint is hot and red and you feel feverish"),
    )),
    (QT_TRANSLATE_NOOP("WindowWords", "Stop, and see a doctor or physiotherapist if you have"), (
        QT_TRANSLATE_NOOP("WindowWords", "sharp or stabbing pain"),
        QT_TRANSLATE_NOOP("WindowWords", "a limp"),
        QT_TRANSLATE_NOOP("WindowWords", "pain that lasts more than two hours, or is worse at "
                                         "night"),
        QT_TRANSLATE_NOOP("WindowWords", "swelling that keeps growing, or a joint that is hot "
                                         "or red"),
    )),
    (QT_TRANSLATE_NOOP("WindowWords", "Ease off next time if"), (
        QT_TRANSLATE_NOOP("WindowWords", "the joint hurts more two hours after exercise than it "
                                         "did before: do less, or go gentler"),
    )),
    (QT_TRANSLATE_NOOP("WindowWords", "For a sore joint"), (
        QT_TRANSLATE_NOOP("WindowWords", "rest it for two or three days"),
        QT_TRANSLATE_NOOP("WindowWords", "use ice wrapped in a cloth for about 15 minutes, every "
                                         "two to three hours"),
        QT_TRANSLATE_NOOP("WindowWords", "if pain comes on during a run, drop to an easy jog or "
                                         "a brisk walk"),
    )),
)


def safety_sections() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The safety signs in the active language."""
    return tuple((translate("WindowWords", heading),
                  tuple(translate("WindowWords", item) for item in items))
                 for heading, items in SAFETY_SECTIONS)


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
        return translate("WindowWords", "{s} s", "seconds").format(s=whole)
    minutes, secs = divmod(whole, 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return translate("WindowWords", "{h} h {min} min").format(h=hours, min=minutes) if minutes \
            else translate("WindowWords", "{h} h", "hours").format(h=hours)
    return translate("WindowWords", "{min} min {s} s").format(min=minutes, s=secs) if secs \
        else translate("WindowWords", "{min} min", "minutes").format(min=minutes)


def about_minutes(seconds: float) -> str:
    """A routine's length on the home screen: ``about 6 min`` (or ``45 s`` when short)."""
    if seconds < 60:
        return duration_text(seconds)
    return translate("WindowWords", "{min} min", "minutes").format(min=max(1, round(seconds / 60)))


def safety_plain_text() -> str:
    """The safety signs as plain text (for the clipboard and for screen readers)."""
    lines = []
    for heading, items in safety_sections():
        lines.append(f"{heading}:")
        lines += [f"  - {item}" for item in items]
    lines.append("")
    lines.append(disclaimer())
    return "\n".join(lines)
