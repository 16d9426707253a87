"""Markup in user data is shown as the characters it holds on every screen, never rendered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QLabel, QWidget

from coach.core.model import (
    Exercise,
    ExerciseKind,
    Focus,
    Origin,
    Routine,
    RoutineKind,
    Sides,
    Step,
)
from coach.core.routine_files.problems import Problem
from coach.storage.history import HistoryStore
from tests.qt.helpers import NO_GAPS, FakeLibrary

BOLD = "<b>bold</b>"
IMAGE = "<img src='/tmp/limber-hostile.png' width=900 height=900>"
TAGS = (BOLD, IMAGE)


def hostile_routine(routine_id: str, kind: RoutineKind) -> Routine:
    stretch = Exercise("html", f"Calf {BOLD}", ExerciseKind.STATIC_STRETCH, (Focus.CALF,),
                       f"Lean in {IMAGE} and {BOLD}.", safety=f"Careful {IMAGE}")
    return Routine(routine_id, f"Mine {BOLD} {IMAGE}", kind, f"Described {IMAGE} {BOLD}",
                   (Step(stretch, seconds=20, sides=Sides.PER_SIDE),
                    Step(stretch, seconds=10)),
                   defaults=NO_GAPS, origin=Origin.USER, source=Path(f"/tmp/{BOLD}.toml"))


def rendered_markup(root: QWidget) -> list[str]:
    """Every place under ``root`` where one of TAGS would be rendered rather than shown."""
    found = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if any(tag in text for tag in TAGS) and label.textFormat() != Qt.TextFormat.PlainText:
            found.append(f"label {label.accessibleName() or label.objectName()!r}: {text!r}")
    for widget in [root, *root.findChildren(QWidget)]:
        if any(tag in widget.toolTip() for tag in TAGS):
            found.append(f"tooltip of {type(widget).__name__}: {widget.toolTip()!r}")
    for model in root.findChildren(QStandardItemModel):
        for row in range(model.rowCount()):
            item = model.item(row)
            if item is not None and any(tag in item.toolTip() for tag in TAGS):
                found.append(f"tooltip of row {row}: {item.toolTip()!r}")
    return found


def test_markup_in_user_data_is_never_rendered(make_window, run_until, tmp_path):
    warm = hostile_routine("hostile-warm", RoutineKind.WARM_UP)
    cool = hostile_routine("hostile-cool", RoutineKind.COOL_DOWN)
    library = FakeLibrary(routines=(warm, cool),
                          problems=(Problem(Path(f"/tmp/{IMAGE}.toml"), f"bad {BOLD}"),))
    with HistoryStore(tmp_path / "h.sqlite3") as history:
        window = make_window(library=library, history=history)
        seen = []
        assert rendered_markup(window) == []
        # The tooltips really hold the text, escaped: the user still sees the description.
        model = window.home.findChild(QStandardItemModel)
        tips = [model.item(r).toolTip() for r in range(model.rowCount())]
        assert any("&lt;b&gt;bold&lt;/b&gt;" in tip for tip in tips)

        window.begin(warm)
        run_until(window, 8)
        window.notices.post(f"Notice {IMAGE}")
        window.notices.post(f"Notice {BOLD}")
        window.session_view.ask_stop(f"Stop {BOLD}?")
        seen.append(window.session_view.routine_label.text())
        assert rendered_markup(window) == []
        run_until(window, 25)  # the second side and the next step
        assert rendered_markup(window) == []
        run_until(window, 10_000)
        assert window.pages.currentWidget() is window.finish
        assert BOLD in window.finish.routine.text()
        assert rendered_markup(window) == []
        window.show_history()
        assert rendered_markup(window) == []
        assert any(BOLD in s for s in seen)


def test_markup_in_a_routine_is_shown_literally_in_the_editor(make_window):
    from PySide6.QtWidgets import QLineEdit, QListWidget

    from coach.qt.editor_pickers import NewExerciseDialog

    routine = hostile_routine("hostile-warm", RoutineKind.WARM_UP)
    window = make_window(library=FakeLibrary(routines=(routine,)))
    window.open_editor(routine)
    view = window.routine_files.view
    assert rendered_markup(view) == []
    assert view.title.text() == f"Edit {routine.name}"  # the text itself, shown as text
    assert view.name.text() == routine.name and view.step_name.text() == f"Calf {BOLD}"
    assert view.step_how.text() == f"Lean in {IMAGE} and {BOLD}."
    assert any(BOLD in view.steps.item(i).text() for i in range(view.steps.count()))
    assert not view.findChildren(QListWidget)[0].findChildren(QLabel)  # no label per row
    dialog = NewExerciseDialog(lambda name: "x", view)
    assert rendered_markup(dialog) == [] and dialog.findChildren(QLineEdit)
