"""Writing the report to a file from the TUI: the JSON contract, or the Markdown report."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from ..engine.report import Report
from ..render.plain import to_markdown
from ..safety import dumps

ExportFormat = Literal["json", "markdown"]
SUFFIX: dict[ExportFormat, str] = {"json": ".json", "markdown": ".md"}


def default_path(name: str, fmt: ExportFormat, cwd: Path | None = None) -> Path:
    """`story.txt` → `story.framing.json` next to it; pasted text → `article.framing.json` here."""
    cwd = cwd or Path.cwd()
    source = Path(name) if name and not name.startswith("<") else None
    stem = source.stem if source else "article"
    folder = source.parent if source and source.parent.is_dir() else cwd
    return folder / f"{stem}.framing{SUFFIX[fmt]}"


def write_report(report: Report, path: Path, fmt: ExportFormat, name: str = "") -> Path:
    """Write the report and return the path written; raises OSError on failure."""
    body = dumps(report.to_dict(), indent=2) + "\n" if fmt == "json" else to_markdown(report, name)
    path = path.expanduser()
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(body, encoding="utf-8")
    os.replace(tmp, path)
    return path
