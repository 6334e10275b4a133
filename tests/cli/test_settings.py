"""The settings files: ~/.config/framing-tui/config.toml and [tool.framing] in ./pyproject.toml."""

import json

import pytest
from typer.testing import CliRunner

from framing_tui.cli import app

from ..conftest import EXAMPLES

runner = CliRunner()
WIRE = EXAMPLES / "wire-report.txt"
MODULE = (
    '[module]\nid = "house"\ntitle = "House"\ndescription = "d"\nsource = "s"\ncategory = "loaded"\n'
    '[[entries]]\nterms = ["crosstown"]\nexplanation = "House style."\nalternatives = ["cross-city"]\n'
    'examples = ["The crosstown line."]\n'
)


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    (tmp_path / "cfg" / "framing-tui").mkdir(parents=True)
    return tmp_path


def rules(*extra):
    r = runner.invoke(app, ["analyze", str(WIRE), "--format", "json", *extra])
    assert r.exit_code == 0, r.output
    return {f["rule"]: f for f in json.loads(r.stdout)["findings"]}


def test_the_user_config_adds_modules_disables_rules_and_changes_weights(home):
    (home / "house.toml").write_text(MODULE)
    before = rules()
    some_rule = next(iter(before))
    (home / "cfg" / "framing-tui" / "config.toml").write_text(
        f'[lexicons]\nadd = ["{home / "house.toml"}"]\n[rules]\ndisabled = ["{some_rule}"]\n'
        '[weights]\n"loaded.crosstown" = 0.9\n'
    )
    after = rules()
    assert "loaded.crosstown" in after and "loaded.crosstown" not in before
    assert after["loaded.crosstown"]["weight"] == 0.9
    assert some_rule not in after


def test_a_project_pyproject_can_switch_a_module_off(home):
    before = rules()
    assert any(f["category"] == "partisan" or f["module"] for f in before.values())
    module = next(f["module"] for f in before.values())
    (home / "work" / "pyproject.toml").write_text(f'[tool.framing.lexicons]\ndisable = ["{module}"]\n')
    after = rules()
    assert all(f["module"] != module for f in after.values())


def test_a_broken_config_gives_one_line_and_exit_2(home):
    cfg = home / "cfg" / "framing-tui" / "config.toml"
    for content, message in (
        ("[rules\n", "not valid TOML"),
        ("[colours]\nx = 1\n", "unknown setting"),
        ('[weights]\n"a.b" = 7\n', "0 to 1"),
    ):
        cfg.write_text(content)
        r = runner.invoke(app, ["analyze", str(WIRE), "--format", "json"])
        assert r.exit_code == 2
        assert message in r.stderr and len(r.stderr.strip().splitlines()) == 1
