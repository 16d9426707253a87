"""The routine editor screen: shows a :class:`~coach.app.routine_editor.RoutineEditor` and turns
typing, clicks and drags into its edits. Every decision (the check, undo, ids) is the model's.

Imported only when the editor is first opened: start-up never pays for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coach.app.catalogue_words import routine_kind_word
from coach.app.routine_editor import (
    KINDS,
    ROUTINE_PLACES,
    SIDES,
    STEP_PLACES,
    FieldProblem,
    RoutineEditor,
    StepDraft,
    Tip,
)
from coach.core.language.current_language import QT_TRANSLATE_NOOP
from coach.qt.editor_pickers import CatalogueDialog, Locator, NewExerciseDialog
from coach.qt.plain_text import plain
from coach.qt.theme import PROBLEM_FIELD, PROBLEM_TEXT, WARNING_TEXT, shade
from coach.qt.translators import translate
from coach.qt.widgets.flow import flow_widget
from coach.qt.widgets.fonts import enlarge

Speak = Callable[[str], None]
_TIP = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*s?\s*:\s*(.*)$")
_AFTER_TIP = r"^\s*(?:after|{after})\s+(?:rep\s+)?(\d+)\s*:\s*(.*)$"
PICTURE = 96
WIDE = 1100  # three columns from this width
MEDIUM = 760  # two from this; one below it
SIDE_NAMES = {"once": QT_TRANSLATE_NOOP("Editor", "once (no sides)"),
              "per-side": QT_TRANSLATE_NOOP("Editor", "each side: left, then right"),
              "alternating": QT_TRANSLATE_NOOP("Editor", "alternating left and right")}


def no_step() -> str:
    return translate("Editor", "Add a step: Add from catalogue… or New exercise…")


def _after() -> str:
    """The word before a rep in a tip ("after 8: Other way."), in the language; the English
    word is read too."""
    return translate("Editor", "after", "a tip said after a rep: after 8: Other way.")


def tips_text(tips: tuple[Tip, ...]) -> str:
    return "\n".join(f"{_after()} {t.after_rep}: {t.text}" if t.after_rep
                     else f"{t.at}: {t.text}" if t.at else t.text for t in tips)


def parse_tips(text: str) -> tuple[Tip, ...]:
    """One tip a line; "15: Breathe out." is said 15 seconds in, "after 8: Reverse." between
    the eighth count and the ninth, a bare line halfway."""
    tips = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if m := re.match(_AFTER_TIP.format(after=re.escape(_after())), line, re.IGNORECASE):
            tips.append(Tip(m.group(2), after_rep=m.group(1)))
        elif m := _TIP.match(line):
            tips.append(Tip(m.group(2), m.group(1)))
        else:
            tips.append(Tip(line.strip()))
    return tuple(tips)


class _OurUndo(QObject):
    """Lets Ctrl+Z and Ctrl+Shift+Z reach the editor's undo from inside a text field (which
    would otherwise undo only its own typing, behind the editor's back)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)):
            event.ignore()
            return True
        return False


def _top_aligned(box: QGroupBox, form: QFormLayout) -> None:
    """The fields at the top of their box, any spare height below them."""
    column = QVBoxLayout(box)
    column.addLayout(form)
    column.addStretch(1)


def _problem_label() -> QLabel:
    """Where a field's problems show, just under it (its colour is set when it shows)."""
    label = QLabel()
    label.setObjectName("problem")
    label.setWordWrap(True)
    plain(label)
    label.hide()
    return label


class EditorView(QWidget):
    back_requested = Signal()
    save_requested = Signal()
    import_requested = Signal()
    export_requested = Signal()
    delete_requested = Signal()

    def __init__(self, speak: Speak, locate: Locator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editor")
        self.speak = speak
        self.locate = locate
        self.editor: RoutineEditor | None = None
        self._loading = False
        self._undo_keys = _OurUndo(self)

        self.back_button = QPushButton(translate("Editor", "← Back"))
        self.back_button.setAccessibleName(translate("Editor", "Back"))
        self.title = enlarge(QLabel(), 1.4)
        plain(self.title)
        self.undo_button = QPushButton(translate("Editor", "Undo"))
        self.undo_button.setToolTip(translate("Editor", "Undo (Ctrl+Z)"))
        self.redo_button = QPushButton(translate("Editor", "Redo"))
        self.redo_button.setToolTip(translate("Editor", "Redo (Ctrl+Shift+Z)"))
        self.import_button = QPushButton(translate("Editor", "Import…"))
        self.export_button = QPushButton(translate("Editor", "Export…"))
        self.delete_button = QPushButton(translate("Editor", "Delete"))
        self.save_button = QPushButton(translate("Editor", "Save"))
        self.save_button.setDefault(True)
        top = QHBoxLayout()
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        # The actions wrap onto a second line in a narrow window rather than widen it.
        top.addWidget(flow_widget(self.undo_button, self.redo_button, self.import_button,
                                  self.export_button, self.delete_button, self.save_button,
                                  align_right=True), 1)

        # -- the routine ------------------------------------------------------------------
        self.name = QLineEdit()
        self.name.setAccessibleName(translate("Editor", "Name"))
        self.routine_id = QLineEdit()
        self.routine_id.setAccessibleName(translate("Editor", "Id"))
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(routine_kind_word(kind), kind)  # the file keeps "warm-up"
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(translate("Editor", "Description"))
        self.description.setMaximumHeight(64)
        self.gentle = QCheckBox(translate("Editor", "Gentle (for sore or stiff knees)"))
        self.changeover = QLineEdit()
        self.changeover.setAccessibleName(translate("Editor", "Change-over seconds"))
        self.switch = QLineEdit()
        self.switch.setAccessibleName(translate("Editor", "Switch seconds"))
        self.finish = QLineEdit()
        self.finish.setAccessibleName(translate("Editor", "Said at the end"))
        self.total = QLabel()
        self.total.setAccessibleName(translate("Editor", "Total time"))
        self.problems: dict[str, QLabel] = {key: _problem_label() for key in ROUTINE_PLACES}
        form = QFormLayout()
        form.addRow(translate("Editor", "Name"), self._with_problem(self.name, "name"))
        form.addRow(translate("Editor", "Id"), self._with_problem(self.routine_id, "id"))
        form.addRow(translate("Editor", "Kind"), self._with_problem(self.kind, "kind"))
        form.addRow(translate("Editor", "Description"),
                    self._with_problem(self.description, "description"))
        form.addRow("", self.gentle)
        gaps = QHBoxLayout()
        gaps.addWidget(self.changeover)
        gaps.addWidget(QLabel(translate("Editor", "s between steps,")))
        gaps.addWidget(self.switch)
        gaps.addWidget(QLabel(translate("Editor", "s to switch sides")))
        gaps_box = QWidget()
        gaps_box.setLayout(gaps)
        gaps.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("Editor", "Gaps"), self._with_problem(gaps_box, "defaults"))
        self.hear_finish = QPushButton(translate("Editor", "Hear it"))
        self.hear_finish.setToolTip(translate("Editor", "Play what is said at the end with your "
                                                        "voice"))
        finish_row = QHBoxLayout()
        finish_row.setContentsMargins(0, 0, 0, 0)
        finish_row.addWidget(self.finish, 1)
        finish_row.addWidget(self.hear_finish)
        finish_box = QWidget()
        finish_box.setLayout(finish_row)
        form.addRow(translate("Editor", "Said at the end"),
                    self._with_problem(finish_box, "finish"))
        form.addRow(translate("Editor", "Total"), self.total)
        form.addRow("", self.problems["routine"])
        routine_box = QGroupBox(translate("Editor", "Routine"))
        _top_aligned(routine_box, form)

        # -- the steps --------------------------------------------------------------------
        self.steps = QListWidget()
        self.steps.setAccessibleName(translate("Editor", "Steps"))
        self.steps.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.steps.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.steps.setToolTip(translate("Editor", "Drag to reorder, or Alt+Up / Alt+Down"))
        self.add_button = QPushButton(translate("Editor", "Add from catalogue…"))
        self.new_button = QPushButton(translate("Editor", "New exercise…"))
        self.remove_button = QPushButton(translate("Editor", "Remove"))
        steps_buttons = QHBoxLayout()
        for b in (self.add_button, self.new_button, self.remove_button):
            steps_buttons.addWidget(b)
        steps_layout = QVBoxLayout()
        steps_layout.addWidget(self.steps, 1)
        steps_layout.addWidget(self.problems["steps"])
        steps_layout.addLayout(steps_buttons)
        steps_box = QGroupBox(translate("Editor", "Steps"))
        steps_box.setLayout(steps_layout)

        # -- the chosen step --------------------------------------------------------------
        self.step_name = QLabel()
        self.step_name.setFont(self.title.font())  # the title's size, bold
        self.step_how = QLabel()
        self.step_how.setWordWrap(True)
        plain(self.step_name, self.step_how)
        self.counted = QComboBox()
        self.counted.addItems([translate("Editor", "Timed (seconds)"),
                               translate("Editor", "Counted (reps)")])
        self.amount = QLineEdit()
        self.amount.setAccessibleName(translate("Editor", "Seconds or reps"))
        self.tempo = QLineEdit()
        self.tempo.setAccessibleName(translate("Editor", "Seconds a rep"))
        self.tempo.setPlaceholderText(translate("Editor", "the routine's"))
        self.sides = QComboBox()
        for side in SIDES:
            self.sides.addItem(translate("Editor", SIDE_NAMES[side]), side)
        self.say = QLineEdit()
        self.say.setAccessibleName(translate("Editor", "Said when the step starts"))
        self.hear_say = QPushButton(translate("Editor", "Hear it"))
        self.hear_say.setToolTip(translate("Editor", "Play the step's opening with your voice"))
        self.tips = QPlainTextEdit()
        self.tips.setAccessibleName(translate("Editor", "Tips"))
        self.tips.setPlaceholderText(translate("Editor", "One tip a line. “15: Breathe out.” is "
                                                         "said 15 seconds in; “after 8: Reverse.” "
                                                         "after the eighth count; a line on its "
                                                         "own halfway."))
        self.tips.setMaximumHeight(90)
        self.hear_tips = QPushButton(translate("Editor", "Hear tips"))
        self.step_problems: dict[str, QLabel] = {place: _problem_label()
                                                 for place in STEP_PLACES}
        say_row = QHBoxLayout()
        say_row.addWidget(self.say, 1)
        say_row.addWidget(self.hear_say)
        tips_row = QHBoxLayout()
        tips_row.addWidget(self.tips, 1)
        tips_row.addWidget(self.hear_tips, 0, Qt.AlignmentFlag.AlignTop)
        step_form = QFormLayout()
        self.picture = QLabel()
        self.picture.setFixedSize(PICTURE, PICTURE)
        self.picture.setAccessibleName(translate("Editor", "Picture of the exercise"))
        # The pictures are dark line drawings: a light card keeps them legible in dark mode.
        self.picture.setStyleSheet("background: #f4f4f4; border-radius: 6px;")
        heading = QVBoxLayout()
        heading.addWidget(self.step_name)
        heading.addWidget(self.step_how)
        heading.addWidget(self.step_problems["step"])
        head = QHBoxLayout()
        head.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(heading, 1)
        self.amount_label = QLabel(translate("Editor", "Seconds"))
        step_form.addRow(head)
        step_form.addRow(translate("Editor", "Dose"), self.counted)
        step_form.addRow(self.amount_label, self._with_step_problem(self.amount, "amount"))
        step_form.addRow(translate("Editor", "Seconds a rep"),
                         self._with_step_problem(self.tempo, "tempo"))
        step_form.addRow(translate("Editor", "Sides"), self._with_step_problem(self.sides, "sides"))
        step_form.addRow(translate("Editor", "Said first"), self._with_step_problem(say_row, "say"))
        step_form.addRow(translate("Editor", "Tips"), self._with_step_problem(tips_row, "tips"))
        self.step_box = QGroupBox(translate("Editor", "Step"))
        _top_aligned(self.step_box, step_form)

        # Three columns on a wide window; two (the routine above its steps) on a laptop's;
        # one above another, scrolled, on a narrow one.
        self.boxes = (routine_box, steps_box, self.step_box)
        self.columns = QGridLayout()
        self._columns = 0
        steps_box.setMinimumHeight(220)
        self._arrange(3)
        content = QWidget()
        content.setLayout(self.columns)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.scroller, 1)
        self._wire()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = event.size().width()
        self._arrange(3 if width >= WIDE else 2 if width >= MEDIUM else 1)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for box in self.boxes:
            self.columns.removeWidget(box)
        places = {3: ((0, 0, 1, 1), (0, 1, 1, 1), (0, 2, 1, 1)),
                  2: ((0, 0, 1, 1), (1, 0, 1, 1), (0, 1, 2, 1)),
                  1: ((0, 0, 1, 1), (1, 0, 1, 1), (2, 0, 1, 1))}[columns]
        for box, place in zip(self.boxes, places, strict=True):
            self.columns.addWidget(box, *place)
        for column in range(3):
            self.columns.setColumnStretch(column, (3, 2, 3)[column] if columns == 3
                                          else 1 if column < columns else 0)
        for row in range(3):
            self.columns.setRowStretch(row, 1 if (columns, row) in ((2, 1), (1, 1)) else 0)

    def _with_problem(self, field: QWidget | QLayout, key: str) -> QWidget:
        return self._under(field, self.problems[key])

    def _with_step_problem(self, field: QWidget | QLayout, key: str) -> QWidget:
        return self._under(field, self.step_problems[key])

    @staticmethod
    def _under(field: QWidget | QLayout, label: QLabel) -> QWidget:
        """``field`` with its problems just under it."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(field, QLayout):
            column.addLayout(field)
        else:
            column.addWidget(field)
        column.addWidget(label)
        return box

    def _wire(self) -> None:
        self.back_button.clicked.connect(self.back_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        redo = QKeySequence("Ctrl+Shift+Z")
        wanted: list[tuple[QKeySequence | QKeySequence.StandardKey, Callable[[], None]]] = [
            (QKeySequence.StandardKey.Undo, self.undo),
            (QKeySequence.StandardKey.Redo, self.redo),
            (QKeySequence.StandardKey.Save, self.save_requested.emit)]
        if redo not in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            wanted.append((redo, self.redo))  # Windows says Ctrl+Y; the issue says both
        for keys, slot in wanted:
            shortcut = QShortcut(keys, self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        for move, by in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(move), self.steps)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda by=by: self.move_current(by))
        for edit in (self.name, self.routine_id, self.description, self.changeover, self.switch,
                     self.finish, self.amount, self.tempo, self.say, self.tips):
            edit.installEventFilter(self._undo_keys)
        for line, key in ((self.name, "name"), (self.routine_id, "id"),
                          (self.changeover, "changeover"), (self.switch, "switch"),
                          (self.finish, "finish")):
            line.textEdited.connect(lambda text, key=key: self._set(key, text))
        self.description.textChanged.connect(
            lambda: self._set("description", self.description.toPlainText()))
        self.kind.activated.connect(lambda i: self._set("kind", KINDS[i]))
        self.gentle.toggled.connect(lambda on: self._set("gentle", on))
        self.amount.textEdited.connect(lambda t: self._set_step("amount", t))
        self.tempo.textEdited.connect(lambda t: self._set_step("tempo", t))
        self.say.textEdited.connect(lambda t: self._set_step("say", t))
        self.tips.textChanged.connect(
            lambda: self._set_step("tips", parse_tips(self.tips.toPlainText())))
        self.counted.activated.connect(lambda i: self._set_step("counted", bool(i)))
        self.sides.activated.connect(lambda i: self._set_step("sides", SIDES[i]))
        self.hear_say.clicked.connect(self.hear_opening)
        self.hear_tips.clicked.connect(self.hear_step_tips)
        self.hear_finish.clicked.connect(lambda: self.speak(self._ed().draft.finish))
        self.steps.currentRowChanged.connect(self._load_step)
        self.steps.model().rowsMoved.connect(self._dragged)
        self.add_button.clicked.connect(self.add_from_catalogue)
        self.new_button.clicked.connect(self.add_new_exercise)
        self.remove_button.clicked.connect(self.remove_current)

    # -- showing a routine -----------------------------------------------------------------

    def open(self, editor: RoutineEditor, title: str) -> None:
        self.editor = editor
        self.title.setText(title)
        self.delete_button.setEnabled(editor.editing is not None)
        self.load()
        self.name.setFocus()

    def load(self, step: int | None = None) -> None:
        """Show the whole draft (after opening, undo or redo)."""
        ed = self._ed()
        d = ed.draft
        # Undo reloads every field; the one being typed in keeps the keyboard (Ctrl+Z again
        # must reach the editor's undo, which listens only while the focus is in here).
        focus = QApplication.focusWidget()
        self._loading = True
        self.steps.blockSignals(True)
        try:
            for line, value in ((self.name, d.name), (self.routine_id, d.id),
                                (self.changeover, d.changeover), (self.switch, d.switch),
                                (self.finish, d.finish)):
                if line.text() != value:
                    line.setText(value)
            if self.description.toPlainText() != d.description:
                self.description.setPlainText(d.description)
            self.kind.setCurrentIndex(KINDS.index(d.kind) if d.kind in KINDS else 0)
            self.gentle.setChecked(d.gentle)
            current = self.steps.currentRow() if step is None else step
            self.steps.clear()
            for _ in d.steps:
                self.steps.addItem(QListWidgetItem())
            self.steps.setCurrentRow(min(max(current, 0), len(d.steps) - 1))
        finally:
            self.steps.blockSignals(False)
            self._loading = False
        self._load_step(self.steps.currentRow())
        self.refresh()
        if focus is not None and focus is not QApplication.focusWidget() and \
                focus.isVisible() and focus.isEnabled() and self.isAncestorOf(focus):
            focus.setFocus()

    def _load_step(self, index: int) -> None:
        ed = self.editor
        has = ed is not None and 0 <= index < len(ed.draft.steps)
        self.step_box.setEnabled(has)
        self.remove_button.setEnabled(has)
        if not has and not self._loading:
            self._clear_step()  # nothing of another routine's step stays behind
        if not has or ed is None or self._loading:
            return
        step = ed.draft.steps[index]
        ex = ed.exercise(step.exercise)
        was, self._loading = self._loading, True
        try:
            self.step_name.setText(ex.name if ex else step.exercise)
            self.step_how.setText(ex.how if ex else "")
            self._show_picture(getattr(ex, "picture", None))
            self.amount_label.setText(translate("Editor", "Reps") if step.counted else translate(
                "Editor", "Seconds"))
            self.counted.setCurrentIndex(int(step.counted))
            for line, value in ((self.amount, step.amount), (self.tempo, step.tempo),
                                (self.say, step.say)):
                if line.text() != value:
                    line.setText(value)
            self.tempo.setEnabled(step.counted)
            self.sides.setCurrentIndex(SIDES.index(step.sides) if step.sides in SIDES else 0)
            if parse_tips(self.tips.toPlainText()) != step.tips:
                self.tips.setPlainText(tips_text(step.tips))
        finally:
            self._loading = was
        self.refresh()

    def _clear_step(self) -> None:
        was, self._loading = self._loading, True
        try:
            self.step_name.setText(translate("Editor", "No step chosen"))
            self.step_how.setText(no_step())
            self.picture.clear()
            for line in (self.amount, self.tempo, self.say):
                line.clear()
            self.tips.clear()
            self.counted.setCurrentIndex(0)
            self.sides.setCurrentIndex(0)
        finally:
            self._loading = was

    def _show_picture(self, name: str | None) -> None:
        path = self.locate(name) if name else None
        if path is None or not path.exists():
            self.picture.clear()
            return
        self.picture.setPixmap(QIcon(str(path)).pixmap(PICTURE - 8, PICTURE - 8))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def refresh(self) -> None:
        """Problems beside their fields (the field marked), the total, the list's labels,
        what can be done."""
        ed = self._ed()
        shown = ed.shown()
        problems = ed.problems()
        row = self.steps.currentRow()
        for place, label in self.problems.items():
            self._show(label, [p for p in problems if (p.place, p.step) == (place, None)])
        for place, label in self.step_problems.items():
            self._show(label, [p for p in problems if (p.place, p.step) == (place, row)]
                       if row >= 0 else [])
        self.total.setText(translate("Editor", "{total}  (with the lead-in and the gaps)")
            .format(total=shown.total) if ed.valid
                           else translate("Editor", "–  (once the routine can be saved)"))
        flagged = {p.step for p in problems if p.step is not None}
        for i, step in enumerate(ed.draft.steps):
            self.steps.item(i).setText(f"{'⚠ ' if i in flagged else ''}{i + 1}. "
                                       f"{self._step_label(step)}")
        self.save_button.setToolTip(translate("Editor", "Save (Ctrl+S)") if ed.valid else
                                    translate("Editor", "Save (Ctrl+S): the problems left are "
                                                        "shown beside their fields; nothing typed "
                                                        "is lost"))
        self.undo_button.setEnabled(ed.can_undo)
        self.redo_button.setEnabled(ed.can_redo)

    def _fields(self) -> dict[tuple[str, bool], QWidget]:
        """The field each problem place marks: (place, of a step) -> its widget."""
        return {("name", False): self.name, ("id", False): self.routine_id,
                ("kind", False): self.kind, ("description", False): self.description,
                ("defaults", False): self.changeover, ("finish", False): self.finish,
                ("steps", False): self.steps, ("amount", True): self.amount,
                ("tempo", True): self.tempo, ("sides", True): self.sides,
                ("say", True): self.say, ("tips", True): self.tips}

    def focus_first_problem(self) -> None:
        """After Save with problems left: the keyboard goes to the first field marked."""
        for problem in self._ed().problems():
            if problem.warning:
                continue
            if problem.step is not None and problem.step != self.steps.currentRow():
                self.steps.setCurrentRow(problem.step)
            field = self._fields().get((problem.place, problem.step is not None))
            if field is not None:
                self.scroller.ensureWidgetVisible(field)
                field.setFocus()
                return

    def _step_label(self, step: StepDraft) -> str:
        ex = self._ed().exercise(step.exercise)
        name = ex.name if ex else step.exercise
        dose = translate("Editor", "{amount} reps").format(amount=step.amount) if step.counted \
            else translate("WindowWords", "{s} s", "seconds").format(s=step.amount)
        if step.sides == "per-side":
            dose += translate("Editor", ", each side")
        elif step.sides == "alternating":
            dose += translate("Editor", ", alternating")
        return f"{name} — {dose}"

    def _show(self, label: QLabel, problems: list[FieldProblem]) -> None:
        """``problems`` under their field in the problem colour (a warning's, when all are
        warnings), and the field itself marked, for the eye and for a screen reader."""
        shade_ = shade(self.palette())
        label.setText("\n".join(p.text for p in problems))
        label.setVisible(bool(problems))
        only_warnings = all(p.warning for p in problems)
        colours = QPalette()
        colours.setColor(QPalette.ColorRole.WindowText, QColor(
            (WARNING_TEXT if only_warnings else PROBLEM_TEXT)[shade_]))
        label.setPalette(colours)
        place = next((key for key, value in {**self.problems, **self.step_problems}.items()
                      if value is label), "")
        field = self._fields().get((place, label in self.step_problems.values()))
        if field is None:
            return
        marked = bool(problems) and not only_warnings
        if marked:
            tint = QPalette()
            tint.setColor(QPalette.ColorRole.Base, QColor(PROBLEM_FIELD[shade_]))
            field.setPalette(tint)
        else:
            field.setPalette(QPalette())  # the theme's, as every other field
        field.setAccessibleDescription(label.text() if problems else "")
        field.setProperty("problem", marked)

    # -- edits -----------------------------------------------------------------------------

    def _ed(self) -> RoutineEditor:
        assert self.editor is not None, "open() a routine first"
        return self.editor

    def _set(self, key: str, value: object) -> None:
        if self._loading or self.editor is None:
            return
        self.editor.set(key, value)
        if self.routine_id.text() != self.editor.draft.id:
            self.routine_id.setText(self.editor.draft.id)  # it follows the name
        self.refresh()

    def _set_step(self, key: str, value: object) -> None:
        row = self.steps.currentRow()
        if self._loading or self.editor is None or row < 0:
            return
        if getattr(self.editor.draft.steps[row], key) == value:
            return
        self.editor.set_step(row, key, value)
        if key == "counted":
            self.tempo.setEnabled(bool(value))
            self.amount_label.setText(translate("Editor", "Reps") if value
                                      else translate("Editor", "Seconds"))
        self.refresh()

    def undo(self) -> None:
        if self.editor is not None and self.editor.undo():
            self.load()

    def redo(self) -> None:
        if self.editor is not None and self.editor.redo():
            self.load()

    def move_current(self, by: int) -> None:
        row = self.steps.currentRow()
        if self.editor is not None and self.editor.move_step(row, row + by):
            self.load(row + by)

    def _dragged(self, _parent: QModelIndex | QPersistentModelIndex, start: int, _end: int,
                 _dest: QModelIndex | QPersistentModelIndex, row: int) -> None:
        to = row if row < start else row - 1
        if self.editor is not None and self.editor.move_step(start, to):
            self.steps.setCurrentRow(to)
            self.refresh()

    def add_step(self, exercise_id: str) -> None:
        index = self._ed().add_step(exercise_id)
        self.load(index)

    def add_from_catalogue(self) -> None:
        dialog = CatalogueDialog(self._ed().catalogue, self.locate, self)
        if dialog.exec() and (chosen := dialog.chosen()):
            self.add_step(chosen)

    def add_new_exercise(self) -> None:
        dialog = NewExerciseDialog(self._ed().new_exercise_id, self)
        if dialog.exec():
            self.load(self._ed().add_exercise(dialog.exercise()))

    def remove_current(self) -> None:
        row = self.steps.currentRow()
        if row >= 0:
            self._ed().remove_step(row)
            self.load(min(row, len(self._ed().draft.steps) - 1))

    # -- hearing ---------------------------------------------------------------------------

    def hear_opening(self) -> None:
        row = self.steps.currentRow()
        if row >= 0:
            spoken = self._ed().spoken(row)
            step = self._ed().draft.steps[row]
            self.speak(". ".join(t.rstrip(".") for t in spoken[:1 + bool(step.say.strip())]))

    def hear_step_tips(self) -> None:
        row = self.steps.currentRow()
        if row >= 0:
            for tip in self._ed().draft.steps[row].tips:
                if tip.text.strip():
                    self.speak(tip.text)
