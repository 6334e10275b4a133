"""The compiled lexicon: one trie over word keys, built once, walked once per token.

Each trie edge is a key `("s", stem)` or `("w", word)`, so an entry's words are compared
by stem or exactly, as the entry asks. A walk from every token start is bounded by the
longest phrase (six words), which keeps matching linear in the length of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from .lexicon_types import Entry, LexiconError, Module
from .tokens import CASE_FOLDS, WILDCARD, Tokens, normalise, stem, term_words, tokenize

NEGATION_WINDOW = 3  # words before a match in which a negator blocks or flips it


@dataclass(slots=True)
class _Node:
    """A trie node: children by stem, by exact word, and one for the `*` wildcard."""

    by_stem: dict[str, _Node] = field(default_factory=dict)
    by_word: dict[str, _Node] = field(default_factory=dict)
    wild: _Node | None = None
    entries: list[tuple[Entry, str]] = field(default_factory=list)  # (entry, first word surface)
    leaf: bool = True  # no children: the walk stops here without looking the next word up

    def child(self, key: tuple[str, str]) -> _Node:
        kind, word = key
        self.leaf = False
        if kind == "*":
            if self.wild is None:
                self.wild = _Node()
            return self.wild
        table = self.by_stem if kind == "s" else self.by_word
        node = table.get(word)
        if node is None:
            node = table[word] = _Node()
        return node

    def freeze(self, checked: set[str]) -> Frozen:
        """The node as nested tuples and dicts (see `Frozen`): quick to walk, and to
        unpickle (plain containers load in C; node objects cost a call each). Each entry
        carries whether a match of it has conditions to check (`checked`: rules with a
        context condition), decided once here rather than per match."""
        return (
            {k: n.freeze(checked) for k, n in self.by_stem.items()} if self.by_stem else _EMPTY,
            {k: n.freeze(checked) for k, n in self.by_word.items()} if self.by_word else _EMPTY,
            self.wild.freeze(checked) if self.wild is not None else None,
            tuple(
                (e, first, e.case_sensitive or e.negation != "keep" or e.rule in checked) for e, first in self.entries
            ),
            self.leaf,
        )


# A frozen trie node: (by_stem, by_word, wild, entries, leaf). Nodes without children of a
# kind share one empty dict, which nothing writes to once the trie is frozen.
# (Any, not a recursive alias: mypy crashes on one here.)
Frozen = tuple[dict[str, Any], dict[str, Any], Any, tuple[tuple[Entry, str, bool], ...], bool]
_EMPTY: dict[str, Frozen] = {}
BY_STEM, BY_WORD, WILD_CHILD, ENTRIES, LEAF = range(5)


@dataclass(slots=True)
class Match:
    """A candidate match: token range [i, j) and the entry; conditions at token level passed.

    Not frozen: a frozen dataclass costs five times as much to create (0.6 us against
    0.13 us), and an article makes hundreds of candidates. Nothing changes one.
    """

    i: int
    j: int
    start: int
    end: int
    entry: Entry
    negated: bool = False


WILD = ("*", "*")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _literal_prefix(pattern: str) -> str:
    """The plain lowercase letters a regex must start with ("" if it starts otherwise)."""
    m = re.match(r"[A-Za-z]+", pattern)
    if not m:
        return ""
    word = m.group().lower()
    rest = pattern[m.end() : m.end() + 1]
    if rest in ("?", "*", "{"):  # the last letter is optional
        word = word[:-1]
    return word if len(word) >= 2 else ""


# A leading group of plain words, not repeated, and no other "|" (which could be a
# top-level alternative that starts otherwise).
_LEADING_CHOICE = re.compile(r"\(\?:([A-Za-z]+(?:\|[A-Za-z]+)*)\)(?![?*+{])[^|]*")


def _literal_choices(pattern: str) -> tuple[str, ...]:
    """The words of a leading group of plain alternatives ("(?:hidden|secret) agenda"):
    every match starts with one of them. Empty if the regex starts otherwise."""
    m = _LEADING_CHOICE.fullmatch(pattern)
    return tuple(w.lower() for w in m.group(1).split("|")) if m else ()


def _key_words(words: list[str], how: str) -> list[tuple[str, str]]:
    return [WILD if w == WILDCARD else ("s", stem(w)) if how == "stem" else ("w", w) for w in words]


class Lexicon:
    """All modules compiled into one matcher, plus the word lists the other stages use."""

    def __init__(self, modules: list[Module], errors: list[LexiconError] | None = None) -> None:
        self.modules = modules
        self.errors = errors or []
        self.entries: dict[str, Entry] = {}
        root = _Node()  # built here, then frozen: matching walks the frozen trie
        # (pattern, entry, literal first word, or else the words of a leading choice)
        self._regexes: list[tuple[re.Pattern[str], Entry, str, tuple[str, ...]]] = []
        self._context: dict[str, tuple[list[list[str]], list[list[str]]]] = {}
        lists: dict[str, set[str]] = {}
        for m in modules:
            if m.items:
                lists.setdefault(m.kind, set()).update(m.items)
            for e in m.entries:
                self._add(e, root)
        self._trie: Frozen = root.freeze(set(self._context))
        self.abbreviations = frozenset(lists.get("abbreviations", ()))
        self.sentence_starters = frozenset(lists.get("sentence_starters", ()))
        self.speaker_roles = frozenset(lists.get("speaker_roles", ()))
        self.negators = frozenset(normalise(n) for n in lists.get("negators", ()))
        self.anonymous_sources = frozenset(lists.get("anonymous_sources", ()))
        stances: dict[str, str] = {}
        for e in self.entries.values():
            if e.category == "attribution" and e.subcategory == "report verb":
                for t in e.terms:
                    ws = term_words(t)
                    if len(ws) == 1:
                        stances.setdefault(stem(ws[0]), e.stance)
        self.report_verbs = frozenset(stances)
        # Emotive verbs usually take an object ("slammed the offer"), not a reported clause.
        self.object_verbs = frozenset(v for v, st in stances.items() if st == "emotive")

    def __reduce__(self) -> tuple:
        """Pickled as its fields: compiled with mypyc, the class has no __dict__ to pickle."""
        return (_unpickle, (tuple(getattr(self, name) for name in _STATE),))

    def _add(self, e: Entry, root: _Node) -> None:
        self.entries[e.rule] = e
        if e.match == "regex":
            for t in e.terms:
                rx = re.compile(rf"(?:{t})\b", re.IGNORECASE)
                prefix = _literal_prefix(t)
                self._regexes.append((rx, e, prefix, () if prefix else _literal_choices(t)))
            return
        for t in e.terms:
            words = term_words(t)
            node = root
            for key in _key_words(words, e.match):
                node = node.child(key)
            first = re.search(r"[^\W_]", t)
            node.entries.append((e, t[first.start()] if first else ""))
        if e.not_followed_by or e.not_preceded_by:
            self._context[e.rule] = (
                [[stem(w) for w in term_words(p)] for p in e.not_followed_by],
                [[stem(w) for w in term_words(p)] for p in e.not_preceded_by],
            )

    def match_tokens(self, toks: Tokens, lo: int = 0, hi: int | None = None) -> list[Match]:
        """Every candidate match within tokens [lo, hi) (one sentence, say)."""
        hi = len(toks) if hi is None else hi
        out: list[Match] = []
        stems, lower = toks.stems, toks.lower
        starts, ends = toks.starts, toks.ends
        root_stem, root_word = self._trie[0], self._trie[1]
        check = self._check
        for i in range(lo, hi):
            # most tokens start no entry: two dict lookups and on (no term starts with *)
            a = root_stem.get(stems[i])
            b = root_word.get(lower[i])
            stack: list[tuple[Frozen, int]]
            if a is None:
                if b is None:
                    continue
                stack = [(b, i + 1)]
            elif b is None:
                stack = [(a, i + 1)]
            else:
                stack = [(a, i + 1), (b, i + 1)]
            while stack:
                node, j = stack.pop()
                by_stem, by_word, wild, entries, leaf = node
                for e, first, checked in entries:
                    # most entries have no condition to check (case, context, negation)
                    if checked:
                        m = check(toks, i, j, lo, hi, e, first)
                        if m is not None:
                            out.append(m)
                    else:
                        out.append(Match(i, j, starts[i], ends[j - 1], e))
                if j >= hi or leaf:
                    continue
                nxt = by_stem.get(stems[j])
                if nxt is not None:
                    stack.append((nxt, j + 1))
                nxt = by_word.get(lower[j])
                if nxt is not None:
                    stack.append((nxt, j + 1))
                if wild is not None:
                    stack.append((wild, j + 1))
        return out

    def match_regexes(self, text: str, toks: Tokens) -> list[Match]:
        """Matches of the regex entries, tried only where their literal first word occurs.

        `str.find` on the lowercased text finds the candidates far faster than scanning
        the whole text with each pattern; a pattern without a literal start is scanned.
        """
        out: list[Match] = []
        if not self._regexes:
            return out
        folds = CASE_FOLDS.search(text) is not None
        # Lowercased with the same length, so offsets hold. Only ASCII words are looked up
        # in it, and str.lower turns no other letter into ASCII except those CASE_FOLDS
        # finds (K, İ), so it does here what the much slower ASCII-only translate does.
        low = text.translate(_ASCII_LOWER) if folds else text.lower()
        for rx, e, prefix, choices in self._regexes:
            if prefix:
                starts = []
                pos = low.find(prefix)
                while pos >= 0:
                    if pos == 0 or not text[pos - 1].isalnum():
                        starts.append(pos)
                    pos = low.find(prefix, pos + 1)
                found = [m for p in starts if (m := rx.match(text, p))]
            elif choices and not folds:
                found = _scan_from(rx, text, _occurrences(low, choices))
            else:
                found = list(rx.finditer(text))
            found = [m for m in found if m.start() == 0 or not text[m.start() - 1].isalnum()]
            for m in found:
                a, b = m.span()
                if a < b:
                    i = bisect_left(toks.ends, a + 1)
                    j = max(i + 1, bisect_left(toks.starts, b))
                    out.append(Match(i, j, a, b, e))
        return out

    def _check(self, toks: Tokens, i: int, j: int, lo: int, hi: int, e: Entry, first: str) -> Match | None:
        if e.case_sensitive and first and toks.surface[i][:1] != first:
            return None
        ctx = self._context.get(e.rule)
        if ctx is not None:
            after, before = ctx
            for seq in after:
                if toks.stems[j : j + len(seq)] == seq:
                    return None
            for seq in before:
                if i - len(seq) >= lo and toks.stems[i - len(seq) : i] == seq:
                    return None
        negated = False
        if e.negation != "keep":
            window = toks.lower[max(lo, i - NEGATION_WINDOW) : i]
            negated = any(w in self.negators or w.endswith("n't") for w in window)
            if negated and e.negation == "block":
                return None
        return Match(i, j, toks.starts[i], toks.ends[j - 1], e, negated)

    def find(self, text: str) -> list[Match]:
        """All candidate matches in a short text (used to run lexicon examples)."""
        toks = tokenize(text)
        return self.match_tokens(toks) + self.match_regexes(text, toks)


_STATE = (
    "modules", "errors", "entries", "_regexes", "_context", "_trie", "abbreviations", "sentence_starters",
    "speaker_roles", "negators", "anonymous_sources", "report_verbs", "object_verbs",
)  # fmt: skip


def _unpickle(state: tuple) -> Lexicon:
    lex = Lexicon([])  # no modules: nothing to compile; the fields come from the pickle
    for name, value in zip(_STATE, state, strict=True):
        setattr(lex, name, value)
    return lex


def _occurrences(low: str, words: tuple[str, ...]) -> list[int]:
    """Every position where one of `words` occurs in `low`, in order."""
    out = []
    for w in words:
        pos = low.find(w)
        while pos >= 0:
            out.append(pos)
            pos = low.find(w, pos + 1)
    return sorted(set(out))


def _scan_from(rx: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """`rx.finditer(text)`, trying only `starts`, the only places where a match can begin."""
    out = []
    end = 0
    for p in starts:
        if p >= end and (m := rx.match(text, p)):
            out.append(m)
            end = max(m.end(), p + 1)
    return out
