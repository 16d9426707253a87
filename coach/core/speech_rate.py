"""How fast the cues are spoken, in words a minute: the one home of the range and the default.

The preferences check a stored rate against it, speech renders at it, and the plan estimates
from it how long a phrase takes to say.
"""

from __future__ import annotations

from typing import Final

MIN_RATE: Final = 80
MAX_RATE: Final = 300
DEFAULT_RATE: Final = 175
