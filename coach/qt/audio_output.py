"""The Qt audio output: QAudioSink channels on a thread of their own.

Why QAudioSink and not QSoundEffect: the clips are already in memory as PCM, a sink per channel
gives the voice and the tones their own volume, and a channel kept open (playing silence
between clips, or resting) starts a clip within a few tens of ms, with no stream to open.
QSoundEffect wants a file URL per sound and reports "no device" only after an asynchronous load.

Why a channel rests when it has nothing to play: a running sink pulls every few tens of ms,
and each pull runs Python on the audio thread (2 to 3 % of a core for the two channels, most
of a session's CPU). After two idle checks (``IDLE_CHECK_MS`` apart, so the last clip has left
the sink's buffer) it is suspended, which keeps its stream open; a clip resumes it, about 10 ms
later than a running sink would start it.

Why a thread of its own: the sinks' callbacks then never wait for the GUI, and the GUI never
waits for them; the terminal runner (no Qt event loop at all) uses the very same player. Calls
from any thread are queued to that thread as signals. With no audio device the player says so
once through ``notice`` and then ignores every call: it never blocks and never raises.
"""

from __future__ import annotations

import sys
import threading
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QIODevice,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)

from coach.qt import qt_messages

qt_messages.install()  # before QtMultimedia loads: its start-up lines go to the log

from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices, QtAudio  # noqa: E402

from coach.core.language.current_language import QT_TRANSLATE_NOOP  # noqa: E402
from coach.qt.translators import translate  # noqa: E402
from coach.speech.clip import Clip  # noqa: E402
from coach.speech.player import Channel  # noqa: E402
from coach.speech.port import Notice  # noqa: E402
from coach.speech.sample_stream import ChannelStream  # noqa: E402

# Marked here, said in the active language when it is told (translate is Qt's, thread-safe).
NO_DEVICE = QT_TRANSLATE_NOOP("AudioOutput", "No audio output found (no sound card, or the sound "
                                             "system is not running); Limber carries on without "
                                             "sound.")


def no_device() -> str:
    return translate("AudioOutput", NO_DEVICE)
BUFFER_SECONDS = 0.04  # what the sink holds ahead: the delay before a clip is heard
IDLE_CHECK_MS = 100  # how often a channel that played something looks whether it can rest
IDLE_CHECKS = 3  # idle checks in a row before it rests: its buffer has played out by then
CLOSE_WAIT_MS = 2000

_app: QCoreApplication | None = None  # made here only when nobody else made one (terminal)


def audio_only_backend() -> None:
    """Have Qt Multimedia set itself up without a media back-end plugin (Linux, main thread).

    Limber only plays PCM through QAudioSink, which Qt Multimedia provides in its own library
    (through PulseAudio, which PipeWire also serves). Its back-end plugin (FFmpeg, for media
    players, cameras and recorders) maps FFmpeg, Qt Quick, QML and OpenSSL into the process,
    about 15 MiB resident that no clip ever uses. Qt chooses its back end once per process, the
    first time anything asks for an audio device, from the plugins under its library paths;
    and QT_MEDIA_BACKEND cannot say "none" (Qt 6.11 falls back to FFmpeg). So the first ask
    is made here with the library paths emptied for that one call: plugins already loaded stay
    loaded, and the paths are put back at once. Call it before any other Qt Multimedia use;
    after that it changes nothing. The frozen bundle ships no back-end plugin at all (see
    packaging/build_frozen.py), so there this is what Qt does anyway.

    Linux only: that is where sound through the audio-only set-up is proved (CI plays through
    a PulseAudio null sink); elsewhere Qt keeps its platform back end.
    """
    global _audio_only_done
    if _audio_only_done or not sys.platform.startswith("linux"):
        return
    if threading.current_thread() is not threading.main_thread():
        return  # the library paths are process-wide: only the main thread may lend them
    _audio_only_done = True
    paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        QMediaDevices.defaultAudioOutput()  # makes Qt Multimedia choose: nothing found
    finally:
        QCoreApplication.setLibraryPaths(paths)


_audio_only_done = False


def _ensure_core_app() -> None:
    """Qt Multimedia wants an application object; the terminal runner has none of its own."""
    global _app
    on_main = threading.current_thread() is threading.main_thread()
    if QCoreApplication.instance() is None and on_main:
        _app = QCoreApplication([])


class _PullDevice(QIODevice):
    """What a sink pulls from: the channel stream, never running dry."""

    def __init__(self, stream: ChannelStream) -> None:
        super().__init__()
        self._stream = stream

    def readData(self, maxlen: int) -> bytes:
        return self._stream.read(maxlen)

    def writeData(self, data: Any, length: int = 0) -> int:
        return -1

    def bytesAvailable(self) -> int:
        return 1 << 20 | super().bytesAvailable()

    def isSequential(self) -> bool:
        return True


class _Output:
    """One channel: a sink in a fixed format, reopened when a clip comes in another one."""

    def __init__(self, stream: ChannelStream) -> None:
        self.stream = stream
        self.sink: QAudioSink | None = None
        self.device: _PullDevice | None = None
        self.key: tuple[int, int] | None = None
        self.idle_checks = 0  # checks in a row that found nothing to play
        self.no_device = False  # the last open found no output at all

    def open(self, rate: int, channels: int) -> str | None:
        """Start the sink for this format; the problem in words if it cannot."""
        if self.sink is not None and self.key == (rate, channels) and self._running():
            return None
        self.close()
        output = QMediaDevices.defaultAudioOutput()
        self.no_device = output.isNull()
        if self.no_device:
            return no_device()
        fmt = QAudioFormat()
        fmt.setSampleRate(rate)
        fmt.setChannelCount(channels)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not output.isFormatSupported(fmt):
            return translate("AudioOutput", "The audio output does not take {rate} Hz, "
                                            "{channels}-channel sound.").format(
                rate=rate, channels=channels)
        self.sink = QAudioSink(output, fmt)
        self.sink.setBufferSize(int(rate * channels * 2 * BUFFER_SECONDS))
        self.device = _PullDevice(self.stream)
        # Unbuffered: QIODevice would otherwise read 16 KiB ahead (0.37 s at 22 kHz), and a
        # clip would wait behind that much silence.
        self.device.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Unbuffered)
        self.sink.start(self.device)
        if self.sink.error() != QtAudio.Error.NoError:
            error = self.sink.error()
            self.close()
            return translate("AudioOutput", "The audio output failed to start ({error}); Limber "
                                            "carries on without sound.").format(error=error.name)
        self.key = (rate, channels)
        return None

    def _running(self) -> bool:
        assert self.sink is not None
        return self.sink.error() == QtAudio.Error.NoError and (
            self.sink.state() != QtAudio.State.StoppedState
        )

    def wake(self) -> None:
        """A clip is in the stream: a resting sink pulls again."""
        self.idle_checks = 0
        if self.sink is not None and self.sink.state() == QtAudio.State.SuspendedState:
            self.sink.resume()

    def rest_if_idle(self) -> bool:
        """Count one idle check; suspend the sink after ``IDLE_CHECKS`` in a row. True when the
        channel rests (or has no sink), so the checks can stop."""
        if self.sink is None or self.sink.state() in (QtAudio.State.SuspendedState,
                                                      QtAudio.State.StoppedState):
            return True
        if self.stream.busy:
            self.idle_checks = 0
            return False
        self.idle_checks += 1
        if self.idle_checks < IDLE_CHECKS:
            return False
        self.sink.suspend()
        return True

    def set_volume(self, volume: float) -> None:
        if self.sink is not None:
            linear = QtAudio.convertVolume(volume, QtAudio.VolumeScale.LogarithmicVolumeScale,
                                           QtAudio.VolumeScale.LinearVolumeScale)
            self.sink.setVolume(linear)

    def close(self) -> None:
        # Dropping the last reference deletes them here, on the audio thread that made them.
        if self.sink is not None:
            self.sink.stop()
        if self.device is not None:
            self.device.close()
        self.sink = self.device = None
        self.key = None


class _AudioWorker(QObject):
    """Lives on the audio thread; every method runs there."""

    def __init__(self, notice: Notice, streams: dict[Channel, ChannelStream]) -> None:
        super().__init__()
        self._notice = notice
        self._told: set[str] = set()
        self._outputs = {channel: _Output(stream) for channel, stream in streams.items()}
        self._silent = False  # no device: stop trying for this player's life
        self._idle_timer: QTimer | None = None  # made on the audio thread, in start()

    def _tell(self, message: str) -> None:
        if message not in self._told:
            self._told.add(message)
            self._notice(message)

    @Slot()
    def start(self) -> None:
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(IDLE_CHECK_MS)
        self._idle_timer.timeout.connect(self._rest_idle)
        # Open the channels now, so the first cue does not pay for it (they rest meanwhile).
        for output in self._outputs.values():
            problem = output.open(22050, 1)
            if problem:
                self._tell(problem)
                self._silent = output.no_device
                return
        self._idle_timer.start()

    @Slot()
    def _rest_idle(self) -> None:
        resting = [output.rest_if_idle() for output in self._outputs.values()]
        if all(resting) and self._idle_timer is not None:
            self._idle_timer.stop()  # nothing wakes this thread until the next clip

    @property
    def silent(self) -> bool:
        return self._silent

    @Slot(object)
    def command(self, request: tuple[Any, ...]) -> None:
        kind = request[0]
        if kind == "ready":
            _, channel, rate, channels, volume = request
            self._ready(channel, rate, channels, volume)
        elif kind == "close":
            self.shutdown()

    @Slot()
    def shutdown(self) -> None:
        """Stop the idle checks and close the sinks (also run as the thread finishes, in case
        its loop was told to quit before the "close" request got to it)."""
        if self._idle_timer is not None:
            self._idle_timer.stop()
        for output in self._outputs.values():
            output.close()

    def _ready(self, channel: Channel, rate: int, channels: int, volume: float) -> None:
        """Make sure the channel's sink runs in this format at this volume."""
        output = self._outputs[channel]
        if self._silent:
            output.stream.clear()
            return
        problem = output.open(rate, channels)
        if problem:
            self._tell(problem)
            self._silent = output.no_device
            output.stream.clear()
            return
        output.set_volume(volume)
        output.wake()
        if self._idle_timer is not None and not self._idle_timer.isActive():
            self._idle_timer.start()


class _Bridge(QObject):
    """Carries calls from the caller's thread to the audio thread (a queued signal)."""

    request = Signal(object)


class QtPlayer:
    """The :class:`coach.speech.player.Player` for the app and for ``limber run --text``.

    Make it on the main thread (``QtPlayer(notice)``, or pass the class itself to
    ``make_speaker`` as the player factory). It needs no event loop of the caller's: it runs
    its own on a private QThread. ``notice`` is called from that thread; ``make_speaker``
    passes one that forwards to the app's thread.
    """

    def __init__(self, notice: Notice) -> None:
        _ensure_core_app()
        audio_only_backend()
        self.streams = {channel: ChannelStream() for channel in Channel}
        self._thread = QThread()
        self._thread.setObjectName("limber-audio")
        self._worker = _AudioWorker(notice, self.streams)
        self._worker.moveToThread(self._thread)
        self._bridge = _Bridge()
        self._bridge.request.connect(self._worker.command, Qt.ConnectionType.QueuedConnection)
        self._thread.started.connect(self._worker.start)
        # Direct: runs on the audio thread itself, the last thing it does.
        self._thread.finished.connect(self._worker.shutdown, Qt.ConnectionType.DirectConnection)
        self._closed = False
        self._thread.start()

    def play(self, channel: Channel, clip: Clip, volume: float, *, queue: bool = False) -> None:
        if self._closed or self._worker.silent:
            return
        # Straight into the stream (it is thread-safe): the running sink takes the clip at its
        # next pull, without waiting for the audio thread to wake. The audio thread only checks
        # the format and sets the volume.
        self.streams[channel].push(clip.pcm, queue=queue)
        self._bridge.request.emit(("ready", channel, clip.rate, clip.channels, volume))

    def busy(self, channel: Channel) -> bool:
        """Something is still waiting to be pulled on this channel."""
        return not self._worker.silent and self.streams[channel].busy

    def stop(self, channel: Channel | None = None) -> None:
        for ch in [channel] if channel else list(Channel):
            self.streams[ch].clear()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._bridge.request.emit(("close",))
        self._thread.quit()
        self._thread.wait(CLOSE_WAIT_MS)
