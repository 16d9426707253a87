"""The words of the preferences: each one's label, tooltip and group (a tab of the dialog), the
labels of its choices, and what a special value means. The values themselves, their types and
ranges are :data:`coach.storage.prefs_schema.SCHEMA`."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from coach.core.language.current_language import QT_TRANSLATE_NOOP, translate
from coach.core.language.languages import SYSTEM, own_name, shipped_languages
from coach.storage.prefs_schema import Setting


class Group(StrEnum):
    VOICE = QT_TRANSLATE_NOOP("PreferenceWords", "Voice and sound")
    TIMING = QT_TRANSLATE_NOOP("PreferenceWords", "Timing")
    ROUTINES = QT_TRANSLATE_NOOP("PreferenceWords", "Routines")
    DISPLAY = QT_TRANSLATE_NOOP("PreferenceWords", "Display")
    REMEMBERED = QT_TRANSLATE_NOOP("PreferenceWords", "Remembered by the app")

    @property
    def label(self) -> str:
        """The tab's title, in the active language."""
        return translate("PreferenceWords", self.value)


@dataclass(frozen=True, slots=True)
class PreferenceWords:
    group: Group
    label: str
    tooltip: str
    choices: Mapping[str, str] = field(default_factory=dict)  # stored value -> label shown
    special: str = ""  # what the setting's special value means ("the routine's default")


# The words in English, each marked for translation; PREFERENCE_WORDS gives them translated.
_ENGLISH: Final[Mapping[str, PreferenceWords]] = MappingProxyType({
    "language": PreferenceWords(
        Group.DISPLAY, QT_TRANSLATE_NOOP("PreferenceWords", "Language"),
        QT_TRANSLATE_NOOP("PreferenceWords", "The language Limber shows and speaks: every "
                                             "screen, the voice's cues and the routines. The "
                                             "window changes when Limber next starts."),
        choices={SYSTEM: QT_TRANSLATE_NOOP("PreferenceWords", "Same as the system")},
    ),
    "voice_enabled": PreferenceWords(
        Group.VOICE, QT_TRANSLATE_NOOP("PreferenceWords", "Speak the cues"),
        QT_TRANSLATE_NOOP("PreferenceWords", "Read exercise names, counts and cues aloud. When "
                                             "off, tones and the screen still guide you."),
    ),
    "voice_id": PreferenceWords(
        Group.VOICE, QT_TRANSLATE_NOOP("PreferenceWords", "Voice"),
        QT_TRANSLATE_NOOP("PreferenceWords", "Which installed voice reads the cues. Empty means "
                                             "the clearest one installed."),
    ),
    "speech_rate": PreferenceWords(
        Group.VOICE, QT_TRANSLATE_NOOP("PreferenceWords", "Speaking speed"),
        QT_TRANSLATE_NOOP("PreferenceWords", "How fast the voice speaks, in words per minute."),
    ),
    "voice_volume": PreferenceWords(
        Group.VOICE, QT_TRANSLATE_NOOP("PreferenceWords", "Voice volume"),
        QT_TRANSLATE_NOOP("PreferenceWords", "Loudness of the voice, from silent (0) to full (1)."),
    ),
    "tone_volume": PreferenceWords(
        Group.VOICE, QT_TRANSLATE_NOOP("PreferenceWords", "Tone volume"),
        QT_TRANSLATE_NOOP("PreferenceWords", "Loudness of the tone at the end of each step, and "
                                             "of a tick or chime standing in for a word the voice "
                                             "cannot say. Full (1) is as loud as the voice."),
    ),
    "music": PreferenceWords(
        Group.VOICE, QT_TRANSLATE_NOOP("PreferenceWords", "Your music"),
        QT_TRANSLATE_NOOP("PreferenceWords", "What happens to music playing in another app during "
                                             "a session. Lower: while the coach speaks it goes "
                                             "down to about half as loud (quieter still on some "
                                             "players, such as mpv), and back up between cues; a "
                                             "stretch of counts stays down throughout. Pause: it "
                                             "fades out and pauses once the session starts, and "
                                             "plays again when it ends. Music you paused yourself "
                                             "is never started. Works with players that offer "
                                             "media controls (MPRIS), which most do."),
        choices={"lower": QT_TRANSLATE_NOOP("PreferenceWords", "Lower it while the coach speaks"),
                 "pause": QT_TRANSLATE_NOOP("PreferenceWords", "Pause it during the session"),
                 "leave": QT_TRANSLATE_NOOP("PreferenceWords", "Leave it as it is")},
    ),
    "lead_in_seconds": PreferenceWords(
        Group.TIMING, QT_TRANSLATE_NOOP("PreferenceWords", "Time to get ready"),
        QT_TRANSLATE_NOOP("PreferenceWords", "Seconds between pressing Start and the first step."),
    ),
    "changeover_seconds": PreferenceWords(
        Group.TIMING, QT_TRANSLATE_NOOP("PreferenceWords", "Pause between steps"),
        QT_TRANSLATE_NOOP("PreferenceWords", "Seconds to move into the next exercise. -1 uses "
                                             "each routine's own pause."),
        special=QT_TRANSLATE_NOOP("PreferenceWords", "the routine's default"),
    ),
    "hold_scale": PreferenceWords(
        Group.TIMING, QT_TRANSLATE_NOOP("PreferenceWords", "Hold length"),
        QT_TRANSLATE_NOOP("PreferenceWords", "Makes timed holds and stretches shorter or longer: "
                                             "0.5 halves them, 2 doubles them."),
    ),
    "prefer_gentle": PreferenceWords(
        Group.ROUTINES, QT_TRANSLATE_NOOP("PreferenceWords", "Prefer the gentle routines"),
        QT_TRANSLATE_NOOP("PreferenceWords", "Offer the gentle, joint-friendly warm-up and "
                                             "cool-down first."),
    ),
    "knee_check": PreferenceWords(
        Group.ROUTINES, QT_TRANSLATE_NOOP("PreferenceWords", "Ask how my knees feel"),
        QT_TRANSLATE_NOOP("PreferenceWords", "Ask for a 0 to 10 knee score before a run and again "
                                             "after the cool-down."),
    ),
    "later_knee_check": PreferenceWords(
        Group.ROUTINES, QT_TRANSLATE_NOOP("PreferenceWords", "Ask about my knees two hours after "
                                                             "a run"),
        QT_TRANSLATE_NOOP("PreferenceWords", "Two hours after a run day's cool-down, if Limber is "
                                             "still open, a desktop notification asks how your "
                                             "knees feel (pain worse than usual then means take "
                                             "it easier next time)."),
    ),
    "theme": PreferenceWords(
        Group.DISPLAY, QT_TRANSLATE_NOOP("PreferenceWords", "Theme"),
        QT_TRANSLATE_NOOP("PreferenceWords",
                          "Light or dark colours, or follow the system setting."),
        choices={"system": QT_TRANSLATE_NOOP("PreferenceWords", "Same as the system"),
                 "light": QT_TRANSLATE_NOOP("PreferenceWords", "Light"),
                 "dark": QT_TRANSLATE_NOOP("PreferenceWords", "Dark")},
    ),
    "text_scale": PreferenceWords(
        Group.DISPLAY, QT_TRANSLATE_NOOP("PreferenceWords", "Text size"),
        QT_TRANSLATE_NOOP("PreferenceWords", "Makes all text smaller or larger, to read from "
                                             "across the room."),
    ),
    "reduce_motion": PreferenceWords(
        Group.DISPLAY, QT_TRANSLATE_NOOP("PreferenceWords", "Reduce motion"),
        QT_TRANSLATE_NOOP("PreferenceWords", "Exercise pictures show their moves by switching "
                                             "between two positions. With reduced motion each "
                                             "shows one still picture. \"Same as the system\" "
                                             "follows the desktop's reduced-motion or animation "
                                             "setting."),
        choices={"system": QT_TRANSLATE_NOOP("PreferenceWords", "Same as the system"),
                 "on": QT_TRANSLATE_NOOP("PreferenceWords", "On: one still picture"),
                 "off": QT_TRANSLATE_NOOP("PreferenceWords", "Off: pictures move")},
    ),
    "start_fullscreen": PreferenceWords(
        Group.DISPLAY, QT_TRANSLATE_NOOP("PreferenceWords", "Start full screen"),
        QT_TRANSLATE_NOOP("PreferenceWords", "Open the coach full screen."),
    ),
    "always_on_top": PreferenceWords(
        Group.DISPLAY, QT_TRANSLATE_NOOP("PreferenceWords", "Keep the window on top"),
        QT_TRANSLATE_NOOP("PreferenceWords", "Keep the coach above other windows."),
    ),
    "last_routines": PreferenceWords(
        Group.REMEMBERED, QT_TRANSLATE_NOOP("PreferenceWords", "Last routines"),
        QT_TRANSLATE_NOOP("PreferenceWords", "The routine last chosen for each kind (warm-up, "
                                             "cool-down, strength)."),
    ),
    "window_geometry": PreferenceWords(
        Group.REMEMBERED, QT_TRANSLATE_NOOP("PreferenceWords", "Window position and size"),
        QT_TRANSLATE_NOOP("PreferenceWords", "Where the window was last; empty lets the system "
                                             "decide."),
    ),
})


class _Translated(Mapping[str, PreferenceWords]):
    """Each preference's words in the active language, looked up when asked for."""

    def __getitem__(self, key: str) -> PreferenceWords:
        english = _ENGLISH[key]
        choices = {value: translate("PreferenceWords", label)
                   for value, label in english.choices.items()}
        if key == "language":  # each language by its own name, whatever the active one
            choices.update({code: own_name(code) for code in shipped_languages()})
        return PreferenceWords(english.group, translate("PreferenceWords", english.label),
                               translate("PreferenceWords", english.tooltip), choices,
                               translate("PreferenceWords", english.special)
                               if english.special else "")

    def __iter__(self) -> Iterator[str]:
        return iter(_ENGLISH)

    def __len__(self) -> int:
        return len(_ENGLISH)


PREFERENCE_WORDS: Final[Mapping[str, PreferenceWords]] = _Translated()


# The schema's units and value descriptions are English for its own error messages (logs);
# a runner reads them in the language, from here.
_UNITS: Final[Mapping[str, str]] = MappingProxyType({
    "seconds": QT_TRANSLATE_NOOP("PreferenceWords", "seconds"),
    "words per minute": QT_TRANSLATE_NOOP("PreferenceWords", "words per minute"),
})
_EXPECTED_TEXT: Final[Mapping[str, str]] = MappingProxyType({
    "voice_id": QT_TRANSLATE_NOOP("PreferenceWords", "a voice id (see limber voices), or empty "
                                                     "for the clearest installed"),
    "window_geometry": QT_TRANSLATE_NOOP("PreferenceWords", "base64 text, as saved by the app"),
})


def unit_words(setting: Setting) -> str:
    """The setting's unit in the active language ("" when it has none)."""
    return translate("PreferenceWords", _UNITS.get(setting.unit, setting.unit)) \
        if setting.unit else ""


def expected_words(setting: Setting) -> str:
    """What a valid value looks like, in the active language, with what a special value means:
    for the command line's help and its errors."""
    unit = unit_words(setting)
    unit = f" {unit}" if unit else ""
    special = PREFERENCE_WORDS[setting.key].special if setting.key in _ENGLISH else ""
    if setting.type is bool:
        return translate("PreferenceWords", "true or false")
    if setting.type is int:
        text = translate("PreferenceWords", "a whole number from {low} to {high}{unit}").format(
            low=f"{setting.minimum:g}", high=f"{setting.maximum:g}", unit=unit)
        if setting.special is not None:
            meaning = f" ({special})" if special else ""
            text = translate("PreferenceWords", "{special}{meaning} or {range}").format(
                special=setting.special, meaning=meaning, range=text)
        return text
    if setting.type is float:
        return translate("PreferenceWords", "a number from {low} to {high}{unit}").format(
            low=setting.format(setting.minimum), high=setting.format(setting.maximum), unit=unit)
    if setting.choices:
        return translate("PreferenceWords", "one of {choices}").format(
            choices=", ".join(setting.choices))
    if setting.type is dict:
        return translate("PreferenceWords", 'a JSON object of names to names, such as '
                                            '{"warm-up": "warmup-standard"}')
    if setting.key in _EXPECTED_TEXT:
        return translate("PreferenceWords", _EXPECTED_TEXT[setting.key])
    return translate("PreferenceWords", "text")
