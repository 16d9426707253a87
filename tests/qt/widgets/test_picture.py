"""Every catalogue picture renders in both frames, on both sides, on light and dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from coach.app.picture_frames import Frame, frame_name
from coach.core.files.shipped_data import asset
from coach.core.routine_files.library import load_library
from coach.qt.widgets.picture import ExercisePicture, picture_path

SIZE = 120
PALETTES = {"light": ("#ffffff", "#1a1a1a"), "dark": ("#202124", "#e8eaed")}


def _catalogue_pictures() -> list[str]:
    library = load_library(user_dir=asset("no-such-folder"))
    return sorted({e.picture for e in library.catalogue.values() if e.picture})


PICTURES = _catalogue_pictures()


@pytest.fixture(scope="module")
def widget(qapp):
    picture = ExercisePicture()
    picture.resize(SIZE, SIZE)
    yield picture
    picture.deleteLater()


def _render(widget: ExercisePicture, name: str, frame: Frame, mirrored: bool,
            palette: str) -> QImage:
    window, text = PALETTES[palette]
    colours = widget.palette()
    colours.setColor(QPalette.ColorRole.Window, QColor(window))
    colours.setColor(QPalette.ColorRole.WindowText, QColor(text))
    widget.setPalette(colours)
    widget.setAutoFillBackground(True)
    widget.set_picture(name, name)
    widget.set_frame(frame, mirrored=mirrored)
    assert widget.has_picture(), f"{frame_name(name, frame)}.svg did not render"
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _inked(image: QImage, background: str) -> int:
    """Pixels that differ clearly from the background."""
    bg = QColor(background)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if _far(image.pixelColor(x, y), bg):
                count += 1
    return count


def _far(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) > 60


def _differing(a: QImage, b: QImage, *, flip: bool = False) -> int:
    """Sampled pixels that clearly differ; with ``flip``, against ``b`` mirrored left to right."""
    w = a.width()
    return sum(1 for y in range(0, a.height(), 2) for x in range(0, w, 2)
               if _far(a.pixelColor(x, y), b.pixelColor(w - 1 - x if flip else x, y)))


def test_the_catalogue_has_pictures():
    assert len(PICTURES) >= 30


@pytest.mark.parametrize("name", PICTURES)
def test_both_frames_exist_as_files(name):
    for frame in Frame:
        assert picture_path(frame_name(name, frame)).is_file(), frame_name(name, frame)


@pytest.mark.parametrize("palette", sorted(PALETTES))
@pytest.mark.parametrize("name", PICTURES)
def test_every_frame_and_side_renders_and_the_frames_differ(widget, name, palette):
    background = PALETTES[palette][0]
    images = {}
    for frame in Frame:
        for mirrored in (False, True):
            image = _render(widget, name, frame, mirrored, palette)
            # A figure, not a speck: at least 2% of the sampled pixels carry ink.
            assert _inked(image, background) > (SIZE // 2) ** 2 * 0.02, (name, frame, mirrored)
            images[frame, mirrored] = image
        # The mirrored render is the picture flipped about its centre (antialiasing aside).
        assert _differing(images[frame, False], images[frame, True], flip=True) \
            < (SIZE // 2) ** 2 * 0.005, (name, frame)
    moved = _differing(images[Frame.START, False], images[Frame.END, False])
    assert moved > (SIZE // 2) ** 2 * 0.005, f"{name}: the two frames look the same"


def test_a_picture_without_an_end_frame_keeps_its_start(qapp, tmp_path):
    (tmp_path / "mine.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
        '<circle cx="5" cy="5" r="4" fill="currentColor"/></svg>', encoding="utf-8")
    picture = ExercisePicture(lambda stem: tmp_path / f"{stem}.svg")
    picture.set_picture("mine", "Mine")
    picture.set_frame(Frame.END)
    assert picture.shown_file() == "mine" and picture.has_picture()


def test_a_resized_picture_keeps_only_the_frames_of_its_size(qapp):
    picture = ExercisePicture()
    picture.set_picture(PICTURES[0], "test")
    for size in range(100, 300, 10):  # a window dragged wider, one paint per width
        picture.resize(size, size)
        for mirrored in (False, True):
            picture.set_frame(Frame.START, mirrored=mirrored)
            picture.grab()
    assert len(picture._drawn) == 2  # this size's frame, on both sides
    picture.deleteLater()
