"""Speech benchmark (a script, not a test): ``python tests/bench/bench_speech.py [SECONDS]``.

1. render time per phrase (cold cache, real engine in its worker; worker start-up apart),
2. cache-hit time for the same routine (a second speaker, warm cache),
3. due-to-play delay: a real session on the system clock over a short plan, the real speaker
   and a player that timestamps every play call. Delay = play-call time - cue due time.

Uses a private cache folder; prints figures only.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from coach.core.clock import SystemClock
from coach.core.model import Exercise, ExerciseKind, Focus, Routine, RoutineKind, Sides, Step
from coach.core.plan.compiler import PlanSettings, compile_plan
from coach.core.session import Session
from coach.core.session_events import CueDue, Event, Started
from coach.speech import SpeechOptions, make_speaker
from coach.speech.clip import Clip
from coach.speech.player import Channel


class StampingPlayer:
    def __init__(self, clock: SystemClock) -> None:
        self.clock = clock
        self.calls: list[tuple[float, Channel, str]] = []

    def play(self, channel: Channel, clip: Clip, volume: float, *, queue: bool = False) -> None:
        self.calls.append((self.clock.now(), channel, clip.label))

    def stop(self, channel: Channel | None = None) -> None:
        pass

    def close(self) -> None:
        pass


def short_routine() -> Routine:
    ex = [Exercise("march", "March", ExerciseKind.WALK, (Focus.WHOLE_BODY,), "March."),
          Exercise("calf", "Calf stretch", ExerciseKind.STATIC_STRETCH, (Focus.CALF,), "Lean."),
          Exercise("circles", "Ankle circles", ExerciseKind.MOBILISE, (Focus.ANKLE,), "Circle.")]
    return Routine("bench", "Bench routine", RoutineKind.WARM_UP, "A short routine.", (
        Step(ex[0], seconds=8),
        Step(ex[1], seconds=6, sides=Sides.PER_SIDE, switch_seconds=2, changeover_seconds=3),
        Step(ex[2], reps=3, rep_seconds=1.5, changeover_seconds=3),
    ))


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    plan = compile_plan(short_routine(), PlanSettings(lead_in_seconds=3))
    phrases = plan.phrases()
    clock = SystemClock()
    with tempfile.TemporaryDirectory(prefix="limber-bench-") as tmp:
        cache = Path(tmp)
        notes: list[str] = []

        def speaker_for(player: StampingPlayer):
            return make_speaker(SpeechOptions(), notes.append, lambda post: player,
                                cache_dir=cache)

        def wait(speaker) -> float:
            started = time.perf_counter()
            while speaker.progress()[0] < speaker.progress()[1]:
                time.sleep(0.0005)
            return time.perf_counter() - started

        # Warm the worker's start-up on a throw-away phrase so it is not counted per phrase.
        warm = speaker_for(StampingPlayer(clock))
        spawn = wait_prepare(warm, ["Warm up the worker."], wait)
        cold = wait_prepare(warm, phrases, wait)
        warm.close()
        hit_speaker = speaker_for(StampingPlayer(clock))
        hit = wait_prepare(hit_speaker, phrases, wait)
        hit_speaker.close()
        print(f"phrases: {len(phrases)}")
        print(f"worker start + first phrase: {spawn * 1000:.0f} ms")
        print(f"render (cold cache): {cold * 1000:.0f} ms total, "
              f"{cold * 1000 / len(phrases):.1f} ms/phrase")
        print(f"cache hit (new speaker, all {len(phrases)} phrases): {hit * 1000:.1f} ms total, "
              f"{hit * 1000 / len(phrases):.2f} ms/phrase")

        player = StampingPlayer(clock)
        speaker = speaker_for(player)
        speaker.prepare(phrases)
        wait(speaker)
        session = Session(plan, clock)
        delays: list[float] = []
        silent = 0
        origin = 0.0

        def handle(events: list[Event]) -> None:
            nonlocal origin, silent
            for event in events:
                if isinstance(event, Started):
                    origin = event.at  # the session's anchor: cue N is due at origin + at
                elif isinstance(event, CueDue):
                    before = len(player.calls)
                    speaker.play(event.cue)
                    if len(player.calls) == before:
                        silent += 1  # dropped: another cue held the voice
                        continue
                    delays.append((player.calls[before][0] - (origin + event.cue.at)) * 1000)

        handle(session.start())
        while (wake := session.next_wake()) is not None:
            delay = wake - clock.now()
            if delay > 0:
                time.sleep(delay)
            handle(session.advance())
        speaker.close()
        print(f"real-time run: {plan.total_seconds} s plan, {len(delays) + silent} cues due, "
              f"{len(player.calls)} play calls, {silent} cues dropped by priority")
        print(f"due-to-play delay: p50 {statistics.median(delays):.2f} ms, "
              f"p95 {pct(delays, 0.95):.2f} ms, max {max(delays):.2f} ms")
        if notes:
            print("notices:", *notes, sep="\n  ")
    return 0


def wait_prepare(speaker, phrases: list[str], wait) -> float:
    started = time.perf_counter()
    speaker.prepare(phrases)
    wait(speaker)
    return time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(main())
