"""The MPRIS port against real players on a private bus (test players in child processes)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence

import pytest
from pytestqt.qtbot import QtBot

from coach.app.music_port import PlayerState, Status
from coach.qt.mpris_port import TIMEOUT_MS, MprisPort, connect
from tests.qt.music_bus import PlayerFactory


@pytest.fixture
def port(bus_address: str, qapp: object) -> Iterator[MprisPort]:
    mpris = MprisPort(connect(bus_address))
    yield mpris
    mpris.close()


def listing(port: MprisPort, qtbot: QtBot) -> tuple[list[PlayerState], list[str], float]:
    found: list[PlayerState] = []
    silent: list[str] = []
    done: list[float] = []
    start = time.monotonic()

    def finished(owners: Sequence[str]) -> None:
        silent.extend(owners)
        done.append(time.monotonic() - start)

    port.players(found.append, finished)
    qtbot.waitUntil(lambda: bool(done), timeout=3000)
    return found, silent, done[0]


def test_lists_every_player_with_its_state(port: MprisPort, start_player: PlayerFactory,
                                           qtbot: QtBot) -> None:
    assert port.bus_id
    start_player("one", "--volume", "0.8")
    start_player("two", "--status", "Paused", "--volume", "0.5")
    start_player("bare", "--no-volume")
    found, silent, _ = listing(port, qtbot)
    by_name = {p.service.rsplit(".", 1)[1]: p for p in found}
    assert set(by_name) == {"one", "two", "bare"} and silent == []
    assert by_name["one"].status is Status.PLAYING and by_name["one"].volume == 0.8
    assert by_name["two"].status is Status.PAUSED and by_name["two"].volume == 0.5
    assert by_name["bare"].volume is None and by_name["bare"].can_control
    assert by_name["one"].identity == "Test player one"
    assert all(p.owner.startswith(":") for p in found)


def test_commands_reach_the_player(port: MprisPort, start_player: PlayerFactory,
                                   qtbot: QtBot) -> None:
    player = start_player("one")
    (state,), _, _ = listing(port, qtbot)
    answers: list[bool] = []
    port.set_volume(state.owner, 0.25, answers.append)
    port.pause(state.owner, answers.append)
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=3000)
    assert answers == [True, True]
    assert player.volume == 0.25 and player.status == "Paused"
    port.play(state.owner, answers.append)
    qtbot.waitUntil(lambda: len(answers) == 3, timeout=3000)
    assert player.status == "Playing"


def test_a_hung_player_is_reported_silent_after_the_timeout_and_holds_up_no_other(
        port: MprisPort, start_player: PlayerFactory, qtbot: QtBot) -> None:
    hung = start_player("hung")
    start_player("fine")
    listing(port, qtbot)  # learns both
    hung.hang()
    found: list[tuple[float, PlayerState]] = []
    silent: list[str] = []
    done: list[float] = []
    start = time.monotonic()
    port.players(lambda p: found.append((time.monotonic() - start, p)),
                 lambda owners: (silent.extend(owners), done.append(time.monotonic() - start)))
    qtbot.waitUntil(lambda: bool(done), timeout=3000)
    assert [p.service for _, p in found] == ["org.mpris.MediaPlayer2.fine"]
    assert found[0][0] < 0.1  # the answering one is not kept waiting for the hung one
    assert len(silent) == 1 and TIMEOUT_MS / 1000 * 0.9 < done[0] < TIMEOUT_MS / 1000 + 0.3
    answers: list[bool] = []
    port.set_volume(silent[0], 0.1, answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=3000)
    assert answers == [False]


def test_news_of_players_changing_appearing_and_quitting(port: MprisPort,
                                                         start_player: PlayerFactory,
                                                         user: Callable[..., None],
                                                         qtbot: QtBot) -> None:
    changed: list[str] = []
    gone: list[str] = []
    port.watch(changed.append, gone.append)
    first = start_player("first")
    qtbot.waitUntil(lambda: bool(changed), timeout=3000)  # it appeared
    owner = changed[-1]
    changed.clear()
    user(first.service, "Pause")
    qtbot.waitUntil(lambda: owner in changed, timeout=3000)
    first.kill()
    qtbot.waitUntil(lambda: gone == [owner], timeout=3000)


def test_no_bus_answers_at_once(qapp: object) -> None:
    port = MprisPort(connect(None))
    assert port.bus_id is None
    done: list[Sequence[str]] = []
    port.players(lambda _p: None, done.append)
    answers: list[bool] = []
    port.set_volume(":1.1", 0.5, answers.append)
    assert done == [()] and answers == [False]
