"""The Flatpak manifest parses and agrees with the metainfo and the desktop file; the metainfo
carries a release per version and validates, with and without the store addresses."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest
import yaml

from coach import APP_ID, __version__
from tests import packaging_scripts

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
MANIFEST = PACKAGING / f"{APP_ID}.yml"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
# Everything the sandbox may reach; anything else (network, home, host files) is a regression.
ALLOWED_FINISH_ARGS = {"--share=ipc", "--socket=wayland", "--socket=fallback-x11",
                       "--device=dri", "--socket=pulseaudio",
                       "--talk-name=org.mpris.MediaPlayer2.*"}  # "Your music": players only
needs_appstream = pytest.mark.skipif(not shutil.which("appstreamcli"),
                                     reason="appstreamcli (apt: appstream; .ci/run installs it)")


@pytest.fixture(scope="module")
def manifest() -> dict:
    return yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


@pytest.fixture(scope="module")
def desktop():
    parser = ConfigParser(interpolation=None)
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _module(manifest: dict, name: str) -> dict:
    return next(m for m in manifest["modules"] if isinstance(m, dict) and m["name"] == name)


def _commands(module: dict) -> str:
    return "\n".join(module.get("build-commands", []))


def test_app_id_command_and_icon_match_the_metainfo_and_desktop_file(manifest, metainfo,
                                                                     desktop):
    assert manifest["id"] == APP_ID == metainfo.findtext("id")
    assert manifest["command"] == desktop["Exec"].split()[0] == metainfo.findtext(
        "provides/binary")
    assert desktop["Icon"] == APP_ID
    installs = _commands(_module(manifest, "limber"))
    assert f"share/icons/hicolor/scalable/apps/{APP_ID}.svg" in installs
    assert f"share/applications/{APP_ID}.desktop" in installs
    assert f"share/metainfo/{APP_ID}.metainfo.xml" in installs
    for path in (DESKTOP, METAINFO, ROOT / "assets" / "icons" / "limber.svg",
                 PACKAGING / "icons" / "hicolor"):
        assert path.relative_to(ROOT).as_posix() in installs
        assert path.exists()


def test_the_sandbox_gets_sound_and_a_display_only(manifest):
    args = set(manifest["finish-args"])
    assert args <= ALLOWED_FINISH_ARGS
    assert {"--socket=pulseaudio", "--socket=wayland", "--socket=fallback-x11"} <= args
    assert not any("network" in a or "filesystem" in a for a in manifest["finish-args"])


def test_it_builds_on_the_kde_runtime_with_the_pyside_baseapp(manifest):
    assert manifest["runtime"] == "org.kde.Platform" and manifest["sdk"] == "org.kde.Sdk"
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert manifest["base-version"] == manifest["runtime-version"]


def test_espeak_ng_is_built_as_a_module(manifest):
    espeak = _module(manifest, "espeak-ng")
    [source] = espeak["sources"]
    assert source["url"].startswith("https://") and "espeak-ng" in source["url"]


def test_flite_is_built_as_a_module(manifest):
    flite = _module(manifest, "flite")
    [source] = flite["sources"]
    assert source["url"].startswith("https://") and "flite" in source["url"]
    assert "--with-audio=none" in flite["config-opts"]  # Limber plays its clips through Qt


def test_every_python_dependency_besides_pyside_is_listed_with_a_checksum(manifest):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = {dep.split(">")[0].split("=")[0].split("!")[0].strip().lower()
              for dep in project["project"]["dependencies"]}
    wanted = {name for name in wanted if not name.startswith("pyside6")}
    deps = _module(manifest, "python3-limber-deps")
    files = [s for s in deps["sources"] if s["type"] == "file"]
    listed = {Path(s["url"]).name.split("-")[0].lower() for s in files}
    assert wanted <= listed
    for module in manifest["modules"]:
        for source in module.get("sources", []):
            if source["type"] == "file":
                assert source["url"].startswith("https://files.pythonhosted.org/")
                assert len(source["sha256"]) == 64
        if "pip3 install" in _commands(module):
            assert "--no-index" in _commands(module)  # builds offline, from listed files


def test_the_newest_release_is_this_version(metainfo):
    releases = metainfo.findall("releases/release")
    assert releases and releases[0].get("version") == __version__
    dates = [r.get("date") for r in releases]
    assert dates == sorted(dates, reverse=True)  # newest first, as AppStream wants
    assert metainfo.find("content_rating").get("type") == "oars-1.1"


def test_no_web_address_is_made_up(metainfo):
    # The project has no public address yet: none may appear until it does.
    assert metainfo.find("url") is None and metainfo.find("screenshots") is None


@needs_appstream
def test_the_store_metainfo_gets_a_homepage_and_every_screenshot(tmp_path):
    module = packaging_scripts.load("metainfo_release")
    # example.org is reserved for examples: this checks the shape, not a real address.
    text = module.release_metainfo("https://example.org/limber", "https://example.org/shots/")
    root = ET.fromstring(text)
    assert root.findtext("url[@type='homepage']") == "https://example.org/limber"
    images = [i.text for i in root.findall("screenshots/screenshot/image")]
    assert images[0] == "https://example.org/shots/session-right-1280x800.png"
    assert len(images) == len(module.CAPTIONS)
    out = tmp_path / f"{APP_ID}.metainfo.xml"
    out.write_text(text, encoding="utf-8")
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(out)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
