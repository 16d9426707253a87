"""``limber voices`` and ``limber say``: the speech engine from the terminal.

Both go through the same worker process as the app, so a broken engine gives a message and
exit status 2, never a hang or a traceback.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coach.speech.clip import Clip, write_wav_atomic
from coach.speech.log import log_path
from coach.speech.options import MAX_RATE, MIN_RATE, SpeechOptions
from coach.speech.phrase import PhraseFailed, render_phrase
from coach.speech.player import Channel, Player, PlayerFactory
from coach.speech.voices import Voice, all_voices, default_voice, speech_problem

EXIT_OK, EXIT_USAGE = 0, 2


def register(subparsers: Any, player: PlayerFactory | None = None, *,
             saved: Callable[[], SpeechOptions] = SpeechOptions) -> None:
    """Add ``voices`` and ``say`` to the ``limber`` command's subparsers.

    ``player``: what ``say`` plays through, injected by the caller (the command line passes
    the Qt audio output, imported only when a phrase is played), so this package imports
    nothing above it. With None, ``say`` can only write a file (``--to``). ``saved``: the user's
    saved voice and rate (the command line reads the preferences; this package does not).
    """
    p = subparsers.add_parser("voices", help="list the voices of every installed engine "
                              "(* = the default)")
    p.set_defaults(func=cmd_voices)

    p = subparsers.add_parser("say", help="speak a phrase with the cue voice, or save it to a file")
    p.add_argument("text", metavar="TEXT", help="what to say")
    p.add_argument("--voice", metavar="ID",
                   help="voice id (see 'limber voices'); default: your saved voice")
    p.add_argument("--rate", type=int, metavar="N",
                   help=f"words per minute, {MIN_RATE} to {MAX_RATE}; default: your saved rate")
    p.add_argument("--to", type=Path, metavar="FILE.wav", help="write a WAV file instead")
    p.set_defaults(func=lambda args: cmd_say(args, player, saved))


def _fail(message: str) -> int:
    print(f"limber: {message}", file=sys.stderr)
    return EXIT_USAGE


def cmd_voices(args: argparse.Namespace) -> int:
    problem = speech_problem()
    if problem:
        return _fail(problem)
    print(format_voices(all_voices(), default_voice()))
    return EXIT_OK


def format_voices(voices: list[Voice], default: str) -> str:
    """One line per voice: engine, id, name, languages and a word on quality; clearest first."""
    rows = [("", "ENGINE", "ID", "NAME", "LANGUAGE", "QUALITY")]
    rows += [("*" if v.id == default else "", v.engine, v.id, v.name, ", ".join(v.languages),
              v.quality) for v in voices]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    lines.append(f"{len(voices)} voices; * the default, the clearest installed "
                 "('limber say --voice ID TEXT' to try one)")
    return "\n".join(lines)


def cmd_say(args: argparse.Namespace, player: PlayerFactory | None = None,
            saved: Callable[[], SpeechOptions] = SpeechOptions) -> int:
    text = " ".join(args.text.split())
    if not text:
        return _fail("nothing to say")
    if args.rate is not None and not MIN_RATE <= args.rate <= MAX_RATE:
        return _fail(f"--rate must be {MIN_RATE} to {MAX_RATE} words a minute")
    if args.to is not None and not args.to.parent.is_dir():
        return _fail(f"no folder {args.to.parent}")
    options = saved() if args.voice is None or args.rate is None else SpeechOptions()
    rate = options.speech_rate if args.rate is None else args.rate
    problem = speech_problem()
    if problem:
        return _fail(problem)
    if args.voice and args.voice not in {v.id for v in all_voices()}:
        return _fail(f"there is no voice {args.voice!r} (see 'limber voices')")
    voice = options.voice_id if args.voice is None else args.voice
    notes: list[str] = []
    try:
        clip = render_phrase(text, voice, rate, post=notes.append)
    except PhraseFailed as exc:
        return _fail(f"{exc} (details in {log_path()})")
    except OSError as exc:  # the cache folder is not writable, the disk is full...
        return _fail(f"cannot store the clip: {exc.strerror or exc}")
    for note in notes:
        print(f"limber: {note}", file=sys.stderr)
    if args.to is not None:
        try:
            write_wav_atomic(args.to, clip)
        except OSError as exc:
            return _fail(f"cannot write {args.to}: {exc.strerror or exc}")
        return EXIT_OK
    return _play(clip, player)


def _play(clip: Clip, make_player: PlayerFactory | None) -> int:
    notices: list[str] = []
    if make_player is None:
        return _fail("cannot play sound here (no audio output); use --to FILE.wav")
    try:
        player: Player = make_player(notices.append)
    except ImportError as exc:
        return _fail(f"cannot play sound here ({exc}); use --to FILE.wav")
    try:
        player.play(Channel.VOICE, clip, 1.0)
        _wait_played(player, clip)
    finally:
        player.close()
    if notices:
        return _fail(f"{notices[0]} Use --to FILE.wav to save the phrase instead.")
    return EXIT_OK


def _wait_played(player: Player, clip: Clip) -> None:
    """Until the clip has gone to the sound card (the output may take a second to start)."""
    busy = getattr(player, "busy", None)
    deadline = time.monotonic() + clip.seconds + 5.0
    if busy is None:
        time.sleep(clip.seconds + 0.3)
        return
    while busy(Channel.VOICE) and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.2)  # what the output still holds
