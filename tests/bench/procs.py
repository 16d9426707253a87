"""A private X server per run, and what the kernel says about a process tree (Linux /proc)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")


@contextmanager
def private_display() -> Iterator[str]:
    """Start Xvfb on a display number it picks itself (-displayfd); yield ``:N``."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


@contextmanager
def private_sound() -> Iterator[str | None]:
    """A PulseAudio server of its own with one null sink: an audio output, as a desktop with a
    sound card has, so the app's sound runs (and costs) what it would there. Yields the address
    for PULSE_SERVER; None when pulseaudio is not installed (the app then has no output)."""
    program = shutil.which("pulseaudio")
    if program is None:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="limber-bench-pulse-") as runtime:
        socket = Path(runtime) / "native"
        server = subprocess.Popen(
            [program, "--daemonize=no", "-n", "--exit-idle-time=-1",
             "--load=module-null-sink sink_name=bench",
             f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1"],
            env=dict(os.environ, XDG_RUNTIME_DIR=runtime),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 10
            while not socket.exists():
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("pulseaudio did not start")
                time.sleep(0.05)
            yield f"unix:{socket}"
        finally:
            server.terminate()
            server.wait(10)


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it (the speech worker, say)."""
    children: dict[int, list[int]] = {}
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def rss_mib(pid: int, field: str = "VmRSS") -> float:
    """Resident memory now (VmRSS) or at its highest so far (VmHWM)."""
    for line in (PROC / str(pid) / "status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return 0.0


def pss_mib(pid: int) -> float:
    """Proportional set size: each shared page counted once across the processes sharing it
    (the app and its speech worker share libpython, libc...); summed over a process tree
    this is what the tree costs, where a sum of RSS counts shared pages twice."""
    try:
        for line in (PROC / str(pid) / "smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass  # ended meanwhile
    return 0.0


@dataclass(frozen=True)
class Usage:
    """CPU time (ns, every thread) and wake-ups (voluntary context switches, every thread)."""

    cpu_ns: int
    switches: int


def usage(pids: list[int]) -> Usage:
    cpu = switches = 0
    for pid in pids:
        try:
            tasks = list((PROC / str(pid) / "task").iterdir())
        except OSError:
            continue
        for task in tasks:
            try:
                cpu += int((task / "schedstat").read_text().split()[0])
                for line in (task / "status").read_text().splitlines():
                    # Voluntary: the thread slept and something woke it. Involuntary switches
                    # (preempted while running) measure the machine's load, not the program.
                    if line.startswith("voluntary_ctxt_switches:"):
                        switches += int(line.split()[1])
            except (OSError, ValueError, IndexError):
                continue  # a thread that ended meanwhile
    return Usage(cpu, switches)


@dataclass(frozen=True)
class Window:
    cpu_percent: float  # of one core
    wakeups_per_s: float


def watch(pid: int, seconds: float) -> Window:
    """CPU and wake-ups of ``pid``'s tree over ``seconds`` of doing nothing to it."""
    pids = descendants(pid)
    before, started = {p: usage([p]) for p in pids}, time.monotonic()
    time.sleep(seconds)
    after, took = {p: usage([p]) for p in pids}, time.monotonic() - started
    # A process that ended meanwhile (an idle speech worker) reads as zero at the end: leave it
    # out rather than count its whole life as negative.
    lasted = [p for p in pids if after[p].cpu_ns]
    cpu = sum(after[p].cpu_ns - before[p].cpu_ns for p in lasted)
    switches = sum(after[p].switches - before[p].switches for p in lasted)
    return Window(cpu_percent=cpu / 1e9 / took * 100, wakeups_per_s=switches / took)


def end_launch(child: subprocess.Popen[bytes]) -> None:
    """TERM (the app closes its window as on Ctrl+Q), then KILL the group if it lingers."""
    if child.poll() is None:
        child.send_signal(signal.SIGTERM)
    try:
        child.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
