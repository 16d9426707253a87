"""Which language "system" means, and each language's own name."""

from __future__ import annotations

import pytest

from coach.core.language.languages import own_name, resolve, shipped_languages, system_language

SHIPPED = ("en", "de", "es")


def test_english_german_and_spanish_are_shipped():
    assert shipped_languages()[0] == "en"
    assert set(SHIPPED) <= set(shipped_languages())


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LANG": "es_MX.UTF-8"}, "es"),
    ({"LANGUAGE": "fr:es", "LANG": "fr_FR.UTF-8"}, "es"),  # the first one Limber speaks
    ({"LC_ALL": "de_AT@euro"}, "de"),
    ({"LANG": "fr_FR.UTF-8"}, "en"),  # none spoken here: English
    ({"LANG": "C.UTF-8"}, "en"),
    ({}, "en"),
])
def test_the_system_language_is_the_first_one_spoken_here(environ, expected):
    assert system_language(environ, SHIPPED) == expected


def test_a_preference_is_a_language_or_the_systems():
    assert resolve("es", {"LANG": "de_DE.UTF-8"}) == "es"
    assert resolve("system", {"LANG": "de_DE.UTF-8"}) == "de"


def test_each_language_has_its_own_name():
    assert [own_name(c) for c in SHIPPED] == ["English", "Deutsch", "Español"]
