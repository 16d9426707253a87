"""Numbers and dates in the active language's style, without Qt (the window uses QLocale).

The style is part of the translation, so a new language needs no code here: each pattern is a
message a translator writes in its own order ("{weekday} {dd} {month}" is "{weekday}, {day}.
{month}" in German), and so are the names of the days and months and the decimal mark.
"""

from __future__ import annotations

from datetime import date, datetime

from coach.core.language.current_language import QT_TRANSLATE_NOOP, translate

WEEKDAYS = (QT_TRANSLATE_NOOP("Weekdays", "Mon"), QT_TRANSLATE_NOOP("Weekdays", "Tue"),
            QT_TRANSLATE_NOOP("Weekdays", "Wed"), QT_TRANSLATE_NOOP("Weekdays", "Thu"),
            QT_TRANSLATE_NOOP("Weekdays", "Fri"), QT_TRANSLATE_NOOP("Weekdays", "Sat"),
            QT_TRANSLATE_NOOP("Weekdays", "Sun"))
MONTHS = (QT_TRANSLATE_NOOP("Months", "Jan"), QT_TRANSLATE_NOOP("Months", "Feb"),
          QT_TRANSLATE_NOOP("Months", "Mar"), QT_TRANSLATE_NOOP("Months", "Apr"),
          QT_TRANSLATE_NOOP("Months", "May"), QT_TRANSLATE_NOOP("Months", "Jun"),
          QT_TRANSLATE_NOOP("Months", "Jul"), QT_TRANSLATE_NOOP("Months", "Aug"),
          QT_TRANSLATE_NOOP("Months", "Sep"), QT_TRANSLATE_NOOP("Months", "Oct"),
          QT_TRANSLATE_NOOP("Months", "Nov"), QT_TRANSLATE_NOOP("Months", "Dec"))


def decimal_mark() -> str:
    return translate("LocalFormat", ".", "the decimal mark: 0.5")


def number_text(value: float, places: int | None = None) -> str:
    """``0.5`` as the language writes it (``0,5`` in German and Spanish); ``places`` fixes
    the digits after the mark, else the shortest form (as ``{:g}``)."""
    text = f"{value:.{places}f}" if places is not None else f"{value:g}"
    return text.replace(".", decimal_mark())


def _parts(moment: date) -> dict[str, str]:
    parts = {"weekday": translate("Weekdays", WEEKDAYS[moment.weekday()]),
             "month": translate("Months", MONTHS[moment.month - 1]),
             "day": str(moment.day), "dd": f"{moment.day:02d}", "year": str(moment.year)}
    if isinstance(moment, datetime):
        parts["time"] = time_text(moment)
    return parts


def time_text(moment: datetime) -> str:
    return translate("LocalFormat", "{hh}:{mm}", "a time of day").format(
        hh=f"{moment.hour:02d}", h=str(moment.hour), mm=f"{moment.minute:02d}")


def day_text(moment: date) -> str:
    """A day in a list: ``Sat 06 Dec``."""
    return translate("LocalFormat", "{weekday} {dd} {month}", "a day").format(**_parts(moment))


def short_day_text(moment: date) -> str:
    """A day under a chart: ``06 Dec``."""
    return translate("LocalFormat", "{dd} {month}", "a day, short").format(**_parts(moment))


def when_text(moment: datetime) -> str:
    """A moment in the history: ``Sat 06 Dec 2026, 07:22``."""
    return translate("LocalFormat", "{weekday} {dd} {month} {year}, {time}",
                     "a day and time").format(**_parts(moment))


def short_when_text(moment: datetime) -> str:
    """A moment under a chart: ``06 Dec 07:22``."""
    return translate("LocalFormat", "{dd} {month} {time}", "a day and time, short").format(
        **_parts(moment))
