import json

from typer.testing import CliRunner

from framing_tui.cli import app

from ..conftest import TEST_LEXICON

runner = CliRunner()


def test_check_passes_on_a_good_module_set():
    r = runner.invoke(app, ["lexicons", "check", str(TEST_LEXICON)])
    assert r.exit_code == 0, r.stdout
    assert "ok" in r.stderr


def test_check_reports_file_line_for_failing_examples_and_bad_regexes(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[module]\nid = "bad"\ntitle = "t"\ndescription = "d"\nsource = "s"\ncategory = "loaded"\n\n'
        '[[entries]]\nterms = ["slam"]\nexplanation = "e"\nexamples = ["Nothing to see."]\n\n'
        '[[entries]]\nterms = ["(a+)+b"]\nmatch = "regex"\nexplanation = "e"\nexamples = ["aab"]\n\n'
        '[[entries]]\nterms = ["quiet"]\nexplanation = "e"\n'
    )
    r = runner.invoke(app, ["lexicons", "check", str(bad)])
    assert r.exit_code == 1
    out = r.stdout
    assert f"{bad}:9: rule 'loaded.slam' does not match its example" in out
    assert f"{bad}:14:" in out and "catastrophically" in out
    assert f"{bad}:20: rule 'loaded.quiet' has no examples" in out


def test_check_finds_duplicate_rules_across_modules(tmp_path):
    for name in ("one", "two"):
        (tmp_path / f"{name}.toml").write_text(
            f'[module]\nid = "{name}"\ntitle = "t"\ndescription = "d"\nsource = "s"\ncategory = "loaded"\n'
            '[[entries]]\nterms = ["slam"]\nexplanation = "e"\nexamples = ["They slam it."]\n'
        )
    r = runner.invoke(app, ["lexicons", "check", str(tmp_path)])
    assert r.exit_code == 1 and "already defined" in r.stdout


def test_check_refuses_a_stem_term_that_would_match_plain_grammar(tmp_path):
    (tmp_path / "m.toml").write_text(
        '[module]\nid = "m"\ntitle = "t"\ndescription = "d"\nsource = "s"\ncategory = "loaded"\n'
        '[[entries]]\nterms = ["butt in", "butted in"]\nexplanation = "e"\nexamples = ["They butted in."]\n'
    )
    r = runner.invoke(app, ["lexicons", "check", str(tmp_path)])
    assert r.exit_code == 1
    assert f"{tmp_path / 'm.toml'}:8: term 'butted in' stems to the same as 'but in'" in r.stdout
    assert "'butt in'" not in r.stdout  # "butt" keeps its stem


def test_show_says_when_an_entry_is_a_voice_cue():
    r = runner.invoke(app, ["lexicons", "show", "editorial.should"])
    assert r.exit_code == 0 and "voice cue: marks the author's own voice" in r.stdout
    r = runner.invoke(app, ["lexicons", "show", "editorial.sadly"])
    assert r.exit_code == 0 and "voice cue" not in r.stdout


def test_list_json_counts_entries():
    r = runner.invoke(app, ["lexicons", "list", "--format", "json", "--lexicon", str(TEST_LEXICON)])
    rows = json.loads(r.stdout)
    mine = {row["id"]: row for row in rows}
    assert mine["test_loaded"]["entries"] == 10 and mine["test_loaded"]["category"] == "loaded"
    assert mine["test_roles"]["entries"] == 7


def test_show_explains_a_term_or_rule():
    r = runner.invoke(app, ["lexicons", "show", "slammed", "--lexicon", str(TEST_LEXICON)])
    assert r.exit_code == 0
    assert "loaded.slam" in r.stdout and "criticize" in r.stdout and "Turns criticism" in r.stdout
    by_rule = runner.invoke(app, ["lexicons", "show", "loaded.slam", "--lexicon", str(TEST_LEXICON)])
    assert "loaded.slam" in by_rule.stdout
    missing = runner.invoke(app, ["lexicons", "show", "zzzqqq", "--lexicon", str(TEST_LEXICON)])
    assert missing.exit_code == 1


def test_untrusted_user_lexicons_give_file_line_messages(tmp_path):
    from framing_tui.cli import app as main_app

    from ..conftest import EXAMPLES

    malformed = tmp_path / "malformed.toml"
    malformed.write_text('[module]\nid = "m"\ntitle = "t"\ndescription = "d"\nsource = "s"\n[[entries]\n')
    unknown = tmp_path / "unknown.toml"
    unknown.write_text(
        '[module]\nid = "u"\ntitle = "t"\ndescription = "d"\nsource = "s"\ncategory = "loaded"\n\n'
        '[[entries]]\nterms = ["zap"]\nexplanation = "e"\nexamples = ["zap"]\ncolour = "red"\n'
    )
    for path, line, words in ((malformed, 6, "invalid TOML"), (unknown, 12, "unknown entry field 'colour'")):
        r = runner.invoke(main_app, ["analyze", str(EXAMPLES / "wire-report.txt"), "--lexicon", str(path)])
        assert r.exit_code == 2
        assert f"{path}:{line}:" in r.stderr and words in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1
