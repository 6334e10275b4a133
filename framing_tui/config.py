"""The user's settings: `~/.config/framing-tui/config.toml` (XDG_CONFIG_HOME respected), and
`[tool.framing]` in a `pyproject.toml` in the working directory (a newsroom's project):

    [lexicons]
    add = ["~/newsroom/style.toml"]        # extra modules (files or folders)
    disable = ["partisan"]                 # module ids switched off
    [rules]
    disabled = ["loaded.slam"]             # rules switched off (the TUI's "ignore")
    [weights]
    "loaded.regime" = 0.4                  # change a rule's weight

Both are read and merged (the project's settings add to the user's; its weights win).
The CLI passes them to the engine as plain arguments; the engine never reads files here.
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
    add: tuple[Path, ...] = ()
    disabled_modules: frozenset[str] = frozenset()
    weights: tuple[tuple[str, float], ...] = ()

    def merged(self, other: Config) -> Config:
        return Config(
            self.disabled_rules | other.disabled_rules,
            self.path,
            self.add + other.add,
            self.disabled_modules | other.disabled_modules,
            tuple({**dict(self.weights), **dict(other.weights)}.items()),
        )


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
    return _from_table(_parse(raw, path), path)


KNOWN = {"lexicons", "rules", "weights"}


def _from_table(data: dict, path: Path, where: str = "") -> Config:
    """A Config from a parsed table (the file, or `[tool.framing]`), checking every field."""
    for key in data:
        if key not in KNOWN:
            raise ConfigError(f"{path}: unknown setting [{where}{key}] (known: lexicons, rules, weights)")
    rules = data.get("rules", {})
    disabled = rules.get("disabled", []) if isinstance(rules, dict) else None
    if not isinstance(disabled, list) or not all(isinstance(r, str) for r in disabled):
        raise ConfigError(f"{path}: [{where}rules] disabled must be a list of rule ids")
    lex = data.get("lexicons", {})
    add = lex.get("add", []) if isinstance(lex, dict) else None
    off = lex.get("disable", []) if isinstance(lex, dict) else None
    for name, value in (("add", add), ("disable", off)):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path}: [{where}lexicons] {name} must be a list of strings")
    weights = data.get("weights", {})
    if not isinstance(weights, dict) or not all(isinstance(v, int | float) and 0 <= v <= 1 for v in weights.values()):
        raise ConfigError(f"{path}: [{where}weights] must map rule ids to numbers from 0 to 1")
    base = path.parent
    paths = tuple(
        (base / Path(p).expanduser()).resolve() if not Path(p).expanduser().is_absolute() else Path(p).expanduser()
        for p in add or []
    )
    return Config(
        frozenset(disabled),
        path,
        paths,
        frozenset(off or []),
        tuple((k, float(v)) for k, v in weights.items()),
    )


def load_settings(cwd: Path | None = None) -> Config:
    """The user's config merged with `[tool.framing]` of ./pyproject.toml, if any."""
    user = load_config()
    project = (cwd or Path.cwd()) / "pyproject.toml"
    if not project.is_file():
        return user
    try:
        data = tomllib.loads(project.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return user  # someone else's pyproject: not ours to complain about
    table = data.get("tool", {}).get("framing")
    if not isinstance(table, dict):
        return user
    return user.merged(_from_table(table, project, "tool.framing."))


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
