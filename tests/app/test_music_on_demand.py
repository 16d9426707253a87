"""Where the music setting works, how the app layer reads it, and the control built on
demand (or the stand-in where there is no bus)."""

from __future__ import annotations

import pytest

from coach.app import music_words
from coach.app.controller import AppController
from coach.app.music_on_demand import MusicOnDemand, NoMusicBus
from coach.app.music_port import MusicMode
from coach.app.preference_words import PREFERENCE_WORDS
from coach.core.routine_files.library import load_library
from coach.storage.prefs_schema import Preferences, find_setting
from tests.app.test_music_listener import RecordingControl


class Backend(RecordingControl):
    closed = False

    def close(self) -> None:
        self.closed = True


@pytest.mark.parametrize(("platform", "works"), [("linux", True), ("win32", False),
                                                 ("darwin", False), ("sunos5", False)])
def test_the_setting_says_plainly_where_it_does_nothing(platform: str, works: bool) -> None:
    reason = music_words.unavailable(platform)
    assert (reason is None) is works
    if reason is not None:
        assert reason.startswith("Not available")


def test_the_preference_and_its_values() -> None:
    setting = find_setting("music")
    assert setting.default == "lower" and Preferences().music == "lower"
    assert setting.choices == tuple(m.value for m in MusicMode)
    assert set(PREFERENCE_WORDS["music"].choices) == set(setting.choices)


def test_the_controller_leaves_the_music_where_the_platform_cannot(
        monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[Backend] = []

    def build() -> Backend:
        made.append(Backend())
        return made[-1]

    controller = AppController(load_library(), prefs=Preferences(music="pause"),
                               music_factory=lambda _notice, _folder: build())
    assert controller.music_mode() is MusicMode.PAUSE
    monkeypatch.setattr("coach.app.controller.unavailable", music_words.not_on_macos)
    assert controller.music_mode() is MusicMode.LEAVE
    assert made == []  # nothing built until a session asks
    assert AppController(load_library()).music_listener(clock=object()) is None  # type: ignore


def test_the_control_is_built_by_the_first_session_and_closed_with_the_app() -> None:
    made: list[Backend] = []
    music = MusicOnDemand(lambda: made.append(Backend()) or made[-1])
    music.schedule([])
    music.begin(MusicMode.LEAVE)
    assert made == []
    music.begin(MusicMode.LOWER)
    music.finish(1.0)
    music.close()
    assert len(made) == 1 and made[0].calls == [("begin", MusicMode.LOWER), ("finish", 1.0)]
    assert made[0].closed


def test_where_there_is_no_bus_the_stand_in_says_so_once_a_session() -> None:
    told: list[str] = []
    music = MusicOnDemand(lambda: NoMusicBus(told.append))
    music.begin(MusicMode.LEAVE)
    assert told == [] and not music.built
    music.begin(MusicMode.LOWER)
    music.schedule([])
    music.finish(1.0)
    music.close()
    assert told == [music_words.no_bus()]


def test_a_dead_limbers_note_builds_the_control_at_start(folders) -> None:  # type: ignore
    from coach.storage.music_restore import Changed, RestoreFile

    made: list[Backend] = []
    controller = AppController(load_library(),
                               music_factory=lambda _n, _f: made.append(Backend()) or made[-1])
    controller.give_back_music()
    assert made == []  # nothing to give back: nothing built
    dead = RestoreFile(folders / "data")
    assert dead.claim()
    dead.save("bus", [Changed("org.mpris.MediaPlayer2.mpv", ":1.2", "mpv", was=0.5, low=0.15)])
    dead.release()
    controller.give_back_music()
    assert len(made) == 1 and made[0].calls == []  # built: it gives back as it starts
