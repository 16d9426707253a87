"""The window's side of your own routines: the editor page, save, import (a file dialog or a
file dropped on the window), export and delete, with the questions they ask.

The files themselves are :class:`~coach.storage.my_routines.MyRoutines`' business (export
included); what a draft is and whether it is valid, the editor model's. An error from the
operating system is told in the same sentence as the command line's
(:mod:`coach.app.file_words`). Imported when first needed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStackedWidget, QWidget

from coach.app.file_words import file_failed
from coach.app.notice_log import NoticeLog
from coach.app.problem_words import plain_problem
from coach.app.routine_editor import RoutineEditor, new_editor
from coach.core.files.user_folders import routines_trash_dir, user_routines_dir
from coach.core.model import Origin, Routine
from coach.core.plan.compiler import Cue, CueType, PlanSettings
from coach.core.routine_files.library import Library, load_library
from coach.qt.editor import EditorView
from coach.qt.editor_pickers import Locator
from coach.qt.translators import translate
from coach.speech.port import Speaker
from coach.storage.my_routines import FileFailed, MyRoutines, Refused, Written


class Host(Protocol):
    """What the editor needs of the window it lives in (the main window; a protocol, so this
    module, which the window imports, does not import the window back)."""

    pages: QStackedWidget

    def show_home(self) -> None: ...

    def show_page(self, page: QWidget) -> None: ...

    @property
    def notices(self) -> NoticeLog: ...

    def reload_library(self, library: Library) -> None: ...

def routine_filter() -> str:
    return translate("MyRoutineActions", "Limber routines (*.toml)")


class RoutineFiles(QObject):
    def __init__(self, window: Host, locate: Locator,
                 speaker: Callable[[], Speaker], settings: Callable[[], PlanSettings]) -> None:
        super().__init__(window if isinstance(window, QObject) else None)
        self.window = window
        self._speaker = speaker
        self._settings = settings
        self.view = EditorView(self.hear, locate)
        self.view.back_requested.connect(self.back)
        self.view.save_requested.connect(self.save)
        self.view.import_requested.connect(self.import_dialog)
        self.view.export_requested.connect(self.export_dialog)
        self.view.delete_requested.connect(self.delete)
        window.pages.addWidget(self.view)

    # -- questions (tests answer them by replacing these) ----------------------------------

    def ask(self, question: str, yes: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, "Limber", question,
                          QMessageBox.StandardButton.Cancel, self._parent())
        box.setTextFormat(box.textFormat().PlainText)
        confirm = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        return box.clickedButton() is confirm

    def ask_unsaved(self, name: str) -> str:
        """Back with unsaved edits: "save", "discard" or "stay"."""
        box = QMessageBox(QMessageBox.Icon.Question, "Limber",
                          translate("MyRoutineActions", "Save your changes to {name}?")
                              .format(name=name), QMessageBox.StandardButton.NoButton,
                          self._parent())
        box.setTextFormat(box.textFormat().PlainText)
        box.setInformativeText(translate("MyRoutineActions", "If you leave without saving, they "
                                                             "are lost."))
        save = box.addButton(translate("MyRoutineActions", "Save"),
                             QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(translate("MyRoutineActions", "Leave without saving"),
                                QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(translate("MyRoutineActions", "Keep editing"),
                      QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "stay"

    def tell(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Limber", text,
                          QMessageBox.StandardButton.Ok, self._parent())
        box.setTextFormat(box.textFormat().PlainText)
        box.exec()

    def tell_refused(self, heading: str, refused: Refused) -> None:
        """``heading``, then each of the problems that refused the file, in plain words."""
        self.tell(heading + "\n\n" + "\n".join(plain_problem(p) for p in refused.problems))

    def open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self._parent(), translate(
            "MyRoutineActions", "Import a routine"), "",
                                              routine_filter())
        return Path(name) if name else None

    def save_path(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self._parent(), translate(
            "MyRoutineActions", "Export the routine"),
                                              str(Path.home() / suggested), routine_filter())
        return Path(name) if name else None

    def _parent(self) -> QWidget:
        return self.view.window()  # the main window the editor page lives in

    # -- the editor ------------------------------------------------------------------------

    def open(self, source: Routine | None = None) -> RoutineEditor:
        """A new routine, a copy of a built-in, or one of yours to change."""
        library = self._library()
        edit = source is not None and source.origin is Origin.USER
        editor = new_editor(library.catalogue, self._settings(), library.routines, source,
                            edit=edit)
        if source is None:
            title = translate("MyRoutineActions", "New routine")
        elif edit:
            title = translate("MyRoutineActions", "Edit {name}").format(name=source.name)
        else:
            title = translate("MyRoutineActions", "Copy of {name}").format(name=source.name)
        self.view.open(editor, title)
        self.window.show_page(self.view)
        return editor

    def back(self) -> bool:
        """Back to home; with unsaved edits, after asking. True when it went."""
        editor = self.view.editor
        if editor is not None and editor.unsaved:
            answer = self.ask_unsaved(editor.draft.name.strip()
                                      or translate("MyRoutineActions", "this routine"))
            if answer == "stay" or (answer == "save" and self.save() is None):
                return False
        self.window.show_home()
        return True

    def hear(self, text: str) -> None:
        if text.strip():
            editor = self.view.editor  # said as the session would: its pronunciations
            spoken = editor.voice(text) if editor is not None else text
            self._speaker().play(Cue(0.0, text, CueType.ANNOUNCE, 0, spoken_as=spoken))

    def save(self) -> Written | None:
        editor = self.view.editor
        if editor is None:
            return None
        if not editor.valid:  # say what is left, where it is, and go there
            editor.reveal_all()
            self.view.refresh()
            self.view.focus_first_problem()
            return None
        routine = editor.routine()
        mine = self._mine()
        replacing = editor.editing is not None and editor.editing.id == routine.id
        try:
            try:
                written = mine.save(routine, replace=replacing, keep_old=not replacing)
            except Refused as refused:
                if refused.exists is None or not self.ask(
                        translate("MyRoutineActions", "You already have a routine with the id "
                                                      "{id}. Replace it? (The old one is kept in "
                                                      "the trash.)").format(id=repr(routine.id)),
                        translate("MyRoutineActions", "Replace")):
                    return None
                written = mine.save(routine, replace=True)
            old = editor.editing
            if old is not None and old.id != routine.id and old.source is not None:
                mine.delete(old.id)  # renamed: the old file goes to the trash
        except FileFailed as failed:
            self.tell(file_failed(failed))
            return None
        editor.mark_saved(written.routine)
        self.view.delete_button.setEnabled(True)
        self.view.title.setText(translate("MyRoutineActions", "Edit {name}")
            .format(name=routine.name))
        self._reload()
        self.window.notices.post(translate("MyRoutineActions", "Saved {name}.")
            .format(name=routine.name))
        return written

    # -- import, export, delete ------------------------------------------------------------

    def import_dialog(self) -> Written | None:
        path = self.open_path()
        return self.import_file(path) if path is not None else None

    def import_file(self, path: Path) -> Written | None:
        """Check ``path`` like ``limber check`` and add it; a problem is shown, nothing copied."""
        mine = self._mine()
        try:
            try:
                written = mine.import_file(path, self._settings())
            except Refused as refused:
                if refused.exists is None:
                    self.tell_refused(translate("MyRoutineActions", "{file} was not imported, "
                                                                    "because of what is in it:")
                                      .format(file=path.name), refused)
                    return None
                if not self.ask(translate("MyRoutineActions", "You already have a routine with "
                                                              "the id {id} ({name}). Replace it "
                                                              "with the one in {file}? (The old "
                                                              "one is kept in the trash.)").format(
                        id=repr(refused.exists.id), name=refused.exists.name, file=path.name),
                        translate("MyRoutineActions", "Replace")):
                    return None
                written = mine.import_file(path, self._settings(), replace=True)
        except FileFailed as failed:
            self.tell(file_failed(failed))
            return None
        self._reload()
        self.window.notices.post(translate("MyRoutineActions", "Imported {name}.")
            .format(name=written.routine.name))
        return written

    def export_dialog(self) -> Path | None:
        """Export the routine as it is in the editor (saved or not), with every exercise it
        uses written into the file."""
        editor = self.view.editor
        if editor is None:
            return None
        if not editor.valid:
            editor.reveal_all()
            self.view.refresh()
            self.view.focus_first_problem()
            self.tell(translate("MyRoutineActions", "The routine has problems (shown beside the "
                                                    "fields); fix them, then export it."))
            return None
        routine = editor.routine()
        path = self.save_path(f"{routine.id}.toml")
        if path is None:
            return None
        try:
            # The file dialog has asked before replacing a file.
            self._mine().export_routine(routine, path, replace=True)
        except Refused as refused:
            self.tell_refused(translate("MyRoutineActions", "Nothing was exported:"), refused)
            return None
        except FileFailed as failed:
            self.tell(file_failed(failed))
            return None
        self.window.notices.post(translate("MyRoutineActions", "Exported to {path}.")
            .format(path=path))
        return path

    def delete(self) -> Path | None:
        editor = self.view.editor
        if editor is None or editor.editing is None:
            return None
        routine = editor.editing
        if not self.ask(translate("MyRoutineActions", "Delete {name}? You can bring it back "
                                                      "afterwards.").format(name=routine.name),
                        translate("MyRoutineActions", "Delete")):
            return None
        try:
            kept = self._mine().delete(routine.id)
        except FileFailed as failed:
            self.tell(file_failed(failed))
            return None
        self._reload()
        self.window.show_home()
        self.window.notices.post(translate("MyRoutineActions", "Deleted {name}.")
            .format(name=routine.name), needs_answer=True,
                                 action=(translate("MyRoutineActions", "Restore"),
                                         lambda: self.restore(routine.id)))
        return kept

    def restore(self, routine_id: str) -> Written | None:
        """Bring a deleted routine back from the trash (the notice's Restore)."""
        try:
            written = self._mine().restore(routine_id, self._settings())
        except Refused as refused:
            self.tell_refused(translate("MyRoutineActions", "It could not be brought back:"),
                              refused)
            return None
        except FileFailed as failed:
            self.tell(file_failed(failed))
            return None
        self._reload()
        self.window.notices.post(translate("MyRoutineActions", "{name} is back.")
            .format(name=written.routine.name))
        return written

    # -- the routines on disk --------------------------------------------------------------

    def _library(self) -> Library:
        return load_library()

    def _mine(self) -> MyRoutines:
        return MyRoutines(self._library(), user_routines_dir(), routines_trash_dir())

    def _reload(self) -> None:
        self.window.reload_library(self._library())
