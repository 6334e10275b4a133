"""Telling the format of an input: plain text, Markdown or HTML, by name and by content.

The file extension decides when it names a format (.html, .htm, .xhtml; .md, .markdown).
Otherwise the content does: text that opens with markup and has `<!doctype html`,
`<html`, `<head`, `<body` or `<article` near its start is HTML; text with strong Markdown
signals (front matter, a `#` heading as its first line, or two different kinds of Markdown
syntax such as headings, fenced code, links and images, or emphasis) is Markdown. Anything
else is plain text, analysed exactly as given.
"""

from __future__ import annotations

import re
from typing import Literal

Format = Literal["text", "markdown", "html"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mkdn")
HEAD_CHARS = 1024
MARKDOWN_SAMPLE_LINES = 200

_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|article)\b", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\r?\n")
_ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.MULTILINE)
_MD_SIGNALS = {
    "heading": _ATX,
    "setext": re.compile(r"^\S[^\n]*\r?\n(?:=+|-{3,})[ \t]*$", re.MULTILINE),
    "fence": re.compile(r"^ {0,3}(?:```|~~~)", re.MULTILINE),
    "link": re.compile(r"!?\[[^\]\n]+\]\([^)\s]+(?:\s+\"[^\"\n]*\")?\)|^ {0,3}\[[^\]\n]+\]:\s+\S", re.MULTILINE),
    "emphasis": re.compile(r"(?<![\w*])\*\*[^\s*][^*\n]*?\*\*(?![\w*])|(?<![\w_])__[^\s_][^_\n]*?__(?![\w_])"),
}

# "http://…", "ftp://…", also "file:/…" and "data:…"; not "C:\…" (a one-letter scheme).
SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")
_URL_LIKE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")
KNOWNSCHEMES = frozenset(("http", "https", "ftp", "ftps", "sftp", "file", "data", "javascript", "mailto", "ws", "wss"))


def sniff(name: str | None, text: str) -> Format:
    """The format of `text`, read from the input called `name` (a path, URL or <stdin>)."""
    suffix = _suffix(name)
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if looks_like_html(text):
        return "html"
    if looks_like_markdown(text):
        return "markdown"
    return "text"


def looks_like_html(text: str) -> bool:
    head = text[:HEAD_CHARS].lstrip("\ufeff \t\r\n")
    return head.startswith("<") and _HTML_START.search(head) is not None


def looks_like_markdown(text: str) -> bool:
    sample = "\n".join(text.lstrip("\ufeff").splitlines()[:MARKDOWN_SAMPLE_LINES])
    if _FRONT_MATTER.match(sample) and re.search(r"^(?:---|\+\+\+)[ \t]*$", sample[3:], re.MULTILINE):
        return True
    if _ATX.match(sample.lstrip("\r\n")):
        return True
    return sum(1 for rx in _MD_SIGNALS.values() if rx.search(sample)) >= 2


def _suffix(name: str | None) -> str:
    if not name:
        return ""
    tail = re.split(r"[?#]", name, maxsplit=1)[0].rsplit("/", 1)[-1]
    return "." + tail.rsplit(".", 1)[1].lower() if "." in tail else ""


def is_url(source: str) -> bool:
    """True for anything that names a URL scheme ("https://…", "ftp://…", "file:…")."""
    if _URL_LIKE.match(source):
        return True
    m = SCHEME.match(source)
    return m is not None and m.group(1).lower() in KNOWNSCHEMES
