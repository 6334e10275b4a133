"""The lexicon a command uses: the user's settings, the project's, and --lexicon flags."""

from __future__ import annotations

from pathlib import Path

from ..config import ConfigError, load_settings
from ..engine.lexicon_cache import LexiconSpec
from .inputs import InputError


def lexicon_spec(extra: list[Path] | None) -> LexiconSpec:
    """Settings files first, then the command line's modules (which override them)."""
    try:
        cfg = load_settings()
    except ConfigError as e:
        raise InputError(str(e)) from None
    paths = [*cfg.add, *(extra or [])]
    return LexiconSpec(
        tuple(str(p) for p in paths),
        cfg.disabled_rules | cfg.disabled_modules,
        cfg.weights,
    )
