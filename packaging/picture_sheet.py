"""Draw every exercise picture on one contact sheet: the start and end frames side by side.

    python packaging/picture_sheet.py sheet.png             # light
    python packaging/picture_sheet.py sheet.png --dark --mirrored

For looking at the pictures together (same style, same scale, the two frames really differ);
it renders with the app's own widget, so what you see is what the session screen draws.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a source checkout without installing
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from coach.app.picture_frames import Frame  # noqa: E402
from coach.core.files.shipped_data import asset  # noqa: E402
from coach.qt.widgets.picture import ExercisePicture  # noqa: E402

CELL, LABEL, COLUMNS = 160, 18, 4
COLOURS = {False: ("#ffffff", "#1a1a1a"), True: ("#202124", "#e8eaed")}


def picture_names() -> list[str]:
    return sorted(p.stem for p in asset("pictures").glob("*.svg") if not p.stem.endswith("-end"))


def draw_sheet(out: Path, *, dark: bool, mirrored: bool) -> None:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    names = picture_names()
    window, text = COLOURS[dark]
    widget = ExercisePicture()
    widget.resize(CELL, CELL)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    widget.setPalette(palette)
    rows = (len(names) + COLUMNS - 1) // COLUMNS
    sheet = QImage(COLUMNS * CELL * 2 + (COLUMNS - 1) * 12, rows * (CELL + LABEL),
                   QImage.Format.Format_RGB32)
    sheet.fill(QColor(window))
    painter = QPainter(sheet)
    painter.setFont(QFont("DejaVu Sans", 9))
    for i, name in enumerate(names):
        row, column = divmod(i, COLUMNS)
        x, y = column * (CELL * 2 + 12), row * (CELL + LABEL)
        widget.set_picture(name, name)
        for k, frame in enumerate(Frame):
            widget.set_frame(frame, mirrored=mirrored)
            painter.drawImage(QPoint(x + k * CELL, y), widget.grab().toImage())
        painter.setPen(QColor(text))
        painter.drawText(x + 4, y + CELL + LABEL - 5, name)
    painter.end()
    sheet.save(str(out))
    del app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the PNG to write")
    parser.add_argument("--dark", action="store_true", help="light text on a dark background")
    parser.add_argument("--mirrored", action="store_true", help="as shown for the left side")
    args = parser.parse_args()
    draw_sheet(args.out, dark=args.dark, mirrored=args.mirrored)
    print(args.out)


if __name__ == "__main__":
    main()
