"""The clip cache: one WAV per (text, voice, rate, engine build), so a routine renders once.

Only checked clips are stored (``verified.py``). Reading one back checks its header and size
(cheap; the speech was checked before it was stored); a damaged one is deleted so it renders
again. Writes go to a temporary file in the same folder and are renamed into place.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from coach.core.files.atomic import write_atomic
from coach.core.files.digests import sha256_hex
from coach.core.files.user_folders import cache_dir
from coach.speech.clip import BadClip, Clip, read_wav, wav_bytes

CLIPS_FOLDER = "voice"
# In the key: clips stored before format 2 kept the engine's end padding, which the speaker
# would have to measure away on every load.
CLIP_FORMAT = 2


class ClipCache:
    def __init__(self, root: Path | None = None) -> None:
        self.folder = (root or cache_dir()) / CLIPS_FOLDER

    def path(self, text: str, voice: str, rate: int, engine: str) -> Path:
        key = json.dumps([text, voice, rate, engine, CLIP_FORMAT], ensure_ascii=False)
        digest = sha256_hex(key.encode("utf-8"))[:32]
        return self.folder / f"{digest}.wav"

    def load(self, path: Path, label: str) -> Clip | None:
        """The clip stored at ``path``; None if there is none or it was damaged (then deleted)."""
        if not path.exists():
            return None
        try:
            return read_wav(path, label)
        except BadClip:
            path.unlink(missing_ok=True)
            return None

    def scratch(self, suffix: str) -> Path:
        """A fresh temporary file name in the cache folder (same disk: the rename is atomic)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".render-", suffix=suffix, dir=self.folder)
        os.close(fd)
        return Path(name)

    def store(self, path: Path, clip: Clip) -> None:
        """Keep a checked clip under its cache name.

        Through the one atomic writer, so a cached clip gets the user's usual permissions
        rather than the private mode of a scratch file. Not flushed to the disk: after a
        crash a clip is either whole, or fails the header and size check on reading and is
        made again."""
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, wav_bytes(clip), durable=False)
