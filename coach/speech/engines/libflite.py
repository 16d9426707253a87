"""flite's own library (libflite), driven in the render worker through ctypes.

Running the ``flite`` program costs a program start and a voice load for every phrase (about
14 ms of the 40 ms a cue takes with the rms voice); here the voice is loaded once per worker.
The audio is the program's, sample for sample: the same library makes it, with the same
duration stretch, and the random excitation of flite's statistical voices (rms, slt, awb)
starts from the same seed, as it does in a freshly started program.

Only a worker loads this (``FliteEngine``); when the libraries are missing, flite is run as a
program instead.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

from coach.core.files.shipped_data import bundled_file

LIBRARY = "libflite.so.1"
# What every voice library links to; loaded first so a bundled copy is the one used.
LANGUAGE_LIBRARIES = ("libflite_usenglish.so.1", "libflite_cmulex.so.1")
VOICE_LIBRARY = "libflite_cmu_us_{}.so.1"
REGISTER = "register_cmu_us_{}"
STRETCH = b"duration_stretch"
# glibc's rand() starts from seed 1 in a new process: the program's clips start there too.
PROGRAM_SEED = 1


class _Wave(ctypes.Structure):  # cst_wave (flite 2.x, cst_wave.h)
    _fields_ = [
        ("type", ctypes.c_char_p),
        ("sample_rate", ctypes.c_int),
        ("num_samples", ctypes.c_int),
        ("num_channels", ctypes.c_int),
        ("samples", ctypes.POINTER(ctypes.c_short)),
    ]


class _Voice(ctypes.Structure):  # the head of cst_voice (cst_voice.h): the rest is not read
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("features", ctypes.c_void_p),
    ]


Loader = Callable[[str], Any]


def library_path(name: str) -> str:
    """A copy inside a frozen bundle first (PyInstaller collects the libraries the flite
    program links to), else the name for the system's loader to find."""
    bundled = bundled_file(name)
    return name if bundled is None else str(bundled)


def _load(name: str) -> Any:
    return ctypes.CDLL(library_path(name))


class LibFlite:
    """libflite with its voices loaded on first use. OSError (or AttributeError for a
    library without the expected functions) when it cannot be used."""

    def __init__(self, load: Loader = _load) -> None:
        self._loader = load
        lib = load(LIBRARY)
        for name in LANGUAGE_LIBRARIES:
            load(name)
        lib.flite_init.restype = ctypes.c_int
        lib.flite_text_to_wave.restype = ctypes.POINTER(_Wave)
        lib.flite_text_to_wave.argtypes = [ctypes.c_char_p, ctypes.POINTER(_Voice)]
        lib.delete_wave.restype = None
        lib.delete_wave.argtypes = [ctypes.POINTER(_Wave)]
        lib.flite_feat_set_float.restype = None
        lib.flite_feat_set_float.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_float]
        lib.flite_get_param_float.restype = ctypes.c_float
        lib.flite_get_param_float.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_float]
        libc = ctypes.CDLL(None)
        self._srand = libc.srand
        self._srand.argtypes = [ctypes.c_uint]
        self._srand.restype = None
        lib.flite_init()
        self._lib = lib
        self._voices: dict[str, Any] = {}

    def has_voice(self, name: str) -> bool:
        try:
            self._voice(name)
        except (OSError, AttributeError):
            return False
        return True

    def _voice(self, name: str) -> Any:
        """The voice, registered once per process (registering loads its data)."""
        if name not in self._voices:
            register = getattr(self._loader(VOICE_LIBRARY.format(name)), REGISTER.format(name))
            register.restype = ctypes.POINTER(_Voice)
            register.argtypes = [ctypes.c_char_p]
            voice = register(None)
            if not voice:
                raise OSError(f"flite's {name} voice did not load")
            self._voices[name] = voice
        return self._voices[name]

    def synthesize(self, text: str, voice: str, stretch: float) -> tuple[bytes, int, int]:
        """(16-bit PCM, sample rate, channels) of ``text`` spoken at ``stretch``."""
        handle = self._voice(voice)
        features = handle.contents.features
        # Set before every phrase, and read back: never trust what a previous phrase left.
        self._lib.flite_feat_set_float(features, STRETCH, stretch)
        now = self._lib.flite_get_param_float(features, STRETCH, -1.0)
        if abs(now - stretch) > 1e-4:
            raise RuntimeError(f"flite's duration stretch is {now}, not {stretch}")
        self._srand(PROGRAM_SEED)
        wave = self._lib.flite_text_to_wave(text.encode("utf-8"), handle)
        if not wave:
            raise RuntimeError("flite made no audio")
        try:
            w = wave.contents
            size = max(0, w.num_samples) * max(1, w.num_channels) * 2
            pcm = ctypes.string_at(w.samples, size) if size and w.samples else b""
            return pcm, w.sample_rate, max(1, w.num_channels)
        finally:
            self._lib.delete_wave(wave)
