"""Speech tests: a private cache folder each."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.core.files.user_folders import Folder


@pytest.fixture(autouse=True)
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Never touch the real user cache: every test gets its own (inherited by workers too)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(Folder.CACHE.env, str(folder))
    yield folder
