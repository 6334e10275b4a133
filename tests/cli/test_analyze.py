import json

import pytest
from typer.testing import CliRunner

from framing_tui.cli import app

from ..conftest import EXAMPLES

runner = CliRunner()
WIRE = EXAMPLES / "wire-report.txt"


def invoke(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_file_and_stdin_give_the_same_json_report():
    by_path = invoke("analyze", str(WIRE), "--format", "json")
    by_stdin = invoke("analyze", "--format", "json", input=WIRE.read_bytes())
    by_dash = invoke("analyze", "-", "--format", "json", input=WIRE.read_bytes())
    assert by_path.exit_code == by_stdin.exit_code == by_dash.exit_code == 0
    assert by_path.stdout == by_stdin.stdout == by_dash.stdout
    report = json.loads(by_path.stdout)
    assert report["schema_version"] == 1
    assert report["text"] == WIRE.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt, marker", [("markdown", "## Whose voice"), ("text", "voice: opinion")])
def test_markdown_and_text_formats(fmt, marker):
    r = invoke("analyze", str(WIRE), "--format", fmt)
    assert r.exit_code == 0
    assert marker in r.stdout


def test_rich_output_has_the_article_legend_and_summary_and_no_ansi_when_not_a_terminal():
    r = invoke("analyze", str(WIRE), "--format", "rich")
    assert r.exit_code == 0
    assert "Harbor City council approves" in r.stdout
    assert "Legend:" in r.stdout and "Framing summary" in r.stdout
    assert "\x1b[" not in r.stdout


def test_rich_output_colours_when_forced():
    r = invoke("analyze", str(WIRE), "--format", "rich", "--color", "always")
    assert "\x1b[" in r.stdout


def test_default_format_when_piped_is_text():
    assert invoke("analyze", str(WIRE)).stdout.startswith("framing report")


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"   \n\t \n", "empty"),
        (b"\x00\x01\x02binary\x00data", "binary"),
    ],
)
def test_bad_input_gives_one_line_and_exit_2(tmp_path, content, message):
    path = tmp_path / "in.txt"
    path.write_bytes(content)
    r = invoke("analyze", str(path))
    assert r.exit_code == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]
    assert "Traceback" not in r.output


def test_directory_and_missing_path_exit_2(tmp_path):
    for target, message in ((tmp_path, "is a directory"), (tmp_path / "nope.txt", "no such file")):
        r = invoke("analyze", str(target))
        assert r.exit_code == 2
        assert message in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_text_that_is_not_utf8_is_decoded_as_windows_1252_with_a_warning(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("The mayor’s café plan — “bold”, critics said.".encode("cp1252"))
    r = invoke("analyze", str(path), "--format", "json")
    assert r.exit_code == 0
    assert "Windows-1252" in r.stderr
    assert json.loads(r.stdout)["text"] == "The mayor’s café plan — “bold”, critics said."


def test_a_size_limit_refuses_large_input(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    r = invoke("analyze", str(path), "--max-bytes", "100")
    assert r.exit_code == 2 and "--max-bytes" in r.stderr


def test_a_user_lexicon_changes_the_report(tmp_path):
    lex = tmp_path / "mine.toml"
    lex.write_text(
        '[module]\nid = "mine"\ntitle = "Mine"\ndescription = "d"\nsource = "s"\ncategory = "loaded"\n'
        '[[entries]]\nterms = ["crosstown"]\nexplanation = "House style."\nalternatives = ["cross-city"]\n'
        'examples = ["The crosstown line."]\n'
    )
    plain = json.loads(invoke("analyze", str(WIRE), "--format", "json").stdout)
    mine = json.loads(invoke("analyze", str(WIRE), "--format", "json", "--lexicon", str(lex)).stdout)
    assert not [f for f in plain["findings"] if f["rule"] == "loaded.crosstown"]
    assert [f for f in mine["findings"] if f["rule"] == "loaded.crosstown"]


def test_a_broken_user_lexicon_gives_file_line_and_exit_2(tmp_path):
    lex = tmp_path / "broken.toml"
    lex.write_text(
        '[module]\nid = "broken"\ntitle = "t"\ndescription = "d"\nsource = "s"\ncategory = "loaded"\n\n'
        '[[entries]]\nterms = ["x"]\nmatch = "fuzzy"\n'
    )
    r = invoke("analyze", str(WIRE), "--lexicon", str(lex))
    assert r.exit_code == 2
    assert f"{lex}:10:" in r.stderr and "match" in r.stderr


def test_version_and_help():
    assert invoke("--version").stdout.startswith("framing-tui ")
    help_text = invoke("analyze", "--help").stdout
    assert "Examples" in help_text and "--format" in help_text


def test_no_color_keeps_emphasis_but_drops_colour(monkeypatch):
    import re

    monkeypatch.setenv("NO_COLOR", "1")
    r = invoke("analyze", str(EXAMPLES / "partisan-piece.txt"), "--format", "rich", "--color", "always")
    assert r.exit_code == 0
    assert "\x1b[1m" in r.stdout  # bold still marks loaded words without colour
    assert not re.search(r"\x1b\[[0-9;]*(?:3[0-7]|38;|9[0-7])[;m]", r.stdout)  # no foreground colours


def test_rich_output_says_why_sentences_are_opinion():
    r = invoke("analyze", str(EXAMPLES / "opinion-column.txt"), "--format", "rich")
    assert "Why these sentences read as the author's opinion" in r.stdout
    assert "style." in r.stdout or "editorial." in r.stdout


def test_a_missing_file_given_to_plain_framing_is_one_line_and_exit_2(tmp_path):
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "framing_tui", str(tmp_path / "missing.txt")], capture_output=True, text=True
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().endswith("no such file") and len(proc.stderr.strip().splitlines()) == 1
