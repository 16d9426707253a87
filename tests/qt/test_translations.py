"""The window's translator (Qt's QTranslator) and the Qt-free reader say the same words for
every message of every shipped language, plural forms included; for other languages too, so
a new language's plural rule works without code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from coach.core.language.current_language import set_language, translate, translation_file
from coach.core.language.languages import shipped_languages
from coach.core.language.qm_file import read_qm
from coach.qt.translators import install_translators

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def _qt(context: str, source: str, comment: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, source, comment or None, n)


@pytest.mark.parametrize("code", [c for c in shipped_languages() if c != "en"])
def test_qt_and_the_qt_free_reader_agree_on_every_message(qapp, code):
    install_translators(qapp, code)
    set_language(code)
    try:
        for (context, source, comment), forms in read_qm(translation_file(code)).messages.items():
            for n in ([-1] if len(forms) == 1 and "%n" not in source else range(0, 30)):
                assert translate(context, source, comment or None, n) == \
                    _qt(context, source, comment, n), (context, source, n)
    finally:
        install_translators(qapp, "en")


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="{code}"><context><name>T</name>
<message numerus="yes"><source>%n days</source><translation>{forms}</translation></message>
</context></TS>"""


@pytest.mark.parametrize(("code", "count"), [("pl", 3), ("ru", 3), ("ar", 6), ("fr", 2),
                                             ("cs", 3), ("ja", 1)])
def test_any_languages_plural_rule_picks_the_form_qt_picks(qapp, tmp_path, code, count):
    forms = "".join(f"<numerusform>form{i} %n</numerusform>" for i in range(count))
    (tmp_path / "t.ts").write_text(TS.format(code=code, forms=forms), encoding="utf-8")
    subprocess.run([str(LRELEASE), "-silent", str(tmp_path / "t.ts"), "-qm",
                    str(tmp_path / "t.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "t.qm"))
    ours = read_qm(tmp_path / "t.qm")
    for n in range(0, 250):
        expected = translator.translate("T", "%n days", None, n)
        assert ours.lookup("T", "%n days", "", n) == expected, (code, n)
