"""The settings file: where it lives, reading it, adding an ignored rule without losing edits."""

from __future__ import annotations

import tomllib

import pytest

from framing_tui.config import Config, ConfigError, config_path, disable_rule, load_config


def test_the_path_follows_xdg_config_home(config_home, monkeypatch, tmp_path):
    assert config_path() == config_home / "framing-tui" / "config.toml"
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/dir")  # not absolute: ignored, per the spec
    monkeypatch.setenv("HOME", str(tmp_path))
    assert config_path() == tmp_path / ".config" / "framing-tui" / "config.toml"


def test_a_missing_file_is_the_default_config():
    assert load_config().disabled_rules == frozenset()


def test_disable_rule_creates_the_file_and_is_idempotent():
    config = disable_rule("loaded.slam")
    assert isinstance(config, Config) and config.disabled_rules == {"loaded.slam"}
    disable_rule("partisan.big_oil")
    disable_rule("loaded.slam")
    assert tomllib.loads(config_path().read_text()) == {"rules": {"disabled": ["loaded.slam", "partisan.big_oil"]}}


@pytest.mark.parametrize(
    "before",
    [
        '# my settings\n[lexicons]\ndisable = ["partisan"]\n\n'
        '[rules]\n# switched off after review\ndisabled = ["a.b"]\n\n'
        '[weights]\n"loaded.regime" = 0.4\n',
        '[rules]\ndisabled = [\n  "a.b",  # noisy\n]\n\n[weights]\n"x.y" = 1\n',
        '[lexicons]\nadd = ["style.toml"]\n[rules]\n',
        '[lexicons]\ndisable = ["x"]\n\n[rules]\ndisabled = ["a.b"]\n',
    ],
)
def test_disable_rule_keeps_comments_and_other_settings(before):
    path = config_path()
    path.parent.mkdir(parents=True)
    path.write_text(before)
    disable_rule("loaded.slam")
    after = path.read_text()
    data = tomllib.loads(after)
    assert "loaded.slam" in data["rules"]["disabled"]
    old = tomllib.loads(before)
    assert set(data["rules"]["disabled"]) == set(old["rules"].get("disabled", [])) | {"loaded.slam"}
    for key, value in old.items():
        if key != "rules":
            assert data[key] == value
    assert {k: v for k, v in data["rules"].items() if k != "disabled"} == {
        k: v for k, v in old["rules"].items() if k != "disabled"
    }
    for line in before.splitlines():
        if line.startswith("#"):
            assert line in after


@pytest.mark.parametrize(
    "content, message",
    [("[rules\n", "not valid TOML"), ('[rules]\ndisabled = "x"\n', "list of rule ids")],
)
def test_a_broken_file_is_a_clear_error(content, message):
    path = config_path()
    path.parent.mkdir(parents=True)
    path.write_text(content)
    with pytest.raises(ConfigError, match=message):
        load_config()
    with pytest.raises(ConfigError):
        disable_rule("loaded.slam")
    assert path.read_text() == content  # never overwritten


def test_only_rule_ids_are_written():
    with pytest.raises(ConfigError):
        disable_rule('x"]\n[evil]\na = "1')
    assert not config_path().exists()
