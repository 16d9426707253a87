"""The speech layer's notices in the active language.

The speech layer sits below the app and says what went wrong in English, for the log as much
as for the runner. Every notice of a speaker reaches the runner through the app
(:func:`coach.app.controller.speaker_for`), which says it here in the runner's language, and
takes a notice back in the same words. A notice not listed here is shown as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from coach.core.language.current_language import ENGLISH, QT_TRANSLATE_NOOP, language, translate

_GROUP = re.compile(r"\\(\d)")
_CARRY_ON = " Limber carries on with tones instead of the voice."
# Compiled when first used (re keeps them), not at import: the window starts without them.
_NOTICES: tuple[tuple[str, str], ...] = (
    (r"^The voice is still being prepared; a chime stands in for the cues that are not "
     r"ready yet\.$",
     QT_TRANSLATE_NOOP("SpeechWords", "The voice is still being prepared; a chime stands "
                                      "in for the cues that are not ready yet.")),
    (r"^Some cues could not be made into clear speech, so a chime stands in for them\. "
     r"Limber will try them again next time\.$",
     QT_TRANSLATE_NOOP("SpeechWords", "Some cues could not be made into clear speech, so a "
                                      "chime stands in for them. Limber will try them "
                                      "again next time.")),
    (r"^No audio output is available, so Limber runs silently\.$",
     QT_TRANSLATE_NOOP("SpeechWords", "No audio output is available, so Limber runs "
                                      "silently.")),
    (r"^The sound system stopped answering; Limber carries on without sound until it is "
     r"back\.$",
     QT_TRANSLATE_NOOP("SpeechWords", "The sound system stopped answering; Limber carries "
                                      "on without sound until it is back.")),
    (r"^Preparing the voice failed; Limber carries on with tones instead of the voice\.$",
     QT_TRANSLATE_NOOP("SpeechWords", "Preparing the voice failed; Limber carries on with "
                                      "tones instead of the voice.")),
    (r"^The speech engine stopped working\." + re.escape(_CARRY_ON) + "$",
     QT_TRANSLATE_NOOP("SpeechWords", "The speech engine stopped working. Limber carries "
                                      "on with tones instead of the voice.")),
    (r"^Cannot store the voice clips in (.+) \((.+)\); Limber carries on with tones "
     r"instead of the voice\.$",
     QT_TRANSLATE_NOOP("SpeechWords", r"Cannot store the voice clips in \1 (\2); Limber "
                                      r"carries on with tones instead of the voice.")),
    (r"^(.+?)" + re.escape(_CARRY_ON) + "$",
     QT_TRANSLATE_NOOP("SpeechWords", r"\1 Limber carries on with tones instead of the "
                                      r"voice.")),
    (r"^The voice (.+) is not installed; the (.+) speaks instead\.$",
     QT_TRANSLATE_NOOP("SpeechWords", r"The voice \1 is not installed; the \2 speaks "
                                      r"instead.")),
    (r"^The (.+) does not work on this computer; the (.+) speaks instead\.$",
     QT_TRANSLATE_NOOP("SpeechWords", r"The \1 does not work on this computer; the \2 "
                                      r"speaks instead.")),
    (r"^No speech engine: the pyttsx3 package is missing \(pip install pyttsx3\)\. Until "
     r"then a chime stands in for the spoken cues\.$",
     QT_TRANSLATE_NOOP("SpeechWords", "No speech engine: the pyttsx3 package is missing "
                                      "(pip install pyttsx3). Until then a chime stands in "
                                      "for the spoken cues.")),
    (r"^No speech engine: espeak-ng is not installed\. To hear the cues, install espeak-ng "
     r"\(on Debian or Ubuntu: sudo apt install espeak-ng\)\. Until then a chime stands in "
     r"for the spoken cues\.$",
     QT_TRANSLATE_NOOP("SpeechWords", "No speech engine: espeak-ng is not installed. To "
                                      "hear the cues, install espeak-ng (on Debian or "
                                      "Ubuntu: sudo apt install espeak-ng). Until then a "
                                      "chime stands in for the spoken cues.")),
    (r"^(.+) Until then a chime stands in for the spoken cues\.$",
     QT_TRANSLATE_NOOP("SpeechWords", r"\1 Until then a chime stands in for the spoken "
                                      r"cues.")),
    (r"^A sound file of Limber's is missing or damaged \((.+)\); reinstall Limber\.$",
     QT_TRANSLATE_NOOP("SpeechWords", r"A sound file of Limber's is missing or damaged "
                                      r"(\1); reinstall Limber.")),
)


def _fill(words: str, values: list[str]) -> str:
    """``words`` with \\1, \\2… replaced by what the English message named."""
    return _GROUP.sub(lambda g: values[int(g.group(1)) - 1], words)


_DEFAULT_VOICE = re.compile(r"^default (\S+) voice$")
_NAMED_VOICE = re.compile(r"^(\S+) voice ('.+')$")


def _voice(text: str) -> str:
    """A voice as the speech layer names it ("default espeak-ng voice", "flite voice 'slt'")
    in the language's words; anything else as it is."""
    if (default := _DEFAULT_VOICE.match(text)) is not None:
        return translate("SpeechWords", "default {engine} voice").format(engine=default[1])
    if (named := _NAMED_VOICE.match(text)) is not None:
        return translate("SpeechWords", "{engine} voice {voice}").format(engine=named[1],
                                                                         voice=named[2])
    return text


def speech_notice(message: str) -> str:
    """A speaker's notice in the active language (as written in English, or when unknown)."""
    if language() == ENGLISH:
        return message
    for pattern, words in _NOTICES:
        found = re.match(pattern, message)
        if found is not None:
            return _fill(translate("SpeechWords", words), [_voice(g) for g in found.groups()])
    return message


def in_language(notice: Callable[[str], None]) -> Callable[[str], None]:
    """``notice``, given each message in the active language."""
    return lambda message: notice(speech_notice(message))
