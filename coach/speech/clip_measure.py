"""How much speech a clip holds, and how much its text should take.

A clip's file length says little: engines pad with silence, and a cut-off clip can still be a
valid file. So the speech is measured: the clip is cut into 10 ms frames, a frame is voiced
when its loudness is within 35 dB of the loudest frame (and above an absolute floor), and the
*span* runs from the first voiced frame to the last. The text's expected span comes from a
count of syllables and pauses, scaled by seconds per unit measured on a reference phrase in
the same voice at the same rate (see ``verify.py``): no engine's timing is assumed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from coach.core.language.current_language import ENGLISH, language
from coach.speech.clip import SAMPLE_WIDTH, Clip, samples

FRAME_SECONDS = 0.01
FLOOR = 0.005  # about -46 dBFS: quieter than this is silence, whatever the peak
RELATIVE_DB = 35.0  # a frame this far below the loudest is silence (breath, room noise)

# A pause at a comma or a full stop counts as a syllable: espeak-ng, SAPI and NSSpeech all
# pause there, and the pause scales with the rate. Consonants weigh too: "Switch sides." takes
# far longer than its two syllables suggest. Fitted on the built-in phrases in three voices at
# 80, 175 and 300 words a minute (the README's design section has the figures).
PAUSE_UNITS = 1.0
CONSONANT_UNITS = 0.3

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
# Latin letters with their accents, so German and Spanish words count too ("Grüße", "baja").
_VOWELS = re.compile(r"[aeiouyäöüáéíóúàèìòùâêîôûœæøå]+")
_CONSONANTS = re.compile(r"[bcdfghjklmnpqrstvwxzßñç]")
_SOUNDED_ES = ("ses", "xes", "zes", "ches", "shes", "ces", "ges", "ees")
_NUMBER_SYLLABLES = 2  # a written number ("10") is said as a word or two


@dataclass(frozen=True, slots=True)
class Speech:
    """What a clip holds: the seconds from the first to the last voiced frame, the voiced
    seconds among them, the loudness of the loudest frame (0..1 of full scale), and the
    silence after the last voiced frame (a clip cut off mid-word has none)."""

    span: float
    voiced: float
    peak: float
    tail: float = 0.0


def measure(clip: Clip) -> Speech:
    values = samples(clip.pcm)
    step = max(1, round(clip.rate * FRAME_SECONDS)) * clip.channels
    energies: list[float] = []
    for start in range(0, len(values) - step + 1, step):
        # Every other sample is plenty for a loudness estimate and halves the cost; hypot
        # sums the squares in C, twice as fast as multiplying sample by sample in Python.
        frame = values[start : start + step : 2]
        energies.append(math.hypot(*frame) ** 2 / len(frame))
    if not energies:
        return Speech(0.0, 0.0, 0.0)
    peak = math.sqrt(max(energies)) / 32768.0
    threshold = max(FLOOR, peak * 10 ** (-RELATIVE_DB / 20)) * 32768.0
    limit = threshold * threshold
    voiced = [i for i, e in enumerate(energies) if e >= limit]
    if not voiced:
        return Speech(0.0, 0.0, peak)
    span = (voiced[-1] - voiced[0] + 1) * FRAME_SECONDS
    tail = clip.seconds - (voiced[-1] + 1) * FRAME_SECONDS
    return Speech(span, len(voiced) * FRAME_SECONDS, peak, max(0.0, tail))


KEEP_TAIL = 0.05  # seconds of an engine's end padding kept on a clip in memory


def trim_tail(clip: Clip, tail: float) -> Clip:
    """The clip without the silence the engine padded it with at the end (a little is kept);
    ``tail`` is that silence, as :func:`measure` found it.

    espeak-ng ends every clip with silence: 0.3 s at 175 words a minute, 0.9 s at 80. A clip
    holds the voice while it plays, so that padding would make the next count wait or be
    dropped, and the plan (fitted to each clip's length) would leave room for silence. The
    clip check reads the padding to tell a finished clip from a cut one, so a clip is trimmed
    after it passed, before it is stored (see ``verified.py``)."""
    cut = math.floor((tail - KEEP_TAIL) * clip.rate) * clip.channels * SAMPLE_WIDTH
    if cut <= 0:
        return clip
    return replace(clip, pcm=clip.pcm[: len(clip.pcm) - cut])


def syllables(word: str) -> int:
    """A rough English syllable count: vowel groups, less a silent final e. Good to about one
    syllable a word, which is all a length check needs."""
    word = word.lower()
    if word.isdigit():
        return _NUMBER_SYLLABLES
    count = len(_VOWELS.findall(word))
    if count > 1 and language() == ENGLISH and (
        (word.endswith("e") and not word.endswith(("le", "ee")))
        or (word.endswith("es") and not word.endswith(_SOUNDED_ES))
        or (word.endswith("ed") and not word.endswith(("ted", "ded")))
    ):
        count -= 1  # a silent e: "breathe", "sides", "stretched"
    return max(1, count)


def speech_units(text: str) -> float:
    """How much saying ``text`` takes, in syllable-sized units (pauses included)."""
    words = _WORD.findall(text)
    units = float(sum(syllables(w) for w in words))
    units += CONSONANT_UNITS * sum(len(_CONSONANTS.findall(w.lower())) for w in words)
    body = text.rstrip(" .!?")  # the pause after the last word is not inside the span
    units += PAUSE_UNITS * len(re.findall(r"[,;:]|[.!?]+\s", body))
    return units
