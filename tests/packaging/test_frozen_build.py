"""The frozen build's choices: which Qt parts stay, which go, and the libraries that go with them.

The build itself runs in .ci/run (about a minute); these check its rules without building.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests import packaging_scripts

ROOT = Path(__file__).resolve().parents[2]


build = packaging_scripts.load("build_frozen")


def test_the_qt_modules_listed_are_the_ones_limber_imports():
    imported = set()
    for path in (ROOT / "coach").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", text))
    assert imported == set(build.QT_MODULES)
    assert not imported & set(build.UNUSED_QT)
    assert all(f"PySide6.{name}" not in build.EXCLUDED_MODULES for name in imported)


@pytest.mark.parametrize(("path", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", False),
    ("PySide6\\Qt\\plugins\\multimedia\\ffmpegmediaplugin.dll", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/lib/libQt6Core.so.6", True),  # libraries go only when orphaned (below)
])
def test_each_plugin_stays_or_goes_for_a_reason(path, kept):
    why = build._plugin_dropped(path)
    assert (why is None) == kept
    assert why is None or len(why) > 20  # a reason a reader can follow


def test_a_library_goes_only_when_the_dropped_plugins_alone_link_to_it():
    links = {
        "/src/QtGui.so": ["libQt6Gui.so.6", "libQt6Core.so.6"],
        "/src/libqxcb.so": ["libQt6XcbQpa.so.6", "libQt6Gui.so.6"],
        "/src/libffmpegmediaplugin.so": ["libQt6Quick.so.6", "libavcodec.so.61",
                                         "libQt6Gui.so.6"],
        "/src/libQt6Quick.so.6": ["libQt6Qml.so.6"],
        "/src/libQt6Gui.so.6": ["libQt6Core.so.6"],
    }

    def get_imports(path: str) -> list[tuple[str, str]]:
        return [(name, f"/src/{name}") for name in links.get(path, [])]

    qt, plugins = "PySide6/Qt/lib/", "PySide6/Qt/plugins/"
    binaries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.so", "EXTENSION"),
        (f"{plugins}platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        (f"{plugins}multimedia/libffmpegmediaplugin.so", "/src/libffmpegmediaplugin.so",
         "BINARY"),
        *((f"{qt}{name}", f"/src/{name}", "BINARY") for name in (
            "libQt6Core.so.6", "libQt6Gui.so.6", "libQt6XcbQpa.so.6", "libQt6Quick.so.6",
            "libQt6Qml.so.6", "libavcodec.so.61")),
        ("libespeak-ng.so.1", "/src/libespeak-ng.so.1", "BINARY"),  # opened by ctypes
        ("libsndfile.so.1", "/src/libsndfile.so.1", "BINARY"),  # nobody links it here
    ]
    kept, notes = build.prune_binaries(binaries, get_imports)
    names = {Path(e[0]).name for e in kept}
    assert names == {"QtGui.abi3.so", "libqxcb.so", "libQt6Core.so.6", "libQt6Gui.so.6",
                     "libQt6XcbQpa.so.6", "libsndfile.so.1"}
    assert any("libffmpegmediaplugin" in n for n in notes)
    assert any("libQt6Qml.so.6: only the plugins left out used it" in n for n in notes)
    assert any("libespeak-ng" in n and "host" in n for n in notes)


def test_the_size_report_names_the_biggest_parts(tmp_path):
    bundle = tmp_path / "limber"
    (bundle / "_internal" / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    (bundle / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Core.so.6").write_bytes(b"x" * 3000)
    (bundle / "_internal" / "libpython3.so").write_bytes(b"x" * 1000)
    (bundle / "limber").write_bytes(b"x" * 500)
    report = build.size_report(bundle)
    assert "0.0 MB in 3 files" in report
    lines = report.splitlines()
    assert lines.index("by part:") < next(i for i, line in enumerate(lines)
                                          if "PySide6/Qt/lib" in line)
    assert "_internal/PySide6/Qt/lib/libQt6Core.so.6" in report


def test_every_way_in_starts_at_the_same_function():
    """The script, ``python -m coach`` and the frozen bundle: one function, one freeze_support."""
    spec = (ROOT / "packaging" / "limber.spec").read_text(encoding="utf-8")
    assert '[str(root / "coach" / "__main__.py")]' in spec
    main = (ROOT / "coach" / "__main__.py").read_text(encoding="utf-8")
    assert "from coach.cli.entry import main" in main
    scripts = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'limber = "coach.cli.entry:main"' in scripts
    sources = [path for folder in ("coach", "packaging") for path in (ROOT / folder).rglob("*.py")]
    callers = [path.relative_to(ROOT).as_posix() for path in sorted(sources)
               if "freeze_support()" in path.read_text(encoding="utf-8")]
    assert callers == ["coach/cli/entry.py"]
