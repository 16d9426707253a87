"""The music control with a real player: mpv and its MPRIS plugin, playing into a PulseAudio
null sink, on a private bus."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from coach.app.music_port import MusicMode, Window
from coach.app.music_ramps import LOWER_TO
from coach.core.clock import SystemClock
from coach.qt.music_thread import QtMusic
from coach.storage.music_restore import FILE_NAME
from tests.qt.music_bus import BusReader, Mpv, wait_for

MPV = "org.mpris.MediaPlayer2.mpv"
CLOCK = SystemClock()


@pytest.fixture
def control(bus_address: str, tmp_path: Path, qapp: object) -> Iterator[QtMusic]:
    music = QtMusic(lambda _text: None, tmp_path / "data", CLOCK, address=bus_address,
                    notice_any_thread=True)
    yield music
    music.close()


def test_lower_takes_mpv_down_and_back_to_its_very_volume(
        mpv: Callable[[int], Mpv], reader: BusReader, control: QtMusic, tmp_path: Path) -> None:
    mpv(80)
    wait_for(lambda: reader.get(MPV, "PlaybackStatus") == "Playing")
    control.begin(MusicMode.LOWER)
    now = CLOCK.now()
    control.schedule([Window(now + 0.2, now + 1.2)])
    wait_for(lambda: reader.get(MPV, "Volume") == pytest.approx(0.8 * LOWER_TO))
    wait_for(lambda: reader.get(MPV, "Volume") == pytest.approx(0.8), timeout=4)
    control.finish(CLOCK.now())
    wait_for(lambda: not (tmp_path / "data" / FILE_NAME).exists())
    assert reader.get(MPV, "Volume") == 0.8


def test_pause_fades_mpv_out_pauses_it_and_plays_it_again(
        mpv: Callable[[int], Mpv], reader: BusReader, control: QtMusic) -> None:
    mpv(80)
    wait_for(lambda: reader.get(MPV, "PlaybackStatus") == "Playing")
    control.begin(MusicMode.PAUSE)
    control.pause_at(CLOCK.now())
    wait_for(lambda: reader.get(MPV, "PlaybackStatus") == "Paused")  # faded out first
    wait_for(lambda: reader.get(MPV, "Volume") == pytest.approx(0.8))  # its own, while paused
    control.finish(CLOCK.now() + 0.3)
    wait_for(lambda: reader.get(MPV, "PlaybackStatus") == "Playing")
    assert reader.get(MPV, "Volume") == pytest.approx(0.8)


def test_mpv_paused_by_the_user_stays_paused(mpv: Callable[[int], Mpv], reader: BusReader,
                                             control: QtMusic, tmp_path: Path,
                                             user: Callable[..., None]) -> None:
    mpv(80)
    wait_for(lambda: reader.get(MPV, "PlaybackStatus") == "Playing")
    user(MPV, "Pause")
    # The user's pause is a bus call mpv answers in its own time: the session starts after
    # mpv says it is paused (before, this test raced it and Limber saw a playing player).
    wait_for(lambda: reader.get(MPV, "PlaybackStatus") == "Paused")
    control.begin(MusicMode.PAUSE)
    control.pause_at(CLOCK.now())
    control.finish(CLOCK.now() + 0.3)
    assert control.close()  # gives back everything it owes, then stops its thread
    assert not (tmp_path / "data" / FILE_NAME).exists()
    assert reader.get(MPV, "PlaybackStatus") == "Paused"
