"""What a speech program says about itself, remembered from one start to the next.

Before a session the app asks ``flite -lv`` (which voices there are) and ``flite --version``
(part of every clip's cache key): about 10 ms each, most of the wait for a routine whose clips
are all cached. The answers are kept in the cache folder, keyed by the program's path, size and
modification time, so a new or rebuilt program is asked again. A damaged or missing file only
means asking the program.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coach.core.files.atomic import write_atomic
from coach.core.files.user_folders import cache_dir

FILE = "program-answers.json"


def answer(command: str, option: str, ask: Callable[[], str | None], *,
           folder: Path | None = None) -> str | None:
    """What ``command option`` answers: remembered while the program file is unchanged, else
    ``ask()`` now (and remembered, unless it gave nothing). None when the program is gone."""
    try:
        info = os.stat(command)
    except OSError:
        return None
    stamp = [info.st_mtime_ns, info.st_size]
    path = (folder or cache_dir()) / FILE
    key = f"{command} {option}"
    known = _read(path)
    entry = known.get(key)
    if isinstance(entry, dict) and entry.get("stamp") == stamp \
            and isinstance(entry.get("answer"), str):
        return str(entry["answer"])
    found = ask()
    if found is not None:
        known[key] = {"stamp": stamp, "answer": found}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # A cache: one atomic rename, no fsync (a lost answer is asked again).
            write_atomic(path, json.dumps(known, indent=1, ensure_ascii=False), durable=False)
        except OSError:
            pass  # a read-only cache folder: the program is asked at every start, as before
    return found


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
