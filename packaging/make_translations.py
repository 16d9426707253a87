"""Keep the translations in step with the code: the .ts files translators edit
(``packaging/translations/``), and the .qm files Limber reads (``assets/translations/``).

    python packaging/make_translations.py          # update the .ts files, compile the .qm
    python packaging/make_translations.py --check  # exit 1 when either is out of date
    python packaging/make_translations.py --new fr # start a language: its .ts, and a
                                                   # routines/i18n/fr.toml to fill in

Qt's own tools do the work (``pyside6-lupdate`` and ``pyside6-lrelease`` come in the PySide6
wheel): lupdate reads every ``translate(...)``, ``QCoreApplication.translate(...)`` and
``QT_TRANSLATE_NOOP(...)`` in ``coach/`` into ``packaging/translations/limber_XX.ts`` (no
source line numbers, so an edit elsewhere in a file changes nothing; words no longer in the
code are dropped), and lrelease compiles each into ``assets/translations/limber_XX.qm``, which
the window's QTranslator and the Qt-free reader (``coach.core.language.qm_file``) both load.
The .ts files are build inputs, as ``packaging/icons/`` is: the app never reads them, so they
stay out of the wheel and the bundle. The .qm files are committed, so building a wheel, the
frozen app or the Flatpak needs no Qt tools; ``tests/packaging/test_translations.py`` runs
``--check`` so they never fall behind.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "packaging" / "translations"
COMPILED = ROOT / "assets" / "translations"


def tool(name: str) -> str:
    """A Qt tool from the PySide6 wheel: beside this Python, else on the PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"make_translations: {name} not found (it comes with PySide6)")
    return found


def code_files() -> list[str]:
    return sorted(str(p) for p in (ROOT / "coach").rglob("*.py"))


def languages() -> list[str]:
    return sorted(p.stem.removeprefix("limber_") for p in SOURCES.glob("limber_*.ts"))


def _lupdate(sources: list[str], ts: Path, code: str) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(ts), "-target-language", code,
                    "-source-language", "en", "-locations", "none", "-no-obsolete", "-silent"],
                   check=True)


def plural_forms(code: str) -> int:
    """How many plural forms Qt gives the language (lupdate writes them for a numerus
    message whose count is a number)."""
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe.py"
        probe.write_text('translate("Probe", "%n", None, 1)\n', encoding="utf-8")
        _lupdate([str(probe)], Path(tmp) / "probe.ts", code)
        return len(ET.parse(Path(tmp) / "probe.ts").getroot().findall(".//numerusform"))


def _key(message: ET.Element, context: str) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def update(ts_files: list[Path]) -> None:
    """Bring the .ts files up to date with the words in the code.

    lupdate extracts into a new file, and the translations are carried over from the old one
    here: lupdate's Python reader marks a message plural only when its count is a literal
    number, so every message with %n is made plural here, with the language's number of
    forms, and an earlier merge by lupdate would have thrown its forms away."""
    for ts in ts_files:
        code = ts.stem.removeprefix("limber_")
        old: dict[tuple[str, str, str], ET.Element] = {}
        if ts.exists():
            for context in ET.parse(ts).getroot().iter("context"):
                name = context.findtext("name") or ""
                for message in context.iter("message"):
                    old[_key(message, name)] = message
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / ts.name
            _lupdate(code_files(), fresh, code)
            tree = ET.parse(fresh)
        forms = plural_forms(code)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                assert translation is not None
                before = old.get(_key(message, name))
                if "%n" in source:
                    message.set("numerus", "yes")
                    kept = [f.text or "" for f in before.iter("numerusform")] \
                        if before is not None else []
                    translation.text, translation.attrib = None, {}
                    for child in list(translation):
                        translation.remove(child)
                    for i in range(forms):
                        ET.SubElement(translation, "numerusform").text = \
                            kept[i] if i < len(kept) else ""
                    translation.text = "\n" + " " * 12
                    if len(kept) < forms or not all(kept[:forms]):
                        translation.set("type", "unfinished")
                elif before is not None:
                    done = before.find("translation")
                    if done is not None:
                        translation.text = done.text
                        translation.attrib = dict(done.attrib)
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                      encoding="utf-8")


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm",
                    str(qm)], check=True)


def check() -> list[str]:
    """What is out of date: a .ts the code has new or dropped words for, a .qm not compiled
    from its .ts."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for code in languages():
            ts = SOURCES / f"limber_{code}.ts"
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            update([copy])
            if copy.read_bytes() != ts.read_bytes():
                stale.append(f"{ts.relative_to(ROOT)}: the code's words changed; run "
                             "python packaging/make_translations.py")
            qm = Path(tmp) / f"limber_{code}.qm"
            release(ts, qm)
            shipped = COMPILED / qm.name
            if not shipped.is_file() or shipped.read_bytes() != qm.read_bytes():
                stale.append(f"{shipped.relative_to(ROOT)}: not compiled from its .ts; run "
                             "python packaging/make_translations.py")
    return stale


ROUTINE_WORDS_HEAD = """\
# {code}: the words of the built-in exercises and routines, to translate. Each English word
# is shown in a comment above its key: write the translation between the quotes, and run
# `limber check` to see what is still missing. routines/i18n/de.toml is a finished example.
"""


def new_language(code: str) -> None:
    ts = SOURCES / f"limber_{code}.ts"
    if not ts.exists():
        update([ts])
        print(f"made {ts.relative_to(ROOT)}: open it in Qt Linguist (pyside6-linguist)")
    words = ROOT / "routines" / "i18n" / f"{code}.toml"
    if not words.exists():
        words.write_text(ROUTINE_WORDS_HEAD.format(code=code) + routine_skeleton(), "utf-8")
        print(f"made {words.relative_to(ROOT)}")


def routine_skeleton() -> str:
    """Every key the built-ins need translated, with its English as a comment."""
    sys.path.insert(0, str(ROOT))
    from coach.core.routine_files.library import load_library

    library = load_library(user_dir=ROOT / "no such folder", language="en")
    lines = ["", "[pronounce]", ""]
    for ex_id, ex in library.catalogue.items():
        lines.append(f"[exercises.{ex_id}]")
        for key, value in (("name", ex.name), ("how", ex.how), ("safety", ex.safety),
                           ("side_part", ex.side_part)):
            if value:
                lines += [f"# {value}", f'{key} = ""']
        lines.append("")
    for routine in library.routines:
        lines += [f"[routines.{routine.id}]", f"# {routine.name}", 'name = ""',
                  f"# {routine.description}", 'description = ""']
        if routine.finish:
            lines += [f"# {routine.finish}", 'finish = ""']
        lines.append("")
        for i, step in enumerate(routine.steps, 1):
            if step.say or step.cues:
                lines.append(f"[routines.{routine.id}.steps.{i}]  # {step.exercise.id}")
                if step.say:
                    lines += [f"# {step.say}", 'say = ""']
                if step.cues:
                    lines += [f"# {' | '.join(c.text for c in step.cues)}",
                              "cues = [" + ", ".join('""' for _ in step.cues) + "]"]
                lines.append("")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when anything is stale")
    parser.add_argument("--new", metavar="CODE", help="start a language (e.g. fr)")
    args = parser.parse_args()
    if args.check:
        stale = check()
        print("\n".join(stale) or "translations up to date")
        return 1 if stale else 0
    if args.new:
        new_language(args.new)
        return 0
    update([SOURCES / f"limber_{code}.ts" for code in languages()])
    COMPILED.mkdir(parents=True, exist_ok=True)
    for code in languages():
        release(SOURCES / f"limber_{code}.ts", COMPILED / f"limber_{code}.qm")
    print(f"updated {', '.join(languages())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
