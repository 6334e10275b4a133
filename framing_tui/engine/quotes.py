"""Quotes and their speakers: direct quotes here, reported speech in `reported.py`.

Direct quotes are found in one pass over the quotation marks of each paragraph. A
paragraph that ends inside an open quote, followed by one that opens with a quotation
mark, continues the same quote (the newspaper convention), so it keeps its speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .attribution import Context, Speaker, capitalised_inside, find_mentions, normalise, parse_subject
from .report import Block, Quote
from .reported import ACCORDING, opens_clause, reported
from .tokens import Tokens, stem

QUOTE_MARKS = '"“”„«»'
OPENERS, CLOSERS = "“„«", "”»"
# How far after a closing quote an attribution ("…," she said) is looked for.
AFTER_WINDOW = 160
BEFORE_WINDOW = 200
TERMINATOR = re.compile(r"[.!?](?=\s|$)")
QUOTABLE_BLOCKS = ("body", "headline")
# How much text after a noun-like report verb is read for a clause ("claim the rules will").
CLAUSE_LOOKAHEAD = 80
# "said in a statement that …": "that" within the first few words after the verb.
CLAUSE_THAT = re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?that\s")
CLAUSE_END = re.compile(r"[.!?;:\n]")
# Stems join "reporters" to "report" and "statement" to "state": such nouns are no verbs.
NOUN_ENDINGS = ("er", "ers", "ment", "ments", "ion", "ions")
# Report verbs that are also common nouns ("the state", "talk shows", "a claim"): they count
# as verbs only in the past tense or followed by "that".
NOUN_LIKE = frozenset(
    {
        "state",
        "show",
        "report",
        "claim",
        "note",
        "comment",
        "charg",
        "point",
        "write",
        "word",
        "answer",
        "repli",
        "respons",
        "explain",
        "reveal",
        "declar",
    }
)
# Titles in quotation marks: up to this many words, capitalised but for these small words.
TITLE_MAX_WORDS = 8
TITLE_SMALL_WORDS = frozenset(
    ("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by", "but", "nor", "as")
)
NAMING_VERBS = frozenset(
    stem(w) for w in ["call", "describe", "dub", "brand", "label", "term", "deride", "hail"]
)  # "…, said Sen. Mara Dean, the committee chair" at most
DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "of",
        "talk",
    ]
)


@dataclass(slots=True)
class _Seg:
    start: int
    end: int
    block: int
    continues: bool  # continues a quote left open in the previous paragraph
    open_end: bool  # left open at the end of its paragraph
    speaker: Speaker | None = None
    cue: tuple[int, int] | None = None
    verb: str = ""


def direct_segments(text: str, blocks: list[Block]) -> list[_Seg]:
    segs: list[_Seg] = []
    pending_open = False
    for n, b in enumerate(blocks):
        if b.kind not in QUOTABLE_BLOCKS:
            pending_open = False
            continue
        start: int | None = None
        first_in_block = True
        for p in _marks(text, b.start, b.end):
            ch = text[p]
            is_open = ch in OPENERS or (ch == '"' and _looks_open(text, p, b.start))
            if start is None:
                if is_open or (ch == '"' and not _looks_close(text, p, b.end)):
                    start = p
                else:  # a closing mark with nothing open: the quote began at the paragraph start
                    segs.append(_Seg(b.start, p + 1, n, pending_open, False))
            elif ch in CLOSERS or ch == '"':
                segs.append(_Seg(start, p + 1, n, pending_open and first_in_block, False))
                start = None
                first_in_block = False
            # an opener while open: a stray mark; the earlier opener stands
            if start is None and ch in CLOSERS + '"':
                pending_open = False
        if start is not None:
            segs.append(_Seg(start, b.end, n, pending_open and first_in_block, True))
            pending_open = True
        else:
            pending_open = False
    return segs


def _marks(text: str, lo: int, hi: int) -> list[int]:
    """The offsets of the quotation marks in text[lo:hi], in order (str.find runs at memory
    speed; a regex character class costs some 70 instructions a character)."""
    out: list[int] = []
    for ch in QUOTE_MARKS:
        p = text.find(ch, lo, hi)
        while p >= 0:
            out.append(p)
            p = text.find(ch, p + 1, hi)
    out.sort()
    return out


def _looks_open(text: str, p: int, lo: int) -> bool:
    return p == lo or text[p - 1].isspace() or text[p - 1] in "([{—–-/:"


def _looks_close(text: str, p: int, hi: int) -> bool:
    return p + 1 >= hi or text[p + 1].isspace() or text[p + 1] in ".,;:!?)]}—–-"


def find_quotes(
    text: str,
    blocks: list[Block],
    sentences: list[tuple[int, int, int]],
    ctx: Context,
    report_verbs: frozenset[str],
    toks: Tokens,
    object_verbs: frozenset[str] = frozenset(),
) -> tuple[list[Quote], dict[str | None, Speaker]]:
    """Direct and indirect quotes with their speakers, in text order, and the speakers.

    Quotes and reported speech are attributed in reading order, so that a surname or a
    pronoun can be resolved to the full name the article gave earlier.
    """
    segs = direct_segments(text, blocks)
    ctx.mentions = find_mentions(text, ctx)
    ctx.mid_caps = capitalised_inside(text, toks.starts, toks.ends, toks.surface)
    finder = Attributor(text, blocks, report_verbs, ctx, sentences, toks, object_verbs)
    quotes: list[Quote] = []
    k = 0
    prev: _Seg | None = None
    reporter: tuple[int, Speaker] | None = None  # (paragraph, speaker) of the last reported speech
    for s, e, n in sentences:
        ctx.read_up_to(s)
        had_direct = False
        while k < len(segs) and segs[k].start < e:
            seg = segs[k]
            nxt = segs[k + 1] if k + 1 < len(segs) else None
            carry = reporter[1] if reporter and reporter[0] == seg.block and seg.start == s else None
            finder.attach(seg, prev, nxt, carry)
            prev, k, had_direct, reporter = seg, k + 1, True, None
        if had_direct or blocks[n].kind != "body" or (prev is not None and prev.end > s):
            continue
        found = reported(text, s, e, finder)
        quotes.extend(found)
        named = [q.speaker for q in found if q.speaker is not None]
        reporter = (n, finder.speakers[named[-1]]) if named else None
    # A quote left open at a paragraph's end takes the speaker named later in its continuation.
    for a, b in zip(reversed(segs[:-1]), reversed(segs[1:]), strict=True):
        if a.speaker is None and a.open_end and b.continues:
            a.speaker = b.speaker
    quotes.extend(
        Quote(g.start, g.end, g.speaker.name if g.speaker else None, "direct", g.cue, g.verb)
        for g in segs
        if g.speaker is not None or not _looks_like_title(text, g)
    )
    quotes.sort(key=lambda q: q.start)
    return quotes, finder.speakers


class Attributor:
    def __init__(
        self,
        text: str,
        blocks: list[Block],
        verbs: frozenset[str],
        ctx: Context,
        sentences: list[tuple[int, int, int]],
        toks: Tokens,
        object_verbs: frozenset[str],
    ):
        self.text, self.blocks, self.verbs, self.ctx, self.toks = text, blocks, verbs, ctx, toks
        self.speakers: dict[str | None, Speaker] = {}
        self.object_verbs = object_verbs
        self.sentence_starts = [s for s, _, _ in sentences]

    def sentence_start(self, pos: int) -> int:
        """Where the sentence holding `pos` starts (Punkt knows "Sen." is no full stop)."""
        k = bisect_right(self.sentence_starts, pos) - 1
        return self.sentence_starts[k] if k >= 0 else 0

    def verb_positions(self, a: int, b: int) -> list[tuple[int, int, str]]:
        """Report verbs among the tokens in [a, b)."""
        t = self.toks
        out = []
        for k in range(bisect_left(t.starts, a), bisect_left(t.starts, b)):
            if t.ends[k] > b or t.stems[k] not in self.verbs or t.lower[k].endswith(NOUN_ENDINGS):
                continue
            if k > 0 and t.lower[k - 1] in DETERMINERS:
                continue  # "the state", "a report": a noun
            if t.stems[k] in NOUN_LIKE and not (
                t.lower[k].endswith("ed")
                or (k + 1 < len(t.lower) and t.lower[k + 1] == "that")
                or opens_clause(CLAUSE_END.split(self.text[t.ends[k] : t.ends[k] + CLAUSE_LOOKAHEAD], 1)[0])
            ):
                continue  # "a claim", "talk shows"; but "allies claim the rules will …"
            out.append((t.starts[k], t.ends[k], t.surface[k]))
        return out

    def _naming_verbs(self, a: int, b: int) -> list[tuple[int, int, str]]:
        """'called', 'described … as', 'dubbed': they introduce a partial quote."""
        t = self.toks
        out = []
        for k in range(bisect_left(t.starts, a), bisect_left(t.starts, b)):
            if t.ends[k] <= b and t.stems[k] in NAMING_VERBS and self.text[t.starts[k] - 3 : t.starts[k]] != "so-":
                out.append((t.starts[k], t.ends[k], t.surface[k]))  # "so-called" names nobody
        return out

    def note(self, sp: Speaker | None) -> Speaker | None:
        if sp is not None:
            self.ctx.remember(sp)
            self.speakers.setdefault(sp.name, sp)
        return sp

    def attach(self, seg: _Seg, prev: _Seg | None, nxt: _Seg | None, reporter: Speaker | None = None) -> None:
        """Find the speaker of `seg`. `reporter` spoke in reported speech just before, in the
        same paragraph (after `prev`): a quote with no attribution of its own goes on it."""
        b = self.blocks[seg.block]
        found = self.after(seg.end, min(b.end, nxt.start if nxt and nxt.block == seg.block else b.end))
        if found is None:
            lo = prev.end if prev and prev.block == seg.block else b.start
            found = self.before(lo, seg.start)
        if found is None and seg.start == b.start and seg.block > 0:
            pb = self.blocks[seg.block - 1]
            if self.text[pb.start : pb.end].rstrip().endswith(":"):
                found = self.before(pb.start, pb.end)
        if found is not None:
            seg.speaker, seg.cue, seg.verb = self.note(found[0]), found[1], found[2]
        elif reporter is not None:
            seg.speaker = reporter  # "Okafor said the vote … . "This is the route …""
        elif prev is not None and (seg.continues or prev.block == seg.block):
            seg.speaker = prev.speaker  # the same speaker goes on
        elif prev is not None and prev.open_end and seg.block == prev.block + 1:
            seg.speaker = prev.speaker

    def _first_stop(self, a: int, b: int) -> int:
        """The first full stop in [a, b) that is not an abbreviation's period."""
        for m in TERMINATOR.finditer(self.text, a, b):
            word = self.text[max(a, m.start() - 12) : m.start()].rsplit(None, 1)[-1:]
            if m.group() == "." and word and normalise(word[0]) in self.ctx.abbreviations:
                continue
            return m.start()
        return b

    def after(self, a: int, b: int) -> tuple[Speaker, tuple[int, int], str] | None:
        """`"…," Smith said` or `"…," said Smith`, right after a closing quote."""
        b = min(b, a + AFTER_WINDOW)
        lead = re.match(r"[\s,—–-]*", self.text[a:b])
        if lead is None or a + lead.end() >= b or self.text[a + lead.end()] in ".!?":
            return None
        if self.text[a - 2 : a - 1] == "." and self.text[a + lead.end()].isupper():
            return None  # `"…done." Officials said …` starts a new sentence
        b = self._first_stop(a, b)
        verbs = self.verb_positions(a, b)
        if not verbs:
            return None
        vs, ve, verb = verbs[0]
        subject = self.text[a:vs].strip(" ,—–-")
        if subject:
            # "Ruiz, the police chief, said": the name before the appositive, if it is one
            first = parse_subject(subject.split(",", 1)[0], self.ctx) if "," in subject else None
            sp = first if first is not None and first.kind == "named" else parse_subject(subject, self.ctx)
        else:
            # b is already cut at the first real full stop, so periods here are abbreviations
            tail = re.match(r"[^,;:!?—(]*", self.text[ve:b])
            sp = parse_subject(tail.group() if tail else "", self.ctx)
        return (sp, (vs, ve), verb) if sp is not None else None

    def before(self, a: int, b: int) -> tuple[Speaker, tuple[int, int], str] | None:
        """`Smith said: "…"`, `He told reporters, "…"`, `According to Smith, "…"`."""
        a = max(a, b - BEFORE_WINDOW, self.sentence_start(b - 1))
        seg = self.text[a:b]
        acc = list(ACCORDING.finditer(seg))
        if acc:
            m = acc[-1]
            who = re.match(r"[^,;:]*", seg[m.end() :])
            sp = parse_subject(who.group() if who else "", self.ctx)
            if sp is not None:
                return sp, (a + m.start(), a + m.end()), "according to"
        verbs = self.verb_positions(a, b) + self._naming_verbs(a, b)
        if not verbs:
            return None
        vs, ve, verb = max(verbs)
        # too far from the quote to introduce it, unless the quote is inside the reported
        # clause: 'The chamber said in a statement that the line … would "widen …"'
        if len(self.text[ve:b].split()) > 4 and not CLAUSE_THAT.match(self.text, ve, b):
            return None
        head = self.text[a:vs]
        sp = parse_subject(head.rsplit(",", 1)[-1], self.ctx)
        if sp is None and "," in head:
            sp = parse_subject(head.split(",", 1)[0], self.ctx)
        return (sp, (vs, ve), verb) if sp is not None else None


def _looks_like_title(text: str, seg: _Seg) -> bool:
    """A song, book or programme title in quotation marks ('played "Harbor Lights"'):
    a few words in title case, no sentence punctuation, and no speaker."""
    if seg.open_end:
        return False
    words = text[seg.start + 1 : seg.end - 1].rstrip(",").split()
    if not 2 <= len(words) <= TITLE_MAX_WORDS or not words[0][:1].isupper():
        return False
    return all((w[:1].isupper() or w in TITLE_SMALL_WORDS) and not any(c in w for c in ".!?;:,") for w in words)
