"""The Qt-free reader of compiled translations: the shipped files, and Qt's plural rules run
as Qt runs them (tests/qt/test_translations.py compares every message with QTranslator)."""

from __future__ import annotations

import pytest

from coach.core.language.current_language import set_language, translate, translation_file
from coach.core.language.qm_file import QmError, numerus_form, parse_qm, read_qm

# Qt's rule byte code for some languages (qtranslator's numerus table): English-like (one,
# other), French (0 and 1 are one), Polish (one, few, many), Arabic (six forms).
ONE_OTHER = bytes([0x01, 0x01])
FRENCH = bytes([0x03, 0x01])
POLISH = bytes([0x01, 0x01, 0xFF, 0x14, 0x02, 0x04, 0xFD, 0x28, 0x0C, 0x0E])


def test_the_shipped_files_are_read_with_their_language_and_rule():
    for code in ("de", "es"):
        qm = read_qm(translation_file(code))
        assert qm.language == code
        assert qm.rules == ONE_OTHER
        assert qm.lookup("PlanWords", "Switch sides.") not in (None, "Switch sides.")


@pytest.mark.parametrize(("rules", "expected"), [
    (ONE_OTHER, {0: 1, 1: 0, 2: 1, 11: 1, 21: 1}),
    (FRENCH, {0: 0, 1: 0, 2: 1, 5: 1}),
    (POLISH, {1: 0, 2: 1, 4: 1, 5: 2, 12: 2, 14: 2, 22: 1, 25: 2, 112: 2}),
])
def test_plural_forms_follow_the_rule_in_the_file(rules, expected):
    assert {n: numerus_form(n, rules) for n in expected} == expected


def test_translate_picks_the_language_and_falls_back_to_the_words_as_written():
    assert translate("PlanWords", "Switch sides.") == "Switch sides."
    set_language("de")
    assert translate("PlanWords", "Switch sides.") == "Seite wechseln."
    assert translate("PlanWords", "Words nobody translated.") == "Words nobody translated."
    set_language("xx")  # no such translation: English
    assert translate("PlanWords", "Switch sides.") == "Switch sides."


def test_not_a_qm_file_is_refused():
    with pytest.raises(QmError):
        parse_qm(b"not a translation")
