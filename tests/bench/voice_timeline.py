"""Every built-in as a runner hears it: real clips, the real speaker, a session on a fake clock.

For each speech rate the phrases are rendered by the project's own path (the speech worker,
the clip checks, the cache), each routine's plan is compiled with the clips' measured lengths
(``compile_measured``, as a session does before it starts), and the whole session is run
through the real :class:`VoiceSpeaker` into a player that records when each clip would start.
From that record, per routine: the counts heard on their beat out of those planned, cues the
speaker had to drop, and the tightest gap between two clips and between two stretches of
actual speech (a clip's leading and trailing silence left out).

    python -m tests.bench.voice_timeline [--rates 100 175 300] [--wav ROUTINE:STEP OUT.wav]

``--wav`` also lays the clips of one counted step (its index in the routine) on a timeline in
one WAV file (sox), to listen to or transcribe.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from coach.core.clock import FakeClock
from coach.core.plan.compiler import CueType, Plan, PlanSettings
from coach.core.plan.measured import compile_measured
from coach.core.routine_files.library import load_library
from coach.core.session import Session, drive
from coach.core.session_events import CueDue
from coach.speech.clip import write_wav
from coach.speech.notice_once import Notices
from coach.speech.options import SpeechOptions
from coach.speech.player import Channel, RecordingPlayer
from coach.speech.speaker import VoiceSpeaker
from coach.speech.tone_clips import load_tones
from tests.speech.real_voice import Voice

COUNT_SLACK = 0.3  # a count heard this late is still on its beat (the speaker's own limit)


@dataclass(frozen=True)
class Heard:
    routine: str
    rate: int
    counts_heard: int
    counts_planned: int
    dropped: int
    clip_gap: float  # tightest gap between the end of one clip and the start of the next
    speech_gap: float  # the same between stretches of speech (padding left out)
    total: int
    warnings: int


def plan_for(voice: Voice, routine_id: str) -> Plan:
    routine = load_library().get(routine_id)
    return compile_measured(routine, PlanSettings(speech_wpm=voice.rate), voice.measure)


def hear(voice: Voice, plan: Plan) -> tuple[Heard, RecordingPlayer]:
    clock = FakeClock()
    player = RecordingPlayer(clock)
    notes: list[str] = []
    speaker = VoiceSpeaker(SpeechOptions(speech_rate=voice.rate), player, load_tones(notes.append),
                           renderer=voice.renderer, clock=clock, notices=Notices(notes.append))
    session = Session(plan, clock)
    origin = clock.now()
    events = session.start()
    while True:
        for event in events:
            if isinstance(event, CueDue):
                speaker.play(event.cue)
        wake = session.next_wake()
        if wake is None:
            break
        events = drive(session, wake, clock.set)
    said = [p for p in player.played if p.channel is Channel.VOICE]
    starts: dict[tuple[str, float], float] = {}
    for p in said:
        starts[(p.label, round(p.called - origin, 3))] = p.starts - origin
    heard = 0
    counts = [c for c in plan.cues if c.type is CueType.COUNT]
    for c in counts:
        start = starts.get((c.text, round(c.at, 3)))
        heard += start is not None and start - c.at <= COUNT_SLACK
    clips = sorted((p.starts - origin, p.label) for p in said)
    clip_gap = speech_gap = float("inf")
    for (a_at, a), (b_at, b) in itertools.pairwise(clips):
        clip_gap = min(clip_gap, b_at - (a_at + voice.clip(a).seconds))
        speech_gap = min(speech_gap, (b_at + voice.speech_span(b)[0])
                         - (a_at + voice.speech_span(a)[1]))
    return Heard(plan.routine.id, voice.rate, heard, len(counts), len(speaker.dropped),
                 clip_gap, speech_gap, plan.total_seconds, len(plan.warnings)), player


def write_step(voice: Voice, plan: Plan, step: int, out: Path) -> str:
    """The clips of one step laid on its timeline in one WAV (sox): what is said, and when."""
    segs = [s for s in plan.segments if s.step == step and s.is_exercise]
    start, end = segs[0].start, segs[-1].end
    cues = [c for c in plan.cues if c.text and start <= c.at < end]
    work = Path(tempfile.mkdtemp())
    # sox mixes the clips, each delayed to its moment on the timeline.
    inputs: list[str] = []
    for i, c in enumerate(cues):
        path, delayed = work / f"{i:03d}.wav", work / f"d{i:03d}.wav"
        write_wav(path, voice.clip(c.text))
        subprocess.run(["sox", str(path), str(delayed), "pad", f"{c.at - start:.3f}"],
                       check=True)
        inputs += ["-v", "1", str(delayed)]  # -m alone would scale each clip by 1/n
    subprocess.run(["sox", "-m", *inputs, str(out)] if len(cues) > 1
                   else ["sox", inputs[-1], str(out)], check=True)
    shutil.rmtree(work)
    return " | ".join(f"{c.at - start:5.2f} {c.text}" for c in cues)


ROUTINES = ("warmup-standard", "warmup-quick", "warmup-gentle", "cooldown-standard",
            "cooldown-quick", "cooldown-gentle", "strength-leg")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rates", type=int, nargs="+", default=[100, 175, 300])
    parser.add_argument("--wav", nargs=2, metavar=("ROUTINE:STEP", "OUT.wav"))
    parser.add_argument("--voice", default="", metavar="ID",
                        help="a voice id from `limber voices` (default: the system engine's)")
    args = parser.parse_args(argv)
    cache = Path(tempfile.mkdtemp(prefix="limber-voice-"))
    print("rate  routine            counts heard/planned  dropped  tightest gap: clips  speech"
          "  total  warnings")
    for rate in args.rates:
        voice = Voice(rate, cache, args.voice)
        for routine_id in ROUTINES:
            plan = plan_for(voice, routine_id)
            heard, _ = hear(voice, plan)
            print(f"{rate:4d}  {routine_id:<18} {heard.counts_heard:5d}/{heard.counts_planned:<5d}"
                  f"            {heard.dropped:4d}  {heard.clip_gap:18.3f}  {heard.speech_gap:6.3f}"
                  f"  {heard.total // 60}:{heard.total % 60:02d}  {heard.warnings:8d}")
            if args.wav and args.wav[0].split(":")[0] == routine_id and rate == args.rates[0]:
                step = int(args.wav[0].split(":")[1])
                print("   ", write_step(voice, plan, step, Path(args.wav[1])), file=sys.stderr)
        if voice.notes:
            print("    notices:", *voice.notes, file=sys.stderr)
        voice.renderer.close()
    shutil.rmtree(cache, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
