"""Keep every storage test away from the real user's folders."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    config = tmp_path / "config"
    data = tmp_path / "data"
    monkeypatch.setenv("LIMBER_CONFIG_DIR", str(config))
    monkeypatch.setenv("LIMBER_DATA_DIR", str(data))
    return config, data
