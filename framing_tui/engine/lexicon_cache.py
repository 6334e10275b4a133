"""Loading the compiled lexicon: once per process, and from a disk cache across processes.

`load_lexicon()` is what the engine, the CLI and batch workers call; `LexiconSpec` is the
picklable description of a user's choice of lexicons that batch workers rebuild from.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from .lexicon import load_modules, shipped_dir
from .matcher import Lexicon


@dataclass(frozen=True, slots=True)
class LexiconSpec:
    """Which lexicon to use: extra module paths, module or rule ids switched off, and
    changed weights. Plain data, so batch workers can rebuild the same lexicon."""

    extra: tuple[str, ...] = ()
    disabled: frozenset[str] = frozenset()
    weights: tuple[tuple[str, float], ...] = ()

    def load(self) -> Lexicon:
        return load_lexicon([Path(p) for p in self.extra], disabled=self.disabled, weights=dict(self.weights))


_CACHE: dict[tuple, Lexicon] = {}


def load_lexicon(
    extra: list[Path] | tuple[Path, ...] = (),
    *,
    strict: bool = True,
    disabled: frozenset[str] | set[str] = frozenset(),
    weights: dict[str, float] | None = None,
) -> Lexicon:
    """The shipped lexicons plus `extra` user modules, compiled once and cached.

    `disabled` holds module ids or rule ids to leave out; `weights` changes rules' weights.
    With `strict`, a problem in any module raises the first LexiconError.
    """
    paths = [shipped_dir(), *map(Path, extra)]
    settings = (tuple(sorted(disabled)), tuple(sorted((weights or {}).items())))
    key = (*_stamps(paths), *map(str, paths), strict, settings)
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    disk = _disk_cache_path(key)
    lex = _read_cache(disk)
    if lex is not None:
        _CACHE[key] = lex
        return lex
    modules, errors = load_modules(paths)
    if strict and errors:
        raise errors[0]
    if disabled or weights:
        modules = [m for m in modules if m.id not in disabled]
        for m in modules:
            m.entries = [
                replace(e, weight=(weights or {}).get(e.rule, e.weight)) for e in m.entries if e.rule not in disabled
            ]
    lex = Lexicon(modules, errors)
    _CACHE[key] = lex
    if not errors:
        _write_cache(disk, lex)
    return lex


def _stamps(paths: list[Path]) -> list[tuple[str, int]]:
    """(path, mtime) of every module file under `paths`: what `module_files` would load.

    Every `analyze()` call checks them, so this walks the folders with os.scandir and
    makes no Path objects (Path.rglob took 4% of a 4 KB article's analysis).
    """
    out: list[tuple[str, int]] = []
    for root in paths:
        if root.is_file():
            out.append((str(root), root.stat().st_mtime_ns))
            continue
        pending = [str(root)] if root.is_dir() else []
        while pending:
            try:
                with os.scandir(pending.pop()) as entries:
                    for entry in entries:
                        if entry.name.endswith(".toml"):
                            out.append((entry.path, entry.stat().st_mtime_ns))
                        if entry.is_dir(follow_symlinks=False):
                            pending.append(entry.path)
            except PermissionError:
                continue
    out.sort()
    return out


# The compiled lexicon is cached on disk (compiling takes ~0.5 s; loading the cache ~0.1 s),
# keyed by every module file's path, size and mtime, the settings, the versions of Python
# and framing-tui, and a digest of the code that builds it (the stemmer included: stems are
# compiled into the lexicon's trie). FRAMING_NO_CACHE=1 turns it off.
CACHE_FORMAT = 6  # bump when the pickled Lexicon's shape changes
CACHE_KEEP = 8  # compiled lexicons kept (one per set of modules and settings in use)


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """A digest of the code that builds a Lexicon, so an edited engine never reads a stale one."""
    here = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for name in ("matcher.py", "lexicon.py", "lexicon_types.py", "tokens.py", "stemmer.py", "lexicon_cache.py"):
        h.update((here / name).read_bytes())
    return h.hexdigest()[:16]


def _disk_cache_path(key: tuple) -> Path | None:
    if os.environ.get("FRAMING_NO_CACHE"):
        return None
    try:
        from importlib.metadata import version

        versions = (sys.version, version("framing-tui"), CACHE_FORMAT, _code_digest())
    except Exception:
        return None
    digest = hashlib.sha256(repr((key, versions)).encode()).hexdigest()[:32]
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".cache"
    return root / "framing-tui" / f"lexicon-{digest}.pickle"


def _read_cache(path: Path | None) -> Lexicon | None:
    if path is None or not path.is_file():
        return None
    try:
        with path.open("rb") as f:
            lex = pickle.load(f)
        return lex if isinstance(lex, Lexicon) else None
    except Exception:  # a stale or broken cache is rebuilt, never an error
        return None


def _write_cache(path: Path | None, lex: Lexicon) -> None:
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(lex, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        old = sorted(path.parent.glob("lexicon-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in old[CACHE_KEEP:]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass  # no cache where the home folder is read-only; just slower
