"""How long each tone sounds, so the plan keeps every word off it.

The tones are ``assets/sounds`` (made by ``packaging/make_tones.py``, played by the speech
layer); the plan may not import speech, so their lengths live here, and
``tests/speech/test_tone_clips.py`` holds them to the files.
"""

from __future__ import annotations

from typing import Final

END_TONE_SECONDS: Final = 0.5  # the end of an exercise block
TICK_SECONDS: Final = 0.09  # a countdown second whose number is not said
# Stands in for a phrase whose clip is not ready, at the phrase's own moment: every phrase is
# given at least this long, so the chime never meets the next word either.
CHIME_SECONDS: Final = 0.32
