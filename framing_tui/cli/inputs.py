"""Reading an article from a path, a URL or standard input, with clear errors for bad input.

The work is done by `framing_tui.readers` (encodings, HTML, Markdown, URLs); this module
names the sources and turns reader errors into `InputError` (one line, exit status 2).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from ..readers import ReadError, read_bytes
from ..readers.detect import is_url
from ..readers.encoding import BINARY_CONTROL_SHARE, SNIFF_BYTES  # noqa: F401  (kept importable here)
from ..readers.encoding import decode as _decode

DEFAULT_MAX_BYTES = 20_000_000  # 20 MB: far beyond any article; raise with --max-bytes


class InputError(Exception):
    """Bad input: shown as one line, exit status 2."""


@dataclass(frozen=True, slots=True)
class Article:
    """The text to analyse (for HTML and Markdown: the text taken from the markup)."""

    text: str
    name: str
    warnings: tuple[str, ...] = ()
    format: str = "text"  # "text", "markdown" or "html"
    title: str | None = None  # an HTML page's headline (also the first line of `text`)
    byline: str | None = None


def read_source(source: str | None, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read `source` (a path, an http(s) URL, or '-' / None for standard input) and decode it."""
    charset = fmt = None
    if source is None or source == "-":
        if source is None and sys.stdin is not None and sys.stdin.isatty():
            raise InputError("no article given: pass a file, or pipe text in (framing analyze FILE)")
        if sys.stdin is None:
            raise InputError("no standard input to read")
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "<stdin>"
    elif is_url(source) and not Path(source).exists():
        from ..readers.url import fetch

        try:
            fetched = fetch(source, max_bytes=max_bytes)
        except ReadError as e:
            raise InputError(str(e)) from None
        data, charset, fmt, name = fetched.data, fetched.charset, fetched.format, source
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"{source}: no such file")
        if path.is_dir():
            raise InputError(f"{source}: is a directory (use 'framing batch' for folders)")
        try:
            with path.open("rb") as f:
                data = f.read(max_bytes + 1)
        except OSError as e:
            raise InputError(f"{source}: cannot read: {e.strerror or e}") from None
        name = source
    if len(data) > max_bytes:
        raise InputError(f"{name}: larger than the limit of {max_bytes:,} bytes (raise it with --max-bytes)")
    try:
        doc = read_bytes(data, name, charset=charset, format=fmt)
    except ReadError as e:
        raise InputError(str(e)) from None
    return Article(doc.text, name, doc.warnings, doc.format, doc.title, doc.byline)


def decode(data: bytes, name: str, declared: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Decode bytes: UTF-8 (with or without BOM), UTF-16/32 with a BOM, else Windows-1252.

    See `framing_tui.readers.encoding.decode`; raises InputError for binary data.
    """
    try:
        return _decode(data, name, declared)
    except ReadError as e:
        raise InputError(str(e)) from None
