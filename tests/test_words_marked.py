"""Every word shown to a user is marked for translation, read from the source itself.

* The window (``coach/qt``): text handed to a widget (``QLabel("…")``, ``setText``,
  ``setToolTip``, ``addItem``, ``QPushButton``, message boxes, notices…) must come from
  ``translate(...)``, never a bare literal or f-string.
* The app layer's word modules (``coach/app/*_words.py`` and the other modules that decide
  words) and the command line (``coach/cli``): every literal that reads as words (two words or
  more, or a capitalised word) must sit inside ``translate(...)`` or ``QT_TRANSLATE_NOOP(...)``,
  unless it is a docstring, a log line, or listed below with its reason.
* And every marked word is in the ``.ts`` files exactly as the code has it, so a lookup at run
  time finds it (a raw string or an escape lupdate reads differently would not be found).

``python -m tests.test_words_marked`` lists what is unmarked.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import coach

ROOT = Path(coach.__file__).parent
MARKERS = {"translate", "QT_TRANSLATE_NOOP", "tr"}
# What puts text in front of a user in the window.
UI_CALLS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QMenu", "QMessageBox", "FitText", "setText", "setToolTip", "setWindowTitle", "addItem",
    "addItems", "setPlaceholderText", "setAccessibleName", "setAccessibleDescription",
    "setStatusTip", "setTitle", "addTab", "setTabText", "setItemText", "setTabToolTip",
    "information", "warning", "question", "critical", "addRow", "setLabelText",
    "setHeaderLabels", "setHorizontalHeaderLabels", "setSuffix", "setPrefix",
    "setSpecialValueText", "addAction", "addMenu", "setWhatsThis", "setInformativeText",
    "setDetailedText", "addButton", "setButtonText", "showMessage", "post", "getSaveFileName",
    "getOpenFileName", "getExistingDirectory", "setNameFilter", "setIconText", "notify",
}
# Log calls and exceptions for developers: not shown as the app's words.
NOT_SHOWN = {"debug", "info", "warning_log", "exception", "log", "getLogger", "setObjectName",
             "setProperty", "setStyleSheet", "setShortcut", "QKeySequence",
             "setAccessibleIdentifier"}
WORD = re.compile(r"[A-Za-z]{2,}")
# Words that are the same in every language, or not words at all.
ALLOWED = {
    "Limber",  # the app's name
    "limber",  # the command's name
}
# Literals that read as words but are matched, not shown: the checker's own phrases, which
# coach.app.problem_words finds in its messages to put them in the window's words.
MATCHED = {"app/problem_words.py": {"(at) or after a rep (after_rep)", "after_rep only applies",
                                    "after_rep needs", "in say and cues", "in say",
                                    # the checker's names for a value, looked up
                                    "a table", "a list", "a number far too large"},
           # the schema's units, looked up to show them in the language
           "app/preference_words.py": {"words per minute"},
           # the end of the speech layer's English notices, matched to translate them whole
           "app/speech_words.py": {"Limber carries on with tones instead of the voice."},
           # the catalogue's quality word, looked up to show it in the language
           "cli/speech_commands.py": {"muffled (telephone quality)"},
           "app/routine_editor.py": {"duplicate routine id"},
           # What D-Bus and Qt Multimedia say, looked for in their output.
           "qt/session_bus.py": {"Session Bus Policy"},
           "qt/qt_messages.py": {"No QtMultimedia backends found"}}
# Called on a text to find, split or replace something in it: the literal is not shown.
TEXT_TOOLS = {"startswith", "endswith", "replace", "split", "rsplit", "strip", "removeprefix",
              "removesuffix", "compile", "match", "fullmatch", "search", "sub", "partition",
              "get_close_matches", "add_argument_group"}


def _is_marker(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name in MARKERS


def _words(node: ast.AST) -> str:
    """The literal text of a str constant or f-string (its constant parts)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    return ""


def _looks_like_code(text: str) -> bool:
    """A regular expression, a line of TOML, a field path: read by code, not by people."""
    return (text.startswith("^") or text.endswith("$") or text.endswith(" =")
            or re.match(r"\s*[\w.\[\]\"{}]+ = ", text) is not None
            or text.lstrip().startswith(("[", "{", "steps["))
            or (text.startswith("--") and " " not in text.strip())
            or text.startswith("flatpak "))  # a command to type


def _reads_as_words(text: str) -> bool:
    if _looks_like_code(text):
        return False
    text = re.sub(r"<[^>]*>|&\w+;", " ", text).strip()  # markup is not words
    if not WORD.search(text) or text in ALLOWED:
        return False
    # An identifier, a key, a path or a format is not words.
    return not (re.fullmatch(r"[a-z0-9_.\-/:%*\[\]{}()<>=!,;'\"#@\\ ]*", text)
                and " " not in text)


def _texts(node: ast.AST) -> Iterator[ast.AST]:
    """The literal texts in an argument: itself, or both sides of a conditional or a +."""
    if isinstance(node, ast.IfExp):
        yield from _texts(node.body)
        yield from _texts(node.orelse)
    elif isinstance(node, ast.BinOp):
        yield from _texts(node.left)
        yield from _texts(node.right)
    elif isinstance(node, ast.List | ast.Tuple):  # setHeaderLabels(["Step", "Time"])
        for item in node.elts:
            yield from _texts(item)
    elif isinstance(node, ast.Constant | ast.JoinedStr):
        yield node


def unmarked_in_window(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in UI_CALLS:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            for text in _texts(arg):
                if _reads_as_words(_words(text)):
                    found.append(f"{path.relative_to(ROOT.parent)}:{text.lineno}: "
                                 f"{ast.unparse(text)[:70]}")
    return found


def _parents(tree: ast.AST) -> dict[int, ast.AST]:
    return {id(child): parent for parent in ast.walk(tree)
            for child in ast.iter_child_nodes(parent)}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) \
                and node.body and isinstance(node.body[0], ast.Expr):
            found.add(id(node.body[0].value))
    return found


def _exempt(node: ast.AST, parents: dict[int, ast.AST], in_window: bool = False) -> bool:
    """Inside a marker, a log call, an exception for a developer, a comparison, a subscript,
    or an f-string's part (the f-string as a whole is judged)."""
    child: ast.AST = node
    while id(child) in parents:
        parent = parents[id(child)]
        if _is_marker(parent):
            return True
        if isinstance(parent, ast.Call):
            func = parent.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in NOT_SHOWN or name in TEXT_TOOLS or (isinstance(func, ast.Attribute) and
                                     getattr(func.value, "id", "") in ("log", "logger", "_log")):
                return True
        if isinstance(parent, ast.JoinedStr) and child is not node:
            return True
        if isinstance(parent, ast.JoinedStr):
            return True
        if isinstance(parent, ast.Compare | ast.Subscript):
            return True
        if isinstance(parent, ast.Raise | ast.Assert) and in_window:
            return True  # the window's own errors are for developers, never shown
        child = parent
    return False


def unmarked_words(path: Path) -> list[str]:
    allowed = MATCHED.get(path.relative_to(ROOT).as_posix(), set())
    tree = ast.parse(path.read_text("utf-8"))
    parents, docs = _parents(tree), _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if id(node) in docs or not isinstance(node, ast.Constant | ast.JoinedStr):
            continue
        text = _words(node)
        if not _reads_as_words(text) or " " not in text.strip() or text.strip() in allowed:
            continue
        if _exempt(node, parents, path.is_relative_to(ROOT / "qt")):
            continue
        found.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}: {ast.unparse(node)[:70]}")
    return found


# The app layer's modules that decide words a user reads (the rest hold no words).
APP_WORD_MODULES = sorted({*ROOT.glob("app/*_words.py"), *(ROOT / "app" / name for name in (
    "advice.py", "display.py", "preview.py", "knee_nudges.py", "voice_choices.py",
    "terminal_run.py", "journal.py", "controller.py", "day_flow.py", "voice_fit.py",
    "routine_editor.py"))})


# Reports meant for a bug report rather than for a runner, in English like the logs.
DIAGNOSTICS = {ROOT / "qt" / "selfcheck.py"}


def all_unmarked() -> list[str]:
    found = []
    for path in sorted(set((ROOT / "qt").rglob("*.py")) - DIAGNOSTICS):
        found += unmarked_in_window(path) + unmarked_words(path)
    for path in APP_WORD_MODULES:
        found += unmarked_words(path)
    for path in sorted((ROOT / "cli").rglob("*.py")):
        found += unmarked_words(path)
    return found


def test_every_word_shown_or_printed_is_marked_for_translation() -> None:
    assert all_unmarked() == []


def _marked_in_code() -> set[tuple[str, str]]:
    """(context, source) of every literal marker call in the package."""
    found = set()
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if _is_marker(node) and len(node.args) >= 2 and all(  # type: ignore[attr-defined]
                    isinstance(a, ast.Constant) for a in node.args[:2]):  # type: ignore[attr-defined]
                context, source = (a.value for a in node.args[:2])  # type: ignore[attr-defined]
                found.add((context, source))
    return found


def test_every_translation_names_its_context_as_written() -> None:
    """lupdate reads only literal words: a context held in a variable is never extracted."""
    found = []
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                    node.func.id in MARKERS and node.args and \
                    not isinstance(node.args[0], ast.Constant):
                found.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}")  # type: ignore
    assert found == []


def test_every_marked_word_is_in_the_translations_as_written() -> None:
    ts = ET.parse(ROOT.parent / "packaging" / "translations" / "limber_de.ts").getroot()
    in_ts = {(c.findtext("name") or "", m.findtext("source") or "")
             for c in ts.iter("context") for m in c.iter("message")}
    assert sorted(_marked_in_code() - in_ts) == []


if __name__ == "__main__":
    print("\n".join(all_unmarked()) or "every word is marked")
