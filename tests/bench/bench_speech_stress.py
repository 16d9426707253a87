"""Speech stress benchmark (a script, not a test):
``python tests/bench/bench_speech_stress.py [--renders N] [--engine SPEC] [--seed S]``.

Renders the built-in routines' phrases through the app's own verified clip path (the render
worker, the checks, a fresh engine on a failure) in three voices, with the rate changed
between every two renders (80 to 300 words a minute). Then it judges every clip reported as
good *independently of the checks*: it renders the same text with the ``espeak-ng`` command
(``-v VOICE -s RATE -w``, a separate program and process) and compares the lengths.

A clip is counted
* right: its sounding length (first to last sample above 1 % of full scale) within 6 % (at
  least 20 ms) of the command's render at the asked rate, and nearer it than the next;
* wrong rate: nearer (and as near) the command's render at the previous render's rate;
* truncated: shorter than the right length, and neither of those;
* other mismatch: anything else.

Prints the counts, how many clips the checks turned away (and whether the second render in a
fresh engine saved them), the time per render and what the checks cost. ``--engine
coach.speech.engines.system_engine:Pyttsx3Engine`` runs the old pyttsx3 path through the same
checks, to see what they catch. Uses a private cache folder.
"""

from __future__ import annotations

import argparse
import logging
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from array import array
from collections import Counter
from pathlib import Path

from coach.core.plan.compiler import compile_plan
from coach.core.routine_files.library import load_library
from coach.speech.clip_cache import ClipCache
from coach.speech.clip_checks import check
from coach.speech.engines.render_worker import DEFAULT_ENGINE
from coach.speech.verified_render import VerifiedRenderer
from coach.speech.worker_process import EngineProcess

VOICES = ("gmw/en-us", "gmw/en", "gmw/en-gb-x-rp", "gmw/en-gb-scotland")
RATES = tuple(range(80, 301, 20))  # 80, 100, ... 300
TOLERANCE = 0.06  # espeak-ng drifts up to about 3 % with what it said before (same voice)
MIN_GAP = 0.02
# The voice changes every this many renders (each change starts a fresh engine process, as
# the app does for a new voice); the rate changes on every render.
VOICE_BLOCK = 50


class Counting(logging.Handler):
    """Counts the verified path's log lines: rejected and failed renders."""

    def __init__(self) -> None:
        super().__init__()
        self.rejected = 0
        self.failed = 0
        self.calibration = 0

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if text.startswith("calibration"):
            self.calibration += 1
        elif " rejected: " in text:
            self.rejected += 1
        elif " failed: " in text:
            self.failed += 1


def phrases() -> list[str]:
    found: dict[str, None] = {}
    for routine in load_library().routines:
        found.update(dict.fromkeys(compile_plan(routine).phrases()))
    return list(found)


def sounding_seconds(pcm: bytes, rate: int) -> float:
    """From the first to the last sample louder than 1 % of full scale: the pauses an engine
    adds before and after a phrase vary by a few tens of ms between processes and say nothing
    about the rate. Deliberately simpler than (and apart from) the app's own measure."""
    values = array("h")
    values.frombytes(pcm)
    loud = [i for i, v in enumerate(values) if abs(v) > 328]
    return (loud[-1] - loud[0] + 1) / rate if loud else 0.0


def command_seconds(text: str, voice: str, rate: int, folder: Path,
                    memo: dict[tuple[str, str, int], float]) -> float:
    key = (text, voice, rate)
    if key not in memo:
        out = folder / "reference.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(rate), "-w", str(out), text],
                       check=True, capture_output=True)
        with wave.open(str(out), "rb") as w:
            memo[key] = sounding_seconds(w.readframes(w.getnframes()), w.getframerate())
    return memo[key]


def near(seconds: float, reference: float) -> float | None:
    """How far apart, if within the tolerance (6 %, at least 20 ms); else None."""
    gap = abs(seconds - reference)
    return gap if gap <= max(TOLERANCE * reference, MIN_GAP) else None


def judge(seconds: float, text: str, voice: str, rate: int, previous: int, folder: Path,
          memo: dict[tuple[str, str, int], float]) -> str:
    right = command_seconds(text, voice, rate, folder, memo)
    stale = command_seconds(text, voice, previous, folder, memo)
    to_right, to_stale = near(seconds, right), near(seconds, stale)
    if to_right is not None and (to_stale is None or to_right <= to_stale):
        return "right"
    if to_stale is not None:
        return "wrong rate"
    if seconds < right:
        return "truncated"
    return "other mismatch"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--renders", type=int, default=1000)
    parser.add_argument("--engine", default=DEFAULT_ENGINE)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    if shutil.which("espeak-ng") is None:
        print("needs the espeak-ng command (apt install espeak-ng)", file=sys.stderr)
        return 2
    counting = Counting()
    logging.getLogger("coach.speech.verified_render").addHandler(counting)
    logging.getLogger("coach.speech.verified_render").setLevel(logging.WARNING)
    logging.getLogger("coach.speech.verified_render").propagate = False
    rng = random.Random(args.seed)
    texts = phrases()
    with tempfile.TemporaryDirectory(prefix="limber-stress-") as tmp:
        folder = Path(tmp)
        engine = EngineProcess(args.engine)
        installed = {v.id for v in engine.voices()}
        voices = [v for v in VOICES if v in installed][:3]
        renderer = VerifiedRenderer(ClipCache(folder), engine, f"stress; {args.engine}")
        started = time.perf_counter()
        for voice in voices:  # calibrate up front so render times are renders only
            for rate in RATES:
                renderer.calibration(voice, rate)
        calibrating = time.perf_counter() - started
        memo: dict[tuple[str, str, int], float] = {}
        verdicts: Counter[str] = Counter()
        render_ms: list[float] = []
        check_ms: list[float] = []
        given_up = 0
        odd: list[str] = []
        previous = RATES[0]
        for i in range(args.renders):
            text = texts[i % len(texts)]
            voice = voices[(i // VOICE_BLOCK) % len(voices)]
            rate = rng.choice([r for r in RATES if r != previous])
            t0 = time.perf_counter()
            clip = renderer.render(text, voice, rate)
            render_ms.append((time.perf_counter() - t0) * 1000)
            if clip is None:
                given_up += 1
            else:
                t1 = time.perf_counter()
                check(clip, text, renderer.calibration(voice, rate))
                check_ms.append((time.perf_counter() - t1) * 1000)
                ours = sounding_seconds(clip.pcm, clip.rate)
                verdict = judge(ours, text, voice, rate, previous, folder, memo)
                verdicts[verdict] += 1
                if verdict != "right":
                    right = command_seconds(text, voice, rate, folder, memo)
                    odd.append(f"  {verdict}: {text!r} {voice} {rate} wpm (previous "
                               f"{previous}): {ours:.3f} s sounding, the command "
                               f"{right:.3f} s")
            previous = rate
        engine.close()
    good = sum(verdicts.values())
    print(f"engine: {args.engine}")
    print(f"voices: {', '.join(voices)} (taking turns every {VOICE_BLOCK} renders); rates "
          f"{RATES[0]}-{RATES[-1]} wpm, changed every render; {len(texts)} built-in phrases; "
          f"seed {args.seed}")
    print(f"calibration: {len(voices) * len(RATES)} voice+rate pairs in {calibrating:.1f} s "
          f"({counting.calibration} reference renders turned away)")
    print(f"renders asked: {args.renders}; reported good: {good}; given up (tone): {given_up}")
    print(f"  judged against the espeak-ng command: right {verdicts['right']}, "
          f"wrong rate {verdicts['wrong rate']}, truncated {verdicts['truncated']}, "
          f"other mismatch {verdicts['other mismatch']}")
    print(f"  renders turned away: {counting.rejected} by the checks, "
          f"{counting.failed} failed in the engine; "
          f"restarts (fresh engine): {engine.restarts}")
    print(f"time per render (render + checks + cache write): median "
          f"{statistics.median(render_ms):.1f} ms, p95 {pct(render_ms, 0.95):.1f} ms")
    if check_ms:
        print(f"cost of the checks: median {statistics.median(check_ms):.2f} ms, "
              f"p95 {pct(check_ms, 0.95):.2f} ms per clip")
    print("\n".join(odd[:20]))
    wrong = good - verdicts["right"]
    print("RESULT: " + ("zero wrong clips reported as good" if wrong == 0 else
                        f"{wrong} WRONG CLIPS REPORTED AS GOOD"))
    return 0 if wrong == 0 else 1


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


if __name__ == "__main__":
    sys.exit(main())
