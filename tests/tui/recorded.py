"""A recorded report of the test article, replayed in the snapshot tests.

Snapshots test the view, so they draw a fixed report rather than whatever the engine says
today. Re-record after changing the article or when the engine's output should be shown:

    python -m tests.tui.recorded      # from the repository root
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from framing_tui.engine.report import Block, Finding, Frame, Quote, Report, Sentence, Source

PATH = Path(__file__).resolve().parent / "data" / "article.report.json"
_TYPES = {
    "sentences": Sentence,
    "findings": Finding,
    "voice_cues": Finding,
    "quotes": Quote,
    "sources": Source,
    "frames": Frame,
    "blocks": Block,
}


def _tuples(v: Any) -> Any:
    return tuple(_tuples(x) for x in v) if isinstance(v, list) else v


def load_report(path: Path = PATH) -> Report:
    data = json.loads(path.read_text(encoding="utf-8"))
    parts = {
        key: tuple(cls(**{k: _tuples(v) for k, v in row.items()}) for row in data.get(key, []))
        for key, cls in _TYPES.items()
    }
    return Report(
        text=data["text"],
        summary=data["summary"],
        title=data["title"],
        warnings=tuple(data["warnings"]),
        lexicons=tuple(data["lexicons"]),
        **parts,
    )


def record(path: Path = PATH) -> None:
    from framing_tui import analyze
    from framing_tui.engine.lexicon import load_modules
    from framing_tui.engine.matcher import Lexicon

    from ..conftest import TEST_LEXICON
    from .conftest import ARTICLE

    modules, errors = load_modules([TEST_LEXICON, path.parent])
    assert not errors, errors
    data = analyze(ARTICLE, lexicons=Lexicon(modules)).to_dict()
    root = str(Path(__file__).resolve().parents[2]) + "/"
    for finding in data["findings"] + data["voice_cues"]:  # paths relative to the repository
        finding["origin"] = finding["origin"].replace(root, "")
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    record()
    print(f"wrote {PATH}")
