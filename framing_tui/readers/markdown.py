"""Markdown to plain prose: the words a reader sees, without the markup.

Dropped: front matter (YAML `---` or TOML `+++`), HTML comments, fenced and indented code
blocks, images, link reference definitions, horizontal rules, table rules and raw HTML
tags. Kept without their markers: headings (`#` and underlined), emphasis, strikethrough,
inline code, links (their text), list items, block quotes and table cells. A paragraph's
lines are joined into one line; paragraphs, headings and list items are separated by
blank lines, so the first heading becomes the headline. Written here (no dependency):
news Markdown uses a small part of the syntax, and what is not recognised stays as text.
"""

from __future__ import annotations

import html
import re

from .base import clean

_FRONT = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n.*?^\1[ \t]*$\r?\n?", re.DOTALL | re.MULTILINE)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*$")
_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")

_IMAGE = re.compile(r"!\[([^\]]{0,1000})\](?:\([^)]{0,2000}\)|\[[^\]]{0,1000}\])")
_LINK = re.compile(
    r"\[([^\]]{1,1000})\](?:\((?:[^()\s]|\([^()]{0,200}\)){0,2000}(?:\s+(?:\"[^\"]{0,300}\"|'[^']{0,300}'))?\)"
    r"|\[[^\]]{0,1000}\])"
)
_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^>\s]+)>")
# Inline code and backslash escapes are set aside before the emphasis rules run.
_PROTECT = re.compile(r"(`+)(.{1,2000}?)\1|\\([!-/:-@\[-`{-~])", re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.{1,1000}?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.{1,1000}?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])(.{1,1000}?)(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.{1,1000}?)(?<=\S)~~")
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")
_PLACEHOLDER = re.compile(r"\x00(\d{1,9})\x00")
# Spans are bounded in length so that unclosed markers cost linear time, not quadratic.


def to_text(md: str) -> str:
    """The prose of the Markdown document `md`, paragraphs separated by blank lines."""
    md = _FRONT.sub("", md.lstrip("\ufeff"), count=1)
    md = _COMMENT.sub("", md)
    blocks: list[str] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            text = _inline(" ".join(para))
            if text:
                blocks.append(text)
            para.clear()

    fence: str | None = None
    prev_blank = True
    for raw in md.splitlines():
        line = raw.expandtabs(4)
        if fence is not None:
            if line.lstrip(" ").startswith(fence):
                fence = None
            continue
        m = _FENCE.match(line)
        if m:
            flush()
            fence = m.group(1)[0] * len(m.group(1))
            continue
        if not line.strip():
            flush()
            prev_blank = True
            continue
        if prev_blank and not para and line.startswith("    ") and not _LIST.match(line):
            continue  # an indented code block
        prev_blank = False
        quoted = _QUOTE.match(line)
        if quoted:
            line = line[quoted.end() :]
            if not line.strip():
                flush()
                continue
        if para and _SETEXT.match(line):
            flush_heading = " ".join(para)
            para.clear()
            para.append(flush_heading)
            flush()
            continue
        if _RULE.match(line) or _REF_DEF.match(line) or _TABLE_RULE.match(line):
            flush()
            continue
        m = _ATX.match(line)
        if m:
            flush()
            para.append(m.group(2) or "")
            flush()
            continue
        m = _LIST.match(line)
        if m:
            flush()
            line = line[m.end() :]
        if "|" in line and line.strip().startswith("|"):
            line = " ".join(c.strip() for c in line.strip().strip("|").split("|") if c.strip())
        para.append(_HARD_BREAK.sub("", line.strip()))
    flush()
    return "\n\n".join(blocks)


def _inline(s: str) -> str:
    codes: list[str] = []

    def protect(m: re.Match[str]) -> str:
        codes.append(m.group(2).strip() if m.group(1) else m.group(3))
        return f"\x00{len(codes) - 1}\x00"

    s = _PROTECT.sub(protect, s)
    s = _IMAGE.sub("", s)
    s = _AUTOLINK.sub(r"\1", s)
    for _ in range(3):  # links inside emphasis inside links
        s2 = _LINK.sub(r"\1", s)
        if s2 == s:
            break
        s = s2
    s = _TAG.sub("", s)
    for rx in (_STRONG, _STRIKE, _EM_STAR, _EM_UNDER):
        s = rx.sub(lambda m: m.group(m.lastindex or 0), s)
    s = _PLACEHOLDER.sub(lambda m: codes[int(m.group(1))] if int(m.group(1)) < len(codes) else "", s)
    s = html.unescape(s)
    return clean(s)
