"""Build the frozen one-folder app with PyInstaller, trim it, and report its size.

    pip install -e '.[freeze]'            # PyInstaller (a build tool, not a runtime dependency)
    python packaging/build_frozen.py      # -> build/frozen/dist/limber/limber
    build/frozen/dist/limber/limber selfcheck

The folder is self-contained: copy ``build/frozen/dist/limber`` anywhere and run ``limber``
inside it (Linux needs the system libraries Qt always needs, and espeak-ng for the voice: see
packaging/apt-packages.txt). The build prints the size of the bundle and of its biggest parts,
and writes the same to ``build/frozen/size-report.txt``.

What is left out, and why each remaining part stays, is in packaging/README.md.
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "limber.spec"
OUT = ROOT / "build" / "frozen"
# The yardstick for the frozen app's start-up: tests/bench/bare.py frozen the same way.
BARE_SPEC = ROOT / "packaging" / "bare.spec"
BARE_OUT = ROOT / "build" / "frozen-bare"

# What Limber imports from Qt (tests/packaging/test_frozen_build.py keeps this in step with coach/).
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtMultimedia", "QtDBus")
# Everything else PySide6 ships. Excluded by name so nothing optional can drag one in.
UNUSED_QT = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCanvasPainter", "QtCharts", "QtConcurrent",
    "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer",
    "QtLocation", "QtMultimediaWidgets", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets",
    "QtPdf", "QtPdfWidgets", "QtPositioning", "QtPrintSupport", "QtQml", "QtQuick", "QtQuick3D",
    "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml",
    "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine",
    "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)
EXCLUDED_MODULES = [
    *(f"PySide6.{name}" for name in UNUSED_QT),
    "tkinter", "unittest", "pydoc", "doctest", "pdb", "lib2to3", "ensurepip", "venv",
    "xmlrpc", "curses",
]
# Qt plugins left out, by glob on the path under plugins/, each with its reason. The Qt
# libraries only they needed go with them (see prune_binaries).
DROP_PLUGINS = {
    "platforminputcontexts/*virtualkeyboard*":
        "Qt's on-screen keyboard; it alone pulls in Qt Quick and QML",
    "imageformats/*": "Limber draws SVG (kept below) and PNG, which QtGui reads itself",
    "platforms/*eglfs*": "full-screen embedded platform, not a desktop",
    "platforms/*linuxfb*": "framebuffer platform, not a desktop",
    "platforms/*vnc*": "VNC server platform",
    "platforms/*vkkhrdisplay*": "Vulkan display platform, not a desktop",
    "platforms/*minimal*": "test platforms (offscreen is kept for selfcheck and screenshots)",
    "egldeviceintegrations/*": "for eglfs only",
    "generic/*": "evdev and TUIO input, for eglfs and linuxfb only",
    "multimedia/*":
        "media playback and video: FFmpeg, and through it Qt Quick and QML. Limber plays PCM "
        "through QAudioSink, which QtMultimedia provides with no backend plugin",
    "platformthemes/*gtk3*":
        "links the host's GTK 3 against the bundled GLib; the desktop portal theme (kept) "
        "gives the light or dark scheme",
    "networkinformation/*": "Limber never uses the network",
    "tls/*": "Limber never uses the network",
}
KEEP_PLUGINS = ("imageformats/*qsvg*",)  # the pictures and the icon are SVG
# Libraries left out although something links to them or opens them, by glob on the file name.
DROP_LIBRARIES = {
    "libespeak-ng.so*":
        "must match the espeak-ng-data it reads, which is the host's: use the host's library",
}
# Removed from the bundle after PyInstaller, each for a reason (paths relative to _internal/).
TRIM: dict[str, str] = {}
# Qt's own translations: only qtbase's for the languages Limber speaks stay (its standard
# buttons and dialogs: "Abbrechen", "Cancelar"); the rest translate modules Limber leaves out.
QT_TRANSLATIONS = "PySide6/Qt/translations"


def kept_qt_translations() -> set[str]:
    shipped = (ROOT / "assets" / "translations").glob("limber_*.qm")
    return {f"qtbase_{p.stem.removeprefix('limber_')}.qm" for p in shipped}
QT_LIB_DIR = "PySide6/Qt/lib/"
QT_PLUGIN_DIR = "PySide6/Qt/plugins/"


def _plugin_dropped(dest: str) -> str | None:
    """The reason ``dest`` (a path in the bundle) is left out, or None to keep it."""
    posix = dest.replace("\\", "/")
    if QT_PLUGIN_DIR not in posix:
        return None
    inside = posix.split(QT_PLUGIN_DIR, 1)[1]
    if any(fnmatch.fnmatch(inside, keep) for keep in KEEP_PLUGINS):
        return None
    return next((why for pattern, why in DROP_PLUGINS.items()
                 if fnmatch.fnmatch(inside, pattern)), None)


Toc = list[tuple[str, str, str]]
ImportsOf = Callable[[str], list[tuple[str, str | None]]]


def prune_binaries(binaries: Toc, get_imports: ImportsOf | None = None) -> tuple[Toc, list[str]]:
    """Drop the plugins above, and the libraries that only they needed.

    ``binaries`` is PyInstaller's TOC of (name in the bundle, source path, type). A library
    goes when the dropped plugins link to it and nothing kept does (Python extensions and the
    kept plugins are the roots); libraries nothing links to, such as libespeak-ng, which
    pyttsx3 opens with ctypes, stay. Links are read with PyInstaller's own reader (ldd on
    Linux, pefile on Windows, macholib on macOS) unless ``get_imports`` is given.
    """
    if get_imports is None:
        from PyInstaller.depend.bindepend import get_imports

    def is_root(entry: tuple[str, str, str]) -> bool:
        return entry[2] == "EXTENSION" or QT_PLUGIN_DIR in entry[0].replace("\\", "/")

    libraries = {Path(e[0]).name: e for e in binaries if not is_root(e)}

    def reach(roots: list[tuple[str, str, str]]) -> set[str]:
        seen: set[str] = set()
        todo = list(roots)
        while todo:
            for name, _path in get_imports(todo.pop()[1]):
                base = Path(name).name
                if base in libraries and base not in seen:
                    seen.add(base)
                    todo.append(libraries[base])
        return seen

    dropped = {e[0]: why for e in binaries if (why := _plugin_dropped(e[0]))}
    dropped |= {e[0]: why for e in binaries for pattern, why in DROP_LIBRARIES.items()
                if fnmatch.fnmatch(Path(e[0]).name, pattern)}
    roots = [e for e in binaries if is_root(e)]
    orphans = reach(roots) - reach([e for e in roots if e[0] not in dropped])
    notes = [f"left out {name}: {why}" for name, why in sorted(dropped.items())]
    notes += [f"left out {libraries[name][0]}: only the plugins left out used it"
              for name in sorted(orphans)]
    kept = [e for e in binaries if e[0] not in dropped and Path(e[0]).name not in orphans]
    return kept, notes


def icon_for_platform(root: Path = ROOT) -> str | None:
    """The executable's icon: Windows and macOS embed one; Linux uses the desktop file's."""
    name = {"win32": "limber.ico", "darwin": "limber.icns"}.get(sys.platform)
    return str(root / "packaging" / "icons" / name) if name else None


def _size(path: Path) -> int:
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(_size(child) for child in path.iterdir())


def _walk_files(path: Path) -> Iterator[Path]:
    for child in path.rglob("*"):
        if child.is_file() and not child.is_symlink():
            yield child


def size_report(bundle: Path, top: int = 15) -> str:
    total = _size(bundle)
    internal = bundle / "_internal"
    lines = [f"bundle {bundle}: {total / 1e6:.1f} MB in "
             f"{sum(1 for _ in _walk_files(bundle))} files"]
    groups: dict[str, int] = {}
    for file in _walk_files(internal):
        parts = file.relative_to(internal).parts
        key = "/".join(parts[:4]) if parts[:3] == ("PySide6", "Qt", "plugins") else (
            "/".join(parts[:3]) if parts[:2] == ("PySide6", "Qt") and len(parts) > 3
            else parts[0] if len(parts) > 1 else "(top-level libraries)")
        groups[key] = groups.get(key, 0) + file.stat().st_size
    lines.append("by part:")
    for key, size in sorted(groups.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"  {size / 1e6:7.1f} MB  {key}")
    lines.append("largest files:")
    files = sorted(_walk_files(bundle), key=lambda f: -f.stat().st_size)[:top]
    for file in files:
        lines.append(f"  {file.stat().st_size / 1e6:7.1f} MB  {file.relative_to(bundle)}")
    return "\n".join(lines)


def trim(bundle: Path) -> list[str]:
    done = []
    for relative, why in TRIM.items():
        path = bundle / "_internal" / relative
        if path.exists():
            size = _size(path)
            shutil.rmtree(path) if path.is_dir() else path.unlink()
            done.append(f"removed {relative} ({size / 1e6:.1f} MB): {why}")
    folder = bundle / "_internal" / QT_TRANSLATIONS
    if folder.is_dir():
        unused = [p for p in folder.iterdir() if p.name not in kept_qt_translations()]
        size = sum(_size(p) for p in unused)
        for path in unused:
            shutil.rmtree(path) if path.is_dir() else path.unlink()
        done.append(f"removed {len(unused)} of Qt's translations ({size / 1e6:.1f} MB): only "
                    "qtbase's for Limber's languages are used")
    return done


def build(out: Path = OUT, *, clean: bool = True, spec: Path = SPEC,
          name: str = "limber") -> Path:
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        raise SystemExit("PyInstaller is not installed: pip install -e '.[freeze]'") from None
    started = time.monotonic()
    args = [str(spec), "--noconfirm", "--log-level=WARN",
            "--distpath", str(out / "dist"), "--workpath", str(out / "work")]
    pyinstaller.run([*args, "--clean"] if clean else args)
    bundle = out / "dist" / name
    for line in trim(bundle):
        print(line)
    seconds = time.monotonic() - started
    report = size_report(bundle) + f"\nbuilt in {seconds:.0f} s\n"
    (out / "size-report.txt").write_text(report, encoding="utf-8")
    print(report, end="")
    return bundle


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None,
                        help="build folder (default build/frozen, or build/frozen-bare)")
    parser.add_argument("--keep-cache", action="store_true",
                        help="reuse PyInstaller's analysis cache (faster rebuilds)")
    parser.add_argument("--bare", action="store_true",
                        help="build the bare one-label window instead (packaging/bare.spec), "
                             "the yardstick for the app's start-up")
    args = parser.parse_args()
    os.chdir(ROOT)
    if args.bare:
        build(args.out or BARE_OUT, clean=not args.keep_cache, spec=BARE_SPEC,
              name="limber-bare")
    else:
        build(args.out or OUT, clean=not args.keep_cache)


if __name__ == "__main__":
    main()
