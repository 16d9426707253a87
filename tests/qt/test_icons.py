"""packaging/make_icons.py: every size the platforms ask for, and the committed set is complete."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader

from coach import APP_ID
from tests import packaging_scripts

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "packaging" / "icons"
ASSETS = ROOT / "assets" / "icons"


make_icons = packaging_scripts.load("make_icons")


@pytest.fixture(scope="module")
def made(tmp_path_factory, qapp) -> Path:
    out = tmp_path_factory.mktemp("icons")
    make_icons.make_icons(out, window=out / "window")
    return out


def _opaque_share(image: QImage) -> float:
    opaque = sum(1 for y in range(image.height()) for x in range(image.width())
                 if image.pixelColor(x, y).alpha() > 200)
    return opaque / (image.width() * image.height())


@pytest.mark.parametrize("size", make_icons.HICOLOR_SIZES)
def test_every_hicolor_size_is_drawn_at_its_size(made, size):
    image = QImage(str(made / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    assert (image.width(), image.height()) == (size, size)
    # The rounded tile fills most of the square, and its corners stay transparent.
    assert 0.7 < _opaque_share(image) < 0.99
    assert image.pixelColor(0, 0).alpha() == 0


@pytest.mark.parametrize(("name", "sizes"), [("limber.ico", make_icons.ICO_SIZES),
                                             ("limber.icns", tuple(make_icons.ICNS_TYPES))])
def test_the_windows_and_mac_icons_hold_every_size(made, name, sizes):
    reader = QImageReader(str(made / name))
    assert reader.imageCount() == len(sizes)
    found = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        found.append(image.width())
    assert sorted(found) == sorted(sizes)


def test_the_icns_length_fields_add_up(made):
    data = (made / "limber.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)


def test_the_committed_icons_are_the_full_generated_set(made):
    def listing(folder: Path, exclude: str = "") -> list[str]:
        return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                      if p.is_file() and p.relative_to(folder).parts[0] != exclude)

    assert listing(COMMITTED) == listing(made, exclude="window")
    for png in COMMITTED.rglob("*.png"):
        size = int(png.parent.parent.name.split("x")[0])
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size), png


@pytest.mark.parametrize("size", make_icons.WINDOW_SIZES)
def test_the_window_icons_in_assets_are_the_svg_drawn_now(made, size):
    """The app shows these PNGs (no QtSvg at start-up): they must not fall behind the SVG."""
    name = make_icons.window_icon_name(size)
    committed, fresh = QImage(str(ASSETS / name)), QImage(str(made / "window" / name))
    assert (committed.width(), committed.height()) == (size, size)
    assert committed == fresh, f"assets/icons/{name} is stale: run packaging/make_icons.py"


def test_the_app_icon_is_read_from_the_pngs_without_loading_qtsvg(tmp_path):
    import subprocess
    import sys

    script = (
        "import os, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from coach.qt.appicon import app_icon\n"
        "icon = app_icon()\n"
        "sizes = sorted(s.width() for s in icon.availableSizes())\n"
        "icon.pixmap(48).toImage()\n"
        "maps = open('/proc/self/maps').read() if sys.platform.startswith('linux') else ''\n"
        "print(sizes, 'PySide6.QtSvg' in sys.modules, 'Qt6Svg' in maps)\n"
    )
    env = dict(__import__("os").environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env=env, cwd=ROOT, check=True).stdout.split("\n")[0]
    assert out == f"{sorted(make_icons.WINDOW_SIZES)} False False"
