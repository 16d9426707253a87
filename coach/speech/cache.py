"""The clip cache: one WAV per (text, voice, rate, engine build), so a routine renders once.

Files are checked every time they are read; a damaged one is deleted so it renders again.
Writes go to a temporary file in the same folder and are renamed into place.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from coach.atomic import write_atomic
from coach.folders import cache_dir
from coach.speech.clip import BadClip, Clip, read_wav

CLIPS_FOLDER = "voice"


class ClipCache:
    def __init__(self, root: Path | None = None) -> None:
        self.folder = (root or cache_dir()) / CLIPS_FOLDER

    def path(self, text: str, voice: str, rate: int, engine: str) -> Path:
        key = json.dumps([text, voice, rate, engine], ensure_ascii=False)
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
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

    def commit(self, scratch: Path, path: Path) -> None:
        """Keep a checked render under its cache name; ``scratch`` is left for the caller.

        Through the one atomic writer, so a cached clip gets the user's usual permissions
        rather than the private mode of a scratch file."""
        write_atomic(path, scratch.read_bytes())
