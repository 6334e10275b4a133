"""`framing tui` and the routing of plain `framing` / `framing FILE`."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

import framing_tui.cli.tui_cmd as tui_cmd
from framing_tui.cli import app, route
from framing_tui.cli.inputs import InputError

from ..conftest import EXAMPLES

runner = CliRunner()
WIRE = EXAMPLES / "wire-report.txt"
COMMANDS = {"analyze", "batch", "tui", "lexicons"}


class _Tty:
    def __init__(self, tty: bool) -> None:
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@pytest.mark.parametrize(
    "args, stdin_tty, stdout_tty, expected",
    [
        ([], True, True, ["tui"]),
        ([], False, True, ["analyze"]),
        ([str(WIRE)], True, True, ["tui", str(WIRE)]),
        ([str(WIRE)], True, False, ["analyze", str(WIRE)]),
        ([str(WIRE), "--format", "json"], True, True, ["analyze", str(WIRE), "--format", "json"]),
        (["-"], False, True, ["analyze", "-"]),
        (["analyze", str(WIRE)], True, True, ["analyze", str(WIRE)]),
        (["--help"], True, True, ["--help"]),
        (["--version"], False, False, ["--version"]),
        (
            ["analyse", str(WIRE)],
            True,
            True,
            ["analyse", str(WIRE)],
        ),  # a typo stays Click's to report
    ],
)
def test_route(monkeypatch, args, stdin_tty, stdout_tty, expected):
    monkeypatch.setattr(sys, "stdin", _Tty(stdin_tty))
    monkeypatch.setattr(sys, "stdout", _Tty(stdout_tty))
    assert route(args, COMMANDS) == expected


def test_framing_file_when_piped_prints_the_one_shot_report():
    r = runner.invoke(app, [str(WIRE)])
    assert r.exit_code == 0 and r.stdout.startswith("framing report")


def test_plain_framing_with_piped_input_prints_the_one_shot_report():
    r = runner.invoke(app, [], input=WIRE.read_bytes())
    assert r.exit_code == 0 and r.stdout.startswith("framing report")


def test_the_existing_commands_and_help_are_untouched():
    assert runner.invoke(app, ["--version"]).stdout.startswith("framing-tui ")
    help_text = runner.invoke(app, ["--help"]).stdout
    assert all(name in help_text for name in COMMANDS)
    assert "--title" in runner.invoke(app, ["tui", "--help"]).stdout


def test_tui_without_a_terminal_is_one_line_and_exit_2():
    r = runner.invoke(app, ["tui", str(WIRE)])
    assert r.exit_code == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "no terminal" in lines[0] and "framing analyze" in lines[0]


def test_tui_bad_input_is_one_line_and_exit_2(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "stdout", _Tty(True))
    with pytest.raises(InputError, match="no such file"):
        tui_cmd.run_tui(str(tmp_path / "missing.txt"), title=None, lexicons=[], max_bytes=1000)


def test_piped_input_without_dev_tty_fails_clearly(monkeypatch):
    def no_tty(*args, **kwargs):
        raise OSError(6, "No such device or address")

    monkeypatch.setattr(tui_cmd.os, "open", no_tty)
    with pytest.raises(InputError, match=r"/dev/tty cannot be opened"):
        tui_cmd.attach_terminal()


def test_piped_tui_without_a_controlling_terminal_exits_2():
    """A real process with no controlling terminal: stdin and stdout are pipes, no /dev/tty."""
    code = (
        "import sys; sys.stdout.isatty = lambda: True; from framing_tui.cli import main; "
        "sys.argv = ['framing', 'tui']; main()"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        input=WIRE.read_bytes(),
        capture_output=True,
        start_new_session=True,
    )
    assert proc.returncode == 2
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 1 and "/dev/tty" in err[0]


def test_the_tui_command_module_does_not_import_textual():
    code = "import sys, framing_tui.cli.tui_cmd, framing_tui.tui; sys.exit(1 if 'textual' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
