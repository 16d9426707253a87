"""The music control that follows from the bus: a stand-in, with nothing built, where there is
none."""

from __future__ import annotations

from pathlib import Path

from coach.app.music_on_demand import NoMusicBus
from coach.core.clock import SystemClock
from coach.qt.music_control import music_backend


def test_without_a_bus_the_music_control_is_a_stand_in_that_says_so() -> None:
    # The tests' own environment has no session bus (tests/conftest.py).
    told: list[str] = []
    music = music_backend(told.append, Path("/nonexistent"), SystemClock())
    assert isinstance(music, NoMusicBus)
