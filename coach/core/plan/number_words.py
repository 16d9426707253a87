"""Numbers as words, 0 to 100, so every voice says a count the same way (and the screen can
show what is said).

Every count is a word of its own to translate (the ``Counts`` context of each ``.ts`` file):
no two languages build them alike ("einundzwanzig", "veintiuno", "twenty one"), so a
translator writes each of the 101 and nothing composes them.
"""

from __future__ import annotations

from coach.core.language.current_language import QT_TRANSLATE_NOOP, translate

NUMBER_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Counts", "zero"), QT_TRANSLATE_NOOP("Counts", "one"),
    QT_TRANSLATE_NOOP("Counts", "two"), QT_TRANSLATE_NOOP("Counts", "three"),
    QT_TRANSLATE_NOOP("Counts", "four"), QT_TRANSLATE_NOOP("Counts", "five"),
    QT_TRANSLATE_NOOP("Counts", "six"), QT_TRANSLATE_NOOP("Counts", "seven"),
    QT_TRANSLATE_NOOP("Counts", "eight"), QT_TRANSLATE_NOOP("Counts", "nine"),
    QT_TRANSLATE_NOOP("Counts", "ten"), QT_TRANSLATE_NOOP("Counts", "eleven"),
    QT_TRANSLATE_NOOP("Counts", "twelve"), QT_TRANSLATE_NOOP("Counts", "thirteen"),
    QT_TRANSLATE_NOOP("Counts", "fourteen"), QT_TRANSLATE_NOOP("Counts", "fifteen"),
    QT_TRANSLATE_NOOP("Counts", "sixteen"), QT_TRANSLATE_NOOP("Counts", "seventeen"),
    QT_TRANSLATE_NOOP("Counts", "eighteen"), QT_TRANSLATE_NOOP("Counts", "nineteen"),
    QT_TRANSLATE_NOOP("Counts", "twenty"), QT_TRANSLATE_NOOP("Counts", "twenty one"),
    QT_TRANSLATE_NOOP("Counts", "twenty two"), QT_TRANSLATE_NOOP("Counts", "twenty three"),
    QT_TRANSLATE_NOOP("Counts", "twenty four"), QT_TRANSLATE_NOOP("Counts", "twenty five"),
    QT_TRANSLATE_NOOP("Counts", "twenty six"), QT_TRANSLATE_NOOP("Counts", "twenty seven"),
    QT_TRANSLATE_NOOP("Counts", "twenty eight"), QT_TRANSLATE_NOOP("Counts", "twenty nine"),
    QT_TRANSLATE_NOOP("Counts", "thirty"), QT_TRANSLATE_NOOP("Counts", "thirty one"),
    QT_TRANSLATE_NOOP("Counts", "thirty two"), QT_TRANSLATE_NOOP("Counts", "thirty three"),
    QT_TRANSLATE_NOOP("Counts", "thirty four"), QT_TRANSLATE_NOOP("Counts", "thirty five"),
    QT_TRANSLATE_NOOP("Counts", "thirty six"), QT_TRANSLATE_NOOP("Counts", "thirty seven"),
    QT_TRANSLATE_NOOP("Counts", "thirty eight"), QT_TRANSLATE_NOOP("Counts", "thirty nine"),
    QT_TRANSLATE_NOOP("Counts", "forty"), QT_TRANSLATE_NOOP("Counts", "forty one"),
    QT_TRANSLATE_NOOP("Counts", "forty two"), QT_TRANSLATE_NOOP("Counts", "forty three"),
    QT_TRANSLATE_NOOP("Counts", "forty four"), QT_TRANSLATE_NOOP("Counts", "forty five"),
    QT_TRANSLATE_NOOP("Counts", "forty six"), QT_TRANSLATE_NOOP("Counts", "forty seven"),
    QT_TRANSLATE_NOOP("Counts", "forty eight"), QT_TRANSLATE_NOOP("Counts", "forty nine"),
    QT_TRANSLATE_NOOP("Counts", "fifty"), QT_TRANSLATE_NOOP("Counts", "fifty one"),
    QT_TRANSLATE_NOOP("Counts", "fifty two"), QT_TRANSLATE_NOOP("Counts", "fifty three"),
    QT_TRANSLATE_NOOP("Counts", "fifty four"), QT_TRANSLATE_NOOP("Counts", "fifty five"),
    QT_TRANSLATE_NOOP("Counts", "fifty six"), QT_TRANSLATE_NOOP("Counts", "fifty seven"),
    QT_TRANSLATE_NOOP("Counts", "fifty eight"), QT_TRANSLATE_NOOP("Counts", "fifty nine"),
    QT_TRANSLATE_NOOP("Counts", "sixty"), QT_TRANSLATE_NOOP("Counts", "sixty one"),
    QT_TRANSLATE_NOOP("Counts", "sixty two"), QT_TRANSLATE_NOOP("Counts", "sixty three"),
    QT_TRANSLATE_NOOP("Counts", "sixty four"), QT_TRANSLATE_NOOP("Counts", "sixty five"),
    QT_TRANSLATE_NOOP("Counts", "sixty six"), QT_TRANSLATE_NOOP("Counts", "sixty seven"),
    QT_TRANSLATE_NOOP("Counts", "sixty eight"), QT_TRANSLATE_NOOP("Counts", "sixty nine"),
    QT_TRANSLATE_NOOP("Counts", "seventy"), QT_TRANSLATE_NOOP("Counts", "seventy one"),
    QT_TRANSLATE_NOOP("Counts", "seventy two"), QT_TRANSLATE_NOOP("Counts", "seventy three"),
    QT_TRANSLATE_NOOP("Counts", "seventy four"), QT_TRANSLATE_NOOP("Counts", "seventy five"),
    QT_TRANSLATE_NOOP("Counts", "seventy six"), QT_TRANSLATE_NOOP("Counts", "seventy seven"),
    QT_TRANSLATE_NOOP("Counts", "seventy eight"), QT_TRANSLATE_NOOP("Counts", "seventy nine"),
    QT_TRANSLATE_NOOP("Counts", "eighty"), QT_TRANSLATE_NOOP("Counts", "eighty one"),
    QT_TRANSLATE_NOOP("Counts", "eighty two"), QT_TRANSLATE_NOOP("Counts", "eighty three"),
    QT_TRANSLATE_NOOP("Counts", "eighty four"), QT_TRANSLATE_NOOP("Counts", "eighty five"),
    QT_TRANSLATE_NOOP("Counts", "eighty six"), QT_TRANSLATE_NOOP("Counts", "eighty seven"),
    QT_TRANSLATE_NOOP("Counts", "eighty eight"), QT_TRANSLATE_NOOP("Counts", "eighty nine"),
    QT_TRANSLATE_NOOP("Counts", "ninety"), QT_TRANSLATE_NOOP("Counts", "ninety one"),
    QT_TRANSLATE_NOOP("Counts", "ninety two"), QT_TRANSLATE_NOOP("Counts", "ninety three"),
    QT_TRANSLATE_NOOP("Counts", "ninety four"), QT_TRANSLATE_NOOP("Counts", "ninety five"),
    QT_TRANSLATE_NOOP("Counts", "ninety six"), QT_TRANSLATE_NOOP("Counts", "ninety seven"),
    QT_TRANSLATE_NOOP("Counts", "ninety eight"), QT_TRANSLATE_NOOP("Counts", "ninety nine"),
    QT_TRANSLATE_NOOP("Counts", "one hundred"),
)  # fmt: skip


def number_word(n: int) -> str:
    """Spell 0-100 so every voice says a count the same way, in the active language."""
    return translate("Counts", NUMBER_WORDS[n])
