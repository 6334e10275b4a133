"""Shared by the input-format tests: run the CLI and read what it says."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from framing_tui.cli import app

runner = CliRunner()


def invoke(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def report_of(*args, input=None):
    r = invoke(*args, "--format", "json", input=input)
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout), r.stderr


def one_error_line(r, message):
    assert r.exit_code == 2, r.output
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("framing: error:"), r.stderr
    assert message in lines[0], lines[0]
    assert "Traceback" not in r.output
