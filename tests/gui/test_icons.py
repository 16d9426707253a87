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


make_icons = packaging_scripts.load("make_icons")


@pytest.fixture(scope="module")
def made(tmp_path_factory, qapp) -> Path:
    out = tmp_path_factory.mktemp("icons")
    make_icons.make_icons(out)
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
    def listing(folder: Path) -> list[str]:
        return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())

    assert listing(COMMITTED) == listing(made)
    for png in COMMITTED.rglob("*.png"):
        size = int(png.parent.parent.name.split("x")[0])
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size), png
