"""The .ts files hold every word the code marks, and the shipped .qm files are compiled from
them (packaging/make_translations.py --check); German and Spanish are finished."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_the_translations_are_up_to_date_with_the_code():
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "make_translations.py"),
                           "--check"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("code", ["de", "es", "en"])
def test_every_word_is_translated(code):
    """English's file holds the plural forms of its words with %n, and nothing else."""
    tree = ET.parse(ROOT / "packaging" / "translations" / f"limber_{code}.ts")
    unfinished = [m.findtext("source") for m in tree.getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
                  and (code != "en" or m.get("numerus") == "yes")]
    assert unfinished == []


@pytest.mark.parametrize("code", ["de", "es"])
def test_placeholders_survive_translation(code):
    """A translation keeps every {name} and %n of its source, or the words would be wrong."""
    tree = ET.parse(ROOT / "packaging" / "translations" / f"limber_{code}.ts")
    wrong = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        holes = sorted(set(re.findall(r"\{\w*(?::[^}]*)?\}|%n", source)))
        translation = message.find("translation")
        assert translation is not None
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in texts:
            found = sorted(set(re.findall(r"\{\w*(?::[^}]*)?\}|%n", text)))
            # A plural form may say its number in words ("Its one step"), as Qt allows.
            if message.get("numerus") == "yes":
                found, want = [h for h in found if h != "%n"], [h for h in holes if h != "%n"]
            else:
                want = holes
            if found != want:
                wrong.append((source, text))
    # A date pattern may use other parts ({day} for {dd}); every other message keeps its own.
    assert [w for w in wrong if not w[0].startswith("{")] == []


def test_english_s_file_holds_plural_forms_alone():
    """coach.core.language.current_language answers English words without reading limber_en.qm
    (the window starts without it); that holds while its only translations are plurals."""
    from coach.core.language.qm_file import read_qm

    english = read_qm(ROOT / "assets" / "translations" / "limber_en.qm")
    assert english.messages
    assert [key for key, forms in english.messages.items()
            if len(forms) < 2 and any(f and f != key[1] for f in forms)] == []
