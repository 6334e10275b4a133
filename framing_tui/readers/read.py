"""From bytes to the text to analyse: decode, tell the format, extract, check."""

from __future__ import annotations

from . import detect, language
from .base import Document, ReadError
from .encoding import declared_charset, decode
from .html import extract
from .markdown import to_text


def read_bytes(data: bytes, name: str, *, charset: str | None = None, format: str | None = None) -> Document:
    """Read the input `name` whose content is `data`.

    `charset` is one named by the source (an HTTP header); `format` ("text", "markdown",
    "html") skips the sniffing. Plain text is returned exactly as decoded, so that the
    report's offsets point into the input; Markdown and HTML give the text derived from
    them. Raises ReadError for binary data, for empty input and for a page or document
    with no article text.
    """
    if charset is None and data.lstrip()[:1] == b"<":
        charset = declared_charset(data)
    text, warnings = decode(data, name, charset)
    return read_text(text, name, format=format, warnings=warnings)


def read_text(text: str, name: str, *, format: str | None = None, warnings: tuple[str, ...] = ()) -> Document:
    """Like read_bytes, for text already decoded."""
    if not text.strip():
        raise ReadError(f"{name}: empty: there is no text to analyse")
    kind = format or detect.sniff(name, text)
    title = byline = None
    if kind == "html":
        page = extract(text)
        body, title, byline = page.text, page.title, page.byline
        if not page.paragraphs:
            raise ReadError(f"{name}: no article text found in the HTML page")
    elif kind == "markdown":
        body = to_text(text)
        if not body.strip():
            raise ReadError(f"{name}: no prose found in the Markdown document")
    else:
        body = text
    return Document(body, kind, title, byline, warnings + language.warnings_for(body, name))
