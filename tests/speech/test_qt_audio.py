"""The Qt player, offscreen. On a machine with no sound card (CI) it must fail fast and say
so once; where there is an output (PULSE_SERVER pointing at a null sink, say) clips flow."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtMultimedia")

from PySide6.QtMultimedia import QMediaDevices, QtAudio

from coach.qt.audio_output import IDLE_CHECKS, NO_DEVICE, QtPlayer, _Output, audio_only_backend
from coach.speech.clip import Clip
from coach.speech.player import Channel
from coach.speech.sample_stream import ChannelStream
from tests.speech.helpers import wait_for


@pytest.fixture
def player(qapp: object) -> QtPlayer:  # qapp first: the player must not make its own app
    notes: list[str] = []
    made = QtPlayer(notes.append)
    made.notes = notes  # type: ignore[attr-defined]
    yield made
    made.close()


def has_output() -> bool:
    # Qt Multimedia set up as the player sets it up (no back-end plugin), so that the clips
    # below flow through the very output the app uses.
    audio_only_backend()
    return not QMediaDevices.defaultAudioOutput().isNull()


def test_calls_never_block_and_never_raise(player: QtPlayer) -> None:
    clip = Clip("x", bytes(4410), 22050)
    started = time.perf_counter()
    for _ in range(50):
        player.play(Channel.VOICE, clip, 0.8)
        player.play(Channel.TONE, clip, 0.3, queue=True)
        player.stop()
    # Blocking on the sound (0.1 s a clip) or on opening a device would take seconds; the
    # calls take about 0.3 ms in all, but a loaded machine can stall this thread for tens of
    # milliseconds (27 ms seen at load 11), so the bound is not a frame.
    assert time.perf_counter() - started < 0.5


def test_no_device_is_told_once_and_then_ignored(player: QtPlayer) -> None:
    if has_output():
        pytest.skip("this machine has an audio output")
    clip = Clip("x", bytes(4410), 22050)
    wait_for(lambda: bool(player.notes), timeout=5)  # type: ignore[attr-defined]
    for _ in range(3):
        player.play(Channel.VOICE, clip, 1.0)
    time.sleep(0.05)
    assert player.notes == [NO_DEVICE]  # type: ignore[attr-defined]
    assert not player.busy(Channel.VOICE)


def test_with_an_output_a_clip_is_pulled_promptly(player: QtPlayer) -> None:
    if not has_output():
        pytest.skip("no audio output here")
    clip = Clip("x", bytes(2205), 22050)
    time.sleep(1.5)  # an output may take a second to start its stream
    player.play(Channel.VOICE, clip, 1.0)
    wait_for(lambda: not player.busy(Channel.VOICE), timeout=2)
    assert player.notes == []  # type: ignore[attr-defined]


class FakeSink:
    def __init__(self) -> None:
        self.state_now = QtAudio.State.ActiveState
        self.calls: list[str] = []

    def state(self) -> QtAudio.State:
        return self.state_now

    def suspend(self) -> None:
        self.calls.append("suspend")
        self.state_now = QtAudio.State.SuspendedState

    def resume(self) -> None:
        self.calls.append("resume")
        self.state_now = QtAudio.State.ActiveState


def output_with_fake_sink() -> tuple[_Output, FakeSink]:
    output = _Output(ChannelStream())
    sink = FakeSink()
    output.sink = sink  # type: ignore[assignment]
    return output, sink


def test_a_channel_rests_only_after_idle_checks_in_a_row() -> None:
    output, sink = output_with_fake_sink()
    output.stream.push(bytes(100))
    assert not output.rest_if_idle()  # something to play
    output.stream.read(100)  # handed to the sink: it may still be in its buffer
    for _ in range(IDLE_CHECKS - 1):
        assert not output.rest_if_idle()
    assert sink.calls == []
    assert output.rest_if_idle()
    assert sink.calls == ["suspend"]
    assert output.rest_if_idle()  # resting: nothing more to do
    assert sink.calls == ["suspend"]


def test_a_clip_wakes_a_resting_channel_and_the_count_starts_again() -> None:
    output, sink = output_with_fake_sink()
    for _ in range(IDLE_CHECKS):
        output.rest_if_idle()
    output.stream.push(bytes(100))
    output.wake()
    assert sink.calls == ["suspend", "resume"]
    output.stream.read(100)
    assert not output.rest_if_idle()  # one idle check, not the ones before the clip
    output.wake()  # awake already: no second resume
    assert sink.calls == ["suspend", "resume"]


def test_with_an_output_idle_channels_rest_and_a_clip_wakes_them(player: QtPlayer) -> None:
    if not has_output():
        pytest.skip("no audio output here")
    def all_rest() -> bool:
        sinks = [output.sink for output in player._worker._outputs.values()]
        return all(s is not None and s.state() == QtAudio.State.SuspendedState for s in sinks)

    wait_for(all_rest, timeout=5)
    player.play(Channel.VOICE, Clip("x", bytes(2205), 22050), 1.0)
    wait_for(lambda: not player.busy(Channel.VOICE), timeout=2)  # pulled: it woke
    wait_for(all_rest, timeout=5)
    assert player.notes == []  # type: ignore[attr-defined]


def test_close_is_quick_and_final(player: QtPlayer) -> None:
    started = time.perf_counter()
    player.close()
    player.close()
    player.play(Channel.VOICE, Clip("x", bytes(10)), 1.0)
    assert time.perf_counter() - started < 1.0


_LOADED = """
import json, sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
app = QApplication([])
paths = QCoreApplication.libraryPaths()
from coach.qt.audio_output import QtPlayer
from PySide6.QtMultimedia import QMediaDevices
player = QtPlayer(lambda message: None)
QMediaDevices.defaultAudioOutput()  # as the player's own thread asks, whenever it gets to it
with open("/proc/self/maps") as maps:
    names = {line.split()[-1].rsplit("/", 1)[-1] for line in maps if ".so" in line}
player.close()
print(json.dumps({"libraries": sorted(names), "paths": paths == QCoreApplication.libraryPaths()}))
"""


def _ffmpeg_plugin_installed() -> bool:
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "multimedia"
    return any(plugins.glob("*ffmpeg*"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_the_player_leaves_the_media_back_end_plugin_unloaded() -> None:
    # In a fresh process: in this one, other tests may already have set Qt Multimedia up.
    if not _ffmpeg_plugin_installed():
        pytest.skip("this Qt has no FFmpeg back end to leave out")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", _LOADED], capture_output=True, text=True,
                         env=env, check=True, timeout=60)
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert "libQt6Multimedia.so.6" in found["libraries"]  # the audio output itself is there
    heavy = [name for name in found["libraries"]
             if name.startswith(("libffmpegmediaplugin", "libavcodec", "libavformat",
                                 "libQt6Quick", "libQt6Qml"))]
    assert heavy == []
    assert found["paths"]  # the library paths lent for the choice are back as they were
