"""The installed voices, for the preferences' voice list, and one sample phrase to hear one.

Asking the speech engine starts a worker process and may take a second or two, so the window
calls these from a background thread. No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence

from coach.core.language.current_language import language as active_language
from coach.core.language.current_language import translate
from coach.speech.engines.engine_protocol import EngineUnavailable, VoiceInfo
from coach.speech.player import PlayerFactory
from coach.speech.render_now import PhraseFailed, play_now, render_phrase
from coach.speech.voice_catalogue import all_voices, speech_problem
from coach.speech.worker_process import EngineDead


def sample() -> str:
    return translate("VoiceChoices", "Left side. Hold it gently, and breathe. Five, four, three, "
                                     "two, one.")


def default_label() -> str:
    return translate("VoiceChoices", "Automatic: the clearest voice installed")


def installed_voices() -> list[VoiceInfo]:
    """Every engine's voices, clearest first, each named with its engine and a word on its
    quality ("US English, male — flite, clearest"); empty when no engine can speak."""
    if speech_problem():
        return []
    try:
        return [VoiceInfo(v.id, v.label, v.languages) for v in all_voices()]
    except (EngineUnavailable, EngineDead, OSError):
        return []


def voice_label(voice: VoiceInfo) -> str:
    """"English (America) — en-us": the name, then the languages when they add something."""
    languages = ", ".join(voice.languages)
    return f"{voice.name} — {languages}" if languages and languages != voice.name else voice.name


def speaks(voice: VoiceInfo, language: str | None = None) -> bool:
    """Whether ``voice`` is made for ``language`` ("en" takes en, en-us, en-gb-x-rp…; None:
    the cues' language, the active one): those come first, the rest behind "More voices"."""
    language = language or active_language()
    return any(code == language or code.startswith(f"{language}-") for code in voice.languages)


def other_languages(voices: Sequence[VoiceInfo]) -> int:
    """How many voices are for languages other than the cues' (behind "More voices")."""
    return sum(not speaks(v) for v in voices)


def voice_choices(voices: Sequence[VoiceInfo], current: str, *,
                  more: bool = False) -> list[tuple[str, str]]:
    """(label, id) pairs for the list: the default first, then the voices for the cues'
    language, clearest first; with ``more``, every other voice after them, by name. The saved
    voice is always listed (marked when it is no longer installed), so opening the dialog
    never changes it."""
    first = [v for v in voices if speaks(v)]
    others = sorted((v for v in voices if not speaks(v)), key=lambda v: v.name.casefold())
    shown = [*first, *others] if more else first + [v for v in others if v.id == current]
    choices = [(default_label(), "")] + [(voice_label(v), v.id) for v in shown]
    if current and current not in {v.id for v in voices}:
        choices.append((translate("VoiceChoices", "{voice} (not "
                                                  "installed)").format(voice=current), current))
    return choices


def hear(voice_id: str, rate: int, player: PlayerFactory | None) -> str | None:
    """Say :func:`sample` in ``voice_id`` at ``rate`` and wait until it is played (blocks);
    what went wrong, in words for the preferences dialog, or None."""
    problem = speech_problem()
    if problem:
        return translate("VoiceChoices", "The sample cannot be said: "
                                         "{problem}").format(problem=problem)
    try:
        clip = render_phrase(sample(), voice_id, rate)
    except PhraseFailed as exc:
        return translate("VoiceChoices", "The sample cannot be said: {problem}").format(problem=exc)
    except OSError as exc:  # the cache folder is not writable, the disk is full...
        return translate("VoiceChoices", "The sample cannot be stored: {problem}.").format(
            problem=exc.strerror or exc)
    played = play_now(clip, player)
    return None if played is None else \
        translate("VoiceChoices", "The sample cannot be heard. {problem}").format(problem=played)


def check_voice_setting(key: str, value: str, voices: Sequence[VoiceInfo] | None = None) -> \
        str | None:
    """For ``limber prefs set``: refuse a voice id that is not installed, listing the ones
    that are. ``voices`` defaults to asking the engine; with no engine nothing is refused."""
    if key != "voice_id" or not value.strip():
        return None
    known = installed_voices() if voices is None else list(voices)
    if not known or value.strip() in {v.id for v in known}:
        return None
    listing = "\n".join(f"  {v.id:<16} {voice_label(v)}" for v in sorted(known, key=lambda v: v.id))
    return translate("VoiceChoices", "there is no voice {voice}. The installed voices (set one by "
                                     "its id, or an empty value for the system's "
                                     "default):\n{listing}").format(
        voice=repr(value.strip()), listing=listing)
