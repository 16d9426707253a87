"""The whole music control (music thread, fader, MPRIS port) against real players on a private
bus: each setting, music the user paused, a player that quits or hangs, and a Limber killed
with SIGKILL whose changes the next start gives back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coach.app.music_port import MusicMode, Window
from coach.app.music_ramps import LOWER_TO, RAMP_DOWN, RAMP_UP, STEP
from coach.app.music_words import no_volume, silent
from coach.core.clock import SystemClock
from coach.qt.music_thread import CLOSE_WAIT, QtMusic
from coach.storage.music_restore import FILE_NAME
from tests.qt.music_bus import ROOT, PlayerFactory, PlayerProcess, wait_for

CLOCK = SystemClock()
Music = Callable[..., QtMusic]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def music(bus_address: str, folder: Path, qapp: object) -> Iterator[Music]:
    made: list[QtMusic] = []
    notices: list[str] = []

    def make(**kwargs: object) -> QtMusic:
        control = QtMusic(notices.append, folder, CLOCK, address=bus_address,
                          notice_any_thread=True, **kwargs)  # type: ignore[arg-type]
        control.notices = notices  # type: ignore[attr-defined]
        made.append(control)
        return control

    yield make
    for control in made:
        control.close()


def volume_times(player: PlayerProcess) -> list[tuple[float, float]]:
    return [(e["t"], e["volume"]) for e in player.changes() if e["what"] == "Volume"]


def test_lower_ramps_down_in_time_and_back_to_the_very_volume(
        music: Music, start_player: PlayerFactory, folder: Path) -> None:
    player = start_player("one", "--volume", "0.7")
    control = music()
    control.begin(MusicMode.LOWER)
    down = CLOCK.now() + 0.3
    control.schedule([Window(down, down + 1.0)])
    # The player logs CLOCK_MONOTONIC and SystemClock reads CLOCK_BOOTTIME: same rate, and
    # only differences from the first change are compared below.
    wait_for(lambda: player.volume == pytest.approx(0.7 * LOWER_TO))
    assert json.loads((folder / FILE_NAME).read_text())["players"][0]["was"] == 0.7
    wait_for(lambda: player.volume == 0.7)
    steps = volume_times(player)
    first = steps[0][0]
    low_at = next(t for t, v in steps if v == pytest.approx(0.7 * LOWER_TO))
    # A ramp, not a jump; on time, give or take a busy machine's late timer.
    assert RAMP_DOWN - STEP - 0.02 <= low_at - first <= RAMP_DOWN + 0.25
    assert 1.0 + RAMP_UP - STEP - 0.05 <= steps[-1][0] - first <= 1.0 + RAMP_UP + 0.4
    assert 5 <= len([v for _, v in steps if v < 0.7]) <= 40  # a ramp each way
    control.finish(CLOCK.now())
    wait_for(lambda: not (folder / FILE_NAME).exists())


def test_pause_pauses_what_plays_and_plays_it_again_but_not_what_the_user_paused(
        music: Music, start_player: PlayerFactory, folder: Path) -> None:
    playing = start_player("playing")
    paused = start_player("paused", "--status", "Paused")
    control = music()
    control.begin(MusicMode.PAUSE)
    control.pause_at(CLOCK.now() + 0.1)
    wait_for(lambda: playing.status == "Paused")
    control.finish(CLOCK.now() + 0.2)
    wait_for(lambda: playing.status == "Playing")
    wait_for(lambda: not (folder / FILE_NAME).exists())
    assert paused.changes() == [] and paused.status == "Paused"
    changes = playing.changes()
    assert [e["what"] for e in changes if e["what"] != "Volume"] == ["Pause", "Play"]
    pause = next(i for i, e in enumerate(changes) if e["what"] == "Pause")
    faded = [e["volume"] for e in changes[:pause]]
    assert len(faded) > 5 and faded == sorted(faded, reverse=True) and faded[-1] == 0.0
    assert [e["volume"] for e in changes[pause:] if e["what"] == "Volume"] == [0.8]


def test_leave_touches_nothing(music: Music, start_player: PlayerFactory) -> None:
    player = start_player("one")
    control = music()
    control.begin(MusicMode.LEAVE)
    control.schedule([Window(CLOCK.now(), CLOCK.now() + 0.3)])
    control.pause_at(CLOCK.now())
    time.sleep(0.5)  # nothing to wait for but nothing happening: a lowering would be seen
    assert player.changes() == []


def test_a_player_without_volume_is_left_playing_with_one_notice(
        music: Music, start_player: PlayerFactory) -> None:
    bare = start_player("bare", "--no-volume")
    control = music()
    control.begin(MusicMode.LOWER)
    control.schedule([Window(CLOCK.now(), CLOCK.now() + 0.3),
                      Window(CLOCK.now() + 0.5, CLOCK.now() + 0.8)])
    wait_for(lambda: bool(control.notices))  # type: ignore[attr-defined]
    time.sleep(0.5)  # the second window comes and goes
    assert bare.changes() == []
    assert control.notices == [no_volume("Test player bare")]  # type: ignore


def test_a_player_that_quits_mid_session_is_forgotten(
        music: Music, start_player: PlayerFactory, folder: Path) -> None:
    quits = start_player("quits")
    stays = start_player("stays")
    control = music()
    control.begin(MusicMode.LOWER)
    control.schedule([Window(CLOCK.now(), CLOCK.now() + 60)])
    wait_for(lambda: quits.volume == pytest.approx(0.8 * LOWER_TO)
             and stays.volume == pytest.approx(0.8 * LOWER_TO))
    quits.kill()
    wait_for(lambda: len(json.loads((folder / FILE_NAME).read_text())["players"]) == 1)
    control.schedule([])
    control.finish(CLOCK.now())
    wait_for(lambda: stays.volume == 0.8 and not (folder / FILE_NAME).exists())
    assert control.notices == []  # type: ignore[attr-defined]


def test_a_hung_player_never_delays_and_is_given_back_at_the_next_start(
        music: Music, start_player: PlayerFactory, folder: Path) -> None:
    hung = start_player("hung")
    fine = start_player("fine")
    control = music()
    control.begin(MusicMode.LOWER)
    control.schedule([Window(CLOCK.now(), CLOCK.now() + 60)])
    wait_for(lambda: hung.volume == pytest.approx(0.8 * LOWER_TO))
    hung.hang()  # wedged while lowered
    start = time.monotonic()
    control.schedule([])  # the session paused: the music comes up
    control.schedule([Window(CLOCK.now() + 1.0, CLOCK.now() + 1.5)])
    assert time.monotonic() - start < 0.01  # the caller (a cue) never waits
    wait_for(lambda: fine.volume == 0.8 and len(volume_times(fine)) > 12)
    ramp_start = [t for t, v in volume_times(fine) if v < 0.8][-1]
    assert ramp_start  # lowered again at the second window, the hung one notwithstanding
    wait_for(lambda: bool(control.notices))  # type: ignore[attr-defined]
    assert control.notices == [silent("Test player hung")]  # type: ignore
    control.finish(CLOCK.now())
    start = time.monotonic()
    assert control.close() is True or time.monotonic() - start <= CLOSE_WAIT + 0.5
    noted = json.loads((folder / FILE_NAME).read_text())["players"]
    assert [p["service"] for p in noted] == [hung.service]  # still owed its volume
    hung.wake()
    music()  # the next start
    wait_for(lambda: hung.volume == 0.8 and not (folder / FILE_NAME).exists())


@pytest.mark.parametrize("mode", ["lower", "pause"])
def test_after_kill_9_the_next_start_gives_the_music_back(
        music: Music, start_player: PlayerFactory, bus_address: str, folder: Path,
        mode: str) -> None:
    player = start_player("one", "--volume", "0.9")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.qt.music_child", "--bus", bus_address,
         "--folder", str(folder), "--mode", mode],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "begun"
        if mode == "lower":
            wait_for(lambda: player.volume == pytest.approx(0.9 * LOWER_TO))
        else:
            wait_for(lambda: player.status == "Paused")
    finally:
        child.kill()
        child.wait(5)
        for stream in (child.stdin, child.stdout):
            if stream is not None:
                stream.close()
    time.sleep(0.2)
    assert (folder / FILE_NAME).exists()  # left changed, and noted
    assert player.volume == pytest.approx(0.9 * LOWER_TO) if mode == "lower" \
        else player.status == "Paused"
    music()  # the next start of Limber
    wait_for(lambda: player.volume == 0.9 and player.status == "Playing"
             and not (folder / FILE_NAME).exists())


def test_a_second_limber_leaves_the_music_alone(music: Music, start_player: PlayerFactory,
                                                qtbot: QtBot) -> None:
    player = start_player("one")
    first, second = music(), music()
    first.begin(MusicMode.PAUSE)
    time.sleep(0.3)
    second.begin(MusicMode.LOWER)
    second.schedule([Window(CLOCK.now(), CLOCK.now() + 0.3)])
    time.sleep(0.8)
    assert player.changes() == []
