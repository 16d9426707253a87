"""Shared test set-up.

Qt must never need a screen in tests: without a display and without this, pytest-qt's
QApplication aborts the whole pytest process instead of failing a test.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never read or write the real user's preferences, history, routines or speech cache.

    Returns the private home holding ``config``, ``data`` and ``cache``.
    """
    base = tmp_path_factory.mktemp("limber-home")
    for name in ("CONFIG", "DATA", "CACHE"):
        folder = base / name.lower()
        folder.mkdir()
        monkeypatch.setenv(f"LIMBER_{name}_DIR", str(folder))
    return base


@pytest.fixture(autouse=True)
def _no_session_bus(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never reach the desktop's session D-Bus: a test lowering or pausing the user's own music
    (or reading their desktop's settings) would be a test of their desktop. ``disabled:`` is
    GLib's word for "no session bus", which Limber honours too; the music tests start a bus of
    their own and name it (tests/qt/music_bus.py), and so do the processes they start."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "disabled:")


@pytest.fixture(autouse=True)
def _no_dangling_qtimers(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any test that leaves a QTimer running (napari's ``_dangling_qtimers``, simplified).

    A timer left armed fires into the next test, or into a widget already deleted, and the
    failure then shows up far from its cause. Every ``QTimer.start`` and ``QTimer.singleShot``
    made from Python is recorded; whatever is still active after the test is stopped and
    reported. Core tests never import Qt, so nothing is patched for them.
    """
    if "PySide6.QtCore" not in sys.modules:
        yield
        return
    from PySide6.QtCore import QTimer

    started: weakref.WeakKeyDictionary[QTimer, str] = weakref.WeakKeyDictionary()
    single_shots: list[tuple[QTimer, str]] = []
    original_start = QTimer.start

    def start(self: QTimer, *args: object) -> None:
        started[self] = _caller()
        original_start(self, *args)

    def single_shot(msec: int, *args: object) -> None:
        # The static form hides its timer inside Qt; make a visible one so it can be checked.
        receiver = args[-1]
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(receiver)
        single_shots.append((timer, _caller()))
        original_start(timer, msec)

    monkeypatch.setattr(QTimer, "start", start)
    monkeypatch.setattr(QTimer, "singleShot", staticmethod(single_shot))
    yield
    dangling = [where for timer, where in [*started.items(), *single_shots] if _active(timer)]
    for timer, _ in [*started.items(), *single_shots]:
        if _active(timer):
            timer.stop()
    assert not dangling, "QTimer(s) left running, started at:\n" + "\n".join(dangling)


def _active(timer: object) -> bool:
    try:
        return bool(timer.isActive())  # type: ignore[attr-defined]
    except RuntimeError:  # the C++ timer is already deleted: it cannot fire any more
        return False


def _caller() -> str:
    frame = sys._getframe(2)
    return f"{frame.f_code.co_filename}:{frame.f_lineno} in {frame.f_code.co_name}"


# Real speech engines, for the tests that ask (CI installs both).
ALLOW_NO_SPEECH = "LIMBER_ALLOW_NO_SPEECH"


@pytest.fixture
def espeak() -> None:
    """For ``@pytest.mark.speech`` tests: they need espeak-ng and fail loudly without it."""
    from coach.speech.engines.system_engine import engine_problem

    _need(engine_problem())


@pytest.fixture(scope="session")  # module-scoped real voices ask for it too
def flite() -> None:
    """For ``@pytest.mark.speech`` tests of the flite engine (CI installs it too)."""
    from coach.speech.engines.flite import flite_problem

    _need(flite_problem())


def _need(problem: str | None) -> None:
    if problem is None:
        return
    if os.environ.get(ALLOW_NO_SPEECH) == "1":
        pytest.skip(f"{problem} ({ALLOW_NO_SPEECH}=1)")
    pytest.fail(f"{problem} These tests run in CI; set {ALLOW_NO_SPEECH}=1 to skip them on a "
                "machine without speech.", pytrace=False)


@pytest.fixture(autouse=True)
def _english_words() -> Iterator[None]:
    """Every test starts and ends in English, whatever language a test before it chose (the
    active language is process-wide, like Qt's installed translator)."""
    from coach.core.language.current_language import set_language

    set_language("en")
    yield
    set_language("en")
