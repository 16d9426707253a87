"""Runtime hook for the frozen app, in place of PyInstaller's ``pyi_rth_multiprocessing``.

PyInstaller's hook imports ``multiprocessing`` at every start of the bundle (about 17 ms of
CPU and 3 MiB resident before the window is built), although the app needs it only for the
speech worker, started with the first render, and in the worker itself. This one makes the
same changes to ``multiprocessing`` (a spawned child recognised by ``freeze_support``, the
resource tracker run by ``-c``, no main script read back) at the moment ``multiprocessing``
is first imported, through a finder that steps aside once it has done so. limber.spec swaps
the hooks; the frozen app speaking through its worker (``limber say``, ``limber selfcheck``,
a session) is what checks it, in ``.ci/run``.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any


def _patch(multiprocessing: ModuleType) -> None:
    """What PyInstaller's hook (6.x) does to the module, unchanged."""
    import multiprocessing.spawn
    from subprocess import _args_from_interpreter_flags  # type: ignore[attr-defined]

    multiprocessing.process.ORIGINAL_DIR = None

    def divert_helper() -> None:
        # The resource tracker (and a fork server) are this executable again, with
        # the interpreter's flags, "-c" and an import: run that code and end.
        try:
            switch = sys.argv.index("-c")
        except ValueError:
            return
        if set(sys.argv[1:switch]) != set(_args_from_interpreter_flags()):
            return
        if len(sys.argv) <= switch + 1:
            return
        command = sys.argv[switch + 1]
        if not command.startswith(("from multiprocessing.resource_tracker import main;",
                                   "from multiprocessing.forkserver import main;")):
            return
        exec(command)  # multiprocessing's own command line, run as PyInstaller runs it
        sys.exit()

    def frozen_support() -> None:
        divert_helper()
        if multiprocessing.spawn.is_forking(sys.argv):
            kwds: dict[str, int | None] = {}
            for arg in sys.argv[2:]:
                name, value = arg.split("=")
                kwds[name] = None if value == "None" else int(value)
            multiprocessing.spawn.spawn_main(**kwds)
            sys.exit()

    multiprocessing.freeze_support = frozen_support  # type: ignore[attr-defined]
    multiprocessing.spawn.freeze_support = frozen_support


class _Patching:
    """The loader of ``multiprocessing``: the real one, then the patch."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader

    def create_module(self, spec: Any) -> Any:
        return self.loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self.loader.exec_module(module)
        _patch(module)

    def __getattr__(self, name: str) -> Any:  # whatever else a loader is asked
        return getattr(self.loader, name)


class _WhenImported:
    """First on the meta path until ``multiprocessing`` is looked for; then it finds it
    through the other finders, hands back their spec with the patching loader, and leaves."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name != "multiprocessing":
            return None
        sys.meta_path.remove(self)
        for finder in sys.meta_path:
            find = getattr(finder, "find_spec", None)
            spec = find(name, path, target) if find is not None else None
            if spec is not None:
                if spec.loader is not None:
                    spec.loader = _Patching(spec.loader)
                return spec
        return None


sys.meta_path.insert(0, _WhenImported())
