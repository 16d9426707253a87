"""The window in the active language: Qt's translators for Limber's words and Qt's own.

Limber's words come from ``assets/translations/limber_XX.qm`` (the same file the Qt-free
layers read, see ``coach.core.language``); Qt's own (the standard buttons "OK", "Cancel", the
file dialog) from the ``qtbase_XX.qm`` that comes with Qt. Numbers in spin boxes and dates
follow the language through QLocale's default.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coach.core.language.current_language import ENGLISH, translation_file

_installed: list[QTranslator] = []  # kept alive: Qt does not own an installed translator


def install_translators(app: QCoreApplication, code: str) -> None:
    """Translate the window into ``code`` (replacing any earlier language)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    ours = QTranslator(app)  # English's holds its plural forms alone
    if ours.load(str(translation_file(code))):
        app.installTranslator(ours)
        _installed.append(ours)
    if code == ENGLISH:
        return
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translation of ``source`` (``%n`` replaced by ``n``): the window's words go through
    this, in the same shape as the Qt-free layers' ``translate``, so ``pyside6-lupdate`` reads
    them alike."""
    return QCoreApplication.translate(context, source, disambiguation, n)
