"""Make the application icon in every size the platforms ask for, from assets/icons/limber.svg.

    python packaging/make_icons.py            # into packaging/icons/
    python packaging/make_icons.py --out DIR --window DIR

Writes, under the output folder:

- ``hicolor/NxN/apps/io.github.limber.Limber.png`` for N in 16 22 24 32 48 64 128 256 512
  (the freedesktop icon theme sizes; Flatpak and Linux desktops install these beside the SVG,
  which goes to ``hicolor/scalable/apps/``);
- ``limber.ico`` (Windows: 16 24 32 48 64 128 256, PNG-compressed entries, as Windows Vista
  and later read them);
- ``limber.icns`` (macOS: 16 to 1024, PNG-compressed entries);

and, with ``--window`` (default ``assets/icons/``), ``limber-N.png`` for N in 16 24 32 48 64
128 256: the window's icon. The app reads these rather than the SVG, because drawing an SVG
loads QtSvg and its icon engine, about 1.8 MiB of the home screen's memory.

Rendered by Qt's own SVG renderer (QSvgRenderer), so no further dependency. The ICO and ICNS
containers are a few header bytes around PNG data, written here with ``struct``: Qt's image
plugins write one image per file, and these formats want them all together.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a source checkout without installing
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from coach import APP_ID  # noqa: E402

SOURCE = ROOT / "assets" / "icons" / "limber.svg"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
WINDOW_SIZES = ICO_SIZES  # what window managers and task bars ask a window for
WINDOW_FOLDER = ROOT / "assets" / "icons"
# ICNS element types holding PNG data, by pixel size (ic11-ic14 are the @2x twins of smaller
# point sizes; one image per pixel size is enough for macOS to pick from).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09",
              1024: b"ic10"}


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file: ICONDIR, one ICONDIRENTRY per size, then the PNG data (0 means 256 px)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        side = size if size < 256 else 0
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: the 'icns' magic and total length, then (type, length, PNG data) elements."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(data)) + data
                    for size, data in sorted(pngs.items()))
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def window_icon_name(size: int) -> str:
    return f"limber-{size}.png"


def make_icons(out: Path, source: Path = SOURCE, window: Path | None = None) -> list[Path]:
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source}: Qt cannot render this SVG")
    sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES))
    pngs = {size: png_bytes(render(renderer, size)) for size in sizes}
    written = []
    for size in HICOLOR_SIZES:
        path = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
        written.append(path)
    for name, data in (("limber.ico", ico({s: pngs[s] for s in ICO_SIZES})),
                       ("limber.icns", icns({s: pngs[s] for s in ICNS_TYPES}))):
        path = out / name
        path.write_bytes(data)
        written.append(path)
    if window is not None:
        window.mkdir(parents=True, exist_ok=True)
        for size in WINDOW_SIZES:
            path = window / window_icon_name(size)
            path.write_bytes(pngs[size])
            written.append(path)
    del app
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "packaging" / "icons",
                        help="the folder to write into (default packaging/icons)")
    parser.add_argument("--window", type=Path, default=WINDOW_FOLDER,
                        help="where the window's PNG icons go (default assets/icons)")
    args = parser.parse_args()
    for path in make_icons(args.out, window=args.window):
        print(path, path.stat().st_size)


if __name__ == "__main__":
    main()
