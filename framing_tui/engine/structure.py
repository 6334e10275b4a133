"""Document structure: the headline, paragraphs, and the blocks that are not article prose.

Captions, photo credits, bylines, author bios and share/subscribe/related lines are
labelled as such, so that every later score leaves them out.
"""

from __future__ import annotations

import re

from .gate import Gated
from .report import Block

# A headline: a short first line without final sentence punctuation.
HEADLINE_MAX_WORDS = 25
HEADLINE_MAX_CHARS = 200
# Non-prose lines are short; a long paragraph that mentions "Getty Images" is still prose.
BOILERPLATE_MAX_WORDS = 45

# A line break is \n, \r\n or a lone \r (old Mac files); offsets always refer to the text as given.
_BLANK = re.compile(r"(?:\r\n|\r|\n)[ \t\f\v\u00a0]*(?:\r\n|\r|\n)")
_LINE = re.compile(r"[^\r\n]*")
_LINE_END_PUNCT = re.compile(r"[.!?:;…\"'”’)\]][ \t]*$")

CAPTION_RE = re.compile(
    r"AFP\s+PHOTO|Photo\s+credit\s+should\s+read|\((?:[^()]*/)?\s*(?:Getty Images|AP Photo|"
    r"Reuters|AFP|EPA|Shutterstock|File Photo|Photo)[^()]*\)|\bGetty\s+Images\b|"
    r"^\s*\(?(?:Photo|Image|Picture|Credit|Caption|Video)s?\s*(?:by|:|credit)|"
    r"^\s*\[?(?:Photo|Image|File)\]?\s*$|/\s*(?:Reuters|AFP|AP|Getty Images)\s*$|\(AP Photo",
    re.IGNORECASE | re.MULTILINE,
)
# A word of each alternative of CAPTION_RE: a paragraph with none of them is no caption.
CAPTION = Gated(
    CAPTION_RE,
    (
        *("afp", "photo", "getty", "reuters", "epa", "shutterstock", "image", "picture", "credit", "caption"),
        *("video", "file", "/"),
    ),
)
BYLINE = re.compile(
    r"^\s*(?:By|Written by|Reporting by|Words by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4}"
    r"(?:\s*(?:,|and|&|\||-|—)\s*.{0,60})?\s*$|"
    r"^\s*(?:Staff Writer|Staff Reporter|Correspondent|Associated Press|Updated|Published)\b.{0,60}$",
    re.MULTILINE,
)
BIO_HEAD = re.compile(r"^\s*(?:About the Author|About the Writer|About the author)s?\s*:?\s*$")
BIO_LINE = re.compile(
    r"^\s*(?:[A-Z][\w.'’-]+\s+){1,3}(?:is|was|has been)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,6}"
    r"(?:columnist|writer|reporter|correspondent|contributor|editor|journalist|author|fellow|"
    r"professor|analyst|researcher|host|commentator|blogger)\b",
)
PROMO_RE = re.compile(
    r"^\s*(?:Related|Read more|Read also|More|Also read|See also|Watch|Listen|Tags)\s*(?:[:|]|$)|"
    r"^\s*(?:Advertisement|Sponsored|Share this|Share on|Click here|Continue reading|Follow us|"
    r"Sign up|Subscribe)\b|\bsubscribe to our\b|\bsign up for (?:our|the)\b|"
    r"\bnewsletter\b|\bfollow us on\b|^\s*Share\s*(?:this|on)?\s*(?:[:|/]|$)|"
    r"\b(?:Facebook|Twitter|WhatsApp|Email|LinkedIn)\s*[|/·,]\s*(?:Facebook|Twitter|WhatsApp|Email|LinkedIn)",
    re.IGNORECASE,
)
# A word of each alternative of PROMO_RE that may stand anywhere, and the first word of
# each one anchored at the start ("More:", "Read more" lead a line; "more" inside prose
# is no promo, so it no longer sends most paragraphs through the pattern).
PROMO = Gated(
    PROMO_RE,
    ("subscribe", "sign", "newsletter", "follow", "facebook", "twitter", "whatsapp", "email", "linkedin"),
    starts=(
        *("related", "read", "more", "also", "see", "watch", "listen", "tags", "advertisement", "sponsored"),
        *("share", "click", "continue", "follow", "sign", "subscribe"),
    ),
)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs: blank-line separated, or one a line where lines are paragraphs.

    Text hard-wrapped at a fixed width (most lines inside a blank-line paragraph end
    without sentence punctuation) keeps its blank-line paragraphs; otherwise every
    non-empty line is a paragraph, which is how most pasted and scraped news arrives.
    """
    chunks: list[tuple[int, int]] = []
    pos = 0
    for m in _BLANK.finditer(text):
        chunks.append((pos, m.start()))
        pos = m.end() - 1
    chunks.append((pos, len(text)))
    lines_inside = ends_open = 0
    chunk_lines = [_lines(text, a, b) for a, b in chunks]
    for spans in chunk_lines:
        lines = [ln for ln in spans if text[ln[0] : ln[1]].strip()]
        if len(lines) > 1:
            lines_inside += len(lines) - 1
            ends_open += sum(1 for la, lb in lines[:-1] if not _LINE_END_PUNCT.search(text, la, lb))
    wrapped = lines_inside > 0 and ends_open / lines_inside > 0.6
    out: list[tuple[int, int]] = []
    for (a, b), spans in zip(chunks, chunk_lines, strict=True):
        if wrapped:
            out.append(_strip(text, a, b))
        else:
            out.extend(_strip(text, la, lb) for la, lb in spans)
    return [(a, b) for a, b in out if b > a]


def _lines(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of the lines in text[a:b], whatever the line-break convention."""
    out = []
    for m in _LINE.finditer(text, a, b):
        if m.end() > m.start():
            out.append(m.span())
    return out


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def classify(text: str, spans: list[tuple[int, int]], has_title: bool = False) -> list[Block]:
    """Label each paragraph span with its kind."""
    blocks: list[Block] = []
    in_bio = False
    for n, (a, b) in enumerate(spans):
        chunk = text[a:b]
        words = len(chunk.split())
        kind, reason = "body", ""
        if n == 0 and not has_title and _is_headline(chunk, len(spans)):
            kind, reason = "headline", "structure.headline"
        elif in_bio:
            kind, reason = "bio", "structure.bio"
        elif words <= BOILERPLATE_MAX_WORDS:
            if BIO_HEAD.match(chunk):
                kind, reason, in_bio = "bio", "structure.about_author", True
            elif CAPTION.search(chunk):
                kind, reason = "caption", "structure.caption"
            elif BYLINE.match(chunk) and n <= 3:
                kind, reason = "byline", "structure.byline"
            elif PROMO.search(chunk):
                kind, reason = "promo", "structure.promo"
            elif n == len(spans) - 1 and n > 2 and BIO_LINE.match(chunk):
                kind, reason = "bio", "structure.bio"
        blocks.append(Block(a, b, kind, reason))  # type: ignore[arg-type]
    return blocks


def _is_headline(chunk: str, n_blocks: int) -> bool:
    if "\n" in chunk or "\r" in chunk or len(chunk) > HEADLINE_MAX_CHARS:
        return False
    if len(chunk.split()) > HEADLINE_MAX_WORDS:
        return False
    stripped = chunk.rstrip("\"'”’)")
    return not stripped.endswith((".", "!", ";", ":", ",")) and (n_blocks > 1 or len(chunk) > 0)
