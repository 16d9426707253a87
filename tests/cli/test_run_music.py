"""``limber run --text`` with music playing on a private bus: the terminal does it too, Ctrl-C
gives the music back, and after ``kill -9`` the next run does."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.app.music_ramps import LOWER_TO
from coach.storage.music_restore import FILE_NAME
from tests.qt.music_bus import ROOT, PlayerFactory, PlayerProcess, wait_for


@pytest.fixture
def limber(bus_address: str) -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(5)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def run(limber: list[subprocess.Popen[str]], bus: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus, "PYTHONPATH": str(ROOT),
           "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, "-m", "coach", *args], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    limber.append(process)
    return process


def restore_file(folders: Path) -> Path:
    return folders / "data" / FILE_NAME


def test_ctrl_c_mid_session_gives_the_music_back(
        limber: list[subprocess.Popen[str]], bus_address: str, start_player: PlayerFactory,
        folders: Path) -> None:
    player = start_player("one", "--volume", "0.8")
    coach = run(limber, bus_address, "run", "warmup-quick", "--text", "--mute")
    wait_for(lambda: player.volume == pytest.approx(0.8 * LOWER_TO), timeout=20)
    assert restore_file(folders).exists()
    coach.send_signal(signal.SIGINT)
    assert coach.wait(10) == 130
    assert player.volume == 0.8 and not restore_file(folders).exists()


def test_after_kill_9_the_next_run_gives_the_music_back(
        limber: list[subprocess.Popen[str]], bus_address: str, start_player: PlayerFactory,
        folders: Path) -> None:
    player = start_player("one", "--volume", "0.8")
    first = run(limber, bus_address, "run", "warmup-quick", "--text", "--mute")
    wait_for(lambda: player.volume == pytest.approx(0.8 * LOWER_TO), timeout=20)
    first.kill()
    first.wait(5)
    noted = json.loads(restore_file(folders).read_text())["players"]
    assert [(p["was"], p["service"]) for p in noted] == [(0.8, player.service)]
    assert player.volume == pytest.approx(0.8 * LOWER_TO)  # left lowered by the dead one
    changed = len(player.changes())
    # Any run gives it back as it starts: even a preview, which then leaves the music alone.
    second = run(limber, bus_address, "run", "warmup-quick", "--text", "--mute", "--speed", "10")
    wait_for(lambda: player.volume == 0.8 and not restore_file(folders).exists(), timeout=20)
    second.send_signal(signal.SIGINT)
    assert second.wait(10) == 130
    assert [e["volume"] for e in player.changes()[changed:]] == [0.8]


def test_pause_setting_pauses_and_plays_again_at_ctrl_c(
        limber: list[subprocess.Popen[str]], bus_address: str, start_player: PlayerFactory,
        folders: Path) -> None:
    playing = start_player("playing")
    paused: PlayerProcess = start_player("paused", "--status", "Paused")
    setting = run(limber, bus_address, "prefs", "set", "music", "pause")
    assert setting.wait(20) == 0
    # With no lead-in (its words would take 4 s) the music is paused at once.
    coach = run(limber, bus_address, "run", "warmup-quick", "--text", "--mute", "--lead-in", "0")
    wait_for(lambda: playing.status == "Paused", timeout=20)
    coach.send_signal(signal.SIGINT)
    assert coach.wait(10) == 130
    assert playing.status == "Playing" and paused.changes() == []
    assert not restore_file(folders).exists()
