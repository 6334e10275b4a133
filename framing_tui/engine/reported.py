"""Reported speech: "X said (that) …", "…, X said.", "according to X", and two speakers
in one sentence ("X said A, and Y said B").

Called by `quotes.find_quotes` for each body sentence without a direct quote; the
attributor it is given finds report verbs and parses and remembers the speakers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .attribution import Speaker, normalise, parse_subject
from .report import Quote
from .tokens import stem

if TYPE_CHECKING:
    from .quotes import Attributor

ACCORDING = re.compile(r"\baccording to\s+", re.IGNORECASE)
# Verbs that often take a plain object ("reported revenue of $4bn", "announced a plan") or
# none ("spoke after the vote"): reported speech only with "that" after them.
OBJECT_VERBS = frozenset(
    stem(w)
    for w in [
        "report",
        "announce",
        "reveal",
        "show",
        "confirm",
        "disclose",
        "publish",
        "release",
        "unveil",
        "note",
        "cite",
        "estimate",
        "list",
        "speak",
        "spoke",
        "testify",
        "comment",
        "respond",
        "reply",
        "talk",
    ]
)
# After the verb: a listener or a time ("told reporters", "said on Tuesday"), then "that".
LISTENER = re.compile(
    r"\s*(?:(?:(?:on|in|at|to|late|early)\s+)?(?:the\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]+)*\s+(?=that\b))?(that\s+)?"
    r"|\s*(?:(?:on|in|at|to)\s+\w+\s+)?(that\s+)?"
)
# How it was said, before "that": "said in an email that", "wrote on her blog that".
MEDIUM = re.compile(
    r"\s*(?:in|on|at|by|via|through|during|over)\s+(?:a|an|the|his|her|their|its)\s+[\w’'-]+(?:\s+[\w’'-]+)?(?=\s+that\b)"
)
# After "told": who was told, when no "that" marks where the reported clause begins.
TOLD_LISTENER = re.compile(
    r"\s*(?:me|us|him|her|them|you|reporters|journalists|the\s+press|lawmakers|legislators|"
    r"(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*)*)\s+(?=\S)"
)
TELL = frozenset(stem(w) for w in ("tell", "told"))
# A finite verb early in the words after a report verb marks a reported clause even without
# "that": "reported the mayor would not run" (but not "reported a loss of $4bn").
FINITE = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "did",
        "does",
        "do",
        "shall",
    ]
)
CLAUSE_WINDOW = 6
RELATIVE = frozenset(("that", "which", "who", "whom", "whose", "where", "when", "after", "before", "of"))
# A time after the verb ("…, the Herald reported on Tuesday."): not part of the source's name.
TIME_TAIL = re.compile(
    r"\s*(?:(?:late|early|earlier|later)\s+)?(?:(?:on|last|this|next)\s+)?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|today|yesterday|tonight|week|weekend|month|year|morning|afternoon|evening|night)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*$",
    re.IGNORECASE,
)
# A second speaker in the same sentence: "…, and Mayor Lina Sorensen said …".
SECOND_SPEAKER = re.compile(r",\s*(?:and|while|but|whereas)\s+|;\s+")
PARTICIPLE_PREP = re.compile(r"\s+(?:on|about|by|with|in)\b")
# "Ana Ruiz, the police chief, said": a name, then an appositive between commas (an age
# may come first: "Joel Marsh, 54, a tenant, said").
APPOSITIVE = re.compile(r"\s*((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*),\s*(?:\d{1,3},\s*)?([^,]{3,80}),\s*$")
INVERTED_MAX_WORDS = 6
# "According to the report, which was released Tuesday, crime fell …": the aside is no quote.
RELATIVE_ASIDE = re.compile(r"\s*(?:which|who|whose)\b[^,]*,\s*")


def reported(text: str, s: int, e: int, finder: Attributor) -> list[Quote]:
    """The reported speech in the sentence [s, e), if any: one quote, or one per speaker."""
    q = _reported_one(text, s, e, finder)
    if q is None:
        return []
    return _split_second_attribution(text, q, e, finder)


def _split_second_attribution(text: str, q: Quote, e: int, finder: Attributor) -> list[Quote]:
    """'X said A, and Y said B.': two speakers, two quotes."""
    for m in SECOND_SPEAKER.finditer(text, q.start, q.end):
        verbs = finder.verb_positions(m.end(), q.end)
        if not verbs:
            continue
        vs, ve, verb = verbs[0]
        subject = text[m.end() : vs]
        if not 0 < len(subject.split()) <= 6:
            continue
        sp = parse_subject(subject, finder.ctx)
        if sp is None:
            continue
        finder.note(sp)
        second = _clause_after(text, ve, e, verb, sp, (vs, ve), finder.object_verbs)
        first = _make(text, q.start, m.start(), q.speaker, q.cue or (vs, ve), q.verb)
        if second is not None and first is not None:
            return [first, *_split_second_attribution(text, second, e, finder)]
    return [q]


def _reported_one(text: str, s: int, e: int, finder: Attributor) -> Quote | None:
    body = text[s:e]
    # no letter of "accord" has a case-insensitive match but itself and its capital
    m = ACCORDING.search(body) if "accord" in body.lower() else None
    if m:
        named = re.match(r"[^,;:.]*", body[m.end() :])
        sp = finder.note(parse_subject(named.group() if named else "", finder.ctx))
        if sp is not None:
            after = s + m.end() + (named.end() if named else 0)
            if m.start() < 3:  # "According to X, …" (past a relative clause: ", which …,")
                qs, qe = after + 1, e
                rel = RELATIVE_ASIDE.match(text, qs, e)
                if rel:
                    qs = rel.end()
            else:  # "…, according to X."
                qs, qe = s, s + m.start()
            return _make(text, qs, qe, sp.name, (s + m.start(), s + m.end()), "according to")
    verbs = finder.verb_positions(s, e)
    if not verbs:
        return None
    # "Ana Ruiz, the police chief, said (that) …": a name, an appositive, then the verb (the
    # appositive may hold a verb of its own: "Ruiz, who spoke at a news conference, said …")
    appo, (vs, ve, verb) = None, verbs[0]
    for v in verbs:  # the first verb after an appositive, if any (it ends in a comma)
        a = APPOSITIVE.match(text, s, v[0]) if _comma_before(text, s, v[0]) else None
        if a:
            appo, (vs, ve, verb) = a, v
            break
    if appo:
        sp = parse_subject(appo.group(1), finder.ctx)
        if sp is not None and sp.kind == "named":
            sp = Speaker(sp.name, "named", sp.role or appo.group(2).strip())
            finder.note(sp)
            q = _clause_after(text, ve, e, verb, sp, (vs, ve), finder.object_verbs)
            if q is not None:
                return q
    # "…, X said." or "…, said X." with the attribution closing the sentence
    vs, ve, verb = verbs[-1]
    head = text[s:vs]
    comma = head.rfind(",")
    if comma > 0:
        between = head[comma + 1 :]
        tail = text[ve:e].strip(" .!?\"”'’")
        time = TIME_TAIL.search(tail)
        if time:
            tail = tail[: time.start()]
        if between.strip() and not tail:
            who = between
        elif not between.strip() and tail and len(tail.split()) <= INVERTED_MAX_WORDS and not opens_clause(tail):
            who = tail.split(",", 1)[0]  # "said Sen. Mara Dean, the committee chair"
        else:
            who = ""
        if who:
            sp = finder.note(parse_subject(who, finder.ctx))
            if sp is not None:
                return _make(text, s, s + comma, sp.name, (vs, ve), verb)
    # "X said (that) …" with the subject opening the sentence (or its last clause); a verb
    # in a participle phrase ("two people briefed on the talks said") is part of the subject
    vs, ve, verb = verbs[-1]
    for v in verbs:
        if not _participle(text, v[1], e):
            vs, ve, verb = v
            break
    subject = text[s:vs].rstrip(" ,").rsplit(",", 1)[-1]  # "The mayor, Lina Sorensen, said"
    if 0 < len(subject.split()) <= 8:
        sp = finder.note(parse_subject(subject, finder.ctx))
        if sp is not None:
            return _clause_after(text, ve, e, verb, sp, (vs, ve), finder.object_verbs)
    return None


def _comma_before(text: str, s: int, v: int) -> bool:
    """Whether text[s:v] ends with a comma and spaces, as APPOSITIVE needs (`,\\s*$`)."""
    i = v - 1
    while i >= s and text[i].isspace():
        i -= 1
    return i >= s and text[i] == ","


def _participle(text: str, ve: int, e: int) -> bool:
    """'briefed on', 'informed about': a past participle with a preposition after it; or a
    present participle ('Speaking to reporters, Ruiz said …'), never the main verb."""
    if text[ve - 3 : ve] == "ing":
        return True
    return text[ve - 2 : ve] == "ed" and PARTICIPLE_PREP.match(text, ve, e) is not None


def _clause_after(
    text: str, ve: int, e: int, verb: str, sp: Speaker, cue: tuple[int, int], object_verbs: frozenset[str]
) -> Quote | None:
    """The reported clause after a verb: past a listener ("told reporters that") and
    "that"; verbs that often take a plain object, or none, need the "that"."""
    medium = MEDIUM.match(text, ve, e)
    if medium:  # "said in an email that …"
        ve = medium.end()
    rest = LISTENER.match(text, ve, e)
    that = rest is not None and (rest.group(1) or rest.group(2)) is not None
    qs = rest.end() if rest else ve
    v = stem(normalise(verb))
    if not that and v in TELL:
        told = TOLD_LISTENER.match(text, qs, e)
        if told and opens_clause(text[told.end() : e]):
            qs = told.end()
    needs_that = v in OBJECT_VERBS or v in object_verbs
    if e - qs > 8 and (not needs_that or that or opens_clause(text[qs:e])):
        return _make(text, qs, e, sp.name, cue, verb)
    return None


def opens_clause(s: str) -> bool:
    """Whether `s` starts with a clause: a finite verb within its first few words, after a
    subject ("the mayor would not run"), and before any relative word ("a loss that was")."""
    words = s.split(None, CLAUSE_WINDOW)[:CLAUSE_WINDOW]
    for k, w in enumerate(words):
        w = w.lower().strip(",;:")
        if w in RELATIVE:
            return False
        if w in FINITE or w.endswith(("n't", "n’t")):
            return k > 0
    return False


def _make(text: str, a: int, b: int, speaker: str | None, cue: tuple[int, int], verb: str) -> Quote | None:
    while a < b and not text[a].isalnum():
        a += 1
    while b > a and not text[b - 1].isalnum():
        b -= 1
    if b - a < 3:
        return None
    return Quote(a, b, speaker, "indirect", cue, verb)
