"""Real D-Bus for the music tests: a private session bus per test module, and MPRIS players on
it (the fixtures are made known to the tests in tests/qt/conftest.py).

The bus is a ``dbus-daemon --session`` of the module's own (Debian package ``dbus-daemon``), so
no test ever touches the desktop's players; each test's players are its own and quit with it.
The players are :mod:`tests.qt.mpris_test_player` in child processes, or mpv with its MPRIS
plugin (``mpv``, ``mpv-mpris``) playing a tone into a PulseAudio null sink (``pulseaudio``).
Without those programs the tests skip, saying what to install; CI installs them all and fails
on a skip (.ci/run).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
NO_BUS = "no dbus-daemon here (apt-get install dbus-daemon)"


@pytest.fixture(scope="module")
def bus_address() -> Iterator[str]:
    """A private session bus's address (the bus ends with the module's tests: every test's
    players quit with it, and each names its restore folder, so they share it safely)."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip(NO_BUS)
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)  # its fd-limit warning
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    assert address.startswith("unix:"), address
    try:
        yield address
    finally:
        daemon.terminate()
        daemon.wait(5)


class PlayerProcess:
    """A test player in a child process; what it did is read back from its log."""

    def __init__(self, address: str, name: str, log: Path, *args: str) -> None:
        self.name = name
        self.log = log
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.qt.mpris_test_player", "--bus", address, "--name", name,
             "--log", str(log), *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=env, cwd=ROOT)
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        assert line == "ready", self.process.stderr.read() if self.process.stderr else line

    @property
    def service(self) -> str:
        return "org.mpris.MediaPlayer2." + self.name

    def events(self) -> list[dict[str, Any]]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text().splitlines() if line]

    def changes(self) -> list[dict[str, Any]]:
        """What was done to it (Volume, Play, Pause...), oldest first."""
        return [e for e in self.events() if e["what"] != "start"]

    @property
    def volume(self) -> float | None:
        values = [e["volume"] for e in self.events() if "volume" in e]
        return values[-1] if values else None

    @property
    def status(self) -> str:
        return str([e["status"] for e in self.events() if "status" in e][-1])

    def hang(self) -> None:
        os.kill(self.process.pid, signal.SIGSTOP)

    def wake(self) -> None:
        os.kill(self.process.pid, signal.SIGCONT)

    def kill(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGCONT)
            self.process.kill()
            self.process.wait(5)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


PlayerFactory = Callable[..., PlayerProcess]


@pytest.fixture
def start_player(bus_address: str, tmp_path: Path) -> Iterator[PlayerFactory]:
    """``start_player(name, "--status", "Paused", ...)``: a running test player."""
    started: list[PlayerProcess] = []

    def start(name: str, *args: str) -> PlayerProcess:
        player = PlayerProcess(bus_address, name, tmp_path / f"{name}.log", *args)
        started.append(player)
        return player

    yield start
    for player in started:
        player.kill()


@pytest.fixture
def user(bus_address: str) -> Iterator[Callable[..., None]]:
    """The user at their player: ``user(service, "Pause")`` or ``user(service, volume=0.5)``,
    a blocking call from a connection of its own."""
    from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage, QDBusVariant

    from coach.qt.dbus_lock import DBUS_SETUP

    with DBUS_SETUP:  # a blocking call holds the GIL: see coach.qt.dbus_lock
        bus = QDBusConnection.connectToBus(bus_address, "test-user")

    def act(service: str, method: str | None = None, *, volume: float | None = None) -> None:
        if method is not None:
            message = QDBusMessage.createMethodCall(service, "/org/mpris/MediaPlayer2",
                                                    "org.mpris.MediaPlayer2.Player", method)
        else:
            message = QDBusMessage.createMethodCall(service, "/org/mpris/MediaPlayer2",
                                                    "org.freedesktop.DBus.Properties", "Set")
            message.setArguments(["org.mpris.MediaPlayer2.Player", "Volume",
                                  QDBusVariant(volume)])
        with DBUS_SETUP:  # a blocking call holds the GIL: see coach.qt.dbus_lock
            reply = bus.call(message, QDBus.CallMode.Block, 2000)
        assert reply.type() == QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()

    yield act
    with DBUS_SETUP:
        QDBusConnection.disconnectFromBus("test-user")


def wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> float:
    """Poll a condition that a child process makes true (no Qt loop needed); the time taken."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            raise AssertionError("timed out waiting")
        time.sleep(0.01)
    return time.monotonic() - start


MPRIS_PLUGIN = Path("/usr/lib/mpv-mpris/mpris.so")  # Debian's mpv-mpris


def write_tone(path: Path, seconds: float = 30.0, rate: int = 44100) -> Path:
    """A 440 Hz sine at half scale, stereo 16-bit: something steady to measure."""
    import math
    import struct
    import wave

    frames = bytearray()
    for i in range(int(seconds * rate)):
        sample = int(16000 * math.sin(2 * math.pi * 440 * i / rate))
        frames += struct.pack("<hh", sample, sample)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return path


@pytest.fixture(scope="module")
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A PulseAudio of the tests' own with a null sink called ``music`` (no sound card needed);
    yields its runtime folder (XDG_RUNTIME_DIR for its clients)."""
    if shutil.which("pulseaudio") is None:
        pytest.skip("no pulseaudio here (apt-get install pulseaudio)")
    runtime = tmp_path_factory.mktemp("pulse-runtime")
    runtime.chmod(0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime)}
    subprocess.run(["pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "-n",
                    "--load=module-null-sink sink_name=music",
                    "--load=module-native-protocol-unix"], env=env, check=True,
                   stderr=subprocess.DEVNULL)
    wait_for(lambda: subprocess.run(["pactl", "info"], env=env, capture_output=True)
             .returncode == 0, timeout=10)
    yield runtime
    subprocess.run(["pulseaudio", "--kill"], env=env, check=False)


class Mpv:
    """mpv playing a tone into the null sink, an MPRIS player on the private bus."""

    def __init__(self, address: str, pulse: Path, tone: Path, volume: int) -> None:
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "XDG_RUNTIME_DIR": str(pulse)}
        self.process = subprocess.Popen(
            ["mpv", "--no-config", f"--script={MPRIS_PLUGIN}", "--no-video", "--no-terminal",
             "--ao=pulse", "--loop-file=inf", f"--volume={volume}", str(tone)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(5)


@pytest.fixture
def mpv(bus_address: str, pulse: Path, tmp_path: Path) -> Iterator[Callable[[int], Mpv]]:
    if shutil.which("mpv") is None or not MPRIS_PLUGIN.exists():
        pytest.skip("no mpv with its MPRIS plugin here (apt-get install mpv mpv-mpris)")
    tone = write_tone(tmp_path / "tone.wav", seconds=5.0)
    started: list[Mpv] = []

    def start(volume: int = 80) -> Mpv:
        player = Mpv(bus_address, pulse, tone, volume)
        started.append(player)
        return player

    yield start
    for player in started:
        player.kill()


class BusReader:
    """Reads a player's properties with blocking calls, as a test would by hand."""

    def __init__(self, address: str) -> None:
        from PySide6.QtDBus import QDBusConnection

        from coach.qt.dbus_lock import DBUS_SETUP

        with DBUS_SETUP:
            self.bus = QDBusConnection.connectToBus(address, "test-reader")

    def get(self, service: str, name: str) -> Any:
        from PySide6.QtDBus import QDBus, QDBusMessage, QDBusVariant

        from coach.qt.dbus_lock import DBUS_SETUP

        message = QDBusMessage.createMethodCall(service, "/org/mpris/MediaPlayer2",
                                                "org.freedesktop.DBus.Properties", "Get")
        message.setArguments(["org.mpris.MediaPlayer2.Player", name])
        with DBUS_SETUP:  # a blocking call holds the GIL: see coach.qt.dbus_lock
            reply = self.bus.call(message, QDBus.CallMode.Block, 2000)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            return None
        value = reply.arguments()[0]
        return value.variant() if isinstance(value, QDBusVariant) else value

    def close(self) -> None:
        from PySide6.QtDBus import QDBusConnection

        from coach.qt.dbus_lock import DBUS_SETUP

        with DBUS_SETUP:
            QDBusConnection.disconnectFromBus("test-reader")


@pytest.fixture
def reader(bus_address: str) -> Iterator[BusReader]:
    read = BusReader(bus_address)
    yield read
    read.close()
