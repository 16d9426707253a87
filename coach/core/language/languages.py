"""The languages Limber has words for, the system's language, and each one's own name.

A language is there when its compiled translation is (``assets/translations/limber_XX.qm``):
adding one needs no code. Its name is one of its own words: the ``.ts`` file translates
"English" (the disambiguation says "this language's name, in itself") to "Deutsch", so the
chooser lists each language as its speakers write it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping

from coach.core.files.shipped_data import asset
from coach.core.language.current_language import ENGLISH, translate, translation_file

SYSTEM = "system"  # the preference's value for "the system's language"
NAME_CONTEXT, NAME_SOURCE, NAME_NOTE = "Language", "English", "this language's name, in itself"


def shipped_languages() -> tuple[str, ...]:
    """English first, then every language with a translation file, by code."""
    folder = asset("translations")
    codes = sorted(p.stem.removeprefix("limber_") for p in folder.glob("limber_*.qm")) \
        if folder.is_dir() else []
    return (ENGLISH, *(c for c in codes if c != ENGLISH))  # English's file: its plurals


def active_name() -> str:
    """The active language's own name (the words lupdate reads for every language)."""
    return translate("Language", "English", "this language's name, in itself")


def own_name(code: str) -> str:
    """A language's name in itself: ``Deutsch``, ``Español``; its code when it has none."""
    if code == ENGLISH:
        return NAME_SOURCE
    from coach.core.language.qm_file import read_qm  # the chooser's names: not at start-up

    path = translation_file(code)
    found = read_qm(path).lookup(NAME_CONTEXT, NAME_SOURCE, NAME_NOTE) if path.is_file() else None
    return found or code


def system_language(environ: Mapping[str, str] | None = None,
                    shipped: tuple[str, ...] | None = None) -> str:
    """The first of the system's languages Limber speaks: POSIX's LANGUAGE list, then LC_ALL,
    LC_MESSAGES and LANG (``de_DE.UTF-8`` is ``de``), then the platform's locale (Windows and
    macOS set no variables); English when none is spoken here."""
    env = os.environ if environ is None else environ
    known = shipped_languages() if shipped is None else shipped
    wanted: list[str] = [*env.get("LANGUAGE", "").split(":")]
    wanted += [env.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    found = _first_known(wanted, known)
    if found is None and environ is None:
        import locale  # only where no variable names a language (Windows, macOS)

        with contextlib.suppress(ValueError):  # a locale Python cannot name
            found = _first_known([locale.getlocale()[0] or ""], known)
    return found or ENGLISH


def _first_known(tags: list[str], known: tuple[str, ...]) -> str | None:
    """The first tag's language Limber speaks; English for the C locale; None when none."""
    for tag in tags:
        code = tag.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
        if code in ("c", "posix"):
            return ENGLISH  # the C locale asks for no language: English
        if code in known:
            return code
    return None


def resolve(preference: str, environ: Mapping[str, str] | None = None) -> str:
    """The language a ``language`` preference stands for here."""
    known = shipped_languages()
    if preference in known:
        return preference
    return system_language(environ, known)
