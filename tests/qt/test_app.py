"""Start-up: one application id everywhere, and notices kept until the window can show them."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from coach import APP_ID, APP_NAME
from coach.qt.application import _Notices, configure_application, make_app_speaker
from coach.storage.prefs_schema import Preferences

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def test_the_application_is_named_and_matched_to_its_desktop_file(qapp):
    configure_application(qapp)
    assert qapp.applicationName() == APP_NAME
    assert QGuiApplication.desktopFileName() == APP_ID
    assert not qapp.windowIcon().isNull()


def test_desktop_file_and_metainfo_use_the_app_id():
    desktop = ConfigParser(interpolation=None)
    desktop.read(DESKTOP, encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "limber"
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_file_validates():
    subprocess.run(["desktop-file-validate", str(DESKTOP)], check=True)


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_metainfo_validates():
    subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], check=True,
                   capture_output=True)


def test_notices_wait_for_the_window():
    notices = _Notices()
    notices("first")
    shown: list[str] = []
    notices.deliver_to(shown.append)
    notices("second")
    assert shown == ["first", "second"]


def test_no_audio_output_means_a_silent_speaker_and_a_notice(monkeypatch):
    import coach.qt.application as app_module

    said: list[str] = []
    monkeypatch.setattr(app_module, "player_factory", lambda: None)
    speaker = make_app_speaker(Preferences(), said.append)
    speaker.close()
    assert said and "silently" in said[0]


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_a_term_or_hup_closes_the_window_and_stops_the_session(window, qtbot, name):
    import signal

    from coach.qt.application import CloseOnSignal
    from tests.qt.helpers import warm_up

    number = getattr(signal, name, None)
    if number is None:
        pytest.skip(f"no {name} here")
    before = signal.getsignal(number)
    closer = CloseOnSignal(window)
    try:
        window.begin(warm_up())
        signal.raise_signal(number)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
        assert not window.driver.active
    finally:
        closer.restore()
    assert signal.getsignal(number) is before  # pytest's own handling is back


def test_the_plain_launch_skips_the_parser_but_gets_the_same_defaults():
    from coach.qt.application import _parse

    # Only Qt's own options: the real parser runs, and finds none of ours.
    assert _parse([]) == _parse(["-platform", "offscreen"])
    assert _parse(["--mute", "--routine", "warmup-quick"]).routine == "warmup-quick"


_BIG_FILL = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
if sys.argv[1] == "limber":
    from coach.qt.application import paint_on_one_thread
    paint_on_one_thread()
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QProgressBar
app = QApplication([])
bar = QProgressBar()  # as wide as the session screen's
bar.resize(1200, 40)
bar.setValue(40)
bar.render(QImage(1200, 40, QImage.Format.Format_ARGB32_Premultiplied))
names = [open(f"/proc/self/task/{task}/comm").read().strip()
         for task in os.listdir("/proc/self/task")]
print(sum(name == "Thread (pooled)" for name in names))
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc")
def test_the_app_paints_on_its_own_thread():
    import os
    import sys

    def pooled_threads(how: str) -> int:
        env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
        out = subprocess.run([sys.executable, "-c", _BIG_FILL, how], capture_output=True,
                             text=True, env=env, check=True, timeout=60)
        return int(out.stdout.split()[-1])

    if pooled_threads("qt") == 0:
        pytest.skip("this Qt fills large areas on one thread anyway")
    assert pooled_threads("limber") == 0  # each repaint woke the pool's threads
