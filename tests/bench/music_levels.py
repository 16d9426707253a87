"""What the music setting does to real music, against the cues of one real session.

    python -m tests.bench.music_levels [--routine warmup-standard] [--mode lower] [--seconds N]

Everything is private: a PulseAudio with a null sink ``music``, a session bus, and mpv (with
its MPRIS plugin) looping a steady 440 Hz tone into the sink. The routine runs in real time
through the terminal runner (``TextRunner``, silent speaker: phrase lengths are the plan's
estimates) with the music listener and the real music control (``QtMusic`` over QtDBus). The
sink's monitor is recorded with ``parec`` (10 ms latency) and its level taken every 50 ms.

Written to ``build/music-levels/<mode>/``: ``levels.csv`` (clock seconds from the session start, dB
relative to the tone's full level), ``groups.csv`` (per group of cues: first word, last word's
end, when the music was down, when it was back), ``summary.txt``.

It needs the apt packages pulseaudio, pulseaudio-utils, dbus-daemon, mpv and mpv-mpris; it
runs in real time (the whole standard warm-up is ten minutes).
"""

from __future__ import annotations

import argparse
import array
import io
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from coach.app.music_groups import spoken_groups
from coach.app.music_listener import MusicListener
from coach.app.music_port import MusicMode
from coach.app.terminal_run import TextRunner
from coach.core.clock import Clock, SystemClock
from coach.core.plan.compiler import Plan, PlanSettings, compile_plan
from coach.core.plan.phrase_time import estimate_speech_seconds
from coach.core.routine_files.library import load_library
from coach.core.session_events import Event, Started
from coach.qt.music_thread import QtMusic
from coach.speech.port import SilentSpeaker

OUT = Path(__file__).resolve().parents[2] / "build" / "music-levels"

RATE = 44100
WINDOW = 0.05  # seconds per level sample
MPRIS = "/usr/lib/mpv-mpris/mpris.so"
CLOCK = SystemClock()


class StartRecorder(MusicListener):
    """The music listener, noting the clock reading at which the session started."""

    started_at = math.nan

    def __call__(self, event: Event) -> None:
        if isinstance(event, Started):
            self.started_at = event.at
        super().__call__(event)


def write_tone(path: Path, seconds: float = 5.0) -> None:
    import struct
    import wave

    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(RATE)
        frames = bytearray()
        for i in range(int(seconds * RATE)):  # 2200 whole cycles: the loop is seamless
            value = int(16000 * math.sin(2 * math.pi * 440 * i / RATE))
            frames += struct.pack("<hh", value, value)
        out.writeframes(bytes(frames))


class Recorder:
    """parec on the sink's monitor. Each sample's time is its count at the rate from the
    recording's start; the start is the earliest ``arrival - samples before it / rate`` over
    all chunks (a chunk arrives after its samples were made, never before; a busy moment only
    delays arrivals, never the samples' own times). The monitor's ~10 ms latency is left in."""

    def __init__(self, env: dict[str, str]) -> None:
        self._samples = array.array("h")
        self._origin = math.inf
        self._process = subprocess.Popen(
            ["parec", "-d", "music.monitor", "--format=s16le", f"--rate={RATE}",
             "--channels=1", "--latency-msec=10", "--raw"],
            stdout=subprocess.PIPE, env=env)
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        while True:
            chunk = self._process.stdout.read1(4096)  # type: ignore[attr-defined]
            if not chunk:
                return
            arrived = CLOCK.now()
            self._samples.frombytes(chunk[: len(chunk) // 2 * 2])
            self._origin = min(self._origin, arrived - len(self._samples) / RATE)

    def stop(self) -> None:
        self._process.terminate()
        self._process.wait(5)
        self._thread.join(5)

    @property
    def levels(self) -> list[tuple[float, float]]:
        """(clock reading of the window's middle, RMS) every WINDOW seconds."""
        per = int(RATE * WINDOW)
        out = []
        for start in range(0, len(self._samples) - per + 1, per):
            window = self._samples[start:start + per]
            rms = math.sqrt(sum(v * v for v in window) / per)
            out.append((self._origin + (start + per / 2) / RATE, rms))
        return out


def db(value: float, full: float) -> float:
    return 20 * math.log10(max(value, 1e-3) / full)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--routine", default="warmup-standard")
    parser.add_argument("--mode", default="lower", choices=[m.value for m in MusicMode])
    parser.add_argument("--seconds", type=float, default=0.0, help="stop after (0: the end)")
    args = parser.parse_args()
    # Started in the background, a shell hands Python SIGINT ignored: --seconds needs it.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    for tool in ("pulseaudio", "parec", "dbus-daemon", "mpv"):
        if shutil.which(tool) is None:
            print(f"needs {tool}", file=sys.stderr)
            return 2
    out_dir = OUT / args.mode
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="limber-measure-"))
    runtime = work / "runtime"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime)}
    subprocess.run(["pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "-n",
                    "--load=module-null-sink sink_name=music",
                    "--load=module-native-protocol-unix"], env=env, check=True,
                   stderr=subprocess.DEVNULL)
    while subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode:
        time.sleep(0.2)
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nopidfile",
                            "--print-address=1"], stdout=subprocess.PIPE, text=True)
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    tone = work / "tone.wav"
    write_tone(tone)
    mpv = subprocess.Popen(["mpv", "--no-config", f"--script={MPRIS}", "--no-video",
                            "--no-terminal", "--ao=pulse", "--audio-device=pulse/music",
                            "--loop-file=inf", "--volume=80", str(tone)], env=env)
    recorder = Recorder(env)
    music: QtMusic | None = None
    try:
        time.sleep(5.0)  # parec (~1 s) and mpv up, its MPRIS name taken, the level steady
        library = load_library()
        plan = compile_plan(library.get(args.routine), PlanSettings())

        def seconds(text: str) -> float:
            return estimate_speech_seconds(text, 175)

        music = QtMusic(lambda text: print("notice:", text, flush=True), work / "data", CLOCK,
                        address=address, notice_any_thread=True)
        control = music
        listeners: list[StartRecorder] = []

        def listen(clock: Clock) -> StartRecorder:
            listeners.append(StartRecorder(control, clock, lambda: MusicMode(args.mode),
                                           lambda: seconds))
            return listeners[0]

        runner = TextRunner(plan, SilentSpeaker(), io.StringIO(), live=False, music=listen)
        if args.seconds > 0:
            timer = threading.Timer(args.seconds, lambda: os.kill(os.getpid(), signal.SIGINT))
            timer.start()
        summary = runner.run()
        session_start = listeners[0].started_at
        time.sleep(2.5)  # the last ramp up, and a little of the level after it
    finally:
        if music is not None:
            music.close()
        recorder.stop()
        mpv.kill()
        bus.terminate()
        subprocess.run(["pulseaudio", "--kill"], env=env, check=False)
    print(f"{len(recorder.levels)} level samples, session started at {session_start:.3f}, "
          f"first sample at {recorder.levels[0][0] if recorder.levels else math.nan:.3f}")
    report(plan, seconds, recorder.levels, session_start, out_dir, args, summary.stopped)
    return 0


def report(plan: Plan, seconds: Callable[[str], float], levels: list[tuple[float, float]],
           start: float, out_dir: Path, args: argparse.Namespace, stopped: bool) -> None:
    before = [rms for t, rms in levels if t < start - 0.5]
    full = sorted(before)[len(before) // 2]  # the tone's level before anything happened
    track = [(t - start, db(rms, full)) for t, rms in levels]
    with open(out_dir / "levels.csv", "w", encoding="utf-8") as out:
        out.write("seconds,db\n")
        for t, value in track:
            out.write(f"{t:.3f},{value:.2f}\n")
    lines = [f"routine {args.routine}, mode {args.mode}, {plan.total_seconds} s planned"
             f"{' (stopped early)' if stopped else ''}; tone at mpv volume 0.8; "
             f"level every {WINDOW * 1000:.0f} ms from the null sink's monitor"]
    if args.mode != "lower":
        summary_other(track, lines)
    else:
        summary_lower(plan, seconds, track, out_dir, lines)
    (out_dir / "summary.txt").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


def summary_lower(plan: Plan, seconds: Callable[[str], float],
                  track: list[tuple[float, float]], out_dir: Path, lines: list[str]) -> None:
    groups = spoken_groups(plan.cues, seconds)
    end = track[-1][0]
    groups = [g for g in groups if g.end + 1.5 < end]
    lowered_levels = sorted(v for t, v in track if t >= 0 and -50.0 < v < -10.0)
    low_level = lowered_levels[len(lowered_levels) // 2]  # the lowered level (median)
    dropouts = sum(1 for t, v in track if t >= 0 and v < -60.0)
    rows = []
    for g in groups:
        # Down: the level within 1 dB of the lowered level; its first time before the word.
        near = [(t, v) for t, v in track if g.start - 2.0 <= t <= g.end]
        lowered = [t for t, v in near if -60.0 < v <= low_level + 3.0]
        down_at = lowered[0] if lowered else math.nan
        during = [v for t, v in track if g.start <= t <= g.end and v > -60.0]
        loudest = max(during) if during else math.nan
        after = [(t, v) for t, v in track if g.end <= t <= g.end + 5.0]
        back = [t for t, v in after if v >= -1.0]
        back_at = back[0] if back else math.nan
        rows.append((g.start, g.end, down_at, g.start - down_at, loudest, back_at,
                     back_at - g.end))
    with open(out_dir / "groups.csv", "w", encoding="utf-8") as out:
        out.write("first_word,last_word_end,down_at,down_before_word,loudest_db_in_words,"
                  "back_at,back_after_last_word\n")
        for row in rows:
            out.write(",".join(f"{v:.3f}" for v in row) + "\n")
    leads = [r[3] for r in rows if not math.isnan(r[3])]
    backs = [r[6] for r in rows if not math.isnan(r[6])]
    loud = [r[4] for r in rows if not math.isnan(r[4])]
    first_words = [r for r in rows if r[0] > 0.5]  # the lead-in words start with the session
    early = [r[3] for r in first_words if not math.isnan(r[3])]
    down_time = sum(1 for t, v in track if t >= 0 and v < -3.0) * WINDOW
    lines += [
        f"groups of cues: {len(rows)} (from {len([c for c in plan.cues if c.text])} spoken cues)",
        f"lowered level: {low_level:.1f} dB (Volume 0.8 -> 0.24; mpv's volume is cubic)",
        "down before the first word (level within 3 dB of the lowered one), groups after the "
        f"first: min {min(early):.2f} s, median {sorted(early)[len(early) // 2]:.2f} s, "
        f"max {max(early):.2f} s; late groups: {sum(1 for v in early if v < 0)}",
        f"  first group (the lead-in words, at the session's very start): {rows[0][3]:.2f} s",
        "loudest level while words are spoken (50 ms windows), groups after the first: "
        f"max {max(r[4] for r in first_words):.1f} dB",
        "back within 1 dB of full after the last word: "
        f"min {min(backs):.2f} s, median {sorted(backs)[len(backs) // 2]:.2f} s, "
        f"max {max(backs):.2f} s",
        f"music lowered (below -3 dB) for {down_time:.0f} s of {track[-1][0]:.0f} s",
        f"all groups: max level in words {max(loud):.1f} dB; leads {len(leads)}",
        f"recording dropouts (50 ms windows below -60 dB, the player's underruns): {dropouts}",
    ]


def summary_other(track: list[tuple[float, float]], lines: list[str]) -> None:
    quiet = [t for t, v in track if t >= 0 and v < -40.0]
    loud_after = [t for t, v in track if quiet and t > quiet[-1] and v >= -1.0]
    fading = [t for t, v in track if t >= 0 and v < -1.0]
    lines += [
        f"first below -1 dB (the fade begins) at {fading[0]:.2f} s" if fading
        else "never below -1 dB",
        f"level over the session: min {min(v for t, v in track if t >= 0):.1f} dB, "
        f"max {max(v for t, v in track if t >= 0):.1f} dB",
        f"silent (paused) from {quiet[0]:.2f} s to {quiet[-1]:.2f} s" if quiet
        else "never silent (not paused)",
        f"back to full at {loud_after[0]:.2f} s" if loud_after else "",
    ]


if __name__ == "__main__":
    sys.exit(main())
