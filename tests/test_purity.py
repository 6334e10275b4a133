"""The engine is a pure library: importing and running it pulls in no UI package."""

import subprocess
import sys

import pytest

ENGINE_MODULES = [
    "framing_tui",
    "framing_tui.engine",
    "framing_tui.engine.analyze",
    "framing_tui.engine.quotes",
    "framing_tui.engine.matcher",
    "framing_tui.batch",
]


@pytest.mark.parametrize("module", ENGINE_MODULES)
def test_engine_imports_no_ui(module):
    code = (
        f"import sys, importlib; importlib.import_module({module!r}); "
        "from framing_tui import analyze; analyze('The senator slammed the plan.'); "
        "bad = [m for m in ('textual', 'rich', 'typer') if m in sys.modules]; "
        "print(','.join(bad)); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, f"{module} imported {proc.stdout.strip()} {proc.stderr[-500:]}"


def test_the_one_shot_command_does_not_import_textual():
    code = (
        "import sys; from typer.testing import CliRunner; from framing_tui.cli import app; "
        "r = CliRunner().invoke(app, ['analyze', '-', '--format', 'json'], input='Text here.'); "
        "assert r.exit_code == 0, r.output; sys.exit(1 if 'textual' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
