"""The words of the preferences: each one's label, tooltip and group (a tab of the dialog), the
labels of its choices, and what a special value means. The values themselves, their types and
ranges are :data:`coach.storage.prefs_schema.SCHEMA`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Final


class Group(StrEnum):
    VOICE = "Voice and sound"
    TIMING = "Timing"
    ROUTINES = "Routines"
    DISPLAY = "Display"
    REMEMBERED = "Remembered by the app"


@dataclass(frozen=True, slots=True)
class PreferenceWords:
    group: Group
    label: str
    tooltip: str
    choices: Mapping[str, str] = field(default_factory=dict)  # stored value -> label shown
    special: str = ""  # what the setting's special value means ("the routine's default")


PREFERENCE_WORDS: Final[Mapping[str, PreferenceWords]] = MappingProxyType({
    "voice_enabled": PreferenceWords(
        Group.VOICE, "Speak the cues",
        "Read exercise names, counts and cues aloud. When off, tones and the screen still guide "
        "you.",
    ),
    "voice_id": PreferenceWords(
        Group.VOICE, "Voice",
        "Which installed voice reads the cues. Empty means the clearest one installed.",
    ),
    "speech_rate": PreferenceWords(
        Group.VOICE, "Speaking speed",
        "How fast the voice speaks, in words per minute.",
    ),
    "voice_volume": PreferenceWords(
        Group.VOICE, "Voice volume",
        "Loudness of the voice, from silent (0) to full (1).",
    ),
    "tone_volume": PreferenceWords(
        Group.VOICE, "Tone volume",
        "Loudness of the tone at the end of each step, and of a tick or chime standing in "
        "for a word the voice cannot say. Full (1) is as loud as the voice.",
    ),
    "music": PreferenceWords(
        Group.VOICE, "Your music",
        "What happens to music playing in another app during a session. Lower: while the coach "
        "speaks it goes down to about half as loud (quieter still on some players, such as "
        "mpv), and back up between cues; a stretch of counts stays down throughout. Pause: it "
        "fades out and pauses once the session starts, and plays again when it ends. Music you "
        "paused yourself is never started. Works with players that offer media controls "
        "(MPRIS), which most do.",
        choices={"lower": "Lower it while the coach speaks", "pause": "Pause it during the session",
                 "leave": "Leave it as it is"},
    ),
    "lead_in_seconds": PreferenceWords(
        Group.TIMING, "Time to get ready",
        "Seconds between pressing Start and the first step.",
    ),
    "changeover_seconds": PreferenceWords(
        Group.TIMING, "Pause between steps",
        "Seconds to move into the next exercise. -1 uses each routine's own pause.",
        special="the routine's default",
    ),
    "hold_scale": PreferenceWords(
        Group.TIMING, "Hold length",
        "Makes timed holds and stretches shorter or longer: 0.5 halves them, 2 doubles them.",
    ),
    "prefer_gentle": PreferenceWords(
        Group.ROUTINES, "Prefer the gentle routines",
        "Offer the gentle, joint-friendly warm-up and cool-down first.",
    ),
    "knee_check": PreferenceWords(
        Group.ROUTINES, "Ask how my knees feel",
        "Ask for a 0 to 10 knee score before a run and again after the cool-down.",
    ),
    "later_knee_check": PreferenceWords(
        Group.ROUTINES, "Ask about my knees two hours after a run",
        "Two hours after a run day's cool-down, if Limber is still open, a desktop notification "
        "asks how your knees feel (pain worse than usual then means take it easier next time).",
    ),
    "theme": PreferenceWords(
        Group.DISPLAY, "Theme",
        "Light or dark colours, or follow the system setting.",
        choices={"system": "Same as the system", "light": "Light", "dark": "Dark"},
    ),
    "text_scale": PreferenceWords(
        Group.DISPLAY, "Text size",
        "Makes all text smaller or larger, to read from across the room.",
    ),
    "reduce_motion": PreferenceWords(
        Group.DISPLAY, "Reduce motion",
        "Exercise pictures show their moves by switching between two positions. With reduced "
        "motion each shows one still picture. \"Same as the system\" follows the desktop's reduced-"
        "motion or animation setting.",
        choices={"system": "Same as the system", "on": "On: one still picture",
                 "off": "Off: pictures move"},
    ),
    "start_fullscreen": PreferenceWords(
        Group.DISPLAY, "Start full screen",
        "Open the coach full screen.",
    ),
    "always_on_top": PreferenceWords(
        Group.DISPLAY, "Keep the window on top",
        "Keep the coach above other windows.",
    ),
    "last_routines": PreferenceWords(
        Group.REMEMBERED, "Last routines",
        "The routine last chosen for each kind (warm-up, cool-down, strength).",
    ),
    "window_geometry": PreferenceWords(
        Group.REMEMBERED, "Window position and size",
        "Where the window was last; empty lets the system decide.",
    ),
})
