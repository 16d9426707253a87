"""Dropping the silence a synthesiser puts before the first word.

flite and festival start every clip with a pause that their duration stretch lengthens (flite's
slt: 0.2 s at 175 words a minute, 0.4 s at 100), so a count played on its beat would be heard
late. espeak-ng starts speaking at once. A few milliseconds are kept so the first consonant is
not clipped.
"""

from __future__ import annotations

from pathlib import Path

from coach.speech.clip import SAMPLE_WIDTH, Clip, samples, write_wav
from coach.speech.engines.clip_convert import load_any

THRESHOLD = 300  # about -40 dBFS: below it a sample is silence, not speech
KEEP_SECONDS = 0.02


def without_lead(clip: Clip) -> Clip:
    values = samples(clip.pcm)
    first = next((i for i, v in enumerate(values) if abs(v) > THRESHOLD), None)
    if first is None:  # all silence: leave it for the checks to refuse
        return clip
    frame = max(0, first // clip.channels - round(KEEP_SECONDS * clip.rate))
    start = frame * clip.channels * SAMPLE_WIDTH
    return Clip(clip.label, clip.pcm[start:], clip.rate, clip.channels)


def trim_lead_in_place(path: Path) -> None:
    """Rewrite the engine's own scratch file without its leading silence."""
    write_wav(path, without_lead(load_any(path)))
