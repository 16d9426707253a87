"""``limber voices`` and ``limber say``: the speech engine from the terminal.

Both go through the same worker process as the app, so a broken engine gives a message and
exit status 2, never a hang or a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coach.cli.terminal import EXIT_OK, error, saved_preferences
from coach.core.files.shipped_data import routines_dir
from coach.core.language.current_language import QT_TRANSLATE_NOOP, language, translate
from coach.core.plan.spoken_form import voice_form
from coach.core.routine_files.reader import CATALOGUE_FILE, load_catalogue
from coach.speech.clip import write_wav_atomic
from coach.speech.options import MAX_RATE, MIN_RATE, SpeechOptions
from coach.speech.player import Player, PlayerFactory
from coach.speech.port import Notice
from coach.speech.problem_log import log_path
from coach.speech.render_now import PhraseFailed, play_now, render_phrase
from coach.speech.voice_catalogue import Voice, all_voices, default_voice, speech_problem


def spoken_form(text: str) -> str:
    """``text`` as a session's voice would say it: the catalogue's pronunciations, symbols
    as words."""
    catalogue, _ = load_catalogue(routines_dir() / CATALOGUE_FILE)  # problems: no table
    return voice_form(text, catalogue.pronounce)


def audio_player(notice: Notice) -> Player:
    """The app's audio output (see :mod:`coach.qt.audio_output_probe`), imported only when a
    sound is played: the other commands start without Qt."""
    from coach.qt.audio_output_probe import make_player

    return make_player(notice)


def saved_speech() -> SpeechOptions:
    return SpeechOptions.from_prefs(saved_preferences())


def register(subparsers: Any, player: PlayerFactory | None = audio_player, *,
             saved: Callable[[], SpeechOptions] = saved_speech) -> None:
    """Add ``voices`` and ``say`` to the ``limber`` command's subparsers.

    ``player``: what ``say`` plays through (Qt's audio output by default; with None, ``say``
    can only write a file, ``--to``). ``saved``: the user's saved voice and rate.
    """
    p = subparsers.add_parser("voices", help=translate("SpeechCommands", "list the voices of "
                                                                         "every installed engine "
                                                                         "(* = the default)"))
    p.set_defaults(func=cmd_voices)

    p = subparsers.add_parser("say", help=translate("SpeechCommands", "speak a phrase with the "
                                                                      "cue voice, or save it to a "
                                                                      "file"))
    p.add_argument("text", metavar="TEXT",
                   help=translate("SpeechCommands", "what to say"))
    p.add_argument("--voice", metavar="ID",
                   help=translate("SpeechCommands", "voice id (see 'limber voices'); default: "
                                                    "your saved voice"))
    p.add_argument("--rate", type=int, metavar="N",
                   help=translate("SpeechCommands", "words per minute, {low} to {high}; "
                                                    "default: your saved rate").format(
                       low=MIN_RATE, high=MAX_RATE))
    p.add_argument("--to", type=Path, metavar="FILE.wav", help=translate(
        "SpeechCommands", "write a WAV file instead"))
    p.set_defaults(func=lambda args: cmd_say(args, player, saved))


def cmd_voices(args: argparse.Namespace) -> int:
    problem = speech_problem()
    if problem:
        return error(problem)
    # The default for the cues' language: espeak-ng's German voice when Limber speaks German.
    print(format_voices(all_voices(), default_voice(language=language())))
    return EXIT_OK


# The catalogue's word on each voice's quality (coach.speech.voice_catalogue.QUALITY), shown.
QUALITY_WORDS = {"clearest": QT_TRANSLATE_NOOP("SpeechCommands", "clearest"),
                 "clear": QT_TRANSLATE_NOOP("SpeechCommands", "clear"),
                 "fair": QT_TRANSLATE_NOOP("SpeechCommands", "fair"),
                 "muffled (telephone quality)": QT_TRANSLATE_NOOP(
                     "SpeechCommands", "muffled (telephone quality)"),
                 "robotic": QT_TRANSLATE_NOOP("SpeechCommands", "robotic")}


def format_voices(voices: list[Voice], default: str) -> str:
    """One line per voice: engine, id, name, languages and a word on quality; clearest first."""
    rows = [("", translate("SpeechCommands", "ENGINE"), "ID", translate("SpeechCommands", "NAME"),
             translate("SpeechCommands", "LANGUAGE"), translate("SpeechCommands", "QUALITY"))]
    rows += [("*" if v.id == default else "", v.engine, v.id, v.name, ", ".join(v.languages),
              translate("SpeechCommands", QUALITY_WORDS.get(v.quality, v.quality))
              if v.quality else "") for v in voices]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    count = len(voices)
    lines.append(translate("SpeechCommands", "%n voice(s); * the default, the clearest installed "
                                             "('limber say --voice ID TEXT' to try one)", None,
                           count))
    return "\n".join(lines)


def cmd_say(args: argparse.Namespace, player: PlayerFactory | None = None,
            saved: Callable[[], SpeechOptions] = SpeechOptions) -> int:
    text = " ".join(args.text.split())
    if not text:
        return error(translate("SpeechCommands", "nothing to say"))
    if args.rate is not None and not MIN_RATE <= args.rate <= MAX_RATE:
        return error(translate("SpeechCommands", "--rate must be {low} to {high} words a minute")
                     .format(low=MIN_RATE, high=MAX_RATE))
    if args.to is not None and not args.to.parent.is_dir():
        return error(translate("SpeechCommands", "no folder {parent}")
            .format(parent=args.to.parent))
    options = saved() if args.voice is None or args.rate is None else SpeechOptions()
    rate = options.speech_rate if args.rate is None else args.rate
    problem = speech_problem()
    if problem:
        return error(problem)
    if args.voice and args.voice not in {v.id for v in all_voices()}:
        return error(translate("SpeechCommands", "there is no voice {voice!r} (see 'limber "
                                                 "voices')").format(voice=args.voice))
    voice = options.voice_id if args.voice is None else args.voice
    notes: list[str] = []
    try:
        clip = render_phrase(spoken_form(text), voice, rate, post=notes.append)
    except PhraseFailed as exc:
        return error(translate("SpeechCommands", "{exc} (details in {log_path})")
            .format(exc=exc, log_path=log_path()))
    except OSError as exc:  # the cache folder is not writable, the disk is full...
        return error(translate("SpeechCommands", "cannot store the clip: {value}")
            .format(value=exc.strerror or exc))
    for note in notes:
        print(f"limber: {note}", file=sys.stderr)
    if args.to is not None:
        try:
            write_wav_atomic(args.to, clip)
        except OSError as exc:
            return error(translate("SpeechCommands", "cannot write {to}: {value}")
                .format(to=args.to, value=exc.strerror or exc))
        return EXIT_OK
    problem = play_now(clip, player)
    if problem is None:
        return EXIT_OK
    return error(translate("SpeechCommands", "{problem} Use --to FILE.wav to save the phrase "
                                             "instead.").format(problem=problem))
