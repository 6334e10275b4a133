"""The types a lexicon is read into: modules, entries, and located errors."""

from __future__ import annotations

from dataclasses import dataclass, field

TERM_KINDS = ("terms", "frame_cues")  # modules whose entries are matched in the text


class LexiconError(Exception):
    """A lexicon problem, located as `file:line: message`."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.message = path, line, message


@dataclass(frozen=True, slots=True)
class Entry:
    rule: str
    module: str
    category: str
    subcategory: str
    terms: tuple[str, ...]
    match: str
    weight: float
    explanation: str
    alternatives: tuple[str, ...] = ()
    case_sensitive: bool = False
    polarity: str = ""
    lean: str = ""
    counterparts: tuple[str, ...] = ()
    stance: str = ""
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()
    not_followed_by: tuple[str, ...] = ()
    not_preceded_by: tuple[str, ...] = ()
    voice: str = "any"
    negation: str = "keep"
    unless_named_source: bool = False
    voice_cue: bool = False
    source: str = ""
    frame: str = ""
    path: str = ""
    line: int = 0


@dataclass(slots=True)
class Module:
    id: str
    kind: str
    title: str
    description: str
    source: str
    license: str
    path: str
    category: str = ""
    frame: str = ""
    entries: list[Entry] = field(default_factory=list)
    items: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.entries) if self.kind in TERM_KINDS else len(self.items)
