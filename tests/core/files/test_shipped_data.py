"""The data folders, and the translations in them, are found wherever Limber runs from: a
source checkout (or an editable install, which imports the same tree) and a frozen bundle.
The installed wheel is checked in tests/packaging/test_packaging.py."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.core.files import shipped_data
from coach.core.files.shipped_data import asset, data_dir, routines_dir

ROOT = Path(__file__).resolve().parents[3]

# What a language needs at run time, beside the code: its compiled words and its spoken words.
LANGUAGE_FILES = ("assets/translations/limber_de.qm", "assets/translations/limber_es.qm",
                  "assets/translations/limber_en.qm", "routines/i18n/de.toml",
                  "routines/i18n/es.toml")


@pytest.fixture
def fresh_lookup() -> Iterator[None]:
    data_dir.cache_clear()
    yield
    data_dir.cache_clear()


def test_a_source_checkout_finds_the_translations_beside_the_code(fresh_lookup):
    assert routines_dir() == ROOT / "routines"
    assert asset("translations", "limber_de.qm") == ROOT / "assets/translations/limber_de.qm"
    for name in LANGUAGE_FILES:
        assert (ROOT / name).is_file(), name


def test_a_frozen_bundle_finds_the_data_in_its_own_folder(fresh_lookup, tmp_path, monkeypatch):
    # Laid out as packaging/limber.spec lays it out: routines/ and assets/<folder>/ at the top.
    for name in LANGUAGE_FILES:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes((ROOT / name).read_bytes())
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert routines_dir() == tmp_path / "routines"
    assert asset("translations", "limber_es.qm").is_file()
    assert asset("translations", "limber_es.qm").parent == tmp_path / "assets" / "translations"


def test_the_frozen_spec_carries_the_routines_and_every_assets_folder_but_the_screenshots():
    spec = (ROOT / "packaging" / "limber.spec").read_text(encoding="utf-8")
    assert '(str(root / "routines"), "routines")' in spec  # routines/i18n goes with it
    assert 'root.glob("assets/*")' in spec and 'folder.name != "screenshots"' in spec


def test_an_editable_install_speaks_german_from_any_folder(tmp_path):
    """An editable install puts the source tree on the path through a .pth file (hatchling
    writes the tree's folder into one); run from elsewhere, the words are found."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "_editable_impl_limber.pth").write_text(f"{ROOT}\n", encoding="utf-8")
    # No automatic site (-S): the development venv has its own editable install, of another
    # tree; this one's folder goes first, then the venv's packages for the dependencies.
    code = ("import site, sys; site.addsitedir(sys.argv[1])\n"
            "site.addsitedir(sys.argv[2])\n"
            "from coach.core.language.current_language import set_language, translate\n"
            "from coach.core.routine_files.library import load_library\n"
            "import coach; print(coach.__file__)\n"
            "print(set_language('de'))\n"
            "print(translate('Language', 'English', \"this language's name, in itself\"))\n"
            "from pathlib import Path\n"
            "lib = load_library(user_dir=Path(sys.argv[1]) / 'none', language='de')\n"
            "print(len(lib.problems), any('Aufwärmen' in r.name for r in lib.routines))\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run([sys.executable, "-I", "-S", "-c", code, str(site),
                             sysconfig.get_path("purelib")], capture_output=True,
                            text=True, cwd=tmp_path, env=env, check=False)
    assert result.returncode == 0, result.stderr
    package, code_now, name, problems = result.stdout.strip().splitlines()
    assert Path(package) == ROOT / "coach" / "__init__.py"
    assert (code_now, name, problems) == ("de", "Deutsch", "0 True")


def test_a_missing_folder_is_said_with_the_places_looked_in(fresh_lookup, monkeypatch):
    monkeypatch.setattr(shipped_data, "_candidates", lambda name: [Path("/nowhere") / name])
    with pytest.raises(shipped_data.DataNotFound, match="/nowhere/assets"):
        shipped_data.assets_dir()
