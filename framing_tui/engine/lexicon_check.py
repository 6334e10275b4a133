"""Validation beyond the schema: every entry's examples must match and its
counterexamples must not, and entries that need examples must have them.

An example must produce a candidate match of its entry (another, longer entry may win
in a full analysis, which is fine); a counterexample must not yield a finding of the
entry in the full analysis.
"""

from __future__ import annotations

from pathlib import Path

from .analyze import analyze
from .lexicon import LexiconError, Module, load_modules, shipped_dir
from .matcher import Lexicon

# Frame cues and word lists need no examples; every category of finding does.
EXAMPLES_REQUIRED_KINDS = ("terms",)


def check_modules(modules: list[Module], lex: Lexicon) -> list[LexiconError]:
    errors: list[LexiconError] = []
    for m in modules:
        for e in m.entries:
            if m.kind in EXAMPLES_REQUIRED_KINDS and not e.examples:
                errors.append(LexiconError(e.path, e.line, f"rule '{e.rule}' has no examples"))
            for ex in e.examples:
                if not any(c.entry.rule == e.rule for c in lex.find(ex)):
                    errors.append(LexiconError(e.path, e.line, f"rule '{e.rule}' does not match its example: {ex!r}"))
            for ex in e.counterexamples:
                # judged by the whole analysis, so that conditions that need the sentence
                # around the match (a named source, the voice) are applied
                if any(f.rule == e.rule for f in analyze(ex, lexicons=lex).findings):
                    errors.append(LexiconError(e.path, e.line, f"rule '{e.rule}' matches its counterexample: {ex!r}"))
    return errors


def check(paths: list[Path] | None = None) -> tuple[list[Module], list[LexiconError]]:
    """Load and validate `paths` (default: the shipped lexicons); all problems found."""
    modules, errors = load_modules(paths or [shipped_dir()])
    lex = Lexicon(modules, errors)
    errors = errors + check_modules(modules, lex)
    return modules, errors
