"""The user's settings file: `~/.config/framing-tui/config.toml` (XDG_CONFIG_HOME respected).

For now it holds one thing, the rules the user has switched off from the TUI:

    [rules]
    disabled = ["loaded.slam", "partisan.big_oil"]

The engine does not read this file yet; the TUI filters disabled rules out of what it shows.
Writing edits the `disabled` line in place so the user's comments and other settings survive.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

APP_DIR = "framing-tui"
FILE_NAME = "config.toml"
_RULE_ID = re.compile(r"^[A-Za-z0-9_.\-]+$")


class ConfigError(Exception):
    """The config file exists but cannot be read or written."""


@dataclass(frozen=True, slots=True)
class Config:
    disabled_rules: frozenset[str] = frozenset()
    path: Path | None = None


def config_path() -> Path:
    """Where the config lives: $XDG_CONFIG_HOME (when absolute, per the XDG spec) or ~/.config."""
    base = os.environ.get("XDG_CONFIG_HOME", "")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return root / APP_DIR / FILE_NAME


def load_config(path: Path | None = None) -> Config:
    """Read the config; a missing file is the default config. Raises ConfigError when broken."""
    path = path or config_path()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config(path=path)
    except OSError as e:
        raise ConfigError(f"{path}: cannot read: {e.strerror or e}") from None
    data = _parse(raw, path)
    rules = data.get("rules", {})
    disabled = rules.get("disabled", []) if isinstance(rules, dict) else []
    if not isinstance(disabled, list) or not all(isinstance(r, str) for r in disabled):
        raise ConfigError(f"{path}: [rules] disabled must be a list of rule ids")
    return Config(frozenset(disabled), path)


def disable_rule(rule: str, path: Path | None = None) -> Config:
    """Add `rule` to `[rules] disabled` and save; returns the new config."""
    if not _RULE_ID.match(rule):
        raise ConfigError(f"not a rule id: {rule!r}")
    path = path or config_path()
    current = load_config(path)
    if rule in current.disabled_rules:
        return current
    rules = sorted(current.disabled_rules | {rule})
    raw = path.read_text(encoding="utf-8") if path.exists() else ""
    new = _with_disabled(raw, rules)
    if _parse(new, path).get("rules", {}).get("disabled") != rules:
        raise ConfigError(f"{path}: could not update [rules] disabled; edit the file by hand")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(new, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as e:
        raise ConfigError(f"{path}: cannot write: {e.strerror or e}") from None
    return Config(frozenset(rules), path)


def _parse(raw: str, path: Path) -> dict:
    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from None


_HEADER = re.compile(r"^\s*\[\s*([^\]]+?)\s*\]\s*(#.*)?$")
_DISABLED = re.compile(r"^\s*disabled\s*=")


def _with_disabled(raw: str, rules: list[str]) -> str:
    """`raw` with the `disabled` key of `[rules]` set to `rules`, everything else kept."""
    line = "disabled = [" + ", ".join(f'"{r}"' for r in rules) + "]"
    lines = raw.splitlines()
    section = None
    rules_at = None
    for i, text in enumerate(lines):
        m = _HEADER.match(text)
        if m:
            section = m.group(1)
            if section == "rules":
                rules_at = i
            continue
        if section == "rules" and _DISABLED.match(text):
            end = _value_end(lines, i)
            return "\n".join([*lines[:i], line, *lines[end + 1 :]]) + "\n"
    if rules_at is not None:
        return "\n".join([*lines[: rules_at + 1], line, *lines[rules_at + 1 :]]) + "\n"
    sep = "\n" if raw.strip() else ""
    return raw.rstrip("\n") + ("\n" if raw.strip() else "") + sep + "[rules]\n" + line + "\n"


def _value_end(lines: list[str], i: int) -> int:
    """The last line of the array that starts on line `i` (arrays may span lines)."""
    depth = 0
    quote = ""
    for j in range(i, len(lines)):
        text = lines[j]
        k = text.index("=") + 1 if j == i else 0
        while k < len(text):
            c = text[k]
            if quote:
                if c == "\\" and quote == '"':
                    k += 1
                elif c == quote:
                    quote = ""
            elif c in "\"'":
                quote = c
            elif c == "#":
                break
            elif c == "[":
                depth += 1
            elif c == "]":
                depth -= 1
            k += 1
        if depth <= 0:
            return j
    return len(lines) - 1
