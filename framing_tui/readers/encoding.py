"""Bytes to text: UTF-8 (with or without a BOM), UTF-16/32 with a BOM, else Windows-1252.

Text that is not valid UTF-8 is decoded as Windows-1252 (latin-1 for the five bytes that
code page leaves undefined), with a warning: for English news that is what old newsroom
and Windows files almost always are, and it decodes latin-1 text the same way. An HTML
page or an HTTP response may declare its charset; a declared charset is used when the
bytes are not valid UTF-8. Binary data is refused.
"""

from __future__ import annotations

import codecs
import re

from .base import ReadError

# A file is "binary" when its first 8 KB hold a NUL byte or mostly control bytes.
SNIFF_BYTES = 8192
BINARY_CONTROL_SHARE = 0.3

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)


def decode(data: bytes, name: str, declared: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Decode `data`; `declared` is a charset named by the source (HTTP header, HTML meta)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), ()
            except UnicodeDecodeError:
                label = "UTF-32" if codec == "utf-32" else "UTF-16"
                raise ReadError(f"{name}: has a {label} byte-order mark but is not valid {label}") from None
    head = data[:SNIFF_BYTES]
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if b"\x00" in head or (head and controls / len(head) > BINARY_CONTROL_SHARE):
        raise ReadError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as e:
        where = e.start
    codec = _known_codec(declared)
    if codec is not None and codec not in ("utf-8", "utf-16", "utf-32"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            pass
        else:
            return text, ()
    text = data.decode("latin-1").translate(_CP1252)
    return text, (f"{name}: not valid UTF-8 (first bad byte at {where}); decoded as Windows-1252",)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> near its start, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def _known_codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    # Pages labelled latin-1 or ASCII are, by the web's own rule, Windows-1252.
    if name in ("iso8859-1", "latin-1", "ascii"):
        return "cp1252"
    return name


# Latin-1 maps every byte to the same code point; these are the places where Windows-1252
# differs (0x80–0x9F), except the five bytes it leaves undefined, which stay as latin-1.
_CP1252 = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
