"""Validation beyond the schema: every entry's examples must match and its
counterexamples must not, and entries that need examples must have them.

An example must produce a candidate match of its entry (another, longer entry may win
in a full analysis, which is fine); a counterexample must not yield a finding of the
entry in the full analysis.
"""

from __future__ import annotations

import re
from pathlib import Path

from .analyze import analyze
from .lexicon import load_modules, shipped_dir
from .lexicon_types import Entry, LexiconError, Module
from .matcher import Lexicon
from .tokens import stem, term_words

# Frame cues and word lists need no examples; every category of finding does.
EXAMPLES_REQUIRED_KINDS = ("terms",)


def duplicate_terms(modules: list[Module]) -> list[LexiconError]:
    """A term that two finding entries would both catch: one word, one owner.

    Two entries that catch the same words would flag them twice, or let whichever weighs
    more hide the other; either way the explanation a reader gets depends on chance.
    What counts is what the entries match: two `word` entries clash on the same words,
    two `stem` entries on the same stems, and a `stem` entry catches a `word` entry whose
    words have its stems. Report verbs are a layer of their own (the stance of an
    attribution), so they may share words with loaded terms.
    """
    errors: list[LexiconError] = []
    by_stem: dict[tuple[str, ...], Entry] = {}  # stem entries
    by_word: dict[tuple[str, ...], Entry] = {}  # word entries, exact
    word_stems: dict[tuple[str, ...], Entry] = {}  # word entries, by their stems

    def clash(e: Entry, t: str, other: Entry | None) -> bool:
        if other is None or other.rule == e.rule:
            return False
        errors.append(
            LexiconError(
                e.path,
                e.line,
                f"term '{t}' of rule '{e.rule}' is also caught by '{other.rule}' at {other.path}:{other.line}",
            )
        )
        return True

    for m in modules:
        if m.kind != "terms":
            continue
        for e in m.entries:
            if e.match == "regex" or e.category == "attribution":
                continue
            for t in e.terms:
                words = term_words(t)
                exact = tuple(words)
                stems = tuple("*" if w == "*" else stem(w) for w in words)
                if e.match == "stem":
                    if not clash(e, t, by_stem.get(stems)) and not clash(e, t, word_stems.get(stems)):
                        by_stem.setdefault(stems, e)
                elif not clash(e, t, by_word.get(exact)) and not clash(e, t, by_stem.get(stems)):
                    by_word.setdefault(exact, e)
                    word_stems.setdefault(stems, e)
    return errors


def duplicate_items(modules: list[Module]) -> list[LexiconError]:
    """An item listed twice in a list module (abbreviations, roles …): harmless to the
    matcher, but a sign that a list was merged carelessly."""
    errors: list[LexiconError] = []
    for m in modules:
        seen: set[str] = set()
        for item in m.items:
            if item in seen:
                errors.append(LexiconError(m.path, _second_line(m.path, item), f"item '{item}' is listed twice"))
            seen.add(item)
    return errors


def _second_line(path: str, item: str) -> int:
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except OSError:
        return 1
    hits = [m.start() for m in re.finditer(r'["\']\s*' + re.escape(item) + r'\s*["\']', raw, re.IGNORECASE)]
    return raw.count("\n", 0, hits[1]) + 1 if len(hits) > 1 else 1


# Words of grammar, none of them loaded. A stem term that stems to nothing but these
# would flag them: Snowball takes "butted" to "but", so "butted in" caught "but in".
FUNCTION_WORDS = frozenset(
    """a an the this that these those some any each every no all both either neither and or
    but nor so yet for if then than as because while though although unless until since of
    in on at by to from with without into onto upon over under about above below after
    before between through during against among around across along off out up down near
    behind beyond i me my mine you your yours he him his she her hers it its we us our ours
    they them their theirs who whom whose which what when where why how there here is am
    are was were be been being have has had having do does did done doing will would shall
    should can could may might must not one ones other others such same own very too just
    only also even still again ever""".split()  # noqa: SIM905 (a word list reads better as text)
)


def function_word_stems(modules: list[Module]) -> list[LexiconError]:
    """A `stem` term whose stems are all those of function words, though it is not made of
    function words itself, would match plain grammar: it needs `match = "word"`."""
    stems = {stem(w): w for w in FUNCTION_WORDS}
    errors: list[LexiconError] = []
    for m in modules:
        for e in m.entries:
            if e.match != "stem" or m.kind != "terms":
                continue
            for t in e.terms:
                words = [w for w in term_words(t) if w != "*"]
                if all(stem(w) in stems for w in words) and not all(w in FUNCTION_WORDS for w in words):
                    same = " ".join(stems[stem(w)] for w in words)
                    errors.append(
                        LexiconError(
                            e.path, e.line, f"term '{t}' stems to the same as '{same}': give it match = \"word\""
                        )
                    )
    return errors


def check_modules(modules: list[Module], lex: Lexicon) -> list[LexiconError]:
    errors: list[LexiconError] = duplicate_terms(modules) + duplicate_items(modules) + function_word_stems(modules)
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
                rep = analyze(ex, lexicons=lex)
                if any(f.rule == e.rule for f in rep.findings + rep.voice_cues):
                    errors.append(LexiconError(e.path, e.line, f"rule '{e.rule}' matches its counterexample: {ex!r}"))
    return errors


def check(paths: list[Path] | None = None) -> tuple[list[Module], list[LexiconError]]:
    """Load and validate `paths` (default: the shipped lexicons); all problems found."""
    modules, errors = load_modules(paths or [shipped_dir()])
    lex = Lexicon(modules, errors)
    errors = errors + check_modules(modules, lex)
    return modules, errors
