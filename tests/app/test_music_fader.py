"""The music fader against a fake port on a fake clock: ramps, fades and pauses, putting back,
the restore file, and the notices."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coach.app.music_fader import Fader
from coach.app.music_port import MusicMode, Status, Window
from coach.app.music_putting_back import PAUSE_KEPT_FOR
from coach.app.music_ramps import FADE_OUT, LOWER_TO, RAMP_DOWN, RAMP_UP, STEP
from coach.app.music_words import no_bus, no_volume, other_limber, sandboxed
from coach.core.clock import FakeClock
from coach.storage.music_restore import Changed, RestoreFile
from tests.app.music_fakes import (
    LATENCY,
    TIMEOUT,
    FakePlayer,
    FakePort,
    Loop,
    LoopTimer,
    volumes,
)

START = 1000.0


class Rig:
    def __init__(self, folder: Path, *players: FakePlayer, bus_id: str | None = "bus-1",
                 later: timedelta = timedelta(0), hidden_by_sandbox: bool = False) -> None:
        """``later``: how long after the restore file was written this Limber starts."""
        self.clock = FakeClock(START)
        self.loop = Loop(self.clock)
        self.file = RestoreFile(folder)
        self.port = FakePort(self.loop, *players, bus_id=bus_id, restore=RestoreFile(folder),
                             hidden_by_sandbox=hidden_by_sandbox)
        self.timer = LoopTimer(self.loop)
        self.notices: list[str] = []
        self.fader = Fader(self.port, self.timer, self.clock, self.file, self.notices.append,
                           wall=lambda: datetime.now(UTC) + later)

    def at(self, seconds: float) -> float:
        return START + seconds

    def run_to(self, seconds: float) -> None:
        self.loop.run_until(self.at(seconds))

    def noted(self) -> list[dict[str, object]]:
        if not self.file.path.exists():
            return []
        players: list[dict[str, object]] = json.loads(self.file.path.read_text())["players"]
        return players


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_lowers_before_the_window_ends_its_ramp_and_gives_the_volume_back(folder: Path) -> None:
    player = FakePlayer("mpv", ":1.5", volume=0.8)
    rig = Rig(folder, player)
    rig.fader.begin(MusicMode.LOWER)
    rig.fader.schedule([Window(rig.at(10), rig.at(15))])
    rig.run_to(9.99)
    assert player.history == [] and not rig.file.exists()
    rig.run_to(10 + RAMP_DOWN + 0.05)
    steps = volumes(player)
    assert steps[0][0] >= rig.at(10)
    assert steps[-1] == (pytest.approx(rig.at(10 + RAMP_DOWN), abs=STEP + 3 * LATENCY),
                         pytest.approx(0.8 * LOWER_TO))
    assert [v for _, v in steps] == sorted((v for _, v in steps), reverse=True)
    assert 5 <= len(steps) <= 12  # a ramp, not a jump, and no flood of calls
    assert rig.noted() == [{"service": "org.mpris.MediaPlayer2.mpv", "owner": ":1.5",
                            "identity": "Mpv", "was": 0.8, "low": pytest.approx(0.24),
                            "paused": False}]
    rig.run_to(15 + RAMP_UP + 0.1)
    assert player.volume == 0.8
    assert all(rig.port.noted_before)  # every change was on disk before it was made
    assert not rig.file.exists()  # back as it was: nothing left to give back


def test_no_timer_runs_between_windows(folder: Path) -> None:
    rig = Rig(folder, FakePlayer("mpv", ":1.5"))
    rig.fader.begin(MusicMode.LOWER)
    rig.fader.schedule([Window(rig.at(10), rig.at(12)), Window(rig.at(40), rig.at(42))])
    rig.run_to(14)
    fired = rig.timer.fired
    rig.run_to(39.9)  # a long quiet stretch
    assert rig.timer.fired == fired
    rig.run_to(60)
    assert not rig.timer.active


def test_players_not_playing_are_not_touched(folder: Path) -> None:
    paused = FakePlayer("vlc", ":1.6", status=Status.PAUSED)
    stopped = FakePlayer("rhythmbox", ":1.7", status=Status.STOPPED)
    rig = Rig(folder, paused, stopped)
    rig.fader.begin(MusicMode.LOWER)
    rig.fader.schedule([Window(rig.at(1), rig.at(3))])
    rig.run_to(10)
    assert paused.history == stopped.history == [] and rig.notices == []


def test_a_player_without_volume_plays_on_with_one_notice(folder: Path) -> None:
    bare = FakePlayer("spot", ":1.8", volume=None)
    rig = Rig(folder, bare)
    rig.fader.begin(MusicMode.LOWER)
    rig.fader.schedule([Window(rig.at(1), rig.at(3)), Window(rig.at(10), rig.at(12))])
    rig.run_to(20)
    assert bare.history == []
    assert rig.notices == [no_volume("Spot")]


def test_a_volume_the_user_set_while_lowered_stands(folder: Path) -> None:
    player = FakePlayer("mpv", ":1.5", volume=0.8)
    rig = Rig(folder, player)
    rig.fader.begin(MusicMode.LOWER)
    rig.fader.schedule([Window(rig.at(1), rig.at(5))])
    rig.run_to(3)
    rig.port.user_sets(":1.5", volume=0.5)
    rig.run_to(8)
    assert player.volume == 0.5 and not rig.file.exists()


def test_a_window_cut_short_mid_ramp_still_comes_back(folder: Path) -> None:
    player = FakePlayer("mpv", ":1.5", volume=0.8)
    rig = Rig(folder, player)
    rig.fader.begin(MusicMode.LOWER)
    rig.fader.schedule([Window(rig.at(1), rig.at(10))])
    rig.run_to(1 + RAMP_DOWN / 2)
    rig.fader.schedule([])  # the session paused halfway down the ramp
    rig.run_to(4)
    assert player.volume == 0.8 and not rig.file.exists()


def test_a_player_that_quits_mid_window_is_forgotten(folder: Path) -> None:
    player = FakePlayer("mpv", ":1.5")
    rig = Rig(folder, player)
    rig.fader.begin(MusicMode.LOWER)
    rig.fader.schedule([Window(rig.at(1), rig.at(5))])
    rig.run_to(2)
    assert rig.file.exists()
    rig.port.quit(":1.5")
    assert not rig.file.exists()
    rig.run_to(8)
    rig.fader.finish(rig.at(8))
    rig.run_to(9)
    assert rig.notices == [] and rig.fader.idle and not rig.fader.in_charge


def test_a_player_that_starts_mid_window_is_lowered_too(folder: Path) -> None:
    rig = Rig(folder)
    rig.fader.begin(MusicMode.LOWER)
    rig.fader.schedule([Window(rig.at(1), rig.at(20))])
    rig.run_to(5)
    late = FakePlayer("mpv", ":1.9", volume=0.6)
    rig.port.appear(late)
    rig.run_to(6)
    assert late.volume == pytest.approx(0.6 * LOWER_TO)
    rig.run_to(22)
    assert late.volume == 0.6


def test_a_hung_player_delays_nobody_and_stays_noted(folder: Path) -> None:
    hung = FakePlayer("hang", ":1.3", hung=True)
    fine = FakePlayer("mpv", ":1.5")
    rig = Rig(folder, hung, fine)
    rig.fader.begin(MusicMode.LOWER)
    rig.fader.schedule([Window(rig.at(1), rig.at(3)), Window(rig.at(10), rig.at(12))])
    rig.run_to(1 + RAMP_DOWN + 0.05)
    assert fine.volume == pytest.approx(0.8 * LOWER_TO)  # on time, whatever the other does
    rig.run_to(30)
    assert rig.notices == ["Your music player is not answering, so Limber leaves it as it "
                           "is."]
    asked = [c for c in rig.port.calls if ":1.3" in c]
    assert asked == []  # never asked by name, after its silence: its queue does not grow


def test_pause_mode_fades_out_pauses_and_plays_again_at_its_own_volume(folder: Path) -> None:
    playing = FakePlayer("mpv", ":1.5", volume=0.8)
    user_paused = FakePlayer("vlc", ":1.6", status=Status.PAUSED)
    rig = Rig(folder, playing, user_paused)
    rig.fader.begin(MusicMode.PAUSE)
    rig.fader.schedule([Window(rig.at(1), rig.at(2))])  # ignored: nothing is lowered
    rig.fader.pause_at(rig.at(4))
    rig.run_to(3.9)
    assert playing.history == []
    rig.run_to(4 + FADE_OUT / 2)
    assert playing.status is Status.PLAYING and 0.0 < playing.volume < 0.8  # type: ignore
    assert rig.noted()[0]["paused"] is True
    rig.run_to(4 + FADE_OUT + 0.1)
    assert playing.status is Status.PAUSED and playing.volume == 0.8  # its own level, paused
    steps = [what for _, what, _ in playing.history]
    assert steps[-2:] == ["pause", "volume"] and volumes(playing)[-2][1] == 0.0
    assert [v for _, v in volumes(playing)[:-1]] == sorted(
        (v for _, v in volumes(playing)[:-1]), reverse=True)  # down, and only down, then paused
    assert rig.noted()[0]["paused"] is True and rig.noted()[0]["was"] is None
    rig.fader.finish(rig.at(30))
    rig.run_to(31)
    assert playing.status is Status.PLAYING and playing.volume == 0.8
    assert user_paused.history == []  # paused by the user: stays paused
    assert all(rig.port.noted_before) and not rig.file.exists()
    assert not rig.fader.in_charge


def test_a_stop_during_the_fade_never_pauses_and_puts_the_volume_back(folder: Path) -> None:
    playing = FakePlayer("mpv", ":1.5", volume=0.8)
    rig = Rig(folder, playing)
    rig.fader.begin(MusicMode.PAUSE)
    rig.fader.pause_at(rig.at(1))
    rig.run_to(1 + FADE_OUT / 2)
    rig.fader.finish(rig.clock.now())
    rig.run_to(3)
    assert "pause" not in [what for _, what, _ in playing.history]
    assert playing.status is Status.PLAYING and playing.volume == 0.8 and not rig.file.exists()


def test_pause_mode_pauses_a_player_without_volume_at_once(folder: Path) -> None:
    bare = FakePlayer("spot", ":1.8", volume=None)
    rig = Rig(folder, bare)
    rig.fader.begin(MusicMode.PAUSE)
    rig.fader.pause_at(rig.at(1))
    rig.run_to(1.1)
    assert bare.status is Status.PAUSED and [w for _, w, _ in bare.history] == ["pause"]
    rig.fader.finish(rig.at(2))
    rig.run_to(3)
    assert bare.status is Status.PLAYING and rig.notices == []


@pytest.mark.parametrize("then", [Status.PLAYING, Status.STOPPED])
def test_music_the_user_took_back_mid_session_is_left_alone(folder: Path, then: Status) -> None:
    player = FakePlayer("mpv", ":1.5")
    rig = Rig(folder, player)
    rig.fader.begin(MusicMode.PAUSE)
    rig.fader.pause_at(rig.at(1))
    rig.run_to(2 + FADE_OUT)
    rig.port.user_sets(":1.5", status=then)
    rig.fader.finish(rig.at(5 + FADE_OUT))
    rig.run_to(6 + FADE_OUT)
    assert player.status is then and player.volume == 0.8
    assert [what for _, what, _ in player.history if what != "volume"] == ["pause"]


def test_close_gives_back_at_once(folder: Path) -> None:
    player = FakePlayer("mpv", ":1.5")
    rig = Rig(folder, player)
    rig.fader.begin(MusicMode.LOWER)
    rig.fader.schedule([Window(rig.at(1), rig.at(60))])
    rig.run_to(2)
    closed: list[float] = []
    rig.fader.close(lambda: closed.append(rig.clock.now()))
    rig.run_to(3)
    assert player.volume == 0.8 and closed and closed[0] - rig.at(2) < 0.05
    assert not rig.file.exists() and not rig.file.held and not rig.timer.active


def test_leftovers_of_a_dead_limber_are_given_back(folder: Path) -> None:
    lowered = FakePlayer("mpv", ":1.5", volume=0.3)  # died mid-ramp: between 0.24 and 0.8
    paused = FakePlayer("vlc", ":1.6", status=Status.PAUSED)
    moved = FakePlayer("audacious", ":1.7", volume=0.95)  # the user set it since
    dead = RestoreFile(folder)
    assert dead.claim()
    dead.save("bus-1", [
        Changed(lowered.service, ":1.5", "mpv", was=0.8, low=0.24),
        Changed(paused.service, ":1.6", "vlc", paused=True),
        Changed(moved.service, ":1.7", "audacious", was=0.8, low=0.24),
        Changed("org.mpris.MediaPlayer2.gone", ":1.2", "gone", was=0.5, low=0.15),
    ])
    dead.release()  # as a killed process's lock is
    rig = Rig(folder, lowered, paused, moved)
    done: list[bool] = []
    rig.fader.recover(lambda: done.append(True))
    rig.run_to(1)
    assert done and lowered.volume == 0.8 and paused.status is Status.PLAYING
    assert moved.volume == 0.95 and moved.history == []
    assert not rig.file.exists() and not rig.file.held


def test_a_restarted_player_gets_its_volume_only(folder: Path) -> None:
    again = FakePlayer("spotify", ":1.40", status=Status.PAUSED, volume=0.24)
    dead = RestoreFile(folder)
    assert dead.claim()
    dead.save("bus-0", [Changed(again.service, ":1.5", "Spotify", was=0.8, low=0.24,
                                paused=True)])
    dead.release()
    rig = Rig(folder, again)
    rig.fader.recover()
    rig.run_to(1)
    assert again.volume == 0.8 and again.status is Status.PAUSED  # not started out of the blue


@pytest.mark.parametrize(("later", "played"), [(PAUSE_KEPT_FOR - timedelta(minutes=5), True),
                                                (PAUSE_KEPT_FOR + timedelta(minutes=5), False)])
def test_a_pause_is_given_back_only_while_the_note_is_fresh(folder: Path, later: timedelta,
                                                            played: bool) -> None:
    paused = FakePlayer("vlc", ":1.6", status=Status.PAUSED, volume=0.1)  # died mid-fade
    dead = RestoreFile(folder)
    assert dead.claim()
    dead.save("bus-1", [Changed(paused.service, ":1.6", "vlc", was=0.7, low=0.0,
                                paused=True)])
    dead.release()
    rig = Rig(folder, paused, later=later)
    rig.fader.recover()
    rig.run_to(1)
    assert paused.volume == 0.7  # a volume is given back however old the note
    assert (paused.status is Status.PLAYING) is played
    assert not rig.file.exists()


def test_a_hung_player_stays_noted_for_the_next_start(folder: Path) -> None:
    hung = FakePlayer("mpv", ":1.5", hung=True, volume=0.24)
    dead = RestoreFile(folder)
    assert dead.claim()
    dead.save("bus-1", [Changed(hung.service, ":1.5", "mpv", was=0.8, low=0.24)])
    dead.release()
    rig = Rig(folder, hung)
    rig.fader.recover()
    rig.run_to(TIMEOUT + 0.1)
    assert [p["owner"] for p in rig.noted()] == [":1.5"] and not rig.file.held


def test_a_second_limber_leaves_the_music_alone(folder: Path) -> None:
    player = FakePlayer("mpv", ":1.5")
    first = Rig(folder, player)
    first.fader.begin(MusicMode.LOWER)
    second = Rig(folder, player)
    second.fader.begin(MusicMode.LOWER)
    second.fader.schedule([Window(second.at(1), second.at(3))])
    second.run_to(5)
    assert player.history == [] and second.notices == [other_limber()]


def test_a_sandbox_that_hides_the_players_is_said_once_per_process(folder: Path) -> None:
    rig = Rig(folder, hidden_by_sandbox=True)
    for _session in range(2):
        rig.fader.begin(MusicMode.LOWER)
        rig.fader.schedule([Window(rig.clock.now() + 1, rig.clock.now() + 3)])
        rig.loop.run(5)
        rig.fader.finish(rig.clock.now())
        rig.loop.run(1)
    assert rig.notices == [sandboxed()]


@pytest.mark.parametrize("hidden", [False, True])
def test_no_sandbox_notice_when_players_are_seen_or_none_are_hidden(folder: Path,
                                                                    hidden: bool) -> None:
    players = (FakePlayer("mpv", ":1.5", status=Status.PAUSED),) if hidden else ()
    rig = Rig(folder, *players, hidden_by_sandbox=hidden)
    rig.fader.begin(MusicMode.PAUSE)
    rig.fader.pause_at(rig.at(1))
    rig.run_to(3)
    assert rig.notices == []


def test_no_bus_is_one_notice_and_nothing_else(folder: Path) -> None:
    rig = Rig(folder, bus_id=None)
    rig.fader.begin(MusicMode.LOWER)
    rig.fader.schedule([Window(rig.at(1), rig.at(3))])
    rig.fader.finish(rig.at(4))
    rig.run_to(5)
    assert rig.notices == [no_bus()] and rig.port.calls == [] and not rig.timer.active


def test_leave_touches_nothing(folder: Path) -> None:
    player = FakePlayer("mpv", ":1.5")
    rig = Rig(folder, player)
    rig.fader.begin(MusicMode.LEAVE)
    rig.fader.schedule([Window(rig.at(1), rig.at(3))])
    rig.fader.pause_at(rig.at(1))
    rig.run_to(5)
    assert player.history == [] and rig.port.calls == [] and not rig.file.held


def test_a_note_that_cannot_be_written_means_no_change(folder: Path) -> None:
    folder.parent.mkdir(parents=True, exist_ok=True)
    player = FakePlayer("mpv", ":1.5")
    rig = Rig(folder, player)
    rig.fader.begin(MusicMode.LOWER)
    (folder / "music-restore.json").mkdir()  # a folder in the file's place: writes fail
    rig.fader.schedule([Window(rig.at(1), rig.at(3))])
    rig.run_to(5)
    assert player.history == [] and len(rig.notices) == 1
    assert rig.notices[0].startswith("Limber could not note")
