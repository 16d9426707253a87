"""Speech tests: a private cache folder each, and real espeak-ng and flite where a test asks."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.folders import Folder
from coach.speech.engine import engine_problem
from coach.speech.flite import flite_problem

ALLOW_NO_SPEECH = "LIMBER_ALLOW_NO_SPEECH"


@pytest.fixture(autouse=True)
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Never touch the real user cache: every test gets its own (inherited by workers too)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(Folder.CACHE.env, str(folder))
    yield folder


@pytest.fixture
def espeak() -> None:
    """For ``@pytest.mark.speech`` tests: they need espeak-ng and fail loudly without it."""
    _need(engine_problem())


@pytest.fixture(scope="session")  # module-scoped real voices ask for it too
def flite() -> None:
    """For ``@pytest.mark.speech`` tests of the flite engine (CI installs it too)."""
    _need(flite_problem())


def _need(problem: str | None) -> None:
    if problem is None:
        return
    if os.environ.get(ALLOW_NO_SPEECH) == "1":
        pytest.skip(f"{problem} ({ALLOW_NO_SPEECH}=1)")
    pytest.fail(f"{problem} These tests run in CI; set {ALLOW_NO_SPEECH}=1 to skip them on a "
                "machine without speech.", pytrace=False)
