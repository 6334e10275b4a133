"""The engine compiled by setup.py (mypyc) and its Python source give the same reports,
and an edited source is never shadowed by an older build."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from framing_tui import analyze
from framing_tui.engine import compiled

EXAMPLES = sorted((Path(__file__).parents[2] / "examples").glob("*.txt"))
SUFFIX = compiled._SUFFIXES[0]


def _reports_in_subprocess(env: dict[str, str]) -> tuple[bool, list[str]]:
    code = (
        "import json, sys\n"
        "from framing_tui import analyze\n"
        "from framing_tui.engine.compiled import is_compiled\n"
        "paths = sys.argv[1:]\n"
        "print(json.dumps([is_compiled(), [analyze(open(p, encoding='utf-8').read()).to_dict() for p in paths]]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *map(str, EXAMPLES)],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    flag, reports = json.loads(out.stdout)
    return flag, reports


@pytest.mark.skipif(not compiled.built_modules(), reason="the engine was installed without compiling")
def test_the_pure_python_engine_gives_the_same_reports_as_the_compiled_one():
    pure, pure_reports = _reports_in_subprocess({"FRAMING_PURE_PYTHON": "1"})
    built, built_reports = _reports_in_subprocess({"FRAMING_PURE_PYTHON": ""})
    assert (pure, built) == (False, compiled.stale(compiled.built_modules()) is None)
    assert pure_reports == built_reports
    assert len(pure_reports) == len(EXAMPLES) >= 3


def test_an_edited_source_is_newer_than_its_build_and_is_reported(tmp_path):
    engine = tmp_path / "pkg" / "engine"
    engine.mkdir(parents=True)
    (engine / "matcher.py").write_text("x = 1\n")
    build = engine / f"matcher{SUFFIX}"
    build.write_bytes(b"")
    (engine / f"_native__mypyc{SUFFIX}").write_bytes(b"")  # the shared library: no source
    (engine / f"orphan{SUFFIX}").write_bytes(b"")  # no source beside it: not the engine's
    built = compiled.built_modules(str(engine))
    assert set(built) == {"matcher"}
    os.utime(engine / "matcher.py", ns=(1, 1))
    assert compiled.stale(built, str(engine)) is None  # no checkout: no setup.py two levels up
    (tmp_path / "setup.py").write_text("")
    assert compiled.stale(built, str(engine)) is None  # the build is newer
    os.utime(build, ns=(1, 1))
    os.utime(engine / "matcher.py", ns=(2_000_000_000, 2_000_000_000))
    assert compiled.stale(built, str(engine)) == "matcher"


def test_the_source_first_finder_loads_the_engine_from_its_py_files():
    finder = compiled._SourceFirst({"matcher"})
    spec = finder.find_spec(f"{compiled.PACKAGE}.matcher")
    assert spec is not None and spec.origin == os.path.join(compiled.ENGINE_DIR, "matcher.py")
    assert finder.find_spec(f"{compiled.PACKAGE}.labels") is None
    assert finder.find_spec("matcher") is None


def test_version_says_which_engine_runs():
    out = subprocess.run(
        [sys.executable, "-m", "framing_tui", "--version"],
        env={**os.environ, "FRAMING_PURE_PYTHON": "1"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip().endswith("(pure-Python engine)")
    assert analyze("A plain sentence.").sentences  # the in-process engine still works
