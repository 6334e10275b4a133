"""Validation beyond the schema: every entry's examples must match and its
counterexamples must not, and entries that need examples must have them.

An example must produce a candidate match of its entry (another, longer entry may win
in a full analysis, which is fine); a counterexample must not yield a finding of the
entry in the full analysis.
"""

from __future__ import annotations

from pathlib import Path

from .analyze import analyze
from .lexicon import Entry, LexiconError, Module, load_modules, shipped_dir
from .matcher import Lexicon
from .tokens import stem, term_words

# Frame cues and word lists need no examples; every category of finding does.
EXAMPLES_REQUIRED_KINDS = ("terms",)


def _term_key(e: Entry, term: str) -> tuple[str, ...]:
    words = term_words(term)
    if e.match == "regex":
        return ("regex", term)
    return tuple(("*" if w == "*" else stem(w)) for w in words)


def duplicate_terms(modules: list[Module]) -> list[LexiconError]:
    """The same term (compared by stem) in two finding entries: one word, one owner.

    Two entries that catch the same words would flag them twice, or let whichever weighs
    more hide the other; either way the explanation a reader gets depends on chance.
    """
    errors: list[LexiconError] = []
    owner: dict[tuple[str, ...], Entry] = {}
    for m in modules:
        if m.kind != "terms":
            continue
        for e in m.entries:
            for t in e.terms:
                key = _term_key(e, t)
                other = owner.get(key)
                if other is not None and other.rule != e.rule:
                    errors.append(
                        LexiconError(
                            e.path,
                            e.line,
                            f"term '{t}' of rule '{e.rule}' is also a term of '{other.rule}' "
                            f"at {other.path}:{other.line}",
                        )
                    )
                else:
                    owner[key] = e
    return errors


def check_modules(modules: list[Module], lex: Lexicon) -> list[LexiconError]:
    errors: list[LexiconError] = duplicate_terms(modules)
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
