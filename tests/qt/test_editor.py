"""The routine editor in the window: build, reorder, hear, check, undo, save, import, export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from coach.core.files.user_folders import routines_trash_dir, user_routines_dir
from coach.core.model import Origin
from coach.core.routine_files.library import load_library
from coach.qt.editor import parse_tips, tips_text
from coach.qt.editor_pickers import CatalogueDialog

GOOD = """\
id = "physio"
name = "Physio list"
kind = "other"
description = "From my physio."

[[steps]]
exercise = "brisk-walk"
seconds = 60
"""


@pytest.fixture
def files(window):
    rf = window.routine_files
    rf.answers = []
    rf.told = []
    rf.ask = lambda question, yes: rf.answers.pop(0) if rf.answers else False
    rf.tell = rf.told.append
    return rf


def _new(window, files, qtbot):
    window.home.new_button.click()
    view = files.view
    assert window.pages.currentWidget() is view
    return view


def _visible_problems(view) -> list[str]:
    return [label.text() for label in [*view.problems.values(), *view.step_problems.values()]
            if label.isVisible()]


def test_build_a_routine_step_by_step_and_save_it(window, files, qtbot) -> None:
    view = _new(window, files, qtbot)
    assert _visible_problems(view) == []  # nothing typed yet: no list of errors
    assert view.save_button.isEnabled()
    assert files.save() is None  # Save says what is left, beside each field, and goes there
    assert view.problems["steps"].text() == "The routine has no steps yet: add at least one."
    assert view.problems["description"].isVisible()
    assert view.description.hasFocus() and view.description.property("problem")
    view.name.clear()
    qtbot.keyClicks(view.name, "Physio list")
    assert view.routine_id.text() == "physio-list"  # the id follows the name until saved
    qtbot.keyClicks(view.description, "From my physio.")
    view.add_step("brisk-walk")
    view.amount.selectAll()
    qtbot.keyClicks(view.amount, "60")
    first_total = view.total.text()
    view.add_step("calf-stretch")
    assert view.sides.currentData() == "per-side"  # a one-sided exercise: each side
    assert view.total.text() != first_total  # the total follows every edit
    assert [view.steps.item(i).text() for i in range(2)] == [
        "1. Brisk walk — 60 s", "2. Calf stretch — 30 s, each side"]
    assert _visible_problems(view) == []
    written = files.save()
    assert written is not None and written.path == user_routines_dir() / "physio-list.toml"
    saved = load_library().get("physio-list")
    assert saved.name == "Physio list" and saved.origin is Origin.USER
    assert [s.exercise.id for s in saved.steps] == ["brisk-walk", "calf-stretch"]
    assert [str(s.sides) for s in saved.steps] == ["once", "per-side"]
    # what the home screen lists now
    assert "physio-list" in {r.id for r in window.library.routines}
    # saved: a rename keeps the id (the file it was saved as)
    qtbot.keyClicks(view.name, " two")
    assert view.routine_id.text() == "physio-list"


def test_a_new_routine_shows_nothing_of_the_one_before(window, files, qtbot) -> None:
    window.open_editor(load_library().get("warmup-quick"))
    files.view.steps.setCurrentRow(0)
    assert files.view.say.text()
    window.show_home()
    view = _new(window, files, qtbot)
    assert view.steps.count() == 0 and not view.step_box.isEnabled()
    assert view.say.text() == "" and view.amount.text() == "" and view.tips.toPlainText() == ""
    assert view.step_name.text() == "No step chosen" and "Add from catalogue" in \
        view.step_how.text()
    assert view.picture.pixmap().isNull()


def test_back_with_unsaved_edits_asks_and_keeps_them_when_told(window, files, qtbot) -> None:
    answers: list[str] = []
    asked: list[str] = []

    def ask_unsaved(name: str) -> str:
        asked.append(name)
        return answers.pop(0)

    files.ask_unsaved = ask_unsaved
    view = _new(window, files, qtbot)
    view.back_button.click()  # nothing typed: no question
    assert asked == [] and window.pages.currentWidget() is window.home
    view = _new(window, files, qtbot)
    qtbot.keyClicks(view.description, "Before the hills.")
    answers[:] = ["stay"]
    view.back_button.click()
    assert asked == ["My routine"] and window.pages.currentWidget() is view
    assert view.description.toPlainText() == "Before the hills."
    answers[:] = ["save"]  # not valid yet (no steps): it stays, showing why
    view.back_button.click()
    assert window.pages.currentWidget() is view and view.problems["steps"].isVisible()
    answers[:] = ["discard"]
    view.back_button.click()
    assert window.pages.currentWidget() is window.home
    assert not list(user_routines_dir().glob("*.toml"))


def test_back_after_saving_asks_nothing_and_save_from_the_question_saves(window, files,
                                                                        qtbot) -> None:
    files.ask_unsaved = lambda name: "save"
    window.open_editor(load_library().get("warmup-quick"))
    view = files.view
    qtbot.keyClicks(view.name, " for hills")
    view.back_button.click()
    assert window.pages.currentWidget() is window.home
    assert load_library().get("quick-warm-up-my-copy-for-hills").name.endswith("for hills")
    window.open_editor(load_library().get("quick-warm-up-my-copy-for-hills"))
    files.ask_unsaved = lambda name: pytest.fail("nothing to lose: no question")
    files.view.back_button.click()
    assert window.pages.currentWidget() is window.home


def test_ctrl_z_walks_back_across_fields_and_the_keyboard_stays(window, files, qtbot) -> None:
    window.open_editor(load_library().get("warmup-quick"))
    view = files.view
    ctrl = Qt.KeyboardModifier.ControlModifier
    name, description = view.name.text(), view.description.toPlainText()
    qtbot.keyClicks(view.name, " two")
    view.description.setFocus()
    qtbot.keyClicks(view.description, " More.")
    view.steps.setCurrentRow(0)
    say = view.say.text()
    view.say.setFocus()
    qtbot.keyClicks(view.say, " Go")
    for _ in range(3):
        qtbot.keyClick(view.say, Qt.Key.Key_Z, ctrl)
        assert view.say.hasFocus()  # an undo that reloads the fields keeps the keyboard
    assert (view.say.text(), view.description.toPlainText(), view.name.text()) == \
        (say, description, name)


def test_reorder_by_keyboard_and_by_drag(window, files, qtbot) -> None:
    window.open_editor(load_library().get("warmup-quick"))
    view = files.view
    names = [s.exercise for s in view.editor.draft.steps]
    view.steps.setFocus()
    view.steps.setCurrentRow(0)
    qtbot.keyClick(view.steps, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [s.exercise for s in view.editor.draft.steps][:2] == [names[1], names[0]]
    assert view.steps.currentRow() == 1
    # a drag moves the row in the list's model; the draft follows
    model = view.steps.model()
    assert model.moveRows(model.index(0, 0).parent(), 2, 1, model.index(0, 0).parent(), 0)
    assert [s.exercise for s in view.editor.draft.steps][:3] == [names[2], names[1], names[0]]
    assert view.steps.item(0).text().startswith("1. ")


def test_hear_it_plays_the_opening_and_the_tips_with_the_speaker(window, files, speaker,
                                                               qtbot) -> None:
    view = _new(window, files, qtbot)
    view.add_step("brisk-walk")
    qtbot.keyClicks(view.say, "Swing your arms")
    view.tips.setPlainText("20: Breathe out\nNearly there")
    view.hear_say.click()
    view.hear_tips.click()
    qtbot.keyClicks(view.finish, "Well done")
    view.hear_finish.click()
    assert [c.text for c in speaker.played] == [
        "Brisk walk. Swing your arms", "Breathe out", "Nearly there", "Well done"]


def test_problems_show_beside_their_field_and_nothing_typed_is_lost(window, files,
                                                                    qtbot) -> None:
    window.open_editor(load_library().get("warmup-quick"))
    view = files.view
    view.steps.setCurrentRow(0)
    view.amount.selectAll()
    qtbot.keyClicks(view.amount, "0")
    label = view.step_problems["amount"]
    assert label.isVisible() and label.text() == "0 is out of range: use 1 to 1800 seconds."
    # just under the field it concerns, and the field marked
    assert label.parentWidget() is view.amount.parentWidget()
    assert 0 <= label.y() - (view.amount.y() + view.amount.height()) <= 8
    assert view.amount.property("problem") and "out of range" in \
        view.amount.accessibleDescription()
    assert label.palette().color(label.foregroundRole()).name() == "#b91c1c"  # not link blue
    assert view.steps.item(0).text().startswith("⚠ 1. ")
    assert view.total.text().startswith("–")
    assert files.save() is None and not user_routines_dir().joinpath("warmup-quick-copy.toml") \
        .exists()
    assert view.amount.hasFocus()  # Save went to the field at fault
    view.routine_id.selectAll()
    qtbot.keyClicks(view.routine_id, "warmup-quick")
    assert view.problems["id"].text().startswith("A built-in routine has this id; try")
    qtbot.keyClicks(view.name, " #1")
    assert "'#' would be read out" in view.problems["name"].text()
    assert not any("steps[" in text or "[[" in text for text in _visible_problems(view))
    view.steps.setCurrentRow(1)
    assert not view.amount.property("problem")  # step 2 has nothing wrong
    view.steps.setCurrentRow(0)
    assert view.amount.text() == "0"  # still what was typed
    view.amount.selectAll()
    qtbot.keyClicks(view.amount, "45")
    assert not view.step_problems["amount"].isVisible() and not view.amount.property("problem")


def test_cue_fitting_warnings_show_at_the_step_and_do_not_stop_saving(window, files,
                                                                      qtbot) -> None:
    window.open_editor(load_library().get("warmup-quick"))
    view = files.view
    row = next(i for i, s in enumerate(view.editor.draft.steps) if s.counted)
    view.steps.setCurrentRow(row)
    qtbot.keyClicks(view.tempo, "0.5")
    warning = view.step_problems["tempo"]
    assert warning.isVisible() and "seconds a rep at least" in warning.text()
    assert warning.palette().color(warning.foregroundRole()).name() == "#92400e"
    assert not view.tempo.property("problem")  # a warning does not stop anything
    assert files.save() is not None


def test_undo_and_redo_with_the_keys_even_inside_a_text_field(window, files, qtbot) -> None:
    window.open_editor(load_library().get("warmup-quick"))
    view = files.view
    original = view.name.text()
    qtbot.keyClicks(view.name, " two")
    view.remove_current()
    steps = len(view.editor.draft.steps)
    view.name.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(view.name, Qt.Key.Key_Z, ctrl)
    assert len(view.editor.draft.steps) == steps + 1
    qtbot.keyClick(view.name, Qt.Key.Key_Z, ctrl)
    assert view.name.text() == original  # the typing is one undo step
    qtbot.keyClick(view.name, Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert view.name.text() == original + " two"
    assert view.undo_button.isEnabled() and view.redo_button.isEnabled()


def test_a_saved_routine_reopens_as_it_was_and_can_be_deleted(window, files, qtbot) -> None:
    window.open_editor(load_library().get("cooldown-quick"))
    assert files.save() is not None
    saved = load_library().get("cooldown-quick-copy")
    assert saved.steps == load_library().get("cooldown-quick").steps
    window.home.select("cooldown-quick-copy")
    assert window.home.edit_button.text() == "Edit"
    window.home.edit_button.click()
    assert files.view.editor.editing is not None and files.view.editor.draft.id == \
        "cooldown-quick-copy"
    questions: list[str] = []
    files.ask = lambda question, yes: questions.append(question) or True
    kept = files.delete()
    assert kept is not None and kept.parent == routines_trash_dir()
    assert "cooldown-quick-copy" not in {r.id for r in load_library().routines}
    # The question speaks of the window, not of a command to type.
    assert questions == ["Delete Quick cool-down, my copy? You can bring it back afterwards."]
    # Home says it went, and offers to bring it back, right there.
    strip = window.notice_strip
    assert window.pages.currentWidget() is window.home
    assert strip.shown.text == "Deleted Quick cool-down, my copy." and strip.shown.needs_answer
    assert strip.action_button.isVisible() and strip.action_button.text() == "Restore"
    strip.action_button.click()
    assert "cooldown-quick-copy" in {r.id for r in window.library.routines}
    assert strip.shown.text == "Quick cool-down, my copy is back."
    assert not list(routines_trash_dir().glob("cooldown-quick-copy--*.toml"))


def test_import_good_and_bad_files(window, files, tmp_path) -> None:
    good = tmp_path / "good.toml"
    good.write_text(GOOD, "utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(GOOD.replace("seconds = 60", "seconds = -1"), "utf-8")
    assert files.import_file(bad) is None
    assert "Line 8, step 1, seconds: -1 is out of range: use 1 to 1800 seconds." in \
        files.told[0]
    assert "steps[0]" not in files.told[0]
    assert not (user_routines_dir() / "bad.toml").exists()
    assert files.import_file(good) is not None
    assert "physio" in {r.id for r in window.library.routines}
    files.answers = [False]
    assert files.import_file(good) is None  # asked, and told no
    files.answers = [True]
    assert files.import_file(good) is not None
    assert len(list(routines_trash_dir().glob("physio--*.toml"))) == 1


def test_export_then_import_on_a_fresh_profile(window, files, tmp_path, monkeypatch) -> None:
    window.open_editor(load_library().get("warmup-quick"))  # exported without saving
    out = tmp_path / "shared.toml"
    files.save_path = lambda suggested: out
    assert files.export_dialog() == out
    assert not user_routines_dir().joinpath("warmup-quick-copy.toml").exists()
    assert "[exercises.brisk-walk]" in out.read_text("utf-8")
    monkeypatch.setenv("LIMBER_DATA_DIR", str(tmp_path / "fresh"))
    assert files.import_file(out) is not None
    assert load_library().get("warmup-quick-copy").steps == \
        load_library().get("warmup-quick").steps


def test_a_routine_file_dropped_on_the_window_is_imported(window, files, tmp_path) -> None:
    good = tmp_path / "good.toml"
    good.write_text(GOOD, "utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert "physio" in {r.id for r in load_library().routines}
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "picture.png"))])
    assert window._dropped_routine(other) is None


def test_the_catalogue_is_searchable_by_name_and_body_part(qtbot, pictures) -> None:
    catalogue = load_library().catalogue
    dialog = CatalogueDialog(catalogue, lambda name: pictures / f"{name}.svg")
    qtbot.addWidget(dialog)
    shown = lambda: [dialog.list.item(r).text().split("\n")[0]  # noqa: E731
                     for r in range(dialog.list.count()) if not dialog.list.item(r).isHidden()]
    dialog.search.setText("calf")
    assert shown() and all("calf" in catalogue[dialog.list.item(r).data(256)].focus
                           or "calf" in dialog.list.item(r).text().lower()
                           for r in range(dialog.list.count())
                           if not dialog.list.item(r).isHidden())
    dialog.search.setText("ankle circ")
    assert shown() == ["Ankle circles"] and dialog.chosen() == "ankle-circles"
    dialog.search.setText("nothing like this")
    assert shown() == [] and dialog.chosen() is None


def test_tips_text_round_trip() -> None:
    tips = parse_tips("15: Breathe out\nNote: keep going\n\n2.5 s: Half\nAfter 8: Other way.")
    assert [(t.at, t.after_rep, t.text) for t in tips] == [
        ("15", "", "Breathe out"), ("", "", "Note: keep going"), ("2.5", "", "Half"),
        ("", "8", "Other way.")]
    assert parse_tips(tips_text(tips)) == tips


def test_saving_again_and_renaming_keep_one_file_and_the_trash_tidy(window, files,
                                                                  qtbot) -> None:
    window.open_editor(load_library().get("warmup-quick"))
    files.save()
    view = files.view
    qtbot.keyClicks(view.name, " again")
    files.save()  # the routine being edited: replaced, not trashed
    assert not routines_trash_dir().exists() or not list(routines_trash_dir().iterdir())
    assert load_library().get("warmup-quick-copy").name.endswith(" again")
    view.routine_id.selectAll()
    qtbot.keyClicks(view.routine_id, "quick-mine")
    files.save()  # a new id: the old file goes to the trash, one routine remains
    mine = {r.id for r in load_library().mine()}
    assert mine == {"quick-mine"}
    assert [p.name.split("--")[0] for p in routines_trash_dir().iterdir()] == \
        ["warmup-quick-copy"]


def test_a_routine_with_problems_is_not_exported(window, files, tmp_path, qtbot) -> None:
    window.open_editor(load_library().get("warmup-quick"))
    qtbot.keyClicks(files.view.name, " #1")
    files.save_path = lambda suggested: tmp_path / "x.toml"
    assert files.export_dialog() is None and not (tmp_path / "x.toml").exists()
    assert "has problems" in files.told[0]
