"""The built wheel carries routines/ and assets/, and the locator finds them there."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out),
                    str(ROOT)], check=True, capture_output=True)
    [built] = out.glob("limber-*.whl")
    return built


def test_wheel_contains_the_data_folders(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "coach/routines/exercises.toml" in names
    assert "coach/routines/warmup-standard.toml" in names
    assert any(n.startswith("coach/assets/pictures/") for n in names)
    assert not any(n.startswith(("routines/", "assets/", "tests/")) for n in names)
    assert {"coach/routines/i18n/de.toml", "coach/routines/i18n/es.toml",
            "coach/assets/translations/limber_de.qm"} <= set(names)
    # The .ts files are the translators' sources (packaging/translations): the app reads the .qm.
    assert not any(n.endswith(".ts") for n in names)


def test_the_wheel_carries_every_assets_folder_the_app_reads(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    carried = {n.split("/")[2] for n in names if n.startswith("coach/assets/")}
    on_disk = {p.name for p in (ROOT / "assets").iterdir() if p.is_dir()}
    # The screenshots illustrate the README; the app never reads them.
    assert carried == on_disk - {"screenshots"}
    for folder in carried:
        files = {p.name for p in (ROOT / "assets" / folder).iterdir() if p.is_file()}
        assert {n.split("/")[-1] for n in names if n.startswith(f"coach/assets/{folder}/")} \
            == files, folder


def test_installed_wheel_finds_its_own_data(wheel, tmp_path):
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = ("from coach.core.files.shipped_data import routines_dir, assets_dir\n"
            "from coach.core.routine_files.library import load_library\n"
            "print(routines_dir()); print(assets_dir())\n"
            "lib = load_library(user_dir=routines_dir() / 'none')\n"
            "print(len(lib.routines), len(lib.problems))\n"
            "from coach.core.language.current_language import set_language, translate\n"
            "from coach.core.language.languages import shipped_languages\n"
            "print(' '.join(shipped_languages()), set_language('es'))\n"
            "print(translate('Language', 'English', \"this language's name, in itself\"))\n"
            "es = load_library(user_dir=routines_dir() / 'none')\n"
            "print(len(es.problems), (routines_dir() / 'i18n' / 'es.toml').is_file())\n")
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=tmp_path, env=env, check=False)
    assert result.returncode == 0, result.stderr
    routines, assets, counts, languages, spanish, es_problems = \
        result.stdout.strip().splitlines()
    # The translations come from the wheel: the languages, their words, the routines' words.
    assert (languages, spanish, es_problems) == ("en de es es", "Español", "0 True")
    assert Path(routines) == target / "coach" / "routines"
    assert Path(assets) == target / "coach" / "assets"
    found, problems = map(int, counts.split())
    assert found >= 7 and problems == 0
