"""How the cues are spoken: the speech rate's range, and the defaults of every speech setting.

The one home of these facts: the preferences check and default to them, speech renders at
them, and the plan estimates from the rate how long a phrase takes to say.
"""

from __future__ import annotations

from typing import Final

MIN_RATE: Final = 80  # words a minute
MAX_RATE: Final = 300
DEFAULT_RATE: Final = 175

DEFAULT_VOICE_ENABLED: Final = True
DEFAULT_VOICE_ID: Final = ""  # the clearest voice installed
DEFAULT_VOICE_VOLUME: Final = 1.0  # 0 (silent) to 1 (full)
# Full, like the voice: the tones are made at the voice's loudness (packaging/make_tones.py).
DEFAULT_TONE_VOLUME: Final = 1.0
