"""Turn whatever a speech engine wrote into the one clip format (16-bit PCM WAV).

espeak-ng writes that already; SAPI5 may write other sample sizes; NSSpeechSynthesizer on
macOS writes AIFF (big-endian). Pure Python on purpose: it runs once per phrase, in the
render worker, and needs nothing that a frozen bundle could lack (``aifc`` and ``audioop``
are gone from newer Pythons).
"""

from __future__ import annotations

import struct
import sys
import wave
from array import array
from pathlib import Path
from typing import Literal

from coach.speech.clip import BadClip, Clip, to_bytes


def load_any(path: Path, label: str = "") -> Clip:
    """Read a WAV or AIFF file of any common PCM sample size as a 16-bit clip (mono/stereo)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadClip(f"{path.name}: {exc}") from exc
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        channels, width, rate, pcm = _read_wav(path)
        values = _to_16bit(pcm, width, little=True, unsigned_8bit=True)
    elif data[:4] == b"FORM" and data[8:12] in (b"AIFF", b"AIFC"):
        channels, width, rate, pcm, little = _read_aiff(data, path.name)
        values = _to_16bit(pcm, width, little=little, unsigned_8bit=False)
    else:
        raise BadClip(f"{path.name}: neither WAV nor AIFF ({len(data)} bytes)")
    if channels > 2:
        values, channels = _mixdown(values, channels), 1
    if not values:
        raise BadClip(f"{path.name}: no audio in it")
    return Clip(label or path.stem, to_bytes(values), rate, channels)


def _read_wav(path: Path) -> tuple[int, int, int, bytes]:
    try:
        with wave.open(str(path), "rb") as w:
            return (w.getnchannels(), w.getsampwidth(), w.getframerate(),
                    w.readframes(w.getnframes()))
    except (OSError, EOFError, wave.Error) as exc:
        raise BadClip(f"{path.name}: {exc}") from exc


def _read_aiff(data: bytes, name: str) -> tuple[int, int, int, bytes, bool]:
    pos, comm, ssnd = 12, None, None
    while pos + 8 <= len(data):
        chunk_id, size = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        body = data[pos + 8 : pos + 8 + size]
        if chunk_id == b"COMM":
            comm = body
        elif chunk_id == b"SSND":
            offset = struct.unpack(">I", body[:4])[0] if len(body) >= 8 else 0
            ssnd = body[8 + offset :]
        pos += 8 + size + (size & 1)  # chunks are padded to an even length
    if comm is None or ssnd is None or len(comm) < 18:
        raise BadClip(f"{name}: AIFF without sound or format chunk")
    channels, frames, bits = struct.unpack(">hIh", comm[:8])
    rate = _extended_to_int(comm[8:18])
    compression = comm[18:22] if data[8:12] == b"AIFC" else b"NONE"
    if compression not in (b"NONE", b"sowt", b"twos"):
        raise BadClip(f"{name}: AIFF compression {compression!r} is not supported")
    width = (bits + 7) // 8
    pcm = ssnd[: frames * channels * width]
    return channels, width, rate, pcm, compression == b"sowt"


def _extended_to_int(raw: bytes) -> int:
    """The 80-bit IEEE 754 extended float AIFF stores its sample rate in."""
    exponent: int
    mantissa: int
    exponent, mantissa = struct.unpack(">HQ", raw)
    exponent &= 0x7FFF
    if exponent == 0 and mantissa == 0:
        return 0
    return round(mantissa * 2.0 ** (exponent - 16383 - 63))


def _to_16bit(pcm: bytes, width: int, *, little: bool, unsigned_8bit: bool) -> array[int]:
    if width not in (1, 2, 3, 4):
        raise BadClip(f"{8 * width}-bit samples are not supported")
    order: Literal["little", "big"] = "little" if little else "big"
    count = len(pcm) // width
    out = array("h", bytes(2 * count))
    if width == 1:
        for i in range(count):
            out[i] = ((pcm[i] - 128) if unsigned_8bit else (pcm[i] ^ 0x80) - 128) << 8
        return out
    if width == 2:  # the usual case: a straight copy, swapped if the file is big-endian
        out = array("h")
        out.frombytes(pcm[: 2 * count])
        if little != (sys.byteorder == "little"):
            out.byteswap()
        return out
    shift = 8 * (width - 2)
    for i in range(count):
        value = int.from_bytes(pcm[i * width : (i + 1) * width], order, signed=True)
        out[i] = value >> shift
    return out


def _mixdown(values: array[int], channels: int) -> array[int]:
    frames = len(values) // channels
    return array("h", (
        sum(values[f * channels : (f + 1) * channels]) // channels for f in range(frames)
    ))
