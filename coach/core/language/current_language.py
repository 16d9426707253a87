"""The language Limber speaks and shows, and its words, read without Qt.

Every word a runner reads or hears is written in English in the code, marked for translation,
and looked up here when it is shown or said. The markers have Qt's own shapes, so Qt's
``pyside6-lupdate`` extracts them into the one ``.ts`` file per language that translators edit
(``packaging/make_translations.py``):

* ``translate(context, source, disambiguation, n)``: the words now, in the active language;
  ``%n`` in them is ``n``, and ``n`` picks the plural form by the language's own rule.
* ``QT_TRANSLATE_NOOP(context, source)``: marks words kept as data (a constant, a table) and
  returns them unchanged; whoever shows them passes them through ``translate`` then.

The window translates through Qt's ``QTranslator`` from the same compiled ``.qm`` files, so the
two sides always agree (``tests/qt/test_translations.py`` checks they do). The active language
is process-wide, like Qt's installed translator: set once from the ``language`` preference when
Limber starts (``coach.app.controller``), and by a test for the language it checks.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from coach.core.files.shipped_data import asset

if TYPE_CHECKING:
    from coach.core.language.qm_file import QmFile

ENGLISH = "en"  # the words as written in the code and the routine files

_active: QmFile | None = None
_code = ENGLISH
# The file of the active language, read at its first lookup: English's holds plural forms
# alone, so a window in English starts without reading it (or importing the reader).
_pending: Path | None = None


def translation_file(code: str) -> Path:
    """The compiled translation for a language code (it may not exist)."""
    return asset("translations", f"limber_{code}.qm")


def set_language(code: str) -> str:
    """Speak and show ``code`` from now on; a language without a translation file is English.
    Returns the language now active."""
    global _active, _code, _pending
    path = translation_file(code)
    if not path.is_file():
        code, path = ENGLISH, translation_file(ENGLISH)
    # English has a file too, for its plural forms alone ("%n day(s)" is "1 day", "3 days").
    _active, _code, _pending = None, code, path
    return _code


def _messages() -> QmFile | None:
    """The active language's compiled words, read the first time they are asked for."""
    global _active, _pending
    if _pending is not None:
        from coach.core.language.qm_file import read_qm

        path, _pending = _pending, None
        _active = read_qm(path) if path.is_file() else None
    return _active


def language() -> str:
    """The active language's code: ``en``, ``de``, ``es``…"""
    return _code


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the active language (as written when it has no translation), with ``%n``
    replaced by ``n``: the Qt-free twin of ``QCoreApplication.translate``."""
    if _code == ENGLISH and n < 0:
        return source  # English's file holds plural forms only
    active = _messages()
    text = None if active is None else active.lookup(context, source, disambiguation or "", n)
    if text is None:
        text = source
    return text.replace("%n", str(n)) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation and return it unchanged."""
    return source
