import json

from typer.testing import CliRunner

from framing_tui.cli import app
from framing_tui.safety import dumps, visible

runner = CliRunner()
NASTY = (
    "Senator slammed \x1b]52;c;aGVsbG8=\x07 the plan \x1b[2J [bold]x[/] [link=http://e.x]y[/link] "
    "[@click=app.quit]z[/] \x1bP1$r\x1b\\ \x9b31m."
)


def test_visible_keeps_length_and_removes_every_control_character():
    out = visible(NASTY)
    assert len(out) == len(NASTY)
    assert not any((ord(c) < 32 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F for c in out)
    assert "␛]52;c;" in out


def test_json_stays_exact_and_has_no_raw_escape_bytes():
    s = dumps({"text": NASTY})
    assert json.loads(s)["text"] == NASTY
    assert "\x1b" not in s and "\x9b" not in s


def test_json_escapes_c1_delete_and_line_separators_and_leaves_the_rest_as_is():
    assert dumps({"t": "a\u2028b\x85c\x7fd\u2029é\x9f"}) == '{"t": "a\\u2028b\\u0085c\\u007fd\\u2029é\\u009f"}'
    assert dumps({"t": "plain – text"}) == '{"t": "plain – text"}'


def test_rich_output_shows_markup_literally_and_never_emits_the_article_escapes():
    r = runner.invoke(app, ["analyze", "-", "--format", "rich", "--color", "always"], input=NASTY.encode())
    assert r.exit_code == 0
    assert "[bold]x[/]" in r.stdout and "[link=http://e.x]y[/link]" in r.stdout
    assert "[@click=app.quit]z[/]" in r.stdout
    assert "\x1b]52" not in r.stdout and "\x1b[2J" not in r.stdout and "\x9b" not in r.stdout
    assert "\x1bP" not in r.stdout  # DCS


def test_text_and_markdown_output_are_sanitised():
    for fmt in ("text", "markdown"):
        r = runner.invoke(app, ["analyze", "-", "--format", fmt], input=NASTY.encode())
        assert r.exit_code == 0
        assert "\x1b" not in r.stdout and "\x07" not in r.stdout


def test_error_messages_never_carry_escape_sequences(tmp_path):
    weird = tmp_path / "evil\x1b[2Jname.txt"
    r = runner.invoke(app, ["analyze", str(weird)])
    assert r.exit_code == 2
    assert "\x1b" not in r.stderr and "␛" in r.stderr
