"""Build: the engine's hot modules compiled to C with mypyc; pure Python where that cannot be.

Everything else about the package is in pyproject.toml. The compiled modules are the same
source, so reports are identical either way; only speed differs (about 2x on the corpus
benchmark). FRAMING_PURE_PYTHON=1 builds without compiling; a build that cannot compile
(no C compiler, no Python headers, a type error mypyc refuses) warns and installs pure
Python instead of failing.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# The engine modules that run per sentence or per token. Left out: the lexicon loader and
# checker (run once; pickled types live there).
COMPILED = [
    "analyze", "attribution", "findings", "frames", "framing", "gate", "labels", "matcher", "punkt", "quotes",
    "reported", "report", "sentences", "sentiment", "spans", "stemmer", "structure", "summary", "tokens",
    "wordlists",
]  # fmt: skip


def _warn(message: str) -> None:
    print(f"framing-tui build: {message}; installing pure Python (same reports, slower)", file=sys.stderr)


def compiled_extensions() -> list:
    if os.environ.get("FRAMING_PURE_PYTHON"):
        return []
    try:
        from mypyc.build import mypycify

        paths = [f"framing_tui/engine/{name}.py" for name in COMPILED]
        return mypycify(["--ignore-missing-imports", *paths], opt_level="3", group_name="framing_tui.engine._native")
    except BaseException as exc:  # mypycify exits on a type error; ImportError without mypy
        _warn(f"mypyc could not compile the engine ({type(exc).__name__}: {exc})")
        return []


class OptionalBuildExt(build_ext):
    """Compile the extensions, or, if any fails, none: the modules call each other natively,
    so half a compiled engine would not import."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:
            _warn(f"the C compiler failed ({exc})")
            for out in self.get_outputs():
                Path(out).unlink(missing_ok=True)
            self.extensions = []


class BuildPyWithLexicons(build_py):
    """Ship the repository's lexicons/ inside the package as framing_tui/_lexicons."""

    def run(self) -> None:
        super().run()
        if not self.dry_run:
            target = Path(self.build_lib) / "framing_tui" / "_lexicons"
            shutil.copytree(ROOT / "lexicons", target, dirs_exist_ok=True)


setup(
    ext_modules=compiled_extensions(),
    cmdclass={"build_ext": OptionalBuildExt, "build_py": BuildPyWithLexicons},
)
