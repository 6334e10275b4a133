"""Reading an article from a path or standard input, with clear errors for bad input."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BYTES = 20_000_000  # 20 MB: far beyond any article; raise with --max-bytes
# A file is "binary" when its first 8 KB hold a NUL byte or mostly control bytes.
SNIFF_BYTES = 8192
BINARY_CONTROL_SHARE = 0.3


class InputError(Exception):
    """Bad input: shown as one line, exit status 2."""


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    name: str
    warnings: tuple[str, ...] = ()


def read_source(source: str | None, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read `source` (a path, or '-' / None for standard input) and decode it."""
    if source is None or source == "-":
        if source is None and sys.stdin is not None and sys.stdin.isatty():
            raise InputError("no article given: pass a file, or pipe text in (framing analyze FILE)")
        if sys.stdin is None:
            raise InputError("no standard input to read")
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "<stdin>"
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
    text, warnings = decode(data, name)
    if not text.strip():
        raise InputError(f"{name}: empty: there is no text to analyse")
    return Article(text, name, warnings)


def decode(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Decode bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252.

    Text that is not valid UTF-8 is decoded as Windows-1252 (latin-1 for the five bytes
    that code page leaves undefined), with a warning, since that is what old newsroom and
    Windows files almost always are. Binary data is refused.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ()
        except UnicodeDecodeError:
            raise InputError(f"{name}: has a UTF-16 byte-order mark but is not valid UTF-16") from None
    head = data[:SNIFF_BYTES]
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if b"\x00" in head or (head and controls / len(head) > BINARY_CONTROL_SHARE):
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as e:
        where = e.start
    text = data.decode("latin-1").translate(_CP1252)
    return text, (f"{name}: not valid UTF-8 (first bad byte at {where}); decoded as Windows-1252",)


# Latin-1 maps every byte to the same code point; these are the places where Windows-1252
# differs (0x80–0x9F), except the five bytes it leaves undefined, which stay as latin-1.
_CP1252 = {
    b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
