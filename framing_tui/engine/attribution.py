"""Who is speaking: parse the subject of a report verb into a source, and resolve references.

"Police Chief Charlie Beck" is the person Charlie Beck with the role Police Chief;
"spokesman Doug Schepman" likewise; "the Los Angeles Times" is an organization;
"officials" and "a person familiar with the matter" are anonymous; "he", "Beck" and
"the chief" are resolved to the full name met earlier in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .gate import folds
from .tokens import APOSTROPHES, WORD_RE, stem
from .wordlists import CONNECTORS, DOCUMENTS, NOT_NAMES, ORG_WORDS, PRONOUNS

LEADING_JUNK = re.compile(
    r"^(?:(?:and|but|as|while|because|so|then|also|however|yet|although|though|if|when|since|"
    r"after|before|once|until|unless|whereas|even|now|today|still|yesterday|tonight|earlier|"
    r"later|meanwhile|separately|on\s+\w+day|last\s+\w+|this\s+\w+|in\s+a\s+statement)\s+,?\s*)+",
    re.I,
)
# LEADING_JUNK matches only where the first word is one of these (or holds a letter
# that re.IGNORECASE folds to ASCII: CASE_FOLDS).
JUNK_OPENERS = frozenset(
    [
        "and", "but", "as", "while", "because", "so", "then", "also", "however", "yet", "although", "though", "if",
        "when", "since", "after", "before", "once", "until", "unless", "whereas", "even", "now", "today", "still",
        "yesterday", "tonight", "earlier", "later", "meanwhile", "separately", "on", "last", "this", "in",
    ]
)  # fmt: skip
MAX_SUBJECT_WORDS = 12
ROLE_LOOKBACK = 40  # characters before a name searched for a lowercase role
# Someone's office or people speaking for them: "Ruiz's office", "the mayor's spokesman".
OFFICE_WORDS = frozenset(("office", "press office", "campaign", "team", "administration", "staff", "camp"))
SPOKESPEOPLE = (
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "aide",
    "aides",
    "representative",
    "representatives",
    "family",
    "relatives",
)
POSSESSIVE_SOURCE = re.compile(
    r"(?:[Tt]he\s+)?[A-Za-z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s?\s+("
    + "|".join(sorted(OFFICE_WORDS | set(SPOKESPEOPLE), key=len, reverse=True))
    + ")"
)
# An unnamed but specific source: an article and up to three lowercase words ("the
# 22-year-old" too, but not a bare number).
DESCRIPTION = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)(?:\s+(?=[\w'’-]*[a-z])[a-z0-9][a-z0-9'’-]+){1,3}"
)


class Speaker:
    """A source: its name (None for an unnamed one), kind (named | anonymous |
    organization) and role. A value, as a frozen dataclass was; written out, because
    mypyc builds this natively, where a dataclass's generated __init__ runs as Python."""

    __slots__ = ("kind", "name", "role")

    def __init__(self, name: str | None, kind: str, role: str = "") -> None:
        self.name = name
        self.kind = kind
        self.role = role

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Speaker):
            return NotImplemented
        return (self.name, self.kind, self.role) == (other.name, other.kind, other.role)

    def __hash__(self) -> int:
        return hash((self.name, self.kind, self.role))

    def __repr__(self) -> str:
        return f"Speaker(name={self.name!r}, kind={self.kind!r}, role={self.role!r})"


@dataclass(slots=True)
class Context:
    """What the article has said about its sources so far (for resolving references)."""

    speaker_roles: frozenset[str]
    anonymous: frozenset[str]
    abbreviations: frozenset[str] = frozenset()
    role_heads: frozenset[str] = frozenset()  # last words of the roles: "chief", "director"
    role_ends: frozenset[str] = frozenset()  # last words of all roles, abbreviations too ("sen.")
    anonymous_words: int = 0  # the most words in an anonymous source
    anonymous_firsts: frozenset[str] = frozenset()  # the first and last words of those sources
    anonymous_lasts: frozenset[str] = frozenset()
    people: dict[str, Speaker] = field(default_factory=dict)  # full name -> speaker
    by_surname: dict[str, str] = field(default_factory=dict)
    by_role: dict[str, str] = field(default_factory=dict)
    last_person: str | None = None
    last_org: str | None = None
    mentions: list[tuple[int, Speaker]] = field(default_factory=list)  # in text order
    # Capitalised words seen inside sentences: names, as opposed to a sentence's first word.
    mid_caps: frozenset[str] = frozenset()
    _next_mention: int = 0

    def __post_init__(self) -> None:
        self.role_heads, self.role_ends = _role_words(self.speaker_roles)
        self.anonymous_words, self.anonymous_firsts, self.anonymous_lasts = _phrase_edges(self.anonymous)

    def read_up_to(self, pos: int) -> None:
        """Take in the people the article named (with a role) before `pos`."""
        while self._next_mention < len(self.mentions) and self.mentions[self._next_mention][0] < pos:
            sp = self.mentions[self._next_mention][1]
            if sp.name:
                self._learn_person(sp.name, sp, replace_role=False)
            self._next_mention += 1

    def remember(self, sp: Speaker) -> None:
        if not sp.name:
            return
        if sp.kind == "named":
            self._learn_person(sp.name, sp, replace_role=True)
        elif sp.kind == "organization":
            self.last_org = sp.name

    def _learn_person(self, name: str, sp: Speaker, *, replace_role: bool) -> None:
        """A speaker names a role's holder anew; a mere mention only fills a gap."""
        self.people.setdefault(name, sp)
        self.by_surname.setdefault(name.split()[-1].lower(), name)
        if sp.role:
            key = _role_key(sp.role)
            if replace_role or key not in self.by_role:
                self.by_role[key] = name
        self.last_person = name


@lru_cache(maxsize=4)
def _phrase_edges(phrases: frozenset[str]) -> tuple[int, frozenset[str], frozenset[str]]:
    """The most words in a phrase, and the words that open and that end one."""
    words = [p.split(" ") for p in phrases]
    return max(map(len, words), default=0), frozenset(w[0] for w in words), frozenset(w[-1] for w in words)


@lru_cache(maxsize=4)
def _role_words(roles: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The last words of the roles, without and with abbreviations (once per lexicon, not
    once per article: 35 us)."""
    ends = [r.split()[-1] for r in roles]
    return frozenset(w for w in ends if w[-1:] != "."), frozenset(ends)


# Possessive (*+, ++): a run of word characters never gives back a character that could
# start the spaces after it, so backtracking into it could never find another match.
CAPITALISED_RUN = re.compile(r"[A-Z][\w.'’-]*+(?:[ \t]++[A-Z][\w.'’-]*+){1,6}")


_SENTENCE_GAP = re.compile('[.!?:\n"“]')


def capitalised_inside(text: str, starts: list[int], ends: list[int], surface: list[str]) -> frozenset[str]:
    """Capitalised words that occur inside a sentence somewhere (not just first in one)."""
    out: set[str] = set()
    for k in range(1, len(surface)):
        w = surface[k]  # tokens are never empty
        c = ord(w[0])
        upper = 65 <= c <= 90 if c < 128 else w[0].isupper()
        if upper and w not in out and not _SENTENCE_GAP.search(text, ends[k - 1], starts[k]):
            out.add(w)
    return frozenset(out)


def find_mentions(text: str, ctx: Context) -> list[tuple[int, Speaker]]:
    """People named with a title or role anywhere in the text ("Mayor Ann Lee"), in order."""
    out: list[tuple[int, Speaker]] = []
    for m in CAPITALISED_RUN.finditer(text):
        words = m.group().split()
        role, rest = _split_role(words, ctx)
        # the name ends at a full stop ("Paul Brandt. He said …"), not at an initial ("J.")
        end = len(rest)
        for k, w in enumerate(rest):
            if w.endswith(".") and len(w) > 2:
                end = k + 1
                break
        rest = [w.rstrip(".,") for w in rest[:end]]
        if not 1 <= len(rest) <= 3 or rest[-1].lower() in ORG_WORDS:
            continue  # no person's name, with or without a role
        if not role:  # a lowercase role before the name: "defence lawyer Teresa Vance"
            role = _role_before(text, m.start(), ctx)
        if role:
            out.append((m.start(), Speaker(" ".join(rest), "named", role)))
    return out


def _role_before(text: str, pos: int, ctx: Context) -> str:
    """The known role in the (up to three) words right before `pos`, if any."""
    before = text[max(0, pos - ROLE_LOOKBACK) : pos]
    if not before.endswith(" "):
        return ""
    words = before.split()[-3:]
    for k in range(len(words)):
        cand = " ".join(words[k:])
        if cand.isalpha() or " " in cand:
            low = cand.lower()
            if low in ctx.speaker_roles and words[-1][:1].islower():
                return low
    return ""


def _role_key(role: str) -> str:
    words = [w for w in WORD_RE.findall(role.lower()) if w not in ("the", "a", "an")]
    return words[-1] if words else ""


def parse_subject(text: str, ctx: Context) -> Speaker | None:
    """The source named by `text`, the words before (or after) a report verb; None if none."""
    s = text.strip(" \t\n,;:—–-\"“”'’‘()")
    head = s.split(None, 1)
    first = head[0] if head else ""
    if first.lower() in JUNK_OPENERS or (not first.isascii() and folds(first)):
        s = LEADING_JUNK.sub("", s)
    if not s:
        return None
    words = s.split()
    if len(words) > MAX_SUBJECT_WORDS or not WORD_RE.search(s):
        return None
    low = normalise(s)
    if low in PRONOUNS:
        if low == "it":
            return Speaker(ctx.last_org, "organization") if ctx.last_org else None
        if low in ("he", "she") and ctx.last_person:
            return ctx.people[ctx.last_person]
        return None
    if low.split()[0] in ("which", "who", "that", "what", "where", "when", "if", "whether"):
        return None
    if _anonymous_edge(low.split(), ctx):
        return Speaker(_clip(s), "anonymous")
    possessive = POSSESSIVE_SOURCE.fullmatch(s) if "'" in s or "’" in s else None  # it needs an apostrophe
    if possessive:  # "Ruiz's office", "the mayor's spokesman", "Dean's lawyers"
        kind = "organization" if possessive.group(1).lower() in OFFICE_WORDS else "anonymous"
        return Speaker(s, kind)
    role, rest = _split_role(words, ctx)
    caps = _capitalised_run(rest)
    if caps:
        name = " ".join(caps)
        last = caps[-1].lower().strip(".")
        if last in ORG_WORDS or caps[0].lower() == "the" or (len(caps) == 1 and caps[0].isupper()):
            return Speaker(name.removeprefix("the ").removeprefix("The "), "organization", role)
        if len(caps) == 1:
            full = ctx.by_surname.get(caps[0].lower())
            if full:
                return ctx.people[full]
            if not role and caps[0] not in ctx.mid_caps and len(words) > 1:
                return None  # "Torrential spending …": a capitalised first word, not a name
        return Speaker(name, "named", role)
    if role:
        known = ctx.by_role.get(_role_key(role))
        if known and words[0].lower() == "the":
            return ctx.people[known]
        return Speaker(_clip(s), "anonymous", role)
    if stem(normalise(words[-1])) in DOCUMENT_STEMS:
        return Speaker(None, "anonymous")
    if DESCRIPTION.fullmatch(s):  # "the developer", "a local company": unnamed but specific
        last = words[-1].lower()
        return Speaker(_clip(s), "organization" if last in ORG_WORDS else "anonymous")
    return None


def normalise(word: str) -> str:
    """`tokens.normalise`: lowercase with curly apostrophes made straight; the translation
    only where there is one to make (str.translate pays for each character it leaves)."""
    low = word.lower()
    return low if low.isascii() else low.translate(APOSTROPHES)


def _anonymous_edge(ws: list[str], ctx: Context) -> bool:
    """Whether the words open or end with an anonymous source ("officials", "a person
    familiar with the matter"); no phrase is longer than ctx.anonymous_words words."""
    opens = len(ws) > 0 and ws[0] in ctx.anonymous_firsts  # else no prefix is a source
    ends = len(ws) > 0 and ws[-1] in ctx.anonymous_lasts  # else no suffix is
    if not (opens or ends):
        return False
    anonymous = ctx.anonymous
    for k in range(1, min(len(ws), ctx.anonymous_words) + 1):
        if (opens and " ".join(ws[:k]) in anonymous) or (ends and " ".join(ws[len(ws) - k :]) in anonymous):
            return True
    return False


def _clip(s: str, n: int = 8) -> str:
    ws = s.split()
    return " ".join(ws[:n]) + (" …" if len(ws) > n else "")


DOCUMENT_STEMS = frozenset(stem(d) for d in DOCUMENTS)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def _split_role(words: list[str], ctx: Context) -> tuple[str, list[str]]:
    """Split a leading title or role ("Police Chief", "spokesman", "the agency's spokesman",
    "Transit Director": any words ending in a known role's last word, before a name)."""
    # Every test below needs the k-th word to end a role: most capitalised runs hold none.
    if ctx.role_ends.isdisjoint([w.lower().rstrip(",") for w in words[:6]]):
        return "", words
    best = 0
    heads, roles = ctx.role_heads, ctx.speaker_roles
    joined = ""
    for k in range(1, min(len(words), 6) + 1):
        joined = f"{joined} {words[k - 1]}" if k > 1 else words[0]
        cand = joined.lower().rstrip(",")
        last = words[k - 1].lower().rstrip(",")
        if cand in roles or (cand.startswith(("a", "t")) and _ARTICLE.sub("", cand) in roles):
            best = k
        elif k > 1 and words[k - 1][:1].islower() and last in roles:
            best = k  # "the agency's spokesman", "a senior spokesperson"
        elif k < len(words) and last in heads and words[k - 1][:1].isupper() and k <= 3:
            best = k  # "Transit Director", "Harbor Master" before a name
    if best:
        return " ".join(words[:best]).rstrip(","), words[best:]
    return "", words


def _capitalised_run(words: list[str]) -> list[str]:
    """The first run of capitalised words (with connectors inside), e.g. 'Los Angeles Times'."""
    run: list[str] = []
    for w in words:
        bare = w.strip(",;:.()\"“”’'")
        if not bare:
            break
        if (bare[0].isupper() and bare.lower() not in NOT_NAMES) or (bare == "The" and not run):
            run.append(bare.removesuffix("’s").removesuffix("'s"))
        elif run and bare.lower() in CONNECTORS:
            run.append(bare)
        elif run:
            break
        if w.endswith(","):
            break
    while run and run[-1].lower() in CONNECTORS:
        run.pop()
    if run == ["The"]:
        return []
    return run
