"""Every built-in as a runner hears it: real clips, the real speaker, a session on a fake clock.

For each speech rate the phrases are rendered by the project's own path (the speech worker,
the clip checks, the cache), each routine's plan is compiled with the clips' measured lengths
(``compile_measured``, as a session does before it starts), and the whole session is run
through the real :class:`VoiceSpeaker` into a player that records when each clip would start.
From that record, per routine: the counts heard on their beat out of those planned, cues the
speaker had to drop, and the tightest gap between two clips and between two stretches of
actual speech (a clip's leading and trailing silence left out).

    python -m tests.bench.voice_timeline [--rates 100 175 300] [--voice ID]
        [--wav ROUTINE:STEP OUT.wav]

The voice is the app's default (the clearest installed: flite rms where flite is) unless
``--voice`` names another. ``--wav`` also writes one step (its index in the routine, from its
change-over to just after its end tone) as played: every clip and tone the speaker played, at
its moment and at the app's default volumes, cut where the speaker cut it; to listen to or
transcribe.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import sys
import tempfile
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path

from coach.core.clock import FakeClock
from coach.core.plan.compiler import CueType, Plan, PlanSettings
from coach.core.plan.measured import compile_measured
from coach.core.routine_files.library import load_library
from coach.core.session import Session, drive
from coach.core.session_events import CueDue
from coach.speech.clip import Clip
from coach.speech.notice_once import Notices
from coach.speech.options import SpeechOptions
from coach.speech.player import Channel, RecordingPlayer
from coach.speech.speaker import VoiceSpeaker
from coach.speech.tone_clips import load_tones
from coach.speech.voice_catalogue import default_voice
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
    """The whole session through the real speaker; the player's record starts at 0."""
    clock = FakeClock(0.0)
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


def write_step(voice: Voice, plan: Plan, player: RecordingPlayer, step: int, out: Path) -> str:
    """One step as played (tones too, at the app's default volumes) in one 16-bit WAV."""
    segs = [s for s in plan.segments if s.step == step]
    start, end = segs[0].start, segs[-1].end + 1.0  # its change-over to its end tone
    tones = load_tones(lambda note: None)
    rate = tones["end"].rate
    mix = [0.0] * round((end - start) * rate)
    said = []
    for i, p in enumerate(player.played):
        if not start <= p.starts < end:
            continue
        clip = tones[p.label] if p.channel is Channel.TONE else voice.clip(p.label)
        assert clip.channels == 1, clip.channels
        # Played until it ends, or until the next clip on its channel cuts it (no queue).
        stop = min([q.starts for q in player.played[i + 1:] if q.channel is p.channel
                    and not q.queued] + [p.starts + clip.seconds])
        _add(mix, clip, round((p.starts - start) * rate), round((stop - p.starts) * rate),
             _gain(p.volume), rate)
        said.append(f"{p.starts - start:5.2f} {p.label}")
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(array("h", (max(-32767, min(32767, round(v))) for v in mix)).tobytes())
    return " | ".join(said)


def _gain(volume: float) -> float:
    """The linear gain of a volume as the app's player applies it (Qt's log-to-linear)."""
    from PySide6.QtMultimedia import QtAudio

    scale = QtAudio.VolumeScale
    return QtAudio.convertVolume(volume, scale.LogarithmicVolumeScale, scale.LinearVolumeScale)


def _add(mix: list[float], clip: Clip, at: int, frames: int, gain: float,
         rate: int = 22050) -> None:
    """``frames`` of ``clip`` (at the mix's ``rate``: linear interpolation) added from ``at``."""
    values = array("h")
    values.frombytes(clip.pcm)
    if sys.byteorder == "big":
        values.byteswap()  # WAV is little-endian
    step = clip.rate / rate
    for j in range(max(0, frames)):
        x = j * step
        i = int(x)
        if i + 1 >= len(values) or not 0 <= at + j < len(mix):
            break
        mix[at + j] += (values[i] + (values[i + 1] - values[i]) * (x - i)) * gain


ROUTINES = ("warmup-standard", "warmup-quick", "warmup-gentle", "cooldown-standard",
            "cooldown-quick", "cooldown-gentle", "strength-leg")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rates", type=int, nargs="+", default=[100, 175, 300])
    parser.add_argument("--wav", nargs=2, metavar=("ROUTINE:STEP", "OUT.wav"))
    parser.add_argument("--voice", default=None, metavar="ID",
                        help="a voice id from `limber voices` (default: the app's default)")
    args = parser.parse_args(argv)
    voice_id = default_voice() if args.voice is None else args.voice
    print(f"voice: {voice_id or 'the system engine'}")
    cache = Path(tempfile.mkdtemp(prefix="limber-voice-"))
    print("rate  routine            counts heard/planned  dropped  tightest gap: clips  speech"
          "  total  warnings")
    for rate in args.rates:
        voice = Voice(rate, cache, voice_id)
        for routine_id in ROUTINES:
            plan = plan_for(voice, routine_id)
            heard, player = hear(voice, plan)
            print(f"{rate:4d}  {routine_id:<18} {heard.counts_heard:5d}/{heard.counts_planned:<5d}"
                  f"            {heard.dropped:4d}  {heard.clip_gap:18.3f}  {heard.speech_gap:6.3f}"
                  f"  {heard.total // 60}:{heard.total % 60:02d}  {heard.warnings:8d}")
            if args.wav and args.wav[0].split(":")[0] == routine_id and rate == args.rates[0]:
                step = int(args.wav[0].split(":")[1])
                print("   ", write_step(voice, plan, player, step, Path(args.wav[1])),
                      file=sys.stderr)
        if voice.notes:
            print("    notices:", *voice.notes, file=sys.stderr)
        voice.renderer.close()
    shutil.rmtree(cache, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
