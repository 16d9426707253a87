"""espeak-ng driven directly through libespeak-ng, in synchronous mode (Linux).

Why not pyttsx3 here: pyttsx3 2.99 starts espeak-ng in ``AUDIO_OUTPUT_RETRIEVAL`` mode, which
espeak-ng runs asynchronously: ``espeak_SetParameter`` (the rate) and ``espeak_Synth`` become
commands on espeak's own queue thread. pyttsx3's ``runAndWait`` then runs ``endLoop``, which
calls the driver's ``stop()``; while espeak's thread is still busy (``espeak_IsPlaying()``)
that calls ``espeak_Cancel()``, which throws away the queued commands, the new rate among
them, and flags the next synthesis to be cancelled as well. Hence clips at the previous rate,
empty files and cut-off clips. In ``AUDIO_OUTPUT_SYNCHRONOUS`` mode every call runs on the
caller's thread, in order, and ``espeak_Synth`` returns only when the whole phrase has been
handed to the callback: nothing is queued, so nothing can be cancelled or reordered.

Voice ids are the identifiers pyttsx3 reports (``gmw/en-us``), so saved preferences keep
working. Only the render worker process loads this module's engine.
"""

from __future__ import annotations

import ctypes
from pathlib import Path
from typing import Any

from coach.speech.clip import Clip, write_wav
from coach.speech.engines.engine_protocol import EngineUnavailable, VoiceInfo
from coach.speech.engines.system_engine import _espeak_library, engine_problem

AUDIO_OUTPUT_SYNCHRONOUS = 2
ESPEAK_RATE = 1
POS_CHARACTER = 1
CHARS_UTF8 = 1
ENDPAUSE = 0x1000
BUFFER_MS = 200
# espeak-ng's own limits for espeakRATE; outside them it clamps silently, so we refuse instead.
RATE_LIMITS = (80, 450)


class _Voice(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("languages", ctypes.c_char_p),  # (priority byte, language) pairs, ending with a 0
        ("identifier", ctypes.c_char_p),
        ("gender", ctypes.c_ubyte),
        ("age", ctypes.c_ubyte),
        ("variant", ctypes.c_ubyte),
        ("xx1", ctypes.c_ubyte),
        ("score", ctypes.c_int),
        ("spare", ctypes.c_void_p),
    ]


_Callback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int,
                             ctypes.c_void_p)


class EspeakEngine:
    """One per process (espeak-ng keeps global state): the render worker makes it."""

    def __init__(self, load: Any = _espeak_library) -> None:
        try:
            lib = load()
        except OSError as exc:
            raise EngineUnavailable(engine_problem(lambda: load()) or str(exc)) from exc
        self._lib = lib
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p,
                                          ctypes.c_int]
        lib.espeak_SetSynthCallback.argtypes = [_Callback]
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_GetParameter.argtypes = [ctypes.c_int, ctypes.c_int]
        lib.espeak_GetParameter.restype = ctypes.c_int
        lib.espeak_ListVoices.argtypes = [ctypes.c_void_p]
        lib.espeak_ListVoices.restype = ctypes.POINTER(ctypes.POINTER(_Voice))
        lib.espeak_Synth.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint,
                                     ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
                                     ctypes.c_void_p, ctypes.c_void_p]
        self.sample_rate = lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, BUFFER_MS, None, 0)
        if self.sample_rate <= 0:
            raise EngineUnavailable("No speech engine: espeak-ng could not start (is its "
                                    "data installed? on Debian or Ubuntu: sudo apt install "
                                    "espeak-ng).")
        self._chunks: list[bytes] = []
        # Kept on the object: ctypes must not free the callback while espeak holds it.
        self._callback = _Callback(self._collect)
        lib.espeak_SetSynthCallback(self._callback)
        self._voices = self._list_voices()
        self._default = self._pick_default()

    def _collect(self, wav: Any, samples: int, events: Any) -> int:
        if wav and samples > 0:
            self._chunks.append(ctypes.string_at(wav, samples * 2))
        return 0  # 0 = carry on

    def _list_voices(self) -> list[VoiceInfo]:
        found: list[VoiceInfo] = []
        table = self._lib.espeak_ListVoices(None)
        i = 0
        while table[i]:
            v = table[i].contents
            ident = (v.identifier or b"").decode("utf-8", "replace").lower()
            name = (v.name or b"").decode("utf-8", "replace")
            langs = (v.languages or b"")[1:].decode("utf-8", "replace")
            found.append(VoiceInfo(ident, name or ident, (langs,) if langs else ()))
            i += 1
        return found

    def _pick_default(self) -> str:
        ids = {v.id for v in self._voices}
        for candidate in ("gmw/en", "gmw/en-us", "en"):  # gmw/en: what pyttsx3 chose
            if candidate in ids:
                return candidate
        return self._voices[0].id if self._voices else ""

    def default_voice(self) -> str:
        return self._default

    def voices(self) -> list[VoiceInfo]:
        return list(self._voices)

    def render(self, text: str, voice: str, rate: int, path: Path) -> None:
        write_wav(path, self.synthesize(text, voice, rate))

    def synthesize(self, text: str, voice: str, rate: int) -> Clip:
        """The clip, made in memory (the worker writes it once, as the app reads it)."""
        self.set_voice_and_rate(voice or self._default, rate)
        self._chunks = []
        data = text.encode("utf-8") + b"\0"
        status = self._lib.espeak_Synth(data, len(data), 0, POS_CHARACTER, 0,
                                        CHARS_UTF8 | ENDPAUSE, None, None)
        if status != 0:
            raise RuntimeError(f"espeak_Synth returned {status}")
        pcm, self._chunks = b"".join(self._chunks), []
        return Clip(text, pcm, self.sample_rate, 1)

    def set_voice_and_rate(self, voice: str, rate: int) -> None:
        """Set both before every phrase, and check the rate took: never trust left-over state."""
        if not RATE_LIMITS[0] <= rate <= RATE_LIMITS[1]:
            raise ValueError(f"rate {rate} is outside espeak-ng's {RATE_LIMITS}")
        if voice not in {v.id for v in self._voices}:
            raise ValueError(f"there is no voice {voice!r} (see 'limber voices')")
        if self._lib.espeak_SetVoiceByName(voice.encode("utf-8")) != 0:
            raise RuntimeError(f"espeak-ng could not load the voice {voice!r}")
        self._lib.espeak_SetParameter(ESPEAK_RATE, rate, 0)
        now = self._lib.espeak_GetParameter(ESPEAK_RATE, 1)
        if now != rate:
            raise RuntimeError(f"espeak-ng is at rate {now}, not {rate}")
