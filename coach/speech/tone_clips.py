"""The short tones shipped in ``assets/sounds`` (made by ``packaging/make_tones.py``)."""

from __future__ import annotations

from coach.core.files.shipped_data import DataNotFound, asset
from coach.speech.clip import BadClip, Clip, read_wav
from coach.speech.port import Notice

TICK = "tick"  # each of the last three seconds
END = "end"  # the end of an exercise block
CHIME = "chime"  # stands in for a phrase whose clip is not ready
TONE_NAMES = (TICK, END, CHIME)


def load_tones(post: Notice) -> dict[str, Clip]:
    tones: dict[str, Clip] = {}
    for name in TONE_NAMES:
        try:
            tones[name] = read_wav(asset("sounds", f"{name}.wav"), name)
        except (BadClip, DataNotFound) as exc:
            post(f"A sound file of Limber's is missing or damaged ({exc}); reinstall Limber.")
    return tones
