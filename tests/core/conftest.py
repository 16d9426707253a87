import pytest


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory, monkeypatch):
    """Never read or write the real user's preferences, history, routines or cache."""
    base = tmp_path_factory.mktemp("limber-home")
    for name in ("CONFIG", "DATA", "CACHE"):
        monkeypatch.setenv(f"LIMBER_{name}_DIR", str(base / name.lower()))
