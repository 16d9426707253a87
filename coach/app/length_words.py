""""I have N minutes" on home: the choices, their labels, and what the choice did and why.

A routine that cannot be done safely in the time asked runs in its shortest safe version; the
chooser says so beside itself, rather than quietly starting something longer.
"""

from __future__ import annotations

from coach.app.window_words import about_minutes
from coach.core.language.current_language import translate
from coach.core.plan.fit_length import Fit

# The length chooser: "as written", then these minutes.
LENGTH_CHOICES = (4, 6, 8, 10, 12, 15, 20)


def length_label(minutes: int | None) -> str:
    return translate("LengthWords", "As written") if minutes is None else \
        translate("WindowWords", "{min} min", "minutes").format(min=minutes)


def length_note(fit: Fit | None) -> str:
    """What the chosen length does to the selected routine ("" with no length chosen)."""
    if fit is None:
        return ""
    name, asked, got = fit.routine.name, about_minutes(fit.asked), about_minutes(fit.seconds)
    if not fit.fits:
        return translate("LengthWords", "{routine} takes {time} at the least: {asked} is "
                                        "too short to do it safely, so its shortest safe "
                                        "version runs.").format(
            routine=name, time=got, asked=asked)
    if fit.asked > fit.longest:
        return translate("LengthWords", "{routine} takes {time} at the most, without going past "
                                        "its holds and doses.").format(routine=name, time=got)
    if fit.left_out:
        return translate("LengthWords", "{routine} fitted to {time}, leaving out {steps}.").format(
            routine=name, time=got, steps=", ".join(fit.left_out))
    return translate("LengthWords", "{routine} fitted to {time}.").format(routine=name, time=got)
