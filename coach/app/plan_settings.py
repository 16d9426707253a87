"""The plan settings a user's saved preferences ask for (shared by the window and the terminal).

In the app layer because it reads the stored preferences: the core plan knows nothing of them.
"""

from __future__ import annotations

from coach.core.plan.compiler import PlanSettings
from coach.storage.prefs_schema import Preferences


def plan_settings(prefs: Preferences) -> PlanSettings:
    return PlanSettings(
        hold_scale=prefs.hold_scale,
        lead_in_seconds=prefs.lead_in_seconds,
        changeover_seconds=None if prefs.changeover_seconds < 0 else prefs.changeover_seconds,
        speech_wpm=prefs.speech_rate,
    )
