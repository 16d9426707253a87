"""How long a spoken phrase lasts: measured where a clip exists, else estimated from its words.

The estimate is fitted (in English; other languages scale it: LANGUAGE_FACTOR) to
espeak-ng's audible speech (trailing silence left out) at 80, 100, 175 and 300 words a minute,
over every phrase of the built-in routines, then made about 15 % generous: a plan fitted to
it keeps cues apart rather than clipped. Syllables count, not only words: "Sixteen." takes
longer than "Three." and a countdown number must fit in its second.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from coach.core.language.current_language import ENGLISH, language

Durations = Callable[[str], "float | None"]  # measured seconds of a phrase, None when unknown

# Seconds per unit at 60 words a minute (scaled by 60 / wpm); fitted, see the module docstring.
PER_SYLLABLE = 0.24
PER_WORD = 0.35
PER_PAUSE = 1.4  # a comma, or a full stop inside the phrase
PER_PHRASE = 0.5
GENEROUS = 1.15
# The same fit per language, against espeak-ng's voice for it over the built-ins' phrases in
# the language at 100, 175 and 300 wpm (measured / estimated, median: English 0.97, 0.94,
# 0.91; German 0.94, 0.95, 0.96; Spanish 0.84, 0.84, 0.91): German syllables take as long as
# English ones, Spanish ones less, so Spanish estimates are scaled to be as generous as
# English. A language not listed is estimated as English (generous for most).
LANGUAGE_FACTOR = {"es": 0.9}

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
# Latin letters with their accents, so German and Spanish words count too ("Grüße", "baja").
_VOWELS = re.compile(r"[aeiouyäöüáéíóúàèìòùâêîôûœæøå]+")
_INNER_PAUSE = re.compile(r"[,;:]|[.!?](?=\s*\S)")


def syllables(word: str) -> int:
    """A rough syllable count: vowel groups, less a silent final e."""
    w = word.lower()
    n = len(_VOWELS.findall(w))
    if n > 1 and language() == ENGLISH and w.endswith("e") and not w.endswith(("le", "ee")):
        n -= 1
    return max(1, n)


def estimate_speech_seconds(text: str, wpm: int) -> float:
    """Rough length of a spoken phrase at ``wpm`` words a minute; generous on purpose."""
    words = _WORD.findall(text) or [text]
    pauses = len(_INNER_PAUSE.findall(text.strip()))
    units = (PER_SYLLABLE * sum(syllables(w) for w in words) + PER_WORD * len(words)
             + PER_PAUSE * pauses + PER_PHRASE)
    return GENEROUS * LANGUAGE_FACTOR.get(language(), 1.0) * units * 60.0 / wpm


def phrase_seconds(durations: Durations | None, wpm: int) -> Callable[[str], float]:
    """A length for every phrase: the measured one where known, else the estimate."""
    def seconds(text: str) -> float:
        measured = durations(text) if durations is not None else None
        if measured is not None and measured > 0:
            return float(measured)
        return estimate_speech_seconds(text, wpm)
    return seconds
