"""Make Limber's tones: ``python packaging/make_tones.py [FOLDER]`` (default assets/sounds).

Pure Python (``wave`` + ``math``), deterministic: the same bytes on every machine, so the
committed WAVs can be checked against this script. 22050 Hz mono 16-bit, like the voice clips,
so voice and tone share one output format.

- tick: the last three seconds. Short and bright (1 kHz carries over a laptop speaker and
  across a room) with a soft edge, so it does not click.
- end: the end of an exercise block. Two rising bell notes, longer and rounder than a tick.
- chime: stands in for a phrase whose voice clip is not ready. Two falling notes, softer.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
FADE = 0.005  # seconds of raised-cosine edge: no click at the start or the end


def note(freq: float, seconds: float, amplitude: float, decay: float = 0.0) -> list[float]:
    """A sine with a touch of its octave (reads as a tone, not a test signal), faded edges
    and an optional exponential decay (a bell rather than a beep)."""
    count = round(seconds * RATE)
    fade = round(FADE * RATE)
    out = []
    for i in range(count):
        t = i / RATE
        value = math.sin(2 * math.pi * freq * t) + 0.25 * math.sin(4 * math.pi * freq * t)
        envelope = math.exp(-decay * t) if decay else 1.0
        edge = min(i, count - 1 - i)
        if edge < fade:
            envelope *= 0.5 - 0.5 * math.cos(math.pi * edge / fade)
        out.append(amplitude * envelope * value / 1.25)
    return out


def silence(seconds: float) -> list[float]:
    return [0.0] * round(seconds * RATE)


# Amplitudes give each tone the voice's active level (about -21 dBFS, the median of flite's
# clips) when played at full tone volume, the default: voice and tones one loudness, with
# headroom (peaks near -12 dBFS).
TONES = {
    "tick": lambda: note(1000.0, 0.09, 0.15),
    "end": lambda: note(660.0, 0.16, 0.26, decay=6.0) + note(990.0, 0.34, 0.26, decay=5.0),
    "chime": lambda: note(880.0, 0.12, 0.26, decay=8.0) + silence(0.02)
    + note(660.0, 0.18, 0.26, decay=8.0),
}


def write(path: Path, samples: list[float]) -> None:
    frames = b"".join(
        struct.pack("<h", max(-32767, min(32767, round(s * 32767)))) for s in samples
    )
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)


def make_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in TONES.items():
        path = folder / f"{name}.wav"
        write(path, make())
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    default = Path(__file__).resolve().parent.parent / "assets" / "sounds"
    folder = Path(argv[0]) if argv else default
    for path in make_all(folder):
        print(f"{path}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
