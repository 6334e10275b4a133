"""Turning real-world input into plain article text: encodings, HTML, Markdown and URLs.

`read_bytes(data, name)` decodes an input, tells its format by name and content, and
returns a `Document` whose `text` is what the engine should analyse: plain text as given,
Markdown without its markup, or the article extracted from an HTML page (headline first,
then the byline, then the paragraphs, separated by blank lines). `fetch(url, …)` brings a
page over http or https. Nothing here imports a UI package; bad input raises `ReadError`
with a one-line message.
"""

from __future__ import annotations

from .base import Document, ReadError
from .read import read_bytes

__all__ = ["Document", "ReadError", "read_bytes"]
