"""The PulseAudio player: what it hands the sound server and when, against a fake libpulse
(every rule, no sound card needed), then against a real server where one answers (CI starts a
PulseAudio null sink): the clip is heard at once, and nothing in the app wakes between clips."""

from __future__ import annotations

import ctypes
import os
import threading
import time
from array import array
from dataclasses import dataclass, field
from typing import Any

import pytest

from coach.speech import libpulse
from coach.speech.clip import Clip
from coach.speech.player import Channel
from coach.speech.pulse_output import (
    LATENCY,
    LOST,
    RETRY_AFTER,
    WRITE_LIMIT,
    PulseOutput,
    PulseUnavailable,
    linear_gain,
    scaled,
)


@dataclass
class FakeStream:
    rate: int
    channels: int
    state: int = 0
    on_state: Any = None
    on_request: Any = None
    writes: list[bytes] = field(default_factory=list)
    flushes: int = 0
    gone: bool = False


class FakePulse:
    """The libpulse calls PulseOutput makes, on one thread, answering as a server would."""

    def __init__(self) -> None:
        self.context_state = 0
        self.context_answers = libpulse.CONTEXT_READY  # what connecting leads to
        self.streams_answer = True  # streams become ready as soon as they connect
        self.on_context: Any = None
        self.streams: dict[int, FakeStream] = {}
        self.contexts = 0
        self.pumps = 0  # times the loop was run (on the caller's thread)
        self.pump_threads: set[str] = set()
        self.loop_freed = False

    # the loop: run by the caller, never on a thread of its own
    def pa_mainloop_new(self) -> int:
        return 1

    def pa_mainloop_get_api(self, loop: int) -> int:
        return 2

    def pa_mainloop_iterate(self, loop: int, block: int, retval: Any) -> int:
        assert block == 0  # never waits for the server
        self.pumps += 1
        self.pump_threads.add(threading.current_thread().name)
        return 0  # nothing left to dispatch

    def pa_mainloop_free(self, loop: int) -> None:
        self.loop_freed = True

    def pa_context_is_pending(self, context: int) -> int:
        return 0  # every write left at once

    # the connection
    def pa_context_new(self, api: int, name: bytes) -> int:
        self.contexts += 1
        self.context_state = 0
        return 100 + self.contexts

    def pa_context_set_state_callback(self, context: int, callback: Any, data: Any) -> None:
        self.on_context = callback if callback else None

    def pa_context_connect(self, context: int, server: Any, flags: int, api: Any) -> int:
        assert flags == libpulse.CONTEXT_NOAUTOSPAWN
        self.set_context(self.context_answers)
        return 0

    def pa_context_get_state(self, context: int) -> int:
        return self.context_state

    def pa_context_disconnect(self, context: int) -> None:
        pass

    def pa_context_unref(self, context: int) -> None:
        pass

    def set_context(self, state: int) -> None:
        self.context_state = state
        if self.on_context is not None:
            self.on_context(None, None)

    # streams
    def pa_stream_new(self, context: int, name: bytes, spec: Any, channel_map: Any) -> int:
        value = ctypes.cast(spec, ctypes.POINTER(libpulse.SampleSpec)).contents
        handle = 1000 + len(self.streams)
        self.streams[handle] = FakeStream(value.rate, value.channels)
        return handle

    def pa_stream_set_state_callback(self, handle: int, callback: Any, data: Any) -> None:
        self.streams[handle].on_state = callback if callback else None

    def pa_stream_set_write_callback(self, handle: int, callback: Any, data: Any) -> None:
        self.streams[handle].on_request = callback if callback else None

    def pa_stream_connect_playback(self, handle: int, device: Any, attr: Any, flags: int,
                                   volume: Any, sync: Any) -> int:
        buffer = ctypes.cast(attr, ctypes.POINTER(libpulse.BufferAttr)).contents
        stream = self.streams[handle]
        frame = 2 * stream.channels
        assert buffer.prebuf == frame  # a stream that ran dry plays the next write at once
        # The server's rule: a sink latency of tlength - 2 * minreq.
        assert buffer.tlength - 2 * buffer.minreq == int(stream.rate * LATENCY) * frame
        if self.streams_answer:
            self.ready(handle)
        return 0

    def pa_stream_get_state(self, handle: int) -> int:
        return self.streams[handle].state

    def pa_stream_write(self, handle: int, data: bytes, size: int, free: Any, offset: int,
                        seek: int) -> int:
        assert (offset, seek) == (0, libpulse.SEEK_RELATIVE) and size == len(data)
        self.streams[handle].writes.append(data)
        return 0

    def pa_stream_flush(self, handle: int, callback: Any, data: Any) -> int:
        self.streams[handle].flushes += 1
        return 7

    def pa_operation_unref(self, operation: int) -> None:
        assert operation == 7

    def pa_stream_disconnect(self, handle: int) -> int:
        self.streams[handle].gone = True
        return 0

    def pa_stream_unref(self, handle: int) -> None:
        pass

    def ready(self, handle: int) -> None:
        stream = self.streams[handle]
        stream.state = libpulse.STREAM_READY
        if stream.on_state is not None:
            stream.on_state(handle, None)

    def live(self, rate: int | None = None) -> list[FakeStream]:
        return [s for s in self.streams.values()
                if not s.gone and (rate is None or s.rate == rate)]


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def make(fake: FakePulse | None = None) -> tuple[PulseOutput, FakePulse, Clock, list[str]]:
    fake = fake or FakePulse()
    clock = Clock()
    notes: list[str] = []
    return PulseOutput(notes.append, load=lambda: fake, now=clock), fake, clock, notes


def clip(seconds: float = 0.5, rate: int = 22050, label: str = "x") -> Clip:
    return Clip(label, b"\x10\x00" * int(seconds * rate), rate)


def voice_stream(fake: FakePulse, rate: int = 22050) -> FakeStream:
    # The voice stream is opened first (Channel's order: voice, tone).
    return fake.live(rate)[0]


def test_both_channels_open_before_any_clip() -> None:
    _, fake, _, notes = make()
    assert len(fake.live(22050)) == 2
    assert notes == []


def test_a_clip_is_one_write_at_once() -> None:
    output, fake, _, _ = make()
    one = clip()
    output.play(Channel.VOICE, one, 1.0)
    assert voice_stream(fake).writes == [one.pcm]
    assert voice_stream(fake).flushes == 0


def test_a_clip_in_another_format_reopens_its_channel_only() -> None:
    output, fake, _, _ = make()
    sixteen = clip(rate=16000)
    output.play(Channel.VOICE, sixteen, 1.0)
    [voice] = fake.live(16000)
    assert voice.writes == [sixteen.pcm]
    assert len(fake.live(22050)) == 1  # the tone channel kept its stream


def test_a_clip_waits_for_a_stream_that_is_not_ready_yet() -> None:
    output, fake, _, _ = make()
    fake.streams_answer = False
    second = clip(label="b", seconds=0.3, rate=16000)
    output.play(Channel.VOICE, clip(rate=16000), 1.0)
    output.play(Channel.VOICE, second, 1.0)  # replaces the first while both wait
    output.play(Channel.VOICE, Clip("c", bytes(3200), 16000), 1.0, queue=True)
    [voice] = fake.live(16000)
    assert voice.writes == [] and output.busy(Channel.VOICE)
    fake.ready(1002)
    assert voice.writes == [second.pcm, bytes(3200)]


def test_replacing_a_clip_that_still_sounds_drops_it_first() -> None:
    output, fake, clock, _ = make()
    output.play(Channel.VOICE, clip(seconds=1.0), 1.0)
    clock.t += 0.5
    output.play(Channel.VOICE, clip(seconds=1.0), 1.0)
    assert voice_stream(fake).flushes == 1


def test_a_clip_after_the_last_one_was_heard_needs_no_flush() -> None:
    output, fake, clock, _ = make()
    output.play(Channel.VOICE, clip(seconds=1.0), 1.0)
    clock.t += 1.0 + LATENCY
    assert not output.busy(Channel.VOICE)
    output.play(Channel.VOICE, clip(seconds=1.0), 1.0)
    assert voice_stream(fake).flushes == 0
    assert len(voice_stream(fake).writes) == 2


def test_a_queued_clip_follows_without_a_flush_and_keeps_the_channel_busy() -> None:
    output, fake, clock, _ = make()
    output.play(Channel.VOICE, clip(seconds=1.0), 1.0)
    clock.t += 0.5
    output.play(Channel.VOICE, clip(seconds=1.0), 1.0, queue=True)
    assert voice_stream(fake).flushes == 0
    clock.t += 1.0  # 1.5 s in: the second clip is under way
    assert output.busy(Channel.VOICE)
    clock.t += 0.5 + LATENCY
    assert not output.busy(Channel.VOICE)


def test_stop_drops_only_what_still_sounds() -> None:
    output, fake, clock, _ = make()
    output.play(Channel.VOICE, clip(seconds=1.0), 1.0)
    output.play(Channel.TONE, clip(seconds=0.1), 1.0)
    clock.t += 0.5
    output.stop()
    voice, tone = fake.live(22050)
    assert (voice.flushes, tone.flushes) == (1, 0)
    assert not output.busy(Channel.VOICE)
    output.stop(Channel.VOICE)
    assert voice.flushes == 1


def test_a_clip_too_long_for_one_write_goes_on_as_the_server_asks() -> None:
    output, fake, _, _ = make()
    pcm = bytes(range(256)) * ((WRITE_LIMIT + 5000) // 256 + 1)
    output.play(Channel.VOICE, Clip("long", pcm, 22050), 1.0)
    voice = voice_stream(fake)
    assert voice.writes == [pcm[:WRITE_LIMIT]]
    output.play(Channel.VOICE, clip(label="next"), 1.0, queue=True)  # after all of it
    voice.on_request(None, 3000, None)
    voice.on_request(None, 1 << 30, None)
    assert b"".join(voice.writes) == pcm + clip().pcm


def test_the_volume_scales_the_samples_as_qt_does() -> None:
    qtmm = pytest.importorskip("PySide6.QtMultimedia")
    qt_audio = qtmm.QtAudio
    for volume in (0.0, 0.1, 0.35, 0.6, 0.9, 0.99, 1.0):
        expected = qt_audio.convertVolume(volume, qt_audio.VolumeScale.LogarithmicVolumeScale,
                                          qt_audio.VolumeScale.LinearVolumeScale)
        assert linear_gain(volume) == pytest.approx(expected, abs=1e-6)


def test_scaled_samples() -> None:
    pcm = array("h", [1000, -1000, 32767, -32768, 0]).tobytes()
    assert array("h", scaled(pcm, 0.5)).tolist() == [500, -500, 16383, -16384, 0]
    assert scaled(pcm, 1.0) is pcm
    assert scaled(pcm, 0.0) == bytes(len(pcm))


def test_a_quieter_clip_is_scaled_once() -> None:
    output, fake, _, _ = make()
    tick = clip(seconds=0.05)
    output.play(Channel.TONE, tick, 0.6)
    output.play(Channel.TONE, tick, 0.6)
    tone = fake.live(22050)[1]
    assert tone.writes[0] == scaled(tick.pcm, linear_gain(0.6))
    assert tone.writes[0] is tone.writes[1]


def test_no_library_or_no_server_is_unavailable_not_an_error() -> None:
    def missing() -> Any:
        raise OSError("libpulse.so.0: cannot open shared object file")

    with pytest.raises(PulseUnavailable):
        PulseOutput(lambda _: None, load=missing)
    refusing = FakePulse()
    refusing.context_answers = 5  # FAILED: nothing listens
    with pytest.raises(PulseUnavailable):
        PulseOutput(lambda _: None, load=lambda: refusing)
    assert refusing.loop_freed


def test_a_lost_server_is_told_once_and_tried_again_later() -> None:
    output, fake, clock, notes = make()
    fake.set_context(5)  # the server went away
    output.play(Channel.VOICE, clip(), 1.0)
    output.play(Channel.VOICE, clip(), 1.0)
    assert notes == [LOST]
    assert fake.live() == [] and fake.contexts == 1
    clock.t += RETRY_AFTER
    output.play(Channel.VOICE, clip(), 1.0)  # lost too, but it connects again
    assert fake.contexts == 2 and len(fake.live()) == 2
    output.play(Channel.VOICE, clip(), 1.0)
    assert len(voice_stream(fake).writes) == 1
    assert notes == [LOST]


def test_close_is_final() -> None:
    output, fake, _, _ = make()
    output.close()
    output.close()
    output.play(Channel.VOICE, clip(), 1.0)
    output.stop()
    assert not output.busy(Channel.VOICE)
    assert fake.live() == [] and fake.loop_freed


def test_the_loop_runs_on_the_callers_thread_as_each_call_ends() -> None:
    """No loop thread: a write is sent as ``play`` returns, on the thread that played it."""
    output, fake, _, _ = make()
    before = fake.pumps
    output.play(Channel.VOICE, clip(), 1.0)
    assert fake.pumps > before
    assert fake.pump_threads == {threading.current_thread().name}


# -- a real sound server ---------------------------------------------------------------------


def real_output() -> PulseOutput:
    try:
        return PulseOutput(lambda message: pytest.fail(message))
    except PulseUnavailable:
        pytest.skip("no PulseAudio server answers here")


def _thread_names() -> list[str]:
    names = []
    for task in os.listdir("/proc/self/task"):
        with open(f"/proc/self/task/{task}/comm") as comm:
            names.append(comm.read().strip())
    return names


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="reads /proc")
def test_with_a_server_a_clip_is_heard_and_nothing_wakes_between_clips() -> None:
    output = real_output()
    recorder = _Monitor()
    try:
        recorder.start()
        time.sleep(2.0)  # a new recording delivers late at first (up to 1.6 s seen)
        square = [12000] * 25 + [-12000] * 25  # 441 Hz: far below what resampling cuts
        loud = Clip("beep", array("h", square * 88).tobytes(), 22050)
        played = time.monotonic()
        output.play(Channel.VOICE, loud, 1.0)
        heard = recorder.first_sound(timeout=3.0)
        assert heard is not None, "the clip never reached the sound server's output"
        # 0-6 ms on the development machine (Qt's output: about 70); generous for a loaded one.
        assert heard - played < 0.3
        recorder.stop()  # libpulse-simple runs a loop thread of libpulse's
        time.sleep(0.4)  # the clip is over
        # No loop thread of libpulse's ("threaded-ml"), no timer, no pulls: nothing of the
        # player's can wake between clips; the next call reads what the server said.
        assert "threaded-ml" not in _thread_names()
        assert not output.busy(Channel.VOICE)
        output.play(Channel.VOICE, loud, 1.0)  # the connection still works after the rest
        assert output.busy(Channel.VOICE)
    finally:
        recorder.stop()
        output.close()


class _Monitor(threading.Thread):
    """Records the default sink's monitor through libpulse-simple; notes when sound starts."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        try:
            self._lib = ctypes.CDLL("libpulse-simple.so.0")
        except OSError:
            pytest.skip("no libpulse-simple to listen with")
        self._lib.pa_simple_new.restype = ctypes.c_void_p
        self._lib.pa_simple_new.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int,
                                            ctypes.c_char_p, ctypes.c_char_p,
                                            ctypes.POINTER(libpulse.SampleSpec), ctypes.c_void_p,
                                            ctypes.POINTER(libpulse.BufferAttr), ctypes.c_void_p]
        self._lib.pa_simple_read.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t,
                                             ctypes.c_void_p]
        self._lib.pa_simple_free.argtypes = [ctypes.c_void_p]
        spec = libpulse.SampleSpec(libpulse.SAMPLE_S16LE, 22050, 1)
        frag = 22050 * 2 // 200  # 5 ms a read
        attr = libpulse.BufferAttr(libpulse.NO_VALUE, libpulse.NO_VALUE, libpulse.NO_VALUE,
                                   libpulse.NO_VALUE, frag)
        self._handle = self._lib.pa_simple_new(None, b"limber-test", 2,  # PA_STREAM_RECORD
                                               b"@DEFAULT_MONITOR@", b"monitor",
                                               ctypes.byref(spec), None, ctypes.byref(attr),
                                               None)
        if not self._handle:
            pytest.skip("the sound server's monitor cannot be recorded")
        self._frag = frag
        self._running = True
        self.sound_at: float | None = None

    def run(self) -> None:
        buffer = ctypes.create_string_buffer(self._frag)
        while self._running:
            if self._lib.pa_simple_read(self._handle, buffer, self._frag, None) < 0:
                return
            if self.sound_at is None and max(array("h", buffer.raw)) > 4000:
                self.sound_at = time.monotonic()

    def first_sound(self, timeout: float) -> float | None:
        deadline = time.monotonic() + timeout
        while self.sound_at is None and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.sound_at

    def stop(self) -> None:
        if self._running:
            self._running = False
            self.join(2)
            self._lib.pa_simple_free(self._handle)
