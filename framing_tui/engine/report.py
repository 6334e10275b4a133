"""The typed report: what `analyze()` returns and what every view reads.

The JSON form (`Report.to_dict`) is the public contract, schema version 1
(see docs/report-schema.md). Fields may be added; the contract's fields never change.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal

SCHEMA_VERSION = 1

Label = Literal["opinion", "reported", "factual", "boilerplate"]
Voice = Literal["author", "quoted"]
QuoteKind = Literal["direct", "indirect"]
SourceKind = Literal["named", "anonymous", "organization"]
BlockKind = Literal["headline", "body", "byline", "caption", "bio", "promo"]

LABELS: tuple[Label, ...] = ("opinion", "reported", "factual", "boilerplate")
CATEGORIES = (
    "loaded",
    "partisan",
    "editorial",
    "booster",
    "hedge",
    "weasel",
    "attribution",
    "presupposition",
    "agency",
)
#: Categories whose words count as biased wording (fixed by the contract).
BIAS_CATEGORIES = frozenset({"loaded", "partisan", "editorial"})

FRAME_IDS = (
    "economic",
    "capacity_and_resources",
    "morality",
    "fairness_and_equality",
    "legality_constitutionality_and_jurisprudence",
    "policy_prescription_and_evaluation",
    "crime_and_punishment",
    "security_and_defense",
    "health_and_safety",
    "quality_of_life",
    "cultural_identity",
    "public_opinion",
    "political",
    "external_regulation_and_reputation",
)
FRAME_NAMES = {
    "economic": "Economic",
    "capacity_and_resources": "Capacity and resources",
    "morality": "Morality",
    "fairness_and_equality": "Fairness and equality",
    "legality_constitutionality_and_jurisprudence": "Legality and jurisprudence",
    "policy_prescription_and_evaluation": "Policy prescription",
    "crime_and_punishment": "Crime and punishment",
    "security_and_defense": "Security and defense",
    "health_and_safety": "Health and safety",
    "quality_of_life": "Quality of life",
    "cultural_identity": "Cultural identity",
    "public_opinion": "Public opinion",
    "political": "Political",
    "external_regulation_and_reputation": "External regulation and reputation",
}


@dataclass(slots=True, unsafe_hash=True)
class Block:
    """A paragraph-like block of the document and what kind of text it is."""

    start: int
    end: int
    kind: BlockKind
    reason: str = ""

    # Written out so that mypyc compiles it (see Finding).
    def __init__(self, start: int, end: int, kind: BlockKind, reason: str = "") -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.reason = reason


@dataclass(slots=True, unsafe_hash=True)
class Sentence:
    start: int
    end: int
    label: Label
    opinion_score: float
    reasons: tuple[str, ...]
    block: int
    speaker: str | None = None
    quoted_share: float = 0.0

    # Written out, not generated: mypyc compiles it to C, where @dataclass's would run as
    # Python (and, frozen, set each field through object.__setattr__: ~2 us a Sentence).
    def __init__(
        self,
        start: int,
        end: int,
        label: Label,
        opinion_score: float,
        reasons: tuple[str, ...],
        block: int,
        speaker: str | None = None,
        quoted_share: float = 0.0,
    ) -> None:
        self.start = start
        self.end = end
        self.label = label
        self.opinion_score = opinion_score
        self.reasons = reasons
        self.block = block
        self.speaker = speaker
        self.quoted_share = quoted_share


@dataclass(slots=True, unsafe_hash=True)
class Finding:
    start: int
    end: int
    category: str
    rule: str
    voice: Voice
    message: str
    alternatives: tuple[str, ...]
    subcategory: str = ""
    term: str = ""
    weight: float = 1.0
    polarity: str = ""
    lean: str = ""
    counterparts: tuple[str, ...] = ()
    stance: str = ""
    module: str = ""
    origin: str = ""
    sentence: int = -1

    # Written out, not generated: mypyc compiles it to C, where @dataclass's would run as
    # Python (and, frozen, set each field through object.__setattr__: ~2 us a Finding).
    def __init__(
        self,
        start: int,
        end: int,
        category: str,
        rule: str,
        voice: Voice,
        message: str,
        alternatives: tuple[str, ...],
        subcategory: str = "",
        term: str = "",
        weight: float = 1.0,
        polarity: str = "",
        lean: str = "",
        counterparts: tuple[str, ...] = (),
        stance: str = "",
        module: str = "",
        origin: str = "",
        sentence: int = -1,
    ) -> None:
        self.start = start
        self.end = end
        self.category = category
        self.rule = rule
        self.voice = voice
        self.message = message
        self.alternatives = alternatives
        self.subcategory = subcategory
        self.term = term
        self.weight = weight
        self.polarity = polarity
        self.lean = lean
        self.counterparts = counterparts
        self.stance = stance
        self.module = module
        self.origin = origin
        self.sentence = sentence


@dataclass(slots=True, unsafe_hash=True)
class Quote:
    start: int
    end: int
    speaker: str | None
    kind: QuoteKind
    cue: tuple[int, int] | None = None
    verb: str = ""
    words: int = 0

    # Written out so that mypyc compiles it (see Finding).
    def __init__(
        self,
        start: int,
        end: int,
        speaker: str | None,
        kind: QuoteKind,
        cue: tuple[int, int] | None = None,
        verb: str = "",
        words: int = 0,
    ) -> None:
        self.start = start
        self.end = end
        self.speaker = speaker
        self.kind = kind
        self.cue = cue
        self.verb = verb
        self.words = words


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    kind: SourceKind
    role: str = ""
    quotes: int = 0
    words_quoted: int = 0
    first_offset: int = 0


@dataclass(slots=True, unsafe_hash=True)
class Frame:
    id: str
    present: bool
    score: float
    evidence: tuple[tuple[int, int], ...]
    name: str = ""
    cues: tuple[str, ...] = ()

    # Written out so that mypyc compiles it (see Finding).
    def __init__(
        self,
        id: str,
        present: bool,
        score: float,
        evidence: tuple[tuple[int, int], ...],
        name: str = "",
        cues: tuple[str, ...] = (),
    ) -> None:
        self.id = id
        self.present = present
        self.score = score
        self.evidence = evidence
        self.name = name
        self.cues = cues


@dataclass(frozen=True, slots=True)
class Report:
    text: str
    sentences: tuple[Sentence, ...]
    findings: tuple[Finding, ...]
    quotes: tuple[Quote, ...]
    sources: tuple[Source, ...]
    frames: tuple[Frame, ...]
    summary: dict[str, Any]
    blocks: tuple[Block, ...] = ()
    title: str | None = None
    warnings: tuple[str, ...] = ()
    lexicons: tuple[str, ...] = field(default=())
    voice_cues: tuple[Finding, ...] = ()
    schema_version: int = SCHEMA_VERSION

    def to_dict(self, *, id: str | None = None) -> dict[str, Any]:
        """The JSON-ready report; `id` is set for batch output."""
        out: dict[str, Any] = {"schema_version": self.schema_version}
        if id is not None:
            out["id"] = id
        out["text"] = self.text
        out["title"] = self.title
        out["sentences"] = [_plain(s) for s in self.sentences]
        out["findings"] = [_plain(f) for f in self.findings]
        out["voice_cues"] = [_plain(f) for f in self.voice_cues]
        out["quotes"] = [_plain(q) for q in self.quotes]
        out["sources"] = [_plain(s) for s in self.sources]
        out["frames"] = [_plain(f) for f in self.frames]
        out["summary"] = self.summary
        out["blocks"] = [_plain(b) for b in self.blocks]
        out["warnings"] = list(self.warnings)
        out["lexicons"] = list(self.lexicons)
        return out

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.text[s.start : s.end]


def _plain(obj: Any) -> dict[str, Any]:
    """The fields as a dict, tuples turned into lists, so the JSON is plain arrays. (Not
    dataclasses.asdict: it deep-copies every value, and these hold only strings, numbers
    and tuples of them; it cost twice the analysis in `framing batch`.)"""
    names = _FIELDS.get(type(obj))
    if names is None:
        names = _FIELDS[type(obj)] = tuple(f.name for f in fields(obj))
    return {k: _listify(getattr(obj, k)) for k in names}


_FIELDS: dict[type, tuple[str, ...]] = {}


def _listify(v: Any) -> Any:
    if isinstance(v, tuple | list):
        return [_listify(x) for x in v]
    return v
