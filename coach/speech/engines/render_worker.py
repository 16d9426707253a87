"""The render worker: the one process that runs the speech engine.

A speech engine is native code that can hang or crash; here it can only take this process
with it. The app talks to it through a pipe (see ``process.py``). This module imports nothing
heavy, because a spawned child imports it before anything else.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from coach.speech.clip import Clip

# On Linux espeak-ng is driven directly (see espeak.py for why not through pyttsx3);
# pyttsx3 stays the engine for SAPI5 (Windows) and NSSpeechSynthesizer (macOS).
DEFAULT_ENGINE = ("coach.speech.engines.system_engine:Pyttsx3Engine"
                  if sys.platform in ("darwin", "win32")
                  else "coach.speech.engines.espeak:EspeakEngine")


def load_factory(spec: str) -> Any:
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def serve(conn: Connection, engine_spec: str) -> None:
    """Answer requests until told to quit or the app goes away."""
    # pyttsx3 prints "Audio saved to ..." for every file; the terminal belongs to the app.
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process
    from coach.speech.clip import BadClip, write_wav
    from coach.speech.engines.engine_protocol import EngineUnavailable

    try:
        engine = load_factory(engine_spec)()
    except EngineUnavailable as exc:
        conn.send(("unavailable", str(exc)))
        return
    except Exception as exc:
        conn.send(("unavailable", f"The speech engine failed to start ({exc})."))
        return
    conn.send(("ready", engine.default_voice()))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):  # the app has gone
            return
        kind = request[0]
        if kind == "quit":
            return
        try:
            if kind == "voices":
                conn.send(("voices", engine.voices()))
            elif kind == "render":
                _, text, voice, rate, raw, out = request
                try:
                    write_wav(Path(out), _clip(engine, text, voice, rate, Path(raw)))
                except BadClip as exc:  # the message starts with the scratch file's name
                    reason = str(exc).split(": ", 1)[-1]
                    conn.send(("failed", f"the engine wrote no usable audio: {reason}"))
                    continue
                finally:
                    Path(raw).unlink(missing_ok=True)
                conn.send(("rendered", out))
            else:
                conn.send(("failed", f"unknown request {kind!r}"))
        except Exception as exc:  # one phrase failing must not end the worker
            conn.send(("failed", f"{type(exc).__name__}: {exc}"))


def _clip(engine: Any, text: str, voice: str, rate: int, raw: Path) -> Clip:
    """The engine's clip: made in memory where the engine can (``synthesize``), else read
    from the file its ``render`` wrote to ``raw``."""
    from coach.speech.clip import BadClip
    from coach.speech.engines.clip_convert import load_any

    synthesize = getattr(engine, "synthesize", None)
    clip: Clip | None = synthesize(text, voice, rate) if synthesize is not None else None
    if clip is None:
        engine.render(text, voice, rate, raw)
        return load_any(raw, text)
    if not clip.pcm:
        raise BadClip(f"{raw.name}: no audio in it")
    return clip
