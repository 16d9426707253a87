"""The few libpulse calls the PulseAudio player makes, through ctypes (no new dependency).

libpulse is the PulseAudio client library; PipeWire's PulseAudio server speaks the same
protocol, and Qt Multimedia links the library on Linux anyway. Only what
:mod:`coach.speech.pulse_output` uses is declared here, with the types of ``pulse/*.h``
(PulseAudio 1.0 and later, where none of these changed).
"""

from __future__ import annotations

import ctypes
from typing import Any

from coach.core.files.shipped_data import bundled_file

LIBRARY = "libpulse.so.0"

# pa_context_state_t, pa_stream_state_t
CONTEXT_READY = 4
CONTEXT_DEAD = frozenset({5, 6})  # FAILED, TERMINATED
STREAM_READY = 2
STREAM_DEAD = frozenset({3, 4})  # FAILED, TERMINATED
CONTEXT_NOAUTOSPAWN = 1  # never start a sound server just for Limber
SAMPLE_S16LE = 3
SEEK_RELATIVE = 0  # pa_seek_mode_t: from the write index, i.e. after what is queued
NO_VALUE = 0xFFFFFFFF  # (uint32_t) -1: "the server's choice" in pa_buffer_attr


class SampleSpec(ctypes.Structure):
    _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32),
                ("channels", ctypes.c_uint8)]


class BufferAttr(ctypes.Structure):
    _fields_ = [("maxlength", ctypes.c_uint32), ("tlength", ctypes.c_uint32),
                ("prebuf", ctypes.c_uint32), ("minreq", ctypes.c_uint32),
                ("fragsize", ctypes.c_uint32)]


# void (*)(pa_stream * or pa_context *, void *userdata): its state changed (called from
# pa_mainloop_iterate or _dispatch, on the thread that runs the loop)
StateNotify = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)
# void (*)(pa_stream *, size_t nbytes, void *userdata): the server takes nbytes more
WriteRequest = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p)

_P = ctypes.c_void_p
_SIGNATURES: dict[str, tuple[Any, list[Any]]] = {
    "pa_mainloop_new": (_P, []),
    "pa_mainloop_get_api": (_P, [_P]),
    "pa_mainloop_iterate": (ctypes.c_int, [_P, ctypes.c_int, _P]),
    "pa_mainloop_prepare": (ctypes.c_int, [_P, ctypes.c_int]),
    "pa_mainloop_poll": (ctypes.c_int, [_P]),
    "pa_mainloop_dispatch": (ctypes.c_int, [_P]),
    "pa_mainloop_free": (None, [_P]),
    "pa_context_new": (_P, [_P, ctypes.c_char_p]),
    "pa_context_is_pending": (ctypes.c_int, [_P]),
    "pa_context_connect": (ctypes.c_int, [_P, ctypes.c_char_p, ctypes.c_int, _P]),
    "pa_context_set_state_callback": (None, [_P, StateNotify, _P]),
    "pa_context_get_state": (ctypes.c_int, [_P]),
    "pa_context_disconnect": (None, [_P]),
    "pa_context_unref": (None, [_P]),
    "pa_stream_new": (_P, [_P, ctypes.c_char_p, ctypes.POINTER(SampleSpec), _P]),
    "pa_stream_connect_playback": (ctypes.c_int, [_P, ctypes.c_char_p,
                                                  ctypes.POINTER(BufferAttr), ctypes.c_int,
                                                  _P, _P]),
    "pa_stream_set_state_callback": (None, [_P, StateNotify, _P]),
    "pa_stream_set_write_callback": (None, [_P, WriteRequest, _P]),
    "pa_stream_get_state": (ctypes.c_int, [_P]),
    "pa_stream_write": (ctypes.c_int, [_P, ctypes.c_char_p, ctypes.c_size_t, _P,
                                       ctypes.c_int64, ctypes.c_int]),
    "pa_stream_flush": (_P, [_P, _P, _P]),
    "pa_stream_disconnect": (ctypes.c_int, [_P]),
    "pa_stream_unref": (None, [_P]),
    "pa_operation_unref": (None, [_P]),
}


def load(name: str = LIBRARY) -> Any:
    """libpulse with the signatures above; OSError when it is missing, AttributeError when
    a function is. A frozen bundle's own copy first, as for libflite."""
    bundled = bundled_file(name)
    lib = ctypes.CDLL(name if bundled is None else str(bundled))
    for function, (restype, argtypes) in _SIGNATURES.items():
        call = getattr(lib, function)
        call.restype = restype
        call.argtypes = argtypes
    return lib
