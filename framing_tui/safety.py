"""Keep untrusted article text from acting on the terminal.

Every C0 and C1 control character (except tab and newline), DEL and the bidirectional
override characters are replaced one-for-one by a visible stand-in, so escape sequences
(`ESC[2J`, `ESC]52;…` clipboard writes) show as text and do nothing, and offsets into the
text stay valid for highlighting.
"""

from __future__ import annotations

import json
from typing import Any

_TABLE: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A)}
_TABLE[0x7F] = "\u2421"  # ␡
_TABLE.update({c: "\ufffd" for c in range(0x80, 0xA0)})
_TABLE.update({c: "\ufffd" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})


def visible(text: str) -> str:
    """`text` with control characters made visible, the same length as `text`."""
    return text.translate(_TABLE)


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """JSON that is exact (control characters escaped) and safe to print to a terminal.

    `json.dumps(ensure_ascii=False)` escapes C0 controls but writes C1 controls
    (U+0080–U+009F, which some terminals read as escape introducers) raw; escape those too.
    """
    out = json.dumps(obj, ensure_ascii=False, indent=indent)
    if any(0x7F <= ord(c) <= 0x9F or 0x2028 <= ord(c) <= 0x2029 for c in out):
        out = "".join(f"\\u{ord(c):04x}" if 0x7F <= ord(c) <= 0x9F or 0x2028 <= ord(c) <= 0x2029 else c for c in out)
    return out
