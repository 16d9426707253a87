"""The layers and the direction of their imports, read from the source itself.

    core     coach/core/        the model, routine files, plan, session: imports nothing above it
    speech   coach/speech/      core only
    storage  coach/storage/     core only
    app      coach/app/         core, speech, storage (the Qt-free application layer)
    qt       coach/qt/          everything below it
    cli      coach/cli/         the command and its one way in: any layer

``coach/__init__.py`` (the version, the app id, the project's warning class) may be imported by
every layer and imports nothing; ``coach/__main__.py`` belongs to the command. Nothing belongs to
a layer by default: a module outside these packages fails the test until the map places it.

Every import counts: module level, inside functions, under ``TYPE_CHECKING``, and the strings
given to ``importlib.import_module`` or ``__import__`` (a dynamic import whose name is not a
literal is refused outright, since nobody could check where it goes). Qt itself (PySide6,
shiboken6) belongs to the qt layer alone.

``python -m tests.test_architecture`` prints the layer-to-layer arrows and any breach.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

import coach

ROOT = Path(coach.__file__).parent
LAYERS = ("root", "core", "speech", "storage", "app", "qt", "cli")
ALLOWED: dict[str, frozenset[str]] = {
    "root": frozenset({"root"}),
    "core": frozenset({"root", "core"}),
    "speech": frozenset({"root", "core", "speech"}),
    "storage": frozenset({"root", "core", "storage"}),
    "app": frozenset({"root", "core", "speech", "storage", "app"}),
    "qt": frozenset({"root", "core", "speech", "storage", "app", "qt"}),
    "cli": frozenset(LAYERS),
}
# The packages that are layers, and the two modules at the top of coach/.
PACKAGE_LAYERS = {"core", "speech", "storage", "app", "qt", "cli"}
TOP_MODULES = {"coach": "root", "coach.__main__": "cli"}
QT_PACKAGES = ("PySide6", "shiboken6")
DYNAMIC = {"import_module", "__import__"}
# The one dynamic import allowed, and why: the speech worker loads its engine from a
# "module:factory" spec (one of coach.speech.engines, or a test's fake engine). The specs the
# package itself names are checked against the layers below.
DYNAMIC_EXEMPT = {"coach.speech.engines.render_worker": "engine spec"}


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the imported module (or a dynamic import's problem)
    line: int
    dynamic: bool = False


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts).removesuffix(".__init__")


class NoLayer(LookupError):
    """A module the layer map does not place (a new loose file at the top of coach/, say)."""


def layer_of(module: str) -> str:
    if module in TOP_MODULES:
        return TOP_MODULES[module]
    parts = module.split(".")
    if parts[0] == "coach" and len(parts) > 1 and parts[1] in PACKAGE_LAYERS:
        return parts[1]
    places = ", ".join(f"coach/{name}/" for name in sorted(PACKAGE_LAYERS))
    raise NoLayer(f"{module} is in no layer: put it in one of {places}")


def _is_module(name: str) -> bool:
    path = ROOT.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> list[str]:
    if node.level:
        base = module.split(".")
        base = base if is_package else base[:-1]
        base = base[: len(base) - (node.level - 1)]
        prefix = ".".join([*base, node.module] if node.module else base)
    else:
        prefix = node.module or ""
    names = [f"{prefix}.{alias.name}" for alias in node.names]
    # "from coach import atomic" imports the module coach.core.files.atomic, not just the package.
    found = [name for name in names if _is_module(name)]
    return found or [prefix]


def _dynamic_name(call: ast.Call) -> str | None:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name not in DYNAMIC:
        return None
    if call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
        return call.args[0].value
    return "<a name only known at run time>"


def imports_of(path: Path) -> list[Import]:
    return imports_in(module_name(path), path.name == "__init__.py", path.read_text("utf-8"))


def imports_in(module: str, is_package: bool, source: str) -> list[Import]:
    found: list[Import] = []
    for node in ast.walk(ast.parse(source, module)):
        if isinstance(node, ast.Import):
            found += [Import(module, alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found += [Import(module, name, node.lineno)
                      for name in _resolve(module, is_package, node)]
        elif isinstance(node, ast.Call) and (target := _dynamic_name(node)) is not None:
            found.append(Import(module, target, node.lineno, dynamic=True))
    return found


def all_imports() -> list[Import]:
    return [imp for path in sorted(ROOT.rglob("*.py")) for imp in imports_of(path)]


def breaches(imports: list[Import]) -> list[str]:
    problems = []
    for imp in imports:
        where = f"{imp.source}:{imp.line}"
        source_layer = layer_of(imp.source)
        if imp.target.startswith("<") and DYNAMIC_EXEMPT.get(imp.source):
            continue
        if imp.target.startswith("<"):
            problems.append(f"{where} imports {imp.target} (no one can check where it goes)")
        elif imp.target.split(".")[0] in QT_PACKAGES and source_layer != "qt":
            problems.append(f"{where} ({source_layer}) imports Qt: {imp.target}")
        elif imp.target == "coach" or imp.target.startswith("coach."):
            target_layer = layer_of(imp.target)
            if target_layer not in ALLOWED[source_layer]:
                kind = "dynamically imports" if imp.dynamic else "imports"
                problems.append(f"{where} ({source_layer}) {kind} {imp.target} ({target_layer})")
    return problems


def arrows(imports: list[Import]) -> Counter[tuple[str, str]]:
    return Counter(
        (layer_of(imp.source), layer_of(imp.target)) for imp in imports
        if imp.target.startswith("coach.") and layer_of(imp.source) != layer_of(imp.target)
    )


def report() -> str:
    imports = all_imports()
    lines = [f"{len(imports)} imports read in {len(list(ROOT.rglob('*.py')))} modules"]
    lines += [f"  {a:<8} -> {b:<8} {n:>3}" for (a, b), n in sorted(arrows(imports).items())]
    problems = breaches(imports)
    lines += [f"BREACH {p}" for p in problems] or ["no breach: every arrow points down"]
    return "\n".join(lines)


def test_every_module_sits_in_a_layer_and_the_test_sees_them_all():
    modules = {module_name(p) for p in ROOT.rglob("*.py")}
    layers = {layer_of(m) for m in modules}  # raises NoLayer for a module the map misses
    assert layers == set(LAYERS)
    assert layer_of("coach.core.plan.compiler") == "core"
    assert layer_of("coach.app.display") == "app"


def test_a_new_loose_module_belongs_to_no_layer():
    for loose in ("coach.plan", "coach.helpers", "coach.widgets.thing"):
        with pytest.raises(NoLayer, match="is in no layer"):
            layer_of(loose)


def test_only_the_package_and_its_main_sit_at_the_top():
    assert sorted(p.name for p in ROOT.glob("*.py")) == ["__init__.py", "__main__.py"]
    assert {p.name for p in ROOT.iterdir() if p.is_dir() and p.name != "__pycache__"} \
        == PACKAGE_LAYERS


def test_no_module_name_is_used_in_two_layers():
    """A name says what a module holds, so two layers never hold a module of the same name."""
    layers_by_name: dict[str, set[str]] = {}
    for path in ROOT.rglob("*.py"):
        if path.name != "__init__.py":
            layers_by_name.setdefault(path.stem, set()).add(layer_of(module_name(path)))
    assert {name: layers for name, layers in layers_by_name.items() if len(layers) > 1} == {}


def test_the_tests_mirror_the_package_folder_for_folder():
    """tests/ has a folder for every package of coach/ and no other, but for bench (the
    benchmarks) and packaging (what packaging/ builds)."""
    tests = Path(__file__).resolve().parent

    def folders(top: Path) -> set[str]:
        return {p.parent.relative_to(top).as_posix() for p in top.rglob("*.py")}

    assert folders(tests) - {"bench", "packaging"} == folders(ROOT)


def test_imports_point_down_the_layers():
    assert breaches(all_imports()) == []


def test_the_engines_the_speech_worker_loads_by_name_are_in_an_allowed_layer():
    from coach.speech.engines.render_worker import DEFAULT_ENGINE
    from coach.speech.voice_catalogue import BACKENDS

    for spec in [DEFAULT_ENGINE, *(b.spec for b in BACKENDS.values())]:
        module = spec.partition(":")[0]
        assert _is_module(module) and layer_of(module) in ALLOWED["speech"], spec


def test_the_contract_catches_hidden_and_upward_imports():
    """The reader itself: a dynamic import, an upward one and a stray Qt import are all seen."""
    source = (
        "import importlib\n"
        "def f(name):\n"
        "    importlib.import_module('coach.qt.audio_output')\n"
        "    __import__(name)\n"
        "    from coach.app import display\n"
        "    from PySide6 import QtCore\n"
    )
    found = breaches(imports_in("coach.speech.probe", False, source))
    assert any("dynamically imports coach.qt.audio_output (qt)" in p for p in found)
    assert any("no one can check" in p for p in found)
    assert any("imports coach.app.display (app)" in p for p in found)
    assert any("imports Qt: PySide6" in p for p in found)


def test_modules_below_qt_import_no_qt_when_run():
    """Besides reading the source: importing every module outside coach.qt loads no Qt."""
    modules = sorted(module_name(p) for p in ROOT.rglob("*.py")
                     if layer_of(module_name(p)) not in ("qt",) and p.stem != "__main__")
    assert "coach.core.session" in modules and "coach.app.display" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "", f"Qt imported below the qt layer: {result.stdout}"


def design_map(readme: str) -> set[str]:
    """The paths the README's design map names: the code block after ``<!-- design map -->``,
    two spaces of indent a folder level, a folder ending in "/"."""
    block = readme.split("<!-- design map -->", 1)[1].split("```", 2)[1]
    names: set[str] = set()
    folders: list[str] = []
    for line in block.strip("\n").splitlines()[1:]:  # the first line is coach/ itself
        depth = (len(line) - len(line.lstrip(" "))) // 2
        name = line.split()[0]
        del folders[depth - 1:]
        names.add("/".join([*folders, name.rstrip("/")]))
        if name.endswith("/"):
            folders.append(name.rstrip("/"))
    return names


def test_the_readmes_design_map_names_every_module_and_nothing_else():
    readme = (ROOT.parent / "README.md").read_text(encoding="utf-8")
    tree = {p.relative_to(ROOT).as_posix().removesuffix(".py").removesuffix("/__init__")
            for p in ROOT.rglob("*.py")}
    mapped = {name.removesuffix(".py") for name in design_map(readme)}
    assert sorted(tree - mapped) == [], "modules the map misses"
    assert sorted(mapped - tree) == [], "names in the map that are not in coach/"


def test_the_design_map_reader_sees_folders_and_depth():
    readme = ("x\n<!-- design map -->\n```\ncoach/\n  __init__.py   v\n  core/   c\n"
              "    plan/   p\n      compiler.py   x\n    model.py   m\n  cli/   c\n```\n")
    assert design_map(readme) == {"__init__.py", "core", "core/plan", "core/plan/compiler.py",
                                  "core/model.py", "cli"}


if __name__ == "__main__":
    print(report())


def test_the_repository_top_holds_the_product_cards_layout_alone():
    """The top of the repository: the package, its data (assets, routines), the tests, what
    packaging builds from, the README, the licence, pyproject and the CI; dotfiles. Anything
    else (a translations folder, say) belongs inside one of these."""
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT.parent, capture_output=True,
                             text=True, check=True).stdout.splitlines()
    top = {name.split("/")[0] for name in tracked if not name.startswith(".")}
    assert top <= {"pyproject.toml", "coach", "assets", "routines", "tests", "packaging",
                   "README.md", "LICENSE"}
