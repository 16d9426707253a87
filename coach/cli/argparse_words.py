"""argparse's own words ("usage:", "options", its error messages) in the active language.

argparse asks gettext for them, and Python ships no German or Spanish for argparse; Limber's
words come from its .qm files, so argparse's module-level lookup is pointed at ``translate``
(context ``Argparse``) before the parser is built. Only the words a runner can meet are listed
(lupdate extracts them from here); the rest (a developer's mistakes in building a parser) stay
English. In English nothing is touched.
"""

from __future__ import annotations

import argparse

from coach.core.language.current_language import ENGLISH, QT_TRANSLATE_NOOP, language, translate

WORDS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
)
VERSION_HELP = QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit")


def argparse_word(text: str) -> str:
    """One of argparse's texts in the active language (as written when it has none)."""
    return translate("Argparse", text)


def use_the_language() -> None:
    """argparse's words in the active language from now on (nothing to do in English)."""
    if language() != ENGLISH:
        # argparse looks up each of its texts through its module's _ (gettext's).
        argparse._ = argparse_word  # type: ignore[attr-defined]
