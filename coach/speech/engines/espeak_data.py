"""espeak-ng's voice data on disk: which language voices are installed, read from its data
folder without loading the library (ctypes and libespeak-ng load only with a render, in the
worker; the voice catalogue asks this when it chooses a voice for the language)."""

from __future__ import annotations

import os
from pathlib import Path


def espeak_data_folders() -> list[Path]:
    """Where espeak-ng's voice data may be: its own variable, then the usual places."""
    found = [Path(os.environ["ESPEAK_DATA_PATH"]) / "espeak-ng-data"] \
        if os.environ.get("ESPEAK_DATA_PATH") else []
    found += [Path("/usr/share/espeak-ng-data"), Path("/usr/local/share/espeak-ng-data")]
    found += sorted(Path("/usr/lib").glob("*/espeak-ng-data"))
    return [folder for folder in found if folder.is_dir()]


def espeak_voice_file(voice_id: str) -> bool:
    """Whether espeak-ng has the language voice ``voice_id`` (``gmw/de``), looked up in its
    data folder without loading it; True when no data folder is found (the worker checks)."""
    folders = espeak_data_folders()
    if not folders:
        return True
    wanted = voice_id.lower()
    for folder in folders:
        lang = folder / "lang"
        if lang.is_dir() and any(str(p.relative_to(lang)).lower() == wanted
                                 for p in lang.glob(f"{wanted.split('/')[0]}/*")):
            return True
    return False
