"""The player through PulseAudio's own client library: each clip written whole, nothing between.

Why not Qt's audio output here: QAudioSink pulls its data every 20 ms through Python while a
clip plays (and while it plays silence), so a session woke the app about 100 times a second
per channel and cost 1 to 2 % of a core. Here a clip is handed to the sound server in one
write, the moment it is due; the server plays it and then waits, and between clips nothing in
Limber runs at all: the few messages the server sends per clip (it started, it ran dry) wait
in the socket until the next call reads them.

How a clip is placed: a stream that ran dry waits (PulseAudio's "prebuffering", here one
frame) and plays the next write at once, so ``play`` is a write. Queued (``queue=True``) is a
write after what is still queued, which the server plays right after it. Replacing what still
plays first drops the server's queue (a flush, which the server also takes out of the sound
card's buffer). How long each stream still sounds is kept here, from the clips' lengths: it
says when a replacement needs the flush and when the channel is ``busy``.

The stream's buffer (``tlength`` = two requests + ``LATENCY``) asks the server for a sink
latency of ``LATENCY``, PulseAudio's and PipeWire's rule for a stream that does not ask them to
adjust it; the large request size means the server asks for data rarely (and a clip written
whole never has to answer it).

Threads: none of its own. libpulse's loop runs on the caller's thread, at the end of each call
(``_pump``): a write is sent to the server there and then, and what the server said since the
last call (the clip started, the stream ran dry) is read and handled there too. Between
clips nothing runs at all: a loop thread of libpulse's own (its threaded main loop) woke two
or three times per clip only to send the write and to read those notes, which the player
never waits for. A clip too long for one write (none of the voices makes one) is the one case
that needs the loop later on: a timer pumps it while the rest is owed. Calls may come from
more than one thread (the app's, the terminal runner's); a lock keeps them one at a time. No
call blocks beyond that lock and a bounded wait for the write to leave (``SEND_WAIT``), and
none raises: a lost sound server is told once through ``notice`` and tried again at a later
clip.
"""

from __future__ import annotations

import ctypes
import sys
import threading
import time
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from math import log
from typing import Any

from coach.speech import libpulse
from coach.speech.clip import Clip
from coach.speech.player import Channel
from coach.speech.port import Notice

CONNECT_TIMEOUT = 1.0  # the sound server answers a local client within milliseconds
LATENCY = 0.04  # what the server holds ahead of the sound card: the delay before a clip sounds
REQUEST = 2.0  # the server asks for more data after this much sound at the least
RETRY_AFTER = 5.0  # a lost server is tried again at the first clip this long after
DEFAULT_FORMAT = (22050, 1)  # what the streams are opened in before any clip says otherwise
# The most handed over in one write: the server holds 4 MiB per stream at most. A longer clip
# (none of the voices makes one) goes on as the server asks for more.
WRITE_LIMIT = 1 << 20
SEND_WAIT = 0.05  # at most this long for a write (and any reply it awaits) to be sent
REST_PUMP = 0.5  # how often the loop runs while a clip too long for one write is owed
LOST = ("The sound system stopped answering; Limber carries on without sound until it is "
        "back.")
_LOG100 = log(100.0)


class PulseUnavailable(Exception):
    """No libpulse here, or no sound server answered."""


def linear_gain(volume: float) -> float:
    """The sample factor for a volume as the user sees it (0..1 on a logarithmic scale), as
    Qt's ``QtAudio.convertVolume`` makes it for its own output, so both outputs sound alike."""
    if volume <= 0.0:
        return 0.0
    if volume > 0.99:
        return 1.0
    return -log(1.0 - volume) / _LOG100


def scaled(pcm: bytes, gain: float) -> bytes:
    """16-bit samples times ``gain`` (0..1, so nothing clips)."""
    if gain >= 1.0:
        return pcm
    if gain <= 0.0:
        return bytes(len(pcm))
    samples = array("h", pcm)
    swap = sys.byteorder == "big"  # the clips are little-endian
    if swap:
        samples.byteswap()
    out = array("h", [int(s * gain) for s in samples])
    if swap:
        out.byteswap()
    return out.tobytes()


@dataclass
class _Stream:
    """One channel's playback stream."""

    key: tuple[int, int]  # (rate, channels)
    handle: int | None = None  # pa_stream *
    ready: bool = False
    pending: list[bytes] = field(default_factory=list)  # written once the stream is ready
    rest: bytes = b""  # what did not fit in the server's queue yet, written as it asks
    ends: float = 0.0  # when what has been written will have been heard (monotonic seconds)
    on_state: Any = None  # the callbacks, kept alive as long as the stream
    on_request: Any = None


class PulseOutput:
    """The :class:`coach.speech.player.Player` through PulseAudio, on Linux.

    Raises :class:`PulseUnavailable` when libpulse is missing or no server answers within
    ``connect_timeout``: the caller then uses another output.
    """

    def __init__(self, notice: Notice, *, connect_timeout: float = CONNECT_TIMEOUT,
                 load: Callable[[], Any] = libpulse.load,
                 now: Callable[[], float] = time.monotonic) -> None:
        try:
            self._lib = load()
        except (OSError, AttributeError) as exc:
            raise PulseUnavailable(f"no PulseAudio client library ({exc})") from exc
        self._notice = notice
        self._now = now
        self._told: set[str] = set()
        self._gains: dict[tuple[bytes, float], bytes] = {}
        self._closed = False
        self._streams = {channel: _Stream(DEFAULT_FORMAT) for channel in Channel}
        self._context: int | None = None
        self._on_context: Any = None
        self._tried = 0.0  # when a connection was last begun
        self._guard = threading.RLock()
        self._later: threading.Timer | None = None  # pumps while a long clip's rest is owed
        self._loop = self._lib.pa_mainloop_new()
        if not self._loop:
            raise PulseUnavailable("libpulse could not make its loop")
        with self._locked():
            self._connect()
        if not self._wait(self._all_ready, connect_timeout):
            self.close()
            raise PulseUnavailable("no sound server answered")

    # -- the Player port -------------------------------------------------------------------

    def play(self, channel: Channel, clip: Clip, volume: float, *, queue: bool = False) -> None:
        if self._closed:
            return
        pcm = self._gain(clip.pcm, linear_gain(volume))
        with self._locked():
            if not self._connected():
                return
            stream = self._streams[channel]
            now = self._now()
            playing = now < stream.ends
            key = (clip.rate, clip.channels)
            if stream.key != key or stream.handle is None:
                stream.pending.clear()  # in another format, or never opened: stale either way
                stream.key = key
                self._open(stream)
                playing = False
            if not stream.ready:
                if not queue:
                    stream.pending.clear()
                stream.pending.append(pcm)
            else:
                if playing and not queue:
                    self._flush(stream)
                self._write(stream, pcm)
            start = stream.ends if queue and playing else now + LATENCY
            stream.ends = start + clip.seconds

    def busy(self, channel: Channel) -> bool:
        """Something written to this channel has not been heard yet."""
        if self._closed:
            return False
        with self._locked():
            stream = self._streams[channel]
            return bool(stream.pending) or self._now() < stream.ends

    def stop(self, channel: Channel | None = None) -> None:
        if self._closed:
            return
        with self._locked():
            now = self._now()
            for ch in [channel] if channel else list(Channel):
                stream = self._streams[ch]
                stream.pending.clear()
                stream.rest = b""
                if stream.ready and now < stream.ends:
                    self._flush(stream)
                stream.ends = now

    def close(self) -> None:
        if self._closed:
            return
        with self._locked():
            self._closed = True
            if self._later is not None:
                self._later.cancel()
            for stream in self._streams.values():
                self._drop(stream)
            self._drop_context()
        with self._guard:
            self._lib.pa_mainloop_free(self._loop)
        self._gains.clear()

    # -- inside (the lock held) ----------------------------------------------------------------

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """One call at a time; what it asked of libpulse is sent as it ends."""
        with self._guard:
            try:
                yield
            finally:
                self._pump()

    def _pump(self) -> None:
        """Run libpulse's loop here until it has nothing left to do now: callbacks for what
        the server said meanwhile, then the writes, sent (waiting at most ``SEND_WAIT`` for a
        full socket or an awaited reply)."""
        lib = self._lib
        for _ in range(64):  # each pass dispatches what is ready; never spins for long
            if lib.pa_mainloop_iterate(self._loop, 0, None) <= 0:
                break
        deadline = time.monotonic() + SEND_WAIT
        while (self._context is not None and lib.pa_context_is_pending(self._context)
               and (left := deadline - time.monotonic()) > 0):
            if lib.pa_mainloop_prepare(self._loop, int(left * 1e6)) < 0 or \
                    lib.pa_mainloop_poll(self._loop) < 0 or \
                    lib.pa_mainloop_dispatch(self._loop) < 0:
                break
        owed = any(stream.rest for stream in self._streams.values())
        if owed and not self._closed and (self._later is None or not self._later.is_alive()):
            self._later = threading.Timer(REST_PUMP, self._pump_later)
            self._later.daemon = True
            self._later.start()

    def _pump_later(self) -> None:
        with self._guard:
            if not self._closed:
                self._pump()

    def _wait(self, done: Callable[[], bool], timeout: float) -> bool:
        """Poll ``done`` (under the lock) until it holds or ``timeout`` passes: only while the
        player is being made, before any clip is due."""
        deadline = time.monotonic() + timeout
        while True:
            with self._locked():
                if done():
                    return True
                if self._context is None or self._context_state() in libpulse.CONTEXT_DEAD:
                    return False
            if time.monotonic() > deadline:
                return False
            time.sleep(0.002)

    def _all_ready(self) -> bool:
        return all(stream.ready for stream in self._streams.values())

    def _context_state(self) -> int:
        assert self._context is not None
        return int(self._lib.pa_context_get_state(self._context))

    def _connect(self) -> None:
        """Begin a connection; the streams open once it is ready (:meth:`_context_changed`)."""
        self._tried = self._now()
        context = self._lib.pa_context_new(self._lib.pa_mainloop_get_api(self._loop), b"Limber")
        if not context:
            return
        self._context = context
        self._on_context = libpulse.StateNotify(self._context_changed)
        self._lib.pa_context_set_state_callback(context, self._on_context, None)
        if self._lib.pa_context_connect(context, None, libpulse.CONTEXT_NOAUTOSPAWN, None) < 0:
            self._drop_context()

    def _connected(self) -> bool:
        """Whether clips can be written; a lost server is told once and tried again later."""
        if self._context is not None and self._context_state() not in libpulse.CONTEXT_DEAD:
            return True
        if self._context is not None:
            self._tell(LOST)
            for stream in self._streams.values():
                self._drop(stream)
                stream.pending.clear()
            self._drop_context()
        if self._now() - self._tried >= RETRY_AFTER:
            self._connect()  # this clip is lost; the next ones play once it is back
        return False

    def _context_changed(self, _context: int, _userdata: int) -> None:
        """From the loop (the lock held)."""
        if self._context is not None and self._context_state() == libpulse.CONTEXT_READY:
            for stream in self._streams.values():
                if stream.handle is None:
                    self._open(stream)

    def _open(self, stream: _Stream) -> None:
        """(Re)open ``stream`` in its format; what is pending is written once it is ready."""
        self._drop(stream)
        if self._context is None or self._context_state() != libpulse.CONTEXT_READY:
            return  # opened when the connection is (see _context_changed)
        rate, channels = stream.key
        spec = libpulse.SampleSpec(libpulse.SAMPLE_S16LE, rate, channels)
        handle = self._lib.pa_stream_new(self._context, b"Limber cues", ctypes.byref(spec), None)
        if not handle:
            self._tell(f"The sound system does not take {rate} Hz, {channels}-channel sound.")
            return
        frame = 2 * channels
        request = int(rate * REQUEST) * frame
        attr = libpulse.BufferAttr(
            maxlength=libpulse.NO_VALUE,
            tlength=2 * request + int(rate * LATENCY) * frame,
            prebuf=frame,  # a stream that ran dry starts again with the first frame written
            minreq=request,
            fragsize=libpulse.NO_VALUE)
        stream.handle = handle

        def changed(_stream: int, _userdata: int) -> None:
            self._stream_changed(stream)

        def requested(_stream: int, nbytes: int, _userdata: int) -> None:
            self._requested(stream, nbytes)

        stream.on_state = libpulse.StateNotify(changed)
        stream.on_request = libpulse.WriteRequest(requested)
        self._lib.pa_stream_set_state_callback(handle, stream.on_state, None)
        self._lib.pa_stream_set_write_callback(handle, stream.on_request, None)
        if self._lib.pa_stream_connect_playback(handle, None, ctypes.byref(attr), 0, None,
                                                None) < 0:
            self._drop(stream)

    def _stream_changed(self, stream: _Stream) -> None:
        """From the loop (the lock held): a ready stream writes what waited for it."""
        if stream.handle is None:
            return
        state = self._lib.pa_stream_get_state(stream.handle)
        if state in libpulse.STREAM_DEAD:
            self._drop(stream)  # the next clip opens it again
            stream.pending.clear()
        elif state == libpulse.STREAM_READY and not stream.ready:
            stream.ready = True
            pending, stream.pending = stream.pending, []
            for pcm in pending:
                self._write(stream, pcm)

    def _requested(self, stream: _Stream, nbytes: int) -> None:
        """From the loop (the lock held): the server takes ``nbytes`` more."""
        if stream.rest and stream.handle is not None:
            part, stream.rest = stream.rest[:max(nbytes, 1)], stream.rest[max(nbytes, 1):]
            self._send(stream, part)

    def _write(self, stream: _Stream, pcm: bytes) -> None:
        """After what is queued (a clip too long for one write goes on as the server asks)."""
        if stream.rest:
            stream.rest += pcm
            return
        self._send(stream, pcm[:WRITE_LIMIT])
        stream.rest = pcm[WRITE_LIMIT:]

    def _send(self, stream: _Stream, pcm: bytes) -> None:
        assert stream.handle is not None
        self._lib.pa_stream_write(stream.handle, pcm, len(pcm), None, 0, libpulse.SEEK_RELATIVE)

    def _flush(self, stream: _Stream) -> None:
        assert stream.handle is not None
        stream.rest = b""
        operation = self._lib.pa_stream_flush(stream.handle, None, None)
        if operation:
            self._lib.pa_operation_unref(operation)

    def _drop(self, stream: _Stream) -> None:
        if stream.handle is not None:
            self._lib.pa_stream_set_state_callback(stream.handle, libpulse.StateNotify(), None)
            self._lib.pa_stream_set_write_callback(stream.handle, libpulse.WriteRequest(), None)
            self._lib.pa_stream_disconnect(stream.handle)
            self._lib.pa_stream_unref(stream.handle)
        stream.handle = None
        stream.ready = False
        stream.rest = b""
        stream.on_state = stream.on_request = None

    def _drop_context(self) -> None:
        if self._context is not None:
            self._lib.pa_context_set_state_callback(self._context, libpulse.StateNotify(), None)
            self._lib.pa_context_disconnect(self._context)
            self._lib.pa_context_unref(self._context)
        self._context = None
        self._on_context = None

    def _tell(self, message: str) -> None:
        if message not in self._told:
            self._told.add(message)
            self._notice(message)

    def _gain(self, pcm: bytes, gain: float) -> bytes:
        """``pcm`` at ``gain``, each clip scaled once (a session plays the same few again and
        again, the tones above all)."""
        if gain >= 1.0:
            return pcm
        key = (pcm, gain)
        found = self._gains.get(key)
        if found is None:
            found = self._gains[key] = scaled(pcm, gain)
        return found

