"""The Qt player, offscreen. On a machine with no sound card (CI) it must fail fast and say
so once; where there is an output (PULSE_SERVER pointing at a null sink, say) clips flow."""

from __future__ import annotations

import time

import pytest

pytest.importorskip("PySide6.QtMultimedia")

from PySide6.QtMultimedia import QMediaDevices

from coach.qt.audio import NO_DEVICE, QtPlayer
from coach.speech.clip import Clip
from coach.speech.player import Channel
from tests.speech.helpers import wait_for


@pytest.fixture
def player(qapp: object) -> QtPlayer:  # qapp first: the player must not make its own app
    notes: list[str] = []
    made = QtPlayer(notes.append)
    made.notes = notes  # type: ignore[attr-defined]
    yield made
    made.close()


def has_output() -> bool:
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


def test_close_is_quick_and_final(player: QtPlayer) -> None:
    started = time.perf_counter()
    player.close()
    player.close()
    player.play(Channel.VOICE, Clip("x", bytes(10)), 1.0)
    assert time.perf_counter() - started < 1.0
