"""Which engine runs: the modules compiled by setup.py with mypyc, or their Python source.

The compiled modules are the same source built to C, so reports are identical. They are
set aside for the source when FRAMING_PURE_PYTHON is set, or when, in a source checkout, a
module was edited after it was compiled (running the old build would silently test old
code). This module is never compiled itself: `__file__` of a compiled module is not a real
path, so the engine finds its data files through `ENGINE_DIR` here.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys

ENGINE_DIR = os.path.dirname(os.path.abspath(__file__))
PACKAGE = __name__.rpartition(".")[0]
_SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def built_modules(folder: str = ENGINE_DIR) -> dict[str, str]:
    """{module name: path of its compiled file} for the modules built beside their source."""
    out = {}
    for name in os.listdir(folder):
        if name.endswith(_SUFFIXES) and not name.startswith("_native"):
            module = name.split(".", 1)[0]
            if os.path.exists(os.path.join(folder, module + ".py")):
                out[module] = os.path.join(folder, name)
    return out


def stale(built: dict[str, str], folder: str = ENGINE_DIR) -> str | None:
    """The first module whose source is newer than its build, in a source checkout."""
    checkout = os.path.exists(os.path.join(folder, os.pardir, os.pardir, "setup.py"))
    if not checkout:
        return None  # an installed wheel: its files' times say nothing
    for module, path in sorted(built.items()):
        if os.path.getmtime(os.path.join(folder, module + ".py")) > os.path.getmtime(path):
            return module
    return None


class _SourceFirst:
    """A finder that loads the engine's modules from their .py files, not their builds."""

    def __init__(self, modules: set[str]) -> None:
        self.modules = modules

    def find_spec(self, fullname: str, path: object = None, target: object = None):
        package, _, module = fullname.rpartition(".")
        if package != PACKAGE or module not in self.modules:
            return None
        return importlib.util.spec_from_file_location(fullname, os.path.join(ENGINE_DIR, module + ".py"))


def choose() -> None:
    """Called once, before the engine's modules are imported."""
    built = built_modules()
    if not built:
        return
    if os.environ.get("FRAMING_PURE_PYTHON"):
        sys.meta_path.insert(0, _SourceFirst(set(built)))
        return
    edited = stale(built)
    if edited is not None:
        print(
            f"framing-tui: engine/{edited}.py is newer than its compiled build; running the Python source "
            "(rebuild with `pip install -e .`)",
            file=sys.stderr,
        )
        sys.meta_path.insert(0, _SourceFirst(set(built)))


def is_compiled() -> bool:
    """Whether the engine in use is the compiled one."""
    from . import matcher

    spec = matcher.__spec__
    return spec is not None and str(spec.origin).endswith(_SUFFIXES)
