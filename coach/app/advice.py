"""What Limber says about a knee score: before a run (by band) and after one.

The bands themselves, and when knees count as worse, are in :mod:`coach.core.knee_scale`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coach.app.window_words import check_again, go_easier
from coach.core.knee_scale import SCORES, KneeBand, knee_band, knees_got_worse
from coach.core.language.current_language import QT_TRANSLATE_NOOP, translate

__all__ = ["ADVICE", "SCORES", "Advice", "Choice", "KneeBand", "Offer", "after_run_reply",
           "checkin_offers", "knee_advice", "knee_band"]


@dataclass(frozen=True, slots=True)
class Advice:
    band: KneeBand
    title: str
    text: str


# In English, marked for translation: knee_advice gives them in the active language.
ADVICE: dict[KneeBand, Advice] = {
    KneeBand.GO: Advice(
        KneeBand.GO, QT_TRANSLATE_NOOP("Advice", "Good to go"),
        QT_TRANSLATE_NOOP("Advice", "Warm up as planned and enjoy the run."),
    ),
    KneeBand.EASY: Advice(
        KneeBand.EASY, QT_TRANSLATE_NOOP("Advice", "Take it easy today"),
        QT_TRANSLATE_NOOP("Advice", "Try the gentle warm-up, then a walk–jog: run a minute, "
                                    "walk a minute, and keep to flat, soft ground. Stop if the "
                                    "pain builds."),
    ),
    KneeBand.REST: Advice(
        KneeBand.REST, QT_TRANSLATE_NOOP("Advice", "Best to skip the run today"),
        QT_TRANSLATE_NOOP("Advice", "Give your knees a rest from running. Gentle mobility or an "
                                    "easy walk keeps them moving without the pounding. If the "
                                    "pain stays, get it checked."),
    ),
}


def knee_advice(score: int) -> Advice:
    english = ADVICE[knee_band(score)]
    return Advice(english.band, translate("Advice", english.title),
                  translate("Advice", english.text))


def after_run_reply(score: int, before: int | None, *, ran: bool, extra: str = "") -> str:
    """What the finish screen says to the knee score after a cool-down. ``before``: the
    score before this run day's warm-up (None when there was none: an ordinary cool-down
    follows no known run); ``ran``: the runner went out between ("I didn't run": no);
    ``extra``: the history's own advice, if it says something this reply does not.

    Each thing is said once, and only what the day supports: a comparison names the run
    only when there was one, and "go easier" comes once, from the comparison or the reminder.
    """
    said = [translate("Advice", "You said {score} out of 10.").format(score=score)]
    worse = before is not None and knees_got_worse(before, score)
    if before is not None and worse:
        said.append((translate("Advice", "That is more than before your run "
                                         "({before}).") if ran else
                     translate("Advice", "That is more than before your warm-up ({before}).")
                     ).format(before=before) + " " + go_easier())
    elif before is not None:
        said.append((translate("Advice", "Before your run it was {before}.") if ran else
                     translate("Advice", "Before your warm-up it was "
                                         "{before}.")).format(before=before))
    if extra:
        said.append(extra)
    said.append(check_again())
    if ran and not worse:
        said.append(translate("Advice", "If your knees hurt more then than before the run, go "
                                        "easier next time: shorter, slower or flatter."))
    return " ".join(said)


class Choice(StrEnum):
    PLANNED = "planned"  # the routine the user picked
    GENTLE = "gentle"  # the gentle warm-up instead
    HOME = "home"  # not today


@dataclass(frozen=True, slots=True)
class Offer:
    text: str  # the button's words
    choice: Choice
    primary: bool  # the default button (Enter)


def checkin_offers(band: KneeBand, planned: str, gentle: str | None) -> tuple[Offer, ...]:
    """The buttons under the advice, for the routine ``planned`` and the ``gentle`` warm-up
    (None when there is none, or it is the one planned). Each one keeps the score: "Rest
    today" goes home with it, where the screen's own Back goes home without it."""
    def start(name: str) -> str:
        return translate("Advice", "Start the {routine}").format(routine=name)

    if band is KneeBand.GO:
        return (Offer(start(planned), Choice.PLANNED, True),)
    if band is KneeBand.EASY:
        if gentle:
            return (Offer(start(gentle), Choice.GENTLE, True),
                    Offer(translate("Advice", "Keep the {routine}").format(routine=planned),
                          Choice.PLANNED, False))
        return (Offer(start(planned), Choice.PLANNED, True),)
    rest = Offer(translate("Advice", "Rest today"), Choice.HOME, not gentle)
    anyway = Offer(translate("Advice", "Warm up anyway"), Choice.PLANNED, False)
    if gentle:
        return (Offer(translate("Advice", "Do the {routine} instead").format(routine=gentle),
                      Choice.GENTLE, True), rest, anyway)
    return (rest, anyway)
