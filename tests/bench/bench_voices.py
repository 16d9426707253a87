"""Which voice is clearest? (a script, not a test; it decides Limber's default voice)

    python tests/bench/bench_voices.py [--voices ID,ID] [--every K] [--limit N] [--rate 175]
    python tests/bench/bench_voices.py --limber-say [--every K] [--limit N]

Renders every distinct cue of the built-in routines (compiled with default settings) with each
installed English voice of every engine, then has each clip transcribed by an offline
open-vocabulary recogniser (PocketSphinx with its general US English model and no grammar: a
rough stand-in for a listener who does not know the words in advance). Prints, per voice, the
render time per cue and the word error rate over all cues (edits / reference words).

``--limber-say`` measures what a user gets instead: ``limber say TEXT --to FILE.wav`` run as a
command with default preferences in a fresh private home, for every cue.

Needs ``pip install pocketsphinx`` (not a dependency of Limber or its tests). Uses sox to
resample when it is on PATH, else a slower resampler written here.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import math
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coach.core.plan.compiler import compile_plan
from coach.core.routine_files.library import Origin, load_library
from coach.speech.clip import Clip, samples, to_bytes, write_wav
from coach.speech.engines.clip_convert import load_any
from coach.speech.voice_catalogue import Voice, all_voices, engine_for, split_voice

SPEECH_RATE = 16000  # what PocketSphinx's en-us model was trained on
NOISE_LSB = 32  # synthetic speech has exact digital silence, which the recogniser handles badly


def builtin_cues() -> list[str]:
    library = load_library()
    phrases = [p for r in library.routines if r.origin is Origin.BUILT_IN
               for p in compile_plan(r).phrases()]
    return list(dict.fromkeys(phrases))


def words(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9' ]+", " ", text.lower().replace("-", " ")).split()


def edits(reference: list[str], heard: list[str]) -> int:
    """Word-level Levenshtein distance."""
    row = list(range(len(heard) + 1))
    for i, ref_word in enumerate(reference, 1):
        diagonal, row[0] = row[0], i
        for j, heard_word in enumerate(heard, 1):
            diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1,
                                           diagonal + (ref_word != heard_word))
    return row[-1]


# -- audio for the recogniser -------------------------------------------------------------

def mono(clip: Clip) -> list[int]:
    values = samples(clip.pcm)
    if clip.channels == 1:
        return list(values)
    return [(values[i] + values[i + 1]) // 2 for i in range(0, len(values) - 1, 2)]


def resample(values: list[int], rate: int) -> list[int]:
    """To 16 kHz: a low-pass (Blackman-windowed sinc) evaluated at each output instant."""
    if rate == SPEECH_RATE:
        return values
    ratio = SPEECH_RATE / rate
    cutoff = min(1.0, ratio) * 0.9  # of the input's Nyquist frequency, with a margin
    reach = 12  # input samples on each side
    out: list[int] = []
    for n in range(int(len(values) * ratio)):
        centre = n / ratio
        first = max(0, math.ceil(centre - reach))
        last = min(len(values) - 1, math.floor(centre + reach))
        total = 0.0
        for k in range(first, last + 1):
            x = k - centre
            arg = math.pi * cutoff * x
            sinc = cutoff if x == 0 else math.sin(arg) / (math.pi * x)
            phase = math.pi * (x + reach) / reach  # 0..2*pi across the window
            window = 0.42 - 0.5 * math.cos(phase) + 0.08 * math.cos(2 * phase)
            total += values[k] * sinc * window
        out.append(max(-32768, min(32767, round(total))))
    return out


def for_recogniser(path: Path, scratch: Path) -> bytes:
    """16 kHz mono 16-bit PCM with a fixed-seed noise floor added."""
    sox = shutil.which("sox")
    if sox:
        done = subprocess.run([sox, "-D", str(path), "-r", str(SPEECH_RATE), "-c", "1", "-b", "16",
                               "-e", "signed-integer", str(scratch)], capture_output=True)
        if done.returncode == 0:
            path = scratch
    clip = load_any(path)
    values = resample(mono(clip), clip.rate)
    noise = random.Random(17)
    floor = [max(-32768, min(32767, v + round(NOISE_LSB * (noise.random() - noise.random()))))
             for v in values]
    return to_bytes(array("h", floor))


class Recogniser:
    def __init__(self) -> None:
        try:
            from pocketsphinx import Decoder
        except ImportError:
            sys.exit("bench_voices: needs pocketsphinx (pip install pocketsphinx)")
        self._decoder = Decoder(samprate=SPEECH_RATE, loglevel="FATAL")

    def hear(self, pcm: bytes) -> str:
        self._decoder.start_utt()
        self._decoder.process_raw(pcm, full_utt=True)
        self._decoder.end_utt()
        hyp = self._decoder.hyp()
        return hyp.hypstr if hyp is not None else ""


# -- measuring ----------------------------------------------------------------------------

@dataclass
class Score:
    label: str
    render_ms: list[float]
    errors: int = 0
    reference_words: int = 0
    failed: int = 0
    seconds: float = 0.0

    @property
    def wer(self) -> float:
        return self.errors / max(1, self.reference_words)


def score_clips(label: str, cues: list[str], render: Any, recogniser: Recogniser,
                folder: Path, verbose: bool) -> Score:
    """``render(text, path)`` writes one cue's WAV; everything else is timed apart."""
    score = Score(label, [])
    for i, text in enumerate(cues):
        out = folder / f"{i}.wav"
        started = time.perf_counter()
        try:
            render(text, out)
            clip = load_any(out, text)
        except Exception as exc:
            score.failed += 1
            print(f"  {label}: {text!r} failed: {exc}", file=sys.stderr)
            if i == 0:  # e.g. an mbrola voice espeak-ng lists without its data installed
                score.failed = len(cues)
                return score
            continue
        score.render_ms.append((time.perf_counter() - started) * 1000)
        score.seconds += clip.seconds
        heard = recogniser.hear(for_recogniser(out, folder / "16k.wav"))
        reference = words(text)
        score.errors += edits(reference, words(heard))
        score.reference_words += len(reference)
        if verbose:
            print(f"  {label}: {text!r} -> {heard!r}", file=sys.stderr)
    return score


def engine_renderer(voice: Voice, rate: int) -> Any:
    """Render in this process through Limber's own engine for the voice (as the worker does)."""
    engine = engine_for(voice.id)()
    _, own_id = split_voice(voice.id)

    def render(text: str, out: Path) -> None:
        raw = out.with_suffix(".raw")
        with contextlib.redirect_stdout(io.StringIO()):  # pyttsx3 prints every file it saves
            engine.render(text, own_id, rate, raw)
        write_wav(out, load_any(raw, text))
        raw.unlink(missing_ok=True)

    return render


def say_renderer(home: Path) -> Any:
    env = dict(os.environ)
    for name in ("CONFIG", "DATA", "CACHE"):
        (home / name.lower()).mkdir(exist_ok=True)
        env[f"LIMBER_{name}_DIR"] = str(home / name.lower())
    limber = Path(sys.executable).with_name("limber")

    def render(text: str, out: Path) -> None:
        done = subprocess.run([str(limber), "say", text, "--to", str(out)], env=env,
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(done.stderr.strip())

    return render


def table(scores: list[Score]) -> str:
    lines = ["| voice | WER | render ms/cue (median) | speech s (total) | failed |",
             "| --- | --- | --- | --- | --- |"]
    for s in sorted(scores, key=lambda s: s.wer):
        median = statistics.median(s.render_ms) if s.render_ms else float("nan")
        if s.failed == len(s.render_ms) + s.failed and s.failed:
            lines.append(f"| {s.label} | - | - | - | all (voice not usable) |")
            continue
        lines.append(f"| {s.label} | {s.wer:.2f} | {median:.0f} | {s.seconds:.0f} | {s.failed} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voices", default="", help="comma-separated voice ids (default: all "
                        "English voices of every installed engine)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N cues")
    parser.add_argument("--every", type=int, default=1, metavar="K",
                        help="every K-th cue only (a sample spread over all the routines)")
    parser.add_argument("--rate", type=int, default=175)
    parser.add_argument("--limber-say", action="store_true",
                        help="measure 'limber say --to' with default preferences instead")
    parser.add_argument("--verbose", action="store_true", help="print every transcript")
    args = parser.parse_args()
    cues = builtin_cues()[:: args.every][: args.limit or None]
    recogniser = Recogniser()
    words_total = sum(len(words(c)) for c in cues)
    print(f"{len(cues)} cues, {words_total} words, {args.rate} words a minute", flush=True)
    scores = []
    with tempfile.TemporaryDirectory(prefix="limber-voices-") as tmp:
        folder = Path(tmp)
        if args.limber_say:
            scores.append(score_clips("limber say (default preferences)", cues,
                                      say_renderer(folder), recogniser, folder, args.verbose))
        else:
            wanted = {v for v in args.voices.split(",") if v}
            for voice in all_voices():
                if wanted and voice.id not in wanted:
                    continue
                if not wanted and not any(lang.startswith("en") for lang in voice.languages):
                    continue
                label = f"{voice.engine} {voice.id} ({voice.name})"
                try:
                    render = engine_renderer(voice, args.rate)
                except Exception as exc:
                    print(f"{label}: cannot start ({exc})", file=sys.stderr)
                    continue
                scores.append(score_clips(label, cues, render, recogniser, folder,
                                          args.verbose))
                print(table(scores[-1:]).splitlines()[-1], flush=True)
    print()
    print(table(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
