"""Keep untrusted article text from acting on the terminal.

Every C0 and C1 control character (except tab and newline), DEL and the bidirectional
override characters are replaced one-for-one by a visible stand-in, so escape sequences
(`ESC[2J`, `ESC]52;…` clipboard writes) show as text and do nothing, and offsets into the
text stay valid for highlighting.
"""

from __future__ import annotations

import json
import re
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
    # one regex scan in C: a per-character check in Python cost more than the analysis
    return _UNESCAPED.sub(_escape, out) if _UNESCAPED.search(out) else out


_UNESCAPED = re.compile("[\x7f-\x9f\u2028\u2029]")


def _escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"
